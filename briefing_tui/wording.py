"""Small wording helpers shared by the exports and the reader."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import MONEY_UNITS


def plural(count: int, word: str) -> str:
    """``count`` and ``word``, with an ``s`` unless there is exactly one: "1 paragraph", "2 reports"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def money_subject(context: str) -> str | None:
    """What a figure conflict between sums of money is about, from its context:
    "paid salary" for "usd paid salary" ("" when nothing more is known); None when
    the figures are not sums of money."""
    words = context.split()
    if not words or words[0] not in MONEY_UNITS:
        return None
    return " ".join(words[1:])


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DATE_VALUE = re.compile(r"(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?")
"""2025-07-01, 2025-07, --07-01 or --07 (a year alone says no more than it shows)."""


def date_in_words(value: str) -> str | None:
    """A date as the analysis gives it, in words: "1 July 2025" for "2025-07-01",
    "July 2025" for "2025-07", "1 July" for "--07-01", "July" for "--07"; None for a
    year alone, a weekday or anything else, which say no more than they show."""
    match = _DATE_VALUE.fullmatch(value)
    if match is None:
        return None
    year, month, day = match.groups()
    if not 1 <= int(month) <= 12:
        return None
    words = [str(int(day))] if day is not None else []
    words.append(_MONTHS[int(month) - 1])
    if year is not None:
        words.append(year)
    return " ".join(words)


def date_meant(written: str, value: str) -> str | None:
    """The date a report's words stand for, when the words give no figure: "1 July
    2025" for "yesterday" or for "Tuesday" in a report dated 2 July 2025; None for
    "July 1, 2025", which says it, or when the analysis could not date it."""
    if any(ch.isdigit() for ch in written):
        return None
    return date_in_words(value)


def numbered_names(written: Iterable[str]) -> bool:
    """Whether the values of a name conflict are numbers a word makes names of, as
    written: "Flight 370" / "Flight 307" differ in their number, not their name."""
    values = list(written)
    return bool(values) and all(value[-1:].isdigit() for value in values)
