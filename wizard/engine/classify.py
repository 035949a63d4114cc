"""Pure decisions: what one port's observations mean, the overall verdict, the NAT summary.

No sockets and no clock here, so every rule can be tested with plain data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from wizard.engine.model import (
    Address,
    Behaviour,
    BindFailure,
    NatSummary,
    Observation,
    Outcome,
    PortResult,
    Requirement,
    ServerError,
    ServerStatus,
    Verdict,
)

# When failing ports split evenly between causes, name the one a technician should fix
# first: the cause that would still break calls after the others are fixed.
FAILURE_PRIORITY: tuple[Outcome, ...] = (
    Outcome.SYMMETRIC_NAT,
    Outcome.NO_RESPONSE,
    Outcome.PORT_TRANSLATED,
    Outcome.NOT_FORWARDED,
    Outcome.NO_PERMISSION,
    Outcome.UNTESTED,
)

_OUTCOME_VERDICT = {
    Outcome.PORT_IN_USE: Verdict.PORT_IN_USE,
    Outcome.NOT_FORWARDED: Verdict.NOT_FORWARDED,
    Outcome.PORT_TRANSLATED: Verdict.PORT_TRANSLATED,
    Outcome.SYMMETRIC_NAT: Verdict.SYMMETRIC_NAT,
    Outcome.NO_RESPONSE: Verdict.NO_RESPONSE,
    Outcome.NO_PERMISSION: Verdict.NO_PERMISSION,
    # Only reachable when a server with a second address was found but a port could not be
    # tested with it, which the verdict for servers already covers.
    Outcome.UNTESTED: Verdict.STUN_NO_SECOND_ADDRESS,
}

_DNS_ERRORS = (ServerError.NAME_NOT_FOUND, ServerError.DNS_NO_ANSWER)


def verdict_for(outcome: Outcome) -> Verdict | None:
    """The verdict a scan gets when this outcome is the cause most ports share."""
    return _OUTCOME_VERDICT.get(outcome)


def classify_port(obs: Observation, requirement: Requirement) -> Outcome:
    """The outcome of one port for the rule it belongs to.

    A ``full-cone`` port needs test 1, test 2 and an unchanged port number; an
    ``outbound`` port needs test 1 and a mapping that does not depend on the destination.
    """
    if obs.bind_failure is BindFailure.IN_USE:
        return Outcome.PORT_IN_USE
    if obs.bind_failure is BindFailure.NO_PERMISSION:
        return Outcome.NO_PERMISSION
    if obs.mapped is None:
        return Outcome.NO_RESPONSE
    if obs.mapped_other is not None and obs.mapped_other != obs.mapped:
        return Outcome.SYMMETRIC_NAT
    if requirement is Requirement.OUTBOUND:
        if not obs.mapping_tested:
            return Outcome.UNTESTED
        # No reply via the other address: outbound traffic from this port reaches only
        # some destinations, so the stable mapping the rule needs is not shown.
        return Outcome.PASS if obs.mapped_other is not None else Outcome.NO_RESPONSE
    # Seen already in test 1; forwarding the same public port fixes test 2 as well.
    if obs.mapped.port != obs.port:
        return Outcome.PORT_TRANSLATED
    if obs.test2 is None:
        return Outcome.UNTESTED
    return Outcome.PASS if obs.test2 else Outcome.NOT_FORWARDED


def overall_verdict(servers: Sequence[ServerStatus], ports: Sequence[PortResult]) -> Verdict:
    """The first verdict that applies, in the order the technician has to fix things."""
    if servers and all(s.error in _DNS_ERRORS for s in servers):
        return Verdict.DNS_FAILURE
    if not any(s.primary is not None for s in servers):
        return Verdict.STUN_UNREACHABLE
    if not any(s.usable for s in servers):
        return Verdict.STUN_NO_SECOND_ADDRESS
    outcomes = [p.outcome for p in ports]
    if Outcome.PORT_IN_USE in outcomes:
        return Verdict.PORT_IN_USE
    passed = outcomes.count(Outcome.PASS)
    if passed == len(outcomes):
        return Verdict.SUCCESS
    if passed:
        return Verdict.PARTIAL
    return _OUTCOME_VERDICT[most_common_failure(outcomes)]


def most_common_failure(outcomes: Iterable[Outcome]) -> Outcome:
    counts = Counter(o for o in outcomes if o is not Outcome.PASS)
    if not counts:
        raise ValueError("no failing outcome")
    return max(counts, key=lambda o: (counts[o], -FAILURE_PRIORITY.index(o)))


def mapping_behaviour(
    observations: Iterable[Observation], sample: tuple[Address, Address, Address] | None
) -> Behaviour | None:
    """RFC 5780 section 4.3 from what the ports saw.

    ``sample`` is, for one port whose mapping changed, the mappings seen through the
    primary address, through the other IP on the primary port, and through the other
    address; it tells an address-dependent mapping from an address-and-port-dependent one.
    """
    tested = [o for o in observations if o.mapped and o.mapped_other]
    if not tested:
        return None
    if all(o.mapped == o.mapped_other for o in tested):
        return Behaviour.ENDPOINT_INDEPENDENT
    if sample is None:
        return Behaviour.ADDRESS_AND_PORT_DEPENDENT
    via_primary, via_other_ip, via_other_address = sample
    if via_other_ip != via_primary and via_other_ip == via_other_address:
        return Behaviour.ADDRESS_DEPENDENT
    return Behaviour.ADDRESS_AND_PORT_DEPENDENT


def filtering_behaviour(
    observations: Iterable[Observation], change_port_only_answered: bool | None
) -> Behaviour | None:
    """RFC 5780 section 4.4: test 2 per port, refined by one change-port-only request."""
    tested = [o for o in observations if o.mapped and o.test2 is not None]
    if not tested:
        return None
    if all(o.test2 for o in tested):
        return Behaviour.ENDPOINT_INDEPENDENT
    if change_port_only_answered is None:
        return None
    if change_port_only_answered:
        return Behaviour.ADDRESS_DEPENDENT
    return Behaviour.ADDRESS_AND_PORT_DEPENDENT


def nat_summary(
    observations: Sequence[Observation],
    *,
    fallback_public_ip: str | None = None,
    mapping_sample: tuple[Address, Address, Address] | None = None,
    change_port_only_answered: bool | None = None,
) -> NatSummary:
    mapped = [o for o in observations if o.mapped]
    public_ip = mapped[0].mapped.ip if mapped else fallback_public_ip  # type: ignore[union-attr]
    preserving = all(o.mapped.port == o.port for o in mapped) if mapped else None  # type: ignore[union-attr]
    return NatSummary(
        public_ip=public_ip,
        mapping=mapping_behaviour(observations, mapping_sample),
        filtering=filtering_behaviour(observations, change_port_only_answered),
        port_preserving=preserving,
    )
