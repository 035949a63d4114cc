"""How long the router keeps an idle UDP mapping open for what comes back (RFC 5780
section 4.6, "Binding Lifetime Discovery").

A PBX behind NAT stays reachable only while the router remembers its mappings: a router
that forgets an idle one after 30 s breaks registrations and held calls (one-way audio
after "hold") unless the product refreshes faster.

The test, for each idle gap ``g`` of ``gaps_up_to(limit)``, on a fresh port X of its
own (a mapping refreshed by an earlier probe would measure nothing): X sends one Binding
request to the server's primary address and gets its answer, the last packet of its
flow. ``g`` seconds after that answer, another port of ours, Y, asks the server to send
its answer to X's public address instead (RESPONSE-PORT, RFC 5780 section 7.5; or
RFC 3489's RESPONSE-ADDRESS for servers of that kind). The answer comes from the very
address X sent to, so only the mapping's age decides whether it gets in. Every gap runs
at once on its own port, so the test takes ``limit`` seconds plus a few, or less: once a
gap has expired and every shorter one is decided, the longer ones are not waited for.

What else could explain a silence, and how it is ruled out (``judge_gap``):

- the link or the server lost the request or its answer: several copies, and Y's own
  control requests, sent beside them, must come back, or the gap is undecided;
- the server does not redirect answers at all: tried at the start on a port whose mapping
  is seconds old (``LifetimeProblem.NOT_SUPPORTED``);
- this computer's firewall forgot X's flow before the router did: an expiry counts only
  when the firewall is known to let unsolicited datagrams in (``firewall_open``);
  otherwise the test says how long the mapping lasted at least (``HOST_FIREWALL``).

No pre-open is sent: a TTL-1 datagram refreshes the router's state on its way to being
dropped there, which is what the test measures.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from aioice import stun

from wizard.engine.model import (
    Address,
    LifetimeProblem,
    LifetimeProgress,
    MappingLifetime,
)
from wizard.engine.probes import ProbeSettings, ephemeral_socket
from wizard.engine.transport import mapped_address

# The gaps tried, in seconds; ``gaps_up_to`` takes those below the limit and the limit.
GAPS = (5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 90, 105, 120, 150, 180, 240, 300, 420, 600)
MIN_LIMIT = 10.0
MAX_LIMIT = 600.0
DEFAULT_LIMIT = 120.0
COPIES = 3  # copies of each redirected request, and of Y's controls beside them
SPACING = 0.25  # seconds between copies
LINGER = 1.5  # seconds to wait for the last copy's answer
FIRST_ANSWER = 3.0  # seconds X's first Binding request may take, copies included

RESPONSE_ADDRESS = 0x0002  # RFC 3489 section 11.2.2
RESPONSE_PORT = 0x0027  # RFC 5780 section 7.5


class Redirect(StrEnum):
    """How the server is asked to send its answer elsewhere."""

    RESPONSE_PORT = "response-port"
    RESPONSE_ADDRESS = "response-address"


def gaps_up_to(limit: float) -> tuple[float, ...]:
    """The idle gaps tried for ``limit`` seconds (clamped to 10-600): each of ``GAPS``
    below it, then the limit itself."""
    limit = min(max(float(limit), MIN_LIMIT), MAX_LIMIT)
    return (*(float(g) for g in GAPS if g < limit), limit)


def redirected_request(target: Address, how: Redirect) -> tuple[bytes, bytes]:
    """A Binding request asking the server to answer to ``target`` (X's public address):
    (bytes, transaction id). aioice's codec does not know these two attributes, so they
    are appended to its encoding and the length fixed (RFC 5389 section 6)."""
    message = stun.Message(message_method=stun.Method.BINDING, message_class=stun.Class.REQUEST)
    raw = bytearray(bytes(message))
    if how is Redirect.RESPONSE_PORT:
        raw += struct.pack("!HHHH", RESPONSE_PORT, 4, target.port, 0)
    else:
        raw += struct.pack("!HHBBH", RESPONSE_ADDRESS, 8, 0, 1, target.port)
        raw += socket.inet_aton(target.ip)
    struct.pack_into("!H", raw, 2, len(raw) - 20)
    return bytes(raw), message.transaction_id


def plain_request() -> tuple[bytes, bytes]:
    message = stun.Message(message_method=stun.Method.BINDING, message_class=stun.Class.REQUEST)
    return bytes(message), message.transaction_id


class GapState(StrEnum):
    ALIVE = "alive"  # the redirected answer got in
    EXPIRED = "expired"  # it did not, while Y's controls came back
    UNDECIDED = "undecided"  # neither it nor the controls came back


def judge_gap(probe_answered: bool, controls_answered: int, copies: int) -> GapState:
    """One gap from what came back: the redirected answer at X, and how many of the
    ``copies`` control requests Y sent beside its copies were answered. A silence counts
    only while at least half the controls came back: a server or link dropping much of
    what Y sent (a throttle, a loss burst) may have dropped every redirected copy too."""
    if probe_answered:
        return GapState.ALIVE
    if controls_answered * 2 >= copies and controls_answered > 0:
        return GapState.EXPIRED
    return GapState.UNDECIDED


def summarise(
    states: dict[float, GapState],
    limit: float,
    firewall_open: bool,
    problem: LifetimeProblem | None = None,
    spans: dict[float, float] | None = None,
) -> MappingLifetime:
    """The result from each gap's state. An expiry shorter than a gap that stayed alive
    is noise (a loss the controls missed) and is dropped; ``expired_s`` is the shortest
    remaining expiry, or, given ``spans`` (nominal gap -> seconds from X's answer to the
    gap's last copy), that copy's gap: a silence only says the mapping was gone by then.
    Undecided gaps below it, or no decision at all, make it
    ``LINK_LOSS``; an expiry without ``firewall_open`` is kept as ``expired_s`` but
    marked ``HOST_FIREWALL`` (the router may not be the one that forgot)."""
    gaps = tuple(sorted(states))
    alive = [g for g, s in states.items() if s is GapState.ALIVE]
    alive_s = max(alive, default=None)
    expired = [
        g for g, s in states.items() if s is GapState.EXPIRED and (alive_s is None or g > alive_s)
    ]
    expired_s = min(expired, default=None)
    if expired_s is not None and spans and expired_s in spans:
        # Its copies went out over a second or so, each later than the gap's nominal
        # length: the mapping was gone by the last of them, which is all a silence says.
        expired_s = max(expired_s, round(spans[expired_s], 1))
    if problem is None:
        bound = expired_s if expired_s is not None else limit
        if any(s is GapState.UNDECIDED for g, s in states.items() if g <= bound):
            problem = LifetimeProblem.LINK_LOSS
        elif expired_s is not None and not firewall_open:
            problem = LifetimeProblem.HOST_FIREWALL
    return MappingLifetime(
        tested=True,
        limit_s=limit,
        alive_s=alive_s,
        expired_s=expired_s,
        gaps_s=gaps,
        problem=problem,
    )


@dataclass
class _Port(asyncio.DatagramProtocol):
    """One of the test's UDP ports: keeps the transaction ids of the answers it gets."""

    answers: dict[bytes, Address] = field(default_factory=dict)
    mapped: dict[bytes, Address] = field(default_factory=dict)
    arrivals: dict[bytes, float] = field(default_factory=dict)  # loop time of each answer
    transport: asyncio.DatagramTransport | None = None
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    closed: asyncio.Event = field(default_factory=asyncio.Event)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed.set()

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        try:
            message = stun.parse_message(data)
        except ValueError:
            return
        if message.message_class != stun.Class.RESPONSE:
            return
        self.answers.setdefault(message.transaction_id, Address.of(addr))
        self.arrivals.setdefault(message.transaction_id, asyncio.get_running_loop().time())
        found = mapped_address(message)
        if found is not None:
            self.mapped[message.transaction_id] = found
        self.arrived.set()

    def error_received(self, exc: Exception) -> None:
        pass

    def send(self, data: bytes, to: Address) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.sendto(data, (to.ip, to.port))

    async def aclose(self) -> None:
        """Close, and return once the socket is closed."""
        if self.transport is not None:
            self.transport.close()
            await self.closed.wait()


async def _open(settings: ProbeSettings, avoid: Collection[int]) -> _Port:
    sock = ephemeral_socket(settings, avoid)
    loop = asyncio.get_running_loop()
    _, port = await loop.create_datagram_endpoint(_Port, sock=sock)
    return port


async def _binding(
    port: _Port, server: Address, wait: float = FIRST_ANSWER
) -> tuple[Address, float] | None:
    """X's one exchange: Binding requests (copies, one transaction each) until one is
    answered; (its public address, the loop time its answer arrived: the last packet of
    X's flow through the router), or None."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    sent: list[bytes] = []
    while loop.time() < deadline:
        data, tid = plain_request()
        sent.append(tid)
        port.send(data, server)
        port.arrived.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(port.arrived.wait(), 0.5)
        for tid in sent:
            if tid in port.mapped:
                return port.mapped[tid], port.arrivals[tid]
    return None


async def _probe(
    y: _Port, x: _Port, target: Address, server: Address, how: Redirect, copies: int
) -> tuple[bool, int, int, float]:
    """Copies of the redirected request for ``target`` from Y, each beside a control
    from Y; (the redirected answer reached X, controls sent, controls answered, seconds
    from the first copy to the last)."""
    probes: list[bytes] = []
    controls: list[bytes] = []
    loop = asyncio.get_running_loop()
    first = last = loop.time()
    for _ in range(copies):
        last = loop.time()
        data, tid = redirected_request(target, how)
        probes.append(tid)
        y.send(data, server)
        data, tid = plain_request()
        controls.append(tid)
        y.send(data, server)
        if any(t in x.answers for t in probes):
            break
        await asyncio.sleep(SPACING)
    deadline = loop.time() + LINGER
    while loop.time() < deadline and not any(t in x.answers for t in probes):
        await asyncio.sleep(0.05)
    reached = any(x.answers.get(t) == server for t in probes)
    return reached, len(controls), sum(1 for t in controls if t in y.answers), last - first


async def find_redirect(
    y: _Port, settings: ProbeSettings, server: Address, avoid: Collection[int], copies: int
) -> Redirect | None | LifetimeProblem:
    """Which redirect the server honours, tried on a fresh port whose mapping is seconds
    old. None (not supported) only when each went unanswered while most of Y's controls
    beside it came back; ``LINK_LOSS`` when a silence could be the link's or a throttle's."""
    states = []
    for how in (Redirect.RESPONSE_PORT, Redirect.RESPONSE_ADDRESS):
        x = await _open(settings, avoid)
        try:
            bound = await _binding(x, server)
            if bound is None:
                states.append(GapState.UNDECIDED)
                continue
            reached, sent, answered, _ = await _probe(y, x, bound[0], server, how, copies)
        finally:
            await x.aclose()
        state = judge_gap(reached, answered, sent)
        if state is GapState.ALIVE:
            return how
        states.append(state)
    return None if all(s is GapState.EXPIRED for s in states) else LifetimeProblem.LINK_LOSS


async def run_lifetime(
    server: Address,
    *,
    limit: float,
    settings: ProbeSettings,
    avoid: Collection[int],
    firewall_open: bool,
    copies: int = COPIES,
    emit: Callable[[LifetimeProgress], None] | None = None,
    stop: asyncio.Event | None = None,
) -> MappingLifetime:
    """Measure the mapping lifetime against the STUN server's primary address, up to
    ``limit`` seconds (10-600). ``firewall_open``: this computer's firewall lets
    unsolicited datagrams in (see ``summarise``). ``emit`` gets a ``LifetimeProgress``
    about once a second; setting ``stop`` ends the test early with what is known
    (``CANCELLED``); cancelling the task stops it at once. Never raises for what the
    network does; ``NoSparePort`` (an ``OSError``) when no ports can be had."""
    limit = gaps_up_to(limit)[-1]
    gaps = gaps_up_to(limit)
    loop = asyncio.get_running_loop()
    started = loop.time()
    report = emit or (lambda progress: None)
    y = await _open(settings, avoid)
    xs: dict[float, _Port] = {}
    try:
        if await _binding(y, server) is None:
            return MappingLifetime(tested=False, limit_s=limit, problem=LifetimeProblem.NO_SERVER)
        how = await find_redirect(y, settings, server, avoid, copies)
        if how is None:
            return MappingLifetime(
                tested=False, limit_s=limit, problem=LifetimeProblem.NOT_SUPPORTED
            )
        if isinstance(how, LifetimeProblem):
            return MappingLifetime(tested=False, limit_s=limit, problem=how)
        for gap in gaps:
            xs[gap] = await _open(settings, avoid)
        bound = await asyncio.gather(*(_binding(x, server) for x in xs.values()))
        states: dict[float, GapState] = {}
        spans: dict[float, float] = {}  # each gap's last copy, counted from X's answer
        targets: dict[float, tuple[Address, float]] = {}
        for gap, found in zip(gaps, bound, strict=True):
            if found is None:
                states[gap] = GapState.UNDECIDED
            else:
                targets[gap] = found

        async def one(gap: float) -> None:
            # Each gap counts from its own X's answer, the last packet of its flow.
            target, since = targets[gap]
            await asyncio.sleep(max(0.0, since + gap - loop.time()))
            idle = loop.time() - since
            reached, sent, answered, spread = await _probe(y, xs[gap], target, server, how, copies)
            # Y's mapping is refreshed by every control, so its controls stay a fair
            # witness of the path for the whole test.
            states[gap] = judge_gap(reached, answered, sent)
            spans[gap] = idle + spread

        tasks = {gap: asyncio.ensure_future(one(gap)) for gap in gaps if gap not in states}
        problem: LifetimeProblem | None = None
        try:
            while tasks and not all(t.done() for t in tasks.values()):
                if stop is not None and stop.is_set():
                    problem = LifetimeProblem.CANCELLED
                    break
                if _settled(states, gaps):
                    break
                so_far = summarise(states, limit, firewall_open)
                report(
                    LifetimeProgress(loop.time() - started, limit, so_far.alive_s, so_far.expired_s)
                )
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        asyncio.wait(list(tasks.values()), return_when=asyncio.FIRST_COMPLETED),
                        1.0,
                    )
        finally:
            for task in tasks.values():
                task.cancel()
            await asyncio.gather(*tasks.values(), return_exceptions=True)
        # Gaps never reached (stopped early) are not undecided: they were not asked.
        result = summarise(states, limit, firewall_open, problem, spans)
        report(LifetimeProgress(loop.time() - started, limit, result.alive_s, result.expired_s))
        return result
    finally:
        await asyncio.gather(y.aclose(), *(x.aclose() for x in xs.values()))


def _settled(states: dict[float, GapState], gaps: Sequence[float]) -> bool:
    """An expiry is seen, confirmed by the next longer gap expiring too (or it is the
    last gap), and every shorter gap is decided: the longer gaps would only expire too,
    so they are not waited for."""
    expired = sorted(g for g, s in states.items() if s is GapState.EXPIRED)
    if not expired:
        return False
    first = expired[0]
    confirmed = len(expired) > 1 or first == max(gaps)
    return confirmed and all(
        g in states and states[g] is not GapState.UNDECIDED for g in gaps if g < first
    )


__all__ = [
    "DEFAULT_LIMIT",
    "GAPS",
    "GapState",
    "Redirect",
    "gaps_up_to",
    "judge_gap",
    "redirected_request",
    "run_lifetime",
    "summarise",
]
