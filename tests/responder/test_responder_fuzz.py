"""Hostile input for the responder: random bytes, random JSON and mutated valid requests,
to the parser and to a running server. Nothing may escape as an exception, every answer
must be a message of the protocol, and the server must still serve afterwards.

A valid request among the random ones only ever names ports this test holds (the fuzzer
checks each line with the parser before sending it), so the probes reach nobody else on
this machine."""

from __future__ import annotations

import json
import socket
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serving import blocking_hello, owned_ports, received, sip_options, threaded

from wizard.responder import protocol
from wizard.responder.protocol import (
    MAX_LINE,
    Accepted,
    Done,
    Error,
    Hello,
    LineReader,
    ProbeRequest,
    ProtocolError,
    parse_request,
    parse_server_message,
)
from wizard.responder.server import Limits, content_length

FUZZ_LIMITS = Limits(
    requests_per_minute=1e6,
    request_burst=10**6,
    connections_per_source=64,
    udp_copy_spacing=0.0,
    tcp_hold=0.05,
    tcp_connect_timeout=0.5,
)
PARSER = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**64), 2**64) | st.floats() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
hex_text = st.text("0123456789abcdefABCDEF", min_size=30, max_size=66)


def request_like(ports: list[int]) -> st.SearchStrategy[dict]:
    """Objects shaped like a request, every field possibly wrong."""
    port = st.sampled_from(ports) | st.sampled_from([0, -1, 65536, 10**9]) | json_values
    port_list = st.lists(port, max_size=6) | json_values
    return st.fixed_dictionaries(
        {},
        optional={
            "v": st.sampled_from([1, 0, 2, "1", 1.0, True]) | json_values,
            "type": st.sampled_from(["probe", "hello", "PROBE", ""]) | json_values,
            "nonce": hex_text | json_values,
            "udp": port_list,
            "tcp": port_list,
            "sip": st.booleans() | json_values,
            "ts": st.integers(-1, 2**41) | json_values,
            "mac": hex_text | json_values,
            "address": st.sampled_from(["127.0.0.2", "198.51.100.1:9000"]) | json_values,
        },
    )


def mutated(line: bytes, data: st.DataObject) -> bytes:
    """``line`` with a few random edits: bytes flipped, cut, inserted or repeated."""
    buffer = bytearray(line)
    for _ in range(data.draw(st.integers(1, 6))):
        where = data.draw(st.integers(0, max(0, len(buffer) - 1)))
        edit = data.draw(st.sampled_from(["flip", "cut", "insert", "repeat"]))
        if edit == "flip" and buffer:
            buffer[where] ^= 1 << data.draw(st.integers(0, 7))
        elif edit == "cut":
            del buffer[where : where + data.draw(st.integers(1, 8))]
        elif edit == "insert":
            buffer[where:where] = data.draw(st.binary(min_size=1, max_size=8))
        else:
            buffer[where:where] = buffer[where : where + data.draw(st.integers(1, 16))]
    return bytes(buffer)


def valid_line(ports: list[int], data: st.DataObject) -> bytes:
    udp = data.draw(st.lists(st.sampled_from(ports), unique=True, max_size=len(ports)))
    tcp = data.draw(st.lists(st.sampled_from(ports), unique=True, max_size=len(ports)))
    sip = data.draw(st.booleans())
    if not (udp or tcp or sip):
        sip = True
    return ProbeRequest(
        protocol.new_nonce(), tuple(udp), tuple(tcp), sip, int(time.time())
    ).encode()


def any_line(ports: list[int], data: st.DataObject) -> bytes:
    kind = data.draw(st.sampled_from(["bytes", "json", "object", "mutated", "valid"]))
    if kind == "bytes":
        return data.draw(st.binary(max_size=600)).replace(b"\n", b" ") + b"\n"
    if kind == "json":
        return json.dumps(data.draw(json_values)).encode() + b"\n"
    if kind == "object":
        return json.dumps(data.draw(request_like(ports))).encode() + b"\n"
    if kind == "mutated":
        return mutated(valid_line(ports, data), data)
    return valid_line(ports, data)


def only_our_ports(line: bytes, ports: list[int]) -> bool:
    """Whether ``line``, as the server will read it, asks nothing of a port we do not hold."""
    for piece in line.split(b"\n"):
        try:
            request = parse_request(piece)
        except ProtocolError:
            continue
        if not set(request.udp + request.tcp) <= set(ports):
            return False
    return True


# ------------------------------------------------------------------ the parser


