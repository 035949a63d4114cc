"""A whole scan: resolve, check the servers, probe every port, retest, judge.

``run_scan`` is the one entry point that both the ``check`` command and the wizard call.
It is an ordinary coroutine: cancelling its task stops the scan at once, and every
socket is closed on the way out.

The phases:

1. The servers, in order, until one is fit for test 2 (``probes.preflight_server``); the
   port that checked it stays open for the controls, which start with a baseline and go
   on all through the scan, steering its pace.
2. The scan: every port runs its sequence as far as it goes without judging a silence.
   Where it meets one, it waits until the controls can judge the moment of its sends,
   then is asked again, at the pace the controls allow, as often as the loss around its
   sends demands, before it runs the mapping tests it still needs. What was sent while
   the path was disturbed does not count, so it is asked again once the path is back.
   A silence the link still explains after ``MAX_SENDS`` copies is ``inconclusive``.
   Two ports of our own ask RFC 5780's mapping and filtering questions meanwhile.
3. The slow witness: when some ports passed test 2 and others failed it, a sample of
   the failing ones is asked once more, a few a second, after the scan. If any passes,
   the failures depend on the pace (a flood protection), not on the forwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import random
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from wizard.engine.classify import PREOPEN_VERIFIED, spread_sample
from wizard.engine.contacts import ContactLog
from wizard.engine.defaults import DEFAULT_RATE, DEFAULT_TIMEOUT
from wizard.engine.gateway import RouterQuery, RouterSettings, ask_router, with_typed
from wizard.engine.hairpin import copies_for, firewall_lets_in, run_hairpin
from wizard.engine.holders import HolderLookup
from wizard.engine.hostfirewall import read_host_firewall
from wizard.engine.interfaces import INTERNET, egress, source_address
from wizard.engine.lifetime import gaps_up_to, run_lifetime
from wizard.engine.model import (
    Address,
    BindFailure,
    Egress,
    Event,
    FirewallInbound,
    Hairpin,
    HostFirewall,
    LifetimeProblem,
    ManualCheck,
    MappingLifetime,
    Outcome,
    Phase,
    PhaseStarted,
    PortCheck,
    PortDone,
    PortResult,
    PortStarted,
    Protocol,
    Reason,
    Requirement,
    RouterInfo,
    RouterSource,
    ScanFinished,
    ScanResult,
    ScanStarted,
    ServerChecked,
    ServerError,
    ServerStatus,
    StateWait,
)
from wizard.engine.probes import (
    GIVE_UP_AFTER,
    SOCKET_REDOS,
    Controls,
    Preflight,
    ProbeSettings,
    Recorder,
    ask,
    drive,
    open_ephemeral,
    preflight_server,
    reopen,
    verify_alternates,
)
from wizard.engine.reserved import ReservedReading, read_in_thread, read_reserved
from wizard.engine.resolve import ServerSpec, resolve
from wizard.engine.results import assemble_result, bind_failure_result, port_result
from wizard.engine.sequence import (
    FilteringQuestion,
    History,
    MappingQuestion,
    PortFinding,
    PortSequence,
    Route,
    Test,
    choose_routes,
)
from wizard.engine.transport import (
    Pacer,
    StunEndpoint,
    bind_failure,
    open_endpoint,
    open_probe_socket,
)
from wizard.engine.witness import (
    ResponderSettings,
    WitnessReport,
    run_witness,
    tcp_firewall_open,
    tcp_results,
    udp_silences,
)

MAX_IN_FLIGHT = 2048
# After a scan with some ports passing test 2 and some failing it, a sample of the failing
# ports is asked again, one at a time, spread over half a minute: below what flood and
# port-scan protections let through, and past the time most of them block a source for.
# If any passes, the failures depend on the pace, and the other failing ports are asked
# again too, a few a second.
SLOW_WITNESS_SAMPLE = 12
SLOW_WITNESS_SPREAD = 30.0  # seconds
SLOW_WITNESS_PACE = 4.0  # new test 2 answers a second for the others
SLOW_WITNESS_MAX = 240  # the others asked again, at most (a minute)
# How long a router may keep state for an earlier check's test 2 answers that nothing
# answered: Linux (nf_conntrack_udp_timeout) forgets them 30 s after the last one, OpenWrt
# and pf (udp.first) 60 s; an answer may come up to the time-out after its request was
# logged, which the scan adds.
INVITED_HOLD = 60.0


@dataclass(frozen=True)
class ScanSettings:
    servers: Sequence[ServerSpec]
    rate: float = DEFAULT_RATE  # the ceiling: controls may make a scan go slower
    timeout: float = DEFAULT_TIMEOUT
    local_ip: str = "0.0.0.0"
    in_flight: int | None = None  # ports probed at once; None: from rate and time-out
    dns_timeout: float = 10.0
    platform: str = field(default=sys.platform)
    # Where the contact log lives between runs (None: this scan's own memory only).
    contact_log: Path | None = None
    # Seconds without an answered control before the path counts as gone.
    give_up_after: float = GIVE_UP_AFTER
    # A TTL-1 datagram before each request whose answer comes from an address the port
    # has not sent to, so this computer's own firewall lets test 2's answer in.
    preopen: bool = True
    # Reads this computer's firewall for the checked ports (blocking; run in a thread);
    # None: not read, and every silence counts as the router's.
    host_firewall: Callable[[Sequence[int]], HostFirewall] | None = read_host_firewall
    # Whether the lab showed the pre-open to work on this system; None: from ``platform``.
    preopen_verified: bool | None = None
    # Reads the port ranges the system reserves (None: netsh on Windows, none elsewhere).
    reserved_ranges: Callable[[], ReservedReading] | None = None
    pbx_ip: str | None = None  # the PBX's address as the technician gave it, if any
    # A responder of the support team's (``wizard.responder``): UDP test 2 from a third
    # party, TCP connect-backs and the SIP ALG test. None: STUN alone.
    responder: ResponderSettings | None = None
    # The router's own word (UPnP IGD, NAT-PMP, PCP; or a typed WAN address). None: not
    # asked, and no second NAT can be told.
    router: RouterSettings | None = None
    # The hairpin test (NAT loopback) after the scan, on a port that passed test 2.
    hairpin: bool = False
    # The mapping lifetime test (RFC 5780 section 4.6) up to this many seconds of idle
    # gap; None: not run.
    mapping_lifetime: float | None = None
    # Set by a face to end the mapping lifetime test early with what it knows so far.
    lifetime_stop: asyncio.Event | None = None
    # The port the product sends SIP from: the hairpin test prefers it (None: any).
    sip_port: int | None = None

    def probe_settings(self) -> ProbeSettings:
        return ProbeSettings(self.timeout, self.local_ip, self.platform, self.preopen)

    def ports_in_flight(self) -> int:
        if self.in_flight is not None:
            return max(1, self.in_flight)
        # Enough ports at once that time-outs overlap instead of adding up: a port in
        # flight for about one time-out, rate / 2 ports a second (Little's law).
        wanted = int(self.rate * self.timeout) + 1
        return max(1, min(wanted, MAX_IN_FLIGHT, socket_budget()))


def socket_budget() -> int:
    """How many probe sockets may be open at once without running out of descriptors
    (raising the soft limit to the hard one where the system allows)."""
    try:
        import resource
    except ImportError:  # Windows: sockets are not bounded by a descriptor table
        return MAX_IN_FLIGHT
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or hard > soft:
        target = hard if hard != resource.RLIM_INFINITY else 65536
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
    return max(1, soft - 64)


Listener = Callable[[Event], None]


async def preflight(
    settings: ScanSettings,
    pacer: Pacer,
    emit: Listener,
    avoid: set[int],
    found_all: list[Preflight] | None = None,
) -> tuple[list[ServerStatus], Preflight | None, str | None]:
    """Servers in order until one is fit for test 2; returns all statuses, the one to
    use (fit, or at least answering for test 1) with its open port, and the public IP.
    Every server checked is added to ``found_all``, if given."""
    probe_settings = settings.probe_settings()
    lookups = (resolve(spec, settings.dns_timeout) for spec in settings.servers)
    resolutions = await asyncio.gather(*lookups)
    statuses: list[ServerStatus] = []
    chosen: Preflight | None = None
    public_ip: str | None = None
    try:
        for spec, resolution in zip(settings.servers, resolutions, strict=True):
            if chosen is not None and chosen.status.usable:
                status = ServerStatus(str(spec), resolution.addresses, error=ServerError.NOT_TRIED)
            else:
                found = await preflight_server(spec, resolution, pacer, probe_settings, avoid)
                if found_all is not None:
                    found_all.extend([*found.discarded, found])
                status = found.status
                if found.public is not None and public_ip is None:
                    public_ip = found.public.ip
                if status.usable or (chosen is None and status.primary is not None):
                    if chosen is not None and chosen.endpoint is not None:
                        chosen.endpoint.close()
                    chosen = found
                elif found.endpoint is not None:
                    found.endpoint.close()
            statuses.append(status)
            emit(ServerChecked(status))
    except BaseException:
        if chosen is not None and chosen.endpoint is not None:
            chosen.endpoint.close()
        raise
    return statuses, chosen, public_ip


async def run_scan(
    product: str,
    checks: Sequence[PortCheck],
    settings: ScanSettings,
    on_event: Listener | None = None,
    manual: Sequence[ManualCheck] = (),
) -> ScanResult:
    loop = asyncio.get_running_loop()
    started = loop.time()
    emit: Listener = on_event or (lambda event: None)
    checks = _unique(checks)
    emit(ScanStarted(len(checks)))
    pacer = Pacer(settings.rate)
    wall = time.time()
    prior = ContactLog.load(settings.contact_log, wall)
    log = ContactLog.from_json(prior.to_json())
    ports = {c.port for c in checks}
    checked: list[Preflight] = []
    scan: _Scan | None = None
    report: WitnessReport | None = None
    chosen: Preflight | None = None
    reading = asyncio.ensure_future(_read_firewall(settings.host_firewall, sorted(ports)))
    # Read once, beside the server check; a refused bind waits for it.
    provider = settings.reserved_ranges or functools.partial(read_reserved, settings.platform)
    reserved = asyncio.ensure_future(read_in_thread(provider))
    asking: asyncio.Future[RouterInfo | None] | None = None
    hairpin: Hairpin | None = None
    lifetime: MappingLifetime | None = None
    try:
        statuses, chosen, public_ip = await preflight(settings, pacer, emit, ports, checked)
        server = chosen.status if chosen is not None else None
        leaving = await find_egress(settings, statuses, server)
        if settings.router is not None:
            # Beside the scan: a few TCP connections and datagrams to the gateway.
            emit(PhaseStarted(Phase.ROUTER, 0))
            asking = asyncio.ensure_future(_ask_router(settings, checks, server, leaving))
        firewall = await reading
        # A firewall known to let test 2's answers in needs no pre-open: none is sent,
        # so none can leave state in a router that does not count the TTL down.
        if firewall is not None and firewall.inbound is FirewallInbound.OPEN:
            settings = replace(settings, preopen=False)
        elif await _split_route(settings, server, leaving):
            # A pre-open to the second address would leave by another adapter, from
            # another address, than test 2's answer arrives at: it opens nothing.
            settings = replace(settings, preopen=False)
        if chosen is not None and server is not None:
            scan = _Scan(settings, chosen, pacer, emit, prior, wall, log, reserved=reserved)
            await scan.run(checks)
        if settings.responder is not None:
            raw = scan.results if scan is not None else {}
            report = await run_witness(
                settings.responder,
                witness_ports(checks, raw),
                local_ip=settings.local_ip,
                platform=settings.platform,
                preopen=settings.preopen,
                prior=prior,
                log_to=log,
                wall=wall,
                phase=lambda name, count: emit(
                    PhaseStarted(Phase.SIP_ALG if name == "sip" else Phase.RESPONDER, count)
                ),
                link=_link_counts(scan),
            )
        loss = scan.controls.quality().loss_pct if scan and scan.controls else None
        if settings.hairpin and scan is not None:
            emit(PhaseStarted(Phase.HAIRPIN, 1))
            hairpin = await run_hairpin(
                tuple(scan.results.values()),
                sip_port=settings.sip_port,
                settings=settings.probe_settings(),
                firewall=firewall,
                loss_pct=loss,
                avoid=ports,
                source_ip=leaving.source_ip if leaving is not None else None,
            )
        if settings.mapping_lifetime and server is not None and server.primary is not None:
            lifetime = await _lifetime(settings, server.primary, firewall, loss, ports, emit)
        router = await asking if asking is not None else None
        reserved_reading = await reserved
    finally:
        reading.cancel()
        reserved.cancel()
        if asking is not None:
            asking.cancel()
        pacer.close()
        if scan is not None:
            await scan.close()
        if chosen is not None and chosen.endpoint is not None:
            chosen.endpoint.close()
        # Our own ports talked to the servers too: a later run may check one of them.
        record = Recorder(log)
        for found in checked:
            for request in found.asked:
                if found.port is not None:
                    record(found.port, request, found.public)
        if scan is not None and scan.controls is not None and chosen is not None:
            for request in scan.controls.tracks:
                if chosen.port is not None:
                    record(chosen.port, request, chosen.public)
        now = time.time()
        for port, public in _own_publics(checked, scan):
            log.own_public(port, public, now)
        log.save(settings.contact_log, now)

    link = None
    if scan is not None and scan.controls is not None:
        link = replace(scan.controls.quality(), rate_ceiling=settings.rate)
    # Public ports the router gave our own ports, in this run or one shortly before.
    own = {public.port for _, public in _own_publics(checked, scan)}
    own |= prior.own_public_ports(wall)
    if scan is not None:
        found = tuple(scan.results[c.port] for c in checks if c.port in scan.results)
    elif report is not None:  # no server answered: the responder's word alone
        found = await _unprobed(checks, report, settings, reserved_reading)
    else:
        found = ()
    witnessed: dict[int, bool | None] | None = None
    tcp: tuple[PortResult, ...] = ()
    if report is not None:
        witnessed = udp_silences(report.udp)
        tcp = tcp_results(report, tcp_firewall_open(firewall), settings.responder.tcp_ports)
    result = assemble_result(
        product,
        checks,
        statuses,
        server,
        public_ip,
        found,
        scan.findings if scan is not None else None,
        own,
        mapping=scan.mapping.behaviour if scan and scan.mapping else None,
        filtering=scan.filtering.behaviour if scan and scan.filtering else None,
        link=link,
        elapsed=loop.time() - started,
        manual=manual,
        firewall=replace(firewall, preopen=settings.preopen) if firewall is not None else None,
        preopen_failed=scan.preopen_failed if scan is not None else (),
        preopen_crossed=scan is not None and scan.preopen_crossed,
        preopen_verified=(
            settings.platform in PREOPEN_VERIFIED
            if settings.preopen_verified is None
            else settings.preopen_verified
        ),
        path_ip=chosen.public.ip if chosen is not None and chosen.public is not None else None,
        egress=leaving,
        witnessed=witnessed,
        witness_preopen_failed=report.udp.preopen_failed if report is not None else (),
        tcp=tcp,
        responder=report.status if report is not None else None,
        sip_alg=report.sip if report is not None else None,
        router=with_typed(router, settings.router.typed_wan) if settings.router else None,
        hairpin=hairpin,
        mapping_lifetime=lifetime,
    )
    result = replace(result, reserved=reserved_reading.meeting(ports))
    emit(ScanFinished(result))
    return result


async def _ask_router(
    settings: ScanSettings,
    checks: Sequence[PortCheck],
    server: ServerStatus | None,
    leaving: Egress | None,
) -> RouterInfo | None:
    """The router's answer (``gateway.ask_router`` or the injected one); None when it is
    not to be asked. Never raises for what the router does."""
    wanted = settings.router
    assert wanted is not None
    if not wanted.ask_router:
        return None
    tcp = set(wanted.tcp_ports)
    if settings.responder is not None:
        tcp |= set(settings.responder.tcp_ports)
    query = RouterQuery(
        source_ip=leaving.source_ip if leaving is not None else None,
        destination=server.primary.ip if server is not None and server.primary else None,
        ports=(
            *((Protocol.UDP, c.port) for c in checks),
            *((Protocol.TCP, port) for port in sorted(tcp)),
        ),
        avoid=frozenset(c.port for c in checks),
        pbx_ip=settings.pbx_ip,
        timeout=wanted.timeout,
    )
    ask = wanted.ask or ask_router
    try:
        return await asyncio.wait_for(ask(query), wanted.timeout + 1.0)
    except (TimeoutError, OSError) as exc:
        return RouterInfo(RouterSource.NONE, detail=str(exc)[:200] or type(exc).__name__)


async def _lifetime(
    settings: ScanSettings,
    server: Address,
    firewall: HostFirewall | None,
    loss: float | None,
    avoid: set[int],
    emit: Listener,
) -> MappingLifetime:
    limit = settings.mapping_lifetime
    assert limit is not None
    gaps = gaps_up_to(limit)
    emit(PhaseStarted(Phase.LIFETIME, len(gaps)))
    try:
        return await run_lifetime(
            server,
            limit=limit,
            settings=settings.probe_settings(),
            avoid=avoid,
            # Any ephemeral port: only a firewall that is off or open lets them in.
            firewall_open=firewall_lets_in(firewall, -1),
            copies=max(3, copies_for(loss) or 3),
            emit=emit,
            stop=settings.lifetime_stop,
        )
    except OSError:  # no spare ports
        return MappingLifetime(tested=False, limit_s=gaps[-1], problem=LifetimeProblem.NO_SERVER)


def _link_counts(scan: _Scan | None) -> tuple[int, int]:
    """(sent, answered) of the scan's control requests so far, for the responder's part."""
    if scan is None or scan.controls is None:
        return (0, 0)
    quality = scan.controls.quality()
    return (quality.controls_sent, quality.controls_answered)


def witness_ports(checks: Sequence[PortCheck], raw: Mapping[int, PortResult]) -> list[int]:
    """The UDP ports the responder is asked to probe: those that must be reachable from
    any address (full-cone), unless STUN already showed what the responder cannot
    change (the port held or refused here, another public port, no answer at all)."""
    skip = (
        Outcome.PORT_IN_USE,
        Outcome.NO_PERMISSION,
        Outcome.PORT_RESERVED,
        Outcome.PORT_TRANSLATED,
        Outcome.SYMMETRIC_NAT,
        Outcome.NO_RESPONSE,
    )
    asked = []
    for check in checks:
        if check.requirement is not Requirement.FULL_CONE:
            continue
        found = raw.get(check.port)
        if found is not None and (
            found.outcome in skip
            or found.reason in (Reason.BIND_ERROR, Reason.SOCKET_ERROR)
            or (found.mapped is not None and found.mapped.port != check.port)
        ):
            continue
        asked.append(check.port)
    return asked


async def _unprobed(
    checks: Sequence[PortCheck],
    report: WitnessReport,
    settings: ScanSettings,
    reserved: ReservedReading,
) -> tuple[PortResult, ...]:
    """The ports' results where no STUN server answered: untested, or what the system
    said when the responder's part tried to bind them."""
    holders = HolderLookup()
    found = []
    for check in checks:
        failure = report.udp.unbound.get(check.port)
        if failure is None:
            found.append(
                PortResult(check.port, check.requirement, Outcome.UNTESTED, None, None, None)
            )
            continue
        holder = await holders.find(check.port, in_use=failure is BindFailure.IN_USE)
        found.append(
            bind_failure_result(check, failure, holder, settings.platform, reserved.ranges)
        )
    return tuple(found)


