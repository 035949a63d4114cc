"""Code that only runs on Windows, run here with the platform switched and Windows'
answers recorded, so it is not first run on a customer's laptop."""

from __future__ import annotations

import asyncio
import ctypes
import io
import socket
import sys
from collections import namedtuple

import psutil
import pytest
from fakestun import FakeStunServer
from netutil import free_ports

from wizard import console
from wizard.engine import holders, probes, runner, transport
from wizard.engine.holders import ThisProgram
from wizard.engine.model import (
    BindFailure,
    Outcome,
    PortCheck,
    ProcessInfo,
    Reason,
    ReservedRange,
    ScanResult,
    Verdict,
)
from wizard.engine.reserved import ReservedReading
from wizard.engine.resolve import parse_server
from wizard.engine.results import bind_failure_result
from wizard.engine.runner import ScanSettings, run_scan
from wizard.engine.transport import WSAEACCES, WSAEADDRINUSE

HOLDER = ProcessInfo(4312, "3CXPhoneSystem.exe")

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


# What bind() returns on Windows, by its winsock code.
REFUSALS = {
    WSAEADDRINUSE: "Only one usage of each socket address (protocol/network address/port) "
    "is normally permitted",
    WSAEACCES: "An attempt was made to access a socket in a way forbidden by its access "
    "permissions",
}


def windows_binds(monkeypatch, refused: dict[int, int]) -> None:
    """Binds as Windows answers them: each port in ``refused`` gets that winsock code,
    every other port is bound for real (with this system's options)."""
    real = transport.open_probe_socket

    def open_probe_socket(port, host="0.0.0.0", platform=sys.platform):
        if port in refused:
            code = refused[port]
            raise OSError(code, REFUSALS[code])
        return real(port, host, "linux")

    monkeypatch.setattr(runner, "open_probe_socket", open_probe_socket)
    monkeypatch.setattr(probes, "open_probe_socket", open_probe_socket)


async def windows_scan(ports, reserved=None) -> ScanResult:
    server = await FakeStunServer().start()
    try:
        settings = ScanSettings(
            [parse_server(server.spec)],
            rate=500,
            timeout=0.5,
            platform="win32",
            reserved_ranges=(lambda: reserved) if reserved is not None else None,
        )
        return await run_scan("custom", [PortCheck(p) for p in ports], settings)
    finally:
        server.close()


# The second-bind table of "Sharing Transport Addresses" (learn.microsoft.com, Windows
# drivers, Winsock Kernel): the result of binding a port another socket already holds, by
# how each side binds. Derived from the documentation, not recorded: the probe's two rows,
# SO_EXCLUSIVEADDRUSE on the wildcard address (what it does) and on one specific address
# (what it would do if it bound the PBX's address). INUSE is WSAEADDRINUSE, DENIED
# WSAEACCES; CHECK is an access check against the first socket's security descriptor,
# which a program of another user fails (DENIED).
FIRST_BINDS = [
    (option, scope)
    for option in ("default", "SO_REUSEADDR", "SO_EXCLUSIVEADDRUSE")
    for scope in ("wildcard", "specific")
]
SECOND_BIND_EXCLUSIVE = {
    "wildcard": ("INUSE", "INUSE", "INUSE", "INUSE", "INUSE", "INUSE"),
    "specific": ("CHECK", "INUSE", "CHECK", "INUSE", "DENIED", "INUSE"),
}
WINSOCK = {"INUSE": WSAEADDRINUSE, "DENIED": WSAEACCES, "CHECK": WSAEACCES}


@pytest.mark.parametrize("first", FIRST_BINDS, ids=lambda first: "-".join(first))
@pytest.mark.parametrize("scope", ["wildcard", "specific"])
def test_a_port_another_program_holds_is_in_use_however_either_side_binds(first, scope):
    answer = SECOND_BIND_EXCLUSIVE[scope][FIRST_BINDS.index(first)]
    code = WINSOCK[answer]
    exc = OSError(code, REFUSALS[code])
    failure = transport.bind_failure(exc, "win32")
    if scope == "wildcard":
        # What the probe does: "in use" from the system itself, holder found or not.
        assert failure is BindFailure.IN_USE
        assert bind_failure_result(PortCheck(5060), failure, None, "win32").outcome is (
            Outcome.PORT_IN_USE
        )
    # Whatever the code, a holder found on the port names the program, even where a
    # reserved range covers the port.
    held = bind_failure_result(
        PortCheck(5060), failure, HOLDER, "win32", (ReservedRange(5000, 5100),)
    )
    assert held.outcome is Outcome.PORT_IN_USE and held.process == HOLDER


