"""Fixtures for the wizard's tests: a qasync loop inside pytest-qt, and settings that
never touch the developer's own."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

from PySide6.QtCore import QSettings, QStandardPaths

import pytest
import qasync


@pytest.fixture(scope="session")
def _session_loop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    # One loop for the whole run, as in the application: qasync does not service a
    # second loop made on the same QApplication. pytest-qt runs Qt's event loop, so the
    # loop is made the way qasync provides for an application that is already running
    # (it then counts as the running asyncio loop); stop() and close() are left to us.
    QStandardPaths.setTestModeEnabled(True)
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    asyncio._set_running_loop(None)  # each test runs it (``qloop``)
    yield loop
    loop.stop()
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def qloop(_session_loop, qapp) -> Iterator[asyncio.AbstractEventLoop]:
    """The asyncio loop on Qt's event loop; pytest-qt's waits spin Qt, and with it this
    loop. Tasks a test leaves behind are cancelled and finished after it.

    The loop counts as running during the test only, as qasync's own run_forever makes it
    (with the hook asyncio exports for loop implementations), so asyncio tests of other
    modules, run before or after, can start loops of their own."""
    asyncio._set_running_loop(_session_loop)
    yield _session_loop
    pending = [t for t in asyncio.all_tasks(_session_loop) if not t.done()]
    for task in pending:
        task.cancel()
    for _ in range(100):
        if all(t.done() for t in pending):
            break
        qapp.processEvents()
    asyncio._set_running_loop(None)


@pytest.fixture(scope="session", autouse=True)
def _english(qapp) -> None:
    """English with its plural forms ("1 port", "2 ports"), whichever test runs first: a page
    built without the wizard window has no one else to install the catalog."""
    from wizard.i18n import set_language

    set_language("en")


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qloop, qtbot, settings):
    from wizard.ui.window import FirewallWizard

    wizard = FirewallWizard(settings)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard
    wizard.running_page.cancel()
