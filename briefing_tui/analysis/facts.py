"""Checkable facts in a sentence: quantities, ordinals, dates, times of day and negation.

Each fact keeps the character offsets of its words in the sentence, so that a
conflict can point at where each source states its value.  Values are
normalised so that formatting is never a difference: "20-minute", "20 minutes"
and "twenty-minute" are the same quantity; "January this year" in a report
dated 2025 is the same month as "January 2025"; "$1.5 billion" is
"1,500 million dollars".

Pure Python, regular expressions only.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from .calendar_words import MONTHS, WEEKDAYS
from .normalise import DECIMAL_COMMA, FRACTION_DENOMINATORS, FRACTION_PARTS, VULGAR_FRACTIONS

FactKind = Literal["number", "ordinal", "date"]
Bound = Literal["", "about", "over", "under", "near", "range"]


@dataclass(frozen=True, slots=True)
class Fact:
    """One checkable fact, located in its sentence."""

    kind: FactKind
    value: str
    """Normalised value: ``"20"``, ``"5700000000"``, ``"3"``, ``"2025-07-01"``, ``"2025-01"``."""
    unit: str
    """What is counted: ``"minute"``, ``"percent"``, ``"usd"``; for a date its granularity."""
    context: frozenset[str]
    """Content words next to the value, to tell which facts are about the same thing."""
    start: int
    end: int
    text: str
    """The words as written, ``sentence[start:end]``."""
    head: str = ""
    """The word the figure counts or measures, right after it: "conversation" in
    "a 20-minute conversation", "troop" in "5,200 troops"."""
    bound: Bound = ""
    """How the value is stated: exactly (``""``), roughly (``"about"``), as a floor
    (``"over"``: "more than", "at least"), as a ceiling (``"under"``: "less than",
    "up to"), just short of it (``"near"``: "nearly", "almost"), or as an order of
    magnitude (``"range"``: "hundreds of", whose value is ``"200-1999"``)."""
    joined: bool = False
    """Whether the figure is joined by a hyphen to its unit, before the thing it
    measures: "a 20-minute conversation", "the 38-word oath".  Such a compound
    says by itself what the figure is about."""
    part: bool = False
    """Whether the figure counts a remainder or an increment, not a whole: "three
    other Americans", "the other two unions", "five more cases", "another 20
    troops".  Such a figure is compared only with figures counted the same way:
    "Stevens and three other Americans" does not contradict "four Americans"."""


# --- words ---------------------------------------------------------------------------

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
    "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "k": 1_000,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}  # fmt: skip
CURRENCIES = {
    "$": "usd",
    "us$": "usd",
    "£": "gbp",
    "€": "eur",
    "₹": "inr",
    "rs": "inr",
    "rs.": "inr",
    "¥": "jpy",
}
CURRENCY_WORDS = {
    "dollar": "usd", "dollars": "usd", "pound": "gbp", "pounds": "gbp", "euro": "eur",
    "euros": "eur", "rupee": "inr", "rupees": "inr", "yen": "jpy",
}  # fmt: skip
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Words that say nothing about which thing a figure counts.
_FILLER = frozenset(
    """
    a an the of and or to in on at for by with from as than that this these those about
    around nearly almost roughly some over under more less least most up down per its
    their his her our your my it they he she we you i who which what was were is are be
    been being has have had will would could should may might can also just only said
    says say told more some all each every other another such same new last next during
    between since after before into through while when where because against among via
    amid including within toward towards upon across behind beyond despite mr mrs ms dr
    million billion trillion thousand hundred percent per cent
    """.split()  # noqa: SIM905
)
NEGATIONS = frozenset(
    {
        "not",
        "n't",
        "never",
        "no",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "cannot",
        "without",
    }
)

_MEASURE_UNITS = {
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "second": "second",
    "seconds": "second", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year", "yr": "year",
    "percent": "percent", "%": "percent", "per cent": "percent", "point": "point",
    "points": "point", "mile": "mile", "miles": "mile", "km": "km", "kilometre": "km",
    "kilometer": "km", "kilometres": "km", "kilometers": "km", "kg": "kg",
    "ton": "ton", "tons": "ton", "tonne": "ton", "tonnes": "ton", "foot": "foot", "feet": "foot",
    "vote": "vote", "votes": "vote", "seat": "seat", "seats": "seat", "cent": "cent",
    "cents": "cent", "pence": "pence", "penny": "pence", "metre": "metre", "metres": "metre",
    "meter": "metre", "meters": "metre", "kilogram": "kg", "kilograms": "kg",
    "kilogramme": "kg", "kilogrammes": "kg", "inch": "inch", "inches": "inch",
    "degree": "degree", "degrees": "degree",
}  # fmt: skip
_DEGREES = re.compile(
    r"[ \t]?°(?:[ \t]?(?P<sign>[CF])\b)?|(?P<letter>[CF])\b(?!['’.-]\w)"
    r"|[ \t](?:degrees?)[ \t]+(?P<scale>Celsius|Fahrenheit|centigrade|C|F)\b"
)
"""A temperature after a figure: "45C", "45 °C", "113F", "45°", "45 degrees Celsius"."""
_TEMPERATURE_UNITS = {
    "c": "celsius", "celsius": "celsius", "centigrade": "celsius",
    "f": "fahrenheit", "fahrenheit": "fahrenheit",
}  # fmt: skip

_NUMBER_WORD = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_SCALE_WORD = "|".join(sorted(SCALES, key=len, reverse=True))
_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# Beside a day number an abbreviation needs no dot ("Jan 5"); elsewhere it does,
# so that "Jan Brewer" and "Mar-a-Lago" are not months.
_MONTH_WORD = rf"(?:(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\b\.?)"
_MONTH_SAFE = rf"(?:(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\.)"
_NOT_NOUN = "and|or|but|of|on|in|at|to|for|with|by|from|is|was|were|are|has|had|have|that|which|who"
"""Words after which a month before them is no modifier: "the March on Washington"."""
_WEEKDAY_WORD = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"

_WORD = re.compile(r"[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?|%")
_TIME_ZONE = "GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|IST"
"""Zones after a time of day ("by 1018 GMT"): a clock time, not a figure."""
_VULGAR = "".join(VULGAR_FRACTIONS)
_DENOMINATOR = "|".join(str(d) for d in sorted(FRACTION_DENOMINATORS, reverse=True))
_AND_A_PART = r"[\s-]and[\s-]an?[\s-](?:half|quarter)\b"
"""The fraction a whole number may end with: "two and a half"."""
_QUANTITY = re.compile(
    rf"""
    (?P<cur>US\$|\$|£|€|₹|¥|\bRs\.?\s?)?
    (?P<num>
        (?<![\w/.:-])(?<!\d,)(?:\d+,\d{{1,2}}(?=[\s-]?(?:{_SCALE_WORD})\b)|\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[\u00a0\u202f\u2009]\d{{3}})+(?!\d)|\d+|(?<![^\s($])(?=\.\d))(?:\.\d+)?
        (?P<frac>[ \t\u00a0-][1-9]\d?/(?:{_DENOMINATOR})(?![\d/])|[ \t]?[{_VULGAR}]|{_AND_A_PART})?
        (?!(?![mbk]\b|(?-i:[CF])\b|(?-i:pc)\b)[\w/:]|[.,]\d|\s?[ap]\.?m\b|\s(?:{_TIME_ZONE})\b|-(?:\d{{3}}-)?\d{{4}}\b)
      | \b(?:{_NUMBER_WORD})(?:[-\s](?:{_NUMBER_WORD}))?\b(?P<wfrac>{_AND_A_PART})?
    )
    (?:[\s-]?(?P<scale>(?<![A-Za-z])(?:{_SCALE_WORD})\b)(?:[\s-](?P<scale2>\b(?:{_SCALE_WORD})\b))?)?
    (?P<pct>\s?%|\s?\bper\s?cent\b|(?-i:pc)\b)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_ORDINAL = re.compile(
    r"\b(?:(?P<digits>\d+)(?:st|nd|rd|th)|(?-i:No)\.\s?(?P<rank>\d{1,2})(?![-/.,]?\d)|(?P<word>"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + r"))\b",
    re.IGNORECASE,
)
"""Ordinals: "3rd", "third", and a rank with the number sign ("the No. 2 Democrat"),
but not a case or bill number ("No. 10-277", "No. 1062")."""
_DATE = re.compile(
    rf"""
      (?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b)
    | (?P<mdy>\b(?P<m1>{_MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>(?:19|20)\d{{2}})\b)?)
    | (?P<dmy>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_WORD})(?!\.?\s+\d{{1,2}}\b)(?:,?\s+(?P<y2>(?:19|20)\d{{2}})\b)?)
    | (?P<my>\b(?P<m3>{_MONTH_SAFE})(?:\s+of)?,?\s+(?:(?P<y3>(?:19|20)\d{{2}})\b|(?P<rel3>this|last|next)\s+year\b))
    | (?P<rely>\b(?P<rel4>this|last|next)\s+year\b)
    | (?P<relm>\b(?P<rel6>this|last|next)\s+month\b)
    | (?P<weekday>\b(?:(?P<rel5>last|next|this)\s+)?(?P<wd>{_WEEKDAY_WORD}))
    | (?P<deictic>\b(?P<dx>today|yesterday|tomorrow|tonight)\b)
    | (?P<month>\b(?P<prep>(?i:in|since|by|until|till|from|during|through|early|late|mid-?|of|last|next|this|that))\s+(?:(?P<det>(?i:an?|the))\s+)?(?P<m4>{_MONTH_SAFE})(?!\s*\d|,?\s+(?:of\s+)?(?:this|last|next)\s+year)(?(det)(?=\s+(?!(?:{_NOT_NOUN})\b)[a-z][a-z-]{{2,}})))
    | (?P<mnoun>\b(?i:an?|the)\s+(?P<m5>{_MONTH_SAFE})(?=\s+(?!(?:{_NOT_NOUN})\b)[a-z][a-z-]{{2,}}))
    | (?P<year>\b(?P<y5>(?:19|20)\d{{2}})\b(?![-–]\d|\s*(?:%|percent|per\s?cent)))
    """,
    re.VERBOSE,
)


