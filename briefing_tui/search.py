"""Finding text in a briefing: the pure core of the reader's find bar.

:func:`find` returns :class:`Hit` records, character offsets into
:attr:`~briefing_tui.model.Source.text`, the same coordinates as every other
position in the model, so the UI can mark them without translation.

A pattern is compiled once per query and each source's text is scanned with
that one regular expression.  Plain (non-regex) patterns are literal, except
that straight and typographic quotes and the hyphen and dashes match each
other, because reports mix them freely ("India's" finds "India’s").

Patterns are run by the ``regex`` package, not ``re``: a user's expression may
backtrack for ever (``(x+x+)+y``), and ``re`` can be neither interrupted nor
timed out, since it holds the interpreter while it runs.  ``regex`` takes a
timeout, so such a search stops after :data:`SEARCH_SECONDS` with a message.

This module must not import textual or rich.
"""

from __future__ import annotations

import re
import time
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

from .model import Briefing

if TYPE_CHECKING:
    from types import ModuleType

    import regex

MAX_HITS = 10_000
"""At most this many hits are returned; :attr:`Hits.truncated` says when more exist."""
SEARCH_SECONDS = 1.0
"""How long one search may take over all the texts; a plain word takes milliseconds
in a 10 MB briefing, so only a pattern that backtracks without end comes near."""

Pattern: TypeAlias = "regex.Pattern[str]"


@cache
def _regex() -> ModuleType:
    """The ``regex`` package, imported at the first search: the reader's start-up
    does not need it (it takes 6-14 ms to import)."""
    import regex

    return regex


_EQUIVALENT = {
    "'": "['‘’ʼ′]",
    "‘": "['‘’ʼ′]",
    "’": "['‘’ʼ′]",
    '"': '["“”″]',
    "“": '["“”″]',
    "”": '["“”″]',
    "-": "[-‐‑‒–—―]",
    "–": "[-‐‑‒–—―]",
    "—": "[-‐‑‒–—―]",
    "―": "[-‐‑‒–—―]",
}


class SearchError(ValueError):
    """A pattern that cannot be searched for; the message says why, for a user."""


class Hit(NamedTuple):
    """One match: ``briefing.source(source_id).text[start:end]`` is the matched text."""

    source_id: str
    start: int
    end: int


class Hits(list[Hit]):
    """The hits of one search, in source order then text order."""

    truncated: bool = False
    """True when the search stopped at its limit and more matches exist."""


_LOWERED: dict[int, tuple[str, str | None]] = {}
_LOWERED_MAX = 50_000


def _lowered(text: str) -> str | None:
    """``text.lower()`` when lowering keeps every offset (one character for one), else None.

    Cached by the text's identity: a briefing's texts never change, and a plain
    case-sensitive scan of the lowered text is several times faster than an
    ``IGNORECASE`` one.
    """
    cached = _LOWERED.get(id(text))
    if cached is not None and cached[0] is text:
        return cached[1]
    lower = text.lower()
    lowered = lower if len(lower) == len(text) else None
    if len(_LOWERED) >= _LOWERED_MAX:
        _LOWERED.clear()
    _LOWERED[id(text)] = (text, lowered)
    return lowered


def _literal(pattern: str) -> str:
    return "".join(_EQUIVALENT.get(char) or re.escape(char) for char in pattern)


def _describe(error: regex.error) -> str:
    message = str(getattr(error, "msg", error))
    position = getattr(error, "pos", None)  # regex sets it; its stubs do not say so
    if isinstance(position, int):
        return f"invalid regex: {message} at character {position + 1}"
    return f"invalid regex: {message}"


@lru_cache(maxsize=64)
def compile_pattern(pattern: str, *, case: bool = False, regex: bool = False) -> Pattern:
    """The compiled form of a find-bar query.

    ``case`` makes the search case-sensitive; ``regex`` takes ``pattern`` as a
    Python regular expression instead of literal text.  Raises
    :class:`SearchError` with a readable message when the expression is invalid.
    """
    package = _regex()
    flags = 0 if case else package.IGNORECASE
    source = pattern if regex else _literal(pattern)
    try:
        compiled: Pattern = package.compile(source, flags)
        return compiled
    except package.error as error:
        raise SearchError(_describe(error)) from None
    except (OverflowError, RecursionError, ValueError) as error:
        raise SearchError(f"invalid regex: {error}") from None


def find(
    briefing: Briefing,
    pattern: str,
    *,
    case: bool = False,
    regex: bool = False,
    source: str | None = None,
    limit: int = MAX_HITS,
) -> Hits:
    """Every non-empty match of ``pattern`` in the briefing's texts (or in one source's).

    An empty pattern finds nothing.  Zero-width matches (``^``, ``\\b``) are
    skipped: there is nothing to highlight.  At most ``limit`` hits are
    returned; ``Hits.truncated`` is then set.  Raises :class:`SearchError` for
    an invalid regular expression.
    """
    hits = Hits()
    if not pattern:
        return hits
    compiled = compile_pattern(pattern, case=case, regex=regex)
    # Fast path for the common case, a literal ignoring case: a case-sensitive scan of
    # lowered texts, where lowering keeps the offsets (else the text is scanned as is).
    folded = None
    if (
        not case
        and not regex
        and pattern.lower() == pattern.casefold()
        and len(pattern.lower()) == len(pattern)
    ):
        folded = compile_pattern(pattern.lower(), case=True, regex=False)
    sources = briefing.sources if source is None else (briefing.source(source),)
    append = hits.append
    deadline = time.monotonic() + SEARCH_SECONDS
    try:
        for item in sources:
            source_id = item.id
            lowered = _lowered(item.text) if folded is not None else None
            left = max(0.001, deadline - time.monotonic())
            scan = (
                folded.finditer(lowered, timeout=left)
                if folded is not None and lowered is not None
                else compiled.finditer(item.text, timeout=left)
            )
            for match in scan:
                start, end = match.span()
                if start == end:
                    continue
                if len(hits) >= limit:
                    hits.truncated = True
                    return hits
                append(Hit(source_id, start, end))
    except TimeoutError:
        raise SearchError(
            f"search stopped after {SEARCH_SECONDS:g} s: the pattern backtracks too much"
            " (nested repeats such as (a+)+); try a simpler one"
        ) from None
    return hits


def matches(pattern: Pattern, text: str) -> bool:
    """Whether ``pattern`` occurs in ``text``; a search that takes longer than
    :data:`SEARCH_SECONDS` counts as none."""
    try:
        return pattern.search(text, timeout=SEARCH_SECONDS) is not None
    except TimeoutError:
        return False


def count_label(index: int | None, hits: Hits) -> str:
    """The find bar's count: ``"3 of 17"``, ``"17 matches"``, ``"no matches"``, ``"10000+"``."""
    total = f"{len(hits)}+" if hits.truncated else str(len(hits))
    if not hits:
        return "no matches"
    if index is None:
        return f"{total} match{'es' if len(hits) != 1 else ''}"
    return f"{index + 1} of {total}"


__all__ = [
    "MAX_HITS",
    "SEARCH_SECONDS",
    "Hit",
    "Hits",
    "SearchError",
    "compile_pattern",
    "count_label",
    "find",
    "matches",
]
