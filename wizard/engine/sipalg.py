"""The SIP ALG test's messages and their comparison, sans-IO.

``options_request`` builds the SIP OPTIONS the check sends from the product's SIP port
to the responder (RFC 3261 section 11, with an SDP body, RFC 4566), carrying this
computer's real LAN address where a SIP helper looks for one: the Via sent-by, the
From and Contact URIs, the SDP origin and connection lines and the media port.
``compare`` sets what was sent beside what the responder received and names every change.

What Linux's own SIP helper (``nf_conntrack_sip`` with ``nf_nat_sip``) does to this
message behind masquerade, as the lab shows (tests/engine/test_sipalg_lab.py): it writes
the public address and port in place of the private ones in the Via sent-by and the From
and Contact URIs, over UDP and TCP alike. It reads SDP only in INVITE, UPDATE, ACK and
PRACK (and their answers), so in this OPTIONS the body and Content-Length stay as sent;
in an INVITE it also rewrites ``o=`` and ``c=`` and fixes Content-Length. It touches an
address only where address and port are the flow's own source, so the message must name
the port it really leaves from. Other vendors' helpers add or drop headers or rewrite the
request URI or the SDP; ``compare`` reports all of these the same way.
"""

from __future__ import annotations

import difflib
import ipaddress
import random
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from wizard.engine.model import Protocol, SipChange


class Part(StrEnum):
    """The parts of a SIP message ``compare`` names (``SipChange.part``)."""

    START_LINE = "start-line"
    VIA = "via"
    CONTACT = "contact"
    FROM = "from"
    TO = "to"
    CALL_ID = "call-id"
    CONTENT_LENGTH = "content-length"
    HEADER = "header"  # another header's value changed
    HEADER_ADDED = "header-added"
    HEADER_REMOVED = "header-removed"
    SDP_ORIGIN = "sdp-origin"  # o=
    SDP_CONNECTION = "sdp-connection"  # c=
    SDP_MEDIA = "sdp-media"  # m=
    BODY = "body"  # another change in the body


USER_AGENT = "PBX Firewall Wizard"
CALL_ID_HOST = "pbx-firewall-wizard.invalid"  # no address: nothing for a helper to map
SHOWN = 200  # characters of a value ``compare`` hands on, at most
MAX_INPUT = 65536  # bytes of a message ``compare`` reads; a difference beyond is still found
MAX_LINES = 512  # header or SDP lines of a message ``compare`` reads
MAX_CHANGES = 64  # changes ``compare`` reports, at most

# RFC 3261 section 7.3.3; "k" is Supported, "c" Content-Type (section 20).
_COMPACT = {
    "v": "via",
    "m": "contact",
    "f": "from",
    "t": "to",
    "i": "call-id",
    "l": "content-length",
    "c": "content-type",
    "k": "supported",
    "e": "content-encoding",
    "s": "subject",
}
_PARTS = {
    "via": Part.VIA,
    "contact": Part.CONTACT,
    "from": Part.FROM,
    "to": Part.TO,
    "call-id": Part.CALL_ID,
    "content-length": Part.CONTENT_LENGTH,
}
_SDP_PARTS = {"o": Part.SDP_ORIGIN, "c": Part.SDP_CONNECTION, "m": Part.SDP_MEDIA}
_TOKEN = rb"[A-Za-z0-9.!%*_+`'~-]+"
_REQUEST_LINE = re.compile(rb"^" + _TOKEN + rb" \S+ SIP/\d\.\d$", re.IGNORECASE)
_STATUS_LINE = re.compile(rb"^SIP/\d\.\d \d{3}(?: .*)?$", re.IGNORECASE)
_SDP_LINE = re.compile(rb"^[a-zA-Z]=")


