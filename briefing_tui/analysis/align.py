"""Aligning sentences across N reports into key points.

The pipeline, for a briefing of any number of sources:

1. **Candidates.** An inverted index maps each sentence's rarest content words
   to the sentences that hold them.  A sentence's candidates are the sentences
   of *other* sources that share enough of that weight; the rest are never
   compared.  This keeps the work near-linear: a briefing of 7,900 sentences
   compares tens of thousands of pairs, not thirty million.
2. **Scores.** Each candidate pair is scored by the sentence comparison
   (:mod:`briefing_tui.analysis.compare`).
3. **Links.** For each sentence and each other source, its best match there is
   taken if the pair is related.  Mutual best matches are linked.  A one-sided
   best match is linked only when the sentence is mostly *contained* in its
   match: this is how the two sentences into which one report splits what
   another says in one both join the point.
4. **Points.** Linked sentences form a key point (union-find); every sentence
   is in exactly one point, alone if nothing links to it.  Weak links (a
   related pair, an anchor, the ledes, one statement quoted in both) join
   last, strongest first, and never put two sentences of one report that are
   not neighbours into one point: a chain of weak links must not gather what
   one report tells in two places.

Nothing depends on the order in which the sources were given: ties are broken
by the sources' labels and paths and the sentences' positions, never by ids.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Sentence
from .acronyms import NONE as NO_ACRONYMS
from .acronyms import Acronyms, spelled_out
from .compare import (
    Comparison,
    Profile,
    Weights,
    compare_profiles,
    one_fact_apart,
    profile,
)
from .conflicts import Version, one_edit_apart, within_point
from .diff import ATTRIBUTION_VERBS
from .facts import SentenceFacts, extract
from .normalise import NEGATIONS, STOP_WORDS, Token, tokenize

CANDIDATES_PER_SENTENCE = 4
"""At most this many sentences of other sources are scored against each sentence."""
QUERY_WORDS = 8
"""The most distinctive content words of a sentence, which look up its candidates."""
MIN_SHARED = 0.2
"""The least share of the smaller sentence's content weight two candidates must share."""
RELATIVE_SHARE = 0.5
"""...and at least this fraction of what the sentence's best candidate shares: a
candidate sharing far less than the best one is not worth scoring."""
UNRELATED_SHARE = 0.5
"""A candidate in a report that does not look like the same story (before any
scoring, by where sentences find their best candidates) must share this much: only
near-equivalent sentences link across stories, and most such candidates are the
cost of a large briefing of many events (77% of those scored in 300 articles)."""
COMMON_WORD = 25
"""A word in more sentences than this is not used to look up candidates (its rarer words are)."""
LINK_SCORE = 45.0
"""Mutual best matches in one story link at this score (0-100) and above."""
ANCHOR_SCORE = 20.0
"""Mutual best matches that share two anchor words link at this score and above."""
ANCHOR_WORDS = 2
ANCHOR_WEIGHT = 0.1
"""An anchor is a content word at least this heavy that occurs in only one sentence of each
of the two reports, as unique lines anchor an alignment in patience diff."""
CONTAINED = 0.6
"""A one-sided best match links when this share of the sentence's content weight is in its match."""
CONTAINED_WORDS = 2
"""...and when the two share this many content words: "That's a lot." is not part of
"She has a lot of friends", but "We will bring back our jobs." is part of "We will
bring back our jobs, we will bring back our borders"."""
WHOLLY_CONTAINED = 0.75
"""A sentence this much inside its best match links even when the pair scores as
unrelated, as a short sentence inside a long one does ("Huckabee ran for president
in 2008." / "Huckabee, a former Baptist minister, ran for president in 2008,
winning eight states ...": the long one's additions pull the score down)..."""
WHOLLY_CONTAINED_WORDS = 3
"""...when the two share this many content words ("God help us." shares two)..."""
WHOLLY_CONTAINED_SCORE = 30.0
"""...and the pair scores this much."""
_FUNCTION = (STOP_WORDS - NEGATIONS) | ATTRIBUTION_VERBS
"""Words that do not count as shared content: function words (negations do count:
"Nothing happened to her"), and the verbs that only attribute ("A lot of it is," he
said. shares only "lot" with "... he lies just a whole lot of the time," he said)."""
CROSS_STORY_SCORE = 60.0
"""Sentences of reports in different stories link only when they agree and score this
much ("roughly equivalent" on the STS scale): the same quotation in two related
events, not two short generic sentences ("It wasn't funny")."""
CROSS_STORY_WEIGHT = 2.0
"""...and share content words of this much weight (about two rare words): a short
sentence that agrees with another by one word is a coincidence across stories."""
ONE_EDIT_WORDS = 2
"""Mutual best matches in one story that are one sentence with a few words changed in
one place, the change a conflicting fact, link at :data:`ANCHOR_SCORE` and above
when this many content words stand outside the change: "It was the third vote this
year." / "It was the fourth vote this year." score 30 (the two ordinals are their
heaviest words), yet report one thing with one fact changed, which the point must
show as a conflict."""
QUOTED_WORDS = 3
"""Two sentences of one story that quote the same words, a run of this many content
words in one order inside quotation marks in both, report one statement however
differently they frame it: "Elizabeth Lauten wrote ... that Malia and Sasha Obama
... should "try showing a little class"" / "... on her Facebook page, saying they
should "try showing a little class" and ...".  Two shared words are too few: a
programme's or a party's name ("Face the Nation", "the Tea Party")."""
QUOTED_SHARE = 0.5
"""...and the longest such run must be at least this share of the shorter of the two
quotations it is in: two statements that quote one phrase ("or else a strong corporate
culture tells them what to do" / "... there is strong corporate culture that guides
all of this") are not one statement."""
STORY_SCORE = 35.0
"""A match this strong counts toward the affinity of two reports."""
STORY_MATCHES = 2
"""A report left alone joins its closest report's story when they share this many strong matches."""
STORY_SHARE = 0.5
"""Two reports tell one story when their affinity is at least this share of each one's
affinity with its closest report."""


