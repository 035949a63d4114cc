"""What the notes about this computer's firewall say, case by case."""

from __future__ import annotations

from dataclasses import replace

from wizard.engine.model import (
    FirewallInbound,
    HostFirewall,
    NatSummary,
    Outcome,
    PortResult,
    Requirement,
    ScanResult,
    Verdict,
)
from wizard.words import ALLOW_ACTION, Severity, firewall_notes

WINDOWS = HostFirewall(
    FirewallInbound.FILTERS,
    product="Windows Defender Firewall",
    profiles=("domain", "public"),
    enabled=True,
    default_inbound_block=True,
    program=r"C:\PBXFirewallWizard.exe",
)


def notes(firewall: HostFirewall | None, blocked=(), passed=(9100,)):
    ports = tuple(
        PortResult(p, Requirement.FULL_CONE, Outcome.BLOCKED_ON_THIS_COMPUTER, None, True, False)
        for p in blocked
    ) + tuple(PortResult(p, Requirement.FULL_CONE, Outcome.PASS, None, True, True) for p in passed)
    return firewall_notes(
        ScanResult(Verdict.SUCCESS, "3cx", (), NatSummary(), ports, 1.0, firewall=firewall)
    )


def test_blocked_ports_offer_the_administrator_action_and_say_it_is_not_the_router():
    [note] = notes(WINDOWS, blocked=(9000, 9001, 5060))
    assert note.severity is Severity.PROBLEM and note.action == ALLOW_ACTION
    assert "5060, 9000–9001" in note.text
    assert "domain, public" in note.text
    assert "nothing against the router" in note.text
    assert any("ask an administrator" in step for step in note.steps)
    assert any("all programs" in step for step in note.steps)
    assert "profile=domain,public" in note.commands[-2]


def test_group_policy_sends_the_technician_to_the_domain_administrator():
    [note] = notes(replace(WINDOWS, group_policy=True), blocked=(9000,))
    assert note.action is None and note.commands == ()
    assert "have no effect" in note.text
    assert "domain administrator" in note.steps[0]


def test_block_all_needs_that_setting_off_first():
    [note] = notes(replace(WINDOWS, block_all_inbound=True), blocked=(9000,))
    assert note.action is None
    assert "Block all incoming connections" in note.steps[0]


def test_a_third_party_firewall_is_named():
    firewall = HostFirewall(
        FirewallInbound.UNKNOWN,
        product="Windows Defender Firewall",
        third_party=("Sophos Firewall",),
        program=r"C:\x.exe",
    )
    [problem] = notes(firewall, blocked=(9000,))
    assert "Sophos Firewall" in problem.text and problem.action is None
    [warning] = notes(firewall)
    assert warning.severity is Severity.WARNING and "Sophos Firewall" in warning.text


def test_a_firewall_not_read_is_a_warning_with_the_systems_words():
    found = HostFirewall(
        FirewallInbound.UNKNOWN, product="nftables", detail="Operation not permitted"
    )
    [note] = notes(found)
    assert note.severity is Severity.WARNING
    assert "Operation not permitted" in note.text
    assert "no verdict relied on it" not in note.text
    [opened] = notes(replace(found, preopen=True))
    assert "no verdict relied on it" in opened.text


def test_linux_blocked_ports_get_linux_steps():
    [note] = notes(HostFirewall(FirewallInbound.FILTERS, product="firewalld"), blocked=(9000,))
    assert note.commands == () and note.action is None
    assert "firewalld" in note.text and "ufw" in note.steps[0]


def test_an_open_firewall_is_worth_a_word_and_none_is_silence():
    [off] = notes(replace(WINDOWS, inbound=FirewallInbound.OPEN, enabled=False))
    assert off.severity is Severity.INFO and "is off" in off.text
    [open_] = notes(HostFirewall(FirewallInbound.OPEN, product="nftables", enabled=True))
    assert open_.severity is Severity.INFO and "lets in" in open_.text
    assert notes(None) == ()
