"""A second way out of the PBX (a "VPN" through another NAT, tests/vpnlab.py) in the NAT
lab: the check names the adapter traffic leaves by, offers the route's source as the
PBX's address, and never calls a change of path a symmetric NAT or a verdict on the
PBX's router."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator

import pytest
from ci import need
from lab import Lab
from test_nat_lab import COTURN, check, outcomes
from vpnlab import VpnLab, in_pbx

pytestmark = pytest.mark.lab

ROUTER, VPN = Lab.ROUTER_WAN_IP, VpnLab.PUBLIC_IP
# What a port shows about the router it went through (the rest judges nothing).
JUDGED = {"pass", "not_forwarded", "port_translated", "symmetric_nat"}


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")
    with Lab() as lab:
        lab.start_coturn()
        yield lab


@pytest.fixture
def vpn(lab) -> Iterator[VpnLab]:
    with VpnLab(lab) as vpn:
        yield vpn


@pytest.fixture
def second_line(lab) -> Iterator[VpnLab]:
    """The same second way out, on an adapter named like a network card."""
    with VpnLab(lab, adapter="eth1") as line:
        yield line


def suggested(lab: Lab) -> dict:
    """What the settings page would offer in the PBX's namespace, and what it is made of."""
    code = (
        "import json\n"
        "from wizard.engine.interfaces import egress, local_ipv4_addresses, "
        "suggested_pbx_address\n"
        "found = egress(('203.0.113.10', 3478))\n"
        "print(json.dumps({'offered': suggested_pbx_address(('203.0.113.10', 3478)),\n"
        "    'by_name': local_ipv4_addresses()[0].ip, 'egress': found.as_dict()}))\n"
    )
    return json.loads(in_pbx(lab, code))


