"""The one view of a result that every face renders (no network, no widgets)."""

from __future__ import annotations

import random
from dataclasses import replace

import routerresults as rr
from responderresults import mixed, sip_alg_only, tcp, tcp_only_failing, three_cx, udp, unusable

from wizard.engine.model import (
    Address,
    Direction,
    LinkQuality,
    ManualCheck,
    MappingFit,
    NatSummary,
    Outcome,
    PortResult,
    ProcessInfo,
    Protocol,
    Reason,
    Requirement,
    ResponderError,
    RouterSource,
    ScanResult,
    ServerError,
    ServerStatus,
    TcpSeen,
    Verdict,
    Witness,
)
from wizard.keepalive import LifetimeFit
from wizard.portspec import PortRange
from wizard.presentation import (
    MAX_COMMAND_BLOCKS,
    MAX_MAPPING_ROWS,
    MAX_TABLE_ROWS,
    OUTCOME_COLOURS,
    group_mappings,
    held_by,
    mark,
    port_row,
    present,
)
from wizard.words import (
    Severity,
    explain_outcome,
    explain_verdict,
    link_figures,
    outcome_label,
    reason_label,
    responder_notes,
    server_error_text,
    verdict_message,
)

PUBLIC = "203.0.113.7"
SERVER = ServerStatus(
    "stun.example.net:3478",
    addresses=(Address("198.51.100.1", 3478),),
    primary=Address("198.51.100.1", 3478),
    other_address=Address("198.51.100.2", 3479),
)


def port(number: int, outcome: Outcome = Outcome.PASS, **changes) -> PortResult:
    values = dict(
        port=number,
        requirement=Requirement.FULL_CONE,
        outcome=outcome,
        mapped=Address(PUBLIC, number),
        test1=True,
        test2=outcome is Outcome.PASS,
    )
    values.update(changes)
    return PortResult(**values)


def held(number: int, name: str | None = "3CXPhoneSystem.exe", pid: int | None = 4312):
    return port(
        number,
        Outcome.PORT_IN_USE,
        mapped=None,
        test1=None,
        test2=None,
        process=ProcessInfo(pid, name),
        commands=(f"ss -lunp 'sport = :{number}'",),
    )


def result(verdict: Verdict, ports, **changes) -> ScanResult:
    values = dict(
        verdict=verdict,
        product="3cx",
        servers=(SERVER,),
        nat=NatSummary(PUBLIC),
        ports=tuple(ports),
        elapsed_s=3.0,
        server_used=SERVER,
    )
    values.update(changes)
    return ScanResult(**values)


def test_neighbouring_ports_that_ended_alike_make_one_row():
    ports = [port(p) for p in range(9000, 9010)] + [
        port(p, Outcome.NOT_FORWARDED) for p in range(9010, 9020)
    ]
    view = present(result(Verdict.PARTIAL, ports))
    assert [(row.ports, row.count, row.label) for row in view.rows] == [
        (PortRange(9000, 9009), 10, outcome_label(Outcome.PASS)),
        (PortRange(9010, 9019), 10, outcome_label(Outcome.NOT_FORWARDED)),
    ]
    first, second = view.rows
    assert (first.public, first.test1, first.test2) == (f"{PUBLIC}:9000–9009", "ok", "ok")
    assert (second.test2, second.colour, second.failing) == (
        "failed",
        OUTCOME_COLOURS[Outcome.NOT_FORWARDED],
        True,
    )
    assert view.rows_left_out == 0
    assert view.counts == (("Passed", 10), ("Not forwarded", 10))
    assert view.not_passing == (("Not forwarded", "9010–9019"),)


def test_an_inconclusive_row_carries_its_reason_and_is_not_a_fault():
    row = port_row(port(9000, Outcome.INCONCLUSIVE, reason=Reason.LINK_LOSS, test2=None))
    assert row.reason == reason_label(Reason.LINK_LOSS)
    assert row.details == row.reason
    assert row.result == f"{outcome_label(Outcome.INCONCLUSIVE)} ({row.reason})"
    assert (row.test2, row.failing) == ("–", False)


