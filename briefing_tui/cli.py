"""The command line: arguments, then load, then the reader or an export."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .export.atomic import ExportError, write_atomic
from .model import Analysis, Briefing
from .sources.loader import display_path, load_briefing
from .textsafe import visible

PROG = "briefing-tui"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``briefing-tui`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Read several news reports of one event side by side: what they agree on, "
            "where they differ, and what only one of them says. With no PATH, opens the "
            "bundled briefing."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="report files (.txt, .md, .html) or folders of them; folders are read in name order",
    )
    parser.add_argument(
        "--export",
        choices=("json", "markdown"),
        help="print the briefing as JSON or Markdown instead of opening the reader",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="with --export: write FILE (atomically) instead of standard output",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _warn(message: str) -> None:
    print(f"{PROG}: {visible(message)}", file=sys.stderr)


def render(briefing: Briefing, fmt: str, analysis: Analysis | None = None) -> str:
    """The briefing exported as ``"json"`` or ``"markdown"``, analysed unless ``analysis`` is given."""
    # Imported here: the reader's start-up does not need the analysis or the exporters.
    from .analysis.pipeline import analyse
    from .export.to_json import to_json
    from .export.to_markdown import to_markdown

    if analysis is None:
        analysis = analyse(briefing)
    if fmt == "json":
        return to_json(briefing, analysis)
    return to_markdown(briefing, analysis)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_intermixed_args(argv)
    if args.output and not args.export:
        parser.error("-o/--output needs --export json or --export markdown")

    briefing = load_briefing([Path(p) for p in args.paths])
    for problem in briefing.problems:
        _warn(str(problem))
    if not briefing.sources:
        _warn("nothing could be loaded" + ("" if args.paths else " from the bundled briefing"))
        return 1

    if args.export:
        try:
            text = render(briefing, args.export)
        except Exception as error:  # a bug, not bad input: say so, as the reader does
            _warn(
                f"the analysis failed: {type(error).__name__}: {error} "
                "(a bug in briefing-tui; please report it with the reports that caused it)"
            )
            return 3
        if args.output:
            try:
                written = write_atomic(
                    args.output, text, protected=[s.path for s in briefing.sources]
                )
            except ExportError as error:
                _warn(str(error))
                return 2
            _warn(f"wrote {display_path(written)}")
        else:
            try:
                sys.stdout.buffer.write(text.encode("utf-8"))
                sys.stdout.flush()
            except BrokenPipeError:
                # The reader of the pipe (e.g. `head`) stopped early: not an error.
                sys.stderr.close()
        return 0

    from .app import BriefingApp

    BriefingApp(briefing).run()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
