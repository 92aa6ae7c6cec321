"""Conflicting facts between sources.

Two places look for conflicts:

* **Within a key point**, between versions from different sources: figures of
  the same unit, ordinals of the same thing, dates that contradict each other,
  a negation one version has and the other lacks, and a different name in the
  same slot of otherwise aligned wording.
* **Across the briefing**, in the spirit of the RIPTIDES work on numeric
  discrepancies in multi-document news: a table of every figure by what it
  counts (unit and the words beside it), so that a "20-minute conversation" in
  one report against a "45-minute conversation" in another is flagged even
  when the two sentences differ otherwise and sit in different points.

Formatting is never a conflict: values are compared normalised, and figures
that round to each other ("5.7 billion" against "5.67 billion") agree.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from rapidfuzz import fuzz

from ..model import MONEY_UNITS, ConflictKind
from .calendar_words import MONTHS, WEEKDAYS
from .facts import (
    CURRENCIES,
    CURRENCY_WORDS,
    DateValue,
    Fact,
    SentenceFacts,
    TimeValue,
    labelled,
)
from .normalise import (
    NEGATIONS,
    PARTY_LETTERS,
    STATE_ABBREVIATIONS,
    Token,
    headline_case,
    spelling,
    tokenize,
)
from .wordlist import general_frequencies

if TYPE_CHECKING:
    from nicknames import NickNamer

NAME_SPELLING = 80.0
"""Edit similarity (0-100) at which two names count as one name spelt two ways."""
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "gen",
        "general",
        "col",
        "colonel",
        "lt",
        "adm",
        "admiral",
        "sgt",
        "capt",
        "captain",
        "rev",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "pres",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "chancellor",
        "chief",
        "justice",
        "judge",
        "speaker",
        "leader",
        "mayor",
        "ambassador",
        "king",
        "queen",
        "prince",
        "princess",
        "lord",
        "lady",
        "majority",
        "minority",
        "whip",
        "chairman",
        "chairwoman",
        "chair",
        "ranking",
        "member",
        "former",
        "deputy",
        "assistant",
        "house",
        "senate",
        "congressman",
        "congresswoman",
        "commissioner",
        "director",
        "attorney",
    ]
)
"""Titles, which are not names: "Secretary Hegseth" and "Mr. Hegseth" name one person."""


@dataclass(frozen=True, slots=True)
class Version:
    """One sentence as the conflict finder sees it."""

    key: str
    """The sentence id."""
    source: str
    """The source id."""
    text: str
    offset: int
    """Where the sentence starts in its source's text."""
    tokens: Sequence[Token]
    facts: SentenceFacts


@dataclass(slots=True)
class Finding:
    """A conflict found: the kind, what it is about, and each side's value and place."""

    kind: ConflictKind
    context: str
    values: list[tuple[Version, str, int, int]] = field(default_factory=list)
    """(version, normalised value, start, end), offsets into the version's source text."""

    def signature(self) -> tuple[object, ...]:
        """What makes two findings the same conflict."""
        return (self.kind, tuple(sorted((v.key, value, s) for v, value, s, _ in self.values)))


# --- comparing values --------------------------------------------------------------------


def numbers_agree(a: str, b: str) -> bool:
    """True when two normalised figures are the same, allowing for rounding.

    "5.7 billion" and "5.67 billion" agree; so do "4" and "4.4" percent, the second
    rounded to whole units.  "20" and "45" do not; "2" and "2.5" do not (2.5 rounds
    up); "20" and "24" do not: a round figure is not taken for a rougher one.
    """
    if a == b:
        return True
    try:
        x, y = float(a), float(b)
        exact_a, exact_b = Decimal(a), Decimal(b)
    except (ValueError, InvalidOperation):
        return False
    if x == y:
        return True
    if x == 0 or y == 0:
        return False
    # Written with fewer decimals: the other, rounded half up to as many, is the same.
    exponent_a, exponent_b = exact_a.as_tuple().exponent, exact_b.as_tuple().exponent
    if isinstance(exponent_a, int) and isinstance(exponent_b, int) and exponent_a != exponent_b:
        coarse, fine, places = (
            (exact_a, exact_b, exponent_a)
            if exponent_a > exponent_b
            else (exact_b, exact_a, exponent_b)
        )
        try:
            rounded = fine.quantize(Decimal(1).scaleb(places), rounding=ROUND_HALF_UP)
        except InvalidOperation:  # more digits than the context holds
            rounded = None
        if rounded == coarse:
            return True
    # Compare at the precision of the less precise figure, in significant digits.
    big, small = (x, y) if abs(x) >= abs(y) else (y, x)
    if abs(big - small) / abs(big) > 0.05:
        return False
    rough = a if len(a.rstrip("0")) <= len(b.rstrip("0")) else b
    digits = len(rough.replace(".", "").strip("0")) or 1
    return f"{x:.{digits}g}" == f"{y:.{digits}g}"


APPROXIMATE = 0.1
"""How far (as a share) a figure stated as "about" may be from another and still agree."""


def _range(fact: Fact, value: float) -> tuple[float, float]:
    """The values a figure allows, given how it is stated."""
    spread = APPROXIMATE * abs(value)
    if fact.bound == "about":
        return value - spread, value + spread
    if fact.bound == "over":
        return value, math.inf
    if fact.bound == "under":
        return -math.inf, value
    if fact.bound == "near":
        return value - spread, value
    return value, value


_MONEY = frozenset(CURRENCIES.values()) | frozenset(CURRENCY_WORDS.values()) | {"money"}
_DIGITS = re.compile(r"\d[\d,.]*")


def _elided_scale(a: Fact, b: Fact) -> bool:
    """One sum of money written with and without its scale: "$54.9" and "$54.9 million".

    Headlines and later mentions often drop the "million"; the same digits in the
    same currency, a thousandfold apart or more, are one figure, not two.
    """
    if a.unit != b.unit or a.unit not in _MONEY:
        return False
    digits_a, digits_b = _DIGITS.search(a.text), _DIGITS.search(b.text)
    if digits_a is None or digits_b is None or digits_a.group() != digits_b.group():
        return False
    written = float(digits_a.group().replace(",", ""))
    scaled = [float(fact.value) != written for fact in (a, b)]
    if scaled[0] == scaled[1]:
        return False  # both bare or both scaled: "$54.9 million" and "$54.9 billion" differ
    ratio = max(float(a.value), float(b.value)) / written if written else 0.0
    return round(ratio) in (10**3, 10**6, 10**9, 10**12)


def figures_agree(a: Fact, b: Fact) -> bool:
    """True when two figures can both be right, given how each is stated.

    "about 140" and "139" agree; "more than 5,000" and "5,200" agree; "nearly 40"
    and "38" agree, but "nearly 40" and "45" do not, nor "nearly 2.5 million" and
    "770,962": "nearly" is just short of the figure, within a tenth of it.
    """
    if numbers_agree(a.value, b.value) or _elided_scale(a, b):
        return True
    if not a.bound and not b.bound:
        return False
    low_a, high_a = _limits(a)
    low_b, high_b = _limits(b)
    if a.bound == b.bound == "about":
        # Two rough figures agree when each could be the other rounded: "about
        # 1,000" / "about 1,050", but not "about 50" / "about 60 minutes", whose
        # spreads touch though neither figure is near the other.
        value_a, value_b = float(a.value), float(b.value)
        return low_a <= value_b <= high_a or low_b <= value_a <= high_b
    return max(low_a, low_b) <= min(high_a, high_b)


def _limits(fact: Fact) -> tuple[float, float]:
    """The values a figure allows: an order of magnitude ("hundreds": "200-1999")
    is its range; other figures are their value, widened by how they are stated."""
    try:
        if fact.bound == "range":
            low, _, high = fact.value.partition("-")
            return float(low), float(high)
        return _range(fact, float(fact.value))
    except ValueError:  # a tally ("51-49") has no single value
        return math.inf, -math.inf


def _place(version: Version, fact: Fact) -> tuple[Version, str, int, int]:
    return (version, fact.value, version.offset + fact.start, version.offset + fact.end)


# --- within a point -------------------------------------------------------------------------


def _states_exactly(version: Version, fact: Fact) -> bool:
    """Whether ``version`` gives the figure too, exactly and counted the same way
    (a whole or a part), whatever unit it has there."""
    return not fact.bound and any(
        not other.bound and other.part == fact.part and other.value == fact.value
        for other in version.facts.quantities
    )


CONVERSIONS: dict[str, tuple[str, float, float]] = {
    "second": ("duration", 1.0, 0.0),
    "minute": ("duration", 60.0, 0.0),
    "hour": ("duration", 3600.0, 0.0),
    "day": ("duration", 86400.0, 0.0),
    "week": ("duration", 604800.0, 0.0),
    "inch": ("length", 0.0254, 0.0),
    "foot": ("length", 0.3048, 0.0),
    "metre": ("length", 1.0, 0.0),
    "km": ("length", 1000.0, 0.0),
    "mile": ("length", 1609.344, 0.0),
    "kg": ("mass", 1.0, 0.0),
    "ton": ("mass", 1000.0, 0.0),
    "celsius": ("temperature", 1.0, 0.0),
    "fahrenheit": ("temperature", 5 / 9, 32.0),
    "usd": ("usd", 1.0, 0.0),
    "cent": ("usd", 0.01, 0.0),
    "gbp": ("gbp", 1.0, 0.0),
    "pence": ("gbp", 0.01, 0.0),
}
"""Units that convert into one another: (what they measure, size of one unit in the
base unit, zero offset).  "two hours" and "90 minutes" conflict; "48 hours" and "two
days" agree; so do "87 cents" and "$0.87".  Months and years are left out: their
length depends on the calendar."""
EXACT_FAMILIES = frozenset({"duration", "usd", "gbp"})
"""Measures whose conversions are exact; the others ("32 miles" for "52 km", "113F"
for "45C") are rounded by whoever wrote them."""
MONEY_FAMILIES = MONEY_UNITS
CONVERTED = 0.03
"""How far apart (as a share, or by one unit) a figure and a rounded conversion of it may be."""


def _family(unit: str) -> str:
    return CONVERSIONS[unit][0] if unit in CONVERSIONS else unit


def _in_unit(fact: Fact, unit: str) -> Fact:
    """``fact`` converted to ``unit`` of the same family (itself when already in it)."""
    if fact.unit == unit:
        return fact
    _, size, zero = CONVERSIONS[fact.unit]
    _, target_size, target_zero = CONVERSIONS[unit]
    value = (float(fact.value) - zero) * size / target_size + target_zero
    return replace(fact, value=f"{value:.6g}", unit=unit)


def _agrees(fact: Fact, other: Fact) -> bool:
    """:func:`figures_agree`, for figures in units that convert: both are converted
    to the smaller unit, so that no conversion adds decimals a rounding rule could
    take for a rounded figure ("2 hours" is 120 minutes, not 1.5 hours)."""
    if fact.unit == other.unit:
        return figures_agree(fact, other)
    if "range" in (fact.bound, other.bound):
        return True  # "hundreds of miles" and "52 km": too rough to convert
    if fact.unit not in CONVERSIONS or other.unit not in CONVERSIONS:
        return True  # "5 temperature" counts a word filed with the measure it names
    unit = min(fact.unit, other.unit, key=lambda u: CONVERSIONS[u][1])
    mine, theirs = _in_unit(fact, unit), _in_unit(other, unit)
    if figures_agree(mine, theirs):
        return True
    if _family(unit) in EXACT_FAMILIES:
        return False
    x, y = float(mine.value), float(theirs.value)
    return abs(x - y) <= max(CONVERTED * max(abs(x), abs(y)), 1.0)