# --- helpers ----------------------------------------------------------------------------


def _format_number(value: float) -> str:
    if math.isfinite(value) and value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.6g}"


_LOOKALIKES = str.maketrans({"\u0131": "i", "\u017f": "s"})


def _key(word: str) -> str:
    """A matched word as the tables spell it, lower case.

    A case-insensitive pattern also matches "\u0131" (dotless i), "\u017f" (long s),
    "\u0130" (dotted capital I) and the Kelvin sign where its words have i, s or k,
    and their lower case is not the table's ("f\u0131rst", "5 m\u0130LL\u0130ON").
    """
    return word.lower().replace("i\u0307", "i").translate(_LOOKALIKES)


def _word_number(text: str) -> float | None:
    """The value of written numbers: "twenty-five" is 25, "two dozen" 24."""
    total = 0
    for part in re.split(r"[-\s]+", _key(text)):
        if part not in UNITS_WORDS:
            return None
        if part == "dozen" and total:
            total *= 12
        else:
            total += UNITS_WORDS[part]
    return float(total)


_COUNTED = {
    "person": "people", "child": "children", "kid": "children", "home": "house",
    "troop": "soldier",
}  # fmt: skip
"""Plain synonyms of the things news counts, so that "45 people" meets "30
persons" and "120 homes" meets "300 houses"."""


