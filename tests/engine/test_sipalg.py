"""The SIP ALG test's message and comparison (sans-IO): the OPTIONS is a well-formed
SIP request with an exact Content-Length and the nonce where the responder looks; the
comparison names what real SIP helpers change, in message order, and takes any bytes."""

from __future__ import annotations

import ipaddress
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.engine.model import Protocol, SipChange
from wizard.engine.sipalg import (
    CALL_ID_HOST,
    MAX_CHANGES,
    SHOWN,
    Part,
    compare,
    options_request,
)
from wizard.responder.protocol import MAX_SIP, mask, new_nonce, sip_nonce

NONCE = "0123456789abcdef0123456789abcdef"
LAN, LAN_PORT = "192.168.1.10", 5060
PUBLIC = "198.51.100.7"
TARGET = ("203.0.113.10", 5060)

# RFC 3261 section 25.1: Request-Line, message-header; a header name is a token.
REQUEST_LINE = re.compile(r"^OPTIONS sip:[^ ]+ SIP/2\.0$")
HEADER_LINE = re.compile(r"^[A-Za-z0-9.!%*_+`'~-]+: \S.*$")
SDP_LINE = re.compile(r"^[a-z]=\S.*$")  # RFC 4566 section 5


def request(**kw) -> bytes:
    kw.setdefault("rng", random.Random(7))
    return options_request(LAN, LAN_PORT, NONCE, TARGET, **kw)


def split(message: bytes) -> tuple[str, list[tuple[str, str]], bytes]:
    head, _, body = message.partition(b"\r\n\r\n")
    lines = head.decode("ascii").split("\r\n")
    headers = [tuple(line.split(": ", 1)) for line in lines[1:]]
    return lines[0], headers, body


def header(message: bytes, name: str) -> list[str]:
    return [value for n, value in split(message)[1] if n == name]


def parts(changes: tuple[SipChange, ...]) -> list[str]:
    return [c.part for c in changes]


# ---------------------------------------------------------------- the message


def test_the_options_request_is_well_formed_sip():
    message = request()
    assert b"\n" not in message.replace(b"\r\n", b"")  # CRLF only, no bare LF or CR
    assert b"\r" not in message.replace(b"\r\n", b"")
    start, headers, body = split(message)
    assert start == "OPTIONS sip:203.0.113.10:5060 SIP/2.0"
    assert REQUEST_LINE.match(start)
    for name, value in headers:
        assert HEADER_LINE.match(f"{name}: {value}"), name
    names = [name for name, _ in headers]
    # RFC 3261 section 8.1.1: the six headers every request carries
    for required in ("To", "From", "CSeq", "Call-ID", "Max-Forwards", "Via"):
        assert names.count(required) == 1, required
    assert header(message, "CSeq") == ["1 OPTIONS"]
    assert header(message, "Max-Forwards") == ["70"]
    assert header(message, "Content-Length") == [str(len(body))]
    assert header(message, "Content-Type") == ["application/sdp"]
    assert header(message, "Accept") == ["application/sdp"]
    assert header(message, "User-Agent")


def test_the_lan_address_stands_where_a_helper_looks_for_it():
    message = request()
    (via,) = header(message, "Via")
    assert re.fullmatch(r"SIP/2\.0/UDP 192\.168\.1\.10:5060;branch=z9hG4bK[0-9a-f]+;rport", via)
    (contact,) = header(message, "Contact")
    assert contact == "<sip:check@192.168.1.10:5060;transport=udp>"
    (from_,) = header(message, "From")
    assert re.fullmatch(r'"Firewall check" <sip:check@192\.168\.1\.10:5060>;tag=[0-9a-f]+', from_)
    assert header(message, "To") == ["<sip:203.0.113.10:5060>"]


