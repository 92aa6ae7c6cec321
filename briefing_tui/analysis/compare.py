"""Compare two sentences: how alike they are, and whether they report the same thing.

The pipeline (``docs/matching.md`` explains each step and its constants):

1. :func:`~briefing_tui.analysis.normalise.tokenize` each sentence.
2. :func:`profile` it: every normalised word gets a weight from :class:`Weights`
   (rare words count for more), and the sets the features need are built once.
3. :func:`compare_profiles` measures twenty-six symmetric features of the pair, chiefly
   the weighted share of each sentence's words that the other one contains (exact
   or near matches), and combines them with constants fitted on sentence-pair
   corpora: a linear model gives :attr:`Comparison.score`, a logistic model decides
   whether the two agree.  Clashing numbers, negations and names make a pair
   that otherwise matches ``"differ"``.

:func:`compare_sentences` does all three; the alignment, which compares many pairs
of the same sentences, should tokenise and profile each sentence once and call
:func:`compare_profiles`.

Pure Python; must not import textual or rich.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from ..model import ConflictKind
from . import _fitted
from .acronyms import Acronyms, spelled_out
from .acronyms import find as find_acronyms
from .conflicts import Finding, Version, one_edit_apart, opposites, within_point
from .facts import extract
from .lexicon import Meanings, meanings, relatedness
from .normalise import NEGATIONS, Token, _words, headline_case, spelling, tokenize
from .wordlist import general_frequencies

__all__ = [
    "FEATURES",
    "MODEL",
    "Comparison",
    "Model",
    "Profile",
    "Relation",
    "Weights",
    "compare_profiles",
    "compare_sentences",
    "compare_tokens",
    "judge",
    "measure",
    "profile",
    "unmatched_words",
    "word_margin",
]

Relation = Literal["agree", "differ", "unrelated"]
"""How two sentences stand: same report, same point with different facts, or neither."""

SIF_A = 1e-4
"""Smoothing of the word weights ``a / (a + p)``: words rarer than this count nearly 1."""
FLOOR_PROBABILITY = 1e-8
"""Probability given to words the frequency list does not know (names, typos)."""
NUMBER_PROBABILITY = 1e-6
"""Probability given to every number: numbers carry facts, so they count nearly 1."""
BRIEFING_PRIOR = 200.0
"""How many sentences' worth of evidence the general frequency list is worth when
mixed with a briefing's own document frequencies."""
FUZZY_CUTOFF = 80.0
"""Least ``rapidfuzz.fuzz.ratio`` for two unequal words to count as a near match."""
FUZZY_MIN_LENGTH = 4
"""Words shorter than this only match exactly."""
NAME_MAX_PROBABILITY = 1e-5
"""A capitalised word opening a sentence is a name only if rarer than this."""


class Weights:
    """How much each token counts: ``a / (a + p)`` for its probability ``p``.

    ``p`` comes from a general English word-frequency list (wordfreq), or, when a
    briefing's document frequencies are given, from those mixed with the general
    list as a prior worth :data:`BRIEFING_PRIOR` sentences: a word found in many of
    the briefing's sentences (its topic words) then counts for less.
    """

    __slots__ = ("_cache", "_documents", "_frequencies", "_length")

    def __init__(
        self,
        document_frequencies: Mapping[str, int] | None = None,
        documents: int = 0,
        mean_length: float = 20.0,
    ) -> None:
        """Weights from ``document_frequencies`` (norm → sentences containing it)."""
        self._frequencies = dict(document_frequencies or {})
        self._documents = documents
        self._length = max(mean_length, 1.0)
        self._cache: dict[tuple[str, str], float] = {}

    @classmethod
    def from_documents(cls, documents: Iterable[Sequence[Token]]) -> Weights:
        """Weights for a briefing, from the token lists of all its sentences."""
        frequencies: dict[str, int] = {}
        count = tokens = 0
        for sentence in documents:
            count += 1
            tokens += len(sentence)
            for norm in {token.norm for token in sentence}:
                frequencies[norm] = frequencies.get(norm, 0) + 1
        return cls(frequencies, count, tokens / count if count else 20.0)

    def probability(self, token: Token) -> float:
        """The estimated probability of ``token`` in running text."""
        norm = token.norm
        if norm[:1].isdecimal():
            p = NUMBER_PROBABILITY
        else:
            frequencies = general_frequencies()
            p = frequencies.get(token.text.casefold()) or frequencies.get(norm, 0.0)
        if self._documents:
            in_sentence = min(1.0, max(p, FLOOR_PROBABILITY) * self._length)
            seen = self._frequencies.get(norm, 0) + BRIEFING_PRIOR * in_sentence
            p = seen / (self._documents + BRIEFING_PRIOR) / self._length
        return max(p, FLOOR_PROBABILITY)

    def weight(self, token: Token) -> float:
        """How much ``token`` counts, between 0 and 1."""
        key = (token.text, token.norm)
        weight = self._cache.get(key)
        if weight is None:
            weight = SIF_A / (SIF_A + self.probability(token))
            self._cache[key] = weight
        return weight


_DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True, slots=True, eq=False)
class Profile:
    """A sentence prepared for comparison: its weighted words and derived sets."""

    key: str
    """Orders the two sides of a comparison, so that every comparison is symmetric."""
    norms: tuple[str, ...]
    """Every token's norm, in order."""
    content: tuple[str, ...]
    """The norms of the content words (no stop words), in order."""
    counts: Mapping[str, int]
    """How often each norm occurs, stop words included."""
    stops: frozenset[str]
    """The norms of the stop words (function words)."""
    weights: Mapping[str, float]
    """Each distinct norm's weight (the highest, if it occurs with several)."""
    total: float
    """The sum of :attr:`weights`."""
    fuzzy: tuple[str, ...]
    """Norms that may match inexactly: long enough, not numbers, not stop words."""
    text: str
    """The norms joined by spaces, for character-level measures."""
    bigrams: frozenset[tuple[str, str]]
    """Pairs of neighbouring content words (stop words skipped)."""
    trigrams: frozenset[tuple[str, str, str]]
    """Triples of neighbouring content words (stop words skipped)."""
    numbers: Mapping[str, frozenset[tuple[ConflictKind, str]]]
    """Each number's norm → its kind and the nearest content word on each side, which
    says what it counts: ``("number", ">minute")`` for ``20-minute``."""
    names: Mapping[str, tuple[str, frozenset[str]]]
    """Each name's norm → its casefolded spelling and the nearest content word on
    each side (``"<minister"`` for ``Minister Singh``)."""
    abbreviations: Acronyms
    """The acronym-like words and capitalised runs, from which :func:`_matched`
    counts ``SEC`` and ``Securities and Exchange Commission`` as the same words;
    a name the other side has that is part of a run's initials is an acronym, not a
    clashing name."""
    negations: int
    """How many negating words (``not``, ``never``, ...) the sentence has."""
    negated: frozenset[str]
    """The content words that directly follow a negation."""
    meanings: Mapping[str, Meanings]
    """Each content word's norm → what WordNet says it can mean (words it knows only)."""


_NOT_NAMES = _words(
    """
    mr mrs ms dr sir madam gen general col colonel lt adm admiral sgt capt captain rev sen
    senator rep representative gov governor president vice prime minister ministers ministry
    secretary chancellor chief justice judge speaker leader mayor ambassador king queen prince
    princess lord lady department office house senate congress parliament court state states
    national federal united republic democrat democrats republican republicans party government
    us u.s. usa american americans
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    """
)
"""Capitalised words that are titles, institutions or dates rather than names."""


def _is_name(token: Token, index: int) -> bool:
    """A capitalised word that names someone or something: not a title, day or month.

    At the start of a sentence, where every word is capitalised, only a word that is
    rare in general English counts.
    """
    if token.stop or not token.text[:1].isupper() or len(token.norm) < 2:
        return False
    written = spelling(token)
    if written in _NOT_NAMES:
        return False
    return index > 0 or general_frequencies().get(written, 0.0) < NAME_MAX_PROBABILITY


def _number_kind(norm: str) -> ConflictKind:
    """What a number's norm is: a year (``"date"``), an ordinal, or a plain number."""
    if norm[-2:] in ("st", "nd", "rd", "th"):
        return "ordinal"
    if len(norm) == 4 and norm.isdecimal() and 1000 <= int(norm) <= 2100:
        return "date"
    return "number"


