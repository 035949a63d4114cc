"""Starting the wizard: the widget style for the system it runs on, one copy at a time,
the folders it writes to."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QOperatingSystemVersion, QStandardPaths, Qt
from PySide6.QtWidgets import QWidget

import pytest

from wizard.ui import crash
from wizard.ui.app import bring_to_front, choose_style, close_splash, make_application
from wizard.ui.instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]
V = QOperatingSystemVersion
WINDOWS_11 = V(V.OSType.Windows, 10, 0, 22631)
WINDOWS_10 = V(V.OSType.Windows, 10, 0, 19045)
SERVER_2022 = V(V.OSType.Windows, 10, 0, 20348)  # Windows 10 based, as is Server 2019
MACOS = V(V.OSType.MacOS, 14, 0)
LINUX = V(V.OSType.Unknown, -1)
WINDOWS_KEYS = ["windows11", "windowsvista", "Windows", "Fusion"]
LIGHT, DARK, UNKNOWN = Qt.ColorScheme.Light, Qt.ColorScheme.Dark, Qt.ColorScheme.Unknown


@pytest.mark.parametrize(
    ("os_version", "keys", "scheme", "style"),
    [
        (WINDOWS_11, WINDOWS_KEYS, LIGHT, "windows11"),
        (WINDOWS_11, WINDOWS_KEYS, DARK, "windows11"),  # it has dark colours of its own
        # Listed on Windows 10 too, where its icon font is missing: Qt's own choice instead.
        (WINDOWS_10, WINDOWS_KEYS, LIGHT, None),
        (SERVER_2022, WINDOWS_KEYS, UNKNOWN, None),
        # windowsvista ignores a dark scheme; Fusion follows it.
        (WINDOWS_10, WINDOWS_KEYS, DARK, "Fusion"),
        (SERVER_2022, WINDOWS_KEYS, DARK, "Fusion"),
        # A Qt without the windows11 style on Windows 11.
        (WINDOWS_11, ["windowsvista", "Windows", "Fusion"], LIGHT, None),
        (MACOS, ["macOS", "Fusion"], DARK, None),  # macOS' style follows the scheme itself
        (LINUX, ["Fusion", "Windows"], DARK, "Fusion"),
        (LINUX, ["Fusion", "Windows"], LIGHT, None),
    ],
)
def test_the_style_suits_the_system(os_version, keys, scheme, style):
    assert choose_style(keys, os_version, scheme) == style


def test_windows_10_keeps_qt_s_style_even_when_windows11_is_listed(qapp):
    before = qapp.style().name()
    made = make_application([], style_keys=lambda: WINDOWS_KEYS, os_version=lambda: WINDOWS_10)
    assert made is qapp
    if qapp.styleHints().colorScheme() != DARK:
        assert qapp.style().name() == before


def test_logs_go_to_the_local_app_data_folder(qapp):
    local = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert crash.app_data_folder() == Path(local)
    assert crash.log_directory() == Path(local) / "logs"


def test_a_second_copy_raises_the_first_and_the_lock_passes_on(qtbot, tmp_path):
    foreground: list[int] = []
    first = SingleInstance(tmp_path)
    second = SingleInstance(tmp_path, foreground=foreground.append, sleep=lambda _s: None)
    try:
        assert first.acquire()
        assert not second.acquire()
        with qtbot.waitSignal(first.show_requested, timeout=5000):
            assert second.notify_running()
        # Windows lets the first copy take the foreground only if this start allows it.
        assert foreground == [os.getpid()]
        first.release()
        assert second.acquire()
    finally:
        first.release()
        second.release()


def test_an_unreachable_first_copy_is_reported_not_waited_for(tmp_path):
    holder = QLockFile(str(tmp_path / "wizard.lock"))
    holder.setStaleLockTime(0)
    assert holder.tryLock(0)  # holds the lock, but nobody listens
    naps: list[float] = []
    later = SingleInstance(tmp_path, foreground=lambda _pid: None, sleep=naps.append)
    try:
        assert not later.acquire()
        assert not later.notify_running()
        assert len(naps) == 4  # a few retries, for a first copy still starting
    finally:
        holder.unlock()


def test_other_words_on_the_line_raise_nothing(qtbot, tmp_path):
    from PySide6.QtNetwork import QLocalSocket

    first = SingleInstance(tmp_path)
    raised: list[bool] = []
    first.show_requested.connect(lambda: raised.append(True))
    try:
        assert first.acquire()
        stranger = QLocalSocket()
        stranger.connectToServer(first.name)
        assert stranger.waitForConnected(2000)
        stranger.write(b"GET / HTTP/1.0\n\n")
        stranger.waitForBytesWritten(2000)
        # The first copy reads the line and hangs up.
        unconnected = QLocalSocket.LocalSocketState.UnconnectedState
        qtbot.waitUntil(lambda: stranger.state() == unconnected, timeout=3000)
        assert raised == []
    finally:
        first.release()


def test_an_old_lock_of_a_live_copy_still_holds(tmp_path):
    first = SingleInstance(tmp_path)
    try:
        assert first.acquire()
        an_hour_ago = time.time() - 3600
        os.utime(tmp_path / "wizard.lock", (an_hour_ago, an_hour_ago))
        assert not SingleInstance(tmp_path).acquire()  # Qt's default would call it stale
    finally:
        first.release()


def test_a_crashed_copy_does_not_block_the_next(tmp_path):
    code = (
        "import sys, time\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(tmp_path / 'wizard.lock')!r})\n"
        "assert lock.tryLock(0)\n"
        "print('locked', flush=True)\n"
        "time.sleep(600)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert not SingleInstance(tmp_path).acquire()
    finally:
        holder.kill()  # as a crash: the lock file stays behind
        holder.wait()
    assert (tmp_path / "wizard.lock").exists()
    after = SingleInstance(tmp_path)
    try:
        assert after.acquire()
    finally:
        after.release()


def test_server_names_differ_per_folder_and_hold_no_path(tmp_path):
    one, other = server_name(tmp_path / "alice"), server_name(tmp_path / "bob")
    assert one != other
    assert one.startswith("pbx-firewall-wizard-") and os.sep not in one


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_a_minimised_window_comes_back(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.setWindowState(Qt.WindowState.WindowMinimized)
    bring_to_front(window)
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()


def test_the_splash_is_left_alone_outside_the_one_file_build(monkeypatch):
    closed: list[bool] = []

    class FakeSplash:
        @staticmethod
        def close() -> None:
            closed.append(True)

    close_splash({})
    assert closed == []
    monkeypatch.setitem(sys.modules, "pyi_splash", FakeSplash)
    close_splash({"_PYI_SPLASH_IPC": "12345"})
    assert closed == [True]


def _environment(home: Path) -> dict[str, str]:
    """One user's folders, shared by every start in a test: settings, logs, the lock."""
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
    )


