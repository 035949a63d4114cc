"""The words for every engine code: complete, free of placeholders, and all marked for Qt."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest
import routerresults as rr
from ci import need

import wizard.words
from wizard.engine.model import (
    AdapterKind,
    Address,
    Behaviour,
    Direction,
    Egress,
    FirewallInbound,
    Hairpin,
    HairpinProblem,
    HostFirewall,
    LifetimeProblem,
    LinkQuality,
    MappingFit,
    MappingLifetime,
    NatSummary,
    Outcome,
    PortResult,
    Protocol,
    Reason,
    Requirement,
    ReservedRange,
    ResponderError,
    ResponderStatus,
    RouterInfo,
    RouterSource,
    ScanResult,
    ServerError,
    SipAlg,
    SipChange,
    SipProblem,
    TcpSeen,
    UpstreamNat,
    Verdict,
    Witness,
)
from wizard.engine.sipalg import Part
from wizard.keepalive import KeepaliveNeed
from wizard.words import (
    MAX_JITTER_MS,
    MAX_LOSS_PCT,
    MAX_ONE_WAY_MS,
    TERMS,
    Explanation,
    Severity,
    behaviour_text,
    direction_label,
    egress_notes,
    explain_outcome,
    explain_reason,
    explain_verdict,
    firewall_notes,
    hairpin_note,
    hairpin_summary,
    lifetime_note,
    lifetime_summary,
    link_figures,
    link_note,
    link_summary,
    link_warnings,
    mapping_fit_label,
    outcome_label,
    port_preservation_text,
    protocol_label,
    reason_label,
    requirement_label,
    requirement_text,
    reserved_notes,
    responder_notes,
    router_notes,
    router_source_label,
    router_text,
    server_error_text,
    sip_part_label,
    tcp_seen_label,
    term,
    upstream_label,
    verdict_message,
    verdict_outcome,
    witness_label,
)

# Every module of the package, found on disk so a new one cannot be left out.
MODULES: list[ModuleType] = [
    importlib.import_module(f"wizard.words.{info.name}")
    for info in pkgutil.iter_modules(wizard.words.__path__)
]
SOURCES = sorted(Path(wizard.words.__file__).parent.glob("*.py"))
CONTEXTS = {
    "Verdicts",
    "Outcomes",
    "Reasons",
    "Servers",
    "Nat",
    "Requirements",
    "Terms",
    "Link",
    "Firewall",
    "Reserved",
    "Egress",
    "Responder",
    "Router",
}
REQUIREMENTS: list[Requirement | None] = [None, *Requirement]
BEHAVIOURS: list[Behaviour | None] = [*Behaviour, None]

# A link that breaks every limit, and one the engine measured nothing on.
POOR_LINK = LinkQuality(
    controls_sent=240,
    controls_answered=235,
    loss_pct=2.1,
    rtt_p50_ms=340.0,
    rtt_p95_ms=610.0,
    jitter_ms=42.0,
    rate_ceiling=50.0,
    rate_reached=31.4,
    slowed_down=3,
    paused_s=4.5,
)
GOOD_LINK = LinkQuality(
    controls_sent=200,
    controls_answered=200,
    loss_pct=0.0,
    rtt_p50_ms=38.2,
    rtt_p95_ms=61.0,
    jitter_ms=4.3,
    rate_ceiling=50.0,
    rate_reached=49.6,
)
SLOWED_LINK = LinkQuality(rate_reached=20.0, slowed_down=2)
EMPTY_LINK = LinkQuality()
# Ranges Windows took and ranges an administrator excluded, meeting the checked ports: a
# range and a single port of each.
RESERVED_RESULTS = [
    ScanResult(Verdict.PORT_RESERVED, "swyxware", (), NatSummary(), (), 1.0, reserved=reserved)
    for reserved in (
        (ReservedRange(56000, 56099), ReservedRange(50000, 50059, administered=True)),
        (ReservedRange(65002, 65002), ReservedRange(5060, 5060, administered=True)),
    )
]


def every_text() -> list[str]:
    """Everything the module can return, through its public functions only."""
    texts: list[str] = []

    def add(explanation: Explanation) -> None:
        texts.extend([explanation.title, explanation.summary, *explanation.steps])

    for verdict in Verdict:
        texts.append(verdict_message(verdict))
        add(explain_verdict(verdict))
        add(explain_verdict(verdict, tcp=True))
    for outcome in Outcome:
        texts.append(outcome_label(outcome))
        for requirement in REQUIREMENTS:
            add(explain_outcome(outcome, requirement))
            for seen in TcpSeen:
                add(explain_outcome(outcome, requirement, seen=seen))
            for witness in Witness:
                add(explain_outcome(outcome, requirement, witness=witness))
    for seen in TcpSeen:
        texts.extend(tcp_seen_label(seen, reached) for reached in (True, False, None))
    texts.extend(witness_label(witness) for witness in Witness)
    texts.extend(sip_part_label(part) for part in Part)
    for reason in Reason:
        texts.append(reason_label(reason))
        add(explain_reason(reason))
    texts.extend(server_error_text(error) for error in ServerError)
    texts.append(link_note())
    for link in (POOR_LINK, GOOD_LINK, SLOWED_LINK, EMPTY_LINK):
        texts.append(link_summary(link))
        for label, value in link_figures(link):
            texts.append(label)
            if value != "–":  # nothing measured: a dash in every language
                texts.append(value)
        texts.extend(link_warnings(link))
    for kind in ("mapping", "filtering"):
        texts.extend(behaviour_text(kind, behaviour) for behaviour in BEHAVIOURS)
    texts.extend(port_preservation_text(p) for p in (True, False, None))
    for requirement in Requirement:
        texts.extend([requirement_text(requirement), requirement_label(requirement)])
    texts.extend(direction_label(direction) for direction in Direction)
    texts.extend(protocol_label(protocol) for protocol in Protocol)
    texts.extend(term(name) for name in TERMS)
    for note in (n for result in firewall_results() for n in firewall_notes(result)):
        texts.extend([note.title, note.text, *note.steps])
    for result in RESERVED_RESULTS:
        for note in reserved_notes(result):
            texts.extend([note.title, note.text, *note.steps])
    for result in egress_samples():
        for note in egress_notes(result):
            texts.extend([note.title, note.text, *note.steps])
    for result in responder_samples():
        for note in responder_notes(result):
            texts.extend([note.title, note.text, *note.steps])
    texts.extend(router_source_label(source) for source in RouterSource)
    texts.extend(upstream_label(kind) for kind in UpstreamNat)
    texts.extend(mapping_fit_label(fit) for fit in MappingFit)
    for result in router_samples():
        for note in router_notes(result):
            texts.extend([note.title, note.text, *note.steps])
    for hairpin in HAIRPINS:
        texts.append(hairpin_summary(hairpin))
        for upstream in (False, True):
            note = hairpin_note(hairpin, upstream)
            if note is not None:
                texts.extend([note.title, note.text, *note.steps])
    for lifetime in LIFETIMES:
        for product_need in NEEDS:
            texts.append(lifetime_summary(lifetime, product_need))
            for upstream in (False, True):
                note = lifetime_note(lifetime, product_need, upstream)
                if note is not None:
                    texts.extend([note.title, note.text, *note.steps])
    return texts


def router_samples() -> list[ScanResult]:
    """Results with everything the router's words tell apart: each kind of second NAT with
    failing, passing and otherwise judged ports, a typed address, a silent router, other
    routers on the LAN, and mappings of every fit."""
    samples = [
        rr.carrier_nat(),
        rr.isp_modem(),
        rr.not_connected(),
        rr.wan_differs(),
        rr.typed_carrier_nat(),
        rr.dmz(),
        rr.no_router(),
        rr.other_host(),
        rr.port_changed(),
        rr.this_host(),
        rr.scan(rr.ports(), rr.router()),  # listed, none for these ports
    ]
    for kind in UpstreamNat:  # each kind with passing ports and with a partial verdict
        upstream = replace(rr.dmz().router, upstream=kind)
        samples.append(replace(rr.dmz(), router=upstream))
        samples.append(replace(rr.dmz(), router=upstream, verdict=Verdict.PARTIAL))
    silent = RouterInfo(RouterSource.NONE, others=("Printer\x1b[2J", "  "))
    samples.append(replace(rr.no_router(), router=silent))
    samples.append(replace(rr.other_host(), egress=None))
    # miniupnpd's answer: no WAN address, "Connected"
    no_wan = rr.router(wan=None, no_wan_address=True, connection="Connected", natpmp=True)
    samples.append(rr.scan(rr.ports(rr.PORTS), no_wan))
    # forwards to this computer on ports that still failed
    here = [rr.mapping(n, "198.18.0.2") for n in range(9000, 9003)]
    samples.append(rr.scan(rr.ports(rr.PORTS), rr.router(wan="203.0.113.1", listed=here)))
    return samples


HAIRPINS = [
    rr.HAIRPIN_WORKS,
    rr.HAIRPIN_FAILS,
    rr.HAIRPIN_NO_SNAT,
    rr.HAIRPIN_UNTESTED,
    *(Hairpin(True, None, 9001, problem=problem) for problem in HairpinProblem),
    Hairpin(True, None, 9001),
    Hairpin(False),
]
LIFETIMES = [
    rr.LIFETIME_SHORT,
    rr.LIFETIME_LONG,
    rr.LIFETIME_CANCELLED,
    *(MappingLifetime(True, 120.0, problem=problem) for problem in LifetimeProblem),
    MappingLifetime(True, 120.0, None, 5.0),  # gone after the first gap
    MappingLifetime(True, 120.0, 20.0, 40.0),  # around the need
    MappingLifetime(True, 10.0, 10.0, None),  # a limit below the need
    MappingLifetime(False, 120.0),
]
NEEDS = [
    KeepaliveNeed(30, False, "In the console, typically the trunk's re-registration."),
    KeepaliveNeed(30, False, None),
    KeepaliveNeed(10, True, None),
]


def firewall_results() -> list[ScanResult]:
    """A result for each thing the firewall's words can say."""
    from dataclasses import replace

    windows = HostFirewall(
        FirewallInbound.FILTERS,
        product="Windows Defender Firewall",
        profiles=("domain", "private", "public"),
        enabled=True,
        block_rules=("pbxfirewallwizard.exe",),
        program=r"C:\x.exe",
    )
    blocked = (
        PortResult(
            9000, Requirement.FULL_CONE, Outcome.BLOCKED_ON_THIS_COMPUTER, None, True, False
        ),
    )
    firewalls = [
        windows,
        replace(windows, block_all_inbound=True),
        replace(windows, group_policy=True),
        replace(windows, third_party=("Sophos Firewall",)),
        HostFirewall(FirewallInbound.FILTERS, product="nftables"),
        HostFirewall(FirewallInbound.UNKNOWN, detail="nft ended with 1"),
        HostFirewall(FirewallInbound.UNKNOWN, third_party=("Sophos Firewall",), preopen=True),
        replace(windows, preopen=True),
        replace(windows, inbound=FirewallInbound.OPEN, enabled=False),
        HostFirewall(FirewallInbound.OPEN, product="nftables", enabled=True),
        None,
    ]
    results = []
    for firewall in firewalls:
        for ports in ((), blocked):
            results.append(
                ScanResult(Verdict.SUCCESS, "3cx", (), NatSummary(), ports, 1.0, firewall=firewall)
            )
    return results


