"""The NAT lab does what the engine's tests rely on (needs root; see tests/lab.py)."""

from __future__ import annotations

import errno
import json
import os
import select
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

try:
    from ci import need
    from lab import (
        NETNS_ETC,
        NETNS_RUN,
        Lab,
        LabError,
        StunReply,
        run_in_netns,
        stun_burst,
        stun_request,
    )
except ImportError:  # imported as a package module
    from tests.ci import need
    from tests.lab import (
        NETNS_ETC,
        NETNS_RUN,
        Lab,
        LabError,
        StunReply,
        run_in_netns,
        stun_burst,
        stun_request,
    )

pytestmark = pytest.mark.lab

WAN = Lab.ROUTER_WAN_IP
PRIMARY = (Lab.STUN_IP, Lab.STUN_PORT)
ALTERNATE = (Lab.STUN_ALT_IP, Lab.STUN_ALT_PORT)


def require_lab() -> None:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")


@pytest.fixture(scope="module")
def lab():
    require_lab()
    with Lab() as the_lab:
        yield the_lab


_running: dict[str, str | None] = {"kind": None}


@pytest.fixture(scope="module", params=["coturn", "stund"])
def server_kind(request):
    """Module-scoped so pytest groups the tests per server (fewer restarts)."""
    return request.param


@pytest.fixture
def server(lab, server_kind):
    """Which two-address STUN server runs on 203.0.113.10/.11, ports 3478/3479."""
    if _running["kind"] != server_kind:
        stop_servers(lab)
        lab.start_coturn() if server_kind == "coturn" else lab.start_stund()
        _running["kind"] = server_kind
    return server_kind


def stop_servers(lab: Lab) -> None:
    lab.stop_servers()
    _running["kind"] = None


@dataclass
class Seen:
    """The classic three tests from one local port."""

    test1: StunReply | None  # Binding to the primary address
    test2: StunReply | None  # CHANGE-REQUEST (IP and port) to the primary address
    test3: StunReply | None  # Binding to the alternate address (mapping test)

    @property
    def mapped(self):
        return self.test1.mapped if self.test1 else None


def observe(lab: Lab, port: int) -> Seen:
    return Seen(
        test1=lab.probe(port, PRIMARY),
        test2=lab.probe(port, PRIMARY, change=True),
        test3=lab.probe(port, ALTERNATE),
    )


# ------------------------------------------------------------------------ scenarios


def test_forward(lab, server):
    lab.router("forward", ports=(9000, 9019))
    seen = observe(lab, 9000)
    assert seen.mapped == (WAN, 9000)
    assert seen.test1.other == ALTERNATE
    attr = "OTHER-ADDRESS" if server == "coturn" else "CHANGED-ADDRESS"
    assert attr in seen.test1.attributes
    assert seen.test2 is not None and seen.test2.source == ALTERNATE
    assert seen.test2.mapped == (WAN, 9000)
    assert seen.test3.mapped == seen.mapped
    # the single changes arrive from where they should, too
    assert lab.probe(9019, PRIMARY, change="ip").source == (Lab.STUN_ALT_IP, Lab.STUN_PORT)
    assert lab.probe(9019, PRIMARY, change="port").source == (Lab.STUN_IP, Lab.STUN_ALT_PORT)


def test_masquerade(lab, server):
    lab.router("masquerade")
    seen = observe(lab, 9001)
    assert seen.mapped == (WAN, 9001)  # port kept
    assert seen.test2 is None  # filtered by conntrack
    assert seen.test3.mapped == seen.mapped  # endpoint-independent mapping


def test_symmetric(lab, server):
    lab.router("symmetric")
    seen = observe(lab, 9002)
    assert seen.mapped[0] == WAN
    assert seen.test2 is None
    assert seen.test3.mapped[0] == WAN
    # fully-random picks a new port per destination (a clash is a 1 in ~64000 event)
    assert seen.test3.mapped != seen.mapped
    assert seen.mapped[1] != 9002 or seen.test3.mapped[1] != 9002


