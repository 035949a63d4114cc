"""A tester's attempts to get wrong verdicts out of the responder, in the NAT lab.

Each test is a situation a technician meets in the field, run as the technician runs it
(``check --json`` in the PBX namespace, the responder in the WAN namespace like a VPS)
and, where a flaky answer would be a wrong one, several times in a row. The rule each
asserts: a port fails, and the router is blamed, only on evidence that has no other
explanation; what the check could not tell is ``inconclusive`` (never ``partial``, never
``not_forwarded``), and nothing the technician asked for goes missing from the answer.

Each was found failing by a tester who tried to break the first version (each
docstring tells what went wrong then); they keep it from coming back.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from ci import need
from lab import Lab, LabError
from test_responder_lab import (
    COTURN,
    RESPONDER,
    RESPONDER_IP,
    SINGLE,
    _nft,
    start_responder,
    tcp_rules,
)

pytestmark = pytest.mark.lab

OTHER_RESPONDER_IP = "203.0.113.31"  # a second responder, for the tests that stop or lock it


def _table(name: str, body: str = "") -> str:
    """An nft script that replaces ``table ip <name>`` in one go (empty body: removes it)."""
    script = f"add table ip {name}\ndelete table ip {name}\n"
    if body:
        script += f"table ip {name} {{\n{body}\n}}\n"
    return script


# TCP loss on the router, beside lab.impair(loss=...), which drops UDP only.
def tcp_loss(percent: int) -> str:
    return _table(
        "brk_tcploss",
        "  chain lossy {\n"
        "    type filter hook forward priority -10; policy accept;\n"
        f"    meta l4proto tcp numgen random mod 100 < {percent} drop\n"
        "  }",
    )


# The first two copies of each connect-back's payload (the nonce) are lost on the way in;
# TCP sends it a third time about 0.6 s later. One lost packet on a path with 200 ms of
# round trip delays it as much (the retransmission time-out is then about 0.6 s).
NONCE_LOST_TWICE = _table(
    "brk_nonce",
    "  chain lossy {\n"
    "    type filter hook forward priority -10; policy accept;\n"
    f'    iifname "wan" ip saddr {RESPONDER_IP} tcp sport != 3480 tcp flags & (syn|rst|fin) == 0'
    " meta length > 60 ct mark 1 ct mark set 2 drop\n"
    f'    iifname "wan" ip saddr {RESPONDER_IP} tcp sport != 3480 tcp flags & (syn|rst|fin) == 0'
    " meta length > 60 ct mark 0 ct mark set 1 drop\n"
    "  }",
)

# An address-restricted cone router (RFC 4787 "address-dependent filtering"): an inbound
# UDP packet to a port gets in when the PBX sent from that port to the packet's source
# *address*, whatever its port. Many routers filter like this. No port is forwarded.
ADDRESS_RESTRICTED = _table(
    "brk_arc",
    "  set contacted { type ipv4_addr . inet_service; flags dynamic, timeout; timeout 120s; }\n"
    "  chain out {\n"
    "    type filter hook forward priority -5; policy accept;\n"
    '    iifname "lan" meta l4proto udp update @contacted { ip daddr . udp sport }\n'
    "  }\n"
    "  chain pre {\n"
    "    type nat hook prerouting priority -105; policy accept;\n"
    f'    iifname "wan" ip daddr {Lab.ROUTER_WAN_IP} ip saddr . udp dport @contacted'
    f" dnat to {Lab.PBX_IP}\n"
    "  }",
)

# A router with two lines that sends TCP towards the responder out of the second one
# (per-connection load balancing, or a policy route): the responder sees another public
# address than the STUN servers do.
SECOND_LINE_IP = "203.0.113.2"
SECOND_LINE = _table(
    "brk_multiwan",
    "  chain post {\n"
    "    type nat hook postrouting priority srcnat - 5; policy accept;\n"
    f'    oifname "wan" ip daddr {RESPONDER_IP} meta l4proto tcp snat to {SECOND_LINE_IP}\n'
    "  }",
)

# Everything from the responder's address dropped on the way in except TCP: its UDP
# probes never arrive (a provider's or the VPS's filter), its control channel works.
RESPONDER_UDP_DROPPED = _table(
    "brk_udpdrop",
    "  chain f {\n"
    "    type filter hook forward priority -5; policy accept;\n"
    f"    ip saddr {RESPONDER_IP} meta l4proto udp drop\n"
    "  }",
)

EXTRA_TABLES = ("brk_tcploss", "brk_nonce", "brk_arc", "brk_multiwan", "brk_udpdrop")


def check(
    lab: Lab,
    *args: str,
    ports: str = "9000-9004",
    state: Path | None = None,
    product: str = "custom",
    timeout: float = 600,
) -> tuple[int, dict, str]:
    """``check --json`` in the PBX namespace as a technician runs it; (exit code, the
    document, stderr)."""
    argv = [sys.executable, "-m", "wizard", "check", "--product", product, "--json"]
    argv += ["--rate", "1000", "--timeout", "1"]
    if ports:
        argv += ["--ports", ports]
    state = state or Path(tempfile.mkdtemp(prefix="pfw-state-"))
    env = dict(os.environ, XDG_STATE_HOME=str(state), PYTHONPATH=str(Path.cwd()))
    done = lab.exec_pbx([*argv, *args], capture_output=True, text=True, timeout=timeout, env=env)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout), done.stderr


def no_traceback(stderr: str) -> None:
    """What the technician sees on the console: progress lines, never a traceback."""
    assert "Traceback" not in stderr, stderr[-3000:]


def ports_of(document: dict, protocol: str) -> dict[int, dict]:
    return {p["port"]: p for p in document["ports"] if p["protocol"] == protocol}


def summary(document: dict) -> str:
    counts = Counter(
        (p["protocol"], p["outcome"], p["reason"], p.get("tcp_seen")) for p in document["ports"]
    )
    return f"verdict {document['verdict']}, responder {document.get('responder')}, {dict(counts)}"


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")
    with Lab() as lab:
        lab.start_coturn()
        lab.start_coturn(ips=(Lab.SINGLE_IP,))
        start_responder(lab)
        # The support team's own STUN server on the responder's VPS (one address).
        lab.start_coturn(ips=(RESPONDER_IP,))
        yield lab


@pytest.fixture
def router(lab: Lab) -> Iterator[Lab]:
    yield lab
    _nft(lab.rtr, tcp_rules())
    for name in EXTRA_TABLES:
        _nft(lab.rtr, _table(name))
    lab.clear_impairments()
    lab.host_firewall(False)
    lab.flush_conntrack()


# ------------------------------------------------------------------ TCP connect-backs


@pytest.mark.parametrize("run", range(3))
def test_a_late_nonce_on_a_forwarded_port_is_not_blamed_on_the_router(router, run):
    """The router forwards 5090-5094 to the PBX; the responder's
    connection reaches the check's listener, but its payload is retransmitted (one lost
    packet on a slow path). The check stops looking 0.3 s after the responder's answer and
    calls the port ``not_forwarded`` with ``tcp_seen: connected`` ("another device
    accepted it"), though the connection from the responder's address and port was
    accepted by this very computer."""
    forwarded = tuple(range(5090, 5095))
    _nft(router.rtr, tcp_rules(forward=forwarded))
    router.router("masquerade", ports=(9000, 9000))
    _nft(router.rtr, NONCE_LOST_TWICE)
    _, document, stderr = check(
        router, "--stun", COTURN, "--responder", RESPONDER,
        "--tcp-ports", ",".join(map(str, forwarded)), ports="9000",
    )  # fmt: skip
    tcp = ports_of(document, "tcp")
    assert {tcp[p]["outcome"] for p in forwarded} <= {"pass", "inconclusive"}, summary(document)
    # The listeners' handlers still waiting for the late payload are cancelled when the
    # check ends; asyncio prints a traceback for each on the console.
    no_traceback(stderr)


@pytest.mark.parametrize("run", range(2))
def test_a_lossy_link_never_fails_a_forwarded_tcp_port(router, run):
    """Failed in most runs of the first version. 25 % loss each way, UDP and TCP alike:
    the UDP controls show the loss, yet a connect-back that timed out, or whose payload
    came late, failed the port as ``not_forwarded``: TCP silences were never weighed
    against the link's loss."""
    forwarded = tuple(range(5090, 5100))
    _nft(router.rtr, tcp_rules(forward=forwarded))
    router.router("masquerade", ports=(9000, 9000))
    router.impair(loss=25)
    _nft(router.rtr, tcp_loss(25))
    _, document, stderr = check(
        router, "--stun", COTURN, "--responder", RESPONDER,
        "--tcp-ports", ",".join(map(str, forwarded)), ports="9000",
    )  # fmt: skip
    tcp = ports_of(document, "tcp")
    assert set(tcp) == set(forwarded), "TCP ports went missing: " + summary(document)
    assert {tcp[p]["outcome"] for p in forwarded} <= {"pass", "inconclusive"}, summary(document)
    no_traceback(stderr)


@pytest.mark.parametrize("run", range(2))
def test_flood_protection_does_not_fail_forwarded_tcp_ports(router, run):
    """A router's port-scan protection (10 new inbound flows a second,
    then the source is blocked 3 s) meets 20 connect-backs fired at once: every forwarded
    port comes out ``not_forwarded`` (half ``timeout``, half ``connected`` with the
    payload blocked). UDP has a slow sample for exactly this; TCP has none."""
    forwarded = tuple(range(5090, 5110))
    _nft(router.rtr, tcp_rules(forward=forwarded))
    router.router("masquerade", ports=(9000, 9000))
    router.impair(flood_block=(10, 3))
    _, document, stderr = check(
        router, "--stun", COTURN, "--responder", RESPONDER,
        "--tcp-ports", "5090-5109", ports="9000",
    )  # fmt: skip
    tcp = ports_of(document, "tcp")
    assert "not_forwarded" not in {tcp[p]["outcome"] for p in forwarded}, summary(document)
    no_traceback(stderr)


def test_a_service_listening_on_loopback_only_is_not_blamed_on_the_router(router):
    """The PBX's web server listens on 127.0.0.1:5090 only; the router
    forwards 5090 to the PBX and the PBX's own kernel refuses the connection. The check
    sees the holder (and could see its address) but reports ``not_forwarded``
    (``refused``): the router is blamed for this computer's service configuration."""
    code = (
        "import socket\n"
        "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
        "s.bind(('127.0.0.1', 5090)); s.listen(16); print('up', flush=True)\n"
        "while True:\n"
        "    c, _ = s.accept(); c.recv(100); c.close()\n"
    )
    service = router.popen_pbx([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert service.stdout is not None and service.stdout.readline().strip() == "up"
        _nft(router.rtr, tcp_rules(forward=(5090,)))
        router.router("masquerade", ports=(9000, 9000))
        for _ in range(2):
            _, document, _ = check(
                router, "--stun", COTURN, "--responder", RESPONDER, "--tcp-ports", "5090",
                ports="9000",
            )  # fmt: skip
            assert ports_of(document, "tcp")[5090]["outcome"] != "not_forwarded", summary(document)
    finally:
        service.kill()
        service.wait()


@pytest.mark.parametrize("run", range(2))
def test_tcp_leaving_by_a_second_line_is_not_blamed_on_the_router(router, run):
    """TCP to the responder leaves by the router's second line, UDP by
    the first (where 5090 is forwarded). The check knows: the responder saw 203.0.113.2,
    STUN 203.0.113.1, and the responder's UDP went unheard. It still fails 5090 as
    ``not_forwarded``; for UDP the same evidence gives ``several_public_addresses``."""
    subprocess.run(
        ["ip", "-n", router.rtr, "addr", "replace", f"{SECOND_LINE_IP}/24", "dev", "wan"],
        check=True,
    )
    _nft(router.rtr, tcp_rules(forward=(5090,)))
    _nft(router.rtr, SECOND_LINE)
    router.router("forward", ports=(9000, 9004))
    _, document, _ = check(
        router, "--stun", COTURN, "--responder", RESPONDER, "--tcp-ports", "5090"
    )
    assert document["responder"]["public_ip"] == SECOND_LINE_IP
    assert document["nat"]["public_ip"] == Lab.ROUTER_WAN_IP
    assert ports_of(document, "tcp")[5090]["outcome"] != "not_forwarded", summary(document)


# ------------------------------------------------------------------ UDP


@pytest.mark.parametrize("run", range(3))
def test_an_address_restricted_router_never_passes_when_stun_shares_the_responders_host(
    router, run
):
    """The support team runs its own STUN server on the responder's VPS
    (one address, so the responder is the only witness of test 2). Test 1 sends from every
    checked port to that address; an address-restricted router then lets the responder's
    probes in from the same address, without any forward. The check passes every port: the
    witness only looks at the contact log as it was before this run, not at what this
    run's own test 1 sent."""
    router.router("masquerade", ports=(9000, 9004))
    _nft(router.rtr, ADDRESS_RESTRICTED)
    _, document, _ = check(router, "--stun", f"{RESPONDER_IP}:3478", "--responder", RESPONDER)
    assert "pass" not in {p["outcome"] for p in ports_of(document, "udp").values()}, summary(
        document
    )


def test_the_address_restricted_router_alone_is_found(router):
    """The control for the test above: the same router with the STUN server elsewhere."""
    router.router("masquerade", ports=(9000, 9004))
    _nft(router.rtr, ADDRESS_RESTRICTED)
    _, document, _ = check(router, "--stun", SINGLE, "--responder", RESPONDER)
    assert {p["outcome"] for p in ports_of(document, "udp").values()} == {"not_forwarded"}, summary(
        document
    )


@pytest.mark.parametrize("run", range(1))
def test_flood_protection_on_a_forwarding_router_is_not_a_partial_failure(router, run):
    """500 ports, all forwarded, behind a flood protection (50 new
    flows a second, then 2 s blocked); the responder is the only witness. Its bursts are
    blocked, some ports stay unjudged and come out ``untested`` ("no STUN server with a
    second address"), which the verdict counts as failures: ``partial``, "Some ports
    behave as the product needs, others do not", though not one port failed."""
    router.router("forward", ports=(9000, 9499))
    router.impair(flood_block=(50, 2))
    _, document, _ = check(router, "--stun", SINGLE, "--responder", RESPONDER, ports="9000-9499")
    outcomes = {p["outcome"] for p in document["ports"]}
    assert "not_forwarded" not in outcomes, summary(document)
    assert document["verdict"] in ("success", "inconclusive"), summary(document)


def test_udp_unheard_beside_passing_tcp_is_not_a_partial_failure(router):
    """The STUN server has one address; the responder's UDP never
    arrives (dropped on the way), its TCP connect-back to the forwarded 5090 passes. The
    UDP ports, not judged by anyone, are ``untested`` and the verdict is ``partial``
    ("Some ports ... do not"), though nothing failed."""
    _nft(router.rtr, tcp_rules(forward=(5090,)))
    _nft(router.rtr, RESPONDER_UDP_DROPPED)
    router.router("forward", ports=(9000, 9004))
    _, document, _ = check(
        router, "--stun", SINGLE, "--responder", RESPONDER, "--tcp-ports", "5090"
    )
    assert ports_of(document, "tcp")[5090]["outcome"] == "pass", summary(document)
    assert document["verdict"] != "partial", summary(document)


@pytest.mark.parametrize("run", range(1))
def test_every_port_of_a_big_range_is_judged_on_a_clean_link(router, run):
    """2000 ports (3CX's media range), nothing forwarded, no loss at
    all: the last 214 ports come out ``untested`` (no reason), the others
    ``not_forwarded``. The copies each chunk of 255 ports gets are counted for the
    chunk's silent ports, the final doubt for all 2000, so the last chunk falls short."""
    router.router("masquerade", ports=(9000, 10999))
    _, document, _ = check(router, "--stun", SINGLE, "--responder", RESPONDER, ports="9000-10999")
    counts = Counter(p["outcome"] for p in document["ports"])
    assert counts == {"not_forwarded": 2000}, summary(document)


# ------------------------------------------------------------------ the responder's trouble


def start_other_responder(lab: Lab, *args: str) -> subprocess.Popen:
    subprocess.run(
        ["ip", "-n", lab.wan, "addr", "replace", f"{OTHER_RESPONDER_IP}/24", "dev", "eth0"],
        check=True,
    )
    argv = [sys.executable, "-m", "wizard", "responder", "--listen", f"{OTHER_RESPONDER_IP}:3480"]
    argv += ["--no-sip", *args]
    env = dict(os.environ, PYTHONPATH=str(Path.cwd()))
    proc = lab._popen(
        lab.wan, argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )
    assert proc.stderr is not None
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if "listening" in line:
            return proc
        if proc.poll() is not None:
            break
    raise LabError("the second responder did not start")


def test_a_responder_stopped_mid_check_does_not_end_in_success(router):
    """The responder is stopped (SIGTERM, as ``systemctl restart`` does)
    while it connects back to 150 forwarded TCP ports, after its first request of 32. The
    check exits 0 with "All checked ports behave as the product needs": the TCP ports
    asked for are in neither ``ports`` nor ``manual_checks``, the 32 already connected are
    thrown away, and the message blames a wrong port or another version."""
    responder = start_other_responder(router)
    assert responder.stderr is not None
    _nft(router.rtr, tcp_rules(forward=tuple(range(5100, 5250))))
    router.router("forward", ports=(9000, 9004))
    argv = [sys.executable, "-m", "wizard", "check", "--product", "custom", "--json"]
    argv += ["--rate", "1000", "--timeout", "1", "--ports", "9000-9004", "--stun", COTURN]
    argv += ["--responder", OTHER_RESPONDER_IP, "--tcp-ports", "5100-5249"]
    state = Path(tempfile.mkdtemp(prefix="pfw-state-"))
    env = dict(os.environ, XDG_STATE_HOME=str(state), PYTHONPATH=str(Path.cwd()))
    proc = router.popen_pbx(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # the responder's log: one line per request
            line = responder.stderr.readline()
            if "tcp 32" in line and "done" in line:
                break
        responder.send_signal(signal.SIGTERM)
        responder.wait(10)
        out, err = proc.communicate(timeout=300)
    finally:
        if responder.poll() is None:
            responder.kill()
    no_traceback(err)
    document = json.loads(out)
    listed = set(ports_of(document, "tcp"))
    manual = {m["ports"] for m in document["manual_checks"] if m["protocol"] == "tcp"}
    assert listed == set(range(5100, 5250)) or manual, "TCP ports lost: " + summary(document)
    if listed != set(range(5100, 5250)):
        assert proc.returncode != 0 and document["verdict"] != "success", summary(document)


def test_a_wrong_secret_keeps_the_tcp_ports_asked_for(router, tmp_path):
    """``--tcp-ports 5090`` with ``--ports``: when the responder refuses
    the secret, 5090 is in neither ``ports`` nor ``manual_checks`` of the JSON."""
    secret = tmp_path / "secret"
    secret.write_text("the team's secret\n")
    wrong = tmp_path / "wrong"
    wrong.write_text("not it\n")
    os.chmod(secret, 0o600)
    os.chmod(wrong, 0o600)
    responder = start_other_responder(router, "--secret-file", str(secret))
    try:
        router.router("forward", ports=(9000, 9004))
        _, document, _ = check(
            router, "--stun", COTURN, "--responder", OTHER_RESPONDER_IP,
            "--responder-secret-file", str(wrong), "--tcp-ports", "5090",
        )  # fmt: skip
    finally:
        responder.send_signal(signal.SIGTERM)
        responder.wait(10)
    assert document["responder"]["error"] == "unauthorized"
    in_ports = 5090 in ports_of(document, "tcp")
    in_manual = any(
        m["protocol"] == "tcp" and "5090" in m["ports"] for m in document["manual_checks"]
    )
    assert in_ports or in_manual, json.dumps(document["manual_checks"])


def test_a_long_witness_is_not_thrown_away_when_the_control_connection_ages(router):
    """2000 ports, half forwarded, behind a flood protection: the
    responder's part takes longer than its control connection may live (120 s). The
    responder closes it; the check drops everything it had heard (2000 ports
    ``untested``, the TCP port gone) and says the responder "did not answer as a responder
    does" (another program, another version)."""
    router.router("forward_partial", ports=(9000, 10999), forward=(9000, 9999))
    router.impair(flood_block=(50, 2))
    _, document, _ = check(
        router, "--stun", SINGLE, "--responder", RESPONDER, "--tcp-ports", "5090",
        ports="9000-10999", timeout=900,
    )  # fmt: skip
    assert document["responder"]["error"] != "bad_answer", summary(document)
    assert 5090 in ports_of(document, "tcp"), summary(document)