@dataclass(slots=True)
class Prepared:
    """A sentence with everything the analysis computes on it once."""

    sentence: Sentence
    source: str
    """The source id."""
    order: tuple[str, str, int]
    """An order-independent sort key: the source's label and path, the sentence's index."""
    source_key: tuple[str, str]
    position: float
    """Where the sentence stands in its report, 0 (top) to 1 (bottom)."""
    weights: dict[str, float]
    """Each word's (norm's) weight: what the candidate search needs of every sentence."""
    total: float
    model: Weights
    """The briefing's word weights, from which the full profile is built when needed."""
    date: dt.date | None = None
    """The report's date, against which relative dates in the sentence resolve."""
    acronyms: Acronyms = NO_ACRONYMS
    """The sentence's acronyms and capitalised runs, so that ``SEC`` finds
    ``Securities and Exchange Commission`` in the candidate search."""
    _tokens: list[Token] | None = None
    _quoted: Quoted | None = None
    _profile: Profile | None = None
    _facts: SentenceFacts | None = None

    @property
    def tokens(self) -> list[Token]:
        """The sentence's tokens (kept once computed)."""
        if self._tokens is None:
            self._tokens = tokenize(self.sentence.text)
        return self._tokens

    @property
    def quoted(self) -> Quoted:
        """What the sentence quotes (kept once computed)."""
        if self._quoted is None:
            self._quoted = find_quoted(self.sentence.text, self.tokens)
        return self._quoted

    @property
    def profile(self) -> Profile:
        """The full comparison profile, built the first time the sentence is compared.

        Most sentences of a long report are never compared, so building every
        profile up front would cost time and memory for nothing.
        """
        if self._profile is None:
            self._profile = profile(self.tokens, self.model, self.acronyms)
        return self._profile

    @property
    def facts(self) -> SentenceFacts:
        """The sentence's checkable facts, extracted the first time they are needed."""
        if self._facts is None:
            self._facts = extract(self.sentence.text, self.date)
        return self._facts

    def version(self) -> Version:
        """The sentence as the conflict finder sees it."""
        return Version(
            self.sentence.id,
            self.sentence.source,
            self.sentence.text,
            self.sentence.start,
            self.tokens,
            self.facts,
        )


