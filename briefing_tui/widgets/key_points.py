"""The key points pane: each consolidated point, its status, its sources, its differences."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import KeyPoint, Status, report_order
from .describe import (
    BADGE,
    STATUS_NAME,
    STATUSES,
    Index,
    describe_point,
    shorten,
)

FILTER_NAMES: Mapping[Status | None, str] = {
    None: "all",
    "agree": "agreed",
    "differ": "differing",
    "single": "single-source",
}
"""What each key point filter is called."""

STATUS_STYLE: Mapping[Status, str] = {
    "agree": "bold $text-success",
    "differ": "bold $text-warning",
    "single": "bold $text-primary",
}
"""Content styles (theme variables) for each status badge."""

MAX_POINT_TEXT = 280

LIST_LIMIT = 400
"""At most this many points are listed at once.  A briefing with more lists the
points of the report shown (the palette and the search still reach them all)."""


def point_prompt(
    index: Index, point: KeyPoint, labels: Mapping[str, str], numbers: Mapping[str, int]
) -> Content:
    """A point as the pane shows it: badge, sources, wording, and what differs."""
    badge = Content(f"{BADGE[point.status]} {STATUS_NAME[point.status]}").stylize(
        STATUS_STYLE[point.status]
    )
    carriers = ", ".join(
        f"{numbers[s]} {shorten(labels.get(s, s), 24)}"
        if numbers.get(s, 99) <= 9
        else shorten(labels.get(s, s), 24)
        for s in report_order(point.sources, index.sources)
    )
    head = Content.assemble(
        badge, ("  ", ""), Content(shorten(carriers, 120)).stylize("$text-muted")
    )
    lines = [head, Content(shorten(point.text, MAX_POINT_TEXT))]
    for line in describe_point(index, point, labels)[:4]:
        mark = "≠ " if " differs" in line or "contradiction" in line else "+ "
        lines.append(
            Content(mark + line).stylize("$text-warning" if mark == "≠ " else "$text-muted")
        )
    return Content("\n").join(lines)


class KeyPoints(OptionList):
    """Consolidated key points; filterable by status and by the search."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next point", show=False, id="points.down"),
        Binding("k", "cursor_up", "Previous point", show=False, id="points.up"),
        Binding("g", "first", "First point", show=False, id="points.first"),
        Binding("G", "last", "Last point", show=False, id="points.last"),
        Binding(
            "enter",
            "select",
            "Compare",
            tooltip="Compare this point across reports",
            id="points.open",
        ),
    ]

    class Highlighted(Message):
        """The reader moved to a key point."""

        def __init__(self, key_points: KeyPoints, point_id: str) -> None:
            super().__init__()
            self.key_points = key_points
            self.point_id = point_id

        @property
        def control(self) -> KeyPoints:
            """The key points pane that sent this."""
            return self.key_points

    class Opened(Highlighted):
        """The reader pressed enter on a key point: compare it across reports."""

    class FilterChanged(Message):
        """The status filter changed."""

        def __init__(self, key_points: KeyPoints, status: Status | None) -> None:
            super().__init__()
            self.key_points = key_points
            self.status = status

        @property
        def control(self) -> KeyPoints:
            """The key points pane that sent this."""
            return self.key_points

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._index: Index | None = None
        self._scope: str | None = None
        self._labels: Mapping[str, str] = {}
        self._numbers: Mapping[str, int] = {}
        self._status: Status | None = None
        self._matching: frozenset[str] | None = None
        self._prompts: dict[str, Content] = {}
        self.border_title = "Key points"

    @property
    def status_filter(self) -> Status | None:
        """The status shown (None: every status)."""
        return self._status

    @property
    def shown(self) -> list[str]:
        """The ids of the points listed, in order."""
        return [option.id for option in self.options if option.id is not None]

    @property
    def highlighted_point(self) -> str | None:
        """The id of the highlighted point, if any."""
        option = self.highlighted_option
        return option.id if option is not None else None

    def show_message(self, message: str) -> None:
        """Show a line of text instead of points (while analysing, or when there is none)."""
        self.clear_options()
        self.add_option(Option(Content(message).stylize("$text-muted"), disabled=True))

    def set_analysis(self, index: Index, labels: Mapping[str, str]) -> None:
        """List the analysis's points (``index`` is the briefing and its analysis, indexed)."""
        self._index = index
        self._labels = labels
        self._numbers = {s.id: n for n, s in enumerate(index.briefing.sources, 1)}
        self._prompts = {}
        self._refill()

    @property
    def scoped(self) -> bool:
        """True when there are too many points to list and only the report shown's are."""
        return self._index is not None and len(self._index.analysis.points) > LIST_LIMIT

    def set_scope(self, source_id: str | None) -> None:
        """The report shown: its points are the ones listed when there are too many to list."""
        if source_id != self._scope:
            self._scope = source_id
            if self.scoped:
                self._refill()

    def set_status_filter(self, status: Status | None) -> None:
        """Show only points with this status (None: all)."""
        if status != self._status:
            self._status = status
            self._refill()
            self.post_message(self.FilterChanged(self, status))

    def set_match_filter(self, point_ids: Collection[str] | None) -> None:
        """Show only these points (the search filter); None shows every point."""
        new = None if point_ids is None else frozenset(point_ids)
        if new != self._matching:
            self._matching = new
            self._refill()

    def select(self, point_id: str | None) -> None:
        """Highlight a point without announcing it; a point not listed leaves no highlight."""
        index: int | None
        try:
            index = None if point_id is None else self.get_option_index(point_id)
        except Exception:
            index = None
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = index
        if index is not None:
            self.scroll_to_highlight()

    def action_cycle_filter(self) -> None:
        """Show all points, then agreed, differing and single-source ones in turn."""
        order: list[Status | None] = [None, *STATUSES]
        self.set_status_filter(order[(order.index(self._status) + 1) % len(order)])

    def _prompt(self, point: KeyPoint) -> Content:
        prompt = self._prompts.get(point.id)
        if prompt is None and self._index is not None:
            prompt = point_prompt(self._index, point, self._labels, self._numbers)
            self._prompts[point.id] = prompt
        return prompt or Content(point.text)

    def _refill(self) -> None:
        index = self._index
        if index is None:
            return
        previous = self.highlighted_point
        total = len(index.analysis.points)
        candidates: list[KeyPoint] = list(index.analysis.points)
        scope = ""
        if self.scoped and self._scope is not None and self._matching is None:
            candidates = index.points_of_source.get(self._scope, [])
            scope = " in this report"
        points = [
            p
            for p in candidates
            if (self._status is None or p.status == self._status)
            and (self._matching is None or p.id in self._matching)
        ]
        name = FILTER_NAMES[self._status]
        search = " matching the search" if self._matching is not None else ""
        self.border_title = Content(
            f"Key points{scope} · {name}{search} · {len(points)} of {total}"
        )
        with self.prevent(OptionList.OptionHighlighted):
            self.clear_options()
            if points:
                options: list[Option | None] = []
                for point in points[:LIST_LIMIT]:
                    options += [Option(self._prompt(point), id=point.id), None]
                self.add_options(options[:-1])
                if len(points) > LIST_LIMIT:
                    more = len(points) - LIST_LIMIT
                    note = f"… and {more} more: filter (f) or search (/ with ctrl+l) to narrow the list"
                    self.add_option(Option(Content(note).stylize("$text-muted"), disabled=True))
            else:
                what = "key points" if self._status is None else f"{name} points"
                self.add_option(
                    Option(
                        Content(f"No {what}{search}{scope}.").stylize("$text-muted"), disabled=True
                    )
                )
        self.select(previous)
        if self.has_focus:
            self._highlight_first()

    def _highlight_first(self) -> None:
        """With nothing highlighted, highlight the first point (so enter has a target)."""
        if (
            self.highlighted is None
            and self.option_count
            and not self.get_option_at_index(0).disabled
        ):
            self.highlighted = 0

    def _on_focus(self, event: events.Focus) -> None:
        """Arriving with nothing highlighted highlights the first point."""
        self._highlight_first()

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Highlighted(self, event.option.id))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Opened(self, event.option.id))
