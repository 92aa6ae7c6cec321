"""briefing-tui: read several news reports of one event side by side.

Importing this package does not import textual or rich; the core (loading,
analysis, export) works without the UI.  The public API:

- :func:`load_briefing` reads reports from disk;
- :func:`analyse` finds key points, differences and conflicts;
- :func:`compare_sentences` compares two sentences.

They are imported on first use, so that starting the reader does not wait for
the analysis modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "Cancelled": "briefing_tui.analysis",
    "Comparison": "briefing_tui.analysis",
    "analyse": "briefing_tui.analysis",
    "compare_sentences": "briefing_tui.analysis",
    "load_briefing": "briefing_tui.sources",
}

if TYPE_CHECKING:
    from .analysis import Cancelled, Comparison, analyse, compare_sentences
    from .sources import load_briefing


def __getattr__(name: str) -> Any:
    """Import the public API on first use (PEP 562)."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Cancelled",
    "Comparison",
    "__version__",
    "analyse",
    "compare_sentences",
    "load_briefing",
]
