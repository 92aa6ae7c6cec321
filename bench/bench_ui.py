"""Reader benchmarks: time to the first full frame, and search latency per keystroke.

Run from the repository root:

    python bench/bench_ui.py            # both
    python bench/bench_ui.py frame      # first frame only
    python bench/bench_ui.py search     # search only

first frame
    Each run starts a new process in a pseudo-terminal (read back with pyte)
    and times from the spawn to the first screen that shows the full frame:
    for ``python -m briefing_tui`` (the bundled briefing) both reports, the
    article text, the key points pane and the footer; for a minimal Textual
    app with a header, three empty bordered panes and a footer, its three pane
    titles and the footer.  Both are measured in the same run, alternating,
    and the medians are compared.  Target: ratio <= 1.5.  Bytecode caching is
    left on for the children (PYTHONDONTWRITEBYTECODE is dropped) so the
    checkout is measured as an installed program runs.

search
    All the articles of ../shared/data/events (about 300) are loaded into the
    reader (headless, 160x48), the find bar is opened, and a query is typed
    one key at a time.  Each keystroke is timed from the key press until the
    app is idle again with the hits marked and the current hit scrolled into
    view (the screen has been refreshed).  The pure ``search.find`` time of
    the same queries is reported beside it.  Target: < 50 ms per keystroke.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _shared import REPO, shared_path

RUNS = 21
COLUMNS, LINES = 120, 40

MINIMAL_APP = """
from textual.app import App
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Static


class Minimal(App):
    CSS = "Static { border: round $border; width: 1fr; height: 1fr; }"

    def compose(self):
        yield Header()
        with Horizontal():
            for name in ("Alpha pane", "Beta pane", "Gamma pane"):
                pane = Static()
                pane.border_title = name
                yield pane
        yield Footer()