def _content_neighbours(tokens: Sequence[Token]) -> list[tuple[str | None, str | None]]:
    """For each token, the nearest content word before it and after it (or None)."""
    before: list[str | None] = []
    last: str | None = None
    for token in tokens:
        before.append(last)
        if not token.stop:
            last = token.norm
    after: list[str | None] = [None] * len(tokens)
    last = None
    for index in range(len(tokens) - 1, -1, -1):
        after[index] = last
        if not tokens[index].stop:
            last = tokens[index].norm
    return list(zip(before, after, strict=True))


def word_weights(tokens: Sequence[Token], weights: Weights | None = None) -> dict[str, float]:
    """Each distinct norm's weight in a sentence (the highest, if it occurs with several).

    This is :attr:`Profile.weights` without the rest of the profile, for the
    alignment's candidate search, which needs only this for every sentence.
    """
    weights = weights or _DEFAULT_WEIGHTS
    by_norm: dict[str, float] = {}
    for token in tokens:
        weight = weights.weight(token)
        if weight > by_norm.get(token.norm, -1.0):
            by_norm[token.norm] = weight
    return by_norm


def profile(
    tokens: Sequence[Token], weights: Weights | None = None, acronyms: Acronyms | None = None
) -> Profile:
    """Prepare tokenised text for :func:`compare_profiles` (default: general weights).

    ``acronyms`` are the tokens' acronyms if already found (:func:`.acronyms.find`).
    """
    weights = weights or _DEFAULT_WEIGHTS
    norms = tuple(token.norm for token in tokens)
    content = [token.norm for token in tokens if not token.stop]
    neighbours = _content_neighbours(tokens)
    by_norm: dict[str, float] = {}
    numbers: dict[str, set[tuple[ConflictKind, str]]] = {}
    names: dict[str, tuple[str, set[str]]] = {}
    negated: set[str] = set()
    fuzzy: list[str] = []
    senses: dict[str, Meanings] = {}
    negations = 0
    case = headline_case(tokens)
    for index, token in enumerate(tokens):
        norm = token.norm
        weight = weights.weight(token)
        if norm not in by_norm:
            by_norm[norm] = weight
            if not token.stop and len(norm) >= FUZZY_MIN_LENGTH and not norm[:1].isdecimal():
                fuzzy.append(norm)
        elif weight > by_norm[norm]:
            by_norm[norm] = weight
        before, after = neighbours[index]
        beside = {f"<{before}"} if before is not None else set()
        if after is not None:
            beside.add(f">{after}")
        if norm in NEGATIONS:
            negations += 1
            if after is not None:
                negated.add(after)
        if not token.stop and not norm[:1].isdecimal():
            found = meanings(token.text)
            if found.senses:
                known = senses.get(norm)
                senses[norm] = found if known is None else known.union(found)
        if norm[:1].isdecimal():
            kind = _number_kind(norm)
            numbers.setdefault(norm, set()).update((kind, side) for side in beside)
        elif case != "capitals" and _is_name(token, 0 if case else index):
            names.setdefault(norm, (spelling(token), set()))[1].update(beside)
    abbreviations = find_acronyms(tokens) if acronyms is None else acronyms
    return Profile(
        key=" ".join(norms) + "\x00" + " ".join(token.text for token in tokens),
        norms=norms,
        content=tuple(content),
        counts=Counter(norms),
        stops=frozenset(token.norm for token in tokens if token.stop),
        weights=by_norm,
        total=sum(by_norm.values()),
        fuzzy=tuple(fuzzy),
        text=" ".join(norms),
        bigrams=frozenset(itertools.pairwise(content)),
        trigrams=frozenset(zip(content, content[1:], content[2:], strict=False)),
        numbers={norm: frozenset(beside) for norm, beside in numbers.items()},
        names={norm: (spelling, frozenset(beside)) for norm, (spelling, beside) in names.items()},
        abbreviations=abbreviations,
        negations=negations,
        negated=frozenset(negated),
        meanings=senses,
    )


@dataclass(frozen=True, slots=True)
class Comparison:
    """How two sentences compare."""

    score: float
    """0 to 100: how alike they are.  Exactly 100 for the same words after
    normalisation; roughly 20 times the STS scale (80 = "mostly equivalent",
    40 = "share some details")."""
    relation: Relation
    conflicts: tuple[ConflictKind, ...] = ()
    """For ``"differ"``: the kinds of fact that clash (number, ordinal, date,
    negation, name), if any; empty for the other relations."""