def test_other_winsock_errors_are_their_own():
    for code in (10049, 10055, 10022):  # address not available, no buffers, invalid
        failure = transport.bind_failure(OSError(code, "…"), "win32")
        assert failure is BindFailure.OTHER
        result = bind_failure_result(PortCheck(5060), failure, None, "win32")
        assert (result.outcome, result.reason) == (Outcome.INCONCLUSIVE, Reason.BIND_ERROR)


@pytest.mark.parametrize(
    "code", [WSAEADDRINUSE, WSAEACCES], ids=["in-use (documented)", "denied (specific address)"]
)
async def test_a_port_another_program_holds_is_port_in_use(monkeypatch, hold_udp_port, code):
    # 10048 is what the probe's exclusive wildcard bind gets against any holder; 10013
    # would come for a bind to one address against a holder of the wildcard.
    first, second = free_ports(2)
    holder = hold_udp_port(first)
    windows_binds(monkeypatch, {first: code})
    result = await windows_scan([first, second], ReservedReading((ReservedRange(first, first),)))
    denied, other = result.ports
    assert other.outcome is Outcome.PASS
    assert denied.outcome is Outcome.PORT_IN_USE
    assert result.verdict is Verdict.PORT_IN_USE
    assert denied.process is not None and denied.process.pid == holder.pid
    assert denied.commands == (
        f'netstat -ano -p UDP | findstr /I /C:"PID" /C:":{first} "',
        f'tasklist /svc /fi "pid eq {holder.pid}"',
    )


async def test_access_denied_outside_every_reserved_range_is_no_permission(monkeypatch):
    first, second = free_ports(2)
    windows_binds(monkeypatch, {first: WSAEACCES})
    result = await windows_scan([first, second], ReservedReading((ReservedRange(1, 1000),)))
    denied, other = result.ports
    assert (denied.outcome, other.outcome) == (Outcome.NO_PERMISSION, Outcome.PASS)
    assert denied.process is None
    assert result.reserved == ()


async def test_access_denied_in_a_reserved_range_is_port_reserved(monkeypatch):
    ports = free_ports(4)
    reserved_range = ReservedRange(ports[1], ports[2])
    reading = ReservedReading(
        (ReservedRange(1, 10), reserved_range, ReservedRange(ports[3], ports[3], True))
    )
    windows_binds(monkeypatch, {ports[1]: WSAEACCES, ports[2]: WSAEACCES})
    # An unrelated IPv6 socket on a reserved port's number names no holder.
    unrelated = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    unrelated.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
    unrelated.bind(("::", ports[1]))
    try:
        result = await windows_scan(ports, reading)
    finally:
        unrelated.close()
    outcomes = [p.outcome for p in result.ports]
    assert outcomes == [Outcome.PASS, Outcome.PORT_RESERVED, Outcome.PORT_RESERVED, Outcome.PASS]
    assert all(p.process is None and p.commands == () for p in result.ports[1:3])
    # Reserved before the router is even asked: the PBX cannot use these ports either.
    assert result.verdict is Verdict.PORT_RESERVED
    # The ranges that meet the checked ports, the administrator's too (its port bound).
    assert result.reserved == (reserved_range, ReservedRange(ports[3], ports[3], True))
    assert result.as_dict()["reserved_ranges"][0] == {
        "start": ports[1],
        "end": ports[2],
        "administered": False,
    }


async def test_reserved_ranges_are_known_even_when_no_server_answers(monkeypatch):
    windows_binds(monkeypatch, {})
    silent = free_ports(1, start=47000)[0]  # nothing listens there
    reading = ReservedReading((ReservedRange(56000, 56099),))
    settings = ScanSettings(
        [parse_server(f"127.0.0.1:{silent}")],
        timeout=0.2,
        platform="win32",
        reserved_ranges=lambda: reading,
    )
    result = await run_scan("custom", [PortCheck(56050), PortCheck(5060)], settings)
    assert result.verdict is Verdict.STUN_UNREACHABLE
    assert result.ports == ()
    assert result.reserved == (ReservedRange(56000, 56099),)