def test_the_sdp_offers_audio_on_the_media_port_at_the_lan_address():
    body = split(request(media_port=16384))[2]
    assert body.endswith(b"\r\n")
    lines = body.decode("ascii").split("\r\n")[:-1]
    assert all(SDP_LINE.match(line) for line in lines)
    # RFC 4566 section 5: v, o, s, (c), t, then the media description
    assert [line[0] for line in lines[:6]] == ["v", "o", "s", "c", "t", "m"]
    assert lines[0] == "v=0"
    assert re.fullmatch(r"o=\S+ \d+ \d+ IN IP4 192\.168\.1\.10", lines[1])
    assert lines[3] == "c=IN IP4 192.168.1.10"
    assert lines[4] == "t=0 0"
    assert lines[5] == "m=audio 16384 RTP/AVP 0 8 101"
    for payload in ("0 PCMU/8000", "8 PCMA/8000", "101 telephone-event/8000"):
        assert f"a=rtpmap:{payload}" in lines
    assert "a=sendrecv" in lines


def test_the_responder_finds_the_nonce_and_no_address_is_in_the_call_id():
    nonce = new_nonce()
    message = options_request(LAN, LAN_PORT, nonce, TARGET)
    assert sip_nonce(message) == nonce
    (call_id,) = header(message, "Call-ID")
    assert call_id == f"{nonce}@{CALL_ID_HOST}"
    for piece in re.split(r"[@:\[\]]", call_id):
        with pytest.raises(ValueError):
            ipaddress.ip_address(piece)
    assert len(message) < MAX_SIP
    # the responder's echo, masked and unmasked, is the message again
    assert mask(mask(message, nonce), nonce) == message


def test_over_tcp_the_via_and_contact_say_tcp():
    message = request(transport=Protocol.TCP)
    assert split(message)[0] == "OPTIONS sip:203.0.113.10:5060;transport=tcp SIP/2.0"
    assert header(message, "Via")[0].startswith("SIP/2.0/TCP 192.168.1.10:5060;")
    assert header(message, "Contact") == ["<sip:check@192.168.1.10:5060;transport=tcp>"]


def test_another_port_is_named_everywhere_the_address_is():
    message = options_request(LAN, 65002, NONCE, ("203.0.113.10", 5070))
    assert split(message)[0] == "OPTIONS sip:203.0.113.10:5070 SIP/2.0"
    assert message.count(b"192.168.1.10:65002") == 3  # Via, From, Contact
    assert b"192.168.1.10:5060" not in message


def test_an_ipv6_address_is_bracketed_in_uris_and_ip6_in_sdp():
    message = options_request("fd00::10", 5060, NONCE, ("2001:db8::1", 5060))
    assert split(message)[0] == "OPTIONS sip:[2001:db8::1]:5060 SIP/2.0"
    assert header(message, "Contact") == ["<sip:check@[fd00::10]:5060;transport=udp>"]
    assert b"c=IN IP6 fd00::10\r\n" in message


def test_only_the_branch_and_tag_vary():
    assert request(rng=random.Random(1)) == request(rng=random.Random(1))
    one, two = options_request(LAN, 5060, NONCE, TARGET), options_request(LAN, 5060, NONCE, TARGET)
    assert one != two
    assert parts(compare(one, two)) == [Part.VIA, Part.FROM]


@pytest.mark.parametrize(
    "kw",
    [
        {"local_ip": "pbx.local"},
        {"local_port": 0},
        {"local_port": 65536},
        {"target": ("203.0.113.10", 0)},
        {"media_port": 70000},
        {"transport": Protocol.BOTH},
    ],
)
def test_bad_arguments_are_refused(kw):
    args = {"local_ip": LAN, "local_port": 5060, "nonce": NONCE, "target": TARGET, **kw}
    with pytest.raises(ValueError):
        options_request(**args)


# ---------------------------------------------------------------- what helpers do


def test_the_same_bytes_are_no_change():
    message = request()
    assert compare(message, message) == ()
    assert compare(message, bytes(message), Protocol.TCP) == ()


def test_linux_nf_nat_sip_as_seen_in_the_lab():
    """Linux's helper on an OPTIONS: Via sent-by, From and Contact mapped to the public
    address (tests/engine/test_sipalg_lab.py shows it on a real router)."""
    sent = request()
    received = sent.replace(f"{LAN}:5060".encode(), f"{PUBLIC}:5060".encode())
    changes = compare(sent, received)
    assert parts(changes) == [Part.VIA, Part.FROM, Part.CONTACT]
    assert changes[2] == SipChange(
        Part.CONTACT,
        "<sip:check@192.168.1.10:5060;transport=udp>",
        "<sip:check@198.51.100.7:5060;transport=udp>",
        Protocol.UDP,
    )
    via = changes[0]
    assert via.sent.startswith("SIP/2.0/UDP 192.168.1.10:5060;branch=z9hG4bK")
    assert via.received == via.sent.replace(LAN, PUBLIC)


