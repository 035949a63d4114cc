"""The SIP comparison against a real SIP ALG: Linux's conntrack helper "sip" on the lab's
router (``nf_conntrack_sip`` with ``nf_nat_sip`` behind masquerade), and plain NAT
without it. The PBX sends ``options_request`` from its LAN address to a socket in the
wan namespace, which records what arrived and echoes it back masked (as the responder
does), so the test sees both what the helper did on the way out and what the way back
does to the echo."""

from __future__ import annotations

import os
import shutil
import socket
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from ci import need
from lab import Lab, run_in_netns

from wizard.engine.model import Protocol
from wizard.engine.sipalg import Part, compare, options_request
from wizard.responder.protocol import mask, new_nonce

pytestmark = pytest.mark.lab

SERVER = (Lab.STUN_IP, 5060)
REPEATS = 5  # each finding must hold this many times in a row
TIMEOUT = 2.0


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    need(
        os.geteuid() == 0 and all(shutil.which(tool) for tool in ("ip", "nft")),
        "the SIP ALG lab needs root, ip and nft",
    )
    with Lab() as lab:
        yield lab


@dataclass
class Exchange:
    sent: bytes  # what the PBX sent
    arrived: bytes  # what the server in the wan namespace got
    source: tuple[str, int]  # where it came from there
    echoed: bytes | None  # what came back to the PBX's port, unmasked; None: nothing
    elsewhere: bytes | None = None  # what came back to ``says_port`` instead


def _udp(ns: str, address: tuple[str, int]) -> socket.socket:
    def make() -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind(address)
        sock.settimeout(TIMEOUT)
        return sock

    return run_in_netns(ns, make)


def _tcp(ns: str, address: tuple[str, int], listen: bool) -> socket.socket:
    def make() -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.settimeout(TIMEOUT)
        if listen:
            sock.listen()
        return sock

    return run_in_netns(ns, make)


def _read_message(sock: socket.socket, decode: Callable[[bytes], bytes] = bytes) -> bytes:
    """One SIP message from a stream, ``decode``d: its head and Content-Length bytes of
    body. The mask is a keystream XORed byte by byte, so a masked echo unmasks as it
    comes in and its end is found although the helper may have changed its length."""
    received = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            return decode(received)
        if not chunk:
            return decode(received)
        received += chunk
        data = decode(received)
        head, blank, body = data.partition(b"\r\n\r\n")
        if not blank:
            continue
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() in (b"content-length", b"l") and len(body) >= int(value):
                return data


def exchange(
    lab: Lab,
    transport: Protocol,
    port: int = 5060,
    *,
    masked: bool = True,
    says_port: int | None = None,
    method: str = "OPTIONS",
) -> Exchange:
    """``options_request`` from the PBX's ``port`` to ``SERVER``, echoed back (masked
    with the nonce unless ``masked`` is false). ``says_port``: the port the message names
    in place of ``port``; ``method``: another method in its place (INVITE)."""
    nonce = new_nonce()
    sent = options_request(
        Lab.PBX_IP, says_port or port, nonce, SERVER, transport=transport, media_port=10000
    )
    if method != "OPTIONS":
        sent = sent.replace(b"OPTIONS", method.encode(), 1)
        sent = sent.replace(b"CSeq: 1 OPTIONS", b"CSeq: 1 " + method.encode())

    def back(data: bytes) -> bytes:
        return mask(data, nonce) if masked else data

    if transport is Protocol.UDP:
        server = _udp(lab.wan, SERVER)
        client = _udp(lab.pbx, (Lab.PBX_IP, port))
        other = _udp(lab.pbx, (Lab.PBX_IP, says_port)) if says_port not in (None, port) else None
        try:
            client.sendto(sent, SERVER)
            arrived, source = server.recvfrom(65536)
            server.sendto(back(arrived), source)
            found = []
            for sock in (client, other):
                try:
                    found.append(back(sock.recv(65536)) if sock else None)
                except TimeoutError:
                    found.append(None)
            return Exchange(sent, arrived, source, *found)
        finally:
            for sock in (server, client, other):
                if sock is not None:
                    sock.close()
    listener = _tcp(lab.wan, SERVER, listen=True)
    client = _tcp(lab.pbx, (Lab.PBX_IP, port), listen=False)
    conn = None
    try:
        client.connect(SERVER)
        conn, source = listener.accept()
        conn.settimeout(TIMEOUT)
        client.sendall(sent)
        arrived = _read_message(conn)
        conn.sendall(back(arrived))
        echoed = _read_message(client, back)
        return Exchange(sent, arrived, source, echoed or None)
    finally:
        # a reset, not a FIN: no TIME_WAIT keeps the PBX's port from the next round
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        for sock in (client, conn, listener):
            if sock is not None:
                sock.close()


def rewritten(exchange: Exchange, transport: Protocol) -> list[tuple[str, str, str]]:
    changes = compare(exchange.sent, exchange.arrived, transport)
    assert all(c.transport is transport for c in changes)
    return [(c.part, c.sent, c.received) for c in changes]


TRANSPORTS = pytest.mark.parametrize("transport", [Protocol.UDP, Protocol.TCP], ids=str)


