"""The compare view: one key point's sentences from every report, aligned.

Each report that carries the point gets a row: its label in a fixed left
column and its sentence beside it, with the words the other reports lack
emphasised and conflicting values marked.  The sentences of other key points
that hold a value of the point's conflicts follow.  Reports that lack the point
are named.  Enter opens the report at that sentence; left / right go to the
previous / next key point.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from ..model import KeyPoint, Member, by_report
from ..textsafe import visible
from ..widgets.describe import (
    BADGE,
    STATUS_NAME,
    Index,
    describe_point,
    point_meaning,
)
from ..widgets.key_points import STATUS_STYLE

LABEL_WIDTH = 18
UNIQUE_STYLE = "bold underline"
CONFLICT_STYLE = "bold reverse $text-error"


def member_content(index: Index, point: KeyPoint, member: Member) -> Content:
    """A member's sentence with its own words emphasised and its conflicting values marked."""
    sentence = index.briefing.sentence(member.sentence)
    content = Content(" ".join(visible(sentence.text).split("\n")))
    if len(point.sources) > 1:
        for start, end in member.spans:
            content = content.stylize(UNIQUE_STYLE, start - sentence.start, end - sentence.start)
    return _mark_conflicts(index, point, member.sentence, content)


def _mark_conflicts(index: Index, point: KeyPoint, sentence_id: str, content: Content) -> Content:
    """``content`` (the sentence's text) with the values of the point's conflicts that
    stand in that sentence marked."""
    sentence = index.briefing.sentence(sentence_id)
    for conflict_id in point.conflicts:
        conflict = index.conflicts.get(conflict_id)
        if conflict is None:
            continue
        for value in conflict.values:
            if value.sentence == sentence_id:
                content = content.stylize(
                    CONFLICT_STYLE, value.start - sentence.start, value.end - sentence.start
                )
    return content


def conflicting_elsewhere(index: Index, point: KeyPoint) -> list[str]:
    """The sentences outside the point that hold a value of one of its conflicts (a
    figure that differs across points), in the order the conflicts give them."""
    mine = {member.sentence for member in point.members}
    found: list[str] = []
    for conflict_id in point.conflicts:
        conflict = index.conflicts.get(conflict_id)
        if conflict is None:
            continue
        for value in by_report(conflict.values, index.sources):
            if value.sentence not in mine and value.sentence not in found:
                found.append(value.sentence)
    return found


@dataclass(frozen=True, slots=True)
class CompareResult:
    """Where the reader left the compare view."""

    point_id: str
    """The point compared last (left / right may have moved on from the first)."""
    open: tuple[str, int] | None = None
    """``(source id, sentence index)`` to open, or None to go back as before."""