def options_request(
    local_ip: str,
    local_port: int,
    nonce: str,
    target: tuple[str, int],
    *,
    transport: Protocol = Protocol.UDP,
    media_port: int = 10000,
    rng: random.Random | None = None,
) -> bytes:
    """A realistic SIP OPTIONS from ``local_ip:local_port`` to ``target`` with the nonce
    in its Call-ID and an SDP offer for audio on ``media_port``.

    The message is what a PBX sends to keep a trunk alive (RFC 3261 section 11), with the
    offer a phone would put in an INVITE (RFC 4566: PCMU, PCMA and RFC 4733 events):
    ``local_ip`` stands in the Via sent-by, the From and Contact URIs and the SDP ``o=``
    and ``c=`` lines, ``media_port`` in ``m=``. The Call-ID is ``<nonce>@`` a name that is
    no address, so ``protocol.sip_nonce`` finds the nonce and a helper has nothing to
    change there. ``transport`` (UDP or TCP) goes into the Via and the Contact. Lines end
    in CRLF; Content-Length counts the body's bytes exactly.

    The Via branch and the From tag are random (``rng`` when given, for repeatable tests;
    the ``secrets`` module otherwise); everything else follows from the arguments.
    ``ValueError`` for an address that is not one, a port out of 1-65535 or a transport
    that is neither UDP nor TCP.
    """
    if transport not in (Protocol.UDP, Protocol.TCP):
        raise ValueError(f"SIP goes over UDP or TCP, not {transport}")
    local = ipaddress.ip_address(local_ip)
    remote = ipaddress.ip_address(target[0])
    for port in (local_port, target[1], media_port):
        if not 0 < port <= 65535:
            raise ValueError(f"port {port} out of 1-65535")

    def token(nbytes: int) -> str:
        if rng is None:
            return secrets.token_hex(nbytes)
        return rng.randbytes(nbytes).hex()

    here = _hostport(local, local_port)
    there = _hostport(remote, target[1])
    name = transport.value  # "udp" / "tcp"
    family = "IP4" if local.version == 4 else "IP6"
    # RFC 4566 section 5.2: the session id and version are numbers; an NTP-like time is
    # usual, a fixed one keeps the message the same from one run to the next.
    body = "".join(
        f"{line}\r\n"
        for line in (
            "v=0",
            f"o=check 3750000000 3750000000 IN {family} {local}",
            "s=-",
            f"c=IN {family} {local}",
            "t=0 0",
            f"m=audio {media_port} RTP/AVP 0 8 101",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=fmtp:101 0-16",
            "a=ptime:20",
            "a=sendrecv",
        )
    ).encode("ascii")
    uri_suffix = ";transport=tcp" if transport is Protocol.TCP else ""
    head = (
        f"OPTIONS sip:{there}{uri_suffix} SIP/2.0",
        f"Via: SIP/2.0/{name.upper()} {here};branch=z9hG4bK{token(8)};rport",
        "Max-Forwards: 70",
        f'From: "Firewall check" <sip:check@{here}>;tag={token(6)}',
        f"To: <sip:{there}>",
        f"Call-ID: {nonce}@{CALL_ID_HOST}",
        "CSeq: 1 OPTIONS",
        f"Contact: <sip:check@{here};transport={name}>",
        "Accept: application/sdp",
        "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS",
        f"User-Agent: {USER_AGENT}",
        "Content-Type: application/sdp",
        f"Content-Length: {len(body)}",
    )
    return "".join(f"{line}\r\n" for line in head).encode("ascii") + b"\r\n" + body


def _hostport(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, port: int) -> str:
    return f"[{ip}]:{port}" if ip.version == 6 else f"{ip}:{port}"


# ---------------------------------------------------------------- parsing


@dataclass(frozen=True)
class _Field:
    """One header (or SDP line) as it stood: ``key`` for pairing, ``text`` for showing."""

    key: str  # the header's long name in lower case; an SDP line's type letter
    name: bytes  # the name as written ("" for SDP lines)
    value: bytes  # the value, folded lines joined, surrounding blanks removed

    def line(self) -> bytes:
        return self.name + b": " + self.value if self.name else self.value


@dataclass(frozen=True)
class _Message:
    start: bytes
    headers: tuple[_Field, ...]
    body: bytes
    rest: bytes  # bytes after the body (Content-Length shorter than what followed)
    sip: bool  # the start line is a SIP request or status line


def _lines(data: bytes) -> list[bytes]:
    """``data`` cut at CRLF or a bare LF (RFC 3261 section 7.5 asks for CRLF; a lenient
    reader takes both), at most ``MAX_LINES`` lines."""
    lines = data.split(b"\n", MAX_LINES)[:MAX_LINES]
    return [line[:-1] if line.endswith(b"\r") else line for line in lines]


def _parse(data: bytes) -> _Message:
    data = data[:MAX_INPUT]
    end, gap = data.find(b"\r\n\r\n"), 4
    bare = data.find(b"\n\n")
    if bare >= 0 and (end < 0 or bare < end):
        end, gap = bare, 2
    head, tail = (data, b"") if end < 0 else (data[:end], data[end + gap :])
    lines = _lines(head)
    if end < 0 and len(lines) > 1 and lines[-1] == b"":
        lines.pop()  # the line end of a message cut after a header
    start = lines[0] if lines else b""
    headers: list[_Field] = []
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t") and headers:  # folded (RFC 3261 section 7.3.1)
            last = headers[-1]
            value = (last.value + b" " + line.strip()).strip()
            headers[-1] = _Field(last.key, last.name, value)
            continue
        name, sep, value = line.partition(b":")
        if not sep:  # not a header: keep it whole, so a change to it is still seen
            headers.append(_Field("?" + line.strip().lower().decode("latin-1"), b"", line))
            continue
        key = name.strip().lower().decode("latin-1")
        headers.append(_Field(_COMPACT.get(key, key), name.strip(), value.strip()))
    body, rest = tail, b""
    for field in headers:
        if field.key == "content-length":
            if re.fullmatch(rb"[0-9]{1,9}", field.value) and int(field.value) <= len(tail):
                body, rest = tail[: int(field.value)], tail[int(field.value) :]
            break
    is_sip = bool(_REQUEST_LINE.match(start) or _STATUS_LINE.match(start))
    return _Message(start, tuple(headers), body, rest, is_sip)