def _lemma(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return _COUNTED.get(word, word)


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–―]|\s-{1,2}\s")


def _content_words(text: str, start: int, end: int, limit: int, forward: bool) -> list[str]:
    """Up to ``limit`` content words of ``text[start:end]`` in the figure's clause, nearest first.

    The window stops at clause punctuation, so that in "Romney (17 percent),
    Huckabee (14 percent)" neither figure takes the other's name as its context.
    """
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    if breaks:
        if forward:
            end = breaks[0]
        else:
            start = breaks[-1]
    words = [m.group() for m in _WORD.finditer(text, start, end)]
    if not forward:
        words.reverse()
    found: list[str] = []
    for word in words:
        lemma = _lemma(word)
        if lemma in _FILLER or lemma in NEGATIONS:
            continue
        found.append(lemma)
        if len(found) == limit:
            break
    return found


def _around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The two content words after a figure and the two before it, nearest first."""
    following = _content_words(text, end, min(len(text), end + 80), 2, forward=True)
    preceding = _content_words(text, max(0, start - 60), start, 2, forward=False)
    return following, preceding


# --- dates ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as precisely as the text gives it; ``None`` where it says nothing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None

    def canonical(self) -> str:
        """``2025-07-01``, ``2025-07``, ``2025``, ``--07-01``, ``--07``, or a weekday name."""
        if self.year is not None and self.month is not None and self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.year is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        if self.month is not None:
            return f"--{self.month:02d}" + (f"-{self.day:02d}" if self.day is not None else "")
        if self.year is not None:
            return f"{self.year:04d}"
        if self.weekday is not None:
            return _WEEKDAY_NAMES[self.weekday]
        return ""

    def granularity(self) -> str:
        """``"day"``, ``"month"``, ``"year"`` or ``"weekday"``."""
        if self.day is not None or self.weekday is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def _full_weekday(self) -> int | None:
        if self.weekday is not None:
            return self.weekday
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day).weekday()
            except ValueError:
                return None
        return None

    def states(self, other: DateValue) -> bool:
        """Whether this date says at least everything ``other`` says, and agrees with it.

        "January 2025" states "January"; "January" does not state "January 2025".
        """
        if not self.compatible(other):
            return False
        for mine, theirs in (
            (self.year, other.year),
            (self.month, other.month),
            (self.day, other.day),
        ):
            if theirs is not None and mine is None:
                return False
        return other.weekday is None or self._full_weekday() is not None

    def compatible(self, other: DateValue) -> bool:
        """False only when the two dates contradict each other on something both state."""
        for mine, theirs in (
            (self.year, other.year),
            (self.month, other.month),
            (self.day, other.day),
        ):
            if mine is not None and theirs is not None and mine != theirs:
                return False
        wd1, wd2 = self._full_weekday(), other._full_weekday()
        return wd1 is None or wd2 is None or wd1 == wd2


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if year is not None and not dt.MINYEAR <= year <= dt.MAXYEAR:
        return False  # "next year" in a report dated 9999
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and not 1 <= day <= 31:
        return False
    if year is not None and month is not None and day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return False
    return True


def _shifted(today: dt.date, days: int) -> dt.date | None:
    """``today`` moved by ``days``, or None past the calendar's ends (a report dated
    0001-01-01 that says "yesterday")."""
    try:
        return today + dt.timedelta(days=days)
    except OverflowError:
        return None


def _resolve(match: re.Match[str], today: dt.date | None) -> DateValue | None:
    """The date a match names, resolved against the report's date where it is relative."""
    g = match.group
    rel = {"this": 0, "last": -1, "next": 1}
    value: DateValue | None = None
    if g("iso"):
        value = DateValue(int(g("iy")), int(g("im")), int(g("id")))
    elif g("mdy"):
        value = DateValue(int(g("y1")) if g("y1") else None, _month(g("m1")), int(g("d1")))
    elif g("dmy"):
        value = DateValue(int(g("y2")) if g("y2") else None, _month(g("m2")), int(g("d2")))
    elif g("my"):
        if g("y3"):
            value = DateValue(int(g("y3")), _month(g("m3")))
        else:
            year = today.year + rel[g("rel3").lower()] if today else None
            value = DateValue(year, _month(g("m3")))
    elif g("rely"):
        if today is None:
            return None
        value = DateValue(today.year + rel[g("rel4").lower()])
    elif g("relm"):
        if today is None:
            return None
        months = today.year * 12 + today.month - 1 + rel[g("rel6").lower()]
        value = DateValue(months // 12, months % 12 + 1)
    elif g("weekday"):
        weekday = WEEKDAYS[g("wd").rstrip(".").lower()]
        if today is not None and not g("rel5"):
            back = (today.weekday() - weekday) % 7
            day = _shifted(today, -back)
            if day is None:
                return None
            value = DateValue(day.year, day.month, day.day, weekday)
        else:
            value = DateValue(weekday=weekday)
    elif g("deictic"):
        if today is None:
            return None
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g("dx").lower()]
        day = _shifted(today, shift)
        if day is None:
            return None
        value = DateValue(day.year, day.month, day.day)
    elif g("month"):
        prep = g("prep").lower()
        month = _month(g("m4"))
        year = today.year + rel[prep] if today and prep in rel and not g("det") else None
        value = DateValue(year, month)
    elif g("mnoun"):
        value = DateValue(None, _month(g("m5")))
    elif g("year"):
        value = DateValue(int(g("y5")))
    if value is None or not _valid(value.year, value.month, value.day):
        return None
    return value


