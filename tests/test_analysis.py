"""The cross-report analysis, end to end: what a careful reader of the briefing sees."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from briefing_tui.analysis import Cancelled, analyse
from briefing_tui.analysis.align import (
    Scores,
    align,
    candidates,
    find_quoted,
    quote_shared,
    quoted_tokens,
    stories,
)
from briefing_tui.analysis.normalise import tokenize
from briefing_tui.analysis.pipeline import prepare
from briefing_tui.model import Analysis, Briefing, KeyPoint, Source
from briefing_tui.sources import load_briefing
from briefing_tui.sources.loader import parse_source


@pytest.fixture(scope="module")
def bundled() -> tuple[Briefing, Analysis]:
    briefing = load_briefing()
    return briefing, analyse(briefing)


def point_with(briefing: Briefing, analysis: Analysis, source: int, needle: str) -> KeyPoint:
    """The point holding the sentence of source ``source`` (1-based) that contains ``needle``."""
    src = briefing.sources[source - 1]
    (sentence,) = [s for s in src.sentences if needle in s.text]
    return analysis.point(analysis.point_of[sentence.id])


def spans_text(briefing: Briefing, point: KeyPoint, source_id: str) -> list[str]:
    source = briefing.source(source_id)
    return [source.text[s:e] for m in point.members if m.source == source_id for s, e in m.spans]


def _event(shared_data: Path, name: str) -> tuple[Briefing, Analysis]:
    """One of the shared events, loaded from its three reports and analysed."""
    briefing = load_briefing(sorted((shared_data / "events" / name).glob("*.txt")))
    return briefing, analyse(briefing)


def test_every_sentence_is_in_exactly_one_point(bundled: tuple[Briefing, Analysis]) -> None:
    briefing, analysis = bundled
    members = [m.sentence for p in analysis.points for m in p.members]
    all_ids = [s.id for src in briefing.sources for s in src.sentences]
    assert sorted(members) == sorted(all_ids)
    assert set(analysis.point_of) == set(all_ids)
    for point in analysis.points:
        assert all(analysis.point_of[m.sentence] == point.id for m in point.members)


def test_measured_non_escalatory_sentences_agree(bundled: tuple[Briefing, Analysis]) -> None:
    briefing, analysis = bundled
    point = point_with(briefing, analysis, 1, "non-escalatory, proportionate")
    assert point.status == "agree"
    assert point.sources == ("s1", "s2")
    assert any(
        "non-escalatory and focused" in briefing.sentence(m.sentence).text
        for m in point.members
        if m.source == "s2"
    )
    assert spans_text(briefing, point, "s1") == ["proportionate"]


def test_pentagon_meeting_is_only_in_the_second_report(bundled: tuple[Briefing, Analysis]) -> None:
    briefing, analysis = bundled
    point = point_with(briefing, analysis, 2, "met Secretary Hegseth at the Pentagon")
    assert point.status == "single"
    assert point.sources == ("s2",)


def test_the_two_ledes_report_the_same_call(bundled: tuple[Briefing, Analysis]) -> None:
    """Each report opens with Singh's Tuesday call with Hegseth, in different words."""
    briefing, analysis = bundled
    first = point_with(briefing, analysis, 1, "on Tuesday (July 1, 2025) thanked")
    second = point_with(briefing, analysis, 2, "held a telephonic conversation")
    assert first.id == second.id
    assert first.sources == ("s1", "s2")


def test_the_ledes_tell_the_call_with_different_details(bundled: tuple[Briefing, Analysis]) -> None:
    """One thanks Hegseth for his support, the other lists the call's topics: no fact
    conflicts, but neither version agrees with or contains the other, so they differ."""
    briefing, analysis = bundled
    point = point_with(briefing, analysis, 1, "on Tuesday (July 1, 2025) thanked")
    assert point.status == "differ"
    assert point.conflicts == ()
    assert "Operation Sindoor" in " ".join(spans_text(briefing, point, "s1"))
    assert "telephonic conversation" in " ".join(spans_text(briefing, point, "s2"))


def test_one_sentence_that_merges_two_joins_both(bundled: tuple[Briefing, Analysis]) -> None:
    """Report 2 says in one sentence what report 1 says in two neighbouring ones."""
    briefing, analysis = bundled
    merged = point_with(briefing, analysis, 2, "and commended Hegseth’s leadership")
    support = point_with(briefing, analysis, 1, "Mr. Singh appreciated the unwavering support")
    leadership = point_with(briefing, analysis, 1, "complimented the Secretary of Defense")
    assert merged.id == support.id == leadership.id


