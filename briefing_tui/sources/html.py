"""Web pages saved as HTML, shown as the prose a reader of the page sees.

A news page saved from a browser holds the report among menus, scripts and
footers.  The page is parsed with the standard library's lenient
:class:`html.parser.HTMLParser` (no network, no scripts, nothing executed):

* when the page has ``<article>`` elements, only their text is kept; otherwise
  the whole body, less navigation, headers, footers, asides, forms, scripts and
  styles;
* what a news page puts around the report is left out: figures and captions;
  lines such as "Advertisement" or "Continue reading the main story"; blocks
  that are mostly the text of links (menus, lists of other stories, "Read
  more: ..."); what stands above the headline the page's title gives; and
  elements that are hidden, whose role is navigation or a side note, or whose
  class or id names them a byline, an advertisement, a promotion, a newsletter
  box, share buttons, a slideshow, related links or comments, unless they hold
  most of the page's text (a wrapper "post has-comments" holds the report, and
  a page saved while a dialog was open has its whole body hidden);
* each block (paragraph, heading, list item, quotation, table row, ...) becomes
  one paragraph of the shown text, with its white space collapsed; entities
  are decoded (``&amp;`` is "&");
* the metadata news pages carry is read: the title (``og:title``, else the
  headline of the page's schema.org ``NewsArticle`` data, else ``<title>``, else
  the first heading), the outlet (``og:site_name``, unless the schema.org data
  names a publisher it is no short form of: a Reuters page's site name is "U.S."),
  the date (``article:published_time``, ``<meta name="date">``, the data's
  ``datePublished``, ``<time datetime>``) and the address (``<link
  rel="canonical">``, else ``og:url``).  A first heading that repeats the title
  is left out of the text;
* a page that draws its text with scripts, and so has none in its HTML, is read
  from its schema.org data's ``articleBody`` where it gives one.

Text is never interpreted: what the page says is shown as written, brackets
and all.
"""

from __future__ import annotations

