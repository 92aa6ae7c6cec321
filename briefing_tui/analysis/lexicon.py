"""Which words mean the same or nearly the same, from WordNet 3.0.

``data/wordnet.txt.gz`` (built by ``bench/build_wordnet.py``; ``data/WORDNET-LICENSE``
is WordNet's licence) lists, for about 48,000 common English lemmas, the synsets
each is a sense of and the synsets one step away from those: hypernyms, similar
adjectives, verb groups, derivations.  Two words are

* the same (:data:`SAME`) when they share a synset: ``bought`` / ``purchased``,
  ``said`` / ``told``, ``car`` / ``automobile``, ``slicing`` / ``cutting``;
* near (:data:`NEAR`) when one's synset is one step from the other's: ``senator`` /
  ``legislator`` (a hypernym), ``acquisition`` / ``acquire`` (a derivation);
* otherwise unrelated.  Words of one kind (``man`` / ``woman``, ``Monday`` /
  ``Tuesday``) share a hypernym but neither is the other's, so they stay apart.

Every sense counts, so a rare sense can relate two words that a reader would not
(``bank`` / ``depository``); the comparison uses the relation only for words the
other sentence lacks, and as features weighed by the fitted model, never to
decide a conflict.

Pure Python; must not import textual or rich.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

__all__ = ["NEAR", "SAME", "Meanings", "meanings", "relatedness"]

SAME = 1.0
"""How much a word counts as matched by a word that shares a synset with it."""
NEAR = 0.5
"""...and by a word one step away (chosen by cross-validation on STS-B: 0.5, 0.7
and 1.0 are within 0.001 of each other, and 0.5 is the most cautious)."""

_SUFFIXES = (
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("er", ""),
    ("est", ""),
    ("er", "e"),
    ("est", "e"),
)
"""WordNet's ``morphy`` detachment rules, for nouns, verbs and adjectives alike."""


@dataclass(frozen=True, slots=True)
class Meanings:
    """The synsets a word can mean, and those one step from them."""

    senses: frozenset[int]
    near: frozenset[int]

    def union(self, other: Meanings) -> Meanings:
        """Everything either can mean (two spellings that share a norm)."""
        return Meanings(
            self.senses | other.senses, (self.near | other.near) - self.senses - other.senses
        )


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Lemma → its unparsed line, and irregular form → its bases, loaded once."""
    data = files("briefing_tui.analysis").joinpath("data", "wordnet.txt.gz").read_bytes()
    lemmas: dict[str, str] = {}
    irregular: dict[str, tuple[str, ...]] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        key, _, rest = line.partition("\t")
        if key.startswith("="):
            irregular[key[1:]] = tuple(rest.split())
        else:
            lemmas[key] = rest
    return lemmas, irregular


def lemmas(word: str) -> tuple[str, ...]:
    """The WordNet lemmas an inflected lower-case word may be a form of, itself included."""
    table, irregular = _table()
    found = {word, *irregular.get(word, ())}
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            found.add(word[: -len(suffix)] + replacement)
    return tuple(sorted(lemma for lemma in found if lemma in table))


_NOTHING = Meanings(frozenset(), frozenset())


@lru_cache(maxsize=1 << 16)
def meanings(word: str) -> Meanings:
    """What ``word`` (any case, any inflection) can mean; empty for unknown words."""
    word = word.casefold()
    if not word.isalpha():
        return _NOTHING
    table = _table()[0]
    senses: set[int] = set()
    near: set[int] = set()
    for lemma in lemmas(word):
        own, _, beside = table[lemma].partition("\t")
        senses.update(map(int, own.split()))
        near.update(map(int, beside.split()))
    if not senses:
        return _NOTHING
    return Meanings(frozenset(senses), frozenset(near - senses))


def relatedness(a: Meanings, b: Meanings) -> float:
    """:data:`SAME`, :data:`NEAR` or 0.0 for two words' meanings."""
    if not a.senses or not b.senses:
        return 0.0
    if not a.senses.isdisjoint(b.senses):
        return SAME
    if not a.near.isdisjoint(b.senses) or not b.near.isdisjoint(a.senses):
        return NEAR
    return 0.0
