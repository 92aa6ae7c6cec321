"""Small wording helpers shared by the exports and the reader."""

from __future__ import annotations


def plural(count: int, word: str) -> str:
    """``count`` and ``word``, with an ``s`` unless there is exactly one: "1 paragraph", "2 reports"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


MONEY_CODES = frozenset({"usd", "gbp"})
"""The codes the analysis files sums of money under (cents and pence included)."""


def money_subject(context: str) -> str | None:
    """What a figure conflict between sums of money is about, from its context:
    "paid salary" for "usd paid salary" ("" when nothing more is known); None when
    the figures are not sums of money."""
    words = context.split()
    if not words or words[0] not in MONEY_CODES:
        return None
    return " ".join(words[1:])
