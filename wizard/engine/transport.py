"""UDP sockets bound to exact ports, and STUN transactions over them.

The codec is ``aioice.stun``; this module adds what a port checker needs on top of it:
an exclusive bind that tells "another program holds this port" from other failures, a
retransmission schedule given as data, replies matched by transaction id *and* by the
address they must come from, and pacing of new transactions.
"""

from __future__ import annotations

import asyncio
import ctypes
import errno
import logging
import socket
import struct
import sys
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from aioice import stun

from wizard.engine.model import Address, BindFailure

# RFC 5780 section 7.2: bit 0x4 asks for another IP, bit 0x2 for another port.
CHANGE_IP = 0x4
CHANGE_PORT = 0x2

# Windows socket error codes (winsock2.h); Python reports them as ``OSError.winerror``.
WSAEACCES = 10013
WSAEADDRINUSE = 10048
# _WSAIOW(IOC_VENDOR, 12): lets a UDP socket survive an ICMP port-unreachable.
SIO_UDP_CONNRESET = 0x9800000C
# _WSAIOW(IOC_VENDOR, 15): the same for an ICMP time-exceeded (the pre-open's TTL-1 send).
SIO_UDP_NETRESET = 0x9800000F


log = logging.getLogger(__name__)

# Sockets that must not send a pre-open: Windows refused to keep them readable after the
# ICMP time-exceeded it brings back.
_NO_PREOPEN: weakref.WeakSet[socket.socket] = weakref.WeakSet()


def send_offsets(timeout: float, first_retry: float = 0.5) -> tuple[float, ...]:
    """When to (re)send a request, in seconds from the first send, within ``timeout``.

    RFC 5389 section 7.2.1 doubles the interval from 500 ms but keeps going for about
    40 s; a port checker needs an answer, or the absence of one, much sooner.
    """
    offsets = [0.0]
    interval = first_retry
    while offsets[-1] + interval < timeout:
        offsets.append(offsets[-1] + interval)
        interval *= 2
    return tuple(offsets)


