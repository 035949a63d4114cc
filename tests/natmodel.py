"""A pure model of the path from the PBX to an RFC 5780 STUN server, to drive the probe
sequence through without root, sockets or real time.

Everything runs on an explicit clock (``World.now``, seconds) and seeded ``random.Random``
streams, so a test replays exactly. The pieces, in the order a request meets them:

* ``Host``: the PBX machine, optionally with a stateful host firewall (policy drop
  inbound: a datagram reaches a socket only from an address:port that socket sent to).
* ``Router``: a NAT in RFC 4787 terms. *Mapping* (section 4.1): endpoint-independent,
  address-dependent or address-and-port-dependent; *port allocation* (section 4.2.1):
  preserve (the local port when free), shifted (local port + offset) or random per
  mapping; *filtering* (section 5): endpoint-independent ("full cone"),
  address-dependent or address-and-port-dependent. Static forwards (DNAT, 1:1 both
  ways) to the PBX or to another LAN host. State works like Linux conntrack: entries
  keyed by their reply tuple (public port, remote), which must stay unique, 30 s while
  unreplied and 180 s once traffic went both ways, refreshed by every packet. An
  unsolicited inbound packet creates an entry for the router itself unless ``wan_input_drop``;
  a later outbound flow whose reply tuple collides with it gets another public port, so a
  plain masquerade looks symmetric to a checker that walks into it. Optional flood
  protection blocks a source after too many new inbound flows in a second.
* ``Path``: loss each way and a round trip, a token bucket towards the server.
* ``Server``: two IPs and two ports; a CHANGE-REQUEST (RFC 5780 section 7.2) makes it
  answer from the other IP and/or port. Its second IP can die, or it can ignore
  CHANGE-REQUEST and answer from where it was asked.

Drivers mirror the engine's I/O layer: ``play`` drives one sequence as ``probes.drive``
does (copies at ``send_offsets(timeout)``); ``Controls`` are ``probes.preflight_server``
and ``probes.Controls`` (single sends on one or two tracks taking turns, decided after a
time-out, AIMD pacing by the failures in a row on each track); ``scan`` is
``runner.run_scan`` and ``runner._Scan``: a preflight from a port of our own, a baseline
of controls, the ports in a random order (the world's seeded ``order`` stream), each
through its whole sequence (a first pass, then every silence judged once the controls
cover it) behind one pacer with the controls running and the NAT questions asked beside,
the slow witness with the controls stopped, and at the end the preflight's and the
controls' requests written into the contact log. ``ScanRun.outcome`` reads a port's
outcome as ``run_scan`` reports it, through ``classify.without_own_port_clashes`` with
the public ports the router gave our own ports. (Not modelled: the pacer's priority for
resends and a port's later requests, bind failures.)
Concurrency is a few generators ("jobs") that yield the model time they next wake at.
The ``World`` methods ``admits_unsolicited``, ``translates``, ``destination_dependent``
and ``drops_outbound`` are the truth the sequence's findings are checked against.
"""

from __future__ import annotations

import heapq
import inspect
import itertools
import math
import random
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from wizard.engine import classify
from wizard.engine.contacts import ContactLog
from wizard.engine.evidence import DISTURBANCE_RUN, ControlRecord, LinkEstimate
from wizard.engine.model import (
    Address,
    Behaviour,
    Outcome,
    PortCheck,
    PortResult,
    Reason,
    ServerError,
)
from wizard.engine.probes import (
    BASELINE_CONTROLS,
    GIVE_UP_AFTER,
    PAUSE_RUN,
    PREFLIGHT_SENDS,
    REACH_SENDS,
    Recorder,
)
from wizard.engine.results import port_result, untested_without_test2
from wizard.engine.runner import (
    INVITED_HOLD,
    SLOW_WITNESS_MAX,
    SLOW_WITNESS_PACE,
    SLOW_WITNESS_SAMPLE,
    SLOW_WITNESS_SPREAD,
    alternates_wanted,
    route_plan,
)
from wizard.engine.sequence import (
    CHANGE_IP,
    CHANGE_PORT,
    Answer,
    FilteringQuestion,
    History,
    MappingQuestion,
    PortFinding,
    PortSequence,
    Request,
    Route,
    Test,
)
from wizard.engine.transport import send_offsets

EI = Behaviour.ENDPOINT_INDEPENDENT
AD = Behaviour.ADDRESS_DEPENDENT
APD = Behaviour.ADDRESS_AND_PORT_DEPENDENT

PBX_IP = "192.168.1.10"
OTHER_LAN_HOST = "192.168.1.20"
WAN_IP = "203.0.113.1"
PRIMARY = Address("192.0.2.10", 3478)
OTHER = Address("192.0.2.11", 3479)
# An address nothing in the model ever talks to: what "unsolicited" means in the truths.
STRANGER = Address("198.51.100.77", 40000)

# No scan in these tests may run longer than this in model time: a bound on termination.
MAX_SCAN_SECONDS = 1800.0

Job = Generator[float, None, object]  # yields the model time it wants to run again at


# ---------------------------------------------------------------------------- router


class Allocation(StrEnum):
    """How a NAT picks the public port of a new mapping (RFC 4787 section 4.2.1)."""

    PRESERVE = "preserve"  # the local port if its reply tuple is free, else another
    SHIFTED = "shifted"  # the local port plus a fixed offset
    RANDOM = "random"  # any free port, for each new mapping


@dataclass
class Entry:
    """One conntrack entry: a flow between ``lan`` (None: the router itself) and
    ``remote`` through the router's public port ``public``."""

    lan: Address | None
    public: int
    remote: Address
    outbound: bool  # created by a packet from the LAN side
    expires: float = 0.0
    replied: bool = False  # traffic seen both ways: the longer lifetime applies


class Conntrack:
    """The router's state table. The reply tuple (public port, remote) is unique, as in
    Linux; entries are found by it (inbound) and by flow (LAN address, remote)."""

    def __init__(self) -> None:
        self.by_reply: dict[tuple[int, Address], Entry] = {}
        self.by_flow: dict[tuple[Address, Address], Entry] = {}
        self._purged = -math.inf

    def add(self, entry: Entry) -> Entry:
        self.by_reply[(entry.public, entry.remote)] = entry
        if entry.lan is not None:
            self.by_flow[(entry.lan, entry.remote)] = entry
        return entry

    def reply(self, public: int, remote: Address, now: float) -> Entry | None:
        return self._live(self.by_reply.get((public, remote)), now)

    def flow(self, lan: Address, remote: Address, now: float) -> Entry | None:
        return self._live(self.by_flow.get((lan, remote)), now)

    def entries(self, now: float) -> list[Entry]:
        """Live entries, oldest first."""
        self.purge(now)
        return [e for e in self.by_reply.values() if e.expires >= now]

    def purge(self, now: float) -> None:
        if now - self._purged < 1.0:
            return
        self._purged = now
        for key, entry in list(self.by_reply.items()):
            if entry.expires < now:
                del self.by_reply[key]
                if entry.lan is not None and self.by_flow.get((entry.lan, key[1])) is entry:
                    del self.by_flow[(entry.lan, key[1])]

    @staticmethod
    def _live(entry: Entry | None, now: float) -> Entry | None:
        return entry if entry is not None and entry.expires >= now else None