def _figure_findings(a: Version, b: Version) -> Iterable[Finding]:
    """Figures of the same unit, or of units that convert, that differ, after pairing
    the ones that agree.  A figure the other version gives too, exactly, whatever it
    counts there, is not contradicted: "brings the total to 100,000 tonnes" / "the
    donation of 60,000 tons brings the total to 100,000"."""
    by_unit_a: dict[str, list[Fact]] = defaultdict(list)
    by_unit_b: dict[str, list[Fact]] = defaultdict(list)
    for fact in a.facts.quantities:
        if fact.unit:
            by_unit_a[_family(fact.unit)].append(fact)
    for fact in b.facts.quantities:
        if fact.unit:
            by_unit_b[_family(fact.unit)].append(fact)
    for unit in sorted(by_unit_a.keys() & by_unit_b.keys()):
        left = [
            f
            for f in by_unit_a[unit]
            if not any(_agrees(f, g) for g in by_unit_b[unit]) and not _states_exactly(b, f)
        ]
        right = [
            g
            for g in by_unit_b[unit]
            if not any(_agrees(g, f) for f in by_unit_a[unit]) and not _states_exactly(a, g)
        ]
        for fa, partner in _pair_figures(left, right, a.text, b.text):
            yield Finding("number", _describe(fa, partner), [_place(a, fa), _place(b, partner)])
    yield from _bare_figure_findings(a, b)


def _bare_figures(a: Version, b: Version) -> list[Fact]:
    """``a``'s figures with no unit that nothing in ``b`` allows."""
    return [
        f
        for f in a.facts.quantities
        if not f.unit
        and not any(figures_agree(f, g) for g in b.facts.quantities if not g.unit)
        and not _states_exactly(b, f)
    ]


def _bare_figure_findings(a: Version, b: Version) -> Iterable[Finding]:
    """One figure with no unit on each side, in one slot, that differ: "her heart
    rate was 72" / "was 82", "would reach 24 million by 2050" / "27 million".

    A figure with no unit may count anything, so it is compared only when it is
    each version's one such figure left unexplained, and it stands in the same
    slot: the same content words right beside it, or two sentences otherwise word
    for word the same.
    """
    left, right = _bare_figures(a, b), _bare_figures(b, a)
    if len(left) != 1 or len(right) != 1:
        return
    fa, fb = left[0], right[0]
    if fa.part != fb.part:
        return
    slot_a, slot_b = _neighbours(a, fa.start, fa.end), _neighbours(b, fb.start, fb.end)
    if (slot_a and slot_a == slot_b) or _otherwise_identical(
        a, b, (fa.start, fa.end), (fb.start, fb.end)
    ):
        yield Finding("number", _describe(fa, fb), [_place(a, fa), _place(b, fb)])


_NOT_MONEY = frozenset(
    unit for unit, (family, *_) in CONVERSIONS.items() if family not in MONEY_FAMILIES
)
MEASURES = _NOT_MONEY | {"month", "year", "percent", "degree", "tally"}
"""Units that say by themselves what a figure measures: "20 minutes" and "45 minutes";
a tally ("passed 234-193") is the count of a vote or a game.  A sum of money is not
one: "$5 million" may be a price, a fine or a salary."""


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def _word_before(text: str, fact: Fact) -> str:
    """The word right before a figure, whatever it is: "at" in "at $8.07"."""
    match = _WORD_BEFORE.search(text, max(0, fact.start - 24), fact.start)
    return match.group(1).lower() if match else ""


SLIP_DIGITS = 5
"""A figure written with this many significant digits or more ("$5,687.75") is precise
enough that another report's figure of the same unit one digit away ("$5,587.75"),
or with two neighbouring digits swapped ("$5,678.75"), is the same figure told
differently, whatever words stand around the two: the digits of two different sums,
counts or prices rarely come so close."""


def _one_slip(x: str, y: str) -> bool:
    """Whether two digit strings of one length differ in one digit, or in two
    neighbouring digits swapped ("568775" / "567875")."""
    wrong = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    if len(wrong) == 1:
        return True
    return (
        len(wrong) == 2
        and wrong[1] == wrong[0] + 1
        and x[wrong[0]] == y[wrong[1]]
        and x[wrong[1]] == y[wrong[0]]
    )


def _significant(fact: Fact) -> str:
    """The significant digits of a figure as written: "568775" for "$5,687.75", "95" for
    "$950,000" (a whole number's trailing zeros may only round it)."""
    digits = "".join(ch for ch in fact.text if ch.isdigit() and ch.isascii())
    if "." not in fact.text:
        digits = digits.rstrip("0")
    return digits.lstrip("0")


def digit_slip(a: Fact, b: Fact, digits: tuple[str, str] | None = None) -> bool:
    """Whether two precise figures of one unit differ in exactly one digit, or in two
    neighbouring digits swapped: one figure, misreported or mistyped in one report
    ("$5,687.75" / "$5,587.75", "$10,977.74" / "$10,977.47").

    ``digits`` are the two figures' :func:`_significant` digits, when known."""
    x, y = digits or (_significant(a), _significant(b))
    if len(x) < SLIP_DIGITS or len(x) != len(y):
        return False
    if a.bound or b.bound or a.part != b.part or not a.unit or not b.unit:
        return False
    return _family(a.unit) == _family(b.unit) and _one_slip(x, y)


def _pair_figures(
    left: Sequence[Fact], right: Sequence[Fact], text_a: str, text_b: str
) -> list[tuple[Fact, Fact]]:
    """Pair the figures of two versions (``text_a`` and ``text_b``) that are about
    the same thing.

    The best pairs are taken first, whichever side they are listed on: a precise
    figure one digit away (:func:`digit_slip`), then the same head word ("$770,962 in salary" with "$950,000 in salary"), then the most
    context words shared, then the same word right before them and the same rank
    among the figures left: "down $1.85 at $8.07 on the Nasdaq" pairs its "$8.07"
    with the "$8.26" of "down $1.66, or 16.7 percent, at $8.26 on the Nasdaq",
    though both its figures share "Nasdaq" with it.  A figure sharing neither
    head nor context is left alone, except that
    for a measure (minutes, percent) the last figure left on each side pairs when
    both are in one unit: two versions of one point that give one duration each
    give the same duration (a figure in another unit, "three weeks" against "35
    days", is as often the length of something else).
    A figure of a part ("three other Americans") pairs only with another part: it
    does not contradict the whole ("four Americans").
    """
    scored = []
    before_a = [_word_before(text_a, fa) for fa in left]
    before_b = [_word_before(text_b, fb) for fb in right]
    digits_a = [_significant(fa) for fa in left]
    digits_b = [_significant(fb) for fb in right]
    for rank_a, fa in enumerate(left):
        for rank_b, fb in enumerate(right):
            if fa.part != fb.part:
                continue
            shared = len(fa.context & fb.context)
            # A head that is only the unit ("usd" for "$2,500." at the end) says nothing.
            same_head = fa.head not in ("", fa.unit) and fa.head == fb.head
            slip = digit_slip(fa, fb, (digits_a[rank_a], digits_b[rank_b]))
            if shared or same_head or slip:
                same_before = bool(before_a[rank_a]) and before_a[rank_a] == before_b[rank_b]
                rank_gap = abs(rank_a - rank_b)
                key = (slip, same_head, shared, same_before, -rank_gap, -fa.start, -fb.start)
                scored.append((key, fa, fb))
    scored.sort(key=lambda item: item[0], reverse=True)
    pairs: list[tuple[Fact, Fact]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, fa, fb in scored:
        if id(fa) not in used_a and id(fb) not in used_b:
            pairs.append((fa, fb))
            used_a.add(id(fa))
            used_b.add(id(fb))
    rest_a = [f for f in left if id(f) not in used_a]
    rest_b = [f for f in right if id(f) not in used_b]
    if (
        len(rest_a) == 1
        and len(rest_b) == 1
        and rest_a[0].unit in MEASURES
        and rest_a[0].unit == rest_b[0].unit
        and rest_a[0].part == rest_b[0].part
    ):
        pairs.append((rest_a[0], rest_b[0]))
    pairs.sort(key=lambda pair: pair[0].start)
    return pairs


def _describe(a: Fact, b: Fact) -> str:
    shared = sorted(a.context & b.context)
    unit = a.unit if a.unit == b.unit else _family(a.unit)
    words = [unit] if unit and unit not in shared else []
    return " ".join(words + shared[:2])


_COUNTED_FROM = re.compile(
    r"[^,;:()\[\]\u2014\u2013\u2015]{0,60}?\b(?:since|in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:a|\d+|[a-z]+)\s+(?:years?|decades?|months?|generations?|centur(?:y|ies))|in\s+(?:years|decades))\b",
    re.IGNORECASE,
)
"""After an ordinal, in its clause: it counts from a point, not from the start
("the first black senator since Edward Brooke", "the first time in 20 years")."""


def _counted_from(version: Version, fact: Fact) -> bool:
    return _COUNTED_FROM.match(version.text, fact.end) is not None


def _ordinal_findings(a: Version, b: Version) -> Iterable[Finding]:
    """Ordinals of the same thing that differ: "third" / "fourth" meeting.  An ordinal
    counted from a point ("the first black senator since Edward Brooke") is not
    compared with one counted from the start ("the second black senator")."""
    right = list(b.facts.ordinals)
    for fa in a.facts.ordinals:
        since = _counted_from(a, fa)
        same_thing = [
            fb for fb in right if fb.context & fa.context and _counted_from(b, fb) == since
        ]
        if not same_thing or any(fb.value == fa.value for fb in same_thing):
            continue
        partner = max(same_thing, key=lambda fb: (len(fb.context & fa.context), -fb.start))
        if any(
            other.value == partner.value and other.context & partner.context
            for other in a.facts.ordinals
        ):
            continue  # "fallen in the first quarter, improved in the second": both stated
        right.remove(partner)
        yield Finding(
            "ordinal",
            " ".join(sorted(fa.context & partner.context)),
            [_place(a, fa), _place(b, partner)],
        )


REPORTING = frozenset(
    [
        "say",
        "tell",
        "told",
        "announc",
        "add",
        "note",
        "write",
        "wrote",
        "tweet",
        "state",
        "claim",
        "report",
        "ask",
        "respond",
        "repli",
        "reply",
        "declar",
        "insist",
        "argu",
        "suggest",
        "explain",
        "comment",
    ]
)
"""Verbs of saying: "said Tuesday" or "could not be reached for comment Wednesday"
dates a statement, not the event it reports."""


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\u2014\u2013\u2015]")


class _Wording:
    """Where a version's words stand, to find the words beside a value at once
    (:meth:`neighbours`): a version may hold hundreds of dates, and a report with no
    sentence breaks tens of thousands of words."""

    def __init__(self, version: Version) -> None:
        self.version = version
        tokens = version.tokens
        timed = bytearray(len(version.text) + 1)
        for _, fact in version.facts.times:
            timed[fact.start : fact.end] = b"\x01" * (fact.end - fact.start)
        # a clock time's "p.m." or digits are no wording
        wording = [not t.stop and not timed[t.start] for t in tokens]
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]
        self.previous: list[int] = []  # the last word at or before each token, or -1
        last = -1
        for i, ok in enumerate(wording):
            last = i if ok else last
            self.previous.append(last)
        self.next = [len(tokens)] * len(tokens)  # the first word at or after it
        following = len(tokens)
        for i in range(len(tokens) - 1, -1, -1):
            following = i if wording[i] else following
            self.next[i] = following

    def neighbours(self, start: int, end: int) -> set[str]:
        """The words that give a date its slot: the content words right before and after it.

        A word past a comma or a bracket is in another clause: "papers filed on
        Friday, prosecutors said" does not date the prosecutors.  Names and verbs
        of saying give no slot either: "Steele on Friday" and "Steele Sunday", or
        "said Tuesday" and "said Friday", may date different things; nor does a
        clock time ("6 p.m. Sept. 7" / "5 p.m. through Sept. 9").
        """
        tokens, text = self.version.tokens, self.version.text
        beside: list[tuple[Token, str]] = []
        before = bisect_right(self.ends, start) - 1
        if before >= 0 and self.previous[before] >= 0:
            t = tokens[self.previous[before]]
            beside.append((t, text[t.end : start]))
        after = bisect_left(self.starts, end)
        if after < len(tokens) and self.next[after] < len(tokens):
            t = tokens[self.next[after]]
            beside.append((t, text[end : t.start]))
        return {
            t.norm
            for t, gap in beside
            if t.norm not in REPORTING
            and not t.text[:1].isupper()
            and not _CLAUSE_BREAK.search(gap)
        }


