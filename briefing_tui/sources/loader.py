"""Loading a briefing: from paths on disk to :class:`~briefing_tui.model.Briefing`.

Files are opened read-only and never written.  Every failure becomes a
:class:`~briefing_tui.model.LoadProblem` with a message that names the file and
says what is wrong; whatever can be loaded still loads.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path

from ..analysis.segment import segment
from ..model import Briefing, LoadProblem, Paragraph, Sentence, Source
from ..textsafe import count_hidden
from .decode import DecodeError, decode
from .html import read_page
from .markdown import MAX_NESTING, render_plain
from .metadata import (
    Metadata,
    parse_date,
    published,
    split_credits,
    split_metadata,
    take_byline,
)

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MAX_FILE_BYTES = 20 * 1024 * 1024
"""Files larger than this are refused: no news report comes near it."""
MAX_FOLDER_DEPTH = 16
MAX_FILES = 20_000

# Files that sit beside articles in a folder but are not articles.
_NOT_ARTICLES = frozenset(
    {"readme", "index", "license", "licence", "changelog", "contributing", "provenance"}
)
_NATURAL = re.compile(r"(\d+)")


def default_articles() -> Path:
    """The folder of the bundled briefing.

    Installed, it is package data (``briefing_tui/articles``); in a source
    checkout it is the ``articles/`` folder at the top of the repository.
    """
    packaged = Path(str(resources.files("briefing_tui"))) / "articles"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "articles"


def display_path(path: Path | str) -> str:
    """A path as text that can always be printed (undecodable bytes become U+FFFD)."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="replace")


def _natural_key(path: Path) -> list[tuple[int, str]]:
    return [
        (int(part), "") if part.isdigit() else (0, part.casefold())
        for part in _NATURAL.split(str(path))
    ]