def _matched(a: Profile, b: Profile) -> float:
    """The weight of ``a``'s words that ``b`` has, near matches counting in part.

    An acronym and the words it stands for count as matched (``SEC`` /
    ``Securities and Exchange Commission``).
    """
    b_weights = b.weights
    matched = 0.0
    for norm, weight in a.weights.items():
        if norm in b_weights:
            matched += weight
    spelled: set[str] = set()
    if a.abbreviations and b.abbreviations:
        spelled = spelled_out(a.abbreviations, b.abbreviations, b_weights)
        matched += sum([a.weights[norm] for norm in spelled])
    candidates = [norm for norm in b.fuzzy if norm not in a.weights]
    if candidates:
        for norm in a.fuzzy:
            if norm in b_weights or norm in spelled:
                continue
            best = process.extractOne(
                norm, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
            )
            if best is not None:
                matched += a.weights[norm] * best[1] / 100.0
    return matched


def _related(a: Profile, b: Profile) -> float:
    """The weight of ``a``'s words that ``b`` lacks but has a WordNet relative of.

    A word counts in full when ``b`` has a synonym of it (``bought`` / ``purchased``)
    and in part when ``b`` has a word one step away (``acquisition`` / ``acquired``),
    as :func:`.lexicon.relatedness` says.  Only ``b``'s words that ``a`` lacks can
    stand in, and their synsets are pooled into one :class:`.lexicon.Meanings`
    first, so the cost grows with the two sentences' lengths added, not multiplied
    (a report with no sentence breaks is one long sentence).
    """
    senses: set[int] = set()
    near: set[int] = set()
    for norm, found in b.meanings.items():
        if norm not in a.weights:
            senses |= found.senses
            near |= found.near
    if not senses:
        return 0.0
    pooled = Meanings(frozenset(senses), frozenset(near))
    b_weights = b.weights
    return sum(
        a.weights[norm] * relatedness(found, pooled)
        for norm, found in a.meanings.items()
        if norm not in b_weights
    )


OPPOSED_MAX = 2
""":func:`_opposed` counts up to this many pairs."""


def _opposed(a: Profile, b: Profile) -> int:
    """How many pairs of content words, one only ``a`` has and one only ``b`` has, are
    opposites ("rose" / "fell", "approved" / "rejected"), up to :data:`OPPOSED_MAX`.

    The opposites are the conflict finder's (:func:`.conflicts.opposites`), which
    flags them as a conflict only in aligned wording; here they are a feature of
    any pair.
    """
    only_b = {norm for norm in b.content if norm not in a.weights}
    if not only_b:
        return 0
    table = opposites()
    found = 0
    for norm in {norm for norm in a.content if norm not in b.weights}:
        found += len(table.get(norm, frozenset()) & only_b)
        if found >= OPPOSED_MAX:
            return OPPOSED_MAX
    return found


def _dice(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    """Dice's coefficient of two sets; 1 when both are empty."""
    size = len(a) + len(b)
    return 2.0 * len(a & b) / size if size else 1.0


def _number_clashes(a: Profile, b: Profile) -> set[ConflictKind]:
    """Kinds of numbers that only one side has, each on the same side of a shared word."""
    only_b = [beside for norm, beside in b.numbers.items() if norm not in a.weights]
    kinds: set[ConflictKind] = set()
    if only_b:
        for norm, beside in a.numbers.items():
            if norm not in b.weights:
                for other in only_b:
                    kinds.update(kind for kind, _ in beside & other)
    return kinds


def _same_name(a: str, b: str) -> bool:
    """Spellings of one name: near-equal (Ahmad, Ahmed) or one a prefix (Vlad, Vladimir)."""
    return fuzz.ratio(a, b) >= FUZZY_CUTOFF or (
        min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))
    )


