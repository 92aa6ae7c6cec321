"""Loading reports: formats, metadata, encodings, bad input, and the bundled briefing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.model import Source
from briefing_tui.sources import MAX_FILE_BYTES, default_articles, load_briefing, parse_source
from briefing_tui.sources.decode import decode
from briefing_tui.sources.metadata import parse_date, split_credits, split_metadata

FIXTURES = Path(__file__).parent / "fixtures"
BUNDLED = sorted(default_articles().glob("*.txt"))


def load_one(path: Path) -> Source:
    briefing = load_briefing([path])
    assert not briefing.problems, briefing.problems
    (source,) = briefing.sources
    return source


def load_text(tmp_path: Path, text: str, name: str = "report.txt") -> Source:
    """The source a report of this text loads as."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_one(path)


# --- encodings and line ends -------------------------------------------------

ENCODINGS = [
    ("cp1252.txt", "cp1252"),
    ("utf8-bom.txt", "utf-8"),
    ("utf16-le-bom.txt", "utf-16-le"),
    ("utf16-be-bom.txt", "utf-16-be"),
]


@pytest.mark.parametrize(("name", "encoding"), ENCODINGS)
def test_encodings_decode_and_keep_typography(name: str, encoding: str) -> None:
    source = load_one(FIXTURES / name)
    assert source.encoding == encoding
    assert "\ufeff" not in source.text
    assert "\u201cproductive\u201d \u2014 a word" in source.text  # curly quotes and em dash kept
    assert "minister\u2019s aide paid \u00a3200 for caf\u00e9" in source.text
    assert source.title is not None
    assert "caf\u00e9" in source.title.lower()


def test_utf16_without_bom_is_recognised() -> None:
    decoded = decode("The minister spoke on Tuesday.".encode("utf-16-le"))
    assert decoded.encoding == "utf-16-le"
    assert decoded.text == "The minister spoke on Tuesday."


def test_cp1252_undefined_bytes_do_not_fail() -> None:
    decoded = decode(b"Price \x80 5 and \x81 odd")
    assert decoded.encoding == "cp1252"
    assert decoded.text == "Price \u20ac 5 and \x81 odd"


def test_truncated_utf8_is_read_with_a_note() -> None:
    decoded = decode("Le caf\u00e9 est ferm\u00e9".encode()[:-1])
    assert decoded.encoding == "utf-8"
    assert decoded.text.endswith("ferm\ufffd")
    assert any("truncated" in note for note in decoded.notes)


@pytest.mark.parametrize("name", ["crlf.txt", "cr-only.txt"])
def test_line_ends_are_normalised(name: str) -> None:
    source = load_one(FIXTURES / name)
    assert "\r" not in source.text
    assert source.title
    assert source.title.startswith("Headline with")
    assert len(source.paragraphs) == 2


# --- metadata ------------------------------------------------------------------


def test_a_markdown_heading_as_first_line_titles_the_report(tmp_path: Path) -> None:
    path = tmp_path / "talks.md"
    path.write_text(
        "## Talks: what was said ##\n\nThe minister spoke on Tuesday.\n", encoding="utf-8"
    )
    source = load_one(path)
    assert source.title == "Talks: what was said"
    assert source.text == "The minister spoke on Tuesday."


@pytest.mark.parametrize(
    "body",
    [
        "> " * 150 + "The minister spoke on Tuesday.",  # deeper than the parser goes
        "- " * 150 + "The minister spoke on Tuesday.",
        "```The minister spoke on Tuesday.",  # all of it a code fence's label
    ],
)
def test_markdown_that_renders_to_nothing_is_shown_as_written(tmp_path: Path, body: str) -> None:
    path = tmp_path / "odd.md"
    path.write_text("# Talks\n\n" + body + "\n", encoding="utf-8")
    source = load_one(path)
    assert source.title == "Talks"
    assert "The minister spoke on Tuesday." in source.text
    assert any("Markdown shown as written" in note for note in source.notes)


def test_markdown_nested_a_little_deep_still_renders(tmp_path: Path) -> None:
    path = tmp_path / "quoted.md"
    path.write_text("> " * 40 + "The minister spoke on Tuesday.\n", encoding="utf-8")
    source = load_one(path)
    assert source.text == "The minister spoke on Tuesday."
    assert source.notes == ()


