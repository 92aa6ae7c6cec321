"""The pure analysis core: segmentation, normalisation, matching, alignment, conflicts.

No textual or rich imports here or below.  The names below are imported on
first use, so that loading reports (which needs only :mod:`.segment`) does
not import the matcher.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_LAZY = {
    "Cancelled": ".align",
    "Comparison": ".compare",
    "compare_sentences": ".compare",
    "analyse": ".pipeline",
}

if TYPE_CHECKING:
    from .align import Cancelled
    from .compare import Comparison, compare_sentences
    from .pipeline import analyse


def __getattr__(name: str) -> Any:
    """Import the public API on first use (PEP 562)."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Cancelled", "Comparison", "analyse", "compare_sentences"]
