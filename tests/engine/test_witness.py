"""The responder's evidence, judged: pure functions, no sockets."""

from __future__ import annotations

from dataclasses import replace

import pytest

from wizard.engine import classify
from wizard.engine.model import (
    Address,
    BindFailure,
    FirewallInbound,
    HostFirewall,
    Outcome,
    PortCheck,
    PortResult,
    ProcessInfo,
    Protocol,
    Reason,
    Requirement,
    ServerStatus,
    TcpSeen,
    Verdict,
    Witness,
)
from wizard.engine.resolve import ServerSpecError, parse_responder
from wizard.engine.runner import witness_ports
from wizard.engine.witness import (
    SILENCE_DOUBT,
    TcpEvidence,
    UdpEvidence,
    copies_needed,
    one_way_loss,
    table_sees,
    tcp_firewall_open,
    tcp_result,
    udp_silences,
)
from wizard.responder.protocol import DEFAULT_CONTROL_PORT


def result(port: int, outcome: Outcome, test2: bool | None = None, **kw) -> PortResult:
    return PortResult(port, Requirement.FULL_CONE, outcome, None, True, test2, **kw)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("responder.example.net", ("responder.example.net", DEFAULT_CONTROL_PORT)),
        ("responder.example.net:4000", ("responder.example.net", 4000)),
        ("192.0.2.7:1", ("192.0.2.7", 1)),
        ("[2001:db8::1]:4000", ("2001:db8::1", 4000)),
        (" 192.0.2.7 ", ("192.0.2.7", DEFAULT_CONTROL_PORT)),
    ],
)
def test_spec(spec, expected):
    found = parse_responder(spec)
    assert (found.host, found.port) == expected


@pytest.mark.parametrize(
    "spec", ["", ":4000", "host:0", "host:65536", "host:x", "a b", "http://host", "[::1", "[::1]x"]
)
def test_bad_spec(spec):
    with pytest.raises(ServerSpecError):
        parse_responder(spec)


def test_loss_bound_never_zero_and_copies_follow_it():
    assert one_way_loss(0, 0) == 1.0
    assert 0 < one_way_loss(100, 100) < 0.03
    assert one_way_loss(10, 5) > 0.5
    loss = one_way_loss(30, 30)
    need = copies_needed(loss, 2000)
    assert 2000 * loss**need < SILENCE_DOUBT
    assert 2000 * loss ** (need - 1) >= SILENCE_DOUBT
    assert copies_needed(0.0, 10) == 1
    assert copies_needed(1.0, 10) > 1000


def test_silences_count_only_with_controls_and_enough_copies():
    # A lossy path: 6 of 20 controls unanswered, a bound of 39 % lost one way.
    evidence = UdpEvidence(arrived={1}, silent={2: 6, 3: 3}, controls_sent=20, controls_answered=14)
    words = udp_silences(evidence)
    assert words[1] is True
    assert words[2] is False  # six copies all lost: under 1 % for either silent port
    assert words[3] is None  # three: 6 % each, the link may explain it
    clean = UdpEvidence(silent={3: 3}, controls_sent=60, controls_answered=60)
    assert udp_silences(clean) == {3: False}
    unheard = UdpEvidence(arrived=set(), silent={2: 12}, controls_sent=40, controls_answered=0)
    assert udp_silences(unheard) == {2: None}


def test_a_crossed_preopen_or_a_rate_dependence_voids_the_evidence():
    crossed = UdpEvidence(arrived={1}, silent={2: 12}, controls_sent=60, controls_answered=60)
    crossed.crossed = True
    assert udp_silences(crossed) == {1: None, 2: None}
    paced = UdpEvidence(arrived={1}, silent={2: 12}, controls_sent=60, controls_answered=60)
    paced.rate_dependent = True
    assert udp_silences(paced) == {1: True, 2: None}


def test_recent_ports_are_not_evidence():
    evidence = UdpEvidence(recent={5060}, controls_sent=10, controls_answered=10)
    assert udp_silences(evidence) == {5060: None}