def test_front_matter_markdown() -> None:
    source = load_one(FIXTURES / "front-matter.md")
    assert source.title == "Talks: what was said"
    assert source.outlet == "Example Times"
    assert source.label == "Example Times"
    assert source.date == dt.date(2025, 7, 2)
    assert source.url == "https://example.com/talks"
    assert "---" not in source.text
    assert "title:" not in source.text
    assert "Talks: what was said" not in source.text  # the heading is the title, not body
    assert "**" not in source.text
    assert "](" not in source.text
    assert source.sentences[0].text == "The minister spoke with his counterpart on Tuesday."
    assert "• Engines were discussed." in source.text


def test_date_line_is_metadata_not_text() -> None:
    source = load_one(FIXTURES / "date-line.txt")
    assert source.date == dt.date(2024, 3, 5)
    assert source.sentences[0].text == "The council met on Tuesday."
    assert "date" not in source.text


def test_headline_becomes_title() -> None:
    source = load_one(FIXTURES / "headline.txt")
    assert source.title == "Council approves budget after long debate"
    assert source.text.startswith("The council met on Tuesday.")
    assert source.label == "headline.txt"


def test_prose_first_line_is_not_a_title() -> None:
    source = load_one(FIXTURES / "no-headline.txt")
    assert source.title is None
    assert source.text.startswith("The council met")


@pytest.mark.parametrize(
    "first",
    [
        "国防部长辛格周二与赫格塞斯通话。",
        "रक्षा मंत्री ने मंगलवार को बात की।",
        "Talks resumed on Tuesday.",
    ],
)
def test_a_first_sentence_in_any_script_is_not_a_title(tmp_path: Path, first: str) -> None:
    source = load_text(tmp_path, f"{first}\n\nThe two sides met again.\n")
    assert source.title is None
    assert source.text.startswith(first)


CREDITS = [
    ["Reporting by Idrees Ali; Editing by Leslie Adler"],
    ["(Reporting by Andrea Shalal in Washington; Editing by Sandra Maler)"],
    [
        "Additional reporting by Jonathan Landay in Washington and Humeyra Pamuk in Istanbul;"
        " Writing by Jeff Mason; editing by Grant McCool and Mary Milliken"
    ],
    ["Maggie Haberman contributed reporting from New York."],
    ["Fox News’ Matt Richardson and John Roberts contributed to this report."],
    ["Associated Press writers Julie Pace and Ken Thomas contributed to this report."],
    ["Reporting was contributed by Adam Goldman, Michael S. Schmidt and Katie Benner."],
    ["The Associated Press contributed to this report.", "Reporting by Ken Thomas"],
    # One paragraph of several credit lines is one paragraph of the three at most.
    [
        "Compiled by Jane Doe",
        "Reporting by Ken Thomas\nWriting by Jeff Mason\nEditing by Leslie Adler",
        "The Associated Press contributed to this report.",
    ],
]


@pytest.mark.parametrize("credits", CREDITS)
def test_credit_lines_at_the_foot_are_metadata_not_text(tmp_path: Path, credits: list[str]) -> None:
    body = "The council met on Tuesday.\n\nIt approved the budget."
    source = load_text(tmp_path, body + "\n\n" + "\n\n".join(credits) + "\n")
    assert source.text == body
    assert source.credits == tuple(line for credit in credits for line in credit.split("\n"))
    assert [s.text for s in source.sentences] == [
        "The council met on Tuesday.",
        "It approved the budget.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Prose that starts like a credit: the names are not capitalised.
        "The council met.\n\nReporting by the Times found the council hid losses.",
        "The council met.\n\nSmith contributed reporting that later proved false.",
        "The council met.\n\nEditing by hand is slow.",
        # A credit that is not at the foot stays where it is.
        "The council met.\n\nReporting by Ken Thomas\n\nIt approved the budget.",
        # A report that is nothing but a credit keeps it.
        "Reporting by Ken Thomas; Editing by Leslie Adler",
    ],
)
def test_prose_and_credits_elsewhere_stay_in_the_text(tmp_path: Path, text: str) -> None:
    source = load_text(tmp_path, text + "\n")
    assert source.text == text
    assert source.credits == ()


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("By Jane Doe", None),
        ("BY JANE DOE", None),
        ("By Jane Doe and John Roe, Reuters", None),
        ("By Jane Doe, staff writer", None),
        ("By JANE DOE\nStaff Writer", None),
        ("By Jane Doe | The Daily", None),
        ("Updated: July 2, 2025 10:31 a.m. ET", None),  # an update dates no report
        ("By Jane Doe\nPublished 3:14 PM EDT Jul 1, 2025", dt.date(2025, 7, 1)),
        ("By Jane Doe\n\nPosted on March 4, 2024", dt.date(2024, 3, 4)),
    ],
)
def test_a_byline_and_time_stamp_under_the_headline_are_metadata(
    tmp_path: Path, head: str, date: dt.date | None
) -> None:
    body = "The council met on Tuesday.\n\nIt approved the budget."
    source = load_text(tmp_path, f"Council approves budget\n\n{head}\n\n{body}\n")
    assert source.title == "Council approves budget"
    assert source.text == body
    assert source.credits == tuple(line for line in head.split("\n") if line)
    assert source.date == date