def egress_samples() -> list[ScanResult]:
    """Results with every way out the egress notes tell apart."""
    vpn, virtual = AdapterKind.VPN, AdapterKind.VIRTUAL
    leaving = [
        Egress("10.8.0.6", "Ethernet 2", vpn, "192.168.1.20"),
        Egress("172.20.48.1", "vEthernet (Default Switch)", virtual),
        Egress("192.168.1.21", "Wi-Fi", AdapterKind.PHYSICAL, "192.168.1.20"),
        Egress("192.168.1.21", None, AdapterKind.UNKNOWN, "192.168.1.20"),
        Egress("192.168.1.20", "Ethernet", AdapterKind.PHYSICAL, "192.168.1.20"),
    ]
    ports = tuple(
        PortResult(p, Requirement.FULL_CONE, Outcome.PASS, Address(ip, p), True, True)
        for p, ip in ((9000, "203.0.113.1"), (9001, "203.0.113.50"))
    )
    base = ScanResult(Verdict.SUCCESS, "custom", (), NatSummary(), (), 1.0)
    return [replace(base, egress=e) for e in leaving] + [replace(base, ports=ports)]


RESPONDER = ResponderStatus(
    "responder.example.net:3480",
    address=Address("198.51.100.9", 3480),
    public_ip="203.0.113.7",
)
# Everything a SIP helper can change, over both transports.
EVERY_CHANGE = tuple(
    SipChange(str(part), "a", "b", Protocol.TCP if i % 2 else Protocol.UDP)
    for i, part in enumerate(Part)
)


def responder_samples() -> list[ScanResult]:
    """Results with every state of the responder and the SIP ALG test its words tell apart."""
    base = ScanResult(Verdict.SUCCESS, "3cx", (), NatSummary("203.0.113.7"), (), 1.0)
    udp, both = (Protocol.UDP,), (Protocol.UDP, Protocol.TCP)
    statuses = [
        *(replace(RESPONDER, error=error, detail="said so") for error in ResponderError),
        replace(RESPONDER, error=ResponderError.UNREACHABLE, detail=None),
        RESPONDER,
        replace(RESPONDER, public_ip=None),
        replace(RESPONDER, public_ip="198.51.100.200"),  # another way out than STUN's
    ]
    tests = [
        SipAlg(True, True, EVERY_CHANGE, both, 5060),
        SipAlg(True, False, (), udp, 5060),
        SipAlg(True, False, (), both, None),
        SipAlg(True, False, (), (Protocol.TCP,), 5060),
        SipAlg(True, False, (), udp, 40123, SipProblem.PORT_IN_USE),
        *(SipAlg(True, None, (), udp, 5060, problem) for problem in SipProblem),
        SipAlg(True, None, (), udp, 5060),
        SipAlg(False),
    ]
    return [replace(base, responder=status) for status in statuses] + [
        replace(base, responder=RESPONDER, sip_alg=test) for test in tests
    ]