@dataclass
class Router:
    """A NAT router with one WAN address. ``forwards`` maps a public port to the LAN
    address it is forwarded to; the forward works both ways (flows from that LAN address
    leave from that public port, as a 1:1 or "static port" rule makes them)."""

    mapping: Behaviour = EI
    filtering: Behaviour = APD
    allocation: Allocation = Allocation.PRESERVE
    shift: int = 1000
    forwards: dict[int, Address] = field(default_factory=dict)
    wan_input_drop: bool = True  # unsolicited packets to the router are dropped unseen
    blocked: frozenset[int] = frozenset()  # LAN ports whose outbound UDP is dropped
    flood_limit: int | None = None  # new inbound flows a second from one IP before a block
    flood_block: float = 10.0  # seconds a flooding source stays blocked
    flood_new_only: bool = False  # the block drops only new flows, not established ones
    unreplied: float = 30.0  # Linux nf_conntrack_udp_timeout
    replied: float = 180.0  # Linux nf_conntrack_udp_timeout_stream
    wan_ip: str = WAN_IP
    rng: random.Random = field(default_factory=random.Random, repr=False)
    table: Conntrack = field(default_factory=Conntrack, repr=False)
    _new_flows: dict[str, list[float]] = field(default_factory=dict, repr=False)
    _blocked_until: dict[str, float] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ packets

    def outbound(self, lan: Address, remote: Address, now: float) -> int | None:
        """The public port a datagram from ``lan`` to ``remote`` leaves from; None when
        the router drops it."""
        if lan.port in self.blocked:
            return None
        self.table.purge(now)
        entry = self.table.flow(lan, remote, now)
        if entry is None:
            public = self._allocate(lan, remote, now)
            entry = self.table.add(Entry(lan, public, remote, outbound=True))
        self._touch(entry, now, inbound=False)
        return entry.public

    def inbound(self, source: Address, public: int, now: float) -> Address | None:
        """Where a datagram from ``source`` to the public port goes: a LAN address, or
        None (dropped, or taken by the router itself)."""
        self.table.purge(now)
        blocked = self._blocked_until.get(source.ip, -math.inf) > now
        if blocked and not self.flood_new_only:
            return None
        entry = self.table.reply(public, source, now)
        if entry is not None:
            self._touch(entry, now, inbound=True)
            return entry.lan
        if blocked or self._flooding(source.ip, now):
            return None
        lan = self._admit(source, public, now)
        if lan is not None or not self.wan_input_drop:
            # A new flow: to the LAN host it is forwarded or filtered to, or, when the
            # router's input accepts it, to the router itself (conntrack keeps it too).
            self._touch(self.table.add(Entry(lan, public, source, outbound=False)), now, True)
        return lan

    # ------------------------------------------------------------------ truths (pure)

    def route(self, source: Address, public: int, now: float) -> Address | None:
        """Where ``inbound`` would send a datagram, without changing any state."""
        blocked = self._blocked_until.get(source.ip, -math.inf) > now
        if blocked and not self.flood_new_only:
            return None
        entry = self.table.reply(public, source, now)
        if entry is not None:
            return entry.lan
        return None if blocked else self._admit(source, public, now)

    def policy_port(self, lan: Address) -> int | None:
        """The public port the router's own rules give ``lan``'s first mapping (None:
        random), whatever collisions may do."""
        forward = self.forward_of(lan)
        if forward is not None:
            return forward
        if self.allocation is Allocation.PRESERVE:
            return lan.port
        if self.allocation is Allocation.SHIFTED:
            return 1024 + (lan.port + self.shift - 1024) % (65536 - 1024)
        return None

    def forward_of(self, lan: Address) -> int | None:
        return next((public for public, to in self.forwards.items() if to == lan), None)

    # ------------------------------------------------------------------ inside

    def _allocate(self, lan: Address, remote: Address, now: float) -> int:
        """A public port for a new flow: the mapping it shares (RFC 4787 section 4.1),
        else the allocation rule's port, else any free one; never a taken reply tuple."""
        shared = self._shared_mapping(lan, remote, now)
        if shared is not None and self.table.reply(shared, remote, now) is None:
            return shared
        wanted = self.policy_port(lan)
        if wanted is not None and self._unused(wanted, remote, now):
            return wanted
        while True:
            public = self.rng.randrange(1024, 65536)
            if self._unused(public, remote, now):
                return public

    def _shared_mapping(self, lan: Address, remote: Address, now: float) -> int | None:
        forward = self.forward_of(lan)
        if forward is not None:
            return forward
        if self.mapping is APD:
            return None
        # A mapping is made by outbound traffic (RFC 4787 section 4.1); an entry that an
        # admitted inbound packet made only rides on one.
        for entry in self.table.entries(now):
            ours = entry.lan == lan and entry.outbound
            if ours and (self.mapping is EI or entry.remote.ip == remote.ip):
                return entry.public
        return None

    def _unused(self, public: int, remote: Address, now: float) -> bool:
        """Free for a new mapping: the reply tuple is unique, and a destination-dependent
        NAT also gives each mapping a port of its own."""
        if self.table.reply(public, remote, now) is not None:
            return False
        if self.mapping is EI:
            return True
        return all(entry.public != public for entry in self.table.entries(now))

    def _admit(self, source: Address, public: int, now: float) -> Address | None:
        """The LAN address a new inbound flow reaches: a forward, or a mapping whose
        filtering lets ``source`` in (RFC 4787 section 5)."""
        if public in self.forwards:
            return self.forwards[public]
        if self.filtering is APD:
            return None
        for entry in self.table.entries(now):
            mapped_here = entry.public == public and entry.lan is not None and entry.outbound
            if mapped_here and (self.filtering is EI or entry.remote.ip == source.ip):
                return entry.lan
        return None

    def _touch(self, entry: Entry, now: float, inbound: bool) -> None:
        if inbound == entry.outbound:
            entry.replied = True
        entry.expires = max(
            entry.expires, now + (self.replied if entry.replied else self.unreplied)
        )

    def _flooding(self, ip: str, now: float) -> bool:
        """Count a new inbound flow from ``ip``; True when it trips the flood protection."""
        if self.flood_limit is None:
            return False
        recent = [t for t in self._new_flows.get(ip, []) if now - t < 1.0] + [now]
        self._new_flows[ip] = recent
        if len(recent) > self.flood_limit:
            self._blocked_until[ip] = now + self.flood_block
            return True
        return False


