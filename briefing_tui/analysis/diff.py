"""Word-level differences: what one version of a point says that the others lack.

For every member of a multi-source key point, the content words that no
member from another source has are found and returned as character spans in
the member's source text, with tiny gaps merged, so that "Pahalgam attack on
April 22" is one span rather than four.

Normalised equivalents are not differences: tokens are compared by their
normalised form (``US``/``U.S.``, ``defence``/``defense``, ``third``/``3rd``),
near spellings match by edit similarity, an acronym matches the name it
stands for, and a date or quantity counts as
present when the other versions state the same value in other words
("January this year" against "January 2025" in a report dated 2025).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from ..model import Span
from .acronyms import find as find_acronyms
from .acronyms import spelled_out
from .conflicts import middle_initial, one_given_name
from .facts import DateValue, SentenceFacts
from .normalise import NEGATIONS, Token

FUZZY_SPELLING = 88.0
"""Edit similarity (0-100) above which two words count as one spelt two ways."""
ATTRIBUTION_VERBS = frozenset({"say", "add", "tell"})
"""Norms of the verbs that only attribute ("he said", "she added", "told reporters"),
with "according" (to): that one version says who speaks and another does not is shown
by the speaker's name, if any."""
QUOTING_VERBS = frozenset({
    "wrote", "writes", "tweeted", "tweets", "declared", "declares", "insisted", "insists",
    "explained", "explains", "argued", "argues", "asked", "asks",
})  # fmt: skip
"""Verbs that attribute only when they introduce or follow a quotation
('"Stop lying!" Mr. Fox wrote.', "Trump tweeted: ..."); elsewhere they carry
content ("wrote several letters to Congress", "asked the court to block it").  Only
forms that are verbs alone: not "post", "written" or "writing"."""
_QUOTATION_BEFORE = re.compile(r"[,!?][\u201d\"]\s+(?:[^\s\u201c\u201d\"]+\s+){1,12}$")
"""A quotation that ends in a comma, "!" or "?", then its speaker, before the verb:
'"Why now?" he asked'."""
_QUOTATION_INVERTED = re.compile(r"[,!?][\u201d\"]\s+$")
"""A quotation right before the verb, its speaker after it: '"...," wrote Mr. Fox'."""
_QUOTATION_AFTER = re.compile(
    r"(?:\s+[^\s.\u201c\u201d\"]+){0,4}\s*[:,]\s*[\u201c\"]|\s*[\u201c\"]"
)
"""A quotation opened right after the verb, or after a colon or comma a few words on:
"tweeted on Monday: \u201c..."; not "asked members to join him \u201cfor ..."."""
ATTRIBUTION_MEDIA = frozenset({"statement", "interview"})
"""Where a quotation was given: "said in a statement", "told Fox News in an interview"."""
_MIN_FUZZY_LENGTH = 5
_MAX_GAP_CHARS = 3
_MIN_ROOT = 5
_ROOT_SHARE = 0.8


def same_root(a: str, b: str) -> bool:
    """Whether two stems share a root: "integration"/"integrat", "expansion"/"expand".

    The light stemmer strips inflections, not derivations, so the two forms of
    one word can still differ in their endings.
    """
    shorter = min(len(a), len(b))
    if shorter < _MIN_ROOT:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= _MIN_ROOT and common >= _ROOT_SHARE * shorter


def _fact_spans_present(mine: SentenceFacts, others: Sequence[SentenceFacts]) -> list[Span]:
    """Spans (in the member's sentence) of dates and quantities the other versions also state."""
    present: list[Span] = []
    other_dates: list[DateValue] = [value for facts in others for value, _ in facts.dates]
    for value, fact in mine.dates:
        if any(other.states(value) for other in other_dates):
            present.append((fact.start, fact.end))
    other_quantities = {(q.value, q.unit) for facts in others for q in facts.quantities}
    other_values = {q.value for facts in others for q in facts.quantities}
    for q in mine.quantities:
        if (q.value, q.unit) in other_quantities or (not q.unit and q.value in other_values):
            present.append((q.start, q.end))
    other_ordinals = {(o.value) for facts in others for o in facts.ordinals}
    present.extend((o.start, o.end) for o in mine.ordinals if o.value in other_ordinals)
    return present


