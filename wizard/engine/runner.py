"""A whole scan: resolve, preflight, probe every port, judge, with progress events.

``run_scan`` is the one entry point that both the ``check`` command and the wizard call.
It is an ordinary coroutine: cancelling its task stops the scan at once, and every
socket is closed on the way out.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from wizard.engine import classify
from wizard.engine.defaults import DEFAULT_RATE, DEFAULT_TIMEOUT
from wizard.engine.holders import HolderLookup, inspect_commands
from wizard.engine.model import (
    Address,
    Event,
    NatSummary,
    Observation,
    Outcome,
    PortCheck,
    PortDone,
    PortResult,
    PortStarted,
    Requirement,
    ScanFinished,
    ScanResult,
    ScanStarted,
    ServerChecked,
    ServerError,
    ServerStatus,
)
from wizard.engine.probes import ProbeSettings, preflight_server, probe_port, refine
from wizard.engine.resolve import ServerSpec, resolve
from wizard.engine.transport import Pacer

MAX_IN_FLIGHT = 2048


@dataclass(frozen=True)
class ScanSettings:
    servers: Sequence[ServerSpec]
    rate: float = DEFAULT_RATE
    timeout: float = DEFAULT_TIMEOUT
    local_ip: str = "0.0.0.0"
    in_flight: int | None = None  # ports probed at once; None: from rate and time-out
    dns_timeout: float = 10.0
    platform: str = field(default=sys.platform)

    def probe_settings(self) -> ProbeSettings:
        return ProbeSettings(self.timeout, self.local_ip, self.platform)

    def ports_in_flight(self) -> int:
        if self.in_flight is not None:
            return max(1, self.in_flight)
        # Enough ports at once that time-outs overlap instead of adding up. A port sends
        # up to three requests and waits at most about one time-out, so rate / 3 ports a
        # second, each in flight for a time-out, keep the pacer busy (Little's law);
        # the rest is headroom. More would only make the first results come later.
        wanted = int(self.rate * self.timeout) + 1
        return max(1, min(wanted, MAX_IN_FLIGHT, _socket_budget()))


def _socket_budget() -> int:
    """How many probe sockets may be open at once without running out of descriptors."""
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
    settings: ScanSettings, pacer: Pacer, emit: Listener
) -> tuple[list[ServerStatus], ServerStatus | None, str | None]:
    """Servers in order until one is fit for test 2; returns all statuses, the one to
    use (fit, or at least answering for test 1) and the public IP seen."""
    probe_settings = settings.probe_settings()
    lookups = (resolve(spec, settings.dns_timeout) for spec in settings.servers)
    resolutions = await asyncio.gather(*lookups)
    statuses: list[ServerStatus] = []
    chosen: ServerStatus | None = None
    public_ip: str | None = None
    for spec, resolution in zip(settings.servers, resolutions, strict=True):
        if chosen is not None and chosen.usable:
            status = ServerStatus(str(spec), resolution.addresses, error=ServerError.NOT_TRIED)
        else:
            status, public = await preflight_server(spec, resolution, pacer, probe_settings)
            if public is not None and public_ip is None:
                public_ip = public.ip
            if status.usable or (chosen is None and status.primary is not None):
                chosen = status
        statuses.append(status)
        emit(ServerChecked(status))
    return statuses, chosen, public_ip


async def run_scan(
    product: str,
    checks: Sequence[PortCheck],
    settings: ScanSettings,
    on_event: Listener | None = None,
    manual: Sequence[dict] = (),
) -> ScanResult:
    loop = asyncio.get_running_loop()
    started = loop.time()
    emit: Listener = on_event or (lambda event: None)
    emit(ScanStarted(len(checks)))
    pacer = Pacer(settings.rate)
    statuses, server, public_ip = await preflight(settings, pacer, emit)

    probed: dict[int, tuple[Observation, PortResult]] = {}
    questions: _NatQuestions | None = None
    if server is not None:
        questions = _NatQuestions(server, pacer, settings.probe_settings())
        probed = await _probe_all(checks, server, settings, pacer, emit, questions)
        server = _recheck_change_requests(server, (obs for obs, _ in probed.values()))
        statuses = [server if s.server == server.server else s for s in statuses]

    ordered = [probed[c.port][0] for c in checks if c.port in probed]
    results = tuple(probed[c.port][1] for c in checks if c.port in probed)
    nat = NatSummary(public_ip=public_ip)
    if questions is not None:
        nat = classify.nat_summary(
            ordered,
            fallback_public_ip=public_ip,
            mapping_sample=questions.mapping_sample,
            change_port_only_answered=questions.change_port_answered,
        )
    result = ScanResult(
        verdict=classify.overall_verdict(statuses, results),
        product=product,
        servers=tuple(statuses),
        nat=nat,
        ports=results,
        elapsed_s=loop.time() - started,
        server_used=server,
        manual=tuple(manual),
    )
    emit(ScanFinished(result))
    return result


def _result(obs: Observation, requirement: Requirement, platform: str) -> PortResult:
    outcome = classify.classify_port(obs, requirement)
    commands: tuple[str, ...] = ()
    if outcome is Outcome.PORT_IN_USE or obs.holder is not None:
        commands = inspect_commands(obs.port, obs.holder.pid if obs.holder else None, platform)
    return PortResult(
        port=obs.port,
        requirement=requirement,
        outcome=outcome,
        mapped=obs.mapped,
        test1=None if obs.bind_failure else obs.mapped is not None,
        test2=obs.test2,
        mapped_other=obs.mapped_other,
        process=obs.holder,
        commands=commands,
    )


class _NatQuestions:
    """RFC 5780's two finer questions, each asked once, of the first port that raises it.

    Asked from inside the scan, right after that port's own tests (its mapping and
    pinholes still exist), so their time-outs overlap the other ports' work instead of
    adding to the end of the scan.
    """

    def __init__(self, server: ServerStatus, pacer: Pacer, settings: ProbeSettings) -> None:
        self.server, self.pacer, self.settings = server, pacer, settings
        self.change_port_answered: bool | None = None
        self.mapping_sample: tuple[Address, Address, Address] | None = None
        self._asked_filtering = self._asked_mapping = False

    async def ask(self, obs: Observation) -> None:
        if not self.server.usable or obs.mapped is None:
            return
        if obs.test2 is False and not self._asked_filtering:
            # Filtering first: the mapping question opens a pinhole to the other IP.
            self._asked_filtering = True
            self.change_port_answered, _ = await refine(
                obs.port, self.server, self.pacer, self.settings, filtering=True, mapping=False
            )
        moved = obs.mapped_other is not None and obs.mapped_other != obs.mapped
        if moved and not self._asked_mapping:
            self._asked_mapping = True
            _, seen = await refine(
                obs.port, self.server, self.pacer, self.settings, filtering=False, mapping=True
            )
            if seen is not None and obs.mapped_other is not None:
                self.mapping_sample = (obs.mapped, seen, obs.mapped_other)


async def _probe_all(
    checks: Sequence[PortCheck],
    server: ServerStatus,
    settings: ScanSettings,
    pacer: Pacer,
    emit: Listener,
    questions: _NatQuestions,
) -> dict[int, tuple[Observation, PortResult]]:
    """Every port probed, many at once; each port's result is final when it is reported."""
    probe_settings = settings.probe_settings()
    holders = HolderLookup()
    pending = iter(checks)
    probed: dict[int, tuple[Observation, PortResult]] = {}

    async def worker() -> None:
        for check in pending:
            emit(PortStarted(check.port))
            obs = await probe_port(check.port, server, pacer, probe_settings, holders)
            result = _result(obs, check.requirement, settings.platform)
            probed[check.port] = (obs, result)
            emit(PortDone(result, len(probed), len(checks)))
            await questions.ask(obs)

    async with asyncio.TaskGroup() as group:
        for _ in range(min(settings.ports_in_flight(), len(checks))):
            group.create_task(worker())
    return probed


def _recheck_change_requests(server: ServerStatus, observations) -> ServerStatus:
    """A server that answered a CHANGE-REQUEST from its primary address is unfit for test 2."""
    if server.usable and any(o.test2_wrong_source for o in observations):
        return replace(server, error=ServerError.IGNORES_CHANGE_REQUEST)
    return server