def test_ge404_engines_are_the_general_electric_engines(bundled: tuple[Briefing, Analysis]) -> None:
    """Report 2 names by designation ("GE404") the engines report 1 names by maker."""
    briefing, analysis = bundled
    first = point_with(briefing, analysis, 1, "General Electric engines for the Tejas")
    second = point_with(briefing, analysis, 2, "delivery of GE404 jet engines")
    assert first.id == second.id
    words = spans_text(briefing, first, "s1") + spans_text(briefing, first, "s2")
    assert not any("General Electric" in w or "GE404" in w for w in words)
    # The Tejas and its maker against "crucial for India's fighter aircraft fleet".
    assert first.status == "differ"
    assert first.conflicts == ()


def test_pahalgam_attack_is_only_in_the_first_report(bundled: tuple[Briefing, Analysis]) -> None:
    briefing, analysis = bundled
    point = point_with(briefing, analysis, 1, "Pahalgam attack")
    assert point.status == "single"
    assert point.sources == ("s1",)


def test_third_conversation_since_january_agrees_without_date_differences(
    bundled: tuple[Briefing, Analysis],
) -> None:
    briefing, analysis = bundled
    point = point_with(briefing, analysis, 1, "third telephonic conversation")
    assert point.sources == ("s1", "s2")
    assert point.status == "agree"
    words = spans_text(briefing, point, "s1") + spans_text(briefing, point, "s2")
    assert not any("2025" in w or "this year" in w or "January" in w for w in words)


def test_unwavering_support_sentences_agree(bundled: tuple[Briefing, Analysis]) -> None:
    briefing, analysis = bundled
    point = point_with(briefing, analysis, 1, "appreciated the unwavering support extended")
    assert "s2" in point.sources
    assert point.status == "agree"


def test_points_shared_by_most_sources_come_first(bundled: tuple[Briefing, Analysis]) -> None:
    _, analysis = bundled
    counts = [len(p.sources) for p in analysis.points]
    assert counts == sorted(counts, reverse=True)
    assert analysis.points[0].status != "single"


def test_the_bundled_briefing_has_no_false_conflicts(bundled: tuple[Briefing, Analysis]) -> None:
    _, analysis = bundled
    assert analysis.conflicts == ()


def _signature(
    briefing: Briefing, analysis: Analysis
) -> set[tuple[str, frozenset[tuple[str, str]], tuple[str, ...]]]:
    """The analysis described without ids, so that two load orders can be compared."""
    name = {s.id: s.name for s in briefing.sources}
    described = set()
    for point in analysis.points:
        members = frozenset(
            (name[m.source], briefing.sentence(m.sentence).text) for m in point.members
        )
        spans = tuple(
            sorted(
                f"{name[m.source]}:{briefing.source(m.source).text[s:e]}"
                for m in point.members
                for s, e in m.spans
            )
        )
        described.add((point.status, members, spans))
    return described


ORDER_BRIEFINGS = [
    ("2012-biden-ryan-debate", "2013-white-house-plays-down-data-program"),
    # Briefings where ties in the candidate search once went to the source loaded first.
    (
        "2013-obama-willing-use-executive-orders-guns",
        "2013-republicans-challenge-clinton-claims-budget-cuts",
    ),
    ("2019-mueller-office-disputes-buzzfeed-report", "2019-roger-stone-has-been-indicted-mueller"),
    (
        "2019-trump-continues-government-shutdown-border-wall",
        "2019-trump-declares-national-emergency-over-border",
    ),
]


@pytest.mark.parametrize("events", ORDER_BRIEFINGS)
def test_result_does_not_depend_on_source_order(shared_data: Path, events: tuple[str, str]) -> None:
    paths = [p for event in events for p in sorted((shared_data / "events" / event).glob("*.txt"))]
    signatures = []
    for seed in (0, 1, 2):
        shuffled = paths[:]
        random.Random(seed).shuffle(shuffled)
        briefing = load_briefing(shuffled)
        signatures.append(_signature(briefing, analyse(briefing)))
    assert signatures[0] == signatures[1] == signatures[2]


