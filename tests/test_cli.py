"""The headless command as a technician and the acceptance checks run it."""

from __future__ import annotations

import asyncio
import io
import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest
import routerresults as rr
from modelresults import NAME_NOT_FOUND, lossy_rerun, model_result, unresolved_result
from natmodel import WAN_IP, Router, World, forwarded
from netutil import free_ports
from responderresults import FOUND, mixed, sip_alg_only, tcp_only_failing, unusable

from wizard.catalog import get_product
from wizard.cli import _has_display
from wizard.engine.model import (
    LifetimeProgress,
    Outcome,
    Phase,
    PhaseStarted,
    PortCheck,
    PortDone,
    PortResult,
    ProcessInfo,
    RateChanged,
    Reason,
    Requirement,
    ResponderError,
    ScanFinished,
    ScanResult,
    ScanStarted,
    ServerError,
    SipChange,
    Verdict,
)
from wizard.progress import Progress
from wizard.summary import print_summary
from wizard.words import (
    explain_outcome,
    explain_verdict,
    link_warnings,
    reason_label,
    server_error_text,
    verdict_message,
)

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args], capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["check", "--product", "nosuch"], "known products: 3cx, swyxware, pbxact, custom"),
        (["check", "--product", "3cx", "--ports", "9000-70000"], "port 70000 is outside 1–65535"),
        (["check", "--product", "3cx", "--ports", "0"], "port 0 is outside 1–65535"),
        (["check", "--product", "3cx", "--ports", "9019-9000"], "reversed"),
        (["check", "--product", "3cx", "--ports", "50x0"], "'50x0' is not a port number"),
        (["check", "--product", "3cx", "--ports", ""], "no ports given"),
        (["check", "--product", "3cx", "--stun", "stun..bad:3478"], "not a host name"),
        (["check", "--product", "3cx", "--stun", "stun.example:99999"], "outside 1–65535"),
        (["check", "--product", "3cx", "--rate", "0"], "--rate"),
        (["check", "--product", "3cx", "--rate", "1e-9"], "must be from 1 to 10000"),
        (["check", "--product", "3cx", "--rate", "nan"], "--rate"),
        (["check", "--product", "3cx", "--timeout", "1e-9"], "must be from 0.2 to 60"),
        (["check", "--product", "3cx", "--timeout", "abc"], "--timeout"),
        (
            ["check", "--product", "3cx", "--pbx-address", "192.168.1.300"],
            "'192.168.1.300' is not an IPv4 address",
        ),
        *(
            (["check", "--product", "3cx", "--pbx-address", text], "cannot be the PBX's address")
            for text in ("0.0.0.0", "127.0.0.1", "255.255.255.255", "169.254.1.1", "224.0.0.1")
        ),
        (["check", "--product", "swyxware", "--product-version", "9"], "5.00, 5.01"),
        (["check", "--product", "custom"], "--ports"),
        (["check"], "--product"),
        (["frobnicate"], "frobnicate"),
        (["check", "--product", "3cx", "--report", "x.txt"], "'x.txt': unknown report type"),
        (
            ["check", "--product", "3cx", "--report", "/nonexistent/x.pdf"],
            "cannot write '/nonexistent/x.pdf': No such file or directory",
        ),
        # The responder: its address read as --stun's, and what only makes sense with it.
        (["check", "--product", "3cx", "--responder", ""], "give the responder's address"),
        (["check", "--product", "3cx", "--responder", " "], "give the responder's address"),
        (["check", "--product", "3cx", "--responder", "r..bad"], "not a host name"),
        (["check", "--product", "3cx", "--responder", "r.example:99999"], "outside 1–65535"),
        (["check", "--product", "3cx", "--responder", "r.example:x"], "is not a number"),
        (["check", "--product", "3cx", "--responder", "[2001:db8::1]:3480"], "over IPv4"),
        (["check", "--product", "3cx", "--responder", "[2001:db8::1"], "missing ']'"),
        (["check", "--product", "3cx", "--tcp-ports", "22"], "--tcp-ports needs --responder"),
        # The router's WAN address as typed, and the lifetime test's limit.
        (
            ["check", "--product", "3cx", "--router-wan", "100.64.0"],
            "argument --router-wan: '100.64.0' is not an IPv4 address such as 100.64.0.2",
        ),
        (
            ["check", "--product", "3cx", "--router-wan", "fritz.box"],
            "'fritz.box' is not an IPv4 address",
        ),
        (["check", "--product", "3cx", "--router-wan", ""], "'' is not an IPv4 address"),
        (["check", "--product", "3cx", "--router-wan", "2001:db8::1"], "not an IPv4 address"),
        *(
            (
                ["check", "--product", "3cx", "--router-wan", text],
                f"{text} cannot be a router's internet address",
            )
            for text in ("0.0.0.0", "127.0.0.1", "255.255.255.255", "239.1.1.1")
        ),
        (
            ["check", "--product", "3cx", "--mapping-lifetime", "5"],
            "argument --mapping-lifetime: must be from 10 to 600",
        ),
        (["check", "--product", "3cx", "--mapping-lifetime", "601"], "must be from 10 to 600"),
        (
            ["check", "--product", "3cx", "--mapping-lifetime", "2min"],
            "must be a number, not '2min'",
        ),
        (
            ["check", "--product", "3cx", "--responder-secret-file", "/etc/hostname"],
            "--responder-secret-file needs --responder",
        ),
        (
            ["check", "--product", "3cx", "--responder", "r.example", "--tcp-ports", "0-10"],
            "port 0 is outside 1–65535",
        ),
        (
            ["check", "--product", "3cx", "--responder", "r.example", "--tcp-ports", "22,"],
            "empty item",
        ),
        (
            [
                "check",
                "--product",
                "3cx",
                "--responder",
                "r.example",
                "--responder-secret-file",
                "/nonexistent/secret",
            ],
            "cannot read the responder's secret from '/nonexistent/secret': No such file",
        ),
        (
            [
                "check",
                "--product",
                "3cx",
                "--responder",
                "r.example",
                "--responder-secret-file",
                "/",
            ],
            "cannot read the responder's secret from '/': Is a directory",
        ),
        (
            [
                "check",
                "--product",
                "3cx",
                "--responder",
                "r.example",
                "--responder-secret-file",
                "/dev/null",
            ],
            "'/dev/null' is empty",
        ),
        (
            [
                "check",
                "--product",
                "3cx",
                "--responder",
                "r.example",
                "--responder-secret-file",
                "/dev/zero",
            ],
            "'/dev/zero' is longer than a secret can be (4096 bytes)",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, words):
    done = run(*args)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    assert words in lines[0]
    assert "Traceback" not in done.stderr


