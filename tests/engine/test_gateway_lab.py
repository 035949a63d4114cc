"""ask_router from the lab's PBX: the real miniupnpd on its router, the emulated IGD
(a public WAN address, a forward to another LAN host), a router that runs nothing, and
an IGD on another LAN address than the gateway. The gateway is found in the PBX
namespace's own routing table; the search goes out by unicast and multicast on its LAN.
Each case prints how long ask_router took (``pytest -s``)."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from collections.abc import Iterator

import pytest
from ci import need
from lab import Lab, run_in_netns
from upnplab import FRIENDLY_NAME, UpnpLab

from wizard.engine import gateway
from wizard.engine.gateway import RouterQuery, ask_router
from wizard.engine.model import MappingFit, Protocol, RouterInfo, RouterSource, UpstreamNat

pytestmark = pytest.mark.lab

PORTS = ((Protocol.UDP, 5060), (Protocol.UDP, 9000), (Protocol.UDP, 9001))
OTHER_HOST = "198.18.0.3"  # an old PBX on the same LAN
OTHER_IGD = "198.18.0.4"  # a second router or an access point with UPnP


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    need(
        os.geteuid() == 0 and all(shutil.which(t) for t in ("ip", "nft")),
        "the UPnP lab needs root, ip and nft",
    )
    need(UpnpLab.available(), "the UPnP lab needs miniupnpd (Debian: miniupnpd-nftables)")
    with Lab() as lab:
        yield lab


@pytest.fixture
def upnp(lab: Lab) -> Iterator[UpnpLab]:
    with UpnpLab(lab) as upnp:
        yield upnp


def ask(lab: Lab, **kw) -> tuple[RouterInfo, float]:
    """ask_router in the PBX's namespace, as the check asks it; with its duration."""
    query = RouterQuery(source_ip=Lab.PBX_IP, destination=Lab.STUN_IP, ports=PORTS, **kw)

    def run() -> tuple[RouterInfo, float]:
        start = time.monotonic()
        info = asyncio.run(ask_router(query))
        return info, time.monotonic() - start

    info, elapsed = run_in_netns(lab.pbx, run)
    print(f"\nask_router: {elapsed:.2f} s, {info.source}, {info.detail}")
    return info, elapsed


def test_real_miniupnpd_answers_as_behind_carrier_nat(lab, upnp):
    upnp.miniupnpd()
    info, elapsed = ask(lab)
    assert info.source is RouterSource.UPNP, (info, upnp.log())
    assert info.address == Lab.ROUTER_LAN_IP and info.name == FRIENDLY_NAME
    # 2.3.1 keeps its reserved WAN address (203.0.113.1) to itself: an empty
    # GetExternalIPAddress while GetStatusInfo says Connected; NAT-PMP: Network Failure
    assert info.wan_address is None and info.no_wan_address
    assert info.connection == "Connected"
    assert (info.mappings, info.mappings_total, info.mappings_listed) == ((), 0, True)
    assert info.natpmp is True and info.pcp is True
    assert info.others == ()
    assert gateway.upstream_nat(info, Lab.ROUTER_WAN_IP) is UpstreamNat.NOT_CONNECTED
    assert elapsed < gateway.SSDP_WAIT + 1.0


def test_a_router_with_a_public_wan_that_forwards_to_another_host(lab, upnp):
    upnp.fake_igd(
        wan=Lab.ROUTER_WAN_IP,
        mappings=[f"UDP:5060:{OTHER_HOST}:5060:old PBX", f"UDP:9000:{Lab.PBX_IP}:9000:media"],
        natpmp=True,
        name="Emulated IGD",
    )
    info, elapsed = ask(lab)
    assert info.source is RouterSource.UPNP and info.name == "Emulated IGD"
    assert info.wan_address == Lab.ROUTER_WAN_IP and not info.no_wan_address
    assert [(m.external_port, m.internal_client, m.fit) for m in info.mappings] == [
        (5060, OTHER_HOST, MappingFit.OTHER_HOST),
        (9000, Lab.PBX_IP, MappingFit.THIS_HOST),
    ]
    assert (info.mappings_total, info.mappings_listed, info.natpmp) == (2, True, True)
    assert gateway.upstream_nat(info, Lab.ROUTER_WAN_IP) is None  # the same address STUN saw
    assert elapsed < gateway.SSDP_WAIT + 1.0


def test_a_router_that_runs_nothing_gives_none_within_the_budget(lab, upnp):
    info, elapsed = ask(lab)
    assert info.source is RouterSource.NONE and info.address is None
    assert info.natpmp is False and info.pcp is False and info.others == ()
    assert Lab.ROUTER_LAN_IP in (info.detail or "")
    assert elapsed < gateway.ASK_BUDGET


def test_an_igd_on_another_lan_address_is_only_listed(lab, upnp):
    upnp.fake_igd(address=OTHER_IGD, wan="203.0.113.99", mappings=["UDP:5060:198.18.0.2:5060"])
    info, elapsed = ask(lab)
    assert info.source is RouterSource.NONE
    assert info.others == (OTHER_IGD,)
    assert info.wan_address is None and info.mappings == ()
    assert elapsed < gateway.ASK_BUDGET
