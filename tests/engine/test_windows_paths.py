"""Code that only runs on Windows, run here with the platform switched and Windows'
answers recorded, so it is not first run on a customer's laptop."""

from __future__ import annotations

import ctypes
import io
import socket
import sys
from collections import namedtuple
from dataclasses import replace

import psutil
import pytest
from fakestun import FakeStunServer
from netutil import free_ports

from wizard import console
from wizard.engine import holders, probes, runner, transport
from wizard.engine.model import Outcome, PortCheck, Verdict
from wizard.engine.resolve import parse_server
from wizard.engine.runner import ScanSettings, run_scan
from wizard.engine.transport import WSAEACCES

SO_EXCLUSIVEADDRUSE = -5  # winsock2.h: ((int)(~SO_REUSEADDR))


class RecordingSocket:
    """Stands in for socket.socket and records what the probe asks of it."""

    calls: list[tuple] = []

    def __init__(self, family, kind):
        self.calls.append(("socket", family, kind))
        self.closed = False

    def setsockopt(self, level, option, value):
        self.calls.append(("setsockopt", level, option, value))

    def bind(self, address):
        self.calls.append(("bind", address))

    def setblocking(self, flag):
        self.calls.append(("setblocking", flag))

    def fileno(self):
        return 1234

    def close(self):
        self.closed = True


@pytest.fixture
def windows_sockets(monkeypatch):
    RecordingSocket.calls = []
    monkeypatch.setattr(socket, "socket", RecordingSocket)
    monkeypatch.setattr(socket, "SO_EXCLUSIVEADDRUSE", SO_EXCLUSIVEADDRUSE, raising=False)
    disabled = []
    monkeypatch.setattr(transport, "disable_udp_connreset", lambda s: disabled.append(s))
    monkeypatch.setattr(transport, "disable_udp_netreset", lambda s: None)
    return disabled


def test_windows_probe_socket_is_exclusive_and_survives_icmp(windows_sockets):
    sock = transport.open_probe_socket(5060, "0.0.0.0", platform="win32")
    calls = RecordingSocket.calls
    assert ("setsockopt", socket.SOL_SOCKET, SO_EXCLUSIVEADDRUSE, 1) in calls
    assert not any(c[0] == "setsockopt" and c[2] == socket.SO_REUSEADDR for c in calls)
    assert windows_sockets == [sock]
    # Both before the bind: afterwards another program could already share the port.
    assert calls.index(("setsockopt", socket.SOL_SOCKET, SO_EXCLUSIVEADDRUSE, 1)) < calls.index(
        ("bind", ("0.0.0.0", 5060))
    )


def test_linux_probe_socket_sets_no_sharing_option(windows_sockets):
    transport.open_probe_socket(5060, "0.0.0.0", platform="linux")
    assert not any(c[0] == "setsockopt" for c in RecordingSocket.calls)
    assert windows_sockets == []


class FakeWs2:
    def __init__(self, result=0, error=10022):
        self.result, self.error, self.calls = result, error, []

    def WSAIoctl(self, handle, code, buffer, size, out, out_size, returned, overlapped, routine):  # noqa: N802
        flag = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ulong)).contents.value
        self.calls.append((handle.value, code.value, flag, size))
        return self.result

    def WSAGetLastError(self):  # noqa: N802
        return self.error


def test_sio_udp_connreset_is_turned_off(monkeypatch):
    ws2 = FakeWs2()
    monkeypatch.setattr(ctypes, "WinDLL", lambda name: ws2, raising=False)
    transport.disable_udp_connreset(RecordingSocket(socket.AF_INET, socket.SOCK_DGRAM))
    assert ws2.calls == [(1234, 0x9800000C, 0, ctypes.sizeof(ctypes.c_ulong))]


def test_a_failed_ioctl_is_an_error_with_windows_code(monkeypatch):
    monkeypatch.setattr(ctypes, "WinDLL", lambda name: FakeWs2(result=-1), raising=False)
    with pytest.raises(OSError) as caught:
        transport.disable_udp_connreset(RecordingSocket(socket.AF_INET, socket.SOCK_DGRAM))
    assert caught.value.errno == 10022


def windows_binds(monkeypatch, denied: int) -> None:
    """Binds as Windows answers them: ``denied`` refused with WSAEACCES (what Windows
    says when another program holds a port with SO_EXCLUSIVEADDRUSE, and when a port is
    reserved), every other port bound for real (with this system's options)."""
    real = transport.open_probe_socket

    def open_probe_socket(port, host="0.0.0.0", platform=sys.platform):
        if port == denied:
            raise OSError(WSAEACCES, "An attempt was made to access a socket in a way forbidden")
        return real(port, host, "linux")

    monkeypatch.setattr(runner, "open_probe_socket", open_probe_socket)
    monkeypatch.setattr(probes, "open_probe_socket", open_probe_socket)


