"""The export dialog: where to write the briefing (the format follows the extension)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

FORMAT_NAMES = {"markdown": "Markdown", "json": "JSON"}


def format_of(path: str, default: str) -> str:
    """``"json"`` or ``"markdown"``, from the file name's extension (else ``default``)."""
    lowered = path.lower()
    if lowered.endswith(".json"):
        return "json"
    if lowered.endswith((".md", ".markdown", ".txt")):
        return "markdown"
    return default


class ExportScreen(ModalScreen[tuple[str, str] | None]):
    """Ask for a file name; dismisses with ``(path, format)`` or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel")
    ]

    def __init__(self, fmt: str, suggested: str) -> None:
        super().__init__()
        self.fmt = fmt
        self.suggested = suggested

    def compose(self) -> ComposeResult:
        with Vertical(id="export"):
            yield Static(
                Content(f"Export the briefing to {FORMAT_NAMES[self.fmt]}").stylize("bold")
            )
            yield Input(self.suggested, id="export-path")
            yield Static(
                Content(
                    "enter: write (atomically; the reports themselves are never overwritten) · escape: cancel\n"
                    "a name ending in .json writes JSON, .md writes Markdown"
                ).stylize("$text-muted")
            )

    def on_mount(self) -> None:
        """Focus the file name."""
        self.query_one(Input).focus()

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = event.value.strip()
        if path:
            self.dismiss((path, format_of(path, self.fmt)))

    def action_cancel(self) -> None:
        """Close without writing."""
        self.dismiss(None)
