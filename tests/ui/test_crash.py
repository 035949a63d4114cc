"""An unexpected error ends in a dialog with the details and a log file, not a traceback."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit

from wizard.ui import crash


def test_unexpected_error_is_logged_and_shown(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(crash, "log_directory", lambda: tmp_path / "logs")
    path = crash.setup_logging()
    assert path == tmp_path / "logs" / "wizard.log"
    reporter = crash.ErrorReporter(path, lambda: None)
    try:
        raise RuntimeError("the router ate the packet")
    except RuntimeError as exc:
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    try:
        assert len(reporter.dialogs) == 1
        dialog = reporter.dialogs[0]
        qtbot.addWidget(dialog)
        assert dialog.isVisible()
        details = dialog.findChild(QPlainTextEdit).toPlainText()
        assert "RuntimeError: the router ate the packet" in details
        assert "Traceback" in details
        dialog.copy_details()
        assert "the router ate the packet" in QGuiApplication.clipboard().text()
        for handler in crash.log.handlers:
            handler.flush()
        assert "the router ate the packet" in path.read_text()
    finally:
        for handler in list(crash.log.handlers):
            if isinstance(handler, logging.FileHandler):
                crash.log.removeHandler(handler)
                handler.close()


def test_errors_from_the_asyncio_loop_reach_the_dialog(qtbot):
    reporter = crash.ErrorReporter(None, lambda: None)
    reporter.loop_handler(None, {"message": "Task exception", "exception": ValueError("bad")})
    dialog = reporter.dialogs[0]
    qtbot.addWidget(dialog)
    assert "ValueError: bad" in dialog.details
