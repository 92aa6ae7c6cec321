"""The source list: every loaded report, its outlet or date, and its sentence counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Source
from ..textsafe import visible
from .describe import Counts, fit_middle


def _source_prompt(
    number: int, source: Source, counts: Counts | None, duplicates: Sequence[str], width: int
) -> Content:
    """Two to four lines: number and label (on one line); outlet/date; counts; duplicates."""
    label = Content(fit_middle(" ".join(visible(source.label).split()), max(8, width - 2)))
    head = Content.assemble(
        (f"{number} " if number <= 9 else "  ", "$text-muted"), label.stylize("bold")
    )
    details = [visible(source.outlet) if source.outlet and source.outlet != source.label else ""]
    if source.date:
        details.append(source.date.isoformat())
    if not any(details) and source.name != source.label:
        details.append(visible(source.name))
    shown = " · ".join(d for d in details if d).replace("\n", " ") or "no outlet/date"
    meta = Content("  " + fit_middle(shown, max(8, width - 2))).stylize("$text-muted")
    lines = [head, meta]
    if counts is not None:
        lines.append(
            Content.assemble(
                "  ",
                (f"✓{counts.agree}", "$text-success"),
                " ",
                (f"≠{counts.differ}", "$text-warning"),
                " ",
                (f"◆{counts.single}", "$text-primary"),
            )
        )
    if duplicates:
        lines.append(Content(f"  = same report as {', '.join(duplicates)}").stylize("$text-error"))
    return Content("\n").join(lines)


class SourceList(OptionList):
    """The loaded reports; highlighting one shows it in the article pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next source", show=False, id="sources.down"),
        Binding("k", "cursor_up", "Previous source", show=False, id="sources.up"),
        Binding("g", "first", "First source", show=False, id="sources.first"),
        Binding("G", "last", "Last source", show=False, id="sources.last"),
        Binding("enter", "select", "Read", tooltip="Read this report", id="sources.open"),
    ]

    class Chosen(Message):
        """The reader highlighted a source: show it."""

        def __init__(self, source_list: SourceList, source_id: str, *, read: bool = False) -> None:
            super().__init__()
            self.source_list = source_list
            self.source_id = source_id
            self.read = read
            """True when the reader pressed enter: move on to the article."""

        @property
        def control(self) -> SourceList:
            """The source list that sent this."""
            return self.source_list

    def __init__(
        self, sources: Sequence[Source], *, id: str | None = None, classes: str | None = None
    ) -> None:
        self._sources = list(sources)
        self._counts: Mapping[str, Counts] = {}
        self._duplicates: Mapping[str, Sequence[str]] = {}
        self._width = 28
        super().__init__(
            *(
                Option(_source_prompt(n, s, None, (), self._width), id=s.id)
                for n, s in enumerate(self._sources, 1)
            ),
            id=id,
            classes=classes,
        )

    def set_counts(
        self, counts: Mapping[str, Counts], duplicates: Mapping[str, Sequence[str]]
    ) -> None:
        """Show each source's sentence counts, and which sources are the same report."""
        self._counts = counts
        self._duplicates = duplicates
        self._refresh_prompts()

    def _refresh_prompts(self) -> None:
        for number, source in enumerate(self._sources, 1):
            prompt = _source_prompt(
                number,
                source,
                self._counts.get(source.id),
                self._duplicates.get(source.id, ()),
                self._width,
            )
            self.replace_option_prompt(source.id, prompt)

    def on_resize(self) -> None:
        """Fit the labels to the new width, one line each."""
        width = self.scrollable_content_region.width - 2
        if width > 0 and width != self._width:
            self._width = width
            self._refresh_prompts()

    def choose(self, source_id: str) -> None:
        """Highlight a source without announcing it (the screen already knows)."""
        index = self.get_option_index(source_id)
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = index

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(self, event.option.id))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(self, event.option.id, read=True))