def test_random_public_ports_fold_into_one_row_that_says_they_vary():
    rng = random.Random(5)
    ports = [
        port(p, Outcome.SYMMETRIC_NAT, mapped=Address(PUBLIC, rng.randrange(20000, 60000)))
        for p in range(9000, 11000)
    ]
    view = present(result(Verdict.SYMMETRIC_NAT, ports))
    assert [(row.ports, row.public) for row in view.rows] == [
        (PortRange(9000, 10999), f"{PUBLIC}, ports vary")
    ]


def test_a_table_that_cannot_fold_is_cut_short_and_says_how_much():
    ports = [port(p) if p % 2 else port(p, Outcome.NOT_FORWARDED) for p in range(9000, 11000)]
    view = present(result(Verdict.PARTIAL, ports))
    assert len(view.rows) == MAX_TABLE_ROWS
    assert view.rows_left_out == 2000 - MAX_TABLE_ROWS
    # The list of failing ports in words is cut short too, and says so.
    assert view.failures[0].ports_text.endswith("(ranges left out: 960)")


def test_failures_are_classed_by_outcome_and_requirement_and_unclear_ports_by_reason():
    ports = [
        port(9000, Outcome.NOT_FORWARDED),
        port(9001, Outcome.NOT_FORWARDED),
        port(9002, Outcome.NOT_FORWARDED, requirement=Requirement.OUTBOUND),
        port(9003, Outcome.INCONCLUSIVE, reason=Reason.RECENT_CONTACT, retested=True),
        port(9005, Outcome.INCONCLUSIVE, reason=Reason.RECENT_CONTACT),
    ]
    view = present(result(Verdict.NOT_FORWARDED, ports))
    assert [(c.requirement, c.ports_text, c.count) for c in view.failures] == [
        (Requirement.FULL_CONE, "9000–9001", 2),
        (Requirement.OUTBOUND, "9002", 1),
    ]
    assert view.failures[0].explanation == explain_outcome(
        Outcome.NOT_FORWARDED, Requirement.FULL_CONE
    )
    assert view.failures[0].detail == "Not forwarded, Forwarded one-to-one (full cone)"
    [unclear] = view.unclear
    assert (unclear.reason, unclear.ports_text, unclear.retested) == (
        Reason.RECENT_CONTACT,
        "9003, 9005",
        1,
    )
    assert unclear.detail == reason_label(Reason.RECENT_CONTACT)
    # One outcome failed, and the verdict says it: only the unclear ports are explained
    # beside it.
    assert view.beside_verdict == (unclear,)


def test_a_partial_verdict_explains_each_failure_beside_it():
    ports = [port(9000), port(9001, Outcome.NOT_FORWARDED), port(9002, Outcome.NO_RESPONSE)]
    view = present(result(Verdict.PARTIAL, ports))
    assert [c.outcome for c in view.beside_verdict] == [
        Outcome.NOT_FORWARDED,
        Outcome.NO_RESPONSE,
    ]


def test_held_ports_are_grouped_by_program_and_a_few_show_their_commands():
    ports = [held(p) for p in range(5060, 5068)] + [held(5070, name=None, pid=None)]
    view = present(result(Verdict.PORT_IN_USE, ports))
    assert [(g.ports, g.name, g.pid) for g in view.held.groups] == [
        (PortRange(5060, 5067), "3CXPhoneSystem.exe", "4312"),
        (PortRange(5070, 5070), "?", "?"),
    ]
    assert len(view.held.shown) == MAX_COMMAND_BLOCKS
    assert view.held.more == 9 - MAX_COMMAND_BLOCKS
    first = view.held.shown[0]
    assert (first.port, first.program, first.commands) == (
        5060,
        "3CXPhoneSystem.exe (PID 4312)",
        ("ss -lunp 'sport = :5060'",),
    )
    assert view.rows[0].details == "3CXPhoneSystem.exe (PID 4312)"


def test_one_way_to_name_a_holder_and_a_test():
    assert held_by(ProcessInfo(7, "a.exe")) == "a.exe (PID 7)"
    assert held_by(ProcessInfo(None, "a.exe")) == "a.exe"
    assert held_by(ProcessInfo(7, None)) == "? (PID 7)"
    assert held_by(None) == ""
    assert (mark(True), mark(False), mark(None)) == ("ok", "failed", "–")