CONFLICTING_REPORTS = {
    "a.md": "---\nsource: Daily A\ndate: 2025-07-02\n---\n"
    "India and the US held talks yesterday. The engines will not be delivered this year. "
    "Officials said the deal was the third such agreement. "
    "The meeting was chaired by Rajnath Singh. The fund raised $10,977.74 from donors.",
    "b.md": "---\nsource: B Times\ndate: 2025-07-02\n---\n"
    "India and the United States held talks on Monday. The engines will be delivered this "
    "year. Officials said it was the fourth such agreement. The meeting was chaired by Amit "
    "Shah. Its filing lists a $10,977.47 total.",
    "c.txt": "India and America held talks on Tuesday. Officials called it the third such agreement.",
}


def test_conflicts_do_not_depend_on_source_order(tmp_path: Path) -> None:
    """Conflicts, and the order of their values, are the same whatever order the
    reports are given in: values are listed as points list their members (by label,
    then sentence), not by the sources' ids."""
    for name, text in CONFLICTING_REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = sorted(tmp_path.iterdir())
    described = []
    for seed in range(6):
        shuffled = paths[:]
        random.Random(seed).shuffle(shuffled)
        briefing = load_briefing(shuffled)
        analysis = analyse(briefing)
        label = {s.id: s.label for s in briefing.sources}
        described.append(
            [(c.kind, [(label[v.source], v.value) for v in c.values]) for c in analysis.conflicts]
        )
    assert all(d == described[0] for d in described)
    # Conflicts are numbered in the order of the points they involve.
    firsts = [int(c.points[0].removeprefix("p")) for c in analysis.conflicts]
    assert firsts == sorted(firsts)
    kinds = sorted(kind for kind, _ in described[0])
    assert kinds == ["date", "name", "negation", "number", "ordinal"]
    by_kind = dict(described[0])
    assert [lbl for lbl, _ in by_kind["number"]] == ["B Times", "Daily A"]
    assert [lbl for lbl, _ in by_kind["ordinal"]] == ["B Times", "Daily A", "c.txt"]


def test_three_sources_on_a_shared_event(shared_data: Path) -> None:
    briefing, analysis = _event(shared_data, "2012-biden-ryan-debate")
    assert len(briefing.sources) == 3
    statuses = {p.status for p in analysis.points}
    assert "single" in statuses
    assert statuses & {"agree", "differ"}
    multi = [p for p in analysis.points if len(p.sources) >= 2]
    assert multi, "three reports of one debate share some points"
    assert any(len(p.sources) == 3 for p in analysis.points)
    members = sorted(m.sentence for p in analysis.points for m in p.members)
    assert members == sorted(s.id for src in briefing.sources for s in src.sentences)
    for point in multi:
        for member in point.members:
            source = briefing.source(member.source)
            sentence = briefing.sentence(member.sentence)
            for start, end in member.spans:
                assert sentence.start <= start < end <= sentence.end
                assert source.text[start:end].strip() == source.text[start:end]


def test_two_unrelated_events_keep_their_points_apart(shared_data: Path) -> None:
    """Reports of two events form two stories; a short sentence that happens to
    agree with one of the other event ("It wasn't funny." / "This isn't funny
    anymore.") does not join them."""
    events = shared_data / "events"
    folders = [
        next(events.glob("2016-ruth-bader-ginsburg-*")),
        next(events.glob("2017-kathy-griffin-*")),
    ]
    briefing = load_briefing([p for folder in folders for p in sorted(folder.glob("*.txt"))])
    analysis = analyse(briefing)
    event = {source.id: Path(source.path).parent for source in briefing.sources}
    assert any(len(p.sources) > 1 for p in analysis.points)
    for point in analysis.points:
        assert len({event[source] for source in point.sources}) == 1, point.text


def test_weak_links_do_not_chain_two_places_of_one_report_into_one_point() -> None:
    """A point is a connected component, so a chain of weak links (here, through the
    third report's "raising more questions about ... the four-page summary") could
    gather what the second report says in two places apart."""
    first = _report(
        "s1",
        "a.txt",
        "“Undoubtedly, there is collusion,” Schiff told The Washington Post after Attorney"
        " General William Barr's four-page summary of Mueller's investigation was released"
        " Sunday.\n\nEvery Republican on the House Intelligence Committee on Thursday demanded"
        " Rep. Adam Schiff step down as chairman.\n",
    )
    second = _report(
        "s2",
        "b.txt",
        "“Undoubtedly there is collusion,” Schiff told The Washington Post on Tuesday.\n\n"
        "All nine Republican members of the House Intelligence Committee are calling on"
        " Schiff to resign as its chairman.\n\nQuestions about what the full report uncovered"
        " are still at the forefront of many Democrats’ minds.\n",
    )
    third = _report(
        "s3",
        "c.txt",
        "The Justice Department revealed on Thursday that the report came in at more than"
        " 300 pages, raising more questions about what information was behind the four-page"
        " summary released by Mr. Barr.\n\nRepublicans on the committee asked Mr. Schiff to"
        " resign as chairman.\n",
    )
    analysis = analyse(Briefing((first, second, third)))
    points = {p.id: [m.sentence for m in p.members] for p in analysis.points}
    quote = analysis.point_of["s2.0"]
    assert "s1.0" in points[quote]
    assert analysis.point_of["s2.2"] != quote
    for members in points.values():
        indices = sorted(int(s.split(".")[1]) for s in members if s.startswith("s2."))
        if indices:  # neighbours only
            assert indices == list(range(indices[0], indices[0] + len(indices)))


