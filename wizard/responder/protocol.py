"""The responder's wire format, sans-IO: bytes in, messages out, and back.

Control channel (TCP, the wizard connects; no spoofed sources)
--------------------------------------------------------------
One message per line: a UTF-8 JSON object, at most ``MAX_LINE`` bytes with its ``\\n``.
The server speaks first::

    {"v": 1, "type": "hello", "you": "198.51.100.7:51234", "probe_port": 40123,
     "sip_port": 5060, "auth": false, "max_udp": 256, "max_tcp": 32}

``you`` is the address the connection came from: the wizard's public address as the
internet sees it. ``probe_port`` is the UDP port the responder's probes come from, opened
for this control connection alone and closed with it: the wizard's ports never sent to
it, not even in an earlier check, so a probe is unsolicited for their mappings and meets
no state an earlier check left in a router. It answers one thing only: a control
datagram (below). The wizard then sends requests, one at a time::

    {"v": 1, "type": "probe", "nonce": "<32 hex>", "udp": [9000, 9001], "tcp": [5090],
     "sip": false, "ts": 1764590000, "mac": "<64 hex>"}

There is no address in a request: the responder sends only to the IP address the control
connection came from, to the listed ports. ``mac`` is required when ``hello.auth`` is
true (``sign``), ``sip`` registers the nonce for the SIP echo (below). The answers::

    {"type": "accepted", "nonce": ..., "udp": n, "tcp": n}
    {"type": "udp_sent", "nonce": ..., "ports": [9000, 9001], "copies": 3, "heard": [51000]}
    {"type": "tcp", "nonce": ..., "port": 5090, "state": "connected", "from_port": 41000}
    {"type": "done", "nonce": ...}
    {"type": "error", "nonce": ... | null, "code": "rate_limited", "detail": "..."}

``state`` is ``TcpState``; ``code`` is ``ErrorCode``. ``heard``: the source ports of the
datagrams the probe port received from the requester's IP address until then, control
datagrams included: a port of the wizard's that is heard there although it sent only with
TTL 1 (its pre-open) crossed a router that does not count the TTL down, and left state.

Probes
------
A UDP probe and the first bytes of a TCP connect-back are ``probe_payload``: ``MAGIC``,
a kind byte, the 16-byte nonce, the port (2 bytes, big endian) and the copy number. A
connect-back is held open ``TCP_HOLD`` seconds after its payload, so the wizard can find
it in its socket table where a service of its own holds the port.

Control datagrams
-----------------
While a request is in progress, and ``CONTROL_GRACE`` seconds after its ``done``, the
connection's probe port answers a ``probe_payload(ProbeKind.CONTROL, nonce, port, n)`` of
that request from the requester's IP address: once per number ``n``, at most
``MAX_CONTROLS`` a request, with ``probe_payload(ProbeKind.CONTROL, nonce, source, n)``
sent back where it came from, ``source`` being the port it came from as the responder
saw it (the requester's public port). An answer is never longer than its control; the
control's own port field is not read.

SIP echo
--------
On its SIP port (UDP and TCP) the responder takes one SIP request whose Call-ID carries
the hex nonce of a request with ``"sip": true`` from the same IP address (at most
``SIP_REGISTERED_S`` seconds old), and sends back exactly as many bytes as it got: the
message it received XORed with ``keystream(nonce)`` (``mask``). Masked, the echo means
nothing to a SIP helper on the way back, which would otherwise undo its own changes
(Linux's nf_nat_sip maps the public address back to the private one in the reply
direction). Unmasked, it is the message as it arrived at the responder.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import secrets
import struct
from dataclasses import dataclass, field
from enum import StrEnum

VERSION = 1
MAX_LINE = 4096  # bytes of one control message, its newline included
MAGIC = b"PBXW"
NONCE_BYTES = 16
PROBE_STRUCT = struct.Struct("!4sB16sHB")  # magic, kind, nonce, port, copy
PROBE_SIZE = PROBE_STRUCT.size  # 24 bytes
MAX_UDP_PORTS = 256  # UDP ports in one request
MAX_TCP_PORTS = 32  # TCP ports in one request
UDP_COPIES = 3  # copies of each UDP probe
UDP_COPY_SPACING = 0.25  # seconds between a port's copies
TCP_CONNECT_TIMEOUT = 3.0  # seconds a connect-back may take
TCP_HOLD = 2.0  # seconds a connect-back stays open after its payload
SIP_REGISTERED_S = 60.0  # how long a nonce may be used for the SIP echo
MAX_SIP = 8192  # bytes of one SIP message the echo takes (UDP: one datagram)
MAX_CLOCK_SKEW = 300  # seconds a signed request's ``ts`` may differ from the server's clock
CONTROL_GRACE = 3.0  # seconds control datagrams are answered after a request is done
MAX_CONTROLS = 200  # control datagrams answered per request
DEFAULT_CONTROL_PORT = 3480  # the control channel's TCP port when none is given


class ProbeKind:
    UDP = 1
    TCP = 2
    CONTROL = 3


class TcpState(StrEnum):
    """What the responder saw of one connect-back."""

    CONNECTED = "connected"  # the handshake completed and the payload went out
    REFUSED = "refused"  # a TCP reset came back (nothing listens, or a reject rule)
    TIMEOUT = "timeout"  # nothing came back within ``TCP_CONNECT_TIMEOUT``
    UNREACHABLE = "unreachable"  # an ICMP error came back (host or port unreachable)
    ERROR = "error"  # the responder could not try (its own resources)


class ErrorCode(StrEnum):
    BAD_REQUEST = "bad_request"  # not a message of this protocol, or a field out of bounds
    TOO_MANY_PORTS = "too_many_ports"
    RATE_LIMITED = "rate_limited"  # too many requests from this address; ``detail``: wait
    BUSY = "busy"  # the responder is at its limit of work in total
    UNAUTHORIZED = "unauthorized"  # a secret is required and ``mac`` is missing or wrong
    STALE = "stale"  # ``ts`` too far from the responder's clock
    REPLAYED = "replayed"  # the nonce was used before


class ProtocolError(ValueError):
    """A message that is not this protocol's; ``code`` says which kind of wrong."""

    def __init__(self, code: ErrorCode, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


def new_nonce() -> str:
    return secrets.token_hex(NONCE_BYTES)


@dataclass(frozen=True)
class Hello:
    you: tuple[str, int]
    probe_port: int
    sip_port: int | None
    auth: bool
    max_udp: int = MAX_UDP_PORTS
    max_tcp: int = MAX_TCP_PORTS

    def encode(self) -> bytes:
        return _line(
            {
                "v": VERSION,
                "type": "hello",
                "you": f"{self.you[0]}:{self.you[1]}",
                "probe_port": self.probe_port,
                "sip_port": self.sip_port,
                "auth": self.auth,
                "max_udp": self.max_udp,
                "max_tcp": self.max_tcp,
            }
        )


@dataclass(frozen=True)
class ProbeRequest:
    nonce: str  # 32 lowercase hex digits
    udp: tuple[int, ...] = ()
    tcp: tuple[int, ...] = ()
    sip: bool = False
    ts: int = 0  # the sender's clock, seconds since the epoch
    mac: str | None = None

    def fields(self) -> dict:
        return {
            "v": VERSION,
            "type": "probe",
            "nonce": self.nonce,
            "udp": list(self.udp),
            "tcp": list(self.tcp),
            "sip": self.sip,
            "ts": self.ts,
        }

    def encode(self) -> bytes:
        data = self.fields()
        if self.mac is not None:
            data["mac"] = self.mac
        return _line(data)


@dataclass(frozen=True)
class Accepted:
    nonce: str
    udp: int
    tcp: int


@dataclass(frozen=True)
class UdpSent:
    nonce: str
    ports: tuple[int, ...]
    copies: int
    heard: tuple[int, ...] = ()


@dataclass(frozen=True)
class TcpResult:
    nonce: str
    port: int
    state: TcpState
    from_port: int | None = None


@dataclass(frozen=True)
class Done:
    nonce: str


@dataclass(frozen=True)
class Error:
    code: ErrorCode
    detail: str = ""
    nonce: str | None = None


ServerMessage = Hello | Accepted | UdpSent | TcpResult | Done | Error


def encode(message: Accepted | UdpSent | TcpResult | Done | Error | Hello) -> bytes:
    """One server message as a line of the control channel."""
    if isinstance(message, Hello):
        return message.encode()
    if isinstance(message, Accepted):
        data = {"type": "accepted", "nonce": message.nonce, "udp": message.udp, "tcp": message.tcp}
    elif isinstance(message, UdpSent):
        data = {
            "type": "udp_sent",
            "nonce": message.nonce,
            "ports": list(message.ports),
            "copies": message.copies,
            "heard": list(message.heard),
        }
    elif isinstance(message, TcpResult):
        data = {
            "type": "tcp",
            "nonce": message.nonce,
            "port": message.port,
            "state": str(message.state),
            "from_port": message.from_port,
        }
    elif isinstance(message, Done):
        data = {"type": "done", "nonce": message.nonce}
    else:
        data = {
            "type": "error",
            "nonce": message.nonce,
            "code": str(message.code),
            "detail": message.detail,
        }
    return _line(data)


def _line(data: dict) -> bytes:
    line = json.dumps(data, separators=(",", ":"), ensure_ascii=True).encode() + b"\n"
    if len(line) > MAX_LINE:
        raise ValueError(f"message of {len(line)} bytes, over {MAX_LINE}")
    return line


class LineReader:
    """Splits a byte stream into lines of at most ``MAX_LINE`` bytes; a longer line is a
    ``ProtocolError`` (the connection should end: nothing after it can be trusted)."""

    def __init__(self, limit: int = MAX_LINE) -> None:
        self._buffer = bytearray()
        self._limit = limit

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer += data
        lines = []
        while True:
            end = self._buffer.find(b"\n")
            if end < 0:
                break
            if end + 1 > self._limit:
                raise ProtocolError(ErrorCode.BAD_REQUEST, "line too long")
            lines.append(bytes(self._buffer[:end]))
            del self._buffer[: end + 1]
        if len(self._buffer) >= self._limit:
            raise ProtocolError(ErrorCode.BAD_REQUEST, "line too long")
        return lines


def _object(line: bytes) -> dict:
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "not JSON") from None
    if not isinstance(data, dict):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "not a JSON object")
    return data


