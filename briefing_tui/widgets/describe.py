"""Words for what the analysis found: status names, counts and conflicts in prose.

Pure functions of the model (no textual, no rich), shared by the panes, the
compare view and the command palette, and tested on their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from ..model import (
    Analysis,
    Briefing,
    Conflict,
    KeyPoint,
    Source,
    Status,
    by_report,
)
from ..textsafe import visible
from ..wording import date_meant, money_subject, numbered_names

STATUSES: tuple[Status, ...] = ("agree", "differ", "single")

BADGE: Mapping[Status, str] = {"agree": "✓", "differ": "≠", "single": "◆"}
"""One-cell marks used wherever a status is shown."""

STATUS_NAME: Mapping[Status, str] = {
    "agree": "agreed",
    "differ": "differs",
    "single": "one source",
}
"""What each status is called in the panes."""

STATUS_MEANING: Mapping[Status, str] = {
    "agree": "another report says the same",
    "differ": "another report says it differently or contradicts it",
    "single": "only this report says it",
}


def point_meaning(point: KeyPoint) -> str:
    """What a point's status means for this point: a ``differ`` says whether a fact
    conflicts or the reports only tell it with different details."""
    if point.status != "differ":
        return STATUS_MEANING[point.status]
    if point.conflicts:
        return "the reports contradict each other on a fact"
    return "the reports tell it with different details; no fact conflicts"


_KIND_NOUN = {
    "number": "figure",
    "ordinal": "order",
    "date": "date",
    "negation": "statement",
    "name": "name",
}

_UNIT_NOUN = {
    "second": "length",
    "minute": "length",
    "hour": "length",
    "day": "length",
    "week": "length",
    "month": "length",
    "year": "length",
    "percent": "share",
    "%": "share",
    "per cent": "share",
    "dollar": "amount",
    "$": "amount",
    "euro": "amount",
    "pound": "amount",
    "rupee": "amount",
    "crore": "amount",
    "million": "amount",
    "billion": "amount",
    "people": "count",
    "person": "count",
    "time": "count",
    "km": "distance",
    "mile": "distance",
}

_MEASURE_NOUN = {
    **dict.fromkeys(("duration", "second", "minute", "hour", "day", "week"), "duration"),
    **dict.fromkeys(("temperature", "celsius", "fahrenheit", "degree"), "temperature"),
    **dict.fromkeys(("length", "inch", "foot", "metre", "km", "mile"), "distance"),
    **dict.fromkeys(("mass", "kg", "ton"), "weight"),
}
"""What a figure in a unit of measure (or a family of units that convert) measures."""

MAX_QUOTE = 60
"""Quoted snippets are cut to this many characters."""


@dataclass(frozen=True, slots=True)
class Counts:
    """How many of a source's sentences are agreed, differ, or are only in it."""

    agree: int = 0
    differ: int = 0
    single: int = 0

    def __str__(self) -> str:
        return f"✓{self.agree} ≠{self.differ} ◆{self.single}"


def shorten(text: str, limit: int = MAX_QUOTE) -> str:
    """``text`` on one line, made visible, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(visible(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def fit_middle(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters by an ellipsis in the middle (file names differ at the ends)."""
    if len(text) <= width or width < 5:
        return text
    head = (width - 1) // 2
    tail = width - 1 - head
    return text[:head] + "…" + text[len(text) - tail :]


class Index:
    """Look-ups by id over a briefing and its analysis, built once (the model keeps tuples)."""

    def __init__(self, briefing: Briefing, analysis: Analysis) -> None:
        self.briefing = briefing
        self.analysis = analysis
        self.sources: dict[str, Source] = {s.id: s for s in briefing.sources}
        """The sources by id, in the order of the reports."""
        self.points: dict[str, KeyPoint] = {p.id: p for p in analysis.points}
        self.conflicts: dict[str, Conflict] = {c.id: c for c in analysis.conflicts}
        self.status_of: dict[str, Status] = {p.id: p.status for p in analysis.points}
        self.points_of_source: dict[str, list[KeyPoint]] = {s.id: [] for s in briefing.sources}
        for point in analysis.points:
            for source_id in point.sources:
                self.points_of_source.setdefault(source_id, []).append(point)


def sentence_statuses(
    source: Source, analysis: Analysis | None, index: Index | None = None
) -> list[Status | None]:
    """The status of each of the source's sentences, in order (None: not analysed)."""
    if analysis is None:
        return [None] * len(source.sentences)
    status_of = (
        index.status_of
        if index is not None
        else {point.id: point.status for point in analysis.points}
    )
    point_of = analysis.point_of
    result: list[Status | None] = []
    for sentence in source.sentences:
        point_id = point_of.get(sentence.id)
        result.append(status_of.get(point_id) if point_id is not None else None)
    return result


def source_counts(
    briefing: Briefing, analysis: Analysis, index: Index | None = None
) -> dict[str, Counts]:
    """Sentence counts by status, per source id."""
    index = index or Index(briefing, analysis)
    result: dict[str, Counts] = {}
    for source in briefing.sources:
        tally = Counter(s for s in sentence_statuses(source, analysis, index) if s is not None)
        result[source.id] = Counts(tally["agree"], tally["differ"], tally["single"])
    return result


def point_counts(analysis: Analysis) -> Counts:
    """How many key points have each status."""
    tally = Counter(point.status for point in analysis.points)
    return Counts(tally["agree"], tally["differ"], tally["single"])


