"""Line breaking by character offsets, fast enough for a 10 MB report.

:func:`wrap` breaks a range of a text into display lines no wider than a
given number of terminal cells and returns each line as ``(start, end)``
offsets into the text: the article view keeps offsets, never copies, so that
sentence tints, differing words and search hits (all offsets) map onto lines
with a binary search.  Plain narrow text is broken by one regular expression
(C speed); text with wide or zero-width characters takes a slower exact path.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import cell_len

Line = tuple[int, int]
"""A display line as ``(start, end)`` offsets into the text."""


@lru_cache(maxsize=16)
def _breaker(width: int) -> re.Pattern[str]:
    # Greedy: up to `width` characters ending before spaces or a line end; a run
    # with no space longer than the line (a long word, or words joined by no-break
    # spaces) is cut at the width.  Spaces at a break belong to no line.
    return re.compile(rf"(.{{1,{width}}})(?: +|$)|([^ \n]{{{width}}})", re.MULTILINE)


def _is_narrow(text: str) -> bool:
    """Whether every character but line feeds takes one cell.  Counting cells for
    the whole text is not enough: wide and zero-width characters cancel out."""
    return text.isascii() or all(cell_len(char) == 1 for char in set(text) - {"\n"})


def _wrap_exact(text: str, start: int, end: int, width: int) -> list[Line]:
    """Word wrap measured in cells, for text with wide or zero-width characters."""
    lines: list[Line] = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        line_start = start + match.start()
        line_end = start + match.end()
        pos = line_start
        while pos < line_end:
            while pos < line_end and text[pos] == " ":
                pos += 1
            if pos >= line_end:
                break
            cells = 0
            cut = pos
            last_space = -1
            while cut < line_end:
                char = text[cut]
                size = cell_len(char)
                if cells + size > width:
                    break
                if char == " ":
                    last_space = cut
                cells += size
                cut += 1
            if cut >= line_end:
                lines.append((pos, line_end))
                break
            if text[cut] == " ":
                lines.append((pos, cut))
                pos = cut
            elif last_space > pos:
                lines.append((pos, last_space))
                pos = last_space
            else:
                cut = max(cut, pos + 1)  # a character wider than the line
                lines.append((pos, cut))
                pos = cut
    return lines


def wrap(text: str, start: int, end: int, width: int) -> list[Line]:
    """Display lines of ``text[start:end]`` at most ``width`` cells wide.

    Line feeds inside the range are hard breaks.  Spaces at a soft break are
    dropped.  An empty or all-space range gives no lines.
    """
    width = max(1, width)
    if not _is_narrow(text[start:end]):
        return _wrap_exact(text, start, end, width)
    breaker = _breaker(width)
    lines: list[Line] = []
    append = lines.append
    for match in breaker.finditer(text, start, end):
        if match.lastindex == 1:
            line_start, line_end = match.span(1)
        else:
            line_start, line_end = match.span(2)
        if text[line_start:line_end].strip():
            append((line_start, line_end))
    return lines