def find_dates(text: str, today: dt.date | None = None) -> list[tuple[DateValue, Fact]]:
    """The dates in ``text``, resolved against ``today`` (the report's date) when relative."""
    found: list[tuple[DateValue, Fact]] = []
    for match in _DATE.finditer(text):
        value = _resolve(match, today)
        if value is None:
            continue
        start, end = match.span()
        if match.group("month"):
            start = match.start("m4")
            if match.group("prep").lower() in ("last", "next", "this") and not match.group("det"):
                start = match.start("prep")
        elif match.group("mnoun"):
            start = match.start("m5")
        found.append(
            (
                value,
                Fact(
                    "date",
                    value.canonical(),
                    value.granularity(),
                    frozenset(),
                    start,
                    end,
                    text[start:end],
                ),
            )
        )
    return found


# --- times of day ------------------------------------------------------------------------

_ZONES = {
    "gmt": "utc", "utc": "utc", "z": "utc", "bst": "bst", "cet": "cet", "cest": "cest",
    "ist": "ist", "edt": "et", "est": "et", "et": "et", "eastern": "et", "cdt": "ct",
    "cst": "ct", "ct": "ct", "central": "ct", "mdt": "mt", "mst": "mt", "mt": "mt",
    "mountain": "mt", "pdt": "pt", "pst": "pt", "pt": "pt", "pacific": "pt", "local": "",
}  # fmt: skip
"""Time zones after a clock time, by the clock they name; summer and winter time of
one region are one clock, since reports use the two names loosely."""
_ZONE = (
    r"(?:GMT|UTC|Z|BST|CEST|CET|IST|EDT|EST|ET|CDT|CST|CT|MDT|MST|MT|PDT|PST|PT)\b"
    r"|(?:Eastern|Central|Mountain|Pacific|local)\s+(?:time|Time)\b"
)
_TIME = re.compile(
    rf"""
    (?:
        (?P<h12>(?<![\d:.,])(?:1[0-2]|0?[1-9]))(?:[:.](?P<m12>[0-5]\d))?\s?(?P<ap>[aApP])\.?\s?[mM]\b\.?
      | (?P<word>\b(?i:noon|midday|midnight)\b)
      | (?P<h24>(?<![\d:.,])(?:[01]?\d|2[0-3])):(?P<m24>[0-5]\d)(?![\d:])
      | (?P<mil>(?<![\d:.,])(?:[01]\d|2[0-3])[0-5]\d)(?=\s?(?:GMT|UTC|Z|hrs|hours)\b)
    )
    (?P<zone>\s*\(?(?:{_ZONE})\)?)?
    """,
    re.VERBOSE,
)
_TIME_CUE = re.compile(
    r"\b(?:at|by|from|until|till|to|around|about|after|before|since|between|and|shortly|past)\s+$",
    re.IGNORECASE,
)
"""Words before a bare "15:30": a time of day, not a score or a ratio."""
_ROUGH_TIME = re.compile(
    r"\b(?:about|around|approximately|roughly|some|nearly|almost|shortly|just|soon|circa|ca\.)"
    r"(?:\s+(?:after|before|past))?\s+(?:at\s+)?$",
    re.IGNORECASE,
)
ROUGH_MINUTES = 30
"""How far apart two times may be when either is given roughly."""


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A time of day: "3:15 a.m.", "15:15", "noon", "1018 GMT"."""

    hour: int
    minute: int
    clock24: bool
    """Whether the hour is known on the 24-hour clock ("3 p.m.", "15:00"), not only
    modulo 12 (a bare "3:15")."""
    zone: str
    """The clock it is told on (``"utc"``, ``"et"``), ``""`` for local or unstated."""
    rough: bool = False
    """Whether the time is given roughly ("around 9 p.m.", "shortly after midnight")."""

    def canonical(self) -> str:
        """``"03:15"``, ``"15:00 utc"``."""
        return f"{self.hour:02d}:{self.minute:02d}" + (f" {self.zone}" if self.zone else "")

    def compatible(self, other: TimeValue) -> bool:
        """False only when the two times are told on one clock and differ."""
        if self.zone != other.zone:
            return True  # "9 a.m. local time" and "0600 GMT" may be one moment
        if self.clock24 and other.clock24:
            apart = abs((self.hour - other.hour) * 60 + self.minute - other.minute)
            apart = min(apart, 24 * 60 - apart)
        else:
            apart = abs((self.hour % 12 - other.hour % 12) * 60 + self.minute - other.minute)
            apart = min(apart, 12 * 60 - apart)
        return apart <= (ROUGH_MINUTES if self.rough or other.rough else 0)


def find_times(text: str) -> list[tuple[TimeValue, Fact]]:
    """Clock times, with their zone where one is named."""
    found: list[tuple[TimeValue, Fact]] = []
    for match in _TIME.finditer(text):
        g = match.group
        zone_text = (g("zone") or "").strip(" ()").split()
        zone = _ZONES.get(zone_text[0].lower(), "") if zone_text else ""
        if g("h12"):
            hour = int(g("h12")) % 12 + (12 if g("ap") in "pP" else 0)
            minute, clock24 = int(g("m12") or 0), True
        elif g("word"):
            hour, minute, clock24 = (0 if g("word").lower() == "midnight" else 12), 0, True
        elif g("h24"):
            if not zone_text and not _TIME_CUE.search(
                text, max(0, match.start() - 12), match.start()
            ):
                continue  # "won 3:15", "John 3:16": not a time without a cue
            hour, minute = int(g("h24")), int(g("m24"))
            clock24 = hour > 12 or hour == 0 or g("h24").startswith("0")
        else:
            hour, minute, clock24 = int(g("mil")[:2]), int(g("mil")[2:]), True
        rough = _ROUGH_TIME.search(text, max(0, match.start() - 24), match.start()) is not None
        value = TimeValue(hour, minute, clock24, zone, rough)
        start, end = match.start(), match.end()
        found.append(
            (
                value,
                Fact("date", value.canonical(), "time", frozenset(), start, end, text[start:end]),
            )
        )
    return found


# --- quantities and ordinals ---------------------------------------------------------------


def _fraction_value(fraction: str) -> float:
    """What the fraction of a mixed number adds: " 1/2" (or "-1/2"), "\u00bd", " and a half"."""
    fraction = fraction.strip(" \t\u00a0-")
    if "/" in fraction:
        numerator, denominator = fraction.split("/")
        return int(numerator) / int(denominator)
    return FRACTION_PARTS[_key(re.split(r"[\s-]", fraction)[-1])]


_THOUSANDS = re.compile("[,\u00a0\u202f\u2009]")
"""Separators of thousands: commas, and the no-break and thin spaces of "10 000"."""


def _quantity_value(match: re.Match[str]) -> tuple[float, int] | None:
    """The value a quantity match states, and where its words end."""
    raw = match.group("num")
    fraction = match.group("frac") or match.group("wfrac")
    if fraction:  # "2 1/2", "two and a half": the whole, then the part
        raw = raw[: match.start("frac" if match.group("frac") else "wfrac") - match.start("num")]
    if DECIMAL_COMMA.fullmatch(raw):
        value: float | None = float(raw.replace(",", "."))  # "1,2 million" in European style
    else:
        # ".85 cent" has no whole part
        digits = raw[0].isdigit() or raw[0] == "."
        value = float(_THOUSANDS.sub("", raw)) if digits else _word_number(raw)
    if value is None or not math.isfinite(value):
        return None  # a run of hundreds of digits is no figure
    end = match.end("num")
    if fraction:
        value += _fraction_value(fraction)
    for group in ("scale", "scale2"):
        scale = match.group(group)
        if not scale:
            break
        lowered = _key(scale)
        # A bare "m", "b" or "k" is a scale only after a currency sign ("$5m").
        if lowered in ("m", "b", "k") and not match.group("cur"):
            break
        value *= SCALES[lowered]
        end = match.end(group)
    if not math.isfinite(value):
        return None
    if match.group("pct") and match.start("pct") == end:
        end = match.end("pct")
    return value, end


_SCALE_BEFORE = re.compile(r"\b(?P<scale>magnitude|category|level)[ \t]+$", re.IGNORECASE)
"""Scales named before their value: "a magnitude 6.2 earthquake" is the "6.2-magnitude
earthquake" of another report, "a Category 4 hurricane" is a "category 4" storm."""

