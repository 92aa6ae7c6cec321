"""briefing-tui: read several news reports of one event side by side.

Importing this package does not import textual or rich; the core (loading,
analysis, export) works without the UI.  The public API:

- :func:`load_briefing` reads reports from disk;
- :func:`analyse` finds key points, differences and conflicts;
- :func:`compare_sentences` compares two sentences.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .analysis import Cancelled, Comparison, analyse, compare_sentences  # noqa: E402
from .sources import load_briefing  # noqa: E402

__all__ = ["Cancelled", "Comparison", "__version__", "analyse", "compare_sentences", "load_briefing"]
