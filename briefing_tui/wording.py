"""Small wording helpers shared by the exports and the reader."""

from __future__ import annotations


def plural(count: int, word: str) -> str:
    """``count`` and ``word``, with an ``s`` unless there is exactly one: "1 paragraph", "2 reports"."""
    return f"{count} {word}{'' if count == 1 else 's'}"
