"""The briefing as Markdown a person can paste into a report.

It answers the reader's three questions in order: what the reports agree on,
where they differ or contradict each other, and what only one of them says.
All report text is escaped, so nothing in a report acts as Markdown or HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import (
    Analysis,
    Briefing,
    Conflict,
    KeyPoint,
    Source,
    Span,
    by_report,
    report_order,
)
from ..sources.loader import display_path
from ..textsafe import visible
from ..wording import date_meant, money_subject, numbered_names, plural

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~&])")
"""Characters that could act as Markdown or HTML: "&" starts an entity ("&amp;"); "!"
needs none, since the "[" of an image is escaped."""
_LIST_MARKER = re.compile(r"^(\s*)(?:(\d{1,9})([.)])|([-+]))(?=\s|$)")
"""A list marker opening the text, which after a bullet would start a nested list:
"1. ", "2) ", "- ", "+ "."""
_KIND_NAMES = {
    "number": "Figures differ",
    "ordinal": "Ordinals differ",
    "date": "Dates differ",
    "negation": "One report negates or reverses what another says",
    "name": "Different names in the same role",
}
_STATUS_NAMES = {"agree": "agreed", "differ": "differs", "single": "one source"}


def escape(text: str) -> str:
    """Untrusted text made literal in Markdown: specials escaped, controls made visible,
    and a list marker at its start escaped, as the text may follow a bullet."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", visible(text)).replace("\n", " ")
    return _LIST_MARKER.sub(_escape_marker, escaped, count=1)


def _escape_marker(match: re.Match[str]) -> str:
    spaces, digits, delimiter, bullet = match.groups()
    return spaces + (f"{digits}\\{delimiter}" if digits else f"\\{bullet}")


def code(text: str) -> str:
    """Untrusted text as inline code: controls made visible, backticks cannot end the span."""
    return "`" + visible(text).replace("`", "'").replace("\n", " ") + "`"


def _emphasised(text: str, offset: int, spans: Sequence[Span]) -> str:
    """``text`` (starting at ``offset`` in its source) escaped, with ``spans`` in bold."""
    out: list[str] = []
    cursor = 0
    for start, end in spans:
        start, end = max(start - offset, cursor), min(end - offset, len(text))
        if start >= end:
            continue
        out.append(escape(text[cursor:start]))
        out.append(f"**{escape(text[start:end])}**")
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def _source_line(number: int, source: Source) -> str:
    parts = [f"{number}. **{escape(source.label)}**"]
    details = [escape(source.title)] if source.title else []
    if source.outlet and source.outlet != source.label:
        details.append(escape(source.outlet))
    if source.date:
        details.append(source.date.isoformat())
    if details:
        parts.append(" — " + ", ".join(details))
    parts.append(
        f" ({code(display_path(source.name))}, {plural(len(source.sentences), 'sentence')})"
    )
    if source.credits:
        parts.append(" — " + escape(" · ".join(source.credits)))
    return "".join(parts)


def _conflict_lines(briefing: Briefing, conflict: Conflict, labels: dict[str, str]) -> list[str]:
    title = _KIND_NAMES[conflict.kind]
    if conflict.kind == "name" and numbered_names(
        briefing.source(v.source).text[v.start : v.end] for v in conflict.values
    ):
        title = "Different numbers in the same name"  # "Flight 370" / "Flight 307"
    about = f" ({escape(conflict.context)})" if conflict.context else ""
    money = money_subject(conflict.context) if conflict.kind == "number" else None
    if conflict.kind == "date" and conflict.context == "time":
        title, about = "Times of day differ", ""
    elif conflict.kind == "date":  # "day": what differs is the date itself
        about = f" (the {conflict.context})" if conflict.context in ("month", "year") else ""
    elif money is not None:  # "usd salary": the currency's code says nothing more
        title, about = "Sums of money differ", f" ({escape(money)})" if money else ""
    lines = [f"- **{title}**{about}:"]
    for value in by_report(conflict.values, labels):
        source = briefing.source(value.source)
        sentence = briefing.sentence(value.sentence)
        stated = source.text[value.start : value.end]
        meant = date_meant(stated, value.value) if conflict.kind == "date" else None
        quoted = _emphasised(sentence.text, sentence.start, [(value.start, value.end)])
        dated = f" ({meant})" if meant else ""  # "yesterday" (1 July 2025)
        lines.append(f"  - {escape(labels[value.source])}: “{escape(stated)}”{dated} — {quoted}")
    return lines


