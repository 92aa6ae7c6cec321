"""Worst cases of repetition: sentences that repeat one fact hundreds of times.

Real reports never do this, but a page scraped badly, or a list run together
into one "sentence", comes close (and a report with no sentence breaks holds
thousands of values); the conflict finder compares every value of
one version with every value of the other, so its cost must not grow with the
cube of the repeats.  For each case, ``compare_sentences`` is timed both ways
(median of ``--runs``), and then two one-sentence reports built from the worst
case go through ``briefing-tui --export json`` in a fresh process.  Last, the
credit-line and byline patterns (``metadata.split_credits``, ``split_metadata``)
are timed on the longest paragraphs they read (400 characters) made of names and
separators that end in no credit, where a careless pattern backtracks for ever.
Run:

    python bench/bench_repeats.py [--runs N] [--repeats N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shared import REPO

sys.path.insert(0, str(REPO))

from briefing_tui import compare_sentences
from briefing_tui.sources.metadata import split_credits, split_metadata


def cases(n: int) -> list[tuple[str, str, str]]:
    """(name, a, b) for ``n`` repeats of one kind of fact."""
    return [
        ("weekdays", "on Friday " * n, "on Monday " * n),
        ("one weekday changed", "on Friday " * n, "on Friday " * (n - 1) + "on Monday"),
        ("years", "in 1999 " * n, "in 2000 " * n),
        ("clock times", "at 4:07 p.m. " * n, "at 4:08 p.m. " * n),
        ("days and times", "on May 5, 2004 at 4:07 p.m. " * n, "on May 6, 2004 at 4:08 p.m. " * n),
        ("figures", "5 people " * n, "6 people " * n),
        ("ordinals", "the third vote " * n, "the fourth vote " * n),
        ("names", "Smith said " * n, "Jones said " * n),
        ("negations", "he did not go " * n, "he did go " * n),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=300)
    args = parser.parse_args()
    compare_sentences("warm up on Friday", "warm up on Monday")
    print(f"compare_sentences both ways, {args.repeats} repeats, median of {args.runs} runs")
    for name, a, b in cases(args.repeats):
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            compare_sentences(a, b)
            compare_sentences(b, a)
            times.append(time.perf_counter() - start)
        print(f"  {name:<20} {statistics.median(times):7.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        n = args.repeats * 2
        first, second = Path(folder, "a.txt"), Path(folder, "b.txt")
        first.write_text("Report\n\n" + "on Friday " * n + "\n", encoding="utf-8")
        second.write_text("Report\n\n" + "on Friday " * (n - 1) + "on Monday\n", encoding="utf-8")
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "briefing_tui", "--export", "json", str(first), str(second)],
                cwd=REPO,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            times.append(time.perf_counter() - start)
        print(
            f"--export json of two one-sentence reports of {n} weekdays, one changed: "
            f"{statistics.median(times):.2f} s (median of {args.runs})"
        )
    feet = [
        "Reporting by " + "Aa Bb " * 70 + "x",
        "Reporting by " + "Aa in Bb and " * 35 + "x",
        "Reporting by " + "Aa and Bb in Cc, " * 30 + "x",
        "Aa Bb writers " * 30 + "contributed to this report x",
        "Reporting by Aa; " * 30 + "x",
    ]
    feet += [
        "By " + "Aa Bb " * 70 + "x",
        "By " + "Aa, Bb " * 60 + "x",  # took minutes before the patterns were made atomic
        "Aa, Bb " * 60 + "contributed x",
        "Published " + "Aa 1, " * 80,
    ]
    worst = 0.0
    for foot in feet:
        texts = ("A report.\n\n" + foot[:400], "Headline\n\n" + foot[:400] + "\n\nA report.")
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            split_credits(texts[0])
            split_metadata(texts[1])
            times.append(time.perf_counter() - start)
        worst = max(worst, statistics.median(times))
    print(
        f"credit lines and bylines: worst of {len(feet)} hostile 400-character paragraphs"
        f" {worst * 1e6:.0f} µs"
    )


if __name__ == "__main__":
    main()
