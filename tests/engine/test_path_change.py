"""A way out that changes (a VPN coming up, a second line) is a path change, never a
symmetric NAT and never a verdict on the PBX's router: pure tests of the rules; the
lab (tests/engine/test_vpn_lab.py) shows them on real routes."""

from __future__ import annotations

import pytest

from wizard.engine.model import (
    Address,
    Outcome,
    PortCheck,
    PortResult,
    Reason,
    Requirement,
    ServerStatus,
)
from wizard.engine.results import assemble_result, on_the_path, port_result
from wizard.engine.sequence import Answer, PortSequence
from wizard.engine.sequence import Test as Probe

PRIMARY = Address("203.0.113.10", 3478)
OTHER = Address("203.0.113.11", 3479)
ROUTER, VPN = "203.0.113.1", "203.0.113.50"


def answered(mapped: Address) -> Answer:
    return Answer(sends=(0.0,), answered=True, mapped=mapped)


def run(
    answers: dict[Probe, Answer],
    requirement: Requirement = Requirement.FULL_CONE,
    port: int = 9000,
):
    sequence = PortSequence(port, requirement, PRIMARY, OTHER)
    while (request := sequence.next_request()) is not None:
        sequence.record(request, answers[request.test])
    assert sequence.finding is not None
    return sequence.finding


def test_test2_answered_from_another_public_address_is_a_path_change() -> None:
    # Test 1 left by the router, test 2's request by the VPN that came up in between:
    # its answer got in through the VPN's mapping, which says nothing of the router.
    finding = run(
        {Probe.TEST1: answered(Address(ROUTER, 9000)), Probe.TEST2: answered(Address(VPN, 9000))}
    )
    assert (finding.outcome, finding.reason) == (
        Outcome.INCONCLUSIVE,
        Reason.SEVERAL_PUBLIC_ADDRESSES,
    )
    assert finding.mapped_other == Address(VPN, 9000)


def test_test2_answered_on_the_same_public_address_passes() -> None:
    same = answered(Address(ROUTER, 9000))
    finding = run({Probe.TEST1: same, Probe.TEST2: same})
    assert finding.outcome is Outcome.PASS


@pytest.mark.parametrize("requirement", list(Requirement)[:2])
def test_the_other_address_seen_from_another_public_ip_is_never_symmetric(requirement) -> None:
    # A split route: only the server's second address goes by the VPN. The port number
    # differs too, as a symmetric NAT's would; the IP says it is another way out.
    finding = run(
        {
            Probe.TEST1: answered(Address(ROUTER, 20001)),
            Probe.TEST2: answered(Address(ROUTER, 20001)),  # forwarded to another number
            Probe.MAPPING: answered(Address(VPN, 20002)),
            Probe.MAPPING_PORT: answered(Address(ROUTER, 20003)),
        },
        requirement,
    )
    assert finding.outcome is not Outcome.SYMMETRIC_NAT


def result(outcome: Outcome, mapped: str | None, reason: Reason | None = None) -> PortResult:
    return PortResult(
        port=9000,
        requirement=Requirement.FULL_CONE,
        outcome=outcome,
        mapped=Address(mapped, 9000) if mapped else None,
        test1=mapped is not None,
        test2=None,
        reason=reason,
    )


@pytest.mark.parametrize(
    "outcome",
    [Outcome.PASS, Outcome.NOT_FORWARDED, Outcome.PORT_TRANSLATED, Outcome.SYMMETRIC_NAT],
)
def test_a_port_seen_on_another_public_address_than_the_scan_is_not_judged(outcome) -> None:
    moved = on_the_path(result(outcome, VPN), ROUTER)
    assert (moved.outcome, moved.reason) == (Outcome.INCONCLUSIVE, Reason.SEVERAL_PUBLIC_ADDRESSES)
    assert moved.mapped == Address(VPN, 9000)  # what the server saw stays in the report
    assert on_the_path(result(outcome, ROUTER), ROUTER) == result(outcome, ROUTER)


@pytest.mark.parametrize(
    "kept",
    [
        result(Outcome.NO_RESPONSE, None),  # no public address seen at all
        result(Outcome.INCONCLUSIVE, VPN, Reason.LINK_LOSS),  # already not judged
        result(Outcome.PORT_IN_USE, None),
    ],
)
def test_what_does_not_judge_the_router_stays(kept: PortResult) -> None:
    assert on_the_path(kept, ROUTER) == kept


def test_the_nat_summary_leaves_out_ports_that_took_another_way() -> None:
    checks = [PortCheck(9000), PortCheck(9001), PortCheck(9002)]
    same = answered(Address(ROUTER, 9000))
    findings = {
        9000: run({Probe.TEST1: same, Probe.TEST2: same}),
        9001: run(
            {
                Probe.TEST1: answered(Address(VPN, 9001)),
                Probe.TEST2: answered(Address(VPN, 9001)),
            },
            port=9001,
        ),
        9002: run(
            {
                Probe.TEST1: answered(Address(VPN, 9002)),
                Probe.TEST2: answered(Address(VPN, 9002)),
            },
            port=9002,
        ),
    }
    server = ServerStatus("stun.example.net:3478", (PRIMARY,), PRIMARY, OTHER)
    args = (
        "custom",
        checks,
        [server],
        server,
        ROUTER,
        tuple(port_result(c, findings[c.port]) for c in checks),
        findings,
        (),
    )
    kwargs = dict(mapping=None, filtering=None, link=None, elapsed=1.0)
    judged = assemble_result(*args, **kwargs, path_ip=ROUTER)
    assert [p.outcome for p in judged.ports] == [
        Outcome.PASS,
        Outcome.INCONCLUSIVE,
        Outcome.INCONCLUSIVE,
    ]
    assert judged.nat.public_ip == ROUTER  # not the VPN's, though more ports saw it
    # Without the scan's own address (the NAT model's results) nothing changes.
    naive = assemble_result(*args, **kwargs)
    assert {p.outcome for p in naive.ports} == {Outcome.PASS}
    assert naive.nat.public_ip == VPN
