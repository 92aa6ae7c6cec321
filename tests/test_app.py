"""Pilot tests of the reader: every key path, driven through the real app."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_app_support import briefing_of, bundled, simple_analyse, simple_analysis, slow_analyse
from textual.command import CommandPalette
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from briefing_tui.app import BriefingApp
from briefing_tui.model import Briefing, LoadProblem
from briefing_tui.screens.compare import CompareScreen
from briefing_tui.screens.export import ExportScreen
from briefing_tui.screens.help import HelpScreen
from briefing_tui.screens.reader import ReaderScreen
from briefing_tui.widgets.article_view import GUTTER, ArticleView
from briefing_tui.widgets.key_points import KeyPoints
from briefing_tui.widgets.source_list import SourceList

WIDE = (160, 48)
NARROW = (80, 24)

REPORT_A = """\
---
title: Leaders speak by phone
outlet: The Daily
---

The two leaders had a 20-minute conversation on Tuesday. They discussed defence ties and engine deliveries.

The minister thanked the secretary for his support. Apache helicopters will be delivered this year.

Only this report mentions the weather in Delhi."""

REPORT_B = """\
---
title: Defence chiefs hold call
outlet: Evening Post
---

The two leaders had a 45-minute conversation on Tuesday. They discussed defence ties and engine deliveries.

The minister thanked the secretary for his support.

A new framework for the partnership will be signed."""


def two_reports() -> Briefing:
    return briefing_of(REPORT_A, REPORT_B)


async def ready(app: BriefingApp, pilot: Pilot[None]) -> ReaderScreen:
    """Wait for the analysis to land; return the reader screen."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def article_text(screen: ReaderScreen) -> str:
    article = screen.article
    return "\n".join(article.row_text(i) for i in range(article.row_count))


# -- start-up and layout ------------------------------------------------------------


async def test_counts_are_worded_in_the_singular_for_one() -> None:
    app = BriefingApp(briefing_of("The minister spoke on Monday.", "The minister spoke."))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        assert "1 paragraph, 1 sentence" in article_text(screen)
        assert "paragraphs" not in article_text(screen)
        assert screen.sub_title.startswith("2 reports · 1 key point:")


async def test_starts_with_both_bundled_reports_and_key_points() -> None:
    """End to end with the real analysis (the default when none is given)."""
    briefing = bundled()
    app = BriefingApp(briefing)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        assert screen.analysis is not None
        assert screen.source_list.option_count == 2
        assert screen.source_id == "s1"
        assert "Rajnath Singh" in article_text(screen)
        assert screen.key_points.option_count == len(screen.analysis.points) > 0
        assert "key points" in screen.sub_title
        assert screen.focused is screen.article
        shared = next(p for p in screen.analysis.points if len(p.sources) == 2)
        screen.jump_to_point(shared.id)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)


async def test_an_event_folder_with_the_real_analysis() -> None:
    from conftest import shared_path

    from briefing_tui.sources.loader import load_briefing

    briefing = load_briefing([shared_path("events", "2012-biden-ryan-debate")])
    app = BriefingApp(briefing)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(app, pilot)
        assert screen.analysis is not None
        assert screen.analysis.points
        assert screen.source_list.option_count == len(briefing.sources) == 3
        for key in ("3", "j", "j", "tab", "j", "f", "f"):
            await pilot.press(key)
        assert screen.source_id == "s3"
        assert screen.key_points.status_filter == "differ"


@pytest.mark.parametrize("size", [NARROW, WIDE, (200, 60)])
async def test_every_pane_is_visible_at_every_size(size: tuple[int, int]) -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=size) as pilot:
        screen = await ready(app, pilot)
        for pane in (screen.source_list, screen.article, screen.key_points):
            region = pane.region
            assert region.width >= 20, (pane, region)
            assert region.height >= 5, (pane, region)
            assert screen.region.contains_region(region)
        if size == NARROW:
            assert screen.has_class("-narrow")


async def test_focused_pane_grows_on_narrow_terminals() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(app, pilot)
        before = screen.key_points.region.height
        screen.key_points.focus()
        await pilot.pause()
        assert screen.key_points.region.height > before


