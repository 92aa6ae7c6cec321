"""The pure analysis core: segmentation, normalisation, matching, alignment, conflicts.

No textual or rich imports here or below.
"""

from .align import Cancelled
from .compare import Comparison, compare_sentences
from .pipeline import analyse

__all__ = ["Cancelled", "Comparison", "analyse", "compare_sentences"]