def tcp(**kw) -> TcpEvidence:
    return TcpEvidence(5090, **kw)


@pytest.mark.parametrize(
    ("evidence", "firewall_open", "outcome", "reason"),
    [
        (tcp(listened=True, seen=TcpSeen.CONNECTED, arrived=True), False, Outcome.PASS, None),
        (tcp(listened=True, seen=TcpSeen.CONNECTED), False, Outcome.NOT_FORWARDED, None),
        (tcp(listened=True, seen=TcpSeen.TIMEOUT), True, Outcome.NOT_FORWARDED, None),
        (tcp(listened=True, seen=TcpSeen.REFUSED), True, Outcome.NOT_FORWARDED, None),
        (tcp(listened=True, seen=TcpSeen.TIMEOUT), False, Outcome.BLOCKED_ON_THIS_COMPUTER, None),
        (tcp(listened=True, seen=TcpSeen.REFUSED), False, Outcome.BLOCKED_ON_THIS_COMPUTER, None),
        (tcp(listened=True, seen=None), True, Outcome.INCONCLUSIVE, Reason.RESPONDER_FAILED),
        (
            tcp(listened=True, seen=TcpSeen.ERROR),
            True,
            Outcome.INCONCLUSIVE,
            Reason.RESPONDER_FAILED,
        ),
        (
            tcp(
                listened=False, holder=ProcessInfo(1, "sshd"), seen=TcpSeen.CONNECTED, in_table=True
            ),
            False,
            Outcome.PASS,
            None,
        ),
        (
            tcp(
                listened=False, holder=ProcessInfo(1, "sshd"), seen=TcpSeen.CONNECTED, in_table=None
            ),
            True,
            Outcome.INCONCLUSIVE,
            Reason.LOCAL_SERVICE_UNSEEN,
        ),
        (
            tcp(
                listened=False,
                holder=ProcessInfo(1, "sshd"),
                seen=TcpSeen.CONNECTED,
                in_table=False,
            ),
            True,
            Outcome.NOT_FORWARDED,
            None,
        ),
        (tcp(listened=False, bind=BindFailure.NO_PERMISSION), True, Outcome.NO_PERMISSION, None),
        (
            tcp(listened=False, bind=BindFailure.OTHER),
            True,
            Outcome.INCONCLUSIVE,
            Reason.BIND_ERROR,
        ),
    ],
)
def test_tcp_outcomes(evidence, firewall_open, outcome, reason):
    found = tcp_result(evidence, firewall_open)
    assert (found.outcome, found.reason) == (outcome, reason)
    assert found.protocol is Protocol.TCP
    assert found.requirement is Requirement.INBOUND_TCP
    assert found.as_dict()["protocol"] == "tcp"


def test_tcp_firewall_open_only_when_new_connections_get_in():
    assert tcp_firewall_open(None)
    assert tcp_firewall_open(HostFirewall(FirewallInbound.FILTERS, enabled=False))
    assert tcp_firewall_open(
        HostFirewall(FirewallInbound.OPEN, enabled=True, default_inbound_block=False)
    )
    # Open for the UDP ports through an allow rule, but it blocks by default.
    assert not tcp_firewall_open(
        HostFirewall(FirewallInbound.OPEN, enabled=True, default_inbound_block=True)
    )
    assert not tcp_firewall_open(HostFirewall(FirewallInbound.UNKNOWN))
    # Windows, its TCP rules read: an allow rule lets this program in on every port.
    assert tcp_firewall_open(
        HostFirewall(
            FirewallInbound.FILTERS, enabled=True, default_inbound_block=True, tcp_open=True
        )
    )


def always(port):
    return True


def never(port):
    return False


