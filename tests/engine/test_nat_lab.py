"""The check command inside a NAT lab: a PBX namespace behind a real nftables router,
with real coturn (RFC 5780) and stund (RFC 3489) servers on the "internet" side."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
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
    assert document["nat"]["mapping"] == "address-and-port-dependent"


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
    assert held["process"] == {
        "pid": holder.pid,
        "name": "portholder",
        "services": [],
        "this_program": False,
    }
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


# ---------------------------------------------------------------- conditions of the field
# Each scenario below is a way a naive checker blames the router for what the link, the
# server or its own earlier packets did; the truth is asserted, never "at least".


@pytest.fixture
def clean(lab):
    """No impairment before or after the test."""
    lab.clear_impairments()
    yield lab
    lab.clear_impairments()


@pytest.mark.parametrize(
    ("scenario", "params", "truth"),
    [
        ("masquerade", {}, {p: "not_forwarded" for p in range(9000, 9020)}),
        ("translate", {}, {p: "port_translated" for p in range(9000, 9020)}),
        (
            "forward_partial",
            {"ports": (9000, 9019), "forward": (9000, 9009)},
            {p: "pass" if p < 9010 else "not_forwarded" for p in range(9000, 9020)},
        ),
    ],
)
def test_a_router_that_keeps_state_for_unsolicited_packets_is_not_symmetric(
    clean, scenario, params, truth
):
    # Test 2's unanswered answers reach the router's own stack and leave conntrack
    # entries; a mapping test towards that same address would collide with them.
    clean.router(scenario, wan_input="accept", **params)
    document = check(clean, "--stun", COTURN)
    assert outcomes(document) == truth
    assert document["nat"]["mapping"] == "endpoint-independent"


def test_swyx_behind_a_router_that_keeps_state_for_unsolicited_packets(clean):
    clean.router("masquerade", wan_input="accept")
    document = check(clean, "--stun", COTURN, ports="65002", product="swyxware")
    assert document["verdict"] == "success"


@pytest.mark.parametrize("wan_input", ["drop", "accept"])
def test_run_again_on_a_filtering_router_stays_not_forwarded(clean, wan_input, tmp_path):
    # The wizard's own "Run again": the router still remembers the first run's packets.
    clean.router("masquerade", wan_input=wan_input)
    delays = (0, 2, 20) if wan_input == "drop" else (0,)
    verdicts = [check(clean, "--stun", COTURN, state=tmp_path)["verdict"]]
    for delay in delays:
        time.sleep(delay)
        document = check(clean, "--stun", COTURN, state=tmp_path)
        verdicts.append(document["verdict"])
        assert set(outcomes(document).values()) == {"not_forwarded"}
    assert verdicts == ["not_forwarded"] * (len(delays) + 1)


def test_a_forward_added_after_a_failing_run_passes_at_once(clean, tmp_path):
    clean.router("masquerade")
    assert check(clean, "--stun", COTURN, state=tmp_path)["verdict"] == "not_forwarded"
    clean.router("forward", flush=False)  # the router keeps what it saw
    document = check(clean, "--stun", COTURN, state=tmp_path)
    assert document["verdict"] == "success"


@pytest.mark.parametrize(
    ("before", "after", "verdict"),
    [
        # The first run's test 2 answers left entries for the router's own stack; a
        # forward added since does not apply to packets that match them.
        (dict(scenario="masquerade", wan_input="accept"), dict(scenario="forward"), "success"),
        # The first run's answers were forwarded; their entries would carry the next
        # answers to the PBX after the forward is gone.
        (
            dict(scenario="forward"),
            dict(scenario="masquerade", wan_input="accept"),
            "not_forwarded",
        ),
    ],
    ids=["forward-added", "forward-removed"],
)
def test_run_again_after_changing_the_router_follows_the_new_rules(
    clean, tmp_path, before, after, verdict
):
    # Nothing flushes the router's state between the runs; each run comes out as the
    # router's rules are now, the second run at once (it takes test 2 from the other
    # address on the server's second IP) and the third after waiting for the router to
    # forget the first two runs' answers.
    clean.router(**before)
    check(clean, "--stun", COTURN, state=tmp_path)
    clean.router(**after, flush=False)
    started = time.monotonic()
    second = check(clean, "--stun", COTURN, state=tmp_path)
    assert time.monotonic() - started < 20  # no wait: a fresh source was there
    third = check(clean, "--stun", COTURN, state=tmp_path)
    for document in (second, third):
        assert document["verdict"] == verdict
        assert set(outcomes(document).values()) == {"pass" if verdict == "success" else verdict}


def test_run_again_behind_a_router_that_keeps_unanswered_flows_a_minute(clean, tmp_path):
    # OpenWrt keeps a UDP flow that saw no answer 60 s (Linux 30 s): the forward is
    # removed after a check, and three checks follow at once. The first run's test 2
    # answers were forwarded and their entries would still carry the next ones to the
    # PBX; the second check takes its answers from elsewhere, the third waits them out.
    clean.udp_timeouts(unreplied=60, replied=180)
    try:
        clean.router("forward")
        assert check(clean, "--stun", COTURN, state=tmp_path)["verdict"] == "success"
        clean.router("masquerade", wan_input="accept", flush=False)
        for _ in range(3):
            document = check(clean, "--stun", COTURN, state=tmp_path)
            assert document["verdict"] == "not_forwarded"
            assert set(outcomes(document).values()) == {"not_forwarded"}
    finally:
        clean.udp_timeouts()


def test_loss_on_the_link_is_not_blamed_on_the_router(clean):
    clean.router("forward", ports=(9000, 9199))
    clean.impair(loss=10)
    document = check(clean, "--stun", COTURN, "--rate", "400", ports="9000-9199")
    assert document["verdict"] == "success", Counter(outcomes(document).values())
    assert 5 < document["link"]["loss_pct"] < 40
    assert any(p["retested"] for p in document["ports"])


def test_loss_does_not_hide_a_filtering_router(clean):
    clean.router("masquerade", ports=(9000, 9099))
    clean.impair(loss=10)
    document = check(clean, "--stun", COTURN, "--rate", "400", ports="9000-9099")
    assert set(outcomes(document).values()) == {"not_forwarded"}


@pytest.mark.parametrize("where", ["path", "server"])
def test_throttling_slows_the_scan_instead_of_failing_ports(clean, where):
    clean.router("forward", ports=(9000, 9099))
    clean.impair(**{f"{where}_rate": 60})
    document = check(clean, "--stun", COTURN, "--rate", "300", ports="9000-9099")
    assert document["verdict"] == "success", Counter(outcomes(document).values())
    assert document["link"]["slowed_down"] >= 1
    assert document["link"]["rate_reached"] < 300


def test_flood_protection_that_blocks_the_server_is_waited_out(clean):
    clean.router("forward", ports=(9000, 9199))
    clean.impair(flood_block=(50, 2))
    document = check(clean, "--stun", COTURN, "--rate", "400", ports="9000-9199")
    assert document["verdict"] == "success", Counter(outcomes(document).values())
    assert document["link"]["paused_s"] > 0


def test_a_dead_second_address_is_the_servers_fault(clean):
    clean.router("forward")
    clean.impair(dead_second_address=True)
    document = check(clean, "--stun", COTURN)
    assert document["verdict"] == "stun_no_second_address"
    assert document["stun"][0]["error"] == "second_address_unreachable"
    assert set(outcomes(document).values()) == {"untested"}


def test_a_dead_second_address_falls_back_to_the_next_server(clean):
    # stund listens on the same two IPs: dead there too, so the single-address server
    # cannot help either; the verdict names the server, never the router.
    clean.router("forward")
    clean.impair(dead_second_address=True)
    document = check(clean, "--stun", COTURN, "--stun", STUND)
    assert [s["error"] for s in document["stun"]] == [
        "second_address_unreachable",
        "second_address_unreachable",
    ]
    assert "not_forwarded" not in outcomes(document).values()
