"""Tests of the sentence and paragraph segmenter (briefing_tui.analysis.segment).

Four kinds: the 48 English Golden Rules (from ../shared/data), a corpus of news
sentences, hypothesis properties of the offsets on arbitrary Unicode, and the two
bundled reports in articles/.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import time
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, shared_path
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.analysis.segment import segment, split_paragraphs, split_sentences

# --- Golden Rules ----------------------------------------------------------------

#: Golden Rules the segmenter is known to fail, with the reason (see
#: docs/segmentation.md, "Golden Rules"). Each is marked xfail(strict=True), so a
#: rule that starts passing must be taken off this list.
KNOWN_FAILURES: dict[int, str] = {}
GOLDEN_RULE_IDS = range(1, 49)


@cache
def golden_rules() -> dict[int, dict[str, Any]]:
    """The Golden Rules by id, read from ../shared/data (skips if it is absent)."""
    rows = json.loads(shared_path("golden_rules_en.json").read_text(encoding="utf-8"))
    return {row["id"]: row for row in rows}


def stripped_sentences(text: str) -> list[str]:
    """The sentences of `text` as stripped strings."""
    return [text[start:end].strip() for start, end in split_sentences(text)]


def test_golden_rules_file_has_the_48_rules() -> None:
    assert sorted(golden_rules()) == list(GOLDEN_RULE_IDS)


@pytest.mark.parametrize(
    "rule_id",
    [
        pytest.param(
            rule_id,
            id=f"rule-{rule_id}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[rule_id])]
            if rule_id in KNOWN_FAILURES
            else [],
        )
        for rule_id in GOLDEN_RULE_IDS
    ],
)
def test_golden_rule(rule_id: int) -> None:
    rule = golden_rules()[rule_id]
    assert stripped_sentences(rule["text"]) == rule["expected"], rule["rule"]


def test_golden_rules_score_meets_the_target() -> None:
    rules = golden_rules().values()
    passed = sum(stripped_sentences(rule["text"]) == rule["expected"] for rule in rules)
    assert passed >= 47
    assert passed == len(rules) - len(KNOWN_FAILURES)


# --- news corpus -------------------------------------------------------------------

CORPUS: list[tuple[str, str, list[str]]] = [
    (
        "titles",
        "Mr. Singh met Mrs. Jones and Dr. Fauci. Gen. Mark Milley, Sen. Elizabeth Warren, "
        "Rep. Nancy Pelosi and Gov. Gavin Newsom were there.",
        [
            "Mr. Singh met Mrs. Jones and Dr. Fauci.",
            "Gen. Mark Milley, Sen. Elizabeth Warren, Rep. Nancy Pelosi and Gov. Gavin Newsom "
            "were there.",
        ],
    ),
    (
        "title-in-parentheses-and-hyphenated",
        "One speaker (Mr. Rubio) was liked, as was ex-Gov. Jeb Bush. Then-Rep. Giffords spoke.",
        [
            "One speaker (Mr. Rubio) was liked, as was ex-Gov. Jeb Bush.",
            "Then-Rep. Giffords spoke.",
        ],
    ),
    (
        "country-initialisms",
        "The U.S. and the U.K. signed a deal. He moved to the U.K. He said it was cold.",
        ["The U.S. and the U.K. signed a deal.", "He moved to the U.K.", "He said it was cold."],
    ),
    (
        "initialism-before-a-name",
        "The U.S. Senate voted. She thanked U.S. Secretary of Defense Pete Hegseth.",
        ["The U.S. Senate voted.", "She thanked U.S. Secretary of Defense Pete Hegseth."],
    ),
    (
        "initialism-ending-a-sentence",
        "He lied many times to the F.B.I. Nothing happened to him.",
        ["He lied many times to the F.B.I.", "Nothing happened to him."],
    ),
    (
        "times-of-day",
        "The polls close at 8 p.m. Voters still in line can vote. The debate starts at "
        "9 p.m. Eastern. At 6 a.m. Monday the doors open. By 10 p.m. Trump had conceded. "
        "The call began at 9 a.m. Washington time and lasted an hour.",
        [
            "The polls close at 8 p.m.",
            "Voters still in line can vote.",
            "The debate starts at 9 p.m. Eastern.",
            "At 6 a.m. Monday the doors open.",
            "By 10 p.m. Trump had conceded.",
            "The call began at 9 a.m. Washington time and lasted an hour.",
        ],
    ),
    (
        "time-before-a-name",
        "The judge set the sentencing for June 28 at 2 p.m. Jackson will be free until then.",
        ["The judge set the sentencing for June 28 at 2 p.m.", "Jackson will be free until then."],
    ),
    (
        "months",
        "On Jan. 20, 2025, Trump was sworn in. The hearing is set for Feb. 3. It may move.",
        ["On Jan. 20, 2025, Trump was sworn in.", "The hearing is set for Feb. 3.", "It may move."],
    ),
    (
        "companies",
        "Apple Inc. said it would appeal. Apple Inc. Chief Executive Tim Cook spoke. "
        "Shares of Tesla Inc. fell. He sued Acme Corp. The case is pending.",
        [
            "Apple Inc. said it would appeal.",
            "Apple Inc. Chief Executive Tim Cook spoke.",
            "Shares of Tesla Inc. fell.",
            "He sued Acme Corp.",
            "The case is pending.",
        ],
    ),
    (
        "number-abbreviation",
        "Representative James E. Clyburn, the No. 3 House Democrat, said no. No. The answer is no.",
        [
            "Representative James E. Clyburn, the No. 3 House Democrat, said no.",
            "No.",
            "The answer is no.",
        ],
    ),
    (
        "saint-and-street",
        "The nearby St. Louis Tea Party met. The store is on Main St. It opened in 1990.",
        ["The nearby St. Louis Tea Party met.", "The store is on Main St.", "It opened in 1990."],
    ),
    (
        "junior",
        "Martin Luther King Jr. Day is a holiday. Robert F. Kennedy Jr. said so. JFK Jr.'s "
        "book sold well.",
        [
            "Martin Luther King Jr. Day is a holiday.",
            "Robert F. Kennedy Jr. said so.",
            "JFK Jr.'s book sold well.",
        ],
    ),
    (
        "versus",
        "Roe vs. Wade was decided in 1973. It was Trump vs. Biden again.",
        ["Roe vs. Wade was decided in 1973.", "It was Trump vs. Biden again."],
    ),
    (
        "initials",
        "John F. Kennedy was shot in 1963. J.K. Rowling wrote it. George H.W. Bush and Joseph "
        "R. Biden Jr. served.",
        [
            "John F. Kennedy was shot in 1963.",
            "J.K. Rowling wrote it.",
            "George H.W. Bush and Joseph R. Biden Jr. served.",
        ],
    ),
    (
        "initial-at-paragraph-start",
        "A. Barry Rand met Gen. Keith B. Alexander. Then he left.",
        ["A. Barry Rand met Gen. Keith B. Alexander.", "Then he left."],
    ),
    (
        "decimals-and-money",
        "The deal is worth $2.5 billion, or 3.5% of revenue. Shares rose 1.2. The rest was "
        "$100.00.",
        [
            "The deal is worth $2.5 billion, or 3.5% of revenue.",
            "Shares rose 1.2.",
            "The rest was $100.00.",
        ],
    ),
    (
        "quotation-of-two-sentences",
        "“The two leaders discussed a wide canvas of issues, including expanding the industry "
        "collaboration. They agreed to further build upon the momentum with other like-minded "
        "partners,” the Ministry of Defence said in a statement.",
        [
            "“The two leaders discussed a wide canvas of issues, including expanding the "
            "industry collaboration.",
            "They agreed to further build upon the momentum with other like-minded partners,” "
            "the Ministry of Defence said in a statement.",
        ],
    ),
    (
        "quote-final-full-stop",
        'She turned to him, "This is great." She held the book out.',
        ['She turned to him, "This is great."', "She held the book out."],
    ),
    (
        "quote-final-curly",
        "“We will win.” Trump said the campaign was strong.",
        ["“We will win.”", "Trump said the campaign was strong."],
    ),
    (
        "quoted-question-then-attribution",
        "“Well, which is it?” Justice Scalia asked. “Why?” He asked again.",
        ["“Well, which is it?” Justice Scalia asked.", "“Why?”", "He asked again."],
    ),
    (
        "quoted-exclamation-inside-sentence",
        "He said, “Stop!” and ran. “Hands up!” they chanted.",
        ["He said, “Stop!” and ran.", "“Hands up!” they chanted."],
    ),
    (
        "ellipses",
        "He paused… Then he left. She waited... Nobody came. I thought... well, never mind.",
        [
            "He paused…",
            "Then he left.",
            "She waited...",
            "Nobody came.",
            "I thought... well, never mind.",
        ],
    ),
    (
        "ellipsis-opening-the-next-sentence",
        "“This country is going to hell. ... The world laughs at us.”",
        ["“This country is going to hell.", "... The world laughs at us.”"],
    ),
    (
        "bracketed-omission",
        "“The [U.S. Capitol] Visitor Center was opened [...] Nobody knew,” he said.",
        ["“The [U.S. Capitol] Visitor Center was opened [...] Nobody knew,” he said."],
    ),
    (
        "dashes",
        "India wants the engines—a move that helps. The vote -- 51 to 49 -- was close.",
        ["India wants the engines—a move that helps.", "The vote -- 51 to 49 -- was close."],
    ),
    (
        "dateline",
        "WASHINGTON — The Senate passed the bill. NEW DELHI (AP) — India agreed.",
        ["WASHINGTON — The Senate passed the bill.", "NEW DELHI (AP) — India agreed."],
    ),
    (
        "embedded-post-with-ellipsis-and-attribution",
        "Glad to speak with the US @SecDef Mr. @PeteHegseth today. Conveyed my deep "
        "appreciation for the unwavering support… — Rajnath Singh (@rajnathsingh) July 1, 2025",
        [
            "Glad to speak with the US @SecDef Mr. @PeteHegseth today.",
            "Conveyed my deep appreciation for the unwavering support… — Rajnath Singh "
            "(@rajnathsingh) July 1, 2025",
        ],
    ),
    (
        "embedded-post-with-hashtags",
        "Just met with @POTUS. Great talks! #USIndia pic.twitter.com/abc — Narendra Modi "
        "(@narendramodi) June 26, 2017",
        [
            "Just met with @POTUS.",
            "Great talks!",
            "#USIndia pic.twitter.com/abc — Narendra Modi (@narendramodi) June 26, 2017",
        ],
    ),
    (
        "urls-emails-handles-hashtags",
        "Read more at https://www.example.com/news/2025/07/01/story.html. Write to "
        "press@example.gov. Follow #OperationSindoor. Thanks to @rajnathsingh. Then leave.",
        [
            "Read more at https://www.example.com/news/2025/07/01/story.html.",
            "Write to press@example.gov.",
            "Follow #OperationSindoor.",
            "Thanks to @rajnathsingh.",
            "Then leave.",
        ],
    ),
    (
        "city-and-state",
        "Her home is in Chappaqua, N.Y. Mr. Gowdy asked. She was born in Concord, Calif., "
        "in 1950. He works in Concord, Calif. Dukes is a greeter.",
        [
            "Her home is in Chappaqua, N.Y.",
            "Mr. Gowdy asked.",
            "She was born in Concord, Calif., in 1950.",
            "He works in Concord, Calif.",
            "Dukes is a greeter.",
        ],
    ),
    (
        "sentence-starting-with-a-year",
        "The 1990s were good. 2020 was not.",
        ["The 1990s were good.", "2020 was not."],
    ),
    (
        "page-and-mountain",
        "The results (see p. 5) were clear. Mt. Everest is tall.",
        ["The results (see p. 5) were clear.", "Mt. Everest is tall."],
    ),
    (
        "possessive-before-full-stop",
        "It was filed at the same time as Mr. Mueller’s. Driven by greed, he lied.",
        ["It was filed at the same time as Mr. Mueller’s.", "Driven by greed, he lied."],
    ),
    (
        "headline-byline-dateline-lines",
        "Singh thanks Hegseth for support\nBy Dinakar Peri\nNEW DELHI, July 1, 2025",
        ["Singh thanks Hegseth for support", "By Dinakar Peri", "NEW DELHI, July 1, 2025"],
    ),
    (
        "list-lines",
        "Key points:\n- India sought engines\n- The U.S. promised delivery\n1. First\n2. Second",
        [
            "Key points:",
            "- India sought engines",
            "- The U.S. promised delivery",
            "1. First",
            "2. Second",
        ],
    ),
    (
        "hard-wrapped-prose",
        "The minister met his counterpart in Washington on Tuesday and\n"
        "the two men discussed the delivery of engines and helicopters\n"
        "for the air force. Officials said the talks went well and that\n"
        "President Trump would visit India later this year, they said.",
        [
            "The minister met his counterpart in Washington on Tuesday and\n"
            "the two men discussed the delivery of engines and helicopters\n"
            "for the air force.",
            "Officials said the talks went well and that\n"
            "President Trump would visit India later this year, they said.",
        ],
    ),
    (
        "hard-wrapped-prose-with-a-list",
        "The two ministers agreed on three points during the call today:\n- engines\n- helicopters",
        [
            "The two ministers agreed on three points during the call today:",
            "- engines",
            "- helicopters",
        ],
    ),
    (
        "inline-bullets",
        "Highlights • Engines delivered • Helicopters due",
        ["Highlights", "• Engines delivered", "• Helicopters due"],
    ),
    (
        "blank-line-ends-a-sentence",
        "First paragraph without a stop\n\nSecond paragraph.",
        ["First paragraph without a stop", "Second paragraph."],
    ),
    (
        "devanagari-danda",
        "रक्षा मंत्री राजनाथ सिंह ने मंगलवार को बात की। दोनों ने सहयोग पर सहमति दी।",
        ["रक्षा मंत्री राजनाथ सिंह ने मंगलवार को बात की।", "दोनों ने सहयोग पर सहमति दी।"],
    ),
    (
        "urdu-full-stop",
        "وزیر دفاع نے منگل کو بات کی۔ دونوں نے اتفاق کیا۔",
        ["وزیر دفاع نے منگل کو بات کی۔", "دونوں نے اتفاق کیا۔"],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CORPUS, ids=[name for name, _, _ in CORPUS])
def test_news_corpus(name: str, text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text)] == expected


# --- the contract ----------------------------------------------------------------


def test_empty_and_blank_text() -> None:
    assert split_paragraphs("") == []
    assert split_sentences("") == []
    assert segment("") == []
    assert segment(" \n\t\n  ") == []


def test_paragraphs_are_separated_by_blank_lines() -> None:
    text = "  One.\nStill one. \n \t\nTwo.\n\n\n\nThree.  \n"
    assert [text[s:e] for s, e in split_paragraphs(text)] == [
        "One.\nStill one.",
        "Two.",
        "Three.",
    ]


def test_offsets_are_into_the_whole_text() -> None:
    text = "Intro. Alpha one. Beta two. Outro."
    start = text.index("Alpha")
    end = text.index(" Outro")
    spans = split_sentences(text, start, end)
    assert spans == [(start, start + len("Alpha one.")), (text.index("Beta"), end)]


def test_out_of_range_bounds_are_clamped_like_slices() -> None:
    text = "One. Two."
    assert split_sentences(text, 0, 1000) == split_sentences(text)
    assert split_sentences(text, 5, 2) == []
    assert split_sentences(text, -4) == [(5, 9)]


def test_module_imports_neither_textual_nor_rich() -> None:
    code = (
        "import sys, briefing_tui.analysis.segment; "
        "print(sorted({'textual', 'rich'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_segment_nests_sentences_in_paragraphs() -> None:
    text = "One. Two.\n\nThree."
    assert segment(text) == [((0, 9), [(0, 4), (5, 9)]), ((11, 17), [(11, 17)])]


# --- properties -----------------------------------------------------------------

#: Pieces of news text that exercise every rule, mixed with arbitrary characters.
# fmt: off
NEWS_PIECES = [
    "Mr.", "U.S.", "a.m.", "P.M.", "Calif.", "Jr.", "No.", "St.", "vs.", "p.", "J.", "A.",
    "The", "He", "I", "said", "asked", "Smith", " ", "  ", "\n", "\n\n", "\n \n", "\t",
    ".", "!", "?", "?!", "…", "...", "....", " . . .", " . . . .", "[...]", '"', "“", "”",
    "’", "'", "(", ")", "—", "--", "•", "⁃", "- ", "1.", "2.", "1)", "2)", "a.", "b.",
    "(a)", "$2.5", "3.5%", "@x", "#y", "http://e.com/a.b", "x@y.z", ",", ":", "\u200f",
    "\u00a0", "\u2028", "\r", "\x0b", "\x1c", "\x00", "😀", "ß", "İ",
]
# fmt: on

unicode_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
news_text = st.lists(
    st.one_of(st.sampled_from(NEWS_PIECES), st.characters(codec=None)), max_size=80
).map("".join)
any_text = st.one_of(unicode_text, news_text)

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def assert_stripped_in_order(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> None:
    """Spans are non-empty, stripped, in order, non-overlapping and inside [lo, hi)."""
    previous_end = lo
    for start, end in spans:
        assert previous_end <= start < end <= hi
        assert text[start:end] == text[start:end].strip()
        previous_end = end


def assert_covers(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> None:
    """Every non-whitespace character of text[lo:hi] lies in one of the spans."""
    covered = bytearray(len(text))
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    missing = [i for i in range(lo, hi) if not text[i].isspace() and not covered[i]]
    assert missing == []


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_segment_properties(text: str) -> None:
    paragraphs = split_paragraphs(text)
    assert_stripped_in_order(text, paragraphs, 0, len(text))
    assert_covers(text, paragraphs, 0, len(text))
    for start, end in paragraphs:
        assert not BLANK_LINE.search(text, start, end)
    for (_, previous_end), (start, _) in itertools.pairwise(paragraphs):
        assert BLANK_LINE.search(text, previous_end, start)

    segmented = segment(text)
    assert [paragraph for paragraph, _ in segmented] == paragraphs
    all_sentences = []
    for (p_start, p_end), sentences in segmented:
        assert_stripped_in_order(text, sentences, p_start, p_end)
        assert_covers(text, sentences, p_start, p_end)
        assert sentences == split_sentences(text, p_start, p_end)
        all_sentences.extend(sentences)
    assert split_sentences(text) == all_sentences


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.integers(-20, 400), st.one_of(st.none(), st.integers(-20, 400)))
def test_split_sentences_of_any_range(text: str, start: int, end: int | None) -> None:
    lo, hi, _ = slice(start, end).indices(len(text))
    sentences = split_sentences(text, start, end)
    assert_stripped_in_order(text, sentences, lo, max(lo, hi))
    assert_covers(text, sentences, lo, max(lo, hi))


@pytest.mark.parametrize(
    "text",
    [
        "." * 200_000 + "x",
        " ." * 100_000 + "x",
        "a" + " . . . .x" * 20_000,
        "a. " * 70_000,
        "Mr. U.S. a.m. Calif. " * 10_000,
        '"?" ' * 50_000,
        "1. " + "x 2. " * 40_000,
        "• " * 100_000,
        "a\n" * 100_000,
        ("word " * 12 + "\n") * 10_000,
        "x" * 200_000 + ". A",
        " " * 200_000 + "a",
        "\n \n" * 70_000 + "x",
        '."' * 100_000 + " A",
    ],
    ids=lambda text: repr(text[:12]),
)
def test_pathological_input_stays_linear(text: str) -> None:
    # Not a benchmark: each input takes well under 0.2 s; quadratic behaviour
    # would take minutes, so a budget of 10 s only catches that.
    started = time.perf_counter()
    segment(text)
    assert time.perf_counter() - started < 10


# --- the bundled reports -----------------------------------------------------------


def article_body(name: str) -> str:
    """A bundled report without the metadata prefix that the loader strips."""
    text = (REPO / "articles" / name).read_text(encoding="utf-8")
    return text.removeprefix(" date 2025-07-01 ")


def sentences_by_paragraph(text: str) -> list[list[str]]:
    """The sentence texts of each paragraph."""
    return [[text[s:e] for s, e in sentences] for _, sentences in segment(text)]


def test_report_1_last_quotation_gives_two_sentences() -> None:
    text = article_body("1-singh-thanks-hegseth.txt")
    quoted = next(p for p in sentences_by_paragraph(text) if p[0].startswith("“"))
    assert len(quoted) == 2
    assert quoted[0].endswith("to expanding the industry collaboration.")
    assert quoted[1].startswith("They agreed")
    assert quoted[1].endswith("the Ministry of Defence said in a statement.")


def test_report_1_embedded_post_keeps_its_attribution() -> None:
    text = article_body("1-singh-thanks-hegseth.txt")
    post = next(p for p in sentences_by_paragraph(text) if p[0].startswith("Glad to speak"))
    assert post == [
        "Glad to speak with the US @SecDef Mr. @PeteHegseth today.",
        "Excellent discussion to review the ongoing and new initiatives to further deepen "
        "India-US defence partnership and strengthen cooperation in capacity building.",
        "Conveyed my deep appreciation for the unwavering support… — Rajnath Singh "
        "(@rajnathsingh) July 1, 2025",
    ]


def test_report_1_sentence_counts() -> None:
    text = article_body("1-singh-thanks-hegseth.txt")
    paragraphs = sentences_by_paragraph(text)
    assert [len(p) for p in paragraphs] == [1, 1, 3, 3, 1, 3, 1, 2, 2]
    assert paragraphs[0][0].startswith("Defence Minister Rajnath Singh on Tuesday (July 1, 2025)")
    assert paragraphs[2][1] == (
        "It was their third telephonic conversation since January this year when "
        "Mr. Hegseth assumed office."
    )


def test_report_2_sentence_counts() -> None:
    text = article_body("2-singh-presses-engine-delivery.txt")
    paragraphs = sentences_by_paragraph(text)
    assert [len(p) for p in paragraphs] == [2, 1, 1, 2, 1, 1, 2, 2, 2, 1, 1]
    assert "in India—a move that is expected" in paragraphs[1][0]


def test_reports_are_segmented_exactly() -> None:
    for path in sorted((REPO / "articles").glob("*.txt")):
        text = article_body(path.name)
        spans = [span for _, sentences in segment(text) for span in sentences]
        assert_stripped_in_order(text, spans, 0, len(text))
        assert_covers(text, spans, 0, len(text))


def test_real_events_are_segmented_exactly() -> None:
    events = shared_path("events")
    paths: list[Path] = sorted(events.glob("*/*.txt"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        spans = [span for _, sentences in segment(text) for span in sentences]
        assert_stripped_in_order(text, spans, 0, len(text))
        assert_covers(text, spans, 0, len(text))
