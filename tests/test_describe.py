"""Conflicts in words, as the panes and the compare view put them."""

from __future__ import annotations

from briefing_tui.analysis import analyse
from briefing_tui.export.to_markdown import to_markdown
from briefing_tui.model import Analysis, Briefing, Conflict
from briefing_tui.sources import load_briefing
from briefing_tui.sources.loader import parse_source
from briefing_tui.widgets.describe import STATUS_MEANING, describe_conflict, point_meaning


def _described(first: str, second: str) -> tuple[Briefing, Analysis, Conflict, str]:
    """Two one-sentence reports, A and B, their one conflict and its description."""
    briefing = Briefing(
        (
            parse_source("s1", "a.txt", first.encode()),
            parse_source("s2", "b.txt", second.encode()),
        )
    )
    analysis = analyse(briefing)
    (conflict,) = analysis.conflicts
    sources = {s.id: s for s in briefing.sources}
    return (
        briefing,
        analysis,
        conflict,
        describe_conflict(sources, conflict, {"s1": "A", "s2": "B"}),
    )


def test_opposite_words_are_named_with_their_reports() -> None:
    briefing, analysis, conflict, text = _described(
        "The spending bill was approved by the Senate on Tuesday night.",
        "The spending bill was rejected by the Senate on Tuesday night.",
    )
    assert conflict.kind == "negation"
    assert sorted(v.value for v in conflict.values) == ["approved", "rejected"]
    assert text == "approved (A) vs rejected (B): opposite words about Senate, a contradiction"
    assert "“approved”" in to_markdown(briefing, analysis)


def test_an_inserted_negation_says_who_negates() -> None:
    *_, text = _described(
        "Hegseth said the Apache helicopters will be delivered this year.",
        "Hegseth said the Apache helicopters will not be delivered this year.",
    )
    assert text == "B says the opposite of A about delivered: a contradiction"


def test_a_time_of_day_is_named_as_such() -> None:
    briefing, analysis, conflict, text = _described(
        "The earthquake struck at 3:15 a.m. local time near the coast.",
        "The earthquake struck at 4:15 a.m. local time near the coast.",
    )
    assert conflict.kind == "date"
    assert sorted(v.value for v in conflict.values) == ["03:15", "04:15"]
    assert text.endswith(": time of day differs")
    assert "**Times of day differ**:" in to_markdown(briefing, analysis)


def test_several_reports_that_negate_say_so_in_the_plural() -> None:
    briefing = Briefing(
        (
            parse_source("s1", "a.txt", b"The government announced relief measures for farmers."),
            parse_source(
                "s2", "b.txt", b"The government has not announced relief measures for farmers."
            ),
            parse_source(
                "s3", "c.txt", b"The government did not announce relief measures for farmers."
            ),
        )
    )
    analysis = analyse(briefing)
    (conflict,) = analysis.conflicts
    sources = {s.id: s for s in briefing.sources}
    text = describe_conflict(sources, conflict, {"s1": "A", "s2": "B", "s3": "C"})
    assert text.startswith("B, C say the opposite of A")


def test_a_measure_is_named_by_what_it_measures() -> None:
    *_, joined = _described(
        "Sources said the two leaders had a 20-minute conversation on trade.",
        "Sources said the two leaders had a 45-minute conversation on trade.",
    )
    assert joined == "20-minute (A) vs 45-minute (B): conversation length differs"
    *_, converted = _described(
        "Power cuts lasted two hours in parts of the city.",
        "Power cuts lasted 90 minutes in parts of the city.",
    )
    assert converted == "two hours (A) vs 90 minutes (B): duration differs"


def test_a_sum_of_money_is_an_amount_not_a_unit_code() -> None:
    *_, text = _described(
        "The former executive was paid $770,962 in salary last year.",
        "The former executive was paid $950,000 in salary last year.",
    )
    assert text == "$770,962 (A) vs $950,000 (B): paid salary amount differs"


def test_a_differing_point_says_whether_a_fact_conflicts() -> None:
    _, analysis, conflict, _ = _described(
        "Sources said the two leaders had a 20-minute conversation on Tuesday.",
        "The two leaders had a 45-minute conversation on Tuesday, officials said.",
    )
    (point,) = [analysis.point(p) for p in conflict.points]
    assert point_meaning(point) == "the reports contradict each other on a fact"
    bundled = load_briefing()
    result = analyse(bundled)
    loose = [p for p in result.points if p.status == "differ" and not p.conflicts]
    assert loose
    assert {point_meaning(p) for p in loose} == {
        "the reports tell it with different details; no fact conflicts"
    }
    for point in result.points:
        if point.status != "differ":
            assert point_meaning(point) == STATUS_MEANING[point.status]