class Scores:
    """Pairwise comparisons, computed at most once per pair."""

    def __init__(self, items: Sequence[Prepared]) -> None:
        self._items = items
        self._cache: dict[tuple[int, int], Comparison] = {}

    def __call__(self, i: int, j: int) -> Comparison:
        key = (i, j) if i < j else (j, i)
        found = self._cache.get(key)
        if found is None:
            found = compare_profiles(self._items[key[0]].profile, self._items[key[1]].profile)
            self._cache[key] = found
        return found

    def known(self, i: int, j: int) -> Comparison | None:
        """The comparison if it was made, else None."""
        return self._cache.get((i, j) if i < j else (j, i))


def candidates(items: Sequence[Prepared], cancelled: Callable[[], bool]) -> list[list[int]]:
    """For each sentence, the sentences of other sources worth comparing with it.

    Each sentence looks up its most distinctive words in an inverted index;
    the sentences found most often are then checked for the share of content
    weight they really share, and the best few are kept.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for norm, weight in item.weights.items():
            if weight >= ANCHOR_WEIGHT / 3:
                postings[norm].append(i)
    # A word in very many sentences finds nothing worth the cost of listing them;
    # a fixed bound keeps the lookup linear in the size of the briefing.
    too_common = COMMON_WORD
    usable = {norm for norm, found in postings.items() if 1 < len(found) <= too_common}
    shortlists: list[list[tuple[float, tuple[str, str, int], int]]] = []
    for i, item in enumerate(items):
        if i % 256 == 0 and cancelled():
            raise _cancelled()
        weights = item.weights
        # The heaviest words that can find anything: a word no other sentence has
        # (a model number, a name said once) would only take a place in the query.
        query = sorted(
            ((norm, weight) for norm, weight in weights.items() if norm in usable),
            key=lambda kv: (-kv[1], kv[0]),
        )[:QUERY_WORDS]
        hits: Counter[int] = Counter()
        for norm, _ in query:
            hits.update(postings[norm])
        kept: list[tuple[float, tuple[str, str, int], int]] = []
        # Sentences of the same report are never candidates, so they must not take
        # places; ties are broken by the sentences' own order key, not by where their
        # sources stand in the briefing, so that source order cannot change the result.
        source = item.source
        found = heapq.nsmallest(
            3 * CANDIDATES_PER_SENTENCE,
            (j for j in hits if items[j].source != source),
            key=lambda j: (-hits[j], items[j].order),
        )
        for j in found:
            other = items[j]
            shared = shared_weight(item, other)
            smaller = min(item.total, other.total) or 1.0
            if shared / smaller >= MIN_SHARED:
                kept.append((-shared / smaller, other.order, j))
        kept.sort()
        shortlists.append(kept)
    group = _report_groups(items, shortlists)
    result: list[list[int]] = []
    for i, kept in enumerate(shortlists):
        mine = group[items[i].source]
        kept = [
            entry
            for entry in kept
            if group[items[entry[2]].source] == mine or -entry[0] >= UNRELATED_SHARE
        ]
        floor = -kept[0][0] * RELATIVE_SHARE if kept else 0.0
        result.append(
            [j for negative, _, j in kept[:CANDIDATES_PER_SENTENCE] if -negative >= floor]
        )
    return result


def _report_groups(
    items: Sequence[Prepared], shortlists: Sequence[Sequence[tuple[float, object, int]]]
) -> dict[str, int]:
    """Reports grouped as they look like stories before any sentence is scored.

    Each sentence votes for the report of its best candidate (by shared weight).
    As in :func:`stories`, two reports are grouped when their votes, as a share of
    their sentences, are at least :data:`STORY_SHARE` of what each gets from its
    closest report; and every report joins its closest report, so that the
    reports of a briefing of one event are always one group.
    """
    votes: Counter[tuple[str, str]] = Counter()
    for i, kept in enumerate(shortlists):
        if kept:
            a, b = sorted((items[i].source, items[kept[0][2]].source))
            votes[(a, b)] += 1
    close = _CloseReports(items, votes)
    for (a, b), value in close.affinity.items():
        if value in (close.closest[a], close.closest[b]):
            close.components.union(close.number[a], close.number[b])
    return {source: close.components.find(n) for source, n in close.number.items()}


class _CloseReports:
    """Reports grouped when each is, within :data:`STORY_SHARE`, the other's closest.

    ``counts`` says, for each pair of reports, how many of their sentences match
    in the other; divided by the two reports' sizes, it is their affinity.
    """

    def __init__(self, items: Sequence[Prepared], counts: Counter[tuple[str, str]]) -> None:
        sizes: Counter[str] = Counter(item.source for item in items)
        self.keys = {item.source: item.source_key for item in items}
        self.number = {
            source: n for n, source in enumerate(sorted(sizes, key=self.keys.__getitem__))
        }
        self.affinity = {
            pair: count / (sizes[pair[0]] + sizes[pair[1]]) for pair, count in counts.items()
        }
        self.closest: dict[str, float] = defaultdict(float)
        for (a, b), value in self.affinity.items():
            self.closest[a] = max(self.closest[a], value)
            self.closest[b] = max(self.closest[b], value)
        self.components = _Components(len(sizes))
        for (a, b), value in self.affinity.items():
            if value >= STORY_SHARE * self.closest[a] and value >= STORY_SHARE * self.closest[b]:
                self.components.union(self.number[a], self.number[b])


def shared_weight(a: Prepared, b: Prepared) -> float:
    """The weight of ``a``'s words that ``b`` also has, or spells out as an acronym."""
    weights = a.weights
    shared = sum([weights[norm] for norm in weights.keys() & b.weights.keys()])
    if a.acronyms and b.acronyms:
        shared += sum([weights[norm] for norm in spelled_out(a.acronyms, b.acronyms, b.weights)])
    return shared


