"""Web pages saved as HTML, shown as the prose a reader of the page sees.

A news page saved from a browser holds the report among menus, scripts and
footers.  The page is parsed with the standard library's lenient
:class:`html.parser.HTMLParser` (no network, no scripts, nothing executed):

* when the page has ``<article>`` elements, only their text is kept; otherwise
  the whole body, less navigation, headers, footers, asides, forms, scripts and
  styles;
* each block (paragraph, heading, list item, quotation, table row, ...) becomes
  one paragraph of the shown text, with its white space collapsed; entities
  are decoded (``&amp;`` is "&");
* the metadata news pages carry is read: the title (``og:title``, else
  ``<title>``, else the first heading), the outlet (``og:site_name``), the date
  (``article:published_time``, ``<meta name="date">``, ``<time datetime>``) and
  the address (``<link rel="canonical">``, else ``og:url``).  A first heading
  that repeats the title is left out of the text.

Text is never interpreted: what the page says is shown as written, brackets
and all.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "tr",
        "dd",
        "dt",
        "figcaption",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "ul",
        "ol",
        "table",
        "caption",
        "address",
        "hr",
    ]
)
"""Elements that end a paragraph of the shown text."""
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_SKIPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "iframe",
        "object",
        "select",
        "textarea",
        "head",
    ]
)
"""Elements whose text is not part of the report."""
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
"""Elements that never have an end tag."""
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>?")
_HIDDEN = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_BLANK = re.compile(r"\n\s*\n")

_TITLE_KEYS = ("og:title", "twitter:title")
_OUTLET_KEYS = ("og:site_name", "application-name", "publisher")
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "date",
    "pubdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "datepublished",
)


@dataclass(slots=True)
class Page:
    """What a web page holds: its text and the metadata its head gives."""

    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    """As the page writes it; the caller reads the date out of it."""
    url: str | None = None
    notes: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.page_title: list[str] = []
        self.time: str | None = None
        # Blocks of text, each with whether it lies inside an <article> and is a heading.
        self.blocks: list[tuple[str, bool, bool]] = []
        self._current: list[str] = []
        self._stack: list[str] = []
        self._open: Counter[str] = Counter()
        """How many of each tag the stack holds: where the text stands, in constant time."""

    def _inside(self, tags: frozenset[str]) -> bool:
        return any(self._open[tag] for tag in tags)

    # -- structure ----------------------------------------------------------------

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self._current)).strip()
        if text:
            self.blocks.append((text, self._open["article"] > 0, self._inside(_HEADINGS)))
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key and values.get("content"):
                self.meta.setdefault(key.lower(), values["content"])
            return
        if tag == "link":
            if "canonical" in values.get("rel", "").lower().split() and values.get("href"):
                self.canonical = self.canonical or values["href"]
            return
        if tag == "time" and values.get("datetime") and self.time is None:
            self.time = values["datetime"]
        if tag == "br":
            self._current.append(" ")
            return
        if tag in _VOID:
            if tag == "hr":
                self._flush()
            return
        if tag in _BLOCKS:
            self._flush()
        self._stack.append(tag)
        self._open[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self._open[tag]:
            return  # a stray end tag
        # Close everything opened since the matching start tag (unclosed <p>, <li>).
        while self._stack:
            open_tag = self._stack.pop()
            if open_tag in _BLOCKS:
                self._flush()  # while the block still counts as open
            self._open[open_tag] -= 1
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._open["title"]:
            self.page_title.append(data)
        elif not self._inside(_SKIPPED):
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = _SPACE.sub(" ", meta.get(key, "")).strip()
        if value:
            return value
    return None


def read_page(source: str) -> Page:
    """The shown text of a web page, and the metadata it carries."""
    reader = _Reader()
    try:
        reader.feed(source)
        reader.close()
    except AssertionError:
        # The standard parser gives up on some broken markup ("<![" that opens
        # nothing it knows).  Show the words with every tag taken out instead.
        words = html.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", source)))
        paragraphs = (_SPACE.sub(" ", block).strip() for block in _BLANK.split(words))
        return Page(
            text="\n\n".join(p for p in paragraphs if p),
            notes=["the page's HTML is broken; shown with its tags taken out"],
        )
    every = [(text, heading) for text, _, heading in reader.blocks]
    inside = [(text, heading) for text, within, heading in reader.blocks if within]
    blocks = inside or every
    page_title = _SPACE.sub(" ", "".join(reader.page_title)).strip() or None
    title = _first(reader.meta, _TITLE_KEYS) or page_title
    if blocks and blocks[0][1]:
        # The page's first heading is its headline: the title, not a sentence.
        heading = blocks[0][0]
        if (
            title is None
            or heading.casefold() in title.casefold()
            or (title.casefold() in heading.casefold())
        ):
            title = heading
            blocks = blocks[1:]
    return Page(
        text="\n\n".join(text for text, _ in blocks),
        title=title,
        outlet=_first(reader.meta, _OUTLET_KEYS),
        date=_first(reader.meta, _DATE_KEYS) or reader.time,
        url=reader.canonical or _first(reader.meta, ("og:url",)),
    )
