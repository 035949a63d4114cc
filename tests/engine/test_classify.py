"""The pure decisions over a scan: verdict order, and the NAT summary by weight."""

from __future__ import annotations

from dataclasses import replace

import pytest

from wizard.engine.classify import (
    by_another_way_out,
    most_common_failure,
    nat_summary,
    on_this_computer,
    overall_verdict,
    silence_trusted,
    without_own_port_clashes,
)
from wizard.engine.model import (
    AdapterKind,
    Address,
    Behaviour,
    Egress,
    FirewallInbound,
    HostFirewall,
    Outcome,
    PortCheck,
    PortResult,
    ProcessInfo,
    Reason,
    Requirement,
    ServerError,
    ServerStatus,
    Verdict,
)
from wizard.engine.sequence import PortFinding

FULL, OUT = Requirement.FULL_CONE, Requirement.OUTBOUND
PUBLIC = "203.0.113.1"


def finding(
    port: int,
    public_port: int | None = None,
    *,
    test2: bool | None = True,
    mapping: Behaviour | None = None,
    ip: str = PUBLIC,
) -> PortFinding:
    public_port = port if public_port is None else public_port
    return PortFinding(
        outcome=Outcome.PASS,
        reason=None,
        mapped=Address(ip, public_port),
        test1=True,
        test2=test2,
        mapped_other=None,
        mapping=mapping,
        wrong_source=False,
        retested=False,
    )


def server(*, answers=True, second=True, error=None) -> ServerStatus:
    return ServerStatus(
        "stun.example.test:3478",
        primary=Address("192.0.2.10", 3478) if answers else None,
        other_address=Address("192.0.2.11", 3479) if second else None,
        error=error,
    )


def result(port: int, outcome: Outcome) -> PortResult:
    return PortResult(port, FULL, outcome, None, True, True)


GOOD = [server()]


@pytest.mark.parametrize(
    ("servers", "outcomes", "expected"),
    [
        ([server(answers=False, error=ServerError.NAME_NOT_FOUND)], [], Verdict.DNS_FAILURE),
        (
            [
                server(answers=False, error=ServerError.NAME_NOT_FOUND),
                server(answers=False, error=ServerError.DNS_NO_ANSWER),
            ],
            [],
            Verdict.DNS_FAILURE,
        ),
        (
            [
                server(answers=False, error=ServerError.NAME_NOT_FOUND),
                server(answers=False, error=ServerError.NO_RESPONSE),
            ],
            [],
            Verdict.STUN_UNREACHABLE,
        ),
        (
            [server(second=False, error=ServerError.NO_SECOND_ADDRESS)],
            [Outcome.UNTESTED],
            Verdict.STUN_NO_SECOND_ADDRESS,
        ),
        (
            [server(error=ServerError.IGNORES_CHANGE_REQUEST)],
            [Outcome.NOT_FORWARDED],
            Verdict.STUN_NO_SECOND_ADDRESS,
        ),
        (GOOD, [Outcome.PASS, Outcome.PORT_IN_USE, Outcome.NOT_FORWARDED], Verdict.PORT_IN_USE),
        (GOOD, [Outcome.PASS, Outcome.PASS], Verdict.SUCCESS),
        (GOOD, [Outcome.PASS, Outcome.NOT_FORWARDED], Verdict.PARTIAL),
        (GOOD, [Outcome.NOT_FORWARDED] * 2 + [Outcome.NO_RESPONSE], Verdict.NOT_FORWARDED),
        (GOOD, [Outcome.SYMMETRIC_NAT] * 3, Verdict.SYMMETRIC_NAT),
        (GOOD, [Outcome.PORT_TRANSLATED], Verdict.PORT_TRANSLATED),
        (GOOD, [Outcome.NO_RESPONSE, Outcome.NO_RESPONSE], Verdict.NO_RESPONSE),
        # A tie goes to the cause that would still break calls after the others are fixed.
        (GOOD, [Outcome.NOT_FORWARDED, Outcome.SYMMETRIC_NAT], Verdict.SYMMETRIC_NAT),
        # Could not tell is never a failure: beside passes it is inconclusive, beside a
        # failure the failure is named.
        (GOOD, [Outcome.PASS, Outcome.INCONCLUSIVE], Verdict.INCONCLUSIVE),
        (GOOD, [Outcome.INCONCLUSIVE] * 3, Verdict.INCONCLUSIVE),
        (GOOD, [Outcome.INCONCLUSIVE] * 3 + [Outcome.NOT_FORWARDED], Verdict.NOT_FORWARDED),
        (GOOD, [Outcome.PASS, Outcome.INCONCLUSIVE, Outcome.NOT_FORWARDED], Verdict.PARTIAL),
        (GOOD, [], Verdict.INCONCLUSIVE),
    ],
)
def test_verdict_first_match_wins(servers, outcomes, expected):
    ports = [result(9000 + i, o) for i, o in enumerate(outcomes)]
    assert overall_verdict(servers, ports) is expected


