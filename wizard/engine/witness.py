"""The responder's side of a scan: its UDP probes as a second witness of test 2, its TCP
connect-backs, and the SIP ALG echo (``wizard.responder.protocol`` is the wire format).

The I/O is ``run_witness``; what the evidence means is decided by the pure functions
below it (``udp_silences``, ``tcp_result``) and by ``classify.with_responder``.

What the responder's evidence can and cannot show, and how each doubt is met:

- A UDP probe that arrives came from an address and port the checked port never sent to
  (the responder opens a fresh probe port for each control connection): the router let
  an unsolicited datagram in on that public port. Unless our own pre-open crossed the
  router (the responder reports what its probe port heard from us) or the port reached
  the responder's address shortly before (the contact log): then it proves nothing.
- A probe that does not arrive proves something only where the responder's datagrams
  reach this computer at that moment (control datagrams from a port of ours, answered
  once each, measure it), after enough copies for the loss they show, not at a pace a
  flood protection could have punished (a slow sample), and where this computer's own
  firewall could not have dropped it (the pre-open, ``classify.silence_trusted``).
- A TCP connect-back that reaches our listener, or appears in this computer's socket
  table where a service of ours holds the port, passes. One the responder saw accepted
  but that reached neither went to another device. One that was refused or timed out is
  the router's only where this computer's firewall lets new TCP connections in.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import socket
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from wizard.engine import sipalg
from wizard.engine.classify import spread_sample
from wizard.engine.contacts import ContactLog
from wizard.engine.interfaces import source_address
from wizard.engine.model import (
    Address,
    BindFailure,
    FirewallInbound,
    HostFirewall,
    Outcome,
    PortResult,
    ProcessInfo,
    Protocol,
    Reason,
    Requirement,
    ResponderError,
    ResponderStatus,
    SipAlg,
    SipChange,
    SipProblem,
    TcpSeen,
)
from wizard.engine.resolve import parse_responder
from wizard.engine.transport import bind_failure, can_preopen, open_probe_socket, send_with_ttl
from wizard.responder import protocol as proto
from wizard.responder.protocol import DEFAULT_CONTROL_PORT

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5.0  # seconds for the control connection
ANSWER_TIMEOUT = 15.0  # seconds for the next message of a request in progress
GRACE = 0.8  # seconds after the last copy went out for it to arrive
CONTROL_INTERVAL = 0.1  # seconds between control datagrams
RATE_LIMIT_WAIT = 3.5  # seconds to wait when the responder says "too many requests"
RATE_LIMIT_TRIES = 20
# A silent port counts against the router only when the chance that every copy of the
# probe was lost, by the loss the controls showed, is below this across all silent ports.
SILENCE_DOUBT = 0.01
MAX_ROUNDS = 4  # rounds of copies for silent ports, at most
# Silent ports asked again one request at a time, after the others: a flood or port-scan
# protection drops a burst of new inbound flows, never a single one.
SLOW_SAMPLE = 4
SLOW_SPACING = 1.0  # seconds between the sample's requests
TCP_READ = 3.0  # seconds a connection to our listener has to bring its payload
TABLE_POLL = 0.1  # seconds between looks at the socket table
SIP_TRIES = 3
SIP_WAIT = 1.0  # seconds for the echo of one SIP send


@dataclass(frozen=True)
class ResponderSettings:
    """What the check asks of a responder.

    ``spec``: HOST[:PORT] as the technician gave it (port ``DEFAULT_CONTROL_PORT`` when
    none); ``secret``: the shared secret, if the responder wants one; ``tcp_ports``: the
    TCP ports to connect back to; ``sip_port``: the product's SIP port for the ALG test
    (None: no ALG test), also over TCP when ``sip_tcp``."""

    spec: str
    secret: bytes | None = None
    tcp_ports: tuple[int, ...] = ()
    sip_port: int | None = 5060
    sip_tcp: bool = False


# ---------------------------------------------------------------- evidence


@dataclass
class UdpEvidence:
    """What the responder's UDP probes showed, by port, before any judging."""

    arrived: set[int] = field(default_factory=set)
    silent: dict[int, int] = field(default_factory=dict)  # port -> copies sent in vain
    recent: set[int] = field(default_factory=set)  # reached the responder's address lately
    crossed: bool = False  # a pre-open of ours reached the responder's probe port
    controls_sent: int = 0
    controls_answered: int = 0
    rate_dependent: bool = False  # a silent port passed when asked alone
    preopen_failed: set[int] = field(default_factory=set)
    unbound: dict[int, BindFailure] = field(default_factory=dict)


_SILENT_TCP = (TcpSeen.TIMEOUT, TcpSeen.REFUSED, TcpSeen.UNREACHABLE)


@dataclass(frozen=True)
class TcpEvidence:
    port: int
    listened: bool  # the check listened on the port itself
    holder: ProcessInfo | None = None  # a program of this computer's holds the port
    bind: BindFailure | None = None  # why the check could not listen, if it could not
    seen: TcpSeen | None = None  # what the responder saw; None: it never said
    arrived: bool = False  # the responder's connection reached our listener
    in_table: bool | None = None  # held: its connection was in the socket table (None: unreadable)
    loopback_only: bool = False  # held by a program that listens on this computer alone
    attempts: int = 1  # rounds of connect-backs asked for this port

    @property
    def passed(self) -> bool:
        return self.arrived or self.in_table is True

    @property
    def silent(self) -> bool:
        """Nothing answered the responder, or something refused it, and it did not arrive."""
        return not self.passed and self.seen in _SILENT_TCP


