"""The cross-report analysis: from a loaded briefing to key points and conflicts."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from contextlib import contextmanager

from ..model import Analysis, Briefing, Conflict, ConflictValue, KeyPoint, Member, Source, Status
from .acronyms import find as find_acronyms
from .align import Cancelled, Prepared, Scores, align
from .compare import Weights, word_weights
from .conflicts import (
    Finding,
    FullNames,
    Version,
    across_points,
    merge_findings,
    within_point,
)
from .diff import difference_spans
from .facts import may_hold_quantity
from .normalise import Token, tokenize

KEEP_TOKENS = 50_000
"""Up to this many sentences, every sentence's tokens stay in memory between the steps."""
RELATED_SCORE = 20.0
"""Two versions in one point are checked for conflicting facts only when at least this alike."""
FIGURE_SCORE = 35.0
"""Two sentences in different points are checked for conflicting figures only when at least
this alike (and in one story): as alike as two sentences that share a point."""


def _never() -> bool:
    return False


def _ignore(_fraction: float) -> None:
    return None


def find_duplicates(sources: Sequence[Source]) -> dict[str, str]:
    """Sources that repeat another source's text: duplicate id -> the id of the one kept.

    The shown texts are compared, so one report saved twice (under two names, with
    different line ends or metadata) is recognised.

    The one kept is the first by label and path, so the choice does not depend
    on the order the sources were given in.
    """
    groups: dict[str, list[Source]] = defaultdict(list)
    for source in sources:
        groups[source.text].append(source)
    duplicate_of: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        kept, *rest = sorted(group, key=lambda s: (s.label, s.path))
        for source in rest:
            duplicate_of[source.id] = kept.id
    return duplicate_of


def prepare(
    sources: Sequence[Source],
    cancelled: Callable[[], bool] = _never,
    names: FullNames | None = None,
) -> list[Prepared]:
    """Word weights for every sentence of the given sources, from the briefing's own frequencies.

    Tokens are kept for short briefings; for long ones they are dropped once the
    weights are known and recomputed for the few sentences that are compared,
    so a report of tens of thousands of sentences stays in bounded memory.
    ``names``, if given, gathers the briefing's full names from the tokens as
    they are made, so that no sentence is tokenised again for them.
    """
    tokenized: list[tuple[Source, int, list[Token]]] = []
    for source in sources:
        for sentence in source.sentences:
            if len(tokenized) % 1024 == 0 and cancelled():
                raise Cancelled("the analysis was cancelled")
            tokens = tokenize(sentence.text)
            if names is not None:
                names.add(tokens, sentence.text)
            tokenized.append((source, sentence.index, tokens))
    model = Weights.from_documents(tokens for _, _, tokens in tokenized)
    keep = len(tokenized) <= KEEP_TOKENS
    items: list[Prepared] = []
    for number, (source, index, tokens) in enumerate(tokenized):
        if number % 1024 == 0 and cancelled():
            raise Cancelled("the analysis was cancelled")
        sentence = source.sentences[index]
        weights = word_weights(tokens, model)
        items.append(
            Prepared(
                sentence=sentence,
                source=source.id,
                order=(source.label, source.path, index),
                source_key=(source.label, source.path),
                position=index / max(1, len(source.sentences) - 1),
                weights=weights,
                total=sum(weights.values()),
                model=model,
                date=source.date,
                acronyms=find_acronyms(tokens),
                _tokens=tokens if keep else None,
            )
        )
    return items


def _status(members: Sequence[Prepared], conflicts: Sequence[str], held: set[str]) -> Status:
    """``single`` for one source; ``differ`` when the versions disagree on a fact or tell
    different details; else ``agree``.

    ``held`` are the sources whose version agrees with another source's version of
    the point, contains it or is contained in it (:func:`_held`).  Versions that say
    more or less than each other around a shared core agree, and what each adds is
    shown word by word.  A point differs when a checkable fact (a figure, an
    ordinal, a date, a negation, a name) conflicts, or when some report's version
    is joined to the others only by a looser link: a related sentence that tells
    the point with other details (each version has much the other lacks).
    """
    sources = {m.source for m in members}
    if len(sources) < 2:
        return "single"
    return "differ" if conflicts or held != sources else "agree"


