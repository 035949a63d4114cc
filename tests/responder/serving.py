"""Helpers for the responder's tests: a requester speaking the control channel over real
loopback sockets, ports the test owns, and a responder running in a thread of its own
(for tests that are not coroutines, such as hypothesis's)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace

from wizard.responder import protocol
from wizard.responder.protocol import (
    Done,
    Error,
    Hello,
    ProbeRequest,
    ServerMessage,
    parse_server_message,
)
from wizard.responder.server import Limits, Responder

# Fast enough for tests; every other bound at its default.
FAST = Limits(udp_copy_spacing=0.02, tcp_hold=0.3, tcp_connect_timeout=1.0)
WAIT = 5.0  # seconds any single answer may take before a test fails


def limits(**changes) -> Limits:
    return replace(FAST, **changes)


class Requester:
    """One control connection, from ``source`` (a loopback address)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.hello: ServerMessage | None = None

    @classmethod
    async def open(
        cls, responder: Responder, source: str = "127.0.0.1", hello: bool = True
    ) -> Requester:
        reader, writer = await asyncio.open_connection(
            *responder.control_address, local_addr=(source, 0)
        )
        requester = cls(reader, writer)
        if hello:
            requester.hello = await requester.message()
        return requester

    @property
    def port(self) -> int:
        return self.writer.get_extra_info("sockname")[1]

    async def message(self) -> ServerMessage:
        line = await asyncio.wait_for(self.reader.readline(), WAIT)
        assert line, "the responder closed the connection"
        return parse_server_message(line)

    def send(self, data: bytes | ProbeRequest) -> None:
        self.writer.write(data.encode() if isinstance(data, ProbeRequest) else data)

    async def ask(self, request: bytes | ProbeRequest) -> list[ServerMessage]:
        """Sends one request; the answers up to ``Done`` or an ``Error``."""
        self.send(request)
        answers: list[ServerMessage] = []
        while True:
            answers.append(await self.message())
            if isinstance(answers[-1], Done | Error):
                return answers

    async def closed(self, within: float = WAIT) -> bool:
        """Whether the responder closes the connection within ``within`` seconds (what it
        still says before that is read and dropped)."""
        try:
            async with asyncio.timeout(within):
                while await self.reader.read(4096):
                    pass
        except TimeoutError:
            return False
        except ConnectionError:
            pass
        return True

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(ConnectionError):
            await self.writer.wait_closed()


def request(
    udp: tuple[int, ...] = (), tcp: tuple[int, ...] = (), sip: bool = False, **fields
) -> ProbeRequest:
    fields.setdefault("ts", int(time.time()))
    return ProbeRequest(protocol.new_nonce(), udp, tcp, sip, **fields)


def udp_socket(ip: str = "127.0.0.1", port: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((ip, port))
    sock.setblocking(False)
    return sock


def owned_ports(count: int, ips: tuple[str, ...] = ("127.0.0.1",)) -> list[list[socket.socket]]:
    """``count`` port numbers held for UDP and TCP (bound, not listening) on every one of
    ``ips``, so probes and connect-backs to them reach nobody but the test. One list of
    sockets per port: UDP then TCP for each IP in order."""
    held: list[list[socket.socket]] = []
    while len(held) < count:
        first = udp_socket(ips[0])
        port = first.getsockname()[1]
        group = [first]
        try:
            for ip in ips:
                if ip != ips[0]:
                    group.append(udp_socket(ip, port))
                tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                group.append(tcp)
                tcp.bind((ip, port))
        except OSError:
            for sock in group:
                sock.close()
            continue
        held.append(group)
    return held


def received(sock: socket.socket) -> list[tuple[bytes, tuple]]:
    """Every datagram waiting on a non-blocking socket."""
    found = []
    while True:
        try:
            found.append(sock.recvfrom(65535))
        except BlockingIOError:
            return found


def sip_options(nonce: str, body: bytes = b"", call_id_prefix: str = "") -> bytes:
    """A SIP OPTIONS as the wizard would send it: its LAN address in Via and Contact."""
    head = (
        "OPTIONS sip:echo@203.0.113.5 SIP/2.0\r\n"
        "Via: SIP/2.0/UDP 192.168.1.10:5060;branch=z9hG4bK776asdhds;rport\r\n"
        "Max-Forwards: 70\r\n"
        "From: <sip:wizard@192.168.1.10>;tag=1928301774\r\n"
        "To: <sip:echo@203.0.113.5>\r\n"
        f"Call-ID: {call_id_prefix}{nonce}@192.168.1.10\r\n"
        "CSeq: 1 OPTIONS\r\n"
        "Contact: <sip:wizard@192.168.1.10:5060>\r\n"
        + ("Content-Type: application/sdp\r\n" if body else "")
        + f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


SDP = (
    b"v=0\r\no=- 1 1 IN IP4 192.168.1.10\r\ns=-\r\nc=IN IP4 192.168.1.10\r\nt=0 0\r\n"
    b"m=audio 9000 RTP/AVP 0\r\n"
)


class ThreadedResponder:
    """A responder on its own event loop in a thread; ``errors`` collects what the loop's
    exception handler saw (an exception escaping the server's code)."""

    def __init__(self, **kwargs) -> None:
        self.errors: list[dict] = []
        self._kwargs = kwargs
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._loop.set_exception_handler(lambda loop, context: self.errors.append(context))
        self.responder: Responder = self.call(self._start())

    async def _start(self) -> Responder:
        responder = Responder(**self._kwargs)
        await responder.start()
        return responder

    def call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=30)

    def close(self) -> None:
        self.call(self.responder.close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


@contextlib.contextmanager
def threaded(**kwargs) -> Iterator[ThreadedResponder]:
    server = ThreadedResponder(**kwargs)
    try:
        yield server
    finally:
        server.close()


def blocking_hello(address: tuple[str, int], timeout: float = WAIT) -> tuple[socket.socket, Hello]:
    sock = socket.create_connection(address, timeout=timeout)
    line = b""
    while not line.endswith(b"\n"):
        chunk = sock.recv(4096)
        assert chunk, "closed before hello"
        line += chunk
    hello = parse_server_message(line)
    assert isinstance(hello, Hello)
    return sock, hello