@TRANSPORTS
def test_the_kernel_helper_rewrites_via_from_and_contact(lab, transport):
    """An OPTIONS gets its Via sent-by and its From and Contact URIs mapped to the public
    address; its SDP body, Content-Length and request URI stay as they were (the helper
    reads SDP in INVITE, UPDATE, ACK and PRACK only)."""
    lab.router("masquerade")
    private, public = f"{Lab.PBX_IP}:5060", f"{Lab.ROUTER_WAN_IP}:5060"
    name = str(transport).upper()
    for _ in range(REPEATS):
        lab.sip_helper()
        result = exchange(lab, transport)
        assert result.source == (Lab.ROUTER_WAN_IP, 5060)
        changes = rewritten(result, transport)
        assert [part for part, _, _ in changes] == [Part.VIA, Part.FROM, Part.CONTACT]
        via, from_, contact = changes
        assert via[1].startswith(f"SIP/2.0/{name} {private};branch=z9hG4bK")
        assert via[2] == via[1].replace(private, public)
        assert from_[1].startswith(f'"Firewall check" <sip:check@{private}>;tag=')
        assert from_[2] == from_[1].replace(private, public)
        assert contact == (
            Part.CONTACT,
            f"<sip:check@{private};transport={transport}>",
            f"<sip:check@{public};transport={transport}>",
        )
        assert len(result.arrived) == len(result.sent) + 3  # one character longer, 3 times
        # masked, the echo means nothing to the helper on the way back
        assert result.echoed == result.arrived


@TRANSPORTS
def test_plain_nat_changes_nothing(lab, transport):
    lab.router("masquerade")
    lab.sip_helper(False)
    for _ in range(REPEATS):
        lab.flush_conntrack()
        result = exchange(lab, transport)
        assert result.source == (Lab.ROUTER_WAN_IP, 5060)
        assert compare(result.sent, result.arrived, transport) == ()
        assert result.arrived == result.sent
        assert result.echoed == result.sent


@TRANSPORTS
def test_an_unmasked_echo_is_mapped_back_on_its_way_in(lab, transport):
    """Why the responder masks its echo: the helper maps the public address back to the
    private one in the From and Contact of a message coming back, so an echo sent as it
    arrived would hide two of the three changes."""
    lab.router("masquerade")
    lab.sip_helper()
    result = exchange(lab, transport, masked=False)
    assert [part for part, _, _ in rewritten(result, transport)] == [
        Part.VIA,
        Part.FROM,
        Part.CONTACT,
    ]
    assert [c.part for c in compare(result.sent, result.echoed, transport)] == [Part.VIA]


@TRANSPORTS
def test_from_another_port_to_5060_the_helper_rewrites_that_port(lab, transport):
    lab.router("masquerade")
    lab.sip_helper()
    result = exchange(lab, transport, port=40000)
    assert result.source == (Lab.ROUTER_WAN_IP, 40000)
    changes = rewritten(result, transport)
    assert [part for part, _, _ in changes] == [Part.VIA, Part.FROM, Part.CONTACT]
    for _, before, after in changes:
        assert f"{Lab.PBX_IP}:40000" in before
        assert after == before.replace(Lab.PBX_IP, Lab.ROUTER_WAN_IP)
    assert result.echoed == result.arrived


@TRANSPORTS
def test_a_new_public_port_appears_in_the_rewrite(lab, transport):
    """Behind a NAT that picks another public port, the helper writes that port."""
    lab.router("symmetric")
    try:
        lab.sip_helper()
        result = exchange(lab, transport)
        public_port = result.source[1]
        assert public_port != 5060
        for _, before, after in rewritten(result, transport):
            assert after == before.replace(
                f"{Lab.PBX_IP}:5060", f"{Lab.ROUTER_WAN_IP}:{public_port}"
            )
    finally:
        lab.router("masquerade")


def test_in_an_invite_the_helper_rewrites_the_sdp_and_content_length(lab):
    lab.router("masquerade")
    lab.sip_helper()
    result = exchange(lab, Protocol.UDP, method="INVITE")
    changes = rewritten(result, Protocol.UDP)
    assert [part for part, _, _ in changes] == [
        Part.VIA,
        Part.FROM,
        Part.CONTACT,
        Part.CONTENT_LENGTH,
        Part.SDP_ORIGIN,
        Part.SDP_CONNECTION,
    ]
    length = changes[3]
    assert int(length[2]) == int(length[1]) + 2  # o= and c= one character longer each
    assert changes[5][1:] == (f"c=IN IP4 {Lab.PBX_IP}", f"c=IN IP4 {Lab.ROUTER_WAN_IP}")
    assert b"m=audio 10000 RTP/AVP 0 8 101\r\n" in result.arrived


def test_a_via_port_that_is_not_the_source_port_steers_the_answer(lab):
    """A message that names port 5060 but leaves from another port: the helper changes
    nothing in it (its addresses are not the flow's), but sends everything that comes
    back to the port the Via names (a fix for phones that listen on 5060 and send from
    elsewhere). The check must name the port it really sends from."""
    lab.router("masquerade")
    lab.sip_helper()
    result = exchange(lab, Protocol.UDP, port=40000, says_port=5060)
    assert result.source == (Lab.ROUTER_WAN_IP, 40000)
    assert compare(result.sent, result.arrived) == ()
    assert result.echoed is None
    assert result.elsewhere == result.arrived