_QUALIFIER = re.compile(
    r"\b(?P<about>about|around|roughly|approximately|some|an estimated|estimated|close to)"
    r"|\b(?P<over>more than|over|above|at least|upwards of|in excess of|exceeding)"
    r"|\b(?P<near>nearly|almost|just under|just shy of)"
    r"|\b(?P<under>less than|fewer than|under|below|up to|at most"
    r"|as (?:much|many|high|far) as(?: about| around| some)?)"
    r"\s*$",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(r"(?:\bNos?\.|\b(?P<word>[A-Z][A-Za-z]*))\s$")
_OPENERS = """
    a an the this that these those some all only just about around nearly almost over
    under more less fewer roughly approximately estimated up at by in on of for from to
    with and but or nor so yet when while after before since until during within among
    his her its their our my your every each another both
"""
_NOT_LABELS = frozenset(_OPENERS.split())
"""Capitalised words that open a sentence before a figure without naming it:
"Nearly 40 people", "The 45 passengers", "In 2 cases"."""


def labelled(text: str, start: int) -> str | None:
    """The capitalised word a number at ``start`` names something with, if any:
    "Bill" for "Senate Bill 62", "Flight" for "Flight 93", "Apollo" for "Apollo 11";
    None for "The 45 passengers" or "In 2 cases", where the word opens the sentence."""
    before = _LABEL_BEFORE.search(text, max(0, start - 16), start)
    word = before.group("word") if before is not None else None
    if word is None or word.lower() in _NOT_LABELS:
        return None
    return word


_PART_BEFORE = re.compile(r"\b(?:other|another|additional|further)\s+$", re.IGNORECASE)
_PART_AFTER = re.compile(r"[\s-]+(?:others?|more|additional|further|extra)\b", re.IGNORECASE)


def _part(text: str, start: int, end: int) -> bool:
    """Whether a figure counts the rest or an addition: "the other two", "three more"."""
    return (
        _PART_BEFORE.search(text, max(0, start - 12), start) is not None
        or _PART_AFTER.match(text, end) is not None
    )


def _bound(text: str, start: int) -> Bound:
    """The qualifier right before a figure: "about 20", "more than 5,000", "nearly 40"."""
    match = _QUALIFIER.search(text, max(0, start - 20), start)
    if match is None or text[match.end() : start].strip():
        return ""
    if match.group("about"):
        return "about"
    if match.group("near"):
        return "near"
    return "over" if match.group("over") else "under"


def find_quantities(text: str, masked: Sequence[tuple[int, int]] = ()) -> list[Fact]:
    """Numbers with what they count (``"20-minute conversation"`` is 20 minute, about a conversation).

    Spans in ``masked`` (dates, ordinals) are skipped.
    """
    facts: list[Fact] = []
    for match in _QUANTITY.finditer(text):
        start = match.start("cur") if match.group("cur") else match.start("num")
        if any(s < match.end() and start < e for s, e in masked):
            continue
        raw = match.group("num")
        if not raw[0].isdigit() and raw.lower() in ("one", "zero") and not match.group("scale"):
            continue  # "one of the", "zero tolerance": not counts
        if text[match.end("num") : match.end("num") + 1] == ")" and not match.group("cur"):
            continue  # "1)" numbers a list item; "(£4)" is a sum
        parsed = _quantity_value(match)
        if parsed is None:
            continue
        value, end = parsed
        before = _LABEL_BEFORE.search(text, max(0, start - 16), start)
        # "No. 2", "Amendment 64", "Flight 93": a name, unless a unit follows
        label = (
            not match.group("cur")
            and before is not None
            and (before.group("word") or "").lower() not in _NOT_LABELS
        )
        unit = ""
        scale_before = _SCALE_BEFORE.search(text, max(0, start - 12), start)
        if scale_before and not match.group("cur") and not match.group("pct"):
            unit = scale_before.group("scale").lower()
            label = False
            start = scale_before.start()
        elif match.group("cur"):
            unit = CURRENCIES.get(match.group("cur").strip().lower(), "money")
        elif match.group("pct") and end == match.end("pct"):
            unit = "percent"
        degrees = None if unit else _DEGREES.match(text, end)
        if degrees and not (label and degrees.group("letter")):  # "Section 5C" is a name
            scale = degrees.group("sign") or degrees.group("letter") or degrees.group("scale")
            unit = _TEMPERATURE_UNITS[scale.lower()] if scale else "degree"
            end = degrees.end()
        gap = end
        while gap < len(text) and text[gap] in " -\u2010\u2011":
            gap += 1
        next_word = _WORD.match(text, gap)
        if not unit and next_word:
            word = next_word.group().lower().rstrip("'’")
            unit = _MEASURE_UNITS.get(word) or CURRENCY_WORDS.get(word, "")
            if unit:
                end = next_word.end()
        if label and not unit:
            continue
        following, preceding = _around(text, start, end)
        hyphened = text[match.end("num") : match.end("num") + 1] in ("-", "\u2010", "\u2011")
        head = following[0] if following and following[0] != unit else unit
        if not unit and following:
            unit = following[0]  # "45 people": what is counted
            # "a 38-word oath": joined to the figure, the word is its unit and
            # the next word the thing it measures.
            head = following[1] if hyphened and len(following) > 1 else unit
        context = frozenset(following) | frozenset(preceding[:1])
        facts.append(
            Fact(
                "number",
                _format_number(value),
                unit,
                context,
                start,
                end,
                text[start:end],
                head,
                _bound(text, start),
                hyphened and head != unit,
                _part(text, start, end),
            )
        )
    return _conversions(text, facts)


# --- quantities told in words: orders of magnitude, fractions, multiples ----------------------

_MAGNITUDES = {
    "dozens": (20, 199),
    "hundreds": (200, 1_999),
    "thousands": (2_000, 199_999),
    "tens thousands": (20_000, 99_999),
    "hundreds thousands": (200_000, 999_999),
    "millions": (2_000_000, 199_999_999),
    "tens millions": (20_000_000, 99_999_999),
    "hundreds millions": (200_000_000, 999_999_999),
    "billions": (2_000_000_000, 199_999_999_999),
    "tens billions": (20_000_000_000, 99_999_999_999),
    "hundreds billions": (200_000_000_000, 999_999_999_999),
}
"""What "dozens of", "hundreds of", "tens of thousands of" ... allow.  "dozens" and
"hundreds" do not overlap, so that they contradict each other; each is as wide as
loose news usage ("thousands" of protesters for 30,000)."""
_MAGNITUDE = re.compile(
    r"\b(?:(?P<prefix>tens|hundreds)\s+of\s+(?=(?:thousands|millions|billions)\b))?"
    r"(?P<word>dozens|hundreds|thousands|millions|billions)(?=\s+of\b)",
    re.IGNORECASE,
)
_FRACTIONS = {
    "half": 50.0, "third": 100 / 3, "thirds": 200 / 3, "quarter": 25.0, "quarters": 75.0,
    "fifth": 20.0, "tenth": 10.0,
}  # fmt: skip
_FRACTION = re.compile(
    r"\b(?:(?P<half>half)|(?:a|one)[\s-](?P<one>third|quarter|fifth|tenth)"
    r"|(?:two)[\s-](?P<two>thirds)|(?:three)[\s-](?P<three>quarters))(?=\s+of\b(?!\s+an?\b))"
    r"|(?<![\w.,-])(?:one|1)[\s-](?:in|out[\s-]of)[\s-](?P<den>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![.,]\d)",
    re.IGNORECASE,
)
_PERIOD_HALF = re.compile(
    r"\b(?:first|second|last|latter|other|back|front|top|bottom)[\s-]+$", re.IGNORECASE
)
"""Words before "half of" that make it a part of a period or a thing, not a share.
A fraction "of a" unit ("a third of a centime") is an amount, not a share, either."""
_MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_MULTIPLE = re.compile(r"\b(?:doubled|tripled|trebled|quadrupled|halved)\b", re.IGNORECASE)


def _worded(text: str, start: int, end: int, value: str, unit: str, bound: Bound) -> Fact:
    """A figure told in words, with what it counts and its context, as for digits."""
    following, preceding = _around(text, start, end)
    if not unit:
        unit = following[0] if following else ""
    head = following[0] if following else unit
    context = frozenset(following) | frozenset(preceding[:1])
    return Fact("number", value, unit, context, start, end, text[start:end], head, bound)


def find_worded(text: str, masked: Sequence[tuple[int, int]] = ()) -> list[Fact]:
    """Quantities told in words: "hundreds of people" (a range), "a third of the
    voters" (about 33 percent), "one in five" (about 20 percent), "sales doubled"
    (two-fold)."""
    facts: list[Fact] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in masked)

    for match in _MAGNITUDE.finditer(text):
        if not free(*match.span()):
            continue
        key = " ".join(_key(g) for g in match.group("prefix", "word") if g)
        low, high = _MAGNITUDES[key]
        value = f"{_format_number(low)}-{_format_number(high)}"
        facts.append(_worded(text, match.start(), match.end(), value, "", "range"))
    for match in _FRACTION.finditer(text):
        if not free(*match.span()):
            continue
        if match.group("half") and _PERIOD_HALF.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "the first half of the year"
        if match.group("den"):
            den = _key(match.group("den"))
            count = int(den) if den.isdigit() else UNITS_WORDS[den]
            if count < 2:
                continue
            share = 100 / count
        else:
            name = next(g for g in ("half", "one", "two", "three") if match.group(g))
            share = _FRACTIONS[_key(match.group(name))]
        facts.append(
            _worded(
                text,
                match.start(),
                match.end(),
                f"{share:.4g}",
                "percent",
                _bound(text, match.start()) or "about",
            )
        )
    for match in _MULTIPLE.finditer(text):
        if free(*match.span()):
            value = _format_number(_MULTIPLES[_key(match.group())])
            facts.append(_worded(text, match.start(), match.end(), value, "fold", ""))
    return facts


