"""The responder in the NAT lab: a support team's host with one public address in the WAN
namespace, the wizard's engine on the PBX behind the lab's router.

Each scenario asserts the truth the router's rules make, several times in a row where a
flaky answer would be a wrong one: TCP forwarded, not forwarded, accepted by the router
itself, held by a local service; UDP test 2 by the responder alone (a STUN server with
one address) and as a second witness; the kernel's SIP helper found, plain NAT not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from ci import need
from lab import Lab, LabError

pytestmark = pytest.mark.lab

RESPONDER_IP = "203.0.113.30"
RESPONDER_PORT = 3480
RESPONDER = f"{RESPONDER_IP}:{RESPONDER_PORT}"
COTURN = f"{Lab.STUN_NAME}:3478"
SINGLE = f"{Lab.SINGLE_NAME}:3478"  # a STUN server with one address: no test 2 of its own

# The engine in the PBX namespace, with a responder; prints the result's JSON.
SCAN = """
import asyncio, json, sys
from wizard.engine.model import PortCheck
from wizard.engine.resolve import parse_server
from wizard.engine.runner import ScanSettings, run_scan
from wizard.engine.witness import ResponderSettings

args = json.loads(sys.argv[1])
settings = ScanSettings(
    servers=[parse_server(s) for s in args["stun"]],
    rate=1000,
    timeout=1,
    responder=ResponderSettings(
        args["responder"],
        tcp_ports=tuple(args["tcp"]),
        sip_port=args["sip_port"],
        sip_tcp=args["sip_tcp"],
    ),
)
checks = [PortCheck(p) for p in range(args["first"], args["last"] + 1)]
result = asyncio.run(run_scan("custom", checks, settings))
print(json.dumps(result.as_dict()))
"""


def _wan_exec(lab: Lab, argv: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(["ip", "netns", "exec", lab.wan, *argv], **kw)


def _nft(ns: str, script: str) -> None:
    subprocess.run(["ip", "netns", "exec", ns, "nft", "-f", "-"], input=script, text=True,
                   check=True)  # fmt: skip


def start_responder(lab: Lab) -> subprocess.Popen:
    subprocess.run(
        ["ip", "-n", lab.wan, "addr", "add", f"{RESPONDER_IP}/24", "dev", "eth0"], check=False
    )
    log = open(lab._path("responder.log"), "wb")  # noqa: SIM115 - closed with the lab
    argv = [sys.executable, "-m", "wizard", "responder", "--listen", RESPONDER]
    argv += ["--sip-port", "5060"]
    env = dict(os.environ, PYTHONPATH=str(Path.cwd()))
    proc = lab._popen(lab.wan, argv, stdout=log, stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise LabError("the responder exited:\n" + Lab._tail(lab._path("responder.log")))
        done = _wan_exec(
            lab,
            [
                sys.executable,
                "-c",
                f"import socket; socket.create_connection({(RESPONDER_IP, RESPONDER_PORT)!r}, 1)",
            ],
            capture_output=True,
        )
        if done.returncode == 0:
            return proc
        time.sleep(0.2)
    raise LabError("the responder does not listen:\n" + Lab._tail(lab._path("responder.log")))


def tcp_rules(
    *, forward: tuple[int, ...] = (), to: str = Lab.PBX_IP, sip_helper: bool = False
) -> str:
    """The router's TCP forwards and SIP helper, in a table of their own beside the lab's."""
    lines = ["add table ip extra", "delete table ip extra", "table ip extra {"]
    if sip_helper:
        lines += [
            '  ct helper sipu {', '    type "sip" protocol udp', "  }",
            '  ct helper sipt {', '    type "sip" protocol tcp', "  }",
            "  chain helpers {",
            "    type filter hook prerouting priority -150;",
            '    udp dport 5060 ct helper set "sipu"',
            '    tcp dport 5060 ct helper set "sipt"',
            "  }",
        ]  # fmt: skip
    if forward:
        ports = ", ".join(str(p) for p in forward)
        lines += [
            "  chain pre {",
            "    type nat hook prerouting priority dstnat - 1;",
            f'    iifname "wan" ip daddr {Lab.ROUTER_WAN_IP} tcp dport {{ {ports} }} dnat to {to}',
            "  }",
        ]
    lines += ["}", ""]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")
    with Lab() as lab:
        lab.start_coturn()
        lab.start_coturn(ips=(Lab.SINGLE_IP,))
        start_responder(lab)
        yield lab


@pytest.fixture
def router(lab: Lab) -> Iterator[Lab]:
    yield lab
    _nft(lab.rtr, tcp_rules())
    lab.flush_conntrack()


def scan(
    lab: Lab,
    *,
    stun: tuple[str, ...] = (COTURN,),
    ports: tuple[int, int] = (9000, 9004),
    tcp: tuple[int, ...] = (),
    sip_port: int | None = None,
    sip_tcp: bool = False,
    state: Path | None = None,
) -> dict:
    args = {
        "stun": list(stun),
        "responder": RESPONDER,
        "tcp": list(tcp),
        "sip_port": sip_port,
        "sip_tcp": sip_tcp,
        "first": ports[0],
        "last": ports[1],
    }
    state = state or Path(tempfile.mkdtemp(prefix="pfw-state-"))
    env = dict(os.environ, XDG_STATE_HOME=str(state), PYTHONPATH=str(Path.cwd()))
    done = lab.exec_pbx(
        [sys.executable, "-c", SCAN, json.dumps(args)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert done.returncode == 0, done.stderr + Lab._tail(lab._path("responder.log"))
    return json.loads(done.stdout)


def by_port(document: dict, protocol: str = "udp") -> dict[int, dict]:
    return {p["port"]: p for p in document["ports"] if p["protocol"] == protocol}


class Listener:
    """A TCP service on the PBX that is not the check: sshd, the PBX's web server."""

    def __init__(self, lab: Lab, port: int) -> None:
        code = (
            "import socket, sys\n"
            "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
            f"s.bind(('0.0.0.0', {port})); s.listen(16); print('up', flush=True)\n"
            "while True:\n"
            "    c, _ = s.accept(); c.recv(100); c.close()\n"
        )
        self.proc = lab.popen_pbx(
            [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "up"

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


# ------------------------------------------------------------------------- TCP


def test_tcp_forwarded_and_not(router):
    """One TCP port forwarded to the PBX, one not, one forwarded to another LAN host."""
    _nft(router.rtr, tcp_rules(forward=(5090, 5001)))
    router.router("masquerade", ports=(9000, 9004))
    started = time.monotonic()
    document = scan(router, tcp=(5090, 5001, 5061), ports=(9000, 9000))
    took = time.monotonic() - started
    tcp = by_port(document, "tcp")
    assert tcp[5090]["outcome"] == "pass" and tcp[5090]["responder"] is True
    assert tcp[5001]["outcome"] == "pass"
    assert tcp[5061]["outcome"] == "not_forwarded", tcp[5061]
    assert tcp[5061]["tcp_seen"] in ("timeout", "refused", "unreachable")
    assert took < 60


def test_tcp_forwarded_to_another_host(router):
    _nft(router.rtr, tcp_rules(forward=(5090,), to="198.18.0.99"))
    router.router("masquerade", ports=(9000, 9000))
    tcp = by_port(scan(router, tcp=(5090,), ports=(9000, 9000)), "tcp")
    assert tcp[5090]["outcome"] == "not_forwarded", tcp[5090]


def test_tcp_accepted_by_the_router_itself(router):
    """The router's own web interface on the port: the responder connects, but not here."""
    code = (
        "import socket\n"
        "s = socket.socket(); s.bind(('0.0.0.0', 5001)); s.listen(8); print('up', flush=True)\n"
        "while True:\n"
        "    c, _ = s.accept(); c.recv(100)\n"
    )
    proc = router._popen(
        router.rtr, [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "up"
        # The router's own service answers on its WAN address, as a web interface does.
        router.router("masquerade", ports=(9000, 9000), wan_input="accept")
        tcp = by_port(scan(router, tcp=(5001,), ports=(9000, 9000)), "tcp")
        assert tcp[5001]["outcome"] == "not_forwarded", tcp[5001]
        assert tcp[5001]["tcp_seen"] == "connected"
    finally:
        proc.kill()
        proc.wait()


def test_tcp_port_held_by_a_local_service(router):
    """sshd on 22 (here 2222): the check cannot listen; the socket table tells. The first
    check's connection still lingers there (TIME_WAIT) when the forward is taken away and
    the second one runs: it must not pass the port."""
    service = Listener(router, 2222)
    try:
        _nft(router.rtr, tcp_rules(forward=(2222,)))
        router.router("masquerade", ports=(9000, 9000))
        tcp = by_port(scan(router, tcp=(2222,), ports=(9000, 9000)), "tcp")
        assert tcp[2222]["outcome"] == "pass", tcp[2222]
        assert tcp[2222]["process"] is not None
        _nft(router.rtr, tcp_rules())
        tcp = by_port(scan(router, tcp=(2222,), ports=(9000, 9000)), "tcp")
        assert tcp[2222]["outcome"] == "not_forwarded", tcp[2222]
    finally:
        service.stop()


def test_tcp_behind_the_pbx_firewall_is_never_blamed_on_the_router(router):
    router.host_firewall(True)
    try:
        _nft(router.rtr, tcp_rules(forward=(5090,)))
        router.router("masquerade", ports=(9000, 9000))
        tcp = by_port(scan(router, tcp=(5090, 5061), ports=(9000, 9000)), "tcp")
        assert tcp[5090]["outcome"] == "blocked_on_this_computer", tcp[5090]
        assert tcp[5061]["outcome"] == "blocked_on_this_computer", tcp[5061]
    finally:
        router.host_firewall(False)


# ------------------------------------------------------------------------- UDP


@pytest.mark.parametrize("run", range(3))
def test_responder_alone_passes_a_forward(router, run):
    """A STUN server with one address gives no test 2; the responder does."""
    router.router("forward", ports=(9000, 9004))
    document = scan(router, stun=(SINGLE,))
    ports = by_port(document)
    assert {p["outcome"] for p in ports.values()} == {"pass"}, document
    assert {p["test2_by"] for p in ports.values()} == {"responder"}
    assert document["verdict"] == "success"


@pytest.mark.parametrize("wan_input", ["drop", "accept"])
@pytest.mark.parametrize("run", range(2))
def test_responder_alone_fails_masquerade(router, wan_input, run):
    router.router("masquerade", ports=(9000, 9004), wan_input=wan_input)
    document = scan(router, stun=(SINGLE,))
    ports = by_port(document)
    assert {p["outcome"] for p in ports.values()} == {"not_forwarded"}, document
    assert document["verdict"] == "not_forwarded"


def test_both_witnesses_agree_on_a_forward_and_on_none(router):
    router.router("forward", ports=(9000, 9004))
    ports = by_port(scan(router))
    assert {p["test2_by"] for p in ports.values()} == {"both"}
    router.router("masquerade", ports=(9000, 9004))
    ports = by_port(scan(router))
    assert {(p["outcome"], p["responder"]) for p in ports.values()} == {("not_forwarded", False)}


def test_run_again_at_once_gives_the_same_answer(router):
    """A second click on "Run again": the first check's state must not decide the second."""
    state = Path(tempfile.mkdtemp(prefix="pfw-state-"))
    router.router("masquerade", ports=(9000, 9004), wan_input="accept")
    first = scan(router, stun=(SINGLE,), state=state)
    router.router("forward", ports=(9000, 9004), flush=False)
    second = scan(router, stun=(SINGLE,), state=state)
    assert {p["outcome"] for p in by_port(first).values()} == {"not_forwarded"}
    assert {p["outcome"] for p in by_port(second).values()} == {"pass"}, second


def test_lossy_link_never_passes_a_router_that_forwards_nothing(router):
    router.router("masquerade", ports=(9000, 9009))
    router.impair(loss=15)
    try:
        document = scan(router, stun=(SINGLE,), ports=(9000, 9009))
    finally:
        router.clear_impairments()
    outcomes = {p["outcome"] for p in by_port(document).values()}
    assert outcomes <= {"not_forwarded", "untested", "inconclusive"}, document
    assert "pass" not in outcomes


# ------------------------------------------------------------------------- SIP ALG


@pytest.mark.parametrize("run", range(3))
def test_the_kernel_sip_helper_is_found(router, run):
    _nft(router.rtr, tcp_rules(sip_helper=True))
    router.router("masquerade", ports=(9000, 9000))
    document = scan(router, ports=(9000, 9000), sip_port=5060, sip_tcp=True)
    alg = document["sip_alg"]
    assert alg["tested"] is True and alg["detected"] is True, alg
    parts = {c["part"] for c in alg["changed"]}
    assert parts & {"via", "contact", "sdp-connection", "sdp-origin"}, alg


@pytest.mark.parametrize("run", range(3))
def test_plain_nat_has_no_sip_helper(router, run):
    router.router("masquerade", ports=(9000, 9000))
    document = scan(router, ports=(9000, 9000), sip_port=5060, sip_tcp=True)
    alg = document["sip_alg"]
    assert alg == {**alg, "tested": True, "detected": False, "changed": []}, alg


def test_the_responder_probes_only_the_address_it_was_asked_from(router):
    """A request naming another address is refused; probes go to the requester's."""
    router.router("masquerade", ports=(9000, 9000))
    code = (
        "import json, socket\n"
        f"s = socket.create_connection({(RESPONDER_IP, RESPONDER_PORT)!r}, 3)\n"
        "f = s.makefile('rwb')\n"
        "hello = json.loads(f.readline())\n"
        "f.write(json.dumps({'v': 1, 'type': 'probe', 'nonce': '0' * 32, 'udp': [9000],\n"
        "    'ip': '203.0.113.99'}).encode() + b'\\n'); f.flush()\n"
        "print(json.dumps([hello, json.loads(f.readline())]))\n"
    )
    done = router.exec_pbx([sys.executable, "-c", code], capture_output=True, text=True, timeout=20)
    hello, answer = json.loads(done.stdout)
    assert hello["you"].split(":")[0] == Lab.ROUTER_WAN_IP
    assert answer["type"] == "error" and answer["code"] == "bad_request"


def test_check_from_the_command_line_with_a_responder(router):
    """``check --responder`` as a technician runs it: one JSON document with TCP ports, the
    witness of each UDP port and the SIP ALG test, exit 0 when everything passes."""
    _nft(router.rtr, tcp_rules(forward=(5090,)))
    router.router("forward", ports=(9000, 9004))
    state = Path(tempfile.mkdtemp(prefix="pfw-state-"))
    env = dict(os.environ, XDG_STATE_HOME=str(state))
    argv = [sys.executable, "-m", "wizard", "check", "--product", "3cx", "--json"]
    argv += ["--rate", "1000", "--timeout", "1", "--stun", SINGLE, "--ports", "9000-9004"]
    argv += ["--responder", RESPONDER, "--tcp-ports", "5090"]
    done = router.exec_pbx(argv, capture_output=True, text=True, timeout=180, env=env)
    assert "Traceback" not in done.stderr
    document = json.loads(done.stdout)
    assert done.returncode == 0, document
    assert document["verdict"] == "success"
    assert {(p["protocol"], p["outcome"], p["test2_by"]) for p in document["ports"]} == {
        ("udp", "pass", "responder"),
        ("tcp", "pass", None),
    }
    assert document["responder"]["public_ip"] == Lab.ROUTER_WAN_IP
    assert document["sip_alg"]["tested"] is True and document["sip_alg"]["detected"] is False