def test_a_holder_is_named_as_a_technician_knows_it():
    svchost = ProcessInfo(2188, "svchost.exe", services=("Dnscache", "NlaSvc"))
    assert held_by(svchost) == "svchost.exe, services: Dnscache, NlaSvc (PID 2188)"
    copy = ProcessInfo(5120, "PBXFirewallWizard.exe", this_program=True)
    assert held_by(copy) == "another copy of this wizard (PBXFirewallWizard.exe) (PID 5120)"
    view = present(
        result(
            Verdict.PORT_IN_USE,
            [port(5060, Outcome.PORT_IN_USE, mapped=None, test1=None, process=copy,
                  commands=('tasklist /svc /fi "pid eq 5120"',))],
        )
    )  # fmt: skip
    assert view.held.shown[0].name == "another copy of this wizard (PBXFirewallWizard.exe)"
    assert view.held.groups[0].name == view.held.shown[0].name
    steps = " ".join(view.verdict.explanation.steps)
    assert "another copy of this wizard" in steps


def test_manual_checks_are_typed_rows_in_words():
    checks = (
        ManualCheck("5090", Protocol.TCP, Direction.BOTH, "3CX tunnel over TCP",
                    Requirement.INBOUND_TCP, True),
        ManualCheck("65002", Protocol.BOTH, Direction.INBOUND, "SIP trunk",
                    Requirement.INBOUND_TCP, False, public_port=5060),
    )  # fmt: skip
    view = present(result(Verdict.SUCCESS, [port(9000)], manual=checks))
    assert [(m.ports, m.protocol, m.needs, m.purpose) for m in view.manual] == [
        ("5090", "TCP", "Inbound TCP, required", "3CX tunnel over TCP"),
        ("5060 → 65002", "UDP and TCP", "Inbound TCP, recommended", "SIP trunk"),
    ]
    # The JSON keeps the catalog's shape.
    assert result(Verdict.SUCCESS, [], manual=checks).as_dict()["manual_checks"][1] == {
        "ports": "65002",
        "protocol": "both",
        "direction": "inbound",
        "purpose": "SIP trunk",
        "requirement": "inbound-tcp",
        "required": False,
        "destinations": None,
        "public_port": 5060,
    }


def test_servers_say_which_was_used_and_why_others_were_not():
    missing = ServerStatus(
        "stun.nosuch.example:3478", error=ServerError.NAME_NOT_FOUND, detail="Name not known"
    )
    spare = ServerStatus("stun2.example.net:3478", error=ServerError.NOT_TRIED)
    view = present(result(Verdict.SUCCESS, [port(9000)], servers=(missing, SERVER, spare)))
    assert [(s.server, s.address, s.other, s.used) for s in view.servers] == [
        ("stun.nosuch.example:3478", "–", "–", False),
        ("stun.example.net:3478", "198.51.100.1:3478", "198.51.100.2:3479", True),
        ("stun2.example.net:3478", "–", "–", False),
    ]
    assert view.servers[0].state == server_error_text(ServerError.NAME_NOT_FOUND) + (
        " (Name not known)"
    )
    assert view.servers[1].state == "Used for this check."
    assert view.server_used == view.servers[1]


def test_verdict_nat_and_link_in_words():
    link = LinkQuality(240, 235, 2.1, 340.0, 610.0, 42.0, 50.0, 31.4, 3, 4.5)
    view = present(result(Verdict.SUCCESS, [port(9000)], link=link))
    assert view.verdict.message == verdict_message(Verdict.SUCCESS)
    assert view.verdict.badge == ("#009E73", "#FFFFFF")
    assert not view.verdict.show_steps
    assert present(result(Verdict.PARTIAL, [port(9000)])).verdict.show_steps
    assert (view.nat.shown, view.nat.public_ip) == (True, PUBLIC)
    assert view.link is not None
    assert view.link.figures == tuple(link_figures(link))
    assert len(view.link.warnings) == 3
    assert view.link.summary.startswith("loss 2.1 %")
    nothing = present(result(Verdict.DNS_FAILURE, [], nat=NatSummary(), server_used=None))
    assert not nothing.nat.shown and nothing.rows == () and nothing.link is None