def _port(value: object) -> int:
    if type(value) is not int or not 1 <= value <= 65535:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "a port must be a number from 1 to 65535")
    return value


def _ports(value: object, limit: int, what: str) -> tuple[int, ...]:
    if not isinstance(value, list):
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"{what} must be a list of ports")
    if len(value) > limit:
        raise ProtocolError(ErrorCode.TOO_MANY_PORTS, f"at most {limit} {what} ports")
    ports = tuple(_port(v) for v in value)
    if len(set(ports)) != len(ports):
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"a port twice in {what}")
    return ports


_REQUEST_KEYS = frozenset({"v", "type", "nonce", "udp", "tcp", "sip", "ts", "mac"})


def parse_request(
    line: bytes, max_udp: int = MAX_UDP_PORTS, max_tcp: int = MAX_TCP_PORTS
) -> ProbeRequest:
    """A client's line as a ``ProbeRequest``; ``ProtocolError`` for anything else. Unknown
    keys are refused, an address above all: the responder never takes one."""
    data = _object(line)
    unknown = set(data) - _REQUEST_KEYS
    if unknown:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "unknown field " + sorted(unknown)[0][:32])
    if data.get("v") != VERSION or data.get("type") != "probe":
        raise ProtocolError(ErrorCode.BAD_REQUEST, "not a probe request of version 1")
    nonce = data.get("nonce")
    if not (isinstance(nonce, str) and len(nonce) == 2 * NONCE_BYTES and _is_hex(nonce)):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "the nonce must be 32 hex digits")
    udp = _ports(data.get("udp", []), max_udp, "udp")
    tcp = _ports(data.get("tcp", []), max_tcp, "tcp")
    if not udp and not tcp and not data.get("sip"):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "nothing asked")
    sip = data.get("sip", False)
    ts = data.get("ts", 0)
    mac = data.get("mac")
    if type(sip) is not bool or type(ts) is not int or not 0 <= ts < 2**40:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "sip must be true or false, ts a time")
    if mac is not None and not (isinstance(mac, str) and len(mac) == 64 and _is_hex(mac)):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "mac must be 64 hex digits")
    return ProbeRequest(nonce.lower(), udp, tcp, sip, ts, mac.lower() if mac else None)


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in text)