def test_json_contract_on_success(coturn):
    ports = free_ports(5)
    spec = f"{ports[0]}-{ports[-1]}"
    done = run(
        "check",
        "--product",
        "3cx",
        "--stun",
        coturn.spec,
        "--ports",
        spec,
        "--json",
        "--rate",
        "500",
        "--timeout",
        "0.5",
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)  # exactly one JSON document
    assert {"verdict", "message", "product", "stun", "nat", "ports", "elapsed_s"} <= set(document)
    assert document["verdict"] == "success"
    assert document["product"] == "3cx"
    assert document["message"]
    assert document["stun"][0]["server"] == coturn.spec
    assert document["stun"][0]["addresses"] == [coturn.spec]
    assert document["stun"][0]["other_address"] == f"127.0.0.2:{coturn.port + 1}"
    assert document["stun"][0]["error"] is None
    assert document["nat"] == {
        "public_ip": "127.0.0.1",
        "mapping": "endpoint-independent",
        "filtering": "endpoint-independent",
        "port_preserving": True,
    }
    assert [p["port"] for p in document["ports"]] == ports
    first = document["ports"][0]
    assert first["protocol"] == "udp"
    assert first["outcome"] == "pass"
    assert first["mapped"] == f"127.0.0.1:{ports[0]}"
    assert (first["test1"], first["test2"], first["process"]) == (True, True, None)
    assert isinstance(document["elapsed_s"], float)
    # The 3CX TCP ports are listed as checks for a person only when no --ports narrows it.
    assert document["manual_checks"] == []


def test_port_in_use_exit_1_with_process_and_commands(coturn, hold_udp_port):
    ports = free_ports(3)
    holder = hold_udp_port(ports[1])
    done = run(
        "check",
        "--product",
        "custom",
        "--stun",
        coturn.spec,
        "--ports",
        f"{ports[0]}-{ports[-1]}",
        "--json",
        "--rate",
        "500",
        "--timeout",
        "0.5",
    )
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout)
    assert document["verdict"] == "port_in_use"
    held = document["ports"][1]
    assert held["outcome"] == "port_in_use"
    assert held["process"]["pid"] == holder.pid
    assert held["process"]["name"]
    assert held["commands"] == [f"ss -lunp 'sport = :{ports[1]}'", f"lsof -nP -iUDP:{ports[1]}"]


def test_readable_summary(coturn, hold_udp_port):
    ports = free_ports(6)
    hold_udp_port(ports[5])
    done = run(
        "check",
        "--product",
        "3cx",
        "--stun",
        coturn.spec,
        "--ports",
        f"{ports[0]}-{ports[-1]}",
        "--rate",
        "500",
        "--timeout",
        "0.5",
    )
    assert done.returncode == 1
    out = done.stdout
    # Five neighbouring passing ports fold into one line; the held one stands alone.
    assert f"{ports[0]}-{ports[4]}" in out
    assert f"ss -lunp 'sport = :{ports[5]}'" in out
    assert "PID" in out
    assert "Traceback" not in done.stderr


HOSTILE_NAME = "<script>x"  # a process may call itself anything (Linux: up to 15 bytes)


