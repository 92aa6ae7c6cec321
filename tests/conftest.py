"""Shared fixtures: where the project's shared data lives, and skipping when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("BRIEFING_SHARED_DATA", REPO.parent / "shared" / "data"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data; the calling test is skipped if it is missing."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"shared data not available: {path} is missing (clone ../shared beside the repo)"
        )
    return path


@pytest.fixture
def shared_data() -> Path:
    """The ../shared/data folder, or skip the test with a reason."""
    return shared_path()