def _neighbours(version: Version, start: int, end: int) -> set[str]:
    """:meth:`_Wording.neighbours` of ``version``, for one value."""
    return _Wording(version).neighbours(start, end)


_DATE_BOUND = re.compile(r"\b(?:through|thru|until|till|by|before|after|since|from)\s+$", re.I)


def _one_calendar_day(version: Version) -> bool:
    """Whether the version's only date names a day of a month ("3 March 2024",
    "March 4"), not of a statement ("said on March 4")."""
    if len(version.facts.dates) != 1:
        return False
    value, fact = version.facts.dates[0]
    if value.day is None or value.month is None or not any(c.isdigit() for c in fact.text):
        return False  # "Tuesday", "yesterday": days counted from the report's date
    if _DATE_BOUND.search(version.text, max(0, fact.start - 12), fact.start):
        return False  # "through Sept. 9": the end of a span, not the day of the event
    return not _dates_saying(version, fact)


def _dates_saying(version: Version, fact: Fact) -> bool:
    """Whether a date follows a verb of saying and so dates the statement ("said on March 4")."""
    before = [t for t in version.tokens if t.end <= fact.start and not t.stop][-1:]
    return any(t.norm in REPORTING for t in before)


_IN_YEAR = re.compile(r"\b(?:in|during)\s+$", re.I)


def _one_period(version: Version) -> bool:
    """Whether the version's only date is a year or a month given as when something
    happened ("was held in 2019", "In October, the department asked ..."), not a
    span's end ("since 2019") nor a month of a stated year ("in March 2019")."""
    if len(version.facts.dates) != 1:
        return False
    value, fact = version.facts.dates[0]
    if value.day is not None or value.weekday is not None:
        return False
    year = value.month is None and value.year is not None and fact.text.isdigit()
    month = value.month is not None and value.year is None and fact.text.isalpha()
    if not (year or month) or not _IN_YEAR.search(version.text, max(0, fact.start - 8), fact.start):
        return False
    return not _dates_saying(version, fact)


_Dated = TypeVar("_Dated", DateValue, TimeValue)


class _Slots:
    """The slots of two versions' dates and times (:func:`_neighbours`), and whether
    the two are word for word the same outside two of them
    (:func:`_otherwise_identical`), each worked out once: every value of one version
    may be compared with every value of the other, and a "sentence" that repeats a
    date hundreds of times would otherwise take minutes."""

    def __init__(self, a: Version, b: Version) -> None:
        self.a, self.b = a, b
        self._slots: dict[tuple[int, int, int], set[str]] = {}
        self._wording: dict[int, _Wording] = {}
        self._words: dict[int, tuple[list[int], list[str]]] = {}
        self._surplus: Counter[str] | None = None
        self._excess = 0

    def of(self, version: Version, fact: Fact) -> set[str]:
        """:func:`_neighbours` of ``fact`` in ``version``."""
        key = (id(version), fact.start, fact.end)
        if key not in self._slots:
            if id(version) not in self._wording:
                self._wording[id(version)] = _Wording(version)
            self._slots[key] = self._wording[id(version)].neighbours(fact.start, fact.end)
        return self._slots[key]

    def _kept(self, version: Version) -> tuple[list[int], list[str]]:
        """Where the words :func:`_otherwise_identical` compares start, and their norms."""
        if id(version) not in self._words:
            said = _attribution(version.text)
            kept = [t for t in _without_do(version.tokens) if not said[0] <= t.start < said[1]]
            self._words[id(version)] = ([t.start for t in kept], [t.norm for t in kept])
        return self._words[id(version)]

    def identical_outside(self, edited_a: Span, edited_b: Span) -> bool:
        """:func:`_otherwise_identical` for the spans ``edited_a`` of a and ``edited_b`` of b."""
        rests = []
        for version, (start, end) in ((self.a, edited_a), (self.b, edited_b)):
            starts, norms = self._kept(version)
            rests.append((norms, bisect_left(starts, start), bisect_left(starts, end)))
        (na, ia, ja), (nb, ib, jb) = rests
        if len(na) - (ja - ia) != len(nb) - (jb - ib) or len(na) == ja - ia:
            return False
        if self._surplus is None:
            # How many more times a has each word than b (fewer when negative).
            surplus = Counter(na)
            surplus.subtract(Counter(nb))
            self._surplus = Counter({word: n for word, n in surplus.items() if n})
            self._excess = sum(abs(n) for n in self._surplus.values())
        # Outside the two spans a and b have the same words, so the spans must
        # make up the difference: a quick test before comparing word by word.
        if self._excess > (ja - ia) + (jb - ib):
            return False
        edits = Counter(na[ia:ja])
        edits.subtract(Counter(nb[ib:jb]))
        if {word: n for word, n in edits.items() if n} != self._surplus:
            return False
        return na[:ia] + na[ja:] == nb[:ib] + nb[jb:]


def _in_one_slot(
    slots: _Slots,
    left: list[tuple[_Dated, Fact]],
    right: list[tuple[_Dated, Fact]],
    comparable: Callable[[_Dated, _Dated], bool],
    anywhere: bool = False,
) -> Iterable[tuple[Fact, Fact]]:
    """Pair each of ``left`` (a's values that nothing in b allows) with a comparable
    value of ``right`` in the same slot: the same words beside them, or two
    sentences otherwise word for word the same, or ``anywhere`` in the two."""
    a, b = slots.a, slots.b
    for value, fact in left:
        slot = slots.of(a, fact)
        partner = next(
            (
                (v, f)
                for v, f in right
                if comparable(value, v)
                and (
                    anywhere
                    or slot & slots.of(b, f)
                    or slots.identical_outside((fact.start, fact.end), (f.start, f.end))
                )
            ),
            None,
        )
        if partner is not None:
            right.remove(partner)
            yield fact, partner[1]


def _unrepeated(
    slots: _Slots,
) -> tuple[list[tuple[DateValue, Fact]], list[tuple[DateValue, Fact]]]:
    """Each version's dates but those the other gives too, paired one for one (in the
    same slot first).  A date both give is accounted for and explains nothing else:
    "the 2016 race ... on Oct. 28, 2016" / "the 2019 race ... on Oct. 28, 2016"
    differ on the race's year, which the shared day does not allow."""
    a, b = slots.a, slots.b
    rest_a, rest_b = list(a.facts.dates), list(b.facts.dates)
    for same_slot in (True, False):
        for date in list(rest_a):
            slot = slots.of(a, date[1]) if same_slot else set()
            twin = next(
                (
                    other
                    for other in rest_b
                    if other[0] == date[0] and (not same_slot or slot & slots.of(b, other[1]))
                ),
                None,
            )
            if twin is not None:
                rest_a.remove(date)
                rest_b.remove(twin)
    return rest_a, rest_b


def _allows(other: DateValue, date: DateValue) -> bool:
    """Whether ``other`` may be the date ``date`` gives: no clash, and something in
    common.  "Friday" allows "March 4" (the day may be a Friday) but not "2016":
    "interference in the 2016 election, disputed on Friday" / "in the 2023
    election, disputed on Friday" contradict each other on the year."""
    if not date.compatible(other):
        return False
    if date.granularity() == other.granularity() == "day":
        return True
    return any(
        mine is not None and theirs is not None
        for mine, theirs in (
            (date.year, other.year),
            (date.month, other.month),
            (date.day, other.day),
        )
    )


def _date_findings(a: Version, b: Version) -> Iterable[Finding]:
    """Dates in the same slot that contradict each other: "met on Tuesday" / "met on Wednesday".

    The slot is the words beside the date: a date that attaches to a different
    verb or noun is a date of something else, not a contradiction.  Two versions
    whose one date each is a day of a month need no slot: "sank on 3 March" /
    "went down on March 4".
    """
    slots = _Slots(a, b)
    dates_a, dates_b = _unrepeated(slots)
    left = [d for d in dates_a if not any(_allows(o[0], d[0]) for o in dates_b)]
    right = [d for d in dates_b if not any(_allows(o[0], d[0]) for o in dates_a)]
    anywhere = (_one_calendar_day(a) and _one_calendar_day(b)) or (
        _one_period(a) and _one_period(b)
    )
    for fa, fb in _in_one_slot(
        slots, left, right, lambda x, y: x.granularity() == y.granularity(), anywhere
    ):
        yield Finding("date", fa.unit, [_place(a, fa), _place(b, fb)])


def _time_findings(a: Version, b: Version) -> Iterable[Finding]:
    """Clock times in the same slot that contradict each other: "struck at 3:15 a.m." /
    "struck at 4:15 a.m.".  Times told on different clocks are not compared."""
    left = [t for t in a.facts.times if not any(t[0].compatible(o[0]) for o in b.facts.times)]
    right = [t for t in b.facts.times if not any(t[0].compatible(o[0]) for o in a.facts.times)]
    for fa, fb in _in_one_slot(_Slots(a, b), left, right, lambda x, y: not x.compatible(y)):
        yield Finding("date", "time", [_place(a, fa), _place(b, fb)])


NEGATION_CONTEXT = 3
"""Shared words around an inserted negation needed to call it a contradiction."""
NEGATED_WORDS = 2
"""Shared words that must follow an inserted negation (unless both versions end
there): one shared word is too little to say the same thing was negated."""
NEGATION_REACH = 3
"""How many aligned words before the negated ones may carry the other version's own
negation ("neither ... nor"), which makes the two agree in polarity."""


ALIGN_MAX_WORDS = 150
"""Longest version (in content words) whose wording is aligned word by word for
negation and name conflicts.  ``difflib`` takes time that grows about with the
cube of the length on repetitive text (5 ms at 150 words, 30 s at 3,000), and a
"sentence" that long is a report without sentence breaks, whose wording says
nothing about slots."""


_ATTRIBUTION = re.compile(
    r"^\W*(?P<lead>(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|told\s+\w+|reported|added)"
    r"(?:\s+on)?(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?:\s+that)?)\s"
    r"|,\s*(?P<tail>(?:[\w.'’-]+\s+){1,4}(?:said|says|told\s+\w+|reported|added)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?)\W*$"
)
"""Who says it, at the start ("Police said ...") or the end ("..., officials said."):
left out of the alignment, so that "The attack happened in Kabul, officials said."
and "Officials said the attack happened in Kandahar." align word for word."""


def _attribution(text: str) -> tuple[int, int]:
    """The span of a sentence's leading or trailing attribution, or (0, 0)."""
    spans = [
        match.span(group)
        for match in _ATTRIBUTION.finditer(text)
        for group in ("lead", "tail")
        if match.group(group)
    ]
    return spans[0] if len(spans) == 1 else (0, 0)


def _aligned(version: Version, unattributed: bool = False) -> list[Token]:
    """The tokens that carry meaning for alignment: content words and negations;
    ``unattributed``, without a leading or trailing attribution (:data:`_ATTRIBUTION`)."""
    start, end = _attribution(version.text) if unattributed else (0, 0)
    return [
        t
        for t in version.tokens
        if (not t.stop or t.norm in NEGATIONS) and not start <= t.start < end
    ]


def _aligned_pair(
    a: Version, b: Version, unattributed: bool = False
) -> tuple[list[Token], list[Token]] | None:
    """Both versions' aligned tokens, or None when either is too long to align."""
    ta, tb = _aligned(a, unattributed), _aligned(b, unattributed)
    if len(ta) > ALIGN_MAX_WORDS or len(tb) > ALIGN_MAX_WORDS:
        return None
    return ta, tb


def _beside_slot(tokens: Sequence[Token], i1: int, i2: int, prefer_after: bool) -> str:
    """The word next to the slot ``tokens[i1:i2]``, which says what a conflict in it
    is about: the one after it or the one before, as preferred and as there is one
    ("" when the slot is the whole sentence: "Smith to" / "Jones to")."""
    after = tokens[i2].text if i2 < len(tokens) else ""
    before = tokens[i1 - 1].text if i1 > 0 else ""
    return (after or before) if prefer_after else (before or after)


def _opcodes(ta: Sequence[Token], tb: Sequence[Token]) -> Sequence[tuple[str, int, int, int, int]]:
    """How ``tb``'s words edit into ``ta``'s, by norm (``difflib`` opcodes)."""
    matcher = difflib.SequenceMatcher(
        None, [t.norm for t in ta], [t.norm for t in tb], autojunk=False
    )
    return matcher.get_opcodes()


