"""The Textual reader: the app, its bindings, the analysis worker, themes and export.

``BriefingApp(briefing).run()`` shows the reports at once and analyses them
in a thread worker; the key points and tints appear when the analysis is
done, and the keys work all the while.  Quitting cancels the analysis through
the ``cancelled`` callable it is given, so the process exits promptly.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.worker import Worker, WorkerState, get_current_worker

from .model import Analysis, Briefing
from .screens.reader import ReaderScreen

Analyse = Callable[[Briefing, Callable[[float], None], Callable[[], bool]], Analysis]
"""An analysis function: ``analyse(briefing, progress, cancelled) -> Analysis``."""

DEFAULT_THEME = "textual-dark"
ANALYSIS_DELAY = 0.05
"""Seconds between the first frame and the start of the analysis."""
MAX_PROBLEM_NOTES = 5
"""Load problems beyond this many are summed up in one notification."""


def default_analyse(
    briefing: Briefing, progress: Callable[[float], None], cancelled: Callable[[], bool]
) -> Analysis:
    """The project's analysis (imported here, in the worker, so start-up does not pay for it)."""
    from .analysis import analyse

    result: Analysis = analyse(briefing, progress=progress, cancelled=cancelled)
    return result


def render_export(briefing: Briefing, analysis: Analysis | None, fmt: str) -> str:
    """The briefing as Markdown or JSON text (through the command line's renderer).

    An analysis that failed exports as an empty one: the reports, without key points.
    """
    from .cli import render

    return render(briefing, fmt, analysis if analysis is not None else Analysis(()))