def _unexplained_names(a: Profile, b: Profile) -> list[tuple[str, frozenset[str]]]:
    """Names ``a`` has that ``b`` lacks in every form: as a word, an acronym or a spelling."""
    b_only = [spelling for norm, (spelling, _) in b.names.items() if norm not in a.weights]
    return [
        (spelling, beside)
        for norm, (spelling, beside) in a.names.items()
        if norm not in b.weights
        and not any(norm in initials for initials, _ in b.abbreviations.runs)
        and not any(_same_name(spelling, other) for other in b_only)
    ]


def _name_clash(a: Profile, b: Profile) -> bool:
    """Whether each side has a name the other lacks, beside the same content word."""
    # Cheap necessary test first: names missing as words, beside a shared word.
    beside_b = [beside for norm, (_, beside) in b.names.items() if norm not in a.weights]
    if not beside_b or not any(
        not beside.isdisjoint(other)
        for norm, (_, beside) in a.names.items()
        if norm not in b.weights
        for other in beside_b
    ):
        return False
    only_b = _unexplained_names(b, a)
    return bool(only_b) and any(
        not beside_a.isdisjoint(beside_b)
        for _, beside_a in _unexplained_names(a, b)
        for _, beside_b in only_b
    )


def _negation_clash(a: Profile, b: Profile) -> bool:
    """Whether one side negates a word the other has un-negated (and counts differ)."""
    if a.negations % 2 == b.negations % 2:
        return False
    return any(word in b.weights and word not in b.negated for word in a.negated) or any(
        word in a.weights and word not in a.negated for word in b.negated
    )


def _conflicts(a: Profile, b: Profile) -> tuple[ConflictKind, ...]:
    """The kinds of fact on which ``a`` and ``b`` clash.

    * number, ordinal, date (years): each side has a number the other lacks, of the
      same kind and beside the same content word (``20-minute`` vs ``30-minute``);
    * negation: the sentences differ in how many negations they have, and a word one
      negates stands un-negated in the other (``will be delivered`` vs ``will not be
      delivered``);
    * name: each side has a name (a rare capitalised word) the other lacks, beside
      the same content word (``Minister Singh`` vs ``Minister Shah``).
    """
    found: list[ConflictKind] = []
    if a.numbers and b.numbers:
        kinds = _number_clashes(a, b)
        found.extend(kind for kind in ("number", "ordinal", "date") if kind in kinds)
    if _negation_clash(a, b):
        found.append("negation")
    if a.names and b.names and _name_clash(a, b):
        found.append("name")
    return tuple(found)


FEATURES = (
    "recall_low",
    "recall_high",
    "dice",
    "recall_f1",
    "bigram_dice",
    "trigram_dice",
    "char_ratio",
    "lcs",
    "unmatched_low",
    "unmatched_high",
    "weight_ratio",
    "unshared_numbers",
    "number_clash",
    "negation_clash",
    "name_clash",
    "partial_ratio",
    "gap_runs",
    "word_dice",
    "length",
    "stop_gap_low",
    "stop_gap_high",
    "related_low",
    "related_high",
    "related_unmatched_low",
    "related_unmatched_high",
    "opposites",
)
"""The names of the features :func:`measure` returns, in order."""


PARTIAL_MAX_CHARS = 400
"""Longest shorter side (in characters of norms) for which the partial alignment is
computed character by character; its cost grows steeply with length (2 ms at 400
characters, 0.2 s at 2,000, 20 s at 10,000)."""
PARTIAL_MAX_WORDS = 150
"""Longest shorter side (in words) for which the word-by-word partial alignment stands
in; past it, the longest common subsequence does (1 ms at 300 words)."""


def _partial(a: Profile, b: Profile) -> float:
    """How well the shorter sentence aligns inside the longer one, 0 to 1.

    ``fuzz.partial_ratio`` of the two norm strings: high when one sentence is the
    other plus an added clause.  For a long sentence (a report with no sentence
    breaks, say) the same alignment over words stands in for it, and past
    :data:`PARTIAL_MAX_WORDS` words the share of the shorter sequence found in
    order in the longer one, so that no pair can stall the analysis.
    """
    if min(len(a.text), len(b.text)) <= PARTIAL_MAX_CHARS:
        return fuzz.partial_ratio(a.text, b.text) / 100.0
    shorter = min(len(a.norms), len(b.norms))
    if shorter <= PARTIAL_MAX_WORDS:
        return fuzz.partial_ratio(a.norms, b.norms) / 100.0
    return LCSseq.similarity(a.norms, b.norms) / shorter