def test_reports_from_the_command_line_headless_and_escaped(coturn, tmp_path):
    """A check that writes all three reports, with no display at all: the PDF comes from
    Qt's offscreen platform, which the tool picks itself. A program that holds a port
    under a hostile name comes out as text everywhere."""
    ports = free_ports(3)
    code = (
        "import ctypes, socket, time\n"
        f"ctypes.CDLL(None).prctl(15, {HOSTILE_NAME.encode()!r}, 0, 0, 0)\n"  # PR_SET_NAME
        "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
        f"s.bind(('0.0.0.0', {ports[1]}))\n"
        "print('bound', flush=True)\n"
        "time.sleep(600)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "bound"
        environ = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
        done = subprocess.run(
            [
                sys.executable, "-m", "wizard", "check", "--product", "custom",
                "--stun", coturn.spec, "--ports", f"{ports[0]}-{ports[-1]}",
                "--rate", "500", "--timeout", "0.5",
                "--report", str(tmp_path / "r.html"), "--report", str(tmp_path / "r.pdf"),
                "--report=" + str(tmp_path / "r.json"),
            ],
            capture_output=True, text=True, timeout=120, env=environ,
        )  # fmt: skip
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert f"{HOSTILE_NAME} (PID {holder.pid})" in done.stdout  # plain text in a terminal
    for name in ("r.html", "r.pdf", "r.json"):
        assert f"Report written to {tmp_path / name}" in done.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script" not in page
    assert "&lt;script&gt;x" in page
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    document = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert document["verdict"] == "port_in_use"
    assert document["ports"][1]["process"] == {
        "pid": holder.pid,
        "name": HOSTILE_NAME,
        "services": [],
        "this_program": False,
    }


def test_a_report_that_cannot_be_written_after_the_check_is_one_line_and_exit_2(coturn, tmp_path):
    full = tmp_path / "full.html"
    full.symlink_to("/dev/full")  # a disk with no room left
    ports = free_ports(2)
    done = run(
        "check", "--product", "custom", "--stun", coturn.spec,
        "--ports", f"{ports[0]}-{ports[1]}", "--rate", "500", "--timeout", "0.5",
        "--report", str(full),
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        f"error: could not write {full}: No space left on device"
    )
    assert "Traceback" not in done.stderr


# The check command with Hyper-V's ranges injected: netsh's answer is tested on its own
# (tests/engine/test_reserved.py); here the engine gets the reading from the scan's
# reader, and the ports in the range are refused with "access denied", as Windows
# refuses them. In a process of its own, as a technician runs it.
RESERVED_CHECK = """
import errno, sys
from wizard.cli import main
from wizard.engine import runner
from wizard.engine.model import ReservedRange
from wizard.engine.reserved import ReservedReading

taken = ReservedRange(int(sys.argv[1]), int(sys.argv[2]))
reading = ReservedReading((ReservedRange(1, 100), taken))
runner.read_reserved = lambda platform: reading
real = runner.open_probe_socket

def open_probe_socket(port, host="0.0.0.0", platform=sys.platform):
    if port in taken:
        raise PermissionError(errno.EACCES, "Permission denied")
    return real(port, host, platform)

runner.open_probe_socket = open_probe_socket
sys.exit(main(sys.argv[3:]))
"""


def test_a_reserved_range_shows_its_verdict_and_the_fix(coturn, tmp_path):
    ports = free_ports(4, start=43500)  # away from the ports other tests hold
    report = tmp_path / "r.json"
    done = subprocess.run(
        [
            sys.executable, "-c", RESERVED_CHECK, str(ports[1]), str(ports[2]),
            "check", "--product", "custom", "--stun", coturn.spec,
            "--ports", f"{ports[0]}-{ports[-1]}", "--rate", "500", "--timeout", "0.5",
            "--report", str(report),
        ],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path)},  # a contact log of its own
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    out = done.stdout
    assert verdict_message(Verdict.PORT_RESERVED) in out
    assert "This computer:" in out
    assert f"! Ports {ports[1]}–{ports[2]} are reserved by Windows" in out
    assert "      net stop winnat" in out
    assert (
        "      netsh int ipv4 add excludedportrange protocol=udp "
        f"startport={ports[0]} numberofports=4 store=persistent"
    ) in out
    document = json.loads(report.read_text(encoding="utf-8"))
    assert document["verdict"] == "port_reserved"
    assert [p["outcome"] for p in document["ports"]] == [
        "pass", "port_reserved", "port_reserved", "pass"
    ]  # fmt: skip
    assert document["reserved_ranges"] == [
        {"start": ports[1], "end": ports[2], "administered": False}
    ]


def test_control_characters_from_the_machine_do_not_reach_the_terminal():
    holder = ProcessInfo(4312, "evil\x1b]0;owned\x07\x1b[2J")
    result = model_result(World(), checks([5060]), held={5060: holder}, platform="linux")
    text = summary(result)
    assert "\x1b" not in text and "\x07" not in text
    assert "evil?]0;owned??[2J (PID 4312)" in text


def test_products_and_ports_listing():
    products = run("products")
    assert products.returncode == 0
    assert [line.split()[0] for line in products.stdout.splitlines() if line[:1].strip()] == [
        "3cx",
        "swyxware",
        "pbxact",
        "custom",
    ]
    ports = run("ports", "--product", "swyxware", "--product-version", "5.00", "--json")
    rules = json.loads(ports.stdout)["rules"]
    assert "56000-57000" in [r["ports"] for r in rules]
    assert "55000-56000" not in [r["ports"] for r in rules]
    text = run("ports", "--product", "pbxact").stdout
    assert "22" in text and "SSH" in text