def containment(inner: Prepared, outer: Prepared) -> float:
    """The share of ``inner``'s content weight that ``outer`` also has."""
    if not inner.total:
        return 0.0
    return shared_weight(inner, outer) / inner.total


class _Components:
    """Union-find over sentence indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            # The root is the smaller index, so the result does not depend on link order.
            self.parent[max(ri, rj)] = min(ri, rj)


class Cancelled(Exception):
    """The analysis was cancelled before it finished."""


def _cancelled() -> Cancelled:
    return Cancelled("the analysis was cancelled")


@dataclass(frozen=True, slots=True)
class Alignment:
    """The key points as groups of sentence indices, and which reports tell one story."""

    groups: list[list[int]]
    story: dict[str, int]
    """Source id to a story number: reports linked by many strong matches share one."""
    strong: frozenset[int] = frozenset()
    """The sentences joined to another report's by a strong link: versions that agree,
    one that the other contains, or a sentence and the two it merges."""


def _best_matches(
    items: Sequence[Prepared],
    lists: Sequence[Sequence[int]],
    scores: Scores,
    cancelled: Callable[[], bool],
    progress: Callable[[float], None],
) -> list[dict[str, tuple[int, float]]]:
    """For each sentence and each other source, its best-scoring candidate there."""
    best: list[dict[str, tuple[int, float]]] = [{} for _ in items]
    for i, found in enumerate(lists):
        if i % 128 == 0:
            if cancelled():
                raise _cancelled()
            progress(i / max(1, len(lists)))
        for j in found:
            score = scores(i, j).score
            for a, b in ((i, j), (j, i)):
                current = best[a].get(items[b].source)
                if (
                    current is None
                    or score > current[1]
                    or (score == current[1] and items[b].order < items[current[0]].order)
                ):
                    best[a][items[b].source] = (b, score)
    return best


def stories(
    items: Sequence[Prepared], best: Sequence[dict[str, tuple[int, float]]]
) -> dict[str, int]:
    """Group the reports into stories: reports that are each other's closest reports.

    The affinity of two reports is the share of their sentences whose best
    match in the other scores :data:`STORY_SCORE` or more.  Two reports belong
    to one story when each is, within a factor :data:`STORY_SHARE`, the other's
    closest report.  In a briefing of one event every report is close to every
    other; in a briefing of many events a report's closest reports are those of
    its own event, however many others there are.
    """
    strong: Counter[tuple[str, str]] = Counter()
    weak: Counter[tuple[str, str]] = Counter()
    for i, by_source in enumerate(best):
        for source, (_, score) in by_source.items():
            a, b = sorted((items[i].source, source))
            if score >= STORY_SCORE:
                strong[(a, b)] += 1
            if score >= ANCHOR_SCORE:
                weak[(a, b)] += 1
    close = _CloseReports(items, strong)
    components, number, keys = close.components, close.number, close.keys
    # A report left on its own (an outlet that words everything its own way) joins the
    # story of a report it shares at least STORY_MATCHES matches of ANCHOR_SCORE or
    # more with: such a report may have no strong match at all.  Of those, it joins
    # the one whose vocabulary is closest to its own, as stories are told apart by
    # their words: a short report's one chance match in another event ("counted on
    # winning all three" / "counting slaves ... as three-fifths") must not decide.
    sizes_of = Counter(components.find(n) for n in number.values())
    alone = [
        s for s in sorted(number, key=keys.__getitem__) if sizes_of[components.find(number[s])] == 1
    ]
    vectors: dict[str, Counter[str]] = {}
    for lonely in alone:
        partners = [
            b if a == lonely else a
            for (a, b), count in weak.items()
            if lonely in (a, b) and count >= STORY_MATCHES
        ]
        if not partners:
            continue
        if not vectors:
            vectors = _vocabularies(items)
        partner = max(partners, key=lambda p: (_cosine(vectors[lonely], vectors[p]), keys[p]))
        components.union(number[lonely], number[partner])
    return {source: components.find(n) for source, n in number.items()}


def _vocabularies(items: Sequence[Prepared]) -> dict[str, Counter[str]]:
    """Each report's content words, each weighted as the briefing weighs it."""
    vectors: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        vectors[item.source].update(item.weights)
    return vectors


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    """The cosine of two weighted vocabularies, 0 to 1."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(weight * b[norm] for norm, weight in a.items() if norm in b)
    norms = math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values()))
    return dot / norms if norms else 0.0


def _anchored(a: Prepared, b: Prepared, once: dict[str, Counter[str]]) -> bool:
    """Whether two sentences share :data:`ANCHOR_WORDS` anchors, one of them not a name.

    An anchor is a heavy content word that occurs in only one sentence of each
    of the two reports; an acronym and the name it stands for, each found once,
    are one anchor (``GE404`` / ``General Electric``).  Names alone do not
    anchor: a person named once in each report ("Jim Messina") may be quoted
    saying different things.
    """
    mine, theirs = once[a.source], once[b.source]
    other = b.weights
    anchors = {
        norm
        for norm, weight in a.weights.items()
        if weight >= ANCHOR_WEIGHT
        and norm in other
        and mine[norm] == 1
        and theirs[norm] == 1
        and norm not in ATTRIBUTION_VERBS
    }
    named = 0
    if a.acronyms and b.acronyms:
        spelled = spelled_out(a.acronyms, b.acronyms, other)
        counterpart = spelled_out(b.acronyms, a.acronyms, a.weights)
        named = int(
            any(a.weights[norm] >= ANCHOR_WEIGHT and mine[norm] == 1 for norm in spelled)
            and any(theirs[norm] == 1 for norm in counterpart)
        )
    if len(anchors) + named < ANCHOR_WORDS:
        return False
    return any(t.norm in anchors and not t.text[:1].isupper() for t in a.tokens)


_QUOTE_MARKS = frozenset('"\u201c\u201d')


def quoted_tokens(text: str, tokens: Sequence[Token]) -> list[bool]:
    """For each token of ``text``, whether it stands inside quotation marks.

    Inside double marks: the last double mark before the token opens a
    quotation, a curly opening mark or a straight one that is the first, third,
    ... of the sentence; a closing curly mark with none before it ends a
    quotation opened in an earlier sentence, so the words before it are quoted
    too.  Inside single curly marks, as British and Indian outlets quote: after a
    ``‘`` (not one that opens an abbreviated year, ``‘90s``) and before the next
    ``’`` that is not an apostrophe inside a word (``don’t``).
    """
    marks = [(k, ch) for k, ch in enumerate(text) if ch in _QUOTE_MARKS]
    singles = _single_quotations(text)
    if not marks and not singles:
        return [False] * len(tokens)
    result: list[bool] = []
    m = 0  # the double marks before the current token
    s = 0  # the single quotations that end before the current token
    for token in tokens:
        while m < len(marks) and marks[m][0] < token.start:
            m += 1
        if m:
            last = marks[m - 1][1]
            inside = last == "\u201c" or (last == '"' and m % 2 == 1)
        else:
            inside = bool(marks) and marks[0][1] == "\u201d"
        while s < len(singles) and singles[s][1] <= token.start:
            s += 1
        if s < len(singles) and singles[s][0] < token.start:
            inside = True
        result.append(inside)
    return result


def _single_quotations(text: str) -> list[tuple[int, int]]:
    """Where single curly quotation marks open and close, in order."""
    found: list[tuple[int, int]] = []
    if "\u2018" not in text:
        return found
    opened: int | None = None
    for k, ch in enumerate(text):
        if ch == "\u2018" and opened is None and not text[k + 1 : k + 2].isdigit():
            opened = k
        elif ch == "\u2019" and opened is not None and not text[k + 1 : k + 2].isalpha():
            found.append((opened, k))
            opened = None
    if opened is not None:
        found.append((opened, len(text)))
    return found


@dataclass(frozen=True, slots=True)
class Quoted:
    """What a sentence quotes, prepared for finding a quotation in another sentence."""

    quotations: tuple[tuple[str, ...], ...]
    """Each stretch of quoted words, as its tokens' norms."""
    runs: dict[tuple[str, ...], list[tuple[int, int]]]
    """The shortest runs of quoted words that hold :data:`QUOTED_WORDS` content words,
    each from a content word to the one :data:`QUOTED_WORDS` - 1 further on inside one
    quotation, as its tokens' norms; each with where it stands (the quotation's index,
    the run's first token in it).  Two sentences quote a run of that many content
    words in common exactly when they share one of these."""