def forwarded(ports: Iterable[int], host: str = PBX_IP, offset: int = 0) -> dict[int, Address]:
    """Static forwards of ``ports`` (from public port ``port + offset``) to ``host``."""
    return {port + offset: Address(host, port) for port in ports}


class Picks(random.Random):
    """A router's port picker that picks ``ports`` first, then at random: a rare choice
    of the allocator, staged (set it as ``world.router.rng`` after making the world)."""

    def __init__(self, ports: Iterable[int], seed: int = 0) -> None:
        super().__init__(seed)
        self._ports = list(ports)

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if self._ports:
            return self._ports.pop(0)
        return super().randrange(start, stop, step)


# ---------------------------------------------------------------------------- the rest


@dataclass
class Host:
    """The PBX machine. With ``firewall``, a stateful host firewall with policy drop
    inbound (Windows Defender Firewall without an inbound rule): a datagram reaches a
    socket only from an address:port that socket sent to within ``lifetime``."""

    ip: str = PBX_IP
    firewall: bool = False
    lifetime: float = 60.0
    _sent: dict[tuple[int, Address], float] = field(default_factory=dict, repr=False)

    def sent(self, port: int, remote: Address, now: float) -> None:
        self._sent[(port, remote)] = now

    def admits(self, port: int, source: Address, now: float) -> bool:
        if not self.firewall:
            return True
        at = self._sent.get((port, source))
        return at is not None and now - at <= self.lifetime


@dataclass
class Path:
    """The internet between router and server: loss each way, a round trip, and an
    optional token bucket on the way to the server (a throttling server, a policer)."""

    loss_out: float = 0.0
    loss_in: float = 0.0
    rtt: float = 0.03
    rate: float | None = None  # datagrams a second the bucket refills with
    burst: float = 10.0
    outage: tuple[float, float] = (math.inf, math.inf)  # nothing gets through meanwhile
    _tokens: float | None = field(default=None, repr=False)
    _last: float = field(default=0.0, repr=False)

    def down(self, now: float) -> bool:
        return self.outage[0] <= now < self.outage[1]

    def admit(self, now: float) -> bool:
        if self.rate is None:
            return True
        tokens = self.burst if self._tokens is None else self._tokens
        tokens = min(self.burst, tokens + max(0.0, now - self._last) * self.rate)
        self._last = max(self._last, now)
        self._tokens = tokens - 1 if tokens >= 1 else tokens
        return tokens >= 1


@dataclass
class Server:
    """An RFC 5780 STUN server listening on both its IPs and both its ports."""

    primary: Address = PRIMARY
    other: Address = OTHER
    second_dead_from: float = math.inf  # from then on its other IP neither hears nor sends
    ignores_change: bool = False  # answers a CHANGE-REQUEST from where it was asked

    def answer(self, destination: Address, change: int, now: float) -> Address | None:
        """The address its answer to a request sent to ``destination`` comes from."""
        ips, ports = (self.primary.ip, self.other.ip), (self.primary.port, self.other.port)
        if destination.ip not in ips or destination.port not in ports:
            return None
        ip, port = destination.ip, destination.port
        if change and not self.ignores_change:
            if change & CHANGE_IP:
                ip = ips[1 - ips.index(ip)]
            if change & CHANGE_PORT:
                port = ports[1 - ports.index(port)]
        if now >= self.second_dead_from and self.other.ip in (destination.ip, ip):
            return None
        return Address(ip, port)


@dataclass(frozen=True)
class Delivery:
    """An answer that reached the PBX's socket."""

    source: Address
    mapped: Address  # the public address the server saw
    at: float


@dataclass
class World:
    """Host, router, path and server on one clock. ``epoch`` is the wall time at model
    time 0 (the contact log keeps wall times)."""

    router: Router = field(default_factory=Router)
    server: Server = field(default_factory=Server)
    path: Path = field(default_factory=Path)
    host: Host = field(default_factory=Host)
    seed: int = 0
    now: float = 0.0
    epoch: float = 1_700_000_000.0
    next_ephemeral: int = 50000

    def __post_init__(self) -> None:
        self.rng = random.Random(f"loss-{self.seed}")
        self.router.rng = random.Random(f"ports-{self.seed}")
        self.order = random.Random(f"order-{self.seed}")  # the order ports are scanned in

    def wall(self) -> float:
        return self.epoch + self.now

    def ephemeral(self, avoid: Iterable[int] = ()) -> int:
        """A port of our own, as the system would pick one (never one of ``avoid``)."""
        avoid = set(avoid)
        while self.next_ephemeral in avoid:
            self.next_ephemeral += 1
        self.next_ephemeral += 1
        return self.next_ephemeral - 1

    def transmit(self, port: int, request: Request, at: float) -> Delivery | None:
        """One copy of ``request`` sent from the PBX's ``port`` at ``at``: the answer that
        reaches that socket, if one does. State changes apply at once; the answer
        arrives a round trip later."""
        lan = Address(self.host.ip, port)
        self.host.sent(port, request.destination, at)
        public = self.router.outbound(lan, request.destination, at)
        lost = self.rng.random() < self.path.loss_out or self.path.down(at)
        if public is None or lost or not self.path.admit(at):
            return None
        source = self.server.answer(request.destination, request.change, at)
        if source is None or self.rng.random() < self.path.loss_in:
            return None
        arrival = at + self.path.rtt
        if self.path.down(arrival) or self.router.inbound(source, public, arrival) != lan:
            return None
        if not self.host.admits(port, source, arrival):
            return None
        return Delivery(source, Address(self.router.wan_ip, public), arrival)

    # ------------------------------------------------------------------ the truth

    def public_port(self, port: int) -> int | None:
        """The public port of the PBX port's flow to the server's primary address now; once
        that flow has expired (a long scan), the port's static forward, which outlives it."""
        lan = Address(self.host.ip, port)
        entry = self.router.table.flow(lan, self.server.primary, self.now)
        return entry.public if entry is not None else self.router.forward_of(lan)

    def admits_unsolicited(self, port: int) -> bool:
        """A datagram from an address nothing ever talked to, sent to the port's public
        port, reaches the PBX's socket (router and host firewall both let it in)."""
        public = self.public_port(port)
        lan = Address(self.host.ip, port)
        return (
            public is not None
            and self.router.route(STRANGER, public, self.now) == lan
            and self.host.admits(port, STRANGER, self.now)
        )

    def translates(self, port: int) -> bool:
        """The router's own rules give the port another public port (not a collision)."""
        return self.router.policy_port(Address(self.host.ip, port)) != port

    def destination_dependent(self, port: int) -> bool:
        """The port's mapping depends on the destination (RFC 4787 section 4.1)."""
        lan = Address(self.host.ip, port)
        return self.router.mapping is not EI and self.router.forward_of(lan) is None

    def drops_outbound(self, port: int) -> bool:
        return port in self.router.blocked

    # ------------------------------------------------------------------ conveniences

    def controls(
        self, n: int, start: float | None = None, interval: float = 0.05
    ) -> list[ControlRecord]:
        """``n`` control requests from a fresh port of our own (after its preflight),
        one every ``interval`` from ``start``; the clock ends after the last is decided."""
        controls = Controls(self)
        controls.preflight()
        self.now = max(self.now, start if start is not None else self.now)
        run_jobs(self, [controls.burst(n, interval)])
        return controls.records()


