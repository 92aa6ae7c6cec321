"""Metadata at the head of a report: front matter, a date line, a headline.

Four conventions are recognised, in this order:

1. YAML-style front matter between ``---`` lines, with flat ``key: value``
   pairs (``title``, ``source``/``outlet``/``publisher``, ``date``, ``url``);
2. a header block without the ``---`` lines, as in e-mail or MultiMarkdown: a
   first paragraph whose every line is ``key: value`` with a key of the list
   above (or ``author``/``byline``, read and left out), ended by a blank line;
3. a leading ``date YYYY-MM-DD`` (or ``date: YYYY-MM-DD``) line or prefix;
4. a first line that reads as a headline and is followed by a blank line.

After the headline, a byline paragraph ("By Jane Doe and John Roe, Reuters", "BY
JANE DOE / Staff Writer") and a time stamp ("Updated: July 2, 2025 10:31 a.m. ET",
whose date becomes the report's when nothing else gives one) are taken off the
body; at its foot, credit lines ("Reporting by Idrees Ali; Editing by Leslie
Adler", "Maggie Haberman contributed reporting from New York.", "Fox News' Matt
Richardson contributed to this report.") and time stamps are too
(:func:`split_credits`).  They say who made the report and when, not what
happened; left in the text, each would be a key point of its own, and two
reports' bylines would even "agree".

Dates are read as ``YYYY-MM-DD``, or with the month in words ("March 4, 2025",
"4 March 2025", "Mar. 4, 2025"); ``03/04/2025`` is left alone, since it means
two different days in the US and elsewhere.

Only flat scalars are needed, so front matter is parsed by hand rather than by
a YAML library: the text is untrusted, and a full YAML parser would accept
anchors, aliases and tags that have no business in a news file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..analysis.calendar_words import MONTHS

_FRONT_MATTER_OPEN = re.compile(r"\A\ufeff?---[ \t]*\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_KEY_VALUE = re.compile(r"^([A-Za-z][\w -]*?)\s*:\s*(.*?)\s*$")
_DATE_PREFIX = re.compile(
    r"\A\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\n|\Z)", re.IGNORECASE
)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_SENTENCE_END = re.compile(r"[.!;:,\u3002\uff01\uff1b\uff1a\uff0c\u0964\u06d4]['\"’”)\]」』）]*$")
"""How a line of prose ends, in English or in the full stops of other scripts ("。",
"！", the Devanagari "।", the Urdu "۔"): a headline has none (it may ask, "?")."""

_MAX_FRONT_MATTER_LINES = 100
_MAX_HEADER_LINES = 12
_MAX_HEADLINE_CHARS = 200
_MAX_HEADLINE_WORDS = 30

_KEYS = {
    "title": "title",
    "headline": "title",
    "source": "outlet",
    "outlet": "outlet",
    "publisher": "outlet",
    "publication": "outlet",
    "site": "outlet",
    "date": "date",
    "published": "date",
    "url": "url",
    "link": "url",
}
_IGNORED_HEADER_KEYS = frozenset({"author", "authors", "byline", "by", "writer"})
"""Keys a header block may carry that the reader does not show."""
_WORDED_DATE = re.compile(
    r"\b(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]{3,9})\.?,?)\s+(?P<y>\d{4})\b"
)


@dataclass(slots=True)
class Metadata:
    """What the head of a report says about it."""

    title: str | None = None
    outlet: str | None = None
    date: dt.date | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    """Bylines and time stamps taken off the head of the body ("By Jane Doe, Reuters",
    "Updated: July 2, 2025 10:31 a.m. ET")."""


def parse_date(value: str) -> dt.date | None:
    """The first date in ``value``: ISO (``YYYY-MM-DD``) or with the month in words."""
    match = _ISO_DATE.search(value)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    else:
        worded = _WORDED_DATE.search(value)
        if not worded:
            return None
        month_name = (worded["m1"] or worded["m2"]).lower()
        if month_name not in MONTHS:
            return None
        year, month, day = int(worded["y"]), MONTHS[month_name], int(worded["d1"] or worded["d2"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner.replace('\\"', '"')
    return value


def _front_matter(text: str, meta: Metadata) -> str:
    """Take front matter off ``text`` into ``meta``; return the rest."""
    opening = _FRONT_MATTER_OPEN.match(text)
    if not opening:
        return text
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if not closing or text.count("\n", opening.end(), closing.start()) > _MAX_FRONT_MATTER_LINES:
        meta.notes.append("the file starts with '---' but has no closing '---'; read as text")
        return text
    for line in text[opening.end() : closing.start()].splitlines():
        match = _KEY_VALUE.match(line)
        if match:
            _take(match[1], _unquote(match[2]), meta, "front matter")
    return text[closing.end() :]


def _take(name: str, value: str, meta: Metadata, where: str) -> None:
    """Put one ``key: value`` pair of the head of a report into ``meta``."""
    key = _KEYS.get(name.strip().lower())
    if not key or not value:
        return
    if key == "date":
        date = parse_date(value)
        if date is None:
            meta.notes.append(f"{where} date {value!r} is not a date it can read; ignored")
        elif meta.date is None:
            meta.date = date
    elif getattr(meta, key) is None:
        setattr(meta, key, value)


def _header_block(text: str, meta: Metadata) -> str:
    """Take a header block ("Title: ...", "Date: ...", then a blank line) off ``text``."""
    start = 1 if text.startswith("\ufeff") else 0
    block, blank, rest = text[start:].partition("\n\n")
    lines = block.split("\n")
    if not blank or len(lines) > _MAX_HEADER_LINES:
        return text
    pairs = [_KEY_VALUE.match(line) for line in lines]
    if not all(
        match
        and match[2]
        and (match[1].strip().lower() in _KEYS or match[1].strip().lower() in _IGNORED_HEADER_KEYS)
        for match in pairs
    ):
        return text
    for match in pairs:
        if match:
            _take(match[1], _unquote(match[2]), meta, "header")
    return rest


def _date_line(text: str, meta: Metadata) -> str:
    match = _DATE_PREFIX.match(text)
    if not match:
        return text
    date = parse_date(match[1])
    if date is None:
        return text
    if meta.date is None:
        meta.date = date
    return text[match.end() :]


def looks_like_headline(line: str) -> bool:
    """True for a line that reads as a headline rather than as a sentence of prose."""
    line = line.strip()
    if not line or len(line) > _MAX_HEADLINE_CHARS:
        return False
    if len(line.split()) > _MAX_HEADLINE_WORDS:
        return False
    if _SENTENCE_END.search(line):
        return False
    return any(ch.isalpha() for ch in line)


_ATX_HEADING = re.compile(r"#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?")
"""A Markdown heading line: "# Talks" or "## Talks ##"."""


def _headline(text: str, meta: Metadata) -> str:
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    if not sep or not rest.strip():
        return text
    # The headline must be followed by a blank line.
    following, _, _ = rest.partition("\n")
    if following.strip():
        return text
    if not looks_like_headline(first):
        return text
    heading = _ATX_HEADING.fullmatch(first.strip())
    title = heading["text"] if heading else first.strip()  # "# Talks" is titled "Talks"
    if meta.title is None:
        meta.title = title
    elif meta.title != title:
        return text
    return rest


def split_metadata(text: str) -> tuple[Metadata, str]:
    """Separate the metadata at the head of ``text`` from the body."""
    meta = Metadata()
    body = _front_matter(text, meta)
    if body is text:
        body = _header_block(body, meta)
    body = _date_line(body, meta)
    body = _headline(body, meta)
    body = take_byline(body, meta)
    return meta, body


# --- credit lines at the foot of a report -----------------------------------------

# The patterns below are written so that each part of a line can be read one way
# only (atomic groups and possessive repeats, Python 3.11): a line of 400
# characters of names and commas that turns out to be no credit must fail at once,
# not after trying every way of splitting it (bench/bench_repeats.py times them).
_NAME_WORD = r"(?:[A-Z][\w'’.-]*+|(?:de|da|del|der|di|du|el|al|bin|la|le|van|von)(?=\s+[A-Z]))"
_NAME = rf"(?>{_NAME_WORD}(?:\s+{_NAME_WORD})*)"
_ROLE = r"(?:staff\s+)?(?:writers?|reporters?|correspondents?|photographers?)"
_NAMES = rf"{_NAME}(?:\s+{_ROLE}(?:\s+{_NAME})?)?"
_PEOPLE = rf"{_NAMES}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_NAMES})*+"
_PLACE = rf"(?:\s+(?:in|from|at)\s+{_NAME}(?:\s*,\s*{_NAME})*+)?"
_WHO = rf"{_PEOPLE}{_PLACE}(?:\s*,?\s+and\s+{_PEOPLE}{_PLACE})*"
_TASK = (
    r"(?i:(?:additional\s+|further\s+)?(?:reporting|writing|editing|compiled|compiling"
    r"|research|fact[- ]checking|graphics|production|translated|translation)"
    r"(?:\s+and\s+(?:reporting|writing|editing|research|translation))?\s+(?:by|from))"
)
_CREDIT_LINE = re.compile(
    rf"\(?\s*(?:{_TASK}\s+{_WHO}"
    rf"(?:\s*[;,|]\s*(?:and\s+)?{_TASK}\s+{_WHO})*"
    rf"|(?i:reporting|research)\s+was\s+contributed\s+by\s+{_WHO}"
    rf"|(?:(?i:the)\s+)?{_PEOPLE}{_PLACE}\s+contributed"
    rf"(?:\s+reporting|\s+research|\s+to\s+this\s+(?:report|story|article))"
    rf"{_PLACE}(?:\s*[;,]?\s+and\s+{_PEOPLE}\s+contributed\s+(?:reporting|research){_PLACE})*)"
    r"\s*[.)]?\s*\)?\.?"
)
"""A line that only credits the report's makers: Reuters' "Reporting by X in Y;
Editing by Z", the New York Times' "X contributed reporting from Y", "X and Y
contributed to this report".  Names must be capitalised, so a sentence of prose
("Reporting by the Times found the company hid losses") is not a credit."""
_ROLE_WORDS = (
    r"(?i:(?:senior\s+|chief\s+|special\s+|contributing\s+)?(?:staff\s+)?"
    r"(?:writers?|reporters?|correspondents?|editors?|contributors?|columnists?))"
)
_BYLINE_LINE = re.compile(
    rf"(?i:by)\s+{_WHO}(?:\s*,\s*{_ROLE_WORDS}"
    rf"|(?:\s*[|/\u00b7\u2014\u2013]\s*|\s+-\s+)(?>{_ROLE_WORDS}|{_NAME}))*+\s*\.?"
)
"""A byline: "By Jane Doe", "BY JANE DOE", "By Jane Doe and John Roe, Reuters", "By
Jane Doe, staff writer".  "By Monday, the talks had collapsed." is prose: its words
after the comma are not capitalised."""
_AFTER_BYLINE = re.compile(rf"(?>{_ROLE_WORDS}|{_NAME})(?:\s*,\s*(?>{_ROLE_WORDS}|{_NAME}))?")
"""A line under a byline that names the writer's role or outlet: "Staff Writer",
"Associated Press"."""
_STAMP_LINE = re.compile(
    r"(?P<verb>(?i:(?:last\s+|first\s+)?(?:updated|published|posted)))(?:\s+(?i:on|at))?"
    r"\s*:?\s*(?P<when>[^\n]{1,60})"
)
"""A time stamp: "Updated: July 2, 2025 10:31 a.m. ET", "Published 3:14 PM EDT Jul 1,
2025".  It must hold a date: "Updated: Rick Santorum on Sunday tried to clarify ..."
opens a report's text."""
_MAX_CREDIT_PARAGRAPHS = 3
_MAX_CREDIT_CHARS = 400
_MAX_BYLINE_LINES = 3


