"""How many planted contradictions the conflict finder misses, in real news sentences.

No labelled set of contradicting report pairs comes with the project, so this
makes one: it takes sentences of the 300 BASIL articles (../shared/data) and
changes one fact in a copy of each, then asks `compare_sentences` whether the
two conflict.  Each probe takes up to 300 sentences, in an order fixed by its
seed:

* figure: the first figure's leading digit raised by one (a year by three);
* date: the first weekday or month moved on by two;
* name: a rare capitalised word inside the sentence replaced by "Kowalski";
* negation: "not" put after the first auxiliary ("was", "will", "has", ...).

A miss is a changed copy with no conflict.  Not every miss is wrong: "more than
800,000" and "more than 900,000" can both be right, "Dec. 27" raised to "Dec.
37" is no date, and a name told twice in the sentence is still named there.
The last line compares the headlines of each event's three outlets, which
report one story in different words: every conflict there is a false one.

Run: python bench/bench_conflicts.py
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator

from _shared import REPO, shared_path

sys.path.insert(0, str(REPO))

from briefing_tui import compare_sentences
from briefing_tui.analysis.wordlist import general_frequencies

SAMPLE = 300
SEED = 2

_FIGURE = re.compile(r"(?<![\d.,$/])\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\b(?![\d,/])")
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = [
    "January", "February", "March", "April", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip
_DATE = re.compile(r"\b(" + "|".join(_WEEKDAYS + _MONTHS) + r")\b")
_INSIDE_NAME = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{3,})\b")
_AUXILIARY = re.compile(r"\b(will|is|was|has|had|would|can|are|were)\b(?! not)")

Change = Callable[[str], str | None]


def _figure(sentence: str) -> str | None:
    match = _FIGURE.search(sentence)
    if match is None:
        return None
    written = match.group(0)
    if written.isdigit() and 1900 <= int(written) <= 2030:
        new = str(int(written) + 3)
    else:
        new = str(int(written[0]) % 9 + 1) + written[1:]
    return sentence[: match.start()] + new + sentence[match.end() :]


def _date(sentence: str) -> str | None:
    match = _DATE.search(sentence)
    if match is None:
        return None
    word = match.group(1)
    pool = _WEEKDAYS if word in _WEEKDAYS else _MONTHS
    new = pool[(pool.index(word) + 2) % len(pool)]
    return sentence[: match.start()] + new + sentence[match.end() :]


def _name(sentence: str) -> str | None:
    frequencies = general_frequencies()
    rare = [
        m
        for m in _INSIDE_NAME.finditer(sentence)
        if frequencies.get(m.group(1).lower(), 0.0) < 1e-5 and m.group(1) != "Kowalski"
    ]
    if not rare:
        return None
    match = rare[0]
    return sentence[: match.start()] + "Kowalski" + sentence[match.end() :]


def _negation(sentence: str) -> str | None:
    match = _AUXILIARY.search(sentence)
    if match is None:
        return None
    return sentence[: match.end()] + " not" + sentence[match.end() :]


PROBES: dict[str, Change] = {
    "figure": _figure,
    "date": _date,
    "name": _name,
    "negation": _negation,
}


def _articles() -> Iterator[dict[str, object]]:
    with shared_path("basil_sentences.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def _sentences() -> list[str]:
    return [
        sentence
        for article in _articles()
        for paragraph in article["paragraphs"]  # type: ignore[attr-defined]
        for sentence in paragraph
        if 40 < len(sentence) < 300
    ]


def probe(name: str, change: Change, sentences: list[str], seed: int) -> None:
    order = list(sentences)
    random.Random(seed).shuffle(order)
    tried = missed = 0
    for sentence in order:
        changed = change(sentence)
        if changed is None or changed == sentence:
            continue
        tried += 1
        if not compare_sentences(sentence, changed).conflicts:
            missed += 1
        if tried == SAMPLE:
            break
    print(f"{name:>9}: {missed} of {tried} planted changes found no conflict (seed {seed})")


def headlines() -> None:
    titles: dict[str, list[str]] = {}
    for article in _articles():
        titles.setdefault(str(article["event"]), []).append(str(article["title"]))
    kinds: Counter[str] = Counter()
    pairs = 0
    for event_titles in titles.values():
        for a, b in itertools.combinations(sorted(event_titles), 2):
            pairs += 1
            kinds.update(compare_sentences(a, b).conflicts)
    found = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items())) or "none"
    print(f"headlines: {pairs} pairs of one event's titles, false conflicts: {found}")


def main() -> None:
    sentences = _sentences()
    for name, change in PROBES.items():
        probe(name, change, sentences, SEED)
    headlines()


if __name__ == "__main__":
    main()
