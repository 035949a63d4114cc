"""NAT-PMP's external address request and PCP's ANNOUNCE, sans-IO.

Both protocols talk to the gateway on UDP port 5351 (``SERVER_PORT``). This module owns
no socket: it builds the two requests the wizard sends and reads their answers, raising
``ValueError`` for anything that is not exactly a well-formed answer to them (the I/O in
``wizard.engine.gateway`` treats that as no answer).

- NAT-PMP (RFC 6886): the request is two bytes, version 0 and opcode 0 (section 3.2); the
  answer is twelve: version 0, opcode 128, a 16-bit result code (section 3.5), the
  seconds since the gateway's epoch began, and its external IPv4 address, which means
  nothing unless the result is 0 (success).
- PCP (RFC 6887): the ANNOUNCE request (section 14.1) is the 24-byte common header of
  section 7.1 with opcode 0 and lifetime 0; the answer is the header of section 7.2 (R
  bit set, opcode 0, an 8-bit result code of section 7.4, lifetime, epoch). A server
  that speaks another version answers UNSUPP_VERSION with the version it does speak
  (section 9); a NAT-PMP-only gateway answers a PCP request with an 8-byte NAT-PMP
  "unsupported version" answer (RFC 6886 section 3.5, RFC 6887 appendix A).
"""

from __future__ import annotations

import ipaddress
import struct
from dataclasses import dataclass
from enum import IntEnum

SERVER_PORT = 5351  # RFC 6886 section 3.1, RFC 6887 section 19.1
NATPMP_VERSION = 0
PCP_VERSION = 2  # RFC 6887; version 1 was used by drafts before it
OP_EXTERNAL_ADDRESS = 0  # NAT-PMP
OP_ANNOUNCE = 0  # PCP
RESPONSE_BIT = 0x80  # NAT-PMP: opcode + 128; PCP: the R bit
PCP_HEADER = 24  # bytes of a PCP request or response header
PCP_MAX = 1100  # RFC 6887 section 7: no PCP message is longer


class NatPmpResult(IntEnum):
    """NAT-PMP result codes (RFC 6886 section 3.5)."""

    SUCCESS = 0
    UNSUPPORTED_VERSION = 1
    NOT_AUTHORIZED = 2  # e.g. the box supports mapping but the user turned it off
    NETWORK_FAILURE = 3  # e.g. the NAT box has no external address (yet)
    OUT_OF_RESOURCES = 4
    UNSUPPORTED_OPCODE = 5


class PcpResult(IntEnum):
    """PCP result codes (RFC 6887 section 7.4)."""

    SUCCESS = 0
    UNSUPP_VERSION = 1
    NOT_AUTHORIZED = 2
    MALFORMED_REQUEST = 3
    UNSUPP_OPCODE = 4
    UNSUPP_OPTION = 5
    MALFORMED_OPTION = 6
    NETWORK_FAILURE = 7
    NO_RESOURCES = 8
    UNSUPP_PROTOCOL = 9
    USER_EX_QUOTA = 10
    CANNOT_PROVIDE_EXTERNAL = 11
    ADDRESS_MISMATCH = 12
    EXCESSIVE_REMOTE_PEERS = 13


@dataclass(frozen=True)
class ExternalAddress:
    """A NAT-PMP answer to the external address request. ``result``: the result code as
    sent (an ``int``: a code RFC 6886 does not name is kept, not refused); ``address``:
    the external IPv4 address, None unless ``result`` is 0 and the address is not
    0.0.0.0; ``epoch``: seconds since the gateway's mapping table began."""

    result: int
    epoch: int
    address: str | None

    @property
    def ok(self) -> bool:
        return self.result == NatPmpResult.SUCCESS and self.address is not None