def test_a_report_compared_with_itself_agrees_everywhere() -> None:
    text = load_briefing().sources[0]
    twin = replace(
        text,
        id="s2",
        path="copy/" + text.path,
        label="copy",
        sentences=tuple(replace(s, id=f"s2.{s.index}", source="s2") for s in text.sentences),
    )
    analysis = analyse(Briefing((text, twin)))
    # The same text twice is one report, said so, and not counted as agreement.
    assert analysis.duplicates == (("s1", "s2"),)
    assert all(p.sources == ("s1",) for p in analysis.points)
    assert set(analysis.point_of) == {s.id for s in text.sentences} | {s.id for s in twin.sentences}


def _report(source_id: str, name: str, body: str) -> Source:
    return parse_source(source_id, name, body.encode())


def test_a_version_with_other_details_makes_a_point_differ() -> None:
    """Two versions that agree make an agreed point; a third report that tells the
    same point with details of its own (late engines, grounded jets), with no fact
    to conflict, joins it and makes it differ; on its own against the first, too."""
    first = _report(
        "s1",
        "a.txt",
        "The minister sought the timely delivery of the jet engines for the Tejas fighter."
        "\n\nOfficials said the weather in the capital was fine for the parade.",
    )
    second = _report(
        "s2",
        "b.txt",
        "The minister sought timely delivery of jet engines for the Tejas fighter, officials"
        " said.\n\nMarkets were closed for the holiday.",
    )
    third = _report(
        "s3",
        "c.txt",
        "Engines for the Tejas fighter are running two years late, and the air force has"
        " grounded its oldest jets while it waits.\n\nA storm is expected on Friday.",
    )
    for reports, sentences, status in (
        ((first, second), {"s1.0", "s2.0"}, "agree"),
        ((first, third), {"s1.0", "s3.0"}, "differ"),
        ((first, second, third), {"s1.0", "s2.0", "s3.0"}, "differ"),
    ):
        analysis = analyse(Briefing(reports))
        point = analysis.point(analysis.point_of["s1.0"])
        assert {m.sentence for m in point.members} == sentences
        assert point.status == status
        assert point.conflicts == ()


def _quoted_words(text: str) -> list[str]:
    tokens = tokenize(text)
    return [t.text for t, inside in zip(tokens, quoted_tokens(text, tokens), strict=True) if inside]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("“We’re asking the president,” she said.", ["We’re", "asking", "the", "president"]),
        ('He said "open it now" and left.', ["open", "it", "now"]),
        ('"Open it," he said, "and now."', ["Open", "it", "and", "now"]),
        # A quotation opened in an earlier sentence ends in this one.
        ("Let’s get it done!” he wrote.", ["Let’s", "get", "it", "done"]),
        ("She said: “We are asking the president", ["We", "are", "asking", "the", "president"]),
        ("No quotation here.", []),
        # Single curly marks, as British outlets quote; apostrophes are no marks.
        (
            "Singh said India’s response was ‘measured and proportionate’ today.",
            ["measured", "and", "proportionate"],
        ),
        ("He called the ‘90s ‘a lost decade’.", ["a", "lost", "decade"]),
        ("They don’t know what it’s for.", []),
    ],
)
def test_quoted_tokens(text: str, inside: list[str]) -> None:
    assert _quoted_words(text) == inside


