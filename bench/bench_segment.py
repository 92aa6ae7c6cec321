"""Benchmark the sentence segmenter: speed on real news, and the Golden Rules score.

    python bench/bench_segment.py              # briefing_tui's segmenter
    python bench/bench_segment.py --compare    # and every candidate library installed

Speed is MB of UTF-8 text per second over every ../shared/data/events/*/*.txt file
(about 1.2 MB), each segmented whole with ``segment()``; the figure quoted is the
median of several runs, because the machine is shared and noisy. The score is the
number of the 48 English Golden Rules whose stripped sentences match exactly.

With ``--compare``, each sentence-splitting library that is installed (pysbd,
nupunkt, sentencex, syntok, blingfire, segtok, sentence-splitter, spaCy's
rule-based sentencizer) is measured the same way. The libraries are handed the
paragraphs already split (outside the timing), which favours them slightly. None of
them is a dependency of the project: install them by hand to compare.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator

from _shared import REPO, shared_path

sys.path.insert(0, str(REPO))

from briefing_tui.analysis.segment import segment, split_paragraphs, split_sentences

Splitter = Callable[[str], list[str]]


def load_events() -> list[str]:
    """The text of every event report."""
    paths = sorted(shared_path("events").glob("*/*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def megabytes(texts: list[str]) -> float:
    """The UTF-8 size of the texts in MB (10**6 bytes)."""
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def time_runs(work: Callable[[], object], runs: int) -> list[float]:
    """Seconds taken by each of `runs` calls of `work`, after one warm-up call."""
    work()
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return seconds


def golden_rule_failures(split: Splitter) -> list[int]:
    """Ids of the Golden Rules that `split` gets wrong (or raises on)."""
    rules = json.loads(shared_path("golden_rules_en.json").read_text(encoding="utf-8"))
    failures = []
    for rule in rules:
        try:
            got = [sentence.strip() for sentence in split(rule["text"]) if sentence.strip()]
        except Exception:  # a library that raises fails the rule
            got = []
        if got != rule["expected"]:
            failures.append(rule["id"])
    return failures


def own_splitter(text: str) -> list[str]:
    """briefing_tui's sentences of `text`, as strings."""
    return [text[start:end] for start, end in split_sentences(text)]


def candidate_libraries() -> Iterator[tuple[str, Splitter]]:
    """(name, splitter) for each candidate library that is installed."""
    try:
        import pysbd

        pysbd_segmenter = pysbd.Segmenter(language="en", clean=False)
        yield "pysbd", pysbd_segmenter.segment
    except ImportError:
        pass
    try:
        import nupunkt

        yield "nupunkt", nupunkt.sent_tokenize
    except ImportError:
        pass
    try:
        import sentencex

        yield "sentencex", lambda text: list(sentencex.segment("en", text))
    except ImportError:
        pass
    try:
        from syntok import segmenter as syntok_segmenter

        def syntok_split(text: str) -> list[str]:
            return [
                "".join(token.spacing + token.value for token in sentence)
                for paragraph in syntok_segmenter.process(text)
                for sentence in paragraph
            ]

        yield "syntok", syntok_split
    except ImportError:
        pass
    try:
        import blingfire

        yield "blingfire", lambda text: blingfire.text_to_sentences(text).split("\n")
    except ImportError:
        pass
    try:
        from segtok.segmenter import split_multi

        yield "segtok", lambda text: list(split_multi(text))
    except ImportError:
        pass
    try:
        from sentence_splitter import SentenceSplitter

        yield "sentence-splitter", SentenceSplitter(language="en").split
    except ImportError:
        pass
    try:
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        yield "spacy sentencizer", lambda text: [sentence.text for sentence in nlp(text).sents]
    except ImportError:
        pass


def report(name: str, score: int, seconds: list[float], size: float) -> None:
    """Print one row: name, Golden Rules score, median and range of MB/s."""
    rates = sorted(size / s for s in seconds)
    print(
        f"{name:<20} {score:>2}/48  {size / statistics.median(seconds):8.2f} MB/s"
        f"  (runs {rates[0]:.2f}..{rates[-1]:.2f})"
    )


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs (default 9)")
    parser.add_argument("--compare", action="store_true", help="also measure libraries")
    parser.add_argument(
        "--library-runs", type=int, default=3, help="timed runs per library (default 3)"
    )
    args = parser.parse_args()

    texts = load_events()
    size = megabytes(texts)
    print(f"{len(texts)} event reports, {size:.2f} MB of UTF-8 text")

    seconds = time_runs(lambda: [segment(text) for text in texts], args.runs)
    failures = golden_rule_failures(own_splitter)
    report("briefing_tui", 48 - len(failures), seconds, size)
    print(f"{'':<20} failed rules: {failures or 'none'}")
    if not args.compare:
        return

    paragraphs = [text[start:end] for text in texts for start, end in split_paragraphs(text)]
    for name, split in candidate_libraries():
        library_seconds = time_runs(
            lambda split=split: [split(paragraph) for paragraph in paragraphs],
            args.library_runs,
        )
        library_failures = golden_rule_failures(split)
        report(name, 48 - len(library_failures), library_seconds, size)
        print(f"{'':<20} failed rules: {library_failures}")


if __name__ == "__main__":
    main()
