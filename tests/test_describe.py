"""Conflicts in words, as the panes and the compare view put them."""

from __future__ import annotations

from briefing_tui.analysis import analyse
from briefing_tui.export.to_markdown import to_markdown
from briefing_tui.model import Analysis, Briefing, Conflict
from briefing_tui.sources import load_briefing
from briefing_tui.sources.loader import parse_source
from briefing_tui.widgets.describe import (
    STATUS_MEANING,
    Index,
    describe_conflict,
    describe_point,
    point_meaning,
)
from briefing_tui.widgets.key_points import point_prompt
from briefing_tui.wording import date_in_words, date_meant


def _briefing(first: str, second: str, names: tuple[str, str] = ("a.txt", "b.txt")) -> Briefing:
    """Two reports, s1 and s2, read from ``first`` and ``second``."""
    return Briefing(
        (
            parse_source("s1", names[0], first.encode()),
            parse_source("s2", names[1], second.encode()),
        )
    )


def _described(first: str, second: str) -> tuple[Briefing, Analysis, Conflict, str]:
    """Two one-sentence reports, A and B, their one conflict and its description."""
    briefing = _briefing(first, second)
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


def test_a_relative_date_is_told_with_the_date_it_stands_for() -> None:
    briefing, analysis, _, text = _described(
        "date 2025-07-02\n\nThe two leaders held talks yesterday.",
        "date 2025-07-02\n\nThe two leaders held talks on Monday.",
    )
    assert text == "yesterday, 1 July 2025 (A) vs Monday, 30 June 2025 (B): date differs"
    markdown = to_markdown(briefing, analysis)
    assert "**Dates differ**:" in markdown
    assert "a.txt: “yesterday” (1 July 2025) — " in markdown
    assert "b.txt: “Monday” (30 June 2025) — " in markdown


def test_dates_in_words() -> None:
    assert date_in_words("2025-07-01") == "1 July 2025"
    assert date_in_words("2025-07") == "July 2025"
    assert date_in_words("--07-01") == "1 July"
    assert date_in_words("--12") == "December"
    for said_as_much in ("2025", "Tuesday", "03:15", "2025-13-01", "--00"):
        assert date_in_words(said_as_much) is None
    assert date_meant("yesterday", "2025-07-01") == "1 July 2025"
    assert date_meant("July 1, 2025", "2025-07-01") is None  # it says so itself
    assert date_meant("Tuesday", "Tuesday") is None  # undated report: nothing to add


def test_the_panes_list_reports_in_the_order_of_the_source_list() -> None:
    """The analysis lists members and values by label, whatever the load order; the
    panes follow the source list's numbers: report 1 "Zeta" before report 2 "Alpha"."""
    briefing = _briefing(
        "source: Zeta\n\nThe two leaders had a 20-minute conversation.",
        "source: Alpha\n\nThe two leaders had a 45-minute conversation.",
        names=("z.txt", "a.txt"),
    )
    analysis = analyse(briefing)
    (point,) = [p for p in analysis.points if len(p.sources) == 2]
    assert [m.source for m in point.members] == ["s2", "s1"]  # by label, in the model
    index = Index(briefing, analysis)
    labels = {"s1": "Zeta", "s2": "Alpha"}
    lines = describe_point(index, point, labels)
    assert lines[0].startswith("20-minute (Zeta) vs 45-minute (Alpha)")
    assert [line.split(":")[0] for line in lines[1:]] == ["only Zeta", "only Alpha"]
    head = point_prompt(index, point, labels, {"s1": 1, "s2": 2}).plain.splitlines()[0]
    assert head.endswith("1 Zeta, 2 Alpha")
    markdown = to_markdown(briefing, analysis)
    assert "carried by Zeta, Alpha*" in markdown
    assert markdown.index("  - Zeta: ") < markdown.index("  - Alpha: ")
    assert markdown.index("    - Zeta: “20-minute”") < markdown.index("    - Alpha: “45-minute”")


def test_a_number_that_is_part_of_a_name_is_called_a_number() -> None:
    briefing, analysis, conflict, text = _described(
        "Flight 370 vanished over the sea on Saturday with 239 people aboard.",
        "Flight 307 vanished over the sea on Saturday with 239 people aboard.",
    )
    assert conflict.kind == "name"
    assert text == "Flight 370 (A) vs Flight 307 (B): flight number differs"
    assert "**Different numbers in the same name** (flight):" in to_markdown(briefing, analysis)


def test_a_name_is_still_called_a_name() -> None:
    *_, text = _described(
        "The meeting was chaired by Rajnath Singh on Tuesday.",
        "The meeting was chaired by Amit Shah on Tuesday.",
    )
    assert text.endswith(": chaired name differs")
