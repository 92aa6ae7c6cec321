"""The core stays pure: loading, analysis and export never import textual or rich."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import briefing_tui

PACKAGE = Path(briefing_tui.__file__).parent
UI_MODULES = {
    "briefing_tui.app",
    "briefing_tui.screens",
    "briefing_tui.widgets",
    "briefing_tui.__main__",
}


def core_modules() -> list[str]:
    names = ["briefing_tui"]
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="briefing_tui."):
        if not any(info.name == ui or info.name.startswith(ui + ".") for ui in UI_MODULES):
            names.append(info.name)
    return names


def test_the_core_is_not_empty() -> None:
    names = core_modules()
    for expected in (
        "briefing_tui.sources.loader",
        "briefing_tui.analysis.pipeline",
        "briefing_tui.export.to_json",
    ):
        assert expected in names


@pytest.mark.parametrize("module", core_modules())
def test_core_module_imports_neither_textual_nor_rich(module: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')); "
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"{module} pulls in {result.stdout.strip()}"