def test_quoted_runs_hold_three_content_words_of_one_quotation() -> None:
    def runs(text: str) -> frozenset[tuple[str, ...]]:
        return find_quoted(text, tokenize(text)).runs

    asking = runs("She said: “We are asking the president to open up government.")
    assert ("ask", "the", "president", "to", "open") in asking
    # Two content words are not enough: a programme's name, a party's.
    assert not runs("He told “Face the Nation” on Sunday.")
    # Names and titles do not count: "Attorney General Barr" is no statement.
    assert not runs("“Attorney General Barr — release it,” he wrote.")
    # Words on either side of an unquoted "and" are two quotations.
    assert not runs("He called it “your moment” and “your big day.”")
    assert not runs("They will open up government, she said.")


def test_one_phrase_quoted_in_two_statements_is_not_one_statement() -> None:
    def shared(a: str, b: str) -> bool:
        return quote_shared(find_quoted(a, tokenize(a)), find_quoted(b, tokenize(b)))

    asking = "“We’re asking the president to open the government,” she told reporters."
    said = "Pelosi said: “We are asking the president to open up government."
    assert shared(asking, said)
    assert shared(said, asking)
    either = 'Either managers are on their own, "or else a strong corporate culture tells them'
    either += ' what to do."'
    hand = "“On the one hand, you say the problem is that they were utterly subjective, and on"
    hand += " the other hand you say there is strong corporate culture that guides all of this."
    assert not shared(either, hand)
    assert not shared(hand, either)


def test_sentences_quoting_one_statement_join_one_point() -> None:
    """Two reports frame one quotation differently ("she told reporters on the
    driveway" / "Representative Nancy Pelosi of California, who is in line to be
    elected speaker ..."): the pair scores as unrelated, but the quoted words are
    one statement.  The point differs: each version has details the other lacks."""
    first = _report(
        "s1",
        "a.txt",
        "The talks at the White House ended without a deal on Wednesday.\n\n"
        "“We’re asking the president to open the government,” she told reporters on the"
        " driveway.\n\nThe senator flew home to Ohio on a late flight.",
    )
    second = _report(
        "s2",
        "b.txt",
        "Democrats and the president failed to agree on a plan to end the shutdown.\n\n"
        "Representative Nancy Pelosi of California, who is in line to be elected speaker on"
        " Thursday, said: “We are asking the president to open up government.\n\n"
        "Markets were closed for the holiday.",
    )
    analysis = analyse(Briefing((first, second)))
    point = analysis.point(analysis.point_of["s1.1"])
    assert {m.sentence for m in point.members} == {"s1.1", "s2.1"}
    assert point.status == "differ"
    assert point.conflicts == ()


def test_a_name_quoted_in_two_statements_does_not_join_them() -> None:
    first = _report(
        "s1",
        "a.txt",
        "The talks at the White House ended without a deal on Wednesday.\n\n"
        "“Attorney General Barr — release the report to the public,” the senator wrote.\n\n"
        "The senator flew home to Ohio on a late flight.",
    )
    second = _report(
        "s2",
        "b.txt",
        "Democrats and the president failed to agree on a plan to end the shutdown.\n\n"
        "“Attorney General Barr will determine the appropriate next steps,” the lawyer said."
        "\n\nMarkets were closed for the holiday.",
    )
    analysis = analyse(Briefing((first, second)))
    assert analysis.point(analysis.point_of["s1.1"]).sources == ("s1",)


def test_split_sentences_join_the_point_of_the_merged_one() -> None:
    a = _report(
        "s1",
        "a.txt",
        "The minister sought the timely delivery of the jet engines for the Tejas fighter, "
        "and Hegseth invited him to Washington for an in-person meeting.\n\n"
        "Officials said the weather was fine.",
    )
    b = _report(
        "s2",
        "b.txt",
        "The minister sought timely delivery of jet engines for the Tejas fighter. "
        "Hegseth invited the minister to Washington for an in-person meeting.\n\n"
        "Markets were closed for the holiday.",
    )
    analysis = analyse(Briefing((a, b)))
    point = analysis.point(analysis.point_of["s1.0"])
    assert {m.sentence for m in point.members} == {"s1.0", "s2.0", "s2.1"}
    assert point.status == "agree"