def test_translate(lab, server):
    lab.router("translate")
    seen = observe(lab, 9003)
    assert seen.mapped[0] == WAN
    assert 20000 <= seen.mapped[1] <= 30000
    assert seen.test2 is None
    assert seen.test3.mapped == seen.mapped  # stable: not symmetric
    other = lab.probe(9003, (Lab.STUN_IP, Lab.STUN_ALT_PORT))
    assert other.mapped == seen.mapped


def test_forward_translate(lab, server):
    lab.router("forward_translate", ports=(9000, 9019))
    seen = observe(lab, 9004)
    assert seen.mapped == (WAN, 29004)
    assert seen.test2 is not None and seen.test2.source == ALTERNATE
    assert seen.test2.mapped == (WAN, 29004)
    assert seen.test3.mapped == seen.mapped
    # ports outside the map fall back to plain masquerade
    assert lab.probe(9500, PRIMARY).mapped == (WAN, 9500)


def test_forward_partial(lab, server):
    lab.router("forward_partial", ports=(9000, 9019), forward=(9000, 9009))
    inside = observe(lab, 9009)
    assert inside.mapped == (WAN, 9009)
    assert inside.test2 is not None and inside.test2.source == ALTERNATE
    outside = observe(lab, 9010)
    assert outside.mapped == (WAN, 9010)
    assert outside.test2 is None
    assert outside.test3.mapped == outside.mapped


def test_drop_ports(lab, server):
    lab.router("drop_ports", drop=(9000, 9019))
    assert lab.probe(9005, PRIMARY) is None
    ephemeral = lab.probe(0, PRIMARY)
    assert ephemeral is not None and ephemeral.mapped[0] == WAN
    assert lab.probe(9020, PRIMARY).mapped == (WAN, 9020)


def test_drop_udp(lab, server):
    lab.router("drop_udp")
    assert lab.probe(9006, PRIMARY) is None
    assert lab.probe(0, PRIMARY, timeout=0.3) is None


def test_routed(lab, server):
    lab.router("routed")
    seen = observe(lab, 9007)
    assert seen.mapped == (Lab.PBX_IP, 9007)
    assert seen.test2 is not None and seen.test2.source == ALTERNATE


def test_router_switch_forgets_old_mappings(lab, server):
    lab.router("symmetric")
    randomised = lab.probe(9014, PRIMARY).mapped
    lab.router("masquerade")  # also flushes conntrack, or the old mapping would live on
    assert lab.probe(9014, PRIMARY).mapped == (WAN, 9014) != randomised


def test_unknown_scenario(lab):
    with pytest.raises(ValueError, match="unknown scenario"):
        lab.router("nonsense")


# ------------------------------------------------------------------------ router state


@pytest.fixture
def coturn_lab(lab):
    """The lab with coturn on 203.0.113.10/.11; impairments removed afterwards."""
    if _running["kind"] != "coturn":
        stop_servers(lab)
        lab.start_coturn()
        _running["kind"] = "coturn"
    try:
        yield lab
    finally:
        lab.clear_impairments()


def entries_from(lab: Lab, source: tuple[str, int]) -> list:
    return [e for e in lab.conntrack_entries() if e.source == source]


def test_wan_input_accept_keeps_state_for_unsolicited_packets(coturn_lab):
    lab = coturn_lab
    lab.router("masquerade")  # wan_input="drop"
    assert lab.probe(9300, PRIMARY, change=True) is None
    assert entries_from(lab, ALTERNATE) == []  # dropped before conntrack confirmed it

    lab.router("masquerade", wan_input="accept")
    assert lab.probe(9301, PRIMARY).mapped == (WAN, 9301)
    assert lab.probe(9301, PRIMARY, change=True) is None  # reaches the router, not the PBX
    [entry] = entries_from(lab, ALTERNATE)
    assert entry.destination == (WAN, 9301)
    assert not entry.seen_reply
    # That entry holds the public port: the next flow from 9301 to the alternate address
    # gets another one, so the router looks symmetric to a checker that caused it.
    assert lab.probe(9301, ALTERNATE).mapped != (WAN, 9301)


