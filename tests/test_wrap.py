"""Line breaking by character offsets: no character is lost and no line is too wide."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from briefing_tui.widgets.wrap import wrap

PIECES = ["word", "a", " ", "  ", "\xa0", "\u2003", "\u5317\u4eac", "e\u0301", "\n", "x" * 30]


def check(text: str, width: int) -> None:
    lines = wrap(text, 0, len(text), width)
    covered = bytearray(len(text))
    for start, end in lines:
        assert 0 <= start < end <= len(text)
        assert "\n" not in text[start:end]
        # a character wider than the whole line is the one exception
        assert cell_len(text[start:end]) <= width or end - start == 1
        covered[start:end] = b"\x01" * (end - start)
    lost = [i for i, char in enumerate(text) if not covered[i] and not char.isspace()]
    assert not lost, f"characters lost: {[text[i] for i in lost]}"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.integers(min_value=2, max_value=30))
def test_every_character_but_spaces_is_on_a_line_within_the_width(
    pieces: list[str], width: int
) -> None:
    check("".join(pieces), width)


def test_words_joined_by_no_break_spaces_are_cut_not_dropped() -> None:
    # "&nbsp;" in a saved page: the run is wider than the line and has no space
    text = "The minister spoke. " + "The engines will be delivered to India".replace(" ", "\xa0")
    check(text, 20)
    assert "The\xa0engines" in "".join(text[s:e] for s, e in wrap(text, 0, len(text), 20))


@pytest.mark.parametrize("width", [20, 50])
def test_wide_characters_and_combining_marks_do_not_cancel_out(width: int) -> None:
    # ten wide characters (+10 cells) and ten combining marks (-10 cells): the
    # paragraph has as many cells as characters, but its lines do not
    text = "In \u5317\u4eac\u6771\u4eac\u65e5\u672c\u56fd\u9632\u4e2d\u56fd about it. " + (
        "Cafe\u0301 " * 10
    )
    check(text, width)