def lacking_tokens(
    tokens: Sequence[Token],
    other_tokens: Iterable[Token],
    *,
    facts: SentenceFacts | None = None,
    other_facts: Sequence[SentenceFacts] = (),
    text: str = "",
) -> list[Token]:
    """The content tokens of one version that the other versions lack (``text``, the
    sentence the tokens index, tells a verb that introduces a quotation).

    An acronym is not lacking when the others spell it out, nor are the words of
    a name when the others give its acronym (``SEC`` / ``Securities and Exchange
    Commission``).  Function words are never lacking, except a negation ("not",
    "n't", "never", "without", ...) where the others have none: "will **not** be
    delivered" against "will be delivered".
    """
    every = list(other_tokens)
    others = [t for t in every if not t.stop]
    negated = any(t.norm in NEGATIONS for t in every)
    other_norms = {t.norm for t in others}
    mine = find_acronyms(tokens)
    spelled = spelled_out(mine, find_acronyms(every), other_norms) if mine else set()
    candidates = _Candidates(
        t.norm for t in others if len(t.norm) >= _MIN_FUZZY_LENGTH and not t.norm[:1].isdigit()
    )
    covered = _fact_spans_present(facts, other_facts) if facts is not None else []
    initials = _initials_of_shared_names(tokens, other_norms)
    initials |= _suffixes_of_shared_names(tokens, other_norms)
    given = {t.text.casefold() for t in others if t.text.isalpha() and t.text[:1].isupper()}
    lacking: list[Token] = []
    for index, token in enumerate(tokens):
        if token.stop and token.norm in NEGATIONS and not negated:
            host = tokens[index - 1] if index else None
            if host is not None and host.end == token.start and host not in lacking:
                lacking.append(host)  # the word "n't" is written onto: "don't", "cannot"
            lacking.append(token)
            continue
        if token.stop or token.norm in other_norms or token.norm in spelled:
            continue
        if token.norm in ATTRIBUTION_VERBS or token.text.casefold() == "according":
            continue
        if _attribution_medium(tokens, index) or _as_well_as(tokens, index):
            continue
        if token.text in QUOTING_VERBS and _quoting(text, token):
            continue
        if token.start in initials:
            continue
        if _nickname_of(token, given):
            continue  # "Jim Clyburn" / "James E. Clyburn"
        if any(start <= token.start and token.end <= end for start, end in covered):
            continue
        if _near(token.norm, candidates):
            continue
        lacking.append(token)
    return _with_compound_parts(text, tokens, _with_signs(tokens, lacking))


_HYPHENS = frozenset("-\u2010\u2011")


def _with_compound_parts(text: str, tokens: Sequence[Token], lacking: list[Token]) -> list[Token]:
    """``lacking`` with the function words of a hyphened compound one of its words is
    in: "same-sex marriage" against "gay marriage" is a difference of "same-sex", not
    of "sex"."""
    if not text or not lacking:
        return lacking
    chosen = {token.start for token in lacking}
    added: list[Token] = []
    for index, token in enumerate(tokens):
        if token.start not in chosen:
            continue
        for step in (-1, 1):  # outwards, one joined function word at a time
            near = index + step
            while 0 <= near < len(tokens):
                part, inner = tokens[near], tokens[near - step]
                left, right = (part, inner) if step < 0 else (inner, part)
                hyphened = right.start == left.end + 1 and text[left.end] in _HYPHENS
                if not hyphened or not part.stop or part.start in chosen:
                    break
                chosen.add(part.start)
                added.append(part)
                near += step
    return sorted([*lacking, *added], key=lambda t: t.start) if added else lacking


_SIGNS = frozenset("$£€%")


