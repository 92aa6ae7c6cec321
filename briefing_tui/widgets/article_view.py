"""The article pane: one report, paragraphs kept, every sentence tinted by status.

A line-API :class:`~textual.scroll_view.ScrollView`: the text is broken into
display lines as ``(start, end)`` offsets (:mod:`.wrap`), and only the lines in
view are styled and rendered, so a 10 MB report scrolls as freely as a short
one.  Every mark (sentence status, words only this report has, conflicting
values, search hits, the cursor) is an offset range into ``Source.text`` and
is applied with :meth:`Content.stylize` to the visible slice only.  The text is
passed through :func:`~briefing_tui.textsafe.visible` first and is never
parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style as RichStyle
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from ..model import Source, Span, Status
from ..textsafe import visible
from .wrap import wrap

GUTTER = 2
"""Cells left of the text: the cursor bar."""

_BLANK = -1
_ELISION = -2
_PREAMBLE = -3  # rows _PREAMBLE - k are preamble line k


@dataclass(frozen=True, slots=True)
class _Layer:
    """Sorted, possibly overlapping ranges drawn with one component style."""

    starts: list[int]
    spans: list[Span]
    longest: int

    @classmethod
    def of(cls, spans: Iterable[Span]) -> _Layer:
        ordered = sorted((s, e) for s, e in spans if e > s)
        longest = max((e - s for s, e in ordered), default=0)
        return cls([s for s, _ in ordered], ordered, longest)

    def overlapping(self, start: int, end: int) -> Iterable[Span]:
        """The ranges that overlap ``[start, end)``."""
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, end)
        for index in range(first, last):
            span = self.spans[index]
            if span[1] > start:
                yield span


_EMPTY = _Layer([], [], 0)


class ArticleView(ScrollView, can_focus=True):
    """One report's text with its sentences tinted, differing words and conflicts marked."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--title",
        "article-view--meta",
        "article-view--warning",
        "article-view--agree",
        "article-view--differ",
        "article-view--single",
        "article-view--unique",
        "article-view--conflict",
        "article-view--match",
        "article-view--match-current",
        "article-view--cursor",
        "article-view--gutter",
        "article-view--elision",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "next_sentence", "Next sentence", show=False, id="article.next"),
        Binding(
            "up,k", "previous_sentence", "Previous sentence", show=False, id="article.previous"
        ),
        Binding("home,g", "first_sentence", "First sentence", show=False, id="article.first"),
        Binding("end,G", "last_sentence", "Last sentence", show=False, id="article.last"),
        Binding("pagedown,space", "next_page", "Page down", show=False, id="article.page_down"),
        Binding("pageup,b", "previous_page", "Page up", show=False, id="article.page_up"),
        Binding(
            "enter",
            "open_sentence",
            "Compare",
            tooltip="Compare this sentence's point across reports",
            id="article.open",
        ),
    ]

    class SentenceChanged(Message):
        """The reader moved the cursor to another sentence."""

        def __init__(self, article: ArticleView, source_id: str, index: int) -> None:
            super().__init__()
            self.article = article
            self.source_id = source_id
            self.index = index

        @property
        def control(self) -> ArticleView:
            """The article view that sent this."""
            return self.article

        @property
        def sentence_id(self) -> str:
            """The id of the sentence under the cursor."""
            return f"{self.source_id}.{self.index}"

    class Opened(SentenceChanged):
        """The reader pressed enter on a sentence: compare its point across reports."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._source: Source | None = None
        self._shown = ""
        self._preamble_content: list[Content] = []
        self._preamble: list[Content] = []
        self._statuses: Sequence[Status | None] = ()
        self._sentence_starts: list[int] = []
        self._unique = _EMPTY
        self._conflicts = _EMPTY
        self._hits = _EMPTY
        self._current_hit: Span | None = None
        self._filter: frozenset[int] | None = None
        self._cursor: int | None = None
        self._rows_start: list[int] = []
        self._rows_end: list[int] = []
        self._text_rows: list[int] = []
        self._text_row_starts: list[int] = []
        self._layout_width = -1
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self._style_cache: dict[str, Style] = {}
        self._base_cache: tuple[RichStyle, Style] | None = None

    # -- public API --------------------------------------------------------

    @property
    def source(self) -> Source | None:
        """The report shown."""
        return self._source

    @property
    def cursor(self) -> int | None:
        """The index of the sentence under the cursor, if any."""
        return self._cursor

    @property
    def visible_sentences(self) -> list[int]:
        """Indices of the sentences shown (all, or those the search filter keeps)."""
        if self._source is None:
            return []
        if self._filter is None:
            return list(range(len(self._source.sentences)))
        return sorted(self._filter)

    def show_source(
        self, source: Source, preamble: Sequence[Content], statuses: Sequence[Status | None]
    ) -> None:
        """Show ``source`` with ``preamble`` lines above its text and sentences tinted by ``statuses``."""
        self._source = source
        self._shown = visible(source.text)
        self._preamble_content = list(preamble)
        self._statuses = statuses
        self._sentence_starts = [s.start for s in source.sentences]
        self._unique = self._conflicts = self._hits = _EMPTY
        self._current_hit = None
        self._filter = None
        self._cursor = None
        self._relayout(force=True)
        self.scroll_to(0, 0, animate=False, immediate=True)

    def set_preamble(self, preamble: Sequence[Content]) -> None:
        """Replace the lines shown above the text (title, metadata, notes)."""
        self._preamble_content = list(preamble)
        self._relayout(force=True)

    def set_marks(
        self, statuses: Sequence[Status | None], unique: Iterable[Span], conflicts: Iterable[Span]
    ) -> None:
        """Set the sentence tints, the words only this report has, and the conflicting values."""
        self._statuses = statuses
        self._unique = _Layer.of(unique)
        self._conflicts = _Layer.of(conflicts)
        self._invalidate()

    def set_hits(self, hits: Iterable[Span], current: Span | None, *, scroll: bool = True) -> None:
        """Mark search hits, one of them as the current one (scrolled into view if ``scroll``)."""
        self._hits = _Layer.of(hits)
        self._current_hit = current
        self._invalidate()
        if current is not None and scroll:
            self.scroll_to_offset(current[0])

    def set_filter(self, sentences: Iterable[int] | None) -> None:
        """Show only these sentences (None: show all)."""
        new = None if sentences is None else frozenset(sentences)
        if new == self._filter:
            return
        self._filter = new
        self._relayout(force=True)
        if self._cursor is not None:
            self.scroll_to_sentence(self._cursor)

    def select_sentence(self, index: int | None, *, scroll: bool = True) -> None:
        """Put the cursor on a sentence (without announcing it) and scroll it into view."""
        if self._source is None or (
            index is not None and not 0 <= index < len(self._source.sentences)
        ):
            index = None
        self._cursor = index
        self._invalidate()
        if index is not None and scroll:
            self.scroll_to_sentence(index)

    def sentence_at(self, offset: int) -> int | None:
        """The index of the sentence holding character ``offset`` (or the nearest before it)."""
        if not self._sentence_starts:
            return None
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def row_of(self, offset: int) -> int:
        """The display row showing character ``offset`` (or the nearest row before it)."""
        self._ensure_layout()
        if not self._text_row_starts:
            return 0
        index = max(0, bisect_right(self._text_row_starts, offset) - 1)
        return self._text_rows[index]

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the row holding ``offset`` is in view, a quarter of the way down if it was not."""
        self._scroll_into_view(offset, offset)

    def scroll_to_sentence(self, index: int) -> None:
        """Scroll so the sentence is in view."""
        if self._source is None:
            return
        sentence = self._source.sentences[index]
        self._scroll_into_view(sentence.start, max(sentence.start, sentence.end - 1))

    def row_text(self, row: int) -> str:
        """The plain text of display row ``row`` (for tests and debugging)."""
        self._ensure_layout()
        start = self._rows_start[row]
        if start >= 0:
            return self._shown[start : self._rows_end[row]]
        if start == _ELISION:
            return "⋯"
        if start <= _PREAMBLE:
            return self._preamble[_PREAMBLE - start].plain
        return ""

    @property
    def row_count(self) -> int:
        """How many display rows the article has at the current width."""
        self._ensure_layout()
        return len(self._rows_start)

    # -- actions -----------------------------------------------------------

    def _step(self, delta: int) -> None:
        shown = self.visible_sentences
        if not shown or self._source is None:
            return
        if self._cursor is None:
            target = self._first_in_view(shown) if delta > 0 else shown[-1]
        else:
            position = bisect_left(shown, self._cursor)
            if position < len(shown) and shown[position] == self._cursor:
                position += delta
            elif delta < 0:
                position -= 1
            target = shown[max(0, min(len(shown) - 1, position))]
        self._move_cursor(target)

    def _first_in_view(self, shown: list[int]) -> int:
        return self._first_shown_from_row(shown, int(self.scroll_y))

    def _first_shown_from_row(self, shown: list[int], row: int) -> int:
        """The first shown sentence whose text is on ``row`` or below it."""
        position = bisect_left(self._text_rows, row)
        if position >= len(self._text_rows):
            return shown[-1]
        index = self.sentence_at(self._text_row_starts[position]) or 0
        found = bisect_left(shown, index)
        return shown[min(found, len(shown) - 1)]

    def _move_cursor(self, index: int) -> None:
        if self._source is None:
            return
        changed = index != self._cursor
        self.select_sentence(index)
        if changed:
            self.post_message(self.SentenceChanged(self, self._source.id, index))

    def action_next_sentence(self) -> None:
        """Move the cursor to the next sentence shown."""
        self._step(1)

    def action_previous_sentence(self) -> None:
        """Move the cursor to the previous sentence shown."""
        self._step(-1)

    def action_first_sentence(self) -> None:
        """Move the cursor to the first sentence and the view to the top."""
        shown = self.visible_sentences
        if shown:
            self._move_cursor(shown[0])
        self.scroll_home(animate=False, immediate=True)

    def action_last_sentence(self) -> None:
        """Move the cursor to the last sentence and the view to the bottom."""
        shown = self.visible_sentences
        if shown:
            self._move_cursor(shown[-1])
        self.scroll_end(animate=False, immediate=True)

    def _page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height)
        target = max(0, min(int(self.max_scroll_y), int(self.scroll_y) + direction * (height - 1)))
        self.scroll_to(y=target, animate=False, immediate=True)
        shown = self.visible_sentences
        if shown:
            self._move_cursor(self._first_shown_from_row(shown, target))

    def action_next_page(self) -> None:
        """Scroll down a page and put the cursor on the first sentence in view."""
        self._page(1)

    def action_previous_page(self) -> None:
        """Scroll up a page and put the cursor on the first sentence in view."""
        self._page(-1)

    def action_open_sentence(self) -> None:
        """Ask for the compare view of the sentence under the cursor."""
        if self._source is None:
            return
        if self._cursor is None:
            self._step(1)
        if self._cursor is not None:
            self.post_message(self.Opened(self, self._source.id, self._cursor))

    async def _on_click(self, event: events.Click) -> None:
        self._ensure_layout()
        row = int(self.scroll_y) + event.y
        if not 0 <= row < len(self._rows_start) or self._source is None:
            return
        start = self._rows_start[row]
        if start < 0:
            return
        # The column is in cells: a wide character takes two, a combining mark none.
        column, offset, last = max(0, event.x - GUTTER), start, self._rows_end[row] - 1
        while offset < last and column >= cell_len(self._shown[offset]):
            column -= cell_len(self._shown[offset])
            offset += 1
        index = self.sentence_at(offset)
        if index is not None and (self._filter is None or index in self._filter):
            self._move_cursor(index)

    # -- layout ------------------------------------------------------------

    def _text_width(self) -> int:
        return max(8, self.scrollable_content_region.width - GUTTER)

    def _ensure_layout(self) -> None:
        if (
            self._layout_width != self._text_width()
            and self.scrollable_content_region.width > GUTTER
        ):
            self._relayout()

    def _relayout(self, *, force: bool = False) -> None:
        if self.scrollable_content_region.width <= GUTTER:
            # Not laid out yet: wrapping now would be at a made-up width (and, for a long
            # report, costly); the first render or resize does it at the real one.
            self._layout_width = -1
            self._rows_start, self._rows_end = [], []
            self._text_rows, self._text_row_starts = [], []
            return
        width = self._text_width()
        if not force and width == self._layout_width:
            return
        self._layout_width = width
        starts: list[int] = []
        ends: list[int] = []
        self._preamble = [
            line for content in self._preamble_content for line in content.wrap(width)
        ]
        for number in range(len(self._preamble)):
            starts.append(_PREAMBLE - number)
            ends.append(0)
        text = self._shown
        source = self._source
        blocks: list[tuple[int, int, bool]] = []  # start, end, elided before
        if source is not None:
            if self._filter is None:
                blocks = [(p.start, p.end, False) for p in source.paragraphs]
            else:
                previous = -2
                for index in sorted(self._filter):
                    sentence = source.sentences[index]
                    joined = (
                        index == previous + 1
                        and source.sentences[previous].paragraph == sentence.paragraph
                        and blocks
                    )
                    if joined:
                        blocks[-1] = (blocks[-1][0], sentence.end, blocks[-1][2])
                    else:
                        blocks.append((sentence.start, sentence.end, index != previous + 1))
                    previous = index
        text_rows: list[int] = []
        text_row_starts: list[int] = []
        for start, end, elided in blocks:
            if starts:
                starts.append(_ELISION if elided else _BLANK)
                ends.append(0)
            for line_start, line_end in wrap(text, start, end, width):
                text_rows.append(len(starts))
                text_row_starts.append(line_start)
                starts.append(line_start)
                ends.append(line_end)
        if source is not None and self._filter is not None and not blocks:
            starts.append(_ELISION)
            ends.append(0)
        self._rows_start, self._rows_end = starts, ends
        self._text_rows, self._text_row_starts = text_rows, text_row_starts
        self.virtual_size = Size(width + GUTTER, len(starts))
        self._invalidate()

    def _scroll_into_view(self, first_offset: int, last_offset: int) -> None:
        """Scroll so the rows from ``first_offset`` to ``last_offset`` are in view (once laid out)."""
        height = self.scrollable_content_region.height
        if height <= 0 or self.scrollable_content_region.width <= GUTTER:
            self.call_after_refresh(self._scroll_into_view, first_offset, last_offset)
            return
        first, last = self.row_of(first_offset), self.row_of(last_offset)
        top = int(self.scroll_y)
        if first >= top and last < top + height:
            return
        if last - first + 1 >= height or first < top:
            target = max(0, first - max(1, height // 4))
        else:
            target = max(0, last - height + 1 + max(1, height // 4))
        self.scroll_to(y=target, animate=False, immediate=True)

    def _on_resize(self, event: events.Resize) -> None:
        cursor = self._cursor
        self._relayout()
        if cursor is not None:
            self.scroll_to_sentence(cursor)

    def notify_style_update(self) -> None:
        """Theme or focus changed: styles must be looked up again."""
        super().notify_style_update()
        self._forget_styles()

    def _forget_styles(self) -> None:
        self._style_cache.clear()
        self._base_cache = None
        self._invalidate()

    def _on_focus(self, event: events.Focus) -> None:
        self._forget_styles()

    def _on_blur(self, event: events.Blur) -> None:
        self._forget_styles()

    def _invalidate(self) -> None:
        self._cache.clear()
        self.refresh()

    # -- rendering ---------------------------------------------------------

    def _style(self, name: str, *, partial: bool = True) -> Style:
        key = f"{name}:{partial}:{self.has_focus}"
        style = self._style_cache.get(key)
        if style is None:
            style = Style.from_rich_style(self.get_component_rich_style(name, partial=partial))
            self._style_cache[key] = style
        return style

    def _base_styles(self) -> tuple[RichStyle, Style]:
        """The widget's own style, as Rich and as Textual style (cached: it is costly to compute)."""
        cached = self._base_cache
        if cached is None:
            rich = self.rich_style
            cached = self._base_cache = (rich, Style.from_rich_style(rich))
        return cached

    def render_line(self, y: int) -> Strip:
        """One screen row: the display row ``y`` below the scroll position."""
        self._ensure_layout()
        row = int(self.scroll_y) + y
        width = self._layout_width + GUTTER
        if not 0 <= row < len(self._rows_start):
            return Strip.blank(width, self._base_styles()[0])
        strip = self._cache.get(row)
        if strip is None:
            strip = self._render_row(row, width)
            self._cache[row] = strip
        return strip

    def _render_row(self, row: int, width: int) -> Strip:
        base, base_style = self._base_styles()
        start = self._rows_start[row]
        end = self._rows_end[row]
        gutter = Content(" " * GUTTER)
        if start == _BLANK:
            return Strip.blank(width, base)
        if start == _ELISION:
            content = Content.assemble(
                gutter, Content("⋯").stylize(self._style("article-view--elision"))
            )
        elif start <= _PREAMBLE:
            content = Content.assemble(gutter, self._preamble[_PREAMBLE - start])
        else:
            content = self._render_text(start, end)
            if self._cursor is not None and self._source is not None:
                sentence = self._source.sentences[self._cursor]
                if sentence.start < end and sentence.end > start:
                    gutter = Content("▌ ").stylize(self._style("article-view--gutter"))
            content = Content.assemble(gutter, content)
        segments = content.render_segments(base_style)
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def _render_text(self, start: int, end: int) -> Content:
        content = Content(self._shown[start:end])
        source = self._source
        if source is None:
            return content

        def mark(style: Style, span_start: int, span_end: int) -> None:
            nonlocal content
            a = max(span_start, start) - start
            b = min(span_end, end) - start
            if b > a:
                content = content.stylize(style, a, b)

        first = max(0, bisect_right(self._sentence_starts, start) - 1)
        last = bisect_left(self._sentence_starts, end)
        sentences = source.sentences
        for index in range(first, last):
            status = self._statuses[index] if index < len(self._statuses) else None
            if status is not None:
                sentence = sentences[index]
                mark(
                    self._style(f"article-view--{status}", partial=False),
                    sentence.start,
                    sentence.end,
                )
        if self._cursor is not None:
            sentence = sentences[self._cursor]
            mark(self._style("article-view--cursor", partial=False), sentence.start, sentence.end)
        for span_start, span_end in self._unique.overlapping(start, end):
            mark(self._style("article-view--unique"), span_start, span_end)
        for span_start, span_end in self._conflicts.overlapping(start, end):
            mark(self._style("article-view--conflict", partial=False), span_start, span_end)
        for span_start, span_end in self._hits.overlapping(start, end):
            mark(self._style("article-view--match", partial=False), span_start, span_end)
        if self._current_hit is not None:
            mark(self._style("article-view--match-current", partial=False), *self._current_hit)
        return content
