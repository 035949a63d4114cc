"""Finding the program that holds a port, and the commands that show it."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from collections import namedtuple

import psutil

from wizard.engine.holders import HolderLookup, ThisProgram, describe_process, inspect_commands
from wizard.engine.model import ProcessInfo

sconn = namedtuple("sconn", "fd family type laddr raddr status pid")
addr = namedtuple("addr", "ip port")


def udp4(port: int, pid: int | None, ip: str = "0.0.0.0") -> sconn:
    return sconn(-1, socket.AF_INET, socket.SOCK_DGRAM, addr(ip, port), (), "NONE", pid)


def udp6(port: int, pid: int | None, ip: str = "::") -> sconn:
    return sconn(-1, socket.AF_INET6, socket.SOCK_DGRAM, addr(ip, port), (), "NONE", pid)


def named(names: dict[int, str]):
    return lambda pid: ProcessInfo(pid, names.get(pid))


# --- The commands -------------------------------------------------------------------------


def test_windows_commands_carry_the_real_port_and_pid():
    assert inspect_commands(9500, 4, "win32") == (
        'netstat -ano -p UDP | findstr /I /C:"PID" /C:":9500 "',
        'tasklist /svc /fi "pid eq 4"',
    )
    assert inspect_commands(5060, None, "win32")[1] == 'tasklist /svc /fi "pid eq <PID>"'


def test_unix_commands_carry_the_real_port():
    for platform in ("linux", "darwin"):
        assert inspect_commands(5060, 1234, platform) == (
            "ss -lunp 'sport = :5060'",
            "lsof -nP -iUDP:5060",
        )


# ``netstat -ano -p UDP`` as an English and a German Windows print it (reconstructed from
# Microsoft's netstat documentation and public posts, not captured): the header, then one
# row per IPv4 UDP socket, the remote address always ``*:*``.
NETSTAT_EN = """
Active Connections

  Proto  Local Address          Foreign Address        State           PID
  UDP    0.0.0.0:5060           *:*                                    4312
  UDP    0.0.0.0:50600          *:*                                    2188
  UDP    192.168.1.20:15060     *:*                                    5020
  UDP    127.0.0.1:5060         *:*                                    4312
"""
NETSTAT_DE = """
Aktive Verbindungen

  Proto  Lokale Adresse         Remoteadresse          Status           PID
  UDP    0.0.0.0:5060           *:*                                    4312
  UDP    0.0.0.0:50600          *:*                                    2188
  UDP    192.168.1.20:15060     *:*                                    5020