def test_the_responder_settles_what_stun_could_not():
    ports = [
        result(1, Outcome.PASS, True),
        result(2, Outcome.NOT_FORWARDED, False),
        result(3, Outcome.UNTESTED),
        result(4, Outcome.INCONCLUSIVE, None, reason=Reason.LINK_LOSS),
        result(5, Outcome.BLOCKED_ON_THIS_COMPUTER, False),
        result(6, Outcome.PASS, True),
    ]
    judged = classify.with_responder(ports, {1: True, 2: True, 3: True, 4: True, 5: True}, always)
    assert [p.outcome for p in judged] == [Outcome.PASS] * 6
    assert [p.test2_by for p in judged] == [Witness.BOTH] + [Witness.RESPONDER] * 4 + [Witness.STUN]


def test_a_silent_responder_fails_only_what_stun_did_not_pass():
    ports = [
        result(1, Outcome.PASS, True),
        result(2, Outcome.NOT_FORWARDED, False),
        result(3, Outcome.UNTESTED),
        result(4, Outcome.INCONCLUSIVE, None, reason=Reason.RATE_LIMITED),
    ]
    judged = classify.with_responder(ports, dict.fromkeys((1, 2, 3, 4), False), always)
    assert [(p.outcome, p.reason) for p in judged] == [
        (Outcome.INCONCLUSIVE, Reason.WITNESSES_DISAGREE),
        (Outcome.NOT_FORWARDED, None),
        (Outcome.NOT_FORWARDED, None),
        (Outcome.INCONCLUSIVE, Reason.RATE_LIMITED),
    ]
    assert all(p.responder is False for p in judged)


def test_a_silence_this_computer_may_explain_counts_for_nothing():
    ports = [result(1, Outcome.UNTESTED), result(2, Outcome.PASS, True)]
    judged = classify.with_responder(ports, {1: False, 2: False}, never)
    assert [(p.outcome, p.responder) for p in judged] == [
        (Outcome.UNTESTED, None),
        (Outcome.PASS, None),
    ]


def test_the_verdict_stands_on_the_responder_without_a_fit_server():
    servers = [ServerStatus("stun.example.net", error=None, primary=Address("192.0.2.1", 3478))]
    ports = classify.with_responder([result(1, Outcome.UNTESTED)], {1: True}, always)
    assert classify.overall_verdict(servers, ports) is Verdict.STUN_NO_SECOND_ADDRESS
    assert classify.overall_verdict(servers, ports, witnessed=True) is Verdict.SUCCESS
    assert classify.overall_verdict(servers, ports, witnessed=True, sip_alg=True) is Verdict.SIP_ALG


def test_which_udp_ports_the_responder_is_asked():
    checks = [
        PortCheck(1),
        PortCheck(2),
        PortCheck(3),
        PortCheck(4, Requirement.OUTBOUND),
        PortCheck(5),
        PortCheck(6),
    ]
    raw = {
        1: result(1, Outcome.NOT_FORWARDED, False),
        2: result(2, Outcome.PORT_IN_USE),
        3: PortResult(
            3, Requirement.FULL_CONE, Outcome.PASS, Address("203.0.113.1", 30), True, True
        ),
        5: result(5, Outcome.PORT_TRANSLATED),
    }
    assert witness_ports(checks, raw) == [1, 6]


class Row:
    def __init__(self, lport: int, rip: str, rport: int) -> None:
        from types import SimpleNamespace

        self.laddr = SimpleNamespace(ip="198.18.0.2", port=lport)
        self.raddr = SimpleNamespace(ip=rip, port=rport)


def test_the_socket_table_shows_only_this_checks_connection():
    lingering = Row(22, "203.0.113.30", 40000)  # an earlier check's, in TIME_WAIT
    assert table_sees([lingering], 22, "203.0.113.30", 40001, before=[lingering]) is False
    now = Row(22, "203.0.113.30", 40001)
    assert table_sees([lingering, now], 22, "203.0.113.30", 40001, before=[lingering]) is True
    # The router changed the source address but kept the port.
    assert table_sees([Row(22, "198.18.0.1", 40001)], 22, "203.0.113.30", 40001) is True
    # A new connection from elsewhere, nothing to match it by: cannot tell.
    assert table_sees([Row(22, "198.18.0.1", 5555)], 22, "203.0.113.30", 40001) is None
    assert table_sees([Row(80, "203.0.113.30", 40001)], 22, "203.0.113.30", 40001) is False