# -- navigation ---------------------------------------------------------------------------


async def test_tab_and_shift_tab_move_between_panes() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        assert isinstance(screen.focused, ArticleView)
        await pilot.press("tab")
        assert isinstance(screen.focused, KeyPoints)
        await pilot.press("tab")
        assert isinstance(screen.focused, SourceList)
        await pilot.press("shift+tab")
        assert isinstance(screen.focused, KeyPoints)


@pytest.mark.parametrize(("down", "up"), [("j", "k"), ("down", "up")])
async def test_moving_through_sentences_selects_their_point(down: str, up: str) -> None:
    briefing = two_reports()
    analysis = simple_analysis(briefing)
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        assert screen.article.cursor == 0, "the cursor starts on the first sentence"
        assert screen.key_points.highlighted_point == analysis.point_of["s1.0"]
        await pilot.press(down)
        assert screen.article.cursor == 1
        await pilot.press(down)
        assert screen.article.cursor == 2
        assert screen.key_points.highlighted_point == analysis.point_of["s1.2"]
        await pilot.press(up)
        assert screen.article.cursor == 1
        assert "sentence 2/" in str(screen.article.border_subtitle)


async def test_g_and_G_go_to_first_and_last() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        last = len(app.briefing.sources[0].sentences) - 1
        await pilot.press("G")
        assert screen.article.cursor == last
        await pilot.press("g")
        assert screen.article.cursor == 0
        await pilot.press("end")
        assert screen.article.cursor == last
        await pilot.press("home")
        assert screen.article.cursor == 0


async def test_number_keys_and_brackets_pick_sources() -> None:
    app = BriefingApp(
        briefing_of(REPORT_A, REPORT_B, REPORT_A + "\n\nMore."), analyse=simple_analyse
    )
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("2")
        assert screen.source_id == "s2"
        assert screen.source_list.highlighted == 1
        assert "Evening Post" in str(screen.article.border_title)
        await pilot.press("right_square_bracket")
        assert screen.source_id == "s3"
        await pilot.press("right_square_bracket")
        assert screen.source_id == "s1", "wraps at the end"
        await pilot.press("left_square_bracket")
        assert screen.source_id == "s3", "wraps at the start"
        await pilot.press("9")
        assert screen.source_id == "s3", "no report 9: nothing happens"


async def test_source_list_keys() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        screen.source_list.focus()
        await pilot.press("j")
        assert screen.source_id == "s2"
        await pilot.press("k")
        assert screen.source_id == "s1"
        await pilot.press("G")
        assert screen.source_id == "s2"
        await pilot.press("enter")
        assert screen.focused is screen.article


async def test_source_list_shows_counts_and_outlet() -> None:
    briefing = two_reports()
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        prompt = str(screen.source_list.get_option_at_index(0).prompt)
        assert "The Daily" in prompt
        for mark in "✓≠◆":
            assert mark in prompt