class Pacer:
    """Lets at most ``rate`` sends a second go out, shared by every port in flight.

    Every datagram waits here, resends included, so ``rate`` is packets on the wire, the
    figure that throttling servers and firewalls' flood protection count. Waiters marked
    ``urgent`` (resends, and the later requests of a port already under way) go before
    the first requests of new ports. The rate can change while a scan runs (the controls
    slow it down and speed it up again), and the pacer can be paused altogether.
    """

    # A late timer (Windows ticks every 15.6 ms) may release what fell due meanwhile, but
    # never more than this much backlog at once.
    CATCH_UP = 0.05

    def __init__(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.interval = 1.0 / rate
        self.sent = 0  # releases so far
        self.paused = False
        self._next = 0.0
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._normal: deque[asyncio.Future[None]] = deque()
        self._timer: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def rate(self) -> float:
        return 1.0 / self.interval

    def set_rate(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.interval = 1.0 / rate

    def pause(self) -> None:
        self.paused = True
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def resume(self) -> None:
        self.paused = False
        if self._loop is not None:
            self._next = max(self._next, self._loop.time())
            self._arm(self._loop)

    async def wait(self, urgent: bool = False) -> None:
        loop = self._loop = asyncio.get_running_loop()
        now = loop.time()
        if not self.paused and not self._urgent and not self._normal and self._next <= now:
            self._next = now + self.interval
            self.sent += 1
            return
        waiter: asyncio.Future[None] = loop.create_future()
        (self._urgent if urgent else self._normal).append(waiter)
        self._arm(loop)
        try:
            await waiter
        except asyncio.CancelledError:
            for queue in (self._urgent, self._normal):
                if waiter in queue:
                    queue.remove(waiter)
            raise

    def close(self) -> None:
        """Disarm the timer (a cancelled scan leaves nothing scheduled behind)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _arm(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._timer is None and not self.paused and (self._urgent or self._normal):
            self._timer = loop.call_at(self._next, self._release, loop)

    def _release(self, loop: asyncio.AbstractEventLoop) -> None:
        self._timer = None
        if self.paused:
            return
        now = loop.time()
        self._next = max(self._next, now - self.CATCH_UP)
        while self._next <= now and (self._urgent or self._normal):
            waiter = (self._urgent or self._normal).popleft()
            if waiter.done():
                continue
            waiter.set_result(None)
            self.sent += 1
            self._next += self.interval
        self._arm(loop)


def bind_failure(exc: OSError, platform: str = sys.platform) -> BindFailure:
    """Why binding a probe socket failed, in the terms the report uses.

    Windows: the probe binds the wildcard address with SO_EXCLUSIVEADDRUSE, and such a
    bind gets "in use" (WSAEADDRINUSE) against every program already bound to the port,
    however that program bound it (the table in "Sharing Transport Addresses",
    learn.microsoft.com, Windows drivers, Winsock Kernel). "Access denied" (WSAEACCES)
    then means a port Windows reserves (Hyper-V, WinNAT, Docker, WSL), security software
    refusing it, or, for a bind to one specific address, a program holding the port
    exclusively on the wildcard; the holder lookup and the reserved ranges tell these
    apart (``results.bind_failure_result``). Everything else is ``OTHER``.
    """
    if platform == "win32":
        code = getattr(exc, "winerror", None) or exc.errno
        if code == WSAEADDRINUSE:
            return BindFailure.IN_USE
        if code == WSAEACCES:
            return BindFailure.NO_PERMISSION
        return BindFailure.OTHER
    if exc.errno == errno.EADDRINUSE:
        return BindFailure.IN_USE
    if exc.errno in (errno.EACCES, errno.EPERM):
        return BindFailure.NO_PERMISSION
    return BindFailure.OTHER


def disable_udp_connreset(sock: socket.socket) -> None:
    """Windows: keep a UDP socket readable after an ICMP port-unreachable (WinError 10054).

    Raises ``OSError`` (with the Windows error code) when Winsock refuses."""
    _udp_ioctl_off(sock, SIO_UDP_CONNRESET, "SIO_UDP_CONNRESET")


def disable_udp_netreset(sock: socket.socket) -> None:
    """Windows: keep a UDP socket readable after an ICMP time-exceeded (WinError 10052,
    WSAENETRESET), which the pre-open's TTL-1 datagram brings back from the router.

    Raises ``OSError`` (with the Windows error code) when Winsock refuses."""
    _udp_ioctl_off(sock, SIO_UDP_NETRESET, "SIO_UDP_NETRESET")


def _udp_ioctl_off(sock: socket.socket, code: int, name: str) -> None:
    ws2_32 = ctypes.WinDLL("ws2_32")  # type: ignore[attr-defined]
    flag = ctypes.c_ulong(0)
    returned = ctypes.c_ulong(0)
    result = ws2_32.WSAIoctl(
        ctypes.c_void_p(sock.fileno()),
        ctypes.c_ulong(code),
        ctypes.byref(flag),
        ctypes.sizeof(flag),
        None,
        0,
        ctypes.byref(returned),
        None,
        None,
    )
    if result != 0:
        raise OSError(ws2_32.WSAGetLastError(), f"WSAIoctl({name}) failed")


def can_preopen(sock: socket.socket) -> bool:
    """Whether ``sock`` may send a pre-open datagram (see ``StunEndpoint.preopen``)."""
    return sock not in _NO_PREOPEN


def send_with_ttl(sock: socket.socket, payload: bytes, peer: tuple[str, int], ttl: int) -> None:
    """Send ``payload`` from ``sock`` with IP TTL ``ttl`` (hops), then restore the socket's
    own TTL; the pre-open's send (``StunEndpoint.preopen``). Raises ``OSError``."""
    old = sock.getsockopt(socket.IPPROTO_IP, socket.IP_TTL)
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, ttl)
    try:
        sock.sendto(payload, peer)
    finally:
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, old)


def open_probe_socket(
    port: int, host: str = "0.0.0.0", platform: str = sys.platform
) -> socket.socket:
    """A non-blocking UDP socket bound to exactly ``host:port``.

    Never SO_REUSEADDR: on Windows it lets a bind succeed over another program's port,
    which would hide exactly what the check must report. On Windows the socket takes the
    port exclusively instead, so nothing can slip in beside it either.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        if platform == "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
            # A refusal (some security software's layered providers) is no reason to give
            # up: time-outs cover what ICMP would have said. Only the pre-open needs the
            # second one, so without it the socket sends none.
            try:
                disable_udp_connreset(sock)
            except OSError as exc:
                log.warning("Port %d: %s; going on without it", port, exc)
            try:
                disable_udp_netreset(sock)
            except OSError as exc:
                log.warning("Port %d: %s; no pre-open from it", port, exc)
                _NO_PREOPEN.add(sock)
        sock.bind((host, port))
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def mapped_address(message: stun.Message) -> Address | None:
    """The public address in a Binding response; the XOR form first, as ALGs rewrite the other."""
    for name in ("XOR-MAPPED-ADDRESS", "MAPPED-ADDRESS"):
        value = message.attributes.get(name)
        if value:
            return Address.of(value)
    return None


def other_address(message: stun.Message) -> Address | None:
    """The server's second address: OTHER-ADDRESS (RFC 5780) or CHANGED-ADDRESS (RFC 3489)."""
    for name in ("OTHER-ADDRESS", "CHANGED-ADDRESS"):
        value = message.attributes.get(name)
        if value:
            return Address.of(value)
    return None