class CompareScreen(Screen[CompareResult]):
    """A point's sentences side by side; enter opens a report at that sentence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss_compare", "Back", id="compare.back"),
        Binding(
            "left,left_square_bracket,p", "step_point(-1)", "Prev point", id="compare.previous"
        ),
        Binding("right,right_square_bracket,n", "step_point(1)", "Next point", id="compare.next"),
        Binding("j", "cursor('down')", "Down", show=False, id="compare.down"),
        Binding("k", "cursor('up')", "Up", show=False, id="compare.up"),
    ]

    def __init__(
        self, index: Index, point_id: str, order: Sequence[str], labels: Mapping[str, str]
    ) -> None:
        super().__init__()
        self.index = index
        self.briefing = index.briefing
        self.analysis = index.analysis
        self.point_id = point_id
        self.order = list(order)
        self.labels = labels
        self.title = "Compare"

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="compare"):
            yield Static(id="compare-point")
            yield OptionList(id="compare-members")
            yield Static(id="compare-missing")
        yield Footer()

    def on_mount(self) -> None:
        """Show the point."""
        self._show()
        self.query_one("#compare-members", OptionList).focus()

    @property
    def point(self) -> KeyPoint:
        """The point compared."""
        return self.index.points[self.point_id]

    def _show(self) -> None:
        point = self.point
        numbers = {s.id: n for n, s in enumerate(self.briefing.sources, 1)}
        position = self.order.index(self.point_id) + 1 if self.point_id in self.order else 0
        badge = Content(f" {BADGE[point.status]} {STATUS_NAME[point.status]} ").stylize(
            STATUS_STYLE[point.status]
        )
        head = [
            Content.assemble(
                badge,
                (
                    f"  key point {position} of {len(self.order)} · {point_meaning(point)}",
                    "$text-muted",
                ),
            ),
            Content(" ".join(visible(point.text).split())).stylize("bold"),
        ]
        for line in describe_point(self.index, point, self.labels):
            mark = "≠ " if " differs" in line or "contradiction" in line else "+ "
            head.append(
                Content(mark + line).stylize("$text-warning" if mark == "≠ " else "$text-muted")
            )
        head.append(
            Content.assemble(
                ("legend: ", "$text-muted"),
                Content("words only this report has").stylize(UNIQUE_STYLE),
                ("  ", ""),
                Content("conflicting value").stylize(CONFLICT_STYLE),
            )
        )
        self.query_one("#compare-point", Static).update(Content("\n").join(head))
        members = self.query_one("#compare-members", OptionList)
        width = max(LABEL_WIDTH + 20, members.scrollable_content_region.width - 2)
        highlighted = members.highlighted
        members.clear_options()
        for member in by_report(point.members, self.index.sources):
            body = member_content(self.index, point, member)
            members.add_option(self._row(member.sentence, body, "", numbers, width))
            members.add_option(None)
        elsewhere = conflicting_elsewhere(self.index, point)
        if elsewhere:
            heading = "The conflicting values in other key points (enter opens the report there):"
            members.add_option(Option(Content(heading).stylize("$text-muted"), disabled=True))
            for sentence_id in elsewhere:
                text = " ".join(visible(self.briefing.sentence(sentence_id).text).split("\n"))
                body = _mark_conflicts(self.index, point, sentence_id, Content(text))
                other = self.analysis.point_of.get(sentence_id)
                number = self.order.index(other) + 1 if other in self.order else 0
                in_point = f" · key point {number}" if number else ""
                members.add_option(self._row(sentence_id, body, in_point, numbers, width))
                members.add_option(None)
        if point.members:
            members.highlighted = (
                highlighted if highlighted is not None and highlighted < len(point.members) else 0
            )
        missing = [
            self.labels.get(s.id, s.id) for s in self.briefing.sources if s.id not in point.sources
        ]
        text = f"Not in: {', '.join(missing)}" if missing else "Every report carries this point."
        self.query_one("#compare-missing", Static).update(Content(text).stylize("$text-muted"))
        self.sub_title = f"point {position} of {len(self.order)}"

    def _row(
        self, sentence_id: str, body: Content, after: str, numbers: Mapping[str, int], width: int
    ) -> Option:
        """One report's sentence: its label in the left column, the sentence wrapped
        beside it, then where it stands (and ``after``, muted)."""
        sentence = self.briefing.sentence(sentence_id)
        label = self.labels.get(sentence.source, sentence.source)
        tag = f"{numbers.get(sentence.source, 0)} {label}"
        tag = tag if len(tag) <= LABEL_WIDTH - 1 else tag[: LABEL_WIDTH - 2] + "…"
        where = f"paragraph {sentence.paragraph + 1}, sentence {sentence.index + 1}{after}"
        lines = Content.assemble(body, ("  " + where, "$text-muted")).wrap(width - LABEL_WIDTH)
        indent = Content(" " * LABEL_WIDTH)
        rows = [
            Content.assemble(
                Content(f"{tag:<{LABEL_WIDTH}}").stylize("bold"), lines[0] if lines else ""
            )
        ]
        rows += [Content.assemble(indent, line) for line in lines[1:]]
        return Option(Content("\n").join(rows), id=sentence_id)

    def on_resize(self, event: events.Resize) -> None:
        """Wrap the sentences again at the new width."""
        self.call_after_refresh(self._show)

    @on(OptionList.OptionSelected, "#compare-members")
    def _open(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        sentence_id = event.option.id
        if sentence_id is not None:
            source_id, _, index = sentence_id.rpartition(".")
            self.dismiss(CompareResult(self.point_id, (source_id, int(index))))

    def action_dismiss_compare(self) -> None:
        """Go back to the reader, where it was."""
        self.dismiss(CompareResult(self.point_id))

    def action_step_point(self, delta: int) -> None:
        """Compare the previous or next key point (in the key points pane's order)."""
        if not self.order:
            return
        position = self.order.index(self.point_id) if self.point_id in self.order else 0
        self.point_id = self.order[(position + delta) % len(self.order)]
        self.query_one("#compare-members", OptionList).highlighted = None
        self._show()

    def action_cursor(self, direction: str) -> None:
        """Move in the list of reports (vim keys)."""
        members = self.query_one("#compare-members", OptionList)
        if direction == "down":
            members.action_cursor_down()
        else:
            members.action_cursor_up()
