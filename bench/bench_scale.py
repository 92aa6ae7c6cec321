"""Big briefings in the reader: responsiveness while the analysis runs, quitting, peak memory.

Three briefings, each opened in a fresh process with the reader running
headless at 160x48:

* all 300 articles of ../shared/data/events;
* one 10 MB report (the events' texts joined until 10 MB, in a temporary file);
* that 10 MB report beside the two bundled ones, so the analysis has work to do.

For each: the time until the reader is up; the latency of key presses (``j``,
moving the cursor) made while the analysis runs in its worker, median and
worst; the time until the analysis is done; the time from ``ctrl+q`` pressed
mid-analysis to the app's exit (the worker is cancelled); and the process's
peak memory (max RSS). Medians of several runs. Run:

    python bench/bench_scale.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _shared import REPO, shared_path

CHILD = r"""
import asyncio, json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from textual import events
from briefing_tui.app import BriefingApp
from briefing_tui.sources import load_briefing

paths, quit_early = sys.argv[2:-1], sys.argv[-1] == "quit"


async def main() -> dict:
    start = time.perf_counter()
    moved: list[float] = []

    def hook(message: object) -> None:
        # The cursor moved: the key has been handled and the move announced.
        if type(message).__name__ == "SentenceChanged":
            moved.append(time.perf_counter())

    app = BriefingApp(load_briefing(paths))
    result = {}
    async with app.run_test(size=(160, 48), message_hook=hook) as pilot:
        await pilot.pause()
        result["up"] = time.perf_counter() - start
        if quit_early:
            await asyncio.sleep(0.5)
            result["quit_while_running"] = app.reader.analysis is None
            result["pressed"] = time.perf_counter()
            await pilot.press("ctrl+q")
            return result
        # Each "key" is a real key event posted to the app; its latency is the time until
        # the article announces that the cursor moved. Nothing polls in between, so the
        # analysis thread runs as it would while a person reads.
        latencies = []
        while app.reader.analysis is None and time.perf_counter() - start < 600:
            count = len(moved)
            pressed = time.perf_counter()
            app.post_message(events.Key("j", "j"))
            await asyncio.sleep(0.25)
            if app.reader.analysis is None and len(moved) > count:
                latencies.append(moved[count] - pressed)
        result["analysed"] = time.perf_counter() - start
        result["latencies"] = latencies
    return result


result = asyncio.run(main())
if "pressed" in result:
    result["quit"] = time.perf_counter() - result.pop("pressed")
result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def run(paths: list[Path], mode: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(REPO), *map(str, paths), mode],
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def ten_megabytes(folder: Path) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(shared_path("events").glob("*/*.txt"))]
    body = "\n\n".join(texts)
    out: list[str] = []
    size = 0
    while size < 10 * 1024 * 1024:
        out.append(body)
        size += len(body.encode("utf-8"))
    path = folder / "ten-megabytes.txt"
    path.write_text("\n\n".join(out)[: 10 * 1024 * 1024], encoding="utf-8")
    return path


def report(name: str, paths: list[Path], runs: int) -> None:
    results = [run(paths, "keys") for _ in range(runs)]
    quits = [run(paths, "quit") for _ in range(runs)]
    latencies = [x for r in results for x in r["latencies"]]  # type: ignore[attr-defined]
    median = lambda key, rs=results: statistics.median(float(r[key]) for r in rs)  # noqa: E731
    keys = (
        f"key latency while analysing: median {statistics.median(latencies) * 1000:.0f} ms, "
        f"worst {max(latencies) * 1000:.0f} ms over {len(latencies)} presses"
        if latencies
        else "the analysis finished before a key could be pressed"
    )
    running = sum(bool(q["quit_while_running"]) for q in quits)
    print(
        f"{name}: reader up {median('up'):.2f} s; analysis done {median('analysed'):.2f} s; {keys}; "
        f"ctrl+q mid-analysis exits in {median('quit', quits):.2f} s ({running}/{len(quits)} runs "
        f"quit while it ran); peak memory {median('rss_mb'):.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--runs", type=int, default=3, help="runs per briefing (medians are reported)"
    )
    args = parser.parse_args()
    events = sorted(shared_path("events").glob("*/*.txt"))
    bundled = sorted((REPO / "articles").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        big = ten_megabytes(Path(folder))
        report(f"all {len(events)} articles", events, args.runs)
        report("one 10 MB report", [big], args.runs)
        report("a 10 MB report beside the bundled two", [big, *bundled], args.runs)


if __name__ == "__main__":
    main()
