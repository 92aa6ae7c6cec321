"""Hostile files and folders: each is loaded, or refused with a clear message, never a crash."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from briefing_tui.analysis import analyse
from briefing_tui.cli import main
from briefing_tui.sources import MAX_FILE_BYTES, load_briefing, loader


def test_a_100_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: no disk, and never read
    good = tmp_path / "good.txt"
    good.write_text("The good report.\n")
    briefing = load_briefing([huge, good])
    assert [s.name for s in briefing.sources] == ["good.txt"]
    assert "104.9 MB, over the 20 MB limit" in briefing.problems[0].message


def test_a_file_that_grows_while_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 10)
    real_fstat = os.fstat

    def small_fstat(fd: int) -> Any:
        info = real_fstat(fd)
        return os.stat_result((info.st_mode, *info[1:6], 10, *info[7:]))

    monkeypatch.setattr(loader.os, "fstat", small_fstat)
    briefing = load_briefing([path])
    assert "grew past the 20 MB limit" in briefing.problems[0].message


def test_a_file_that_vanishes_while_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = tmp_path / "a.txt"
    doomed.write_text("Here now.\n")
    (tmp_path / "b.txt").write_text("Still here.\n")
    real_read = loader.read_bytes

    def vanishing_read(path: Path) -> tuple[bytes, tuple[int, int]]:
        if path.name == "a.txt":
            path.unlink()
        return real_read(path)

    monkeypatch.setattr(loader, "read_bytes", vanishing_read)
    briefing = load_briefing([tmp_path])
    assert [s.name for s in briefing.sources] == ["b.txt"]
    assert briefing.problems[0].message == "the file vanished while it was being loaded"


def test_deep_nesting_is_bounded(tmp_path: Path) -> None:
    folder = tmp_path
    for depth in range(30):
        folder = folder / f"d{depth}"
        folder.mkdir()
        (folder / f"report{depth}.txt").write_text(f"Report at depth {depth}.\n")
    briefing = load_briefing([tmp_path])
    assert len(briefing.sources) == loader.MAX_FOLDER_DEPTH
    assert any("nested more than" in p.message for p in briefing.problems)


def test_symlink_loops_and_dangling_links(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A report.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    (tmp_path / "sub" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    briefing = load_briefing([tmp_path])
    assert [s.name for s in briefing.sources] == ["a.txt"]
    assert any(p.path.endswith("dangling.txt") for p in briefing.problems)


def test_non_utf8_file_names(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    name = os.fsdecode(b"caf\xe9-report.txt")
    path = tmp_path / name
    path.write_text("A report with an odd name.\n")
    briefing = load_briefing([tmp_path])
    assert len(briefing.sources) == 1
    status = main(["--export", "json", str(tmp_path)])
    out, _ = capsysbinary.readouterr()
    assert status == 0
    (source,) = json.loads(out)["sources"]
    assert source["name"] == "caf\ufffd-report.txt"
    status = main(["--export", "markdown", str(tmp_path)])
    out, _ = capsysbinary.readouterr()
    assert status == 0
    assert "caf\ufffd-report.txt".encode() in out


def test_five_thousand_small_files(tmp_path: Path) -> None:
    for n in range(5000):
        (tmp_path / f"{n:05d}.txt").write_text(f"Report {n} says item {n % 7} matters.\n")
    start = time.perf_counter()
    briefing = load_briefing([tmp_path])
    loaded = time.perf_counter() - start
    assert len(briefing.sources) == 5000
    assert briefing.sources[0].name == "00000.txt"
    analysis = analyse(briefing)
    assert len(analysis.point_of) == 5000
    assert loaded < 60  # a generous bound: this is a smoke test, the bench measures speed


def test_truncated_utf8_in_the_middle_and_at_the_end(tmp_path: Path) -> None:
    good = "Le café est fermé. Les ministres se sont parlé."
    middle = tmp_path / "middle.txt"
    middle.write_bytes(good.encode()[:8] + b"\xc3" + good.encode()[8:])
    end = tmp_path / "end.txt"
    end.write_bytes(good.encode()[:-2])
    briefing = load_briefing([middle, end])
    assert [s.encoding for s in briefing.sources] == ["utf-8", "utf-8"]
    assert all(s.notes for s in briefing.sources)
    assert "\ufffd" in briefing.sources[0].text