def _address(text: object) -> tuple[str, int]:
    if not isinstance(text, str):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "an address must be text")
    host, _, port = text.rpartition(":")
    try:
        ip = str(ipaddress.ip_address(host.strip("[]")))
        number = int(port)
    except ValueError:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "not an address") from None
    return ip, _port(number)


def parse_server_message(line: bytes) -> ServerMessage:
    """A server's line, for the wizard; ``ProtocolError`` for anything else (the wizard
    treats a responder that says something else as one that does not work)."""
    data = _object(line)
    kind = data.get("type")
    try:
        if kind == "hello":
            if data.get("v") != VERSION:
                raise ProtocolError(ErrorCode.BAD_REQUEST, "another protocol version")
            sip_port = data.get("sip_port")
            return Hello(
                you=_address(data["you"]),
                probe_port=_port(data["probe_port"]),
                sip_port=None if sip_port is None else _port(sip_port),
                auth=bool(data.get("auth")),
                max_udp=_bounded(data.get("max_udp", MAX_UDP_PORTS), MAX_UDP_PORTS),
                max_tcp=_bounded(data.get("max_tcp", MAX_TCP_PORTS), MAX_TCP_PORTS),
            )
        nonce = data.get("nonce")
        if kind == "error":
            code = ErrorCode(data["code"])
            detail = data.get("detail") or ""
            return Error(code, str(detail)[:200], nonce if isinstance(nonce, str) else None)
        if not isinstance(nonce, str):
            raise ProtocolError(ErrorCode.BAD_REQUEST, "no nonce")
        if kind == "accepted":
            return Accepted(nonce, _bounded(data["udp"], 65535), _bounded(data["tcp"], 65535))
        if kind == "udp_sent":
            ports = tuple(_port(p) for p in data["ports"])
            heard = data.get("heard", [])
            if not isinstance(heard, list) or len(heard) > MAX_CONTROLS + MAX_UDP_PORTS:
                raise ProtocolError(ErrorCode.BAD_REQUEST, "heard must be a short list")
            heard_ports = tuple(_port(p) for p in heard)
            return UdpSent(nonce, ports, _bounded(data["copies"], 100), heard_ports)
        if kind == "tcp":
            from_port = data.get("from_port")
            return TcpResult(
                nonce,
                _port(data["port"]),
                TcpState(data["state"]),
                None if from_port is None else _port(from_port),
            )
        if kind == "done":
            return Done(nonce)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ProtocolError):
            raise
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"a bad {kind!s:.20} message") from None
    raise ProtocolError(ErrorCode.BAD_REQUEST, "an unknown message")