def test_a_fit_server_later_in_the_list_is_enough():
    servers = [server(answers=False, error=ServerError.NAME_NOT_FOUND), server()]
    assert overall_verdict(servers, [result(9000, Outcome.PASS)]) is Verdict.SUCCESS


def test_most_common_failure_ignores_passes():
    assert most_common_failure([Outcome.PASS] * 5 + [Outcome.NO_RESPONSE]) is Outcome.NO_RESPONSE
    with pytest.raises(ValueError):
        most_common_failure([Outcome.PASS])


def summary(findings, **kw):
    return nat_summary(
        findings, [PortCheck(f.mapped.port if f.mapped else 0) for f in findings], **kw
    )


def test_nat_summary_weighs_the_ports():
    # One port that moved does not make the whole router symmetric.
    moved = [finding(9000 + i, mapping=Behaviour.ENDPOINT_INDEPENDENT) for i in range(5)]
    moved.append(finding(9010, 30000, mapping=Behaviour.ADDRESS_AND_PORT_DEPENDENT))
    result = nat_summary(moved, [PortCheck(9000 + i) for i in range(5)] + [PortCheck(9010)])
    assert result.mapping is Behaviour.ENDPOINT_INDEPENDENT
    assert result.port_preserving is True
    # The fresh port's answer is one vote among the ports'; alone it decides.
    assert summary([], mapping_question=Behaviour.ADDRESS_DEPENDENT).mapping is (
        Behaviour.ADDRESS_DEPENDENT
    )
    # A tie is not an answer.
    tie = [
        finding(9000, mapping=Behaviour.ENDPOINT_INDEPENDENT),
        finding(9001, mapping=Behaviour.ADDRESS_AND_PORT_DEPENDENT),
    ]
    assert nat_summary(tie, [PortCheck(9000), PortCheck(9001)]).mapping is None


def test_filtering_from_most_ports_then_the_fresh_port():
    open_ = [finding(9000 + i) for i in range(3)] + [finding(9009, test2=False)]
    checks = [PortCheck(9000 + i) for i in range(3)] + [PortCheck(9009)]
    assert nat_summary(open_, checks).filtering is Behaviour.ENDPOINT_INDEPENDENT
    closed = [finding(9000 + i, test2=False) for i in range(3)]
    checks = [PortCheck(9000 + i) for i in range(3)]
    assert nat_summary(closed, checks).filtering is None
    asked = nat_summary(closed, checks, filtering_question=Behaviour.ADDRESS_DEPENDENT)
    assert asked.filtering is Behaviour.ADDRESS_DEPENDENT
    # Half and half is not "most": the question answers.
    half = [finding(9000), finding(9001, test2=False)]
    answer = nat_summary(
        half,
        [PortCheck(9000), PortCheck(9001)],
        filtering_question=Behaviour.ADDRESS_AND_PORT_DEPENDENT,
    )
    assert answer.filtering is Behaviour.ADDRESS_AND_PORT_DEPENDENT