def test_a_helper_that_rewrites_the_sdp_and_content_length():
    """As Linux's helper does to an INVITE behind a NAT that also changed the port:
    addresses and port in the headers, o= and c=, another media port, and Content-Length
    fixed for the longer body."""
    sent = request(transport=Protocol.TCP)
    body = split(sent)[2]
    new_body = body.replace(LAN.encode(), b"198.51.100.177").replace(
        b"m=audio 10000", b"m=audio 10002"
    )
    received = (
        sent.split(b"\r\n\r\n")[0]
        .replace(f"{LAN}:5060".encode(), f"{PUBLIC}:31000".encode())
        .replace(b"Content-Length: %d" % len(body), b"Content-Length: %d" % len(new_body))
        .replace(PUBLIC.encode(), b"198.51.100.177")
        + b"\r\n\r\n"
        + new_body
    )
    changes = compare(sent, received, Protocol.TCP)
    assert parts(changes) == [
        Part.VIA,
        Part.FROM,
        Part.CONTACT,
        Part.CONTENT_LENGTH,
        Part.SDP_ORIGIN,
        Part.SDP_CONNECTION,
        Part.SDP_MEDIA,
    ]
    assert all(c.transport is Protocol.TCP for c in changes)
    assert changes[1].received.startswith('"Firewall check" <sip:check@198.51.100.177:31000>')
    # o= and c= are 2 characters longer each
    assert (changes[3].sent, changes[3].received) == (str(len(body)), str(len(body) + 4))
    assert changes[5].sent == "c=IN IP4 192.168.1.10"
    assert changes[5].received == "c=IN IP4 198.51.100.177"
    assert (changes[6].sent, changes[6].received) == (
        "m=audio 10000 RTP/AVP 0 8 101",
        "m=audio 10002 RTP/AVP 0 8 101",
    )


def test_a_rewritten_request_uri():
    sent = request()
    received = sent.replace(b"OPTIONS sip:203.0.113.10:5060 ", b"OPTIONS sip:10.0.0.5:5060 ", 1)
    assert compare(sent, received) == (
        SipChange(
            Part.START_LINE,
            "OPTIONS sip:203.0.113.10:5060 SIP/2.0",
            "OPTIONS sip:10.0.0.5:5060 SIP/2.0",
        ),
    )


def test_headers_added_and_removed_in_message_order():
    sent = request()
    received = (
        sent.replace(
            b"Max-Forwards: 70\r\n", b"Max-Forwards: 70\r\nRecord-Route: <sip:10.0.0.1;lr>\r\n"
        )
        .replace(b"User-Agent: PBX Firewall Wizard\r\n", b"")
        .replace(b"Content-Length:", b"X-ALG: on\r\nContent-Length:")
    )
    assert [(c.part, c.sent, c.received) for c in compare(sent, received)] == [
        (Part.HEADER_ADDED, None, "Record-Route: <sip:10.0.0.1;lr>"),
        (Part.HEADER_REMOVED, "User-Agent: PBX Firewall Wizard", None),
        (Part.HEADER_ADDED, None, "X-ALG: on"),
    ]


def test_another_header_changed_is_named_with_its_name():
    sent = request()
    received = sent.replace(b"User-Agent: PBX Firewall Wizard", b"User-Agent: Router ALG 1.0")
    assert compare(sent, received) == (
        SipChange(Part.HEADER, "User-Agent: PBX Firewall Wizard", "User-Agent: Router ALG 1.0"),
    )


def test_a_via_put_on_top_is_one_added_via():
    sent = request()
    (via,) = header(sent, "Via")
    received = sent.replace(
        b"Via: ", b"Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKalg\r\nVia: ", 1
    )
    assert compare(sent, received) == (
        SipChange(Part.HEADER_ADDED, None, "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKalg"),
    )