@pytest.mark.parametrize(
    "first",
    [
        "By Monday, the talks had collapsed.",
        "By then, Jane Doe had resigned.",
        "Updated: Rick Santorum on Sunday tried to clarify his comment.",
        "Staff Writer",  # a role with no byline above it
    ],
)
def test_prose_that_opens_like_a_byline_stays(tmp_path: Path, first: str) -> None:
    source = load_text(tmp_path, f"Talks\n\n{first}\n\nThe talks resumed.\n")
    assert source.text.startswith(first)
    assert source.credits == ()


def test_a_markdown_reports_byline_in_emphasis_is_metadata(tmp_path: Path) -> None:
    source = load_text(
        tmp_path,
        "# Council approves budget\n\n*By Jane Doe*\n\n**Published July 1, 2025**\n\n"
        "The council met on Tuesday.\n",
        "report.md",
    )
    assert source.title == "Council approves budget"
    assert source.text == "The council met on Tuesday."
    assert source.credits == ("By Jane Doe", "Published July 1, 2025")
    assert source.date == dt.date(2025, 7, 1)


def test_the_date_in_front_matter_wins_over_a_time_stamp(tmp_path: Path) -> None:
    source = load_text(
        tmp_path,
        "---\ndate: 2025-07-01\n---\nTalks\n\nPublished March 4, 2024\n\nThe talks resumed.\n",
    )
    assert source.date == dt.date(2025, 7, 1)
    assert source.text == "The talks resumed."
    assert source.credits == ("Published March 4, 2024",)


def test_a_time_stamp_at_the_foot_is_metadata_and_may_date_the_report(tmp_path: Path) -> None:
    source = load_text(
        tmp_path,
        "The talks resumed on Tuesday.\n\nReporting by Ken Thomas\n\n"
        "First published on July 1, 2025\n",
    )
    assert source.text == "The talks resumed on Tuesday."
    assert source.credits == ("Reporting by Ken Thomas", "First published on July 1, 2025")
    assert source.date == dt.date(2025, 7, 1)


def test_a_pages_credit_line_is_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Talks resume</title></head><body><article>"
        "<p>The two sides met again on Tuesday.</p><p>They agreed to meet next week.</p>"
        "<p>Additional reporting by Mike Stone; Editing by Chris Reese</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    source = load_one(path)
    assert source.credits == ("Additional reporting by Mike Stone; Editing by Chris Reese",)
    assert "reporting" not in source.text


def test_long_runs_of_names_are_no_credit() -> None:
    # Long runs of capitalised words and separators that end in no credit: the
    # patterns must give up on them at once (bench/bench_repeats.py times them).
    # "Aa, Bb Aa, Bb ..." could be split into names in 2**60 ways, and took minutes.
    lines = [
        "Reporting by " + "Aa Bb " * 60 + "x",
        "Reporting by " + "Aa in Bb and " * 30 + "x",
        "Aa Bb writers " * 25 + "contributed to this report x",
        "Aa, Bb " * 60 + "contributed x",
        "By " + "Aa, Bb " * 60 + "x",
    ]
    for line in lines:
        line = line[:396] + " x"  # as long as a paragraph they read, and no credit
        text = "A report.\n\n" + line
        assert split_credits(text) == ([], text)
        headed = "Headline\n\n" + line + "\n\nA report."
        assert split_metadata(headed)[1].strip() == line + "\n\nA report."