def test_router_without_flush_keeps_conntrack(coturn_lab):
    lab = coturn_lab
    lab.router("masquerade")
    assert lab.probe(9302, ALTERNATE).mapped == (WAN, 9302)  # a first run's mapping test
    lab.router("masquerade", flush=False)
    assert [e.destination for e in entries_from(lab, (Lab.PBX_IP, 9302))] == [ALTERNATE]
    # a second run seconds later: the first one's state lets the CHANGE-REQUEST answer in
    reply = lab.probe(9302, PRIMARY, change=True)
    assert reply is not None and reply.source == ALTERNATE
    lab.router("forward", flush=False)  # reconfigured, not rebooted
    assert entries_from(lab, (Lab.PBX_IP, 9302)) != []
    lab.router("masquerade")
    assert entries_from(lab, (Lab.PBX_IP, 9302)) == []
    assert lab.probe(9302, PRIMARY, change=True) is None


# ------------------------------------------------------------------------ impairments


def test_router_and_impairments_leave_each_other_alone(coturn_lab):
    lab = coturn_lab
    lab.impair(loss=10, path_rate=100, flood_block=(50, 3), server_rate=30)
    lab.router("forward")
    assert "table ip impair" in lab.nft_list()
    assert "table ip impair" in lab.nft_list(lab.wan)
    lab.impair()
    assert "table ip impair" not in lab.nft_list()
    assert "table ip impair" not in lab.nft_list(lab.wan)
    assert "dnat to" in lab.nft_list()  # the forward rule is still there
    assert lab.impairments == lab.impair()
    with pytest.raises(ValueError):
        lab.impair(loss=101)


def test_loss_drops_packets_each_way(coturn_lab):
    lab = coturn_lab
    lab.router("masquerade")
    lab.impair(loss=50)
    with lab.udp_socket(port=9310) as sock:
        answered = len(stun_burst(sock, PRIMARY, 400, rate=1000))
    # 0.5 out and 0.5 back: about a quarter; loss one way only would give a half
    assert 0.15 * 400 <= answered <= 0.37 * 400 < 0.6 * 400
    lab.impair()
    with lab.udp_socket(port=9310) as sock:
        assert len(stun_burst(sock, PRIMARY, 400, rate=1000)) >= 398
    # a lost packet leaves no conntrack state behind
    lab.impair(loss=100)
    assert lab.probe(9311, PRIMARY, timeout=0.3) is None
    assert entries_from(lab, (Lab.PBX_IP, 9311)) == []


def test_path_rate_limits_requests_towards_the_server(coturn_lab):
    lab = coturn_lab
    lab.router("masquerade")
    lab.impair(path_rate=20)
    with lab.udp_socket(port=9320) as sock:
        answered = len(stun_burst(sock, PRIMARY, 100, rate=100, wait=0.3))
    assert 15 <= answered <= 35  # 20 a second and a burst of 5


