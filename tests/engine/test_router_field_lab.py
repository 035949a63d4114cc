"""Issue 12, hostile lab scenarios: the check must not name a second NAT, or blame the
router, where the namespaces' rules say otherwise. Each runs the real CLI in the PBX's
namespace, twice in a row where a flaky answer would be a wrong one.

- A DMZ on the ISP's device, and a router that forwards only some ports: the passing
  ports crossed both NATs, so the failing ones are this router's missing forwards.
- No second NAT at all, miniupnpd on the router: it keeps its (reserved, TEST-NET-3)
  public WAN address to itself; the address STUN saw is the router's own.
- Carrier NAT that forgets idle UDP after 7 s in front of a router that keeps 60 s: the
  short lifetime is the carrier's, not the router's.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ci import need
from lab import Lab
from upnplab import UpnpLab

pytestmark = pytest.mark.lab

ROOT = Path(__file__).resolve().parents[2]


def check(lab: Lab, ports: str, *extra: str, json_out: bool = True) -> tuple[int, str]:
    argv = [sys.executable, "-m", "wizard", "check", "--product", "3cx",
            "--stun", "stun.lab.test:3478", "--ports", ports, "--rate", "1000",
            "--timeout", "1", "--no-hairpin", "--lang", "en", *extra]  # fmt: skip
    if json_out:
        argv.append("--json")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = lab.exec_pbx(argv, capture_output=True, text=True, env=env, timeout=180)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    return done.returncode, done.stdout


def _available() -> None:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")
    need(UpnpLab.available(), "miniupnpd (Debian: miniupnpd-nftables) is not installed")


@pytest.fixture
def dmz_lab() -> Iterator[tuple[Lab, UpnpLab]]:
    _available()
    with Lab(isp="dmz") as lab, UpnpLab(lab) as upnp:
        lab.start_coturn()
        yield lab, upnp


@pytest.fixture
def cgnat_lab() -> Iterator[tuple[Lab, UpnpLab]]:
    _available()
    with Lab(isp="cgnat") as lab, UpnpLab(lab) as upnp:
        lab.start_coturn()
        yield lab, upnp


@pytest.fixture
def plain_lab() -> Iterator[tuple[Lab, UpnpLab]]:
    _available()
    with Lab() as lab, UpnpLab(lab) as upnp:
        lab.start_coturn()
        yield lab, upnp


def test_a_dmz_in_front_and_a_missing_forward_is_partial_not_upstream_nat(dmz_lab):
    """Truth: the ISP device passes everything on (DMZ); this router forwards 9000 but not
    9001. Port 9000 passes test 2 through both NATs, so no second NAT keeps traffic out:
    forwarding 9001 on this router is the fix. The check said upstream_nat ("forwards on
    this router alone cannot be enough")."""
    lab, upnp = dmz_lab
    lab.router("forward_partial", ports=(9000, 9001), forward=(9000, 9000))
    upnp.miniupnpd()
    for _ in range(2):
        _, out = check(lab, "9000-9001")
        found = json.loads(out)
        outcomes = {p["port"]: p["outcome"] for p in found["ports"]}
        assert outcomes == {9000: "pass", 9001: "not_forwarded"}, outcomes
        assert found["verdict"] != "upstream_nat", found["router"]
        assert found["verdict"] == "partial"


def test_miniupnpd_keeping_the_routers_own_public_wan_to_itself_is_no_second_nat(plain_lab):
    """Truth: there is no second NAT. The router holds 203.0.113.1, the very address STUN
    saw; miniupnpd 2.3.1 only refuses to tell it (a reserved range), which it does for a
    misconfigured ext_ifname or a WAN in bogon space just the same. The router lacks the
    forward, so "not forwarded" is the truth; the check said upstream_nat with
    "another NAT sits between this router and the internet". Now the empty answer is
    kept as a hint (``not_connected``, "perhaps"), and the verdict is the ports' own."""
    lab, upnp = plain_lab
    lab.router("masquerade", ports=(9000, 9000))
    upnp.miniupnpd()
    for _ in range(2):
        _, out = check(lab, "9000")
        found = json.loads(out)
        assert found["nat"]["public_ip"] == lab.router_wan_ip  # the router's own address
        assert found["router"]["upstream_nat"] in (None, "not_connected"), found["router"]
        assert found["verdict"] == "not_forwarded"


def test_the_carrier_nats_short_udp_timeout_is_not_the_routers(cgnat_lab):
    """Truth: the router keeps an idle mapping 60 s, the carrier NAT in front 7 s, and the
    router itself said it sits behind another NAT. The check said "The router forgets
    idle UDP mappings too soon" and told the technician to raise the router's UDP
    timeout."""
    lab, upnp = cgnat_lab
    lab.router("forward", ports=(9000, 9000))
    upnp.miniupnpd()
    lab.udp_timeouts(unreplied=60, replied=120)
    lab.udp_timeouts(unreplied=7, replied=120, ns=lab.isp)
    _, out = check(lab, "9000", "--mapping-lifetime", "15", json_out=False)
    # The path's lifetime: gone by the last copy of the 10 s gap's request (within 1 s).
    assert re.search(r"Mapping lifetime: between 5 and 1[01] s", out), out
    assert "The router forgets idle UDP mappings too soon" not in out, out
    assert "Or make the router keep idle UDP mappings longer" not in out, out
