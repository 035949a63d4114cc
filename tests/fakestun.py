"""A small STUN server on loopback for the cases real servers will not show on demand.

It really listens on UDP sockets (two addresses, two ports each, like an RFC 5780
server) and can be told to misbehave: answer a CHANGE-REQUEST from its primary address
(for every port or only some), leave out the second address, stay silent, keep its second
address dead, drop change requests (from every port or only some), change the port too
when asked to change the IP only, answer without a mapped address, lose packets at
random, throttle a busy client, or send garbage before each answer.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field

from aioice import stun


@dataclass
class Behaviour:
    announce_other: bool = True
    honour_change: bool = True
    silent: bool = False
    garbage_first: bool = False
    alt_dead: bool = False  # nothing answers on, or from, the second address
    drop_change: bool = False  # change requests are dropped without a word
    drop_change_from: frozenset[int] = frozenset()  # the same for these source ports only
    ignore_change_from: frozenset[int] = frozenset()  # source ports answered from primary
    unmapped_for: frozenset[int] = frozenset()  # source ports answered without an address
    ip_only_as_both: bool = False  # a request to change the IP only changes the port too
    loss: float = 0.0  # share of requests, and of answers, lost at random
    rate: float | None = None  # answers a second; more are dropped (a token bucket)
    # Honour RFC 5780's RESPONSE-PORT: answer to the sender's IP on that port instead.
    response_port: bool = False
    seed: int = 1
    requests: int = 0
    change_requests: int = 0
    change_from: list[int] = field(default_factory=list)  # source port of each change request
    change_flags: list[tuple[int, int]] = field(default_factory=list)  # (source port, flags)
    # (source port, the address a change request's answer left from)
    changed_from: list[tuple[int, tuple[str, int]]] = field(default_factory=list)
    _random: random.Random | None = None
    _tokens: float = 0.0
    _refilled: float | None = None

    def lost(self) -> bool:
        if self._random is None:
            self._random = random.Random(self.seed)
        return self.loss > 0 and self._random.random() < self.loss

    def throttled(self, now: float) -> bool:
        if self.rate is None:
            return False
        if self._refilled is None:
            self._refilled, self._tokens = now, self.rate / 10
        self._tokens = min(self.rate / 10, self._tokens + (now - self._refilled) * self.rate)
        self._refilled = now
        if self._tokens < 1:
            return True
        self._tokens -= 1
        return False


class _Socket(asyncio.DatagramProtocol):
    def __init__(self, server: FakeStunServer, address: tuple[str, int]) -> None:
        self.server = server
        self.address = address
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def datagram_received(self, data: bytes, addr) -> None:
        self.server.handle(self, data, addr)


@dataclass
class FakeStunServer:
    ip: str = "127.0.0.1"
    alt_ip: str = "127.0.0.2"
    behaviour: Behaviour = field(default_factory=Behaviour)
    sockets: dict[tuple[str, int], _Socket] = field(default_factory=dict)
    port: int = 0
    alt_port: int = 0

    async def start(self) -> FakeStunServer:
        loop = asyncio.get_running_loop()
        for attempt in range(20):
            try:
                await self._bind_all(loop)
                return self
            except OSError:
                self.close()
                if attempt == 19:
                    raise
        return self

    async def _bind_all(self, loop) -> None:
        _, first = await loop.create_datagram_endpoint(
            lambda: _Socket(self, ("", 0)), local_addr=(self.ip, 0)
        )
        self.port = first.transport.get_extra_info("sockname")[1]
        self.alt_port = self.port + 1
        first.address = (self.ip, self.port)
        self.sockets[first.address] = first
        for address in (
            (self.ip, self.alt_port),
            (self.alt_ip, self.port),
            (self.alt_ip, self.alt_port),
        ):
            _, protocol = await loop.create_datagram_endpoint(
                lambda address=address: _Socket(self, address), local_addr=address
            )
            self.sockets[address] = protocol

    @property
    def spec(self) -> str:
        return f"{self.ip}:{self.port}"

    def handle(self, receiver: _Socket, data: bytes, addr) -> None:
        try:
            request = stun.parse_message(data)
        except ValueError:
            return
        behaviour = self.behaviour
        behaviour.requests += 1
        if behaviour.silent or behaviour.lost():
            return
        if behaviour.throttled(asyncio.get_running_loop().time()):
            return
        if behaviour.alt_dead and receiver.address[0] == self.alt_ip:
            return
        change = request.attributes.get("CHANGE-REQUEST", 0)
        ip, port = receiver.address
        if change:
            behaviour.change_requests += 1
            behaviour.change_from.append(addr[1])
            behaviour.change_flags.append((addr[1], change))
            if behaviour.ip_only_as_both:
                change |= 0x2 if change & 0x4 else 0
            if behaviour.drop_change or addr[1] in behaviour.drop_change_from:
                return
            if behaviour.honour_change and addr[1] not in behaviour.ignore_change_from:
                if change & 0x4:
                    ip = self.alt_ip if ip == self.ip else self.ip
                if change & 0x2:
                    port = self.alt_port if port == self.port else self.port
        if change:
            behaviour.changed_from.append((addr[1], (ip, port)))
        response = stun.Message(stun.Method.BINDING, stun.Class.RESPONSE, request.transaction_id)
        if addr[1] not in behaviour.unmapped_for:
            response.attributes["XOR-MAPPED-ADDRESS"] = addr
        if self.behaviour.announce_other:
            other = (
                self.alt_ip if receiver.address[0] == self.ip else self.ip,
                self.alt_port if receiver.address[1] == self.port else self.port,
            )
            response.attributes["OTHER-ADDRESS"] = other
        sender = self.sockets[(ip, port)]
        if behaviour.response_port:
            redirect = _response_port(data)
            if redirect is not None:
                addr = (addr[0], redirect)
        if (behaviour.alt_dead and ip == self.alt_ip) or behaviour.lost():
            return
        if self.behaviour.garbage_first:
            sender.transport.sendto(b"\x01\x01\x00\x08" + request.transaction_id[:4], addr)
            sender.transport.sendto(bytes(response)[:-3], addr)
        sender.transport.sendto(bytes(response), addr)

    def close(self) -> None:
        for protocol in self.sockets.values():
            if protocol.transport is not None:
                protocol.transport.close()
        self.sockets.clear()


def _response_port(data: bytes) -> int | None:
    """RESPONSE-PORT (0x0027) from a request's raw attributes, which aioice's codec skips."""
    offset = 20
    while offset + 4 <= len(data):
        kind, length = (
            int.from_bytes(data[offset : offset + 2]),
            int.from_bytes(data[offset + 2 : offset + 4]),
        )
        if kind == 0x0027 and length >= 2:
            return int.from_bytes(data[offset + 4 : offset + 6])
        offset += 4 + length + (-length % 4)
    return None