async def test_the_article_shows_its_credit_lines_above_the_text() -> None:
    credited = REPORT_B + "\n\nReporting by Idrees Ali; Editing by Leslie Adler"
    app = BriefingApp(briefing_of(REPORT_A, credited), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("2")
        text = article_text(screen)
        credit = "Reporting by Idrees Ali; Editing by Leslie Adler"
        assert text.index(credit) < text.index("The two leaders had a 45-minute conversation")
        assert text.count("Reporting by") == 1


async def test_selecting_a_point_moves_the_article_to_its_sentence() -> None:
    briefing = bundled()
    analysis = simple_analysis(briefing)
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(app, pilot)
        screen.key_points.focus()
        await pilot.press("G")
        point = analysis.point(screen.key_points.highlighted_point or "")
        member = next((m for m in point.members if m.source == "s1"), None)
        if member is None:
            assert screen.article.cursor is None
            assert "not in this report" in str(screen.article.border_subtitle)
        else:
            index = int(member.sentence.rpartition(".")[2])
            assert screen.article.cursor == index
        # Pick a point of s1 far down: the article scrolls to it.
        target = next(p for p in reversed(analysis.points) if "s1" in p.sources)
        screen.key_points.focus()
        while screen.key_points.highlighted_point != target.id:
            await pilot.press("k")
        sentence = briefing.sentence(next(m.sentence for m in target.members if m.source == "s1"))
        assert screen.article.cursor == sentence.index
        row = screen.article.row_of(sentence.start)
        top = int(screen.article.scroll_y)
        assert top <= row < top + screen.article.scrollable_content_region.height


async def test_switching_report_keeps_the_selected_point() -> None:
    briefing = two_reports()
    analysis = simple_analysis(briefing)
    shared = next(p for p in analysis.points if len(p.sources) == 2)
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        screen.jump_to_point(shared.id)
        await pilot.press("2")
        other = next(m for m in shared.members if m.source == "s2")
        assert screen.article.cursor == briefing.sentence(other.sentence).index


# -- key point filters -------------------------------------------------------------------


async def test_f_cycles_the_key_point_filter() -> None:
    briefing = bundled()
    analysis = simple_analysis(briefing)
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        for status in ("agree", "differ", "single", None):
            await pilot.press("f")
            expected = [p.id for p in analysis.points if status is None or p.status == status]
            assert screen.key_points.shown == expected
            assert screen.key_points.status_filter == status
        assert "all" in str(screen.key_points.border_title)


async def test_enter_after_filtering_the_focused_pane_compares_its_first_point() -> None:
    """Filtering away the highlighted point, with the pane focused, highlights the first
    point listed, so that enter opens it rather than nothing."""
    briefing = bundled()
    analysis = simple_analysis(briefing)
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        screen.key_points.focus()
        await pilot.pause()
        first = screen.key_points.highlighted_point
        assert first is not None
        status = next(
            s
            for s in ("agree", "differ", "single")
            if s != analysis.point(first).status and any(p.status == s for p in analysis.points)
        )
        while screen.key_points.status_filter != status:
            await pilot.press("f")
        listed = [p.id for p in analysis.points if p.status == status]
        assert first not in listed
        assert screen.key_points.highlighted_point == listed[0]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.point_id == listed[0]


# -- compare view --------------------------------------------------------------------------


async def test_enter_on_a_point_compares_and_opens_a_report_at_its_sentence() -> None:
    briefing = two_reports()
    analysis = simple_analysis(briefing)
    shared = next(p for p in analysis.points if len(p.sources) == 2 and p.conflicts)
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        screen.jump_to_point(shared.id)
        await pilot.press("enter")
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        text = str(compare.query_one("#compare-point").render())
        assert "20-minute (The Daily) vs 45-minute (Evening Post)" in text
        assert "conversation length differs" in text
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is screen
        s2 = briefing.sentence(next(m.sentence for m in shared.members if m.source == "s2"))
        assert screen.source_id == "s2"
        assert screen.article.cursor == s2.index
        assert screen.focused is screen.article


async def test_compare_shows_a_conflicting_value_in_another_point_and_opens_it() -> None:
    """A figure that differs across points: the compare view of one point lists the
    other report's sentence with its value, and enter opens that report there."""
    briefing = briefing_of(
        "Congressman Jackson pleaded guilty on Wednesday to spending campaign money on"
        " personal items.\n\nRecords released later showed charges of $4,272.78 on a cruise,"
        " over $300 at a toy store and $5,687.75 on Martha's Vineyard Holistic Retreat.\n\n"
        "His wife also pleaded guilty to filing false tax returns.",
        "Former congressman Jackson pleaded guilty on Wednesday to spending campaign funds on"
        " himself.\n\nIn 2008 he used the money for a $466.30 dinner in Washington and a"
        " $5,587.75 vacation.\n\nHis wife pleaded guilty to filing false joint tax returns.",
    )
    app = BriefingApp(briefing)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        analysis = screen.analysis
        assert analysis is not None
        (conflict,) = analysis.conflicts
        assert len(conflict.points) == 2
        screen.jump_to_point(analysis.point_of["s1.1"])
        await pilot.press("enter")
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        members = compare.query_one("#compare-members", OptionList)
        rows = [members.get_option_at_index(i) for i in range(members.option_count)]
        assert [row.id for row in rows] == ["s1.1", None, "s2.1"]
        assert rows[1].disabled
        assert "$5,587.75 vacation" in str(rows[2].prompt)
        assert "key point" in str(rows[2].prompt)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.source_id == "s2"
        assert screen.article.cursor == 1


async def test_enter_on_a_sentence_compares_and_escape_returns() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        point = app.screen.point_id
        await pilot.press("right")
        moved = app.screen.point_id
        assert moved != point
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert screen.point_id == moved


# -- search -------------------------------------------------------------------------------------


def find_status(screen: ReaderScreen) -> str:
    return str(screen.find_bar.query_one("#find-status").render())


async def test_search_counts_moves_and_wraps() -> None:
    briefing = two_reports()
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash")
        assert isinstance(screen.focused, Input)
        await pilot.press(*"minister")
        await pilot.pause()
        assert find_status(screen) == "1 of 2 in 2 reports"
        await pilot.press("enter")
        assert find_status(screen) == "2 of 2 in 2 reports"
        assert screen.source_id == "s2", "the next match is in the other report"
        assert screen.focused is screen.article, "enter goes back to the text, as in vim"
        await pilot.press("n")
        assert find_status(screen).startswith("1 of 2"), "wraps to the first"
        assert "wrapped" in find_status(screen)
        assert screen.source_id == "s1"
        await pilot.press("N")
        assert find_status(screen).startswith("2 of 2")
        # Back in the field, the arrows move without leaving it.
        await pilot.press("slash")
        assert isinstance(screen.focused, Input)
        await pilot.press("down")
        assert find_status(screen).startswith("1 of 2")
        await pilot.press("up")
        assert find_status(screen).startswith("2 of 2")
        assert isinstance(screen.focused, Input)
        # escape from the text closes the bar too.
        screen.article.focus()
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.finding


async def test_search_highlights_the_hits_and_escape_clears_them() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("ctrl+f", *"defence")
        await pilot.pause()
        article = screen.article
        assert article._hits.spans, "hits are marked in the article"
        assert article._current_hit is not None
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.find_bar.display
        assert not article._hits.spans
        assert article._current_hit is None
        assert screen.focused is article
        await pilot.press("n")
        assert not article._hits.spans, "n does nothing once the bar is closed"


async def test_case_toggle_and_scope_toggle() -> None:
    app = BriefingApp(briefing_of("Apple apple APPLE.", "apple pie."), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"apple")
        await pilot.pause()
        assert find_status(screen) == "1 of 4 in 2 reports"
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert find_status(screen) == "1 of 2 in 2 reports"
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert find_status(screen) == "1 of 1"


async def test_bad_regex_shows_a_message_and_does_not_crash() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", "ctrl+r", *"(min")
        await pilot.pause()
        status = find_status(screen)
        assert "invalid regex" in status
        assert screen.find_bar.query_one("#find-status").has_class("-error")
        await pilot.press("enter", "n")
        await pilot.press(*["backspace"] * 5, *r"\d+-minute")
        await pilot.pause()
        assert find_status(screen) == "1 of 2 in 2 reports"


async def test_search_filter_shows_only_matching_points_and_sentences() -> None:
    briefing = two_reports()
    analysis = simple_analysis(briefing)
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"helicopters", "ctrl+l")
        await pilot.pause()
        assert screen.article.visible_sentences == [3]
        expected = {analysis.point_of["s1.3"]}
        assert set(screen.key_points.shown) == expected
        assert "Apache" in article_text(screen)
        assert "weather" not in article_text(screen)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert len(screen.key_points.shown) == len(analysis.points)
        assert "weather" in article_text(screen)


async def test_search_with_no_match_says_so() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"zebra")
        await pilot.pause()
        assert find_status(screen) == "no matches"
        await pilot.press("enter")
        assert find_status(screen) == "no matches"