def test_several_via_headers_pair_in_order():
    """A message that crossed a proxy first: two Via headers; the helper rewrites the
    second (its own flow's) only, and drops a third."""
    base = request()
    sent = base.replace(
        b"Via: ",
        b"Via: SIP/2.0/UDP 10.1.1.1:5060;branch=z9hG4bKa\r\n"
        b"Via: SIP/2.0/UDP 10.2.2.2:5060;branch=z9hG4bKb\r\nVia: ",
        1,
    )
    received = sent.replace(b"10.2.2.2:5060", b"198.51.100.7:5060").replace(
        b"Via: " + header(base, "Via")[0].encode() + b"\r\n", b""
    )
    assert [(c.part, c.sent, c.received) for c in compare(sent, received)] == [
        (
            Part.VIA,
            "SIP/2.0/UDP 10.2.2.2:5060;branch=z9hG4bKb",
            "SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bKb",
        ),
        (Part.HEADER_REMOVED, "Via: " + header(base, "Via")[0], None),
    ]


def test_compact_forms_and_name_case_pair_with_the_long_names():
    sent = request()
    received = (
        sent.replace(b"Via: SIP/2.0/UDP 192.168.1.10", b"v: SIP/2.0/UDP 198.51.100.7")
        .replace(b"Contact: <sip:check@192.168.1.10", b"m: <sip:check@198.51.100.7")
        .replace(b"From: ", b"FROM: ")
    )
    changes = compare(sent, received)
    assert parts(changes) == [Part.VIA, Part.HEADER, Part.CONTACT]
    assert changes[0].received.startswith("SIP/2.0/UDP 198.51.100.7:5060;")
    assert changes[1].sent.startswith("From: ") and changes[1].received.startswith("FROM: ")


def test_a_folded_header_is_read_as_one():
    sent = request()
    via = header(sent, "Via")[0].encode()
    folded = via.replace(b";branch", b"\r\n\t;branch").replace(LAN.encode(), PUBLIC.encode())
    received = sent.replace(via, folded)
    (change,) = compare(sent, received)
    assert change.part == Part.VIA
    assert change.received == via.decode().replace(LAN, PUBLIC).replace(";branch", " ;branch")


def test_the_same_fields_written_differently_are_still_a_change():
    sent = request()
    folded_only = sent.replace(b"Allow: INVITE, ACK, ", b"Allow: INVITE, ACK,\r\n ")
    (change,) = compare(sent, folded_only)
    assert change.part == Part.HEADER
    assert change.sent.startswith("…Allow: INVITE, ACK, CANCEL")
    lf_only = sent.replace(b"\r\n", b"\n")
    assert len(compare(sent, lf_only)) == 1
    reordered = sent.replace(b"Max-Forwards: 70\r\n", b"").replace(
        b"CSeq: 1 OPTIONS\r\n", b"CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n"
    )
    assert parts(compare(sent, reordered)) == [Part.HEADER]


def test_other_sdp_lines_and_bodies_are_body_changes():
    sent = request()
    received = sent.replace(b"a=ptime:20\r\n", b"").replace(b"a=sendrecv\r\n", b"a=sendonly\r\n")
    assert [(c.part, c.sent, c.received) for c in compare(sent, received)] == [
        (Part.BODY, "a=ptime:20", None),
        (Part.BODY, "a=sendrecv", "a=sendonly"),
    ]
    not_sdp = sent.split(b"\r\n\r\n")[0] + b"\r\n\r\n" + b"x" * 242
    (change,) = compare(sent, not_sdp)
    assert change.part == Part.BODY
    assert change.sent.startswith("v=0\\r\\n") and change.received.startswith("xxxx")


def test_bytes_after_the_body_are_a_body_change():
    sent = request()
    (change,) = compare(sent, sent + b"\r\n")
    assert (change.part, change.sent, change.received) == (Part.BODY, "", "\\r\\n")