Span = tuple[int, int]
"""Character offsets into a version's sentence text."""
NO_SPAN: Span = (0, 0)


def _span(tokens: Sequence[Token]) -> Span:
    """The characters ``tokens`` cover (none for no tokens)."""
    return (tokens[0].start, tokens[-1].end) if tokens else NO_SPAN


DO_SUPPORT = frozenset({"do"})
"""The auxiliary a negation brings with it ("resigned" / "did not resign"), which
is no other difference: its norm covers do, does and did."""


def _otherwise_identical(a: Version, b: Version, edited_a: Span, edited_b: Span) -> bool:
    """Whether the two sentences, every word counted, differ only within the edited spans.

    "He will resign." / "He will not resign.", "A man / A woman was arrested."
    or "talks held in Washington / in New Delhi." have too few shared words
    around the edit for the usual context rules, yet say different things of the
    same words.  The auxiliary "do" is not counted, since negating a verb in the
    past or present brings it in: "He resigned." / "He did not resign.".
    """
    return _Slots(a, b).identical_outside(edited_a, edited_b)


def _without_do(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` without the auxiliary "do" (:data:`DO_SUPPORT`)."""
    return [t for t in tokens if not (t.stop and t.norm in DO_SUPPORT)]


EDIT_MAX_WORDS = 3
"""The most words either side of :func:`one_edit_apart`'s one change may have: a
fact ("third" / "fourth", "Washington" / "New Delhi", "did not resign"), not a
clause ("made the groundbreaking news" / "came out in support of ...")."""


def one_edit_apart(a: Sequence[Token], b: Sequence[Token], shared: int = 1) -> bool:
    """Whether two sentences are one sentence with a few words changed in one place.

    Every word is counted, function words too (the auxiliary "do" aside, as in
    :func:`_otherwise_identical`); the change spans at most
    :data:`EDIT_MAX_WORDS` words on either side, and at least ``shared`` content
    words stand outside it: "It was the third vote this year." / "It was the
    fourth vote this year." is one sentence with a fact changed, however little
    the two share by weight.
    """
    if len(a) > ALIGN_MAX_WORDS or len(b) > ALIGN_MAX_WORDS:
        return False
    kept_a, kept_b = _without_do(a), _without_do(b)
    opcodes = _opcodes(kept_a, kept_b)
    edits = [(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in opcodes if tag != "equal"]
    if len(edits) != 1 or max(edits[0]) > EDIT_MAX_WORDS:
        return False
    outside = sum(
        1 for tag, i1, i2, _, _ in opcodes if tag == "equal" for t in kept_a[i1:i2] if not t.stop
    )
    return outside >= shared


CONDITIONS = frozenset({"if", "unless", "whether"})
"""Words that make a negation right after them hypothetical: "if he does not prove"."""
CONDITION_REACH = 4
"""How many words before a negation a condition may stand."""


NOT_NEGATING = frozenset({"but", "only", "just", "merely", "until", "till"})
"""Words after which a negation negates nothing: "nothing but praise", "not only
... but also", "isn't until March 9" (it is, on March 9)."""


NOT_AFTER = frozenset({"or", "why"})
"""Words after which "not" denies nothing that follows: "believe it or not", "why not"."""


def _idiom(version: Version, cue: Token) -> bool:
    """Whether a negation is part of an idiom that asserts rather than denies:
    "nothing but praise", "believe it or not", "why not", or a "no" counted as a
    noun ("three no votes")."""
    following = (t for t in version.tokens if t.start >= cue.end)
    if next((t.norm for t in following), None) in NOT_NEGATING:
        return True
    before = [t for t in version.tokens if t.end <= cue.start][-1:]
    if cue.norm == "not" and any(t.norm in NOT_AFTER for t in before):
        return True
    return cue.norm == "no" and any(t.norm[:1].isdigit() for t in before)


def _hypothetical(version: Version, cue: Token) -> bool:
    """Whether a negation stands in a condition or a question ("if he doesn't")."""
    at = next((i for i, t in enumerate(version.tokens) if t.start == cue.start), 0)
    return any(t.norm in CONDITIONS for t in version.tokens[max(0, at - CONDITION_REACH) : at])


HEDGE_WORDS = 2
"""Most words a negation may take the place of: "was likely to rise" / "would not rise"."""
NEGATIVE_SENSE = """
    decline refuse fail deny reject avoid stop cease halt doubt lack refrain rule
    unlikely unable unwilling reluctant impossible absent barely hardly rarely seldom
    little few yet
"""
"""Words that already say "not": a negation in their place is no contradiction
("declined to respond" / "did not respond", "unlikely to attend" / "will not attend")."""


@cache
def _negative_sense() -> frozenset[str]:
    return frozenset(token.norm for token in tokenize(NEGATIVE_SENSE))


NEGATING_VERBS = "fail refuse decline neglect"
"""Verbs that negate the verb after "to": "failed to raise prices" says prices were
not raised, "refused to sign" that nothing was signed, "declined to comment" that
no comment was made."""


NEGATING_PHRASES = ("stop short of", "hold off on", "refrain from", "shy away from", "avoid")
"""Phrases that negate the verb (in "-ing") after them: "stopped short of endorsing gay
marriage" says it was not endorsed, "held off on voting" that no vote was held (yet),
"avoided calling it a crisis" that it was not called one."""


@cache
def _negating_verbs() -> frozenset[str]:
    return frozenset(token.norm for token in tokenize(NEGATING_VERBS))


@cache
def _negating_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(token.norm for token in tokenize(phrase)) for phrase in NEGATING_PHRASES)


def _cues(version: Version, tokens: Sequence[Token]) -> frozenset[int]:
    """Where ``tokens`` negate: a negation, a negating verb before "to" and a
    content word ("failed to raise", not "the failure to"; a fall, not a refusal, in
    "declined to 5%", "declined to five million" and "declined to a record low"), or
    the content words of a negating phrase before a verb ("stopped short of calling")."""
    verbs = _negating_verbs()
    found = {t.start for t in tokens if t.norm in NEGATIONS}
    every = version.tokens

    def verb_at(index: int, gerund: bool = False) -> bool:
        after = every[index] if index < len(every) else None
        return (
            after is not None
            and after.text[:1].isalpha()
            and not after.stop
            and not after.norm[:1].isdigit()
            and (not gerund or after.text.casefold().endswith("ing"))
        )

    for i, token in enumerate(every):
        negating_verb = token.norm in verbs and i + 1 < len(every) and every[i + 1].norm == "to"
        if negating_verb and verb_at(i + 2):
            found.add(token.start)
        for phrase in _negating_phrases():
            if token.norm != phrase[0]:
                continue
            words = every[i : i + len(phrase)]
            if tuple(t.norm for t in words) == phrase and verb_at(i + len(phrase), gerund=True):
                found.update(t.start for t in words if not t.stop)
    return frozenset(found)


def _negation_edit(
    tag: str,
    side_a: Sequence[Token],
    side_b: Sequence[Token],
    cues: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
) -> tuple[bool, Sequence[Token], Sequence[Token]] | None:
    """Whether an edit puts a negation into one version, and where.

    ``(negated in a, the negations, the words they replace)``: a pure insertion
    ("will (not) be delivered"), or negations in place of a few words that do
    not already say "not" ("was likely to / would not rise"); None otherwise.
    ``cues`` are where each version has a negating verb (:func:`_cues`), which
    negates as "not" does.
    """

    def negates(tokens: Sequence[Token], at: frozenset[int]) -> bool:
        return bool(tokens) and all(t.norm in NEGATIONS or t.start in at for t in tokens)

    if tag in ("insert", "delete"):
        inserted, at = (side_a, cues[0]) if tag == "delete" else (side_b, cues[1])
        if negates(inserted, at):
            return tag == "delete", inserted, ()
        return None
    if tag != "replace":
        return None
    for negated_in_a, negations, at, replaced in (
        (True, side_a, cues[0], side_b),
        (False, side_b, cues[1], side_a),
    ):
        if (
            negates(negations, at)
            and len(replaced) <= HEDGE_WORDS
            and not any(t.norm in NEGATIONS or t.norm in _negative_sense() for t in replaced)
        ):
            return negated_in_a, negations, replaced
    return None


def _trailing_negation(
    tag: str,
    side_a: Sequence[Token],
    side_b: Sequence[Token],
    cues: tuple[frozenset[int], frozenset[int]],
) -> tuple[bool, Sequence[Token], Sequence[Token]] | None:
    """Negations that end words only one version has, right before shared ones:
    "the men (were not) seen together at the airport" / "the men ... reportedly
    were seen together at the airport", where the alignment pairs "reports" with
    "reportedly" and leaves "men not" unmatched.  The negated words that follow
    must still be shared, and with no shared word before the negation, all the
    context comes after it; the other version must negate nothing, since a
    negation earlier in it may reach the same words ("have not found stockpiles
    ... or significant evidence" / "nor has significant evidence"), and nothing may
    break the clause between the negation and those words ("they don't, because
    we're gonna go in there")."""
    if tag not in ("insert", "delete"):
        return None
    inserted, at = (side_a, cues[0]) if tag == "delete" else (side_b, cues[1])
    count = 0
    while count < len(inserted) and (
        inserted[-1 - count].norm in NEGATIONS or inserted[-1 - count].start in at
    ):
        count += 1
    if not 0 < count < len(inserted):
        return None
    return tag == "delete", inserted[len(inserted) - count :], ()


def _negation_findings(a: Version, b: Version) -> Iterable[Finding]:
    """A negation put into otherwise aligned words: "will (not) be delivered".

    The negation must be inserted between words both versions share on each
    side (at least :data:`NEGATION_CONTEXT` of them in all), or take the place
    of a word or two after at least that many shared words ("the governor said
    the death toll was likely to / would not rise"), so that a negation
    somewhere in a loosely similar sentence is not taken for a contradiction.
    Who says it is left out of the alignment: "No one was killed, police said." /
    "Police said one person was killed."
    """
    pair = _aligned_pair(a, b, unattributed=True)
    if pair is None:
        return
    ta, tb = pair
    cues = (_cues(a, ta), _cues(b, tb))
    na = sum(t.start in cues[0] for t in ta)
    nb = sum(t.start in cues[1] for t in tb)
    if na == nb:
        return
    opcodes = _opcodes(ta, tb)
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        edit = _negation_edit(tag, ta[i1:i2], tb[j1:j2], cues)
        detached = edit is None
        if edit is None:
            edit = _trailing_negation(tag, ta[i1:i2], tb[j1:j2], cues)
        if edit is None:
            continue
        negated_in_a, inserted, replaced = edit
        if _said_otherwise(inserted, b if negated_in_a else a):
            continue  # "their failure ... to get" / "they failed to get"
        before = opcodes[index - 1] if index > 0 else None
        after = opcodes[index + 1] if index + 1 < len(opcodes) else None
        if after is None or after[0] != "equal":
            continue  # the negated words themselves must be shared
        shared_before = (
            before[2] - before[1] if before and before[0] == "equal" and not detached else 0
        )
        shared_after = after[2] - after[1]
        edits = (
            (_span(inserted), _span(replaced))
            if negated_in_a
            else (_span(replaced), _span(inserted))
        )
        identical = _otherwise_identical(a, b, *edits)
        if replaced:
            if shared_before < NEGATION_CONTEXT and not identical:
                continue
        else:
            if shared_before + shared_after < NEGATION_CONTEXT and not identical:
                continue
            if shared_after < NEGATED_WORDS and not (after[2] == len(ta) and after[4] == len(tb)):
                continue  # "no passenger was ejected" against "passengers were thrown"
        negative, positive = (a, b) if negated_in_a else (b, a)
        positive_tokens = tb if negated_in_a else ta
        if detached and (nb if negated_in_a else na):
            continue  # "have not found stockpiles ... or significant evidence" / "nor has"
        following = (ta[after[1]] if negated_in_a else tb[after[3]]).start
        if (
            not identical
            and shared_before < NEGATION_CONTEXT
            and _CLAUSE_BREAK.search(negative.text, inserted[-1].end, following)
        ):
            # "they don't, because we're gonna go" negates nothing that follows; with
            # shared words before it, or in two sentences otherwise the same, a
            # negation ending a clause negates what they say ("said he had (not),").
            continue
        anchor_at = after[3] if negated_in_a else after[1]
        if any(
            t.norm in NEGATIONS
            for t in positive_tokens[max(0, anchor_at - NEGATION_REACH) : anchor_at]
        ):
            continue  # "neither I nor my film are" is as negative as "are not"
        anchor = positive_tokens[anchor_at]
        cue = inserted[0]
        if _hypothetical(negative, cue) or _idiom(negative, cue):
            continue  # "if he doesn't prove he is" asserts nothing to contradict
        yield _negated(negative, cue, positive, anchor)
        return
    yield from _reordered_negation(a, b, ta, tb, na, nb)


def _said_otherwise(inserted: Sequence[Token], other: Version) -> bool:
    """Whether the other version has a negating verb of the inserted ones in another
    form ("failure", "refusal"), so that both negate."""
    verbs = _negating_verbs()
    return any(
        t.norm in verbs and any(o.norm.startswith(t.norm[:4]) for o in other.tokens)
        for t in inserted
    )


def _negated(negative: Version, cue: Token, positive: Version, anchor: Token) -> Finding:
    """The finding of a negation: the negating word in one version, the word it
    negates as the other version affirms it."""
    return Finding(
        "negation",
        anchor.text,
        [
            (negative, "not", negative.offset + cue.start, negative.offset + cue.end),
            (positive, "affirmed", positive.offset + anchor.start, positive.offset + anchor.end),
        ],
    )


REORDERED_MIN_WORDS = 2
"""Content words two reordered versions must share for a negation to contradict."""
REORDERED_REACH = 24
"""Characters from a negation to the word it negates, in reordered versions: "has
not yet been formally approved"."""


def _reordered_negation(
    a: Version, b: Version, ta: Sequence[Token], tb: Sequence[Token], na: int, nb: int
) -> Iterable[Finding]:
    """A negation in a version that says the same words in another order: "The drug
    was approved by the FDA." / "The FDA has not approved the drug."  Only when the
    two have the same content words and one of them no negation at all (``na`` and
    ``nb`` count each side's), so that nothing else can explain the negation."""
    words_a = {t.norm for t in ta if t.norm not in NEGATIONS}
    words_b = {t.norm for t in tb if t.norm not in NEGATIONS}
    if words_a != words_b or len(words_a) < REORDERED_MIN_WORDS:
        return
    if min(na, nb) > 0:
        return  # "neither I nor my film are" / "are not": both negate somewhere
    negative, positive, tn, tp = (a, b, ta, tb) if na else (b, a, tb, ta)
    for index, cue in enumerate(tn):
        if cue.norm not in NEGATIONS:
            continue
        negated = next((t for t in tn[index + 1 :] if t.norm not in NEGATIONS), None)
        if (
            negated is None
            or negated.start - cue.end > REORDERED_REACH
            or _CLAUSE_BREAK.search(negative.text, cue.end, negated.start)
            or sum(t.norm == negated.norm for t in tn) > 1
            or _hypothetical(negative, cue)
            or _idiom(negative, cue)
        ):
            continue  # "That wasn't all: by 2010", "not the objective, man is the objective"
        for at, anchor in enumerate(tp):
            if anchor.norm == negated.norm and not any(
                t.norm in NEGATIONS for t in tp[max(0, at - NEGATION_REACH) : at]
            ):
                yield _negated(negative, cue, positive, anchor)
                return


OPPOSITE_PAIRS = """
    rise/fall rise/drop rise/decline gain/fall gain/drop gain/decline gain/lose win/lose
    increase/decrease increase/decline increase/cut raise/cut raise/lower higher/lower
    highest/lowest strengthen/weaken strong/weak expand/shrink grow/shrink profit/loss
    approve/reject accept/reject confirm/deny support/oppose agree/disagree allow/ban
    allow/forbid allow/prohibit lift/impose guilty/innocent convict/acquit pass/fail
    succeed/fail success/failure victory/defeat winner/loser buy/sell hire/fire
    import/export include/exclude join/leave open/close begin/end start/end start/stop
    first/last earlier/later best/worst better/worse positive/negative true/false
    alive/dead survive/die legal/illegal constitutional/unconstitutional
    possible/impossible likely/unlikely able/unable known/unknown temporary/permanent
    majority/minority maximum/minimum domestic/foreign north/south east/west
    man/woman boy/girl son/daughter mother/father brother/sister
    admit/deny uphold/overturn uphold/reverse present/absent release/arrest release/detain
    praise/criticise praise/condemn sign/veto approve/veto accept/decline accept/refuse
    increase/reduce raise/reduce rise/slip rise/plunge rise/tumble climb/fall climb/drop
    jump/fall jump/drop resume/suspend deploy/withdraw optimistic/pessimistic
    overestimate/underestimate more/less more/fewer
    stable/critical minor/serious minor/major peaceful/violent safe/dangerous armed/unarmed
    public/private civilian/military voluntary/mandatory official/unofficial
    partial/complete partial/full arrive/depart arrival/departure inbound/outbound
    internal/external inside/outside urban/rural old/young rich/poor ally/enemy
    cheap/expensive easy/difficult survive/kill
    pass/reject pass/defeat adopt/reject grant/deny grant/refuse attend/boycott
    kill/injure kill/wound resign/fire resign/sack crash/land cancel/postpone cancel/delay
    democrat/republican democratic/republican liberal/conservative
    for/against up/down before/after above/below
"""
"""Words of opposite sense.  One put in place of the other in aligned wording is a
contradiction, as an inserted negation is ("the Senate approved the bill" / "the
Senate rejected the bill").  Lexical opposites and negation are the two most
common cues of contradiction in news (de Marneffe et al., 2008, "Finding
Contradictions in Text").  Only pairs whose meaning is opposite in any sense the
word has in news are listed.  The last line lists function words, which the other
checks do not align: "voted for" / "voted against", "shares were up" / "down"."""


@cache
def opposites() -> dict[str, frozenset[str]]:
    """Each word's opposites, by norm (built on first use, not at import)."""
    table: dict[str, set[str]] = defaultdict(set)
    for pair in OPPOSITE_PAIRS.split():
        a, b = (tokenize(word)[0].norm for word in pair.split("/"))
        table[a].add(b)
        table[b].add(a)
    return {norm: frozenset(others) for norm, others in table.items()}


@cache
def _function_opposites() -> frozenset[str]:
    """The norms of :data:`OPPOSITE_PAIRS` that are function words ("for", "up")."""
    words = (token for pair in OPPOSITE_PAIRS.split() for token in tokenize(pair))
    return frozenset(token.norm for token in words if token.stop and token.norm in opposites())


COPULAS = frozenset({"remain", "stay", "becom"})
"""Norms of verbs that only link a subject to its state ("remains", "stayed",
"becomes"): "remains open" says what "is open" says."""


def _opposable(version: Version) -> list[Token]:
    """The aligned tokens, with the function words that have an opposite and
    without linking verbs ("remains open" is aligned as "open") or adverbs of
    manner ("landed safely" is aligned as "landed", against "crashed")."""
    kept = _function_opposites()
    return [
        t
        for t in version.tokens
        if (not t.stop or t.norm in NEGATIONS or t.norm in kept)
        and t.norm not in COPULAS
        and not _manner_adverb(t)
    ]


def _manner_adverb(token: Token) -> bool:
    """Whether a word is an adverb made of an English word with "-ly" ("safely",
    "sharply", "happily"), not a word that only ends so ("family", "reply") nor one
    with an opposite of its own ("likely")."""
    word = spelling(token)
    if not word.endswith("ly") or not token.text.islower() or token.norm in opposites():
        return False
    base = word[:-3] + "y" if word.endswith("ily") else word[:-2]
    return len(base) >= 4 and general_frequencies().get(base, 0.0) >= MANNER_BASE_MIN


MANNER_BASE_MIN = 1e-6
"""How common in English the word under an "-ly" adverb must be for it to count as one."""


NEGATIVE_PREFIXES = (
    ("un", 4), ("in", 6), ("im", 6), ("il", 6), ("ir", 6), ("dis", 6), ("non-", 4), ("non", 5),
)  # fmt: skip
"""Prefixes that negate a word, each with the shortest word it negates here:
"safe" / "unsafe", "accurate" / "inaccurate", "precise" / "imprecise", "honest" /
"dishonest".  ``in-`` and its kin only before longer words, since many short
words take them without any negation ("form" / "inform", "press" / "impress",
"cover" / "discover"); ``im-`` only before ``p`` and ``b``, ``in-`` before neither
nor ``l``, ``m`` or ``r``, as English spells them, so "migrant" / "immigrant" is
no pair.  ``non-`` with or without its hyphen: "binding" / "non-binding"."""


PREFIXED_NOT_NEGATED = frozenset(
    [
        "infamous",
        "invaluable",
        "inflammable",
        "disgruntled",
        "discharge",
        "discharged",
        "discharges",
        "dismantle",
        "dismantled",
        "disposition",
    ]
)
"""Words that look like a negating prefix on another word but do not negate it
("invaluable" is very valuable, "inflammable" is flammable)."""


def _prefixed_opposite(word: str, others: set[str]) -> bool:
    """Whether ``word`` and one of ``others`` differ by a negating prefix
    (:data:`NEGATIVE_PREFIXES`): "safe" / "unsafe", "inaccurate" / "accurate"."""
    for prefix, shortest in NEGATIVE_PREFIXES:
        if word.startswith(prefix):
            base = word[len(prefix) :]
            if len(base) >= shortest and base in others and _negates(prefix, base):
                return True
        if len(word) >= shortest and prefix + word in others and _negates(prefix, word):
            return True
    return False


def _negates(prefix: str, base: str) -> bool:
    """Whether English negates ``base`` with ``prefix``, as it spells it ("impossible",
    "inactive", not "immigrant"), the word not being one of :data:`PREFIXED_NOT_NEGATED`."""
    if prefix + base in PREFIXED_NOT_NEGATED:
        return False
    first = base[:1]
    if prefix == "im":
        return first in "pb"
    if prefix == "in":
        return first not in "pbmlr"
    if prefix == "il":
        return first == "l"
    if prefix == "ir":
        return first == "r"
    return True


def _opposite_findings(a: Version, b: Version) -> Iterable[Finding]:
    """A word replaced by its opposite in otherwise aligned words: "approved" / "rejected".

    The two must stand between shared words (at least one on each side, or
    :data:`NEGATION_CONTEXT` in all), and neither may follow a negation within
    :data:`NEGATION_REACH` words: "did not approve" and "rejected" agree.
    """
    ta, tb = _opposable(a), _opposable(b)
    if len(ta) > ALIGN_MAX_WORDS or len(tb) > ALIGN_MAX_WORDS:
        return
    opposite = opposites()
    norms_b = {t.norm for t in tb}
    written_b = {spelling(t) for t in tb}
    if not any(
        opposite.get(t.norm, frozenset()) & norms_b or _prefixed_opposite(spelling(t), written_b)
        for t in ta
    ):
        return
    if _coordination_swapped(a, b, ta, tb):
        return  # "men and women" / "women and men"
    swapped = _swapped_in_place(ta, tb, opposite)
    if swapped:
        # "rose in Tokyo and fell in London" / "fell in Tokyo and rose in London":
        # the same words in the same places, opposites swapped, which the edit
        # alignment below pairs with each other rather than with their places.
        for word_a, word_b in swapped:
            yield Finding(
                "negation",
                word_a.text,
                [
                    (a, word_a.text, a.offset + word_a.start, a.offset + word_a.end),
                    (b, word_b.text, b.offset + word_b.start, b.offset + word_b.end),
                ],
            )
        return
    opcodes = _opcodes(ta, tb)
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        word_a, word_b = ta[i1], tb[j1]
        if word_b.norm not in opposite.get(word_a.norm, frozenset()) and not _prefixed_opposite(
            spelling(word_a), {spelling(word_b)}
        ):
            continue
        before = opcodes[index - 1] if index > 0 else None
        after = opcodes[index + 1] if index + 1 < len(opcodes) else None
        shared_before = before[2] - before[1] if before and before[0] == "equal" else 0
        shared_after = after[2] - after[1] if after and after[0] == "equal" else 0
        if (
            not (shared_before and shared_after)
            and shared_before + shared_after < NEGATION_CONTEXT
            and not _otherwise_identical(a, b, _span((word_a,)), _span((word_b,)))
            and not _same_content_otherwise(ta, tb, word_a, word_b)
        ):
            continue
        if any(t.norm in NEGATIONS for t in ta[max(0, i1 - NEGATION_REACH) : i1]) or any(
            t.norm in NEGATIONS for t in tb[max(0, j1 - NEGATION_REACH) : j1]
        ):
            continue
        context = _beside_slot(ta, i1, i2, prefer_after=bool(shared_after))
        yield Finding(
            "negation",
            context,
            [
                (a, word_a.text, a.offset + word_a.start, a.offset + word_a.end),
                (b, word_b.text, b.offset + word_b.start, b.offset + word_b.end),
            ],
        )


def _same_content_otherwise(
    ta: Sequence[Token], tb: Sequence[Token], word_a: Token, word_b: Token
) -> bool:
    """Whether two versions' opposable tokens (:func:`_opposable`, without linking
    verbs) have the same content words in the same order besides the two opposites:
    "The embassy remains open." / "The embassy has been closed.", "All 150
    passengers survived." / "... were killed."."""
    rest_a = [t.norm for t in ta if t is not word_a and not t.stop]
    rest_b = [t.norm for t in tb if t is not word_b and not t.stop]
    return bool(rest_a) and rest_a == rest_b


_COORDINATION = re.compile(
    r"\s*(?:,?\s*(?:and|or|nor|&)\s+|[,/]\s*)(?:(?:the|a|an|their|his|her|its)\s+)?", re.I
)
"""What joins two coordinated words: "and", "or", "nor", "&", a comma or a slash."""


def _coordination_swapped(a: Version, b: Version, ta: Sequence[Token], tb: Sequence[Token]) -> bool:
    """Whether the two wordings differ only in coordinated words given in the other
    order: "Republicans and Democrats" / "Democrats and Republicans"."""
    if len(ta) != len(tb):
        return False
    differ = [k for k, (x, y) in enumerate(zip(ta, tb, strict=True)) if x.norm != y.norm]
    if not differ or len(differ) % 2:
        return False
    for k, following in zip(differ[::2], differ[1::2], strict=True):
        if (
            following != k + 1
            or ta[k].norm != tb[following].norm
            or ta[following].norm != tb[k].norm
            or not _COORDINATION.fullmatch(a.text, ta[k].end, ta[following].start)
            or not _COORDINATION.fullmatch(b.text, tb[k].end, tb[following].start)
        ):
            return False
    return True


def _swapped_in_place(
    ta: Sequence[Token], tb: Sequence[Token], opposite: dict[str, frozenset[str]]
) -> list[tuple[Token, Token]]:
    """The words of two equally long wordings that stand in the same place and are
    opposites, when everything else is the same word for word and more than one
    opposite differs; else nothing."""
    if len(ta) != len(tb) or any(t.norm in NEGATIONS for t in (*ta, *tb)):
        return []
    pairs = [(x, y) for x, y in zip(ta, tb, strict=True) if x.norm != y.norm]
    if len(pairs) < 2 or any(y.norm not in opposite.get(x.norm, frozenset()) for x, y in pairs):
        return []
    return pairs


DATE_WORDS = frozenset(
    name
    for name in (*WEEKDAYS, *MONTHS)
    if len(name) > 3 and name not in ("sept", "april", "june", "august")
)
"""Weekdays and months, which are dates (the date check compares them), not names:
"published Tuesday" / "published Monday" is not a name conflict.  Months that are
also given names (May, April, June, August) stay possible names."""


def _is_name(token: Token, first: bool) -> bool:
    """A capitalised content word that may name a person, place or body."""
    return (
        not token.stop
        and token.text[:1].isupper()
        and token.norm not in HONORIFICS
        and not token.norm[:1].isdigit()
        and not first
        and spelling(token) not in DATE_WORDS
    )


_OPENING_MARKS = frozenset("\"'“”‘’«‹([")
_BRACKETS = frozenset("([")


def _opens(text: str, token: Token) -> bool:
    """Whether ``token`` opens a quotation or an aside, where any word is capitalised
    ("says: ‘Momma, look, you won’"), so that, like a sentence's first word, its
    capital does not make it a name."""
    i = token.start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0 or text[i] not in _OPENING_MARKS:
        return False
    # A quotation mark right after a word or a comma closes a quotation:
    # '"... for future generations," Carney said' (Carney is no opening word).
    return text[i] in _BRACKETS or i == 0 or text[i - 1].isspace() or text[i - 1] in _OPENING_MARKS


def _letters(name: str) -> str:
    """A name's letters and digits, casefolded and without accents ("Türkiye" → "turkiye")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` can abbreviate ``long``: its letters, in order, starting alike ("Ft"/"Fort")."""
    if not short or not long or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def _acronym(name: str) -> bool:
    """Whether a name has a word of two to five capitals ("FBI", "U.S.", "S&P")."""
    return any(len(word) <= 5 and word.isupper() for word in name.replace(".", "").split())


def _all_capitals(name: str) -> bool:
    """Whether a name is written in capitals only, as an acronym ("FBI", "U.S.")."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


@cache
def _nicknamer() -> NickNamer:
    """The ``nicknames`` package's table of English given names (loaded on first use)."""
    from nicknames import NickNamer

    return NickNamer()


def one_given_name(x: str, y: str) -> bool:
    """Whether two given names (letters only, lower case) can be one person's: one a
    nickname of the other ("Jim" / "James", "Bill" / "William").  Two nicknames of
    one name are not taken for each other: that would make "Robert" and "William"
    one (both are "Bill" somewhere)."""
    short, full = sorted((x, y), key=len)
    diminutive = len(short) <= NICKNAME_MAX + 2 and short.endswith(("y", "ie"))
    if len(short) > NICKNAME_MAX and short[:3] != full[:3] and not diminutive:
        return False  # the table's "Peter" for Patrick: two full names, not a nickname
    table = _nicknamer()
    return x in table.nicknames_of(y) or y in table.nicknames_of(x)


NICKNAME_MAX = 4
"""The longest nickname taken from the table without sharing the name's first three
letters or ending as a diminutive does ("Bobby", "Peggy", "Debbie"): "Bill" /
"William", "Jack" / "John", "Chris" / "Christopher", "Bobby" / "Robert", but not the
table's "Peter" / "Patrick"."""


def _spellings_of_one_name(a: str, b: str) -> bool:
    """One name written two ways, which is not a conflict.

    "Vicente"/"Vincente" (a misspelling), "Ron"/"Ronald" (a short form),
    "Jim"/"James" (a nickname),
    "IRS"/"I.R.S.", "Ft."/"Fort" and "R-Calif"/"Republican of California"
    (abbreviations), "Democrats"/"Democratic Party" (one root).
    """
    x, y = _letters(a), _letters(b)
    if x == y or fuzz.ratio(x, y) >= NAME_SPELLING:
        return True
    short, long = sorted((x, y), key=len)
    if len(short) >= 3 and long.startswith(short[: max(3, len(short) - 2)]):
        return True
    if one_given_name(x, y):
        return True
    referents = _referents()
    if _all_capitals(a) and _all_capitals(b):
        return _abbreviates(short, long)  # "FBI" / "CIA", but "USA" / "US"
    if (_acronym(a) and x not in referents) or (_acronym(b) and y not in referents):
        return True  # an acronym may stand for the other name: "S&P", "AMC" / "AustMag"
    if _acronym(a) or _acronym(b):
        # One whose referent is known: "US" stands for "America", not for "France".
        return _one_referent(a, b)
    return _abbreviates(short, long)


METONYMS = (
    "united states|us|usa|america|american|americans|federal|washington",
    "pentagon|defense department|department of defense|defence department",
    "capitol hill|congress",
    "russia|moscow|kremlin",
    "china|prc|chinese|beijing",
    "britain|united kingdom|uk|great britain|british|london|downing street|whitehall",
    "france|paris|elysee",
    "germany|berlin",
    "japan|tokyo",
    "india|new delhi|delhi",
    "pakistan|islamabad",
    "iran|tehran",
    "ukraine|kyiv|kiev",
    "canada|ottawa",
    "australia|canberra",
    "south korea|seoul",
    "north korea|dprk|north korean|pyongyang",
    "european union|eu|european|brussels",
    "vatican|holy see",
    "myanmar|burma",
    "netherlands|holland",
    "turkey|turkiye|ankara",
    "czech republic|czechia",
    "ivory coast|cote d'ivoire",
)
"""Names news uses for one another: a capital for its country's government ("moved
closer to Washington" / "to the United States"), a building for the body it
houses ("Pentagon officials" / "Defense Department officials"), a country's old
or other name ("Burma" / "Myanmar").  Written by hand,
as names of one referent, not as synonyms of any other word."""


@cache
def _referents() -> dict[str, int]:
    """Each metonym's group, by its letters (:func:`_letters`)."""
    return {
        _letters(name): group for group, names in enumerate(METONYMS) for name in names.split("|")
    }


def _referent_named(name: str, version: Version) -> bool:
    """Whether ``version`` names ``name``'s referent in another of its names."""
    group = _referents().get(_letters(name))
    if group is None:
        return False
    words = {_letters(t.text) for t in version.tokens}
    joined = _letters(version.text)
    return any(
        (other in words) if " " not in other else (_letters(other) in joined)
        for other in METONYMS[group].split("|")
    )


def _one_referent(a: str, b: str) -> bool:
    """Whether two names are metonyms of one referent (:data:`METONYMS`)."""
    referents = _referents()
    group = referents.get(_letters(a))
    return group is not None and group == referents.get(_letters(b))


_ARTICLES = frozenset({"a", "an", "the"})


def _beside(version: Version, side: Sequence[Token]) -> tuple[str | None, str | None]:
    """The words right before and right after ``side`` in the full sentence, articles skipped."""
    tokens = version.tokens
    first = next(i for i, t in enumerate(tokens) if t.start == side[0].start)
    last = next(i for i, t in enumerate(tokens) if t.start == side[-1].start)
    before = next((t.norm for t in reversed(tokens[:first]) if t.norm not in _ARTICLES), None)
    after = next((t.norm for t in tokens[last + 1 :] if t.norm not in _ARTICLES), None)
    return before, after


def _same_slot(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Whether two names stand in the same slot: the same word right before or right after.

    The alignment of content words can pair names that only share distant
    neighbours ("our reporter, David Blair, in the Foreign Ministry" against "our
    reporter in Iraq's foreign ministry"); those fill different roles.  A verb of
    saying makes no slot: "..., Carney said." and "..., Mr. Rand said." may quote
    two people saying two things (unless nothing else differs).
    """
    return any(x is not None and x == y and x not in REPORTING for x, y in zip(a, b, strict=True))


class FullNames:
    """What a briefing shows of its names.

    * Whether two names are parts of one full name.  A report names a person in
      full once ("Hillary Clinton", "Evan Nash", "Saddam Hussein") and then by
      one part; another report may use the other part.  "Hillary" and "Clinton"
      in the same slot are then one person, not a conflict.  A full name is a
      run of capitalised words, honorifics and days left out; the first word of
      a sentence counts here, since "Hillary Clinton said" opens many sentences.
    * Whether a word is a name by its case (:meth:`known`): capitalised inside a
      sentence somewhere, and never written in lower case.  A sentence's first
      word is capitalised whatever it is, so there the briefing's own usage
      decides first, and general English (:func:`_opening_name`) after it.

    Sentences are added one by one, so the analysis can gather the names while
    it tokenises each sentence for the first time.
    """

    __slots__ = ("_capitalised", "_lower", "_together")

    def __init__(self) -> None:
        self._together: dict[str, set[str]] = defaultdict(set)
        self._capitalised: set[str] = set()
        self._lower: set[str] = set()

    def known(self, token: Token) -> bool:
        """Whether the briefing writes ``token``'s word as a name, and only so."""
        return token.norm in self._capitalised and token.norm not in self._lower

    def lower(self, token: Token) -> bool:
        """Whether the briefing writes ``token``'s word in lower case somewhere."""
        return token.norm in self._lower

    def add(self, tokens: Sequence[Token], text: str | None = None) -> None:
        """Gather the names of one sentence (``text``, when given, tells quotations' openings).

        A headline (:func:`.normalise.headline_case`) shows nothing: its capitals
        mark no names, and its runs of capitalised words are no full names.
        """
        if headline_case(tokens):
            return
        run: list[str] = []
        end = -1
        for number, token in enumerate(tokens):
            named = _is_name(token, first=False)
            if not token.stop and token.text[:1].islower():
                self._lower.add(token.norm)
            elif named and number and not (text is not None and _opens(text, token)):
                self._capitalised.add(token.norm)
            if not named:
                self._close(run)
                run = []
                continue
            if token.start != end + 1:  # "McCarthy, Paul Ryan": a list, not one name
                self._close(run)
                run = []
            run.append(token.norm)
            end = token.end
        self._close(run)

    def _close(self, run: list[str]) -> None:
        if len(run) > 1:
            for norm in run:
                self._together[norm].update(run)

    def __call__(self, side_a: Sequence[Token], side_b: Sequence[Token]) -> bool:
        """Whether every word of each name is part of a full name with the other's."""
        together = self._together
        return all(
            any(tb.norm in together.get(ta.norm, ()) for tb in side_b) for ta in side_a
        ) and all(any(ta.norm in together.get(tb.norm, ()) for ta in side_a) for tb in side_b)


def name_parts(sentences: Iterable[Sequence[Token]]) -> FullNames:
    """:class:`FullNames` of all of ``sentences``."""
    names = FullNames()
    for tokens in sentences:
        names.add(tokens)
    return names


OPENING_NAME_MAX_PROBABILITY = 1e-6
"""A capitalised word at a sentence's or quotation's opening is a name when rarer than
this in general English ("Hegseth", "Jaishankar", "Zelensky"), or when the briefing
writes it only as a name.  Plural nouns that often open news sentences are more
common: "Demonstrators" 2e-6, "Militants" 4e-6, "Lawmakers" 4e-6."""


_NAME_GAP = re.compile(
    r"\s+|\s*-\s*|\s+(?:of|de|del|la|le|van|von|der|bin|al|the|and|for|on)\s+|\s+[A-Z]\.\s+"
)
"""What may stand between two words of one name: a space, a hyphen, a small word
("Bank of America", "Jean-Pierre", "Ludwig van Beethoven"), or a middle initial
that is also a small word ("John A. Dvorak", whose "A" is an article to the
alignment)."""


def _names(version: Version, side: Sequence[Token], names: FullNames) -> bool:
    """Whether every word of ``side`` may name a person, place or body.

    In a headline in title case every word is capitalised, so each is judged as a
    sentence's first word is (:func:`_opening_name`); in a headline in capitals,
    the case tells nothing at all, and no word is taken for a name.
    """
    case = headline_case(version.tokens)
    if case == "capitals":
        return False
    if any(
        _NAME_GAP.fullmatch(version.text, left.end, right.start) is None
        and not (left is not side[0] and _initial(version, left, right))
        for left, right in itertools.pairwise(side)
    ):
        return False  # "Dead Wrong' On Gay": a quotation's end is inside no name
    first = version.tokens[0].start if version.tokens else -1

    def opening(token: Token) -> bool:
        return case == "title" or token.start == first or _opens(version.text, token)

    for at, (token, following) in enumerate(itertools.zip_longest(side, side[1:])):
        if at > 0 and following is not None and _initial(version, token, following):
            continue  # "John A. Dvorak", "John F. Kelly": a middle initial
        if not _is_name(token, first=False):
            return False
        # "Edward Skyler said": a given name may be common English ("Edwards",
        # "Jordans"), but a name by its case follows it in the same name.
        followed_by_name = (
            following is not None and not opening(following) and _first_of_name(token, names)
        )
        if opening(token) and not followed_by_name and not _opening_name(version, token, names):
            return False
    return True


def middle_initial(token: Token, after: Token) -> bool:
    """A single capital with its full stop before the next name: "H." in "Steny H. Hoyer"."""
    return (
        len(token.text) == 1
        and token.text.isupper()
        and token.text.isalpha()
        and after.start == token.end + 2
    )


_INITIAL_GAP = re.compile(r"\.\s")


def _initial(version: Version, token: Token, after: Token) -> bool:
    """:func:`middle_initial`, its full stop and space read from the text ("F. Kelly",
    not "F, Kelly")."""
    return (
        middle_initial(token, after)
        and _INITIAL_GAP.fullmatch(version.text, token.end, after.start) is not None
    )


def _without_initials(version: Version, side: Sequence[Token]) -> str:
    """A name's words without its middle initials: "John F. Kelly" → "John Kelly"."""
    return " ".join(
        token.text
        for at, token in enumerate(side)
        if at == 0 or at == len(side) - 1 or not _initial(version, token, side[at + 1])
    )


def _first_of_name(token: Token, names: FullNames) -> bool:
    """Whether an opening word that a name follows may be the first word of that name:
    not an adverb ("Separately") nor a word the briefing writes in lower case."""
    return not spelling(token).endswith("ly") and not names.lower(token)


def _variants(word: str) -> set[str]:
    """The inflected forms (plural or singular, verb forms) a common English word has."""
    forms = {word + "s", word + "es", word + "ed", word + "ing", word + "d", word + "er"}
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith(("ses", "xes", "zes", "ches", "shes", "oes")):
        forms.add(word[:-2])
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("y"):
        forms.update((word[:-1] + "ies", word[:-1] + "ied"))
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    forms.update(_past_bases(word))
    forms.discard(word)
    return forms


def _past_bases(word: str) -> tuple[str, ...]:
    """What an "-ed" word may be the past of: "messaged" → "message", "passed" →
    "pass".  Bases shorter than four letters are left out, so that names such as
    "Jared" and "Reed" have none."""
    if not word.endswith("ed"):
        return ()
    return tuple(base for base in (word[:-1], word[:-2]) if len(base) >= 4)


PAST_BASE_MIN = 1e-5
"""A rare "-ed" word whose base is at least this common is a verb form, not a name,
even when rarer than :data:`OPENING_NAME_MAX_PROBABILITY`: "Messaged" (9e-7;
"message" 1e-4) in a headline."""


def _past_form(word: str) -> bool:
    """Whether ``word`` is the past of a common English verb (:data:`PAST_BASE_MIN`)."""
    frequencies = general_frequencies()
    return any(frequencies.get(base, 0.0) >= PAST_BASE_MIN for base in _past_bases(word))


INFLECTED_SHARE = 0.1
"""A word whose plural, singular or verb form is at least this common beside it is a
common word, not a name: "shares" / "share" (4.0), "analysts" / "analyst" (1.5),
"video" / "videos" (0.23), against "Germany" / "Germanys" (0.001), "Obama" /
"Obamas" (0.008), "Google" / "googled" (0.02) and "Trump" / "trumps" (0.035)."""
OPENING_COMMON = 3e-4
"""An opening word at least this common in English is not taken for a name on its
inflections alone ("Later", "People", "Police" are more common; "China" 1.3e-4,
"London" 1.9e-4 are less)."""


def _inflects(word: str) -> bool:
    """Whether general English has an inflected form of ``word`` (:func:`_variants`)."""
    frequencies = general_frequencies()
    floor = INFLECTED_SHARE * frequencies.get(word, 0.0)
    return any(frequencies.get(form, 0.0) >= floor for form in _variants(word))


def _opening_name(version: Version, token: Token, names: FullNames) -> bool:
    """Whether a capitalised word at a sentence's or quotation's opening is a name.

    There every word is capitalised, so the capital says nothing.  It is a name
    when the briefing (here, the versions compared) writes it only so
    (:meth:`FullNames.known`), or when general English says so: a word rarer than
    :data:`OPENING_NAME_MAX_PROBABILITY`, or one with no inflected forms of its
    own ("Obama", "Germany", "Reuters", but not "Shares", "Analysts" or
    "Deaths").  Adverbs that open a sentence ("Earlier, ...", "Separately ...")
    and words the briefing writes in lower case are not names.
    """
    if names.known(token):
        return True
    if names.lower(token):
        return False
    if _all_capitals(token.text):
        return True  # an acronym: "US troops", "FBI agents"
    word = spelling(token)
    frequency = general_frequencies().get(word, 0.0)
    if frequency < OPENING_NAME_MAX_PROBABILITY:
        return not _past_form(word)
    if frequency >= OPENING_COMMON or word.endswith("ly") or _inflects(word):
        return False
    return not version.text[token.end :].lstrip().startswith(",")


def _name_findings(a: Version, b: Version, parts: FullNames | None = None) -> Iterable[Finding]:
    """A different name in the same slot: aligned wording around a replaced proper noun.

    Two names that ``parts`` finds in one full name ("Hillary" and "Clinton" in
    "Hillary Clinton") are one person's, not a conflict.
    """
    for unattributed in (False, True):
        # Who says it is part of the wording ("Hegseth said ..." / "Jaishankar
        # said ..."), but when nothing differs there, it may stand at the other
        # end of the other version ("..., officials said." / "Officials said ...").
        if unattributed and _attribution(a.text) == _attribution(b.text) == (0, 0):
            return
        pair = _aligned_pair(a, b, unattributed)
        if pair is None:
            return
        found = list(_aligned_names(a, b, *pair, parts))
        if found:
            yield from found
            return


def _with_article(version: Version, span: Span) -> Span:
    """``span`` with the article right before it, which goes with some names and not
    with others: "The PRC protested." / "Japan protested."."""
    before = [t for t in version.tokens if t.end <= span[0]][-1:]
    if before and before[0].norm in _ARTICLES:
        return before[0].start, span[1]
    return span


REGION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern", "upstate", "downstate", "greater",
})  # fmt: skip
"""Words that make a region of the place named after them: "South Florida"."""


STATE_INITIALS = frozenset({"nh", "nj", "nm", "ny", "nc", "nd", "ri", "sc", "sd", "dc"})
"""The US states news style writes in initials ("N.Y.", "S.C."); the others it shortens
are in :data:`~.normalise.STATE_ABBREVIATIONS` ("Mass.", "Calif.")."""


US_STATES = (
    "Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, "
    "Florida, Georgia, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, "
    "Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, "
    "Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina, "
    "North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, "
    "South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington, West Virginia, "
    "Wisconsin, Wyoming"
)
"""The fifty states, by their full names."""
THE_UNITED_STATES = frozenset({"unitedstates", "us", "usa", "america", "american", "americans"})
"""The names of the country (by their letters) that a state lies in; "Washington", also
a state, is left out."""


@cache
def _state_names() -> frozenset[tuple[str, ...]]:
    names = [tuple(name.strip().casefold().split()) for name in US_STATES.split(",")]
    return frozenset(
        names + [(word,) for word in STATE_ABBREVIATIONS] + [(word,) for word in STATE_INITIALS]
    )


def _country_and_state(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """Whether one side names the United States and the other one of its states: "its
    late U.S. level" / "the late New York level".  The state lies in the country."""

    def state(side: Sequence[Token]) -> bool:
        return tuple(t.text.replace(".", "").casefold() for t in side) in _state_names()

    def country(side: Sequence[Token]) -> bool:
        return _letters(" ".join(t.text for t in side)) in THE_UNITED_STATES

    return (country(a) and state(b)) or (state(a) and country(b))


def _member_state(version: Version, side: Sequence[Token]) -> bool:
    """Whether ``side`` is the state a party letter gives a member of Congress, in news
    style: "Mass." in "Rep. Stephen Lynch (D-Mass.)".  Against a place that is not a
    state, it is no other name: the member's home may lie in the state ("a Democrat
    from South Boston").  Other states ("Ariz. Gov. Jan Brewer", "San Jose, Calif.")
    are compared as any name is."""
    if len(side) != 1:
        return False
    word = side[0].text.replace(".", "").casefold()
    if word not in STATE_INITIALS and word not in STATE_ABBREVIATIONS:
        return False
    before = [t for t in version.tokens if t.end <= side[0].start][-1:]
    # the tokenizer read the letter before as a party ("D-" is "democrat")
    return bool(before) and PARTY_LETTERS.get(before[0].text) == before[0].norm


def _region_of_shared(version: Version, side: Sequence[Token], other_norms: set[str]) -> bool:
    """Whether ``side`` is only a region word before a name the other version has:
    "South" in "South Florida" against "Aventura, Florida", a place in that region.
    Two region words ("North Korea" / "South Korea") are still compared."""
    if not all(t.text.casefold() in REGION_WORDS for t in side):
        return False
    following = [t for t in version.tokens if t.start >= side[-1].end][:1]
    return bool(following) and following[0].norm in other_norms


def _aligned_names(
    a: Version, b: Version, ta: Sequence[Token], tb: Sequence[Token], parts: FullNames | None
) -> Iterable[Finding]:
    """Names replaced in the aligned tokens ``ta`` and ``tb`` (see :func:`_name_findings`)."""
    opcodes = _opcodes(ta, tb)
    if not any(
        tag == "replace" and i2 - i1 <= 3 and j2 - j1 <= 3 for tag, i1, i2, j1, j2 in opcodes
    ):
        return
    if parts is None:
        parts = FullNames()
        parts.add(a.tokens, a.text)
        parts.add(b.tokens, b.text)
    norms_a = {t.norm for t in a.tokens}
    norms_b = {t.norm for t in b.tokens}
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag != "replace" or i2 - i1 > 3 or j2 - j1 > 3:
            continue
        side_a, side_b = ta[i1:i2], tb[j1:j2]
        # The slot must be anchored: aligned words on both sides of it, or nothing
        # else in the two sentences differs ("talks were held in Washington.").
        before = index > 0 and opcodes[index - 1][0] == "equal"
        after = index + 1 < len(opcodes) and opcodes[index + 1][0] == "equal"
        # A number after the same capitalised word names something: "Flight 370" /
        # "Flight 307", whatever words follow ("vanished" / "crashed").
        label = _labels_differ(a, side_a[:1], b, side_b[:1]) if before else None
        if label is not None:
            yield Finding(
                "name", label, [_value(a, ta[i1 - 1 : i1 + 1]), _value(b, tb[j1 - 1 : j1 + 1])]
            )
            continue
        alone = not (before and after) and _otherwise_identical(
            a, b, _with_article(a, _span(side_a)), _with_article(b, _span(side_b))
        )
        if not (before and after) and not alone:
            continue
        if not _names(a, side_a, parts) or not _names(b, side_b, parts):
            continue
        if any(t.norm in norms_b for t in side_a) or any(t.norm in norms_a for t in side_b):
            continue
        # A middle initial ("John F. Kelly") is no acronym that may stand for anything.
        name_a, name_b = _without_initials(a, side_a), _without_initials(b, side_b)
        if _spellings_of_one_name(name_a, name_b) or _one_referent(name_a, name_b):
            continue
        if _referent_named(name_a, b) or _referent_named(name_b, a):
            continue  # "the U.S. market" / "the PC market in the United States"
        if _region_of_shared(a, side_a, norms_b) != _region_of_shared(b, side_b, norms_a):
            continue  # "of South Florida" / "of Aventura, Fla.": a place in the region
        if _country_and_state(side_a, side_b):
            continue  # "its late U.S. level" / "the late New York level"
        if _member_state(a, side_a) != _member_state(b, side_b):
            continue  # "(D-Mass.)" / "from South Boston": a place may be in the state
        if not alone and not _same_slot(_beside(a, side_a), _beside(b, side_b)):
            continue
        if parts(side_a, side_b):
            continue
        yield Finding(
            "name",
            _beside_slot(ta, i1, i2, prefer_after=False),
            [_value(a, side_a), _value(b, side_b)],
        )


def _value(version: Version, side: Sequence[Token]) -> tuple[Version, str, int, int]:
    """Aligned words as the value of a conflict, placed in the source text."""
    return (
        version,
        " ".join(t.text for t in side),
        version.offset + side[0].start,
        version.offset + side[-1].end,
    )


def _labels_differ(
    a: Version, side_a: Sequence[Token], b: Version, side_b: Sequence[Token]
) -> str | None:
    """The word two different numbers name something with, in aligned wording: "bill"
    for "Senate Bill 62" / "Senate Bill 63", "flight" for "Flight 370" / "Flight 307".
    Such a number is part of a name (:func:`~.facts.labelled`), not a figure; a number
    inside a date, a figure or an ordinal is left to those."""

    def label(version: Version, side: Sequence[Token]) -> str | None:
        if len(side) != 1 or not side[0].text.isdigit():
            return None
        token = side[0]
        facts = version.facts
        spans = [
            (fact.start, fact.end)
            for fact in (
                *facts.quantities,
                *facts.ordinals,
                *(fact for _, fact in facts.dates),
                *(fact for _, fact in facts.times),
            )
        ]
        if any(start < token.end and token.start < end for start, end in spans):
            return None
        return labelled(version.text, token.start)

    word_a, word_b = label(a, side_a), label(b, side_b)
    if word_a is None or word_b is None or word_a.casefold() != word_b.casefold():
        return None
    return word_a.casefold()


PAIR_CHECKS: tuple[Callable[[Version, Version], Iterable[Finding]], ...] = (
    _figure_findings,
    _ordinal_findings,
    _date_findings,
    _time_findings,
    _negation_findings,
    _opposite_findings,
)


def within_point(
    versions: Sequence[Version],
    related: Callable[[Version, Version], bool] = lambda a, b: True,
    parts: FullNames | None = None,
) -> list[Finding]:
    """Conflicts between the versions of one point that come from different sources.

    Only pairs that ``related`` accepts are checked: a point can gather, through
    a third version, two versions that share little, and their facts are not
    about the same thing.  ``parts`` (from :func:`name_parts` over the whole
    briefing) tells names that are parts of one full name; by default only the
    versions compared are searched for full names.
    """
    findings: list[Finding] = []
    seen: set[tuple[object, ...]] = set()
    ordered = sorted(versions, key=lambda v: v.key)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if a.source == b.source or not related(a, b):
                continue
            for found in (*(check(a, b) for check in PAIR_CHECKS), _name_findings(a, b, parts)):
                for finding in found:
                    signature = finding.signature()
                    if signature not in seen:
                        seen.add(signature)
                        findings.append(finding)
    return merge_findings(findings)


def merge_findings(findings: list[Finding]) -> list[Finding]:
    """One finding per fact: "20" vs "45" vs "20" from three sources is one conflict."""
    merged: list[Finding] = []
    for finding in findings:
        places = {(v.key, s) for v, _, s, _ in finding.values}
        for existing in merged:
            if existing.kind != finding.kind:
                continue
            if places & {(v.key, s) for v, _, s, _ in existing.values}:
                for value in finding.values:
                    if (value[0].key, value[2]) not in {
                        (v.key, s) for v, _, s, _ in existing.values
                    }:
                        existing.values.append(value)
                break
        else:
            merged.append(finding)
    return merged


# --- across the briefing: the table of figures -------------------------------------------------


def figure_table(versions: Iterable[Version]) -> dict[tuple[str, str], list[tuple[Version, Fact]]]:
    """Every figure with a unit, filed under (unit, what it counts): ("minute", "conversation").

    Units that convert into one another share a file, under what they measure:
    ("temperature", "delhi") holds "45C" and "113F"."""
    table: dict[tuple[str, str], list[tuple[Version, Fact]]] = defaultdict(list)
    for version in versions:
        for fact in version.facts.quantities:
            if fact.unit and fact.head:
                table[(_family(fact.unit), fact.head)].append((version, fact))
    return table


def _stated(fact: Fact, version: Version) -> bool:
    """Whether ``version`` states the figure too, whatever it counts there."""
    return any(figures_agree(fact, other) for other in version.facts.quantities)


def across_points(
    versions: Iterable[Version],
    related: Callable[[Version, Version], bool],
    same_point: Callable[[Version, Version], bool],
    loosely_related: Callable[[Version, Version], bool] | None = None,
) -> list[Finding]:
    """Figures about the same thing in different sources that disagree, outside any one point.

    ``related`` says whether two sentences are about the same matter at all;
    ``same_point`` whether they are already compared within a point.  A figure
    whose unit and the thing it measures are both named ("a 20-minute
    conversation", "the 38-word oath") says by itself what it is about, so for
    those ``loosely_related`` (if given; the analysis passes "in reports of one
    story") is enough: the sentences may differ otherwise.  Only compounds
    joined by a hyphen count: "$716 billion from Medicare" and "$882 billion in
    Medicare cuts" may be two plans' figures.
    """
    findings: list[Finding] = []
    seen: set[tuple[object, ...]] = set()
    table = figure_table(versions)
    for (unit, word), entries in sorted(table.items(), key=lambda item: item[0]):
        if len({v.source for v, _ in entries}) < 2:
            continue
        # A sentence with two figures for one thing ("between 16 and 18 years old")
        # states a range or a list, not one value to check.
        per_sentence = Counter(v.key for v, _ in entries)
        entries = sorted(
            (e for e in entries if per_sentence[e[0].key] == 1),
            key=lambda e: (e[0].key, e[1].start),
        )
        for i, (va, fa) in enumerate(entries):
            for vb, fb in entries[i + 1 :]:
                if va.source == vb.source or fa.part != fb.part or _agrees(fa, fb):
                    continue
                if _stated(fa, vb) or _stated(fb, va):
                    continue  # "six arrests, compared to 47 the night before" has the 47
                compound = fa.joined and fb.joined
                check = loosely_related if loosely_related and compound else related
                if same_point(va, vb) or not check(va, vb):
                    continue
                about = word if word == unit else f"{unit} {word}"
                finding = Finding("number", about, [_place(va, fa), _place(vb, fb)])
                signature = finding.signature()
                if signature not in seen:
                    seen.add(signature)
                    findings.append(finding)
    findings += _slips_across(versions, same_point, loosely_related or related)
    return merge_findings(findings)


def _slips_across(
    versions: Iterable[Version],
    same_point: Callable[[Version, Version], bool],
    related: Callable[[Version, Version], bool],
) -> list[Finding]:
    """Precise figures one digit apart, or with two neighbouring digits swapped
    (:func:`digit_slip`), in two reports of one story, outside any one point, whatever
    they are said to count: "$5,687.75 on Martha's Vineyard Holistic Retreat" / "a
    $5,587.75 vacation at the Martha's Vineyard Holistic Retreat"."""
    by_digits: dict[tuple[str, int], list[tuple[Version, Fact]]] = defaultdict(list)
    for version in versions:
        for fact in version.facts.quantities:
            digits = _significant(fact)
            if fact.unit and not fact.bound and len(digits) >= SLIP_DIGITS:
                # Two figures one digit apart agree on the first or on the second
                # half of their digits: file each under both halves. Two neighbouring
                # digits swapped across the middle change both halves, and leave the
                # rest alike.
                size = len(digits)
                half = size // 2
                by_digits[(digits[:half], size)].append((version, fact))
                by_digits[(digits[half:], -size)].append((version, fact))
                by_digits[(digits[: half - 1] + "/" + digits[half + 1 :], size)].append(
                    (version, fact)
                )
    findings: list[Finding] = []
    seen: set[tuple[object, ...]] = set()
    for _, entries in sorted(by_digits.items(), key=lambda item: item[0]):
        for i, (va, fa) in enumerate(entries):
            for vb, fb in entries[i + 1 :]:
                if va.source == vb.source or not digit_slip(fa, fb):
                    continue
                if _states_exactly(vb, fa) or _states_exactly(va, fb) or same_point(va, vb):
                    continue
                if not related(va, vb):
                    continue
                finding = Finding("number", _describe(fa, fb), [_place(va, fa), _place(vb, fb)])
                signature = finding.signature()
                if signature not in seen:
                    seen.add(signature)
                    findings.append(finding)
    return findings