def test_conflicting_figures_make_a_point_differ() -> None:
    a = _report(
        "s1",
        "a.txt",
        "Sources said the two leaders had a 20-minute conversation about defence ties.",
    )
    b = _report(
        "s2",
        "b.txt",
        "Officials said the two leaders had a 45-minute conversation about defence ties.",
    )
    analysis = analyse(Briefing((a, b)))
    (point,) = analysis.points
    assert point.status == "differ"
    (conflict,) = analysis.conflicts
    assert conflict.kind == "number"
    assert point.conflicts == (conflict.id,)
    assert {
        a.text[v.start : v.end] if v.source == "s1" else b.text[v.start : v.end]
        for v in conflict.values
    } == {
        "20-minute",
        "45-minute",
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One sentence with one word changed: the ordinals are the heaviest words
        # of both, so the pair scores low, but nothing else differs.
        (
            "The Senate met on Tuesday to debate the spending bill.\n\n"
            "It was the third vote this year.",
            "Senators met on Tuesday to debate the spending bill.\n\n"
            "It was the fourth vote this year.",
        ),
        # Reworded around the fact, so not one edit apart; left out, what remains
        # is alike.
        (
            "Foreign ministers of India and Japan met in Tokyo on Monday.\n\n"
            "It was their third meeting this year.",
            "The Indian and Japanese foreign ministers held talks in Tokyo on Monday.\n\n"
            "This was the fourth meeting between the two this year.",
        ),
    ],
)
def test_sentences_alike_but_for_one_fact_are_one_point_that_differs(
    first: str, second: str
) -> None:
    analysis = analyse(Briefing((_report("s1", "a.txt", first), _report("s2", "b.txt", second))))
    point = analysis.point(analysis.point_of["s1.1"])
    assert {m.sentence for m in point.members} == {"s1.1", "s2.1"}
    assert point.status == "differ"
    (conflict,) = (c for c in analysis.conflicts if c.id in point.conflicts)
    assert conflict.kind == "ordinal"


def test_conflicting_compound_figures_in_otherwise_different_sentences(tmp_path: Path) -> None:
    """ "a 20-minute conversation" against "The 45-minute conversation": a conflict across
    points, though the two sentences share little else and the briefing's own weights
    make "conversation" and "leaders" light words."""
    for article in load_briefing().sources:
        (tmp_path / article.name).write_text(Path(article.path).read_text(encoding="utf-8"))
    second = tmp_path / "2-singh-presses-engine-delivery.txt"
    with second.open("a", encoding="utf-8") as handle:
        handle.write("\n\nThe 45-minute conversation was also the leaders' first in months.\n")
    briefing = load_briefing([tmp_path])
    analysis = analyse(briefing)
    (conflict,) = analysis.conflicts
    assert conflict.kind == "number"
    stated = {briefing.source(v.source).text[v.start : v.end] for v in conflict.values}
    assert stated == {"20-minute", "45-minute"}
    holding = {analysis.point_of[v.sentence] for v in conflict.values}
    assert len(holding) == 2  # the two sentences are in different points
    assert set(conflict.points) == holding


def test_compound_figures_in_different_stories_do_not_conflict() -> None:
    a = _report(
        "s1",
        "a.txt",
        "The two leaders had a 20-minute conversation about defence ties.\n\n"
        "Engine deliveries for the Tejas fighter were discussed.",
    )
    b = _report(
        "s2",
        "b.txt",
        "The harbour reopened after the storm passed.\n\n"
        "Fishermen described a 45-minute conversation with the coast guard.",
    )
    analysis = analyse(Briefing((a, b)))
    assert analysis.conflicts == ()


def test_analysis_can_be_cancelled() -> None:
    briefing = load_briefing()
    with pytest.raises(Cancelled):
        analyse(briefing, cancelled=lambda: True)


def test_progress_is_reported_up_to_one() -> None:
    seen: list[float] = []
    analyse(load_briefing(), progress=seen.append)
    assert seen == sorted(seen)
    assert seen[-1] == 1.0


def _point_holding(briefing: Briefing, analysis: Analysis, name: str, needle: str) -> KeyPoint:
    """The point of the sentence of source file ``name`` that contains ``needle``."""
    source = next(s for s in briefing.sources if s.name == name)
    sentence = next(s for s in source.sentences if needle in s.text)
    return analysis.point(analysis.point_of[sentence.id])


def test_a_quotation_inside_a_longer_sentence_joins_it(shared_data: Path) -> None:
    """A mutual best match that holds all of a sentence links even when the longer
    side's added clause keeps the score low."""
    briefing, analysis = _event(shared_data, "2016-paul-lepage-remains-office")
    quote = "I will no longer speak to the press ever again after today"
    alone = _point_holding(briefing, analysis, "hpo.txt", quote)
    within = _point_holding(briefing, analysis, "nyt.txt", quote)
    assert alone.id == within.id


