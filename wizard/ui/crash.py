"""Unexpected errors end in a dialog with the details and a log file, never in a terminal."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wizard import APP_NAME, __version__

log = logging.getLogger("wizard")


def app_data_folder() -> Path:
    """This program's folder in the user's *local* app-data (%LOCALAPPDATA% on Windows):
    the log and the single-instance lock belong to this machine, not to a roaming
    profile that follows the user to others (and is copied at every logon)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".pbx-firewall-wizard")


def log_directory() -> Path:
    return app_data_folder() / "logs"


def setup_logging() -> Path | None:
    """Log to a small rotating file; returns its path (None if it cannot be written)."""
    try:
        directory = log_directory()
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / "wizard.log"
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("%s %s started (pid %d)", APP_NAME, __version__, os.getpid())
    return path


class ErrorDialog(QDialog):
    """Shows an unexpected error with its details and a button to copy them."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = details
        layout = QVBoxLayout(self)
        text = self.tr(
            "Something went wrong inside the wizard. Your settings are kept. Please send the "
            "details below to support."
        )
        if log_path is not None:
            text += " " + self.tr("They are also saved in {path}.").format(path=log_path)
        message = QLabel(text)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        box = QPlainTextEdit(details)
        box.setReadOnly(True)
        box.setAccessibleName(self.tr("Error details"))
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


class ErrorReporter:
    """Catches what nobody else caught, logs it and shows it."""

    def __init__(self, log_path: Path | None, parent: Callable[[], QWidget | None]) -> None:
        self.log_path = log_path
        self.parent = parent
        self.dialogs: list[ErrorDialog] = []

    def excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        self.report("".join(traceback.format_exception(kind, value, tb)))

    def loop_handler(self, loop, context: dict) -> None:
        exc = context.get("exception")
        if exc is not None:
            details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        else:
            details = str(context.get("message", context))
        self.report(details)

    def report(self, details: str) -> None:
        details = f"{APP_NAME} {__version__}\n{details}"
        log.error("unexpected error\n%s", details)
        dialog = ErrorDialog(details, self.log_path, self.parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self.dialogs.remove(dialog))
        self.dialogs.append(dialog)
        dialog.open()  # not exec(): a nested event loop would stall the asyncio loop

    def install(self) -> None:
        sys.excepthook = self.excepthook
