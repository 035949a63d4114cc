"""The responder's server: the control channel, the probes, the SIP echo. asyncio, no Qt.

A support team runs it on an internet host with one public address (a VPS). It listens on
three sockets, and opens one more for each control connection:

* the control channel (TCP, ``listen``): says ``Hello`` first, then takes probe requests
  one line at a time (``wizard.responder.protocol`` is the contract);
* the connection's probe port (UDP, on the listen address, opened with the connection
  and closed with it): the UDP probes leave from it; it notes the source ports it hears
  from the requester's address (``UdpSent.heard``) and answers nothing but a control
  datagram of a request in progress, once per control number;
* the SIP echo (UDP and TCP, ``sip_port``): returns a SIP message masked with the nonce of
  a request that asked for it, to the address that asked, and nothing to anybody else.

It faces the internet, so every decision leans on the side of doing less:

* It only ever sends to the IP address a control connection came from (a TCP handshake
  proved it), only to the ports that connection listed, and never more UDP bytes to an
  unauthenticated datagram than the datagram had (the SIP echo has the same length, a
  control answer is a probe's 24 bytes in reply to at least as many).
* Every table is bounded: sources (by IPv4 address or IPv6 /64), nonces seen, SIP
  registrations, connections per source and in total, TCP connect-backs in flight, UDP
  datagrams per second in total. Beyond a bound a request is refused (``RATE_LIMITED``
  or ``BUSY``), never queued without limit.
* Input that is not the protocol is dropped and counted; a connection that sends a line
  too long, or three bad lines, is closed.
* The secret and the MACs are never logged.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import logging
import math
import random
import socket
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

from wizard.responder import protocol
from wizard.responder.protocol import (
    MAX_CLOCK_SKEW,
    MAX_LINE,
    MAX_SIP,
    Accepted,
    Done,
    Error,
    ErrorCode,
    Hello,
    LineReader,
    ProbeKind,
    ProbeRequest,
    ProtocolError,
    Registrations,
    TcpResult,
    TcpState,
    UdpSent,
    encode,
    parse_probe,
    parse_request,
    probe_payload,
    sip_nonce,
)

log = logging.getLogger("wizard.responder")

# errno values of an ICMP error coming back for a connect (host, network or port filtered).
_UNREACHABLE = frozenset(
    {errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EHOSTDOWN, errno.ENETDOWN, errno.EACCES}
)
_HOUSEKEEPING_S = 5.0  # how often expired state is dropped
_READ_CHUNK = 4096
# Source ports a probe port remembers hearing: what a ``UdpSent.heard`` may hold.
MAX_HEARD = protocol.MAX_CONTROLS + protocol.MAX_UDP_PORTS


@dataclass(frozen=True)
class Limits:
    """Every bound of the server, in one place; the defaults suit a small VPS.

    Counts are per source unless they say ``total``; a source is an IPv4 address or an
    IPv6 /64 (one customer line gets a whole /64). Times in seconds."""

    connections_per_source: int = 4  # concurrent control connections from one source
    # One check asks up to a dozen times (rounds of UDP probes, a slow sample, TCP, SIP).
    requests_per_minute: float = 30.0  # a source's sustained request rate...
    request_burst: int = 12  # ...and how many it may send at once
    connections: int = 2048  # concurrent control connections in total
    connect_backs: int = 512  # TCP connect-backs in flight (connecting or held), in total
    udp_per_second: float = 5000.0  # UDP probe datagrams per second, in total
    udp_backlog_s: float = 5.0  # a request whose probes would wait longer is BUSY
    sip_connections: int = 256  # concurrent SIP-over-TCP connections in total
    sip_echoes_per_nonce: int = 16  # echoes one registered nonce may get
    idle_timeout: float = 15.0  # a control connection that sends nothing this long is closed
    # A control connection is closed this long after it opened: a check of 3CX's 2000
    # media ports behind a flood protection takes minutes.
    lifetime: float = 300.0
    sip_timeout: float = 5.0  # time to receive one SIP message over TCP
    bad_lines: int = 3  # malformed or unauthenticated lines before the connection closes
    sources: int = 65536  # sources remembered (rate state) at once
    nonces: int = 65536  # nonces remembered against replay
    registrations: int = 4096  # nonces registered for the SIP echo
    max_udp: int = protocol.MAX_UDP_PORTS  # ports in one request
    max_tcp: int = protocol.MAX_TCP_PORTS
    # The probes' timing, from the protocol; tests shorten it.
    udp_copies: int = protocol.UDP_COPIES
    udp_copy_spacing: float = protocol.UDP_COPY_SPACING
    tcp_connect_timeout: float = protocol.TCP_CONNECT_TIMEOUT
    tcp_hold: float = protocol.TCP_HOLD
    control_grace: float = protocol.CONTROL_GRACE  # control datagrams answered after done
    max_controls: int = protocol.MAX_CONTROLS  # control datagrams answered per request
    backlog: int = 1024  # the control socket's listen backlog


@dataclass
class Counters:
    """What the server did since it started."""

    requests_served: int = 0  # requests accepted and carried out
    refused: Counter[str] = field(default_factory=Counter)  # requests refused, by ErrorCode
    malformed: int = 0  # control lines that were not a request of this protocol
    connections: int = 0  # control connections accepted
    connections_refused: int = 0  # control connections turned away (per source or in total)
    udp_probes_sent: int = 0
    tcp_connects: Counter[str] = field(default_factory=Counter)  # connect-backs by TcpState
    sip_echoes: int = 0  # SIP messages echoed (UDP and TCP)
    sip_dropped: int = 0  # SIP messages dropped: unregistered, malformed, too long
    controls_answered: int = 0  # control datagrams answered on probe ports
    probe_socket_ignored: int = 0  # datagrams at probe ports that got no answer
    udp_bytes_in: int = 0  # payload bytes of unauthenticated UDP (SIP port, probe ports)
    udp_bytes_out: int = 0  # payload bytes sent in reply to them (echoes, control answers)
    internal_errors: int = 0  # exceptions the server caught in its own code

    def as_dict(self) -> dict[str, object]:
        return {
            "requests_served": self.requests_served,
            "refused": {str(k): v for k, v in self.refused.items()},
            "malformed": self.malformed,
            "connections": self.connections,
            "connections_refused": self.connections_refused,
            "udp_probes_sent": self.udp_probes_sent,
            "tcp_connects": {str(k): v for k, v in self.tcp_connects.items()},
            "sip_echoes": self.sip_echoes,
            "sip_dropped": self.sip_dropped,
            "controls_answered": self.controls_answered,
            "probe_socket_ignored": self.probe_socket_ignored,
            "udp_bytes_in": self.udp_bytes_in,
            "udp_bytes_out": self.udp_bytes_out,
            "internal_errors": self.internal_errors,
        }


def plain_ip(text: str) -> str:
    """An address as the wizard knows it: an IPv4-mapped IPv6 address (a dual-stack
    socket's view of an IPv4 peer) as the IPv4 address, without a zone."""
    address = ipaddress.ip_address(text.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return str(address)


def source_key(ip: str) -> str:
    """Whom a limit counts: an IPv4 address, or the /64 an IPv6 address is in."""
    if ":" not in ip:
        return ip
    return str(ipaddress.IPv6Network((ip, 64), strict=False))


class _Source:
    """One source's share: its token bucket and its open connections."""

    __slots__ = ("tokens", "at", "connections", "sip_connections")

    def __init__(self, tokens: float, now: float) -> None:
        self.tokens = tokens
        self.at = now
        self.connections = 0
        self.sip_connections = 0

    def refill(self, rate: float, burst: float, now: float) -> None:
        self.tokens = min(burst, self.tokens + (now - self.at) * rate)
        self.at = now

    def idle(self, rate: float, burst: float, now: float) -> bool:
        """Nothing to remember: no connection, and a bucket that would be full by now."""
        if self.connections or self.sip_connections:
            return False
        return self.tokens + (now - self.at) * rate >= burst


class _Pacer:
    """The total UDP send pace, as a generic cell rate algorithm: each datagram reserves
    ``1 / rate`` seconds of the line; up to ``burst`` may go at once."""

    def __init__(self, rate: float, burst: float) -> None:
        self._rate = rate
        self._tolerance = burst / rate
        self._tat = 0.0  # when the line is free again, on the monotonic clock

    def reserve(self, datagrams: int, now: float, max_wait: float) -> float | None:
        """Seconds to wait before sending ``datagrams``, or None when that would be more
        than ``max_wait`` (nothing reserved then)."""
        tat = max(self._tat, now) + datagrams / self._rate
        wait = max(0.0, tat - now - self._tolerance - datagrams / self._rate)
        if wait > max_wait:
            return None
        self._tat = tat
        return wait


class _Nonces:
    """Nonces seen, each kept until a request signed with it would be stale anyway."""

    def __init__(self, limit: int, keep: float) -> None:
        self._limit = limit
        self._keep = keep
        self._until: OrderedDict[str, float] = OrderedDict()

    def seen(self, nonce: str) -> bool:
        return nonce in self._until

    def add(self, nonce: str, now: float, strict: bool) -> bool:
        """Remember ``nonce``; False when the table is full of nonces that must still be
        kept (``strict``: signed requests, where forgetting one would allow its replay)."""
        self.expire(now)
        if len(self._until) >= self._limit:
            if strict:
                return False
            self._until.popitem(last=False)
        self._until[nonce] = now + self._keep
        return True

    def expire(self, now: float) -> None:
        while self._until:
            nonce, until = next(iter(self._until.items()))
            if until > now:
                break
            del self._until[nonce]

    def __len__(self) -> int:
        return len(self._until)


class _Datagrams(asyncio.DatagramProtocol):
    """A UDP socket's protocol that says when its socket is closed (``closed``)."""

    def __init__(self) -> None:
        self.closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.closed.done():
            self.closed.set_result(None)

    def error_received(self, exc: Exception) -> None:
        pass  # an ICMP error for something sent: the other side's port is closed


class _ProbePort(_Datagrams):
    """One control connection's probe port: the probes leave from it; from the
    requester's address it notes every source port it hears and answers each control
    datagram of a live request once; everything else it reads and forgets."""

    _LIVE = 8  # requests whose control datagrams are still answered, at most

    def __init__(self, responder: Responder, peer_ip: str) -> None:
        super().__init__()
        self._responder = responder
        self._counters = responder.counters
        self.peer_ip = peer_ip
        self.transport: asyncio.DatagramTransport | None = None
        self.heard: set[int] = set()  # source ports heard from the requester's address
        self.control_sources: set[int] = set()  # of those, the ones control datagrams came from
        # nonce -> [answered until (monotonic; inf while in progress), control numbers answered]
        self._live: OrderedDict[str, list] = OrderedDict()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def begin(self, nonce: str) -> None:
        self._expire(time.monotonic())
        self._live[nonce] = [math.inf, set()]
        while len(self._live) > self._LIVE:
            self._live.popitem(last=False)

    def end(self, nonce: str) -> None:
        if nonce in self._live:
            self._live[nonce][0] = time.monotonic() + self._responder.limits.control_grace

    def _expire(self, now: float) -> None:
        for nonce in [n for n, (until, _) in self._live.items() if until < now]:
            del self._live[nonce]

    def heard_ports(self, budget: int) -> tuple[int, ...]:
        """The ports heard, those that sent more than control datagrams first, as many as
        fit in ``budget`` characters of a JSON list."""
        ordered = sorted(self.heard - self.control_sources) + sorted(
            self.heard & self.control_sources
        )
        chosen: list[int] = []
        for port in ordered:
            budget -= len(str(port)) + 1
            if budget < 0:
                break
            chosen.append(port)
        return tuple(chosen)

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        self._counters.udp_bytes_in += len(data)
        try:
            reply = self._answer(data, addr)
        except Exception:  # hostile input must never stop the probe port
            self._counters.internal_errors += 1
            log.exception("a probe port failed on a datagram")
            reply = None
        if reply is None or self.transport is None:
            self._counters.probe_socket_ignored += 1
            return
        self.transport.sendto(reply, addr)
        self._counters.udp_bytes_out += len(reply)
        self._counters.controls_answered += 1

    def _answer(self, data: bytes, addr: tuple) -> bytes | None:
        if plain_ip(addr[0]) != self.peer_ip:
            return None
        port = addr[1]
        if port not in self.heard and len(self.heard) < MAX_HEARD:
            self.heard.add(port)
        probe = parse_probe(data)
        if probe is None or probe.kind != ProbeKind.CONTROL:
            return None
        if port in self.heard:
            self.control_sources.add(port)
        self._expire(time.monotonic())
        live = self._live.get(probe.nonce)
        if live is None:
            return None
        answered: set[int] = live[1]
        if probe.copy in answered or len(answered) >= self._responder.limits.max_controls:
            return None
        answered.add(probe.copy)
        # The answer names the port the control came from as the responder saw it (the
        # requester's public port) and the control's number; 24 bytes, never more than came.
        return probe_payload(ProbeKind.CONTROL, probe.nonce, port, probe.copy)


class _SipUdp(_Datagrams):
    def __init__(self, responder: Responder) -> None:
        super().__init__()
        self._responder = responder
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        try:
            reply = self._responder._sip_echo(data, addr[0])
        except Exception:  # hostile input must never stop the echo
            self._responder.counters.internal_errors += 1
            log.exception("SIP echo failed on a datagram")
            return
        if reply is not None and self.transport is not None:
            self.transport.sendto(reply, addr)


@dataclass
class _Connection:
    """One control connection, as its requests need it."""

    writer: asyncio.StreamWriter
    peer: tuple  # the socket's view of the requester's address (maybe IPv4-mapped)
    local: tuple  # the address it reached, where connect-backs leave from
    ip: str  # the requester's address, plain
    source: _Source
    probe_port: int
    probe: _ProbePort


class Responder:
    """The server. ``listen``: (IP, port) of the control channel (port 0: any free one);
    ``sip_port``: the SIP echo's port, UDP and TCP (None: no echo; 0: any free one);
    ``secret``: when given, every request must carry its HMAC; ``probe_ports``: the
    range (first, last) the probe ports of control connections are taken from (None: any
    free port). ``start`` binds every socket or raises ``OSError``; ``close`` closes
    them and ends every connection."""

    def __init__(
        self,
        listen: tuple[str, int],
        sip_port: int | None = 5060,
        secret: bytes | None = None,
        limits: Limits | None = None,
        probe_ports: tuple[int, int] | None = None,
    ) -> None:
        self._listen = (str(ipaddress.ip_address(listen[0])), listen[1])
        self._wanted_sip_port = sip_port
        self._probe_range = probe_ports
        self._probe_ports_open: dict[int, _ProbePort] = {}  # by port: every connection's
        self._secret = secret or None
        self.limits = limits or Limits()
        self.counters = Counters()
        self._sources: dict[str, _Source] = {}
        self._pruned_at = -1.0
        self._nonces = _Nonces(self.limits.nonces, 2 * MAX_CLOCK_SKEW)
        self._registrations = Registrations(limit=self.limits.registrations)
        self._echoes: OrderedDict[str, int] = OrderedDict()
        self._pacer = _Pacer(self.limits.udp_per_second, self.limits.max_udp)
        self._open = 0  # control connections
        self._sip_open = 0  # SIP-over-TCP connections
        self._connect_backs = 0  # in flight
        self._tasks: set[asyncio.Task] = set()  # control and SIP connections
        self._held: dict[socket.socket, asyncio.TimerHandle] = {}  # connect-backs held open
        self._servers: list[asyncio.Server] = []
        self._transports: list[asyncio.BaseTransport] = []
        self._housekeeping: asyncio.Task | None = None
        self.control_address: tuple[str, int] = self._listen
        self.sip_port: int | None = None

    @property
    def load(self) -> dict[str, int]:
        """What is open now: control and SIP connections, connect-backs in flight (held
        ones included), sources, nonces and SIP registrations remembered."""
        return {
            "control_connections": self._open,
            "sip_connections": self._sip_open,
            "connect_backs": self._connect_backs,
            "probe_ports": len(self._probe_ports_open),
            "sources": len(self._sources),
            "nonces": len(self._nonces),
            "registrations": len(self._registrations),
        }

    # ------------------------------------------------------------ life cycle

    async def start(self) -> None:
        host, port = self._listen
        try:
            control = await asyncio.start_server(
                self._control,
                host,
                port,
                limit=MAX_LINE,
                backlog=self.limits.backlog,
                reuse_address=True,
            )
            self._servers.append(control)
            self.control_address = control.sockets[0].getsockname()[:2]
            if self._wanted_sip_port is not None:
                await self._start_sip(host, self._wanted_sip_port)
        except BaseException:
            await self.close()
            raise
        self._housekeeping = asyncio.create_task(self._keep_house())
        first, last = self._probe_range or (0, 0)
        log.info(
            "responder listening on %s port %d (TCP), probes from UDP ports %s, SIP echo %s, %s",
            self.control_address[0],
            self.control_address[1],
            f"{first}-{last}" if self._probe_range else "any free",
            f"on port {self.sip_port} (UDP and TCP)" if self.sip_port else "off",
            "requests must be signed" if self._secret else "no secret",
        )

    async def _start_sip(self, host: str, port: int) -> None:
        loop = asyncio.get_running_loop()
        # Port 0 (tests): the UDP socket picks a port, the TCP one must get the same; a
        # few tries in case another program holds that port for TCP.
        for attempt in range(8 if port == 0 else 1):
            udp, _ = await loop.create_datagram_endpoint(
                lambda: _SipUdp(self), local_addr=(host, port)
            )
            chosen = udp.get_extra_info("sockname")[1]
            try:
                tcp = await asyncio.start_server(
                    self._sip_stream, host, chosen, limit=MAX_SIP, reuse_address=True
                )
            except OSError:
                udp.close()
                if port != 0 or attempt == 7:
                    raise
                continue
            self._transports.append(udp)
            self._servers.append(tcp)
            self.sip_port = chosen
            return

    async def _open_probe_port(self, peer_ip: str) -> tuple[int, _ProbePort] | None:
        """A probe port for a new control connection: a free port of the range, or any
        free port; None when the range has none left."""
        loop = asyncio.get_running_loop()
        if self._probe_range is None:
            candidates: list[int] = [0]
        else:
            first, last = self._probe_range
            taken = self._probe_ports_open
            candidates = [random.randint(first, last) for _ in range(8)]
            start = random.randint(first, last)
            candidates += [p for p in range(start, last + 1) if p not in taken]
            candidates += [p for p in range(first, start) if p not in taken]
        for port in candidates:
            if port in self._probe_ports_open:
                continue
            try:
                transport, probe = await loop.create_datagram_endpoint(
                    lambda: _ProbePort(self, peer_ip), local_addr=(self._listen[0], port)
                )
            except OSError:
                if self._probe_range is None:
                    raise
                continue
            chosen = transport.get_extra_info("sockname")[1]
            self._probe_ports_open[chosen] = probe
            return chosen, probe
        return None

    async def _close_probe_port(self, port: int) -> None:
        probe = self._probe_ports_open.get(port)
        if probe is None:
            return
        if probe.transport is not None:
            probe.transport.close()
        if not probe.closed.cancelled():
            # Shielded: a caller cancelled while it waits (a connection's handler, ended
            # by ``close``) must not cancel the future that ``close`` waits for too.
            await asyncio.shield(probe.closed)
        self._probe_ports_open.pop(port, None)

    async def close(self) -> None:
        """Stops listening, ends every connection and connect-back, closes every socket."""
        for server in self._servers:
            server.close()
        if self._housekeeping is not None:
            self._housekeeping.cancel()
        tasks = [t for t in self._tasks if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for sock in list(self._held):
            self._let_go(sock)
        for port in list(self._probe_ports_open):
            await self._close_probe_port(port)
        if self._housekeeping is not None:
            await asyncio.gather(self._housekeeping, return_exceptions=True)
        for transport in self._transports:
            transport.close()
        await asyncio.gather(
            *(t.get_protocol().closed for t in self._transports), return_exceptions=True
        )
        for server in self._servers:
            await server.wait_closed()
        self._servers.clear()
        self._transports.clear()

    async def _keep_house(self) -> None:
        while True:
            await asyncio.sleep(_HOUSEKEEPING_S)
            self._expire(time.monotonic())

    def _expire(self, now: float) -> None:
        rate, burst = self._rate()
        for key in [k for k, s in self._sources.items() if s.idle(rate, burst, now)]:
            del self._sources[key]
        self._nonces.expire(now)
        self._registrations.expire(now)
        self._pruned_at = now

    def _rate(self) -> tuple[float, float]:
        return self.limits.requests_per_minute / 60.0, float(self.limits.request_burst)

    def _source(self, key: str, now: float) -> _Source | None:
        """The source's state, made when new; None when the table is full."""
        source = self._sources.get(key)
        if source is not None:
            return source
        if len(self._sources) >= self.limits.sources and now - self._pruned_at >= 1.0:
            self._expire(now)  # at most once a second: pruning walks the whole table
        if len(self._sources) >= self.limits.sources:
            return None
        source = self._sources[key] = _Source(float(self.limits.request_burst), now)
        return source

    # ------------------------------------------------------------ control channel

    async def _control(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        source: _Source | None = None
        probe_port: int | None = None
        try:
            peer = writer.get_extra_info("peername")
            local = writer.get_extra_info("sockname")
            if peer is None or local is None:
                return  # gone before it was accepted
            ip = plain_ip(peer[0])
            source, refusal = self._admit(ip)
            opened = None if refusal is not None else await self._open_probe_port(ip)
            if refusal is None and opened is None:
                refusal = Error(ErrorCode.BUSY, "no probe port free; try again later")
            if refusal is not None:
                self.counters.connections_refused += 1
                log.debug("connection from %s refused: %s", ip, refusal.code)
                writer.write(encode(refusal))
                async with asyncio.timeout(1.0):
                    await writer.drain()
                return
            assert opened is not None and source is not None
            probe_port = opened[0]
            connection = _Connection(writer, peer, local, ip, source, probe_port, opened[1])
            self.counters.connections += 1
            async with asyncio.timeout(self.limits.lifetime):
                await self._converse(reader, connection)
        except (TimeoutError, ConnectionError, OSError, asyncio.IncompleteReadError):
            pass  # the peer went away or took too long: nothing to tell anyone
        except asyncio.CancelledError:
            # ``close`` ends the connection. The task is the top of its own stack, so it may
            # end normally: Python 3.11's streams would log a cancelled one as an error.
            pass
        except Exception:
            self.counters.internal_errors += 1
            log.exception("a control connection failed")
        finally:
            if source is not None:
                source.connections -= 1
                self._open -= 1
            writer.close()
            if probe_port is not None:
                await self._close_probe_port(probe_port)
            self._tasks.discard(task)

    def _admit(self, ip: str) -> tuple[_Source | None, Error | None]:
        """Takes a connection slot for ``ip``, or says why not."""
        if self._open >= self.limits.connections:
            return None, Error(ErrorCode.BUSY, "too many connections; try again later")
        source = self._source(source_key(ip), time.monotonic())
        if source is None:
            return None, Error(ErrorCode.BUSY, "too many sources; try again later")
        if source.connections >= self.limits.connections_per_source:
            return None, Error(ErrorCode.RATE_LIMITED, "too many connections from this address")
        source.connections += 1
        self._open += 1
        return source, None

    async def _converse(self, reader: asyncio.StreamReader, connection: _Connection) -> None:
        writer = connection.writer
        hello = Hello(
            you=(connection.ip, connection.peer[1]),
            probe_port=connection.probe_port,
            sip_port=self.sip_port,
            auth=self._secret is not None,
            max_udp=self.limits.max_udp,
            max_tcp=self.limits.max_tcp,
        )
        writer.write(hello.encode())
        await writer.drain()
        lines = LineReader()
        bad = 0
        while True:
            try:
                async with asyncio.timeout(self.limits.idle_timeout):
                    data = await reader.read(_READ_CHUNK)
            except TimeoutError:
                log.debug("control connection from %s idle, closed", connection.ip)
                return
            if not data:
                return
            try:
                batch = lines.feed(data)
            except ProtocolError as exc:
                self.counters.malformed += 1
                self.counters.refused[exc.code] += 1
                writer.write(encode(Error(exc.code, exc.detail)))
                await writer.drain()
                return
            for line in batch:
                if not await self._handle(line, connection):
                    bad += 1
                    if bad >= self.limits.bad_lines:
                        log.debug(
                            "control connection from %s: %d bad lines, closed", connection.ip, bad
                        )
                        return

    async def _handle(self, line: bytes, connection: _Connection) -> bool:
        """Answers one line; False when it was malformed or failed authentication."""
        writer = connection.writer
        try:
            request = parse_request(line, self.limits.max_udp, self.limits.max_tcp)
        except ProtocolError as exc:
            self.counters.malformed += 1
            self.counters.refused[exc.code] += 1
            log.debug("malformed line from %s: %s", connection.ip, exc.code)
            writer.write(encode(Error(exc.code, exc.detail)))
            await writer.drain()
            return False
        refusal = self._judge(request, connection.source)
        if isinstance(refusal, Error):
            self.counters.refused[refusal.code] += 1
            self._log_request(connection.ip, request, f"refused {refusal.code}")
            writer.write(encode(refusal))
            await writer.drain()
            return refusal.code not in (
                ErrorCode.UNAUTHORIZED,
                ErrorCode.STALE,
                ErrorCode.REPLAYED,
            )
        await self._carry_out(request, refusal, connection)
        return True

    def _judge(self, request: ProbeRequest, source: _Source) -> Error | float:
        """Why ``request`` is refused; else it is accepted, its resources are taken, and the
        result is how long its UDP probes must wait for the total pace."""
        nonce = request.nonce
        now = time.monotonic()
        rate, burst = self._rate()
        source.refill(rate, burst, now)
        if source.tokens < 1.0:
            wait = max(1, math.ceil((1.0 - source.tokens) / rate))
            return Error(ErrorCode.RATE_LIMITED, f"wait {wait} s", nonce)
        source.tokens -= 1.0
        if self._secret is not None:
            if not protocol.verify(request, self._secret):
                return Error(ErrorCode.UNAUTHORIZED, "a valid mac is required", nonce)
            if abs(time.time() - request.ts) > MAX_CLOCK_SKEW:
                return Error(ErrorCode.STALE, "ts is too far from the responder's clock", nonce)
        if self._nonces.seen(nonce):
            return Error(ErrorCode.REPLAYED, "this nonce was used before", nonce)
        tcp = len(request.tcp)
        if self._connect_backs + tcp > self.limits.connect_backs:
            return Error(ErrorCode.BUSY, "too many connect-backs under way; try again", nonce)
        wait = self._pacer.reserve(
            len(request.udp) * self.limits.udp_copies, now, self.limits.udp_backlog_s
        )
        if wait is None:
            return Error(ErrorCode.BUSY, "too many probes under way; try again", nonce)
        if not self._nonces.add(nonce, now, strict=self._secret is not None):
            return Error(ErrorCode.BUSY, "too many requests under way; try again", nonce)
        self._connect_backs += tcp
        return wait

    async def _carry_out(self, request: ProbeRequest, wait: float, connection: _Connection) -> None:
        nonce = request.nonce
        writer = connection.writer
        self.counters.requests_served += 1
        if request.sip:
            self._registrations.add(nonce, connection.ip, time.monotonic())
        connection.probe.begin(nonce)  # its control datagrams are answered from now on
        # Connect-backs and probes go to the control connection's own address, as the
        # socket knows it (``peer[0]``): no other address exists in a request.
        peer_ip, local_ip = connection.peer[0], connection.local[0]
        work: list[asyncio.Task] = []
        slots = [len(request.tcp)]  # connect-back slots this request still holds
        for port in request.tcp:
            back = self._connect_back(peer_ip, port, local_ip, nonce, slots)
            work.append(asyncio.create_task(back))
        if request.udp:
            work.append(asyncio.create_task(self._send_udp(connection, request, wait)))
        states: Counter[str] = Counter()
        outcome = "aborted"
        try:
            writer.write(encode(Accepted(nonce, len(request.udp), len(request.tcp))))
            await writer.drain()
            for finished in asyncio.as_completed(work):
                message = await finished
                if isinstance(message, TcpResult):
                    states[message.state] += 1
                writer.write(encode(message))
                await writer.drain()
            writer.write(encode(Done(nonce)))
            await writer.drain()
            outcome = "done"
        finally:
            connection.probe.end(nonce)  # answered a little longer: the last ones' way back
            for task in work:
                task.cancel()
            if work:
                await asyncio.gather(*work, return_exceptions=True)
            # A connect-back cancelled before it ran never gave its slot back.
            self._connect_backs -= slots[0]
            if states:
                outcome += " (" + ", ".join(f"tcp {s} {n}" for s, n in sorted(states.items())) + ")"
            self._log_request(connection.ip, request, outcome)

    def _log_request(self, ip: str, request: ProbeRequest, outcome: str) -> None:
        # One line per request. The nonce's first 8 digits tie it to the wizard's log;
        # the MAC (and so anything about the secret) is never written.
        log.info(
            "request from %s nonce %s udp %d tcp %d sip %s: %s",
            ip,
            request.nonce[:8],
            len(request.udp),
            len(request.tcp),
            "yes" if request.sip else "no",
            outcome,
        )

    # ------------------------------------------------------------ probes

    async def _send_udp(
        self, connection: _Connection, request: ProbeRequest, wait: float
    ) -> UdpSent:
        if wait > 0:
            await asyncio.sleep(wait)
        transport = connection.probe.transport
        assert transport is not None
        nonce, ports = request.nonce, request.udp
        copies = self.limits.udp_copies
        for copy in range(copies):
            if copy:
                await asyncio.sleep(self.limits.udp_copy_spacing)
            for port in ports:
                payload = probe_payload(ProbeKind.UDP, nonce, port, copy)
                transport.sendto(payload, (connection.peer[0], port))
                self.counters.udp_probes_sent += 1
        # What the probe port heard from the requester until now, as much as fits the line.
        budget = MAX_LINE - len(encode(UdpSent(nonce, ports, copies))) - 2
        return UdpSent(nonce, ports, copies, connection.probe.heard_ports(budget))

    async def _connect_back(
        self, ip: str, port: int, local_ip: str, nonce: str, slots: list[int]
    ) -> TcpResult:
        """One connect-back. Its slot (one of the request's ``slots``, taken by
        ``_judge``) is given back when its socket closes: here when it did not connect,
        after ``tcp_hold`` when it did."""
        loop = asyncio.get_running_loop()
        family = socket.AF_INET6 if ":" in ip else socket.AF_INET
        held = False
        sock: socket.socket | None = None
        from_port: int | None = None
        try:
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.setblocking(False)
            # From the address the wizard reached, so the connection it looks for in its
            # socket table comes from the responder's address it knows.
            sock.bind((local_ip, 0))
            from_port = sock.getsockname()[1]
            async with asyncio.timeout(self.limits.tcp_connect_timeout):
                await loop.sock_connect(sock, (ip, port))
                await loop.sock_sendall(sock, probe_payload(ProbeKind.TCP, nonce, port, 0))
            state = TcpState.CONNECTED
            # Open a while after the payload, so the wizard can find this connection in
            # its socket table where a service of its own holds the port.
            self._held[sock] = loop.call_later(self.limits.tcp_hold, self._let_go, sock)
            held = True
        except TimeoutError:
            state = TcpState.TIMEOUT
        except (ConnectionRefusedError, ConnectionResetError):
            state = TcpState.REFUSED
        except OSError as exc:
            state = TcpState.UNREACHABLE if exc.errno in _UNREACHABLE else TcpState.ERROR
        finally:
            slots[0] -= 1  # the slot is the hold's now, or free
            if not held:
                if sock is not None:
                    sock.close()
                self._connect_backs -= 1
        self.counters.tcp_connects[state] += 1
        return TcpResult(nonce, port, state, from_port)

    def _let_go(self, sock: socket.socket) -> None:
        """Closes a held connect-back and gives its slot back."""
        handle = self._held.pop(sock, None)
        if handle is not None:
            handle.cancel()
            sock.close()
            self._connect_backs -= 1

    # ------------------------------------------------------------ SIP echo

    def _sip_echo(self, data: bytes, source: str) -> bytes | None:
        """The echo of one SIP message from ``source``, or None (dropped): the same
        number of bytes, masked, only for a nonce that address registered."""
        self.counters.udp_bytes_in += len(data)
        reply = self._echo(data, source)
        if reply is not None:
            self.counters.udp_bytes_out += len(reply)
        return reply

    def _echo(self, data: bytes, source: str) -> bytes | None:
        if len(data) > MAX_SIP:
            self.counters.sip_dropped += 1
            return None
        nonce = sip_nonce(data)
        if nonce is None or not self._registrations.allows(
            nonce, plain_ip(source), time.monotonic()
        ):
            self.counters.sip_dropped += 1
            return None
        used = self._echoes.pop(nonce, 0)
        if used >= self.limits.sip_echoes_per_nonce:
            self._echoes[nonce] = used
            self.counters.sip_dropped += 1
            return None
        self._echoes[nonce] = used + 1
        while len(self._echoes) > self.limits.registrations:
            self._echoes.popitem(last=False)
        self.counters.sip_echoes += 1
        reply = protocol.mask(data, nonce)
        assert len(reply) == len(data)
        return reply

    async def _sip_stream(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        source: _Source | None = None
        try:
            peer = writer.get_extra_info("peername")
            if peer is None:
                return
            ip = plain_ip(peer[0])
            if self._sip_open >= self.limits.sip_connections:
                return
            source = self._source(source_key(ip), time.monotonic())
            if source is None or source.sip_connections >= self.limits.connections_per_source:
                source = None
                return
            source.sip_connections += 1
            self._sip_open += 1
            try:
                async with asyncio.timeout(self.limits.sip_timeout):
                    message = await read_sip_message(reader)
            except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                message = None
            reply = None if message is None else self._echo(message, ip)
            if reply is None:
                if message is None:
                    self.counters.sip_dropped += 1
                return
            writer.write(reply)
            async with asyncio.timeout(self.limits.sip_timeout):
                await writer.drain()
        except (TimeoutError, ConnectionError, OSError):
            pass
        except asyncio.CancelledError:
            pass  # ``close``; see ``_control``
        except Exception:
            self.counters.internal_errors += 1
            log.exception("a SIP connection failed")
        finally:
            if source is not None:
                source.sip_connections -= 1
                self._sip_open -= 1
            writer.close()
            self._tasks.discard(task)


async def read_sip_message(reader: asyncio.StreamReader) -> bytes | None:
    """One SIP message from a stream (RFC 3261 section 18.3: the headers up to the empty
    line, then ``Content-Length`` bytes of body), or None when it is not one or is longer
    than ``MAX_SIP``. ``reader``'s limit must be ``MAX_SIP`` or less."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = content_length(head)
    if length is None or len(head) + length > MAX_SIP:
        return None
    body = await reader.readexactly(length) if length else b""
    return head + body


def content_length(head: bytes) -> int | None:
    """The Content-Length (or its compact form ``l``) of a SIP message's headers; 0 when
    it has none; None when it has a malformed one or two that differ."""
    found: set[int] = set()
    for raw in head.split(b"\r\n")[1:]:
        name, sep, value = raw.partition(b":")
        if sep and name.strip().lower() in (b"content-length", b"l"):
            text = value.strip()
            if not text.isdigit() or len(text) > 6:
                return None
            found.add(int(text))
    if len(found) > 1:
        return None
    return found.pop() if found else 0
