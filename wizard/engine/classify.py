"""Pure decisions over a whole scan: the overall verdict and the NAT summary.

What one port's answers mean is decided by its sequence (``wizard.engine.sequence``);
this module weighs the ports together. No sockets and no clock here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from wizard.engine.model import (
    AdapterKind,
    Behaviour,
    Egress,
    FirewallInbound,
    HostFirewall,
    NatSummary,
    Outcome,
    PortCheck,
    PortResult,
    Protocol,
    Reason,
    ServerError,
    ServerStatus,
    Verdict,
    Witness,
)
from wizard.engine.sequence import PortFinding

T = TypeVar("T")

# When failing ports split evenly between causes, name the one a technician should fix
# first: the cause that would still break calls after the others are fixed.
FAILURE_PRIORITY: tuple[Outcome, ...] = (
    Outcome.SYMMETRIC_NAT,
    Outcome.NO_RESPONSE,
    Outcome.PORT_TRANSLATED,
    Outcome.NOT_FORWARDED,
    Outcome.NO_PERMISSION,
    Outcome.UNTESTED,
    Outcome.PORT_RESERVED,
    Outcome.BLOCKED_ON_THIS_COMPUTER,
    Outcome.INCONCLUSIVE,
)

# Outcomes that say nothing against the router: the port could not be judged.
NOT_THE_ROUTER = (Outcome.PASS, Outcome.INCONCLUSIVE, Outcome.BLOCKED_ON_THIS_COMPUTER)

_OUTCOME_VERDICT = {
    Outcome.PORT_IN_USE: Verdict.PORT_IN_USE,
    Outcome.NOT_FORWARDED: Verdict.NOT_FORWARDED,
    Outcome.PORT_TRANSLATED: Verdict.PORT_TRANSLATED,
    Outcome.SYMMETRIC_NAT: Verdict.SYMMETRIC_NAT,
    Outcome.NO_RESPONSE: Verdict.NO_RESPONSE,
    Outcome.NO_PERMISSION: Verdict.NO_PERMISSION,
    Outcome.PORT_RESERVED: Verdict.PORT_RESERVED,
    Outcome.BLOCKED_ON_THIS_COMPUTER: Verdict.BLOCKED_ON_THIS_COMPUTER,
    # Only reachable when a server with a second address was found but a port could not be
    # tested with it, which the verdict for servers already covers.
    Outcome.UNTESTED: Verdict.STUN_NO_SECOND_ADDRESS,
    Outcome.INCONCLUSIVE: Verdict.INCONCLUSIVE,
}

_DNS_ERRORS = (ServerError.NAME_NOT_FOUND, ServerError.DNS_NO_ANSWER)


def verdict_for(outcome: Outcome) -> Verdict | None:
    """The verdict a scan gets when this outcome is the cause most ports share."""
    return _OUTCOME_VERDICT.get(outcome)


def overall_verdict(
    servers: Sequence[ServerStatus],
    ports: Sequence[PortResult],
    witnessed: bool = False,
    sip_alg: bool = False,
    upstream: bool = False,
) -> Verdict:
    """The first verdict that applies, in the order the technician has to fix things.

    ``inconclusive`` ports never count as failures: with nothing failing for certain the
    verdict is ``inconclusive``, beside a failure the failure is named. Ports this
    computer's firewall kept from being judged are no failure of the router either: with
    nothing failing for certain, the verdict names this computer. Ports the system
    reserves come first after ports in use: the PBX cannot use them whatever the router.
    Where the responder judged ports (``witnessed``), the STUN servers' state does not
    decide; where every port passed but a SIP helper was found (``sip_alg``), that is
    the verdict. Where the router's ports fail, none got in from outside, and a second
    NAT is known to sit upstream (``upstream``), that is the verdict: no forward on this
    router alone can help. A port that got in crossed that NAT, so then it is not.
    """
    if not witnessed:
        if servers and all(s.error in _DNS_ERRORS for s in servers):
            return Verdict.DNS_FAILURE
        if not any(s.primary is not None for s in servers):
            return Verdict.STUN_UNREACHABLE
        if not any(s.usable for s in servers):
            return Verdict.STUN_NO_SECOND_ADDRESS
    outcomes = [p.outcome for p in ports]
    if Outcome.PORT_IN_USE in outcomes:
        return Verdict.PORT_IN_USE
    if Outcome.PORT_RESERVED in outcomes:
        return Verdict.PORT_RESERVED
    passed = outcomes.count(Outcome.PASS)
    if outcomes and passed == len(outcomes):
        return Verdict.SIP_ALG if sip_alg else Verdict.SUCCESS
    # Beside a responder, a port nobody could judge is no failure either.
    unjudged = (*NOT_THE_ROUTER, Outcome.UNTESTED) if witnessed else NOT_THE_ROUTER
    failing = [o for o in outcomes if o not in unjudged]
    if not failing:
        if Outcome.BLOCKED_ON_THIS_COMPUTER in outcomes:
            return Verdict.BLOCKED_ON_THIS_COMPUTER
        return Verdict.INCONCLUSIVE
    # A port whose inbound test passed crossed the second NAT: it lets traffic through,
    # and the failing ports may just lack this router's forwards.
    inbound = any(
        p.outcome is Outcome.PASS and (p.test2 or p.responder or p.protocol is Protocol.TCP)
        for p in ports
    )
    if upstream and not inbound and any(o in _UPSTREAM_FAILURES for o in failing):
        return Verdict.UPSTREAM_NAT
    if passed:
        return Verdict.PARTIAL
    return _OUTCOME_VERDICT[most_common_failure(failing)]


# What a second NAT upstream explains: inbound that never reaches this router's forward,
# or ports the outer NAT changes.
_UPSTREAM_FAILURES = (Outcome.NOT_FORWARDED, Outcome.PORT_TRANSLATED, Outcome.SYMMETRIC_NAT)


def most_common_failure(outcomes: Iterable[Outcome]) -> Outcome:
    counts = Counter(o for o in outcomes if o is not Outcome.PASS)
    if not counts:
        raise ValueError("no failing outcome")
    return max(counts, key=lambda o: (counts[o], -FAILURE_PRIORITY.index(o)))


def _majority(votes: Iterable[Behaviour]) -> Behaviour | None:
    """The behaviour most votes name; None on a tie or without votes."""
    ranked = Counter(votes).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def nat_summary(
    findings: Sequence[PortFinding],
    checks: Sequence[PortCheck],
    *,
    fallback_public_ip: str | None = None,
    mapping_question: Behaviour | None = None,
    filtering_question: Behaviour | None = None,
) -> NatSummary:
    """The router's behaviour from the weight of the evidence, not from any one port.

    ``findings[i]`` is the finding of ``checks[i]``. Mapping: the behaviour most ports
    that tested it showed, with the answer of RFC 5780 section 4.3 asked from a fresh
    port of our own as one more vote. Filtering: endpoint-independent when most ports
    passed test 2, else section 4.4's answer from a fresh port. The public IP and port
    preservation: what most ports showed.
    """
    mapped = [(f.mapped, c.port) for f, c in zip(findings, checks, strict=True) if f.mapped]
    public_ip = fallback_public_ip
    if mapped:
        public_ip = Counter(address.ip for address, _ in mapped).most_common(1)[0][0]
    preserving: bool | None = None
    if mapped:
        kept = sum(1 for address, port in mapped if address.port == port)
        if kept * 2 != len(mapped):
            preserving = kept * 2 > len(mapped)
    votes = [f.mapping for f in findings if f.mapping is not None]
    if mapping_question is not None:
        votes.append(mapping_question)
    tested = [f.test2 for f in findings if f.test2 is not None]
    filtering = filtering_question
    if tested and sum(tested) * 2 > len(tested):
        filtering = Behaviour.ENDPOINT_INDEPENDENT
    return NatSummary(
        public_ip=public_ip,
        mapping=_majority(votes),
        filtering=filtering,
        port_preserving=preserving,
    )


# What a clash with one of our own ports' public port numbers can make a port look like:
# the router gives the checked port another public port, or hands test 2's answer to
# our port instead.
_CLASH_CAN_CAUSE = (Outcome.NOT_FORWARDED, Outcome.PORT_TRANSLATED, Outcome.SYMMETRIC_NAT)


def without_own_port_clashes(
    ports: Sequence[PortResult], own_public_ports: Iterable[int]
) -> tuple[PortResult, ...]:
    """Failures of ports whose number the router gave one of the check's own ports as a
    public port are not the router's doing for certain: ``inconclusive`` (``own_port``).

    A router that picks public ports at random (pfSense by default, for instance) may
    give our control port the public port a forward uses: answers for that port then
    reach our control port, and the PBX's own flow must leave by another public port.
    """
    taken = set(own_public_ports)
    return tuple(
        replace(p, outcome=Outcome.INCONCLUSIVE, reason=Reason.OWN_PORT)
        if p.port in taken and p.outcome in _CLASH_CAN_CAUSE
        else p
        for p in ports
    )


# What a port can show against the router it went through; outcomes of this computer
# (in use, reserved, no permission) and of the server stay as they are.
_AGAINST_THE_ROUTER = (
    Outcome.NOT_FORWARDED,
    Outcome.PORT_TRANSLATED,
    Outcome.SYMMETRIC_NAT,
    Outcome.NO_RESPONSE,
)


def by_another_way_out(
    ports: Sequence[PortResult], egress: Egress | None
) -> tuple[PortResult, ...]:
    """Failures against the router become ``inconclusive`` (``other_way_out``) when the
    check's traffic left this computer by a VPN's adapter, or from another address than
    the PBX's: they are about the device at the end of that way, not about the router
    in front of the PBX. From another address than the PBX's, passes too: they show the
    forwards lead here, not to the PBX. By a VPN a pass stays a pass: the way this
    computer, the PBX, reaches the internet works. A virtual adapter alone changes
    nothing (a Hyper-V host's own network card is one).
    """
    if egress is None or not (egress.kind is AdapterKind.VPN or egress.elsewhere):
        return tuple(ports)
    doubted = (*_AGAINST_THE_ROUTER, Outcome.PASS) if egress.elsewhere else _AGAINST_THE_ROUTER
    return tuple(
        replace(p, outcome=Outcome.INCONCLUSIVE, reason=Reason.OTHER_WAY_OUT)
        if p.outcome in doubted
        else p
        for p in ports
    )


def without_preopened_passes(ports: Sequence[PortResult]) -> tuple[PortResult, ...]:
    """After a pre-open that reached the server, a passing test 2 may have come in on
    the state that pre-open left in the router: such ports are ``inconclusive``
    (``recent_contact``: the port did send to the address the answer came from)."""
    return tuple(
        replace(p, outcome=Outcome.INCONCLUSIVE, reason=Reason.RECENT_CONTACT)
        if p.test2 and p.outcome in (Outcome.PASS, Outcome.PORT_TRANSLATED)
        else p
        for p in ports
    )


# Systems on which the lab showed that a pre-open (``StunEndpoint.preopen``) lets test 2's
# answer through the computer's own stateful firewall and leaves the router's answer as it
# was (nftables and conntrack on the PBX, a Linux router in front). Elsewhere, Windows
# Filtering Platform above all, it is sent all the same, but only a port that passed
# through it in the same scan proves it works there.
PREOPEN_VERIFIED = frozenset({"linux"})


def silence_trusted(
    firewall: HostFirewall | None,
    ports: Sequence[PortResult],
    preopen_failed: Collection[int] = (),
    verified: bool = True,
) -> Callable[[int | None], bool]:
    """Whether a silent test 2 on a port (None: on a port of the check's own) can only be
    the router's doing, given this computer's firewall as read before the scan.

    It can when the firewall lets such answers in anyway (off, or an allow rule covers the
    port), or when the pre-open went out from the port and is known to work: verified for
    the platform, or shown in this scan by a port that passed test 2 although the firewall,
    read in full, would have dropped its answer. A firewall that was not read at all
    (``None``: no reader) leaves every silence to the router, as before.
    """
    if firewall is None or firewall.inbound is FirewallInbound.OPEN:
        return lambda port: True
    open_ports = set(firewall.open_ports)
    failed = set(preopen_failed)
    proven = firewall.inbound is FirewallInbound.FILTERS and any(
        p.test2 and p.port not in open_ports and p.port not in failed for p in ports
    )
    works = firewall.preopen and (verified or proven)

    def trusted(port: int | None) -> bool:
        if port is None:  # a port of the check's own: only if no pre-open went missing
            return works and not failed
        return port in open_ports or (works and port not in failed)

    return trusted


def on_this_computer(
    ports: Sequence[PortResult], trusted: Callable[[int | None], bool]
) -> tuple[PortResult, ...]:
    """Ports that failed only because test 2's answer did not arrive, where this
    computer's firewall could have dropped it (``trusted`` is False), become
    ``blocked_on_this_computer``: never a verdict against the router on such evidence."""
    return tuple(
        replace(p, outcome=Outcome.BLOCKED_ON_THIS_COMPUTER)
        if p.outcome is Outcome.NOT_FORWARDED and not trusted(p.port)
        else p
        for p in ports
    )


# What the STUN server's test 2 left undecided or against the router, which an arriving
# responder probe settles as a pass, and a silent one (enough copies on a path that
# carried the controls, this computer's firewall ruled out) as a failure.
_RESPONDER_SETTLES = (Outcome.NOT_FORWARDED, Outcome.UNTESTED, Outcome.INCONCLUSIVE)
_RESPONDER_REASONS = (
    None,
    Reason.LINK_LOSS,
    Reason.SECOND_ADDRESS_SILENT,
    Reason.RECENT_CONTACT,
    Reason.MAPPING_UNCONFIRMED,
)


def with_responder(
    ports: Sequence[PortResult],
    witnessed: Mapping[int, bool | None],
    trusted: Callable[[int | None], bool],
) -> tuple[PortResult, ...]:
    """Each UDP port's result with the responder's word on it (``witnessed``: True its
    probe arrived, False it did not where it should have, None it proves nothing or the
    port was not asked), and who proved test 2 (``test2_by``).

    - Arrived: a datagram from an address the port never sent to came in on its own
      public port number, so the port passes, whatever the STUN server's second address
      could not show (a lost answer, a server at fault, no server with two addresses).
    - Silent: the router's failure where STUN did not show a pass; where STUN's second
      address did get through, the two witnesses disagree and the port is
      ``inconclusive``. A silence this computer's firewall could explain (``trusted``
      False for the port) counts for nothing, as for STUN.
    """
    judged = []
    for p in ports:
        word = witnessed.get(p.port) if p.protocol is Protocol.UDP else None
        if word is False and not trusted(p.port):
            word = None
        stun_pass = p.test2 is True
        if word is True:
            if p.outcome is Outcome.PASS:
                by = Witness.BOTH if stun_pass else Witness.RESPONDER
                p = replace(p, test2_by=by, responder=True)
            elif (
                p.outcome in _RESPONDER_SETTLES
                and p.reason in _RESPONDER_REASONS
                or p.outcome is Outcome.BLOCKED_ON_THIS_COMPUTER
            ):
                p = replace(
                    p, outcome=Outcome.PASS, reason=None, test2_by=Witness.RESPONDER, responder=True
                )
            else:
                p = replace(p, responder=True)
        elif word is False:
            if p.outcome is Outcome.PASS and stun_pass:
                p = replace(
                    p,
                    outcome=Outcome.INCONCLUSIVE,
                    reason=Reason.WITNESSES_DISAGREE,
                    test2_by=None,
                    responder=False,
                )
            elif _settles(p):
                p = replace(p, outcome=Outcome.NOT_FORWARDED, reason=None, responder=False)
            else:
                p = replace(p, responder=False)
        elif stun_pass and p.outcome is Outcome.PASS:
            p = replace(p, test2_by=Witness.STUN)
        judged.append(p)
    return tuple(judged)


def _settles(result: PortResult) -> bool:
    return result.outcome in _RESPONDER_SETTLES and result.reason in _RESPONDER_REASONS


def spread_sample(items: Sequence[T], count: int) -> list[T]:
    """Up to ``count`` of ``items``, spread evenly over them, both ends included: the
    ports a slow witness asks again, so a block that covers a stretch of them is met."""
    count = min(count, len(items))
    picks = sorted({round(i * (len(items) - 1) / max(1, count - 1)) for i in range(count)})
    return [items[i] for i in picks]
