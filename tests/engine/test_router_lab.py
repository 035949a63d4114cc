"""Issue 12's scenarios in the NAT lab, end to end through ``run_scan``: a second NAT
(carrier NAT, an ISP modem) in front of the router, the same with a DMZ that makes it
harmless, a router whose forward points at another LAN host, hairpin NAT on, off and
half, and the router's own word from the real miniupnpd or an emulated IGD.

The truth each scenario asserts is the one the namespaces' rules make. A second NAT is
named only on evidence (the router's word, or a WAN address the technician typed); the
same failing ports without that evidence stay "not forwarded". Where a flaky answer would
be a wrong one, a scenario runs twice in a row, the second time without flushing the
router's state (a technician's "Run again").
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from ci import need
from lab import Lab
from upnplab import UpnpLab

pytestmark = pytest.mark.lab

FIRST, LAST = 9000, 9009
PORTS = (FIRST, LAST)

# The engine in the PBX namespace; prints the result's JSON.
SCAN = """
import asyncio, json, sys
from wizard.engine.gateway import RouterSettings
from wizard.engine.model import PortCheck
from wizard.engine.resolve import parse_server
from wizard.engine.runner import ScanSettings, run_scan

args = json.loads(sys.argv[1])
router = None
if args["router"]:
    router = RouterSettings(typed_wan=args.get("typed"), ask_router=args.get("ask", True))
settings = ScanSettings(
    servers=[parse_server("stun.lab.test:3478")],
    rate=1000,
    timeout=1,
    router=router,
    hairpin=args.get("hairpin", False),
    pbx_ip=args.get("pbx_ip"),
)
checks = [PortCheck(p) for p in range(args["first"], args["last"] + 1)]
result = asyncio.run(run_scan("custom", checks, settings))
print(json.dumps(result.as_dict()))
"""


def scan(lab: Lab, *, router: bool = True, **args) -> dict:
    payload = json.dumps({"first": FIRST, "last": LAST, "router": router, **args})
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run(
        ["ip", "netns", "exec", lab.pbx, sys.executable, "-c", SCAN, payload],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def _available() -> None:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")
    need(UpnpLab.available(), "miniupnpd (Debian: miniupnpd-nftables) is not installed")


@pytest.fixture(scope="module")
def isp_lab() -> Iterator[Lab]:
    """The router behind an ISP device (carrier NAT to start with), miniupnpd on it."""
    _available()
    with Lab(isp="cgnat") as lab:
        lab.start_coturn()
        yield lab


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    """The router on the internet itself, a second LAN host beside the PBX."""
    _available()
    with Lab() as lab:
        lab.start_coturn()
        lab.lan_host()
        yield lab


@pytest.fixture
def upnp_isp(isp_lab: Lab) -> Iterator[UpnpLab]:
    with UpnpLab(isp_lab) as upnp:
        yield upnp


@pytest.fixture
def upnp(lab: Lab) -> Iterator[UpnpLab]:
    with UpnpLab(lab) as upnp:
        yield upnp


def _verdict(found: dict) -> tuple[str, str | None]:
    return found["verdict"], found["router"]["upstream_nat"]


# ------------------------------------------------------------------ a second NAT


def test_carrier_nat_with_miniupnpd_is_hinted_not_the_verdict(isp_lab, upnp_isp):
    """The customer's router forwards the ports, but the carrier's NAT in front lets
    nothing in; miniupnpd has no WAN address to give (100.64.0.2 is shared space). That
    empty answer is a hint (it gives the same for a reserved WAN without a second NAT),
    so the ports' own verdict stands, with the hint beside it."""
    isp_lab.set_isp("cgnat")
    isp_lab.router("forward", ports=PORTS)
    upnp_isp.miniupnpd()
    for _ in range(2):
        found = scan(isp_lab)
        assert _verdict(found) == ("not_forwarded", "not_connected"), found["router"]
        assert found["router"]["source"] == "upnp"
        assert found["router"]["no_wan_address"] is True
        assert {p["outcome"] for p in found["ports"]} == {"not_forwarded"}
        assert found["nat"]["public_ip"] == Lab.PUBLIC_IP
    # With the WAN address read off the router's status page, it is the verdict.
    typed = scan(isp_lab, typed=isp_lab.router_wan_ip)
    assert _verdict(typed) == ("upstream_nat", "shared"), typed["router"]


def test_carrier_nat_without_the_routers_word_is_not_guessed(isp_lab):
    isp_lab.set_isp("cgnat")
    isp_lab.router("forward", ports=PORTS)
    found = scan(isp_lab)  # nothing answers UPnP, NAT-PMP or PCP
    assert _verdict(found) == ("not_forwarded", None)
    assert found["router"]["source"] == "none"
    # The technician reads the WAN address off the router's status page.
    typed = scan(isp_lab, typed=isp_lab.router_wan_ip)
    assert _verdict(typed) == ("upstream_nat", "shared"), typed["router"]
    assert typed["router"]["source"] == "typed"


def test_an_isp_modem_not_in_bridge_mode_is_named_by_its_private_wan(isp_lab, upnp_isp):
    isp_lab.set_isp("modem")
    isp_lab.router("forward", ports=PORTS)
    upnp_isp.fake_igd(wan=isp_lab.router_wan_ip)  # 192.168.100.2
    found = scan(isp_lab)
    assert _verdict(found) == ("upstream_nat", "private"), found["router"]
    assert found["router"]["wan_address"] == "192.168.100.2"