# -- help, theme, palette, export --------------------------------------------------------------


async def test_help_lists_every_key() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-keys").render())
        for words in (
            "Find",
            "Next match",
            "Previous report",
            "Filter points",
            "Compare",
            "Regex",
            "1 … 9",
            "Quit",
        ):
            assert words in text, words
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_help_follows_the_keymap() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        app.set_keymap({"reader.next_source": "x"})
        await pilot.press("x")
        assert screen.source_id == "s2"
        await pilot.press("question_mark")
        await pilot.pause()
        text = str(app.screen.query_one("#help-keys").render())
        assert any(
            line.strip().startswith("x") and "Next report" in line for line in text.splitlines()
        )


async def test_t_toggles_light_and_dark() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        await ready(app, pilot)
        assert app.theme == "textual-dark"
        await pilot.press("t")
        assert app.theme == "textual-light"
        await pilot.press("t")
        assert app.theme == "textual-dark"


async def palette_run(app: BriefingApp, pilot: Pilot[None], query: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*query)
    await pilot.pause(0.5)
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_goes_to_a_source_and_changes_the_theme() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await palette_run(app, pilot, "report 2")
        assert screen.source_id == "s2"
        await palette_run(app, pilot, "Theme: nord")
        assert app.theme == "nord"
        await palette_run(app, pilot, "filter key points: differing")
        assert screen.key_points.status_filter == "differ"