def marking_calls(source: Path) -> list[ast.Call]:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    ]


def marked_texts() -> set[tuple[str, str]]:
    """(context, source text) of every QT_TRANSLATE_NOOP call in the package."""
    return {
        (call.args[0].value, call.args[1].value)
        for source in SOURCES
        for call in marking_calls(source)
    }


def assert_explained(explanation: Explanation) -> None:
    assert isinstance(explanation, Explanation)
    assert isinstance(explanation.title, str) and explanation.title.strip()
    assert not explanation.title.endswith(".")
    assert isinstance(explanation.summary, str) and explanation.summary.strip()
    assert isinstance(explanation.steps, tuple) and explanation.steps
    for step in explanation.steps:
        assert isinstance(step, str) and step.strip()


# --- Every code has words -----------------------------------------------------------------


@pytest.mark.parametrize("verdict", list(Verdict))
def test_every_verdict_has_a_message_and_an_explanation(verdict: Verdict) -> None:
    message = verdict_message(verdict)
    assert isinstance(message, str) and message.strip()
    assert "\n" not in message
    assert_explained(explain_verdict(verdict))


def test_verdicts_are_told_apart() -> None:
    titles = [explain_verdict(v).title for v in Verdict]
    messages = [verdict_message(v) for v in Verdict]
    assert len(set(titles)) == len(Verdict)
    assert len(set(messages)) == len(Verdict)


@pytest.mark.parametrize("requirement", REQUIREMENTS)
@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_outcome_is_explained_for_every_requirement(
    outcome: Outcome, requirement: Requirement | None
) -> None:
    assert_explained(explain_outcome(outcome, requirement))


def test_outcomes_are_told_apart_in_a_table() -> None:
    labels = [outcome_label(o) for o in Outcome]
    assert all(isinstance(label, str) and label.strip() for label in labels)
    assert all(1 <= len(label.split()) <= 3 for label in labels)
    assert len(set(labels)) == len(Outcome)
    assert len({explain_outcome(o).title for o in Outcome}) == len(Outcome)


@pytest.mark.parametrize("reason", list(Reason))
def test_every_reason_has_a_label_and_an_explanation(reason: Reason) -> None:
    label = reason_label(reason)
    assert isinstance(label, str) and 1 <= len(label.split()) <= 3
    explanation = explain_outcome(Outcome.INCONCLUSIVE, reason=reason)
    assert_explained(explanation)
    assert explain_reason(reason) == explanation
    # Whatever the port had to do, the reason decides the words.
    for requirement in REQUIREMENTS:
        assert explain_outcome(Outcome.INCONCLUSIVE, requirement, reason) == explanation


def test_reasons_are_told_apart() -> None:
    assert len({reason_label(r) for r in Reason}) == len(Reason)
    titles = {explain_outcome(Outcome.INCONCLUSIVE, reason=r).title for r in Reason}
    titles |= {explain_outcome(o).title for o in Outcome}
    assert len(titles) == len(Reason) + len(Outcome)


def test_a_reason_changes_nothing_for_a_port_that_was_judged() -> None:
    for outcome in set(Outcome) - {Outcome.INCONCLUSIVE}:
        assert explain_outcome(outcome, reason=Reason.LINK_LOSS) == explain_outcome(outcome)


@pytest.mark.parametrize("error", list(ServerError))
def test_every_server_error_has_text(error: ServerError) -> None:
    text = server_error_text(error)
    assert isinstance(text, str) and text.strip()


def test_server_errors_are_told_apart() -> None:
    assert len({server_error_text(e) for e in ServerError}) == len(ServerError)


# --- The wording follows what the port must do ----------------------------------------------


def test_a_translated_port_is_a_fault_only_where_it_must_be_forwarded() -> None:
    full_cone = explain_outcome(Outcome.PORT_TRANSLATED, Requirement.FULL_CONE)
    outbound = explain_outcome(Outcome.PORT_TRANSLATED, Requirement.OUTBOUND)
    assert "SDP" in full_cone.summary
    assert "fine" in outbound.summary
    assert full_cone.steps != outbound.steps


def test_an_unknown_requirement_gets_words_that_cover_both_kinds() -> None:
    generic = explain_outcome(Outcome.PORT_TRANSLATED)
    assert "must be forwarded" in generic.summary
    assert "outbound" in generic.summary
    assert explain_outcome(Outcome.PORT_TRANSLATED, Requirement.INBOUND_TCP) == generic


def test_requirement_changes_nothing_where_the_advice_is_the_same() -> None:
    for requirement in Requirement:
        assert explain_outcome(Outcome.NO_RESPONSE, requirement) == explain_outcome(
            Outcome.NO_RESPONSE
        )


def test_verdicts_for_one_outcome_share_its_steps() -> None:
    assert (
        explain_verdict(Verdict.NOT_FORWARDED).steps == explain_outcome(Outcome.NOT_FORWARDED).steps
    )


# --- The advice the brief asks for is there -------------------------------------------------


def joined(explanation: Explanation) -> str:
    return " ".join([explanation.summary, *explanation.steps])


def test_port_in_use_points_to_the_commands_the_engine_fills_in() -> None:
    for explanation in (explain_outcome(Outcome.PORT_IN_USE), explain_verdict(Verdict.PORT_IN_USE)):
        assert "the commands shown below" in explanation.steps[0]
        assert "PBX" in joined(explanation)


@pytest.mark.parametrize(
    "phrase",
    [
        "same port number",
        "LAN address",
        "translate the port",
        "SIP ALG",
        "Windows Defender Firewall",
        "carrier-grade NAT",
        "public IPv4 address",
    ],
)
def test_not_forwarded_steps_cover(phrase: str) -> None:
    assert phrase in joined(explain_outcome(Outcome.NOT_FORWARDED))


@pytest.mark.parametrize("phrase", ["static port", "port preservation", "1:1 NAT"])
def test_symmetric_nat_steps_name_the_router_settings(phrase: str) -> None:
    assert phrase in joined(explain_outcome(Outcome.SYMMETRIC_NAT))


def test_dns_failure_steps_name_nslookup_without_a_placeholder() -> None:
    steps = " ".join(explain_verdict(Verdict.DNS_FAILURE).steps)
    assert "nslookup" in steps
    assert "<" not in steps


