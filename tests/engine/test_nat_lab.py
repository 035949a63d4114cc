"""The check command inside a NAT lab: a PBX namespace behind a real nftables router,
with real coturn (RFC 5780) and stund (RFC 3489) servers on the "internet" side."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from ci import need
from lab import Lab

pytestmark = pytest.mark.lab

STUND_PORT = 3480
COTURN = f"{Lab.STUN_NAME}:3478"
STUND = f"{Lab.STUN_NAME}:{STUND_PORT}"
SINGLE = f"{Lab.SINGLE_NAME}:3478"


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")
    with Lab() as lab:
        lab.start_coturn()
        lab.start_stund(port=STUND_PORT, alt_port=STUND_PORT + 1)
        lab.start_coturn(ips=(Lab.SINGLE_IP,))
        yield lab


def check(
    lab: Lab,
    *args: str,
    ports: str = "9000-9019",
    product: str = "custom",
    state: Path | None = None,
) -> dict:
    """``check --json`` in the PBX namespace. ``state``: the folder the tool remembers its
    contacts in (a fresh one for every call unless given, so tests do not see each other's
    packets; a re-run passes the same folder)."""
    argv = [
        sys.executable,
        "-m",
        "wizard",
        "check",
        "--product",
        product,
        "--json",
        "--rate",
        "1000",
        "--timeout",
        "1",
    ]
    if ports:
        argv += ["--ports", ports]
    if state is None:
        state = Path(tempfile.mkdtemp(prefix="pfw-state-"))
    env = dict(os.environ, XDG_STATE_HOME=str(state))
    done = lab.exec_pbx([*argv, *args], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    document = json.loads(done.stdout)
    assert (done.returncode == 0) == (document["verdict"] == "success")
    return document


def outcomes(document: dict) -> dict[int, str]:
    return {p["port"]: p["outcome"] for p in document["ports"]}


@pytest.mark.parametrize("server", [COTURN, STUND], ids=["coturn", "stund"])
def test_one_to_one_forwarding_passes(lab, server):
    lab.router("forward", ports=(9000, 9019))
    document = check(lab, "--stun", server)
    assert document["verdict"] == "success"
    assert set(outcomes(document).values()) == {"pass"}
    for port in document["ports"]:
        assert port["mapped"] == f"{Lab.ROUTER_WAN_IP}:{port['port']}"
        assert (port["test1"], port["test2"]) == (True, True)
    assert document["stun"][0]["other_address"] == f"{Lab.STUN_ALT_IP}:{int(server[-4:]) + 1}"
    assert document["nat"] == {
        "public_ip": Lab.ROUTER_WAN_IP,
        "mapping": "endpoint-independent",
        "filtering": "endpoint-independent",
        "port_preserving": True,
    }


@pytest.mark.parametrize("server", [COTURN, STUND], ids=["coturn", "stund"])
def test_ordinary_masquerading_router_does_not_forward(lab, server):
    lab.router("masquerade")
    document = check(lab, "--stun", server)
    assert document["verdict"] == "not_forwarded"
    assert set(outcomes(document).values()) == {"not_forwarded"}
    assert all(p["test1"] and p["test2"] is False for p in document["ports"])
    assert document["nat"]["mapping"] == "endpoint-independent"
    assert document["nat"]["filtering"] == "address-and-port-dependent"
    assert document["nat"]["port_preserving"] is True


def test_symmetric_nat(lab):
    lab.router("symmetric")
    document = check(lab, "--stun", COTURN)
    assert document["verdict"] == "symmetric_nat"
    assert set(outcomes(document).values()) == {"symmetric_nat"}
    assert all(p["mapped"] != p["mapped_other"] for p in document["ports"])
    assert document["nat"]["mapping"] in ("address-dependent", "address-and-port-dependent")


def test_forwarded_with_another_public_port_is_port_translated(lab):
    lab.router("forward_translate", ports=(9000, 9019))
    document = check(lab, "--stun", COTURN)
    assert document["verdict"] == "port_translated"
    for port in document["ports"]:
        assert port["outcome"] == "port_translated"
        assert port["mapped"] == f"{Lab.ROUTER_WAN_IP}:{port['port'] + Lab.TRANSLATE_OFFSET}"
        assert port["test2"] is True  # forwarded, but on another number
    assert document["nat"]["port_preserving"] is False


def test_masquerade_to_another_port_range(lab):
    # Linux keeps the first port it picked for a source while its conntrack entry lives,
    # so this is a stable translation, not a symmetric NAT.
    lab.router("translate")
    document = check(lab, "--stun", COTURN)
    assert document["verdict"] == "port_translated"
    for port in document["ports"]:
        assert port["outcome"] == "port_translated"
        assert int(port["mapped"].rsplit(":", 1)[1]) in range(20000, 30001)
        assert port["mapped"] == port["mapped_other"]
        assert port["test2"] is False
    assert document["nat"]["port_preserving"] is False
    assert document["nat"]["mapping"] == "endpoint-independent"


def test_forwarding_only_part_of_the_range(lab):
    lab.router("forward_partial", ports=(9000, 9019), forward=(9000, 9009))
    document = check(lab, "--stun", COTURN)
    assert document["verdict"] == "partial"
    seen = outcomes(document)
    assert {seen[p] for p in range(9000, 9010)} == {"pass"}
    assert {seen[p] for p in range(9010, 9020)} == {"not_forwarded"}


def test_outbound_dropped_for_some_ports(lab):
    lab.router("drop_ports", drop=(9015, 9019))
    document = check(lab, "--stun", COTURN)
    seen = outcomes(document)
    assert {seen[p] for p in range(9015, 9020)} == {"no_response"}
    assert {seen[p] for p in range(9000, 9015)} == {"not_forwarded"}
    assert all(p["test1"] is False for p in document["ports"] if p["port"] >= 9015)
    # The server still answers from other ports, so this is not "unreachable".
    assert document["verdict"] == "not_forwarded"
    assert document["stun"][0]["error"] is None


def test_all_udp_dropped(lab):
    lab.router("drop_udp")
    document = check(lab, "--stun", COTURN, "--timeout", "0.5")
    assert document["verdict"] == "stun_unreachable"
    assert document["stun"][0]["error"] == "no_response"
    assert document["stun"][0]["addresses"] == [f"{Lab.STUN_IP}:3478"]


def test_server_with_one_address(lab):
    lab.router("forward", ports=(9000, 9019))
    document = check(lab, "--stun", SINGLE)
    assert document["verdict"] == "stun_no_second_address"
    assert document["stun"][0]["error"] == "no_second_address"
    assert document["stun"][0]["other_address"] is None
    # Test 1 still runs and is reported.
    assert all(p["test1"] is True and p["test2"] is None for p in document["ports"])
    assert document["ports"][0]["mapped"] == f"{Lab.ROUTER_WAN_IP}:9000"


def test_a_fit_server_after_an_unfit_one_is_used(lab):
    lab.router("forward", ports=(9000, 9019))
    document = check(lab, "--stun", SINGLE, "--stun", COTURN)
    assert document["verdict"] == "success"
    assert [s["error"] for s in document["stun"]] == ["no_second_address", None]
    assert document["stun_used"] == COTURN


def test_name_that_does_not_exist(lab):
    document = check(lab, "--stun", f"{Lab.MISSING_NAME}:3478")
    assert document["verdict"] == "dns_failure"
    assert document["stun"][0]["error"] == "name_not_found"
    assert document["ports"] == []


def test_dns_that_does_not_answer(lab):
    lab.dns("silent")
    try:
        document = check(lab, "--stun", f"{Lab.MISSING_NAME}:3478")
    finally:
        lab.dns("nxdomain")
    assert document["verdict"] == "dns_failure"
    assert document["stun"][0]["error"] == "dns_no_answer"


def test_port_held_by_another_process(lab):
    lab.router("forward", ports=(9000, 9019))
    holder = lab.hold_port(9005)
    try:
        document = check(lab, "--stun", COTURN)
    finally:
        holder.kill()
        holder.wait()
    assert document["verdict"] == "port_in_use"
    held = next(p for p in document["ports"] if p["port"] == 9005)
    assert held["outcome"] == "port_in_use"
    assert held["process"] == {"pid": holder.pid, "name": "portholder"}
    assert held["commands"] == ["ss -lunp 'sport = :9005'", "lsof -nP -iUDP:9005"]
    assert Counter(outcomes(document).values()) == Counter({"pass": 19, "port_in_use": 1})


@pytest.mark.parametrize(
    ("scenario", "verdict"), [("masquerade", "success"), ("symmetric", "symmetric_nat")]
)
def test_swyx_linkmanager_needs_outbound_with_a_stable_mapping(lab, scenario, verdict):
    # An ordinary home router is enough for the LinkManager; a symmetric NAT is not.
    lab.router(scenario)
    document = check(lab, "--stun", COTURN, ports="65002", product="swyxware")
    assert document["verdict"] == verdict
    assert document["ports"][0]["requirement"] == "outbound"