def _held(
    members: Sequence[Prepared], strong: Set[int], scores: Scores, index: Mapping[str, int]
) -> set[str]:
    """The sources whose version of a point agrees with, contains or is contained in
    another source's version.

    ``strong`` are the sentences (by index) that the alignment joined to another
    report's by a strong link (:attr:`.align.Alignment.strong`).  Two versions that
    agree but were joined through others (neither is the other's best match) count
    too.
    """
    held = {m.source for m in members if index[m.sentence.id] in strong}
    for a in members:
        if a.source in held:
            continue
        for b in members:
            if (
                b.source != a.source
                and scores(index[a.sentence.id], index[b.sentence.id]).relation == "agree"
            ):
                held.update((a.source, b.source))
                break
    return held


def _representative(members: Sequence[Prepared], scores: Scores, index: dict[str, int]) -> Prepared:
    """The member most like the others (ties: the longer, then the first by source order)."""

    def key(member: Prepared) -> tuple[float, int, tuple[str, str, int]]:
        total = 0.0
        for other in members:
            if other.source != member.source:
                known = scores.known(index[member.sentence.id], index[other.sentence.id])
                total += known.score if known else 0.0
        return (-total, -len(member.sentence.text), member.order)

    return min(members, key=key)


def _spans(member: Prepared, members: Sequence[Prepared]) -> tuple[tuple[int, int], ...]:
    others = [m for m in members if m.source != member.source]
    if not others:
        return ()
    return difference_spans(
        member.sentence.text,
        member.sentence.start,
        member.tokens,
        (t for m in others for t in m.tokens),
        facts=member.facts,
        other_facts=[m.facts for m in others],
    )


def _story_order(groups: list[list[int]], items: Sequence[Prepared]) -> list[list[int]]:
    """Points carried by most sources first, then in story order; ties by text, never by id."""

    def key(group: list[int]) -> tuple[int, float, str]:
        members = [items[i] for i in group]
        sources = len({m.source for m in members})
        position = sum(m.position for m in members) / len(members)
        return (-sources, position, min(m.sentence.text for m in members))

    return sorted(groups, key=key)


def _conflicts(
    findings: Sequence[Finding],
    point_of: Mapping[str, str],
    order_of: Mapping[str, tuple[str, str, int]],
) -> list[Conflict]:
    """Number the findings as conflicts, each tied to the points whose versions it involves.

    A conflict's values are listed as the points list their members, by source label,
    path and sentence (``order_of``, by sentence id), and the conflicts in the order
    of the first point each involves, then of their first value: neither depends on
    the order the sources were given in."""
    found = []
    for finding in findings:
        ordered = sorted(finding.values, key=lambda v: (order_of[v[0].key], v[2]))
        values = tuple(
            ConflictValue(version.source, version.key, value, start, end)
            for version, value, start, end in ordered
        )
        points = tuple(dict.fromkeys(point_of[v.sentence] for v in values))
        first_point = min(int(point_id.removeprefix("p")) for point_id in points)
        where = [(order_of[v.sentence], v.start) for v in values]
        found.append(((first_point, where, finding.kind), finding, values, points))
    found.sort(key=lambda entry: entry[0])
    return [
        Conflict(f"c{number}", finding.kind, values, points, finding.context)
        for number, (_, finding, values, points) in enumerate(found, 1)
    ]


def _share_points(
    briefing: Briefing, duplicate_of: Mapping[str, str], point_of: dict[str, str]
) -> tuple[tuple[str, str], ...]:
    """Give each duplicate report's sentences the points of its twin; list the pairs.

    A duplicate shares the points of the report it repeats without counting as a
    source, so the same text twice is never agreement.  Returns ``(kept, duplicate)`` pairs.
    """
    by_id = {s.id: s for s in briefing.sources}
    for duplicate, original in duplicate_of.items():
        for sentence, twin in zip(
            by_id[duplicate].sentences, by_id[original].sentences, strict=True
        ):
            point_of[sentence.id] = point_of[twin.id]
    return tuple(sorted((original, duplicate) for duplicate, original in duplicate_of.items()))