@pytest.mark.parametrize(
    ("reason", "phrases"),
    [
        (Reason.RECENT_CONTACT, ["second address", "would prove nothing", "five minutes"]),
        (Reason.LINK_LOSS, ["control requests", "not to blame", "Wi-Fi or LTE", "--rate"]),
        (Reason.BAD_REPLY, ["public address", "another STUN server"]),
        (Reason.SECOND_ADDRESS_SILENT, ["Test 1 works", "block traffic", "another STUN server"]),
        (Reason.SEVERAL_PUBLIC_ADDRESSES, ["two different public IP", "not symmetric NAT", "VPN"]),
        (Reason.MAPPING_UNCONFIRMED, ["public port", "symmetric NAT"]),
        (Reason.BIND_ERROR, ["operating system", "in use", "restart"]),
        (Reason.RATE_LIMITED, ["asked slowly", "flood", "--rate"]),
        (Reason.SOCKET_ERROR, ["this computer", "VPN", "Nothing is known about the router"]),
    ],
)
def test_each_reason_says_what_happened_and_what_to_do(reason: Reason, phrases) -> None:
    text = joined(explain_reason(reason))
    for phrase in phrases:
        assert phrase in text, (reason, phrase)


def test_an_inconclusive_port_without_a_reason_still_gets_words() -> None:
    generic = explain_outcome(Outcome.INCONCLUSIVE)
    assert "neither as passed nor as failed" in generic.summary
    assert outcome_label(Outcome.INCONCLUSIVE) == "Not conclusive"


def test_inconclusive_verdict_says_nothing_failed_for_certain() -> None:
    assert "No port failed for certain" in verdict_message(Verdict.INCONCLUSIVE)
    explanation = explain_verdict(Verdict.INCONCLUSIVE)
    assert "reason" in explanation.steps[0]
    assert "router" in explanation.summary and "passed nor as failed" in explanation.summary


@pytest.mark.parametrize(
    "error", [ServerError.SECOND_ADDRESS_UNREACHABLE, ServerError.CHANGE_REQUEST_UNANSWERED]
)
def test_unfit_servers_say_test_2_is_impossible_and_what_to_do(error: ServerError) -> None:
    text = server_error_text(error)
    assert "second address" in text
    assert "cannot do test 2" in text
    assert text.endswith("Choose another server.")


def test_no_permission_covers_each_system() -> None:
    text = joined(explain_outcome(Outcome.NO_PERMISSION))
    assert "1024" in text and "sudo" in text and "Windows" in text


# --- The link to the STUN server ------------------------------------------------------------


def test_link_figures_in_plain_words() -> None:
    figures = dict(link_figures(POOR_LINK))
    assert figures == {
        "Packet loss": "2.1 % (235 of 240 control requests answered)",
        "Round trip": "typically 340 ms, 95 % of answers within 610 ms",
        "Jitter": "42 ms",
        "Request rate": "31 requests a second (at most 50 allowed)",
        "Slowed down": "3×, and paused for 4.5 s in all, because the server or the link "
        "dropped control requests",
    }
    good = dict(link_figures(GOOD_LINK))
    assert "Slowed down" not in good
    assert good["Jitter"] == "4.3 ms"
    assert dict(link_figures(SLOWED_LINK))["Slowed down"].startswith("2×, because")


def test_link_summary_is_one_short_line() -> None:
    assert link_summary(POOR_LINK) == "loss 2.1 %, round trip 340 ms, jitter 42 ms"
    assert link_summary(EMPTY_LINK) == "loss – %, round trip – ms, jitter – ms"


def test_unmeasured_link_figures_are_a_dash() -> None:
    assert [value for _, value in link_figures(EMPTY_LINK)] == ["–"] * 4
    assert link_warnings(EMPTY_LINK) == []


def test_link_warnings_name_each_figure_that_threatens_calls() -> None:
    loss, jitter, delay = link_warnings(POOR_LINK)
    assert "2.1 %" in loss and "more than 1 %" in loss
    assert "42 ms" in jitter and "more than 30 ms" in jitter
    assert "about 170 ms" in delay and "150 ms" in delay and "ITU-T G.114" in delay
    assert link_warnings(GOOD_LINK) == []
    assert "control requests to the STUN server" in link_note()


@pytest.mark.parametrize(
    ("changes", "warned"),
    [
        ({"loss_pct": MAX_LOSS_PCT}, False),
        ({"loss_pct": MAX_LOSS_PCT + 0.1}, True),
        ({"jitter_ms": MAX_JITTER_MS}, False),
        ({"jitter_ms": MAX_JITTER_MS + 1}, True),
        ({"rtt_p50_ms": 2 * MAX_ONE_WAY_MS, "rtt_p95_ms": 400.0}, False),
        ({"rtt_p50_ms": 2 * MAX_ONE_WAY_MS + 2, "rtt_p95_ms": 400.0}, True),
    ],
)
def test_link_warnings_start_just_above_the_limits(changes: dict, warned: bool) -> None:
    from dataclasses import replace

    assert bool(link_warnings(replace(GOOD_LINK, **changes))) is warned


# --- NAT, requirements and terms --------------------------------------------------------------


@pytest.mark.parametrize("kind", ["mapping", "filtering"])
def test_behaviour_text_gives_plain_words_and_the_rfc_term(kind: str) -> None:
    texts = [behaviour_text(kind, b) for b in BEHAVIOURS]
    assert len(set(texts)) == len(BEHAVIOURS)
    for behaviour in Behaviour:
        assert f"{behaviour} {kind}" in behaviour_text(kind, behaviour)
    assert "could not be determined" in behaviour_text(kind, None)


def test_behaviour_text_refuses_an_unknown_kind() -> None:
    with pytest.raises(ValueError, match="mapping"):
        behaviour_text("hairpinning", Behaviour.ENDPOINT_INDEPENDENT)


def test_port_preservation_has_three_answers() -> None:
    texts = {port_preservation_text(p) for p in (True, False, None)}
    assert len(texts) == 3
    assert "could not be determined" in port_preservation_text(None)


def test_requirement_labels() -> None:
    assert requirement_label(Requirement.FULL_CONE) == "Forwarded one-to-one (full cone)"
    assert requirement_label(Requirement.OUTBOUND) == "Outbound with stable mapping"
    assert requirement_label(Requirement.INBOUND_TCP) == "Inbound TCP"


@pytest.mark.parametrize("requirement", list(Requirement))
def test_requirement_text_is_one_sentence(requirement: Requirement) -> None:
    text = requirement_text(requirement)
    assert text.endswith(".")
    assert text.count(". ") == 0


def test_terms_explain_the_words_the_results_use() -> None:
    needed = {
        "STUN",
        "full cone",
        "symmetric NAT",
        "port preservation",
        "SIP ALG",
        "one-to-one forwarding",
    }
    assert needed <= TERMS.keys()
    for name in TERMS:
        text = term(name)
        assert isinstance(text, str) and text.strip()
        assert text.count(". ") <= 1  # one or two sentences
    with pytest.raises(KeyError):
        term("hole punching")


# --- Safe to show and to translate ------------------------------------------------------------


def test_no_returned_text_holds_a_placeholder() -> None:
    # Callers may still run .format() on these texts, so not even a literal brace is allowed.
    for text in every_text():
        assert "{" not in text and "}" not in text, text