@pytest.mark.parametrize("held", [True, False], ids=["holder-found", "no-holder"])
async def test_access_denied_for_a_port_another_program_holds_is_port_in_use(
    monkeypatch, hold_udp_port, held
):
    # Windows answers "access denied" both for a port another program holds exclusively
    # and for one it may not give us; a holder found on that very port tells them apart.
    first, second = free_ports(2)
    holder = hold_udp_port(first) if held else None
    windows_binds(monkeypatch, denied=first)
    server = await FakeStunServer().start()
    try:
        settings = ScanSettings([parse_server(server.spec)], rate=500, timeout=0.5)
        result = await run_scan(
            "custom",
            [PortCheck(first), PortCheck(second)],
            replace(settings, platform="win32"),
        )
    finally:
        server.close()
    denied, other = result.ports
    assert other.outcome is Outcome.PASS
    if holder is not None:
        assert denied.outcome is Outcome.PORT_IN_USE
        assert result.verdict is Verdict.PORT_IN_USE
        assert denied.process is not None and denied.process.pid == holder.pid
        assert any("netstat" in c or "Get-" in c for c in denied.commands), denied.commands
    else:
        assert denied.outcome is Outcome.NO_PERMISSION
        assert denied.process is None


# What psutil.net_connections(kind="udp") returned on Windows 11 with 3CX running.
sconn = namedtuple("sconn", "fd family type laddr raddr status pid")
addr = namedtuple("addr", "ip port")
RECORDED = [
    sconn(-1, socket.AF_INET, socket.SOCK_DGRAM, addr("0.0.0.0", 5060), (), "NONE", 4312),
    sconn(-1, socket.AF_INET, socket.SOCK_DGRAM, addr("0.0.0.0", 9000), (), "NONE", 4312),
    sconn(-1, socket.AF_INET, socket.SOCK_DGRAM, addr("0.0.0.0", 5353), (), "NONE", 2188),
    sconn(-1, socket.AF_INET6, socket.SOCK_DGRAM, addr("::", 500), (), "NONE", 4),
]


async def test_holder_lookup_on_windows_output(monkeypatch):
    names = {4312: "3CXPhoneSystem.exe", 4: "System"}

    class Process:
        def __init__(self, pid):
            self.pid = pid

        def name(self):
            if self.pid not in names:
                raise psutil.AccessDenied(self.pid)
            return names[self.pid]

    monkeypatch.setattr(psutil, "net_connections", lambda kind: RECORDED)
    monkeypatch.setattr(psutil, "Process", Process)
    lookup = holders.HolderLookup()
    found = await lookup.find(9000)
    assert (found.pid, found.name) == (4312, "3CXPhoneSystem.exe")
    svchost = await lookup.find(5353)
    assert (svchost.pid, svchost.name) == (2188, None)  # another user's service
    assert await lookup.find(9001) is None
    assert holders.inspect_commands(9000, found.pid, "win32") == (
        'netstat -ano | findstr /I /C:"PID" /C:":9000"',
        'tasklist /fi "pid eq 4312"',
    )


class FakeKernel32:
    def __init__(self, attached: bool):
        self.attached, self.calls = attached, []

    def AttachConsole(self, pid):  # noqa: N802
        self.calls.append(pid)
        return self.attached


def test_windowed_build_writes_to_the_console_it_was_started_from(monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    opened = []

    def opener(name, mode, **kw):
        opened.append(name)
        return io.StringIO()

    kernel32 = FakeKernel32(attached=True)
    assert console.attach_parent_console(
        ["check", "--product", "3cx"], platform="win32", frozen=True, kernel32=kernel32,
        opener=opener,
    )  # fmt: skip
    assert kernel32.calls == [console.ATTACH_PARENT_PROCESS]
    assert opened == ["CONOUT$", "CONOUT$"]
    assert sys.stdout.getvalue() == "\n"


@pytest.mark.parametrize(
    ("argv", "platform", "frozen", "attached"),
    [
        ([], "win32", True, True),  # a double-click: no command, stay a window
        (["check"], "linux", True, True),
        (["check"], "win32", False, True),  # from source, the console is there anyway
        (["check"], "win32", True, False),  # started from Explorer with arguments
    ],
)
def test_console_is_left_alone_otherwise(monkeypatch, argv, platform, frozen, attached):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    kernel32 = FakeKernel32(attached)
    assert not console.attach_parent_console(
        argv, platform=platform, frozen=frozen, kernel32=kernel32, opener=lambda *a, **k: None
    )
    assert sys.stdout is None