_CONVERSION_GAP = re.compile(r"\s*\(\s*(?:about|approximately|roughly|around|some|or)?\s*")


def _conversions(text: str, facts: list[Fact]) -> list[Fact]:
    """Mark a figure and its conversion in brackets as approximate: "50 km (32 miles)".

    A converted figure is rounded, so "32 miles" may stand for 31.07, and another
    report's "30 miles" need not contradict it.
    """
    result = list(facts)
    for i in range(len(facts) - 1):
        first, second = facts[i], facts[i + 1]
        gap = _CONVERSION_GAP.fullmatch(text, first.end, second.start)
        if gap is not None and first.unit != second.unit:
            for j in (i, i + 1):
                if not result[j].bound:
                    result[j] = replace(result[j], bound="about")
    return result


_TALLY = re.compile(
    r"(?<![\w.,$£€₹¥/-])(?P<a>\d{1,3})(?:\s?[-–—]\s?|\s+to\s+|-to-)(?P<b>\d{1,3})"
    r"(?![\w%/]|[.,]\d|-\d|\s?(?:%|per\s?cent\b|percent\b))"
)
_TALLY_NOUNS = frozenset(
    {"vote", "votes", "victory", "victories", "win", "wins", "decision", "decisions"}
    | {"ruling", "margin", "edge", "tally"}
)
_TALLY_BEFORE = re.compile(
    r"\b(?:vote[sd]?|voting|passed|failed|approved|confirmed|rejected|defeated|won|beat|lost|"
    r"tied|split|tally|margin|victory|decision|ruling|score)\b[^.;:!?]{0,25}$",
    re.IGNORECASE,
)