def test_text_from_the_network_is_passed_on_as_it_came():
    """Escaping is each face's business (HTML, rich text, a terminal); the view keeps the
    text exactly, so every face can escape it for its own medium."""
    hostile = '<script>alert("x")</script>\x1b[2J'
    unfit = ServerStatus("stun.example.org:3478", error=ServerError.NO_RESPONSE, detail=hostile)
    view = present(result(Verdict.PORT_IN_USE, [held(5060, name=hostile)], servers=(unfit,)))
    assert view.held.groups[0].name == hostile
    assert hostile in view.servers[0].state


def test_ports_blocked_by_this_computers_firewall_make_a_problem_note_with_the_commands():
    from wizard.engine.model import FirewallInbound, HostFirewall
    from wizard.words import ALLOW_ACTION, Severity

    exe = r"C:\Users\techniker\Downloads\PBXFirewallWizard.exe"
    firewall = HostFirewall(
        FirewallInbound.FILTERS,
        product="Windows Defender Firewall",
        profiles=("public",),
        enabled=True,
        default_inbound_block=True,
        block_rules=("pbxfirewallwizard.exe",),
        allow_rules=("PBX UDP 9000-9049",),
        program=exe,
    )
    blocked = [port(p, Outcome.BLOCKED_ON_THIS_COMPUTER, test2=False) for p in (9000, 9001, 9002)]
    view = present(result(Verdict.BLOCKED_ON_THIS_COMPUTER, blocked, firewall=firewall))
    [note] = [n for n in view.machine if n.action == ALLOW_ACTION]
    assert note.severity is Severity.PROBLEM
    assert view.machine[0] == note  # problems first
    assert "“pbxfirewallwizard.exe”" in note.text
    assert "Windows Defender Firewall" in note.text and "public" in note.text
    assert "9000–9002" in note.text and "beat every allow rule" in note.text
    assert note.commands == (
        f'netsh advfirewall firewall delete rule name="pbxfirewallwizard.exe" dir=in '
        f'program="{exe}"',
        'netsh advfirewall firewall add rule name="PBX Firewall Wizard (check)" dir=in '
        f'action=allow program="{exe}" protocol=UDP profile=public enable=yes',
        'netsh advfirewall firewall add rule name="PBX Firewall Wizard (check)" dir=in '
        f'action=allow program="{exe}" protocol=TCP profile=public enable=yes',
        'netsh advfirewall firewall delete rule name="PBX Firewall Wizard (check)" '
        f'program="{exe}"',
    )
    # The same firewall, opened by the check for its answers: a warning about the PBX only.
    from dataclasses import replace

    passed = present(
        result(Verdict.SUCCESS, [port(9000)], firewall=replace(firewall, preopen=True))
    )
    [warning] = passed.machine
    assert warning.severity is Severity.WARNING and warning.action is None
    assert "no verdict relied on it" in warning.text
    assert "all programs" in warning.steps[0]


# --- TCP ports, witnesses and what the responder found --------------------------------------


def test_tcp_rows_never_merge_with_udp_rows_and_name_their_protocol():
    view = present(
        three_cx([udp(5060), udp(5061), tcp(5060), tcp(5061), tcp(5062, Outcome.NOT_FORWARDED,
                  TcpSeen.REFUSED)])
    )  # fmt: skip
    assert [(r.protocol, r.ports, r.display, r.spec) for r in view.rows] == [
        (Protocol.UDP, PortRange(5060, 5061), "5060–5061", "5060-5061"),
        (Protocol.TCP, PortRange(5060, 5061), "5060–5061/TCP", "5060-5061/TCP"),
        (Protocol.TCP, PortRange(5062, 5062), "5062/TCP", "5062/TCP"),
    ]
    passed, refused = view.rows[1:]
    assert (passed.test1, passed.test2, passed.witness, passed.seen) == (
        "–", "ok", "responder", "connected"
    )  # fmt: skip
    assert (refused.test2, refused.witness, refused.details) == ("failed", "", "refused on the way")
    assert refused.result == "Not forwarded (refused on the way)"
    assert view.not_passing == (("Not forwarded (refused on the way)", "5062/TCP"),)