def _walk(folder: Path, problems: list[LoadProblem]) -> list[Path]:
    """Article files under ``folder``, following symbolic links but never round a loop."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()

    def visit(directory: Path, depth: int) -> None:
        try:
            info = directory.stat()
        except OSError as error:
            problems.append(LoadProblem(display_path(directory), _os_message(error)))
            return
        key = (info.st_dev, info.st_ino)
        if key in seen:
            return  # a symbolic-link loop, or a folder reached twice
        seen.add(key)
        if depth > MAX_FOLDER_DEPTH:
            problems.append(
                LoadProblem(
                    display_path(directory),
                    f"folder nested more than {MAX_FOLDER_DEPTH} deep; skipped",
                )
            )
            return
        try:
            entries = sorted(os.scandir(directory), key=lambda e: _natural_key(Path(e.name)))
        except OSError as error:
            problems.append(LoadProblem(display_path(directory), _os_message(error)))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                if not entry.name.endswith("_files"):  # a saved web page's scripts and images
                    visit(path, depth + 1)
            elif path.suffix.lower() in ARTICLE_SUFFIXES and path.stem.lower() not in _NOT_ARTICLES:
                found.append(path)

    visit(folder, 0)
    return found


def discover(paths: Iterable[Path | str]) -> tuple[list[Path], list[LoadProblem]]:
    """The article files the paths name: files as given, folders expanded and sorted."""
    candidates: list[Path] = []
    problems: list[LoadProblem] = []
    for given in paths:
        path = Path(given)
        shown = display_path(path)
        try:
            info = path.stat()
        except FileNotFoundError:
            problems.append(LoadProblem(shown, "no such file or folder"))
            continue
        except OSError as error:
            problems.append(LoadProblem(shown, _os_message(error)))
            continue
        if stat.S_ISDIR(info.st_mode):
            files = _walk(path, problems)
            if not files:
                kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
                problems.append(LoadProblem(shown, f"folder holds no article files ({kinds})"))
            candidates.extend(files)
        else:
            candidates.append(path)
    if len(candidates) > MAX_FILES:
        problems.append(
            LoadProblem(
                display_path(candidates[MAX_FILES]),
                f"more than {MAX_FILES} files; only the first {MAX_FILES} are loaded",
            )
        )
        candidates = candidates[:MAX_FILES]
    return candidates, problems


def _os_message(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied: the file or folder is not readable"
    if isinstance(error, FileNotFoundError):
        return "the file vanished while it was being loaded"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    if error.errno is not None and error.strerror:
        return f"could not read it: {error.strerror}"
    return f"could not read it: {error}"


def read_bytes(path: Path) -> tuple[bytes, tuple[int, int]]:
    """The file's bytes, read-only and bounded by :data:`MAX_FILE_BYTES`, and its identity.

    The identity is ``(device, inode)``, to recognise one file reached twice.
    Raises :class:`OSError` or :class:`ValueError` with a user-facing message.
    """
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise ValueError(
                f"file is {info.st_size / 1e6:.1f} MB, over the {MAX_FILE_BYTES // (1024 * 1024)} MB limit"
            )
        # Read one byte more than the limit, in case the file grew since fstat.
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(
            f"file grew past the {MAX_FILE_BYTES // (1024 * 1024)} MB limit while it was read"
        )
    return data, (info.st_dev, info.st_ino)


def _tidy(body: str) -> str:
    """Trailing spaces off every line, runs of blank lines down to one, ends trimmed."""
    lines = [line.rstrip() for line in body.split("\n")]
    out: list[str] = []
    blank = False
    for line in lines:
        if not line:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(line)
            blank = False
    return "\n".join(out).strip()


def _page(text: str) -> tuple[Metadata, str]:
    """The metadata and shown text of a web page."""
    page = read_page(text)
    meta = Metadata(title=page.title, outlet=page.outlet, url=page.url, notes=page.notes)
    if page.date is not None:
        meta.date = parse_date(page.date)
        if meta.date is None:
            meta.notes.append(f"page date {page.date!r} is not a date it can read; ignored")
    return meta, page.text


def parse_source(
    source_id: str, path: str, data: bytes, *, markdown: bool = False, html: bool = False
) -> Source:
    """Build a :class:`Source` from a file's bytes.

    Raises :class:`ValueError` (including :class:`DecodeError`) with a user-facing message.
    """
    if not data.strip():
        raise ValueError("file is empty" if not data else "file holds only whitespace")
    decoded = decode(data)
    if not decoded.text.strip():
        # A byte-order mark, or a UTF-16 file of spaces: nothing to read at all.
        raise ValueError("file holds no text (only a byte-order mark or blank characters)")
    if html:
        meta, body = _page(decoded.text)
    else:
        meta, body = split_metadata(decoded.text)
    as_written = False
    if markdown:
        body, heading, as_written = render_plain(body)
        if meta.title is None:
            meta.title = heading
        body = take_byline(body, meta)
    credits, text = split_credits(_tidy(body))
    credits[:0] = meta.credits
    if meta.date is None:
        meta.date = published(credits)
    if not text:
        if meta.title or meta.outlet or meta.date or meta.url:
            raise ValueError("file holds metadata but no article text")
        raise ValueError("page has no article text" if html else "file has no article text")
    notes = [*decoded.notes, *meta.notes]
    if as_written:
        notes.append(
            "Markdown shown as written: rendered, it has no text (quotes or lists nested"
            f" over {MAX_NESTING} deep, or words only in a code fence's label)"
        )
    hidden = count_hidden(text)
    if hidden:
        notes.append(
            f"{hidden} control or direction-override character{'s' if hidden > 1 else ''}"
            " shown as visible symbols (such as ␛ or \ufffd)"
        )
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for number, ((p_start, p_end), spans) in enumerate(segment(text)):
        first = len(sentences)
        for start, end in spans:
            index = len(sentences)
            sentences.append(
                Sentence(
                    id=f"{source_id}.{index}",
                    source=source_id,
                    index=index,
                    paragraph=number,
                    start=start,
                    end=end,
                    text=text[start:end],
                )
            )
        paragraphs.append(Paragraph(number, p_start, p_end, range(first, len(sentences))))
    name = Path(path).name
    return Source(
        id=source_id,
        label=meta.outlet or display_path(name),
        path=path,
        text=text,
        encoding=decoded.encoding,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        title=meta.title,
        outlet=meta.outlet,
        date=meta.date,
        url=meta.url,
        notes=tuple(notes),
        credits=tuple(credits),
    )


def _disambiguate(sources: list[Source]) -> list[Source]:
    """Give sources that share a label a distinguishing one (parent folder, then a number)."""
    counts: dict[str, int] = {}
    for source in sources:
        counts[source.label] = counts.get(source.label, 0) + 1
    result: list[Source] = []
    used: set[str] = set()
    for source in sources:
        label = source.label
        if counts[label] > 1:
            parent = display_path(Path(source.path).parent.name)
            if parent:
                label = f"{parent}/{label}"
        base, n = label, 2
        while label in used:
            label = f"{base} ({n})"
            n += 1
        used.add(label)
        result.append(source if label == source.label else replace(source, label=label))
    return result


def iter_load(paths: Sequence[Path | str]) -> Iterator[Source | LoadProblem]:
    """Load each article the paths name, yielding a source or a problem per file.

    Labels are not yet disambiguated; :func:`load_briefing` does that.
    """
    candidates, problems = discover(paths)
    yield from problems
    seen: dict[tuple[int, int], str] = {}
    number = 0
    for path in candidates:
        shown = display_path(path)
        try:
            data, key = read_bytes(path)
        except (OSError, ValueError) as error:
            message = _os_message(error) if isinstance(error, OSError) else str(error)
            yield LoadProblem(shown, message)
            continue
        if key in seen:
            yield LoadProblem(shown, f"the same file as {seen[key]}; loaded once")
            continue
        seen[key] = shown
        try:
            source = parse_source(
                f"s{number + 1}",
                os.fsdecode(path),
                data,
                markdown=path.suffix.lower() in MARKDOWN_SUFFIXES,
                html=path.suffix.lower() in HTML_SUFFIXES,
            )
        except ValueError as error:
            yield LoadProblem(shown, str(error))
            continue
        number += 1
        yield source


def load_briefing(paths: Sequence[Path | str] | None = None) -> Briefing:
    """Load the reports the paths name (files or folders), or the bundled briefing."""
    if not paths:
        paths = [default_articles()]
    sources: list[Source] = []
    problems: list[LoadProblem] = []
    for item in iter_load(paths):
        if isinstance(item, Source):
            sources.append(item)
        else:
            problems.append(item)
    return Briefing(tuple(_disambiguate(sources)), tuple(problems))


__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_FILE_BYTES",
    "DecodeError",
    "default_articles",
    "discover",
    "display_path",
    "load_briefing",
    "parse_source",
    "read_bytes",
]
