"""WordNet's relations between words, as the comparison reads them."""

from __future__ import annotations

import gzip
from importlib.resources import files

import pytest

from briefing_tui.analysis.lexicon import NEAR, SAME, Meanings, lemmas, meanings, relatedness


def related(a: str, b: str) -> float:
    return relatedness(meanings(a), meanings(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("bought", "purchased"),  # irregular past against a regular one
        ("said", "told"),
        ("car", "automobile"),
        ("went", "goes"),  # both irregular
        ("Lawyer", "attorney"),  # case does not matter
        ("slicing", "cutting"),
    ],
)
def test_synonyms_are_the_same(a: str, b: str) -> None:
    assert related(a, b) == SAME
    assert related(b, a) == SAME


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("acquisition", "acquired"),  # a derivation
        ("senator", "legislator"),  # a hypernym, in either order
        ("legislator", "senator"),
        ("sedan", "car"),
    ],
)
def test_words_one_step_apart_are_near(a: str, b: str) -> None:
    assert related(a, b) == NEAR


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("man", "woman"),  # two kinds of one thing share a hypernym, not a sense
        ("Monday", "Tuesday"),
        ("rose", "fell"),
        ("minister", "tomato"),
    ],
)
def test_other_words_are_unrelated(a: str, b: str) -> None:
    assert related(a, b) == 0.0


@pytest.mark.parametrize("word", ["xyzzyq", "20", "U.S.", "", "défense", "e-mail"])
def test_words_wordnet_does_not_know_mean_nothing(word: str) -> None:
    assert meanings(word) == Meanings(frozenset(), frozenset())
    assert related(word, "car") == 0.0
    assert related(word, word) == 0.0  # nothing to share, not a match by spelling


def test_inflections_find_their_lemmas() -> None:
    assert "purchase" in lemmas("purchased")
    assert "go" in lemmas("went")
    assert "woman" in lemmas("women")
    assert lemmas("xyzzyq") == ()


def test_a_union_of_meanings_keeps_near_apart_from_senses() -> None:
    both = meanings("bank").union(meanings("river"))
    assert both.senses == meanings("bank").senses | meanings("river").senses
    assert both.near.isdisjoint(both.senses)


def test_the_shipped_table_names_its_builder_and_licence() -> None:
    data = files("briefing_tui.analysis").joinpath("data")
    header = gzip.decompress(data.joinpath("wordnet.txt.gz").read_bytes()).split(b"\n", 1)[0]
    assert header.startswith(b"# WordNet 3.0, built by bench/build_wordnet.py")
    assert "Princeton University" in data.joinpath("WORDNET-LICENSE").read_text(encoding="utf-8")