def test_version_flag():
    done = run("--version")
    assert done.returncode == 0 and "PBX Firewall Wizard" in done.stdout


# --- What a technician reads, from results the engine assembles from the NAT model -------


def checks(ports) -> list[PortCheck]:
    return [PortCheck(number, Requirement.FULL_CONE) for number in ports]


def port(number: int, outcome: Outcome) -> PortResult:
    """A port's row for the progress events (no verdict anywhere)."""
    return PortResult(number, Requirement.FULL_CONE, outcome, None, True, None)


def summary(result: ScanResult) -> str:
    out = io.StringIO()
    print_summary(result, get_product("3cx"), None, out)
    return out.getvalue()


def inconclusive() -> ScanResult:
    result = lossy_rerun(range(9000, 9016), range(9010, 9014), unfit="stun.other.example:3478")
    assert result.verdict is Verdict.INCONCLUSIVE
    return result


def row(text: str, ports: str) -> list[str]:
    """The cells of the port table's row for these ports, split where the columns are."""
    line = next(line for line in text.splitlines() if line.startswith(ports + " "))
    return [cell for cell in line.split("  ") if cell.strip()]


def test_summary_gives_inconclusive_ports_their_reason():
    text = summary(inconclusive())
    assert verdict_message(Verdict.INCONCLUSIVE) in text
    assert explain_verdict(Verdict.INCONCLUSIVE).summary in text
    cells = [cell.strip() for cell in row(text, "9010-9013")]
    assert cells[1] == "Not conclusive"
    assert cells[-1] == reason_label(Reason.RECENT_CONTACT)
    about = explain_outcome(Outcome.INCONCLUSIVE, reason=Reason.RECENT_CONTACT)
    assert about.summary in text
    assert f"  • {about.steps[0]}" in text
    assert "The link was losing packets" not in text  # the outage was waited out
    assert server_error_text(ServerError.SECOND_ADDRESS_UNREACHABLE) in text


def test_summary_has_a_link_block_after_the_nat_block_with_warnings():
    result = inconclusive()
    text = summary(result)
    lines = text.splitlines()
    start = lines.index("Link to the STUN server:")
    assert lines.index(f"Public IP address: {WAN_IP}") < start
    block = lines[start + 1 : start + 10]
    # A 340 ms path that dropped out for four seconds: the model has no jitter.
    link = result.link
    assert link is not None and link.loss_pct > 1 and link.slowed_down > 0
    answered = f"{link.controls_answered} of {link.controls_sent} control requests answered"
    assert f"  Packet loss: {link.loss_pct:.1f} % ({answered})" in block
    assert "  Round trip: typically 340 ms, 95 % of answers within 340 ms" in block
    assert "  Jitter: 0.0 ms" in block
    reached = f"{link.rate_reached:.0f} requests a second (at most 50 allowed)"
    assert f"  Request rate: {reached}" in block
    paused = f"and paused for {link.paused_s:.1f} s"
    assert any(line.startswith(f"  Slowed down: {link.slowed_down}×, {paused}") for line in block)
    warnings = [line for line in block if line.startswith("  ! ")]
    assert result.link is not None
    assert warnings == [f"  ! {warning}" for warning in link_warnings(result.link)]
    assert "more than 1 %" in warnings[0] and "G.114" in warnings[1] and len(warnings) == 2


def test_a_good_link_gets_figures_and_no_warning():
    world = World(Router(forwards=forwarded(range(9000, 9010))))
    text = summary(model_result(world, checks(range(9000, 9010))))
    assert "  Packet loss: 0.0 % (24 of 24 control requests answered)" in text
    assert "  Jitter: 0.0 ms" in text
    assert "  ! " not in text
    assert "Slowed down" not in text
    unresolved = unresolved_result({"stun.nowhere.invalid:3478": NAME_NOT_FOUND})
    assert "Link to the STUN server" not in summary(unresolved)


class FakeTerminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def long_ago(progress: Progress) -> Progress:
    progress.started -= 60  # as if the scan had run a minute
    return progress


def test_progress_names_the_retest_and_each_slow_down():
    out = FakeTerminal(tty=False)
    progress = long_ago(Progress(out))
    progress(ScanStarted(2000))
    progress(PhaseStarted(Phase.SCAN, 2000))
    progress(RateChanged(50.0, paused=False))  # the first pace: nothing to say
    progress(RateChanged(25.0, paused=False))
    progress(RateChanged(12.5, paused=False))  # a few seconds after the last: folded
    progress(PhaseStarted(Phase.RETEST, 14))
    lines = out.getvalue().splitlines()
    assert lines == [
        "Slowed to 25 requests a second: the server or the link dropped control requests",
        "Retesting 14 ports slowly…",
    ]
    progress.last_rate -= 60
    progress(RateChanged(6.0, paused=True))
    assert out.getvalue().splitlines()[-1].startswith("Paused: the server or the link")
    progress.last_rate -= 60
    progress(RateChanged(50.0, paused=False))  # back up: nothing to warn about
    assert out.getvalue().splitlines()[-1].startswith("Paused: the server or the link")