import html
import itertools
import json
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
        "figure",
        "figcaption",
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
_SKIPPED_ROLES = frozenset(
    ["navigation", "complementary", "contentinfo", "search", "dialog", "alertdialog"]
)
"""ARIA roles whose element's text is not part of the report."""
_AROUND_WORDS = frozenset(
    [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot",
        "sponsor", "sponsored", "promo", "promotion", "newsletter", "subscribe",
        "subscription", "signup", "share", "sharing", "social", "related", "recommended",
        "recirculation", "comment", "comments", "byline", "breadcrumb", "breadcrumbs",
        "cookie", "cookies", "consent", "paywall", "caption", "credit", "slideshow",
        "gallery", "badge", "sr", "screen", "visually",
    ]
)  # fmt: skip
"""Words of a class or id that name what a page puts around a report: "ad-slot",
"article-byline", "newsletter-signup", "related-links", "comments", and the text only
screen readers are given ("sr-only", "screen-reader-text", "visually-hidden": "list of
3 items", "end of list")."""
_AROUND_SHARE = 0.3
"""An element named so is left out only when it holds less than this share of the
page's text; more, and it wraps the report itself ("post has-comments")."""
_AROUND_LINES = frozenset(
    [
        "advertisement", "advertising", "ad", "sponsored", "sponsored content",
        "skip advertisement", "story continues below advertisement",
        "continue reading the main story", "supported by", "share this article",
        "share", "read more", "related", "related coverage", "related articles",
        "recommended", "recommended stories", "more stories", "most read", "most popular",
        "you may also like", "more on this story",
        "date", "author", "authors", "permalink", "print", "email", "tags", "topics",
        "keywords", "comments", "follow us", "share this",
    ]
)  # fmt: skip
"""Whole blocks that are page furniture, not report: NYT's "Supported by" and
"Continue reading the main story", the "Advertisement" over an ad slot, and the
labels of a page's own details ("Date", "Author", "Permalink" under a DW report)."""
_CREDIT_LINE = re.compile(
    r"\(?\s*(?:photo(?:graph)?s?|image|picture|credit|illustration|graphic|video)"
    r"(?:\s+credits?)?\s*:[^()\n]{1,100}\)?",
    re.IGNORECASE,
)
"""A block that only credits a picture: "(Credit: Clayton Aldern / Grist)", "Photo: AP"."""
_CLASS_WORDS = re.compile(r"[a-z]+")
_LINKED_SHARE = 0.6
"""A block whose characters are mostly (this share or more) the text of links is a
menu, a list of other stories or a "Read more: ..." line, not the report's prose."""
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
_PARAGRAPHS = re.compile(r"\n+")

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
        self.linked: list[float] = []
        """For each block, the share of its characters that are a link's text."""
        self._link_chars = 0
        self.around: list[tuple[int, int]] = []
        """Ranges of blocks (start, end) in elements named as page furniture (a byline,
        an ad, related links): left out unless they hold most of the text."""
        self._current: list[str] = []
        self._stack: list[str] = []
        self._marks: list[tuple[bool, int | None]] = []
        """For each element on the stack: whether it hides its text, and where its
        blocks start when it is named as page furniture."""
        self._hidden = 0
        self.structured: list[str] = []
        """The texts of the page's ``application/ld+json`` scripts (schema.org data)."""
        self._structured: list[str] | None = None
        self._open: Counter[str] = Counter()
        """How many of each tag the stack holds: where the text stands, in constant time."""

    def _inside(self, tags: frozenset[str]) -> bool:
        return any(self._open[tag] for tag in tags)

    # -- structure ----------------------------------------------------------------

    def _flush(self) -> None:
        joined = "".join(self._current)
        text = _SPACE.sub(" ", joined).strip()
        if text:
            self.blocks.append((text, self._open["article"] > 0, self._inside(_HEADINGS)))
            letters = sum(not ch.isspace() for ch in joined) or 1
            self.linked.append(min(1.0, self._link_chars / letters))
        self._current = []
        self._link_chars = 0

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
        if tag == "script" and values.get("type", "").strip().lower() == "application/ld+json":
            self._structured = []
        if tag == "br":
            self._current.append(" ")
            return
        if tag in _VOID:
            if tag == "hr":
                self._flush()
            return
        around = _hides(values) or _names_around(values)
        if tag in _BLOCKS:
            self._flush()
        # An inline element hidden or named so ("<span class=byline>") hides its
        # words; a block is weighed at the end, by how much of the page's text it
        # holds: a page saved while a dialog was open has its whole body hidden.
        hidden = around and tag not in _BLOCKS
        self._stack.append(tag)
        self._marks.append((hidden, len(self.blocks) if around and tag in _BLOCKS else None))
        self._hidden += hidden
        self._open[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._structured is not None:
            if len(self.structured) < _MAX_STRUCTURED:
                self.structured.append("".join(self._structured))
            self._structured = None
        if tag in _VOID or not self._open[tag]:
            return  # a stray end tag
        # Close everything opened since the matching start tag (unclosed <p>, <li>).
        while self._stack:
            open_tag = self._stack.pop()
            hidden, around = self._marks.pop()
            if open_tag in _BLOCKS:
                self._flush()  # while the block still counts as open
            self._hidden -= hidden
            if around is not None and around < len(self.blocks):
                self.around.append((around, len(self.blocks)))
            self._open[open_tag] -= 1
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._structured is not None:
            self._structured.append(data)
        elif self._open["title"]:
            self.page_title.append(data)
        elif not self._hidden and not self._inside(_SKIPPED):
            self._current.append(data)
            if self._open["a"]:
                self._link_chars += sum(not ch.isspace() for ch in data)

    def close(self) -> None:
        super().close()
        self._flush()


_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def _hides(values: dict[str, str]) -> bool:
    """Whether an element's attributes keep its text from the page's reader: hidden,
    or a role that is navigation or a side note."""
    return (
        "hidden" in values
        or values.get("aria-hidden", "").strip().lower() == "true"
        or values.get("role", "").strip().lower() in _SKIPPED_ROLES
        or _DISPLAY_NONE.search(values.get("style", "")) is not None
    )


def _names_around(values: dict[str, str]) -> bool:
    """Whether an element's class or id names it as page furniture ("ad-slot",
    "article-byline", "related-links")."""
    named = f"{values.get('class', '')} {values.get('id', '')}".lower()
    return not _AROUND_WORDS.isdisjoint(_CLASS_WORDS.findall(named))


def _furniture(reader: _Reader, kept: list[int]) -> set[int]:
    """The blocks of ``kept`` (indices into the reader's blocks) that are page
    furniture: lines such as "Advertisement", and the blocks of elements named so
    that hold less than :data:`_AROUND_SHARE` of the kept text.  Linear in the
    blocks and the named elements, however deeply those nest."""
    lengths = [0] * (len(reader.blocks) + 1)
    for i in kept:
        lengths[i + 1] = len(reader.blocks[i][0])
    before = list(itertools.accumulate(lengths))  # text in blocks [0, i)
    total = before[-1] or 1
    cover = [0] * (len(reader.blocks) + 1)  # +1 where a dropped range starts, -1 at its end
    for start, end in reader.around:
        if before[end] - before[start] < _AROUND_SHARE * total:
            cover[start] += 1
            cover[end] -= 1
    inside = list(itertools.accumulate(cover))
    return {
        i
        for i in kept
        if inside[i] > 0
        or reader.linked[i] >= _LINKED_SHARE
        or _CREDIT_LINE.fullmatch(reader.blocks[i][0]) is not None
        or _SPACE.sub(" ", reader.blocks[i][0]).strip(" .:!").lower() in _AROUND_LINES
    }


_MAX_STRUCTURED = 20
"""At most this many ld+json scripts are read from one page."""
_MAX_STRUCTURED_CHARS = 2_000_000
_ARTICLE_TYPES = frozenset(
    ["newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting"]
)


@dataclass(slots=True)
class _Described:
    """What a page's schema.org data says of its article."""

    headline: str | None = None
    published: str | None = None
    publisher: str | None = None
    body: str | None = None


def _described(scripts: list[str]) -> _Described:
    """The first article the page's ``application/ld+json`` data describes: its
    headline, date, publisher and, where the page gives it, its text.  Data that is
    not JSON, or describes no article, says nothing."""
    found = _Described()
    for script in scripts:
        if len(script) > _MAX_STRUCTURED_CHARS:
            continue
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            continue
        for item in _items(data):
            kinds = item.get("@type")
            kinds = [kinds] if isinstance(kinds, str) else kinds
            if not isinstance(kinds, list) or _ARTICLE_TYPES.isdisjoint(
                k.lower() for k in kinds if isinstance(k, str)
            ):
                continue
            publisher = item.get("publisher")
            if isinstance(publisher, list) and publisher:
                publisher = publisher[0]
            if isinstance(publisher, dict):
                publisher = publisher.get("name")
            return _Described(
                headline=_text(item.get("headline")),
                published=_text(item.get("datePublished")) or _text(item.get("dateCreated")),
                publisher=_text(publisher),
                body=_text(item.get("articleBody"), collapse=False),
            )
    return found


def _items(data: object) -> list[dict[str, object]]:
    """The objects at the top of schema.org data: the data itself, a list of them,
    or its ``@graph``."""
    items = data if isinstance(data, list) else [data]
    found: list[dict[str, object]] = []
    for item in items[:_MAX_STRUCTURED]:
        if isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                found.extend(g for g in graph[:_MAX_STRUCTURED] if isinstance(g, dict))
    return found


def _text(value: object, *, collapse: bool = True) -> str | None:
    """A string value of schema.org data, its entities decoded, or None."""
    if not isinstance(value, str):
        return None
    text = html.unescape(value).strip()
    if collapse:
        text = _SPACE.sub(" ", text)
    return text or None


def _outlet(site: str | None, publisher: str | None) -> str | None:
    """The outlet: the site's name ("og:site_name") where it is a short form of the
    publisher the page's data names ("Salon" for "Salon.com"), else that publisher,
    for a site name is sometimes a section ("U.S." on a Reuters page)."""
    if site is None or publisher is None:
        return site or publisher
    return site if site.casefold() in publisher.casefold() else publisher


def _headline_of(heading: str, title: str) -> bool:
    """Whether a heading is the headline the page's title gives ("Talks resume" in
    "Talks resume | The Daily"), or the title a shorter form of it."""
    heading, title = heading.casefold(), title.casefold()
    return heading in title or title in heading


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
    kept = [i for i, (_, within, _) in enumerate(reader.blocks) if within]
    kept = kept or list(range(len(reader.blocks)))
    furniture = _furniture(reader, kept)
    blocks = [(reader.blocks[i][0], reader.blocks[i][2]) for i in kept if i not in furniture]
    described = _described(reader.structured)
    if not blocks and described.body:
        # A page that draws its text with scripts may still give it as data.
        paragraphs = (_SPACE.sub(" ", p).strip() for p in _PARAGRAPHS.split(described.body))
        blocks = [(p, False) for p in paragraphs if p]
    page_title = _SPACE.sub(" ", "".join(reader.page_title)).strip() or None
    title = _first(reader.meta, _TITLE_KEYS) or described.headline or page_title
    if blocks and blocks[0][1] and (title is None or _headline_of(blocks[0][0], title)):
        # The page's first heading is its headline: the title, not a sentence.
        title, blocks = blocks[0][0], blocks[1:]
    elif title is not None:
        # A headline further down, that the page's title gives, starts the report:
        # what comes before it is the site's furniture ("TV programs", "Germany").
        for at, (text, heading) in enumerate(blocks[: max(10, len(blocks) // 2)]):
            if heading and _headline_of(text, title) and len(text) >= len(title) / 2:
                title, blocks = text, blocks[at + 1 :]
                break
    return Page(
        text="\n\n".join(text for text, _ in blocks),
        title=title,
        outlet=_outlet(_first(reader.meta, _OUTLET_KEYS), described.publisher),
        date=_first(reader.meta, _DATE_KEYS) or described.published or reader.time,
        url=reader.canonical or _first(reader.meta, ("og:url",)),
    )