def _with_signs(tokens: Sequence[Token], lacking: list[Token]) -> list[Token]:
    """``lacking`` with the currency or percent sign written onto a lacking figure:
    "$43,000" is one difference, not "43,000" after a "$" the others also have."""
    if not any(token.norm[:1].isdigit() for token in lacking):
        return lacking
    figure_starts = {token.start for token in lacking if token.norm[:1].isdigit()}
    figure_ends = {token.end for token in lacking if token.norm[:1].isdigit()}
    chosen = {token.start for token in lacking}
    # "$" right before a lacking figure, or "%" right after one
    signs = [
        token
        for token in tokens
        if token.text in _SIGNS
        and token.start not in chosen
        and (token.end in figure_starts or token.start in figure_ends)
    ]
    return sorted([*lacking, *signs], key=lambda t: t.start) if signs else lacking


NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
"""What follows a full name to tell a son from his father: "Cesar Sayoc Jr.", "Henry Ford II"."""


def _suffixes_of_shared_names(tokens: Sequence[Token], other_norms: set[str]) -> set[int]:
    """Where a name suffix ends a full name whose surname the others give without it:
    "Cesar Sayoc Jr." against "Cesar Sayoc" or "Mr. Sayoc" names no one new.  A surname
    alone before it ("Trump Jr." against "Trump") may be the father's, so it stays."""
    return {
        token.start
        for first, surname, token in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if token.text in NAME_SUFFIXES
        and surname.norm in other_norms
        and first.text[:1].isupper()
        and not first.stop
        and surname.text[:1].isupper()
        and token.start <= surname.end + 2
    }


def _initials_of_shared_names(tokens: Sequence[Token], other_norms: set[str]) -> set[int]:
    """Where a middle initial or name stands in a name the other versions give without it.

    "Steny H. Hoyer" against "Steny Hoyer", "James E. Clyburn" against "Jim
    Clyburn": a single capital with a full stop, between a capitalised word and a
    capitalised surname the others have, names no one new; nor does "Rodham" in
    "Hillary Rodham Clinton" against "Hillary Clinton", between two names the others
    have.
    """
    return {
        token.start
        for before, token, after in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if before.text[:1].isupper()
        and after.text[:1].isupper()
        and after.norm in other_norms
        and (middle_initial(token, after) or _middle_name(before, token, after, other_norms))
    }


def _middle_name(before: Token, token: Token, after: Token, other_norms: set[str]) -> bool:
    """A capitalised word between two names the others have, spaced as one name:
    "Rodham" in "Hillary Rodham Clinton"."""
    return (
        token.text.isalpha()
        and token.text[:1].isupper()
        and before.text.isalpha()
        and not before.stop
        and before.norm in other_norms
        and token.start == before.end + 1
        and after.start == token.end + 1
    )