async def test_a_scan_reads_the_ranges_once_and_survives_a_failing_reader(monkeypatch):
    ports = free_ports(3)
    windows_binds(monkeypatch, dict.fromkeys(ports, WSAEACCES))
    calls = []

    def reader() -> ReservedReading:
        calls.append(1)
        raise OSError("netsh vanished")

    server = await FakeStunServer().start()
    try:
        settings = ScanSettings(
            [parse_server(server.spec)], rate=500, timeout=0.5, platform="win32",
            reserved_ranges=reader,
        )  # fmt: skip
        result = await run_scan("custom", [PortCheck(p) for p in ports], settings)
    finally:
        server.close()
    assert calls == [1]
    assert [p.outcome for p in result.ports] == [Outcome.NO_PERMISSION] * 3
    assert result.reserved == ()


def test_the_default_reader_runs_netsh_on_windows_only(monkeypatch):
    read = []
    monkeypatch.setattr(
        runner, "read_reserved", lambda platform: read.append(platform) or ReservedReading()
    )
    for platform in ("win32", "linux"):
        asyncio.run(
            run_scan(
                "custom",
                [PortCheck(5060)],
                ScanSettings([], platform=platform, host_firewall=None),
            )
        )
    assert read == ["win32", "linux"]  # the reader itself answers "nothing" off Windows


# What psutil.net_connections(kind="udp") returns on Windows 11 with 3CX running
# (reconstructed from psutil's documentation of the fields, not captured).
sconn = namedtuple("sconn", "fd family type laddr raddr status pid")
addr = namedtuple("addr", "ip port")
RECORDED = [
    sconn(-1, socket.AF_INET, socket.SOCK_DGRAM, addr("0.0.0.0", 5060), (), "NONE", 4312),
    sconn(-1, socket.AF_INET, socket.SOCK_DGRAM, addr("0.0.0.0", 9000), (), "NONE", 4312),
    sconn(-1, socket.AF_INET, socket.SOCK_DGRAM, addr("0.0.0.0", 5353), (), "NONE", 2188),
    sconn(-1, socket.AF_INET, socket.SOCK_DGRAM, addr("0.0.0.0", 9001), (), "NONE", 5120),
    sconn(-1, socket.AF_INET6, socket.SOCK_DGRAM, addr("::", 500), (), "NONE", 4),
]
EXES = {
    4312: r"C:\Program Files\3CX Phone System\Bin\3CXPhoneSystem.exe",
    2188: r"C:\Windows\System32\svchost.exe",
    5120: r"C:\Users\tech\Desktop\PBXFirewallWizard.exe",
    4: None,
}


class WindowsService:
    """psutil's WindowsService as ``win_service_iter`` yields it (name, pid)."""

    def __init__(self, name: str, pid: int) -> None:
        self._name, self._pid = name, pid

    def name(self) -> str:
        return self._name

    def pid(self) -> int:
        return self._pid


# win_service_iter() on the same machine: stopped services have pid 0.
SERVICES = [
    WindowsService("Dnscache", 2188),
    WindowsService("NlaSvc", 2188),
    WindowsService("3CXPhoneSystem01", 4312),
    WindowsService("Fax", 0),
]


async def test_holder_lookup_on_windows_output(monkeypatch):
    class Process:
        def __init__(self, pid=None):
            self.pid = pid

        def name(self):
            if self.pid == 4:
                raise psutil.AccessDenied(self.pid)  # psutil does not, but if it did
            return EXES[self.pid].rsplit("\\", 1)[-1]

        def exe(self):
            return EXES[self.pid]

        def cmdline(self):
            return [EXES[self.pid]]

    monkeypatch.setattr(psutil, "net_connections", lambda kind: RECORDED)
    monkeypatch.setattr(psutil, "Process", Process)
    monkeypatch.setattr(psutil, "win_service_iter", lambda: iter(SERVICES), raising=False)
    me = ThisProgram(7000, r"C:\Users\tech\Downloads\PBXFirewallWizard.exe", frozen=True)
    monkeypatch.setattr(holders.ThisProgram, "current", classmethod(lambda cls: me))
    lookup = holders.HolderLookup()
    found = await lookup.find(9000)
    assert found == ProcessInfo(4312, "3CXPhoneSystem.exe")
    assert await lookup.find(5353) == ProcessInfo(2188, "svchost.exe", ("Dnscache", "NlaSvc"))
    assert await lookup.find(9001) == ProcessInfo(5120, "PBXFirewallWizard.exe", (), True)
    assert await lookup.find(500) is None  # IPv6 only
    assert await lookup.find(500, in_use=True) == ProcessInfo(4, None)
    assert await lookup.find(9002) is None
    assert holders.inspect_commands(9000, found.pid, "win32") == (
        'netstat -ano -p UDP | findstr /I /C:"PID" /C:":9000 "',
        'tasklist /svc /fi "pid eq 4312"',
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