NOTHING_QUOTED = Quoted((), {})
RUN_PLACES = 4
"""The places of one shared run looked at in each sentence: a run quoted over and over
in one sentence need not be looked at everywhere."""


def find_quoted(text: str, tokens: Sequence[Token]) -> Quoted:
    """The quotations of a sentence and their shortest runs of content words.

    A capitalised word is not a content word here: the same name or title in two
    quotations ("Attorney General Barr", "Make America Great Again") is not the
    same statement.
    """
    inside = quoted_tokens(text, tokens)
    if not any(inside):
        return NOTHING_QUOTED
    quotations: list[tuple[str, ...]] = []
    runs: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    stretch: list[str] = []
    content: list[int] = []  # where the current stretch's content words are in it
    for k, token in enumerate(tokens):
        if not inside[k] or (k and not inside[k - 1]):
            if stretch:
                quotations.append(tuple(stretch))
            stretch, content = [], []
        if not inside[k]:
            continue
        stretch.append(token.norm)
        if not token.stop and token.norm not in _FUNCTION and not token.text[:1].isupper():
            content.append(len(stretch) - 1)
            if len(content) >= QUOTED_WORDS:
                first = content[-QUOTED_WORDS]
                runs[tuple(stretch[first:])].append((len(quotations), first))
    if stretch:
        quotations.append(tuple(stretch))
    return Quoted(tuple(quotations), dict(runs))