def _log(home: Path) -> str:
    logs = list((home / "data").rglob("wizard.log"))
    return logs[0].read_text(encoding="utf-8") if logs else ""


def _wait_for(predicate, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="Qt finds Windows' folders without the environment; the Windows workflow's "
    "'One copy at a time' step does this with the packaged program",
)
def test_the_program_started_twice_shows_the_first_window(tmp_path):
    """``python -m wizard`` twice for the same user: the second start raises the first
    window and ends with 0; once the first is killed, a new start comes up itself."""
    env = _environment(tmp_path)
    (tmp_path / "runtime").mkdir(mode=0o700)
    command = [sys.executable, "-m", "wizard"]
    first = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(lambda: f"started (pid {first.pid})" in _log(tmp_path))
        lock = next((tmp_path / "data").rglob("wizard.lock"))
        _wait_for(lambda: QLockFile(str(lock)).getLockInfo()[0] == first.pid)
        second = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
        _, errors = second.communicate(timeout=60)
        assert second.returncode == 0, errors
        _wait_for(lambda: "a later start asked for this window" in _log(tmp_path))
        assert f"already running (pid {second.pid}): its window was shown" in _log(tmp_path)
        assert first.poll() is None  # the first copy runs on
    finally:
        first.kill()  # a crash: its lock file stays behind
        first.wait()
    assert lock.exists()
    third = subprocess.run(
        [*command, "--smoke"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert third.returncode == 0, third.stderr
    assert "smoke: ok" in _log(tmp_path)


@pytest.fixture
def run_in_process(monkeypatch, tmp_path):
    """``app.run`` in this process, with the lock in ``tmp_path``; what it changes for
    the whole process (the excepthook, the log handler, the language) is put back."""
    import logging

    from wizard.i18n import set_language
    from wizard.ui import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "app_data_folder", lambda: tmp_path)
    monkeypatch.setattr(app_module, "setup_logging", lambda: None)
    handlers = list(logging.getLogger("wizard").handlers)
    yield app_module.run
    logging.getLogger("wizard").handlers[:] = handlers
    set_language("en")


def test_run_while_another_copy_runs_raises_it_and_returns_0(qtbot, tmp_path, run_in_process):
    first = SingleInstance(tmp_path)
    try:
        assert first.acquire()
        with qtbot.waitSignal(first.show_requested, timeout=5000):
            assert run_in_process([]) == 0
    finally:
        first.release()


def test_run_while_another_copy_hangs_says_so(qtbot, tmp_path, run_in_process, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    holder = QLockFile(str(tmp_path / "wizard.lock"))
    assert holder.tryLock(0)  # a copy that holds the lock but does not answer
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        assert run_in_process([]) == 0
    finally:
        holder.unlock()
    assert shown == [
        "The wizard is already open on this computer. Switch to its window, or close it "
        "and start the wizard again."
    ]