def _bounded(value: object, high: int) -> int:
    if type(value) is not int or not 0 <= value <= high:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "a count out of bounds")
    return value


# ---------------------------------------------------------------- authentication


def canonical(request: ProbeRequest) -> bytes:
    """The bytes the MAC covers: the request's fields but ``mac``, sorted, compact."""
    return json.dumps(request.fields(), sort_keys=True, separators=(",", ":")).encode()


def sign(request: ProbeRequest, secret: bytes) -> ProbeRequest:
    """``request`` with its ``mac``: HMAC-SHA256 (RFC 2104) of ``canonical`` under the
    shared secret."""
    mac = hmac.new(secret, canonical(request), hashlib.sha256).hexdigest()
    return ProbeRequest(request.nonce, request.udp, request.tcp, request.sip, request.ts, mac)


def verify(request: ProbeRequest, secret: bytes) -> bool:
    if request.mac is None:
        return False
    expected = hmac.new(secret, canonical(request), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, request.mac)


# ---------------------------------------------------------------- probes


def probe_payload(kind: int, nonce: str, port: int, copy: int = 0) -> bytes:
    return PROBE_STRUCT.pack(MAGIC, kind, bytes.fromhex(nonce), port, copy)


@dataclass(frozen=True)
class Probe:
    kind: int
    nonce: str
    port: int
    copy: int


