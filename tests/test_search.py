"""The pure search core: offsets, options, errors, limits and speed."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from conftest import shared_path
from hypothesis import given
from hypothesis import strategies as st
from test_app_support import briefing_of

from briefing_tui.model import Briefing
from briefing_tui.search import (
    Hit,
    Hits,
    SearchError,
    compile_pattern,
    count_label,
    find,
    matches,
)
from briefing_tui.sources.loader import load_briefing

TEXT_A = "The leaders had a 20-minute conversation. India’s actions were measured. [Reuters] reported it."
TEXT_B = "They spoke for 45 minutes. India's position was clear. The LEADERS agreed ― finally."

CORPUS = [
    # (name, pattern, options, expected matched texts)
    ("literal ignores case", "leaders", {}, ["leaders", "LEADERS"]),
    ("case-sensitive", "leaders", {"case": True}, ["leaders"]),
    ("apostrophes match each other", "India's", {}, ["India’s", "India's"]),
    ("hyphen matches", "20-minute", {}, ["20-minute"]),
    ("dashes match each other", "agreed — finally", {}, ["agreed ― finally"]),
    ("brackets are literal", "[Reuters]", {}, ["[Reuters]"]),
    ("regex", r"\d+[- ]minutes?", {"regex": True}, ["20-minute", "45 minutes"]),
    ("regex, case-sensitive", r"[A-Z]{3,}", {"regex": True, "case": True}, ["LEADERS"]),
    ("zero-width matches are skipped", r"\b", {"regex": True}, []),
    ("a dot is literal without regex", "t.", {}, ["t."]),
    ("nothing found", "Hegseth", {}, []),
]


@pytest.fixture
def briefing() -> Briefing:
    return briefing_of(TEXT_A, TEXT_B)


@pytest.mark.parametrize(
    ("name", "pattern", "options", "expected"), CORPUS, ids=[c[0] for c in CORPUS]
)
def test_corpus(
    briefing: Briefing, name: str, pattern: str, options: dict[str, bool], expected: list[str]
) -> None:
    hits = find(briefing, pattern, **options)
    assert [briefing.source(h.source_id).text[h.start : h.end] for h in hits] == expected


def test_hits_are_in_source_then_text_order(briefing: Briefing) -> None:
    hits = find(briefing, "e")
    assert hits == sorted(hits, key=lambda h: (h.source_id, h.start))
    assert all(isinstance(h, Hit) for h in hits)


def test_scope_to_one_source(briefing: Briefing) -> None:
    hits = find(briefing, "leaders", source="s2")
    assert [h.source_id for h in hits] == ["s2"]


def test_unknown_source_raises_key_error(briefing: Briefing) -> None:
    with pytest.raises(KeyError):
        find(briefing, "x", source="nope")


def test_empty_pattern_finds_nothing(briefing: Briefing) -> None:
    assert find(briefing, "") == []


@pytest.mark.parametrize("pattern", ["(", "[a-", "a{2,1}", "(?P<x", "*", "\\"])
def test_bad_regex_is_a_clear_error(briefing: Briefing, pattern: str) -> None:
    with pytest.raises(SearchError, match="invalid regex"):
        find(briefing, pattern, regex=True)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("(x+x+)+y", "Talks\n\nThe word is " + "x" * 5000 + " and no more.\n"),
        ("(a|aa)+b", "Talks\n\nThe cry was " + "a" * 60 + " and no more.\n"),
    ],
)
def test_a_pattern_that_backtracks_for_ever_stops_with_a_message(pattern: str, text: str) -> None:
    # Python's re would hold the interpreter for hours: the reader could not even quit.
    with pytest.raises(SearchError, match="backtracks too much"):
        find(briefing_of(text), pattern, regex=True)
    compiled = compile_pattern(pattern, regex=True)
    assert not matches(compiled, "x" * 5000 + "a" * 60)
    assert matches(compiled, "xxy aab")


def test_bad_regex_is_fine_as_literal(briefing: Briefing) -> None:
    assert find(briefing, "(", regex=False) == []


def test_limit_truncates_and_says_so(briefing: Briefing) -> None:
    hits = find(briefing, "e", limit=3)
    assert len(hits) == 3
    assert hits.truncated
    assert not find(briefing, "leaders").truncated


def test_count_label() -> None:
    hits = Hits([Hit("s1", 0, 1)] * 17)
    assert count_label(2, hits) == "3 of 17"
    assert count_label(None, hits) == "17 matches"
    assert count_label(None, Hits()) == "no matches"
    hits.truncated = True
    assert count_label(0, hits) == "1 of 17+"


@given(
    text=st.text(alphabet="abc ABC\n.", max_size=200),
    pattern=st.text(alphabet="abcAB", min_size=1, max_size=3),
)
def test_every_hit_is_the_pattern(text: str, pattern: str) -> None:
    if not text.strip():
        return
    briefing = briefing_of(text)
    source = briefing.sources[0]
    hits = find(briefing, pattern)
    for hit in hits:
        assert source.text[hit.start : hit.end].lower() == pattern.lower()
    assert len(hits) == source.text.lower().count(pattern.lower()) or len(pattern) > 1


def test_search_module_does_not_import_textual() -> None:
    code = (
        "import sys, briefing_tui.search; print('textual' in sys.modules or 'rich' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_fast_on_300_articles() -> None:
    events = shared_path("events")
    briefing = load_briefing(sorted(p for p in events.glob("*/*.txt")))
    assert len(briefing.sources) >= 250
    for pattern, options in (("biden", {}), ("the", {}), (r"\d+ percent", {"regex": True})):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            find(briefing, pattern, **options)
            times.append(time.perf_counter() - start)
        assert min(times) < 0.05, (pattern, times)
