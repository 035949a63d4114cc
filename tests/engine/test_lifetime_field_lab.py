"""break12b: the mapping lifetime test on a rate-limited path.

Every gap's port X makes its mapping at the start (one Binding exchange each, all at
once), and each gap is timed from ``anchored``, the moment the *last* of those exchanges
is over. On a path that passes only a few packets a second towards the internet, some
X's exchanges take seconds of resends, so the ports whose exchange was over at once sit
idle seconds longer than their gap says. The router here keeps an idle mapping 12 s;
the test must never report a shorter lifetime than that ("gone after 10 s" makes it
too short for SwyxWare's 10 s refresh, a false finding against the router).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from ci import need
from lab import Lab, run_in_netns

from wizard.engine.lifetime import run_lifetime
from wizard.engine.model import Address
from wizard.engine.probes import ProbeSettings
from wizard.keepalive import LifetimeFit, lifetime_fit

pytestmark = pytest.mark.lab

COTURN = Address(Lab.STUN_IP, 3478)
ROUTER_KEEPS = 12  # seconds the router keeps an idle mapping (conntrack, unreplied)
SWYX_REFRESH = 10  # SwyxWare's LinkManager refreshes every 10 s


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")
    with Lab() as lab:
        lab.start_coturn()
        yield lab


def test_a_rate_limited_path_never_gives_a_shorter_lifetime_than_the_router_keeps(lab):
    lab.router("masquerade")
    lab.udp_timeouts(unreplied=ROUTER_KEEPS, replied=120)
    lab.impair(path_rate=2)
    try:
        result = run_in_netns(
            lab.pbx,
            lambda: asyncio.run(
                run_lifetime(
                    COTURN,
                    limit=120,
                    settings=ProbeSettings(timeout=1.0),
                    avoid=(),
                    firewall_open=True,
                )  # fmt: skip
            ),
        )
        # The truth is 12 s: "gone" is only true for a gap longer than that, or the
        # answer is "could not tell".
        assert result.expired_s is None or result.expired_s > ROUTER_KEEPS, result
        assert lifetime_fit(result, SWYX_REFRESH) is not LifetimeFit.SHORT, result
    finally:
        lab.clear_impairments()
        lab.udp_timeouts()