def _point_lines(
    briefing: Briefing, point: KeyPoint, labels: dict[str, str], conflicts: dict[str, Conflict]
) -> list[str]:
    carried = ", ".join(escape(labels[s]) for s in report_order(point.sources, labels))
    lines = [
        f"- {escape(point.text)}",
        f"  - *{_STATUS_NAMES[point.status]}; carried by {carried}*",
    ]
    if point.status == "single":
        return lines
    if point.status == "differ" and not point.conflicts:
        lines.append(f"  - {DIFFERENT_DETAILS}")
    for member in by_report(point.members, labels):
        sentence = briefing.sentence(member.sentence)
        source = briefing.source(member.source)
        lines.append(
            f"  - {escape(labels[member.source])}: {_emphasised(sentence.text, sentence.start, member.spans)}"
        )
        if member.spans:
            added = "; ".join(f"“{escape(source.text[s:e])}”" for s, e in member.spans)
            lines.append(f"    - only here: {added}")
    for conflict_id in point.conflicts:
        lines += ["  " + line for line in _conflict_lines(briefing, conflicts[conflict_id], labels)]
    return lines


DIFFERENT_DETAILS = "No fact conflicts; the versions tell it with different details (in **bold**)."
"""Said of a differing point whose versions share a core but each adds much of its own."""
NO_CONFLICTS = (
    "No fact conflicts between the reports. Where their versions of a shared point "
    "word it differently or add details, the words only one version has are in **bold** above."
)
"""The differences section when shared points exist but none conflicts: their versions
still differ in detail, which the agreed section shows, so "Nothing." would mislead."""
ONLY_ACROSS_POINTS = "No shared point's versions conflict; these figures disagree across points:"
"""The differences section when the only conflicts are between points told by one report each."""


def to_markdown(briefing: Briefing, analysis: Analysis) -> str:
    """The briefing: sources, agreed points, differences and conflicts, single-source points."""
    labels = {s.id: s.label for s in briefing.sources}
    conflicts = {c.id: c for c in analysis.conflicts}
    shared = [p for p in analysis.points if p.status != "single"]
    agreed = [p for p in shared if p.status == "agree"]
    differing = [p for p in shared if p.status == "differ"]
    single = [p for p in analysis.points if p.status == "single"]

    count = len(briefing.sources)
    lines = [f"# Briefing: {plural(count, 'report')}", ""]
    lines.append(
        f"{plural(len(analysis.points), 'key point')}: {len(agreed)} agreed, "
        f"{len(differing)} differing, {len(single)} in one source only; "
        f"{plural(len(analysis.conflicts), 'conflicting fact')}."
    )
    lines.append("Words in **bold** are what that version has and the others lack.")
    lines += ["", "## Sources", ""]
    lines += [_source_line(n, s) for n, s in enumerate(briefing.sources, 1)]
    for original, duplicate in analysis.duplicates:
        lines.append(
            f"- {escape(labels[duplicate])} repeats {escape(labels[original])} word for word; "
            "it is not counted as a separate source."
        )

    lines += ["", "## What the reports agree on", ""]
    lines += [line for p in agreed for line in _point_lines(briefing, p, labels, conflicts)] or [
        "Nothing."
    ]

    lines += ["", "## Where they differ or contradict each other", ""]
    shown = {conflict_id for p in differing for conflict_id in p.conflicts}
    loose = [c for c in analysis.conflicts if c.id not in shown]
    contradicted = [p for p in differing if p.conflicts]
    detailed = [p for p in differing if not p.conflicts]
    for heading, group in (
        ("### Facts that conflict", contradicted),
        ("### Told with different details", detailed),
    ):
        if group:
            lines += ([] if lines[-1] == "" else [""]) + [heading, ""]
            lines += [line for p in group for line in _point_lines(briefing, p, labels, conflicts)]
    if not differing:
        lines.append(ONLY_ACROSS_POINTS if loose else NO_CONFLICTS if agreed else "Nothing.")
    if loose:
        lines += ["", "### Figures that disagree across points", ""]
        for conflict in loose:
            lines += _conflict_lines(briefing, conflict, labels)

    lines += ["", "## What only one report says", ""]
    for source in briefing.sources:
        own = [p for p in single if p.sources == (source.id,)]
        if not own:
            continue
        lines += [f"### {escape(source.label)}", ""]
        lines += [f"- {escape(p.text)}" for p in own]
        lines.append("")

    if briefing.problems:
        lines += ["## Files not loaded", ""]
        lines += [f"- {code(p.path)}: {escape(p.message)}" for p in briefing.problems]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
