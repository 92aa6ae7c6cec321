"""The core data model: plain, immutable records shared by every layer.

The loader builds :class:`Briefing` objects, the analysis builds :class:`Analysis`
objects, and the exporters and the UI only read them.  Every position is a
character offset into :attr:`Source.text`, the text that is shown, so that
``source.text[start:end]`` is always the thing being pointed at.

This module must not import textual or rich.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol, TypeVar

Span = tuple[int, int]
"""A half-open ``(start, end)`` range of character offsets."""

Status = Literal["agree", "differ", "single"]
"""How a key point stands across the sources."""

ConflictKind = Literal["number", "ordinal", "date", "negation", "name"]
"""What kind of fact two sources disagree on."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a source, located by offsets into ``Source.text``."""

    id: str
    """Unique across the briefing: ``"<source id>.<index>"``, e.g. ``"s1.3"``."""
    source: str
    """The id of the source the sentence belongs to."""
    index: int
    """Position within its source, from 0."""
    paragraph: int
    """Index of the paragraph holding it."""
    start: int
    end: int
    text: str
    """Always equal to ``source.text[start:end]``."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a source: a block of text between blank lines."""

    index: int
    start: int
    end: int
    sentences: range
    """Indices (into ``Source.sentences``) of the sentences in this paragraph."""


@dataclass(frozen=True, slots=True)
class Source:
    """One loaded report."""

    id: str
    """Short id unique within the briefing, ``"s1"``, ``"s2"``, ... in load order."""
    label: str
    """What the UI calls this source: the outlet, else the file name."""
    path: str
    """The file's path as given (its base name is the file name)."""
    text: str
    """The text that is shown: the body with metadata removed and line ends normalised."""
    encoding: str
    """The encoding the file was decoded with, e.g. ``"utf-8"`` or ``"cp1252"``."""
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    title: str | None = None
    outlet: str | None = None
    date: dt.date | None = None
    url: str | None = None
    notes: tuple[str, ...] = ()
    """Things the reader should know about how the file was read."""
    credits: tuple[str, ...] = ()
    """Credit lines taken off the foot of the text ("Reporting by ...; Editing by ...")."""

    @property
    def name(self) -> str:
        """The file's base name."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A path that could not be loaded, and why, in words a user understands."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything that was loaded: the sources, and the problems met on the way."""

    sources: tuple[Source, ...]
    problems: tuple[LoadProblem, ...] = ()

    def source(self, source_id: str) -> Source:
        """The source with this id."""
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def sentence(self, sentence_id: str) -> Sentence:
        """The sentence with this id."""
        source_id, _, index = sentence_id.rpartition(".")
        return self.source(source_id).sentences[int(index)]


@dataclass(frozen=True, slots=True)
class Member:
    """One sentence's place in a key point."""

    source: str
    sentence: str
    spans: tuple[Span, ...] = ()
    """Offsets into the source's text of the words the other members lack."""


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """A consolidated point: the sentences, from any sources, that report one thing."""

    id: str
    status: Status
    text: str
    """A representative wording of the point."""
    members: tuple[Member, ...]
    conflicts: tuple[str, ...] = ()
    """Ids of the conflicts found between this point's members."""

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that carry this point, in member order, once each."""
        return tuple(dict.fromkeys(m.source for m in self.members))


@dataclass(frozen=True, slots=True)
class ConflictValue:
    """One side of a conflict: a value as one source states it."""

    source: str
    sentence: str
    value: str
    """The value, normalised (``"20 minute"``, ``"2025-01"``, ``"not"``)."""
    start: int
    end: int
    """Where the value stands in the source's text."""


MONEY_UNITS = frozenset({"usd", "gbp"})
"""The units sums of money are filed under (cents and pence convert into them).  A
``number`` conflict between sums of money has a :attr:`Conflict.context` that opens
with one: ``"usd paid salary"``."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """A fact on which sources disagree."""

    id: str
    kind: ConflictKind
    values: tuple[ConflictValue, ...]
    points: tuple[str, ...]
    context: str = ""
    """What the value measures or describes, e.g. ``"conversation"``."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """The cross-report analysis of a briefing."""

    points: tuple[KeyPoint, ...]
    conflicts: tuple[Conflict, ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()
    """Pairs of source ids whose texts are the same report."""
    point_of: Mapping[str, str] = field(default_factory=dict)
    """Sentence id to the id of the key point that holds it."""

    def point(self, point_id: str) -> KeyPoint:
        """The key point with this id."""
        for point in self.points:
            if point.id == point_id:
                return point
        raise KeyError(point_id)


def report_order(source_ids: Iterable[str], order: Iterable[str]) -> list[str]:
    """``source_ids`` in the order of the reports, ``order`` (the briefing's source ids).

    The analysis lists a point's members and a conflict's values by label, so that
    its result does not depend on the order the reports were given in; the reader
    and the Markdown briefing show them as the list of reports numbers them."""
    rank = {source_id: n for n, source_id in enumerate(order)}
    return sorted(source_ids, key=lambda s: rank.get(s, len(rank)))


class _FromSource(Protocol):
    @property
    def source(self) -> str: ...


Placed = TypeVar("Placed", bound=_FromSource)


def by_report(items: Iterable[Placed], order: Iterable[str]) -> list[Placed]:
    """Members of a point, or values of a conflict, in the order of their reports
    (``order``, as for :func:`report_order`), and in their own order within one."""
    rank = {source_id: n for n, source_id in enumerate(order)}
    return sorted(items, key=lambda item: rank.get(item.source, len(rank)))
