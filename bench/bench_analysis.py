"""Speed and memory of the cross-report analysis (issue: analysis, section 6).

Measures, on the 100 three-outlet events of ../shared/data/events:

1. each event analysed on its own (load + analyse), median and worst;
2. one briefing of all 300 articles, end to end through the real command
   (`python -m briefing_tui --export json PATHS -o FILE`): wall time and peak
   memory (the process's max RSS), target <= 10 s and <= 1 GB;
3. growth of the analysis time at 75, 150 and 300 articles: at most 2.5x per doubling;
4. the ratio against a naive all-pairs rapidfuzz `token_set_ratio` of every
   sentence with every other, measured in the same run on a subset of the
   sentences (the whole would take minutes) and extrapolated quadratically.

Every time is the median of several runs: the machine is shared and noisy.
Run: python bench/bench_analysis.py [--runs N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shared import REPO, shared_path

sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz, utils

from briefing_tui.analysis import analyse
from briefing_tui.sources import load_briefing

CHILD = """
import resource, sys, time
start = time.perf_counter()
from briefing_tui.cli import main
status = main(sys.argv[1:])
print(f"{time.perf_counter() - start} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)
sys.exit(status)
"""


def median_time(func: object, runs: int, clock: object = time.perf_counter) -> float:
    """The median over ``runs`` of ``func``'s duration on ``clock`` (wall time by default)."""
    times = []
    for _ in range(runs):
        start = clock()  # type: ignore[operator]
        func()  # type: ignore[operator]
        times.append(clock() - start)  # type: ignore[operator]
    return statistics.median(times)


def event_paths() -> list[list[Path]]:
    events = sorted(p for p in shared_path("events").iterdir() if p.is_dir())
    return [sorted(event.glob("*.txt")) for event in events]


def per_event(events: list[list[Path]]) -> None:
    times = []
    shared = three = covered = sentences = conflicts = differ = loose = 0
    for paths in events:
        start = time.perf_counter()
        analysis = analyse(load_briefing(paths))
        times.append(time.perf_counter() - start)
        for point in analysis.points:
            sentences += len(point.members)
            if len(point.sources) > 1:
                shared += 1
                covered += len(point.members)
                differ += point.status == "differ"
                loose += point.status == "differ" and not point.conflicts
            three += len(point.sources) > 2
        conflicts += len(analysis.conflicts)
    print(
        f"per event (load + analyse, 3 reports): median {statistics.median(times) * 1000:.0f} ms, "
        f"worst {max(times) * 1000:.0f} ms, all 100 {sum(times):.2f} s"
    )
    print(
        f"per event, summed: {shared} points carried by two or more outlets ({three} by three), "
        f"{covered} of {sentences} sentences in them, {conflicts} conflicts; "
        f"{shared - differ} agreed and {differ} differing ({loose} told with different details, "
        "no conflict)"
    )


def end_to_end(paths: list[Path], runs: int) -> None:
    walls, inner, rss = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "briefing.json"
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", CHILD, "--export", "json", "-o", str(out), *map(str, paths)],
                capture_output=True,
                text=True,
                cwd=REPO,
                check=True,
            )
            walls.append(time.perf_counter() - start)
            seconds, kilobytes = done.stderr.strip().splitlines()[-1].split()
            inner.append(float(seconds))
            rss.append(int(kilobytes) / 1024)
        data = json.loads(out.read_text())
    sentences = sum(len(s["sentences"]) for s in data["sources"])
    event = {s["id"]: Path(s["path"]).parent.name for s in data["sources"]}
    multi = [p for p in data["points"] if len(p["sources"]) > 1]
    mixed = [p for p in multi if len({event[s] for s in p["sources"]}) > 1]
    crossing = [c for c in data["conflicts"] if len({event[v["source"]] for v in c["values"]}) > 1]
    print(
        f"precision check: {len(mixed)} of {len(multi)} multi-source points join sentences of "
        f"different events; {len(crossing)} of {len(data['conflicts'])} conflicts cross events"
    )
    print(
        f"all {len(paths)} articles as one briefing ({sentences} sentences, {len(data['points'])} points, "
        f"{len(data['conflicts'])} conflicts), `briefing-tui --export json`: "
        f"median {statistics.median(walls):.2f} s wall (target <= 10 s), "
        f"peak memory median {statistics.median(rss):.0f} MB (target <= 1024 MB)"
    )


