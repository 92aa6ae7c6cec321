"""Test input for the reader: briefings from text, and analyses built directly from the model.

The reader renders whatever :class:`Analysis` it is given, so its tests build
analyses with :func:`simple_analysis` (a small, predictable grouping by shared
words) instead of depending on the real analysis's judgement.  No tests here.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing_tui.model import (
    Analysis,
    Briefing,
    Conflict,
    ConflictValue,
    KeyPoint,
    Member,
    Sentence,
    Source,
)
from briefing_tui.sources.loader import load_briefing, parse_source

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "articles"

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_NUMBER = re.compile(r"\b(\d+)(?:-|\s)?(minute|hour|day|year|percent)s?\b", re.IGNORECASE)
_STOP_WORDS = (
    "a an the and or of to in on for with by at from as is was were be been that this it its his "
    "her their he she they we i you mr ms said also has have had not but which who will would"
)
_STOP = frozenset(_STOP_WORDS.split())


def bundled() -> Briefing:
    """The bundled two-report briefing, loaded file by file."""
    return load_briefing(sorted(ARTICLES.glob("*.txt")))


def briefing_of(*texts: str, labels: Sequence[str] = ()) -> Briefing:
    """A briefing made of these texts (front matter allowed), as the loader would build it."""
    sources: list[Source] = []
    for number, text in enumerate(texts, 1):
        source = parse_source(f"s{number}", f"/tmp/report-{number}.txt", text.encode("utf-8"))
        if number <= len(labels):
            from dataclasses import replace

            source = replace(source, label=labels[number - 1])
        sources.append(source)
    return Briefing(tuple(sources))


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP}


def _similar(a: Sentence, b: Sentence) -> bool:
    wa, wb = _words(a.text), _words(b.text)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def _unique_spans(sentence: Sentence, others: Sequence[Sentence]) -> tuple[tuple[int, int], ...]:
    other_words = set().union(*(_words(o.text) for o in others)) if others else set()
    spans = []
    for match in _WORD.finditer(sentence.text):
        word = match.group().lower()
        if word not in _STOP and word not in other_words:
            spans.append((sentence.start + match.start(), sentence.start + match.end()))
    return tuple(spans)


def simple_analysis(briefing: Briefing) -> Analysis:
    """Group sentences of different sources that share half their content words; mark number conflicts."""
    sentences = [s for source in briefing.sources for s in source.sentences]
    assigned: dict[str, int] = {}
    groups: list[list[Sentence]] = []
    for sentence in sentences:
        if sentence.id in assigned:
            continue
        group = [sentence]
        assigned[sentence.id] = len(groups)
        for other in sentences:
            if other.id in assigned or other.source in {g.source for g in group}:
                continue
            if _similar(sentence, other):
                group.append(other)
                assigned[other.id] = len(groups)
        groups.append(group)
    points: list[KeyPoint] = []
    conflicts: list[Conflict] = []
    point_of: dict[str, str] = {}
    for number, group in enumerate(groups, 1):
        point_id = f"p{number}"
        members = tuple(
            Member(
                s.source,
                s.id,
                _unique_spans(s, [o for o in group if o is not s]) if len(group) > 1 else (),
            )
            for s in group
        )
        values: list[ConflictValue] = []
        for s in group:
            for match in _NUMBER.finditer(s.text):
                values.append(
                    ConflictValue(
                        s.source,
                        s.id,
                        f"{match.group(1)} {match.group(2).lower()}",
                        s.start + match.start(),
                        s.start + match.end(),
                    )
                )
        point_conflicts: tuple[str, ...] = ()
        distinct = {v.value for v in values}
        if len(group) > 1 and len(distinct) > 1 and len({v.source for v in values}) > 1:
            conflict_id = f"c{len(conflicts) + 1}"
            conflicts.append(
                Conflict(conflict_id, "number", tuple(values), (point_id,), "conversation")
            )
            point_conflicts = (conflict_id,)
        if len(group) == 1:
            status = "single"
        elif point_conflicts or any(m.spans for m in members):
            status = "differ"
        else:
            status = "agree"
        points.append(KeyPoint(point_id, status, group[0].text, members, point_conflicts))  # type: ignore[arg-type]
        for s in group:
            point_of[s.id] = point_id
    duplicates = tuple(
        (a.id, b.id)
        for i, a in enumerate(briefing.sources)
        for b in briefing.sources[i + 1 :]
        if a.text == b.text
    )
    return Analysis(tuple(points), tuple(conflicts), duplicates, point_of)


def simple_analyse(
    briefing: Briefing, progress: Callable[[float], None], cancelled: Callable[[], bool]
) -> Analysis:
    """:func:`simple_analysis` with the reader's analyse signature."""
    progress(0.5)
    result = simple_analysis(briefing)
    progress(1.0)
    return result


def slow_analyse(seconds: float = 30.0) -> tuple[Callable[..., Analysis], dict[str, bool]]:
    """An analyse that runs until cancelled (or ``seconds``); the dict records whether it saw the cancel."""
    seen = {"cancelled": False, "started": False}

    def analyse(
        briefing: Briefing, progress: Callable[[float], None], cancelled: Callable[[], bool]
    ) -> Analysis:
        seen["started"] = True
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if cancelled():
                seen["cancelled"] = True
                raise RuntimeError("cancelled")
            progress(min(0.99, 1 - (deadline - time.monotonic()) / seconds))
            time.sleep(0.01)
        return simple_analysis(briefing)

    return analyse, seen