def parse_probe(data: bytes) -> Probe | None:
    """A probe as sent by ``probe_payload``; None for anything else."""
    if len(data) < PROBE_SIZE or not data.startswith(MAGIC):
        return None
    _, kind, nonce, port, copy = PROBE_STRUCT.unpack_from(data)
    return Probe(kind, nonce.hex(), port, copy)


# ---------------------------------------------------------------- SIP echo


def keystream(nonce: str, length: int) -> bytes:
    """SHA-256 of the nonce and a block counter, as many bytes as needed."""
    seed = bytes.fromhex(nonce)
    blocks = []
    for counter in range((length + 31) // 32):
        blocks.append(hashlib.sha256(seed + counter.to_bytes(4, "big")).digest())
    return b"".join(blocks)[:length]


def mask(data: bytes, nonce: str) -> bytes:
    """``data`` XORed with ``keystream(nonce)``: its own inverse, the same length."""
    stream = keystream(nonce, len(data))
    # One XOR of two big integers: the same bytes as a loop over them, some 50 times faster.
    mixed = int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")
    return mixed.to_bytes(len(data), "big")


def sip_nonce(message: bytes) -> str | None:
    """The nonce in a SIP message's Call-ID header (``Call-ID`` or its compact form
    ``i``, RFC 3261 section 20.8): the first run of 32 hex digits in it; None without."""
    head = message.split(b"\r\n\r\n", 1)[0][:MAX_SIP]
    for raw in head.split(b"\r\n")[1:]:
        name, sep, value = raw.partition(b":")
        if not sep or name.strip().lower() not in (b"call-id", b"i"):
            continue
        text = value.strip().decode("ascii", "replace")
        for start in range(0, max(0, len(text) - 2 * NONCE_BYTES) + 1):
            piece = text[start : start + 2 * NONCE_BYTES]
            if len(piece) == 2 * NONCE_BYTES and _is_hex(piece):
                return piece.lower()
        return None
    return None


@dataclass
class Registrations:
    """Nonces registered for the SIP echo, by source IP, bounded in number and time.

    ``now`` is a monotonic clock (``time.monotonic``): the items are kept in the order they
    were added, so expiring stops at the first one still fresh."""

    limit: int = 4096
    _items: dict[str, tuple[str, float]] = field(default_factory=dict)  # nonce -> (ip, at)

    def add(self, nonce: str, ip: str, now: float) -> None:
        self.expire(now)
        self._items.pop(nonce, None)  # a nonce added again moves to the end
        if len(self._items) >= self.limit:
            self._items.pop(next(iter(self._items)))
        self._items[nonce] = (ip, now)

    def allows(self, nonce: str | None, ip: str, now: float) -> bool:
        if nonce is None:
            return False
        found = self._items.get(nonce)
        return found is not None and found[0] == ip and now - found[1] <= SIP_REGISTERED_S

    def expire(self, now: float) -> None:
        while self._items:
            nonce, (_, at) = next(iter(self._items.items()))
            if now - at <= SIP_REGISTERED_S:
                break
            del self._items[nonce]

    def __len__(self) -> int:
        return len(self._items)
