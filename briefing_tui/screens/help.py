"""The help screen (?): every key, read from the bindings themselves, and every colour.

The key table is built from the ``BINDINGS`` of the app, the screens and the
panes, with any keymap the user set applied, so it cannot drift from what the
keys do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

from ..widgets.describe import BADGE, STATUS_MEANING

LEGEND: tuple[tuple[str, str], ...] = (
    ("legend-agree", f"{BADGE['agree']} agreed: {STATUS_MEANING['agree']}"),
    ("legend-differ", f"{BADGE['differ']} differs: {STATUS_MEANING['differ']}"),
    ("legend-single", f"{BADGE['single']} one source: {STATUS_MEANING['single']}"),
    (
        "legend-unique",
        "words only this report has (the others word it differently or leave it out)",
    ),
    (
        "legend-conflict",
        "a conflicting value: a number, date, name or negation the reports disagree on",
    ),
    ("legend-cursor", "the sentence under the cursor (the selected key point's sentence)"),
    ("legend-match", "a search match"),
    ("legend-match-current", "the current search match (n / N move)"),
)
"""Sample class and meaning of each colour in the article pane; app.tcss styles the samples."""

EXTRA_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Lists", "up, down", "Move (sources, key points, compare)"),
    ("Lists", "home, end, pageup, pagedown", "First, last, page"),
    ("Lists", "enter", "Open: the report, or the compare view of the point"),
    ("Everywhere", "tab, shift+tab", "Next / previous pane"),
    ("Everywhere", "ctrl+p", "Command palette: reports, key points, export, filters, themes"),
    ("Everywhere", "mouse", "Click a report, a sentence or a point; the wheel scrolls"),
)


def _keys(binding: Binding, keymap: Mapping[str, str], display: DOMNode) -> str:
    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    shown = []
    for key in keys.split(","):
        key = key.strip()
        try:
            shown.append(display.app.get_key_display(replace(binding, key=key)))
        except Exception:
            shown.append(key)
    return ", ".join(dict.fromkeys(shown))


def key_rows(
    sections: Iterable[tuple[str, Iterable[BindingType]]], keymap: Mapping[str, str], node: DOMNode
) -> list[tuple[str, str, str]]:
    """``(section, keys, description)`` for every binding, grouped as given."""
    rows: list[tuple[str, str, str]] = []
    for section, bindings in sections:
        seen: dict[str, int] = {}
        for binding in bindings:
            if not isinstance(binding, Binding):
                continue
            keys = _keys(binding, keymap, node)
            description = binding.description or binding.action
            if binding.action.startswith("choose_source("):
                description = "Show report 1-9"
                keys = "1 … 9"
            if description in seen:
                continue
            seen[description] = len(rows)
            rows.append((section, keys, description))
    return rows


class HelpScreen(ModalScreen[None]):
    """Every key and every colour; escape, ? or q close it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "app.pop_screen", "Close help", id="help.close"),
    ]

    def __init__(self, sections: Iterable[tuple[str, Iterable[BindingType]]]) -> None:
        super().__init__()
        self._sections = list(sections)

    def compose(self) -> ComposeResult:
        keymap: Mapping[str, str] = getattr(self.app, "_keymap", {}) or {}
        rows = key_rows(self._sections, keymap, self.app)
        rows += list(EXTRA_KEYS)
        width = max(len(keys) for _, keys, _ in rows) + 2
        lines: list[Content] = [Content("Keys").stylize("bold $text-primary")]
        section = ""
        for name, keys, description in rows:
            if name != section:
                lines.append(Content(""))
                lines.append(Content(name).stylize("bold"))
                section = name
            lines.append(Content.assemble((f"  {keys:<{width}}", "$text-accent"), description))
        with VerticalScroll(id="help"):
            yield Static(Content("\n").join(lines), id="help-keys")
            yield Static(Content("\nColours in the article pane").stylize("bold $text-primary"))
            for sample, meaning in LEGEND:
                with Horizontal(classes="legend-row"):
                    yield Static(Content(" sample "), classes=f"legend-sample {sample}")
                    yield Static(Content(meaning), classes="legend-text")
            yield Static(
                Content(
                    "\nThe source list counts each report's sentences: ✓ agreed, ≠ differs, ◆ only in it. "
                    "'=' marks reports that are the same report. "
                    "The key points pane shows each point's status, the reports that carry it (by number), "
                    "and what differs between them. Press escape to close."
                ),
                id="help-notes",
            )