def test_rows_tell_who_proved_test_2():
    view = present(
        three_cx([udp(9000), udp(9001), udp(9002, by=Witness.RESPONDER, test2=None),
                  udp(9003, by=Witness.STUN, responder=None)])
    )  # fmt: skip
    assert [(str(r.ports), r.witness, r.test2) for r in view.rows] == [
        ("9000-9001", "both", "ok"),
        ("9002", "responder", "ok"),  # STUN had no say; the responder's probe got in
        ("9003", "STUN server", "ok"),
    ]
    # Kept out by the responder alone: a failed test 2, not a dash.
    alone = port_row(udp(9004, Outcome.NOT_FORWARDED, responder=False, test2=None))
    assert (alone.test2, alone.witness) == ("failed", "")


def test_failures_are_classed_apart_by_protocol_and_by_what_the_responder_saw():
    view = present(mixed())
    assert [(c.protocol, c.outcome, c.ports_text, c.detail) for c in view.failures] == [
        (Protocol.UDP, Outcome.NOT_FORWARDED, "9004",
         "Not forwarded, Forwarded one-to-one (full cone)"),
        (Protocol.TCP, Outcome.NOT_FORWARDED, "5001/TCP",
         "Not forwarded, Inbound TCP, another device answered"),
        (Protocol.TCP, Outcome.NOT_FORWARDED, "5061/TCP",
         "Not forwarded, Inbound TCP, dropped on the way"),
        (Protocol.TCP, Outcome.NOT_FORWARDED, "5090/TCP",
         "Not forwarded, Inbound TCP, refused on the way"),
    ]  # fmt: skip
    udp_class, connected = view.failures[:2]
    assert udp_class.explanation == explain_outcome(
        Outcome.NOT_FORWARDED, Requirement.FULL_CONE, witness=Witness.BOTH
    )
    assert connected.explanation == explain_outcome(
        Outcome.NOT_FORWARDED, Requirement.INBOUND_TCP, seen=TcpSeen.CONNECTED
    )
    [untraced] = view.unclear
    assert (untraced.protocol, untraced.reason, untraced.ports_text) == (
        Protocol.TCP, Reason.LOCAL_SERVICE_UNSEEN, "5000/TCP"
    )  # fmt: skip
    # PARTIAL explains each failure beside it; the TCP ones whatever the verdict.
    assert view.beside_verdict == (*view.failures, untraced)


def test_tcp_failures_are_explained_beside_a_verdict_about_udp_ports():
    ports = [udp(9000, Outcome.NOT_FORWARDED, test2=False, responder=False),
             tcp(5090, Outcome.NOT_FORWARDED, TcpSeen.TIMEOUT)]  # fmt: skip
    view = present(three_cx(ports))
    assert view.verdict.verdict is Verdict.NOT_FORWARDED
    # The verdict's steps are the UDP ones; the TCP port gets its own words beside them.
    assert view.verdict.explanation.steps == explain_verdict(Verdict.NOT_FORWARDED).steps
    assert [c.protocol for c in view.beside_verdict] == [Protocol.TCP]


def test_a_verdict_about_tcp_ports_alone_gives_tcp_steps():
    view = present(tcp_only_failing())
    assert view.verdict.explanation == explain_verdict(Verdict.NOT_FORWARDED, tcp=True)
    assert "TCP port" in view.verdict.explanation.steps[0]


def test_the_sip_alg_verdict_and_what_was_seen_from_outside():
    result = sip_alg_only()
    view = present(result)
    assert view.verdict.message == verdict_message(Verdict.SIP_ALG)
    assert view.verdict.badge == ("#D55E00", "#FFFFFF") and view.verdict.show_steps
    assert view.outside == responder_notes(result)
    assert [n.severity for n in view.outside] == [Severity.PROBLEM, Severity.INFO]
    assert [(c.part, c.transport) for c in view.sip_changes] == [
        ("the Via header (where answers go)", "UDP"),
        ("the Contact header (where the PBX is reached)", "UDP"),
        ("the SDP origin (o=)", "UDP"),
        ("the SDP connection address (c=, where audio goes)", "UDP"),
        ("the Content-Length (the body's size)", "UDP"),
        ("a header it added", "TCP"),
    ]
    added = view.sip_changes[-1]
    # The message's own text, as it came: each face escapes it for its medium.
    assert (added.sent, added.received) == ("–", "X-Helper: <b>rewritten</b>")
    assert view.failures == () and view.beside_verdict == ()


