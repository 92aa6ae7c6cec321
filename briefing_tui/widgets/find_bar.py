"""The find bar: a query, Regex / Case / All reports / Filter toggles, and the match count.

Modelled on Textualize toolong's find dialog: every keystroke posts a
:class:`FindBar.Changed` (which coalesces when they come faster than they are
handled), and the screen that owns the search answers with
:meth:`FindBar.show_status`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Self

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.widgets import Checkbox, Input, Static

HINT = "enter: go to it, then n/N · ↓ ↑ next/previous · esc close"
"""What the bar's second row says when there is no error to show."""


@dataclass(frozen=True, slots=True)
class Query:
    """What the find bar asks for."""

    pattern: str = ""
    regex: bool = False
    case: bool = False
    everywhere: bool = True
    """Search every report (False: only the one shown)."""
    filter: bool = False
    """Show only the key points and sentences that match."""


class FindInput(Input):
    """The query field: an Input whose typing does not re-lay out the whole screen.

    Textual's Input sets its ``virtual_size`` (a reactive with ``layout=True``) on
    every keystroke, so each key re-arranges and repaints every widget on the
    screen.  This field has a fixed size in the bar, so its own changes never
    move anything else: a layout request from it is served as a repaint.
    """

    def refresh(
        self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False
    ) -> Self:
        """Repaint (and recompose if asked); never re-lay out the screen."""
        return super().refresh(
            *regions, repaint=repaint or layout, layout=False, recompose=recompose
        )


class FindBar(Vertical):
    """Incremental search over the briefing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close find", id="find.close"),
        # The bar shows its own key hints, so only escape is repeated in the footer.
        Binding("down", "next_match", "Next match", show=False, id="find.next"),
        Binding(
            "shift+enter,up", "previous_match", "Previous match", show=False, id="find.previous"
        ),
        Binding("ctrl+r", "toggle_option('regex')", "Regex on/off", show=False, id="find.regex"),
        Binding(
            "ctrl+t", "toggle_option('case')", "Case-sensitive on/off", show=False, id="find.case"
        ),
        Binding(
            "ctrl+o",
            "toggle_option('everywhere')",
            "All reports / this report",
            show=False,
            id="find.scope",
        ),
        Binding(
            "ctrl+l",
            "toggle_option('filter')",
            "Filter: only matching points and sentences",
            show=False,
            id="find.filter",
        ),
    ]

    class Changed(Message):
        """The query changed."""

        def __init__(self, find_bar: FindBar, query: Query) -> None:
            super().__init__()
            self.find_bar = find_bar
            self.query = query

        @property
        def control(self) -> FindBar:
            """The find bar that sent this."""
            return self.find_bar

        def can_replace(self, message: Message) -> bool:
            """A newer query makes an unhandled older one moot."""
            return isinstance(message, FindBar.Changed)

    class Moved(Message):
        """The reader asked for the next (1) or previous (-1) match."""

        def __init__(self, find_bar: FindBar, direction: int) -> None:
            super().__init__()
            self.find_bar = find_bar
            self.direction = direction

        @property
        def control(self) -> FindBar:
            """The find bar that sent this."""
            return self.find_bar

    class Submitted(Message):
        """Enter was pressed: go to the next match and back to the text, as in vim and less."""

        def __init__(self, bar: FindBar) -> None:
            super().__init__()
            self.bar = bar

        @property
        def control(self) -> FindBar:
            """The find bar."""
            return self.bar

    class Closed(Message):
        """The reader closed the find bar."""

        def __init__(self, find_bar: FindBar) -> None:
            super().__init__()
            self.find_bar = find_bar

        @property
        def control(self) -> FindBar:
            """The find bar that sent this."""
            return self.find_bar

    def compose(self) -> ComposeResult:
        with Horizontal(id="find-row"):
            yield Static(Content("Find"), id="find-label")
            yield FindInput(
                placeholder="text, or a regex with ctrl+r",
                id="find-input",
                compact=True,
                select_on_focus=False,
            )
            yield Static(id="find-status")
        with Horizontal(id="find-options"):
            for name, label, key in (
                ("regex", "Regex", "^r"),
                ("case", "Case", "^t"),
                ("everywhere", "All reports", "^o"),
                ("filter", "Filter", "^l"),
            ):
                box = Checkbox(
                    f"{label} {key}", value=name == "everywhere", id=f"find-{name}", compact=True
                )
                box.can_focus = False
                yield box
            yield Static(Content(HINT), id="find-hint")

    @property
    def input(self) -> Input:
        """The query input."""
        return self.query_one("#find-input", Input)

    @property
    def current(self) -> Query:
        """The query as the bar stands."""
        return Query(
            pattern=self.input.value,
            regex=self.query_one("#find-regex", Checkbox).value,
            case=self.query_one("#find-case", Checkbox).value,
            everywhere=self.query_one("#find-everywhere", Checkbox).value,
            filter=self.query_one("#find-filter", Checkbox).value,
        )

    def open(self) -> None:
        """Show the bar and focus its input, with the previous query selected."""
        self.display = True
        # Focus now, not after a refresh: keys typed straight after "/" must reach the input.
        self.screen.set_focus(self.input)
        self.input.select_all()

    def show_status(self, text: str, *, error: bool = False) -> None:
        """Show the match count, or an error message (styled as one, in a wider box)."""
        status = self.query_one("#find-status", Static)
        # A fixed-size box: updating it needs no new layout (this runs on every keystroke);
        # only switching to or from an error (a wider box) lays the bar out again.
        status.update(Content(text), layout=False)
        status.set_class(error, "-error")
        self.input.set_class(error, "-invalid")

    def action_close(self) -> None:
        """Hide the bar; the screen clears the highlights."""
        self.display = False
        self.post_message(self.Closed(self))

    def action_next_match(self) -> None:
        """Go to the next match."""
        self.post_message(self.Moved(self, 1))

    def action_previous_match(self) -> None:
        """Go to the previous match."""
        self.post_message(self.Moved(self, -1))

    def action_toggle_option(self, name: str) -> None:
        """Flip one of the toggles."""
        box = self.query_one(f"#find-{name}", Checkbox)
        box.value = not box.value

    @on(Input.Changed, "#find-input")
    @on(Checkbox.Changed)
    def _query_changed(self, event: Input.Changed | Checkbox.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self, self.current))

    @on(Input.Submitted, "#find-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self))
