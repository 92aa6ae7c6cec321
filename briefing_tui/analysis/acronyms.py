"""Acronyms and the names they stand for: ``SEC`` and ``Securities and Exchange Commission``.

News reports name an institution in full in one place and by its initials in
another, and two reports of one event often differ just so.  Here a sentence's
*initialisms* (``SEC``, ``U.S.``, and the letters of a designation such as
``GE404``) and its *runs* of capitalised words (``Federal Bureau of
Investigation``: initials ``fbi``) are found once, and :func:`spelled_out` says
which words of one sentence the other's acronyms stand for.  The comparison
counts those words as shared, the candidate search of the alignment counts
their weight, and the word-level differences do not mark them.

Pure Python; must not import textual or rich.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

from .normalise import Token

__all__ = ["GLUE", "NONE", "Acronyms", "find", "letters", "spelled_out"]

GLUE = frozenset({"of", "and", "the", "for", "with", "&"})
"""Small words that may stand inside a name without breaking its initials."""

_INITIALISM = re.compile(r"(?:[A-Z]\.){2,6}|[A-Z]{2,6}(?=\d*$)")
"""Two to six capitals, dotted (``U.S.``) or not (``SEC``), or before digits (``GE404``)."""


@dataclass(frozen=True, slots=True)
class Acronyms:
    """A sentence's acronym-like words and runs of capitalised words."""

    initialisms: tuple[tuple[str, str], ...]
    """Each acronym-like word as ``(norm, letters)``: ``("sec", "sec")``, ``("ge404", "ge")``."""
    runs: tuple[tuple[str, tuple[str, ...]], ...]
    """Each run of two or more capitalised words as ``(initials, norms)``, glue words
    left out: ``("sec", ("securiti", "exchang", "commission"))``."""

    def __bool__(self) -> bool:
        return bool(self.initialisms or self.runs)


NONE = Acronyms((), ())


def letters(text: str) -> str:
    """The letters of an acronym-like word, casefolded (``"ge"`` for GE404), or ``""``."""
    found = _INITIALISM.match(text)
    if found is None:
        return ""
    rest = text[found.end() :]
    if rest and not rest.isdecimal():
        return ""
    return found.group().replace(".", "").casefold()


def find(tokens: Sequence[Token]) -> Acronyms:
    """The acronyms and capitalised runs of one sentence.

    A sentence mostly in capitals (a headline set in upper case) has none:
    every word would look like an acronym.
    """
    initialisms: dict[str, str] = {}
    runs: list[tuple[str, tuple[str, ...]]] = []
    run: list[str] = []
    end = -1
    capitals = words = 0
    for token in tokens:
        if token.start - end > 1:  # punctuation between: "McMahon, the CEO" is two names
            _close(run, runs)
        end = token.end
        text = token.text
        if not text[:1].isupper():
            words += text[:1].isalpha()
            if token.norm not in GLUE:
                _close(run, runs)
            continue
        words += 1
        capitals += text.isupper()
        found = "" if token.stop or not (text[1:2].isupper() or text[1:2] == ".") else letters(text)
        if found:
            initialisms.setdefault(token.norm, found)
            _close(run, runs)  # an acronym is a name of its own: "U.S. Central Command"
        elif not token.stop:
            run.append(token.norm)
        elif token.norm not in GLUE:
            _close(run, runs)
    _close(run, runs)
    if (not initialisms and not runs) or capitals * 2 > words >= 4:
        return NONE
    return Acronyms(tuple(initialisms.items()), tuple(runs))


def _close(run: list[str], runs: list[tuple[str, tuple[str, ...]]]) -> None:
    """End the current run of capitalised words, keeping it if it has two or more."""
    if len(run) > 1:
        runs.append(("".join(norm[:1] for norm in run), tuple(run)))
    run.clear()


def spelled_out(a: Acronyms, b: Acronyms, b_norms: Container[str]) -> set[str]:
    """The norms of ``a``'s words that ``b``'s acronyms or runs stand for.

    * an acronym of ``a`` whose letters are the initials of a run of words in
      ``b`` (``SEC`` / ``Securities and Exchange Commission``);
    * the words of a run of ``a`` whose initials are an acronym of ``b``.

    Words ``b`` has as they are (``b_norms``) are
    left out: they match anyway.
    """
    found: set[str] = set()
    if a.initialisms and b.runs:
        for norm, initials in a.initialisms:
            if norm not in b_norms and any(initials in run for run, _ in b.runs):
                found.add(norm)
    if a.runs and b.initialisms:
        wanted = {initials for norm, initials in b.initialisms}
        for run, norms in a.runs:
            for initials in wanted:
                at = run.find(initials)
                if at >= 0:
                    found.update(
                        norm for norm in norms[at : at + len(initials)] if norm not in b_norms
                    )
    return found
