"""The port ranges Windows keeps for itself: netsh's answer read, and what a refused bind
in one of them becomes.

The netsh outputs below are reconstructed, not captured on a machine: their layout
follows Microsoft's documentation of ``netsh int ipv4 show excludedportrange`` and the
answers people posted publicly (Stack Overflow "What is Administered port exclusions in
windows 10?", docker/for-win#3171, localsend/localsend#2884, and a French Windows'
answer on pastebin). The German headings are our rendering of what a German Windows
prints and may differ from it word for word; the parser reads only the number lines, so
the point is that headings in another language (and code page) do not matter. The
ranges are typical Hyper-V/WinNAT blocks of 100 ports and an administrator's exclusion
(``*``).
"""

from __future__ import annotations

import subprocess

import pytest

from wizard.engine import reserved
from wizard.engine.model import (
    BindFailure,
    Outcome,
    PortCheck,
    ProcessInfo,
    Reason,
    ReservedRange,
)
from wizard.engine.reserved import (
    NETSH,
    ReservedReading,
    parse_excluded_ranges,
    read_in_thread,
    read_reserved,
)
from wizard.engine.results import bind_failure_result

# English Windows 11 with Hyper-V and WSL: netsh writes CRLF and starts with a blank line.
ENGLISH = (
    b"\r\n"
    b"Protocol udp Port Exclusion Ranges\r\n"
    b"\r\n"
    b"Start Port    End Port\r\n"
    b"----------    --------\r\n"
    b"      5353        5353\r\n"
    b"     50000       50059     *\r\n"
    b"     55923       56022\r\n"
    b"     56023       56122\r\n"
    b"     65002       65002\r\n"
    b"\r\n"
    b"* - Administered port exclusions.\r\n"
    b"\r\n"
)
ENGLISH_RANGES = (
    ReservedRange(5353, 5353),
    ReservedRange(50000, 50059, administered=True),
    ReservedRange(55923, 56022),
    ReservedRange(56023, 56122),
    ReservedRange(65002, 65002),
)

# German Windows Server 2022 with the Hyper-V role, in the console's code page (cp850):
# the "ü" of "Portausschlüsse" is not UTF-8.
GERMAN = (
    "\r\n"
    "Protokoll udp Portausschlussbereiche\r\n"
    "\r\n"
    "Startport    Endport\r\n"
    "----------    --------\r\n"
    "     49709       49808\r\n"
    "     55000       57000     *\r\n"
    "     61234       61333\r\n"
    "\r\n"
    "* - Verwaltete Portausschlüsse.\r\n"
    "\r\n"
).encode("cp850")
GERMAN_RANGES = (
    ReservedRange(49709, 49808),
    ReservedRange(55000, 57000, administered=True),
    ReservedRange(61234, 61333),
)

# French, in the layout of a French Windows' answer posted publicly (pastebin.com/YwHYTQ2s,
# there for tcp): wider rule lines under longer headings, and "é" in cp850.
FRENCH = (
    "\r\n"
    "Protocole udp Plages d'exclusion de ports\r\n"
    "\r\n"
    "Port de début    Port de fin\r\n"
    "-------------    -----------\r\n"
    "      5357        5357\r\n"
    "     50000       50059     *\r\n"
    "\r\n"
    "* - Exclusions de ports administrés.\r\n"
).encode("cp850")
FRENCH_RANGES = (ReservedRange(5357, 5357), ReservedRange(50000, 50059, administered=True))

# No exclusion at all: the table is printed empty.
EMPTY = (
    b"\r\nProtocol udp Port Exclusion Ranges\r\n\r\nStart Port    End Port\r\n"
    b"----------    --------\r\n\r\n* - Administered port exclusions.\r\n\r\n"
)


@pytest.mark.parametrize(
    ("output", "ranges"),
    [(ENGLISH, ENGLISH_RANGES), (GERMAN, GERMAN_RANGES), (FRENCH, FRENCH_RANGES)],
    ids=["en", "de", "fr"],
)
def test_netsh_output_is_read_in_any_language(output, ranges):
    reading = read_reserved("win32", runner=lambda: output)
    assert reading == ReservedReading(ranges)
    assert reading.detail is None


def test_only_number_lines_count():
    text = (
        "Protocol udp Port Exclusion Ranges 2024\n"  # a number in a heading
        "  100 200 300\n"  # three numbers: not a range line
        "  70000 70010\n"  # beyond the last port
        "  6000 5000\n"  # reversed
        "  7000    7009   *  \n"
        "\t8000\t8000\n"
    )
    assert parse_excluded_ranges(text) == (
        ReservedRange(7000, 7009, administered=True),
        ReservedRange(8000, 8000),
    )


@pytest.mark.parametrize("output", [EMPTY, FRENCH.split(b"     5357")[0]], ids=["en", "fr"])
def test_an_empty_table_is_read_as_no_ranges(output):
    assert read_reserved("win32", runner=lambda: output) == ReservedReading()


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (subprocess.TimeoutExpired(list(NETSH), 10), "no answer within 10 s"),
        (subprocess.CalledProcessError(1, list(NETSH)), "exit code 1"),
        (FileNotFoundError(2, "The system cannot find the file specified"), "could not be run"),
        (PermissionError(13, "Access is denied"), "could not be run"),
    ],
)
def test_a_failing_netsh_gives_no_ranges_and_a_detail(failure, words):
    def runner() -> bytes:
        raise failure

    reading = read_reserved("win32", runner=runner)
    assert reading.ranges == ()
    assert reading.detail is not None and words in reading.detail


