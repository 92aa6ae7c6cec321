"""Small wording helpers shared by the exports and the reader."""

from __future__ import annotations

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
