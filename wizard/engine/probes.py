"""The I/O around the probe sequence: sockets, the server check, the controls.

Everything that decides lives in ``sequence`` and ``evidence``; this module only sends
what a sequence asks for and reports what came back:

* ``preflight_server`` checks one server from a port of our own: test 1, a direct
  request to its second address (a server whose second address is dead cannot do test
  2), and a CHANGE-REQUEST that must come back from that second address.
* ``Controls`` keeps that port busy during the scan with control requests the router
  lets in whatever its forwards, slows the scan down when they fail (halving the rate,
  pausing when several fail in a row) and speeds it up again when they come back.
* ``drive`` runs a sequence on a socket until it is done or waits for the link's word.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import ipaddress
import random
import socket
import sys
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field, replace

from aioice import stun

from wizard.engine.contacts import ContactLog
from wizard.engine.evidence import DISTURBANCE_RUN, ControlRecord, LinkEstimate
from wizard.engine.model import (
    Address,
    Event,
    LinkQuality,
    RateChanged,
    Reason,
    ServerError,
    ServerStatus,
)
from wizard.engine.resolve import Resolution, ServerSpec
from wizard.engine.sequence import CHANGE_IP, CHANGE_PORT, Answer, Request, Test
from wizard.engine.transport import (
    Exchange,
    Pacer,
    StunEndpoint,
    mapped_address,
    open_endpoint,
    open_probe_socket,
    other_address,
    send_offsets,
)

# Copies of each preflight question before the server is judged on a silence: at 25 %
# loss each way twelve lost copies in a row happen once in 20,000 servers.
PREFLIGHT_SENDS = 12
# Copies of the first request before a server counts as unreachable: nine lost in a row
# happen once in 1,500 servers at 25 % loss each way, and a blocked path costs no more
# than three time-outs.
REACH_SENDS = 9
# Controls lost in a row on one track before the scan pauses (one more than it takes to
# slow down).
PAUSE_RUN = DISTURBANCE_RUN + 1
# A path that answers no control for this long is gone (the server stopped, the link
# dropped): the ports still waiting are left undecided rather than waited on forever.
GIVE_UP_AFTER = 30.0
# Controls sent back to back before the scan starts, so the first decisions have a link
# record to stand on.
BASELINE_CONTROLS = 20
# How often a socket this computer stopped (``StunEndpoint.error_received``) is opened
# again, for one port or one server check, before its port is left undecided.
SOCKET_REDOS = 2


@dataclass(frozen=True)
class ProbeSettings:
    timeout: float = 2.0  # seconds to wait for the answer to one request, resends included
    local_ip: str = "0.0.0.0"
    platform: str = sys.platform
    # Send a pre-open datagram (``StunEndpoint.preopen``) before every request whose answer
    # comes from another address than it goes to, so this computer's own stateful firewall
    # lets that answer in and only the router decides.
    preopen: bool = True

    @property
    def offsets(self) -> tuple[float, ...]:
        return send_offsets(self.timeout)


def _answer(exchange: Exchange, request: Request) -> Answer:
    reply = exchange.reply
    ok = reply is not None and reply.message.message_class == stun.Class.RESPONSE
    return Answer(
        sends=exchange.sends,
        answered=ok,
        mapped=mapped_address(reply.message) if ok and reply is not None else None,
        wrong_source=bool(exchange.strays),
        died=exchange.died,
    )


async def ask(
    endpoint: StunEndpoint,
    request: Request,
    settings: ProbeSettings,
    pacer: Pacer | None = None,
    *,
    urgent: bool = False,
) -> Answer:
    """One transaction for ``request``; an error response counts as no answer."""
    pace = None
    if pacer is not None:

        async def pace(resend: bool) -> None:
            await pacer.wait(urgent or resend)

    exchange = await endpoint.request(
        request.destination,
        change=request.change,
        expect=(request.expect,),
        offsets=settings.offsets,
        timeout=settings.timeout,
        pace=pace,
        preopen=_preopen(request) if settings.preopen else None,
    )
    return _answer(exchange, request)


def _preopen(request: Request) -> Address | None:
    """Where ``request`` needs a pre-open: the address its answer comes from, unless that
    is on this computer (no router to pass, and nothing counts a TTL down)."""
    invites = request.invites
    if invites is None or ipaddress.ip_address(invites.ip).is_loopback:
        return None
    return invites


async def open_ephemeral(settings: ProbeSettings, avoid: Collection[int]) -> StunEndpoint:
    """An endpoint on a port the system picks, never one of the ports being checked (our
    own port there would make that port look in use)."""
    return await open_endpoint(ephemeral_socket(settings, avoid))


def ephemeral_socket(settings: ProbeSettings, avoid: Collection[int]) -> socket.socket:
    """A probe socket (``open_probe_socket``) on a port the system picks, never one of
    ``avoid``. Raises ``NoSparePort`` when none can be had."""
    for _ in range(20):
        sock = open_probe_socket(0, settings.local_ip, settings.platform)
        if sock.getsockname()[1] not in avoid:
            return sock
        sock.close()
    # The checked ports cover the system's own range (Windows 49152-65535, Linux
    # 32768-60999): take one of the others, at random.
    avoided = set(avoid)
    spare = [p for p in range(1024, 65536) if p not in avoided]
    for port in random.sample(spare, min(len(spare), 200)):
        try:
            return open_probe_socket(port, settings.local_ip, settings.platform)
        except OSError:
            continue
    raise NoSparePort()


class NoSparePort(OSError):
    """Every port the check could use for its own requests is being checked or taken."""


def usable_other(primary: Address, other: Address | None) -> bool:
    """CHANGE-REQUEST asks for a different IP *and* port; an address that differs in only
    one, or a wildcard, cannot give test 2 its meaning (RFC 5780 section 7.3)."""
    return (
        other is not None
        and other.ip != primary.ip
        and other.port != primary.port
        and other.ip not in ("0.0.0.0", "255.255.255.255")
        and other.port != 0
    )


@dataclass
class Preflight:
    """A server as the preflight found it, and the port of ours that asked it."""

    status: ServerStatus
    public: Address | None = None  # the public address our port had towards the server
    endpoint: StunEndpoint | None = None  # open while the server is kept for the scan
    change_controls: bool = False  # CHANGE-REQUEST controls work from that port
    round_trip: float | None = None
    port: int | None = None  # our port's number, and what it asked (for the contact log)
    asked: list[Request] = field(default_factory=list)
    publics: list[Address] = field(default_factory=list)  # every public address it showed
    # The same server asked from ports closed on the way (an address that did not answer,
    # a socket this computer stopped): what they asked and were shown counts for the
    # contact log all the same.
    discarded: list[Preflight] = field(default_factory=list)


async def _repeat(
    endpoint: StunEndpoint,
    request: Request,
    settings: ProbeSettings,
    pacer: Pacer,
    asked: list[Request],
) -> tuple[Answer | None, bool]:
    """Ask until answered or PREFLIGHT_SENDS copies went unanswered; returns the answer
    and whether a stray (an answer from the wrong address) ever came."""
    strays, sent = False, 0
    asked.append(request)
    while sent < PREFLIGHT_SENDS:
        answer = await ask(endpoint, request, settings, pacer, urgent=True)
        if answer.died:
            return None, strays  # the caller sees ``endpoint.dead``
        strays = strays or answer.wrong_source
        if answer.answered or strays:  # an answer from the wrong address settles it too
            return (answer if answer.answered else None), strays
        sent += max(1, len(answer.sends))
    return None, strays


async def _first_answer(
    endpoint: StunEndpoint, address: Address, settings: ProbeSettings, pacer: Pacer
) -> Exchange | None:
    """A Binding request to ``address`` until answered or REACH_SENDS copies went out."""
    sent = 0
    while sent < REACH_SENDS:
        exchange = await endpoint.request(
            address, offsets=settings.offsets, timeout=settings.timeout, pace=_paced(pacer)
        )
        reply = exchange.reply
        if reply is not None and reply.message.message_class == stun.Class.RESPONSE:
            return exchange
        if exchange.died:
            return None  # the caller sees ``endpoint.dead``
        sent += max(1, len(exchange.sends))
    return None


async def preflight_server(
    spec: ServerSpec,
    resolution: Resolution,
    pacer: Pacer,
    settings: ProbeSettings,
    avoid: Collection[int] = (),
) -> Preflight:
    """Check one server, each address (up to three) from a fresh port of our own, so that
    what one address did to a socket cannot make the next look silent; keeps the port of
    the address that answered open (the caller closes ``endpoint``). A socket this
    computer stopped on the way is replaced and the same address asked again, at most
    ``SOCKET_REDOS`` times."""
    status = ServerStatus(
        server=str(spec),
        addresses=resolution.addresses,
        error=resolution.error,
        detail=resolution.detail,
    )
    if resolution.error is not None:
        return Preflight(status)
    discarded: list[Preflight] = []
    redos = 0
    stopped = False  # an address given up on because its sockets kept dying
    addresses = list(resolution.addresses[:3])
    while addresses:
        endpoint = await open_ephemeral(settings, avoid)
        found = await _check_from(endpoint, addresses[0], status, settings, pacer)
        if found.endpoint is not None and not endpoint.dead:
            found.discarded = discarded
            return found
        endpoint.close()
        found.endpoint = None
        discarded.append(found)
        if endpoint.dead and redos < SOCKET_REDOS:
            redos += 1  # this computer's doing: the same address again, from a new port
        else:
            stopped = stopped or endpoint.dead
            addresses.pop(0)
    # Not "no response" when an address was never asked from a socket that could hear.
    error = ServerError.SOCKET_ERROR if stopped else ServerError.NO_RESPONSE
    return Preflight(replace(status, error=error), discarded=discarded)


async def _check_from(
    endpoint: StunEndpoint,
    address: Address,
    status: ServerStatus,
    settings: ProbeSettings,
    pacer: Pacer,
) -> Preflight:
    """The server checked at ``address`` from ``endpoint``; ``endpoint`` is in the result
    when the address answered, and closed by the caller otherwise."""
    port = endpoint.transport.get_extra_info("sockname")[1] if endpoint.transport else None
    asked: list[Request] = [Request(Test.TEST1, address, address)]
    try:
        exchange = await _first_answer(endpoint, address, settings, pacer)
        reply = exchange.reply if exchange is not None else None
        if reply is None or exchange is None:
            return Preflight(replace(status, error=ServerError.NO_RESPONSE), port=port, asked=asked)
        round_trip = reply.at - exchange.sends[-1]
        public = mapped_address(reply.message)
        other = other_address(reply.message)
        status = replace(status, primary=address, other_address=other)
        found = Preflight(status, public, endpoint, round_trip=round_trip, port=port, asked=asked)
        if public is not None:
            found.publics.append(public)
        if not usable_other(address, other):
            found.status = replace(status, error=ServerError.NO_SECOND_ADDRESS)
            return found
        assert other is not None
        # The second address must answer for itself before it can answer for test 2.
        direct, _ = await _repeat(
            endpoint, Request(Test.MAPPING_OTHER, other, other), settings, pacer, asked
        )
        if direct is None:
            found.status = replace(status, error=ServerError.SECOND_ADDRESS_UNREACHABLE)
            return found
        if direct.mapped is not None:
            found.publics.append(direct.mapped)
        # Our port has now sent to the second address, so its answers get in here
        # whatever the router's filtering, as long as the router gives our port the same
        # public port towards both addresses: a CHANGE-REQUEST must then come back from
        # it. Towards a symmetric NAT one attempt still catches a server answering from
        # its primary address.
        same_mapping = direct.mapped is not None and direct.mapped == public
        change = Request(Test.TEST2, address, other, CHANGE_IP | CHANGE_PORT)
        if same_mapping:
            changed, strays = await _repeat(endpoint, change, settings, pacer, asked)
        else:
            asked.append(change)
            once = await ask(endpoint, change, settings, pacer, urgent=True)
            changed, strays = (once if once.answered else None), once.wrong_source
        if changed is not None:
            found.change_controls = True
        elif strays:
            found.status = replace(status, error=ServerError.IGNORES_CHANGE_REQUEST)
        elif same_mapping:
            # Nothing on our side stopped the answer: the server does not answer.
            found.status = replace(status, error=ServerError.CHANGE_REQUEST_UNANSWERED)
        # Otherwise the mapping differs per destination (a symmetric NAT): the answer
        # went to another public port. The server may be fine; the ports will tell.
        return found
    except BaseException:
        endpoint.close()
        raise


async def verify_alternates(
    found: Preflight,
    settings: ProbeSettings,
    pacer: Pacer,
    *,
    change_ip_only: bool,
    alternate_port: bool,
) -> tuple[bool, bool]:
    """Whether the server can serve the routes ``sequence.choose_routes`` picks when an
    earlier check used the usual ones, asked from the preflight port:
    (``change_ip_only``) it answers a CHANGE-REQUEST for another IP alone (RFC 5780
    section 7.2) from its other IP on the primary port, once that port sent there itself
    so the router lets the answer in; (``alternate_port``) it answers a Binding request on
    its primary IP's other port. Only what is asked is checked; the rest comes back
    False."""
    status, endpoint = found.status, found.endpoint
    primary, other = status.primary, status.other_address
    if endpoint is None or primary is None or other is None or found.public is None:
        return False, False

    async def answers(address: Address, same_mapping: bool) -> bool:
        direct, _ = await _repeat(
            endpoint, Request(Test.MAPPING, address, address), settings, pacer, found.asked
        )
        return direct is not None and (direct.mapped == found.public or not same_mapping)

    ip_only = port = False
    if change_ip_only:
        source = Address(other.ip, primary.port)
        if await answers(source, same_mapping=True):
            change = Request(Test.TEST2, primary, source, CHANGE_IP)
            changed, _ = await _repeat(endpoint, change, settings, pacer, found.asked)
            ip_only = changed is not None
    if alternate_port:
        port = await answers(Address(primary.ip, other.port), same_mapping=False)
    return ip_only, port


async def reopen(found: Preflight, settings: ProbeSettings, pacer: Pacer | None) -> None:
    """Ask the second address once more from the preflight port, after the scan waited:
    a router forgets an exchange of one request and one answer in as little as 30 s
    (Linux), and the controls' answers from that address need the way open."""
    other = found.status.other_address
    if found.endpoint is None or other is None:
        return
    request = Request(Test.MAPPING_OTHER, other, other)
    found.asked.append(request)
    await ask(found.endpoint, request, settings, pacer, urgent=True)


