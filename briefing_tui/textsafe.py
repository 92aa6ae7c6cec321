"""Making untrusted text safe to show, one character for one.

Report text may hold terminal escape sequences, other control characters and
bidirectional overrides.  Shown raw, they could move the cursor, set the
window title, write the clipboard or reorder what the reader sees.
:func:`visible` replaces each such character with a single visible one, so
every character offset computed on the original text still holds on the shown
text.  Exports that must keep the original (JSON) do not use it.
"""

from __future__ import annotations

REPLACEMENT = "\ufffd"

# Bidirectional formatting characters (Unicode TR9): embeddings, overrides, isolates, marks.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        table[code] = chr(0x2400 + code)  # the Control Pictures block: ␀ ␁ … ␛ …
    table[ord("\n")] = "\n"
    table[ord("\t")] = " "
    table[0x7F] = "\u2421"  # ␡
    for code in range(0x80, 0xA0):
        table[code] = REPLACEMENT
    for char in BIDI_CONTROLS:
        table[ord(char)] = REPLACEMENT
    table[0x2028] = " "  # line and paragraph separators: not line breaks here
    table[0x2029] = " "
    for code in range(0xD800, 0xE000):  # lone surrogates cannot be encoded
        table[code] = REPLACEMENT
    return table


_TABLE = _table()
_DROP_HIDDEN = {c: None for c, v in _TABLE.items() if chr(c) != v and c != 0x09}


def visible(text: str) -> str:
    """``text`` with every control, bidi-override and separator character replaced by one visible one."""
    return text.translate(_TABLE)


def count_hidden(text: str) -> int:
    """How many characters :func:`visible` replaces with a symbol (tabs are not counted)."""
    return len(text) - len(text.translate(_DROP_HIDDEN))