async def _read_firewall(
    reader: Callable[[Sequence[int]], HostFirewall] | None, ports: Sequence[int]
) -> HostFirewall | None:
    """This computer's firewall, read in a thread beside the server check (as
    ``reserved.read_in_thread`` reads the reserved ranges); a reader that fails leaves
    the firewall unknown, not the scan."""
    if reader is None:
        return None
    try:
        return await asyncio.to_thread(reader, ports)
    except Exception as exc:  # noqa: BLE001 - an injected reader may fail in any way
        return HostFirewall(FirewallInbound.UNKNOWN, detail=str(exc) or type(exc).__name__)


async def find_egress(
    settings: ScanSettings, statuses: Sequence[ServerStatus], server: ServerStatus | None
) -> Egress:
    """Where traffic for the chosen server's primary address leaves this computer (any
    server's address without one; the internet's route without any)."""
    towards = server.primary if server is not None else None
    towards = towards or next((a for s in statuses for a in s.addresses), None)
    destination = (towards.ip, towards.port) if towards is not None else INTERNET
    return await asyncio.to_thread(egress, destination, settings.pbx_ip, local_ip=settings.local_ip)


async def _split_route(
    settings: ScanSettings, server: ServerStatus | None, leaving: Egress
) -> bool:
    """Whether traffic for the server's second address leaves from another source
    address than traffic for its primary one (a VPN that carries only some routes)."""
    other = server.other_address if server is not None else None
    if other is None or leaving.source_ip is None:
        return False
    source = await asyncio.to_thread(source_address, (other.ip, other.port), settings.local_ip)
    return source is not None and source != leaving.source_ip