def growth(events: list[list[Path]], runs: int) -> None:
    """Analysis time at 75, 150 and 300 articles.

    The sizes are measured in turn, round after round, so that a busy spell on
    the shared machine falls on all of them alike; the ratio is taken on CPU
    time (``time.process_time``), which other work disturbs far less than wall
    time. Wall time is shown too.
    """
    briefings = [
        load_briefing([p for paths in events[:count] for p in paths]) for count in (25, 50, 100)
    ]
    analyse(briefings[0])  # warm the word lists and caches once
    cpu: list[list[float]] = [[] for _ in briefings]
    wall: list[list[float]] = [[] for _ in briefings]
    for _ in range(runs):
        for k, briefing in enumerate(briefings):
            started_cpu, started_wall = time.process_time(), time.perf_counter()
            analyse(briefing)
            cpu[k].append(time.process_time() - started_cpu)
            wall[k].append(time.perf_counter() - started_wall)
    results = [
        (
            len(b.sources),
            sum(len(s.sentences) for s in b.sources),
            statistics.median(c),
            statistics.median(w),
        )
        for b, c, w in zip(briefings, cpu, wall, strict=True)
    ]
    for articles, sentences, c, w in results:
        print(
            f"growth: {articles} articles, {sentences} sentences: analyse median {c:.2f} s CPU, {w:.2f} s wall"
        )
    for k, ((a1, n1, t1, w1), (a2, n2, t2, w2)) in enumerate(itertools.pairwise(results)):
        # The ratio within each round, where both sizes ran back to back, is less
        # disturbed by a busy spell than the ratio of two medians.
        paired = statistics.median(b / a for a, b in zip(cpu[k], cpu[k + 1], strict=True))
        print(
            f"growth: {a1} -> {a2} articles ({n2 / n1:.2f}x the sentences): "
            f"x{t2 / t1:.2f} CPU time, x{w2 / w1:.2f} wall; median of the {runs} rounds' "
            f"own ratios x{paired:.2f} CPU (target <= 2.5 per doubling)"
        )
    (a_first, n_first, t_first, _), (a_last, n_last, t_last, _) = results[0], results[-1]
    growth_all = t_last / t_first
    print(
        f"growth: {a_first} -> {a_last} articles ({n_last / n_first:.2f}x the sentences): "
        f"x{growth_all:.2f} CPU time, x{growth_all ** (1 / math.log2(a_last / a_first)):.2f} "
        f"per doubling of the articles, x{growth_all ** (1 / math.log2(n_last / n_first)):.2f} "
        "per doubling of the sentences"
    )


def naive_ratio(events: list[list[Path]], runs: int, subset: int) -> None:
    briefing = load_briefing([p for paths in events for p in paths])
    sentences = [s.text for source in briefing.sources for s in source.sentences]
    part = sentences[:subset]
    processed = [utils.default_process(s) for s in part]

    def naive() -> None:
        for i, a in enumerate(processed):
            for b in processed[i + 1 :]:
                fuzz.token_set_ratio(a, b)

    naive_subset = median_time(naive, max(1, runs // 2))
    scale = (len(sentences) / len(part)) ** 2
    naive_full = naive_subset * scale
    ours_full = median_time(lambda: analyse(briefing), runs)
    print(
        f"naive all-pairs token_set_ratio: {naive_subset:.2f} s on the first {len(part)} sentences "
        f"({len(part) * (len(part) - 1) // 2} pairs); extrapolated to all {len(sentences)} sentences: "
        f"{naive_full:.0f} s"
    )
    print(
        f"ours on all {len(sentences)} sentences: {ours_full:.2f} s; speed-up x{naive_full / ours_full:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--runs", type=int, default=5, help="runs per measurement (median is reported)"
    )
    parser.add_argument(
        "--subset", type=int, default=1500, help="sentences in the naive baseline's subset"
    )
    args = parser.parse_args()
    events = event_paths()
    per_event(events)
    end_to_end([p for paths in events for p in paths], args.runs)
    growth(events, args.runs)
    naive_ratio(events, args.runs, args.subset)


if __name__ == "__main__":
    main()