# ---------------------------------------------------------------------------- jobs


def run_jobs(world: World, jobs: Iterable[Job], background: Iterable[Job] = ()) -> None:
    """Run ``jobs`` in model time until all have finished; ``background`` jobs run beside
    them and are closed then."""
    order = itertools.count()
    heap: list[tuple[float, int, bool, Job]] = []
    for job in jobs:
        heapq.heappush(heap, (world.now, next(order), True, job))
    waiting = len(heap)
    rest = list(background)
    for job in rest:
        heapq.heappush(heap, (world.now, next(order), False, job))
    limit = world.now + MAX_SCAN_SECONDS
    while waiting:
        at, _, foreground, job = heapq.heappop(heap)
        if inspect.getgeneratorstate(job) == inspect.GEN_CLOSED:  # cancelled: gone at once
            waiting -= foreground
            continue
        world.now = max(world.now, at)
        if world.now > limit:
            raise RuntimeError(f"jobs still running after {MAX_SCAN_SECONDS} s of model time")
        try:
            wake = next(job)
        except StopIteration:
            waiting -= foreground
            continue
        heapq.heappush(heap, (wake, next(order), foreground, job))
    for job in rest:
        job.close()


def _collect(job: Job, into: list) -> Job:
    into.append((yield from job))
    return None


def run_one(world: World, job: Job) -> object:
    """Run one job to its end and return what it returned."""
    box: list = []
    run_jobs(world, [_collect(job, box)])
    return box[0]


class Stuck(RuntimeError):
    """The engine would wait forever here: nothing is left that could resume its pacer."""


@dataclass
class Pacer:
    """``transport.Pacer`` in model time: at most ``rate`` copies a second, in turn."""

    rate: float = 50.0
    paused: bool = False
    frozen: bool = False  # paused with no control left to resume it
    _next: float = 0.0

    def wait(self, world: World) -> Generator[float, None, None]:
        while self.paused:
            if self.frozen:
                raise Stuck(f"a request waits at {world.now:.2f} s for a pacer paused for good")
            yield world.now + 0.01
        slot = max(world.now, self._next)
        self._next = slot + 1.0 / self.rate
        if slot > world.now:
            yield slot


def ask(
    world: World, port: int, request: Request, timeout: float, pacer: Pacer | None = None
) -> Generator[float, None, Answer]:
    """One transaction as ``StunEndpoint.request`` runs it: copies at
    ``send_offsets(timeout)`` until answered, then a wait for the answer; only an answer
    from ``request.expect`` counts, others are strays."""
    offsets = send_offsets(timeout)
    sends: list[float] = []
    first: Delivery | None = None
    strays: list[float] = []
    for offset in offsets:
        if sends:
            due = sends[0] + offset
            if first is not None and first.at <= due:
                break
            yield due
        if pacer is not None:
            yield from pacer.wait(world)
        if first is not None and first.at <= world.now:
            break
        sends.append(world.now)
        got = world.transmit(port, request, world.now)
        if got is None:
            continue
        if got.source != request.expect:
            strays.append(got.at)
        elif first is None or got.at < first.at:
            first = got
    deadline = max(sends[0] + timeout, sends[-1] + max(0.0, timeout - offsets[-1]))
    answered = first is not None and first.at <= deadline
    end = first.at if answered and first is not None else deadline
    if end > world.now:
        yield end
    return Answer(
        sends=tuple(sends),
        answered=answered,
        mapped=first.mapped if answered and first is not None else None,
        wrong_source=any(t <= end for t in strays),
    )


Question = PortSequence | MappingQuestion | FilteringQuestion


def drive(
    world: World,
    sequence: Question,
    port: int,
    *,
    record: Recorder,
    timeout: float,
    pacer: Pacer | None = None,
    controls: Controls | None = None,
    link: LinkEstimate | None = None,
    judge: bool = False,
) -> Job:
    """``probes.drive``: send what the sequence asks until it is done or (not ``judge``)
    waits for a verdict on a silence; with ``judge`` each silence waits for the controls
    to cover it (or, with a fixed ``link`` and no controls, is judged by that)."""
    if judge and link is None:
        if controls is None:
            return None  # no controls: nothing could prove a silence
        sends = [t for step in sequence.steps.values() for t in step.sends]
        link = yield from controls.settle(max(sends, default=-math.inf))
    while True:
        if controls is not None and controls.gone:
            sequence.abandon()
            return None
        request = sequence.next_request(link)
        if request is None:
            return None
        record(port, request, sequence.step(Test.TEST1).mapped)
        answer = yield from ask(world, port, request, timeout, pacer)
        sequence.record(request, answer)
        if judge and not answer.answered and controls is not None and answer.sends:
            link = yield from controls.settle(answer.sends[-1])


def play(
    sequence: Question,
    world: World,
    port: int,
    link: LinkEstimate | Controls | None = None,
    *,
    timeout: float = 2.0,
    log: ContactLog | None = None,
) -> Question:
    """Drive one sequence from the PBX's ``port`` at ``world.now`` until it stops.

    ``link`` None: a first pass (the sequence stops at a silence it cannot judge). A
    ``LinkEstimate``: that fixed record judges every silence. ``Controls``: like a
    scan's judged pass, each silence waits until controls sent after it cover it.
    """
    controls = link if isinstance(link, Controls) else None
    fixed = link if isinstance(link, LinkEstimate) else None
    record = Recorder(log if log is not None else ContactLog(), world.wall)
    job = drive(
        world,
        sequence,
        port,
        record=record,
        timeout=timeout,
        controls=controls,
        link=fixed,
        judge=link is not None,
    )
    run_one(world, job)
    return sequence