def duplicates_of(analysis: Analysis | None, source_id: str) -> list[str]:
    """The ids of the sources that are the same report as ``source_id``."""
    if analysis is None:
        return []
    found: list[str] = []
    for a, b in analysis.duplicates:
        if a == source_id:
            found.append(b)
        elif b == source_id:
            found.append(a)
    return found


def _value_text(
    sources: Mapping[str, Source], source_id: str, start: int, end: int, fallback: str
) -> str:
    source = sources.get(source_id)
    text = source.text[start:end] if source is not None else ""
    return shorten(text or fallback, 40)


def _noun(conflict: Conflict, sources: Mapping[str, Source]) -> str:
    if conflict.kind == "name" and numbered_names(
        _value_text(sources, v.source, v.start, v.end, v.value) for v in conflict.values
    ):
        return "number"  # "Flight 370" / "Flight 307": flight number differs
    if conflict.kind == "number":
        for value in conflict.values:
            words = value.value.split()
            unit = words[-1].lower() if len(words) > 1 else ""
            if unit in _UNIT_NOUN:
                return _UNIT_NOUN[unit]
    return _KIND_NOUN.get(conflict.kind, "fact")


_DATE_SUBJECT = {"day": "date", "month": "month", "year": "year"}
"""What two dates differ in, by how precise they are: "Monday vs Tuesday: date differs"."""


def describe_conflict(
    sources: Mapping[str, Source], conflict: Conflict, labels: Mapping[str, str]
) -> str:
    """A conflict in words: ``"20-minute (The Hindu) vs 45-minute (ET): conversation length differs"``."""
    about = f" about {shorten(conflict.context, 40)}" if conflict.context else ""
    if conflict.kind == "negation" and any(v.value == "not" for v in conflict.values):
        values = by_report(conflict.values, sources)
        negating = [labels.get(v.source, v.source) for v in values if v.value == "not"]
        others = [labels.get(v.source, v.source) for v in values if v.value != "not"]
        negators = list(dict.fromkeys(negating))
        who = ", ".join(negators) or "one report"
        rest = ", ".join(dict.fromkeys(others)) or "the others"
        verb = "say" if len(negators) > 1 else "says"
        return f"{who} {verb} the opposite of {rest}{about}: a contradiction"
    parts: dict[str, list[str]] = {}
    for value in by_report(conflict.values, sources):
        shown = _value_text(sources, value.source, value.start, value.end, value.value)
        if conflict.kind == "date" and conflict.context != "time":
            meant = date_meant(shown, value.value)
            shown = f"{shown}, {meant}" if meant else shown  # "yesterday, 1 July 2025"
        parts.setdefault(shown, [])
        label = labels.get(value.source, value.source)
        if label not in parts[shown]:
            parts[shown].append(label)
    sides = " vs ".join(f"{text} ({', '.join(who)})" for text, who in parts.items())
    if conflict.kind == "negation":  # opposite words: "approved" against "rejected"
        return f"{sides}: opposite words{about}, a contradiction"
    words = conflict.context.split()
    if conflict.kind == "date" and conflict.context == "time":
        subject = "time of day"
    elif conflict.kind == "date" and conflict.context in _DATE_SUBJECT:
        subject = _DATE_SUBJECT[conflict.context]
    elif conflict.kind == "number" and (money := money_subject(conflict.context)) is not None:
        # "usd salary": the sum the figures give ("salary amount"), not a currency's code.
        subject = f"{shorten(money, 40)} amount" if money else "amount"
    elif conflict.kind == "number" and words and words[0] in _MEASURE_NOUN:
        subject = _measure_subject(sources, conflict, words)
    elif conflict.context:
        subject = f"{shorten(conflict.context, 40)} {_noun(conflict, sources)}"
    else:
        subject = _noun(conflict, sources)
    return f"{sides}: {subject} differs"


def _measure_subject(sources: Mapping[str, Source], conflict: Conflict, words: list[str]) -> str:
    """What a measure conflict is about: "conversation length" for figures joined to
    their unit before the thing they measure ("a 20-minute conversation"), else
    what the unit measures ("duration", "temperature")."""
    joined = all(
        "-" in _value_text(sources, v.source, v.start, v.end, v.value) for v in conflict.values
    )
    if joined and len(words) > 1 and words[0] in _UNIT_NOUN:
        return f"{shorten(words[1], 30)} {_UNIT_NOUN[words[0]]}"
    return _MEASURE_NOUN[words[0]]


def describe_point(index: Index, point: KeyPoint, labels: Mapping[str, str]) -> list[str]:
    """What sets a point's sources apart, one line each: conflicts first, then wording only one has."""
    lines: list[str] = []
    for conflict_id in point.conflicts:
        conflict = index.conflicts.get(conflict_id)
        if conflict is not None:
            lines.append(describe_conflict(index.sources, conflict, labels))
    if len(point.sources) > 1:
        for member in by_report(point.members, index.sources):
            source = index.sources.get(member.source)
            if not member.spans or source is None:
                continue
            words = [shorten(source.text[s:e], 30) for s, e in member.spans[:3]]
            more = "…" if len(member.spans) > 3 else ""
            quoted = ", ".join(f"“{w}”" for w in words if w)
            if quoted:
                lines.append(f"only {labels.get(member.source, member.source)}: {quoted}{more}")
    return lines