def _gap_runs(a: Profile, b: Profile) -> int:
    """How many separate runs of ``a``'s content words ``b`` lacks (stop words bridge).

    One added clause is one run; scattered rewording makes many.
    """
    runs, inside = 0, False
    b_weights = b.weights
    for norm in a.content:
        missing = norm not in b_weights
        if missing and not inside:
            runs += 1
        inside = missing
    return runs


def _word_dice(a: Profile, b: Profile) -> float:
    """Dice's coefficient of the two multisets of norms, stop words included."""
    size = len(a.norms) + len(b.norms)
    if not size:
        return 1.0
    b_counts = b.counts
    common = sum(min(count, b_counts[norm]) for norm, count in a.counts.items() if norm in b_counts)
    return 2.0 * common / size


def measure(a: Profile, b: Profile) -> tuple[tuple[float, ...], tuple[ConflictKind, ...]]:
    """The pair's features, in the order of :data:`FEATURES`, and its conflicts.

    Both are symmetric: the two profiles are put in a fixed order first, so that
    even floating-point rounding cannot tell ``(a, b)`` from ``(b, a)``.
    """
    if a.key > b.key:
        a, b = b, a
    matched_a, matched_b = _matched(a, b), _matched(b, a)
    recall_a = matched_a / a.total if a.total else 1.0
    recall_b = matched_b / b.total if b.total else 1.0
    # The same, with words that have a WordNet relative on the other side counting.
    related_a = min(1.0, (matched_a + _related(a, b)) / a.total) if a.total else 1.0
    related_b = min(1.0, (matched_b + _related(b, a)) / b.total) if b.total else 1.0
    related_unmatched_a = a.total * (1.0 - related_a)
    related_unmatched_b = b.total * (1.0 - related_b)
    low, high = min(recall_a, recall_b), max(recall_a, recall_b)
    shared = sum(1 for norm in a.weights if norm in b.weights)
    distinct = len(a.weights) + len(b.weights)
    unmatched_a = a.total * (1.0 - recall_a)
    unmatched_b = b.total * (1.0 - recall_b)
    conflicts = _conflicts(a, b)
    stop_gap_a = sum(1 for norm in a.stops if norm not in b.weights)
    stop_gap_b = sum(1 for norm in b.stops if norm not in a.weights)
    values = (
        low,
        high,
        2.0 * shared / distinct if distinct else 1.0,
        2.0 * low * high / (low + high) if low + high else 0.0,
        _dice(a.bigrams, b.bigrams),
        _dice(a.trigrams, b.trigrams),
        fuzz.ratio(a.text, b.text) / 100.0,
        LCSseq.normalized_similarity(a.norms, b.norms),
        math.log1p(min(unmatched_a, unmatched_b)),
        math.log1p(max(unmatched_a, unmatched_b)),
        abs(math.log((1.0 + a.total) / (1.0 + b.total))),
        math.log1p(len(a.numbers.keys() ^ b.numbers.keys())),
        1.0 if {"number", "ordinal", "date"}.intersection(conflicts) else 0.0,
        1.0 if "negation" in conflicts else 0.0,
        1.0 if "name" in conflicts else 0.0,
        _partial(a, b),
        math.log1p(max(_gap_runs(a, b), _gap_runs(b, a))),
        _word_dice(a, b),
        math.log1p(len(a.norms) + len(b.norms)),
        math.log1p(min(stop_gap_a, stop_gap_b)),
        math.log1p(max(stop_gap_a, stop_gap_b)),
        min(related_a, related_b),
        max(related_a, related_b),
        math.log1p(min(related_unmatched_a, related_unmatched_b)),
        math.log1p(max(related_unmatched_a, related_unmatched_b)),
        float(_opposed(a, b)),
    )
    return values, conflicts


def _linear(coefficients: Sequence[float], values: Sequence[float]) -> float:
    """``coefficients[0] + sum(coefficients[i + 1] * values[i])``."""
    total = coefficients[0]
    for coefficient, value in zip(coefficients[1:], values, strict=True):
        total += coefficient * value
    return total


