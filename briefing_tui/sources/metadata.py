"""Metadata at the head of a report: front matter, a date line, a headline.

Three conventions are recognised, in this order:

1. YAML-style front matter between ``---`` lines, with flat ``key: value``
   pairs (``title``, ``source``/``outlet``/``publisher``, ``date``, ``url``);
2. a leading ``date YYYY-MM-DD`` (or ``date: YYYY-MM-DD``) line or prefix;
3. a first line that reads as a headline and is followed by a blank line.

Only flat scalars are needed, so front matter is parsed by hand rather than by
a YAML library: the text is untrusted, and a full YAML parser would accept
anchors, aliases and tags that have no business in a news file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_FRONT_MATTER_OPEN = re.compile(r"\A\ufeff?---[ \t]*\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_KEY_VALUE = re.compile(r"^([A-Za-z][\w -]*?)\s*:\s*(.*?)\s*$")
_DATE_PREFIX = re.compile(
    r"\A\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\n|\Z)", re.IGNORECASE
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SENTENCE_END = re.compile(r"[.!;:,]['\"’”)\]]*$")

_MAX_FRONT_MATTER_LINES = 100
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


@dataclass(slots=True)
class Metadata:
    """What the head of a report says about it."""

    title: str | None = None
    outlet: str | None = None
    date: dt.date | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)


def parse_date(value: str) -> dt.date | None:
    """The first ISO date (``YYYY-MM-DD``) in ``value``, or None."""
    match = _ISO_DATE.search(value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
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
        if not match:
            continue
        key = _KEYS.get(match[1].strip().lower())
        value = _unquote(match[2])
        if not key or not value:
            continue
        if key == "date":
            date = parse_date(value)
            if date is None:
                meta.notes.append(f"front matter date {value!r} is not a YYYY-MM-DD date; ignored")
            elif meta.date is None:
                meta.date = date
        elif getattr(meta, key) is None:
            setattr(meta, key, value)
    return text[closing.end() :]


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
    if meta.title is None:
        meta.title = first.strip()
    elif meta.title != first.strip():
        return text
    return rest


def split_metadata(text: str) -> tuple[Metadata, str]:
    """Separate the metadata at the head of ``text`` from the body."""
    meta = Metadata()
    body = _front_matter(text, meta)
    body = _date_line(body, meta)
    body = _headline(body, meta)
    return meta, body
