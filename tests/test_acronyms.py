"""Acronyms and the names they stand for."""

from __future__ import annotations

import pytest

from briefing_tui import compare_sentences
from briefing_tui.analysis.acronyms import NONE, find, letters, spelled_out
from briefing_tui.analysis.normalise import tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEC", "sec"),
        ("U.S.", "us"),
        ("N.A.A.C.P.", "naacp"),
        ("GE404", "ge"),
        ("MQ", "mq"),
        ("F414", ""),  # one letter: a designation, not initials
        ("Sec", ""),
        ("GE404x", ""),
        ("A", ""),
        ("ABCDEFGH", ""),  # too long to be initials
    ],
)
def test_letters_of_an_acronym(text: str, expected: str) -> None:
    assert letters(text) == expected


def runs(text: str) -> list[str]:
    return [initials for initials, _ in find(tokenize(text)).runs]


def test_a_run_of_capitalised_words_keeps_its_initials_across_glue_words() -> None:
    assert runs("The Federal Bureau of Investigation arrested him.") == ["fbi"]
    assert runs("Members read the United States Constitution aloud.") == ["usc"]


def test_punctuation_and_acronyms_end_a_run() -> None:
    assert runs("McMahon, the CEO of World Wrestling Entertainment, ran.") == ["wwe"]
    assert runs("He headed the U.S. Central Command.") == ["cc"]


def test_a_sentence_in_capitals_has_no_acronyms() -> None:
    assert find(tokenize("THE SENATE PASSED THE BILL ON MONDAY")) is NONE


def spelled(a: str, b: str) -> set[str]:
    ta, tb = tokenize(a), tokenize(b)
    return spelled_out(find(ta), find(tb), {t.norm for t in tb})


def test_an_acronym_and_its_expansion_spell_each_other_out() -> None:
    short = "The SEC fined the bank."
    long = "The Securities and Exchange Commission fined the bank."
    assert spelled(short, long) == {"sec"}
    assert spelled(long, short) == {"securiti", "exchang", "commission"}
    assert spelled("delivery of GE404 jet engines", "the General Electric engines") == {"ge404"}


def test_unrelated_acronyms_spell_nothing_out() -> None:
    assert spelled("The SEC fined the bank.", "The Federal Reserve fined the bank.") == set()
    assert spelled("The Federal Reserve fined the bank.", "The SEC fined the bank.") == set()


def test_an_acronym_matches_its_expansion_in_the_comparison() -> None:
    same = compare_sentences(
        "The SEC fined the bank on Monday.",
        "The Securities and Exchange Commission fined the bank on Monday.",
    )
    other = compare_sentences(
        "The SEC fined the bank on Monday.",
        "The Federal Reserve Board fined the bank on Monday.",
    )
    assert same.relation == "agree"
    assert same.score >= 75
    assert other.score < same.score - 10