def test_without_a_responder_nothing_is_seen_from_outside():
    view = present(result(Verdict.SUCCESS, [port(9000)]))
    assert (view.outside, view.sip_changes) == ((), ())
    assert view.rows[0].witness == ""
    unused = present(unusable(ResponderError.UNREACHABLE, "Connection refused"))
    [note] = unused.outside
    assert note.severity is Severity.WARNING and "(Connection refused)" in note.text
    assert unused.sip_changes == ()


# --- What the router said, the hairpin test and the mapping lifetime ---------------------------


def test_without_a_router_hairpin_or_lifetime_there_is_no_section() -> None:
    view = present(rr.scan(rr.ports()))
    assert (view.router, view.hairpin, view.lifetime) == (None, None, None)


def test_the_routers_facts_in_words() -> None:
    view = present(rr.carrier_nat())
    assert view.router.facts == (
        ("Asked with", "UPnP IGD"),
        ("Router", "FRITZ!Box 7590 at 198.18.0.1"),
        ("Internet (WAN) address", "100.64.0.2"),
        ("Second NAT in front", "carrier-grade NAT of the provider"),
        ("Forwards it lists", "none"),
    )
    assert view.router.upstream == "carrier-grade NAT of the provider"
    assert view.router.notes[0].severity is Severity.PROBLEM
    assert view.verdict.verdict is Verdict.UPSTREAM_NAT
    silent = present(rr.not_connected()).router.facts
    assert ("Internet (WAN) address", "– (it says: Disconnected)") in silent
    assert present(rr.no_router()).router.facts == (
        ("Asked with", "no answer"),
        ("Second NAT in front", "none seen"),
    )
    typed = present(rr.typed_carrier_nat()).router.facts
    assert typed[0] == ("Asked with", "typed from the router's status page")
    assert ("Internet (WAN) address", "100.64.0.2") in typed


def test_forwards_are_grouped_into_ranges_by_device_and_offset() -> None:
    view = present(rr.other_host())
    rows = [(r.display, r.target, r.where, r.description) for r in view.router.rows]
    assert rows == [
        ("5060", "198.18.0.3:5060", "to another device", "Asterisk PBX"),
        ("9000–9009", "198.18.0.3:9000–9009", "to another device", "Asterisk PBX"),
    ]
    assert all(row.problem for row in view.router.rows)
    assert ("Forwards it lists", "12, of which 11 for the checked ports") in view.router.facts
    # A program that numbers its forwards still makes one range.
    (sip, tunnel, media) = present(rr.this_host()).router.rows
    assert (media.display, media.count, media.description) == ("9000–9019", 20, "3CX 9000 …")
    assert not media.problem


def test_a_range_splits_where_the_device_the_offset_or_the_protocol_changes() -> None:
    listed = [
        *(rr.mapping(n) for n in range(9000, 9004)),
        *(rr.mapping(n, internal=n + 100) for n in range(9004, 9006)),
        rr.mapping(9006, rr.OLD_PBX),
        rr.mapping(9007, rr.OLD_PBX),
        rr.mapping(9008, enabled=False),
        rr.mapping(5060, protocol=Protocol.TCP, description="sip tcp"),
    ]
    groups = group_mappings(rr.gateway.relate_mappings(listed, rr.THIS, [
        *rr.CHECKED, (Protocol.TCP, 5060)]))  # fmt: skip
    assert [(g[0].protocol, g[0].external_port, len(g), g[0].fit) for g in groups] == [
        (Protocol.TCP, 5060, 1, MappingFit.THIS_HOST),
        (Protocol.UDP, 9000, 4, MappingFit.THIS_HOST),
        (Protocol.UDP, 9004, 2, MappingFit.PORT_CHANGED),
        (Protocol.UDP, 9006, 2, MappingFit.OTHER_HOST),
        (Protocol.UDP, 9008, 1, MappingFit.DISABLED),
    ]
    view = present(rr.scan(rr.ports(), rr.router(listed=listed)))
    rows = {row.display: row for row in view.router.rows}
    assert rows["9004–9005"].target == "198.18.0.2:9104–9105"
    assert rows["9004–9005"].where == "to this computer, other port"


