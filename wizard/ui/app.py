"""Starts the wizard: Qt application, style, icon, one copy at a time, the asyncio loop
on Qt (qasync)."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable, Mapping, Sequence

# PySide6 must be imported before qasync, which picks its Qt binding from what is loaded.
from PySide6.QtCore import QCoreApplication, QOperatingSystemVersion, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory, QWidget, QWizard

import qasync

from wizard import APP_NAME, __version__
from wizard.engine.contacts import default_path as contact_log_path
from wizard.i18n import LANGUAGES, set_language
from wizard.ui.crash import ErrorReporter, app_data_folder, log, setup_logging
from wizard.ui.instance import SingleInstance
from wizard.ui.window import ICON, FirewallWizard

ORGANIZATION = "PBX Firewall Wizard"


def choose_style(
    keys: Sequence[str], os_version: QOperatingSystemVersion, scheme: Qt.ColorScheme
) -> str | None:
    """The widget style to set, or None for Qt's own choice.

    ``windows11`` only on Windows 11: Qt lists it on Windows 10 and Server 2019/2022 too,
    where the Segoe Fluent Icons font it draws with is missing and tick boxes and arrows
    come out broken. Elsewhere on Windows Qt picks ``windowsvista``, which ignores a dark
    colour scheme: there Fusion, which follows it. macOS' own style follows it itself.
    """
    names = {key.lower(): key for key in keys}
    windows = os_version.type() == QOperatingSystemVersion.OSType.Windows
    if windows and os_version >= QOperatingSystemVersion.Windows11 and "windows11" in names:
        return names["windows11"]
    mac = os_version.type() == QOperatingSystemVersion.OSType.MacOS
    if scheme == Qt.ColorScheme.Dark and not mac:
        return names.get("fusion", "Fusion")
    return None


def make_application(
    argv: Sequence[str],
    *,
    style_keys: Callable[[], Sequence[str]] = QStyleFactory.keys,
    os_version: Callable[[], QOperatingSystemVersion] = QOperatingSystemVersion.current,
) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    # Settings in an INI file in the user's app-data folder (%APPDATA% on Windows), not the
    # registry: the program installs nothing and writes nowhere else.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication(list(argv))
    scheme = QGuiApplication.styleHints().colorScheme()
    style = choose_style(style_keys(), os_version(), scheme)
    if style is not None:
        app.setStyle(style)
    app.setWindowIcon(QIcon(str(ICON)))
    app.setQuitOnLastWindowClosed(False)  # the asyncio runner ends when the wizard closes
    return app  # type: ignore[return-value]


def run(argv: Sequence[str] | None = None, language: str | None = None, smoke: bool = False) -> int:
    """Open the wizard; ``language`` (``--lang``) wins over the one chosen last time,
    which wins over the system's. ``smoke``: show the first page, log it, and exit.
    When a copy already runs for this user, show its window instead and return 0."""
    app = make_application(sys.argv if argv is None else argv)
    settings = QSettings()
    saved = str(settings.value("ui/language", "") or "")
    in_effect = set_language(language or (saved if saved in LANGUAGES else None))
    reporter = ErrorReporter(setup_logging(), lambda: app.activeWindow())
    reporter.install()
    instance = SingleInstance(app_data_folder())
    if not instance.acquire():
        close_splash()
        return _show_running_copy(instance)
    outcome = {"code": 0}
    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            runner.get_loop().set_exception_handler(reporter.loop_handler)
            window = FirewallWizard(settings)
            window.session.contact_log = contact_log_path()
            closed = asyncio.Event()
            window.finished.connect(lambda _result: closed.set())
            instance.show_requested.connect(lambda: bring_to_front(window))
            window.show()
            close_splash()
            if smoke:
                QTimer.singleShot(0, lambda: _smoke_done(window, in_effect, outcome))
            runner.run(closed.wait())
    finally:
        close_splash()
        instance.release()
    return outcome["code"]


def _show_running_copy(instance: SingleInstance) -> int:
    """This start is a second one: the first copy's window comes to the front instead."""
    if instance.notify_running():
        log.info("already running (pid %d): its window was shown instead", os.getpid())
        return 0
    # The other copy holds the lock but does not answer: it may still be starting.
    log.warning("already running (pid %d), and it does not answer", os.getpid())
    box = QMessageBox(
        QMessageBox.Icon.Information,
        APP_NAME,
        QCoreApplication.translate(
            "Instance",
            "The wizard is already open on this computer. Switch to its window, or close it "
            "and start the wizard again.",
        ),
        QMessageBox.StandardButton.Ok,
    )
    box.exec()  # no asyncio loop runs yet: a nested Qt loop stalls nothing
    return 0


def bring_to_front(window: QWidget) -> None:
    """Show the window again for a later start: restored if minimised, raised, active."""
    log.info("a later start asked for this window")
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


def close_splash(environ: Mapping[str, str] = os.environ) -> None:
    """Close the one-file program's start-up picture (PyInstaller's splash screen, shown
    by its bootloader while it unpacks). Only such a build sets ``_PYI_SPLASH_IPC``; its
    ``pyi_splash`` module exists only there, and complains when imported elsewhere."""
    if "_PYI_SPLASH_IPC" not in environ and "pyi_splash" not in sys.modules:
        return
    try:
        import pyi_splash  # type: ignore[import-not-found]

        pyi_splash.close()
    except (ImportError, OSError, RuntimeError) as exc:
        log.info("splash screen not closed: %s", exc)


def _smoke_done(window: FirewallWizard, language: str, outcome: dict) -> None:
    """The first page is up: say what came up, in the log (a windowed build has no
    stdout), and close."""
    page = window.currentPage()
    shown = window.isVisible() and page is window.product_page and bool(page.title())
    log.info(
        "smoke: %s; version %s; platform %s; style %s; language %s; first page %r; "
        "qt buttons %r; pid %d",
        "ok" if shown else "FAILED",
        __version__,
        QGuiApplication.platformName(),
        QApplication.style().name(),
        language,
        page.title() if page else None,
        window.button(QWizard.WizardButton.NextButton).text(),
        os.getpid(),
    )
    outcome["code"] = 0 if shown else 1
    window.done(0)