def test_public_address_and_preservation_by_majority():
    ports = [finding(9000), finding(9001), finding(9002, 30002, ip="198.51.100.9")]
    checks = [PortCheck(9000), PortCheck(9001), PortCheck(9002)]
    result = nat_summary(ports, checks)
    assert result.public_ip == PUBLIC and result.port_preserving is True
    translated = nat_summary([finding(9000, 21000)], [PortCheck(9000)])
    assert translated.port_preserving is False
    empty = nat_summary([], [], fallback_public_ip="198.51.100.7")
    assert (empty.public_ip, empty.port_preserving, empty.mapping) == ("198.51.100.7", None, None)


def test_results_carry_the_process():
    held = PortResult(
        5060, FULL, Outcome.PORT_IN_USE, None, None, None, process=ProcessInfo(4, "x")
    )
    assert held.as_dict()["process"] == {
        "pid": 4,
        "name": "x",
        "services": [],
        "this_program": False,
    }
    assert held.as_dict()["mapped"] is None


def test_a_port_whose_number_our_own_port_took_is_not_blamed_on_the_router():
    ports = [result(9000, Outcome.NOT_FORWARDED), result(9001, Outcome.NOT_FORWARDED)]
    ports.append(result(9002, Outcome.PASS))
    judged = without_own_port_clashes(ports, [9001, 9002, 40000])
    assert [(p.outcome, p.reason) for p in judged] == [
        (Outcome.NOT_FORWARDED, None),
        (Outcome.INCONCLUSIVE, Reason.OWN_PORT),
        (Outcome.PASS, None),  # a pass is a pass: the answer did reach the port
    ]


# ---------------------------------------------------------------- this computer's firewall

FILTERS, UNKNOWN, OPEN = FirewallInbound.FILTERS, FirewallInbound.UNKNOWN, FirewallInbound.OPEN


def firewall(inbound: FirewallInbound, *, preopen: bool = True, open_ports=()) -> HostFirewall:
    return HostFirewall(inbound, preopen=preopen, open_ports=tuple(open_ports))


def checked(port: int, outcome: Outcome) -> PortResult:
    passed = outcome is Outcome.PASS
    return PortResult(port, FULL, outcome, Address(PUBLIC, port), True, passed)


def judged(ports, fw, *, failed=(), verified=True) -> list[Outcome]:
    trusted = silence_trusted(fw, ports, failed, verified)
    return [p.outcome for p in on_this_computer(ports, trusted)]


NF, PASS, BLOCKED = Outcome.NOT_FORWARDED, Outcome.PASS, Outcome.BLOCKED_ON_THIS_COMPUTER


@pytest.mark.parametrize(
    ("fw", "verified", "expected"),
    [
        (None, False, [NF, NF]),  # not read: the router's, as before
        (firewall(OPEN, preopen=False), False, [NF, NF]),
        (firewall(FILTERS), True, [NF, NF]),  # a pre-open the lab verified
        (firewall(UNKNOWN), True, [NF, NF]),
        (firewall(FILTERS), False, [BLOCKED, BLOCKED]),  # Windows: nothing proves it
        (firewall(UNKNOWN), False, [BLOCKED, BLOCKED]),
        (firewall(FILTERS, preopen=False), True, [BLOCKED, BLOCKED]),
        (firewall(UNKNOWN, preopen=False), True, [BLOCKED, BLOCKED]),
        (firewall(FILTERS, preopen=False, open_ports=[9001]), True, [BLOCKED, NF]),
    ],
)
def test_a_silent_test_2_is_the_routers_only_where_this_computer_is_ruled_out(
    fw, verified, expected
):
    ports = [checked(9000, NF), checked(9001, NF)]
    assert judged(ports, fw, verified=verified) == expected


