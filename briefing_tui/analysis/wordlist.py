"""The general English word list: wordfreq's frequencies, loaded once and lazily."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def general_frequencies() -> dict[str, float]:
    """wordfreq's English word list (word → frequency per token), loaded once."""
    import wordfreq  # loaded lazily: it takes a fifth of a second

    return wordfreq.get_frequency_dict("en")