def test_a_short_sentence_wholly_inside_a_long_one_joins_it(shared_data: Path) -> None:
    """Not a mutual best match, and the long sentence's additions make the pair score
    as unrelated; but every content word of the short one is in the long one."""
    briefing, analysis = _event(shared_data, "2015-mike-huckabee-announced-his-run-presidency")
    short = _point_holding(briefing, analysis, "hpo.txt", "Huckabee ran for president in 2008.")
    long = _point_holding(briefing, analysis, "fox.txt", "a former Baptist minister, ran for")
    assert short.id == long.id


def test_one_quotation_framed_two_ways_is_one_point(shared_data: Path) -> None:
    briefing, analysis = _event(shared_data, "2019-trump-continues-government-shutdown-border-wall")
    framed = _point_holding(briefing, analysis, "hpo.txt", "We’re asking the president to open")
    said = _point_holding(briefing, analysis, "nyt.txt", "We are asking the president to open")
    assert framed.id == said.id


def test_two_shared_words_do_not_make_a_short_quotation_part_of_a_long_one(
    shared_data: Path,
) -> None:
    briefing, analysis = _event(shared_data, "2016-ruth-bader-ginsburg-criticizes-trump")
    assert len(_point_holding(briefing, analysis, "nyt.txt", "A lot of it is").sources) == 1


def test_verbs_that_only_attribute_are_no_anchors(shared_data: Path) -> None:
    """ "Warner told reporters" / "Schiff told reporters": two quotations of two
    people, whose only rare shared words say who was told."""
    briefing, analysis = _event(
        shared_data, "2017-house-intelligence-committee-prepares-subpoena-michael"
    )
    warner = _point_holding(briefing, analysis, "fox.txt", "A business does not have the right")
    assert len(warner.sources) == 1


def test_one_shared_word_does_not_make_a_short_sentence_part_of_another(shared_data: Path) -> None:
    briefing, analysis = _event(shared_data, "2016-nancy-pelosi-wins-house-minority-leadership")
    short = _point_holding(briefing, analysis, "hpo.txt", "That’s a lot.")
    other = _point_holding(briefing, analysis, "nyt.txt", "She has a lot of friends")
    assert short.id != other.id


def test_a_sentence_full_of_words_said_once_still_finds_its_match() -> None:
    """Candidates are looked up by the heaviest words another sentence also has."""
    a = _report(
        "s1",
        "a.txt",
        "The minister sought timely delivery of the Zorvex Q-17 Kestrel turbofan engines "
        "from Hindmarsh Aerodynamics Limited for the Talvar Mk2 trainer.",
    )
    b = _report("s2", "b.txt", "Officials pressed for the timely delivery of the turbofan engines.")
    items = prepare([a, b])
    assert candidates(items, lambda: False) == [[1], [0]]


@pytest.mark.parametrize(
    "event",
    [
        "2013-e-mails-show-jostling-over-benghazi",
        "2014-eric-cantor-defeated-david-brat",
        "2017-donald-trump-inaugurated",
    ],
)
def test_a_report_without_strong_matches_stays_in_its_event_story(
    shared_data: Path, event: str
) -> None:
    """An outlet that words everything its own way is still one story with the others."""
    briefing = load_briefing(sorted((shared_data / "events" / event).glob("*.txt")))
    items = prepare(list(briefing.sources))
    alignment = align(items, Scores(items))
    assert len(set(alignment.story.values())) == 1


def test_differing_figures_in_otherwise_different_sentences_conflict(shared_data: Path) -> None:
    """The 38-word oath against the 35-word oath, in sentences that share a few words."""
    paths = sorted((shared_data / "events" / "2017-donald-trump-inaugurated").glob("*.txt"))
    analysis = analyse(load_briefing(paths))
    assert any(sorted(v.value for v in c.values) == ["35", "38"] for c in analysis.conflicts)


def test_candidates_in_another_story_must_be_near_equivalent(shared_data: Path) -> None:
    """Before scoring, reports are grouped by where their sentences find their best
    candidates; across groups only sentences sharing half their weight are scored."""
    events = ("2012-biden-ryan-debate", "2013-white-house-plays-down-data-program")
    paths = [p for event in events for p in sorted((shared_data / "events" / event).glob("*.txt"))]
    briefing = load_briefing(paths)
    items = prepare(list(briefing.sources))
    event = {s.id: Path(s.path).parent.name for s in briefing.sources}
    lists = candidates(items, lambda: False)
    same = across = 0
    for i, found in enumerate(lists):
        for j in found:
            if event[items[i].source] == event[items[j].source]:
                same += 1
                continue
            across += 1
            a, b = items[i], items[j]
            shared = sum(a.weights[n] for n in a.weights.keys() & b.weights.keys())
            assert shared / min(a.total, b.total) >= 0.5
    assert same > 10 * across