async def test_palette_jumps_to_a_key_point() -> None:
    briefing = two_reports()
    analysis = simple_analysis(briefing)
    target = next(p for p in analysis.points if "framework" in p.text)
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await palette_run(app, pilot, "key point new framework")
        assert screen.key_points.highlighted_point == target.id
        assert screen.source_id == "s2", "the report carrying the point is shown"


@pytest.mark.parametrize(
    ("name", "marker"), [("out.md", "# Briefing"), ("out.json", '"schema_version"')]
)
async def test_export_writes_the_file(tmp_path: Path, name: str, marker: str) -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    target = tmp_path / name
    async with app.run_test(size=WIDE) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        field = app.screen.query_one(Input)
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
    assert marker in target.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file left behind"


async def test_export_never_overwrites_a_report(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    report.write_text(REPORT_A, encoding="utf-8")
    from briefing_tui.sources.loader import load_briefing

    briefing = load_briefing([report])
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        await ready(app, pilot)
        assert app.export(str(report), "markdown") is None
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("refusing to overwrite" in m for m in messages)
    assert report.read_text(encoding="utf-8") == REPORT_A


async def test_export_dialog_escape_cancels(tmp_path: Path) -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


# -- untrusted text ---------------------------------------------------------------------------------

NASTY = "[bold]x[/bold] [/] [link=https://e.x]y[/link] [@click=app.quit]z \x1b]0;t\x07"


async def test_markup_in_reports_is_shown_literally() -> None:
    text = f"---\ntitle: {NASTY}\noutlet: [Reuters] [/]\n---\n\nIt said {NASTY} today. Another sentence here."
    briefing = briefing_of(text, "It said nothing like that today. Another sentence here.")
    problems = (LoadProblem("[red]bad[/].txt", "could not read [/] it"),)
    briefing = Briefing(briefing.sources, problems)
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        shown = article_text(screen)
        assert "[bold]x[/bold] [/] [link=https://e.x]y[/link] [@click=app.quit]z ␛]0;t␇" in shown
        prompt = str(screen.source_list.get_option_at_index(0).prompt)
        assert "[Reuters] [/]" in prompt
        # The border title is stored as Content (Textual's str getter re-escapes it imperfectly).
        title = screen.article._border_title
        assert isinstance(title, Content)
        assert "[Reuters] [/]" in title.plain
        assert "[bold]x[/bold]" in screen.title
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("escape")
        await pilot.pause()
        await palette_run(app, pilot, "Reuters")
        assert app.is_running, "[@click=app.quit] did nothing"
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("escape")
        messages = [n.message for n in app._notifications]
        assert "[red]bad[/].txt: could not read [/] it" in messages
    # The escape sequence never reached the terminal: it was made visible.
    assert "\x1b]0;t" not in shown


# -- analysis worker ---------------------------------------------------------------------------------


async def test_keys_work_while_analysing_and_quit_is_prompt() -> None:
    analyse, seen = slow_analyse(30)
    app = BriefingApp(two_reports(), analyse=analyse)
    started = time.monotonic()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.2)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert seen["started"]
        assert screen.query_one("#progress").display
        await pilot.press("j", "2")
        assert screen.source_id == "s2"
        await pilot.press("ctrl+q")
        await pilot.pause(0.2)
    assert time.monotonic() - started < 5
    assert seen["cancelled"]


