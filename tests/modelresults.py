"""Whole scan results as the engine makes them, for tests of what the faces show.

``model_result`` scans a world of the pure NAT model (``natmodel.scan``, the probe
sequence the engine runs) and assembles the result with ``results.assemble_result``, the
function ``run_scan`` ends with: the same clash check, server demotion, NAT summary and
verdict. What the model leaves out comes from the engine's own code for it: a port
another program holds gets ``runner.bind_failure_result``; a server whose name does not
resolve gets the status ``resolve`` and ``probes.preflight_server`` give it. So a
fixture shows only states the engine reaches.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import SimpleNamespace

from natmodel import Controls, Router, Server, World, forwarded, scan
from natmodel import Path as Link

from wizard.engine import probes
from wizard.engine.contacts import ContactLog
from wizard.engine.model import (
    BindFailure,
    LinkQuality,
    ManualCheck,
    PortCheck,
    ProcessInfo,
    Requirement,
    ScanResult,
    ServerError,
    ServerStatus,
)
from wizard.engine.probes import ProbeSettings, preflight_server
from wizard.engine.resolve import ServerSpec, parse_server, resolve
from wizard.engine.results import assemble_result, bind_failure_result, port_result
from wizard.engine.transport import Pacer

SERVER = "stun.example.net:3478"


@dataclass(frozen=True)
class Tried:
    """A server in the list before the one the scan uses, as the model's preflight finds
    it (behind a plain masquerade: the server's faults are what make it unfit)."""

    name: str
    server: Server


def model_result(
    world: World,
    checks: Sequence[PortCheck],
    *,
    product: str = "3cx",
    log: ContactLog | None = None,
    held: Mapping[int, ProcessInfo] | None = None,
    platform: str = "win32",
    unresolved: Mapping[str, Exception] | None = None,
    tried: Sequence[Tried] = (),
    spares: Sequence[str] = (),
    manual: Sequence[ManualCheck] = (),
    rate: float = 50.0,
    timeout: float = 2.0,
) -> ScanResult:
    """The result ``run_scan`` gives for ``checks`` against ``world`` (its server named
    ``SERVER``): ``unresolved`` names first (their lookups raise the exceptions), then
    ``tried``, unfit; ``spares`` after it, not tried. Ports in
    ``held`` are held by that program, so the system refuses their bind (``platform``
    says which commands show it)."""
    held = dict(held or {})
    statuses = [unresolved_status(n, exc) for n, exc in (unresolved or {}).items()]
    public_ip: str | None = None
    for earlier in tried:
        status, public = _preflight(earlier.name, World(server=earlier.server))
        assert not status.usable, "a server tried first is unfit, else the scan used it"
        statuses.append(status)
        public_ip = public_ip or public
    probed = [c for c in checks if c.port not in held]
    run = scan(world, probed, log=log, rate=rate, timeout=timeout)
    server = _status(SERVER, world.server, run.server_error)
    statuses.append(server)
    statuses += [ServerStatus(name, error=ServerError.NOT_TRIED) for name in spares]
    if run.controls.public is not None:
        public_ip = public_ip or run.controls.public.ip
    if not run.reached_server:  # no port is probed, nothing is concluded
        assert all(s.primary is None for s in statuses)
        return assemble_result(
            product, checks, statuses, None, public_ip, (), None, (),
            mapping=None, filtering=None, link=None,
            elapsed=run.ended - run.started, manual=manual,
        )  # fmt: skip
    findings = {c.port: run.finding(c.port) for c in probed}
    by_port = {c.port: port_result(c, findings[c.port]) for c in probed}
    for check in checks:
        if check.port in held:
            failure = BindFailure.IN_USE
            by_port[check.port] = bind_failure_result(check, failure, held[check.port], platform)
    return assemble_result(
        product,
        checks,
        statuses,
        server,
        public_ip,
        tuple(by_port[c.port] for c in checks),
        findings,
        run.own_public_ports(),
        mapping=run.mapping.behaviour if run.mapping else None,
        filtering=run.filtering.behaviour if run.filtering else None,
        link=replace(link_quality(run.controls), rate_ceiling=rate),
        elapsed=run.ended - run.started,
        manual=manual,
    )


def link_quality(controls: Controls) -> LinkQuality:
    """``probes.Controls.quality`` over the model's controls."""
    view = SimpleNamespace(
        records=controls.records(),
        rate_reached=controls.rate_reached,
        slowed_down=controls.slowed_down,
        paused_s=controls.paused_s,
    )
    return probes.Controls.quality(view)  # type: ignore[arg-type]


def unresolved_result(
    names: Mapping[str, Exception], *, product: str = "3cx", manual: Sequence[ManualCheck] = ()
) -> ScanResult:
    """The result of a scan none of whose servers' names resolve: each name's lookup
    raises its exception (``NAME_NOT_FOUND``, ``NO_ANSWER`` are a system resolver's)."""
    statuses = [unresolved_status(name, exc) for name, exc in names.items()]
    return assemble_result(
        product, (), statuses, None, None, (), None, (),
        mapping=None, filtering=None, link=None, elapsed=0.0, manual=manual,
    )  # fmt: skip


# What the system resolver raises for a name that does not exist, and without an answer.
NAME_NOT_FOUND = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
NO_ANSWER = socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")


def unresolved_status(name: str, exc: Exception) -> ServerStatus:
    """The status the engine's ``resolve`` and ``preflight_server`` give a server whose
    name lookup raises ``exc``."""
    return asyncio.run(_unresolved(parse_server(name), exc))


async def _unresolved(spec: ServerSpec, exc: Exception) -> ServerStatus:
    async def getaddrinfo(*args, **kwargs):
        raise exc

    asyncio.get_running_loop().getaddrinfo = getaddrinfo  # type: ignore[method-assign]
    resolution = await resolve(spec)
    found = await preflight_server(spec, resolution, Pacer(50.0), ProbeSettings())
    return found.status


def _preflight(name: str, world: World) -> tuple[ServerStatus, str | None]:
    controls = Controls(world)
    error = controls.preflight()
    public = controls.public.ip if controls.public is not None else None
    return _status(name, world.server, error), public


def _status(name: str, server: Server, error: ServerError | None) -> ServerStatus:
    """The status ``probes.preflight_server`` gives a server the model's preflight found
    ``error`` with: no primary address when it never answered."""
    status = ServerStatus(name, (server.primary,), error=error)
    if error is ServerError.NO_RESPONSE:
        return status
    return replace(status, primary=server.primary, other_address=server.other)


def rerun_result(
    world: World,
    touched: Sequence[int],
    checks: Sequence[PortCheck],
    *,
    outage: tuple[float, float] | None = None,
    **options,
) -> ScanResult:
    """``model_result`` for a check run just after one of the outbound ports ``touched``
    (their requests to the server's other address are in the contact log). ``outage``:
    when the link drops out, in seconds after the check starts."""
    log = ContactLog()
    scan(world, [PortCheck(port, Requirement.OUTBOUND) for port in touched], log=log)
    world.now += 5.0
    if outage is not None:
        world.path.outage = (world.now + outage[0], world.now + outage[1])
    return model_result(world, checks, log=log, **options)


def checks(
    ports: Sequence[int], requirement: Requirement = Requirement.FULL_CONE
) -> list[PortCheck]:
    return [PortCheck(port, requirement) for port in ports]


def lossy_rerun(
    ports: Sequence[int],
    touched: Sequence[int],
    *,
    rtt: float = 0.34,
    outage: tuple[float, float] = (3.0, 7.0),
    unfit: str | None = None,
    **options,
) -> ScanResult:
    """Nothing failed for certain: a re-run of forwarded ``ports`` in which ``touched``
    talked to the second address lately, over a slow link (``rtt`` seconds, 1 % loss)
    that drops out for a while mid-scan; with ``unfit``, a server of that name whose
    second address is dead was tried first."""
    world = World(
        Router(forwards=forwarded(ports)),
        path=Link(loss_in=0.01, loss_out=0.01, rtt=rtt),
        seed=1,
    )
    tried = [Tried(unfit, Server(second_dead_from=0.0))] if unfit else []
    return rerun_result(world, touched, checks(ports), outage=outage, tried=tried, **options)