def _attribution_medium(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` only says where someone spoke: "in a statement"."""
    return (
        tokens[index].text.casefold() in ATTRIBUTION_MEDIA
        and index >= 2
        and tokens[index - 2].norm == "in"
        and tokens[index - 1].norm in ("a", "an")
    )


def _quoting(text: str, token: Token) -> bool:
    """Whether ``token`` (a verb) introduces or follows a quotation in ``text``."""
    before = text[max(0, token.start - 120) : token.start]
    after = text[token.end : token.end + 40]
    if _QUOTATION_BEFORE.search(before) or _QUOTATION_AFTER.match(after):
        return True
    return bool(_QUOTATION_INVERTED.search(before)) and after.lstrip()[:1].isupper()


def _as_well_as(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` is the "well" of "as well as", which only joins."""
    return (
        tokens[index].norm == "well"
        and 0 < index < len(tokens) - 1
        and tokens[index - 1].norm == "as"
        and tokens[index + 1].norm == "as"
    )


def _nickname_of(token: Token, given: set[str]) -> bool:
    """Whether a capitalised word is a given name of which the others give another form,
    one a nickname of the other ("Jim" / "James", "Bill" / "William")."""
    if not given or not token.text.isalpha() or not token.text[:1].isupper():
        return False
    name = token.text.casefold()
    return any(one_given_name(name, other) for other in given if other != name)


class _Candidates:
    """The other versions' words that a lacking word may still match, indexed so that
    each lookup reads only the words that can match it: those sharing its first
    :data:`_MIN_ROOT` letters (a root) or its first letter (a spelling variant)."""

    def __init__(self, norms: Iterable[str]) -> None:
        self.by_root: dict[str, list[str]] = {}
        self.by_initial: dict[str, list[str]] = {}
        for norm in sorted(set(norms)):
            self.by_root.setdefault(norm[:_MIN_ROOT], []).append(norm)
            self.by_initial.setdefault(norm[0], []).append(norm)


def _near(norm: str, candidates: _Candidates) -> bool:
    """Whether a word matches one of ``candidates`` as a spelling variant or by its root."""
    if len(norm) < _MIN_FUZZY_LENGTH or norm[:1].isdigit():
        return False
    if any(same_root(norm, other) for other in candidates.by_root.get(norm[:_MIN_ROOT], ())):
        return True
    # A spelling variant keeps its first letter: "Vincente" is "Vicente", but
    # "operation" is not "cooperation".
    alike = candidates.by_initial.get(norm[0], [])
    return (
        bool(alike)
        and process.extractOne(norm, alike, scorer=fuzz.ratio, score_cutoff=FUZZY_SPELLING)
        is not None
    )


def merge_spans(
    text: str, tokens: Sequence[Token], stop_between: Sequence[Token] = ()
) -> list[Span]:
    """Spans covering ``tokens`` (offsets into ``text``), with tiny gaps merged.

    Two neighbouring spans merge when what lies between them is only
    punctuation and spaces (at most a few characters: "Lt. Gov. Timothy Murray",
    "Scott P. Brown"), a single function word from ``stop_between`` ("attack
    *on* April 22"), or the function words of one hyphened compound
    ("state-*of-the*-art").  Within one sentence a full stop between two words
    is an abbreviation's or an initial's.
    """
    stops = {(t.start, t.end) for t in stop_between}
    spans: list[Span] = []
    for token in sorted(tokens, key=lambda t: t.start):
        if spans:
            last_start, last_end = spans[-1]
            gap = text[last_end : token.start]
            if _tiny_gap(gap, last_end, token.start, stops):
                spans[-1] = (last_start, token.end)
                continue
        spans.append((token.start, token.end))
    return spans


def _tiny_gap(gap: str, start: int, end: int, stops: set[Span]) -> bool:
    if not gap.strip(" .,;:-\u2013\u2014\u2015'\"\u2019\u201c\u201d()"):
        return len(gap) <= _MAX_GAP_CHARS
    inner = sorted((s, e) for s, e in stops if start <= s and e <= end)
    compound = not any(ch.isspace() for ch in gap)  # "state-of-the-art"
    if not inner or (len(inner) > 1 and not compound):
        return False
    rest, cursor = [], start
    for s, e in inner:
        rest.append(gap[cursor - start : s - start])
        cursor = e
    rest.append(gap[cursor - start :])
    remainder = "".join(rest)
    return not (remainder.strip("-\u2010\u2011") if compound else remainder.strip())


def difference_spans(
    text: str,
    offset: int,
    tokens: Sequence[Token],
    other_tokens: Iterable[Token],
    *,
    facts: SentenceFacts | None = None,
    other_facts: Sequence[SentenceFacts] = (),
) -> tuple[Span, ...]:
    """Spans in the source text of the words this version has and the others lack.

    ``tokens`` and ``facts`` carry offsets into ``text``, the sentence;
    ``offset`` is where the sentence starts in its source's text.
    """
    lacking = lacking_tokens(tokens, other_tokens, facts=facts, other_facts=other_facts, text=text)
    if not lacking:
        return ()
    spans = merge_spans(text, lacking, [t for t in tokens if t.stop])
    return tuple((start + offset, end + offset) for start, end in spans)