def _paced(pacer: Pacer):
    async def pace(resend: bool) -> None:
        await pacer.wait(True)

    return pace


# ---------------------------------------------------------------------------- controls


class Controls:
    """Control requests through a scan, and the pacing they steer.

    One control is a single send, answered or not within ``timeout``; a new one starts
    every ``interval`` whether or not the last came back, so a silent path is seen at
    once. Additive increase, multiplicative decrease: each answered control adds a
    twentieth of the ceiling to the rate, three lost in a row on one track (a disturbance,
    not the ordinary loss of a Wi-Fi link) halve it, once per time-out, and a fourth
    pauses the scan until one comes back.
    """

    def __init__(
        self,
        endpoint: StunEndpoint,
        server: ServerStatus,
        *,
        change: bool,
        pacer: Pacer,
        ceiling: float,
        round_trip: float | None,
        timeout: float,
        emit: Callable[[Event], None],
        give_up_after: float = GIVE_UP_AFTER,
        preopen: bool = False,
        revive: Callable[[StunEndpoint], Awaitable[StunEndpoint | None]] | None = None,
    ) -> None:
        assert server.primary is not None
        self.give_up_after = give_up_after
        self.preopen = preopen  # a pre-open before each CHANGE-REQUEST control
        # ``revive(dead)`` closes a socket this computer stopped and opens the same port
        # again (the router's state and the contact log are about that port number);
        # None when it cannot. Without it, or after ``SOCKET_REDOS`` times, the controls
        # have failed (``failed``), and the ports they would have judged are left undecided.
        self._revive = revive
        self.revived = 0
        self.failed = False
        self._reviving: asyncio.Task | None = None
        self.endpoint, self.pacer, self.emit = endpoint, pacer, emit
        # One track when CHANGE-REQUEST controls come back: they cross the same path as
        # test 2. Otherwise (a symmetric NAT sends their answers to another public port)
        # two tracks take turns: the primary address, and the second address asked
        # directly, so a second address that stops answering is seen all the same.
        if change and server.usable and server.other_address is not None:
            change_both = CHANGE_IP | CHANGE_PORT
            self.tracks = (Request(Test.TEST2, server.primary, server.other_address, change_both),)
        elif server.usable and server.other_address is not None:
            other = server.other_address
            self.tracks = (
                Request(Test.TEST1, server.primary, server.primary),
                Request(Test.MAPPING_OTHER, other, other),
            )
        else:
            self.tracks = (Request(Test.TEST1, server.primary, server.primary),)
        self._turn = 0
        self.ceiling = ceiling
        self.floor = max(1.0, min(ceiling, 2.0))
        trip = round_trip if round_trip is not None else timeout / 4
        self.timeout = min(timeout, max(0.25, 4 * trip))
        self.records: list[ControlRecord] = []
        self._pending: list[float] = []  # send times of controls not yet decided
        self._consecutive = [0] * len(self.tracks)  # failures in a row, per track
        self._last_cut = float("-inf")
        self.slowed_down = 0
        self.paused_s = 0.0
        self._paused_at: float | None = None
        self.gone = False  # no control answered for GIVE_UP_AFTER seconds
        self.stopped = False  # stop() was called
        self._changed = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._children: set[asyncio.Task] = set()
        self.sent = 0
        self._rates: list[float] = []  # the allowed rate at each control

    # ------------------------------------------------------------------ running

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def baseline(self, count: int = BASELINE_CONTROLS) -> None:
        """Send ``count`` controls back to back (paced at the ceiling). Their answers need
        no waiting for: a silence is judged only once the controls around it are in."""
        interval = 1.0 / max(self.ceiling, 50.0)
        for _ in range(count):
            self._launch()
            await asyncio.sleep(interval)

    def stop(self) -> None:
        """No more controls, and no more steering by those still under way: the pacer
        runs free at the pace it has (nothing would ever resume it otherwise)."""
        self.stopped = True
        if self._task is not None:
            self._task.cancel()
        if self._paused_at is not None:
            self.paused_s += asyncio.get_running_loop().time() - self._paused_at
            self._paused_at = None
        self.pacer.resume()

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for child in list(self._children):
            child.cancel()
        for child in list(self._children):
            with contextlib.suppress(asyncio.CancelledError):
                await child
        if self._paused_at is not None:
            self.paused_s += asyncio.get_running_loop().time() - self._paused_at
            self._paused_at = None
        self.pacer.resume()

    @property
    def interval(self) -> float:
        return max(0.01, min(0.25, 10.0 / self.pacer.rate))

    async def _run(self) -> None:
        while not self.failed:
            self._launch()
            await asyncio.sleep(self.interval)

    def _launch(self) -> None:
        self._rates.append(self.pacer.rate)
        task = asyncio.get_running_loop().create_task(self._one())
        self._children.add(task)
        task.add_done_callback(self._children.discard)

    async def _one(self) -> None:
        loop = asyncio.get_running_loop()
        sent = loop.time()
        track = self._turn
        self._turn = (self._turn + 1) % len(self.tracks)
        request = self.tracks[track]
        bisect.insort(self._pending, sent)
        self.sent += 1
        endpoint = self.endpoint
        try:
            exchange = await endpoint.request(
                request.destination,
                change=request.change,
                expect=(request.expect,),
                offsets=(0.0,),
                timeout=self.timeout,
                preopen=_preopen(request) if self.preopen else None,
            )
        finally:
            self._pending.remove(sent)
        if exchange.died:  # not a control lost on the way: this computer stopped the socket
            self._died(endpoint)
            return
        reply = exchange.reply
        answered = reply is not None and reply.message.message_class == stun.Class.RESPONSE
        rtt = reply.at - sent if answered and reply is not None else None
        self.records.append(ControlRecord(sent, answered, rtt, track))
        self._steer(track, answered, loop.time())
        self._changed.set()

    def _died(self, endpoint: StunEndpoint) -> None:
        """The controls' socket stopped: open it again, once for all the controls that
        were waiting on it."""
        if endpoint is not self.endpoint or self.failed or self.stopped:
            return
        if self._reviving is not None and not self._reviving.done():
            return
        self._reviving = asyncio.get_running_loop().create_task(self._open_again(endpoint))
        self._children.add(self._reviving)
        self._reviving.add_done_callback(self._children.discard)

    async def _open_again(self, dead: StunEndpoint) -> None:
        fresh = None
        if self._revive is not None and self.revived < SOCKET_REDOS:
            self.revived += 1
            fresh = await self._revive(dead)
        if fresh is None:
            self._fail()
            return
        self.endpoint = fresh

    def _fail(self) -> None:
        """No controls any more: what they would judge stays undecided (``drive``), and
        the pacer runs free, as when the path is gone."""
        self.failed = self.gone = True
        if self._paused_at is not None:
            self.paused_s += asyncio.get_running_loop().time() - self._paused_at
            self._paused_at = None
        self.pacer.set_rate(self.ceiling)
        self.pacer.resume()
        self._changed.set()

    def _steer(self, track: int, answered: bool, now: float) -> None:
        if self.gone or self.stopped:
            return
        if answered:
            self._consecutive[track] = 0
            if self._paused_at is not None and max(self._consecutive) < PAUSE_RUN:
                self.paused_s += now - self._paused_at
                self._paused_at = None
                self.pacer.resume()
                self.emit(RateChanged(self.pacer.rate, paused=False))
            if max(self._consecutive) == 0 and self.pacer.rate < self.ceiling:
                self.pacer.set_rate(min(self.ceiling, self.pacer.rate + self.ceiling / 20))
                if self.pacer.rate >= self.ceiling:
                    self.emit(RateChanged(self.pacer.rate, paused=False))  # back to full pace
            return
        self._consecutive[track] += 1
        failures = self._consecutive[track]
        if failures >= DISTURBANCE_RUN and now - self._last_cut > self.timeout:
            self._last_cut = now
            slower = max(self.floor, self.pacer.rate / 2)
            if slower < self.pacer.rate:
                self.slowed_down += 1
                self.pacer.set_rate(slower)
                self.emit(RateChanged(slower, paused=self._paused_at is not None))
        if failures >= PAUSE_RUN and self._paused_at is None:
            self._paused_at = now
            self.pacer.pause()
            self.emit(RateChanged(self.pacer.rate, paused=True))
        elif self._paused_at is not None and now - self._paused_at > self.give_up_after:
            # Nothing to be polite to any more: let the waiting ports see it and stop.
            self.gone = True
            self.paused_s += now - self._paused_at
            self._paused_at = None
            self.pacer.set_rate(self.ceiling)
            self.pacer.resume()

    async def _wait_change(self) -> None:
        self._changed.clear()
        await self._changed.wait()

    # ------------------------------------------------------------------ the record

    @property
    def settled_until(self) -> float:
        """Loop time up to which the controls can judge a send (see ``LinkEstimate``)."""
        first_pending = self._pending[0] if self._pending else float("inf")
        return min(
            max(
                (
                    r.sent
                    for r in self.records
                    if r.track == track and r.answered and r.sent < first_pending
                ),
                default=float("-inf"),
            )
            for track in range(len(self.tracks))
        )

    def estimate(self) -> LinkEstimate:
        return LinkEstimate.of(self.records, self.settled_until)

    async def settle(self, past: float) -> LinkEstimate:
        """The estimate once the controls can judge a send made at ``past``, or once the
        controls show a disturbance covering it."""
        while True:
            estimate = self.estimate()
            if estimate.settled_until >= past or self.failed:
                return estimate
            if any(start <= past <= end for start, end in estimate.windows()):
                return estimate
            await self._wait_change()

    @property
    def rate_reached(self) -> float:
        """The rate the scan was allowed on average (sampled at each control)."""
        return sum(self._rates) / len(self._rates) if self._rates else self.pacer.rate

    def quality(self) -> LinkQuality:
        estimate = LinkEstimate.of(self.records, float("inf"))

        def ms(seconds: float | None) -> float | None:
            return None if seconds is None else seconds * 1000.0

        loss = estimate.loss()
        return LinkQuality(
            controls_sent=estimate.sent,
            controls_answered=estimate.answered,
            loss_pct=None if loss is None else loss * 100.0,
            rtt_p50_ms=ms(estimate.rtt_percentile(0.5)),
            rtt_p95_ms=ms(estimate.rtt_percentile(0.95)),
            jitter_ms=ms(estimate.jitter()),
            rate_ceiling=None,
            rate_reached=self.rate_reached,
            slowed_down=self.slowed_down,
            paused_s=self.paused_s,
        )


