"""The command line: exports, exit statuses and messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui.cli import main
from briefing_tui.export.atomic import ExportError, write_atomic
from briefing_tui.sources import default_articles

FIXTURES = Path(__file__).parent / "fixtures"


def run(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsysbinary.readouterr()
    return status, out.decode("utf-8"), err.decode("utf-8")


def test_export_json_of_the_bundled_briefing(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    status, out, err = run(capsysbinary, "--export", "json")
    assert status == 0, err
    data = json.loads(out)
    assert data["schema_version"] >= 1
    first, second = data["sources"]
    assert first["date"] == "2025-07-01"
    assert first["encoding"] == "utf-8"
    assert Path(first["path"]).name == first["name"] == "1-singh-thanks-hegseth.txt"
    assert not first["sentences"][0]["text"].startswith("date")
    ids = [s["id"] for src in data["sources"] for s in src["sentences"]]
    assert len(ids) == len(set(ids))
    for src in data["sources"]:
        for s in src["sentences"]:
            assert src["text"][s["start"] : s["end"]] == s["text"]
        for p in src["paragraphs"]:
            assert all(sid.startswith(src["id"] + ".") for sid in p["sentences"])
    assert second["label"] == "2-singh-presses-engine-delivery.txt"
    assert data["errors"] == []


def test_export_json_points_and_conflicts(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    """The analysis in the JSON export, in the shape docs/json-schema.md gives.

    The two ledes state the length of the call in different forms ("20-minute
    conversation" / "spoke for 45 minutes").  In a briefing of four sentences
    every shared word is light, so they score 22.5, just above the anchor
    threshold of 20 (docs/matching.md, known limits).
    """
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(
        "The two leaders had a 20-minute conversation on Tuesday. The talks covered trade."
    )
    second.write_text(
        "The leaders spoke for 45 minutes on Tuesday, officials said. "
        "A new consulate will open in Pune."
    )
    status, out, err = run(capsysbinary, "--export", "json", str(first), str(second))
    assert status == 0, err
    data = json.loads(out)
    assert data["schema_version"] == 2
    texts = {s["id"]: s["text"] for s in data["sources"]}
    sentences = {s["id"]: s for src in data["sources"] for s in src["sentences"]}
    points = {p["id"]: p for p in data["points"]}
    for point in data["points"]:
        assert set(point) == {"id", "status", "text", "sources", "members", "conflicts"}
        for member in point["members"]:
            assert set(member) == {"source", "sentence", "spans"}
            sentence = sentences[member["sentence"]]
            assert sentence["point"] == point["id"]
            for start, end in member["spans"]:
                assert sentence["start"] <= start < end <= sentence["end"]
    assert sorted(sentences) == sorted(m["sentence"] for p in points.values() for m in p["members"])
    (conflict,) = data["conflicts"]
    assert set(conflict) == {"id", "kind", "context", "values", "points"}
    assert conflict["kind"] == "number"
    stated = {v["source"]: texts[v["source"]][v["start"] : v["end"]] for v in conflict["values"]}
    assert stated == {"s1": "20-minute", "s2": "45 minutes"}
    (point_id,) = conflict["points"]
    assert points[point_id]["status"] == "differ"
    assert points[point_id]["conflicts"] == [conflict["id"]]
    statuses = sorted(p["status"] for p in data["points"])
    assert statuses == ["differ", "single", "single"]


def test_export_markdown_outline(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    status, out, _ = run(
        capsysbinary, "--export", "markdown", str(FIXTURES / "markup-and-controls.txt")
    )
    assert status == 0
    assert out.startswith("# Briefing: 1 report")
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert "\\[bold\\]Not bold\\[/bold\\]" in out  # markup is escaped, shown literally


def test_json_keeps_the_original_text(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    status, out, _ = run(
        capsysbinary, "--export", "json", str(FIXTURES / "markup-and-controls.txt")
    )
    assert status == 0
    assert "\\u001b]0;pwned\\u0007" in out  # escaped as JSON, not raw
    (source,) = json.loads(out)["sources"]
    assert "\x1b[2J" in source["text"]
    assert "[/]" in source["text"]


def test_exports_give_the_credit_lines_and_make_no_point_of_them(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(
        "The Pentagon approved the sale of 113 jet engines to India on Tuesday.\n\n"
        "Reporting by Idrees Ali | Editing by Leslie Adler\n",
        encoding="utf-8",
    )
    second.write_text(
        "The Pentagon on Tuesday approved the sale of 113 jet engines to India.\n\n"
        "Reporting by Phil Stewart; Editing by Chris Reese\n",
        encoding="utf-8",
    )
    status, out, err = run(capsysbinary, "--export", "json", str(first), str(second))
    assert status == 0, err
    data = json.loads(out)
    assert [s["credits"] for s in data["sources"]] == [
        ["Reporting by Idrees Ali | Editing by Leslie Adler"],
        ["Reporting by Phil Stewart; Editing by Chris Reese"],
    ]
    assert len(data["points"]) == 1  # the credits are no point of their own
    status, out, err = run(capsysbinary, "--export", "markdown", str(first), str(second))
    assert status == 0, err
    assert "— Reporting by Idrees Ali \\| Editing by Leslie Adler" in out  # escaped
    assert "Reporting by" not in out.split("## What the reports agree on")[1]


def test_partial_load_reports_errors_and_succeeds(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.touch()
    status, out, err = run(
        capsysbinary, "--export", "json", str(FIXTURES / "headline.txt"), str(empty), "nope.md"
    )
    assert status == 0
    data = json.loads(out)
    assert len(data["sources"]) == 1
    messages = {Path(e["path"]).name: e["message"] for e in data["errors"]}
    assert messages == {"empty.txt": "file is empty", "nope.md": "no such file or folder"}
    assert "empty.txt: file is empty" in err
    assert "Traceback" not in err


def test_nothing_loaded_exits_non_zero(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    status, out, err = run(capsysbinary, "--export", "json", str(tmp_path / "missing"))
    assert status == 1
    assert out == ""
    assert "missing: no such file or folder" in err
    assert "nothing could be loaded" in err


def test_a_failed_analysis_is_a_message_not_a_traceback(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr("briefing_tui.analysis.pipeline.analyse", broken)
    target = tmp_path / "briefing.json"
    status, out, err = run(capsysbinary, "--export", "json", "-o", str(target))
    assert status == 3
    assert out == ""
    assert "the analysis failed: IndexError: list index out of range" in err
    assert "Traceback" not in err
    assert not target.exists()


def test_output_file_is_written(capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    status, out, err = run(capsysbinary, "--export", "json", "-o", str(target))
    assert status == 0
    assert out == ""
    assert json.loads(target.read_text())["sources"]
    assert "wrote" in err
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary left behind


def test_output_never_overwrites_a_report(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    report = tmp_path / "report.txt"
    report.write_text("The report.\n")
    status, _, err = run(capsysbinary, "--export", "json", "-o", str(report), str(report))
    assert status == 2
    assert "refusing to overwrite" in err
    assert report.read_text() == "The report.\n"


def test_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.md"
    target.write_text("earlier export")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", broken_replace)
    with pytest.raises(ExportError, match="No space left on device"):
        write_atomic(target, "new export")
    assert target.read_text() == "earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_unwritable_target_has_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(tmp_path / "no" / "such" / "dir" / "x.json", "{}")
    with pytest.raises(ExportError, match="is a folder"):
        write_atomic(tmp_path, "{}")


def test_output_needs_export(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["-o", "x.json"])
    assert exit_info.value.code == 2
    assert "needs --export" in capsys.readouterr().err


def test_console_entry_point_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "--export", "json", str(default_articles())],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["sources"]) == 2


def test_options_and_paths_may_be_mixed(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    target = tmp_path / "out.md"
    status, _, err = run(
        capsysbinary,
        str(FIXTURES / "headline.txt"),
        "--export",
        "markdown",
        "-o",
        str(target),
        str(FIXTURES / "crlf.txt"),
    )
    assert status == 0, err
    written = target.read_text()
    assert written.startswith("# Briefing: 2 reports")
    assert "headline.txt" in written
    assert "crlf.txt" in written


def test_interrupted_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("earlier export")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("os.fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new export")
    assert target.read_text() == "earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # the temporary file is gone