@dataclass
class WitnessReport:
    status: ResponderStatus
    udp: UdpEvidence = field(default_factory=UdpEvidence)
    tcp: tuple[TcpEvidence, ...] = ()
    sip: SipAlg | None = None
    tcp_rate_dependent: bool = False  # a silent TCP port was reached when asked alone
    loss: float = 1.0  # the one-way loss bound the evidence is weighed against


def one_way_loss(sent: int, answered: int) -> float:
    """An upper estimate of the one-way loss of the responder's datagrams, from control
    round trips: every lost round trip counted as a lost probe, plus the rule of three
    (a 95 % bound when none was lost)."""
    if sent <= 0:
        return 1.0
    return min(1.0, (sent - answered + 3) / (sent + 3))


def udp_silences(evidence: UdpEvidence) -> dict[int, bool | None]:
    """The responder's word on each asked UDP port: True (its probe arrived), False (none
    of enough copies arrived, on a path shown to carry them), None (it proves nothing).

    None for all when a pre-open crossed (an arrival may ride on its state) or nothing
    from the responder reached us; None for silent ports when a single one arrived
    where a burst did not (a protection against floods), or when the copies were too few
    for the loss the controls showed."""
    words: dict[int, bool | None] = {port: None for port in evidence.recent}
    if evidence.crossed or evidence.controls_answered == 0:
        for port in (*evidence.arrived, *evidence.silent):
            words[port] = None
        return words
    for port in evidence.arrived:
        words[port] = True
    loss = one_way_loss(evidence.controls_sent, evidence.controls_answered)
    silent = [p for p in evidence.silent if p not in evidence.arrived]
    for port in silent:
        doubt = len(silent) * loss ** evidence.silent[port]
        words[port] = None if evidence.rate_dependent or doubt > SILENCE_DOUBT else False
    return words


def copies_needed(loss: float, silent: int) -> int:
    """Copies each silent port needs so that losing all of them, for any of ``silent``
    ports, is less likely than ``SILENCE_DOUBT``."""
    if loss <= 0.0:
        return 1
    if loss >= 1.0:
        return 10**6
    return max(1, math.ceil(math.log(SILENCE_DOUBT / max(1, silent)) / math.log(loss)))


def tcp_firewall_open(firewall: HostFirewall | None) -> bool:
    """Whether this computer's firewall, as read, lets new inbound TCP connections in:
    not read (every silence the router's, as for UDP), off, open by default, or, where
    its TCP rules were read (Windows, ``HostFirewall.tcp_open``), an allow rule lets this
    program in on every port."""
    if firewall is None or firewall.enabled is False or firewall.tcp_open:
        return True
    return firewall.inbound is FirewallInbound.OPEN and firewall.default_inbound_block is False


def tcp_doubt(loss: float, silent: int, attempts: int) -> float:
    """The chance that the link alone lost every connection attempt to some silent TCP
    port: each round the responder's system sends two SYNs in its time-out, and a SYN or
    its answer may be lost (``loss`` one way)."""
    exchange = 1.0 - (1.0 - loss) ** 2
    return silent * exchange ** (2 * attempts)


def tcp_results(
    report: WitnessReport, firewall_open: bool, asked: Sequence[int] = ()
) -> tuple[PortResult, ...]:
    """Every TCP port's result: those the responder reported on, weighed against the
    link's loss and a pace-dependent block, and the ``asked`` ports it never reached
    (``inconclusive``, ``responder_failed``)."""
    silent = [e for e in report.tcp if e.silent]
    found = []
    for evidence in report.tcp:
        doubt = tcp_doubt(report.loss, len(silent), evidence.attempts)
        found.append(
            tcp_result(
                evidence,
                firewall_open,
                link_explains=doubt > SILENCE_DOUBT,
                rate_dependent=report.tcp_rate_dependent,
            )
        )
    known = {e.port for e in report.tcp}
    for port in asked:
        if port not in known:
            found.append(tcp_result(TcpEvidence(port, True), firewall_open))
    return tuple(found)


def tcp_result(
    evidence: TcpEvidence,
    firewall_open: bool,
    *,
    link_explains: bool = False,
    rate_dependent: bool = False,
) -> PortResult:
    """The result of one TCP port from what the connect-backs showed. Pure."""
    outcome, reason, arrived = _tcp_outcome(evidence, firewall_open)
    if evidence.silent and outcome is not Outcome.NO_PERMISSION:
        if rate_dependent:
            outcome, reason, arrived = Outcome.INCONCLUSIVE, Reason.RATE_LIMITED, None
        elif link_explains:
            outcome, reason, arrived = Outcome.INCONCLUSIVE, Reason.LINK_LOSS, None
        elif evidence.loopback_only:
            outcome, reason, arrived = Outcome.INCONCLUSIVE, Reason.LOCAL_SERVICE_LOOPBACK, None
    return PortResult(
        port=evidence.port,
        requirement=Requirement.INBOUND_TCP,
        outcome=outcome,
        mapped=None,
        test1=None,
        test2=None,
        process=evidence.holder,
        protocol=Protocol.TCP,
        reason=reason,
        responder=arrived,
        tcp_seen=evidence.seen,
    )