@dataclass(frozen=True, slots=True)
class Model:
    """The fitted constants that turn features into a :class:`Comparison`."""

    score: Sequence[float]
    """Intercept and coefficients of the line to the STS scale (0-5)."""
    agree: Sequence[float]
    """Intercept and coefficients of the logistic model: agree when positive."""
    differ_min_score: float
    """Least score at which a pair that does not agree still shares a point."""
    lexical: Mapping[str, float] = field(default_factory=dict)
    """A weight for each of some hundreds of common words (by norm); the mean weight of
    those that only one of the two sentences has is added to the logistic model's
    margin.  "and", "but" or "if" on one side only adds a clause, "not" a negation,
    "will" a tense; "statement", "according" or "yesterday" takes little away.  A
    mean, not a sum, so that two long sentences with many such words are not pushed
    further than two short ones."""


MODEL = Model(_fitted.SCORE, _fitted.AGREE, _fitted.DIFFER_MIN_SCORE, _fitted.LEXICAL)
"""The shipped constants, fitted by ``bench/fit_compare.py``."""


def unmatched_words(a: Profile, b: Profile) -> frozenset[str]:
    """The norms that one of the two sentences has and the other lacks."""
    return frozenset(a.weights.keys() ^ b.weights.keys())


def judge(
    values: Sequence[float],
    conflicts: tuple[ConflictKind, ...],
    model: Model = MODEL,
    unmatched: Iterable[str] = (),
) -> Comparison:
    """Turn a pair's features and conflicts into a :class:`Comparison`.

    The score is the fitted line, scaled from the STS range (0-5) to 0-100.  Below
    ``differ_min_score`` the pair shares no point: ``"unrelated"``.  Above it, the
    pair agrees when the logistic model says so and nothing clashes, and differs
    otherwise.  The logistic model reads the features and, through
    :attr:`Model.lexical`, the words only one side has (``unmatched``:
    :func:`unmatched_words`).
    """
    score = min(100.0, max(0.0, _linear(model.score, values) * 20.0))
    if score < model.differ_min_score:
        return Comparison(score, "unrelated")
    if (
        not conflicts
        and _linear(model.agree, values) + word_margin(model.lexical, unmatched) >= 0.0
    ):
        return Comparison(score, "agree")
    return Comparison(score, "differ", conflicts)


def word_margin(lexical: Mapping[str, float], unmatched: Iterable[str]) -> float:
    """The mean of ``lexical``'s weights (:attr:`Model.lexical`) over the unmatched
    words it lists: what they add to the logistic model's margin."""
    weights = [lexical[word] for word in unmatched if word in lexical]
    return sum(weights) / len(weights) if weights else 0.0


def compare_profiles(a: Profile, b: Profile) -> Comparison:
    """Compare two profiled sentences; the fast path for comparing many pairs."""
    if a.norms == b.norms:
        return Comparison(100.0, "agree")
    values, conflicts = measure(a, b)
    return judge(values, conflicts, MODEL, unmatched_words(a, b))


def compare_tokens(
    a: Sequence[Token], b: Sequence[Token], weights: Weights | None = None
) -> Comparison:
    """Compare two tokenised sentences (clashes as :func:`compare_profiles` sees them)."""
    return compare_profiles(profile(a, weights), profile(b, weights))


FACT_APART_SCORE = 45.0
"""How alike two sentences with one conflicting fact must be once its words are left
out (:func:`score_without_facts`) to share a point however low they score with
it: the score at which mutual best matches of one story link."""
FACT_APART_GAIN = 15.0
"""How much leaving the conflicting fact out must raise their score: the fact must be
what kept them apart ("their third meeting" / "the fourth meeting between the two":
29 to 64), not one difference among many ("the Clintons earned $140,937,785 over
the eight year span" / "Mr. Clinton earned nearly $20 million ... for advising":
47 to 54)."""


def one_fact_apart(
    a: Sequence[Token],
    b: Sequence[Token],
    findings: Sequence[Finding],
    keys: tuple[str, str],
    score: float,
    weights: Weights | None = None,
) -> bool:
    """Whether two sentences that score ``score`` are one statement with one fact
    changed: one conflict, and alike once its words are left out."""
    if len(findings) != 1:
        return False
    without = score_without_facts(a, b, findings, keys, weights)
    return without >= FACT_APART_SCORE and without - score >= FACT_APART_GAIN