@dataclass(frozen=True)
class PcpAnswer:
    """A PCP answer to ANNOUNCE: the ``version`` the server speaks, its ``result`` code
    (an ``int``, kept as sent), ``lifetime`` and ``epoch`` in seconds. ``natpmp``: the
    answer came in NAT-PMP's format (version 0), from a gateway that speaks NAT-PMP but
    not PCP."""

    version: int
    result: int
    lifetime: int = 0
    epoch: int = 0
    natpmp: bool = False

    @property
    def speaks_pcp(self) -> bool:
        """The gateway runs a PCP server (of any version), whatever it thought of the
        request."""
        return not self.natpmp and self.version >= 1


def external_address_request() -> bytes:
    """NAT-PMP's external address request (RFC 6886 section 3.2): two bytes."""
    return bytes((NATPMP_VERSION, OP_EXTERNAL_ADDRESS))


def parse_external_address(data: bytes) -> ExternalAddress:
    """Read NAT-PMP's answer to the external address request: exactly 12 bytes, version
    0, opcode 128. Raises ValueError for anything else (another length, version or
    opcode; a datagram that is not this answer)."""
    if len(data) != 12:
        raise ValueError(f"a NAT-PMP external address answer has 12 bytes, not {len(data)}")
    version, opcode, result, epoch = struct.unpack_from("!BBHI", data)
    if version != NATPMP_VERSION:
        raise ValueError(f"NAT-PMP version {version}, not 0")
    if opcode != RESPONSE_BIT | OP_EXTERNAL_ADDRESS:
        raise ValueError(f"NAT-PMP opcode {opcode}, not 128")
    address: str | None = str(ipaddress.IPv4Address(data[8:12]))
    if result != NatPmpResult.SUCCESS or address == "0.0.0.0":
        address = None  # RFC 6886 section 3.2: undefined unless the result is success
    return ExternalAddress(result=result, epoch=epoch, address=address)


def announce_request(client_ip: str, version: int = PCP_VERSION) -> bytes:
    """PCP's ANNOUNCE request (RFC 6887 sections 7.1 and 14.1) from ``client_ip`` (the
    IPv4 address the request leaves from, carried as an IPv4-mapped IPv6 address): 24
    bytes, lifetime 0, no options. Raises ValueError for a malformed address or a
    version outside 1..255."""
    if not 1 <= version <= 255:
        raise ValueError(f"PCP version {version} is out of range")
    mapped = ipaddress.IPv6Address(f"::ffff:{ipaddress.IPv4Address(client_ip)}")
    return struct.pack("!BBHI", version, OP_ANNOUNCE, 0, 0) + mapped.packed


def parse_announce(data: bytes) -> PcpAnswer:
    """Read an answer to ANNOUNCE. PCP's (RFC 6887 section 7.2): at least 24 and at most
    1100 bytes, a multiple of 4, version 1 or more, the R bit set, opcode 0. Or NAT-PMP's
    "unsupported version" answer to it (RFC 6886 section 3.5): 8 bytes, version 0,
    opcode 128, result 1 or another code. Raises ValueError for anything else."""
    if len(data) < 2:
        raise ValueError("a PCP answer is at least 24 bytes")
    if data[0] == NATPMP_VERSION:
        if len(data) != 8:
            raise ValueError(f"a NAT-PMP answer to a PCP request has 8 bytes, not {len(data)}")
        _version, opcode, result, epoch = struct.unpack("!BBHI", data)
        if opcode != RESPONSE_BIT | OP_ANNOUNCE:
            raise ValueError(f"NAT-PMP opcode {opcode}, not 128")
        return PcpAnswer(version=0, result=result, epoch=epoch, natpmp=True)
    if not PCP_HEADER <= len(data) <= PCP_MAX or len(data) % 4:
        raise ValueError(f"a PCP answer of {len(data)} bytes")
    version, op, _reserved, result, lifetime, epoch = struct.unpack_from("!BBBBII", data)
    if not op & RESPONSE_BIT:
        raise ValueError("a PCP request, not an answer (R bit clear)")
    if op & ~RESPONSE_BIT != OP_ANNOUNCE:
        raise ValueError(f"PCP opcode {op & ~RESPONSE_BIT}, not ANNOUNCE")
    return PcpAnswer(version=version, result=result, lifetime=lifetime, epoch=epoch)