def test_a_pass_through_a_read_firewall_proves_the_preopen_works():
    ports = [checked(9000, PASS), checked(9001, NF), checked(9002, NF)]
    assert judged(ports, firewall(FILTERS), verified=False) == [PASS, NF, NF]
    # Unless that port's pre-open failed: then only what got through counts.
    assert judged(ports, firewall(FILTERS), failed=[9002], verified=False) == [PASS, NF, BLOCKED]
    # A port an allow rule opens proves nothing about the pre-open.
    fw = firewall(FILTERS, open_ports=[9000])
    assert judged(ports, fw, verified=False) == [PASS, BLOCKED, BLOCKED]
    # Nor does a pass where the rules could not be read: another rule may have let it in.
    assert judged(ports, firewall(UNKNOWN), verified=False) == [PASS, BLOCKED, BLOCKED]


def test_ports_blocked_on_this_computer_are_no_failure_of_the_router():
    servers = [server()]
    blocked = checked(9001, BLOCKED)
    assert overall_verdict(servers, [blocked, blocked]) == Verdict.BLOCKED_ON_THIS_COMPUTER
    assert overall_verdict(servers, [checked(9000, PASS), blocked]) == (
        Verdict.BLOCKED_ON_THIS_COMPUTER
    )
    inconclusive = replace(checked(9002, Outcome.INCONCLUSIVE), reason=Reason.LINK_LOSS)
    assert overall_verdict(servers, [inconclusive, blocked]) == Verdict.BLOCKED_ON_THIS_COMPUTER
    # Beside a failure of the router's own, that failure is named.
    translated = checked(9003, Outcome.PORT_TRANSLATED)
    assert overall_verdict(servers, [translated, blocked]) == Verdict.PORT_TRANSLATED
    assert overall_verdict(servers, [checked(9000, PASS), translated, blocked]) == Verdict.PARTIAL


def test_reserved_ports_come_right_after_ports_in_use():
    servers = [server()]
    reserved = checked(9001, Outcome.PORT_RESERVED)
    assert overall_verdict(servers, [checked(9000, PASS), reserved]) == Verdict.PORT_RESERVED
    assert overall_verdict(servers, [checked(9000, NF), reserved]) == Verdict.PORT_RESERVED
    in_use = checked(9002, Outcome.PORT_IN_USE)
    assert overall_verdict(servers, [in_use, reserved]) == Verdict.PORT_IN_USE


@pytest.mark.parametrize(
    ("egress", "changed"),
    [
        (None, False),
        (Egress("192.168.1.20", "Ethernet", AdapterKind.PHYSICAL, "192.168.1.20"), False),
        (Egress("192.168.1.20", "Ethernet", AdapterKind.PHYSICAL, None), False),
        # A Hyper-V host's own network card is a virtual adapter: nothing to doubt there.
        (Egress("192.168.1.20", "vEthernet (LAN)", AdapterKind.VIRTUAL, "192.168.1.20"), False),
        (Egress("10.8.0.6", "Ethernet 2", AdapterKind.VPN, None), True),
        (Egress("192.168.1.30", "Wi-Fi", AdapterKind.PHYSICAL, "192.168.1.20"), True),
    ],
)
def test_failures_by_another_way_out_are_not_the_routers(egress, changed):
    ports = [checked(9000, PASS), checked(9001, NF), checked(9002, Outcome.SYMMETRIC_NAT)]
    ports.append(checked(9003, Outcome.PORT_IN_USE))
    got = by_another_way_out(ports, egress)
    if not changed:
        assert list(got) == ports
        return
    passed = (Outcome.INCONCLUSIVE, Reason.OTHER_WAY_OUT) if egress.elsewhere else (PASS, None)
    assert [(p.outcome, p.reason) for p in got] == [
        passed,
        (Outcome.INCONCLUSIVE, Reason.OTHER_WAY_OUT),
        (Outcome.INCONCLUSIVE, Reason.OTHER_WAY_OUT),
        (Outcome.PORT_IN_USE, None),  # this computer's own matter either way
    ]