def _tcp_outcome(e: TcpEvidence, firewall_open: bool) -> tuple[Outcome, Reason | None, bool | None]:
    if not e.listened and e.holder is None:
        if e.bind is BindFailure.NO_PERMISSION:
            return Outcome.NO_PERMISSION, None, None
        return Outcome.INCONCLUSIVE, Reason.BIND_ERROR, None
    if e.passed:
        return Outcome.PASS, None, True
    if e.seen is None or e.seen is TcpSeen.ERROR:
        return Outcome.INCONCLUSIVE, Reason.RESPONDER_FAILED, None
    if e.seen is TcpSeen.CONNECTED:
        if not e.listened and e.in_table is None:
            return Outcome.INCONCLUSIVE, Reason.LOCAL_SERVICE_UNSEEN, None
        # Accepted, but not here: the router's own service, or a forward to another host.
        return Outcome.NOT_FORWARDED, None, False
    if firewall_open:
        return Outcome.NOT_FORWARDED, None, False
    return Outcome.BLOCKED_ON_THIS_COMPUTER, None, None


# ---------------------------------------------------------------- I/O


class _Failed(Exception):
    def __init__(self, error: ResponderError, detail: str = "") -> None:
        super().__init__(detail)
        self.error = error
        self.detail = detail


class _Sink(asyncio.DatagramProtocol):
    """A UDP socket that keeps the nonces of the responder's probes to its own port."""

    def __init__(self, port: int, responder_ip: str) -> None:
        self.port = port
        self.responder_ip = responder_ip
        self.got: dict[str, set[int]] = {}  # nonce -> copies
        self.controls: dict[str, set[int]] = {}  # nonce -> control numbers answered
        self.control_public: int | None = None  # our public port, as the responder saw it
        self.transport: asyncio.DatagramTransport | None = None
        self.sock: socket.socket | None = None
        self.error: Exception | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self._closed = asyncio.get_running_loop().create_future()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self._closed.done():
            self._closed.set_result(None)

    def error_received(self, exc: Exception) -> None:
        self.error = exc

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        probe = proto.parse_probe(data)
        if probe is None or addr[0] != self.responder_ip:
            return
        if probe.kind == proto.ProbeKind.UDP:
            self.got.setdefault(probe.nonce, set()).add(probe.copy)
        elif probe.kind == proto.ProbeKind.CONTROL:
            self.controls.setdefault(probe.nonce, set()).add(probe.copy)
            self.control_public = probe.port

    def send(self, payload: bytes, peer: tuple[str, int], ttl: int | None = None) -> bool:
        sock, transport = self.sock, self.transport
        if sock is None or transport is None or transport.is_closing():
            return False
        try:
            if ttl is None:
                transport.sendto(payload, peer)
                return True
            if not can_preopen(sock):
                return False
            send_with_ttl(sock, payload, peer, ttl)
        except OSError as exc:
            log.debug("Send from port %d to %s failed: %s", self.port, peer, exc)
            return False
        return True

    async def aclose(self) -> None:
        """Close the socket and wait until it is closed: its port may be bound again."""
        if self.transport is not None:
            self.transport.close()
            await self._closed


async def _open_sink(sock: socket.socket, port: int, responder_ip: str) -> _Sink:
    loop = asyncio.get_running_loop()
    _, sink = await loop.create_datagram_endpoint(lambda: _Sink(port, responder_ip), sock=sock)
    sink.sock = sock
    return sink


