"""The reader's commands in the command palette (ctrl+p).

Go to a report, jump to a key point, export, filter the key points, change
the theme, find, help.  Report labels and point wordings are untrusted text:
they are shown as :class:`Content`, never parsed as markup (Textual's own
``Matcher.highlight`` parses its candidate as markup, so it is not used).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.style import Style

from ..model import Status
from ..widgets.describe import BADGE, shorten

if TYPE_CHECKING:
    from ..app import BriefingApp
    from .reader import ReaderScreen

_FILTERS: tuple[tuple[Status | None, str], ...] = (
    (None, "all"),
    ("agree", "agreed"),
    ("differ", "differing"),
    ("single", "single-source"),
)

_MATCH_STYLE = Style(reverse=True)


def highlight(matcher: Matcher, text: str) -> Content:
    """``text`` as literal Content with the characters the query matched highlighted."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if score:
        for offset in offsets:
            if not text[offset].isspace():
                content = content.stylize(_MATCH_STYLE, offset, offset + 1)
    return content


class BriefingCommands(Provider):
    """Commands over the briefing: reports, key points, export, filters, themes."""

    def _commands(self, *, everything: bool) -> Iterator[tuple[str, Callable[[], object], str]]:
        screen = cast("ReaderScreen", self.screen)
        app = cast("BriefingApp", self.app)
        for number, source in enumerate(screen.briefing.sources, 1):
            label = screen.labels[source.id]
            yield (
                f"Go to report {number}: {label}",
                partial(screen.show_source, source.id),
                "Show this report",
            )
        yield ("Find in the reports", screen.action_open_find, "Open the find bar (/ or ctrl+f)")
        yield (
            "Export the briefing to Markdown…",
            partial(app.action_export, "markdown"),
            "Write a .md file",
        )
        yield (
            "Export the briefing to JSON…",
            partial(app.action_export, "json"),
            "Write a .json file",
        )
        for status, name in _FILTERS:
            yield (
                f"Filter key points: {name}",
                partial(screen.filter_points, status),
                "Also: f cycles filters",
            )
        yield ("Toggle light / dark theme", app.action_toggle_theme, "Also: t")
        yield ("Help: keys and colours", app.action_show_help, "Also: ?")
        if everything:
            for theme in sorted(app.available_themes):
                yield (f"Theme: {theme}", partial(app.set_theme, theme), "Change the colours")
            if screen.analysis is not None:
                for point in screen.analysis.points:
                    text = f"Key point {BADGE[point.status]} {shorten(point.text, 90)}"
                    yield (text, partial(screen.jump_to_point, point.id), "Select this key point")

    async def discover(self) -> Hits:
        """The main commands, shown before anything is typed."""
        for text, callback, help_text in self._commands(everything=False):
            yield DiscoveryHit(Content(text), callback, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        """Every command whose text fuzzily matches ``query``."""
        matcher = self.matcher(query)
        for text, callback, help_text in self._commands(everything=True):
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, highlight(matcher, text), callback, text=text, help=help_text)
