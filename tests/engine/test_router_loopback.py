"""The hairpin and mapping lifetime tests' own I/O on loopback, against real sockets and a
real coturn; what a router does with them is the lab's part (test_lifetime_lab.py,
test_router_lab.py)."""

from __future__ import annotations

import asyncio
import socket

import pytest
from fakestun import FakeStunServer

from wizard.engine import hairpin
from wizard.engine.lifetime import run_lifetime
from wizard.engine.model import (
    Address,
    FirewallInbound,
    HairpinProblem,
    HostFirewall,
    LifetimeProblem,
    Outcome,
    PortResult,
    Requirement,
)
from wizard.engine.probes import ProbeSettings

SETTINGS = ProbeSettings(timeout=1.0, local_ip="127.0.0.1")
OPEN = HostFirewall(FirewallInbound.OPEN)


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _passed(port: int, public: Address) -> PortResult:
    return PortResult(port, Requirement.FULL_CONE, Outcome.PASS, public, True, True)


async def test_a_datagram_looped_back_with_the_senders_own_address_is_no_snat():
    port = _free_udp_port()
    found = await hairpin.run_hairpin(
        [_passed(port, Address("127.0.0.1", port))],
        sip_port=None,
        settings=SETTINGS,
        firewall=OPEN,
        loss_pct=0.0,
        avoid={port},
        source_ip="127.0.0.1",
    )
    # On loopback the "public" address is this computer's own: the datagram arrives from
    # the sender's own address, and the answer comes from the port's own address.
    assert found.tested and found.port == port
    assert found.arrived_from is not None and found.arrived_from.ip == "127.0.0.1"
    assert found.works is True  # the answer came back from the address it was sent to


async def test_a_public_address_nothing_loops_back_from_is_silent():
    port, elsewhere = _free_udp_port(), _free_udp_port()
    found = await hairpin.run_hairpin(
        [_passed(port, Address("127.0.0.1", elsewhere))],
        sip_port=None,
        settings=SETTINGS,
        firewall=OPEN,
        loss_pct=0.0,
        avoid={port, elsewhere},
        source_ip="127.0.0.1",
    )
    assert (found.works, found.problem, found.arrived_from) == (False, None, None)
    unknown = await hairpin.run_hairpin(
        [_passed(port, Address("127.0.0.1", elsewhere))],
        sip_port=None,
        settings=SETTINGS,
        firewall=HostFirewall(FirewallInbound.UNKNOWN),
        loss_pct=0.0,
        avoid={port, elsewhere},
        source_ip="127.0.0.1",
    )
    assert (unknown.works, unknown.problem) == (None, HairpinProblem.HOST_FIREWALL)


async def test_a_port_held_by_another_program_is_not_tested(hold_udp_port):
    port = _free_udp_port()
    hold_udp_port(port, "127.0.0.1")
    found = await hairpin.run_hairpin(
        [_passed(port, Address("127.0.0.1", port))],
        sip_port=None,
        settings=SETTINGS,
        firewall=OPEN,
        loss_pct=0.0,
        avoid={port},
        source_ip="127.0.0.1",
    )
    assert (found.tested, found.problem) == (False, HairpinProblem.PORT_IN_USE)


async def test_no_forwarded_port_means_no_hairpin_test():
    found = await hairpin.run_hairpin(
        [], sip_port=None, settings=SETTINGS, firewall=OPEN, loss_pct=0.0, avoid=(),
        source_ip="127.0.0.1",
    )  # fmt: skip
    assert (found.tested, found.problem) == (False, HairpinProblem.NO_FORWARDED_PORT)


async def test_coturn_redirects_and_without_a_nat_nothing_expires(coturn):
    host, port = coturn.spec.split(":")
    events = []
    found = await run_lifetime(
        Address(host, int(port)), limit=10, settings=SETTINGS, avoid=(), firewall_open=True,
        emit=events.append,
    )  # fmt: skip
    assert (found.tested, found.problem, found.alive_s, found.expired_s) == (True, None, 10, None)
    assert found.lifetime_s == 10 and found.gaps_s == (5, 10)
    assert len(events) >= 8  # about once a second
    assert all(e.limit_s == 10 for e in events)


async def test_a_server_that_does_not_redirect_is_said_so():
    server = await FakeStunServer().start()
    try:
        found = await run_lifetime(
            Address(server.ip, server.port), limit=30, settings=SETTINGS, avoid=(),
            firewall_open=True,
        )  # fmt: skip
    finally:
        server.close()
    assert (found.tested, found.problem) == (False, LifetimeProblem.NOT_SUPPORTED)


async def test_a_silent_server_is_no_server():
    server = await FakeStunServer().start()
    server.behaviour.silent = True
    try:
        found = await asyncio.wait_for(
            run_lifetime(
                Address(server.ip, server.port), limit=30, settings=SETTINGS, avoid=(),
                firewall_open=True,
            ),
            10,
        )  # fmt: skip
    finally:
        server.close()
    assert (found.tested, found.problem) == (False, LifetimeProblem.NO_SERVER)


@pytest.mark.parametrize(
    "misbehaviour", [{"loss": 0.3, "seed": 7}, {"rate": 4.0}], ids=["lossy", "throttling"]
)
async def test_without_a_nat_a_lossy_or_throttling_server_never_makes_a_mapping_expire(
    misbehaviour,
):
    """Loopback has no NAT: nothing can expire. Whatever the server drops must come out
    as "alive" or "could not tell", never as a lifetime."""
    server = await FakeStunServer().start()
    server.behaviour.response_port = True
    try:
        for _ in range(2):
            for key, value in misbehaviour.items():
                setattr(server.behaviour, key, value)
            found = await run_lifetime(
                Address(server.ip, server.port), limit=10, settings=SETTINGS, avoid=(),
                firewall_open=True,
            )  # fmt: skip
            assert found.expired_s is None, found
            assert found.problem in (None, LifetimeProblem.LINK_LOSS, LifetimeProblem.NO_SERVER,
                                     LifetimeProblem.NOT_SUPPORTED), found  # fmt: skip
    finally:
        server.close()


async def test_a_throttling_server_is_not_said_to_lack_the_redirect():
    server = await FakeStunServer().start()
    server.behaviour.response_port = True
    server.behaviour.rate = 4.0
    try:
        found = await run_lifetime(
            Address(server.ip, server.port), limit=10, settings=SETTINGS, avoid=(),
            firewall_open=True,
        )  # fmt: skip
    finally:
        server.close()
    assert found.problem is not LifetimeProblem.NOT_SUPPORTED, found
    assert found.expired_s is None
