"""The NAT lab does what the engine's tests rely on (needs root; see tests/lab.py)."""

from __future__ import annotations

import errno
import json
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

try:
    from ci import need
    from lab import NETNS_ETC, NETNS_RUN, Lab, LabError, StunReply, stun_burst
except ImportError:  # imported as a package module
    from tests.ci import need
    from tests.lab import NETNS_ETC, NETNS_RUN, Lab, LabError, StunReply, stun_burst

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
