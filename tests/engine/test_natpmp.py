"""NAT-PMP's external address request and PCP's ANNOUNCE: the bytes the wizard sends,
and what it reads from miniupnpd's recorded answers and from malformed ones."""

from __future__ import annotations

import ipaddress
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.engine import natpmp
from wizard.engine.natpmp import NatPmpResult, PcpResult

RECORDED = Path(__file__).parent / "recorded" / "upnp"


def recorded(variant: str, name: str) -> bytes:
    return bytes.fromhex((RECORDED / variant / f"{name}.hex").read_text().strip())


def test_external_address_request_is_version_0_opcode_0():
    assert natpmp.external_address_request() == b"\x00\x00"


def test_announce_request_is_the_24_byte_header_with_the_mapped_client_address():
    data = natpmp.announce_request("198.18.0.2")
    assert len(data) == 24
    assert data[:8] == bytes([2, 0, 0, 0, 0, 0, 0, 0])  # version 2, ANNOUNCE, lifetime 0
    assert ipaddress.IPv6Address(data[8:]) == ipaddress.IPv6Address("::ffff:198.18.0.2")
    assert natpmp.announce_request("198.18.0.2", version=3)[0] == 3


@pytest.mark.parametrize("bad", ["", "198.18.0", "::1", "198.18.0.256"])
def test_announce_request_refuses_what_is_not_ipv4(bad):
    with pytest.raises(ValueError):
        natpmp.announce_request(bad)


def test_miniupnpd_behind_a_reserved_wan_answers_network_failure_without_an_address():
    answer = natpmp.parse_external_address(recorded("miniupnpd-2.3.1", "natpmp-external-address"))
    assert answer.result == NatPmpResult.NETWORK_FAILURE
    assert answer.address is None and not answer.ok
    assert answer.epoch > 0


def test_miniupnpd_with_a_public_wan_answers_its_address():
    answer = natpmp.parse_external_address(
        recorded("miniupnpd-2.3.1-public", "natpmp-external-address")
    )
    assert answer.result == NatPmpResult.SUCCESS
    assert answer.address == "11.0.0.1" and answer.ok


def test_miniupnpd_answers_announce_in_pcp_version_2():
    answer = natpmp.parse_announce(recorded("miniupnpd-2.3.1", "pcp-announce"))
    assert (answer.version, answer.result, answer.lifetime) == (2, PcpResult.SUCCESS, 0)
    assert answer.speaks_pcp and not answer.natpmp


def test_a_version_it_does_not_speak_gets_unsupp_version_naming_its_own():
    answer = natpmp.parse_announce(recorded("miniupnpd-2.3.1", "pcp-announce-version-3"))
    assert answer.result == PcpResult.UNSUPP_VERSION
    assert answer.version == 2 and answer.speaks_pcp


def test_a_natpmp_only_gateway_answers_pcp_with_natpmps_unsupported_version():
    answer = natpmp.parse_announce(struct.pack("!BBHI", 0, 128, 1, 500))
    assert answer.natpmp and not answer.speaks_pcp
    assert answer.result == NatPmpResult.UNSUPPORTED_VERSION


def test_a_success_with_address_0_0_0_0_gives_no_address():
    answer = natpmp.parse_external_address(struct.pack("!BBHI4s", 0, 128, 0, 1, bytes(4)))
    assert answer.address is None and not answer.ok


def test_an_address_beside_an_error_code_is_ignored():
    data = struct.pack("!BBHI4s", 0, 128, 2, 1, bytes([203, 0, 113, 1]))
    answer = natpmp.parse_external_address(data)
    assert answer.result == NatPmpResult.NOT_AUTHORIZED and answer.address is None


@pytest.mark.parametrize(
    "data",
    [
        b"",
        bytes(11),
        struct.pack("!BBHI4s", 0, 128, 0, 1, bytes(4)) + b"\x00",  # 13 bytes
        struct.pack("!BBHI4s", 1, 128, 0, 1, bytes(4)),  # version 1
        struct.pack("!BBHI4s", 0, 129, 0, 1, bytes(4)),  # a UDP mapping's answer
        struct.pack("!BBHI4s", 0, 0, 0, 1, bytes(4)),  # a request
    ],
)
def test_anything_but_the_12_byte_answer_is_refused(data):
    with pytest.raises(ValueError):
        natpmp.parse_external_address(data)


def pcp_header(version=2, op=0x80, result=0, length=24) -> bytes:
    return struct.pack("!BBBBII", version, op, 0, result, 0, 7) + bytes(length - 12)


@pytest.mark.parametrize(
    "data",
    [
        b"\x02",
        pcp_header(length=20),  # shorter than the header
        pcp_header(length=26),  # not a multiple of 4
        pcp_header(length=1104),  # longer than any PCP message
        pcp_header(op=0x00),  # R bit clear: a request
        pcp_header(op=0x81),  # a MAP answer
        struct.pack("!BBHI", 0, 128, 1, 1) + bytes(4),  # NAT-PMP format, 12 bytes
        struct.pack("!BBHI", 0, 129, 1, 1),  # NAT-PMP format, another opcode
    ],
)
def test_anything_but_an_answer_to_announce_is_refused(data):
    with pytest.raises(ValueError):
        natpmp.parse_announce(data)


def test_a_pcp_answer_may_carry_options_up_to_1100_bytes():
    assert natpmp.parse_announce(pcp_header(length=1100)).speaks_pcp


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=64) | st.binary(min_size=12, max_size=12))
def test_any_datagram_is_an_external_address_answer_or_refused(data):
    try:
        answer = natpmp.parse_external_address(data)
    except ValueError:
        return
    assert len(data) == 12
    assert answer.address is None or answer.result == 0


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=1200) | st.binary(min_size=24, max_size=24))
def test_any_datagram_is_an_announce_answer_or_refused(data):
    try:
        answer = natpmp.parse_announce(data)
    except ValueError:
        return
    assert answer.natpmp == (data[0] == 0)
    assert len(data) == 8 if answer.natpmp else 24 <= len(data) <= 1100
