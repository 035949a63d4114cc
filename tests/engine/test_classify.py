"""The pure decisions: per-port outcome, verdict order, RFC 5780 summary."""

from __future__ import annotations

import pytest

from wizard.engine.classify import (
    classify_port,
    filtering_behaviour,
    mapping_behaviour,
    most_common_failure,
    nat_summary,
    overall_verdict,
)
from wizard.engine.model import (
    Address,
    Behaviour,
    BindFailure,
    Observation,
    Outcome,
    PortResult,
    ProcessInfo,
    Requirement,
    ServerError,
    ServerStatus,
    Verdict,
)

FULL, OUT = Requirement.FULL_CONE, Requirement.OUTBOUND
PUBLIC = "203.0.113.1"


def seen(port: int, public_port: int | None = None, *, test2=True, other_port=None) -> Observation:
    public_port = port if public_port is None else public_port
    other_port = public_port if other_port is None else other_port
    return Observation(
        port,
        mapped=Address(PUBLIC, public_port),
        test2=test2,
        mapped_other=Address(PUBLIC, other_port),
        mapping_tested=True,
    )


@pytest.mark.parametrize(
    ("observation", "requirement", "expected"),
    [
        (seen(9000), FULL, Outcome.PASS),
        (seen(9000, test2=False), FULL, Outcome.NOT_FORWARDED),
        (seen(9000, 21000), FULL, Outcome.PORT_TRANSLATED),
        (seen(9000, 21000, test2=False), FULL, Outcome.PORT_TRANSLATED),
        (seen(9000, other_port=9001), FULL, Outcome.SYMMETRIC_NAT),
        (seen(9000, 21000, test2=False, other_port=24000), FULL, Outcome.SYMMETRIC_NAT),
        (Observation(9000), FULL, Outcome.NO_RESPONSE),
        (Observation(9000, bind_failure=BindFailure.IN_USE), FULL, Outcome.PORT_IN_USE),
        (Observation(69, bind_failure=BindFailure.NO_PERMISSION), FULL, Outcome.NO_PERMISSION),
        (Observation(9000, mapped=Address(PUBLIC, 9000)), FULL, Outcome.UNTESTED),
        # An outbound rule tolerates filtering and port translation, not a symmetric NAT.
        (seen(65002, test2=False), OUT, Outcome.PASS),
        (seen(65002, 31000, test2=False), OUT, Outcome.PASS),
        (seen(65002, 31000, test2=False, other_port=31001), OUT, Outcome.SYMMETRIC_NAT),
        (Observation(65002, mapped=Address(PUBLIC, 65002)), OUT, Outcome.UNTESTED),
        (
            Observation(65002, mapped=Address(PUBLIC, 65002), test2=False, mapping_tested=True),
            OUT,
            Outcome.NO_RESPONSE,
        ),
    ],
)
def test_port_outcome(observation, requirement, expected):
    assert classify_port(observation, requirement) is expected


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


def test_mapping_behaviour_per_rfc5780():
    stable = [seen(9000), seen(9001)]
    assert mapping_behaviour(stable, None) is Behaviour.ENDPOINT_INDEPENDENT
    moving = [seen(9000, 21000, other_port=21001)]
    a, b = Address(PUBLIC, 21000), Address(PUBLIC, 21001)
    # Same mapping towards the other IP on the primary port as on the other port:
    # only the address matters.
    assert mapping_behaviour(moving, (a, b, b)) is Behaviour.ADDRESS_DEPENDENT
    assert mapping_behaviour(moving, (a, Address(PUBLIC, 21002), b)) is (
        Behaviour.ADDRESS_AND_PORT_DEPENDENT
    )
    assert mapping_behaviour(moving, (a, a, b)) is Behaviour.ADDRESS_AND_PORT_DEPENDENT
    assert mapping_behaviour(moving, None) is Behaviour.ADDRESS_AND_PORT_DEPENDENT
    assert mapping_behaviour([Observation(9000)], None) is None


def test_filtering_behaviour_per_rfc5780():
    assert filtering_behaviour([seen(9000)], None) is Behaviour.ENDPOINT_INDEPENDENT
    closed = [seen(9000, test2=False)]
    assert filtering_behaviour(closed, True) is Behaviour.ADDRESS_DEPENDENT
    assert filtering_behaviour(closed, False) is Behaviour.ADDRESS_AND_PORT_DEPENDENT
    assert filtering_behaviour(closed, None) is None
    # Some forwarded, some not: the router does not let everything in.
    mixed = [seen(9000), seen(9001, test2=False)]
    assert filtering_behaviour(mixed, False) is Behaviour.ADDRESS_AND_PORT_DEPENDENT


def test_nat_summary():
    summary = nat_summary([seen(9000), seen(9001, 30001)], change_port_only_answered=None)
    assert summary.public_ip == PUBLIC
    assert summary.port_preserving is False
    assert summary.mapping is Behaviour.ENDPOINT_INDEPENDENT
    assert summary.filtering is Behaviour.ENDPOINT_INDEPENDENT
    empty = nat_summary([Observation(9000)], fallback_public_ip="198.51.100.7")
    assert (empty.public_ip, empty.port_preserving, empty.mapping) == ("198.51.100.7", None, None)


def test_results_carry_the_process():
    held = PortResult(
        5060, FULL, Outcome.PORT_IN_USE, None, None, None, process=ProcessInfo(4, "x")
    )
    assert held.as_dict()["process"] == {"pid": 4, "name": "x"}
    assert held.as_dict()["mapped"] is None