def test_sentences_end_cleanly() -> None:
    for text in every_text():
        assert text == text.strip(), text
        assert "  " not in text, text


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__)
def test_every_marking_is_a_literal_in_the_context_of_its_module(module: ModuleType) -> None:
    calls = marking_calls(Path(module.__file__))
    if not calls:
        assert not hasattr(module, "CONTEXT"), module.__name__
        return
    # One context a module, and the same one for the translation as for the marking.
    assert module.CONTEXT in CONTEXTS
    for call in calls:
        assert not call.keywords, ast.dump(call)
        assert len(call.args) == 2, ast.dump(call)
        context, text = call.args
        assert isinstance(context, ast.Constant) and context.value == module.CONTEXT, (
            module.__name__,
            ast.dump(call),
        )
        assert isinstance(text, ast.Constant) and isinstance(text.value, str), ast.dump(call)
        assert text.value.strip(), ast.dump(call)


def test_the_contexts_are_those_the_translations_hold() -> None:
    # Renaming a context would orphan every translation of it in translations/*.ts.
    assert {getattr(module, "CONTEXT", None) for module in MODULES} - {None} == CONTEXTS


def test_the_package_offers_everything_its_modules_offer() -> None:
    offered = set(wizard.words.__all__)
    for module in MODULES:
        for name, value in vars(module).items():
            if name.startswith("_") or name == "CONTEXT" or isinstance(value, ModuleType):
                continue
            if getattr(value, "__module__", module.__name__) != module.__name__:
                continue  # imported from elsewhere
            if name.isupper() or callable(value):
                assert name in offered or name in {"Words", "explain"}, (module.__name__, name)
    assert all(hasattr(wizard.words, name) for name in offered)


def test_every_text_is_translated_in_the_context_it_was_marked_in(monkeypatch) -> None:
    marked = marked_texts()
    looked_up: set[tuple[str, str]] = set()

    def translate(context: str, text: str, disambiguation: str | None = None) -> str:
        assert (context, text) in marked, (context, text)
        looked_up.add((context, text))
        return "»" + text

    patched = [module for module in MODULES if hasattr(module, "translated")]
    assert patched
    for module in patched:
        monkeypatch.setattr(module, "translated", translate)
    texts = every_text()
    assert all(text.startswith("»") for text in texts)
    # Nothing is marked that no function can return.
    assert looked_up == marked


