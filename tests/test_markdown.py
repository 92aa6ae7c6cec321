"""The Markdown briefing, read as the person who pastes it into a report reads it."""

from __future__ import annotations

import html

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing_tui.analysis import analyse
from briefing_tui.export.to_markdown import (
    DIFFERENT_DETAILS,
    NO_CONFLICTS,
    ONLY_ACROSS_POINTS,
    escape,
    to_markdown,
)
from briefing_tui.model import Briefing
from briefing_tui.sources import load_briefing
from briefing_tui.sources.loader import parse_source
from briefing_tui.textsafe import visible

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
    assert "21 key points: 7 agreed, 3 differing, 11 in one source only" in bundled


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


def test_no_conflict_is_not_told_as_no_difference() -> None:
    # The agreed versions still differ in detail: "Nothing." would tell the reader otherwise.
    markdown = _two(
        "The minister sought the timely delivery of the jet engines for the Tejas fighter.",
        "The minister sought timely delivery of jet engines for the Tejas fighter, officials said.",
    )
    sections = _sections(markdown)
    assert "*agreed; carried by a.txt, b.txt*" in sections[AGREE]
    assert sections[DIFFER].strip() == NO_CONFLICTS


def test_a_point_told_with_different_details_is_spelled_out(bundled: str) -> None:
    differ = _sections(bundled)[DIFFER]
    (item,) = [block for block in differ.split("\n- ") if "General Electric engines" in block]
    assert "*differs; carried by" in item
    assert DIFFERENT_DETAILS in item
    assert "Figures differ" not in item
    assert "**Tejas light combat-Mk1A**" in item
    assert NO_CONFLICTS not in differ


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


def test_sums_of_money_are_named_as_such() -> None:
    markdown = _two(
        "The former executive was paid $770,962 in salary last year.",
        "The former executive was paid $950,000 in salary last year.",
    )
    differ = _sections(markdown)[DIFFER]
    assert "**Sums of money differ** (paid salary):" in differ
    assert "usd" not in differ
    assert "a.txt: “$770,962”" in differ


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


_MARKDOWN = MarkdownIt("commonmark")


def _shown(markdown: str) -> str:
    """What a Markdown renderer shows of one bullet: its text, with no element inside."""
    html_text = _MARKDOWN.render(markdown)
    prefix, suffix = "<ul>\n<li>", "</li>\n</ul>\n"
    assert html_text.startswith(prefix), html_text
    assert html_text.endswith(suffix), html_text
    inner = html_text[len(prefix) : -len(suffix)]
    assert "<" not in inner, inner  # no element: no list, heading, link, image or code
    return html.unescape(inner)


@pytest.mark.parametrize(
    "text",
    [
        "![a picture](http://example.com/x.png) and [a link](http://example.com)",
        "**bold**, _italic_, `code`, ~~struck~~ and <b>html</b> <script>x</script>",
        "1. A numbered point after a bullet",
        "2) Another",
        "- A dash",
        "+ A plus",
        "# Not a heading",
        "> Not a quotation",
        "AT&amp;T &lt;b&gt; &#42; entities",
        "a | table | row",
        "Congress! A back\\slash \\*",
    ],
)
def test_report_text_is_shown_literally_after_a_bullet(text: str) -> None:
    assert _shown("- " + escape(text)) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FF), max_size=40))
def test_any_text_is_shown_literally_after_a_bullet(text: str) -> None:
    assume(text.strip() == text and text)
    assert _shown("- " + escape(text)) == visible(text)  # controls are made visible


def test_conflicting_facts_come_before_points_told_with_different_details() -> None:
    markdown = _two(
        "Sources said the two leaders had a 20-minute conversation on Tuesday.\n\n"
        "The minister sought the timely delivery of the jet engines for the Tejas fighter.",
        "The two leaders had a 45-minute conversation on Tuesday, officials said.\n\n"
        "Engines for the Tejas fighter are running two years late, and the air force has"
        " grounded its oldest jets while it waits.",
    )
    differ = _sections(markdown)[DIFFER]
    conflicting, detailed = differ.split("### Told with different details")
    assert conflicting.strip().startswith("### Facts that conflict")
    assert "**Figures differ**" in conflicting
    assert "Tejas" not in conflicting
    assert DIFFERENT_DETAILS in detailed
    assert "**running two years late**" in detailed
    assert "\n\n\n" not in markdown
