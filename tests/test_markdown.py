"""The Markdown briefing, read as the person who pastes it into a report reads it."""

from __future__ import annotations

import pytest

from briefing_tui.analysis import analyse
from briefing_tui.export.to_markdown import NO_CONFLICTS, ONLY_ACROSS_POINTS, to_markdown
from briefing_tui.model import Briefing
from briefing_tui.sources import load_briefing
from briefing_tui.sources.loader import parse_source

AGREE = "## What the reports agree on"
DIFFER = "## Where they differ or contradict each other"
SINGLE = "## What only one report says"


def _sections(markdown: str) -> dict[str, str]:
    """The text under each ``## `` heading, keyed by the heading."""
    sections: dict[str, str] = {}
    for block in markdown.split("\n## ")[1:]:
        heading, _, body = block.partition("\n")
        sections["## " + heading] = body
    return sections


def _two(first: str, second: str) -> str:
    briefing = Briefing(
        (
            parse_source("s1", "a.txt", first.encode()),
            parse_source("s2", "b.txt", second.encode()),
        )
    )
    return to_markdown(briefing, analyse(briefing))


@pytest.fixture(scope="module")
def bundled() -> str:
    briefing = load_briefing()
    return to_markdown(briefing, analyse(briefing))


def test_the_three_questions_come_in_order(bundled: str) -> None:
    assert bundled.index(AGREE) < bundled.index(DIFFER) < bundled.index(SINGLE)
    assert "21 key points: 10 agreed, 0 differing, 11 in one source only" in bundled


def test_an_agreed_point_names_its_sources_and_bolds_each_addition(bundled: str) -> None:
    agreed = _sections(bundled)[AGREE]
    (item,) = [
        block for block in agreed.split("\n- ") if "proportionate" in block and "measured" in block
    ]
    assert (
        "*agreed; carried by 1-singh-thanks-hegseth.txt, 2-singh-presses-engine-delivery.txt*"
        in item
    )
    (first,) = [line for line in item.splitlines() if "1-singh-thanks-hegseth.txt: " in line]
    assert "**proportionate**" in first
    assert "only here: “proportionate”" in item


def test_no_conflict_is_not_told_as_no_difference(bundled: str) -> None:
    # The agreed versions still differ in detail: "Nothing." would tell the reader otherwise.
    assert _sections(bundled)[DIFFER].strip() == NO_CONFLICTS


def test_single_source_points_are_listed_under_their_report(bundled: str) -> None:
    single = _sections(bundled)[SINGLE]
    first, second = single.split("### 2-singh-presses-engine-delivery.txt")
    assert "Pahalgam attack" in first
    assert "Jaishankar met Secretary Hegseth at the Pentagon" in second
    assert "Pahalgam" not in second
    assert "Jaishankar" not in first


def test_a_conflict_is_spelled_out_with_both_values() -> None:
    markdown = _two(
        "Sources said the two leaders had a 20-minute conversation on Tuesday.",
        "The two leaders had a 45-minute conversation on Tuesday, officials said.",
    )
    sections = _sections(markdown)
    assert sections[AGREE].strip() == "Nothing."
    differ = sections[DIFFER]
    assert "*differs; carried by a.txt, b.txt*" in differ
    assert "**Figures differ**" in differ
    assert "a.txt: “20-minute”" in differ
    assert "b.txt: “45-minute”" in differ


def test_reports_with_nothing_in_common() -> None:
    markdown = _two(
        "The harbour reopened after the storm.",
        "A new library opened in the old town hall.",
    )
    sections = _sections(markdown)
    assert sections[AGREE].strip() == sections[DIFFER].strip() == "Nothing."
    assert "### a.txt" in sections[SINGLE]
    assert "### b.txt" in sections[SINGLE]


def test_a_conflict_between_single_source_points_is_not_denied() -> None:
    markdown = _two(
        "Rajnath Singh thanked Pete Hegseth for his support on Tuesday.\n\n"
        "Sources said the two leaders had a 20-minute conversation about engines.",
        "Rajnath Singh thanked Pete Hegseth for the support on Tuesday, officials said.\n\n"
        "During the 45-minute conversation, Hegseth invited Singh to Washington.",
    )
    differ = _sections(markdown)[DIFFER]
    assert NO_CONFLICTS not in differ
    assert differ.strip().startswith(ONLY_ACROSS_POINTS)
    assert "a.txt: “20-minute”" in differ
    assert "b.txt: “45-minute”" in differ
