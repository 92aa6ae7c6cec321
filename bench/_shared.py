"""Where benchmarks find ../shared/data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("BRIEFING_SHARED_DATA", REPO.parent / "shared" / "data"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data; exit with a clear message if it is missing."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        sys.exit(f"shared data not available: {path} is missing (clone ../shared beside the repo)")
    return path