def test_header_block_without_dashes_is_metadata(tmp_path: Path) -> None:
    path = tmp_path / "quake.txt"
    path.write_text(
        "Title: Quake strikes northern province\n"
        "Source: Example Wire\n"
        "Author: A. Writer\n"
        "Date: March 4, 2025\n\n"
        "A magnitude 6.2 earthquake struck on Monday.\n"
    )
    source = load_one(path)
    assert source.title == "Quake strikes northern province"
    assert source.outlet == "Example Wire"
    assert source.date == dt.date(2025, 3, 4)
    assert source.text == "A magnitude 6.2 earthquake struck on Monday."


@pytest.mark.parametrize(
    "head",
    [
        "Update: The minister resigned on Monday.",  # not a key of the list
        "Title: Quake strikes\nThe quake struck on Monday.",  # prose in the block
    ],
)
def test_a_first_paragraph_with_other_lines_is_text(tmp_path: Path, head: str) -> None:
    path = tmp_path / "odd.txt"
    path.write_text(head + "\n\nRescuers searched the rubble.\n")
    source = load_one(path)
    assert source.text.startswith(head.split("\n")[0])


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2025-03-04", dt.date(2025, 3, 4)),
        ("March 4, 2025", dt.date(2025, 3, 4)),
        ("4 March 2025", dt.date(2025, 3, 4)),
        ("Mar. 4, 2025 10:32 AM", dt.date(2025, 3, 4)),
        ("Tuesday, 4th March 2025", dt.date(2025, 3, 4)),
        ("03/04/2025", None),  # March 4 or 3 April: not guessed
        ("Smarch 4, 2025", None),
        ("February 30, 2025", None),
        ("2025-03-04T10:32:00Z", dt.date(2025, 3, 4)),
        # digits run on either side: no date is cut out of them
        ("99999-01-01", None),
        ("12025-03-04", None),
        ("2025-03-041", None),
    ],
)
def test_dates_in_metadata(value: str, date: dt.date | None) -> None:
    assert parse_date(value) == date


SAVED_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Quake strikes northern province | Example Wire</title>
<meta property="og:title" content="Quake strikes northern province">
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2025-03-04T06:12:00Z">
<link rel="canonical" href="https://example.com/quake">
<style>p { color: red }</style>
<script>var tracking = "A magnitude 9 earthquake";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><div class="logo">Example Wire</div></header>
<article>
  <h1>Quake strikes northern province</h1>
  <p>A magnitude 6.2 earthquake struck the province on Monday,
     killing at least 12 people &amp; injuring dozens, officials said.
  <p>Rescuers searched the rubble in <b>Karabel</b>.<br>The governor said [b]help[/b] was coming.</p>
  <aside>Read more: other quakes</aside>
  <ul><li>Schools are closed.</li><li>Roads are blocked.</li></ul>