def _alone(
    briefing: Briefing,
    kept: Sequence[Source],
    duplicate_of: Mapping[str, str],
    report: Callable[[float], None],
) -> Analysis:
    """The analysis of a briefing with one report (and perhaps copies of it): all single points."""
    points = [
        KeyPoint(f"p{number}", "single", sentence.text, (Member(source.id, sentence.id),))
        for number, (source, sentence) in enumerate(
            ((source, sentence) for source in kept for sentence in source.sentences), 1
        )
    ]
    point_of = {p.members[0].sentence: p.id for p in points}
    duplicates = _share_points(briefing, duplicate_of, point_of)
    report(1.0)
    return Analysis(tuple(points), (), duplicates, point_of)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while the analysis allocates.

    The analysis creates hundreds of thousands of small, long-lived objects
    and no reference cycles; the collector would walk them all again and again
    (a quarter of the time on a 300-article briefing). Reference counting
    still frees memory meanwhile.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def analyse(
    briefing: Briefing,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Analysis:
    """Key points, their status, word differences and conflicts for a briefing.

    ``progress`` is called with the fraction done (0.0 to 1.0); when
    ``cancelled`` returns True the analysis stops by raising :class:`Cancelled`.
    """
    with _no_cyclic_gc():
        return _analyse(briefing, progress, cancelled)


def _analyse(
    briefing: Briefing,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Analysis:
    report = progress or _ignore
    stop = cancelled or _never
    duplicate_of = find_duplicates(briefing.sources)
    kept = [s for s in briefing.sources if s.id not in duplicate_of]
    if len(kept) < 2:
        return _alone(briefing, kept, duplicate_of, report)
    # "Hillary" and "Clinton" are one person where a report says "Hillary Clinton".
    parts = FullNames()
    items = prepare(kept, stop, parts)
    report(0.1)
    index = {item.sentence.id: i for i, item in enumerate(items)}
    scores = Scores(items)
    alignment = align(items, scores, cancelled=stop, progress=lambda f: report(0.1 + 0.7 * f))
    groups = _story_order(alignment.groups, items)
    members_of = {
        f"p{number}": sorted((items[i] for i in group), key=lambda m: m.order)
        for number, group in enumerate(groups, 1)
    }
    point_of = {
        m.sentence.id: point_id for point_id, members in members_of.items() for m in members
    }

    def same_story(a: Version, b: Version) -> bool:
        return alignment.story[a.source] == alignment.story[b.source]

    def alike(a: Version, b: Version, least: float) -> bool:
        return same_story(a, b) and scores(index[a.key], index[b.key]).score >= least

    findings: list[Finding] = []
    for number, members in enumerate(members_of.values()):
        if number % 1024 == 0 and stop():
            raise Cancelled("the analysis was cancelled")
        if len(members) > 1:
            versions = [m.version() for m in members]
            findings += within_point(versions, lambda a, b: alike(a, b, RELATED_SCORE), parts)
    if stop():
        raise Cancelled("the analysis was cancelled")
    report(0.85)
    # The table of figures across the briefing, for conflicts between points.
    with_figures = [item.version() for item in items if may_hold_quantity(item.sentence.text)]
    findings += across_points(
        with_figures,
        lambda a, b: alike(a, b, FIGURE_SCORE),
        lambda a, b: point_of[a.key] == point_of[b.key],
        same_story,
    )
    report(0.9)

    # A figure that differs within its point and from another point's is one conflict.
    order_of = {item.sentence.id: item.order for item in items}
    conflicts = _conflicts(merge_findings(findings), point_of, order_of)
    conflicts_of: dict[str, list[str]] = defaultdict(list)
    for conflict in conflicts:
        for point_id in conflict.points:
            conflicts_of[point_id].append(conflict.id)
    points = [
        KeyPoint(
            id=point_id,
            status=_status(
                members, conflicts_of[point_id], _held(members, alignment.strong, scores, index)
            ),
            text=_representative(members, scores, index).sentence.text,
            members=tuple(Member(m.source, m.sentence.id, _spans(m, members)) for m in members),
            conflicts=tuple(conflicts_of[point_id]),
        )
        for point_id, members in members_of.items()
    ]
    duplicates = _share_points(briefing, duplicate_of, point_of)
    report(1.0)
    return Analysis(tuple(points), tuple(conflicts), duplicates, point_of)
