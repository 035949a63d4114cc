"""A scan's result, assembled from what its phases found.

Pure: ``runner.run_scan`` ends here, and the tests build results from the NAT model
through the same functions, so no result shows a state the engine never reaches.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from wizard.engine import classify, gateway
from wizard.engine.holders import inspect_commands
from wizard.engine.model import (
    AdapterKind,
    Behaviour,
    BindFailure,
    Egress,
    Hairpin,
    HostFirewall,
    LinkQuality,
    ManualCheck,
    MappingLifetime,
    NatSummary,
    Outcome,
    PortCheck,
    PortResult,
    ProcessInfo,
    Reason,
    ReservedRange,
    ResponderStatus,
    RouterInfo,
    ScanResult,
    ServerError,
    ServerStatus,
    SipAlg,
    UpstreamNat,
)
from wizard.engine.sequence import PortFinding


def assemble_result(
    product: str,
    checks: Sequence[PortCheck],
    statuses: Sequence[ServerStatus],
    server: ServerStatus | None,
    public_ip: str | None,
    results: Sequence[PortResult],
    findings: Mapping[int, PortFinding] | None,
    own_public_ports: Iterable[int],
    *,
    mapping: Behaviour | None,
    filtering: Behaviour | None,
    link: LinkQuality | None,
    elapsed: float,
    manual: Sequence[ManualCheck] = (),
    firewall: HostFirewall | None = None,
    preopen_failed: Collection[int] = (),
    preopen_verified: bool = True,
    preopen_crossed: bool = False,
    path_ip: str | None = None,
    egress: Egress | None = None,
    witnessed: Mapping[int, bool | None] | None = None,
    witness_preopen_failed: Collection[int] = (),
    tcp: Sequence[PortResult] = (),
    responder: ResponderStatus | None = None,
    sip_alg: SipAlg | None = None,
    router: RouterInfo | None = None,
    hairpin: Hairpin | None = None,
    mapping_lifetime: MappingLifetime | None = None,
) -> ScanResult:
    """The scan's result from what its phases found: ``results`` in the order of
    ``checks``, ``findings`` by port (None: no server answered, so no port was probed),
    the public ports the router gave the check's own ports, and the answers of the
    mapping and filtering questions. ``firewall``: this computer's own firewall as read
    before the scan; the pre-open could not be sent from the ``preopen_failed`` ports, and
    is known to work on this platform if ``preopen_verified``. Test 2 silences that
    firewall could explain are not the router's; if a pre-open reached the server
    (``preopen_crossed``: something on the way does not count the TTL down), no test 2
    pass after one proves anything. ``path_ip``: the public address the
    chosen server saw the scan's own port come from before the ports were asked; a port
    that showed another one left by another way (``on_the_path``), and the NAT summary
    leaves it out. ``egress``: where the traffic left this computer; by a VPN, or from
    another address than the PBX's, failures are not the router's. ``witnessed``: the
    responder's word on UDP ports (``witness.udp_silences``), whose silences count only
    where the pre-open towards it went out (not from ``witness_preopen_failed``);
    ``tcp``: the TCP ports' results; ``responder`` and ``sip_alg``: what it found.
    ``router``: what the router said (its ``upstream`` is judged here, against the public
    addresses the check saw); ``hairpin`` and ``mapping_lifetime``: those tests' answers.
    Pure: the tests build results from the NAT model through it too."""
    results = classify.without_own_port_clashes(results, own_public_ports)
    if path_ip is not None:
        results = tuple(on_the_path(r, path_ip) for r in results)
    trusted = classify.silence_trusted(firewall, results, preopen_failed, preopen_verified)
    results = classify.on_this_computer(results, trusted)
    if preopen_crossed:
        results = classify.without_preopened_passes(results)
    found = findings if findings is not None else {}
    if server is not None and any(f.wrong_source for f in found.values()):
        # A server that answered a CHANGE-REQUEST from its primary address cannot do
        # test 2 for any port: every result that stands on test 2 becomes untested.
        server = replace(server, error=ServerError.IGNORES_CHANGE_REQUEST)
        results = tuple(untested_without_test2(r) for r in results)
        statuses = [server if s.server == server.server else s for s in statuses]
    if responder is not None and responder.public_ip and path_ip and responder.public_ip != path_ip:
        # The responder saw this check come from another public address than the STUN
        # server did: its probes went to another line's router. They prove nothing here.
        witnessed = None
        tcp = tuple(on_the_path(r, path_ip, responder.public_ip) for r in tcp)
    if witnessed:
        on_responder = classify.silence_trusted(
            firewall, results, witness_preopen_failed, preopen_verified
        )
        results = classify.with_responder(results, witnessed, on_responder)
    else:
        results = classify.with_responder(results, {}, trusted)
    results = classify.by_another_way_out((*results, *tcp), egress)
    if public_ip is None and responder is not None:
        public_ip = responder.public_ip
    nat = NatSummary(public_ip=public_ip)
    if findings is not None:
        judged = [c for c in checks if c.port in found and _along(found[c.port], path_ip)]
        nat = classify.nat_summary(
            [found[c.port] for c in judged],
            judged,
            fallback_public_ip=public_ip,
            mapping_question=mapping,
            filtering_question=filtering,
        )
        if preopen_crossed or (
            not trusted(None) and nat.filtering is not Behaviour.ENDPOINT_INDEPENDENT
        ):
            # Only a pass says something about filtering the firewall cannot have caused.
            nat = replace(nat, filtering=None)
    by_responder = any(r.responder is not None for r in results)
    if router is not None:
        router = judge_router(router, results, nat.public_ip, responder, egress)
    return ScanResult(
        verdict=classify.overall_verdict(
            statuses,
            results,
            witnessed=by_responder,
            sip_alg=bool(sip_alg and sip_alg.detected),
            # A router that gave no WAN address (miniupnpd's answer behind carrier NAT,
            # but also for a reserved or misconfigured WAN) hints at a second NAT; only
            # an address shows one, so only that is a verdict.
            upstream=upstream_shown(router),
        ),
        product=product,
        servers=tuple(statuses),
        nat=nat,
        ports=results,
        elapsed_s=elapsed,
        server_used=server,
        manual=tuple(manual),
        link=link,
        firewall=firewall,
        egress=egress,
        responder=responder,
        sip_alg=sip_alg,
        router=router,
        hairpin=hairpin,
        mapping_lifetime=mapping_lifetime,
    )


_UPSTREAM_SHOWN = (UpstreamNat.PRIVATE, UpstreamNat.SHARED, UpstreamNat.DIFFERS)


def upstream_shown(router: RouterInfo | None) -> bool:
    """Whether the router's word shows a second NAT (a WAN address that is private,
    shared or another public one), as the verdict needs it. A router that gave no WAN
    address, or says it is not connected, only hints at one (``NOT_CONNECTED``)."""
    return router is not None and router.upstream in _UPSTREAM_SHOWN


def judge_router(
    router: RouterInfo,
    results: Sequence[PortResult],
    public_ip: str | None,
    responder: ResponderStatus | None,
    egress: Egress | None,
) -> RouterInfo:
    """``router`` with its ``upstream`` judged (``gateway.upstream_nat``) against the
    public address the check saw. A WAN address that is public but differs counts only
    when it is none of the public addresses any port or the responder saw (a second line)
    and the traffic did not leave by a VPN or another adapter (whose public address is
    not the router's)."""
    upstream = gateway.upstream_nat(router, public_ip)
    if upstream is UpstreamNat.DIFFERS:
        seen = {r.mapped.ip for r in results if r.mapped is not None}
        if responder is not None and responder.public_ip:
            seen.add(responder.public_ip)
        away = egress is not None and (egress.elsewhere or egress.kind is AdapterKind.VPN)
        if router.wan_address in seen or away:
            upstream = None
    return replace(router, upstream=upstream)


# What a port showed about the router it went through.
_ABOUT_THE_ROUTER = (
    Outcome.PASS,
    Outcome.NOT_FORWARDED,
    Outcome.PORT_TRANSLATED,
    Outcome.SYMMETRIC_NAT,
)


def on_the_path(result: PortResult, path_ip: str, seen_ip: str | None = None) -> PortResult:
    """``result``, unless the server saw the port come from another public address than
    ``path_ip`` (the scan's own port's, at its start), or the responder saw this check
    come from ``seen_ip``, another one: then the port's traffic left by
    another way than the scan measured (a VPN that came up or went down, a second line,
    a router that shares traffic between lines), and what it showed is about that other
    way's router, not a verdict: ``inconclusive``, several public addresses."""
    about = _ABOUT_THE_ROUTER
    if seen_ip is not None:  # the responder's word on a TCP port: a silence too
        about = (*_ABOUT_THE_ROUTER, Outcome.BLOCKED_ON_THIS_COMPUTER)
    else:
        seen_ip = result.mapped.ip if result.mapped is not None else None
    if seen_ip is None or seen_ip == path_ip or result.outcome not in about:
        return result
    return replace(result, outcome=Outcome.INCONCLUSIVE, reason=Reason.SEVERAL_PUBLIC_ADDRESSES)


def _along(finding: PortFinding, path_ip: str | None) -> bool:
    return path_ip is None or finding.mapped is None or finding.mapped.ip == path_ip


def port_result(check: PortCheck, finding: PortFinding) -> PortResult:
    """The result a port's finding makes."""
    return PortResult(
        port=check.port,
        requirement=check.requirement,
        outcome=finding.outcome,
        mapped=finding.mapped,
        test1=finding.test1,
        test2=finding.test2,
        mapped_other=finding.mapped_other,
        reason=finding.reason,
        retested=finding.retested,
    )


def bind_failure_result(
    check: PortCheck,
    failure: BindFailure,
    holder: ProcessInfo | None,
    platform: str,
    reserved: Sequence[ReservedRange] = (),
) -> PortResult:
    """The result of a port the system would not bind: the program holding it, or the
    range the system reserves it in (``reserved``: the ranges read before the scan)."""
    if failure is BindFailure.NO_PERMISSION:
        if holder is not None:
            # "Access denied" for a port an IPv4 socket holds: that program keeps it
            # (exclusively, for a bind to one address); the holder names it.
            failure = BindFailure.IN_USE
        elif any(check.port in r and not r.administered for r in reserved):
            # Denied, nobody holds it, and Windows lists it as excluded: reserved. A
            # range an administrator excluded (``*``) still lets programs bind.
            failure = BindFailure.RESERVED
    outcome, reason = {
        BindFailure.IN_USE: (Outcome.PORT_IN_USE, None),
        BindFailure.NO_PERMISSION: (Outcome.NO_PERMISSION, None),
        BindFailure.RESERVED: (Outcome.PORT_RESERVED, None),
        BindFailure.OTHER: (Outcome.INCONCLUSIVE, Reason.BIND_ERROR),
    }[failure]
    if outcome is not Outcome.PORT_IN_USE:
        holder = None  # a program on the port did not cause this failure
    commands: tuple[str, ...] = ()
    if outcome is Outcome.PORT_IN_USE:
        commands = inspect_commands(check.port, holder.pid if holder else None, platform)
    return PortResult(
        port=check.port,
        requirement=check.requirement,
        outcome=outcome,
        mapped=None,
        test1=None,
        test2=None,
        process=holder,
        commands=commands,
        reason=reason,
    )


_NEEDS_TEST2 = (Outcome.PASS, Outcome.NOT_FORWARDED)


def untested_without_test2(result: PortResult) -> PortResult:
    if result.outcome in _NEEDS_TEST2 or result.reason is Reason.RECENT_CONTACT:
        return replace(result, outcome=Outcome.UNTESTED, reason=None, test2=None)
    return result