def _sdp(body: bytes) -> list[_Field] | None:
    """The body's SDP lines (RFC 4566 section 5: ``<type>=<value>``), None when the body
    is not SDP."""
    lines = _lines(body)
    if lines and lines[-1] == b"":
        lines.pop()
    if not lines or not lines[0].startswith(b"v="):
        return None
    if not all(_SDP_LINE.match(line) for line in lines):
        return None
    return [_Field(_sdp_key(line), b"", line) for line in lines]


_DIRECTIONS = frozenset({b"sendrecv", b"sendonly", b"recvonly", b"inactive"})


def _sdp_key(line: bytes) -> str:
    """What an SDP line pairs by: its type, and for an attribute its name (RFC 4566
    section 6), the four directions being one."""
    if not line.startswith(b"a="):
        return chr(line[0]).lower()
    name = line[2:].partition(b":")[0]
    return "a=direction" if name in _DIRECTIONS else "a=" + name.decode("latin-1")


# ---------------------------------------------------------------- comparison


def _pair(
    sent: Sequence[_Field], received: Sequence[_Field]
) -> list[tuple[_Field | None, _Field | None]]:
    """The fields of both sides paired in message order; a field without a partner pairs
    with None. Fields pair only with fields of the same name: among several of one name
    (Via headers, SDP ``a=`` lines) equal values pair first, in order, and those left
    between them pair in order (so a Via put on top shows as one added Via, and a
    rewritten one as a change). A field only ``received`` has comes after the last
    paired field before it."""
    by_key_sent: dict[str, list[int]] = {}
    by_key_received: dict[str, list[int]] = {}
    for i, field in enumerate(sent):
        by_key_sent.setdefault(field.key, []).append(i)
    for j, field in enumerate(received):
        by_key_received.setdefault(field.key, []).append(j)
    partner: dict[int, int] = {}  # received index -> sent index
    for key, mine in by_key_sent.items():
        theirs = by_key_received.get(key)
        if not theirs:
            continue
        matcher = difflib.SequenceMatcher(
            None,
            [sent[i].value for i in mine],
            [received[j].value for j in theirs],
            autojunk=False,
        )
        for _, a1, a2, b1, b2 in matcher.get_opcodes():
            for offset in range(min(a2 - a1, b2 - b1)):  # equal, or replaced in order
                partner[theirs[b1 + offset]] = mine[a1 + offset]
    received_of = {i: j for j, i in partner.items()}
    keyed: list[tuple[tuple[int, int, int], _Field | None, _Field | None]] = []
    for i, field in enumerate(sent):
        other = received[received_of[i]] if i in received_of else None
        keyed.append(((i, 0, 0), field, other))
    anchor = -1
    for j, field in enumerate(received):
        if j in partner:
            anchor = partner[j]
        else:
            keyed.append(((anchor, 1, j), None, field))
    keyed.sort(key=lambda item: item[0])
    return [(a, b) for _, a, b in keyed]


def _show(data: bytes, lead: str = "") -> str:
    """Bytes from the wire as text a technician can read: UTF-8 where it is, escapes
    where not, control characters escaped; after ``lead``, at most ``SHOWN`` characters
    in all."""
    text = data[: 4 * SHOWN].decode("utf-8", "backslashreplace")
    text = lead + "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _window(a: bytes, b: bytes) -> tuple[str, str]:
    """The two byte strings shown from the start of the line where they first differ
    (from a little before the difference, where that line is long)."""
    first = _common_prefix(a, b)
    start = a.rfind(b"\n", max(0, first - 80), first) + 1 or max(0, first - 24)
    lead = "…" if start else ""
    return _show(a[start:], lead), _show(b[start:], lead)


def _both(a: bytes, b: bytes) -> tuple[str, str]:
    """Two different values shown: from their start, or from near where they part when
    they look the same that way (a difference past ``SHOWN`` characters)."""
    shown = _show(a), _show(b)
    return _window(a, b) if shown[0] == shown[1] else shown


_Change = tuple[Part, str | None, str | None]