Minimal().run()
"""


def _time_to_frame(command: list[str], needles: tuple[str, ...], timeout: float = 30.0) -> float:
    import fcntl
    import pty
    import struct
    import termios

    import pyte

    screen = pyte.Screen(COLUMNS, LINES)
    stream = pyte.ByteStream(screen)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": str(REPO)}
    # Measure as an installed program runs: with bytecode caches (pip writes them for
    # site-packages; a checkout gets them on the untimed warm-up run).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, cwd=REPO, env=env)
    os.close(slave)
    try:
        while True:
            elapsed = time.perf_counter() - started
            if elapsed > timeout:
                raise RuntimeError(
                    f"no full frame after {timeout} s: {command}\n" + "\n".join(screen.display)
                )
            ready, _, _ = select.select([master], [], [], 0.01)
            if ready:
                try:
                    data = os.read(master, 1 << 16)
                except OSError:
                    data = b""
                if not data:
                    raise RuntimeError("the process ended before its first frame")
                stream.feed(data)
                text = "\n".join(screen.display)
                if all(needle in text for needle in needles):
                    return time.perf_counter() - started
    finally:
        os.write(master, b"\x11")  # ctrl+q
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        os.close(master)


def bench_first_frame(runs: int = RUNS) -> float:
    """Print the medians and return the ratio (reader / minimal)."""
    reader_cmd = [sys.executable, "-m", "briefing_tui"]
    reader_needles = ("Reports", "1 1-singh", "2 2-singh", "Rajnath Singh", "Key points", "Help")
    minimal_cmd = [sys.executable, "-c", MINIMAL_APP]
    minimal_needles = ("Alpha pane", "Beta pane", "Gamma pane", "palette")
    # One untimed run of each, so both start from warm caches (bytecode, file system).
    _time_to_frame(reader_cmd, reader_needles)
    _time_to_frame(minimal_cmd, minimal_needles)
    reader: list[float] = []
    minimal: list[float] = []
    for _ in range(runs):
        minimal.append(_time_to_frame(minimal_cmd, minimal_needles))
        reader.append(_time_to_frame(reader_cmd, reader_needles))
    reader_median = statistics.median(reader)
    minimal_median = statistics.median(minimal)
    ratio = reader_median / minimal_median
    print(f"first frame, {runs} runs each, {COLUMNS}x{LINES} pty")
    print(
        f"  minimal app (3 empty panes): median {minimal_median * 1000:.0f} ms  (min {min(minimal) * 1000:.0f})"
    )
    print(
        f"  briefing-tui, bundled:       median {reader_median * 1000:.0f} ms  (min {min(reader) * 1000:.0f})"
    )
    print(f"  ratio {ratio:.2f}  (target <= 1.5: {'ok' if ratio <= 1.5 else 'MISSED'})")
    return ratio


QUERIES = ("minister", "obama", r"\d+ percent")


async def _search_latencies() -> tuple[list[float], list[float], int, int]:
    from briefing_tui.app import BriefingApp
    from briefing_tui.model import Analysis, Briefing
    from briefing_tui.screens.reader import ReaderScreen
    from briefing_tui.search import SearchError, find
    from briefing_tui.sources.loader import load_briefing

    briefing = load_briefing([shared_path("events")])

    def no_analysis(b: Briefing, progress: object, cancelled: object) -> Analysis:
        return Analysis(())

    app = BriefingApp(briefing, analyse=no_analysis)
    ui: list[float] = []
    core: list[float] = []
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        # Record when each search finishes and when each frame has been composed,
        # so Pilot's own waiting is not counted: latency = first frame after the
        # search - the moment the key was sent.
        searched: list[float] = []
        frames: list[float] = []
        run_search = screen._run_search
        refresh = screen._compositor_refresh

        def timed_search(*args: object, **kwargs: object) -> None:
            run_search(*args, **kwargs)  # type: ignore[arg-type]
            searched.append(time.perf_counter())

        def timed_refresh() -> None:
            refresh()
            frames.append(time.perf_counter())

        screen._run_search = timed_search  # type: ignore[method-assign]
        screen._compositor_refresh = timed_refresh  # type: ignore[method-assign]
        for query in QUERIES:
            await pilot.press("slash")
            if query.startswith("\\"):
                await pilot.press("ctrl+r")
            await pilot.press("ctrl+u")
            await pilot.pause()
            typed = ""
            for char in query:
                typed += char
                count = len(searched)
                sent = time.perf_counter()
                await pilot.press(char)
                deadline = time.perf_counter() + 2
                while time.perf_counter() < deadline:
                    if len(searched) > count and frames and frames[-1] > searched[count]:
                        break
                    await asyncio.sleep(0.001)
                frame = next(f for f in frames if f > searched[count])
                ui.append(frame - sent)
                await pilot.pause()
                started = time.perf_counter()
                # A regex typed halfway ("\\") is invalid: the bar says so.
                with contextlib.suppress(SearchError):
                    find(briefing, typed, regex=query.startswith("\\"))
                core.append(time.perf_counter() - started)
            assert screen.find_bar.current.pattern == query, screen.find_bar.current
            await pilot.press("escape")
            await pilot.pause()
    return ui, core, len(briefing.sources), sum(len(s.text) for s in briefing.sources)


def bench_search() -> float:
    """Print the medians and return the UI median in seconds."""
    ui, core, count, size = asyncio.run(_search_latencies())
    print(
        f"search, {count} articles ({size / 1e6:.1f} MB of text), {len(ui)} keystrokes ({', '.join(QUERIES)})"
    )
    print(
        f"  keystroke to highlighted result: median {statistics.median(ui) * 1000:.1f} ms, "
        f"p90 {sorted(ui)[int(len(ui) * 0.9)] * 1000:.1f} ms, max {max(ui) * 1000:.1f} ms"
    )
    print(f"  search.find alone:               median {statistics.median(core) * 1000:.1f} ms")
    median = statistics.median(ui)
    print(f"  target < 50 ms: {'ok' if median < 0.05 else 'MISSED'}")
    return median


def main(argv: list[str]) -> int:
    which = set(argv) or {"frame", "search"}
    if "frame" in which:
        bench_first_frame()
    if "search" in which:
        bench_search()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(REPO))
    sys.exit(main(sys.argv[1:]))