def route_plan(
    prior: ContactLog,
    checks: Sequence[PortCheck],
    primary: Address,
    other: Address,
    now: float,
    hold: float,
) -> Callable[..., tuple[dict[int, Route], float]]:
    """``sequence.choose_routes`` for ``checks`` as the contact log ``prior`` has it at
    wall time ``now``; call it with ``change_ip_only`` and ``alternate_port``."""
    return functools.partial(
        choose_routes,
        [(c.port, c.requirement) for c in checks],
        primary,
        other,
        sent_at=lambda port, address: prior.sent_to(port, address, now),
        invited_at=lambda port, address: prior.invited_from(port, address, now),
        hold=hold,
    )


def alternates_wanted(
    routes: dict[int, Route], checks: Sequence[PortCheck], primary: Address
) -> tuple[bool, bool]:
    """(change the IP alone, the primary IP's other port): what ``routes`` ask of the
    server beyond the usual test 1 and test 2."""
    full_cone = {c.port for c in checks if c.requirement is not Requirement.OUTBOUND}
    ip_only = any(r.test2.port == r.test1.port for p, r in routes.items() if p in full_cone)
    return ip_only, any(r.test1 != primary for r in routes.values())


def _own_publics(checked: Sequence[Preflight], scan: _Scan | None) -> list[tuple[int, Address]]:
    """(our port, public address) for every public address our own ports were given."""
    found = [(f.port, a) for f in checked if f.port is not None for a in f.publics]
    return found + (scan.own_publics() if scan is not None else [])