@PARSER
@given(st.binary(max_size=2 * MAX_LINE))
def test_the_parser_takes_any_bytes(line):
    try:
        request = parse_request(line)
    except ProtocolError as exc:
        assert exc.code in protocol.ErrorCode
        return
    assert isinstance(request, ProbeRequest)


@PARSER
@given(st.data())
def test_the_parser_takes_any_json_and_any_mutation(data):
    line = any_line([5060, 9000, 9001], data).rstrip(b"\n")
    try:
        request = parse_request(line)
    except ProtocolError:
        return
    # Whatever it accepts is a request within every bound.
    assert len(request.nonce) == 32 and request.nonce == request.nonce.lower()
    assert len(request.udp) <= protocol.MAX_UDP_PORTS
    assert len(request.tcp) <= protocol.MAX_TCP_PORTS
    assert all(1 <= p <= 65535 for p in request.udp + request.tcp)


@given(st.lists(st.binary(max_size=3000), max_size=8))
def test_the_line_reader_never_gives_a_line_longer_than_the_limit(chunks):
    reader = LineReader()
    try:
        for chunk in chunks:
            for line in reader.feed(chunk):
                assert len(line) < MAX_LINE and b"\n" not in line
    except ProtocolError as exc:
        assert exc.detail == "line too long"


@given(st.binary(max_size=protocol.MAX_SIP + 100))
def test_sip_framing_takes_any_bytes(data):
    head = data.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    length = content_length(head)
    assert length is None or 0 <= length <= 999999
    nonce = protocol.sip_nonce(data)
    assert nonce is None or len(nonce) == 32


# ------------------------------------------------------------------ a running server


@pytest.fixture(scope="module")
def ports():
    held = owned_ports(4)
    yield [group[0].getsockname()[1] for group in held]
    for group in held:
        for sock in group:
            sock.close()


@pytest.fixture(scope="module")
def server():
    with threaded(listen=("127.0.0.1", 0), sip_port=0, limits=FUZZ_LIMITS) as running:
        yield running


@pytest.fixture(scope="module")
def probe_port(server):
    """The probe port of a control connection kept open while the module runs."""
    sock, hello = blocking_hello(server.responder.control_address)
    yield hello.probe_port
    sock.close()


def converse(address: tuple[str, int], payload: bytes) -> list[bytes]:
    """Sends ``payload`` on a new control connection, half-closes it, and returns every
    line the server sent until it closed."""
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(payload)
        sock.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return data.splitlines()


@FUZZ
@given(data=st.data())
def test_a_running_server_answers_any_input_with_protocol_messages(server, ports, data):
    lines = [any_line(ports, data) for _ in range(data.draw(st.integers(1, 5)))]
    payload = b"".join(line for line in lines if only_our_ports(line, ports))
    if data.draw(st.booleans()):  # sometimes cut anywhere
        payload = payload[: data.draw(st.integers(0, len(payload)))]
    answers = converse(server.responder.control_address, payload)
    assert answers, "no hello"
    assert isinstance(parse_server_message(answers[0]), Hello)
    for line in answers[1:]:
        parse_server_message(line)  # raises on anything but a protocol message
    assert server.errors == []
    assert server.responder.counters.internal_errors == 0


@FUZZ
@given(st.binary(max_size=2000))
def test_random_datagrams_to_the_sip_port_and_a_probe_port_get_no_answer(
    server, probe_port, datagram
):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.setblocking(False)
        sock.sendto(datagram, ("127.0.0.1", server.responder.sip_port))
        sock.sendto(datagram, ("127.0.0.1", probe_port))
        time.sleep(0.01)
        assert received(sock) == []


def test_after_the_fuzzing_the_server_still_serves(server, ports):
    """Runs after the fuzz tests of this module (file order): a plain request and an echo."""
    request = ProbeRequest(protocol.new_nonce(), udp=(ports[0],), sip=True, ts=int(time.time()))
    answers = [
        parse_server_message(line)
        for line in converse(server.responder.control_address, request.encode())
    ]
    assert answers[1] == Accepted(request.nonce, 1, 0)
    assert answers[-1] == Done(request.nonce)
    assert not any(isinstance(a, Error) for a in answers)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as phone:
        phone.bind(("127.0.0.1", 0))
        phone.settimeout(5)
        message = sip_options(request.nonce)
        phone.sendto(message, ("127.0.0.1", server.responder.sip_port))
        echo = phone.recv(65535)
    assert protocol.mask(echo, request.nonce) == message
    counters = server.responder.counters
    assert counters.internal_errors == 0 and server.errors == []
    assert counters.malformed > 0  # the fuzzing did reach it
    assert counters.udp_bytes_out <= counters.udp_bytes_in
