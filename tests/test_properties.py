"""Properties that hold for any input: the loader, the analysis and the exporters never
crash on arbitrary text, and what they return is always consistent."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.analysis import analyse, compare_sentences
from briefing_tui.export.to_json import briefing_to_dict, to_json
from briefing_tui.export.to_markdown import to_markdown
from briefing_tui.model import Analysis, Briefing, Source
from briefing_tui.sources import load_briefing, parse_source

# Text that looks like news often enough to produce points, plus anything at all.
news_words = st.sampled_from(
    [
        "the",
        "minister",
        "said",
        "on",
        "Tuesday",
        "that",
        "20",
        "helicopters",
        "will",
        "not",
        "be",
        "delivered",
        "U.S.",
        "Hegseth",
        "Singh",
        "talks",
        "agreed",
        "$5.7",
        "billion",
        "third",
        "January",
        "this",
        "year",
        "[bold]",
        "[/]",
        "\x1b[31m",
        "\u202e",
        "…",
        "—",
        "“quoted”",
        "“",
        "”",
        '"',
        "‘",
        "’",
        ".",
        "51-49",
        "vote",
        "approved",
        "rejected",
        "as many as",
        "three other",
        "50 km (32 miles)",
        "by 1018 GMT",
        "if",
        "Hillary",
        "Clinton",
        "4.4",
        "percent",
        ",",
    ]
)
news_text = st.lists(st.one_of(news_words, st.just(". "), st.just("\n\n")), max_size=60).map(
    " ".join
)
any_text = st.one_of(news_text, st.text(max_size=300))


def sources_from(texts: list[str]) -> list[Source]:
    sources = []
    for text in texts:
        try:
            sources.append(
                parse_source(
                    f"s{len(sources) + 1}",
                    f"r{len(sources)}.txt",
                    text.encode("utf-8", "surrogatepass"),
                )
            )
        except ValueError:
            continue  # empty or binary-looking: refused with a message, tested elsewhere
    return sources


def check_analysis(briefing: Briefing, analysis: Analysis) -> None:
    sentences = {s.id: s for src in briefing.sources for s in src.sentences}
    duplicates = {dup for _, dup in analysis.duplicates}
    members = [m.sentence for p in analysis.points for m in p.members]
    expected = sorted(sid for sid, s in sentences.items() if s.source not in duplicates)
    assert sorted(members) == expected  # every sentence in exactly one point
    assert set(analysis.point_of) == set(sentences)
    for point in analysis.points:
        assert (point.status == "single") == (len(point.sources) == 1)
        for member in point.members:
            sentence = sentences[member.sentence]
            for start, end in member.spans:
                assert sentence.start <= start < end <= sentence.end
    for conflict in analysis.conflicts:
        for value in conflict.values:
            sentence = sentences[value.sentence]
            assert sentence.start <= value.start <= value.end <= sentence.end


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(any_text, min_size=1, max_size=3))
def test_analysis_of_any_reports_is_consistent(texts: list[str]) -> None:
    briefing = Briefing(tuple(sources_from(texts)))
    analysis = analyse(briefing)
    check_analysis(briefing, analysis)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(any_text, min_size=1, max_size=3))
def test_exports_of_any_reports_round_trip(texts: list[str]) -> None:
    briefing = Briefing(tuple(sources_from(texts)))
    analysis = analyse(briefing)
    document = to_json(briefing, analysis)
    assert json.loads(document) == json.loads(json.dumps(briefing_to_dict(briefing, analysis)))
    loaded = json.loads(document)
    for exported, source in zip(loaded["sources"], briefing.sources, strict=True):
        assert exported["text"] == source.text  # the original text, controls included
    markdown = to_markdown(briefing, analysis)
    assert not any(ch in markdown for ch in "\x1b\x07\u202e\x9b")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_load_or_are_refused_with_a_message(data: bytes) -> None:
    try:
        source = parse_source("s1", "x.txt", data)
    except ValueError as error:
        message = str(error)
        assert message  # a refusal must say why
        return
    for sentence in source.sentences:
        assert source.text[sentence.start : sentence.end] == sentence.text


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_a_sentence_compared_with_itself_agrees(text: str) -> None:
    comparison = compare_sentences(text, text)
    assert comparison.relation == "agree"
    assert comparison.score == 100.0


def test_a_report_against_a_near_copy_agrees_everywhere(tmp_path: Path) -> None:
    """A report and a copy of it with one sentence added: every original sentence agrees."""
    originals = sorted(Path(__file__).resolve().parents[1].joinpath("articles").glob("*.txt"))
    for original in originals:
        copy = tmp_path / f"copy-of-{original.name}"
        copy.write_bytes(
            original.read_bytes() + b"\n\nAn extra closing sentence about the weather.\n"
        )
        briefing = load_briefing([original, copy])
        analysis = analyse(briefing)
        assert analysis.duplicates == ()
        first = briefing.sources[0]
        for sentence in first.sentences:
            point = analysis.point(analysis.point_of[sentence.id])
            assert point.status == "agree", sentence.text
            assert len(point.sources) == 2
            assert all(not m.spans for m in point.members)
        check_analysis(briefing, analysis)


def test_the_same_report_twice_is_a_duplicate_not_agreement(tmp_path: Path) -> None:
    original = sorted(Path(__file__).resolve().parents[1].joinpath("articles").glob("*.txt"))[0]
    copy = tmp_path / "same-report-other-name.txt"
    copy.write_bytes(original.read_bytes().replace(b"\n", b"\r\n"))
    briefing = load_briefing([original, copy])
    analysis = analyse(briefing)
    assert len(analysis.duplicates) == 1
    assert all(p.status == "single" for p in analysis.points)
    check_analysis(briefing, analysis)