def find_tallies(text: str, masked: Sequence[tuple[int, int]] = ()) -> list[Fact]:
    """Vote counts and scores: "passed 234-193", "a 134-to-63 vote", "won, 98 to 96".

    A pair of counts is a tally when a tally word names it ("vote", "victory",
    "decision" after it; "voted", "passed", "won", "by a vote of" before it),
    and no unit follows ("46 to 57 months" is a range).  Its value is the pair,
    larger first, so "51-49" and "49-51" (the same vote told from either side)
    agree and "51-49" and "52-48" do not.
    """
    facts: list[Fact] = []
    for match in _TALLY.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in masked):
            continue
        gap = end
        while gap < len(text) and text[gap] in " -\u2010\u2011":
            gap += 1
        after = _WORD.match(text, gap)
        word = after.group().lower() if after else ""
        if word in _TALLY_NOUNS:
            end = after.end() if after else end
        elif (
            word in _MEASURE_UNITS or _TALLY_BEFORE.search(text, max(0, start - 40), start) is None
        ):
            continue
        a, b = int(match.group("a")), int(match.group("b"))
        preceding = _content_words(text, max(0, start - 60), start, 2, forward=False)
        facts.append(
            Fact(
                "number",
                f"{max(a, b)}-{min(a, b)}",
                "tally",
                frozenset(preceding) | ({word} if word in _TALLY_NOUNS else set()),
                start,
                end,
                text[start:end],
            )
        )
    return facts