def _common_prefix(a: bytes, b: bytes) -> int:
    """How many bytes ``a`` and ``b`` share from their start (a binary search over
    slices: the work is in C, not a Python loop over every byte)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _header_changes(sent: _Message, received: _Message) -> Iterable[_Change]:
    for before, after in _pair(sent.headers, received.headers):
        if after is None:
            yield Part.HEADER_REMOVED, _show(before.line()), None
        elif before is None:
            yield Part.HEADER_ADDED, None, _show(after.line())
        elif before.value != after.value or before.name != after.name:
            part = _PARTS.get(before.key)
            if part is None or (before.name != after.name and before.value == after.value):
                yield Part.HEADER, *_both(before.line(), after.line())
            else:
                yield part, *_both(before.value, after.value)


def _body_changes(sent: _Message, received: _Message) -> Iterable[_Change]:
    if sent.body != received.body:
        old, new = _sdp(sent.body), _sdp(received.body)
        if old is None or new is None:
            yield (Part.BODY, *_window(sent.body, received.body))
        else:
            for before, after in _pair(old, new):
                if before is None or after is None:
                    key = (before or after).key
                    yield (
                        _SDP_PARTS.get(key, Part.BODY),
                        None if before is None else _show(before.value),
                        None if after is None else _show(after.value),
                    )
                elif before.value != after.value:
                    yield _SDP_PARTS.get(before.key, Part.BODY), *_both(before.value, after.value)
    if sent.rest != received.rest:
        yield (Part.BODY, *_window(sent.rest, received.rest))


def compare(
    sent: bytes, received: bytes, transport: Protocol = Protocol.UDP
) -> tuple[SipChange, ...]:
    """What changed between ``sent`` and ``received``, in the order of the message;
    empty when they are the same bytes, and never empty when they differ.

    Both are read leniently (RFC 3261 section 7): the start line, the headers in order
    with names in any case and compact forms taken as their long names (``v`` Via, ``m``
    Contact, ``f`` From, ``t`` To, ``i`` Call-ID, ``l`` Content-Length, ``c``
    Content-Type, ``k`` Supported), folded lines joined, and the body as long as
    Content-Length says (the rest of the message where it says nothing usable). Headers
    of one name pair up in order, equal values first: each of several Via headers is
    compared with its counterpart, and a Via put on top is one added Via.

    Changes, each a ``SipChange`` with ``part`` a ``Part`` value, ``sent`` and
    ``received`` as text of at most ``SHOWN`` characters:

    - the start line (``START_LINE``), e.g. a rewritten request URI;
    - a header's value: ``VIA``, ``CONTACT``, ``FROM``, ``TO``, ``CALL_ID``,
      ``CONTENT_LENGTH`` with the values, e.g. ``"SIP/2.0/UDP 192.168.1.10:5060;..."``;
      any other header as ``HEADER`` with its name, ``"User-Agent: x"``;
    - a header only in ``received`` (``HEADER_ADDED``, ``sent`` None) or only in ``sent``
      (``HEADER_REMOVED``, ``received`` None), with its name;
    - in an SDP body (RFC 4566), the ``o=``, ``c=`` and ``m=`` lines (``SDP_ORIGIN``,
      ``SDP_CONNECTION``, ``SDP_MEDIA``); any other change to the body as ``BODY``.

    ``received`` comes from the internet: whatever it holds, this returns (at most
    ``MAX_CHANGES`` changes; only the first ``MAX_INPUT`` bytes are read closely). When
    it is not a SIP message at all, the answer is one ``START_LINE`` change. Where the
    fields are the same but the bytes are not (headers in another order, other line ends,
    a header folded otherwise), one change shows where the bytes part.
    """
    if sent == received:
        return ()
    old, new = _parse(sent), _parse(received)
    found: list[_Change] = []
    if old.sip and not new.sip:
        found.append((Part.START_LINE, _show(old.start), _show(new.start)))
    else:
        if old.start != new.start:
            found.append((Part.START_LINE, _show(old.start), _show(new.start)))
        found.extend(_header_changes(old, new))
        found.extend(_body_changes(old, new))
    if not found:
        # The same fields, written differently: headers in another order, other line
        # ends or blanks, or a difference past MAX_INPUT. Show where the bytes part.
        end = sent.find(b"\r\n")
        head_end = sent.find(b"\r\n\r\n")
        shown_sent, shown_received = _window(sent, received)
        first = _common_prefix(sent, received)
        if 0 <= first < end or end < 0:
            part = Part.START_LINE
        elif head_end < 0 or first < head_end + 4:
            part = Part.HEADER
        else:
            part = Part.BODY
        found.append((part, shown_sent, shown_received))
    return tuple(
        SipChange(part, before, after, transport) for part, before, after in found[:MAX_CHANGES]
    )