class BriefingApp(App[None]):
    """Read several reports of one event side by side."""

    CSS_PATH = "app.tcss"
    TITLE = "briefing-tui"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
        Binding("q", "quit", "Quit", show=False, id="app.quit_q"),
        Binding("question_mark", "show_help", "Help", id="app.help"),
        Binding("f1", "show_help", "Help", show=False, id="app.help_f1"),
        Binding("t", "toggle_theme", "Light/dark", show=False, id="app.theme"),
        Binding("e", "export('markdown')", "Export", show=False, id="app.export"),
    ]

    class AnalysisProgress(Message):
        """How far the analysis has got (0.0 to 1.0); posted from the worker thread."""

        def __init__(self, fraction: float) -> None:
            super().__init__()
            self.fraction = fraction

        def can_replace(self, message: Message) -> bool:
            """Only the newest progress matters."""
            return isinstance(message, BriefingApp.AnalysisProgress)

    def __init__(self, briefing: Briefing, *, analyse: Analyse | None = None) -> None:
        super().__init__()
        self.briefing = briefing
        self._analyse = analyse
        self._stopping = threading.Event()
        self.analysis: Analysis | None = None
        self.reader = ReaderScreen(briefing)
        self.theme = DEFAULT_THEME

    def get_default_screen(self) -> ReaderScreen:
        """The reader is the app's base screen (so ``app.query_one`` finds its panes too)."""
        return self.reader

    def on_mount(self) -> None:
        """Show the reader and report load problems."""
        # The briefing never changes: keep the garbage collector from walking it again and
        # again (a full collection over 300 reports' sentences is a visible pause mid-typing).
        gc.freeze()
        self._notify_problems()
        if not self.briefing.sources:
            self.reader.analysis_failed("No reports were loaded.")

    def on_ready(self) -> None:
        """Start the analysis once the first frame is on the screen.

        Paint first, then analyse: the reports are readable at once, and the analysis
        thread (which competes for the interpreter) does not hold up the first frame.
        """
        if self.briefing.sources:
            self.set_timer(ANALYSIS_DELAY, self.run_analysis)

    def _notify_problems(self) -> None:
        problems = self.briefing.problems
        for problem in problems[:MAX_PROBLEM_NOTES]:
            self.notify(
                str(problem), title="Not loaded", severity="warning", timeout=10, markup=False
            )
        if len(problems) > MAX_PROBLEM_NOTES:
            rest = len(problems) - MAX_PROBLEM_NOTES
            self.notify(
                f"… and {rest} more file{'s' if rest != 1 else ''} not loaded (briefing-tui --export json lists them)",
                title="Not loaded",
                severity="warning",
                timeout=10,
                markup=False,
            )

    # -- analysis ----------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis", name="analysis")
    def run_analysis(self) -> Analysis:
        """Analyse the briefing in a thread; progress and the result come back as messages."""
        worker = get_current_worker()
        last = [-1.0]

        def progress(fraction: float) -> None:
            if fraction - last[0] >= 0.01 or fraction >= 1.0:
                last[0] = fraction
                self.post_message(self.AnalysisProgress(fraction))

        def cancelled() -> bool:
            return self._stopping.is_set() or worker.is_cancelled

        analyse = self._analyse or default_analyse
        return analyse(self.briefing, progress, cancelled)

    def on_briefing_app_analysis_progress(self, message: AnalysisProgress) -> None:
        """Move the progress bar."""
        self.reader.show_progress(message.fraction)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place where the analysis's outcome, good or bad, is dealt with."""
        worker = event.worker
        if worker.name != "analysis" or self._stopping.is_set():
            return
        if event.state == WorkerState.SUCCESS and isinstance(worker.result, Analysis):
            self.analysis = worker.result
            self.reader.set_analysis(worker.result)
            gc.freeze()
        elif event.state == WorkerState.ERROR:
            error = worker.error
            if type(error).__name__ == "Cancelled":
                return
            if isinstance(error, ImportError):
                message = f"The analysis is not available: {error}"
            else:
                message = f"The analysis failed: {type(error).__name__}: {error}"
            self.reader.analysis_failed(message)
            self.notify(message, title="Analysis", severity="error", timeout=10, markup=False)

    # -- actions -----------------------------------------------------------------

    async def action_quit(self) -> None:
        """Quit at once, telling a running analysis to stop."""
        self._stopping.set()
        self.workers.cancel_all()
        self.exit()

    def action_show_help(self) -> None:
        """Show every key and every colour."""
        # Imported here: the first frame does not wait for screens it does not show.
        from .screens.compare import CompareScreen
        from .screens.help import HelpScreen
        from .widgets.article_view import ArticleView
        from .widgets.find_bar import FindBar
        from .widgets.key_points import KeyPoints
        from .widgets.source_list import SourceList

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        sections = [
            ("Reader", ReaderScreen.BINDINGS),
            ("Article pane", ArticleView.BINDINGS),
            ("Key points pane", KeyPoints.BINDINGS),
            ("Reports pane", SourceList.BINDINGS),
            ("Find bar", FindBar.BINDINGS),
            ("Compare view", CompareScreen.BINDINGS),
            ("App", type(self).BINDINGS),
        ]
        self.push_screen(HelpScreen(sections))

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark built-in theme."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def set_theme(self, name: str) -> None:
        """Use a built-in theme by name."""
        if name in self.available_themes:
            self.theme = name

    def action_export(self, fmt: str) -> None:
        """Ask for a file name, then write the briefing there as Markdown or JSON."""
        from .screens.export import ExportScreen

        suggested = str(Path.cwd() / ("briefing.json" if fmt == "json" else "briefing.md"))
        self.push_screen(ExportScreen(fmt, suggested), callback=self._export_to)

    def _export_to(self, choice: tuple[str, str] | None) -> None:
        if choice is None:
            return
        path, fmt = choice
        self.export(path, fmt)

    def export(self, path: str, fmt: str) -> Path | None:
        """Write the briefing to ``path`` atomically (never over a report); notify the outcome."""
        from .export.atomic import ExportError, write_atomic
        from .sources.loader import display_path

        if self.analysis is None and any(
            w.name == "analysis" and w.is_running for w in self.workers
        ):
            self.notify(
                "The analysis is still running; export when the key points appear.",
                title="Not exported",
                severity="warning",
            )
            return None
        try:
            text = render_export(self.briefing, self.analysis, fmt)
            written = write_atomic(path, text, protected=[s.path for s in self.briefing.sources])
        except ExportError as error:
            self.notify(
                str(error), title="Export failed", severity="error", timeout=10, markup=False
            )
            return None
        except (OSError, ValueError) as error:
            self.notify(
                f"cannot write {path}: {error}",
                title="Export failed",
                severity="error",
                markup=False,
            )
            return None
        self.notify(f"Wrote {display_path(written)}", title="Exported", markup=False)
        return written
