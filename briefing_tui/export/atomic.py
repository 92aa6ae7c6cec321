"""Writing an export file atomically, and never over a report.

The data goes to a temporary file in the target's folder, is flushed to disk,
and is then renamed over the target in one step, so a reader of the target sees
either the old file or the complete new one; a failed or interrupted export
leaves any earlier file intact.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path


class ExportError(Exception):
    """An export that could not be written; the message says why, for a user."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def write_atomic(target: Path | str, data: str, *, protected: Iterable[Path | str] = ()) -> Path:
    """Write ``data`` (UTF-8) to ``target`` atomically and return the path written.

    ``protected`` are files that must never be overwritten, such as the
    briefing's own reports.  Raises :class:`ExportError` with a clear message.
    """
    path = Path(target).expanduser()
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name to export to")
    if path.exists() and any(_same_file(path, Path(p)) for p in protected):
        raise ExportError(f"{path} is one of the briefing's reports; refusing to overwrite it")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else None
    except OSError:
        mode = None
    import tempfile  # here, not at the top: the reader's start-up does not need it

    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, OSError):
            raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
        raise
    return path