def quote_shared(a: Quoted, b: Quoted) -> bool:
    """Whether two sentences quote one statement.

    They must share a run of quoted words holding :data:`QUOTED_WORDS` content
    words that, grown as far as the two quotations go on alike, makes up at least
    :data:`QUOTED_SHARE` of the shorter of the two quotations it is in.
    """
    if not a.runs or not b.runs:
        return False
    for run in a.runs.keys() & b.runs.keys():
        for qa, start_a in a.runs[run][:RUN_PLACES]:
            first = a.quotations[qa]
            for qb, start_b in b.runs[run][:RUN_PLACES]:
                second = b.quotations[qb]
                before = 0
                while (
                    before < min(start_a, start_b)
                    and first[start_a - before - 1] == second[start_b - before - 1]
                ):
                    before += 1
                after = len(run)
                while (
                    start_a + after < len(first)
                    and start_b + after < len(second)
                    and first[start_a + after] == second[start_b + after]
                ):
                    after += 1
                if before + after >= QUOTED_SHARE * min(len(first), len(second)):
                    return True
    return False


def _leads(a: Prepared, b: Prepared) -> bool:
    """Whether both sentences open their reports.

    A news report opens with its lede, which states the news; two reports of one
    story whose ledes are each other's best match report the same event, though a
    briefing's own word weights make their shared names and topic words light.

    Ledes that name different days ("announced Friday" against "on Wednesday")
    open on different news: a later turn of the story, not the same event.
    """
    if a.sentence.index != 0 or b.sentence.index != 0:
        return False
    days_a = [value for value, _ in a.facts.dates if value.granularity() == "day"]
    days_b = [value for value, _ in b.facts.dates if value.granularity() == "day"]
    return not days_a or not days_b or any(x.compatible(y) for x in days_a for y in days_b)