def test_an_answer_without_a_table_is_not_taken_for_no_ranges():
    # netsh of another Windows version, or an error it printed with exit code 0.
    answer = b"The following command was not found: int ipv4 show excludedportrange.\r\n"
    reading = read_reserved("win32", runner=lambda: answer)
    assert reading.ranges == () and reading.detail is not None


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_other_systems_reserve_nothing_and_run_nothing(platform):
    def runner() -> bytes:
        raise AssertionError("netsh run outside Windows")

    assert read_reserved(platform, runner=runner) == ReservedReading()


def test_netsh_runs_without_a_console_window_or_our_stdin(monkeypatch):
    calls = []

    def run(args, **kwargs):
        calls.append((args, kwargs))
        return subprocess.CompletedProcess(args, 0, ENGLISH, b"")

    monkeypatch.setattr(subprocess, "run", run)
    assert read_reserved("win32").ranges == ENGLISH_RANGES
    (args, kwargs), = calls  # fmt: skip
    assert args == ("netsh", "int", "ipv4", "show", "excludedportrange", "protocol=udp")
    assert kwargs["stdin"] is subprocess.DEVNULL
    assert kwargs["creationflags"] == 0x08000000  # CREATE_NO_WINDOW
    assert kwargs["timeout"] == reserved.NETSH_TIMEOUT
    assert kwargs["check"] is True


def test_a_reading_knows_which_ranges_keep_a_port_from_every_program():
    reading = ReservedReading(ENGLISH_RANGES)
    assert reading.reserved(55923) == ReservedRange(55923, 56022)
    assert reading.reserved(56122) == ReservedRange(56023, 56122)
    assert reading.reserved(50001) is None  # administered: programs may bind it
    assert reading.reserved(5060) is None


def test_the_ranges_that_meet_the_checked_ports():
    reading = ReservedReading(ENGLISH_RANGES)
    swyxware = [*range(55000, 57001), 65002]
    assert reading.meeting(swyxware) == (
        ReservedRange(55923, 56022),
        ReservedRange(56023, 56122),
        ReservedRange(65002, 65002),
    )
    assert reading.meeting([50059, 9000]) == (ReservedRange(50000, 50059, administered=True),)
    assert reading.meeting([5352, 5354, 65001, 65003]) == ()
    assert reading.meeting([]) == ()


async def test_a_provider_that_fails_is_a_reading_without_ranges():
    def provider() -> ReservedReading:
        raise RuntimeError("injected failure")

    reading = await read_in_thread(provider)
    assert reading.ranges == ()
    assert reading.detail == "RuntimeError: injected failure"


# --- What a refused bind becomes ------------------------------------------------------------

RANGES = (ReservedRange(56000, 56099), ReservedRange(50000, 50059, administered=True))
HOLDER = ProcessInfo(4312, "3CXPhoneSystem.exe")


@pytest.mark.parametrize(
    ("port", "failure", "holder", "outcome", "reason"),
    [
        # Denied, nobody holds it, Windows lists it: reserved.
        (56050, BindFailure.NO_PERMISSION, None, Outcome.PORT_RESERVED, None),
        # Denied, but an IPv4 socket holds it: that program keeps it.
        (56050, BindFailure.NO_PERMISSION, HOLDER, Outcome.PORT_IN_USE, None),
        # An administrator's exclusion lets programs bind: something else denied it.
        (50010, BindFailure.NO_PERMISSION, None, Outcome.NO_PERMISSION, None),
        # Outside every range.
        (5060, BindFailure.NO_PERMISSION, None, Outcome.NO_PERMISSION, None),
        # "In use" is in use, range or not.
        (56050, BindFailure.IN_USE, None, Outcome.PORT_IN_USE, None),
        # Anything else is its own error, never "no permission", never a holder's.
        (56050, BindFailure.OTHER, None, Outcome.INCONCLUSIVE, Reason.BIND_ERROR),
        (5060, BindFailure.OTHER, HOLDER, Outcome.INCONCLUSIVE, Reason.BIND_ERROR),
    ],
)
def test_a_refused_bind(port, failure, holder, outcome, reason):
    result = bind_failure_result(PortCheck(port), failure, holder, "win32", RANGES)
    assert (result.outcome, result.reason) == (outcome, reason)
    if outcome is Outcome.PORT_IN_USE:
        assert result.process == holder
        assert result.commands[0] == f'netstat -ano -p UDP | findstr /I /C:"PID" /C:":{port} "'
    else:
        assert result.process is None and result.commands == ()


def test_without_the_ranges_a_denied_port_stays_no_permission():
    result = bind_failure_result(PortCheck(56050), BindFailure.NO_PERMISSION, None, "win32")
    assert result.outcome is Outcome.NO_PERMISSION
