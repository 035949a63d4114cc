"""Which program holds a port, and the commands a technician types to see it themselves.

Every system answer comes in through a function that can be swapped for a recorded one
(the socket table, a process's name and path, the Windows services by process), so the
Windows paths run in tests on any system.
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import psutil

from wizard.engine.model import ProcessInfo

# The names this program's Windows builds run under (packaging/wizard.spec): the windowed
# program, one file or one folder, and its console twin.
BUILD_NAMES = ("pbxfirewallwizard", "pbxcheck")
# A listing taken this long before a bind failed still counts for it.
SLACK = 0.05

Connections = Callable[[], Sequence[Any]]  # psutil.net_connections(kind="udp")'s rows
Describe = Callable[[int], ProcessInfo]  # a process's name, and whether it is this program
Services = Callable[[], Mapping[int, tuple[str, ...]]]  # Windows service names by pid


def inspect_commands(port: int, pid: int | None, platform: str = sys.platform) -> tuple[str, ...]:
    """Commands that show who holds UDP ``port``, with the real port and pid filled in.

    On Windows ``findstr /C:":5060 "`` matches the local address only: the space after
    the port keeps ``:50600`` out, and a UDP row's remote address is ``*:*``. ``-p UDP``
    lists IPv4 sockets, the ones that keep the check's bind out; ``/svc`` names the
    services of a ``svchost.exe``.
    """
    if platform == "win32":
        return (
            f'netstat -ano -p UDP | findstr /I /C:"PID" /C:":{port} "',
            f'tasklist /svc /fi "pid eq {pid if pid is not None else "<PID>"}"',
        )
    return (f"ss -lunp 'sport = :{port}'", f"lsof -nP -iUDP:{port}")


def _udp_connections() -> Sequence[Any]:
    return psutil.net_connections(kind="udp")


def windows_services() -> dict[int, tuple[str, ...]]:
    """The services each process runs, by pid (psutil's Windows service list, readable
    without administrator rights); empty elsewhere or when it cannot be read."""
    iterate = getattr(psutil, "win_service_iter", None)
    if iterate is None:
        return {}
    found: dict[int, list[str]] = {}
    try:
        for service in iterate():
            try:
                pid = service.pid()
                name = service.name()
            except (psutil.Error, OSError):
                continue
            if pid:
                found.setdefault(pid, []).append(name)
    except (psutil.Error, OSError):
        return {}
    return {pid: tuple(sorted(names, key=str.lower)) for pid, names in found.items()}


def _python_program(cmdline: Sequence[str]) -> tuple[str, ...]:
    """What a Python command line runs: ``("-m", module)``, a script's name, or ``-c``'s
    code; options for the interpreter itself are skipped."""
    args = list(cmdline[1:])
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in ("-m", "-c"):
            return tuple(args[i : i + 2])
        if arg in ("-X", "-W"):
            i += 2
            continue
        if not arg.startswith("-"):
            return (os.path.splitext(os.path.basename(arg))[0].lower(),)
        i += 1
    return ()


def _same_file(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def _stem(path: str) -> str:
    return os.path.splitext(os.path.basename(path.replace("\\", "/")))[0].lower()


@dataclass(frozen=True)
class ThisProgram:
    """This program as the holder lookup compares others with it."""

    pid: int
    executable: str
    cmdline: tuple[str, ...] = ()
    frozen: bool = False  # the PyInstaller build, not Python running the sources

    @classmethod
    def current(cls) -> ThisProgram:
        # The binary as the system names it for every process (a venv's python.exe on
        # Windows starts the base interpreter, which then holds the sockets).
        try:
            process = psutil.Process()
            executable, cmdline = process.exe(), tuple(process.cmdline())
        except (psutil.Error, OSError):
            executable, cmdline = sys.executable, tuple(sys.orig_argv)
        return cls(os.getpid(), executable, cmdline, bool(getattr(sys, "frozen", False)))

    def matches(self, pid: int, exe: str | None, cmdline: Callable[[], Sequence[str]]) -> bool:
        """Whether process ``pid`` (running ``exe``) is this program or another copy.

        A build is known by its file name, wherever the copy lies (the one-file exe is
        often started twice from Downloads and from the desktop). Python running the
        sources is another copy only with the same interpreter running the same module or
        script: an interpreter alone is every Python program."""
        if pid == self.pid:
            return True
        if not exe:
            return False
        if self.frozen:
            return _stem(exe) in {*BUILD_NAMES, _stem(self.executable)}
        if _same_file(exe) != _same_file(self.executable):
            return False
        try:
            theirs = _python_program(cmdline())
        except (psutil.Error, OSError):
            return False
        mine = _python_program(self.cmdline)
        return bool(mine) and theirs == mine


def describe_process(pid: int, me: ThisProgram) -> ProcessInfo:
    """The name of process ``pid`` and whether it is ``me``; psutil names it without
    administrator rights on Windows (the path comes from NtQuerySystemInformation)."""
    try:
        process = psutil.Process(pid)
        name = process.name()
    except (psutil.Error, OSError):
        return ProcessInfo(pid, None, this_program=pid == me.pid)
    try:
        exe = process.exe()
    except (psutil.Error, OSError):
        exe = None
    return ProcessInfo(pid, name, this_program=me.matches(pid, exe, process.cmdline))


_NO_HOLDER = object()


@dataclass
class _Snapshot:
    """One listing of the system's UDP sockets: the pid on each port (None: a socket
    whose process the system would not name), IPv4 and IPv6 apart."""

    taken: float
    ipv4: dict[int, int | None]
    ipv6: dict[int, int | None]
    described: dict[int, ProcessInfo] = field(default_factory=dict)
    services: Mapping[int, tuple[str, ...]] | None = None

    def pid(self, port: int, ipv6: bool) -> int | None | object:
        if port in self.ipv4:
            return self.ipv4[port]
        if ipv6 and port in self.ipv6:
            return self.ipv6[port]
        return _NO_HOLDER


def _take(connections: Connections) -> _Snapshot:
    started = time.monotonic()  # a socket bound while the table is read may be missing
    ipv4: dict[int, int | None] = {}
    ipv6: dict[int, int | None] = {}
    try:
        rows = connections()
    except (psutil.Error, OSError):
        rows = []
    for row in rows:
        if not row.laddr:
            continue
        table = {socket.AF_INET: ipv4, socket.AF_INET6: ipv6}.get(row.family)
        if table is not None and row.laddr.port not in table:
            table[row.laddr.port] = row.pid
    return _Snapshot(started, ipv4, ipv6)


class HolderLookup:
    """Finds the holder of a UDP port from one snapshot of the system's sockets.

    Listing every socket costs tens of milliseconds, and a PBX that is still running holds
    thousands of ports at once, so one snapshot serves every lookup and is taken again
    only when it is older than ``max_age`` seconds. A port the snapshot shows free stays
    free for that snapshot's lookups: ports Windows reserves are refused by the hundred
    and held by no one. Only a port the system called in use, yet free in a snapshot
    taken before its bind failed, is looked for in a fresh one (the holder came since).

    Only IPv4 sockets name a holder: the check binds IPv4, and an unrelated ``[::]``
    socket on the same port number must not make a reserved port look taken. Where the
    system said "in use" itself, an IPv6 socket on the port may name the program, since a
    dual-stack socket holds the IPv4 port too.
    """

    def __init__(
        self,
        max_age: float = 2.0,
        *,
        connections: Connections | None = None,
        describe: Describe | None = None,
        services: Services | None = None,
    ) -> None:
        self.max_age = max_age
        self._connections = connections or _udp_connections
        self._describe = describe
        self._services = services or windows_services
        self._snapshot: _Snapshot | None = None
        self._lock = asyncio.Lock()
        self.snapshots = 0  # how many listings were taken, for the tests

    async def find(self, port: int, in_use: bool = False) -> ProcessInfo | None:
        """The holder of ``port``, whose bind just failed (``in_use``: with "in use")."""
        failed_at = time.monotonic()
        async with self._lock:
            snapshot = self._snapshot
            if snapshot is None or time.monotonic() - snapshot.taken > self.max_age:
                snapshot = await self._fresh()
            pid = snapshot.pid(port, ipv6=in_use)
            if pid is _NO_HOLDER and in_use and snapshot.taken < failed_at - SLACK:
                snapshot = await self._fresh()
                pid = snapshot.pid(port, ipv6=in_use)
            if pid is _NO_HOLDER:
                return None
            if pid is None:
                return ProcessInfo(None, None)
            assert isinstance(pid, int)
            return await asyncio.to_thread(self._holder, snapshot, pid)

    async def _fresh(self) -> _Snapshot:
        self._snapshot = await asyncio.to_thread(_take, self._connections)
        self.snapshots += 1
        return self._snapshot

    def _holder(self, snapshot: _Snapshot, pid: int) -> ProcessInfo:
        if pid not in snapshot.described:
            if self._describe is None:
                me = ThisProgram.current()
                self._describe = lambda pid: describe_process(pid, me)
            info = self._describe(pid)
            if (info.name or "").lower() == "svchost.exe":
                # One svchost.exe runs one or more services; the name alone says nothing.
                if snapshot.services is None:
                    try:
                        snapshot.services = self._services()
                    except (psutil.Error, OSError):
                        snapshot.services = {}
                info = ProcessInfo(
                    info.pid, info.name, snapshot.services.get(pid, ()), info.this_program
                )
            snapshot.described[pid] = info
        return snapshot.described[pid]
