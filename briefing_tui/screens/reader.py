"""The reader screen: sources, the article and the key points, kept in step.

The screen owns the reading state (the report shown, the point selected, the
search) and routes the panes' messages: a pane never reaches into another.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import ClassVar

from textual import events, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from ..model import Analysis, Briefing, KeyPoint, Source, Span, Status, report_order
from ..search import Hit, Hits, SearchError, compile_pattern, count_label, find, matches
from ..textsafe import visible
from ..widgets.article_view import ArticleView
from ..widgets.describe import (
    BADGE,
    STATUS_NAME,
    Counts,
    Index,
    duplicates_of,
    point_counts,
    sentence_statuses,
    source_counts,
)
from ..widgets.find_bar import FindBar, Query
from ..widgets.key_points import FILTER_NAMES, KeyPoints
from ..widgets.source_list import SourceList
from ..wording import plural
from .palette import BriefingCommands


@dataclass(slots=True)
class _Marks:
    """What the article pane shows for one source once the analysis is in."""

    statuses: list[Status | None]
    unique: list[Span] = field(default_factory=list)
    conflicts: list[Span] = field(default_factory=list)


def briefing_title(briefing: Briefing) -> str:
    """A title for the whole briefing: the first report's headline, else its folder or label."""
    for source in briefing.sources:
        if source.title:
            return " ".join(visible(source.title).split())
    if briefing.sources:
        parent = briefing.sources[0].path.replace("\\", "/").rsplit("/", 2)
        if (
            len(parent) >= 2
            and parent[-2]
            and all(
                s.path.replace("\\", "/").rsplit("/", 2)[-2:-1] == parent[-2:-1]
                for s in briefing.sources
            )
        ):
            return visible(parent[-2])
        return visible(briefing.sources[0].label)
    return "briefing-tui"


_MATCH = Binding.Group("Match")
_REPORT = Binding.Group("Report")