def test_a_truncated_message_loses_its_tail():
    sent = request()
    changes = compare(sent, sent[: sent.index(b";transport=udp>") + len(";transp")])
    assert parts(changes)[:2] == [Part.CONTACT, Part.HEADER_REMOVED]
    assert changes[0].received == "<sip:check@192.168.1.10:5060;transp"
    assert changes[-1].part == Part.BODY


def test_what_is_not_sip_is_one_start_line_change():
    sent = request()
    for garbage in (b"", b"\x00" * 40, b"HTTP/1.1 400 Bad Request\r\n\r\n", mask(sent, NONCE)):
        (change,) = compare(sent, garbage)
        assert change.part == Part.START_LINE
        assert change.sent == "OPTIONS sip:203.0.113.10:5060 SIP/2.0"
        assert len(change.received) <= SHOWN
    assert compare(sent, b"\x00\xff")[0].received == "\\x00\\xff"


def test_long_values_are_cut_for_showing():
    sent = request()
    received = sent.replace(b"User-Agent: PBX Firewall Wizard", b"User-Agent: " + b"A" * 5000)
    (change,) = compare(sent, received)
    assert len(change.received) == SHOWN and change.received.endswith("…")
    # the same fields, written differently deep in a long line: shown from near there
    folded = received.replace(b"A" * 300, b"A" * 300 + b"\r\n ", 1)
    (change,) = compare(received, folded)
    assert change.part == Part.HEADER
    assert change.sent.startswith("…AAA") and change.received.startswith("…AAA")
    assert len(change.sent) == len(change.received) == SHOWN


def test_a_huge_answer_is_bounded_work():
    sent = request()
    many = sent.split(b"\r\n\r\n")[0] + b"\r\n" + b"X-Junk: 1\r\n" * 200_000 + b"\r\n"
    changes = compare(sent, many)
    assert 0 < len(changes) <= MAX_CHANGES
    # a difference past what is read closely is still found
    tail = sent + b"\x00" * 200_000
    assert compare(sent + b"\x00" * 200_000, tail[:-1] + b"\x01") != ()


# ---------------------------------------------------------------- any input

MESSAGE = options_request(LAN, LAN_PORT, NONCE, TARGET, rng=random.Random(3))


@st.composite
def mutated(draw) -> bytes:
    """The message with a few bytes changed, inserted or removed: what a broken helper
    or a truncating path could deliver."""
    data = bytearray(MESSAGE)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "cut"]))
        chunk = draw(st.binary(min_size=1, max_size=12))
        if kind == "flip" and at < len(data):
            data[at] ^= chunk[0] or 1
        elif kind == "insert":
            data[at:at] = chunk
        elif kind == "delete":
            del data[at : at + len(chunk)]
        else:
            del data[at:]
    return bytes(data)


SIPISH = st.lists(
    st.sampled_from(
        [b"OPTIONS sip:x SIP/2.0", b"SIP/2.0 200 OK", b"Via: a", b"v: b", b"l: 99999999999",
         b"Content-Length: -1", b"Content-Length: \xb2", b" folded", b"\t", b":", b"", b"v=0",
         b"m=audio 1 RTP/AVP 0", b"c=IN IP4 1.2.3.4", b"\xff\xfe", b"i: " + NONCE.encode()]
    ),
    max_size=40,
).map(lambda lines: b"\r\n".join(lines))  # fmt: skip

ANY = st.one_of(st.binary(max_size=2000), mutated(), SIPISH)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sent=st.one_of(st.just(MESSAGE), ANY), received=ANY)
def test_any_bytes_compare_without_raising(sent, received):
    changes = compare(sent, received, Protocol.TCP)
    assert isinstance(changes, tuple)
    assert (changes == ()) == (sent == received)
    assert len(changes) <= MAX_CHANGES
    for change in changes:
        assert isinstance(change, SipChange)
        assert change.part in set(Part)
        assert change.transport is Protocol.TCP
        assert change.sent is not None or change.received is not None
        for text in (change.sent, change.received):
            assert text is None or (isinstance(text, str) and len(text) <= SHOWN)
        change.as_dict()


@settings(max_examples=100, deadline=None)
@given(data=ANY)
def test_the_same_bytes_are_never_a_change(data):
    assert compare(data, bytes(data)) == ()