"""


def findstr(command: str, text: str) -> list[str]:
    """What ``findstr /I /C:"a" /C:"b"`` lets through: lines holding any literal string,
    ignoring case (the strings are read from the command itself)."""
    pipeline = command.split("| ", 1)[1]
    assert pipeline.startswith("findstr /I ")
    strings = [part.split('"')[0] for part in pipeline.split('/C:"')[1:]]
    return [line for line in text.splitlines() if any(s.lower() in line.lower() for s in strings)]


def test_the_windows_filter_matches_the_port_exactly_in_english_and_german():
    command = inspect_commands(5060, 4312, "win32")[0]
    for text in (NETSTAT_EN, NETSTAT_DE):
        lines = findstr(command, text)
        assert "PID" in lines[0]  # the header, to read the columns by
        rows = [line.split() for line in lines[1:]]
        assert {row[1].rsplit(":", 1)[1] for row in rows} == {"5060"}  # not 50600, not 15060
        assert {row[-1] for row in rows} == {"4312"}


# --- IPv4 only, and a snapshot per burst ----------------------------------------------------


async def test_an_unrelated_ipv6_socket_names_no_holder():
    rows = [udp4(5060, 4312), udp6(56050, 4), udp6(5060, 4)]
    lookup = HolderLookup(connections=lambda: rows, describe=named({4312: "3CX.exe", 4: "System"}))
    # A reserved port with an IPv6 socket of the same number: no holder.
    assert await lookup.find(56050) is None
    # Where the system said "in use", a dual-stack socket may name the program.
    assert await lookup.find(56050, in_use=True) == ProcessInfo(4, "System")
    # An IPv4 holder comes first.
    assert await lookup.find(5060, in_use=True) == ProcessInfo(4312, "3CX.exe")


async def test_a_socket_whose_process_the_system_would_not_name_is_still_a_holder():
    lookup = HolderLookup(connections=lambda: [udp4(5060, None)], describe=named({}))
    assert await lookup.find(5060) == ProcessInfo(None, None)


async def test_refused_free_ports_are_answered_from_one_snapshot():
    taken = []

    def connections():
        taken.append(1)
        return [udp4(5060, 4312)]

    lookup = HolderLookup(connections=connections, describe=named({4312: "3CX.exe"}))
    # Ports Windows reserves, refused one after another while the scan goes on: a free
    # port in the snapshot is free for all of them, however they come.
    for port in range(56000, 56010):
        assert await lookup.find(port) is None
        await asyncio.sleep(0.06)
    found = await asyncio.gather(*(lookup.find(port) for port in range(56010, 56050)))
    assert found == [None] * 40
    assert lookup.snapshots == len(taken) == 1
    # Held ports are named from the same snapshot.
    assert await lookup.find(5060) == ProcessInfo(4312, "3CX.exe")
    assert lookup.snapshots == 1


async def test_a_snapshot_is_taken_again_once_it_is_old():
    lookup = HolderLookup(0.05, connections=lambda: [], describe=named({}))
    assert await lookup.find(56000) is None
    await asyncio.sleep(0.1)
    assert await lookup.find(56001) is None
    assert lookup.snapshots == 2


async def test_a_port_in_use_taken_after_the_snapshot_is_found_in_a_fresh_one():
    rows = [udp4(5060, 4312)]
    lookup = HolderLookup(connections=lambda: list(rows), describe=named({4312: "3CX.exe"}))
    assert await lookup.find(5061) is None
    rows.append(udp4(5061, 4312))
    await asyncio.sleep(0.1)
    # Refused with "access denied": the snapshot answers.
    assert await lookup.find(5061) is None
    # "In use" says someone holds it: a snapshot older than the failure is looked past,
    # once for every port that failed before the fresh one.
    found = await asyncio.gather(lookup.find(5061, in_use=True), lookup.find(5062, in_use=True))
    assert found == [ProcessInfo(4312, "3CX.exe"), None]
    assert lookup.snapshots == 2


async def test_a_listing_that_fails_finds_no_holder():
    def connections():
        raise psutil.AccessDenied()

    assert await HolderLookup(connections=connections).find(5060) is None


# --- svchost.exe's services -----------------------------------------------------------------


async def test_a_svchost_holder_is_named_by_its_services():
    asked = []

    def services():
        asked.append(1)
        return {2188: ("Dnscache", "NlaSvc"), 1044: ("W32Time",)}

    rows = [udp4(5353, 2188), udp4(123, 1044), udp4(5060, 4312)]
    names = {2188: "svchost.exe", 1044: "svchost.exe", 4312: "3CXPhoneSystem.exe"}
    lookup = HolderLookup(connections=lambda: rows, describe=named(names), services=services)
    assert await lookup.find(5060) == ProcessInfo(4312, "3CXPhoneSystem.exe")
    assert asked == []  # no service list for a program that names itself
    assert await lookup.find(5353) == ProcessInfo(2188, "svchost.exe", ("Dnscache", "NlaSvc"))
    assert await lookup.find(123) == ProcessInfo(1044, "svchost.exe", ("W32Time",))
    assert asked == [1]  # once per snapshot


async def test_a_service_list_that_cannot_be_read_leaves_the_name():
    def services():
        raise OSError(5, "Access is denied")

    lookup = HolderLookup(
        connections=lambda: [udp4(5353, 2188)],
        describe=named({2188: "svchost.exe"}),
        services=services,
    )
    assert await lookup.find(5353) == ProcessInfo(2188, "svchost.exe")


# --- This program ---------------------------------------------------------------------------

FROZEN = ThisProgram(4000, r"C:\Users\tech\Downloads\PBXFirewallWizard.exe", frozen=True)
SOURCES = ThisProgram(4000, "/usr/bin/python3", ("/usr/bin/python3", "-m", "wizard", "check"))


def never():
    raise AssertionError("command line read without need")


def test_this_program_is_known_by_its_pid():
    assert FROZEN.matches(4000, None, never)
    assert SOURCES.matches(4000, "/usr/bin/python3", never)


def test_a_build_is_another_copy_wherever_it_lies():
    assert FROZEN.matches(4100, r"C:\Users\tech\Desktop\PBXFirewallWizard.exe", never)
    assert FROZEN.matches(4100, r"C:\Tools\pbxfirewallwizard.EXE", never)
    assert FROZEN.matches(4100, r"C:\Tools\PBXFirewallWizard-folder\pbxcheck.exe", never)
    assert not FROZEN.matches(4100, r"C:\Program Files\3CX\3CXPhoneSystem.exe", never)
    assert not FROZEN.matches(4100, None, never)


def test_python_is_another_copy_only_when_it_runs_the_wizard():
    python = "/usr/bin/python3"
    assert SOURCES.matches(4100, python, lambda: [python, "-m", "wizard"])
    assert SOURCES.matches(4100, python, lambda: [python, "-X", "utf8", "-m", "wizard", "check"])
    assert not SOURCES.matches(4100, python, lambda: [python, "-c", "import socket"])
    assert not SOURCES.matches(4100, python, lambda: [python, "/opt/sip/tool.py"])
    assert not SOURCES.matches(4100, "/usr/bin/python3.12", never)


def test_a_command_line_that_cannot_be_read_is_not_this_program():
    def denied():
        raise psutil.AccessDenied(4100)

    assert not SOURCES.matches(4100, "/usr/bin/python3", denied)


async def test_lookup_finds_another_process(hold_udp_port):
    holder = hold_udp_port(0)
    # The holder bound port 0; ask the system which port it got.
    port = next(c.laddr.port for c in psutil.Process(holder.pid).net_connections(kind="udp"))
    found = await HolderLookup().find(port)
    assert found is not None
    assert found.pid == holder.pid
    assert found.name == psutil.Process(holder.pid).name()
    assert found.this_program is False  # the same Python, but not running the wizard
    assert found.services == ()


def test_a_real_process_running_the_same_program_is_another_copy(hold_udp_port):
    holder = hold_udp_port(0)
    cmdline = psutil.Process(holder.pid).cmdline()
    same = ThisProgram(os.getpid(), sys.executable, tuple(cmdline))
    other = ThisProgram(os.getpid(), sys.executable, (sys.executable, "-m", "wizard"))
    assert describe_process(holder.pid, same).this_program is True
    assert describe_process(holder.pid, other).this_program is False
    assert describe_process(os.getpid(), other).this_program is True


async def test_lookup_of_a_free_port_is_none():
    assert await HolderLookup().find(1) is None