def test_progress_stays_quiet_in_a_short_scan():
    out = FakeTerminal(tty=True)
    progress = Progress(out)
    progress(ScanStarted(5))
    progress(PhaseStarted(Phase.SCAN, 5))
    progress(RateChanged(50.0, paused=False))
    progress(RateChanged(10.0, paused=False))
    progress(PhaseStarted(Phase.RETEST, 0))
    progress(PortDone(port(9000, Outcome.PASS), 5, 5))
    progress.finish()
    assert out.getvalue() == ""


async def test_a_retest_that_outlasts_the_quiet_time_is_announced_then():
    out = FakeTerminal(tty=False)
    progress = Progress(out, quiet_for=0.2)
    progress(PhaseStarted(Phase.RETEST, 3))
    assert out.getvalue() == ""  # too early to say anything
    await asyncio.sleep(0.3)
    assert out.getvalue() == "Retesting 3 ports slowly…\n"


async def test_a_retest_in_a_scan_that_ends_soon_stays_unsaid():
    out = FakeTerminal(tty=False)
    progress = Progress(out, quiet_for=0.2)
    progress(PhaseStarted(Phase.RETEST, 3))
    progress(ScanFinished(inconclusive()))  # done before the quiet time ran out
    await asyncio.sleep(0.3)
    progress.finish()
    assert out.getvalue() == ""


