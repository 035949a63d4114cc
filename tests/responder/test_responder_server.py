"""The responder against real sockets on loopback: what it says, what it sends and to
whom, what it refuses, and what it never answers. 127.0.0.1 and 127.0.0.2 stand for two
internet hosts (Linux routes all of 127.0.0.0/8 to lo)."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import time

import pytest
from serving import (
    FAST,
    SDP,
    WAIT,
    Requester,
    limits,
    owned_ports,
    received,
    request,
    sip_options,
    udp_socket,
)

from wizard.responder import protocol
from wizard.responder.protocol import (
    MAX_LINE,
    Accepted,
    Done,
    Error,
    ErrorCode,
    Hello,
    ProbeKind,
    TcpResult,
    TcpState,
    UdpSent,
)
from wizard.responder.server import Limits, Responder, content_length, plain_ip, source_key

SECRET = b"correct horse battery staple"


@pytest.fixture
async def serve():
    """Starts responders on 127.0.0.1 (fast timing unless told); closes them after."""
    started: list[Responder] = []

    async def start(limits: Limits = FAST, **kwargs) -> Responder:
        kwargs.setdefault("sip_port", 0)
        responder = Responder(("127.0.0.1", 0), limits=limits, **kwargs)
        await responder.start()
        started.append(responder)
        return responder

    yield start
    for responder in started:
        await responder.close()


async def settle(seconds: float = 0.2) -> None:
    await asyncio.sleep(seconds)


# ------------------------------------------------------------------ hello


async def test_hello_says_who_is_asking_and_where_probes_come_from(serve):
    responder = await serve()
    requester = await Requester.open(responder)
    hello = requester.hello
    assert isinstance(hello, Hello)
    assert hello.you == ("127.0.0.1", requester.port)
    assert hello.probe_port not in (responder.control_address[1], responder.sip_port)
    assert hello.sip_port == responder.sip_port
    assert hello.auth is False
    assert (hello.max_udp, hello.max_tcp) == (protocol.MAX_UDP_PORTS, protocol.MAX_TCP_PORTS)
    await requester.close()


async def test_each_connection_has_a_probe_port_of_its_own_closed_with_it(serve):
    responder = await serve()
    first = await Requester.open(responder)
    second = await Requester.open(responder)
    ports = {first.hello.probe_port, second.hello.probe_port}
    assert len(ports) == 2
    assert responder.load["probe_ports"] == 2
    for requester in (first, second):
        await requester.close()
    deadline = time.monotonic() + WAIT
    while responder.load["probe_ports"] and time.monotonic() < deadline:
        await settle(0.05)
    for port in ports:  # free again: nobody holds them
        udp_socket(port=port).close()


async def test_probe_ports_come_from_the_range_given_and_run_out(serve):
    free = udp_socket()  # a port just free: the range is that one port
    port = free.getsockname()[1]
    free.close()
    responder = await serve(probe_ports=(port, port))
    first = await Requester.open(responder)
    assert first.hello.probe_port == port
    second = await Requester.open(responder, hello=False)
    answer = await second.message()
    assert (answer.code, answer.detail) == (ErrorCode.BUSY, "no probe port free; try again later")
    assert await second.closed()
    await first.close()


async def test_hello_asks_for_a_mac_when_a_secret_is_set_and_has_no_sip_port_without_echo(
    serve,
):
    responder = await serve(secret=SECRET, sip_port=None)
    requester = await Requester.open(responder, source="127.0.0.2")
    assert requester.hello.auth is True
    assert requester.hello.sip_port is None
    assert requester.hello.you[0] == "127.0.0.2"
    await requester.close()


# ------------------------------------------------------------------ UDP probes


async def test_udp_probes_reach_the_requester_with_the_nonce_every_copy(serve):
    responder = await serve()
    held = owned_ports(2)
    ports = tuple(group[0].getsockname()[1] for group in held)
    requester = await Requester.open(responder)
    ask = request(udp=ports)
    answers = await requester.ask(ask)
    assert answers == [
        Accepted(ask.nonce, 2, 0),
        UdpSent(ask.nonce, ports, protocol.UDP_COPIES),
        Done(ask.nonce),
    ]
    await settle()
    for group, port in zip(held, ports, strict=True):
        datagrams = received(group[0])
        assert [source for _, source in datagrams] == [
            ("127.0.0.1", requester.hello.probe_port)
        ] * protocol.UDP_COPIES
        probes = [protocol.parse_probe(data) for data, _ in datagrams]
        assert probes == [
            protocol.Probe(ProbeKind.UDP, ask.nonce, port, copy)
            for copy in range(protocol.UDP_COPIES)
        ]
        assert all(len(data) == protocol.PROBE_SIZE for data, _ in datagrams)
    assert responder.counters.udp_probes_sent == 2 * protocol.UDP_COPIES
    assert responder.counters.requests_served == 1
    await requester.close()


async def test_probes_and_connect_backs_go_only_to_the_control_connections_address(serve):
    """The same ports are open on 127.0.0.1 and 127.0.0.2; the requester is 127.0.0.2."""
    responder = await serve()
    (udp_group,) = owned_ports(1, ("127.0.0.1", "127.0.0.2"))
    udp_port = udp_group[0].getsockname()[1]
    one_udp, one_tcp, two_udp, two_tcp = udp_group
    listeners = {}
    tcp_port = 0
    for ip in ("127.0.0.1", "127.0.0.2"):
        server = await asyncio.start_server(
            lambda r, w, ip=ip: listeners.setdefault(ip, w.get_extra_info("peername")),
            ip,
            tcp_port,
        )
        tcp_port = server.sockets[0].getsockname()[1]
        listeners[f"server {ip}"] = server
    requester = await Requester.open(responder, source="127.0.0.2")
    ask = request(udp=(udp_port,), tcp=(tcp_port,))
    answers = await requester.ask(ask)
    (result,) = [a for a in answers if isinstance(a, TcpResult)]
    assert (result.port, result.state) == (tcp_port, TcpState.CONNECTED)
    await settle()
    assert len(received(two_udp)) == protocol.UDP_COPIES
    assert received(one_udp) == []
    assert "127.0.0.2" in listeners and "127.0.0.1" not in listeners
    for ip in ("127.0.0.1", "127.0.0.2"):
        listeners[f"server {ip}"].close()
    await requester.close()


async def test_a_request_that_names_an_address_is_refused_and_sends_nothing(serve):
    responder = await serve()
    (group,) = owned_ports(1, ("127.0.0.1", "127.0.0.2"))
    port = group[0].getsockname()[1]
    requester = await Requester.open(responder, source="127.0.0.2")
    fields = request(udp=(port,)).fields()
    for key, value in (("address", "127.0.0.1"), ("to", f"127.0.0.1:{port}"), ("ip", "x")):
        line = json.dumps({**fields, key: value}).encode() + b"\n"
        (answer,) = await requester.ask(line)
        assert answer == Error(ErrorCode.BAD_REQUEST, f"unknown field {key}")
        if key == "ip":
            break  # the third bad line closes the connection
    await settle()
    assert received(group[0]) == received(group[2]) == []
    assert responder.counters.udp_probes_sent == 0
    assert responder.counters.refused[ErrorCode.BAD_REQUEST] == 3
    assert await requester.closed()


def control(nonce: str, number: int, port: int = 0) -> bytes:
    return protocol.probe_payload(ProbeKind.CONTROL, nonce, port, number)


async def test_the_probe_port_answers_only_control_datagrams_of_a_live_request_once(serve):
    responder = await serve(limits=limits(control_grace=0.4, tcp_hold=0.1))
    requester = await Requester.open(responder)
    probe_port = ("127.0.0.1", requester.hello.probe_port)
    ours, stranger = udp_socket(), udp_socket("127.0.0.2")
    listener = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    ask = request(tcp=(listener.sockets[0].getsockname()[1],))
    # Before the request: its nonce is unknown, nothing is answered.
    ours.sendto(control(ask.nonce, 0), probe_port)
    await settle(0.1)
    requester.send(ask)
    assert isinstance(await requester.message(), Accepted)
    for size in (0, 1, 23, 100, 1400):  # not controls
        ours.sendto(os.urandom(size), probe_port)
    ours.sendto(protocol.probe_payload(ProbeKind.UDP, ask.nonce, 9, 1), probe_port)
    ours.sendto(control(protocol.new_nonce(), 1), probe_port)  # another request's
    stranger.sendto(control(ask.nonce, 1), probe_port)  # the right nonce, another address
    ours.sendto(control(ask.nonce, 1) + b"padding", probe_port)
    ours.sendto(control(ask.nonce, 1), probe_port)  # the same number again
    ours.sendto(control(ask.nonce, 2), probe_port)
    while not isinstance(await requester.message(), Done):
        pass
    ours.sendto(control(ask.nonce, 3), probe_port)  # within the grace after done
    await settle(0.6)
    ours.sendto(control(ask.nonce, 4), probe_port)  # after it
    await settle(0.2)
    answers = [(protocol.parse_probe(data), source) for data, source in received(ours)]
    own_port = ours.getsockname()[1]
    assert answers == [
        (protocol.Probe(ProbeKind.CONTROL, ask.nonce, own_port, n), probe_port) for n in (1, 2, 3)
    ]
    assert all(len(data) == protocol.PROBE_SIZE for data, _ in received(ours))
    assert received(stranger) == []
    counters = responder.counters
    assert counters.controls_answered == 3
    assert counters.probe_socket_ignored == 1 + 5 + 1 + 1 + 1 + 1 + 1
    assert counters.udp_bytes_out == 3 * protocol.PROBE_SIZE < counters.udp_bytes_in
    listener.close()


async def test_the_controls_answered_per_request_are_bounded(serve):
    responder = await serve(limits=limits(max_controls=5))
    requester = await Requester.open(responder)
    probe_port = ("127.0.0.1", requester.hello.probe_port)
    (group,) = owned_ports(1)
    ask = request(udp=(group[0].getsockname()[1],))
    ours = udp_socket()
    requester.send(ask)
    assert isinstance(await requester.message(), Accepted)
    for number in range(20):
        ours.sendto(control(ask.nonce, number), probe_port)
    while not isinstance(await requester.message(), Done):
        pass
    await settle()
    assert len(received(ours)) == 5


async def test_udp_sent_says_which_ports_the_probe_port_heard_from_the_requester(serve):
    responder = await serve()
    requester = await Requester.open(responder)
    probe_port = ("127.0.0.1", requester.hello.probe_port)
    (target,) = owned_ports(1)
    preopen, controller, stranger = udp_socket(), udp_socket(), udp_socket("127.0.0.2")
    preopen.sendto(protocol.probe_payload(ProbeKind.UDP, "00" * 16, 9), probe_port)
    stranger.sendto(b"from another address", probe_port)
    ask = request(udp=(target[0].getsockname()[1],))
    requester.send(ask)
    assert isinstance(await requester.message(), Accepted)
    controller.sendto(control(ask.nonce, 0), probe_port)
    messages = []
    while not isinstance(messages[-1:] and messages[-1], Done):
        messages.append(await requester.message())
    (sent,) = [m for m in messages if isinstance(m, UdpSent)]
    # A port that sent more than controls comes first: it is the one the wizard looks for.
    assert sent.heard == (preopen.getsockname()[1], controller.getsockname()[1])


# ------------------------------------------------------------------ TCP connect-back


async def test_a_connect_back_to_a_listening_port_connects_sends_the_nonce_and_holds(serve):
    responder = await serve(limits=limits(tcp_hold=0.6))
    arrived: asyncio.Queue = asyncio.Queue()

    async def accept(reader, writer):
        start = time.monotonic()
        payload = await reader.readexactly(protocol.PROBE_SIZE)
        rest = await reader.read()  # until the responder closes it
        await arrived.put((payload, rest, writer.get_extra_info("peername"), start))
        writer.close()

    listener = await asyncio.start_server(accept, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    requester = await Requester.open(responder)
    ask = request(tcp=(port,))
    answers = await requester.ask(ask)
    assert answers[0] == Accepted(ask.nonce, 0, 1)
    result = answers[1]
    assert isinstance(result, TcpResult)
    assert (result.port, result.state) == (port, TcpState.CONNECTED)
    assert answers[2] == Done(ask.nonce)
    payload, rest, peer, start = await asyncio.wait_for(arrived.get(), WAIT)
    held = time.monotonic() - start
    assert protocol.parse_probe(payload) == protocol.Probe(ProbeKind.TCP, ask.nonce, port, 0)
    assert rest == b""
    assert peer == ("127.0.0.1", result.from_port)
    assert 0.4 < held < 3.0
    assert responder.counters.tcp_connects[TcpState.CONNECTED] == 1
    listener.close()
    await requester.close()


async def test_a_connect_back_to_a_closed_port_is_refused(serve):
    responder = await serve()
    (group,) = owned_ports(1)  # bound, not listening: the kernel answers with a reset
    port = group[1].getsockname()[1]
    requester = await Requester.open(responder)
    ask = request(tcp=(port,))
    answers = await requester.ask(ask)
    result = answers[1]
    assert isinstance(result, TcpResult)
    assert (result.port, result.state) == (port, TcpState.REFUSED)
    assert result.from_port is not None
    assert responder.counters.tcp_connects[TcpState.REFUSED] == 1
    await requester.close()


# ------------------------------------------------------------------ SIP echo


async def registered(responder: Responder, source: str = "127.0.0.1") -> str:
    requester = await Requester.open(responder, source=source)
    ask = request(sip=True)
    assert await requester.ask(ask) == [Accepted(ask.nonce, 0, 0), Done(ask.nonce)]
    await requester.close()
    return ask.nonce


@pytest.mark.parametrize("body", [b"", SDP], ids=["no body", "sdp"])
async def test_the_sip_echo_over_udp_is_the_message_masked_and_exactly_as_long(serve, body):
    responder = await serve()
    nonce = await registered(responder)
    phone = udp_socket()
    message = sip_options(nonce, body)
    phone.sendto(message, ("127.0.0.1", responder.sip_port))
    await settle()
    ((echo, source),) = received(phone)
    assert source == ("127.0.0.1", responder.sip_port)
    assert len(echo) == len(message)
    assert echo != message  # masked: a SIP helper on the way back sees no SIP
    assert protocol.mask(echo, nonce) == message
    assert responder.counters.sip_echoes == 1


async def test_no_echo_without_a_registration_or_to_another_address(serve):
    responder = await serve()
    nonce = await registered(responder, source="127.0.0.1")
    stranger = udp_socket("127.0.0.2")
    unknown = udp_socket()
    stranger.sendto(sip_options(nonce), ("127.0.0.1", responder.sip_port))
    unknown.sendto(sip_options(protocol.new_nonce()), ("127.0.0.1", responder.sip_port))
    unknown.sendto(b"OPTIONS sip:x SIP/2.0\r\n\r\n", ("127.0.0.1", responder.sip_port))
    await settle(0.3)
    assert received(stranger) == received(unknown) == []
    assert responder.counters.sip_echoes == 0
    assert responder.counters.sip_dropped == 3
    assert responder.counters.udp_bytes_out == 0


async def test_a_registration_gets_a_bounded_number_of_echoes(serve):
    responder = await serve(limits=limits(sip_echoes_per_nonce=2))
    nonce = await registered(responder)
    phone = udp_socket()
    for _ in range(4):
        phone.sendto(sip_options(nonce), ("127.0.0.1", responder.sip_port))
    await settle()
    assert len(received(phone)) == 2


async def test_the_sip_echo_over_tcp_with_a_body(serve):
    responder = await serve()
    nonce = await registered(responder)
    message = sip_options(nonce, SDP)
    reader, writer = await asyncio.open_connection("127.0.0.1", responder.sip_port)
    writer.write(message)
    echo = await asyncio.wait_for(reader.read(), WAIT)  # the responder closes after it
    assert len(echo) == len(message)
    assert protocol.mask(echo, nonce) == message
    writer.close()


async def test_no_tcp_echo_from_another_address_or_for_a_half_message(serve):
    responder = await serve(limits=limits(sip_timeout=0.5))
    nonce = await registered(responder, source="127.0.0.1")
    reader, writer = await asyncio.open_connection(
        "127.0.0.1", responder.sip_port, local_addr=("127.0.0.2", 0)
    )
    writer.write(sip_options(nonce))
    assert await asyncio.wait_for(reader.read(), WAIT) == b""
    writer.close()
    # Headers promising a body that never comes: dropped when the time is up.
    reader, writer = await asyncio.open_connection("127.0.0.1", responder.sip_port)
    writer.write(sip_options(nonce, SDP)[: -len(SDP) // 2])
    started = time.monotonic()
    assert await asyncio.wait_for(reader.read(), WAIT) == b""
    assert 0.3 < time.monotonic() - started < 3.0
    writer.close()
    assert responder.counters.sip_echoes == 0
    assert responder.counters.sip_dropped == 2


def test_content_length_reads_both_header_forms_and_refuses_nonsense():
    assert content_length(b"OPTIONS x SIP/2.0\r\nContent-Length: 42\r\n\r\n") == 42
    assert content_length(b"OPTIONS x SIP/2.0\r\nl:7\r\n\r\n") == 7
    assert content_length(b"OPTIONS x SIP/2.0\r\nTo: y\r\n\r\n") == 0
    assert content_length(b"OPTIONS x SIP/2.0\r\nContent-Length: -1\r\n\r\n") is None
    assert content_length(b"OPTIONS x SIP/2.0\r\nl: 1\r\nContent-Length: 2\r\n\r\n") is None
    assert content_length(b"OPTIONS x SIP/2.0\r\nContent-Length: 99999999\r\n\r\n") is None


async def test_amplification_unauthenticated_udp_never_gets_more_bytes_back(serve):
    """Random datagrams to the SIP port and a probe port, valid echoes and control
    datagrams among them: what comes back is at most what went in, at both ends."""
    responder = await serve(limits=limits(sip_echoes_per_nonce=1000, control_grace=60))
    nonce = await registered(responder)
    requester = await Requester.open(responder)
    ask = request(sip=True)
    await requester.ask(ask)  # its control datagrams are answered for a minute
    probe_port = requester.hello.probe_port
    sender = udp_socket()
    rng = __import__("random").Random(11)
    sent = 0
    for i in range(600):
        if i % 5 == 0:
            data = sip_options(nonce, SDP[: rng.randrange(len(SDP))])
        elif i % 5 == 1:
            data = sip_options(protocol.new_nonce())
        elif i % 5 == 2:
            data = control(ask.nonce, i % 256)
        else:
            data = rng.randbytes(rng.choice((0, 1, 20, 200, 1400, 9000)))
        port = responder.sip_port if i % 3 else probe_port
        sender.sendto(data, ("127.0.0.1", port))
        sent += len(data)
        if i % 5 == 0:
            await asyncio.sleep(0.005)  # no datagram lost in a full socket buffer
    await settle(0.5)
    back = sum(len(data) for data, _ in received(sender))
    counters = responder.counters
    assert counters.sip_echoes > 50  # valid echoes were part of it
    assert counters.controls_answered > 10  # and answered controls
    assert counters.udp_bytes_in == sent
    assert counters.udp_bytes_out == back
    assert back / sent <= 1.0
    assert counters.udp_bytes_out <= counters.udp_bytes_in


# ------------------------------------------------------------------ authentication


async def test_a_secret_requires_a_valid_mac(serve):
    responder = await serve(secret=SECRET)
    requester = await Requester.open(responder)
    unsigned = request(udp=(9,))
    (answer,) = await requester.ask(unsigned)
    assert (answer.code, answer.nonce) == (ErrorCode.UNAUTHORIZED, unsigned.nonce)
    wrong = protocol.sign(request(udp=(9,)), b"another secret")
    (answer,) = await requester.ask(wrong)
    assert answer.code is ErrorCode.UNAUTHORIZED
    await requester.close()
    requester = await Requester.open(responder)
    signed = protocol.sign(request(sip=True), SECRET)
    assert await requester.ask(signed) == [Accepted(signed.nonce, 0, 0), Done(signed.nonce)]
    assert responder.counters.refused[ErrorCode.UNAUTHORIZED] == 2
    assert responder.counters.requests_served == 1
    await requester.close()


async def test_a_stale_or_replayed_signed_request_is_refused(serve):
    responder = await serve(secret=SECRET)
    requester = await Requester.open(responder)
    old = protocol.sign(request(sip=True, ts=int(time.time()) - 400), SECRET)
    (answer,) = await requester.ask(old)
    assert answer.code is ErrorCode.STALE
    future = protocol.sign(request(sip=True, ts=int(time.time()) + 400), SECRET)
    (answer,) = await requester.ask(future)
    assert answer.code is ErrorCode.STALE
    await requester.close()
    signed = protocol.sign(request(sip=True), SECRET)
    first = await Requester.open(responder)
    assert (await first.ask(signed))[-1] == Done(signed.nonce)
    await first.close()
    again = await Requester.open(responder, source="127.0.0.2")
    (answer,) = await again.ask(signed)
    assert (answer.code, answer.nonce) == (ErrorCode.REPLAYED, signed.nonce)
    await again.close()


async def test_without_a_secret_a_nonce_still_serves_once(serve):
    responder = await serve()
    requester = await Requester.open(responder)
    ask = request(sip=True)
    assert (await requester.ask(ask))[-1] == Done(ask.nonce)
    (answer,) = await requester.ask(ask)
    assert answer.code is ErrorCode.REPLAYED


async def test_the_log_has_one_line_per_request_and_never_the_secret_or_mac(serve, caplog):
    caplog.set_level(logging.DEBUG, logger="wizard.responder")
    responder = await serve(secret=SECRET)
    requester = await Requester.open(responder)
    signed = protocol.sign(request(sip=True, udp=(9, 10)), SECRET)
    forged = request(sip=True, mac="ab" * 32)
    await requester.ask(signed)
    await requester.ask(forged)
    await requester.close()
    await responder.close()
    lines = [r.getMessage() for r in caplog.records if "request from" in r.getMessage()]
    assert len(lines) == 2
    assert lines[0].startswith(f"request from 127.0.0.1 nonce {signed.nonce[:8]} udp 2 tcp 0")
    assert lines[0].endswith("done")
    assert lines[1].endswith("refused unauthorized")
    text = caplog.text + "".join(str(r.args) for r in caplog.records)
    for secret in (SECRET.decode(), signed.mac, forged.mac, SECRET.hex()):
        assert secret not in text
    assert signed.nonce not in text  # a prefix only


# ------------------------------------------------------------------ limits


async def test_a_source_over_its_request_rate_is_refused_others_are_not(serve):
    responder = await serve(limits=limits(requests_per_minute=6, request_burst=2))
    requester = await Requester.open(responder)
    for _ in range(2):
        ask = request(sip=True)
        assert (await requester.ask(ask))[-1] == Done(ask.nonce)
    (answer,) = await requester.ask(request(sip=True))
    assert answer.code is ErrorCode.RATE_LIMITED
    assert answer.detail == "wait 10 s"
    other = await Requester.open(responder, source="127.0.0.2")
    ask = request(sip=True)
    assert (await other.ask(ask))[-1] == Done(ask.nonce)
    await requester.close()
    await other.close()


async def test_connections_per_source_and_in_total_are_capped(serve):
    responder = await serve(limits=limits(connections_per_source=2, connections=3))
    first = [await Requester.open(responder) for _ in range(2)]
    third = await Requester.open(responder, hello=False)
    answer = await third.message()
    assert answer.code is ErrorCode.RATE_LIMITED
    assert await third.closed()
    other = await Requester.open(responder, source="127.0.0.2")
    assert isinstance(other.hello, Hello)
    fourth = await Requester.open(responder, source="127.0.0.3", hello=False)
    answer = await fourth.message()
    assert answer.code is ErrorCode.BUSY
    assert await fourth.closed()
    # A closed connection gives its place back.
    await first[0].close()
    await settle()
    again = await Requester.open(responder)
    assert isinstance(again.hello, Hello)
    assert responder.counters.connections_refused == 2


async def test_connect_backs_in_flight_are_capped(serve):
    responder = await serve(limits=limits(connect_backs=2))
    (a, b, c) = owned_ports(3)
    ports = tuple(group[1].getsockname()[1] for group in (a, b, c))
    requester = await Requester.open(responder)
    (answer,) = await requester.ask(request(tcp=ports))
    assert answer.code is ErrorCode.BUSY
    ask = request(tcp=ports[:2])
    assert (await requester.ask(ask))[-1] == Done(ask.nonce)


async def test_every_connect_back_slot_comes_back(serve):
    """Refused, held until the end, or abandoned when the requester vanishes mid-request:
    in the end no slot is taken and the whole capacity serves again."""
    responder = await serve(limits=limits(connect_backs=3, tcp_hold=0.3))
    (closed,) = owned_ports(1)
    listener = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    open_port = listener.sockets[0].getsockname()[1]
    ports = (closed[1].getsockname()[1], open_port)
    requester = await Requester.open(responder)
    assert isinstance((await requester.ask(request(tcp=ports)))[-1], Done)
    assert responder.load["connect_backs"] == 1  # the connected one, held
    for _ in range(5):
        vanishing = await Requester.open(responder, source="127.0.0.2")
        vanishing.send(request(tcp=ports))
        vanishing.writer.transport.abort()  # gone before any answer
    deadline = time.monotonic() + WAIT
    while responder.load["connect_backs"] and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert responder.load["connect_backs"] == 0
    ask = request(tcp=(ports[0], open_port, owned_ports(1)[0][1].getsockname()[1]))
    assert isinstance((await requester.ask(ask))[-1], Done)
    listener.close()


async def test_udp_probes_beyond_the_total_pace_are_busy(serve):
    # 4 datagrams a second, 1 s of burst, 0.5 s of queue: 2 ports x 3 copies twice fit.
    responder = await serve(
        limits=limits(udp_per_second=4, max_udp=4, udp_backlog_s=0.5, udp_copy_spacing=0.01)
    )
    held = owned_ports(2)
    ports = tuple(group[0].getsockname()[1] for group in held)
    requester = await Requester.open(responder)
    first = request(udp=ports)
    assert isinstance((await requester.ask(first))[-1], Done)
    second = request(udp=ports)
    started = time.monotonic()
    assert isinstance((await requester.ask(second))[-1], Done)
    assert time.monotonic() - started >= 0.4  # it waited its turn
    (answer,) = await requester.ask(request(udp=ports))
    assert answer.code is ErrorCode.BUSY


async def test_the_table_of_sources_is_bounded_and_forgets_idle_ones(serve):
    responder = await serve(limits=limits(sources=1, requests_per_minute=6000))
    first = await Requester.open(responder)
    ask = request(sip=True)
    assert (await first.ask(ask))[-1] == Done(ask.nonce)
    # Full: a second source is turned away while the first one is connected...
    turned_away = await Requester.open(responder, source="127.0.0.2", hello=False)
    assert (await turned_away.message()).code is ErrorCode.BUSY
    await first.close()
    # ...and let in once the first is gone and its bucket full again (a full table is
    # searched for idle sources at most once a second).
    await settle(1.1)
    second = await Requester.open(responder, source="127.0.0.2")
    assert isinstance(second.hello, Hello)
    assert responder.load["sources"] == 1
    await second.close()


def test_addresses_are_counted_as_customers_have_them():
    assert plain_ip("::ffff:198.51.100.7") == "198.51.100.7"  # a dual-stack socket's IPv4
    assert plain_ip("fe80::1%eth0") == "fe80::1"
    assert source_key("198.51.100.7") == "198.51.100.7"
    # One customer line gets a whole /64: its addresses share one budget.
    assert source_key("2001:db8:1:2:aaaa::1") == source_key("2001:db8:1:2:bbbb::2")
    assert source_key("2001:db8:1:2::1") == "2001:db8:1:2::/64"


async def test_over_ipv6_the_probes_go_to_the_requesters_ipv6_address(serve):
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as check:
            check.bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback")
    responder = Responder(("::1", 0), sip_port=0, limits=limits())
    await responder.start()
    try:
        reader, writer = await asyncio.open_connection("::1", responder.control_address[1])
        requester = Requester(reader, writer)
        hello = await requester.message()
        assert hello.you == ("::1", writer.get_extra_info("sockname")[1])
        sink = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        sink.bind(("::1", 0))
        sink.setblocking(False)
        ask = request(udp=(sink.getsockname()[1],))
        assert (await requester.ask(ask))[-1] == Done(ask.nonce)
        await settle()
        datagrams = received(sink)
        assert len(datagrams) == protocol.UDP_COPIES
        assert datagrams[0][1][:2] == ("::1", hello.probe_port)
        sink.close()
        await requester.close()
    finally:
        await responder.close()


# ------------------------------------------------------------------ malformed input


async def test_bad_lines_are_answered_and_the_third_closes_the_connection(serve):
    responder = await serve()
    requester = await Requester.open(responder)
    (answer,) = await requester.ask(b"\xff\xfe not json\n")
    assert answer.code is ErrorCode.BAD_REQUEST
    too_many = request(udp=tuple(range(1000, 1000 + protocol.MAX_UDP_PORTS + 1)))
    (answer,) = await requester.ask(too_many.encode())
    assert answer.code is ErrorCode.TOO_MANY_PORTS
    (answer,) = await requester.ask(b"[1, 2, 3]\n")
    assert answer.code is ErrorCode.BAD_REQUEST
    assert await requester.closed()
    assert responder.counters.malformed == 3
    assert responder.counters.udp_probes_sent == 0
    # The server still serves.
    again = await Requester.open(responder)
    ask = request(sip=True)
    assert (await again.ask(ask))[-1] == Done(ask.nonce)


async def test_a_line_too_long_closes_the_connection(serve):
    responder = await serve()
    requester = await Requester.open(responder)
    requester.send(b"{" + b" " * MAX_LINE)
    answer = await requester.message()
    assert (answer.code, answer.detail) == (ErrorCode.BAD_REQUEST, "line too long")
    assert await requester.closed()


async def test_an_idle_connection_is_closed(serve):
    responder = await serve(limits=limits(idle_timeout=0.3))
    requester = await Requester.open(responder)
    started = time.monotonic()
    assert await requester.closed()
    assert 0.2 < time.monotonic() - started < 2.0


async def test_a_connection_ends_after_its_lifetime_even_when_busy(serve):
    responder = await serve(limits=limits(lifetime=0.8, idle_timeout=0.3))
    requester = await Requester.open(responder)
    started = time.monotonic()

    async def chatter() -> None:
        while True:
            requester.send(b" ")  # never a whole line, never idle
            await asyncio.sleep(0.1)

    talking = asyncio.create_task(chatter())
    assert await requester.closed(within=3.0)
    talking.cancel()
    assert 0.6 < time.monotonic() - started < 2.0


# ------------------------------------------------------------------ life cycle


async def test_close_ends_every_connection_and_frees_every_port(serve):
    responder = await serve(limits=limits(tcp_hold=30))
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    requester = await Requester.open(responder)
    probe_port = requester.hello.probe_port
    ask = request(tcp=(listener.getsockname()[1],))
    assert (await requester.ask(ask))[1].state is TcpState.CONNECTED
    held, _ = listener.accept()  # the connect-back, held for 30 s
    await responder.close()
    assert await requester.closed(within=2.0)
    held.settimeout(2.0)
    assert held.recv(100) == protocol.probe_payload(ProbeKind.TCP, ask.nonce, ask.tcp[0])
    assert held.recv(100) == b""  # closed long before its 30 s
    for kind, port in (
        (socket.SOCK_STREAM, responder.control_address[1]),
        (socket.SOCK_DGRAM, probe_port),
        (socket.SOCK_DGRAM, responder.sip_port),
        (socket.SOCK_STREAM, responder.sip_port),
    ):
        sock = socket.socket(socket.AF_INET, kind)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.close()
    held.close()
    listener.close()
