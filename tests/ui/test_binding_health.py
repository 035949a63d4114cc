"""Guards against a Qt binding that loses references to None (PySide6 6.12.0 on
Python 3.11 did, one per call that returns nothing, until the interpreter aborted)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.update()
    assert abs(sys.getrefcount(None) - before) < 50