</article>
<footer>&copy; Example Wire. All rights reserved.</footer>
</body></html>
"""


def test_a_saved_web_page_is_read_as_its_article(tmp_path: Path) -> None:
    path = tmp_path / "quake.html"
    path.write_text(SAVED_PAGE, encoding="utf-8")
    source = load_one(path)
    assert source.title == "Quake strikes northern province"
    assert source.outlet == "Example Wire"
    assert source.date == dt.date(2025, 3, 4)
    assert source.url == "https://example.com/quake"
    assert [source.text[p.start : p.end] for p in source.paragraphs] == [
        "A magnitude 6.2 earthquake struck the province on Monday, killing at least 12 people"
        " & injuring dozens, officials said.",
        "Rescuers searched the rubble in Karabel. The governor said [b]help[/b] was coming.",
        "Schools are closed.",
        "Roads are blocked.",
    ]
    for left_out in ("Home", "tracking", "color", "Read more", "rights reserved", "<"):
        assert left_out not in source.text


FURNISHED_PAGE = """<html><head><title>Talks | The Daily</title></head><body>
<div class="post has-comments"><article>
<h1>Talks</h1>
<p class="article-byline">By Staff Reporter</p>
<figure><img src="a.jpg"><figcaption>The minister in Delhi. <span>Credit: AP</span></figcaption></figure>
<p>The minister spoke on Tuesday.</p>
<div class="ad-slot"><p>Advertisement</p></div>
<p>Advertisement</p>
<p>The talks lasted <span class="sr" aria-hidden="true">icon</span>20 minutes.</p>
<div id="newsletter-signup"><p>Sign up for our newsletter.</p></div>
<div class="share-tools"><a>Share on Facebook</a></div>
<section class="more-on"><h2>Recommended Stories</h2><span class="screen-reader-text">list of 2 items</span>
<ul><li><a href="/a">Markets rally</a></li><li><a href="/b">Rain falls</a></li></ul></section>
<div role="navigation"><a>Next story</a></div>
<p hidden>A hidden teaser.</p>
<section class="related-links"><h3>More on this</h3><p>Markets rally.</p></section>
<p>Continue reading the main story</p>
<p><img src="chart.png"><br><em>(Credit: A. Designer / The Daily)</em></p>
<p>Photo: Agency</p>
<div><figcaption>Slideshow (15 images)</figcaption></div>
<div class="TrustBadge-trust-badge-x1"><p>Our Standards: the principles.</p></div>
<p>They will meet again in March, officials said.</p>
<div class="comments"><p>Great article!</p></div>
</article></div>
</body></html>
"""


def load_page(tmp_path: Path, page: str) -> Source:
    """The source a saved web page loads as."""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return load_one(path)


def test_what_a_page_puts_around_the_report_is_left_out(tmp_path: Path) -> None:
    source = load_page(tmp_path, FURNISHED_PAGE)
    assert [source.text[p.start : p.end] for p in source.paragraphs] == [
        "The minister spoke on Tuesday.",
        "The talks lasted 20 minutes.",
        "They will meet again in March, officials said.",
    ]


def test_an_element_named_as_furniture_that_holds_the_report_is_kept(tmp_path: Path) -> None:
    """A class names what an element is around the report ("comments"), but the
    element that holds most of the page's text is the report itself."""
    source = load_page(
        tmp_path,
        '<html><body><div class="entry comments-open"><p>The minister spoke on Tuesday.</p>'
        "<p>The talks lasted 20 minutes.</p></div>"
        '<div class="related"><p>Markets rally.</p></div></body></html>',
    )
    assert source.text == "The minister spoke on Tuesday.\n\nThe talks lasted 20 minutes."


def test_links_and_the_site_above_the_headline_are_left_out(tmp_path: Path) -> None:
    """A page with no <article>: its menus are lists of links, and what stands above
    the headline the title gives is the site's, not the report's."""
    source = load_page(
        tmp_path,
        "<html><head><title>Berlin renames streets | DW | 19.01.2020</title></head><body>"
        "<div><span>TV programs</span><span>German Courses</span></div>"
        '<ul><li><a href="/a">Albanian Shqip</a></li><li><a href="/b">Amharic</a></li></ul>'
        "<h4>Germany</h4><h1>Berlin renames streets</h1>"
        '<p>Berlin will rename three streets, <a href="/x">officials</a> said on Monday.</p>'
        '<p>Read more: <a href="/y">Germany and its colonial past</a></p>'
        "<p>The new names honour three activists.</p>"
        # The labels of the page's details; their values are links, left out as such.
        '<div><h4>Date</h4><h4>Author</h4><p><a href="/k">Ben Knight</a></p>'
        '<h4>Permalink</h4><p><a href="/p">p.dw.com/p/3WTxh</a></p></div></body></html>',
    )
    assert source.title == "Berlin renames streets"
    assert source.text == (
        "Berlin will rename three streets, officials said on Monday.\n\n"
        "The new names honour three activists."
    )


def test_a_page_saved_with_a_dialog_open_keeps_its_hidden_body(tmp_path: Path) -> None:
    source = load_page(
        tmp_path,
        '<html><body><div id="app" aria-hidden="true"><p>The minister spoke on Tuesday.</p>'
        "<p>The talks lasted 20 minutes.</p><p hidden>A teaser.</p></div>"
        '<div role="dialog"><p>Accept all cookies?</p></div></body></html>',
    )
    assert source.text == "The minister spoke on Tuesday.\n\nThe talks lasted 20 minutes."


def _described_page(data: str, body: str = "<p>The minister spoke on Tuesday.</p>") -> str:
    return (
        '<html><head><meta property="og:site_name" content="U.S.">'
        f'<script type="application/ld+json">{data}</script></head><body>{body}</body></html>'
    )


