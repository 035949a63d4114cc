"""A stateful firewall on the PBX itself, in the NAT lab: the router alone decides the
verdict, and where the check cannot make sure of that it says so instead of blaming it.

The host firewall lets in answers to what the PBX sent and nothing else, as Windows
Defender Firewall and a FreePBX machine's firewall do. Test 2's answer comes from an
address the probe port never sent to, so without the pre-open it is dropped on the PBX
whatever the router does (issue 10; the audit reproduced a false not_forwarded here).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from ci import need
from lab import Lab

pytestmark = pytest.mark.lab

COTURN = f"{Lab.STUN_NAME}:3478"

# The engine in the PBX namespace with settings the command line does not offer.
SCAN = """
import asyncio, json, sys
from wizard.engine.model import FirewallInbound, HostFirewall, PortCheck
from wizard.engine.resolve import parse_server
from wizard.engine.runner import ScanSettings, run_scan

args = json.loads(sys.argv[1])
reading = args["firewall"]
firewall = None
if reading is not None:
    firewall = lambda ports: HostFirewall(
        FirewallInbound(reading["inbound"]), open_ports=tuple(reading.get("open_ports", ()))
    )
settings = ScanSettings(
    servers=[parse_server(args["stun"])],
    rate=1000,
    timeout=1,
    preopen=args["preopen"],
    host_firewall=firewall,
    preopen_verified=args["verified"],
)
checks = [PortCheck(p) for p in range(args["first"], args["last"] + 1)]
result = asyncio.run(run_scan("custom", checks, settings))
print(json.dumps(result.as_dict()))
"""


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")
    with Lab() as lab:
        lab.start_coturn()
        yield lab


@pytest.fixture
def guarded(lab: Lab) -> Iterator[Lab]:
    lab.host_firewall(True)
    try:
        yield lab
    finally:
        lab.host_firewall(False)


def scan(
    lab: Lab,
    *,
    preopen: bool = True,
    firewall: dict | None = None,
    verified: bool = True,
    ports: tuple[int, int] = (9000, 9009),
) -> dict:
    args = {
        "stun": COTURN,
        "preopen": preopen,
        "firewall": firewall,
        "verified": verified,
        "first": ports[0],
        "last": ports[1],
    }
    state = Path(tempfile.mkdtemp(prefix="pfw-state-"))
    env = dict(os.environ, XDG_STATE_HOME=str(state), PYTHONPATH=str(Path.cwd()))
    done = lab.exec_pbx(
        [sys.executable, "-c", SCAN, json.dumps(args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def check_cli(lab: Lab, ports: str = "9000-9009") -> dict:
    """``check --json`` as a technician runs it: the pre-open and the real firewall reader."""
    state = Path(tempfile.mkdtemp(prefix="pfw-state-"))
    env = dict(os.environ, XDG_STATE_HOME=str(state))
    argv = [sys.executable, "-m", "wizard", "check", "--product", "custom", "--json"]
    argv += ["--rate", "1000", "--timeout", "1", "--stun", COTURN, "--ports", ports]
    done = lab.exec_pbx(argv, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


def outcomes(document: dict) -> set[str]:
    return {p["outcome"] for p in document["ports"]}


def test_the_host_firewall_alone_drops_test_2s_answer(guarded):
    """The lab's premise: without the pre-open, a forwarding router reads as failing."""
    guarded.router("forward", ports=(9000, 9009))
    document = scan(guarded, preopen=False, firewall=None)
    assert outcomes(document) == {"not_forwarded"}


def test_a_forwarding_router_behind_a_host_firewall_passes(guarded):
    guarded.router("forward", ports=(9000, 9009))
    document = check_cli(guarded)
    assert document["verdict"] == "success", document
    assert outcomes(document) == {"pass"}
    assert document["nat"]["filtering"] == "endpoint-independent"
    assert document["firewall"]["preopen"] is True
    assert document["firewall"]["inbound"] == "filters"  # read with nft, as root