def test_a_figure_differing_within_and_across_points_is_one_conflict() -> None:
    """The 47-page indictment against the 48-page one of the same point and of another."""
    a = _report(
        "s1",
        "a.txt",
        "Hunter and his wife were charged in a 48-page indictment released by the Justice"
        " Department on Tuesday.",
    )
    b = _report(
        "s2",
        "b.txt",
        "Hunter and his wife were charged in a 47-page indictment released by the Justice"
        " Department on Tuesday.",
    )
    c = _report(
        "s3",
        "c.txt",
        "Hunter and his wife were charged on Tuesday.\n\n"
        "According to the 48-page indictment, Hunter and his wife were charged with spending"
        " $250,000 of campaign funds on family trips to Italy and Hawaii.",
    )
    analysis = analyse(Briefing((a, b, c)))
    (conflict,) = analysis.conflicts
    assert sorted((v.source, v.value) for v in conflict.values) == [
        ("s1", "48"),
        ("s2", "47"),
        ("s3", "48"),
    ]
    assert analysis.point_of["s1.0"] != analysis.point_of["s3.1"]
    assert set(conflict.points) == {analysis.point_of["s1.0"], analysis.point_of["s3.1"]}


def test_a_precise_sum_misreported_by_one_digit_is_a_conflict(shared_data: Path) -> None:
    """HuffPost's "$5,687.75 on Martha's Vineyard Holistic Retreat" and the Times's
    "$5,587.75 vacation at the Martha's Vineyard Holistic Retreat", in two points."""
    briefing, analysis = _event(shared_data, "2013-jackson-pleads-guilty-over-illegal-campaign")
    (conflict,) = [c for c in analysis.conflicts if any(v.value == "5687.75" for v in c.values)]
    assert sorted(v.value for v in conflict.values) == ["5587.75", "5687.75"]
    shown = {briefing.source(v.source).text[v.start : v.end] for v in conflict.values}
    assert shown == {"$5,687.75", "$5,587.75"}


def test_a_report_without_strong_matches_joins_the_story_whose_words_it_shares() -> None:
    """A short report with as many chance matches in another event as in its own
    joins the event whose vocabulary it shares, whatever the order of the names."""
    inauguration = (
        "Trump took the oath of office on the steps of the Capitol. "
        "Chief Justice Roberts administered the oath to the new president. "
        "The inaugural parade moved down Pennsylvania Avenue to the White House. "
        "Crowds on the National Mall watched the inauguration ceremony."
    )
    constitution = (
        "House Republicans read the Constitution aloud on the floor of the chamber. "
        "The reading left out the clause counting slaves as three-fifths of a person. "
        "Members took turns reading the articles and amendments. "
        "Democrats said the reading was political theatre."
    )
    lonely = (
        "The new president spoke after taking the oath at the inauguration. "
        "He had counted on winning all three states. "
        "The parade and the crowds on the Mall marked the inaugural day."
    )
    reports = [
        _report("s1", "a-constitution-1.txt", constitution),
        _report("s2", "b-constitution-2.txt", constitution.replace("aloud", "in full")),
        _report("s3", "c-lonely.txt", lonely),
        _report("s4", "d-inauguration-1.txt", inauguration),
        _report("s5", "e-inauguration-2.txt", inauguration.replace("new", "45th")),
    ]
    items = prepare(reports)
    index = {item.sentence.id: i for i, item in enumerate(items)}
    best: list[dict[str, tuple[int, float]]] = [{} for _ in items]

    def match(a: str, b: str, score: float) -> None:
        best[index[a]][b.split(".")[0]] = (index[b], score)
        best[index[b]][a.split(".")[0]] = (index[a], score)

    for n in range(4):  # each event's two reports match sentence for sentence
        match(f"s1.{n}", f"s2.{n}", 90.0)
        match(f"s4.{n}", f"s5.{n}", 90.0)
    match("s3.1", "s1.1", 25.0)  # the chance match: "counted ... three"
    match("s3.0", "s4.0", 25.0)
    story = stories(items, best)
    assert story["s3"] == story["s4"] == story["s5"] != story["s1"]
