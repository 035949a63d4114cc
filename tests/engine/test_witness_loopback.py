"""The wizard's client against a real responder on loopback: no NAT in between, so every
probe must arrive, every connect-back reach its listener or the socket table, and the
SIP message come back unchanged. Where the responder misbehaves (a wrong secret, a
responder that is not there), the status says so and nothing is blamed on a router."""

from __future__ import annotations

import asyncio
import socket
import time

from wizard.engine.contacts import ContactLog
from wizard.engine.model import Address, ResponderError, TcpSeen
from wizard.engine.witness import ResponderSettings, run_witness, udp_silences
from wizard.responder.server import Limits, Responder

FAST = Limits(
    udp_copy_spacing=0.05, tcp_connect_timeout=1.0, tcp_hold=0.5, requests_per_minute=600,
    request_burst=50,
)  # fmt: skip


def free_ports(count: int, kind: int = socket.SOCK_DGRAM) -> list[int]:
    socks = [socket.socket(socket.AF_INET, kind) for _ in range(count)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


async def started(secret: bytes | None = None) -> Responder:
    responder = Responder(("127.0.0.1", 0), sip_port=0, secret=secret, limits=FAST)
    await responder.start()
    return responder


def spec(responder: Responder) -> str:
    return f"127.0.0.1:{responder.control_address[1]}"


async def test_udp_probes_arrive_and_pass():
    responder = await started()
    try:
        ports = free_ports(5)
        report = await run_witness(
            ResponderSettings(spec(responder), sip_port=None), ports, local_ip="127.0.0.1"
        )
    finally:
        await responder.close()
    assert report.status.error is None, report.status
    assert report.status.public_ip == "127.0.0.1"
    assert report.udp.controls_answered > 0
    assert udp_silences(report.udp) == dict.fromkeys(ports, True)


async def test_tcp_connect_backs_to_our_listener_and_to_a_local_service():
    responder = await started()
    service = socket.socket()
    service.bind(("127.0.0.1", 0))
    service.listen(8)
    service.setblocking(False)
    held = service.getsockname()[1]
    free = free_ports(1, socket.SOCK_STREAM)[0]
    loop = asyncio.get_running_loop()

    async def serve() -> None:
        while True:
            conn, _ = await loop.sock_accept(service)
            await asyncio.sleep(1.0)
            conn.close()

    serving = asyncio.ensure_future(serve())
    try:
        report = await run_witness(
            ResponderSettings(spec(responder), tcp_ports=(free, held), sip_port=None),
            [],
            local_ip="127.0.0.1",
        )
    finally:
        serving.cancel()
        service.close()
        await responder.close()
    found = {e.port: e for e in report.tcp}
    assert found[free].listened and found[free].arrived and found[free].seen is TcpSeen.CONNECTED
    assert not found[held].listened and found[held].in_table is True
    assert found[held].holder is not None


async def test_sip_echo_on_loopback_shows_no_helper():
    responder = await started()
    try:
        sip = free_ports(1)[0]
        report = await run_witness(
            ResponderSettings(spec(responder), sip_port=sip, sip_tcp=True),
            [],
            local_ip="127.0.0.1",
        )
    finally:
        await responder.close()
    assert report.sip is not None
    assert report.sip.tested and report.sip.detected is False, report.sip
    assert report.sip.changed == ()
    assert report.sip.from_port == sip


async def test_a_wrong_secret_is_said_not_blamed():
    responder = await started(secret=b"right")
    try:
        report = await run_witness(
            ResponderSettings(spec(responder), secret=b"wrong", sip_port=None),
            free_ports(2),
            local_ip="127.0.0.1",
        )
        missing = await run_witness(
            ResponderSettings(spec(responder), sip_port=None), free_ports(2), local_ip="127.0.0.1"
        )
        right = await run_witness(
            ResponderSettings(spec(responder), secret=b"right", sip_port=None),
            free_ports(2),
            local_ip="127.0.0.1",
        )
    finally:
        await responder.close()
    assert report.status.error is ResponderError.UNAUTHORIZED
    assert missing.status.error is ResponderError.UNAUTHORIZED
    assert udp_silences(report.udp) == {}
    assert right.status.error is None and set(udp_silences(right.udp).values()) == {True}


async def test_no_responder_there():
    port = free_ports(1, socket.SOCK_STREAM)[0]
    report = await run_witness(
        ResponderSettings(f"127.0.0.1:{port}", tcp_ports=(5090,)), [9000], local_ip="127.0.0.1"
    )
    assert report.status.error is ResponderError.UNREACHABLE
    assert report.tcp == () and report.sip is None
    unknown = await run_witness(ResponderSettings("no-such-host.invalid"), [9000])
    assert unknown.status.error is ResponderError.NAME_NOT_FOUND


async def test_a_port_that_reached_the_responder_lately_is_not_asked():
    responder = await started()
    try:
        ports = free_ports(2)
        prior = ContactLog()
        prior.sent(ports[0], Address("127.0.0.1", 5060), time.time() - 10)
        report = await run_witness(
            ResponderSettings(spec(responder), sip_port=None),
            ports,
            local_ip="127.0.0.1",
            prior=prior,
        )
    finally:
        await responder.close()
    assert udp_silences(report.udp) == {ports[0]: None, ports[1]: True}


async def test_a_port_that_reached_the_responders_address_in_this_check_is_not_asked():
    """A STUN server on the responder's host: test 1 reached its address, and a router
    that filters by address alone would let the probe in on that."""
    responder = await started()
    try:
        ports = free_ports(2)
        this_check = ContactLog()
        this_check.sent(ports[1], Address("127.0.0.1", 3478), time.time())
        report = await run_witness(
            ResponderSettings(spec(responder), sip_port=None),
            ports,
            local_ip="127.0.0.1",
            log_to=this_check,
        )
    finally:
        await responder.close()
    assert udp_silences(report.udp) == {ports[0]: True, ports[1]: None}