async def test_analysis_failure_is_reported_not_fatal() -> None:
    def broken(briefing: Briefing, progress: object, cancelled: object) -> object:
        raise ValueError("the [bold]model[/] broke")

    app = BriefingApp(two_reports(), analyse=broken)  # type: ignore[arg-type]
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        assert "no analysis" in screen.sub_title
        assert "the [bold]model[/] broke" in str(screen.key_points.get_option_at_index(0).prompt)
        await pilot.press("j")
        assert screen.article.cursor == 1, "the reports stay readable and navigable"


async def test_duplicates_are_named() -> None:
    app = BriefingApp(briefing_of(REPORT_B, REPORT_B), analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        assert "same report as" in str(screen.source_list.get_option_at_index(0).prompt)
        assert "the same report as" in article_text(screen)


async def test_a_ten_megabyte_report_does_not_freeze() -> None:
    paragraph = "The minister said the engines would arrive soon, officials said on Tuesday. " * 20
    huge = "\n\n".join(f"{n}. {paragraph}" for n in range(7000))
    assert len(huge) > 10_000_000
    from briefing_tui.model import Source

    # A source built directly: paragraphs only (segmenting 10 MB is the loader's business).
    paragraphs = []
    start = 0
    from briefing_tui.model import Paragraph

    for number, block in enumerate(huge.split("\n\n")):
        paragraphs.append(Paragraph(number, start, start + len(block), range(0)))
        start += len(block) + 2
    source = Source("s1", "Huge", "/tmp/huge.txt", huge, "utf-8", tuple(paragraphs), ())
    app = BriefingApp(Briefing((source,)), analyse=lambda b, p, c: simple_analysis(Briefing(())))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        started = time.perf_counter()
        await pilot.press("G")
        await pilot.press("pageup", "pageup")
        await pilot.pause()
        assert time.perf_counter() - started < 2
        assert screen.article.scroll_y > 100_000


async def test_too_many_points_lists_those_of_the_report_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing_tui.widgets import key_points

    monkeypatch.setattr(key_points, "LIST_LIMIT", 3)
    briefing = two_reports()
    analysis = simple_analysis(briefing)
    assert len(analysis.points) > 3
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        in_first = [p.id for p in analysis.points if "s1" in p.sources]
        assert screen.key_points.shown == in_first[:3]
        assert "in this report" in screen.key_points._border_title.plain
        await pilot.press("2")
        in_second = [p.id for p in analysis.points if "s2" in p.sources]
        assert screen.key_points.shown == in_second[:3]


async def test_tab_to_key_points_then_enter_compares_the_first_point() -> None:
    app = BriefingApp(two_reports(), analyse=simple_analyse)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("tab")
        assert screen.key_points.highlighted == 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.point_id == screen.key_points.shown[0]


async def test_a_click_after_wide_characters_selects_the_sentence_under_it() -> None:
    # "中国北京" takes eight cells for four characters: a click on "Li." must not
    # land four characters further on, in the next sentence.
    briefing = briefing_of(
        "Click\n\n中国北京 said Li. Next one is here.\n", "Other\n\nNext one is.\n"
    )
    app = BriefingApp(briefing, analyse=simple_analyse)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        article = screen.article
        row = article._text_rows[0] - int(article.scroll_y)
        for cell, sentence in ((14, 0), (18, 1), (0, 0)):
            await pilot.click(ArticleView, offset=(GUTTER + cell, row))
            await pilot.pause()
            assert article.cursor == sentence, cell