def score_without_facts(
    a: Sequence[Token],
    b: Sequence[Token],
    findings: Iterable[Finding],
    keys: tuple[str, str],
    weights: Weights | None = None,
) -> float:
    """How alike two sentences are once the words of their conflicting facts are
    left out: "It was their third meeting this year." / "This was the fourth meeting
    between the two this year." score 29 with the ordinals, their heaviest words,
    and far more without them.  ``keys`` are the two versions' keys in ``findings``."""
    spans: dict[str, list[tuple[int, int]]] = {key: [] for key in keys}
    for finding in findings:
        for version, _, start, end in finding.values:
            if version.key in spans:
                spans[version.key].append((start - version.offset, end - version.offset))

    def kept(tokens: Sequence[Token], key: str) -> list[Token]:
        return [t for t in tokens if not any(s < t.end and t.start < e for s, e in spans[key])]

    rest_a, rest_b = kept(a, keys[0]), kept(b, keys[1])
    if not rest_a or not rest_b:
        return 0.0
    return compare_profiles(profile(rest_a, weights), profile(rest_b, weights)).score


def located_conflicts(
    a: str, tokens_a: Sequence[Token], b: str, tokens_b: Sequence[Token]
) -> tuple[ConflictKind, ...]:
    """The kinds of fact on which two sentences conflict, found as the key points find them.

    This is the finder of :mod:`briefing_tui.analysis.conflicts`, which needs a
    figure's unit and what it counts, a date's slot, a negation inserted into
    shared words, or a name replaced in aligned wording, so a pairwise verdict
    and a point's status always agree.  The two sides are put in a fixed order
    first, so the result is symmetric.
    """
    findings, _ = _located(a, tokens_a, b, tokens_b)
    return tuple(sorted({finding.kind for finding in findings}))


def _located(
    a: str, tokens_a: Sequence[Token], b: str, tokens_b: Sequence[Token]
) -> tuple[list[Finding], tuple[str, str]]:
    """The conflict finder's findings for two sentences, and the keys of ``a`` and
    ``b`` in them (the sides are put in a fixed order first, for symmetry)."""
    (first, tokens_first), (second, tokens_second) = sorted(
        ((a, tokens_a), (b, tokens_b)), key=lambda side: side[0]
    )
    findings = within_point(
        [
            Version("a.0", "a", first, 0, tokens_first, extract(first)),
            Version("b.0", "b", second, 0, tokens_second, extract(second)),
        ]
    )
    return findings, (("a.0", "b.0") if a <= b else ("b.0", "a.0"))


def compare_sentences(a: str, b: str, *, weights: Weights | None = None) -> Comparison:
    """Compare two sentences: a 0-100 score and a relation (agree, differ, unrelated).

    The relation is ``"differ"`` when the sentences share a point but conflict on
    a checkable fact (:func:`located_conflicts`) or the fitted model does not
    call them the same; ``"agree"`` when they report the same thing.  One
    sentence with a few words changed in one place, the change a conflict,
    differs however low it scores.

    >>> compare_sentences("The helicopters will be delivered this year.",
    ...                   "The helicopters will not be delivered this year.").relation
    'differ'
    """
    tokens_a, tokens_b = tokenize(a), tokenize(b)
    profile_a, profile_b = profile(tokens_a, weights), profile(tokens_b, weights)
    if profile_a.norms == profile_b.norms:
        return Comparison(100.0, "agree")
    values, _ = measure(profile_a, profile_b)
    findings, keys = _located(a, tokens_a, b, tokens_b)
    conflicts = tuple(sorted({finding.kind for finding in findings}))
    comparison = judge(values, conflicts, MODEL, unmatched_words(profile_a, profile_b))
    if (
        comparison.relation == "unrelated"
        and conflicts
        and (
            one_edit_apart(tokens_a, tokens_b)
            or one_fact_apart(tokens_a, tokens_b, findings, keys, comparison.score, weights)
        )
    ):
        # Two sentences that share a point but for the facts they disagree on,
        # however heavy those facts are: "the third vote" / "the fourth vote this
        # year", "their third meeting" / "the fourth meeting between the two".
        return Comparison(comparison.score, "differ", conflicts)
    return comparison