def test_lupdate_finds_every_marked_text(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    need(lupdate is not None, "pyside6-lupdate is not installed")
    assert lupdate is not None
    ts = tmp_path / "words.ts"
    subprocess.run(
        [lupdate, *map(str, SOURCES), "-ts", str(ts)], check=True, capture_output=True, timeout=60
    )
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    assert found == marked_texts()


# --- Ports Windows reserves -------------------------------------------------------------------


def reserved_result(ranges, ports=()) -> ScanResult:
    return ScanResult(
        Verdict.PORT_RESERVED, "swyxware", (), NatSummary(), tuple(ports), 1.0, reserved=ranges
    )


def bound(number: int, outcome: Outcome) -> PortResult:
    return PortResult(number, Requirement.FULL_CONE, outcome, None, None, None)


def test_a_reserved_range_is_a_problem_of_this_computer_with_the_lasting_fix() -> None:
    # SwyxWare's media ports, two of Windows' blocks inside them, and its port 65002.
    checked = [*range(55000, 57001), 65002]
    reserved = (
        ReservedRange(56000, 56099),
        ReservedRange(56100, 56199),
        ReservedRange(65002, 65002),
    )
    ports = [
        bound(p, Outcome.PORT_RESERVED if any(p in r for r in reserved) else Outcome.PASS)
        for p in checked
    ]
    (note,) = reserved_notes(reserved_result(reserved, ports))
    assert note.severity is Severity.PROBLEM
    assert note.title == "Ports 56000–56099, 56100–56199, 65002 are reserved by Windows"
    assert "not of the router" in note.text and "not this check and not the PBX" in note.text
    steps = " ".join(note.steps)
    for phrase in ("administrator", "Stop the PBX's services", "set dynamicport udp", "only until"):
        assert phrase in steps, phrase
    assert "WSL, Docker and Hyper-V" in steps  # what stopping WinNAT interrupts
    # The PBX's whole run is excluded, so Windows cannot carve another part of it.
    assert note.commands == (
        "net stop winnat",
        "netsh int ipv4 add excludedportrange protocol=udp startport=55000 numberofports=2001 "
        "store=persistent",
        "netsh int ipv4 add excludedportrange protocol=udp startport=65002 numberofports=1 "
        "store=persistent",
        "net start winnat",
        "netsh int ipv4 show excludedportrange protocol=udp",
    )


def test_without_checked_ports_the_fix_excludes_the_reserved_ranges() -> None:
    (note,) = reserved_notes(reserved_result((ReservedRange(56000, 56099),)))
    assert note.commands[1] == (
        "netsh int ipv4 add excludedportrange protocol=udp startport=56000 numberofports=100 "
        "store=persistent"
    )


def test_an_administrators_exclusion_is_good_news() -> None:
    kept = (ReservedRange(55000, 57000, administered=True),)
    (note,) = reserved_notes(reserved_result(kept, [bound(55000, Outcome.PASS)]))
    assert note.severity is Severity.INFO
    assert note.title == "Ports 55000–57000 are kept free by an administrator"
    assert "the PBX can still open them" in note.text
    assert note.commands == () and note.steps == ()
    # Should Windows refuse a port in it all the same, it is no good news.
    assert reserved_notes(reserved_result(kept, [bound(55001, Outcome.NO_PERMISSION)])) == ()


def test_a_range_the_check_opened_a_port_in_is_not_named() -> None:
    ranges = (ReservedRange(56000, 56099),)
    assert reserved_notes(reserved_result(ranges, [bound(56050, Outcome.NOT_FORWARDED)])) == ()
    refused = [bound(56050, Outcome.PORT_RESERVED), bound(56051, Outcome.PORT_IN_USE)]
    assert len(reserved_notes(reserved_result(ranges, refused))) == 1
    assert reserved_notes(reserved_result(())) == ()


def test_no_permission_no_longer_sends_to_netstat_or_a_winnat_restart() -> None:
    text = joined(explain_outcome(Outcome.NO_PERMISSION))
    assert "netstat" not in text and "winnat" not in text
    assert "excludedportrange" in text
    reserved = joined(explain_outcome(Outcome.PORT_RESERVED))
    assert "administrator" in reserved and "This computer" in reserved


def test_a_single_reserved_port_is_named_as_one() -> None:
    one = ReservedRange(65002, 65002)
    kept = ReservedRange(5060, 5060, administered=True)
    notes = reserved_notes(reserved_result((one, kept)))
    assert [note.title for note in notes] == [
        "Port 65002 is reserved by Windows",
        "Port 5060 is kept free by an administrator",
    ]


# --- What the responder found from outside ----------------------------------------------------


def note_text(note) -> str:
    return " ".join([note.title, note.text, *note.steps])


@pytest.mark.parametrize("seen", [TcpSeen.CONNECTED, TcpSeen.REFUSED, TcpSeen.TIMEOUT])
def test_a_tcp_port_not_forwarded_is_told_by_what_became_of_the_connection(seen) -> None:
    explanation = explain_outcome(Outcome.NOT_FORWARDED, Requirement.INBOUND_TCP, seen=seen)
    text = joined(explanation)
    # TCP words: no STUN server and no test 1 for a TCP port, no UDP forward to set up.
    assert "TCP" in text and "STUN" not in text and "UDP" not in text
    assert "responder" in explanation.summary
    expected = {
        TcpSeen.CONNECTED: ["not by this computer", "router answers on this port itself",
                            "another computer", "remote administration"],
        TcpSeen.REFUSED: ["refused", "no forward", "nothing listens"],
        TcpSeen.TIMEOUT: ["dropped on the way", "no forward", "firewall before this computer"],
    }[seen]  # fmt: skip
    for phrase in expected:
        assert phrase in text, phrase


def test_tcp_words_differ_by_what_the_responder_saw_and_from_udp_words() -> None:
    tcp = Requirement.INBOUND_TCP
    titles = {explain_outcome(Outcome.NOT_FORWARDED, tcp, seen=s).title for s in TcpSeen}
    # Connected, refused, dropped, rejected; the responder's own failure gets the plain words.
    assert len(titles) == 5
    assert explain_outcome(Outcome.NOT_FORWARDED, tcp, seen=TcpSeen.ERROR) == explain_outcome(
        Outcome.NOT_FORWARDED, tcp
    )
    assert explain_outcome(Outcome.NOT_FORWARDED, tcp) != explain_outcome(Outcome.NOT_FORWARDED)
    passed = explain_outcome(Outcome.PASS, tcp)
    assert "TCP port" in passed.summary and passed.steps == explain_outcome(Outcome.PASS).steps
    blocked = joined(explain_outcome(Outcome.BLOCKED_ON_THIS_COMPUTER, tcp))
    assert "inbound TCP" in blocked and "STUN" not in blocked
    # What the responder saw changes nothing for a UDP port.
    udp = explain_outcome(Outcome.NOT_FORWARDED, Requirement.FULL_CONE, seen=TcpSeen.REFUSED)
    assert udp == explain_outcome(Outcome.NOT_FORWARDED)


def test_a_verdict_about_tcp_ports_only_gives_tcp_steps() -> None:
    tcp = explain_verdict(Verdict.NOT_FORWARDED, tcp=True)
    assert tcp.steps == explain_outcome(Outcome.NOT_FORWARDED, Requirement.INBOUND_TCP).steps
    assert "forward each failing TCP port" in tcp.steps[0]
    assert tcp.summary == explain_verdict(Verdict.NOT_FORWARDED).summary
    assert verdict_outcome(Verdict.NOT_FORWARDED) is Outcome.NOT_FORWARDED
    assert verdict_outcome(Verdict.SIP_ALG) is None
    assert explain_verdict(Verdict.SIP_ALG, tcp=True) == explain_verdict(Verdict.SIP_ALG)


def test_a_udp_port_not_forwarded_names_who_was_kept_out() -> None:
    by_responder = explain_outcome(Outcome.NOT_FORWARDED, witness=Witness.RESPONDER)
    by_both = explain_outcome(Outcome.NOT_FORWARDED, Requirement.FULL_CONE, witness=Witness.BOTH)
    assert "responder's probe" in by_responder.summary
    assert "server's other address" not in by_responder.summary
    assert "STUN server's second address nor the responder" in by_both.summary
    assert by_responder.steps == by_both.steps == explain_outcome(Outcome.NOT_FORWARDED).steps
    # An outbound port is no fault whoever was kept out.
    outbound = Requirement.OUTBOUND
    assert explain_outcome(Outcome.NOT_FORWARDED, outbound, witness=Witness.BOTH) == (
        explain_outcome(Outcome.NOT_FORWARDED, outbound)
    )


def test_short_words_for_witnesses_and_connections() -> None:
    assert [witness_label(w) for w in Witness] == ["STUN server", "responder", "both"]
    assert tcp_seen_label(TcpSeen.CONNECTED) == "connected"
    assert tcp_seen_label(TcpSeen.CONNECTED, reached=False) == "another device answered"
    assert tcp_seen_label(TcpSeen.REFUSED, reached=False) == "refused on the way"
    assert len({tcp_seen_label(s) for s in TcpSeen}) == len(TcpSeen)


def test_every_part_of_a_sip_message_has_words() -> None:
    labels = [sip_part_label(part) for part in Part]
    assert len(set(labels)) == len(Part)
    assert all(label != str(part) for label, part in zip(labels, Part, strict=True))
    assert sip_part_label("x-new-part") == "x-new-part"


@pytest.mark.parametrize("reason", [Reason.WITNESSES_DISAGREE, Reason.LOCAL_SERVICE_UNSEEN,
                                    Reason.RESPONDER_UNHEARD])  # fmt: skip
def test_the_responders_reasons_say_why_nothing_is_judged(reason) -> None:
    text = joined(explain_reason(reason))
    assert "responder" in text
    assert "neither as passed nor as failed" in text or "says nothing" in text


def test_a_sip_helper_is_a_problem_with_what_it_changed_and_where_to_switch_it_off() -> None:
    changes = (
        SipChange("via", "SIP/2.0/UDP 192.168.1.10:5060", "SIP/2.0/UDP 203.0.113.7:5060"),
        SipChange("contact", "<sip:pbx@192.168.1.10:5060>", "<sip:pbx@203.0.113.7:5060>"),
        SipChange("via", "x", "y", Protocol.TCP),  # the same part again, over TCP
        SipChange("sdp-connection", "c=IN IP4 192.168.1.10", "c=IN IP4 203.0.113.7"),
    )
    found = SipAlg(True, True, changes, (Protocol.UDP, Protocol.TCP), 5060)
    result = ScanResult(Verdict.SIP_ALG, "3cx", (), NatSummary("203.0.113.7"), (), 1.0,
                        responder=RESPONDER, sip_alg=found)  # fmt: skip
    problem, used = responder_notes(result)
    assert problem.severity is Severity.PROBLEM and used.severity is Severity.INFO
    assert problem.title == "The router rewrites SIP messages (SIP ALG)"
    assert (
        "changed it: the Via header (where answers go), the Contact header (where the PBX is "
        "reached), the SDP connection address (c=, where audio goes)."
    ) in problem.text
    steps = " ".join(problem.steps)
    for phrase in ("DrayTek", "Netgear", "TP-Link", "FRITZ!Box", "SonicWall",
                   "SIP Transformations", "default-voip-alg-mode", "kernel-helper-based",
                   "session-helper", "no inspect sip", "MikroTik", "pfSense", "Static Port",
                   "nf_conntrack_sip"):  # fmt: skip
        assert phrase in steps, phrase
    vendors = [step for step in problem.steps[1:-1] if not step.startswith("pfSense")]
    assert all("typically" in step for step in vendors)
    assert problem.steps[-1].startswith("Then run the check again")
    assert explain_verdict(Verdict.SIP_ALG).title == "SIP helper rewrites SIP messages"
    assert "SIP ALG finding" in explain_verdict(Verdict.SIP_ALG).steps[0]


def test_a_clean_sip_test_names_what_it_went_over() -> None:
    def note(alg: SipAlg):
        result = ScanResult(Verdict.SUCCESS, "3cx", (), NatSummary(), (), 1.0, sip_alg=alg)
        (only,) = responder_notes(result)
        return only

    both = note(SipAlg(True, False, (), (Protocol.UDP, Protocol.TCP), 5060))
    assert both.severity is Severity.INFO
    assert both.title == "No SIP helper changed the check's SIP message"
    assert "over UDP and TCP from port 5060" in both.text
    assert "over UDP from port 65002" in note(SipAlg(True, False, (), (Protocol.UDP,), 65002)).text
    moved = note(SipAlg(True, False, (), (Protocol.UDP,), 40123, SipProblem.PORT_IN_USE))
    assert moved.severity is Severity.WARNING and "from port 40123 instead" in moved.text
    unknown = note(SipAlg(True, None, (), (Protocol.UDP,), 5060, SipProblem.NO_ECHO))
    assert unknown.severity is Severity.WARNING and "nothing came back" in unknown.text
    assert responder_notes(replace(RESULT_NO_SIP, sip_alg=SipAlg(False))) == ()


RESULT_NO_SIP = ScanResult(Verdict.SUCCESS, "custom", (), NatSummary(), (), 1.0)


@pytest.mark.parametrize("error", list(ResponderError))
def test_a_responder_that_could_not_be_used_says_why_and_what_to_do(error) -> None:
    status = replace(RESPONDER, error=error, detail="Connection refused")
    no_echo = SipAlg(False, None, problem=SipProblem.NO_RESPONDER)
    (note,) = responder_notes(replace(RESULT_NO_SIP, responder=status, sip_alg=no_echo))
    assert note.severity is Severity.WARNING
    assert "responder.example.net:3480" in note.text and "(Connection refused)" in note.text
    assert note.steps
    if error is not ResponderError.UNHEARD:
        assert note.text.endswith("test 2 relied on the STUN server alone.")
    hints = {
        ResponderError.UNREACHABLE: "3480",
        ResponderError.UNAUTHORIZED: "--responder-secret-file",
        ResponderError.BAD_ANSWER: "same version",
        ResponderError.UNHEARD: "send UDP out",
    }
    if error in hints:
        assert hints[error] in " ".join(note.steps)


def test_the_responder_used_is_named_and_another_public_address_is_a_warning() -> None:
    result = replace(RESULT_NO_SIP, nat=NatSummary("203.0.113.7"), responder=RESPONDER)
    (used,) = responder_notes(result)
    assert used.severity is Severity.INFO
    assert used.text.startswith("The responder responder.example.net:3480 (198.51.100.9:3480)")
    assert used.text.endswith("It saw the check come from 203.0.113.7.")
    other = replace(result, responder=replace(RESPONDER, public_ip="198.51.100.77"))
    (warning,) = responder_notes(other)
    assert warning.severity is Severity.WARNING
    assert "198.51.100.77" in warning.text and "203.0.113.7" in warning.text


# --- The router, the hairpin test and the mapping lifetime --------------------------------------


def test_the_upstream_verdict_names_each_fix() -> None:
    explanation = explain_verdict(Verdict.UPSTREAM_NAT)
    text = joined(explanation)
    phrases = ("bridge mode", "exposed host (DMZ)", "100.64.0.0/10", "public IPv4 address",
               "SIP trunk in an outbound-only setup", "Where the product allows it")  # fmt: skip
    for phrase in phrases:
        assert phrase in text, phrase
    assert "forwards on this router alone cannot be enough" in verdict_message(Verdict.UPSTREAM_NAT)


@pytest.mark.parametrize(
    ("sample", "phrases"),
    [
        (rr.carrier_nat, ["100.64.0.2", "carrier-grade NAT", "203.0.113.1", "public IPv4"]),
        (rr.isp_modem, ["192.168.178.20", "private address", "bridge mode"]),
        (rr.wan_differs, ["198.51.100.77", "203.0.113.1", "bridge mode"]),
        (rr.typed_carrier_nat, ["100.64.0.2", "typed from its status page", "public IPv4"]),
    ],
)
def test_a_second_nat_is_a_problem_that_says_which_and_the_fix(sample, phrases) -> None:
    result = sample()
    assert result.verdict is Verdict.UPSTREAM_NAT
    first = router_notes(result)[0]
    assert first.severity is Severity.PROBLEM
    assert first.title == "A second NAT sits between the router and the internet"
    text = " ".join([first.text, *first.steps])
    for phrase in phrases:
        assert phrase in text, phrase
    assert "Forwards on this router alone cannot make the failing ports work." in first.text


def test_a_router_saying_it_is_not_connected_only_hints_at_a_second_nat() -> None:
    """No WAN address, or "not connected", while traffic passes: a hint to settle with
    the router's own status page, never the verdict."""
    result = rr.not_connected()
    assert result.verdict is Verdict.NOT_FORWARDED
    first = router_notes(result)[0]
    assert first.severity is Severity.WARNING
    assert first.title == "Perhaps a second NAT sits between the router and the internet"
    assert "not up" in first.text and "cannot be told for certain" in first.text
    assert "--router-wan" in first.steps[0]


def test_a_second_nat_that_lets_everything_through_is_a_warning_to_keep_it_so() -> None:
    result = rr.dmz()
    assert result.verdict is Verdict.SUCCESS
    (upstream,) = [n for n in router_notes(result) if "second NAT" in n.title]
    assert upstream.severity is Severity.WARNING
    assert (
        upstream.title == "A second NAT sits in front of the router, and lets the ports through now"
    )
    assert "exposed host or DMZ" in upstream.text and "can undo that" in upstream.text
    assert "documentation" in upstream.steps[0]


def test_a_forward_to_another_device_names_both_addresses_and_the_ports() -> None:
    notes = router_notes(rr.other_host())
    problem = notes[0]
    assert problem.severity is Severity.PROBLEM
    assert problem.title == "The router forwards ports to another device"
    assert problem.text.startswith(
        "The router forwards 5060, 9000–9009 to another device (198.18.0.3), not to this "
        "computer (198.18.0.2)."
    )
    assert "UPnP" in " ".join(problem.steps)
    # The list covers part of the media range: the rest may be forwarded by hand.
    (partial,) = [n for n in notes if n.title.startswith("The router lists forwards for only")]
    assert partial.severity is Severity.INFO
    assert "Its list covers 5060, 9000–9009, but not 5090, 9010–9019." in partial.text
    assert "typed into their settings" in partial.text
    # The torrent client's TCP forward is not about the checked ports: not named.
    assert not any("51413" in note.text for note in notes)
    # Without this computer's address, the sentence does without it.
    (alone,) = [n for n in router_notes(replace(rr.other_host(), egress=None))
                if n.severity is Severity.PROBLEM]  # fmt: skip
    assert "not to this computer." in alone.text


def test_a_forward_onto_another_port_and_one_switched_off() -> None:
    notes = router_notes(rr.port_changed())
    changed = next(n for n in notes if n.title.endswith("onto other port numbers"))
    assert changed.severity is Severity.PROBLEM and "5060 → 5062" in changed.text
    off = next(n for n in notes if n.title.endswith("switched off"))
    assert off.severity is Severity.WARNING and "9000" in off.text


def test_forwards_all_to_this_computer_and_why_the_check_adds_none() -> None:
    notes = router_notes(rr.this_host())
    assert [n.severity for n in notes] == [Severity.INFO, Severity.INFO]
    fine, upnp = notes
    assert fine.text == (
        "Its list forwards 5060, 5090, 9000–9019 to this computer, each on the same port number."
    )
    assert upnp.title == "Why the check adds no UPnP forwards"
    for phrase in ("never adds or removes", "restarts", "lease", "by hand"):
        assert phrase in upnp.text


def test_a_silent_router_suggests_typing_its_wan_address() -> None:
    (silent,) = router_notes(rr.no_router())
    assert silent.severity is Severity.INFO and silent.title == "The router did not answer"
    assert "(no UPnP or NAT-PMP answer within 6 s)" in silent.text
    assert "--router-wan" in silent.steps[0]
    assert router_notes(replace(rr.no_router(), router=None)) == ()


def test_the_routers_own_text_is_one_short_line_of_plain_text() -> None:
    assert router_text("FRITZ!Box\x1b[2J\n7590\u202e") == "FRITZ!Box [2J 7590"
    assert router_text("<b>x</b>") == "<b>x</b>"  # shown as text or escaped by each face
    long = router_text("a" * 500)
    assert len(long) == 80 and long.endswith("…")
    assert router_text(None) == "" and router_text("   ") == ""
    others = RouterInfo(RouterSource.NONE, others=("AP\x07 upstairs", "\n"))
    (_, listed) = router_notes(replace(rr.no_router(), router=others))
    assert listed.text.endswith(": AP upstairs.")


def test_hairpin_is_a_finding_never_a_forwarding_failure() -> None:
    works = hairpin_note(rr.HAIRPIN_WORKS)
    assert works.severity is Severity.INFO and "203.0.113.1:9001" in works.text
    fails = hairpin_note(rr.HAIRPIN_FAILS)
    assert fails.severity is Severity.WARNING
    assert "no fault of the port forwards" in fails.text
    steps = " ".join(fails.steps)
    assert "NAT loopback" in steps and "split DNS" in steps
    no_snat = hairpin_note(rr.HAIRPIN_NO_SNAT)
    assert no_snat.severity is Severity.WARNING and "198.18.0.2:9000" in no_snat.text
    assert "translate the source" in no_snat.steps[0]
    for hairpin in HAIRPINS:
        note = hairpin_note(hairpin)
        assert note is None or note.severity is not Severity.PROBLEM
    assert hairpin_note(Hairpin(False)) is None and hairpin_note(None) is None
    untested = hairpin_note(rr.HAIRPIN_UNTESTED)
    assert (
        untested.title == "Hairpin NAT was not tested" and "No port passed test 2" in untested.text
    )
    unknown = hairpin_note(rr.HAIRPIN_FIREWALL)
    assert unknown.title == "Whether hairpin NAT works could not be told"
    assert "own firewall" in unknown.text
    assert [hairpin_summary(h) for h in (rr.HAIRPIN_WORKS, rr.HAIRPIN_FAILS, rr.HAIRPIN_NO_SNAT,
                                         rr.HAIRPIN_FIREWALL, rr.HAIRPIN_UNTESTED)] == [
        "works", "does not work", "loops back, but without translating the source",
        "could not be told", "not tested",
    ]  # fmt: skip


def test_a_short_lifetime_names_the_products_setting() -> None:
    setting = "In the 3CX management console, typically the SIP trunk's re-registration."
    need = KeepaliveNeed(30, False, setting)
    note = lifetime_note(rr.LIFETIME_SHORT, need)
    assert note.severity is Severity.PROBLEM
    assert note.title == "The router forgets idle UDP mappings too soon"
    assert note.text.startswith(
        "An idle UDP mapping was still open after 25 s, and gone after 30 s. SIP "
        "registrations and calls on hold can stay quiet for 30 s and longer."
    )
    assert "one-way or no audio" in note.text
    assert note.steps[0] == (
        f"Make the PBX refresh its mappings more often than every 25 s. {setting}"
    )
    assert "RFC 4787" in note.steps[1]
    assert lifetime_summary(rr.LIFETIME_SHORT, need) == (
        "between 25 and 30 s: too short (the PBX needs 30 s)"
    )


def test_the_same_lifetime_is_enough_for_a_product_that_refreshes_every_10_s() -> None:
    swyx = KeepaliveNeed(10, True, None)
    note = lifetime_note(rr.LIFETIME_SHORT, swyx)
    assert note.severity is Severity.INFO
    assert "The PBX refreshes its mappings by itself every 10 s." in note.text
    assert lifetime_summary(rr.LIFETIME_LONG, swyx) == "at least 120 s: enough (the PBX needs 10 s)"


def test_a_lifetime_that_could_not_be_told_says_why() -> None:
    need = KeepaliveNeed(30, False, None)
    cancelled = lifetime_note(rr.LIFETIME_CANCELLED, need)
    assert cancelled.severity is Severity.INFO
    assert cancelled.text == (
        "The test was stopped before it was done. Up to then an idle UDP mapping was still "
        "open after 20 s."
    )
    unsupported = lifetime_note(rr.LIFETIME_NOT_SUPPORTED, need)
    assert "RESPONSE-PORT" in unsupported.text and "coturn" in unsupported.steps[0]
    assert lifetime_summary(rr.LIFETIME_NOT_SUPPORTED, need) == "could not be told"
    around = lifetime_note(MappingLifetime(True, 120.0, 20.0, 40.0), need)
    assert "somewhere around" in around.text
    assert lifetime_note(MappingLifetime(False, 120.0), need) is None
    assert lifetime_note(None, need) is None


def test_forwards_to_this_computer_on_ports_that_failed_point_in_front_of_the_router() -> None:
    listed = [rr.mapping(n, "198.18.0.2") for n in range(9000, 9003)]
    result = rr.scan(rr.ports(rr.PORTS), rr.router(wan="203.0.113.1", listed=listed))
    assert result.verdict is Verdict.NOT_FORWARDED
    titles = [note.title for note in router_notes(result)]
    assert "The router forwards ports to this computer that still failed" in titles
    passing = rr.scan(rr.ports(), rr.router(wan="203.0.113.1", listed=listed))
    assert "The router forwards ports to this computer that still failed" not in [
        note.title for note in router_notes(passing)
    ]