def test_the_pages_structured_data_gives_its_outlet_and_date(tmp_path: Path) -> None:
    """schema.org data names the publisher where "og:site_name" names a section, and
    dates a page that has no date in its meta tags."""
    data = (
        '{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Talks held",'
        ' "datePublished": "2020-01-19T21:00:21Z",'
        ' "publisher": {"@type": "Organization", "name": "Example Wire"}}'
    )
    source = load_page(tmp_path, _described_page(data))
    assert (source.title, source.outlet, source.date) == (
        "Talks held",
        "Example Wire",
        dt.date(2020, 1, 19),
    )
    assert source.text == "The minister spoke on Tuesday."


def test_a_page_drawn_by_scripts_is_read_from_its_structured_data(tmp_path: Path) -> None:
    data = (
        '{"@graph": [{"@type": "WebPage"}, {"@type": ["NewsArticle"], "headline": "Talks",'
        ' "articleBody": "The minister spoke on Tuesday.\\nThe talks lasted 20 minutes."}]}'
    )
    source = load_page(tmp_path, _described_page(data, body='<div id="root"></div>'))
    assert source.text == "The minister spoke on Tuesday.\n\nThe talks lasted 20 minutes."


@pytest.mark.parametrize(
    "data", ["{not json", "[1, 2, 3]", '{"@type": "Recipe", "name": "Soup"}', "null", "[" * 5000]
)
def test_structured_data_that_describes_no_article_says_nothing(tmp_path: Path, data: str) -> None:
    source = load_page(tmp_path, _described_page(data))
    assert source.outlet == "U.S."
    assert source.text == "The minister spoke on Tuesday."


def test_deeply_nested_furniture_is_weighed_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    depth = 20_000
    path.write_text(
        "<html><body>"
        + '<div class="ad">' * depth
        + "<p>Buy now.</p>"
        + "</div>" * depth
        + "<p>The minister spoke on Tuesday.</p>" * 5
        + "</body></html>",
        encoding="utf-8",
    )
    source = load_one(path)
    assert source.text.count("The minister spoke") == 5
    assert "Buy now" not in source.text


