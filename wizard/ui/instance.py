"""One wizard at a time: a second start shows the first one's window and ends.

The one-file program takes seconds to start, which invites a second double-click; two
copies scanning at once would each find the other's sockets and report its own ports as
"in use". The first copy holds a ``QLockFile`` in the app-data folder and listens on a
``QLocalServer``; a later start finds the lock held, asks that server to raise its
window, and ends. A copy that crashed leaves a lock whose process is gone, which
``QLockFile`` takes as stale: it never blocks the next start.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from wizard.ui.crash import log

# What a later start sends: one short line, so nothing else that connects can raise us.
SHOW = b"show\n"
CONNECT_TIMEOUT_MS = 1000
READ_TIMEOUT_MS = 500
# The first copy takes the lock, then listens: a start in between retries for a while.
CONNECT_ATTEMPTS = 5
ASFW_ANY = 0xFFFFFFFF  # winuser.h: any process may take the foreground


def server_name(folder: Path) -> str:
    """The local server's name, one per app-data folder and so one per user: Windows'
    named pipes are seen by every session on the machine, so the name must differ
    between users who are logged on at the same time."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"pbx-firewall-wizard-{digest}"


def allow_foreground(pid: int) -> None:
    """Let the first copy bring its window to the front (Windows refuses that to a
    program in the background unless the one in the foreground, this start, allows it:
    learn.microsoft.com, AllowSetForegroundWindow)."""
    if sys.platform != "win32":
        return
    import ctypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
    if not user32.AllowSetForegroundWindow(pid if pid > 0 else ASFW_ANY):
        log.info("AllowSetForegroundWindow(%d) refused: %d", pid, ctypes.get_last_error())


class SingleInstance(QObject):
    """The lock and the local server of the copy that runs; ``show_requested`` fires
    when a later start asks for the window."""

    show_requested = Signal()

    def __init__(
        self,
        folder: Path,
        *,
        foreground: Callable[[int], None] = allow_foreground,
        sleep: Callable[[float], None] = time.sleep,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.name = server_name(folder)
        self.lock = QLockFile(str(folder / "wizard.lock"))
        # A live copy keeps its lock for hours: only a lock whose process is gone is stale,
        # never one that is merely old (Qt's default would take a 30 s old lock).
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self._foreground = foreground
        self._sleep = sleep

    def acquire(self) -> bool:
        """Take the lock and listen; False when another copy holds it. A folder that
        cannot be written lets this copy run unguarded rather than not at all."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no single-instance lock, %s cannot be made: %s", self.folder, exc)
            return True
        if not self.lock.tryLock(0):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("no single-instance lock in %s: %s", self.folder, self.lock.error())
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Only the holder of the lock gets here, so a server of that name left behind by
        # a crashed copy is nobody's (on Unix its socket file would block listen()).
        QLocalServer.removeServer(self.name)
        if server.listen(self.name):
            server.newConnection.connect(self._accept)
            self.server = server
        else:
            log.warning("a later start cannot reach this window: %s", server.errorString())
        return True

    def notify_running(self) -> bool:
        """From a later start: ask the running copy to show its window. False when it
        cannot be reached (it may be starting or hung)."""
        info = self.lock.getLockInfo()  # PySide: (pid, hostname, appname), or not a tuple
        pid = info[0] if isinstance(info, tuple) and info and isinstance(info[0], int) else 0
        self._foreground(pid)
        for attempt in range(CONNECT_ATTEMPTS):
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                socket.write(QByteArray(SHOW))
                sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS) or not socket.bytesToWrite()
                socket.disconnectFromServer()
                if sent:
                    return True
            if attempt + 1 < CONNECT_ATTEMPTS:
                self._sleep(0.2)
        return False

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def _accept(self) -> None:
        # A later start writes its line as soon as it is connected, so it is read here at
        # once; whatever else connects is dropped after a short wait.
        assert self.server is not None
        while self.server.hasPendingConnections():
            client = self.server.nextPendingConnection()
            if client.canReadLine() or client.waitForReadyRead(READ_TIMEOUT_MS):
                line = bytes(client.readLine(len(SHOW) + 1).data())
                if line == SHOW:
                    self.show_requested.emit()
            client.abort()
            client.deleteLater()
