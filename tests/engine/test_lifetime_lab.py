"""The mapping lifetime test (RFC 5780 section 4.6) against the lab's router, whose UDP
conntrack timeout is set per scenario: the answer must be the timeout the router has, or
"could not tell", never a shorter lifetime than the router keeps.

Each scenario runs against both kinds of server redirect: coturn honours RESPONSE-PORT,
stund RFC 3489's RESPONSE-ADDRESS.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from ci import need
from lab import Lab, run_in_netns

from wizard.engine.lifetime import run_lifetime
from wizard.engine.model import Address, LifetimeProblem, LifetimeProgress
from wizard.engine.probes import ProbeSettings

pytestmark = pytest.mark.lab

COTURN = Address(Lab.STUN_IP, 3478)
STUND = Address(Lab.STUN_IP, 3490)


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")
    with Lab() as lab:
        lab.start_coturn()
        lab.start_stund(port=3490, alt_port=3491)
        yield lab


def measure(lab: Lab, server: Address, limit: float, **kw):
    events: list[LifetimeProgress] = []

    def go():
        return asyncio.run(
            run_lifetime(
                server,
                limit=limit,
                settings=ProbeSettings(timeout=1.0),
                avoid=(),
                firewall_open=kw.pop("firewall_open", True),
                emit=events.append,
                **kw,
            )
        )

    started = time.monotonic()
    result = run_in_netns(lab.pbx, go)
    return result, events, time.monotonic() - started


@pytest.mark.parametrize("server", [COTURN, STUND], ids=["response-port", "response-address"])
def test_a_7_s_timeout_is_found_between_5_and_10_s_twice_in_a_row(lab, server):
    lab.router("masquerade")
    lab.udp_timeouts(unreplied=7, replied=120)
    try:
        for _ in range(2):
            result, events, took = measure(lab, server, 60)
            assert result.tested and result.problem is None, result
            # Gone by the last copy of the 10 s gap's request (sent within a second).
            assert result.alive_s == 5.0 and 10.0 <= result.expired_s <= 11.0, result
            # Settled once 15 s had expired too: the longer gaps were not waited for.
            assert took < 24, took
            assert events and events[-1].expired_s == result.expired_s
    finally:
        lab.udp_timeouts()


def test_a_router_keeping_state_for_unsolicited_packets_gives_the_same_answer(lab):
    lab.router("masquerade", wan_input="accept")
    lab.udp_timeouts(unreplied=7, replied=120)
    try:
        result, _, _ = measure(lab, COTURN, 30)
        assert (result.alive_s, result.problem) == (5.0, None), result
        assert 10.0 <= result.expired_s <= 11.0, result
    finally:
        lab.udp_timeouts()
        lab.router("masquerade")


def test_a_mapping_outliving_the_limit_is_reported_as_at_least_the_limit(lab):
    lab.router("masquerade")
    lab.udp_timeouts(unreplied=60, replied=120)
    try:
        result, _, took = measure(lab, COTURN, 15)
        assert (result.alive_s, result.expired_s, result.problem) == (15.0, None, None), result
        assert result.lifetime_s == 15.0
        assert took < 22, took
    finally:
        lab.udp_timeouts()


def test_a_lossy_link_never_gives_a_shorter_lifetime_than_the_router_keeps(lab):
    lab.router("masquerade")
    lab.udp_timeouts(unreplied=7, replied=120)
    lab.impair(loss=20)
    try:
        for _ in range(2):
            result, _, _ = measure(lab, COTURN, 30, copies=6)
            assert result.expired_s is None or result.expired_s >= 10.0, result
            assert result.alive_s is None or result.alive_s <= 5.0, result
            if result.problem is None:
                assert result.alive_s == 5.0 and 10.0 <= result.expired_s <= 12.0, result
    finally:
        lab.clear_impairments()
        lab.udp_timeouts()


def test_this_computers_firewall_forgetting_first_is_not_blamed_on_the_router(lab):
    """The PBX's own stateful firewall keeps UDP state 7 s here, the router 60 s: the
    expiry the test sees is the PBX's, so it must not be given as the router's."""
    lab.router("masquerade")
    lab.udp_timeouts(unreplied=60, replied=120)
    lab.host_firewall(True)
    from lab import _run

    _run(["ip", "netns", "exec", lab.pbx, "sysctl", "-qw",
          "net.netfilter.nf_conntrack_udp_timeout=7"])  # fmt: skip
    try:
        result, _, _ = measure(lab, COTURN, 30, firewall_open=False)
        assert result.problem is LifetimeProblem.HOST_FIREWALL, result
        assert result.alive_s == 5.0 and result.lifetime_s is None
    finally:
        _run(["ip", "netns", "exec", lab.pbx, "sysctl", "-qw",
              "net.netfilter.nf_conntrack_udp_timeout=30"])  # fmt: skip
        lab.host_firewall(False)
        lab.udp_timeouts()


def test_stopping_early_keeps_what_is_known(lab):
    lab.router("masquerade")
    lab.udp_timeouts(unreplied=60, replied=120)

    async def go():
        stop = asyncio.Event()
        asyncio.get_running_loop().call_later(12, stop.set)
        return await run_lifetime(
            COTURN, limit=120, settings=ProbeSettings(timeout=1.0), avoid=(),
            firewall_open=True, stop=stop,
        )  # fmt: skip

    try:
        started = time.monotonic()
        result = run_in_netns(lab.pbx, lambda: asyncio.run(go()))
        assert time.monotonic() - started < 16
        assert result.problem is LifetimeProblem.CANCELLED
        assert result.alive_s == 10.0 and result.expired_s is None
    finally:
        lab.udp_timeouts()