def test_server_rate_throttles_each_source(coturn_lab):
    lab = coturn_lab
    lab.router("routed")  # the PBX's own address and the router's are two sources
    lab.impair(server_rate=20)
    counts: dict[str, int] = {}

    def send(name: str, sock) -> None:
        with sock:
            counts[name] = len(stun_burst(sock, PRIMARY, 100, rate=100, wait=0.3))

    threads = [
        threading.Thread(target=send, args=("pbx", lab.udp_socket(port=9330))),
        threading.Thread(target=send, args=("router", lab.udp_socket(lab.rtr, port=9330))),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # each source gets its own 20 a second (one bucket for both would give ~12 each)
    assert 18 <= counts["pbx"] <= 35 and 18 <= counts["router"] <= 35, counts


def test_flood_block_blocks_a_source_that_opens_flows_too_fast(coturn_lab):
    lab = coturn_lab
    lab.router("forward", ports=(9200, 9299))
    lab.impair(flood_block=(20, 2))
    with lab.udp_socket(port=9290) as flow:
        assert stun_burst(flow, ALTERNATE, 1, wait=0.3)  # an established flow with .11
        socks = [lab.udp_socket(port=p) for p in range(9200, 9240)]
        try:
            start = time.monotonic()
            # each forwarded answer from the alternate address is a new inbound flow
            burst = stun_burst(socks, PRIMARY, 40, change=True, wait=0.3)
        finally:
            for sock in socks:
                sock.close()
        assert 15 <= len(burst) <= 25  # the bucket of 20, then blocked

        def alternate_answers() -> bool:
            return bool(stun_burst(flow, ALTERNATE, 1, wait=0.3))

        assert not alternate_answers()  # blocked: even the established flow
        assert lab.probe(9291, PRIMARY, timeout=0.3) is not None  # other sources are not
        time.sleep(max(0.0, start + 1.5 - time.monotonic()))
        assert not alternate_answers()
        time.sleep(max(0.0, start + 2.5 - time.monotonic()))
        assert alternate_answers()


def test_dead_second_address(coturn_lab):
    lab = coturn_lab
    lab.router("forward", ports=(9000, 9019))
    lab.impair(dead_second_address=True)
    first = lab.probe(9015, PRIMARY)
    assert first.mapped == (WAN, 9015) and first.other == ALTERNATE  # still announced
    assert lab.probe(9015, ALTERNATE, timeout=0.3) is None
    assert lab.probe(9015, PRIMARY, change=True, timeout=0.3) is None
    assert lab.probe(9015, PRIMARY, change="ip", timeout=0.3) is None
    # only the address is dead: the primary's other port still answers
    assert lab.probe(9015, PRIMARY, change="port").source == (Lab.STUN_IP, Lab.STUN_ALT_PORT)
    lab.impair()
    assert lab.probe(9015, ALTERNATE).mapped == (WAN, 9015)


# ------------------------------------------------------------------------ ISP device

PUBLIC = Lab.PUBLIC_IP
FORWARDS = {"forward", "forward_translate", "forward_partial"}


@pytest.fixture(scope="module")
def isp_lab():
    """A lab with an ISP device between the router and the wan, and coturn."""
    require_lab()
    with Lab(isp="cgnat") as the_lab:
        the_lab.start_coturn()
        yield the_lab


def answered_change(lab: Lab, port: int) -> bool:
    """Whether the CHANGE-REQUEST answer (from the server's second address) reaches the
    PBX's ``port``: one request, nothing retransmitted, on a path that loses nothing."""
    with lab.udp_socket(port=port) as sock:
        return stun_request(sock, PRIMARY, change=True, timeout=0.15, retransmit=1) is not None


@pytest.mark.parametrize("mode", ["cgnat", "dmz"])
def test_isp_device_with_every_router_scenario(isp_lab, mode):
    lab = isp_lab
    lab.set_isp(mode)
    assert (lab.router_wan_ip, lab.public_ip) == ("100.64.0.2", WAN)
    # the public port each scenario gives the PBX's port 9001 (the ISP device keeps it)
    public_port = {
        "forward": lambda port: port == 9001,
        "masquerade": lambda port: port == 9001,
        "symmetric": lambda port: True,
        "translate": lambda port: 20000 <= port <= 30000,
        "forward_translate": lambda port: port == 29001,
        "forward_partial": lambda port: port == 9001,
        "routed": lambda port: port == 9001,  # the ISP device's NAT only
    }
    for scenario, fits in public_port.items():
        lab.router(scenario, ports=(9000, 9019), forward=(9000, 9009))
        reply = lab.probe(9001, PRIMARY)
        assert reply is not None and reply.mapped[0] == PUBLIC, scenario
        assert fits(reply.mapped[1]), (scenario, reply.mapped)
        # the ISP device lets the second address's answer in only in DMZ mode, and then
        # only where the router forwards the port
        arrives = mode == "dmz" and scenario in FORWARDS
        assert answered_change(lab, 9001) == arrives, (mode, scenario)
    lab.router("forward_partial", ports=(9000, 9019), forward=(9000, 9009))
    assert not answered_change(lab, 9010)  # not forwarded by the router: not in either way
    for scenario in ("drop_ports", "drop_udp"):
        lab.router(scenario)
        assert lab.probe(9002, PRIMARY, timeout=0.2) is None


def test_isp_device_holds_the_second_mapping(isp_lab):
    lab = isp_lab
    lab.set_isp("cgnat")
    lab.router("masquerade")
    assert lab.probe(9003, PRIMARY).mapped == (PUBLIC, 9003)
    # the router maps the PBX to its own WAN address, the ISP device that to the public one
    [mine] = entries_from(lab, (Lab.PBX_IP, 9003))
    assert mine.reply_destination == ("100.64.0.2", 9003)
    [theirs] = [e for e in lab.conntrack_entries(lab.isp) if e.source == ("100.64.0.2", 9003)]
    assert theirs.reply_destination == (PUBLIC, 9003)
    # each namespace has its own timeouts and its own state
    try:
        lab.udp_timeouts(5, 10, ns=lab.isp)
        assert lab.probe(9004, PRIMARY) is not None
        [isp_entry] = [e for e in lab.conntrack_entries(lab.isp) if e.source[1] == 9004]
        assert isp_entry.timeout <= 5 < entries_from(lab, (Lab.PBX_IP, 9004))[0].timeout
    finally:
        lab.udp_timeouts(ns=lab.isp)
    lab.flush_conntrack(lab.isp)
    assert lab.conntrack_entries(lab.isp) == []
    assert entries_from(lab, (Lab.PBX_IP, 9004)) != []


def test_isp_modem_has_a_private_transfer_net(isp_lab):
    lab = isp_lab
    try:
        lab.router("forward")
        lab.set_isp("modem")  # the router's rules follow its new WAN address
        assert lab.router_wan_ip == "192.168.100.2"
        assert lab.probe(9005, PRIMARY).mapped == (PUBLIC, 9005)
        assert [e.reply_destination for e in entries_from(lab, (Lab.PBX_IP, 9005))] == [
            ("192.168.100.2", 9005)
        ]
        assert not answered_change(lab, 9005)
        lab.set_isp("modem_dmz")
        assert answered_change(lab, 9006)
    finally:
        lab.set_isp("cgnat")


def tcp_reaches(lab: Lab, listen_ns: str, port: int) -> bool:
    """Whether a TCP connection from the wan namespace to the public address's ``port``
    is accepted by a listener in ``listen_ns``."""
    with run_in_netns(listen_ns, lambda: socket.create_server(("0.0.0.0", port))) as server:
        server.settimeout(0.3)

        def connect() -> socket.socket:
            client = socket.socket()
            client.setblocking(False)
            client.connect_ex((PUBLIC, port))  # EINPROGRESS: the SYN is on its way
            return client

        with run_in_netns(lab.wan, connect):
            try:
                conn, _ = server.accept()
            except TimeoutError:
                return False
            conn.close()
            return True


def test_isp_dmz_passes_tcp_too(isp_lab):
    lab = isp_lab
    lab.router("forward", ports=(9000, 9019), tcp=True)
    lab.set_isp("dmz")
    assert tcp_reaches(lab, lab.pbx, 9007)
    lab.set_isp("cgnat")
    assert not tcp_reaches(lab, lab.pbx, 9007)


# ------------------------------------------------------------------------ LAN host, hairpin


@pytest.fixture(scope="module")
def lan_lab():
    """A lab whose router's LAN has a second host (198.18.0.3), and coturn."""
    require_lab()
    with Lab() as the_lab:
        the_lab.start_coturn()
        the_lab.lan_host()
        yield the_lab


def test_lan_host_beside_the_pbx(lan_lab):
    lab = lan_lab
    assert lab.lan_host() == lab.host  # one host, however often asked
    lab.router("forward")
    # the PBX works as before, the host goes out through the same router
    assert lab.probe(9000, PRIMARY).mapped == (WAN, 9000)
    assert lab.probe(9000, PRIMARY, change=True).source == ALTERNATE
    with lab.udp_socket(lab.host, 9100) as sock:
        assert stun_request(sock, PRIMARY).mapped == (WAN, 9100)
    assert [e.source for e in lab.conntrack_entries() if e.source[1] == 9100] == [
        (Lab.OTHER_LAN_IP, 9100)
    ]


def test_forward_to_another_lan_host(lan_lab):
    lab = lan_lab
    lab.router("forward", to=Lab.OTHER_LAN_IP, tcp=True)
    with (
        lab.udp_socket(port=9001) as pbx,
        lab.udp_socket(lab.host, 9001) as host,
        lab.udp_socket(lab.wan, 7000, Lab.STUN_IP) as internet,
    ):
        internet.sendto(b"call", (WAN, 9001))
        assert received(host) == (b"call", (Lab.STUN_IP, 7000))
        assert received(pbx) is None
    assert tcp_reaches(lab, lab.host, 9002)
    # the PBX's own STUN check sees none of it: its answers from .11 do not get in
    assert lab.probe(9003, PRIMARY).mapped == (WAN, 9003)
    assert lab.probe(9003, PRIMARY, change=True, timeout=0.2) is None


def received(sock: socket.socket, wait: float = 0.2) -> tuple[bytes, tuple] | None:
    ready, _, _ = select.select([sock], [], [], wait)
    return sock.recvfrom(2048) if ready else None


def hairpin_round(lab: Lab, sender_ns: str) -> tuple[tuple | None, tuple | None]:
    """A datagram from ``sender_ns`` to the public address's port 9004, where a socket on
    the PBX answers what it gets. Returns (where the PBX saw it from, where the sender saw
    the answer from); None where nothing arrived."""
    with lab.udp_socket(sender_ns, 9200) as sender, lab.udp_socket(port=9004) as pbx:
        sender.sendto(b"hello", (WAN, 9004))
        got = received(pbx)
        if got is None:
            return None, None
        pbx.sendto(b"answer", got[1])
        answer = received(sender)
        return got[1], answer[1] if answer else None


def test_hairpin(lan_lab):
    lab = lan_lab
    lab.router("forward")  # off: the router's own address answers nothing
    assert hairpin_round(lab, lab.pbx) == (None, None)
    assert hairpin_round(lab, lab.host) == (None, None)
    lab.router("forward", hairpin=True)
    for sender in (lab.pbx, lab.host):
        seen, answer = hairpin_round(lab, sender)
        # the PBX sees the router's LAN address (the port may differ: the PBX's own round
        # still holds 198.18.0.1:9200 towards it), the sender the public address and port
        assert seen is not None and seen[0] == Lab.ROUTER_LAN_IP
        assert answer == (WAN, 9004)
    lab.router("forward", hairpin="half")
    assert hairpin_round(lab, lab.pbx) == (None, None)  # from its own address: a martian
    # the host's datagram arrives, the answer comes straight from the PBX's own address
    assert hairpin_round(lab, lab.host) == ((Lab.OTHER_LAN_IP, 9200), (Lab.PBX_IP, 9004))
    # the WAN side is what it was
    assert lab.probe(9005, PRIMARY, change=True).source == ALTERNATE


def test_router_options_need_a_forward():
    with pytest.raises(ValueError, match="forwarding scenario"):
        Lab.ruleset("masquerade", hairpin=True)
    with pytest.raises(ValueError, match="forwarding scenario"):
        Lab.ruleset("masquerade", to=Lab.OTHER_LAN_IP)
    with pytest.raises(ValueError, match="tcp=True"):
        Lab.ruleset("forward_translate", tcp=True)
    with pytest.raises(ValueError, match="hairpin must be"):
        Lab.ruleset("forward", hairpin="sometimes")
    with pytest.raises(ValueError, match="unknown ISP mode"):
        Lab(isp="satellite")


# ------------------------------------------------------------------------ mapping lifetime


def test_udp_timeouts_bound_an_idle_mapping(lab):
    """A mapping made by one request and its answer lives ``unreplied`` seconds; once a
    packet passes after the flow's first 2 s, ``replied``."""
    lab.router("masquerade")
    start = time.monotonic()

    def at(second: float) -> None:
        time.sleep(max(0.0, start + second - time.monotonic()))

    server = lab.udp_socket(lab.wan, 7001, Lab.STUN_IP)
    short, long, stream = (lab.udp_socket(port=p) for p in (9010, 9011, 9012))
    try:
        lab.udp_timeouts(unreplied=1, replied=2)
        for sock in (short, long, stream):  # one request, one answer: a STUN check
            sock.sendto(b"request", (Lab.STUN_IP, 7001))
            _, mapped = received(server)
            server.sendto(b"answer", mapped)
            assert received(sock) is not None
        at(0.5)
        server.sendto(b"late", (WAN, 9010))
        assert received(short) is not None  # idle 0.5 s < 1 s
        for second in (0.5, 1.0, 1.5):  # each refreshes "stream" by "unreplied" only
            at(second)
            stream.sendto(b"keepalive", (Lab.STUN_IP, 7001))
        server.sendto(b"late", (WAN, 9011))
        assert received(long) is None  # idle 1.5 s > 1 s: gone
        at(2.2)
        server.sendto(b"late", (WAN, 9012))  # after the 2 s mark: now "replied"
        assert received(stream) is not None
        at(3.4)
        server.sendto(b"late", (WAN, 9012))
        assert received(stream) is not None  # idle 1.2 s: over "unreplied", under "replied"
    finally:
        lab.udp_timeouts()
        for sock in (server, short, long, stream):
            sock.close()


# ------------------------------------------------------------------------ servers


def test_coturn_single_address(lab):
    stop_servers(lab)
    lab.router("forward")
    lab.start_coturn(ips=(Lab.SINGLE_IP,))
    try:
        reply = lab.probe(9008, (Lab.SINGLE_IP, Lab.STUN_PORT))
        assert reply.mapped == (WAN, 9008)
        assert reply.other is None
        assert "OTHER-ADDRESS" not in reply.attributes
        refused = lab.probe(9008, (Lab.SINGLE_IP, Lab.STUN_PORT), change=True)
        assert refused is not None and refused.error is not None and refused.mapped is None
        assert refused.source == (Lab.SINGLE_IP, Lab.STUN_PORT)
    finally:
        lab.stop_servers()
    # stopped means stopped
    assert lab.probe(9008, (Lab.SINGLE_IP, Lab.STUN_PORT), timeout=0.3) is None


# ------------------------------------------------------------------------ DNS

RESOLVE = r"""
import json, socket, sys, time
out = {}
for name in sys.argv[1:]:
    start = time.monotonic()
    try:
        infos = socket.getaddrinfo(name, 3478, type=socket.SOCK_DGRAM)
        out[name] = {"addrs": sorted({i[4][0] for i in infos})}
    except socket.gaierror as exc:
        out[name] = {"errno": exc.errno}
    out[name]["seconds"] = time.monotonic() - start
print(json.dumps(out))
"""


def resolve_in_pbx(lab: Lab, *names: str) -> dict:
    proc = lab.exec_pbx(
        [sys.executable, "-c", RESOLVE, *names], capture_output=True, text=True, timeout=20
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_dns_nxdomain_and_silent(lab):
    try:
        lab.dns("nxdomain")
        got = resolve_in_pbx(lab, Lab.STUN_NAME, Lab.MISSING_NAME)
        assert got[Lab.STUN_NAME]["addrs"] == [Lab.STUN_IP]
        assert got[Lab.MISSING_NAME]["errno"] == socket.EAI_NONAME
        assert got[Lab.MISSING_NAME]["seconds"] < 0.5

        lab.dns("silent")
        got = resolve_in_pbx(lab, Lab.STUN_NAME, Lab.MISSING_NAME)
        assert got[Lab.STUN_NAME]["addrs"] == [Lab.STUN_IP]  # hosts file, no DNS needed
        assert got[Lab.MISSING_NAME]["errno"] == socket.EAI_AGAIN
        assert 0.5 < got[Lab.MISSING_NAME]["seconds"] < 3
    finally:
        lab.dns("nxdomain")


# ------------------------------------------------------------------------ ports in use

BIND = r"""
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    s.bind(("0.0.0.0", int(sys.argv[1])))
except OSError as exc:
    print(exc.errno)
else:
    print(0)
"""


def test_hold_port(lab):
    holder = lab.hold_port(9011)
    try:
        assert Path(f"/proc/{holder.pid}/comm").read_text().strip() == "portholder"
        out = lab.exec_pbx([sys.executable, "-c", BIND, "9011"], capture_output=True, text=True)
        assert out.stdout.strip() == str(errno.EADDRINUSE)
        with pytest.raises(OSError) as info:
            lab.udp_socket(port=9011).close()
        assert info.value.errno == errno.EADDRINUSE
        # other ports are free
        out = lab.exec_pbx([sys.executable, "-c", BIND, "9012"], capture_output=True, text=True)
        assert out.stdout.strip() == "0"
    finally:
        holder.kill()
        holder.wait()
    lab.udp_socket(port=9011).close()


# ------------------------------------------------------------------------ cleanup


def _gone(lab: Lab) -> bool:
    return not any(
        (NETNS_RUN / ns).exists() or (NETNS_ETC / ns).exists() for ns in (lab.pbx, lab.rtr, lab.wan)
    )


def _dead(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # a zombie is dead too (our own child not yet reaped)
    return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")


def test_cleanup_kills_and_deletes():
    require_lab()
    other = Lab()
    with other:
        other.start_stund()
        holder = other.hold_port(9013)
        stray = other.popen_pbx(["sleep", "60"])
        pids = [p.pid for p in other._procs]
        assert len(pids) >= 4 and holder.pid in pids and stray.pid in pids
        assert (NETNS_ETC / other.pbx / "hosts").exists()
    assert _gone(other)
    deadline = time.monotonic() + 2
    while not all(_dead(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(_dead(pid) for pid in pids)
    other.close()  # idempotent


def test_cleanup_of_the_isp_device_and_the_lan_host():
    require_lab()
    other = Lab(isp="dmz")
    with other:
        assert other.lan_host() == other.host
        names = (other.isp, other.host)
        assert all((NETNS_RUN / ns).exists() for ns in names)
    assert _gone(other) and not any((NETNS_RUN / ns).exists() for ns in names)
    # and what a crashed run left behind: names of a process that is gone
    stale = subprocess.Popen(["true"])
    stale.wait()
    leftovers = [f"pfw-isp-{stale.pid}-1", f"pfw-host-{stale.pid}-1"]
    for ns in leftovers:
        subprocess.run(["ip", "netns", "add", ns], check=True)
    try:
        assert set(leftovers) <= set(Lab.cleanup_stale())
    finally:
        for ns in leftovers:
            subprocess.run(["ip", "netns", "delete", ns], capture_output=True)
    assert not any((NETNS_RUN / ns).exists() for ns in leftovers)


class _BrokenLab(Lab):
    def dns(self, mode: str) -> None:
        raise LabError("boom")


def test_cleanup_after_failed_setup():
    require_lab()
    broken = _BrokenLab()
    with pytest.raises(LabError, match="boom"):
        broken.start()
    assert _gone(broken)


def test_server_that_never_answers_fails_clearly(lab):
    stop_servers(lab)
    # addresses the wan namespace does not have: stund cannot bind and never answers
    start = time.monotonic()
    with pytest.raises(LabError, match="stund"):
        lab.start_stund(ip="203.0.113.99", alt_ip="203.0.113.98")
    assert time.monotonic() - start < 7