MERGE_GAIN = 5.0
"""How much better (in score) a sentence must match two neighbouring sentences of another
report read together than either alone, for all three to be one point."""
MERGE_PART = 0.2
"""The least share of the added neighbour's content weight the merged sentence must have."""


def _one_fact_changed(a: Prepared, b: Prepared, score: float) -> bool:
    """Whether two sentences report one thing with one fact changed: one sentence with
    a few words changed in one place (:func:`~briefing_tui.analysis.conflicts.one_edit_apart`),
    the change a conflicting fact, or two sentences with one conflicting fact that
    are alike once its words are left out (:func:`.compare.one_fact_apart`)."""
    findings = within_point([a.version(), b.version()])
    if not findings:
        return False
    if one_edit_apart(a.tokens, b.tokens, ONE_EDIT_WORDS):
        return True
    keys = (a.sentence.id, b.sentence.id)
    return one_fact_apart(a.tokens, b.tokens, findings, keys, score, a.model)


def _merges(
    items: Sequence[Prepared],
    best: Sequence[dict[str, tuple[int, float]]],
    story: dict[str, int],
    scores: Scores,
) -> list[tuple[int, int, int]]:
    """Sentences that say in one what another report says in two neighbouring ones.

    For a sentence and its best match in a report of the same story, the match is
    read together with each of its neighbours (as a 1:2 alignment in Gale and
    Church's sentence alignment). When the pair read together agrees with the
    sentence and matches it clearly better than either does alone, and the
    neighbour's words are largely in the sentence, the three are one point:
    "expressed appreciation for the unwavering US support ..., and commended
    Hegseth's leadership" against "appreciated the unwavering support ..." and
    "complimented the Secretary of Defense for his dynamic leadership".
    """
    found: list[tuple[int, int, int]] = []
    for i, by_source in enumerate(best):
        item = items[i]
        for j, score in by_source.values():
            match = items[j]
            if (
                score < ANCHOR_SCORE
                or story[item.source] != story[match.source]
                or item.total <= match.total
            ):
                continue
            for n in (j - 1, j + 1):
                if not 0 <= n < len(items) or items[n].source != match.source:
                    continue
                neighbour = items[n]
                if containment(neighbour, item) < MERGE_PART:
                    continue
                first, second = (match, neighbour) if n > j else (neighbour, match)
                together = profile([*first.tokens, *second.tokens], item.model)
                merged = compare_profiles(item.profile, together)
                if (
                    merged.relation == "agree"
                    and merged.score >= score + MERGE_GAIN
                    and merged.score >= scores(i, n).score + MERGE_GAIN
                ):
                    found.append((i, j, n))
    return found