# ---------------------------------------------------------------------------- controls


class Controls:
    """``probes.Controls`` in model time: control requests from a port of our own whose
    answers the router lets in whatever its forwards (after the preflight it sent to the
    server's other address, a CHANGE-REQUEST answer from there walks in). Each is one
    send, decided when answered or after ``timeout``; failures slow the pacer down
    (DISTURBANCE_RUN in a row on a track halve its rate, PAUSE_RUN pause it), answers
    speed it up again (a twentieth of the ceiling each). Once stopped nothing steers.

    The controls' ``tracks``, as the engine picks them after the preflight: one when the
    preflight's CHANGE-REQUEST came back (CHANGE-REQUESTs to the primary address, the
    answer from the other one); otherwise, with a server fit for test 2, two taking turns
    (Binding to the primary address, Binding straight to the other one); else Binding to
    the primary address only."""

    def __init__(
        self,
        world: World,
        port: int | None = None,
        *,
        pacer: Pacer | None = None,
        ceiling: float = 50.0,
        timeout: float = 2.0,
        avoid: Iterable[int] = (),
    ) -> None:
        self.world = world
        self.port = world.ephemeral(avoid) if port is None else port
        self.pacer = pacer if pacer is not None else Pacer(ceiling)
        self.ceiling = ceiling
        self.floor = max(1.0, min(ceiling, 2.0))
        self.probe_timeout = timeout
        self.timeout = min(timeout, max(0.25, 4 * world.path.rtt))
        server = world.server
        self.tracks: tuple[Request, ...] = (Request(Test.TEST1, server.primary, server.primary),)
        self._turn = 0
        self.error: ServerError | None = None
        self.public: Address | None = None  # our port's public address (test 1)
        self.asked: list[Request] = []  # the preflight's questions (``Preflight.asked``)
        # Every public address the preflight's answers showed (``Preflight.publics``).
        self.publics: list[Address] = []
        self._records: list[tuple[ControlRecord, float]] = []  # and when each is decided
        self._undecided: list[int] = []  # indices of records not steered by yet
        self._consecutive = [0] * len(self.tracks)  # failures in a row, per track
        self._last_cut = -math.inf
        self._paused_at: float | None = None
        self.running = False
        self._next_send = -math.inf
        self.gone = False
        self.stopped = False  # ``Controls.stop`` was called
        # What ``probes.Controls.quality`` reports besides the records.
        self.slowed_down = 0
        self.paused_s = 0.0
        self._rates: list[float] = []  # the allowed rate at each control

    @property
    def interval(self) -> float:
        return max(0.01, min(0.25, 10.0 / self.pacer.rate))

    @property
    def rate_reached(self) -> float:
        """``probes.Controls.rate_reached``: the allowed rate averaged over the controls."""
        return sum(self._rates) / len(self._rates) if self._rates else self.pacer.rate

    # ------------------------------------------------------------------ the preflight

    def preflight(self) -> ServerError | None:
        """``probes.preflight_server`` from this port: test 1 until answered or
        REACH_SENDS copies; the second address asked directly; a CHANGE-REQUEST that must
        come back from it. Sets ``error``, ``public``, ``publics`` and ``asked``, and the
        controls' ``tracks`` as ``probes.Controls`` picks them."""
        return run_one(self.world, self._preflight())  # type: ignore[return-value]

    def _preflight(self) -> Generator[float, None, ServerError | None]:
        primary, other = self.world.server.primary, self.world.server.other
        first = yield from self._first_answer(Request(Test.TEST1, primary, primary))
        if first is None:
            self.error = ServerError.NO_RESPONSE
            return self.error
        self.public = first.mapped
        if first.mapped is not None:
            self.publics.append(first.mapped)
        direct, _ = yield from self._repeat(Request(Test.MAPPING_OTHER, other, other))
        if direct is None:
            self.error = ServerError.SECOND_ADDRESS_UNREACHABLE
            return self.error
        if direct.mapped is not None:
            self.publics.append(direct.mapped)
        same_mapping = direct.mapped is not None and direct.mapped == first.mapped
        change = Request(Test.TEST2, primary, other, CHANGE_IP | CHANGE_PORT)
        if same_mapping:
            changed, strays = yield from self._repeat(change)
        else:
            self.asked.append(change)
            once = yield from ask(self.world, self.port, change, self.probe_timeout)
            changed, strays = (once if once.answered else None), once.wrong_source
        if changed is not None:
            self.tracks = (change,)
        elif strays:
            self.error = ServerError.IGNORES_CHANGE_REQUEST
        elif same_mapping:
            self.error = ServerError.CHANGE_REQUEST_UNANSWERED
        else:
            # A symmetric NAT sent the answer to another public port; the server is fit.
            self.tracks = (
                Request(Test.TEST1, primary, primary),
                Request(Test.MAPPING_OTHER, other, other),
            )
        self._consecutive = [0] * len(self.tracks)
        return self.error

    def reopen(self) -> None:
        """``probes.reopen``: the second address asked once more from this port."""
        other = self.world.server.other
        request = Request(Test.MAPPING_OTHER, other, other)
        self.asked.append(request)
        run_one(self.world, ask(self.world, self.port, request, self.probe_timeout))

    def verify_alternates(self, change_ip_only: bool, alternate_port: bool) -> tuple[bool, bool]:
        """``probes.verify_alternates`` from this port."""
        found = run_one(self.world, self._verify_alternates(change_ip_only, alternate_port))
        return found  # type: ignore[return-value]

    def _verify_alternates(
        self, change_ip_only: bool, alternate_port: bool
    ) -> Generator[float, None, tuple[bool, bool]]:
        primary, other = self.world.server.primary, self.world.server.other
        if self.public is None:
            return False, False
        ip_only = port = False
        if change_ip_only:
            source = Address(other.ip, primary.port)
            direct, _ = yield from self._repeat(Request(Test.MAPPING, source, source))
            if direct is not None and direct.mapped == self.public:
                change = Request(Test.TEST2, primary, source, CHANGE_IP)
                changed, _ = yield from self._repeat(change)
                ip_only = changed is not None
        if alternate_port:
            address = Address(primary.ip, other.port)
            direct, _ = yield from self._repeat(Request(Test.MAPPING, address, address))
            port = direct is not None
        return ip_only, port

    def _first_answer(self, request: Request) -> Generator[float, None, Answer | None]:
        """``probes._first_answer``: ask until answered or REACH_SENDS copies went out."""
        self.asked.append(request)
        sent = 0
        while sent < REACH_SENDS:
            answer = yield from ask(self.world, self.port, request, self.probe_timeout)
            if answer.answered:
                return answer
            sent += max(1, len(answer.sends))
        return None

    def _repeat(self, request: Request) -> Generator[float, None, tuple[Answer | None, bool]]:
        """``probes._repeat``: ask until answered, a stray came, or PREFLIGHT_SENDS
        copies went unanswered."""
        self.asked.append(request)
        strays, sent = False, 0
        while sent < PREFLIGHT_SENDS:
            answer = yield from ask(self.world, self.port, request, self.probe_timeout)
            strays = strays or answer.wrong_source
            if answer.answered or strays:
                return (answer if answer.answered else None), strays
            sent += max(1, len(answer.sends))
        return None, strays

    # ------------------------------------------------------------------ sending

    def send(self) -> None:
        """One control now, on the next track in turn."""
        now = self.world.now
        self._rates.append(self.pacer.rate)
        track = self._turn
        self._turn = (self._turn + 1) % len(self.tracks)
        request = self.tracks[track]
        got = self.world.transmit(self.port, request, now)
        rtt = None
        if got is not None and got.source == request.expect and got.at - now <= self.timeout:
            rtt = got.at - now
        answered = rtt is not None
        decided = now + (rtt if rtt is not None else self.timeout)
        self._undecided.append(len(self._records))
        self._records.append((ControlRecord(now, answered, rtt, track), decided))

    def burst(self, count: int, interval: float) -> Job:
        """``count`` controls, one every ``interval``; their answers are not waited for
        (``Controls.baseline``: a silence is judged once the controls around it are in)."""
        for _ in range(count):
            self.send()
            self._steer_due()
            yield self.world.now + interval
        self._steer_due()
        return None

    def baseline(self) -> Job:
        return self.burst(BASELINE_CONTROLS, 1.0 / max(self.ceiling, 50.0))

    def run(self) -> Job:
        """Controls all through a phase (a background job)."""
        self.running = True
        try:
            while True:
                self.send()
                self._steer_due()
                self._next_send = self.world.now + self.interval
                yield self._next_send
        finally:
            self.running = False

    def stop(self) -> None:
        """``probes.Controls.stop``: no more controls, and those under way steer no more
        (those decided by now have); a paused pacer runs free at the pace it has."""
        self._steer_due()
        self.stopped = True
        self._undecided = []
        if self._paused_at is not None:
            self.paused_s += self.world.now - self._paused_at
        self._paused_at = None
        self.pacer.paused = False

    def _steer_due(self) -> None:
        """Steer by every control decided since the last call, in the order decided."""
        now = self.world.now
        due = [i for i in self._undecided if self._records[i][1] <= now]
        self._undecided = [i for i in self._undecided if self._records[i][1] > now]
        for i in sorted(due, key=lambda i: self._records[i][1]):
            record, decided = self._records[i]
            self._steer(record.track, record.answered, decided)

    def _steer(self, track: int, answered: bool, now: float) -> None:
        """``probes.Controls._steer``: failures in a row count per track; the scan
        resumes once every track is below PAUSE_RUN, and speeds up only when none fails;
        nothing once gone or stopped."""
        if self.gone or self.stopped:
            return
        pacer = self.pacer
        if answered:
            self._consecutive[track] = 0
            if self._paused_at is not None and max(self._consecutive) < PAUSE_RUN:
                self.paused_s += now - self._paused_at
                self._paused_at = None
                pacer.paused = False
            if max(self._consecutive) == 0:
                pacer.rate = min(self.ceiling, pacer.rate + self.ceiling / 20)
            return
        self._consecutive[track] += 1
        failures = self._consecutive[track]
        if failures >= DISTURBANCE_RUN and now - self._last_cut > self.timeout:
            self._last_cut = now
            slower = max(self.floor, pacer.rate / 2)
            self.slowed_down += slower < pacer.rate
            pacer.rate = slower
        if failures >= PAUSE_RUN and self._paused_at is None:
            self._paused_at = now
            pacer.paused = True
        elif self._paused_at is not None and now - self._paused_at > GIVE_UP_AFTER:
            self.gone = True
            self.paused_s += now - self._paused_at
            self._paused_at = None
            pacer.rate, pacer.paused = self.ceiling, False

    # ------------------------------------------------------------------ the record

    def records(self) -> list[ControlRecord]:
        """The controls decided by now."""
        now = self.world.now
        return [record for record, decided in self._records if decided <= now]

    def estimate(self) -> LinkEstimate:
        """``Controls.estimate``: the decided records, settled up to the last answered
        control sent before the first undecided one, on the track least far along."""
        now = self.world.now
        pending = min((r.sent for r, decided in self._records if decided > now), default=math.inf)
        settled = min(
            max(
                (
                    r.sent
                    for r, decided in self._records
                    if r.track == track and decided <= now and r.answered and r.sent < pending
                ),
                default=-math.inf,
            )
            for track in range(len(self.tracks))
        )
        return LinkEstimate.of(self.records(), settled)

    def settle(self, past: float) -> Generator[float, None, LinkEstimate]:
        """The estimate once it can judge a send made at ``past`` (or a disturbance
        covers it). Outside a scan nobody else sends controls, so this does."""
        while True:
            estimate = self.estimate()
            if estimate.settled_until >= past:
                return estimate
            if any(start <= past <= end for start, end in estimate.windows()):
                return estimate
            if self.gone:
                return estimate
            if not self.running:
                self.send()
                yield self.world.now + self.interval
            else:
                yield self._next_change()

    def _next_change(self) -> float:
        """When the estimate may change next (``probes.Controls.settle`` wakes at each
        control decided): the next control decided, or the next one sent."""
        now = self.world.now
        due = [self._records[i][1] for i in self._undecided if self._records[i][1] > now]
        if self._next_send > now:
            due.append(self._next_send)
        return min(due, default=now + 0.01)