@pytest.mark.parametrize("mode", ["dmz", "modem_dmz"])
def test_a_second_nat_that_forwards_everything_passes(isp_lab, upnp_isp, mode):
    """An exposed host (DMZ) on the ISP device: the second NAT is there, and harmless."""
    isp_lab.set_isp(mode)
    isp_lab.router("forward", ports=PORTS)
    upnp_isp.miniupnpd()
    for _ in range(2):
        found = scan(isp_lab)
        assert found["verdict"] == "success", found["ports"]
        assert found["router"]["upstream_nat"] == "not_connected"


def test_a_router_with_a_public_wan_is_blamed_itself(lab, upnp):
    """No second NAT: the router says its WAN address is the public one STUN saw, so
    failing ports are its own forwards' fault."""
    lab.router("masquerade", ports=PORTS)
    upnp.fake_igd(wan=Lab.PUBLIC_IP)
    found = scan(lab)
    assert _verdict(found) == ("not_forwarded", None)
    assert found["router"]["wan_address"] == Lab.PUBLIC_IP
    lab.router("forward", ports=PORTS)
    assert _verdict(scan(lab)) == ("success", None)


# ------------------------------------------------------------------ the router's forwards


def test_a_forward_to_the_old_pbx_is_shown_as_pointing_elsewhere(lab, upnp):
    lab.router("forward", ports=PORTS, to=Lab.OTHER_LAN_IP)
    upnp.fake_igd(
        wan=Lab.PUBLIC_IP,
        mappings=[f"UDP:{p}:{Lab.OTHER_LAN_IP}:{p}:old PBX" for p in range(FIRST, FIRST + 5)],
    )
    for _ in range(2):
        found = scan(lab, pbx_ip=Lab.PBX_IP)
        assert found["verdict"] == "not_forwarded"
        mappings = found["router"]["mappings"]
        assert [(m["external_port"], m["fit"]) for m in mappings] == [
            (p, "other_host") for p in range(FIRST, FIRST + 5)
        ]
        assert {m["internal_client"] for m in mappings} == {Lab.OTHER_LAN_IP}
        assert found["router"]["upstream_nat"] is None


# ------------------------------------------------------------------ hairpin


def test_hairpin_nat_on_works_and_off_does_not_even_on_a_second_run(lab):
    lab.router("forward", ports=PORTS, hairpin=True)
    for _ in range(2):
        found = scan(lab, router=False, hairpin=True)
        assert found["verdict"] == "success"
        assert (found["hairpin"]["tested"], found["hairpin"]["works"]) == (True, True)
        assert found["hairpin"]["arrived_from"].startswith(Lab.ROUTER_LAN_IP + ":")
    # Switched off on the router; run again at once, its state from before kept.
    lab.router("forward", ports=PORTS, flush=False)
    for _ in range(2):
        found = scan(lab, router=False, hairpin=True)
        assert found["verdict"] == "success"  # a finding, never a forwarding failure
        assert (found["hairpin"]["works"], found["hairpin"]["problem"]) == (False, None)


def test_half_hairpin_without_snat_is_not_called_working(lab):
    lab.router("forward", ports=PORTS, hairpin="half")
    found = scan(lab, router=False, hairpin=True)
    assert found["verdict"] == "success"
    assert found["hairpin"]["works"] is False


def test_hairpin_behind_this_computers_firewall_is_not_blamed_on_the_router(lab):
    """The router loops back, but the PBX's own firewall drops the looped-back datagram
    (it comes from the router's LAN address, unasked): the check cannot tell."""
    lab.router("forward", ports=PORTS, hairpin=True)
    lab.host_firewall(True)
    try:
        found = scan(lab, router=False, hairpin=True)
    finally:
        lab.host_firewall(False)
    assert found["hairpin"]["works"] is None
    assert found["hairpin"]["problem"] == "host_firewall"


def test_no_forwarded_port_means_no_hairpin_test(lab):
    lab.router("masquerade", ports=PORTS)
    found = scan(lab, router=False, hairpin=True)
    assert (found["hairpin"]["tested"], found["hairpin"]["problem"]) == (
        False, "no_forwarded_port",
    )  # fmt: skip


# ------------------------------------------------------------------ the lifetime test, by hand

CHECK = [sys.executable, "-m", "wizard", "check", "--product", "custom", "--ports",
         f"{FIRST}-{LAST}", "--stun", f"{Lab.STUN_NAME}:3478", "--json",
         "--mapping-lifetime", "120", "--no-router", "--no-hairpin"]  # fmt: skip


def _check_interrupted(lab: Lab, tmp_path: Path, after: float) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]),
               XDG_STATE_HOME=str(tmp_path))  # fmt: skip
    proc = subprocess.Popen(["ip", "netns", "exec", lab.pbx, *CHECK], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip
    try:
        time.sleep(after)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_ctrl_c_during_the_lifetime_test_keeps_the_checks_result(lab, tmp_path):
    lab.router("forward", ports=PORTS)
    lab.udp_timeouts(unreplied=300)
    try:
        # The scan of ten ports is over within a few seconds; then the lifetime test runs.
        done = _check_interrupted(lab, tmp_path, after=9)
        assert done.returncode == 0, done.stderr[-2000:]
        found = json.loads(done.stdout)
        assert found["verdict"] == "success"
        lifetime = found["mapping_lifetime"]
        assert lifetime["problem"] == "cancelled" and lifetime["alive_s"] == 5.0
        assert found["mapping_lifetime_s"] is None
        assert "Ctrl+C again" in done.stderr
    finally:
        lab.udp_timeouts()
