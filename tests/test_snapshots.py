"""Snapshot tests of the main views at 80x24 and 160x48 (plain def: snap_compare runs its own loop).

The analysis is built by the test helper, not the real analysis, so these
pictures change when the reader changes, not when the analysis is tuned.
Update them with ``pytest tests/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import pytest
from test_app_support import bundled, simple_analyse
from textual.pilot import Pilot
from textual.widgets import Input

from briefing_tui.app import BriefingApp

SIZES = [(80, 24), (160, 48)]


def make_app(theme: str = "textual-dark") -> BriefingApp:
    app = BriefingApp(bundled(), analyse=simple_analyse)
    app.theme = theme
    return app


def settle(*keys: str, then: Iterable[str] = ()) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Wait for the analysis, press ``keys``, stop cursors blinking, press ``then``."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.press(*then)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_reader(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=settle("j", "j", "j"))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_reader_light(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(
        make_app("textual-light"), terminal_size=size, run_before=settle("j", "j", "j")
    )


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_key_points_focused(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=settle("tab", "down", "down"))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_compare_view(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=settle("j", "j", "enter"))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_find_bar(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(
        make_app(), terminal_size=size, run_before=settle("slash", *"defence", then=["enter"])
    )


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_find_bar_regex_error(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(
        make_app(), terminal_size=size, run_before=settle("slash", "ctrl+r", *"(defence")
    )


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_help(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=settle("question_mark"))


def test_search_filter(snap_compare: Any) -> None:
    keys = ("slash", *"Apache", "ctrl+l")
    assert snap_compare(make_app(), terminal_size=(160, 48), run_before=settle(*keys))