def summary(lab: Lab, *args: str) -> str:
    """The ``check``'s words (not JSON) in the PBX namespace, in English."""
    argv = [sys.executable, "-m", "wizard", "check", "--product", "custom", "--lang", "en",
            "--rate", "1000", "--timeout", "1", "--ports", "9000-9019", *args]  # fmt: skip
    env = dict(os.environ, XDG_STATE_HOME=tempfile.mkdtemp(prefix="pfw-state-"))
    done = lab.exec_pbx(argv, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    return " ".join(done.stdout.split())


# ------------------------------------------------------------- (a) everything by the VPN


def test_default_route_through_the_vpn_is_named_and_warned_about(lab, vpn):
    lab.router("forward", ports=(9000, 9019))
    vpn.route_all()
    assert vpn.route_source(Lab.STUN_IP) == VpnLab.PBX_IP
    document = check(lab, "--stun", COTURN, "--pbx-address", Lab.PBX_IP)
    assert document["egress"] == {
        "source_ip": VpnLab.PBX_IP,
        "interface": "tun0",
        "kind": "vpn",
        "pbx_ip": Lab.PBX_IP,
    }
    # The ports went through the VPN's NAT, which forwards nothing: what they show is
    # about the VPN, not the router (which forwards), so nothing is judged against it.
    assert {p["mapped"].split(":")[0] for p in document["ports"]} == {VPN}
    assert set(outcomes(document).values()) == {"inconclusive"}
    assert {p["reason"] for p in document["ports"]} == {"other_way_out"}
    assert document["verdict"] == "inconclusive"
    words = summary(lab, "--stun", COTURN, "--pbx-address", Lab.PBX_IP)
    assert "Traffic leaves by a VPN" in words
    assert "leaves this computer by tun0 (10.8.0.2), which looks like a VPN's adapter" in words
    assert "The PBX's address, 198.18.0.2, is not on that adapter." in words
    assert "Disconnect the VPN, then run the check again." in words
    # The PBX's address on offer is its LAN address, never the VPN's.
    offered = suggested(lab)
    assert offered["egress"]["source_ip"] == vpn.route_source(Lab.STUN_IP) == VpnLab.PBX_IP
    assert offered["offered"] == Lab.PBX_IP


def test_default_route_by_a_second_line_is_the_pbx_address_offered(lab, second_line):
    # A second network card leads to the internet: its address is the route's source,
    # and the one the settings page offers, though "eth0" comes first by name.
    second_line.route_all()
    offered = suggested(lab)
    assert offered["egress"] == {
        "source_ip": VpnLab.PBX_IP,
        "interface": "eth1",
        "kind": "physical",
        "pbx_ip": None,
    }
    assert offered["offered"] == second_line.route_source(Lab.STUN_IP) == VpnLab.PBX_IP
    assert offered["by_name"] == Lab.PBX_IP  # what the first address by name would be
    lab.router("forward", ports=(9000, 9019))
    words = summary(lab, "--stun", COTURN, "--pbx-address", Lab.PBX_IP)
    assert "Traffic leaves from another address" in words
    assert "from 10.8.0.2 (eth1), not from the PBX's address 198.18.0.2" in words
    second_line.route_none()
    offered = suggested(lab)
    assert offered["offered"] == Lab.PBX_IP
    assert offered["egress"]["interface"] == "eth0"


# ------------------------------------------------- (b) only the second address by the VPN


@pytest.mark.parametrize(
    ("scenario", "ports", "product", "truth"),
    [
        # The PBX's router is symmetric, but the server's two addresses see two public
        # IPs: a path change, not a verdict on the mapping.
        ("symmetric", "9000-9019", "custom", {"inconclusive": "several_public_addresses"}),
        # A translated port: the mapping test reaches the other address by the VPN.
        ("translate", "9000-9019", "custom", {"inconclusive": "several_public_addresses"}),
        # An outbound port's mapping test goes to the other address: the same.
        ("masquerade", "65002", "swyxware", {"inconclusive": "several_public_addresses"}),
        # Test 2's answer comes in through the PBX's router (the request went to the
        # primary address by it), so what test 2 shows is the router's truth.
        ("forward", "9000-9019", "custom", {"pass": None}),
        ("masquerade", "9000-9019", "custom", {"not_forwarded": None}),
    ],
)
def test_a_split_route_to_the_second_address_is_never_symmetric(
    lab, vpn, scenario, ports, product, truth
):
    lab.router(scenario, ports=(9000, 9019))
    vpn.route_to(Lab.STUN_ALT_IP)
    assert vpn.route_source(Lab.STUN_ALT_IP) == VpnLab.PBX_IP
    assert vpn.route_source(Lab.STUN_IP) == Lab.PBX_IP
    document = check(lab, "--stun", COTURN, "--pbx-address", Lab.PBX_IP, ports=ports,
                     product=product)  # fmt: skip
    assert document["egress"]["interface"] == "eth0"  # towards the primary address
    assert {(p["outcome"], p["reason"]) for p in document["ports"]} == set(truth.items())
    assert document["verdict"] != "symmetric_nat"
    for port in document["ports"]:
        assert port["mapped"].split(":")[0] == ROUTER
        if port["reason"] == "several_public_addresses":
            assert port["mapped_other"].split(":")[0] == VPN


# ------------------------------------------------------------ (c) the route changes midway


def scan_while(lab: Lab, switch: Callable[[], None], started: Callable[[], bool]) -> dict:
    """``check --json`` of 200 ports; ``switch()`` runs once ``started()`` says the scan's
    ports are under way, so the route changes in the middle of the scan."""
    argv = [sys.executable, "-m", "wizard", "check", "--product", "custom", "--json",
            "--rate", "100", "--timeout", "1", "--ports", "9000-9199",
            "--stun", COTURN]  # fmt: skip
    env = dict(os.environ, XDG_STATE_HOME=tempfile.mkdtemp(prefix="pfw-state-"))
    proc = lab.popen_pbx(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 30
        while not started():
            assert proc.poll() is None, proc.communicate()[1]
            assert time.monotonic() < deadline, "the scan's ports never started"
            time.sleep(0.05)
        switch()
        out, err = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode in (0, 1), err
    assert "Traceback" not in err
    return json.loads(out)


def ports_seen(entries, first: int = 9000, last: int = 9199) -> int:
    return len({e.source[1] for e in entries if first <= e.source[1] <= last})


@pytest.mark.parametrize(
    ("scenario", "truth"), [("forward", "pass"), ("masquerade", "not_forwarded")]
)
def test_a_vpn_that_comes_up_midway_is_never_symmetric(lab, vpn, scenario, truth):
    lab.router(scenario, ports=(9000, 9199))
    document = scan_while(lab, vpn.route_all, lambda: ports_seen(lab.conntrack_entries()) >= 40)
    seen = outcomes(document)
    assert "symmetric_nat" not in seen.values()
    assert document["verdict"] != "symmetric_nat"
    # The switch fell inside the scan: ports left by both ways.
    publics = {p["mapped"].split(":")[0] for p in document["ports"] if p["mapped"]}
    assert publics == {ROUTER, VPN}
    # Ports measured before the VPN came up tell the router's truth (a silence the
    # controls could not vouch for before the switch stays undecided); none after it is
    # judged, which would judge the VPN.
    judged = [p for p in document["ports"] if p["outcome"] in JUDGED]
    assert all(p["outcome"] == truth for p in judged)
    assert all(p["mapped"].split(":")[0] == ROUTER for p in judged)
    rest = [p for p in document["ports"] if p["outcome"] not in JUDGED]
    assert rest and all(p["outcome"] == "inconclusive" for p in rest)
    assert {p["reason"] for p in rest} <= {"several_public_addresses", "link_loss"}


def test_a_vpn_that_goes_down_midway_is_never_symmetric(lab, vpn):
    lab.router("forward", ports=(9000, 9199))
    vpn.route_all()
    document = scan_while(lab, vpn.route_none, lambda: ports_seen(vpn.conntrack_entries()) >= 40)
    seen = outcomes(document)
    assert "symmetric_nat" not in seen.values()
    publics = {p["mapped"].split(":")[0] for p in document["ports"] if p["mapped"]}
    assert publics == {ROUTER, VPN}
    # The scan began by the VPN, which forwards nothing: no failure is blamed on the
    # router for it, and no port that reached the router afterwards is judged by the
    # VPN's standard; a pass would be the truth about the way it went.
    judged = [p for p in document["ports"] if p["outcome"] in JUDGED]
    assert all(p["outcome"] == "pass" for p in judged)
    rest = [p for p in document["ports"] if p["outcome"] not in JUDGED]
    assert rest and all(p["outcome"] == "inconclusive" for p in rest)
    assert document["egress"]["kind"] == "vpn"


def test_the_lab_itself_has_one_way_out_without_the_vpn(lab, vpn):
    # The control: the same scan with no switch sees one public address and judges all.
    lab.router("forward", ports=(9000, 9199))
    document = scan_while(lab, lambda: None, lambda: ports_seen(lab.conntrack_entries()) >= 40)
    assert set(outcomes(document).values()) == {"pass"}
    assert {p["mapped"].split(":")[0] for p in document["ports"]} == {ROUTER}


@pytest.mark.parametrize("scenario", ["forward", "masquerade"])
def test_a_split_route_behind_a_host_firewall_never_blames_the_router(lab, vpn, scenario):
    """Only the second address by the VPN, and a stateful firewall on the PBX: a pre-open
    to that address would leave by the VPN and open nothing for test 2's answer, which
    arrives through the router. So none is sent, and silences are not the router's."""
    lab.router(scenario, ports=(9000, 9019))
    vpn.route_to(Lab.STUN_ALT_IP)
    lab.host_firewall(True)
    try:
        document = check(lab, "--stun", COTURN)
    finally:
        lab.host_firewall(False)
    assert "not_forwarded" not in outcomes(document).values()
    assert document["verdict"] != "not_forwarded"
    assert document["firewall"]["preopen"] is False
    if scenario == "masquerade":
        assert set(outcomes(document).values()) <= {"blocked_on_this_computer", "inconclusive"}