def _report(*evidence: TcpEvidence, loss: float = 0.01, rate: bool = False):
    from wizard.engine.model import ResponderStatus
    from wizard.engine.witness import WitnessReport

    return WitnessReport(ResponderStatus("r"), tcp=evidence, loss=loss, tcp_rate_dependent=rate)


def test_silent_tcp_ports_are_weighed_against_the_link_and_the_pace():
    from wizard.engine.witness import tcp_results

    silent = TcpEvidence(5061, True, seen=TcpSeen.TIMEOUT)
    reached = TcpEvidence(5090, True, seen=TcpSeen.CONNECTED, arrived=True)
    clean = tcp_results(_report(silent, reached), True)
    assert [(r.outcome, r.reason) for r in clean] == [
        (Outcome.NOT_FORWARDED, None),
        (Outcome.PASS, None),
    ]
    # A lossy link: two SYNs lost each way could explain one round's silence.
    lossy = tcp_results(_report(silent, reached, loss=0.3), True)
    assert (lossy[0].outcome, lossy[0].reason) == (Outcome.INCONCLUSIVE, Reason.LINK_LOSS)
    again = tcp_results(_report(replace(silent, attempts=4), reached, loss=0.3), True)
    assert again[0].outcome is Outcome.NOT_FORWARDED
    # A silent port reached when asked alone: a protection against bursts.
    paced = tcp_results(_report(silent, reached, rate=True), True)
    assert (paced[0].outcome, paced[0].reason) == (Outcome.INCONCLUSIVE, Reason.RATE_LIMITED)
    assert paced[1].outcome is Outcome.PASS


def test_a_loopback_service_is_this_computers_and_unasked_ports_are_kept():
    from wizard.engine.witness import tcp_results

    loopback = TcpEvidence(
        5090, False, holder=ProcessInfo(7, "web"), seen=TcpSeen.REFUSED, loopback_only=True
    )
    found = tcp_results(_report(loopback), True, asked=(5090, 22))
    assert [(r.port, r.outcome, r.reason) for r in found] == [
        (5090, Outcome.INCONCLUSIVE, Reason.LOCAL_SERVICE_LOOPBACK),
        (22, Outcome.INCONCLUSIVE, Reason.RESPONDER_FAILED),  # the responder never got to it
    ]


def test_beside_a_responder_an_unjudged_port_is_no_failure():
    servers = [ServerStatus("stun.example.net", primary=Address("192.0.2.1", 3478))]
    ports = [result(1, Outcome.UNTESTED), result(2, Outcome.PASS, True)]
    assert classify.overall_verdict(servers, ports, witnessed=True) is Verdict.INCONCLUSIVE


def test_a_responder_that_saw_another_public_address_proves_nothing():
    from wizard.engine.model import ResponderStatus
    from wizard.engine.results import assemble_result

    tcp = tcp_result(TcpEvidence(5090, True, seen=TcpSeen.TIMEOUT), True)
    found = assemble_result(
        "custom", [PortCheck(9000)], [], None, "203.0.113.1",
        [result(9000, Outcome.UNTESTED)], None, (),
        mapping=None, filtering=None, link=None, elapsed=1.0,
        path_ip="203.0.113.1", witnessed={9000: False}, tcp=[tcp],
        responder=ResponderStatus("r", public_ip="203.0.113.2"),
    )  # fmt: skip
    outcomes = {(p.protocol, p.outcome, p.reason) for p in found.ports}
    assert outcomes == {
        (Protocol.UDP, Outcome.UNTESTED, None),
        (Protocol.TCP, Outcome.INCONCLUSIVE, Reason.SEVERAL_PUBLIC_ADDRESSES),
    }