def test_leases_show_the_shortest_time_left() -> None:
    listed = [rr.mapping(9000, lease_s=3600), rr.mapping(9001, lease_s=90), rr.mapping(9002)]
    (row,) = present(rr.scan(rr.ports(), rr.router(listed=listed))).router.rows
    assert row.lease == "90 s"
    (long,) = present(rr.scan(rr.ports(), rr.router(listed=listed[:1]))).router.rows
    assert long.lease == "60 min"
    (kept,) = present(rr.scan(rr.ports(), rr.router(listed=listed[2:]))).router.rows
    assert kept.lease == "permanent"


def test_a_router_that_lists_many_forwards_is_cut_short() -> None:
    listed = [rr.mapping(n, rr.OLD_PBX if n % 2 else rr.THIS) for n in range(9000, 9120)]
    checked = [(Protocol.UDP, n) for n in range(9000, 9120)]
    info = replace(rr.router(), mappings=rr.gateway.relate_mappings(listed, rr.THIS, checked))
    view = present(replace(rr.scan(rr.ports()), router=info)).router
    assert len(view.rows) == MAX_MAPPING_ROWS and view.rows_left_out == 120 - MAX_MAPPING_ROWS


def test_what_the_router_says_is_one_short_line() -> None:
    hostile = rr.mapping(5060, "198.18.0.3\n<script>", description="<b>old</b>\x1b[31m" + "x" * 300)
    info = rr.router(listed=[hostile], name="Box\r\nInjected: yes", connection="<i>up</i>")
    view = present(rr.scan(rr.ports(), info)).router
    (row,) = view.rows
    assert row.client == "198.18.0.3 <script>"
    assert row.description.startswith("<b>old</b> [31mxxx") and len(row.description) == 80
    assert ("Router", "Box Injected: yes at 198.18.0.1") in view.facts


def test_hairpin_and_lifetime_views() -> None:
    hairpin = present(rr.with_hairpin(rr.HAIRPIN_FAILS)).hairpin
    assert hairpin.summary == "does not work"
    assert (
        hairpin.note.title == "Traffic to the PBX's public address does not come back (hairpin NAT)"
    )
    assert present(rr.with_hairpin(rr.Hairpin(False))).hairpin is None
    untested = present(rr.with_hairpin(rr.HAIRPIN_UNTESTED)).hairpin
    assert untested.summary == "not tested" and untested.note is not None
    # 25–30 s is short for 3CX (SIP's 30 s), enough for SwyxWare (its own 10 s).
    three_cx = present(rr.with_lifetime(rr.LIFETIME_SHORT)).lifetime
    assert (three_cx.fit, three_cx.need_s) == (LifetimeFit.SHORT, 30)
    assert three_cx.summary == "between 25 and 30 s: too short (the PBX needs 30 s)"
    assert "re-registration interval" in three_cx.note.steps[0]
    swyx = present(rr.with_lifetime(rr.LIFETIME_SHORT, product="swyxware")).lifetime
    assert (swyx.fit, swyx.need_s, swyx.note.severity) == (LifetimeFit.ENOUGH, 10, Severity.INFO)
    # A product the catalog does not know gets SIP's need.
    other = present(rr.with_lifetime(rr.LIFETIME_SHORT, product="nosuch")).lifetime
    assert other.need_s == 30 and other.fit is LifetimeFit.SHORT
    assert "registrations and keep-alives" in other.note.steps[0]
    assert (three_cx.limit_s, three_cx.alive_s, three_cx.expired_s) == (120.0, 25.0, 30.0)
    assert present(rr.with_lifetime(rr.MappingLifetime(False, 120.0))).lifetime is None


def test_the_router_section_of_every_sample_is_ready_to_lay_out() -> None:
    for sample in (rr.carrier_nat, rr.isp_modem, rr.not_connected, rr.wan_differs, rr.dmz,
                   rr.no_router, rr.other_host, rr.port_changed, rr.this_host,
                   rr.everything):  # fmt: skip
        view = present(sample())
        assert view.router is not None and view.router.source in RouterSource
        assert view.router.notes, sample.__name__
