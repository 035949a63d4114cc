"""The pre-open datagram: TTL 1, sent once before a request that invites another address,
and the Windows ioctls that keep a socket readable after the ICMP it brings back."""

from __future__ import annotations

import asyncio
import ctypes
import logging
import socket

import pytest
from aioice import stun

from tests.engine.test_windows_paths import FakeWs2, RecordingSocket
from wizard.engine import transport
from wizard.engine.model import Address
from wizard.engine.transport import (
    can_preopen,
    open_endpoint,
    open_probe_socket,
)


def is_binding_request(data: bytes) -> bool:
    message = stun.parse_message(data)
    return (message.message_method, message.message_class) == (
        stun.Method.BINDING,
        stun.Class.REQUEST,
    )


class Catcher(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.got: list[bytes] = []

    def datagram_received(self, data: bytes, addr) -> None:
        self.got.append(data)


async def _catcher() -> tuple[asyncio.DatagramTransport, Catcher, Address]:
    loop = asyncio.get_running_loop()
    sink, catcher = await loop.create_datagram_endpoint(Catcher, local_addr=("127.0.0.1", 0))
    return sink, catcher, Address.of(sink.get_extra_info("sockname"))


async def test_preopen_sends_one_ttl_1_datagram_and_restores_the_ttl() -> None:
    sink, catcher, peer = await _catcher()
    endpoint = await open_endpoint(open_probe_socket(0, "127.0.0.1"))
    try:
        before = endpoint.sock.getsockopt(socket.IPPROTO_IP, socket.IP_TTL)
        ttls: list[int] = []
        real = endpoint.sock

        class Spy:
            def __getattr__(self, name):
                return getattr(real, name)

            def sendto(self, data, address):
                ttls.append(real.getsockopt(socket.IPPROTO_IP, socket.IP_TTL))
                return real.sendto(data, address)

        endpoint.sock = Spy()  # type: ignore[assignment]
        assert endpoint.preopen(peer)
        await asyncio.sleep(0.05)
        assert len(catcher.got) == 1 and is_binding_request(catcher.got[0])
        assert ttls == [1]
        assert real.getsockopt(socket.IPPROTO_IP, socket.IP_TTL) == before
        assert endpoint.preopens == 1 and not endpoint.preopen_failed
    finally:
        await endpoint.aclose()
        sink.close()


async def test_a_request_with_preopen_sends_it_once_before_the_first_copy() -> None:
    sink, catcher, peer = await _catcher()
    endpoint = await open_endpoint(open_probe_socket(0, "127.0.0.1"))
    try:
        exchange = await endpoint.request(peer, offsets=(0.0, 0.05, 0.1), timeout=0.2, preopen=peer)
        assert exchange.reply is None and len(exchange.sends) == 3
        await asyncio.sleep(0.05)
        assert len(catcher.got) == 4  # the pre-open and three copies of the request
        ids = [stun.parse_message(data).transaction_id for data in catcher.got]
        assert ids[0] != ids[1] == ids[2] == ids[3]  # the pre-open is its own transaction
    finally:
        await endpoint.aclose()
        sink.close()


async def test_a_socket_windows_would_reset_sends_no_preopen(monkeypatch) -> None:
    endpoint = await open_endpoint(open_probe_socket(0, "127.0.0.1"))
    try:
        transport._NO_PREOPEN.add(endpoint.sock)
        assert not endpoint.preopen(Address("127.0.0.1", 9))
        assert endpoint.preopen_failed and endpoint.preopens == 0
    finally:
        await endpoint.aclose()


def test_sio_udp_netreset_is_turned_off(monkeypatch):
    ws2 = FakeWs2()
    monkeypatch.setattr(ctypes, "WinDLL", lambda name: ws2, raising=False)
    transport.disable_udp_netreset(RecordingSocket(socket.AF_INET, socket.SOCK_DGRAM))
    assert ws2.calls == [(1234, 0x9800000F, 0, ctypes.sizeof(ctypes.c_ulong))]


@pytest.fixture
def refusing_winsock(monkeypatch):
    RecordingSocket.calls = []
    monkeypatch.setattr(socket, "socket", RecordingSocket)
    monkeypatch.setattr(socket, "SO_EXCLUSIVEADDRUSE", 4, raising=False)
    monkeypatch.setattr(ctypes, "WinDLL", lambda name: FakeWs2(result=-1), raising=False)


def test_refused_ioctls_are_logged_and_the_socket_is_used_without_preopen(
    refusing_winsock, caplog
) -> None:
    with caplog.at_level(logging.WARNING, logger="wizard.engine.transport"):
        sock = transport.open_probe_socket(5060, "0.0.0.0", platform="win32")
    assert ("bind", ("0.0.0.0", 5060)) in RecordingSocket.calls
    assert not can_preopen(sock)
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "SIO_UDP_CONNRESET" in logged and "SIO_UDP_NETRESET" in logged


def test_a_socket_windows_keeps_readable_may_preopen(monkeypatch) -> None:
    RecordingSocket.calls = []
    monkeypatch.setattr(socket, "socket", RecordingSocket)
    monkeypatch.setattr(socket, "SO_EXCLUSIVEADDRUSE", 4, raising=False)
    ws2 = FakeWs2()
    monkeypatch.setattr(ctypes, "WinDLL", lambda name: ws2, raising=False)
    sock = transport.open_probe_socket(5060, "0.0.0.0", platform="win32")
    assert can_preopen(sock)
    assert [call[1] for call in ws2.calls] == [0x9800000C, 0x9800000F]
