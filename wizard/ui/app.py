"""Starts the wizard: Qt application, style, icon, the asyncio loop on Qt (qasync)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence

# PySide6 must be imported before qasync, which picks its Qt binding from what is loaded.
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory, QWizard

import qasync

from wizard import APP_NAME, __version__
from wizard.engine.contacts import default_path as contact_log_path
from wizard.i18n import LANGUAGES, set_language
from wizard.ui.crash import ErrorReporter, log, setup_logging
from wizard.ui.window import ICON, FirewallWizard

ORGANIZATION = "PBX Firewall Wizard"


def make_application(argv: Sequence[str]) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    # Settings in an INI file in the user's app-data folder (%APPDATA% on Windows), not the
    # registry: the program installs nothing and writes nowhere else.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
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


def run(argv: Sequence[str] | None = None, language: str | None = None, smoke: bool = False) -> int:
    """Open the wizard; ``language`` (``--lang``) wins over the one chosen last time,
    which wins over the system's. ``smoke``: show the first page, log it, and exit."""
    app = make_application(sys.argv if argv is None else argv)
    settings = QSettings()
    saved = str(settings.value("ui/language", "") or "")
    in_effect = set_language(language or (saved if saved in LANGUAGES else None))
    reporter = ErrorReporter(setup_logging(), lambda: app.activeWindow())
    reporter.install()
    outcome = {"code": 0}
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.get_loop().set_exception_handler(reporter.loop_handler)
        window = FirewallWizard(settings)
        window.session.contact_log = contact_log_path()
        closed = asyncio.Event()
        window.finished.connect(lambda _result: closed.set())
        window.show()
        if smoke:
            QTimer.singleShot(0, lambda: _smoke_done(window, in_effect, outcome))
        runner.run(closed.wait())
    return outcome["code"]


def _smoke_done(window: FirewallWizard, language: str, outcome: dict) -> None:
    """The first page is up: say what came up, in the log (a windowed build has no
    stdout), and close."""
    page = window.currentPage()
    shown = window.isVisible() and page is window.product_page and bool(page.title())
    log.info(
        "smoke: %s; version %s; platform %s; language %s; first page %r; qt buttons %r",
        "ok" if shown else "FAILED",
        __version__,
        QGuiApplication.platformName(),
        language,
        page.title() if page else None,
        window.button(QWizard.WizardButton.NextButton).text(),
    )
    outcome["code"] = 0 if shown else 1
    window.done(0)
