"""Markdown reports shown as plain prose.

A Markdown report is parsed with markdown-it-py (CommonMark) and shown as the
text a reader of the rendered page sees: emphasis markers, link targets and
heading hashes go, the words stay.  Each block (paragraph, heading, list item,
quote paragraph, code block) becomes one paragraph of the shown text.
Raw HTML is kept literally: it is text to show, never to interpret.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


MAX_NESTING = 100
"""How deep quotes and lists may nest before the parser drops what is inside
(markdown-it-py's default, 20, loses the text of a quote 21 levels deep; about
500 levels exhaust Python's recursion limit)."""


@cache
def _parser() -> MarkdownIt:
    """The CommonMark parser, imported on first use: plain-text briefings never need it."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def render_plain(source: str) -> tuple[str, str | None, bool]:
    """The plain text of a Markdown document, its title, and whether the text is
    the source as written.

    The title is the first heading, if it comes before any other text; it is
    then left out of the returned text.  When the rendering shows none of the
    words the source has past its title (a quote nested deeper than
    :data:`MAX_NESTING`, or words that are all the label of a code fence,
    "```Hello"), the source is shown as written instead: it is still text to
    read, never to interpret.
    """
    blocks: list[str] = []
    title: str | None = None
    prefix = ""
    in_heading = False
    ordered: list[bool] = []
    for token in _parser().parse(source):
        kind = token.type
        if kind == "heading_open":
            in_heading = True
        elif kind == "heading_close":
            in_heading = False
        elif kind in ("bullet_list_open", "ordered_list_open"):
            ordered.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            ordered.pop()
        elif kind == "list_item_open":
            prefix = f"{token.info}{token.markup} " if ordered and ordered[-1] else "• "
        elif kind == "inline":
            text = _inline_text(token).strip()
            if not text:
                continue
            if in_heading and title is None and not blocks:
                title = text
                continue
            blocks.append(prefix + text)
            prefix = ""
        elif kind in ("fence", "code_block", "html_block"):
            text = token.content.strip("\n")
            if text.strip():
                blocks.append(text)
    if not blocks:
        rest = source
        if title is not None:
            lines = source.split("\n")
            heading = next((i for i, line in enumerate(lines) if title in line), None)
            rest = "\n".join(lines[heading + 1 :]) if heading is not None else source
        if any(c.isalnum() for c in rest):
            return rest.strip("\n"), title, True
    return "\n\n".join(blocks), title, False
