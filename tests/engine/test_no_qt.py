"""The engine stays free of Qt, so the CLI and tests run it without a GUI stack."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import wizard.engine

ENGINE = Path(wizard.engine.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "qasync", "PyQt5", "PyQt6", "wizard.ui", "wizard.i18n")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_engine_module_imports_qt():
    files = sorted(ENGINE.rglob("*.py"))
    assert len(files) >= 7
    offenders = {
        f"{path.name}: {name}"
        for path in files
        for name in imported_modules(path)
        if name.split(".")[0] in FORBIDDEN or name.startswith(FORBIDDEN)
    }
    assert not offenders


def test_the_check_detects_a_qt_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in imported_modules(sample)


def test_importing_the_runner_loads_no_qt():
    code = (
        "import sys, wizard.engine.runner\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'qasync')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
