"""Server specs and resolution through the operating system."""

from __future__ import annotations

import pytest

from wizard.engine.model import Address, ServerError
from wizard.engine.resolve import (
    ServerSpec,
    ServerSpecError,
    parse_server,
    parse_wan_address,
    resolve,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stun.example.net", ServerSpec("stun.example.net", 3478)),
        ("stun.example.net:19302", ServerSpec("stun.example.net", 19302)),
        (" 192.0.2.1:3479 ", ServerSpec("192.0.2.1", 3479)),
        ("[2001:db8::1]:3478", ServerSpec("2001:db8::1", 3478)),
        ("[2001:db8::1]", ServerSpec("2001:db8::1", 3478)),
        ("localhost", ServerSpec("localhost", 3478)),
    ],
)
def test_good_specs(text, expected):
    assert parse_server(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("stun.example.net:0", "outside 1–65535"),
        ("stun.example.net:70000", "outside 1–65535"),
        ("stun.example.net:abc", "not a number"),
        ("stun example", "not a host name"),
        ("[2001:db8::1", "missing ']'"),
        ("-bad-.example", "not a host name"),
    ],
)
def test_bad_specs_name_the_problem(text, words):
    with pytest.raises(ServerSpecError, match=words):
        parse_server(text)


async def test_ip_literal_needs_no_dns():
    result = await resolve(ServerSpec("192.0.2.1", 3478))
    assert result.addresses == (Address("192.0.2.1", 3478),) and result.error is None


async def test_hosts_file_names_resolve():
    result = await resolve(ServerSpec("localhost", 3478))
    assert Address("127.0.0.1", 3478) in result.addresses


async def test_ipv6_servers_are_refused_plainly():
    result = await resolve(ServerSpec("::1", 3478))
    assert result.error is ServerError.NO_RESPONSE and "IPv6" in (result.detail or "")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("100.64.0.2", "100.64.0.2"),  # carrier-grade NAT: what the check looks for
        (" 192.168.178.20\n", "192.168.178.20"),  # pasted from a status page
        ("203.0.113.1", "203.0.113.1"),
    ],
)
def test_a_wan_address_as_typed(text: str, address: str) -> None:
    assert parse_wan_address(text) == address


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("100.64.0", "'100.64.0' is not an IPv4 address such as 100.64.0.2 or 192.168.178.20"),
        ("fritz.box", "'fritz.box' is not an IPv4 address"),
        ("2001:db8::1", "'2001:db8::1' is not an IPv4 address"),
        ("", "'' is not an IPv4 address"),
        ("0.0.0.0", "0.0.0.0 cannot be a router's internet address"),
        ("127.0.0.1", "127.0.0.1 cannot be a router's internet address"),
        ("224.0.0.1", "224.0.0.1 cannot be a router's internet address"),
        ("255.255.255.255", "255.255.255.255 cannot be a router's internet address"),
        # a WAN without a lease from the provider, "this network", class E: none is a
        # router's address on the internet, and taken as one it would look like a NAT
        ("169.254.3.1", "169.254.3.1 cannot be a router's internet address"),
        ("0.1.2.3", "0.1.2.3 cannot be a router's internet address"),
        ("240.0.0.1", "240.0.0.1 cannot be a router's internet address"),
    ],
)
def test_a_wan_address_no_router_can_have_is_refused(text: str, message: str) -> None:
    with pytest.raises(ServerSpecError) as caught:
        parse_wan_address(text)
    assert str(caught.value).startswith(message)
