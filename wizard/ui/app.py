"""Starts the wizard: Qt application, style, icon, the asyncio loop on Qt (qasync)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence

# PySide6 must be imported before qasync, which picks its Qt binding from what is loaded.
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory

import qasync

from wizard import APP_NAME, __version__
from wizard.i18n import LANGUAGES, set_language
from wizard.ui.crash import ErrorReporter, setup_logging
from wizard.ui.window import ICON, FirewallWizard

ORGANIZATION = "PBX Firewall Wizard"


def make_application(argv: Sequence[str]) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(list(argv))
    styles = {name.lower(): name for name in QStyleFactory.keys()}  # noqa: SIM118
    # Native on Windows (windows11 on 11, windowsvista on 10); Fusion where the platform
    # style is missing or looks out of place.
    for wanted in ("windows11", "windowsvista", "macos"):
        if wanted in styles:
            app.setStyle(styles[wanted])
            break
    else:
        app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(ICON)))
    app.setQuitOnLastWindowClosed(False)  # the asyncio runner ends when the wizard closes
    return app  # type: ignore[return-value]


def run(argv: Sequence[str] | None = None, language: str | None = None) -> int:
    """Open the wizard; ``language`` (``--lang``) wins over the one chosen last time,
    which wins over the system's."""
    app = make_application(sys.argv if argv is None else argv)
    settings = QSettings()
    saved = str(settings.value("ui/language", "") or "")
    set_language(language or (saved if saved in LANGUAGES else None))
    reporter = ErrorReporter(setup_logging(), lambda: app.activeWindow())
    reporter.install()
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.get_loop().set_exception_handler(reporter.loop_handler)
        window = FirewallWizard(settings)
        closed = asyncio.Event()
        window.finished.connect(lambda _result: closed.set())
        window.show()
        runner.run(closed.wait())
    return 0