def _unique(checks: Sequence[PortCheck]) -> list[PortCheck]:
    """Each port once (the first rule that names it wins): two probes of one port would
    find each other holding it."""
    seen: set[int] = set()
    unique = []
    for check in checks:
        if check.port not in seen:
            seen.add(check.port)
            unique.append(check)
    return unique


class _Scan:
    """Phases 2 and 3 of one scan, with the sockets and tasks they hold."""

    def __init__(
        self,
        settings: ScanSettings,
        chosen: Preflight,
        pacer: Pacer,
        emit: Listener,
        prior: ContactLog,
        wall: float,
        log: ContactLog,
        reserved: asyncio.Future[ReservedReading] | None = None,
    ) -> None:
        self.settings, self.chosen, self.pacer, self.emit = settings, chosen, pacer, emit
        self.reserved = reserved  # the ranges the system reserves, once read
        self.server = chosen.status
        self.probe_settings = settings.probe_settings()
        self.prior, self.wall = prior, wall
        self.record = Recorder(log)
        self.holders = HolderLookup()
        self.sequences: dict[int, PortSequence] = {}
        self.findings: dict[int, PortFinding] = {}
        self.results: dict[int, PortResult] = {}
        self.controls: Controls | None = None
        self.mapping: MappingQuestion | None = None
        self.filtering: FilteringQuestion | None = None
        self._questions: list[tuple[object, object]] = []  # (question, endpoint)
        self.total = 0
        self.first_tries = 0  # ports whose first try is over
        self.routes: dict[int, Route] = {}  # the server addresses each port's tests use
        self.preopen_failed: set[int] = set()  # ports a pre-open was wanted for but not sent
        self.preopen_crossed = False  # the server answered a port's pre-open
        # How long a router may keep state for an earlier check's unanswered answers.
        self.hold = INVITED_HOLD + settings.timeout

    async def close(self) -> None:
        if self.controls is not None:
            await self.controls.close()
        for _, endpoint in self._questions:
            endpoint.close()  # type: ignore[attr-defined]

    async def run(self, checks: Sequence[PortCheck]) -> None:
        assert self.chosen.endpoint is not None
        self.total = len(checks)
        server = self.server
        if server.usable:
            await self._plan_routes(checks)
        if server.primary is not None:
            self.controls = Controls(
                self.chosen.endpoint,
                server,
                change=self.chosen.change_controls,
                pacer=self.pacer,
                ceiling=self.settings.rate,
                round_trip=self.chosen.round_trip,
                timeout=self.settings.timeout,
                emit=self.emit,
                give_up_after=self.settings.give_up_after,
                preopen=self.settings.preopen,
                revive=self._revive_controls,
            )
            await self.controls.baseline()
            self.controls.start()
        ports = {c.port for c in checks}
        if server.usable:
            await self._open_questions(ports)
        self.emit(PhaseStarted(Phase.SCAN, len(checks)))
        asking = asyncio.ensure_future(self._questions_pass())
        try:
            # In no particular order: a protection that trips mid-scan then falls on
            # ports from every range, not on one range that looks unforwarded.
            await self._pool(random.sample(list(checks), len(checks)), self._probe)
            if self._filtering_moot():
                asking.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asking
        finally:
            asking.cancel()
        await self._slow_witness(checks)

    async def _revive_controls(self, dead: StunEndpoint) -> StunEndpoint | None:
        """The controls' port on a fresh socket, after this computer stopped the old one:
        the same number, so the router's mapping and the contact log stay about it, and
        the way in for the second address's answers opened again (``reopen``, not paced:
        the pacer may be waiting for the controls). None if the port cannot be had."""
        chosen, settings = self.chosen, self.probe_settings
        await dead.aclose()
        if chosen.endpoint is dead:
            chosen.endpoint = None
        if chosen.port is None:
            return None
        try:
            sock = open_probe_socket(chosen.port, settings.local_ip, settings.platform)
        except OSError:
            return None
        chosen.endpoint = await open_endpoint(sock)
        await reopen(chosen, settings, None)
        return chosen.endpoint

    async def _plan_routes(self, checks: Sequence[PortCheck]) -> None:
        """Choose each port's route through the server's addresses, and wait if need be.

        An earlier check leaves state in the router: its test 1 flows (answered, so kept
        for minutes, and reused with the mapping they were given then), and its test 2
        answers in a router that does not drop unsolicited packets or that forwarded
        them (kept ``INVITED_HOLD``): while that lasts, an answer from the same address
        walks in, or is kept out, whatever the rules are now. So each port's test 1 goes
        to the primary-IP address it sent to least recently, test 2's answer comes from
        the other-IP address asked least recently (the server's other addresses only
        once it is seen to serve them), and the scan waits until the router has
        forgotten that one."""
        primary, other = self.server.primary, self.server.other_address
        assert primary is not None and other is not None
        now = time.time()
        plan = route_plan(self.prior, checks, primary, other, now, self.hold)
        routes, ready = plan(change_ip_only=False, alternate_port=False)
        stale = any(self.prior.sent_to(p, r.test1, now) for p, r in routes.items())
        if ready > now or stale:
            better, _ = plan(change_ip_only=True, alternate_port=True)
            ip_only, port = alternates_wanted(better, checks, primary)
            ip_only, port = await verify_alternates(
                self.chosen,
                self.probe_settings,
                self.pacer,
                change_ip_only=ip_only,
                alternate_port=port,
            )
            routes, ready = plan(change_ip_only=ip_only, alternate_port=port)
        self.routes = routes
        wait = min(ready - time.time(), self.hold)
        if wait >= 1.0:  # a shorter wait is not worth a line
            self.emit(StateWait(wait))
        if wait > 0:
            await asyncio.sleep(wait)
            await reopen(self.chosen, self.probe_settings, self.pacer)

    async def _slow_witness(self, checks: Sequence[PortCheck]) -> None:
        """Ports that passed test 2 beside ports that failed it: a protection that drops
        bursts of new incoming flows looks just like a partial forward. Ask a sample of
        the failing ports again, slowly; if any passes, ask the others too (up to a
        limit), and what still fails cannot be told from a rate limit."""
        if self.controls is None or self.controls.gone:
            return
        findings = self.findings
        passed = any(f.test2 is True for f in findings.values())
        failed = [
            c
            for c in checks
            if c.port in findings and (findings[c.port].outcome is Outcome.NOT_FORWARDED)
        ]
        if not passed or not failed:
            return
        self.controls.stop()  # a handful of requests spread over half a minute need none
        sample = spread_sample(failed, SLOW_WITNESS_SAMPLE)
        self.emit(PhaseStarted(Phase.RETEST, len(sample)))
        await self._second_chances(sample, slots=SLOW_WITNESS_SAMPLE)
        rate_dependent = any(findings[c.port].outcome is Outcome.PASS for c in sample)
        # Every port still failing gets a turn now, the sample's too: its first turn may
        # have fallen inside the block.
        rest = [c for c in failed if findings[c.port].outcome is Outcome.NOT_FORWARDED]
        if rate_dependent and rest:
            again = rest[:SLOW_WITNESS_MAX]
            self.emit(PhaseStarted(Phase.RETEST, len(again)))
            await self._second_chances(again, spread=len(again) / SLOW_WITNESS_PACE)
        for check in failed:
            sequence = self.sequences[check.port]
            sequence.settle_second_chance(rate_dependent)
            self._conclude(check, sequence, report=False)

    async def _second_chances(
        self, checks: Sequence[PortCheck], spread: float = SLOW_WITNESS_SPREAD, slots: int = 0
    ) -> None:
        """One more test 2 for ``checks``, in ``slots`` turns (at least one each) started
        evenly over ``spread`` seconds; a short list is gone through again, so the turns
        cover the whole time. A port that passes is not asked again."""
        busy: set[int] = set()

        async def one(check: PortCheck, delay: float) -> None:
            await asyncio.sleep(delay)
            sequence = self.sequences[check.port]
            request = sequence.second_chance()
            if request is None or check.port in busy:
                return
            busy.add(check.port)
            try:
                for _ in range(1 + SOCKET_REDOS):  # again on a fresh socket if this one died
                    bound = await self._bind(check)
                    if isinstance(bound, PortResult):
                        return
                    try:
                        self.record(check.port, request, sequence.step(Test.TEST1).mapped)
                        answer = await ask(
                            bound, request, self.probe_settings, self.pacer, urgent=True
                        )
                        sequence.record(request, answer)  # a ``died`` answer counts for nothing
                    finally:
                        await self._release(check.port, bound)
                    if not answer.died:
                        break
            finally:
                busy.discard(check.port)
            if answer.answered:
                sequence.settle_second_chance(rate_dependent=False)
                self._conclude(check, sequence)

        turns = max(slots, len(checks))
        spacing = spread / turns
        await asyncio.gather(*(one(checks[i % len(checks)], i * spacing) for i in range(turns)))

    async def _pool(self, checks: Sequence[PortCheck], work) -> None:
        pending = iter(checks)

        async def worker() -> None:
            for check in pending:
                await work(check)

        count = min(self.settings.ports_in_flight(), len(checks))
        async with asyncio.TaskGroup() as group:
            for _ in range(count):
                group.create_task(worker())

    def own_publics(self) -> list[tuple[int, Address]]:
        """(our port, public address) for every public address the router gave the NAT
        questions' ports of our own."""
        found = []
        for question, endpoint in self._questions:
            port = endpoint.transport.get_extra_info("sockname")[1]  # type: ignore[attr-defined]
            found += [(port, s.mapped) for s in question.steps.values() if s.mapped is not None]
        return found

    def _history(self, port: int) -> History:
        prior, now, hold = self.prior, self.wall, self.hold

        def invited_from(remote: Address, public: Address | None) -> bool:
            # An earlier check's answers leave state only as long as a router keeps an
            # unanswered flow (``_plan_routes`` waits for that).
            at = prior.invited_from(port, remote, now, public)
            return at is not None and at + hold > time.time()

        return History(
            reached_ip=lambda ip, public: prior.reached_ip(port, ip, now, public) is not None,
            invited_from=invited_from,
            sent_to=lambda remote: prior.sent_to(port, remote, now) is not None,
            sent_any=lambda: prior.sent_any(port, now) is not None,
        )

    async def _bind(self, check: PortCheck):
        """The port's endpoint, or its result when the system refuses the bind."""
        settings = self.probe_settings
        try:
            sock = open_probe_socket(check.port, settings.local_ip, settings.platform)
        except OSError as exc:
            failure = bind_failure(exc, settings.platform)
            holder = await self.holders.find(check.port, in_use=failure is BindFailure.IN_USE)
            reading = ReservedReading()
            if (
                failure is BindFailure.NO_PERMISSION
                and holder is None
                and self.reserved is not None
            ):
                reading = await self.reserved
            return bind_failure_result(check, failure, holder, settings.platform, reading.ranges)
        return await open_endpoint(sock)

    async def _probe(self, check: PortCheck) -> None:
        """One port's sequence: as far as it goes on its own, then, where a silence needs
        the link's word, retested as the controls allow, on the same socket."""
        self.emit(PortStarted(check.port))
        assert self.server.primary is not None
        sequence = PortSequence(
            check.port,
            check.requirement,
            self.server.primary,
            self.server.other_address if self.server.usable else None,
            self._history(check.port),
            route=self.routes.get(check.port),
        )
        self.sequences[check.port] = sequence
        judge, redos = False, 0
        while True:
            bound = await self._bind(check)
            if isinstance(bound, PortResult):  # at first, or when opened again
                self._done(bound)
                if not judge:
                    self._first_try_done()
                return
            try:
                died = await self._drive(sequence, bound, check.port, judge)
                if not died and not judge:
                    judge = True
                    self._first_try_done()
                    died = await self._drive(sequence, bound, check.port, judge)
            finally:
                # The port is free again before it is bound again.
                await self._release(check.port, bound)
            if not died:
                break
            if redos == SOCKET_REDOS:
                sequence.abandon(Reason.SOCKET_ERROR)
                break
            redos += 1  # the sequence goes on from where it was, on a fresh socket
        if not sequence.done:  # no controls to judge by: nothing could be proven
            sequence.abandon()
        self._conclude(check, sequence)

    async def _release(self, port: int, endpoint: StunEndpoint) -> None:
        if endpoint.preopen_failed:
            self.preopen_failed.add(port)
        self.preopen_crossed |= endpoint.preopen_answered
        await endpoint.aclose()

    async def _drive(
        self, sequence: PortSequence, bound: StunEndpoint, port: int, judge: bool
    ) -> bool:
        return await drive(
            sequence,
            bound,
            port,
            self.probe_settings,
            self.pacer,
            self.record,
            self.controls,
            judge=judge,
        )

    def _first_try_done(self) -> None:
        """Once every port has had its first try, say how many are being asked again
        because their first answers were not enough."""
        self.first_tries += 1
        if self.first_tries == self.total:
            waiting = self.total - len(self.results)
            if waiting > 0:
                self.emit(PhaseStarted(Phase.RETEST, waiting))

    def _conclude(self, check: PortCheck, sequence: PortSequence, report: bool = True) -> None:
        finding = sequence.finding
        assert finding is not None
        self.findings[check.port] = finding
        self._done(port_result(check, finding), report)

    def _done(self, result: PortResult, report: bool = True) -> None:
        """Keep ``result``; report it unless it only replaces one reported already."""
        new = result.port not in self.results
        self.results[result.port] = result
        if report or new:
            self.emit(PortDone(result, len(self.results), self.total))

    # ------------------------------------------------------------------ NAT questions

    async def _open_questions(self, avoid: set[int]) -> None:
        primary, other = self.server.primary, self.server.other_address
        assert primary is not None and other is not None
        self.mapping = MappingQuestion(primary, other)
        self.filtering = FilteringQuestion(primary, other)
        for question in (self.mapping, self.filtering):
            try:
                endpoint = await open_ephemeral(self.probe_settings, avoid)
            except OSError:
                continue
            self._questions.append((question, endpoint))

    def _filtering_moot(self) -> bool:
        """The filtering question is moot when most ports that tried test 2 passed it."""
        tried = [q.step(Test.TEST2) for q in self.sequences.values()]
        tried = [step for step in tried if step.attempts]
        return bool(tried) and sum(step.answered for step in tried) * 2 > len(tried)

    async def _questions_pass(self) -> None:
        async def one(question, endpoint) -> None:
            port = endpoint.transport.get_extra_info("sockname")[1]
            for judge in (False, True):
                # A socket this computer stopped leaves its question unanswered: asked
                # again from another port, it would compare two ports' mappings.
                if endpoint.dead:
                    return
                await drive(
                    question,
                    endpoint,
                    port,
                    self.probe_settings,
                    self.pacer,
                    self.record,
                    self.controls,
                    judge=judge,
                )

        await asyncio.gather(*(one(q, e) for q, e in self._questions))


__all__ = ["Address", "ScanSettings", "run_scan", "preflight", "socket_budget"]