# ---------------------------------------------------------------------------- a scan


@dataclass
class ScanRun:
    """What one ``scan`` found."""

    checks: list[PortCheck]
    sequences: dict[int, PortSequence]
    controls: Controls
    server_error: ServerError | None
    mapping: MappingQuestion | None = None
    filtering: FilteringQuestion | None = None
    questions: list[tuple[Question, int]] = field(default_factory=list)  # and their ports
    started: float = 0.0
    ended: float = 0.0
    prior: ContactLog | None = None  # the contact log as the run found it
    wall: float = 0.0  # the wall time the run started at
    witnessed: list[int] = field(default_factory=list)  # ports asked by the slow witness
    rate_dependent: bool = False  # the slow witness saw a failure pass when asked slowly
    _results: tuple[tuple, dict[int, PortResult]] | None = field(default=None, repr=False)

    @property
    def reached_server(self) -> bool:
        """False when the preflight got no answer: the runner probes no port then."""
        return self.server_error is not ServerError.NO_RESPONSE

    @property
    def reported_error(self) -> ServerError | None:
        """The server's error as ``run_scan`` reports it: a CHANGE-REQUEST answered from
        the wrong address during the scan (the preflight's copies were lost) makes it
        ignores_change_request there too."""
        wrong = any(
            s.finding is not None and s.finding.wrong_source for s in self.sequences.values()
        )
        if self.server_error is None and wrong:
            return ServerError.IGNORES_CHANGE_REQUEST
        return self.server_error

    def finding(self, port: int) -> PortFinding:
        finding = self.sequences[port].finding
        assert finding is not None, f"port {port} has no finding"
        return finding

    def own_publics(self) -> list[tuple[int, Address]]:
        """(our port, public address) for every public address the router gave the
        check's own ports (``runner._own_publics``): the preflight's
        (``Preflight.publics``) and every mapped address in the NAT questions' steps."""
        own = [(self.controls.port, a) for a in self.controls.publics]
        own += [
            (port, step.mapped)
            for question, port in self.questions
            for step in question.steps.values()
            if step.mapped is not None
        ]
        return own

    def own_public_ports(self) -> list[int]:
        """The public port numbers ``run_scan`` checks clashes against: this run's own
        public ports and those the log at the start remembers (``own_public_ports``)."""
        own = {a.port for _, a in self.own_publics()}
        if self.prior is not None:
            own |= self.prior.own_public_ports(self.wall)
        return sorted(own)

    def results(self) -> dict[int, PortResult]:
        """Every port's result as ``run_scan`` reports it: the finding as
        ``_Scan._conclude`` turns it into a result, then failures a clash with one of our
        own ports' public ports may explain made inconclusive (own_port), then, with a
        server that answered a CHANGE-REQUEST from the wrong address, test 2's results
        untested."""
        key = (tuple(s.finding for s in self.sequences.values()), tuple(self.own_public_ports()))
        if self._results is not None and self._results[0] == key:
            return self._results[1]
        results = tuple(port_result(check, self.finding(check.port)) for check in self.checks)
        results = classify.without_own_port_clashes(results, self.own_public_ports())
        if any(s.finding is not None and s.finding.wrong_source for s in self.sequences.values()):
            results = tuple(untested_without_test2(r) for r in results)
        self._results = (key, {r.port: r for r in results})
        return self._results[1]

    def result(self, port: int) -> PortResult:
        return self.results()[port]

    def outcome(self, port: int) -> Outcome:
        """The port's outcome as the runner reports it."""
        return self.result(port).outcome

    def reason(self, port: int) -> Reason | None:
        """The port's reason as the runner reports it."""
        return self.result(port).reason

    def requests(self, port: int) -> int:
        return sum(step.attempts for step in self.sequences[port].steps.values())