@pytest.mark.parametrize("wan_input", ["drop", "accept"])
def test_a_filtering_router_behind_a_host_firewall_still_fails(guarded, wan_input):
    """The pre-open must die at the router and leave no state there that lets test 2 in."""
    guarded.router("masquerade", wan_input=wan_input)
    document = check_cli(guarded)
    assert document["verdict"] == "not_forwarded", document
    assert outcomes(document) == {"not_forwarded"}
    # Nothing in the router's conntrack leads from a checked port to test 2's source.
    alt = (Lab.STUN_ALT_IP, Lab.STUN_ALT_PORT)
    for entry in guarded.conntrack_entries():
        if entry.source[0] == Lab.PBX_IP and 9000 <= entry.source[1] <= 9009:
            assert entry.destination != alt, entry


def test_without_the_preopen_a_host_firewall_is_never_blamed_on_the_router(guarded):
    for reading in ({"inbound": "filters"}, {"inbound": "unknown"}):
        guarded.router("forward", ports=(9000, 9009))
        guarded.host_firewall(True)  # forget the host's state from the scan before
        document = scan(guarded, preopen=False, firewall=reading)
        assert document["verdict"] == "blocked_on_this_computer", document
        assert outcomes(document) == {"blocked_on_this_computer"}
        assert document["nat"]["filtering"] is None


def test_where_unverified_a_silence_needs_a_pass_to_prove_the_preopen(guarded):
    """As on Windows, where the pre-open is not verified: a forwarding part of the range
    proves the pre-open works there, so the rest is the router's; with nothing passing,
    nothing is blamed on it."""
    filters = {"inbound": "filters"}
    guarded.router("forward_partial", ports=(9000, 9009), forward=(9000, 9004))
    document = scan(guarded, firewall=filters, verified=False)
    assert document["verdict"] == "partial", document
    got = {p["port"]: p["outcome"] for p in document["ports"]}
    assert {got[p] for p in range(9000, 9005)} == {"pass"}
    assert {got[p] for p in range(9005, 9010)} == {"not_forwarded"}

    guarded.router("masquerade")
    guarded.host_firewall(True)
    document = scan(guarded, firewall=filters, verified=False)
    assert document["verdict"] == "blocked_on_this_computer", document

    # A port an allow rule opens is the router's either way.
    guarded.host_firewall(True)
    document = scan(guarded, firewall={"inbound": "filters", "open_ports": [9000]}, verified=False)
    got = {p["port"]: p["outcome"] for p in document["ports"]}
    assert got[9000] == "not_forwarded"
    assert {got[p] for p in range(9001, 9010)} == {"blocked_on_this_computer"}


def test_an_open_firewall_leaves_the_verdict_to_the_router(lab):
    lab.router("masquerade")
    assert check_cli(lab)["firewall"]["inbound"] == "open"
    document = scan(lab, preopen=False, firewall={"inbound": "open"})
    assert document["verdict"] == "not_forwarded"


# A router that sets the TTL of what comes from the LAN (some do, to hide tethering): the
# pre-open then crosses it and leaves state for test 2's answer.
TTL_RAISING = (
    "table ip ttlraise\n"
    "delete table ip ttlraise\n"
    "table ip ttlraise {\n"
    "  chain pre {\n"
    "    type filter hook prerouting priority -300; policy accept;\n"
    '    iifname "lan" ip ttl set 64\n'
    "  }\n"
    "}\n"
)


@pytest.fixture
def ttl_raising(lab: Lab) -> Iterator[Lab]:
    def apply(script: str) -> None:
        lab_run = ["ip", "netns", "exec", lab.rtr, "nft", "-f", "-"]
        import subprocess

        subprocess.run(lab_run, input=script, text=True, check=True)

    apply(TTL_RAISING)
    try:
        yield lab
    finally:
        apply("table ip ttlraise\ndelete table ip ttlraise\n")


@pytest.mark.parametrize("host_firewall", [True, False], ids=["host-fw", "no-host-fw"])
def test_a_router_that_raises_the_ttl_never_passes_on_the_preopens_state(
    ttl_raising, host_firewall
):
    lab = ttl_raising
    lab.router("masquerade")
    lab.host_firewall(host_firewall)
    try:
        # The engine's pre-open whatever the firewall reading: the worst case.
        document = scan(lab, firewall={"inbound": "unknown"})
    finally:
        lab.host_firewall(False)
    assert document["verdict"] != "success", document
    assert "pass" not in outcomes(document)
    reasons = {p["reason"] for p in document["ports"] if p["outcome"] == "inconclusive"}
    assert reasons <= {"recent_contact"}
    assert document["nat"]["filtering"] is None