def test_a_page_without_an_article_element_keeps_its_body(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    path.write_text(
        "<html><body><nav>Menu</nav><h2>Section</h2><p>The minister spoke.</p></body></html>"
    )
    source = load_one(path)
    assert source.title == "Section"
    assert source.text == "The minister spoke."


def test_broken_html_is_shown_without_its_tags(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<p>The minister spoke on Monday.</p>\n\n<p>Talks <![ went on.</p>")
    source = load_one(path)
    assert source.text.startswith("The minister spoke on Monday.")
    assert "<" not in source.text
    assert any("broken" in note for note in source.notes)


def test_a_saved_pages_asset_folder_is_not_searched(tmp_path: Path) -> None:
    (tmp_path / "quake.html").write_text(SAVED_PAGE)
    (tmp_path / "quake_files").mkdir()
    (tmp_path / "quake_files" / "ad-frame.html").write_text("<p>Buy now.</p>")
    briefing = load_briefing([tmp_path])
    assert [Path(s.path).name for s in briefing.sources] == ["quake.html"]


def test_unclosed_front_matter_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_text("---\ntitle: x\nThe minister spoke.\n")
    source = load_one(path)
    assert source.title is None
    assert "The minister spoke." in source.text
    assert any("no closing" in note for note in source.notes)


# --- the bundled briefing --------------------------------------------------------


def test_bundled_briefing_is_the_default() -> None:
    briefing = load_briefing()
    assert not briefing.problems
    assert [s.name for s in briefing.sources] == [p.name for p in BUNDLED]
    first, second = briefing.sources
    assert first.date == dt.date(2025, 7, 1)
    assert second.date is None
    assert first.sentences[0].text.startswith(
        "Defence Minister Rajnath Singh on Tuesday (July 1, 2025)"
    )
    assert "date 2025-07-01" not in first.text
    assert second.sentences[0].text.startswith("Defence Minister Rajnath Singh held a telephonic")
    assert first.encoding == second.encoding == "utf-8"


def test_bundled_articles_match_the_seeds() -> None:
    from conftest import shared_path

    seeds = sorted(shared_path("seeds").glob("*.txt"))
    assert [p.read_bytes() for p in seeds] == [p.read_bytes() for p in BUNDLED]


def test_bundled_quoted_passage_is_two_sentences() -> None:
    first = load_briefing().sources[0]
    texts = [s.text for s in first.sentences]
    start = next(i for i, t in enumerate(texts) if t.startswith("\u201cThe two leaders discussed"))
    assert texts[start].endswith("to expanding the industry collaboration.")
    assert texts[start + 1].startswith("They agreed to further build upon")
    assert texts[start + 1].endswith("the Ministry of Defence said in a statement.")


def test_every_sentence_slices_the_shown_text() -> None:
    for source in load_briefing().sources:
        for sentence in source.sentences:
            assert source.text[sentence.start : sentence.end] == sentence.text
        for paragraph in source.paragraphs:
            for i in paragraph.sentences:
                s = source.sentences[i]
                assert paragraph.start <= s.start < s.end <= paragraph.end
                assert s.paragraph == paragraph.index


# --- folders -----------------------------------------------------------------------


def test_folder_gives_its_articles_sorted(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "10.txt", "2.txt", "notes.pdf", "README.md", ".hidden.txt"]:
        (tmp_path / name).write_text(f"Report {name} says something.\n")
    briefing = load_briefing([tmp_path])
    assert [s.name for s in briefing.sources] == ["2.txt", "10.txt", "a.md", "b.txt"]
    assert [s.id for s in briefing.sources] == ["s1", "s2", "s3", "s4"]


def test_nested_folders_and_clashing_labels(tmp_path: Path) -> None:
    for event in ["one", "two"]:
        (tmp_path / event).mkdir()
        (tmp_path / event / "fox.txt").write_text(f"Event {event} happened.\n")
    briefing = load_briefing([tmp_path])
    assert [s.label for s in briefing.sources] == ["one/fox.txt", "two/fox.txt"]


def test_symlink_loop_terminates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A report.\n")
    (tmp_path / "loop").symlink_to(tmp_path)
    briefing = load_briefing([tmp_path])
    assert [s.name for s in briefing.sources] == ["a.txt"]


def test_same_file_twice_loads_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("A report.\n")
    briefing = load_briefing([path, path])
    assert len(briefing.sources) == 1
    assert "loaded once" in briefing.problems[0].message


# --- bad input --------------------------------------------------------------------

BAD = [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\t\n  ", "only whitespace"),
    ("nul.txt", b"abc\x00def\x00" * 10, "binary file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
    ("doc.txt", b"%PDF-1.7\n" + bytes(range(256)), "PDF document"),
    ("meta-only.txt", b"date 2025-01-01\n", "file holds metadata but no article text"),
    ("bom.txt", b"\xff\xfe", "only a byte-order mark"),
    ("bom8.txt", "\ufeff \n".encode(), "only a byte-order mark"),
    ("script.html", b"<html><body><script>alert(1)</script></body></html>", "page has no article"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD)
def test_bad_file_gets_a_clear_message(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("The report that loads.\n")
    briefing = load_briefing([tmp_path / name, good])
    assert [s.name for s in briefing.sources] == ["good.txt"]
    (problem,) = briefing.problems
    assert problem.path.endswith(name)
    assert message in problem.message


def test_missing_path(tmp_path: Path) -> None:
    briefing = load_briefing([tmp_path / "nope.txt"])
    assert not briefing.sources
    assert briefing.problems[0].message == "no such file or folder"


def test_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    briefing = load_briefing([tmp_path])
    assert "folder holds no article files" in briefing.problems[0].message


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    briefing = load_briefing([path])
    assert "over the 20 MB limit" in briefing.problems[0].message


def test_permission_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Hidden.\n")
    real_open = open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("briefing_tui.sources.loader.open", guarded_open, raising=False)
    briefing = load_briefing([path])
    assert "permission denied" in briefing.problems[0].message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file whatever its mode")
def test_unreadable_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Hidden.\n")
    path.chmod(0)
    briefing = load_briefing([path])
    assert "permission denied" in briefing.problems[0].message


def test_loading_never_writes(tmp_path: Path) -> None:
    paths = [FIXTURES / name for name, _ in ENCODINGS]
    before = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths}
    load_briefing(paths)
    after = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths}
    assert before == after


# --- offsets, for any text ------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_offsets_always_slice_the_text(text: str) -> None:
    try:
        source = parse_source("s1", "x.txt", text.encode("utf-8", errors="surrogatepass"))
    except ValueError:
        return  # empty, whitespace-only or binary-looking input is refused with a message
    previous_end = 0
    for sentence in source.sentences:
        assert source.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert previous_end <= sentence.start < sentence.end
        previous_end = sentence.end