def _pool(
    checks: Sequence[PortCheck],
    work: Callable[[PortCheck], Job],
    count: int,
    then: Callable[[], None] = lambda: None,
) -> list[Job]:
    """``count`` workers taking the checks in turn, as ``runner._Scan._pool``; the last
    one to finish calls ``then`` (what ``_Scan.run`` does once the pool is through)."""
    pending: Iterator[PortCheck] = iter(checks)
    workers = min(count, len(checks))
    left = [workers]

    def worker() -> Job:
        for check in pending:
            yield from work(check)
        left[0] -= 1
        if left[0] == 0:
            then()
        return None

    if not workers:
        then()
    return [worker() for _ in range(workers)]


def history(
    prior: ContactLog, port: int, now: float, clock: Callable[[], float], hold: float
) -> History:
    """``runner._Scan._history``: what the log says about ``port`` at wall time ``now``;
    an invitation counts while ``hold`` has not passed by ``clock``."""

    def invited_from(remote: Address, public: Address | None) -> bool:
        at = prior.invited_from(port, remote, now, public)
        return at is not None and at + hold > clock()

    return History(
        reached_ip=lambda ip, public: prior.reached_ip(port, ip, now, public) is not None,
        invited_from=invited_from,
        sent_to=lambda remote: prior.sent_to(port, remote, now) is not None,
        sent_any=lambda: prior.sent_any(port, now) is not None,
    )


def scan(
    world: World,
    checks: Sequence[PortCheck],
    *,
    log: ContactLog | None = None,
    rate: float = 50.0,
    timeout: float = 2.0,
    questions: bool = True,
    control_port: int | None = None,
) -> ScanRun:
    """One whole scan as ``runner.run_scan`` runs it, from ``world.now``.

    ``log`` is the contact log carried between runs: its state at the start is the
    history of every port, and every request is recorded into it (wall time
    ``world.wall()``), as ``probes.Recorder`` does; at the end, as ``run_scan``'s
    ``finally`` does, what the preflight asked and the controls' tracks are recorded
    too, for the port of our own that sent them, and every public address our own ports
    were given (``ContactLog.own_public``).
    """
    started = world.now
    log = log if log is not None else ContactLog()
    wall = world.wall()
    prior = ContactLog.from_json(log.to_json())
    record = Recorder(log, world.wall)
    ports = [check.port for check in checks]
    pacer = Pacer(rate)
    controls = Controls(
        world, control_port, pacer=pacer, ceiling=rate, timeout=timeout, avoid=ports
    )
    run: ScanRun | None = None
    try:
        error = controls.preflight()
        server = world.server
        other = server.other if error is None else None
        routes = {} if other is None else _plan_routes(world, controls, prior, checks, timeout)
        sequences = {
            check.port: PortSequence(
                check.port,
                check.requirement,
                server.primary,
                other,
                history(prior, check.port, wall, world.wall, INVITED_HOLD + timeout),
                route=routes.get(check.port),
            )
            for check in checks
        }
        run = ScanRun(
            list(checks), sequences, controls, error, started=started, prior=prior, wall=wall
        )
        if error is ServerError.NO_RESPONSE:
            run.ended = world.now  # the verdict is stun_unreachable: no port is probed
            return run
        _scan_phases(world, run, pacer, record, rate=rate, timeout=timeout, questions=questions)
        run.ended = world.now
        return run
    finally:
        # Our own port talked to the server too: a later run may check it.
        for request in controls.asked:
            record(controls.port, request, controls.public)
        if controls.error is not ServerError.NO_RESPONSE:
            for request in controls.tracks:
                record(controls.port, request, controls.public)
        # Every public address our own ports were given, for the next run's clash check.
        now = world.wall()
        owned = (
            run.own_publics() if run is not None else [(controls.port, a) for a in controls.publics]
        )
        for port, public in owned:
            log.own_public(port, public, now)