ORDINAL_MAX_DIGITS = 9
"""The longest rank in digits; a longer run ("99...9th") is no ordinal."""


def find_ordinals(text: str) -> list[Fact]:
    """Ordinals with what they rank: ``"third telephonic conversation"`` is 3, of a conversation."""
    facts: list[Fact] = []
    for match in _ORDINAL.finditer(text):
        word = match.group("word")
        digits = match.group("digits") or match.group("rank")
        if digits and len(digits) > ORDINAL_MAX_DIGITS:
            continue  # a run of digits, not a rank (and too long for int())
        value = int(digits) if digits else ORDINAL_WORDS[_key(word)]
        start, end = match.span()
        following = _content_words(text, end, min(len(text), end + 60), 2, forward=True)
        if not following:
            continue
        facts.append(
            Fact(
                "ordinal",
                str(value),
                following[0],
                frozenset(following),
                start,
                end,
                text[start:end],
            )
        )
    return facts


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """Everything checkable in one sentence."""

    quantities: tuple[Fact, ...]
    ordinals: tuple[Fact, ...]
    dates: tuple[tuple[DateValue, Fact], ...]
    negations: tuple[tuple[int, int], ...]
    """Spans of negation words ("not", "never", "n't")."""
    times: tuple[tuple[TimeValue, Fact], ...] = ()


_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|without)\b|n[’']t\b", re.IGNORECASE
)


def find_negations(text: str) -> list[tuple[int, int]]:
    """Spans of negation words, leaving out "No." as in "No. 1" and "not only"."""
    spans: list[tuple[int, int]] = []
    for match in _NEGATION.finditer(text):
        word = match.group().lower()
        rest = text[match.end() : match.end() + 8]
        if word == "no" and (
            rest.startswith(".") or rest.lstrip().startswith(("doubt", "longer than"))
        ):
            continue
        if word == "not" and rest.lstrip().lower().startswith("only"):
            continue
        spans.append(match.span())
    return spans


_MAYBE_DATE = re.compile(
    r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|today|yesterday|tomorrow|tonight|year",
    re.IGNORECASE,
)
_WORDED_CUES = (
    "dozens", "hundreds", "thousands", "millions", "billions", "half", "third", "quarter",
    "fifth", "tenth", "one in", "one out", "one-in", "one-out", "1 in", "1-in", "1 out",
    "1-out", "doubled", "tripled", "trebled", "quadrupled", "halved",
)  # fmt: skip
"""Words without which :func:`find_worded` finds nothing, checked on the lower-cased text."""
_MAYBE_TIME = re.compile(
    r"\d[:.]\d\d|\d\s?[aApP]\.?\s?[mM]\b|\d{4}\s?(?:GMT|UTC|Z\b|hrs|hours)|(?i:noon|midday|midnight)"
)
"""A cheap test: no match means :func:`find_times` would find nothing."""
_MAYBE_QUANTITY = re.compile(rf"\d|\b(?:{_NUMBER_WORD})\b", re.IGNORECASE)


def may_hold_quantity(text: str) -> bool:
    """A cheap test: False means :func:`find_quantities` would find nothing."""
    return _MAYBE_QUANTITY.search(text) is not None


def extract(text: str, today: dt.date | None = None) -> SentenceFacts:
    """All the facts of one sentence."""
    dates = find_dates(text, today) if _MAYBE_DATE.search(text) else []
    masked = [(fact.start, fact.end) for _, fact in dates]
    lowered = text.lower()
    worded = find_worded(text, masked) if any(cue in lowered for cue in _WORDED_CUES) else []
    masked += [(f.start, f.end) for f in worded]
    ordinals = [
        f for f in find_ordinals(text) if not any(s < f.end and f.start < e for s, e in masked)
    ]
    masked += [(f.start, f.end) for f in ordinals]
    quantities = worded
    if may_hold_quantity(text):
        tallies = find_tallies(text, masked)
        masked += [(f.start, f.end) for f in tallies]
        quantities = sorted(find_quantities(text, masked) + tallies + worded, key=lambda f: f.start)
    return SentenceFacts(
        tuple(quantities),
        tuple(ordinals),
        tuple(dates),
        tuple(find_negations(text)),
        tuple(find_times(text)) if _MAYBE_TIME.search(text) else (),
    )