@dataclass
class Reply:
    message: stun.Message
    source: Address
    at: float = 0.0  # loop time of arrival


@dataclass(frozen=True)
class Exchange:
    """One transaction as it went: the answer (if any), answers from elsewhere, and
    when each copy of the request was sent (loop time)."""

    reply: Reply | None
    strays: tuple[Address, ...]
    sends: tuple[float, ...]
    # The socket stopped working before an answer came (see ``StunEndpoint.error_received``):
    # the silence is this computer's, and says nothing about the router or the server.
    died: bool = False


@dataclass
class _Pending:
    future: asyncio.Future[Reply | None]  # None: the socket died first
    expect: frozenset[Address]
    strays: list[Address] = field(default_factory=list)


class StunEndpoint(asyncio.DatagramProtocol):
    """One UDP socket that runs STUN Binding transactions and ignores everything else."""

    def __init__(self) -> None:
        self.transport: asyncio.DatagramTransport | None = None
        self.sock: socket.socket | None = None  # the bound socket, set by ``open_endpoint``
        self._pending: dict[bytes, _Pending] = {}
        self.ignored = 0  # datagrams that were malformed, unexpected or from the wrong place
        self.preopens = 0  # pre-open datagrams sent
        self.preopen_failed = False  # a pre-open was wanted but could not be sent
        # A pre-open was answered: it reached the server, so something on the way did not
        # count its TTL down (a router that raises or ignores it) and left state there.
        self.preopen_answered = False
        self._preopen_ids: set[bytes] = set()
        self.error: Exception | None = None  # what stopped this socket (``error_received``)

    @property
    def dead(self) -> bool:
        """The socket can no longer be trusted to receive: open the port again."""
        return self.error is not None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self._closed = asyncio.get_running_loop().create_future()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self._closed.done():
            self._closed.set_result(None)
        for pending in self._pending.values():
            if not pending.future.done():
                pending.future.cancel()

    def error_received(self, exc: Exception) -> None:
        """The socket is dead from here on: every transaction on it fails at once as
        ``died``, and so does every later one.

        Windows: CPython's proactor loop (``_ProactorDatagramTransport._loop_reading``;
        3.11 has no fix, python/cpython PR #156726 came in 2026-09) calls this for an
        ``OSError`` from a receive and never arms the next receive, so the socket hears
        nothing more, silently
        (WSAENETRESET 10052 after an ICMP time-exceeded, WSAEHOSTUNREACH 10065, an adapter
        or a VPN going down). Port-unreachable, the one ICMP error a server's address
        sends routinely, no longer gets here (``SIO_UDP_CONNRESET``; where Winsock
        refused that ioctl it stops the socket just the same, and is handled here).
        Linux: an unconnected UDP socket without IP_RECVERR is told of no ICMP error at
        all (net/ipv4/udp.c, ``__udp4_lib_err``), so this only comes from a send that this
        computer refused (EPERM from its own firewall, ENETUNREACH when the route went
        away): the copy never left, and its silence must not count either. The socket
        itself would go on receiving there, but one rule for every platform is easier to
        trust than two: the port is opened again either way, which costs one bind.
        """
        self.ignored += 1
        if self.error is None:
            self.error = exc
            sockname = self.transport.get_extra_info("sockname") if self.transport else None
            log.warning("Socket %s stopped working: %s; it will be opened again", sockname, exc)
        for pending in self._pending.values():
            if not pending.future.done():
                pending.future.set_result(None)

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        try:
            message = stun.parse_message(data)
        except (ValueError, struct.error, IndexError):
            self.ignored += 1  # a malformed datagram never stops a scan
            return
        if message.transaction_id in self._preopen_ids:
            self.preopen_answered = True
            return
        pending = self._pending.get(message.transaction_id)
        if (
            pending is None
            or message.message_method != stun.Method.BINDING
            or (message.message_class not in (stun.Class.RESPONSE, stun.Class.ERROR))
        ):
            self.ignored += 1
            return
        source = Address.of(addr)
        if source not in pending.expect:
            pending.strays.append(source)
            self.ignored += 1
            return
        if not pending.future.done():
            pending.future.set_result(Reply(message, source, asyncio.get_running_loop().time()))

    def preopen(self, peer: Address) -> bool:
        """Send one datagram to ``peer`` with IP TTL 1; True if it went out.

        It opens this computer's stateful firewall for answers from ``peer`` (the host
        keeps state per remote address and port: Windows Filtering Platform's ALE flows,
        Linux conntrack) and dies at the first router, which drops an expired packet
        before its NAT creates any state (Linux: the TTL check in ip_forward comes before
        POSTROUTING's source NAT and conntrack's confirmation). So the router still
        answers test 2 on its own rules. The lab checks both halves. The datagram is a
        Binding request: should it reach the server after all (a router that raises the
        TTL), its answer says so (``preopen_answered``).
        """
        sock = self.sock
        if sock is None or not can_preopen(sock) or self.transport is None:
            self.preopen_failed = True
            return False
        if self.transport.is_closing():
            return False
        try:
            request = stun.Message(stun.Method.BINDING, stun.Class.REQUEST)
            self._preopen_ids.add(request.transaction_id)
            send_with_ttl(sock, bytes(request), (peer.ip, peer.port), 1)
        except OSError as exc:
            log.debug("Pre-open to %s failed: %s", peer, exc)
            self.preopen_failed = True
            return False
        self.preopens += 1
        return True

    async def request(
        self,
        destination: Address,
        *,
        expect: Sequence[Address] | None = None,
        change: int = 0,
        offsets: Sequence[float] = (0.0,),
        timeout: float,
        pace: Callable[[bool], Awaitable[None]] | None = None,
        preopen: Address | None = None,
    ) -> Exchange:
        """Send a Binding request, resend it at ``offsets``, and wait for its answer.

        ``pace(urgent)`` is awaited before every copy (``urgent`` for resends); with
        ``preopen``, a pre-open datagram goes to that address just before the first copy
        (see ``preopen``). The wait for the answer lasts ``timeout`` from the first send,
        and never less after the last copy than the schedule meant it to have, however
        late pacing let it go.
        Answers from addresses not in ``expect`` (the destination by default) are only
        reported, as ``strays``. On a dead socket (``dead``) the exchange ends at once,
        ``died``, and nothing more is sent.
        """
        assert self.transport is not None
        if self.error is not None:
            return Exchange(None, (), (), died=True)
        attributes = {"CHANGE-REQUEST": change} if change else {}
        request = stun.Message(stun.Method.BINDING, stun.Class.REQUEST, attributes=attributes)
        data = bytes(request)
        loop = asyncio.get_running_loop()
        pending = _Pending(loop.create_future(), frozenset(expect or (destination,)))
        self._pending[request.transaction_id] = pending
        target = (destination.ip, destination.port)
        sends: list[float] = []
        listen_after_last = max(0.0, timeout - (offsets[-1] if offsets else 0.0))
        try:
            start: float | None = None
            for offset in offsets:
                if start is not None:
                    wait = start + offset - loop.time()
                    if wait > 0:
                        done, _ = await asyncio.wait({pending.future}, timeout=wait)
                        if done:
                            break
                if pace is not None:
                    await pace(start is not None)
                if pending.future.done() or self.transport.is_closing():
                    break
                if start is None and preopen is not None:
                    self.preopen(preopen)
                now = loop.time()
                self.transport.sendto(data, target)
                if self.error is not None:  # refused on the spot (a send error on Linux)
                    break
                start = now if start is None else start
                sends.append(now)
            if sends and not pending.future.done():
                deadline = max(sends[0] + timeout, sends[-1] + listen_after_last)
                remaining = deadline - loop.time()
                if remaining > 0:
                    await asyncio.wait({pending.future}, timeout=remaining)
            reply = None
            if pending.future.done() and not pending.future.cancelled():
                reply = pending.future.result()
            died = reply is None and self.error is not None
            return Exchange(reply, tuple(pending.strays), tuple(sends), died)
        finally:
            del self._pending[request.transaction_id]
            if not pending.future.done():
                pending.future.cancel()

    def close(self) -> None:
        """Start closing; the socket is released one loop turn later."""
        if self.transport is not None:
            self.transport.close()

    async def aclose(self) -> None:
        """Close and wait until the socket is really released, so its port can be bound again."""
        self.close()
        if self.transport is not None:
            await asyncio.shield(self._closed)


async def open_endpoint(sock: socket.socket) -> StunEndpoint:
    """Wrap an already bound socket; the endpoint owns and closes it from here on."""
    loop = asyncio.get_running_loop()
    try:
        _, endpoint = await loop.create_datagram_endpoint(StunEndpoint, sock=sock)
    except BaseException:
        sock.close()
        raise
    endpoint.sock = sock
    return endpoint
