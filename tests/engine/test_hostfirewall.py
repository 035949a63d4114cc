"""Reading this computer's firewall: Windows from recorded PowerShell answers, Linux from
recorded nft rulesets and from nft itself in a network namespace."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from ci import need

from wizard.engine.hostfirewall import (
    CHECK_RULE_NAME,
    NFT_COMMAND,
    POWERSHELL_SCRIPT,
    WINDOWS_FIREWALL,
    allow_commands,
    judge_nftables,
    judge_windows,
    normalise_path,
    ports_covered,
    read_host_firewall,
)
from wizard.engine.model import FirewallInbound, HostFirewall

RECORDED = Path(__file__).parent / "recorded" / "firewall"
EXE = r"C:\Users\techniker\Downloads\PBXFirewallWizard.exe"
PORTS = [5060, 9000, 9001, 9049]
OPEN, FILTERS, UNKNOWN = FirewallInbound.OPEN, FirewallInbound.FILTERS, FirewallInbound.UNKNOWN


def recorded(name: str) -> str:
    return (RECORDED / name).read_text(encoding="utf-8")


def windows(name: str, ports: Sequence[int] = PORTS, program: str = EXE, **kw) -> HostFirewall:
    return judge_windows(recorded(name), ports, program, environ=kw.get("environ", {}))


class Recorded:
    """A command runner that answers from a recorded file, and remembers what it ran."""

    def __init__(self, stdout: str = "", returncode: int = 0, stderr: str = "", exc=None):
        self.stdout, self.returncode, self.stderr, self.exc = stdout, returncode, stderr, exc
        self.ran: list[tuple[list[str], float]] = []

    def __call__(self, argv: Sequence[str], timeout: float) -> subprocess.CompletedProcess:
        self.ran.append((list(argv), timeout))
        if self.exc is not None:
            raise self.exc
        return subprocess.CompletedProcess(
            list(argv), self.returncode, self.stdout.encode(), self.stderr.encode()
        )


# --- Windows: the judgement ------------------------------------------------------------------


def test_on_for_the_public_profile_without_rules_filters_every_port():
    found = windows("win-public-no-rules.json")
    assert found.inbound is FILTERS
    assert found.product == WINDOWS_FIREWALL
    assert found.profiles == ("public",)
    assert found.enabled and found.default_inbound_block
    assert not found.block_all_inbound and not found.group_policy
    assert found.block_rules == found.allow_rules == found.open_ports == ()
    assert found.third_party == ()
    assert found.program == EXE


def test_off_for_every_active_profile_is_open():
    found = windows("win-off.json")
    assert found.inbound is OPEN
    assert found.enabled is False
    assert found.profiles == ("private",)
    assert found.open_ports == ()  # empty when open: every port is


def test_group_policy_override_does_not_trust_local_allow_rules():
    found = windows("win-gp-override.json", ports=[9000, 9001])
    assert found.group_policy is True
    assert found.profiles == ("domain",)
    # The local rule covers both ports, but group policy decides whether it applies.
    assert found.inbound is FILTERS
    assert found.open_ports == ()
    assert found.allow_rules == ("PBX media (UDP 9000-9049)",)
    # Security Center is missing on Server editions: not a reason to give up.
    assert found.third_party == () and found.detail is None


def test_a_block_rule_for_the_program_beats_the_port_wide_allow_rule():
    found = windows("win-block-rule.json")
    assert found.inbound is FILTERS
    # The two rules the prompt made (one with the path in lower case) are one name.
    assert found.block_rules == ("pbxfirewallwizard.exe",)
    assert found.allow_rules == ("PBX UDP 5060,9000-9049 (all programs)",)
    assert found.open_ports == ()


def test_the_block_rule_is_found_whatever_the_case_and_separators_of_the_path():
    program = EXE.upper().replace("\\", "/")
    assert windows("win-block-rule.json", program=program).block_rules == ("pbxfirewallwizard.exe",)
    assert windows("win-block-rule.json", program=r"C:\Other\x.exe").block_rules == ()


def test_an_allow_rule_for_all_programs_on_the_range_opens_the_checked_ports():
    found = windows("win-allow-range.json", ports=[5060, 9000, 10999])
    assert found.inbound is OPEN
    assert found.profiles == ("private", "public")
    assert found.allow_rules == ("3CX Media",)


def test_ports_outside_the_allow_rule_stay_filtered():
    found = windows("win-allow-range.json", ports=[9000, 11000])
    assert found.inbound is FILTERS
    assert found.open_ports == (9000,)


def test_an_allow_rule_for_another_program_opens_nothing_for_this_one():
    found = windows("win-allow-other-program.json")
    assert found.inbound is FILTERS
    assert found.allow_rules == () and found.open_ports == ()
    # The same rules let the PBX's own program in.
    pbx = r"C:\Program Files\3CX Phone System\Bin\3CXMediaServer.exe"
    assert windows("win-allow-other-program.json", program=pbx).inbound is OPEN
    sip = r"C:\Program Files\3CX Phone System\Bin\3CXPhoneSystem.exe"
    environ = {"ProgramFiles": r"C:\Program Files"}
    assert windows("win-allow-other-program.json", [5060], sip, environ=environ).inbound is OPEN


def test_a_third_party_firewall_cannot_be_read():
    found = windows("win-third-party.json")
    assert found.inbound is UNKNOWN
    assert found.third_party == ("Sophos Firewall",)  # Windows' own entry is not a third party
    assert found.detail


def test_german_windows_is_judged_by_numbers_and_paths_only():
    environ = {"USERPROFILE": r"C:\Users\Jürgen"}
    program = r"C:\Users\Jürgen\Downloads\PBXFirewallWizard.exe"
    found = judge_windows(recorded("win-german-block-rule.json"), PORTS, program, environ)
    assert found.inbound is FILTERS
    assert found.profiles == ("domain", "public")
    assert found.block_rules == ("PBX Firewall Wizard – eingehend blockiert",)
    # The allow rule covers the media ports, but the block rule (public profile) wins there.
    assert found.allow_rules == ("Telefonanlage Medien (UDP eingehend)",)
    assert found.open_ports == ()
    # Without the block rule's program, the media ports are open in both profiles.
    other = judge_windows(recorded("win-german-block-rule.json"), [9000], r"C:\x.exe", environ)
    assert other.inbound is OPEN


@pytest.mark.parametrize(
    "answer",
    [recorded("win-garbage.txt"), "", "null", "[]", '{"CurrentProfileTypes": "x"}', "{"],
)
def test_an_odd_answer_is_unknown_with_the_reason(answer):
    found = judge_windows(answer, PORTS, EXE)
    assert found.inbound is UNKNOWN
    assert found.detail and found.detail.startswith("unreadable answer")


def test_a_single_rule_may_come_as_an_object_not_a_list():
    # ConvertTo-Json in Windows PowerShell 5.1 may unroll a one-element array.
    data = json.loads(recorded("win-allow-range.json"))
    data["Rules"] = data["Rules"][-1]
    assert judge_windows(json.dumps(data), [9000], EXE).inbound is OPEN


@pytest.mark.parametrize(
    ("spec", "port", "covered"),
    [
        ("*", 9000, True),
        ("9000-9049", 9049, True),
        ("9000-9049", 9050, False),
        ("5060, 9000-9049", 5060, True),
        ("RPC,RPC-EPMap", 135, False),
        ("", 9000, False),
        (None, 9000, False),
    ],
)
def test_local_ports(spec, port, covered):
    assert ports_covered(spec, port) is covered


def test_paths_are_compared_as_windows_compares_them():
    environ = {"ProgramFiles": r"C:\Program Files"}
    assert normalise_path(r"%PROGRAMFILES%\A\..\B\x.EXE", environ) == normalise_path(
        r"c:/program files/b/x.exe", environ
    )


# --- Windows: the call -----------------------------------------------------------------------


def test_windows_reads_the_policy_in_one_powershell_call_with_a_time_out():
    run = Recorded(recorded("win-block-rule.json"))
    found = read_host_firewall(PORTS, EXE, platform="win32", run=run)
    assert found.block_rules == ("pbxfirewallwizard.exe",)
    [(argv, timeout)] = run.ran
    assert argv[0].endswith(r"\System32\WindowsPowerShell\v1.0\powershell.exe")
    assert argv[1:4] == ["-NoProfile", "-NonInteractive", "-Command"]
    assert argv[4] == POWERSHELL_SCRIPT
    assert 5 <= timeout <= 15
    # One argument on the command line: the script holds no double quote to escape.
    assert '"' not in POWERSHELL_SCRIPT
    for needed in ("HNetCfg.FwPolicy2", "SecurityCenter2", "ConvertTo-Json", "-eq 17", "256"):
        assert needed in POWERSHELL_SCRIPT


@pytest.mark.parametrize(
    ("run", "says"),
    [
        (Recorded(exc=FileNotFoundError(2, "No such file")), "could not start"),
        (Recorded(exc=subprocess.TimeoutExpired("powershell", 10)), "did not answer"),
        (Recorded(recorded("win-garbage.txt")), "unreadable answer"),
        (Recorded("", returncode=1, stderr="Zugriff verweigert\n"), "Zugriff verweigert"),
        (Recorded(exc=RuntimeError("surprise")), "surprise"),
    ],
)
def test_windows_failures_are_unknown_never_raised(run, says):
    found = read_host_firewall(PORTS, EXE, platform="win32", run=run)
    assert found.inbound is UNKNOWN
    assert says in (found.detail or "")
    assert found.program == EXE


def test_other_systems_are_unknown_without_running_anything():
    run = Recorded()
    found = read_host_firewall(PORTS, "/usr/bin/python3", platform="darwin", run=run)
    assert found.inbound is UNKNOWN and run.ran == []


def test_the_program_defaults_to_this_python_or_exe():
    import sys

    found = read_host_firewall(PORTS, platform="win32", run=Recorded(exc=OSError("x")))
    assert found.program == sys.executable


# --- Linux: the judgement --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "inbound", "product"),
    [
        ("nft-empty.json", OPEN, "nftables"),
        ("nft-stateful-drop.json", FILTERS, "nftables"),
        ("nft-firewalld-like.json", FILTERS, "firewalld"),
        ("nft-iptables-ufw-like.json", FILTERS, "ufw"),
        ("nft-accept-tcp-drop.json", OPEN, "nftables"),
        ("nft-accept-conditional-drop.json", UNKNOWN, "nftables"),
    ],
)
def test_nft_rulesets(name, inbound, product):
    found = judge_nftables(recorded(name), PORTS)
    assert found.inbound is inbound
    assert found.product == product
    if inbound is UNKNOWN:
        assert found.detail


def test_the_established_related_rule_opens_nothing_for_test_2():
    # Its only accept is for flows the port started; test 2's answer starts a new one.
    found = judge_nftables(recorded("nft-stateful-drop.json"), PORTS)
    assert found.open_ports == () and found.default_inbound_block


def test_a_rule_accepting_the_udp_ports_opens_them():
    answer = recorded("nft-udp-ports-allowed.json")
    assert judge_nftables(answer, [5060, 9000, 9049]).inbound is OPEN
    partly = judge_nftables(answer, [9049, 9050])
    assert partly.inbound is FILTERS and partly.open_ports == (9049,)


@pytest.mark.parametrize("answer", ["", "garbage", "{}", '{"nftables": 3}'])
def test_an_odd_nft_answer_is_unknown(answer):
    assert judge_nftables(answer, PORTS).inbound is UNKNOWN


def test_linux_runs_nft_and_says_why_it_could_not():
    run = Recorded(recorded("nft-stateful-drop.json"))
    assert read_host_firewall(PORTS, "/x", platform="linux", run=run).inbound is FILTERS
    assert run.ran[0][0] == NFT_COMMAND
    denied = Recorded("", 1, "Error: Could not process rule: Operation not permitted\n")
    found = read_host_firewall(PORTS, "/x", platform="linux", run=denied)
    assert found.inbound is UNKNOWN and "needs root" in (found.detail or "")
    missing = Recorded(exc=FileNotFoundError(2, "No such file or directory"))
    found = read_host_firewall(PORTS, "/x", platform="linux", run=missing)
    assert found.inbound is UNKNOWN and "nft could not start" in (found.detail or "")


def test_a_legacy_iptables_filter_table_makes_an_empty_nft_ruleset_unknown():
    def read(legacy: tuple[str, ...]) -> HostFirewall:
        run = Recorded(recorded("nft-empty.json"))
        return read_host_firewall(
            PORTS, "/x", platform="linux", run=run, legacy_tables=lambda: legacy
        )

    found = read(("nat", "filter"))
    assert found.inbound is UNKNOWN and "legacy iptables" in (found.detail or "")
    assert read(("nat",)).inbound is OPEN
    assert read(()).inbound is OPEN


# --- Linux: nft itself, in a namespace of our own --------------------------------------------


@pytest.fixture
def namespace() -> Iterator[str]:
    need(shutil.which("nft") is not None and shutil.which("ip") is not None, "nft or ip missing")
    need(os.geteuid() == 0, "network namespaces need root")
    name = "hfw-" + uuid.uuid4().hex[:8]
    subprocess.run(["ip", "netns", "add", name], check=True)
    try:
        yield name
    finally:
        subprocess.run(["ip", "netns", "del", name], check=False)


def in_namespace(name: str):
    def run(argv: Sequence[str], timeout: float) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["ip", "netns", "exec", name, *argv], capture_output=True, timeout=timeout
        )

    return run


def read_in(namespace: str) -> HostFirewall:
    """The firewall as a check running in ``namespace`` reads it (/proc/net is per
    namespace, so the legacy tables are read there too)."""
    run = in_namespace(namespace)

    def legacy() -> tuple[str, ...]:
        done = run(["cat", "/proc/net/ip_tables_names"], 10)
        return tuple(done.stdout.decode().split())

    return read_host_firewall(PORTS, "/x", platform="linux", run=run, legacy_tables=legacy)


def test_real_nft_empty_namespace_is_open(namespace):
    found = read_in(namespace)
    assert found.inbound is OPEN, found


def test_real_nft_stateful_host_firewall_filters(namespace):
    ruleset = """
    table inet pbx {
      chain input {
        type filter hook input priority 0; policy drop;
        ct state established,related accept
        iifname "lo" accept
      }
    }
    """
    subprocess.run(
        ["ip", "netns", "exec", namespace, "nft", "-f", "-"], input=ruleset.encode(), check=True
    )
    found = read_in(namespace)
    assert found.inbound is FILTERS, found
    assert found.program == "/x"


# --- The administrator's commands ------------------------------------------------------------


def test_allow_commands_delete_the_block_rules_add_the_rule_and_remove_it_again():
    found = windows("win-block-rule.json")
    delete_block, add, add_tcp, remove = allow_commands(found)
    assert delete_block == (
        'netsh advfirewall firewall delete rule name="pbxfirewallwizard.exe" dir=in '
        f'program="{EXE}"'
    )
    assert add == (
        f'netsh advfirewall firewall add rule name="{CHECK_RULE_NAME}" dir=in action=allow '
        f'program="{EXE}" protocol=UDP profile=public enable=yes'
    )
    assert add_tcp == add.replace("protocol=UDP", "protocol=TCP")  # the responder's connect-backs
    assert remove == (
        f'netsh advfirewall firewall delete rule name="{CHECK_RULE_NAME}" program="{EXE}"'
    )
    several = windows("win-allow-range.json", ports=[11000])
    assert "profile=private,public" in allow_commands(several)[0]


def _with_rules(name: str, *rules: dict) -> str:
    data = json.loads(recorded(name))
    data["Rules"] = [*(data.get("Rules") or []), *rules]
    return json.dumps(data)


def _rule(action: int, protocol: int, ports: str = "*", program: str = EXE) -> dict:
    return {
        "Name": "rule", "Action": action, "ApplicationName": program, "serviceName": None,
        "LocalPorts": ports, "RemoteAddresses": "*", "Profiles": 2147483647, "Protocol": protocol,
    }  # fmt: skip


def test_tcp_is_open_to_the_responder_only_through_an_allow_rule_for_every_port():
    def tcp_open(*rules: dict) -> bool | None:
        return judge_windows(_with_rules("win-public-no-rules.json", *rules), PORTS, EXE).tcp_open

    assert tcp_open() is False  # blocks inbound by default, no rule for the program
    assert tcp_open(_rule(1, 6)) is True  # "Allow for this check" adds this one
    assert tcp_open(_rule(1, 256)) is True  # any protocol
    assert tcp_open(_rule(1, 6, ports="22")) is False  # not every port the check may ask
    assert tcp_open(_rule(1, 6, program="C:\\Other\\app.exe")) is False
    assert tcp_open(_rule(1, 6), _rule(0, 6, ports="5090")) is False  # a block rule beats it
    assert tcp_open(_rule(1, 17)) is False  # UDP only
    assert windows("win-off.json").tcp_open is True
    # A TCP rule never opens a UDP port for test 2.
    udp = judge_windows(_with_rules("win-public-no-rules.json", _rule(1, 6)), PORTS, EXE)
    assert udp.open_ports == () and udp.inbound is not FirewallInbound.OPEN