class _Channel:
    """The control connection: one request at a time, its messages as they come."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        hello: proto.Hello,
        secret: bytes | None,
    ) -> None:
        self.reader, self.writer, self.hello, self.secret = reader, writer, hello, secret
        self._lines = proto.LineReader()
        self._pending: list[bytes] = []

    async def _message(self) -> proto.ServerMessage:
        while not self._pending:
            try:
                data = await asyncio.wait_for(self.reader.read(4096), ANSWER_TIMEOUT)
            except (TimeoutError, OSError) as exc:
                raise _Failed(ResponderError.BAD_ANSWER, str(exc) or "no answer") from None
            if not data:
                raise _Failed(ResponderError.BAD_ANSWER, "the responder closed the connection")
            try:
                self._pending.extend(self._lines.feed(data))
            except proto.ProtocolError as exc:
                raise _Failed(ResponderError.BAD_ANSWER, exc.detail) from None
        line = self._pending.pop(0)
        try:
            return proto.parse_server_message(line)
        except proto.ProtocolError as exc:
            raise _Failed(ResponderError.BAD_ANSWER, exc.detail) from None

    async def request(
        self,
        udp: Sequence[int] = (),
        tcp: Sequence[int] = (),
        sip: bool = False,
        on_accepted: Callable[[str], None] | None = None,
    ) -> tuple[str, list[proto.ServerMessage]]:
        """Send one request and read its messages up to ``Done``; waits and tries again
        while the responder says it is asked too often."""
        for _ in range(RATE_LIMIT_TRIES):
            nonce = proto.new_nonce()
            request = proto.ProbeRequest(nonce, tuple(udp), tuple(tcp), sip, int(time.time()))
            if self.secret is not None:
                request = proto.sign(request, self.secret)
            try:
                self.writer.write(request.encode())
                await self.writer.drain()
            except OSError as exc:
                raise _Failed(ResponderError.BAD_ANSWER, str(exc)) from None
            messages: list[proto.ServerMessage] = []
            while True:
                message = await self._message()
                if isinstance(message, proto.Error):
                    break
                if getattr(message, "nonce", None) != nonce:
                    continue
                if isinstance(message, proto.Accepted) and on_accepted is not None:
                    on_accepted(nonce)
                messages.append(message)
                if isinstance(message, proto.Done):
                    return nonce, messages
            if message.code is proto.ErrorCode.RATE_LIMITED:
                await asyncio.sleep(RATE_LIMIT_WAIT)
                continue
            if message.code is proto.ErrorCode.BUSY:
                raise _Failed(ResponderError.BUSY, message.detail)
            if message.code in (
                proto.ErrorCode.UNAUTHORIZED,
                proto.ErrorCode.STALE,
                proto.ErrorCode.REPLAYED,
            ):
                raise _Failed(ResponderError.UNAUTHORIZED, f"{message.code}: {message.detail}")
            raise _Failed(ResponderError.BAD_ANSWER, f"{message.code}: {message.detail}")
        raise _Failed(ResponderError.RATE_LIMITED, "the responder kept refusing")

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(OSError, asyncio.TimeoutError):
            await asyncio.wait_for(self.writer.wait_closed(), 1.0)


async def _connect(settings: ResponderSettings, local_ip: str) -> tuple[_Channel, Address]:
    spec = parse_responder(settings.spec)
    host, port = spec.host, spec.port
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(host, port, family=socket.AF_INET, type=socket.SOCK_STREAM),
            CONNECT_TIMEOUT,
        )
    except (TimeoutError, OSError) as exc:
        raise _Failed(ResponderError.NAME_NOT_FOUND, str(exc) or "no answer") from None
    ip = infos[0][4][0]
    local = None if local_ip in ("", "0.0.0.0") else (local_ip, 0)
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(ip, port, local_addr=local, limit=proto.MAX_LINE),
            CONNECT_TIMEOUT,
        )
    except (TimeoutError, OSError) as exc:
        raise _Failed(ResponderError.UNREACHABLE, str(exc) or "timed out") from None
    channel = _Channel(reader, writer, proto.Hello(("0.0.0.0", 1), 1, None, False), settings.secret)
    try:
        hello = await channel._message()
    except BaseException:
        await channel.close()
        raise
    if not isinstance(hello, proto.Hello):
        await channel.close()
        raise _Failed(ResponderError.BAD_ANSWER, "no greeting")
    if hello.auth and settings.secret is None:
        await channel.close()
        raise _Failed(ResponderError.UNAUTHORIZED, "the responder wants a secret")
    channel.hello = hello
    return channel, Address(ip, port)


@dataclass
class _Context:
    channel: _Channel
    responder_ip: str
    local_ip: str
    platform: str
    preopen: bool
    log: ContactLog | None
    # The control ports of this connection so far, local and public: the responder's
    # probe port hears them by design, and nothing else of ours.
    controls: set[int] = field(default_factory=set)


async def run_witness(
    settings: ResponderSettings,
    udp_ports: Sequence[int],
    *,
    local_ip: str = "0.0.0.0",
    platform: str = sys.platform,
    preopen: bool = True,
    prior: ContactLog | None = None,
    log_to: ContactLog | None = None,
    wall: float | None = None,
    on_progress: Callable[[int], None] | None = None,
    phase: Callable[[str, int], None] | None = None,
    link: tuple[int, int] = (0, 0),
) -> WitnessReport:
    """Ask the responder to probe ``udp_ports`` and ``settings.tcp_ports`` from outside,
    then run the SIP ALG test; never raises for what the responder or the network does
    (the report's status says it). ``prior``: the contact log as the check found it
    (ports that reached the responder's address lately are not asked); ``log_to``: where
    this run's contacts are written. ``phase(name, count)`` is called as the UDP, TCP and
    SIP parts start; ``on_progress(done)`` as ports are done. ``link``: (sent, answered)
    of the scan's own control requests, to weigh silent TCP ports against the loss. What
    was found before the responder failed is kept."""
    wall = time.time() if wall is None else wall
    try:
        channel, address = await _connect(settings, local_ip)
    except _Failed as failed:
        return WitnessReport(
            ResponderStatus(settings.spec, error=failed.error, detail=failed.detail)
        )
    except proto.ProtocolError as exc:
        return WitnessReport(
            ResponderStatus(settings.spec, error=ResponderError.BAD_ANSWER, detail=exc.detail)
        )
    status = ResponderStatus(settings.spec, address=address, public_ip=channel.hello.you[0])
    context = _Context(channel, address.ip, local_ip, platform, preopen, log_to)
    report = WitnessReport(status)
    done = 0

    def progress(count: int) -> None:
        nonlocal done
        done += count
        if on_progress is not None:
            on_progress(done)

    try:
        # A port that sent to the responder's address, in an earlier check or in this one
        # (a STUN server on the same host as the responder), may have left state there
        # that lets any port of that address in: an address-restricted router.
        now = time.time()
        recent = {
            p
            for p in udp_ports
            if (prior is not None and prior.reached_ip(p, address.ip, wall))
            or (log_to is not None and log_to.reached_ip(p, address.ip, now))
        }
        asked = [p for p in udp_ports if p not in recent]
        if phase is not None:
            phase("udp", len(udp_ports) + len(settings.tcp_ports))
        report.udp.recent |= recent
        if asked:
            await _udp_witness(context, asked, progress, report.udp)
        if report.udp.controls_sent and report.udp.controls_answered == 0:
            report.status = ResponderStatus(
                settings.spec,
                address=address,
                public_ip=channel.hello.you[0],
                error=ResponderError.UNHEARD,
            )
        sent = link[0] + report.udp.controls_sent
        report.loss = one_way_loss(sent, link[1] + report.udp.controls_answered)
        if settings.tcp_ports:
            await _tcp_witness(context, settings.tcp_ports, progress, report)
        if settings.sip_port is not None:
            if phase is not None:
                phase("sip", 1)
            report.sip = await _sip_alg(context, settings)
    except _Failed as failed:
        report.status = ResponderStatus(
            settings.spec,
            address=address,
            public_ip=channel.hello.you[0],
            error=failed.error,
            detail=failed.detail,
        )
    finally:
        await channel.close()
    return report


# ---------------------------------------------------------------- UDP


async def _udp_witness(
    context: _Context,
    ports: Sequence[int],
    progress: Callable[[int], None],
    evidence: UdpEvidence,
) -> None:
    """The responder's UDP probes to ``ports``, into ``evidence`` as they come (so what
    was found stays if the responder fails later)."""
    chunk = max(1, context.channel.hello.max_udp - 1)  # one place for nothing else
    for start in range(0, len(ports), chunk):
        await _udp_chunk(context, list(ports[start : start + chunk]), evidence, len(ports))
        progress(min(chunk, len(ports) - start))
    silent = [p for p in evidence.silent if p not in evidence.arrived]
    if silent and not evidence.crossed and evidence.controls_answered:
        await _slow_sample(context, silent, evidence)


async def _udp_chunk(
    context: _Context, ports: list[int], evidence: UdpEvidence, total: int
) -> None:
    """Bind ``ports``, then ask the responder for rounds of probes until each port either
    got one or has had the copies the controls' loss demands of a silence among ``total``
    ports (``udp_silences`` weighs each against all of them)."""
    sinks: dict[int, _Sink] = {}
    try:
        for port in ports:
            try:
                sock = open_probe_socket(port, context.local_ip, context.platform)
            except OSError as exc:
                evidence.unbound[port] = bind_failure(exc, context.platform)
                continue
            sinks[port] = await _open_sink(sock, port, context.responder_ip)
        waiting = list(sinks)
        for _ in range(MAX_ROUNDS):
            if not waiting:
                break
            await _udp_round(context, {p: sinks[p] for p in waiting}, evidence)
            loss = one_way_loss(evidence.controls_sent, evidence.controls_answered)
            silent = [p for p in waiting if p not in evidence.arrived]
            if evidence.crossed or not evidence.controls_answered:
                break
            need = copies_needed(loss, max(len(silent), total))
            waiting = [p for p in silent if evidence.silent.get(p, 0) < need]
    finally:
        for sink in sinks.values():
            await sink.aclose()


async def _udp_round(context: _Context, sinks: Mapping[int, _Sink], evidence: UdpEvidence) -> None:
    hello = context.channel.hello
    peer = (context.responder_ip, hello.probe_port)
    control_sock = open_probe_socket(0, context.local_ip, context.platform)
    control = await _open_sink(control_sock, control_sock.getsockname()[1], context.responder_ip)
    now = time.time()
    try:
        # Towards this computer itself nothing is in between to open (and a TTL-1 datagram
        # would arrive: loopback counts no hops).
        if context.preopen and not context.responder_ip.startswith("127."):
            for port, sink in sinks.items():
                if not sink.send(
                    proto.probe_payload(proto.ProbeKind.UDP, "00" * 16, port), peer, ttl=1
                ):
                    evidence.preopen_failed.add(port)
        if context.log is not None:
            for port in sinks:
                context.log.invited(port, Address(*peer), now)
        sent_controls = 0
        started = asyncio.Event()
        nonce_box: list[str] = []

        def accepted(nonce: str) -> None:
            nonce_box.append(nonce)
            started.set()

        async def controls() -> None:
            # Numbered from 0, fewer than 256 a request: each answer names its own.
            nonlocal sent_controls
            await started.wait()
            while sent_controls < min(proto.MAX_CONTROLS, 255):
                payload = proto.probe_payload(
                    proto.ProbeKind.CONTROL, nonce_box[0], control.port, sent_controls
                )
                if control.send(payload, peer):
                    sent_controls += 1
                await asyncio.sleep(CONTROL_INTERVAL)

        sender = asyncio.ensure_future(controls())
        try:
            nonce, messages = await context.channel.request(udp=list(sinks), on_accepted=accepted)
        finally:
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sender
        await asyncio.sleep(GRACE)  # the last copies, and the last controls' answers
        if context.log is not None:
            context.log.sent(control.port, Address(*peer), time.time())
        copies = proto.UDP_COPIES
        heard: set[int] = set()
        for message in messages:
            if isinstance(message, proto.UdpSent):
                copies = message.copies
                heard |= set(message.heard)
        answered = len(control.controls.get(nonce, ()))
        evidence.controls_sent += sent_controls
        evidence.controls_answered += min(answered, sent_controls)
        context.controls |= {control.control_public, control.port} - {None}
        if heard - context.controls:
            evidence.crossed = True  # a pre-open reached the responder: state on the way
        for port, sink in sinks.items():
            if sink.got.get(nonce):
                evidence.arrived.add(port)
                evidence.silent.pop(port, None)
            elif port not in evidence.arrived:
                evidence.silent[port] = evidence.silent.get(port, 0) + copies
    finally:
        await control.aclose()


async def _slow_sample(context: _Context, silent: list[int], evidence: UdpEvidence) -> None:
    """A few silent ports, one per request, a second apart: if one passes alone, the
    others' silence may be a protection against bursts, not a missing forward."""
    for port in spread_sample(silent, SLOW_SAMPLE):
        try:
            sock = open_probe_socket(port, context.local_ip, context.platform)
        except OSError:
            continue
        sink = await _open_sink(sock, port, context.responder_ip)
        try:
            before = set(evidence.arrived)
            await _udp_round(context, {port: sink}, evidence)
            if port in evidence.arrived and port not in before:
                evidence.rate_dependent = True
        finally:
            await sink.aclose()
        await asyncio.sleep(SLOW_SPACING)


# ---------------------------------------------------------------- TCP


async def _tcp_witness(
    context: _Context,
    ports: Sequence[int],
    progress: Callable[[int], None],
    report: WitnessReport,
) -> None:
    """Connect-backs to ``ports``, into ``report.tcp`` as they come. A silent port (timed
    out, refused) is asked again while the link's loss could explain its silence; where
    some ports were reached and others not, a few silent ones are asked alone, a second
    apart: reached alone, the others' silence may be a protection against bursts."""
    found: dict[int, TcpEvidence] = {}

    async def ask(batch: Sequence[int]) -> None:
        chunk = max(1, context.channel.hello.max_tcp)
        for start in range(0, len(batch), chunk):
            for e in await _tcp_chunk(context, list(batch[start : start + chunk])):
                before = found.get(e.port)
                if before is not None:
                    e = replace(e, attempts=before.attempts + 1)
                    if before.passed and not e.passed:
                        e = before  # a pass stands
                found[e.port] = e
            report.tcp = tuple(found[p] for p in ports if p in found)

    await ask(ports)
    progress(len(ports))
    for _ in range(2):
        silent = [p for p in ports if found[p].silent]
        if not silent or tcp_doubt(report.loss, len(silent), found[silent[0]].attempts) <= (
            SILENCE_DOUBT
        ):
            break
        await ask(silent)
    silent = [p for p in ports if found[p].silent]
    if silent and any(e.passed for e in found.values()):
        for port in spread_sample(silent, SLOW_SAMPLE):
            await asyncio.sleep(SLOW_SPACING)
            await ask([port])
            if found[port].passed:
                report.tcp_rate_dependent = True


def tcp_listen_socket(port: int, host: str, platform: str = sys.platform) -> socket.socket:
    """A listening TCP socket on exactly ``host:port``: exclusive on Windows (never
    SO_REUSEADDR there, which would let it slip beside a service holding the port);
    SO_REUSEADDR on other systems, where it only lets the bind pass over connections
    of an earlier check still in TIME_WAIT, never beside another listener."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        if platform == "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
        else:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(16)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def tcp_listener(
    port: int, connections: Callable[[], Iterable] | None = None
) -> tuple[ProcessInfo | None, bool]:
    """The program listening on TCP ``port`` (by psutil; None when none is found or the
    table cannot be read), and whether every listener there is bound to a loopback
    address (127.0.0.1, ::1): a service that connections from the network never reach,
    whatever the router forwards. One read of the socket table for both."""
    import psutil

    try:
        rows = (connections or (lambda: psutil.net_connections("tcp")))()
    except (psutil.Error, OSError):
        return None, False
    listening = [
        row
        for row in rows
        if row.status == psutil.CONN_LISTEN and row.laddr and row.laddr.port == port
    ]
    if not listening:
        return None, False
    pid = listening[0].pid
    name = None
    if pid:
        with contextlib.suppress(psutil.Error):
            name = psutil.Process(pid).name()
    loopback = all(r.laddr.ip.startswith("127.") or r.laddr.ip == "::1" for r in listening)
    return ProcessInfo(pid, name), loopback


def _key(row) -> tuple:
    return (row.laddr.ip, row.laddr.port, row.raddr.ip, row.raddr.port)


def table_sees(
    rows: Iterable, port: int, responder_ip: str, from_port: int | None, before: Iterable = ()
) -> bool | None:
    """Whether the socket table showed the responder's connection to ``port`` (a local
    service's): a connection on that local port that was not there ``before`` the
    request, from the responder's address and the source port it reported. False when
    no new connection reached the port at all; None when one did from elsewhere (a
    router that also changed the source address and port): it may be the responder's."""
    old = {_key(row) for row in before if row.laddr and row.raddr}
    new = [
        row
        for row in rows
        if row.laddr and row.raddr and row.laddr.port == port and _key(row) not in old
    ]
    if any(row.raddr.ip == responder_ip and row.raddr.port == from_port for row in new):
        return True
    if any(from_port is not None and row.raddr.port == from_port for row in new):
        return True  # the address changed on the way in, the port did not
    return None if new else False


async def _tcp_chunk(context: _Context, ports: list[int]) -> list[TcpEvidence]:
    import psutil

    servers: dict[int, asyncio.AbstractServer] = {}
    arrived: set[int] = set()
    held: dict[int, ProcessInfo | None] = {}
    loopback: set[int] = set()  # held ports whose program listens on loopback alone
    failures: dict[int, BindFailure] = {}
    rows_seen: list = []
    unreadable = False

    peers: dict[int, set[int]] = {}  # port -> source ports of connections accepted
    handlers: set[asyncio.Task] = set()

    async def handle(port: int, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            handlers.add(task)
        peer = writer.get_extra_info("peername")
        if peer:
            peers.setdefault(port, set()).add(peer[1])
        try:
            data = await asyncio.wait_for(reader.readexactly(proto.PROBE_SIZE), TCP_READ)
            probe = proto.parse_probe(data)
            if probe is not None and probe.kind == proto.ProbeKind.TCP and probe.nonce in nonces:
                arrived.add(port)
        except (TimeoutError, OSError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    nonces: set[str] = set()
    try:
        for port in ports:
            try:
                sock = tcp_listen_socket(port, context.local_ip, context.platform)
            except OSError as exc:
                failure = bind_failure(exc, context.platform)
                # Linux refuses ports below 1024 to a user before it looks whether one is
                # in use: a listener found there holds it all the same.
                if failure in (BindFailure.IN_USE, BindFailure.NO_PERMISSION):
                    holder, on_loopback = await asyncio.to_thread(tcp_listener, port)
                    if holder is not None or failure is BindFailure.IN_USE:
                        held[port] = holder or ProcessInfo(None, None)
                        if on_loopback:
                            loopback.add(port)
                        continue
                failures[port] = failure
                continue
            servers[port] = await asyncio.start_server(
                lambda r, w, port=port: handle(port, r, w), sock=sock
            )
        asked = [p for p in ports if p in servers or p in held]
        results: dict[int, proto.TcpResult] = {}
        watching = asyncio.Event()

        async def watch() -> None:
            nonlocal unreadable
            while not watching.is_set():
                try:
                    rows = await asyncio.to_thread(psutil.net_connections, "tcp")
                except (psutil.Error, OSError):
                    unreadable = True
                    return
                rows_seen.extend(r for r in rows if r.laddr and r.laddr.port in held and r.raddr)
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(watching.wait(), TABLE_POLL)

        before: list = []
        if held:
            try:
                before = await asyncio.to_thread(psutil.net_connections, "tcp")
            except (psutil.Error, OSError):
                unreadable = True
        watcher = asyncio.ensure_future(watch()) if held and not unreadable else None
        try:
            if asked:
                nonce, messages = await context.channel.request(tcp=asked, on_accepted=nonces.add)
                for message in messages:
                    if isinstance(message, proto.TcpResult):
                        results[message.port] = message
                # A payload still on its way (a lost segment sent again) reaches its
                # handler; the connection itself counts already.
                await asyncio.sleep(0.3)
                pending = [t for t in handlers if not t.done()]
                if pending:
                    await asyncio.wait(pending, timeout=TCP_READ)
        finally:
            watching.set()
            if watcher is not None:
                await watcher
            # A connection that never brought its payload is closed now, quietly: the
            # check must not end with reads still waiting on a closed loop.
            for task in handlers:
                task.cancel()
            await asyncio.gather(*handlers, return_exceptions=True)
        found = []
        for port in ports:
            result = results.get(port)
            seen = TcpSeen(str(result.state)) if result is not None else None
            if port in held:
                in_table: bool | None = None
                if not unreadable:
                    in_table = table_sees(
                        rows_seen,
                        port,
                        context.responder_ip,
                        result.from_port if result else None,
                        before,
                    )
                found.append(
                    TcpEvidence(
                        port,
                        False,
                        holder=held[port],
                        seen=seen,
                        in_table=in_table,
                        loopback_only=port in loopback,
                    )
                )
            elif port in servers:
                # The nonce arrived, or a connection from the port the responder connected
                # from was accepted here (its payload may come too late to count).
                from_port = result.from_port if result is not None else None
                reached = port in arrived or (
                    from_port is not None and from_port in peers.get(port, ())
                )
                found.append(TcpEvidence(port, True, seen=seen, arrived=reached))
            else:
                found.append(TcpEvidence(port, False, bind=failures.get(port)))
        return found
    finally:
        for server in servers.values():
            server.close()
        for server in servers.values():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 1.0)


# ---------------------------------------------------------------- SIP ALG


async def _sip_alg(context: _Context, settings: ResponderSettings) -> SipAlg:
    hello = context.channel.hello
    if hello.sip_port is None or settings.sip_port is None:
        return SipAlg(tested=False, problem=SipProblem.NO_RESPONDER)
    nonce, _ = await context.channel.request(sip=True)
    target = (context.responder_ip, hello.sip_port)
    lan_ip = await asyncio.to_thread(source_address, target, context.local_ip) or context.local_ip
    changes: list[SipChange] = []
    transports: list[Protocol] = []
    missing: SipProblem | None = None
    udp_changes, from_port, moved = await _sip_udp(
        context, settings.sip_port, lan_ip, nonce, target
    )
    transports.append(Protocol.UDP)
    if udp_changes is None:
        missing = SipProblem.NO_ECHO
    else:
        changes += udp_changes
    if settings.sip_tcp:
        tcp_changes, tcp_problem = await _sip_tcp(context, lan_ip, nonce, target)
        transports.append(Protocol.TCP)
        if tcp_changes is None:
            missing = missing or tcp_problem
        else:
            changes += tcp_changes
    if changes:  # a change seen is a finding, whatever else could not be told
        detected, problem = True, None
    elif missing is not None:
        detected, problem = None, missing
    else:
        # Unchanged. From another port than the product's (the PBX holds it), a helper
        # that watches only the PBX's own port may not have looked: said beside it.
        detected, problem = False, SipProblem.PORT_IN_USE if moved else None
    return SipAlg(
        tested=True,
        detected=detected,
        changed=tuple(changes),
        transports=tuple(transports),
        from_port=from_port,
        problem=problem,
    )


async def _sip_udp(
    context: _Context, sip_port: int, lan_ip: str, nonce: str, target: tuple[str, int]
) -> tuple[list[SipChange] | None, int, bool]:
    moved = False
    try:
        sock = open_probe_socket(sip_port, context.local_ip, context.platform)
    except OSError:
        sock = open_probe_socket(0, context.local_ip, context.platform)
        moved = True
    port = sock.getsockname()[1]
    loop = asyncio.get_running_loop()
    echo: asyncio.Future[bytes] = loop.create_future()

    class Echo(asyncio.DatagramProtocol):
        def datagram_received(self, data: bytes, addr: tuple) -> None:
            if addr[0] != target[0] or echo.done():
                return
            plain = proto.mask(data, nonce)
            if proto.sip_nonce(plain) == nonce:
                echo.set_result(plain)

    transport, _ = await loop.create_datagram_endpoint(Echo, sock=sock)
    message = sipalg.options_request(lan_ip, port, nonce, target, transport=Protocol.UDP)
    try:
        if context.log is not None:
            context.log.sent(port, Address(*target), time.time())
        for _ in range(SIP_TRIES):
            transport.sendto(message, target)
            with contextlib.suppress(asyncio.TimeoutError):
                received = await asyncio.wait_for(asyncio.shield(echo), SIP_WAIT)
                return list(sipalg.compare(message, received, Protocol.UDP)), port, moved
        return None, port, moved
    finally:
        transport.close()


async def _sip_tcp(
    context: _Context, lan_ip: str, nonce: str, target: tuple[str, int]
) -> tuple[list[SipChange] | None, SipProblem | None]:
    local = None if context.local_ip in ("", "0.0.0.0") else (context.local_ip, 0)
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(*target, local_addr=local), CONNECT_TIMEOUT
        )
    except (TimeoutError, OSError):
        return None, SipProblem.REFUSED
    try:
        port = writer.get_extra_info("sockname")[1]
        message = sipalg.options_request(lan_ip, port, nonce, target, transport=Protocol.TCP)
        writer.write(message)
        await writer.drain()
        data = b""
        with contextlib.suppress(asyncio.TimeoutError):
            while len(data) <= proto.MAX_SIP:
                piece = await asyncio.wait_for(reader.read(4096), 5.0)
                if not piece:
                    break
                data += piece
        if not data:
            return None, SipProblem.NO_ECHO
        plain = proto.mask(data[: proto.MAX_SIP], nonce)
        if proto.sip_nonce(plain) != nonce:
            return None, SipProblem.NO_ECHO
        return list(sipalg.compare(message, plain, Protocol.TCP)), None
    except OSError:
        return None, SipProblem.REFUSED
    finally:
        writer.close()


__all__ = [
    "ResponderSettings",
    "WitnessReport",
    "UdpEvidence",
    "TcpEvidence",
    "run_witness",
    "udp_silences",
    "tcp_result",
    "tcp_results",
    "tcp_firewall_open",
    "DEFAULT_CONTROL_PORT",
]