def _plan_routes(
    world: World,
    controls: Controls,
    prior: ContactLog,
    checks: Sequence[PortCheck],
    timeout: float,
) -> dict[int, Route]:
    """``runner._Scan._plan_routes``: each port's route, and the wait (model time) until
    the router has forgotten an earlier check's answers from its test 2 source."""
    primary, now, hold = world.server.primary, world.wall(), INVITED_HOLD + timeout
    plan = route_plan(prior, checks, primary, world.server.other, now, hold)
    routes, ready = plan(change_ip_only=False, alternate_port=False)
    stale = any(prior.sent_to(p, r.test1, now) for p, r in routes.items())
    if ready > now or stale:
        better, _ = plan(change_ip_only=True, alternate_port=True)
        ip_only, port = controls.verify_alternates(*alternates_wanted(better, checks, primary))
        routes, ready = plan(change_ip_only=ip_only, alternate_port=port)
    wait = min(ready - world.wall(), hold)
    if wait > 0:
        world.now += wait
        controls.reopen()
    return routes


def _scan_phases(
    world: World,
    run: ScanRun,
    pacer: Pacer,
    record: Recorder,
    *,
    rate: float,
    timeout: float,
    questions: bool,
) -> None:
    """``runner._Scan.run``: the baseline; every port's sequence, in no particular order
    (``world.order``), through to the end on its own (a first pass, then each silence
    judged once the controls cover it, ``_Scan._probe``), with the controls running and
    the NAT questions asked beside; the questions cancelled once the ports are through
    if most ports that tried test 2 passed it; then the slow witness."""
    controls, sequences, checks = run.controls, run.sequences, run.checks
    server = world.server
    other = server.other if run.server_error is None else None
    ports = [check.port for check in checks]
    run_jobs(world, [controls.baseline()])
    in_flight = max(1, int(rate * timeout) + 1)

    def steps(sequence: Question, port: int) -> Job:
        for judge in (False, True):
            yield from drive(
                world,
                sequence,
                port,
                record=record,
                timeout=timeout,
                pacer=pacer,
                controls=controls,
                judge=judge,
            )
        return None

    def probe(check: PortCheck) -> Job:
        sequence = sequences[check.port]
        yield from steps(sequence, check.port)
        if not sequence.done:  # no controls to judge by: nothing could be proven
            sequence.abandon()
        return None

    if questions and other is not None:
        run.mapping = MappingQuestion(server.primary, other)
        run.filtering = FilteringQuestion(server.primary, other)
        run.questions = [(q, world.ephemeral(ports)) for q in (run.mapping, run.filtering)]
    asking = [steps(q, port) for q, port in run.questions]

    def through() -> None:
        """``_Scan._filtering_moot``: most ports that tried test 2 passed it; the whole
        questions' pass is cancelled then."""
        tried = [s.step(Test.TEST2) for s in sequences.values() if s.step(Test.TEST2).attempts]
        if tried and sum(step.answered for step in tried) * 2 > len(tried):
            for job in asking:
                job.close()

    order = world.order.sample(list(checks), len(checks))
    jobs = _pool(order, probe, in_flight, then=through) + asking
    run_jobs(world, jobs, background=[controls.run()])
    _slow_witness(world, run, pacer, record, timeout=timeout)


def _slow_witness(
    world: World, run: ScanRun, pacer: Pacer, record: Recorder, *, timeout: float
) -> None:
    """``runner._Scan._slow_witness``: with ports that passed test 2 beside ports found
    not forwarded, the controls are stopped and a sample spread over the failing ports
    (both ends included) is asked test 2 again in SLOW_WITNESS_SAMPLE turns spread evenly
    over SLOW_WITNESS_SPREAD seconds (a short sample gone through again); if any passes,
    every port still failing, the sample's too (up to SLOW_WITNESS_MAX), gets one turn,
    SLOW_WITNESS_PACE a second; then every failing port is settled."""
    controls, sequences = run.controls, run.sequences
    if controls.gone:
        return
    findings = [s.finding for s in sequences.values() if s.finding is not None]
    passed = any(f.test2 is True for f in findings)
    failed = [
        c
        for c in run.checks
        if (finding := sequences[c.port].finding) is not None
        and finding.outcome is Outcome.NOT_FORWARDED
    ]
    if not passed or not failed:
        return
    controls.stop()  # a handful of requests spread over half a minute need none
    count = min(SLOW_WITNESS_SAMPLE, len(failed))
    picks = sorted({round(i * (len(failed) - 1) / max(1, count - 1)) for i in range(count)})
    sample = [failed[i] for i in picks]  # spread over the failing ports, ends included

    def second_chances(
        chosen: Sequence[PortCheck], spread: float = SLOW_WITNESS_SPREAD, slots: int = 0
    ) -> None:
        """``_Scan._second_chances``: a port is skipped while busy or once passed."""
        busy: set[int] = set()
        start = world.now

        def one(check: PortCheck, delay: float) -> Job:
            yield start + delay
            sequence = sequences[check.port]
            request = sequence.second_chance()
            if request is None or check.port in busy:
                return None
            busy.add(check.port)
            try:
                run.witnessed.append(check.port)
                record(check.port, request, sequence.step(Test.TEST1).mapped)
                answer = yield from ask(world, check.port, request, timeout, pacer)
                sequence.record(request, answer)
            finally:
                busy.discard(check.port)
            if answer.answered:
                sequence.settle_second_chance(rate_dependent=False)
            return None

        turns = max(slots, len(chosen))
        spacing = spread / turns
        jobs = [one(chosen[i % len(chosen)], i * spacing) for i in range(turns)]
        run_jobs(world, jobs)

    second_chances(sample, slots=SLOW_WITNESS_SAMPLE)
    run.rate_dependent = any(run.finding(c.port).outcome is Outcome.PASS for c in sample)
    # Every port still failing gets a turn, the sample's too.
    rest = [c for c in failed if run.finding(c.port).outcome is Outcome.NOT_FORWARDED]
    if run.rate_dependent and rest:
        again = rest[:SLOW_WITNESS_MAX]
        second_chances(again, spread=len(again) / SLOW_WITNESS_PACE)
    for check in failed:
        sequences[check.port].settle_second_chance(run.rate_dependent)