def _join_weak(
    items: Sequence[Prepared], components: _Components, weak: list[tuple[float, int, int]]
) -> None:
    """Join the weaker links, strongest first, unless one would put two sentences of one
    report that are not neighbours into one point."""
    runs: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, item in enumerate(items):
        runs[components.find(i)][item.source].append(item.sentence.index)
    ordered = sorted(
        weak,
        key=lambda link: (
            -link[0],
            min(items[link[1]].order, items[link[2]].order),
            max(items[link[1]].order, items[link[2]].order),
        ),
    )
    for _, i, j in ordered:
        ri, rj = components.find(i), components.find(j)
        if ri == rj:
            continue
        a, b = runs[ri], runs[rj]
        if any(
            max(a[s] + b[s]) - min(a[s] + b[s]) + 1 != len(a[s]) + len(b[s])
            for s in a.keys() & b.keys()
        ):
            continue
        components.union(i, j)
        root = components.find(i)
        merged = runs[ri] if root == ri else runs[rj]
        other = runs.pop(rj if root == ri else ri)
        for source, indices in other.items():
            merged[source].extend(indices)


def align(
    items: Sequence[Prepared],
    scores: Scores,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[float], None] = lambda fraction: None,
) -> Alignment:
    """Group sentence indices into key points; each index is in exactly one group."""
    lists = candidates(items, cancelled)
    progress(0.3)
    best = _best_matches(items, lists, scores, cancelled, lambda f: progress(0.3 + 0.6 * f))
    story = stories(items, best)
    once: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        once[item.source].update(item.weights.keys())
    components = _Components(len(items))
    weak: list[tuple[float, int, int]] = []
    strong: set[int] = set()
    for i, by_source in enumerate(best):
        item = items[i]
        for j, score in by_source.values():
            other = items[j]
            comparison = scores(i, j)
            same_story = story[item.source] == story[other.source]
            share = containment(item, other)
            # Across stories, only sentences that say the same thing nearly alike link.
            close = same_story or (
                comparison.relation == "agree"
                and score >= CROSS_STORY_SCORE
                and share * item.total >= CROSS_STORY_WEIGHT
            )
            # A sentence whose content is mostly inside its best match reports part
            # of the same thing; one report may also say in two sentences what
            # another says in one.
            contained = close and share >= CONTAINED
            if contained:
                words = len(item.weights.keys() & other.weights.keys() - _FUNCTION)
                contained = words >= CONTAINED_WORDS and (
                    comparison.relation != "unrelated"
                    or (
                        share >= WHOLLY_CONTAINED
                        and words >= WHOLLY_CONTAINED_WORDS
                        and score >= WHOLLY_CONTAINED_SCORE
                    )
                )
            mutual = best[j].get(item.source)
            is_mutual = mutual is not None and mutual[0] == i
            if (is_mutual and comparison.relation == "agree" and close) or contained:
                components.union(i, j)  # a strong link joins at once
                strong.update((i, j))
            elif (
                is_mutual
                and same_story
                and (
                    score >= LINK_SCORE
                    or (score >= ANCHOR_SCORE and _anchored(item, other, once))
                    or (score >= ANCHOR_SCORE and _leads(item, other))
                    or (score >= ANCHOR_SCORE and _one_fact_changed(item, other, score))
                )
            ):
                weak.append((score, i, j))
    # Two sentences that quote one statement join, whatever their best matches are:
    # the reports may frame the quotation with different details.
    for i, found in enumerate(lists):
        item = items[i]
        for j in found:
            other = items[j]
            if story[item.source] == story[other.source] and quote_shared(
                item.quoted, other.quoted
            ):
                weak.append((scores(i, j).score, i, j))
    for i, j, n in _merges(items, best, story, scores):
        components.union(i, j)
        components.union(i, n)
        strong.update((i, j, n))
    _join_weak(items, components, weak)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[components.find(i)].append(i)
    progress(0.95)
    return Alignment(list(groups.values()), story, frozenset(strong))