# ---------------------------------------------------------------------------- driving


class Recorder:
    """Writes every request a port sends into the contact log, with the wall time."""

    def __init__(self, log: ContactLog, clock: Callable[[], float] = time.time) -> None:
        self.log, self.clock = log, clock

    def __call__(self, port: int, request: Request, public: Address | None) -> None:
        now = self.clock()
        self.log.sent(port, request.destination, now, public)
        if request.invites is not None:
            self.log.invited(port, request.invites, now, public)


async def drive(
    sequence,
    endpoint: StunEndpoint,
    port: int,
    settings: ProbeSettings,
    pacer: Pacer,
    record: Recorder,
    controls: Controls | None,
    *,
    judge: bool,
) -> bool:
    """Send what ``sequence`` asks until it is done, or (``judge`` False) until it waits
    for a verdict on a silence. With ``judge``, each silence waits for the controls to
    cover it before the sequence is asked again.

    True when it stopped because this computer stopped ``endpoint`` (``dead``): the
    sequence goes on from where it was on a fresh socket."""
    link: LinkEstimate | None = None
    if judge:
        if controls is None:
            return False  # no controls: nothing could prove a silence
        sends = [t for step in sequence.steps.values() for t in step.sends]
        link = await controls.settle(max(sends, default=float("-inf")))
    urgent = False
    while True:
        # The path is gone: nothing more to learn. The controls' socket is (``failed``):
        # a port can still pass, but no silence of its can be judged.
        if controls is not None and controls.gone and (judge or not controls.failed):
            sequence.abandon(Reason.SOCKET_ERROR if controls.failed else Reason.LINK_LOSS)
            return False
        request = sequence.next_request(link)
        if request is None:
            return False
        record(port, request, sequence.step(Test.TEST1).mapped)
        answer = await ask(endpoint, request, settings, pacer, urgent=urgent)
        urgent = True  # a port under way goes before new ones
        sequence.record(request, answer)  # a ``died`` answer counts for nothing
        if answer.died:
            return True
        if judge and not answer.answered and controls is not None and answer.sends:
            link = await controls.settle(answer.sends[-1])
