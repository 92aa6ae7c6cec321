"""End to end: the real console script in a pseudo-terminal, read back with the pyte emulator."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pyte = pytest.importorskip("pyte", reason="the pyte terminal emulator is not installed")

if sys.platform == "win32":  # pragma: no cover
    pytest.skip("pseudo-terminals need a POSIX system", allow_module_level=True)

import pty  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
COLUMNS, LINES = 160, 48


class Terminal:
    """``python -m briefing_tui`` running in a pty, its output fed to a pyte screen."""

    def __init__(self, *args: str, columns: int = COLUMNS, lines: int = LINES) -> None:
        self.screen = pyte.Screen(columns, lines)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        """Everything the app wrote to the terminal."""
        master, slave = pty.openpty()
        import fcntl
        import struct
        import termios

        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "COLUMNS": str(columns),
            "LINES": str(lines),
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(REPO), os.environ.get("PYTHONPATH", "")])
            ),
        }
        env.pop("TEXTUAL", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefing_tui", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=REPO,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        self.master = master

    def read(self, seconds: float) -> None:
        """Feed the emulator whatever the app writes during ``seconds``."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], min(left, 0.05))
            if ready:
                try:
                    data = os.read(self.master, 65536)
                except OSError:
                    return
                if not data:
                    return
                self.raw.extend(data)
                self.stream.feed(data)

    def text(self) -> str:
        """The screen as text."""
        return "\n".join(self.screen.display)

    def wait_for(self, *needles: str, timeout: float = 30.0) -> str:
        """Read until every needle is on screen; fail with the screen if they never are."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.read(0.1)
            text = self.text()
            if all(n in text for n in needles):
                return text
        raise AssertionError(f"never saw {needles!r}; the screen was:\n{self.text()}")

    def send(self, keys: bytes) -> None:
        """Type bytes, as a keyboard would."""
        os.write(self.master, keys)

    def close(self) -> int | None:
        """Quit (ctrl+q), then make sure the process is gone (once; later calls just report)."""
        if self.master < 0:
            return self.process.returncode
        try:
            self.send(b"\x11")
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and self.process.poll() is None:
                self.read(0.1)
        finally:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(5)
            os.close(self.master)
            self.master = -1
        return self.process.returncode


@pytest.fixture
def terminal() -> Terminal:
    term = Terminal()
    yield term  # type: ignore[misc]
    term.close()


def test_console_script_shows_both_reports_and_the_key_points(terminal: Terminal) -> None:
    text = terminal.wait_for(
        "1-singh-thanks-hegseth", "2-singh-presses-engine", "Key points", "key points:"
    )
    assert "Rajnath Singh" in text
    assert "agreed" in text or "differs" in text or "one source" in text
    # Keys work: the next report, then find.
    terminal.send(b"]")
    text = terminal.wait_for("sentences", "2/2 · 2-singh-presses-engine-delivery.txt")
    terminal.send(b"/Apache")  # typed in one go: no key may be lost
    text = terminal.wait_for("Find Apache", "of 2 in 2 reports")
    assert terminal.close() == 0


def test_console_script_at_80x24() -> None:
    term = Terminal(columns=80, lines=24)
    try:
        text = term.wait_for("Reports", "Key points", "key points:")
        assert "Defence Minister" in text or "Rajnath" in text
    finally:
        assert term.close() == 0


HOSTILE = (
    "Hostile report\n\n"
    "It set the title \x1b]0;pwned\x07 and the clipboard \x1b]52;c;cm0gLXJmIH4K\x07 today. "
    "A link \x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ and a clear \x1b[2J\x1b[H here. "
    "An eight-bit CSI \x9b2J and a bell \x07 and a bidi \u202eesrever\u202c mark. "
    "Markup [bold]x[/bold] [/] [link=https://e.x]y[/link] [@click=app.quit]z stays text. "
    "Wide 漢字, combining e\u0301, emoji 👨‍👩‍👧 too.\n"
)


def test_hostile_text_never_reaches_the_terminal(tmp_path: Path) -> None:
    report = tmp_path / "[@click=app.quit] [bold]evil.txt"
    report.write_text(HOSTILE, encoding="utf-8")
    term = Terminal(str(report))
    try:
        text = term.wait_for("␛]0;pwned␇", "[@click=app.quit]z stays text")
        assert "[@click=app.quit] [bold]evil.txt" in text  # the file name is a label, not markup
        assert "pwned" not in (term.screen.title or "")
        for sequence in (
            b"\x1b]0;pwned",
            b"\x1b]52;",
            b"\x1b]8;;https://evil",
            b"\xc2\x9b2J",
            b"\xe2\x80\xae",
        ):
            assert sequence not in term.raw, sequence
        assert "漢字" in text
        term.send(b"j")
        term.read(0.5)
        assert term.process.poll() is None, "[@click=app.quit] did nothing"
    finally:
        assert term.close() == 0