def _stamp(line: str) -> dt.date | None:
    """The date of a time-stamp line, or None if the line is not one."""
    match = _STAMP_LINE.fullmatch(line)
    return parse_date(match["when"]) if match else None


def published(lines: Iterable[str]) -> dt.date | None:
    """The date the first "Published" or "Posted" stamp among ``lines`` gives.

    An "Updated" stamp gives none: relative dates in the text ("on Tuesday") count
    from when the report was written, which may be days before its last update.
    """
    for line in lines:
        match = _STAMP_LINE.fullmatch(line)
        if match and "updated" not in match["verb"].lower():
            date = parse_date(match["when"])
            if date is not None:
                return date
    return None


def take_byline(text: str, meta: Metadata) -> str:
    """Take a byline paragraph and a time-stamp paragraph off the head of ``text``.

    :func:`split_metadata` does so; the loader does it again on a Markdown report's
    rendered text, where "*By Jane Doe*" has lost its emphasis.
    """
    for _ in range(2):
        stripped = text.lstrip()
        head, sep, rest = stripped.partition("\n\n")
        lines = [line.strip() for line in head.split("\n") if line.strip()]
        if (
            not sep
            or not rest.strip()
            or not lines
            or len(lines) > _MAX_BYLINE_LINES
            or len(head) > _MAX_CREDIT_CHARS
        ):
            break
        stamps = [_stamp(line) for line in lines]
        bylined = False
        for line, stamp in zip(lines, stamps, strict=True):
            if stamp is not None:
                continue
            if _BYLINE_LINE.fullmatch(line):
                bylined = True
            elif not (bylined and _AFTER_BYLINE.fullmatch(line)):
                return text
        meta.credits.extend(lines)
        text = rest
    return text


def split_credits(body: str) -> tuple[list[str], str]:
    """Take the credit lines off the foot of ``body``: (the lines, the rest).

    Only whole paragraphs at the very end are taken, at most three, and only
    while something else is left: a file that is nothing but a credit keeps it.
    """
    paragraphs = body.rstrip().split("\n\n")
    taken: list[str] = []
    for _ in range(_MAX_CREDIT_PARAGRAPHS):
        if len(paragraphs) == 1:
            break
        last = paragraphs[-1].strip()
        lines = [line.strip() for line in last.split("\n") if line.strip()]
        if (
            not lines
            or len(last) > _MAX_CREDIT_CHARS
            or not all(_CREDIT_LINE.fullmatch(line) or _stamp(line) for line in lines)
        ):
            break
        taken[:0] = lines
        paragraphs.pop()
    if not taken:
        return [], body
    return taken, "\n\n".join(paragraphs)