def test_the_wizard_without_a_display_points_to_the_command_line(tmp_path):
    # A server without a desktop: Qt would abort the process; the tool says what to do.
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env["XDG_STATE_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "wizard", "--lang", "de"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("Fehler:") and "python -m wizard check --product" in line
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("environ", "platform", "shown"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({"DISPLAY": ""}, "freebsd14", False),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_when_there_is_a_display(environ, platform, shown):
    assert _has_display(environ, platform) is shown


def test_checking_every_port_leaves_none_for_the_check_itself():
    done = run("check", "--product", "custom", "--ports", "1-65535", "--stun", "127.0.0.1:9")
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.strip().splitlines()[-1:]
    assert line.startswith("error: ") and "check fewer ports" in line
    assert "Traceback" not in done.stderr


def test_checking_the_systems_own_port_range_still_finds_a_port_for_the_check():
    # Linux hands out 32768-60999 for ports a program does not choose; the check's own
    # port then comes from outside the checked ones.
    done = run(
        "check", "--product", "custom", "--ports", "32768-60999",
        "--stun", "127.0.0.1:9", "--timeout", "0.2", "--json",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert json.loads(done.stdout)["verdict"] == "stun_unreachable"


# --- With a responder ----------------------------------------------------------------------


def check_with(monkeypatch, tmp_path, result: ScanResult, *args: str) -> tuple[int, dict]:
    """``check`` in this process with the engine's scan replaced: it records what the
    command asked for and returns ``result``, as the engine would after its scan."""
    from wizard import cli
    from wizard.engine import runner

    asked: dict = {}

    async def run_scan(product, checks, settings, on_event=None, manual=()):
        asked.update(product=product, checks=checks, settings=settings, manual=tuple(manual))
        return result

    monkeypatch.setattr(runner, "run_scan", run_scan)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))  # a contact log of its own
    code = cli._check(cli.build_parser().parse_args(["check", *args]))
    return code, asked


def test_check_asks_the_responder_for_the_products_tcp_ports_and_its_sip_port(
    monkeypatch, tmp_path, capsys
):
    from wizard.engine.witness import ResponderSettings

    secret = tmp_path / "secret"
    secret.write_bytes(b"  s3cr3t-of-the-team\n")
    code, asked = check_with(
        monkeypatch, tmp_path, tcp_only_failing(),
        "--product", "pbxact", "--responder", "responder.example.net",
        "--responder-secret-file", str(secret),
    )  # fmt: skip
    assert code == 1
    assert asked["settings"].responder == ResponderSettings(
        spec="responder.example.net:3480",  # the default control port
        secret=b"s3cr3t-of-the-team",
        tcp_ports=(22,),  # the required TCP rules; the recommended stay checks by hand
        sip_port=5060,
        sip_tcp=False,  # PBXact takes SIP over UDP only
    )
    # The plan: the required TCP rule is the responder's to test, the rest a person's.
    assert [str(rule.ports) for rule in asked["manual"]] == ["2001", "50001", "50003", "5222"]
    out = capsys.readouterr().out
    assert "22/TCP" in out and "refused on the way" in out
    # It tested 22 only: the other TCP rules go back to a person.
    manual = out[out.index("Check by hand (the check did not test these):") :]
    assert [line.split(":")[0].strip() for line in manual.splitlines()[1:5]] == [
        "TCP 2001",
        "TCP 50001",
        "UDP and TCP 50003",
        "TCP 5222",
    ]
    assert "TCP 22:" not in manual


def test_check_with_given_tcp_ports_and_a_product_sip_port(monkeypatch, tmp_path):
    _, asked = check_with(
        monkeypatch, tmp_path, unusable(ResponderError.BUSY),
        "--product", "swyxware", "--responder", "198.51.100.9:4000", "--tcp-ports", "5061,5060",
    )  # fmt: skip
    responder = asked["settings"].responder
    assert (responder.spec, responder.secret, responder.tcp_ports) == (
        "198.51.100.9:4000",
        None,
        (5060, 5061),
    )
    assert (responder.sip_port, responder.sip_tcp) == (65002, False)
    _, asked = check_with(
        monkeypatch, tmp_path, unusable(ResponderError.BUSY),
        "--product", "3cx", "--ports", "5060", "--responder", "r.example:3480",
    )  # fmt: skip
    # --ports names exactly what to check: no TCP port unless --tcp-ports names some.
    assert asked["settings"].responder.tcp_ports == ()
    assert asked["settings"].responder.sip_tcp is True  # 3CX's 5060/TCP rule


def test_check_without_a_responder_asks_for_none(monkeypatch, tmp_path):
    _, asked = check_with(monkeypatch, tmp_path, unusable(ResponderError.BUSY), "--product", "3cx")
    assert asked["settings"].responder is None
    assert [check.ports for check in asked["manual"]] == ["5060", "5061", "5090", "5001", "443",
                                                          "5000"]  # fmt: skip


def test_the_json_carries_tcp_ports_witnesses_and_the_sip_alg(monkeypatch, tmp_path, capsys):
    code, _ = check_with(
        monkeypatch, tmp_path, mixed(), "--product", "3cx", "--responder", "r.example", "--json"
    )
    assert code == 1
    document = json.loads(capsys.readouterr().out)
    by_port = {(p["port"], p["protocol"]): p for p in document["ports"]}
    assert by_port[(5090, "udp")]["test2_by"] == "responder"
    assert by_port[(5060, "udp")]["test2_by"] == "both"
    refused = by_port[(5090, "tcp")]
    assert (refused["outcome"], refused["tcp_seen"], refused["responder"]) == (
        "not_forwarded", "refused", False
    )  # fmt: skip
    assert by_port[(443, "tcp")]["process"]["name"] == "nginx"
    assert document["sip_alg"]["detected"] is True
    assert document["sip_alg"]["changed"][0] == {
        "part": "via",
        "sent": "SIP/2.0/UDP 192.168.1.10:5060;branch=z9hG4bK776asdhds;rport",
        "received": "SIP/2.0/UDP 203.0.113.7:5060;branch=z9hG4bK776asdhds;rport",
        "transport": "udp",
    }
    assert document["responder"]["server"] == "responder.example.net:3480"
    # 5000/TCP could not be traced: its rule is still a check by hand; the others are gone.
    assert [m["ports"] for m in document["manual_checks"]] == ["5000"]


def test_summary_shows_tcp_rows_witnesses_and_what_was_seen_from_outside():
    text = summary(mixed())
    header = next(line for line in text.splitlines() if line.startswith("Port "))
    assert "Test 2 by" in header
    assert [c.strip() for c in row(text, "5090")] == [
        "5090", "Passed", "203.0.113.7:5090", "ok", "ok", "responder"
    ]  # fmt: skip
    assert [c.strip() for c in row(text, "5090/TCP")] == [
        "5090/TCP", "Not forwarded", "–", "–", "failed", "–", "refused on the way"
    ]  # fmt: skip
    assert row(text, "5001/TCP")[-1].strip() == "another device answered"
    assert row(text, "443/TCP")[-1].strip() == "nginx (PID 812)"
    lines = text.splitlines()
    outside = lines.index("Seen from outside (responder):")
    assert lines[outside + 1] == "  ! The router rewrites SIP messages (SIP ALG)"
    assert "    • DrayTek Vigor: typically NAT > ALG, where the SIP entry is switched off." in lines
    assert "    UDP: the Via header (where answers go)" in lines
    assert "      SIP/2.0/UDP 192.168.1.10:5060;branch=z9hG4bK776asdhds;rport" in lines
    assert "    → SIP/2.0/UDP 203.0.113.7:5060;branch=z9hG4bK776asdhds;rport" in lines
    assert "    TCP: a header it added" in lines
    # Each TCP failure is explained by what became of the connection, under its own title.
    for title, ports in [
        ("Another device answers on this TCP port", "5001/TCP"),
        ("TCP connection dropped on the way", "5061/TCP"),
        ("TCP connection refused on the way", "5090/TCP"),
        ("The responder's connection could not be traced", "5000/TCP"),
    ]:
        assert f"{title} — ports {ports}" in lines
    # Both witnesses missed the one UDP port that failed.
    assert "Neither the answer from the STUN server's second address nor the responder" in text


def test_summary_of_a_check_with_stun_alone_keeps_its_columns():
    text = summary(inconclusive())
    header = next(line for line in text.splitlines() if line.startswith("Port "))
    assert "Test 2 by" not in header
    assert "Seen from outside" not in text


def test_summary_of_tcp_failures_alone_gives_tcp_steps_once():
    text = summary(tcp_only_failing())
    steps = text[text.index("What to do:") :]
    assert "  1. On the router or firewall, forward each failing TCP port" in steps
    assert "UDP port" not in steps
    refused = steps[steps.index("TCP connection refused on the way — ports 22/TCP") :]
    assert "If the forward exists, check that it points at this computer" in refused


def test_summary_says_the_responder_could_not_be_used():
    text = summary(unusable(ResponderError.UNAUTHORIZED, "bad mac"))
    lines = text.splitlines()
    outside = lines.index("Seen from outside (responder):")
    assert lines[outside + 1] == "  ! The responder could not be used"
    assert "asks for a shared secret" in lines[outside + 2] and "(bad mac)" in lines[outside + 2]
    assert "--responder-secret-file" in lines[outside + 3]
    # No SIP ALG note on top: the responder's own note says it ran without it.
    assert "SIP helper rewrites" not in text and "could not be told" not in text


def test_a_long_sip_body_stays_on_one_line_of_the_terminal():
    body = "v=0\r\n" + "a=x\r\n" * 200
    change = SipChange("body", body, "\x1b]0;owned\x07" + body.replace("x", "y"))
    result = replace(sip_alg_only(), sip_alg=replace(FOUND, changed=(change,)))
    lines = summary(result).splitlines()
    (sent,) = [line for line in lines if line.startswith("      v=0↵a=x↵")]
    assert len(sent) == 6 + 200 and sent.endswith("…")
    assert "\r" not in summary(result)
    # The network's text cannot drive the terminal.
    assert "    → ?]0;owned?v=0↵a=y↵" in lines[lines.index(sent) + 1]
    assert "\x1b" not in summary(result) and "\x07" not in summary(result)


def test_progress_names_the_responder_and_the_sip_alg_test():
    out = FakeTerminal(tty=False)
    progress = long_ago(Progress(out))
    progress(PhaseStarted(Phase.RESPONDER, 12))
    progress(PhaseStarted(Phase.SIP_ALG, 1))
    assert out.getvalue().splitlines() == [
        "The responder tests 12 ports from outside…",
        "Testing whether a SIP helper rewrites SIP messages…",
    ]


# --- The router, hairpin NAT and the mapping lifetime ---------------------------------------


def test_check_asks_the_router_and_tests_hairpin_unless_told_not_to(monkeypatch, tmp_path):
    from wizard.engine.gateway import RouterSettings

    _, asked = check_with(monkeypatch, tmp_path, rr.dmz(), "--product", "3cx")
    settings = asked["settings"]
    # 3CX's required inbound TCP port (5090, its tunnel) is asked about too.
    assert settings.router == RouterSettings(typed_wan=None, ask_router=True, tcp_ports=(5090,))
    assert (settings.hairpin, settings.mapping_lifetime) == (True, None)

    _, asked = check_with(
        monkeypatch, tmp_path, rr.dmz(), "--product", "3cx", "--router-wan", " 100.64.0.2 ",
        "--no-hairpin", "--mapping-lifetime",
    )  # fmt: skip
    settings = asked["settings"]
    assert settings.router == RouterSettings("100.64.0.2", ask_router=True, tcp_ports=(5090,))
    assert (settings.hairpin, settings.mapping_lifetime) == (False, 120.0)

    _, asked = check_with(
        monkeypatch, tmp_path, rr.dmz(), "--product", "3cx", "--no-router",
        "--mapping-lifetime", "300",
    )  # fmt: skip
    assert asked["settings"].router is None
    assert asked["settings"].mapping_lifetime == 300.0

    # The typed address alone, the router left unasked.
    _, asked = check_with(
        monkeypatch, tmp_path, rr.dmz(), "--product", "3cx", "--no-router",
        "--router-wan", "192.168.178.20", "--mapping-lifetime", "10", "--json",
    )  # fmt: skip
    assert asked["settings"].router == RouterSettings(
        "192.168.178.20", ask_router=False, tcp_ports=(5090,)
    )
    assert asked["settings"].mapping_lifetime == 10.0


def test_the_json_carries_the_router_hairpin_and_lifetime(monkeypatch, tmp_path, capsys):
    result = replace(rr.everything(), hairpin=rr.HAIRPIN_FAILS)
    code, _ = check_with(monkeypatch, tmp_path, result, "--product", "3cx", "--json")
    assert code == 1
    document = json.loads(capsys.readouterr().out)
    assert document["verdict"] == "upstream_nat"
    assert document["message"].startswith("A second NAT in front of the router")
    router = document["router"]
    assert (router["source"], router["wan_address"], router["upstream_nat"]) == (
        "upnp", "100.64.0.2", "shared"
    )  # fmt: skip
    assert router["mappings"][0] == {
        "protocol": "udp",
        "external_port": 5060,
        "internal_client": "198.18.0.3",
        "internal_port": 5060,
        "fit": "other_host",
        "description": "Asterisk PBX",
        "enabled": True,
        "lease_s": None,
        "remote_host": None,
    }
    assert (router["mappings_total"], router["mappings_listed"]) == (11, True)
    assert document["hairpin"]["tested"] is True and document["hairpin"]["works"] is False
    assert document["hairpin"]["public"] == "203.0.113.1:9001"
    assert document["mapping_lifetime_s"] == 25.0
    assert document["mapping_lifetime"]["expired_s"] == 30.0
    assert document["mapping_lifetime"]["gaps_s"] == [5.0, 10.0, 15.0, 20.0, 25.0, 30.0]


def test_the_json_without_router_hairpin_or_lifetime_keeps_its_keys(monkeypatch, tmp_path, capsys):
    result = replace(rr.dmz(), router=None)
    check_with(monkeypatch, tmp_path, result, "--product", "3cx", "--no-router", "--json")
    document = json.loads(capsys.readouterr().out)
    assert document["router"]["source"] == "none" and document["router"]["mappings"] == []
    assert document["hairpin"] == {
        "tested": False, "works": None, "port": None, "public": None, "arrived_from": None,
        "problem": None,
    }  # fmt: skip
    assert document["mapping_lifetime_s"] is None and document["mapping_lifetime"] is None


def test_summary_has_a_router_section_with_its_forwards_and_notes():
    result = replace(rr.everything(), hairpin=rr.HAIRPIN_FAILS)
    lines = summary(result).splitlines()
    start = lines.index("Router:")
    assert lines[start + 1 : start + 6] == [
        "  Asked with: UPnP IGD",
        "  Router: FRITZ!Box 7590 at 198.18.0.1",
        "  Internet (WAN) address: 100.64.0.2",
        "  Second NAT in front: carrier-grade NAT of the provider",
        "  Forwards it lists: 11, of which 11 for the checked ports",
    ]
    assert lines[start + 6] == "  Its forwards for the checked ports:"
    assert lines[start + 7].split() == [
        "5060", "→", "198.18.0.3:5060", "to", "another", "device", "permanent", "Asterisk", "PBX"
    ]  # fmt: skip
    assert lines[start + 8].split()[:3] == ["9000–9009", "→", "198.18.0.3:9000–9009"]
    assert "  ! A second NAT sits between the router and the internet" in lines
    assert "  ! The router forwards ports to another device" in lines
    assert "Hairpin NAT: does not work" in lines
    hairpin = lines.index("Hairpin NAT: does not work")
    assert (
        lines[hairpin + 1]
        == "  ! Traffic to the PBX's public address does not come back (hairpin NAT)"
    )
    assert "Mapping lifetime: between 25 and 30 s: too short (the PBX needs 30 s)" in lines
    # The verdict's steps at the end name the fixes for a second NAT.
    steps = "\n".join(lines[lines.index("What to do:") :])
    assert "bridge mode" in steps and "public IPv4 address" in steps


def test_summary_of_a_check_without_the_router_says_nothing_of_it():
    text = summary(replace(rr.dmz(), router=None))
    assert "Router:" not in text and "Hairpin NAT" not in text and "Mapping lifetime" not in text


def test_the_routers_words_cannot_drive_the_terminal():
    hostile = rr.mapping(5060, rr.OLD_PBX, description="\x1b]0;owned\x07 <b>x</b>")
    info = rr.router(listed=[hostile], name="Box\x1b[2J")
    text = summary(rr.scan(rr.ports([5060]), info))
    assert "\x1b" not in text and "\x07" not in text
    assert "Router: Box [2J at 198.18.0.1" in text
    assert "]0;owned <b>x</b>" in text


def test_progress_names_the_router_hairpin_and_lifetime_tests():
    out = FakeTerminal(tty=False)
    progress = long_ago(Progress(out, every=0.0))
    progress(PhaseStarted(Phase.ROUTER, 0))
    progress(PhaseStarted(Phase.HAIRPIN, 1))
    progress(PhaseStarted(Phase.LIFETIME, 8))
    progress(LifetimeProgress(12.4, 120.0))
    progress(LifetimeProgress(30.0, 120.0, alive_s=25.0))
    progress(LifetimeProgress(45.0, 120.0, alive_s=25.0, expired_s=30.0))
    assert out.getvalue().splitlines() == [
        "Asking the router what it knows (UPnP IGD, NAT-PMP, PCP)…",
        "Testing hairpin NAT (NAT loopback)…",
        "Measuring how long the router keeps an idle UDP mapping…",
        "Mapping lifetime: 0:12 of 2:00",
        "Mapping lifetime: 0:30 of 2:00; still open after 25 s",
        "Mapping lifetime: 0:45 of 2:00; gone after 30 s",
    ]


def test_progress_of_the_lifetime_test_is_one_live_line_on_a_terminal():
    out = FakeTerminal(tty=True)
    progress = long_ago(Progress(out))
    progress(LifetimeProgress(1.0, 120.0))
    progress(LifetimeProgress(1.1, 120.0))  # too soon after the last: not drawn
    progress.finish()
    assert out.getvalue() == "\r\x1b[KMapping lifetime: 0:01 of 2:00\r\x1b[K"