class ReaderScreen(Screen[None]):
    """Three panes: the source list, the article, the key points; a find bar on demand."""

    COMMANDS = {BriefingCommands}  # noqa: RUF012 (Textual declares it without ClassVar)

    AUTO_FOCUS = "#article"

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012

    BINDINGS: ClassVar[list[BindingType]] = [
        # A priority binding runs before the next key is routed, so "/Apache" typed in one go
        # reaches the find input whole; it steps aside while an input has the focus.
        Binding(
            "slash,ctrl+f",
            "open_find",
            "Find",
            tooltip="Find text in the reports",
            id="reader.find",
            priority=True,
        ),
        Binding("n", "next_match", "Next match", id="reader.next_match", group=_MATCH),
        Binding("escape", "close_find", "Close find", id="reader.close_find"),
        Binding("N", "previous_match", "Previous match", id="reader.previous_match", group=_MATCH),
        Binding(
            "left_square_bracket",
            "previous_source",
            "Previous report",
            id="reader.previous_source",
            group=_REPORT,
        ),
        Binding(
            "right_square_bracket",
            "next_source",
            "Next report",
            id="reader.next_source",
            group=_REPORT,
        ),
        Binding(
            "f",
            "cycle_filter",
            "Filter points",
            tooltip="All, agreed, differing, single-source",
            id="reader.filter",
        ),
        *(
            Binding(
                str(n), f"choose_source({n})", f"Report {n}", show=False, id=f"reader.source_{n}"
            )
            for n in range(1, 10)
        ),
    ]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing
        self.analysis: Analysis | None = None
        self.index: Index | None = None
        self.source_id: str | None = briefing.sources[0].id if briefing.sources else None
        self.point_id: str | None = None
        self.labels: dict[str, str] = {
            s.id: " ".join(visible(s.label).split()) for s in briefing.sources
        }
        self._marks: dict[str, _Marks] = {}
        self._counts: dict[str, Counts] = {}
        self._query: Query | None = None
        self._hits = Hits()
        self._hit_index: int | None = None
        self._hits_by_source: dict[str, list[Span]] = {}
        self._first_hit_of: dict[str, int] = {}
        self._find_bar: FindBar | None = None
        self.title = briefing_title(briefing)
        count = len(briefing.sources)
        self.sub_title = f"{count} report{'s' if count != 1 else ''} · analysing…"

    # -- composition -------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panes"):
            sources = SourceList(self.briefing.sources, id="sources")
            sources.border_title = "Reports"
            yield sources
            yield ArticleView(id="article")
            yield KeyPoints(id="points")
        yield Static(Content("Analysing the reports…"), id="progress")
        yield Footer()

    @property
    def article(self) -> ArticleView:
        """The article pane."""
        return self.query_one("#article", ArticleView)

    @property
    def key_points(self) -> KeyPoints:
        """The key points pane."""
        return self.query_one("#points", KeyPoints)

    @property
    def source_list(self) -> SourceList:
        """The source list."""
        return self.query_one("#sources", SourceList)

    @property
    def find_bar(self) -> FindBar:
        """The find bar (mounted the first time it is opened)."""
        return self.query_one("#find", FindBar)

    @property
    def finding(self) -> bool:
        """True while the find bar is open."""
        bar = self._find_bar
        return bar is not None and bool(bar.display)

    def on_mount(self) -> None:
        """Show the first report and put the focus on the article."""
        self.key_points.show_message("Analysing the reports…")
        if self.source_id is not None:
            self.source_list.choose(self.source_id)
            # The cursor starts on the first sentence, so the first j goes to the second.
            first = 0 if self.briefing.source(self.source_id).sentences else None
            self.show_source(self.source_id, first)

    # -- analysis ------------------------------------------------------------

    def show_progress(self, fraction: float) -> None:
        """Show how far the analysis has got (0.0 to 1.0) as a bar with a percentage."""
        fraction = max(0.0, min(1.0, fraction))
        width = 30
        done = round(fraction * width)
        self.query_one("#progress", Static).update(
            Content.assemble(
                ("Analysing the reports… ", "$text-muted"),
                ("━" * done, "$accent"),
                ("━" * (width - done), "$text-disabled"),
                (f" {fraction:4.0%}", "$text-muted"),
            ),
            layout=False,
        )

    def analysis_failed(self, message: str) -> None:
        """The analysis could not run: say so, and keep the reports readable."""
        self.query_one("#progress").display = False
        self.key_points.show_message(message)
        count = len(self.briefing.sources)
        self.sub_title = f"{count} report{'s' if count != 1 else ''} · no analysis"
        self._refresh_article_titles()

    def set_analysis(self, analysis: Analysis) -> None:
        """Take in the analysis: tint the article, count the sources, list the points."""
        self.analysis = analysis
        self.index = index = Index(self.briefing, analysis)
        self.query_one("#progress").display = False
        self._marks = {}
        for source in self.briefing.sources:
            self._marks[source.id] = _Marks(sentence_statuses(source, analysis, index))
        for point in analysis.points:
            for member in point.members:
                marks = self._marks.get(member.source)
                if marks is not None and len(point.sources) > 1:
                    marks.unique.extend(member.spans)
        for conflict in analysis.conflicts:
            for value in conflict.values:
                marks = self._marks.get(value.source)
                if marks is not None:
                    marks.conflicts.append((value.start, value.end))
        self._counts = source_counts(self.briefing, analysis, index)
        duplicates = {
            s.id: [self.labels[d] for d in duplicates_of(analysis, s.id) if d in self.labels]
            for s in self.briefing.sources
        }
        self.source_list.set_counts(self._counts, duplicates)
        self.key_points.set_scope(self.source_id)
        self.key_points.set_analysis(index, self.labels)
        totals = point_counts(analysis)
        count = len(self.briefing.sources)
        self.sub_title = (
            f"{plural(count, 'report')} · {plural(len(analysis.points), 'key point')}: "
            f"✓{totals.agree} agreed · ≠{totals.differ} differ · ◆{totals.single} one source"
        )
        if self.source_id is not None:
            cursor = self.article.cursor
            self._apply_source(self.source_id)
            if cursor is not None:
                self.article.select_sentence(cursor)
                self._sentence_changed(self.source_id, cursor)
        if self._query is not None and self._query.filter:
            self._run_search(self._query, keep_position=True)

    # -- showing a source ----------------------------------------------------

    def _preamble(self, source: Source) -> list[Content]:
        lines: list[Content] = []
        if source.title:
            lines.append(
                Content(" ".join(visible(source.title).split())).stylize("bold $text-primary")
            )
        details = [
            visible(source.outlet) if source.outlet else "",
            source.date.isoformat() if source.date else "",
        ]
        details.append(visible(source.name))
        details.append(
            f"{plural(len(source.paragraphs), 'paragraph')}, "
            f"{plural(len(source.sentences), 'sentence')}"
        )
        lines.append(Content(" · ".join(d for d in details if d)).stylize("$text-muted"))
        if source.url:
            lines.append(Content(visible(source.url)).stylize("$text-muted"))
        if source.credits:
            lines.append(Content(visible(" · ".join(source.credits))).stylize("$text-muted"))
        lines.extend(
            Content(f"⚠ {visible(note)}").stylize("$text-warning") for note in source.notes
        )
        same = [self.labels[d] for d in duplicates_of(self.analysis, source.id) if d in self.labels]
        if same:
            lines.append(
                Content(f"= the same report as {', '.join(same)}").stylize("bold $text-error")
            )
        return lines

    def show_source(self, source_id: str, sentence: int | None = None) -> None:
        """Show a report in the article pane; put the cursor on ``sentence`` or on the selected point."""
        self.source_id = source_id
        self.source_list.choose(source_id)
        self.key_points.set_scope(source_id)
        self._apply_source(source_id)
        if sentence is None and self.point_id is not None and self.analysis is not None:
            sentence = self._sentence_of_point(self.point_id, source_id)
        if sentence is not None:
            self.article.select_sentence(sentence)
        self._refresh_article_titles()

    def _apply_source(self, source_id: str) -> None:
        source = self.briefing.source(source_id)
        article = self.article
        marks = self._marks.get(source_id)
        article.show_source(source, self._preamble(source), marks.statuses if marks else [])
        if marks is not None:
            article.set_marks(marks.statuses, marks.unique, marks.conflicts)
        self._apply_hits(scroll=False)
        if self._query is not None and self._query.filter and self._query.pattern:
            article.set_filter(self._matching_sentences(source_id))
        self._refresh_article_titles()

    def _refresh_article_titles(self) -> None:
        if self.source_id is None:
            return
        article = self.article
        number = next(n for n, s in enumerate(self.briefing.sources, 1) if s.id == self.source_id)
        # Border titles given as str are parsed as markup: report labels go in as Content.
        article.border_title = Content(
            f"{number}/{len(self.briefing.sources)} · {self.labels[self.source_id]}"
        )
        subtitle = ""
        cursor = article.cursor
        source = self.briefing.source(self.source_id)
        if cursor is not None and self.analysis is not None:
            marks = self._marks.get(self.source_id)
            status = marks.statuses[cursor] if marks and cursor < len(marks.statuses) else None
            if status is not None:
                subtitle = f"sentence {cursor + 1}/{len(source.sentences)} · {BADGE[status]} {STATUS_NAME[status]}"
        elif cursor is not None:
            subtitle = f"sentence {cursor + 1}/{len(source.sentences)}"
        if cursor is None and self.point_id is not None and self.analysis is not None:
            point = self._point(self.point_id)
            if point is not None and self.index is not None and self.source_id not in point.sources:
                where = ", ".join(
                    self.labels.get(s, s) for s in report_order(point.sources, self.index.sources)
                )
                subtitle = f"the selected point is not in this report; it is in {where}"
        article.border_subtitle = Content(subtitle)

    # -- routing ---------------------------------------------------------------

    def _point(self, point_id: str) -> KeyPoint | None:
        return self.index.points.get(point_id) if self.index is not None else None

    def _sentence_of_point(self, point_id: str, source_id: str) -> int | None:
        point = self._point(point_id)
        if point is None:
            return None
        for member in point.members:
            if member.source == source_id:
                return int(member.sentence.rpartition(".")[2])
        return None

    def _sentence_changed(self, source_id: str, index: int) -> None:
        self.point_id = None
        if self.analysis is not None:
            self.point_id = self.analysis.point_of.get(f"{source_id}.{index}")
        self.key_points.select(self.point_id)
        self._refresh_article_titles()

    @on(SourceList.Chosen)
    def _source_chosen(self, event: SourceList.Chosen) -> None:
        if event.source_id != self.source_id:
            self.show_source(event.source_id)
        if event.read:
            self.article.focus()

    @on(ArticleView.SentenceChanged)
    def _article_moved(self, event: ArticleView.SentenceChanged) -> None:
        if isinstance(event, ArticleView.Opened):
            self._sentence_changed(event.source_id, event.index)
            if self.point_id is not None:
                self.open_compare(self.point_id)
            return
        self._sentence_changed(event.source_id, event.index)

    @on(KeyPoints.Highlighted)
    def _point_highlighted(self, event: KeyPoints.Highlighted) -> None:
        self.point_id = event.point_id
        if self.source_id is not None:
            index = self._sentence_of_point(event.point_id, self.source_id)
            if index is not None and self.article.cursor != index:
                if self._query is not None and self._query.filter and self._query.pattern:
                    self.article.set_filter(None)
                self.article.select_sentence(index)
            elif index is None:
                self.article.select_sentence(None)
        self._refresh_article_titles()
        if isinstance(event, KeyPoints.Opened):
            self.open_compare(event.point_id)

    @on(KeyPoints.FilterChanged)
    def _filter_changed(self, event: KeyPoints.FilterChanged) -> None:
        self.notify(f"Key points: {FILTER_NAMES[event.status]}", timeout=2)

    # -- compare -----------------------------------------------------------------

    def open_compare(self, point_id: str) -> None:
        """Open the compare view of a point; coming back may open a report at a sentence."""
        from .compare import CompareResult, CompareScreen

        if self.index is None:
            self.notify("The analysis is still running.", severity="warning")
            return
        order = self.key_points.shown
        if point_id not in order:
            order = [p.id for p in self.index.analysis.points]

        def opened(result: CompareResult | None) -> None:
            if result is None:
                return
            if result.open is not None:
                source_id, index = result.open
                self.show_source(source_id, index)
                self._sentence_changed(source_id, index)
                self.article.focus()
            elif result.point_id != point_id:
                self.jump_to_point(result.point_id, focus=False)

        self.app.push_screen(
            CompareScreen(self.index, point_id, order, self.labels),
            callback=opened,
        )

    # -- search ------------------------------------------------------------------

    @on(FindBar.Changed)
    def _find_changed(self, event: FindBar.Changed) -> None:
        self._run_search(event.query)

    @on(FindBar.Moved)
    def _find_moved(self, event: FindBar.Moved) -> None:
        self._step_hit(event.direction)

    @on(FindBar.Submitted)
    def _find_submitted(self, event: FindBar.Submitted) -> None:
        """Go to the next match and back to the text; with nothing found, stay to fix the query."""
        if not self._hits:
            self._step_hit(1)  # says "no matches", or leaves the regex error shown
            return
        self._step_hit(1)
        self.article.focus()
        self.refresh_bindings()

    @on(FindBar.Closed)
    def _find_closed(self, event: FindBar.Closed) -> None:
        self.clear_search()
        self.refresh_bindings()
        self.article.focus()

    def clear_search(self) -> None:
        """Forget the search: no highlights, no filter."""
        self._query = None
        self._forget_hits()

    def _forget_hits(self) -> None:
        self._hits = Hits()
        self._hit_index = None
        self._hits_by_source = {}
        self.article.set_hits((), None)
        self.article.set_filter(None)
        self.key_points.set_match_filter(None)

    def _run_search(self, query: Query, *, keep_position: bool = False) -> None:
        self._query = query
        bar = self.find_bar
        if not query.pattern:
            self._forget_hits()
            bar.show_status("type to find")
            return
        scope = None if query.everywhere else self.source_id
        try:
            hits = find(
                self.briefing, query.pattern, case=query.case, regex=query.regex, source=scope
            )
        except SearchError as error:
            bar.show_status(str(error), error=True)
            return
        self._hits = hits
        by_source: dict[str, list[Span]] = {}
        first_of: dict[str, int] = {}
        for number, hit in enumerate(hits):
            if hit.source_id not in by_source:
                by_source[hit.source_id] = []
                first_of[hit.source_id] = number
            by_source[hit.source_id].append((hit.start, hit.end))
        self._hits_by_source = by_source
        self._first_hit_of = first_of
        previous = self._hit_index if keep_position else None
        self._hit_index = (
            self._nearest_hit() if previous is None or previous >= len(hits) else previous
        )
        if query.filter:
            self.article.set_filter(
                self._matching_sentences(self.source_id) if self.source_id else None
            )
            self.key_points.set_match_filter(self._matching_points())
        else:
            self.article.set_filter(None)
            self.key_points.set_match_filter(None)
        if self._hit_index is not None and hits[self._hit_index].source_id != self.source_id:
            self.show_source(hits[self._hit_index].source_id)
        self._apply_hits(scroll=True)
        self._show_count()

    def _nearest_hit(self) -> int | None:
        """The first hit at or after the cursor in the report shown, else the first hit after it."""
        if not self._hits:
            return None
        source_id = self.source_id
        spans = self._hits_by_source.get(source_id or "")
        if spans and source_id is not None:
            cursor = self.article.cursor
            offset = (
                self.briefing.source(source_id).sentences[cursor].start if cursor is not None else 0
            )
            position = bisect_right([s for s, _ in spans], offset - 1)
            if position < len(spans):
                return self._first_hit_of[source_id] + position
            return self._first_hit_of[source_id]
        order = [s.id for s in self.briefing.sources]
        here = order.index(source_id) if source_id in order else 0
        for source in order[here:] + order[:here]:
            if source in self._first_hit_of:
                return self._first_hit_of[source]
        return 0

    def _show_count(self, wrapped: bool = False) -> None:
        label = count_label(self._hit_index, self._hits)
        if self._hits and self._query is not None and self._query.everywhere:
            reports = len(self._hits_by_source)
            label += f" in {reports} report{'s' if reports != 1 else ''}"
        if self._hits.truncated:
            label += " (search stopped at the limit)"
        if wrapped:
            label += " · wrapped"
        self.find_bar.show_status(label)

    def _apply_hits(self, *, scroll: bool) -> None:
        spans = self._hits_by_source.get(self.source_id or "", [])
        current: Span | None = None
        if self._hit_index is not None and self._hit_index < len(self._hits):
            hit = self._hits[self._hit_index]
            if hit.source_id == self.source_id:
                current = (hit.start, hit.end)
        self.article.set_hits(spans, current, scroll=scroll)

    def _matching_sentences(self, source_id: str) -> list[int]:
        source = self.briefing.source(source_id)
        starts = [s.start for s in source.sentences]
        found: set[int] = set()
        for start, end in self._hits_by_source.get(source_id, []):
            first = max(0, bisect_right(starts, start) - 1)
            last = max(0, bisect_right(starts, end - 1) - 1)
            found.update(range(first, last + 1))
        return sorted(found)

    def _matching_points(self) -> set[str] | None:
        if self.analysis is None:
            return None
        point_of = self.analysis.point_of
        points: set[str] = set()
        for source_id in self._hits_by_source:
            for index in self._matching_sentences(source_id):
                point = point_of.get(f"{source_id}.{index}")
                if point is not None:
                    points.add(point)
        query = self._query
        if query is not None:
            # A point also matches when its representative wording does (the pattern
            # compiled fine a moment ago: the search that called this used it).
            pattern = compile_pattern(query.pattern, case=query.case, regex=query.regex)
            points.update(
                p.id
                for p in self.analysis.points
                if matches(pattern, p.text) and (query.everywhere or self.source_id in p.sources)
            )
        return points

    def _step_hit(self, direction: int) -> None:
        if not self._hits:
            if self._query is not None and self._query.pattern:
                self.find_bar.show_status("no matches")
            return
        total = len(self._hits)
        index = self._hit_index if self._hit_index is not None else (-1 if direction > 0 else 0)
        target = index + direction
        wrapped = not 0 <= target < total
        self._hit_index = target % total
        hit: Hit = self._hits[self._hit_index]
        if hit.source_id != self.source_id:
            self.show_source(hit.source_id)
        sentence = self.article.sentence_at(hit.start)
        if sentence is not None:
            self.article.select_sentence(sentence, scroll=False)
            self._sentence_changed(hit.source_id, sentence)
        self._apply_hits(scroll=True)
        self._show_count(wrapped=wrapped)

    # -- actions -------------------------------------------------------------------

    async def action_open_find(self) -> None:
        """Open the find bar (or focus it if open)."""
        if isinstance(self.focused, Input):
            raise SkipAction()
        if self._find_bar is None:
            # Mounted on first use: the first frame does not wait for it.  The app awaits
            # this action before it routes the next key, so nothing typed is lost.
            self._find_bar = FindBar(id="find")
            await self.mount(self._find_bar, before=self.query_one(Footer))
        bar = self._find_bar
        bar.open()
        self.refresh_bindings()
        if self._query is None:
            self._run_search(bar.current)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """n, N and escape work on the search only while the find bar is open."""
        if action in ("next_match", "previous_match", "close_find"):
            return self.finding
        return True

    def action_close_find(self) -> None:
        """Close the find bar from anywhere on the screen, clearing the highlights."""
        if self._find_bar is not None:
            self._find_bar.action_close()

    def action_next_match(self) -> None:
        """Go to the next match, across reports, wrapping at the end."""
        if self.finding:
            self._step_hit(1)

    def action_previous_match(self) -> None:
        """Go to the previous match, across reports, wrapping at the start."""
        if self.finding:
            self._step_hit(-1)

    def action_choose_source(self, number: int) -> None:
        """Show report ``number`` (1-based, as listed)."""
        if 1 <= number <= len(self.briefing.sources):
            self.show_source(self.briefing.sources[number - 1].id)

    def _step_source(self, delta: int) -> None:
        ids = [s.id for s in self.briefing.sources]
        if not ids or self.source_id is None:
            return
        self.show_source(ids[(ids.index(self.source_id) + delta) % len(ids)])

    def action_previous_source(self) -> None:
        """Show the previous report (wrapping)."""
        self._step_source(-1)

    def action_next_source(self) -> None:
        """Show the next report (wrapping)."""
        self._step_source(1)

    def action_cycle_filter(self) -> None:
        """Cycle the key point filter: all, agreed, differing, single-source."""
        if self.analysis is None:
            self.notify("The key points are still being worked out.", severity="warning")
            return
        self.key_points.action_cycle_filter()

    def filter_points(self, status: Status | None) -> None:
        """Show only the key points with this status (None: all)."""
        self.key_points.set_status_filter(status)

    def jump_to_point(self, point_id: str, *, focus: bool = True) -> None:
        """Select a key point, showing a report that carries it if the current one does not."""
        point = self._point(point_id)
        if point is None:
            return
        if point_id not in self.key_points.shown:
            self.key_points.set_status_filter(None)
        if self.source_id not in point.sources and point.sources and self.index is not None:
            self.show_source(report_order(point.sources, self.index.sources)[0])
        self.key_points.select(point_id)
        self.point_id = point_id
        if self.source_id is not None:
            index = self._sentence_of_point(point_id, self.source_id)
            self.article.select_sentence(index)
        self._refresh_article_titles()
        if focus:
            self.key_points.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Tell the layout which pane has the focus (on narrow screens it grows)."""
        focused = self.focused
        panes = self.query_one("#panes")
        for name in ("sources", "article", "points"):
            panes.set_class(focused is not None and focused.id == name, f"-{name}-focused")
