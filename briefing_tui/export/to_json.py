"""The briefing as JSON: a stable, documented schema (docs/json-schema.md)."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..model import Analysis, Briefing, Conflict, KeyPoint, Source
from ..sources.loader import display_path

SCHEMA_VERSION = 2


def _source(source: Source, analysis: Analysis | None) -> dict[str, Any]:
    point_of = analysis.point_of if analysis else {}
    return {
        "id": source.id,
        "label": source.label,
        "title": source.title,
        "outlet": source.outlet,
        "date": source.date.isoformat() if source.date else None,
        "url": source.url,
        "path": display_path(source.path),
        "name": display_path(source.name),
        "encoding": source.encoding,
        "notes": list(source.notes),
        "credits": list(source.credits),
        "text": source.text,
        "paragraphs": [
            {
                "index": p.index,
                "start": p.start,
                "end": p.end,
                "sentences": [source.sentences[i].id for i in p.sentences],
            }
            for p in source.paragraphs
        ],
        "sentences": [
            {
                "id": s.id,
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "point": point_of.get(s.id),
            }
            for s in source.sentences
        ],
    }


def _point(point: KeyPoint) -> dict[str, Any]:
    return {
        "id": point.id,
        "status": point.status,
        "text": point.text,
        "sources": list(point.sources),
        "members": [
            {"source": m.source, "sentence": m.sentence, "spans": [list(span) for span in m.spans]}
            for m in point.members
        ],
        "conflicts": list(point.conflicts),
    }


def _conflict(conflict: Conflict) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "kind": conflict.kind,
        "context": conflict.context,
        "values": [
            {
                "source": v.source,
                "sentence": v.sentence,
                "value": v.value,
                "start": v.start,
                "end": v.end,
            }
            for v in conflict.values
        ],
        "points": list(conflict.points),
    }


def briefing_to_dict(briefing: Briefing, analysis: Analysis | None = None) -> dict[str, Any]:
    """The briefing, and its analysis if given, as plain JSON-ready data."""
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "generator": {"name": "briefing-tui", "version": __version__},
        "sources": [_source(source, analysis) for source in briefing.sources],
        "errors": [{"path": display_path(p.path), "message": p.message} for p in briefing.problems],
    }
    if analysis is not None:
        data["points"] = [_point(point) for point in analysis.points]
        data["conflicts"] = [_conflict(conflict) for conflict in analysis.conflicts]
        data["duplicates"] = [list(pair) for pair in analysis.duplicates]
    return data


def to_json(briefing: Briefing, analysis: Analysis | None = None) -> str:
    """The briefing as a JSON document (UTF-8 text, indented, ending in a newline)."""
    return json.dumps(briefing_to_dict(briefing, analysis), ensure_ascii=False, indent=2) + "\n"
