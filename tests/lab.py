"""A NAT test lab in Linux network namespaces (needs root, iproute2, nftables, coturn, stund).

Three namespaces, all with a per-lab suffix (``pfw-pbx-<pid>-<n>`` ...; ``pfw-isp-`` and
``pfw-host-`` for the optional ISP device and second LAN host below)::

    pbx  eth0 198.18.0.2/24 --- lan 198.18.0.1/24  rtr  wan 203.0.113.1/24 --- eth0  wan
                                                                              203.0.113.10, .11, .20

``rtr`` forwards and NATs according to ``Lab.router(scenario)``; the STUN servers run in
``wan``. Nothing leaves these namespaces (the PBX's DNS goes to a stub on its own loopback).

    with Lab() as lab:
        lab.router("forward", ports=(9000, 9019))
        lab.start_coturn()
        reply = lab.probe(9000, (Lab.STUN_IP, 3478), change=True)

The router (nftables ``table ip lab`` in ``rtr``)::

    lab.router(scenario, ports=(first, last), forward=..., drop=...,
               wan_input="drop" | "accept", to=..., tcp=False, hairpin=False, flush=True)

``wan_input="accept"`` lets unsolicited packets to the router's WAN address reach its own
stack, so conntrack keeps an entry for each of them (as most home routers do);
``flush=False`` keeps the conntrack state of what ran before. ``lab.conntrack_entries()``
lists the router's UDP conntrack entries. ``lab.udp_timeouts(unreplied, replied)`` sets
its UDP conntrack timeouts, which is how long an idle mapping lets the server's datagrams
in (measured: a mapping made by one request and its answer lives ``unreplied`` seconds;
see ``udp_timeouts``).

A SIP ALG (Linux's conntrack helper "sip") on the router, beside any scenario::

    lab.sip_helper()                     # UDP and TCP to port 5060; sip_helper(False): off

Impairments combine with any router scenario; they live in their own tables
(``table ip impair`` in ``rtr`` and in ``wan``), so ``router()`` leaves them alone and
they leave the router's rules alone. Each ``impair()`` call sets exactly the ones it
names (``impair()`` or ``clear_impairments()`` removes them all)::

    lab.impair(loss=10)                  # 10 % of forwarded UDP packets dropped, each way
    lab.impair(path_rate=200)            # at most 200 UDP packets/s towards the WAN (burst 5)
    lab.impair(flood_block=(50, 3))      # a WAN source opening new inbound flows faster
                                         # than 50/s: all its packets dropped for 3 s
    lab.impair(server_rate=30)           # the STUN server drops requests over 30/s per source
    lab.impair(dead_second_address=True) # nothing answers on or from 203.0.113.11

An ISP device between the router and the internet (a fourth namespace, ``lab.isp``), for
double NAT: ``Lab(isp=mode)``; ``lab.set_isp(mode)`` switches it later::

    rtr  wan 100.64.0.2/10 --- cpe 100.64.0.1/10  isp  wan 203.0.113.1/24 --- eth0  wan

"cgnat": carrier-grade NAT in the RFC 6598 shared space; it masquerades behind
203.0.113.1 and lets nothing unsolicited in, whatever the router forwards. "dmz": the
same addresses, but everything new from the internet to 203.0.113.1 (any protocol, any
port) is DNATed to the router's WAN address (an "exposed host"), so the router's forwards
work. "modem" and "modem_dmz": the same two with an RFC 1918 transfer net (router
192.168.100.2/24, modem 192.168.100.1), an ISP's modem not in bridge mode. The wan
namespace, its servers and addresses are the same in every topology: ``lab.public_ip``
(``PUBLIC_IP`` = ``ROUTER_WAN_IP``, 203.0.113.1) is what the internet sees in every mode,
``lab.router_wan_ip`` the router's own WAN address, and the router's rules use the latter.
``router()`` and ``set_isp()`` flush the ISP device's conntrack with the router's;
``flush_conntrack``, ``conntrack_entries`` and ``udp_timeouts`` take ``ns=lab.isp``.

A second LAN host (the old PBX, a phone) at 198.18.0.3, and the router's forward pointed
at it, or NAT loopback for LAN hosts that use the public address::

    host = lab.lan_host()                  # the router's "lan" becomes a bridge (see there)
    lab.router("forward", to=Lab.OTHER_LAN_IP, tcp=True)  # UDP and TCP forwarded there
    lab.router("forward", hairpin=True)    # NAT loopback: a LAN packet to the router's WAN
                                           # address on a forwarded port goes to the PBX,
                                           # masqueraded, so the answer comes back through
                                           # the router, from that address and port
    lab.router("forward", hairpin="half")  # DNAT only: the PBX answers the sender directly

With "half", what the PBX sends to its own public port comes back to it from its own
address, and Linux drops that as a martian source; from the second LAN host it arrives,
and the PBX's answer comes from 198.18.0.2, not from the address the host sent to. Hairpin
rules match the router's own WAN address: behind an ISP device, a packet to 203.0.113.1
goes to the ISP device, which loops nothing back.

``stun_burst(socks, server, count, rate=...)`` sends many single requests and returns
the answers, for measuring what an impairment lets through.

Importable as ``lab`` (tests/ on sys.path) or as ``tests.lab``.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import errno
import itertools
import json
import os
import re
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aioice import stun

HERE = Path(__file__).resolve().parent
DNS_STUB = HERE / "dnsstub.py"
NETNS_RUN = Path("/run/netns")
NETNS_ETC = Path("/etc/netns")
PREFIX = "pfw"
_NAME_RE = re.compile(rf"^{PREFIX}-(pbx|rtr|wan|isp|host)-(\d+)-(\d+)$")
_TMP_RE = re.compile(rf"^{PREFIX}-lab-(\d+)-(\d+)-")
_counter = itertools.count(1)
CLONE_NEWNET = 0x40000000

SCENARIOS = (
    "forward",
    "masquerade",
    "symmetric",
    "translate",
    "forward_translate",
    "forward_partial",
    "drop_ports",
    "drop_udp",
    "routed",
)


class LabError(RuntimeError):
    """The lab could not be built or a server in it did not come up."""


@dataclass(frozen=True)
class IspMode:
    """How the ISP device between the router and the internet treats the router."""

    router_ip: str  # the router's WAN address (the ISP device's side of the link)
    gateway_ip: str  # the ISP device's address towards the router
    prefix: int  # of the transfer network between them
    dmz: bool  # everything unsolicited from the internet goes on to the router


ISP_MODES = {
    # RFC 6598 shared address space: carrier-grade NAT
    "cgnat": IspMode("100.64.0.2", "100.64.0.1", 10, dmz=False),
    "dmz": IspMode("100.64.0.2", "100.64.0.1", 10, dmz=True),
    # an ISP's modem that routes and NATs (not in bridge mode), RFC 1918 transfer net
    "modem": IspMode("192.168.100.2", "192.168.100.1", 24, dmz=False),
    "modem_dmz": IspMode("192.168.100.2", "192.168.100.1", 24, dmz=True),
}


# --------------------------------------------------------------------------- STUN probe


@dataclass
class StunReply:
    """One Binding response as the prober saw it."""

    source: tuple[str, int]  # where the response actually came from
    mapped: tuple[str, int] | None  # XOR-MAPPED-ADDRESS, else MAPPED-ADDRESS
    other: tuple[str, int] | None  # OTHER-ADDRESS (RFC 5780), else CHANGED-ADDRESS (RFC 3489)
    origin: tuple[str, int] | None  # RESPONSE-ORIGIN, else SOURCE-ADDRESS
    error: int | None = None  # ERROR-CODE of an error response (e.g. 420 from a one-IP coturn)
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None and self.mapped is not None


def _change_flags(change: bool | str | None) -> int:
    if not change:
        return 0
    if change is True or change == "both":
        return 0x06
    if change == "ip":
        return 0x04
    if change == "port":
        return 0x02
    raise ValueError(f"change must be False, True, 'ip', 'port' or 'both', not {change!r}")


def stun_request(
    sock: socket.socket,
    server: tuple[str, int],
    change: bool | str | None = False,
    timeout: float = 0.5,
    retransmit: float = 0.15,
) -> StunReply | None:
    """Send a Binding request from ``sock`` and wait for its response (None on time-out).

    ``change``: True/"both" asks for a reply from the other IP and port, "ip" or "port" for
    one of them. Retransmits every ``retransmit`` seconds; responses to other transactions
    are ignored.
    """
    request = stun.Message(stun.Method.BINDING, stun.Class.REQUEST)
    flags = _change_flags(change)
    if flags:
        request.attributes["CHANGE-REQUEST"] = flags
    data = bytes(request)
    deadline = time.monotonic() + timeout
    next_send = 0.0
    while True:
        now = time.monotonic()
        if now >= deadline:
            return None
        if now >= next_send:
            sock.sendto(data, server)
            next_send = now + retransmit
        ready, _, _ = select.select([sock], [], [], max(0.0, min(deadline, next_send) - now))
        if not ready:
            continue
        try:
            packet, source = sock.recvfrom(2048)
        except OSError:  # e.g. ECONNREFUSED from a queued ICMP error
            continue
        try:
            message = stun.parse_message(packet)
        except ValueError:
            continue
        if message.transaction_id != request.transaction_id:
            continue
        return _reply(message, source)


def _reply(message: stun.Message, source: tuple) -> StunReply:
    attrs = message.attributes
    return StunReply(
        source=(source[0], source[1]),
        mapped=attrs.get("XOR-MAPPED-ADDRESS") or attrs.get("MAPPED-ADDRESS"),
        other=attrs.get("OTHER-ADDRESS") or attrs.get("CHANGED-ADDRESS"),
        origin=attrs.get("RESPONSE-ORIGIN") or attrs.get("SOURCE-ADDRESS"),
        error=message.error_code if message.message_class == stun.Class.ERROR else None,
        attributes=dict(attrs),
    )


def stun_burst(
    socks: socket.socket | Sequence[socket.socket],
    server: tuple[str, int],
    count: int,
    change: bool | str | None = False,
    rate: float | None = None,
    wait: float = 0.5,
) -> list[StunReply]:
    """Send ``count`` Binding requests, each once (no retransmission), round-robin from
    ``socks`` to ``server``, at most ``rate`` a second (None: as fast as they go), then
    wait ``wait`` seconds for late answers. Returns one reply per answered request.

    Replies are read while sending, so a long burst does not overflow a socket buffer.
    """
    socks = [socks] if isinstance(socks, socket.socket) else list(socks)
    flags = _change_flags(change)
    pending: set[bytes] = set()
    replies: list[StunReply] = []
    start = time.monotonic()
    finished = start + wait
    sent = 0

    def due(n: int) -> float:
        return start + n / rate if rate else start

    while True:
        if sent < count and time.monotonic() >= due(sent):
            request = stun.Message(stun.Method.BINDING, stun.Class.REQUEST)
            if flags:
                request.attributes["CHANGE-REQUEST"] = flags
            pending.add(request.transaction_id)
            with contextlib.suppress(OSError):  # e.g. a queued ICMP error
                socks[sent % len(socks)].sendto(bytes(request), server)
            sent += 1
            finished = time.monotonic() + wait
        if sent < count:
            timeout = due(sent) - time.monotonic()
        else:
            timeout = finished - time.monotonic()
            if timeout <= 0:
                return replies
        ready, _, _ = select.select(socks, [], [], max(0.0, timeout))
        for sock in ready:
            try:
                packet, source = sock.recvfrom(2048)
            except OSError:
                continue
            try:
                message = stun.parse_message(packet)
            except ValueError:
                continue
            if message.transaction_id in pending:
                pending.discard(message.transaction_id)
                replies.append(_reply(message, source))


# --------------------------------------------------------------------------- netns helpers

_libc = ctypes.CDLL(None, use_errno=True)


def run_in_netns(ns: str, fn: Callable[[], Any]) -> Any:
    """Call ``fn`` in a short-lived thread that has joined network namespace ``ns``.

    Sockets created by ``fn`` stay in that namespace after the thread ends, so the caller
    can use them from any thread. Only the network namespace is switched (not the mounts,
    so /etc/hosts is the machine's).
    """
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            fd = os.open(NETNS_RUN / ns, os.O_RDONLY | os.O_CLOEXEC)
            try:
                if _libc.setns(fd, CLONE_NEWNET) != 0:
                    err = ctypes.get_errno()
                    raise OSError(err, f"setns({ns}): {os.strerror(err)}")
            finally:
                os.close(fd)
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller
            box["error"] = exc

    thread = threading.Thread(target=target, name=f"netns-{ns}")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


def _run(argv: Sequence[str], *, input: str | None = None, check: bool = True) -> str:
    proc = subprocess.run(list(argv), input=input, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise LabError(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.strip()}")
    return proc.stdout


def _kill_group(proc: subprocess.Popen, timeout: float = 2.0) -> None:
    """SIGTERM the process group led by ``proc`` (or just ``proc`` if it leads none),
    SIGKILL it if it lingers, reap it."""

    def signal_it(sig: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if os.getpgid(proc.pid) == proc.pid:
                os.killpg(proc.pid, sig)
            else:
                os.kill(proc.pid, sig)

    if proc.poll() is None:
        signal_it(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            signal_it(signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout)
    else:  # the leader is gone; members of its group may not be
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


def _kill_netns_pids(ns: str) -> None:
    """SIGKILL whatever still runs in ``ns`` (a safety net after the orderly kills)."""
    out = _run(["ip", "netns", "pids", ns], check=False)
    for pid in out.split():
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(pid), signal.SIGKILL)


def _delete_netns(ns: str) -> None:
    if (NETNS_RUN / ns).exists():
        _kill_netns_pids(ns)
        _run(["ip", "netns", "delete", ns], check=False)
    shutil.rmtree(NETNS_ETC / ns, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _nsswitch_for_lab(path: Path = Path("/etc/nsswitch.conf")) -> str | None:
    """The machine's nsswitch.conf with ``hosts: files dns`` (so mdns, myhostname or
    systemd-resolved cannot get between the lab's hosts file, its DNS stub and glibc);
    None when the machine has no nsswitch.conf (``ip netns exec`` can only bind over
    existing files)."""
    try:
        text = path.read_text()
    except OSError:
        return None
    lines = [ln for ln in text.splitlines() if not re.match(r"\s*hosts\s*:", ln)]
    return "\n".join([*lines, "hosts: files dns", ""])


def _read_line(proc: subprocess.Popen, timeout: float) -> str:
    """The first stdout line of ``proc`` ('' on EOF or time-out)."""
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        return ""
    return proc.stdout.readline().strip()


# --------------------------------------------------------------------------- router state


@dataclass(frozen=True)
class Impairments:
    """What the path and the server do wrong, on top of the router's scenario."""

    loss: int = 0  # percent of forwarded UDP packets the router drops, each way
    path_rate: int | None = None  # UDP packets a second the router passes towards the WAN
    flood_block: tuple[int, float] | None = None  # (new inbound flows/s, seconds blocked)
    server_rate: int | None = None  # STUN requests a second the server takes per source IP
    dead_second_address: bool = False  # nothing gets to or from 203.0.113.11

    def __post_init__(self) -> None:
        if not isinstance(self.loss, int) or not 0 <= self.loss <= 100:
            raise ValueError(f"loss is a whole percentage, not {self.loss!r}")
        for name in ("path_rate", "server_rate"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"{name} must be at least 1 packet a second, not {value!r}")
        if self.flood_block is not None:
            rate, seconds = self.flood_block
            if rate < 1 or seconds <= 0:
                raise ValueError(f"flood_block needs (flows/s >= 1, seconds > 0), not "
                                 f"{self.flood_block!r}")  # fmt: skip


@dataclass(frozen=True)
class ConntrackEntry:
    """One UDP conntrack entry of the router: the flow as first seen, and its reply."""

    source: tuple[str, int]
    destination: tuple[str, int]
    reply_source: tuple[str, int]  # differs from ``destination`` when it was DNATed
    reply_destination: tuple[str, int]  # differs from ``source`` when it was SNATed
    seen_reply: bool
    timeout: int  # seconds left


def _nlattrs(data: bytes) -> dict[int, bytes]:
    """Netlink attributes by type (nested and byte-order flags stripped)."""
    attrs = {}
    offset = 0
    while offset + 4 <= len(data):
        length, kind = struct.unpack_from("=HH", data, offset)
        if length < 4:
            break
        attrs[kind & 0x3FFF] = data[offset + 4 : offset + length]
        offset += (length + 3) & ~3
    return attrs


def _ct_tuple(data: bytes) -> tuple[int, tuple[str, int], tuple[str, int]] | None:
    """(protocol, source, destination) of a CTA_TUPLE_* attribute; None without ports."""
    tup = _nlattrs(data)
    ip, proto = _nlattrs(tup.get(1, b"")), _nlattrs(tup.get(2, b""))  # CTA_TUPLE_IP, _PROTO
    if not {1, 2} <= ip.keys() or not {1, 2, 3} <= proto.keys():
        return None
    (sport,), (dport,) = struct.unpack("!H", proto[2]), struct.unpack("!H", proto[3])
    return proto[1][0], (socket.inet_ntoa(ip[1]), sport), (socket.inet_ntoa(ip[2]), dport)


# --------------------------------------------------------------------------- the lab


class Lab:
    """PBX behind a router behind which the "internet" has STUN servers. A context manager.

    ``isp``: None (the router's WAN is on the internet) or an ISP device's mode between
    them ("cgnat", "dmz", "modem", "modem_dmz"; see the module docstring).
    """

    PBX_IP = "198.18.0.2"
    OTHER_LAN_IP = "198.18.0.3"  # the LAN host of ``lan_host()`` (the old PBX, a phone)
    LAN_NET = "198.18.0.0/24"
    ROUTER_LAN_IP = "198.18.0.1"
    # The router's WAN address without an ISP device; with one, the ISP device's public
    # address. Both readings are PUBLIC_IP: what the internet sees in every topology.
    ROUTER_WAN_IP = "203.0.113.1"
    PUBLIC_IP = ROUTER_WAN_IP
    STUN_IP = "203.0.113.10"
    STUN_ALT_IP = "203.0.113.11"
    SINGLE_IP = "203.0.113.20"
    STUN_PORT = 3478
    STUN_ALT_PORT = 3479
    STUN_NAME = "stun.lab.test"  # -> STUN_IP via the pbx namespace's hosts file
    SINGLE_NAME = "single.lab.test"  # -> SINGLE_IP
    MISSING_NAME = "nosuch.lab.test"  # not in hosts: goes to the DNS stub
    DEFAULT_PORTS = (9000, 9019)
    TRANSLATE_OFFSET = 20000  # "forward_translate" maps port p to p + 20000

    def __init__(self, isp: str | None = None) -> None:
        if isp is not None and isp not in ISP_MODES:
            raise ValueError(f"unknown ISP mode {isp!r}; known: {', '.join(ISP_MODES)}")
        self._n = n = next(_counter)
        pid = os.getpid()
        self.pbx = f"{PREFIX}-pbx-{pid}-{n}"
        self.rtr = f"{PREFIX}-rtr-{pid}-{n}"
        self.wan = f"{PREFIX}-wan-{pid}-{n}"
        self._isp_name = f"{PREFIX}-isp-{pid}-{n}"
        self._host_name = f"{PREFIX}-host-{pid}-{n}"
        self.isp: str | None = self._isp_name if isp else None  # the ISP device's namespace
        self.isp_mode: str | None = isp
        self.host: str | None = None  # the second LAN host's namespace, once ``lan_host()``
        self.scenario: str | None = None
        self._router_params: dict[str, Any] = {}
        self.impairments = Impairments()
        self.dns_mode: str | None = None
        self._procs: list[subprocess.Popen] = []
        self._servers: list[tuple[subprocess.Popen, Path]] = []
        self._dns: subprocess.Popen | None = None
        self._tmp: Path | None = None
        self._started = False
        self._closed = False

    @property
    def public_ip(self) -> str:
        """What the internet sees as the source of the PBX's NATed traffic (every mode)."""
        return self.PUBLIC_IP

    @property
    def router_wan_ip(self) -> str:
        """The router's own WAN address: ``PUBLIC_IP``, or its address on the ISP device's
        transfer network."""
        return ISP_MODES[self.isp_mode].router_ip if self.isp_mode else self.ROUTER_WAN_IP

    # ---------------------------------------------------------------- lifecycle

    @staticmethod
    def available() -> bool:
        """True when this process can build the lab: root and ip, nft, turnserver, stund."""
        if os.geteuid() != 0:
            return False
        return all(shutil.which(tool) for tool in ("ip", "nft", "turnserver", "stund"))

    @staticmethod
    def cleanup_stale() -> list[str]:
        """Delete lab namespaces (and temp dirs) whose creating process is dead.

        Returns the namespace names removed. Called by ``start()``.
        """
        removed = []
        names = set()
        for base in (NETNS_RUN, NETNS_ETC):
            with contextlib.suppress(OSError):
                names.update(p.name for p in base.iterdir())
        for name in sorted(names):
            m = _NAME_RE.match(name)
            if m and not _pid_alive(int(m.group(2))):
                _delete_netns(name)
                removed.append(name)
        with contextlib.suppress(OSError):
            for path in Path(tempfile.gettempdir()).iterdir():
                m = _TMP_RE.match(path.name)
                if m and path.is_dir() and not _pid_alive(int(m.group(1))):
                    shutil.rmtree(path, ignore_errors=True)
        return removed

    def __enter__(self) -> Lab:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Build the namespaces, links, addresses, DNS; router scenario "masquerade"."""
        if self._started:
            return
        self._started = True
        atexit.register(self.close)
        try:
            self.cleanup_stale()
            self._tmp = Path(tempfile.mkdtemp(prefix=f"{PREFIX}-lab-{os.getpid()}-{self._n}-"))
            self._build()
            self.router("masquerade")
            self.dns("nxdomain")
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Kill every started process, delete the namespaces and /etc/netns dirs. Idempotent."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(Exception):
            atexit.unregister(self.close)
        for proc in reversed(self._procs):
            with contextlib.suppress(Exception):
                _kill_group(proc)
        self._procs.clear()
        self._servers.clear()
        self._dns = None
        for ns in (self.pbx, self.rtr, self.wan, self._isp_name, self._host_name):
            with contextlib.suppress(Exception):
                _delete_netns(ns)
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def _build(self) -> None:
        pbx, rtr, wan = self.pbx, self.rtr, self.wan
        for ns in (pbx, rtr, wan):
            _run(["ip", "netns", "add", ns])
        if self.isp is not None:
            _run(["ip", "netns", "add", self.isp])
        etc = NETNS_ETC / pbx
        etc.mkdir(parents=True, exist_ok=True)
        (etc / "hosts").write_text(
            "127.0.0.1\tlocalhost\n"
            "::1\tlocalhost ip6-localhost ip6-loopback\n"
            f"{self.STUN_IP}\t{self.STUN_NAME}\n"
            f"{self.SINGLE_IP}\t{self.SINGLE_NAME}\n"
        )
        (etc / "resolv.conf").write_text("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n")
        nsswitch = _nsswitch_for_lab()
        if nsswitch is not None:
            (etc / "nsswitch.conf").write_text(nsswitch)
        # the namespace at the far end of the wan namespace's eth0: the router or the ISP device
        far = rtr if self.isp is None else self.isp
        cmds = [
            ["-n", rtr, "link", "add", "lan", "type", "veth", "peer", "name", "eth0", "netns", pbx],
            ["-n", far, "link", "add", "wan", "type", "veth", "peer", "name", "eth0", "netns", wan],
            ["-n", pbx, "addr", "add", f"{self.PBX_IP}/24", "dev", "eth0"],
            ["-n", rtr, "addr", "add", f"{self.ROUTER_LAN_IP}/24", "dev", "lan"],
            ["-n", far, "addr", "add", f"{self.PUBLIC_IP}/24", "dev", "wan"],
            ["-n", wan, "addr", "add", f"{self.STUN_IP}/24", "dev", "eth0"],
            ["-n", wan, "addr", "add", f"{self.STUN_ALT_IP}/24", "dev", "eth0"],
            ["-n", wan, "addr", "add", f"{self.SINGLE_IP}/24", "dev", "eth0"],
        ]
        links = [(pbx, ("lo", "eth0")), (rtr, ("lo", "lan")), (far, ("wan",)),
                 (wan, ("lo", "eth0"))]  # fmt: skip
        if self.isp is not None:
            # the router's WAN link to the ISP device ("cpe" on its side)
            cmds.append(["-n", rtr, "link", "add", "wan", "type", "veth", "peer", "name", "cpe",
                         "netns", self.isp])  # fmt: skip
            links += [(rtr, ("wan",)), (self.isp, ("lo", "cpe"))]
        for ns, devs in links:
            cmds += [["-n", ns, "link", "set", dev, "up"] for dev in devs]
        cmds.append(["-n", pbx, "route", "add", "default", "via", self.ROUTER_LAN_IP])
        # only used by "routed"; elsewhere the router's forward chain drops such traffic
        cmds.append(["-n", wan, "route", "add", self.LAN_NET, "via", self.PUBLIC_IP])
        for cmd in cmds:
            _run(["ip", *cmd])
        _run(["ip", "netns", "exec", rtr, "sysctl", "-qw", "net.ipv4.ip_forward=1"])
        if self.isp is not None:
            _run(["ip", "netns", "exec", self.isp, "sysctl", "-qw", "net.ipv4.ip_forward=1"])
            self._address_isp(ISP_MODES[self.isp_mode])
            self._load_isp(self.isp_mode)

    # ---------------------------------------------------------------- ISP device

    def set_isp(self, mode: str) -> None:
        """Switch the ISP device to another mode (only in a lab built with ``isp=``).

        The transfer network is readdressed when it changes (cgnat/dmz: 100.64.0.0/10,
        modem/modem_dmz: 192.168.100.0/24), the router's scenario is loaded again for its
        new WAN address, and conntrack is flushed in the router and the ISP device.
        """
        if mode not in ISP_MODES:
            raise ValueError(f"unknown ISP mode {mode!r}; known: {', '.join(ISP_MODES)}")
        if self.isp is None:
            raise LabError("this lab has no ISP device: build it with Lab(isp=...)")
        self._require_ns(self.isp)
        old, new = ISP_MODES[self.isp_mode], ISP_MODES[mode]
        if (old.router_ip, old.gateway_ip, old.prefix) != (new.router_ip, new.gateway_ip,
                                                           new.prefix):  # fmt: skip
            _run(["ip", "-n", self.rtr, "addr", "flush", "dev", "wan"])
            _run(["ip", "-n", self.isp, "addr", "flush", "dev", "cpe"])
            self._address_isp(new)
        self._load_isp(mode)
        self.isp_mode = mode
        if self.scenario is not None:
            self.router(self.scenario, flush=False, **self._router_params)
        self.flush_conntrack()
        self.flush_conntrack(self.isp)

    @classmethod
    def isp_ruleset(cls, mode: str) -> str:
        """The nft script of the ISP device in ``mode``: it replaces ``table ip isp``.

        Outbound it masquerades behind ``PUBLIC_IP`` (keeping the source port when it is
        free, as Linux's NAT does). Inbound, "cgnat" and "modem" let in answers only;
        "dmz" and "modem_dmz" DNAT everything new addressed to ``PUBLIC_IP`` (every
        protocol and port) to the router's WAN address, an "exposed host".
        """
        spec = ISP_MODES[mode]
        pre = []
        if spec.dmz:
            pre.append(f'iifname "wan" ip daddr {cls.PUBLIC_IP} dnat to {spec.router_ip}')
        lines = [
            "add table ip isp",
            "delete table ip isp",
            "table ip isp {",
            "  chain prerouting {",
            "    type nat hook prerouting priority dstnat; policy accept;",
            *(f"    {r}" for r in pre),
            "  }",
            "  chain postrouting {",
            "    type nat hook postrouting priority srcnat; policy accept;",
            '    oifname "wan" masquerade',
            "  }",
            "  chain forward {",
            "    type filter hook forward priority filter; policy drop;",
            "    ct state established,related accept",
            "    ct status dnat accept",
            '    iifname "cpe" oifname "wan" accept',
            "  }",
            "  chain input {",
            "    type filter hook input priority filter; policy accept;",
            '    iifname "wan" ct state established,related accept',
            '    iifname "wan" drop',
            "  }",
            "}",
            "",
        ]
        return "\n".join(lines)

    def _address_isp(self, spec: IspMode) -> None:
        assert self.isp is not None
        for cmd in (
            ["-n", self.rtr, "addr", "add", f"{spec.router_ip}/{spec.prefix}", "dev", "wan"],
            ["-n", self.isp, "addr", "add", f"{spec.gateway_ip}/{spec.prefix}", "dev", "cpe"],
            ["-n", self.rtr, "route", "replace", "default", "via", spec.gateway_ip],
            # answers to a "routed" router's LAN addresses, after the ISP's NAT
            ["-n", self.isp, "route", "replace", self.LAN_NET, "via", spec.router_ip],
        ):
            _run(["ip", *cmd])

    def _load_isp(self, mode: str) -> None:
        assert self.isp is not None
        _run(["ip", "netns", "exec", self.isp, "nft", "-f", "-"], input=self.isp_ruleset(mode))

    # ---------------------------------------------------------------- router

    def router(self, scenario: str, *, flush: bool = True, **params: Any) -> None:
        """Replace the router's own nftables table (atomically) and flush conntrack.

        Scenarios: forward, masquerade, symmetric, translate, forward_translate,
        forward_partial, drop_ports, drop_udp, routed. Params: ports=(first, last) (default
        9000-9019); forward=(first, last) for forward_partial (default: first half of
        ports); drop=(first, last) for drop_ports (default: ports); wan_input="drop" (the
        default: unsolicited packets to the router's WAN address are dropped before they
        reach its stack) or "accept" (they reach it, and conntrack keeps an entry for each).

        The forwarding scenarios (forward, forward_partial, forward_translate) also take
        ``to=`` (default ``PBX_IP``; e.g. ``OTHER_LAN_IP`` after ``lan_host()``): where the
        forward points; ``tcp=True`` (forward, forward_partial): the same ports forwarded
        for TCP too (by default UDP only); ``hairpin=`` False (the default: a LAN packet to
        the router's WAN address reaches the router itself), True or "full" (NAT loopback:
        such packets on the forwarded ports are DNATed as from the WAN, and masqueraded
        behind ``ROUTER_LAN_IP`` so the answer goes back through the router), or "half"
        (DNAT only: the answer goes straight from the LAN host to the sender).

        The rules use the router's actual WAN address (``router_wan_ip``). Conntrack is
        flushed in the router and in the ISP device, if any; ``flush=False`` keeps both,
        so mappings and filter state from before live on (a second check seconds after a
        first one; a router reconfigured without a reboot). Impairments (``impair()``) are
        not touched.
        """
        ruleset = self.ruleset(scenario, wan_ip=self.router_wan_ip, **params)
        if params.get("hairpin"):
            # a router that sends a LAN packet back into the LAN must not tell the sender
            # to go direct by an ICMP redirect: the PBX would then skip the router
            for conf in ("all", "lan"):
                _run(["ip", "netns", "exec", self.rtr, "sysctl", "-qw",
                      f"net.ipv4.conf.{conf}.send_redirects=0"])  # fmt: skip
        _run(["ip", "netns", "exec", self.rtr, "nft", "-f", "-"], input=ruleset)
        if flush:
            self.flush_conntrack()
            if self.isp is not None:
                self.flush_conntrack(self.isp)
        self.scenario = scenario
        self._router_params = dict(params)

    FORWARDING = ("forward", "forward_partial", "forward_translate")

    @classmethod
    def ruleset(
        cls,
        scenario: str,
        ports: tuple[int, int] = DEFAULT_PORTS,
        forward: tuple[int, int] | None = None,
        drop: tuple[int, int] | None = None,
        wan_input: str = "drop",
        *,
        wan_ip: str = ROUTER_WAN_IP,
        to: str = PBX_IP,
        tcp: bool = False,
        hairpin: bool | str = False,
    ) -> str:
        """The nft script for ``scenario``: it replaces ``table ip lab`` and nothing else.

        ``wan_ip`` is the router's WAN address; the other parameters as in ``router()``.
        """
        if wan_input not in ("drop", "accept"):
            raise ValueError(f"wan_input must be 'drop' or 'accept', not {wan_input!r}")
        first, last = ports
        if not 0 < first <= last <= 65535:
            raise ValueError(f"bad port range {ports!r}")
        if hairpin not in (False, True, "full", "half"):
            raise ValueError(f"hairpin must be False, True, 'full' or 'half', not {hairpin!r}")
        if (hairpin or to != cls.PBX_IP) and scenario not in cls.FORWARDING:
            raise ValueError(f"hairpin and to= need a forwarding scenario, not {scenario!r}")
        if tcp and scenario not in ("forward", "forward_partial"):
            raise ValueError(f"tcp=True needs forward or forward_partial, not {scenario!r}")
        masq = 'oifname "wan" masquerade'
        pre: list[str] = []
        dnat: list[str] = []  # the forwards, without the interface they apply on
        post: list[str] = [masq]
        fwd: list[str] = []  # before the default accept rules
        inbound_ok = False
        protocols = ("udp", "tcp") if tcp else ("udp",)
        if scenario == "forward":
            dnat += [f"ip daddr {wan_ip} {p} dport {first}-{last} dnat to {to}" for p in protocols]
        elif scenario == "masquerade":
            pass
        elif scenario == "symmetric":
            post = ['oifname "wan" masquerade fully-random']
        elif scenario == "translate":
            post = ['oifname "wan" meta l4proto udp masquerade to :20000-30000', masq]
        elif scenario == "forward_translate":
            off = cls.TRANSLATE_OFFSET
            if last + off > 65535:
                raise ValueError("ports + 20000 must stay below 65536")
            snat = ", ".join(f"{p} : {wan_ip} . {p + off}" for p in range(first, last + 1))
            to_map = ", ".join(f"{p + off} : {to} . {p}" for p in range(first, last + 1))
            dnat.append(f"ip daddr {wan_ip} dnat ip to udp dport map {{ {to_map} }}")
            post = [f'oifname "wan" ip saddr {to} snat ip to udp sport map {{ {snat} }}', masq]
        elif scenario == "forward_partial":
            f1, f2 = forward or (first, first + (last - first + 1) // 2 - 1)
            if f2 < f1:
                f2 = f1
            dnat += [f"ip daddr {wan_ip} {p} dport {f1}-{f2} dnat to {to}" for p in protocols]
        elif scenario == "drop_ports":
            d1, d2 = drop or ports
            fwd.append(f'iifname "lan" udp sport {d1}-{d2} drop')
        elif scenario == "drop_udp":
            fwd.append("meta l4proto udp drop")
        elif scenario == "routed":
            post = []
            inbound_ok = True
        else:
            raise ValueError(f"unknown scenario {scenario!r}; known: {', '.join(SCENARIOS)}")
        pre += [f'iifname "wan" {r}' for r in dnat]
        if hairpin:
            pre += [f'iifname "lan" {r}' for r in dnat]
        if hairpin in (True, "full"):
            # the LAN host answers the router, which un-NATs it to come from the WAN address
            post.append(f'oifname "lan" ip saddr {cls.LAN_NET} ct status dnat masquerade')
        lines = [
            "add table ip lab",  # so the delete cannot fail on the first load
            "delete table ip lab",
            "table ip lab {",
            "  chain prerouting {",
            "    type nat hook prerouting priority dstnat; policy accept;",
            *(f"    {r}" for r in pre),
            "  }",
            "  chain postrouting {",
            "    type nat hook postrouting priority srcnat; policy accept;",
            *(f"    {r}" for r in post),
            "  }",
            "  chain forward {",
            "    type filter hook forward priority filter; policy drop;",
            *(f"    {r}" for r in fwd),
            "    ct state established,related accept",
            "    ct status dnat accept",
            '    iifname "lan" oifname "wan" accept',
            *(['    iifname "wan" oifname "lan" accept'] if inbound_ok else []),
            "  }",
            "  chain input {",
            "    type filter hook input priority filter; policy accept;",
            '    iifname "wan" ct state established,related accept',
            *(['    iifname "wan" drop'] if wan_input == "drop" else []),
            "  }",
            "}",
            "",
        ]
        return "\n".join(lines)

    def udp_timeouts(self, unreplied: int = 30, replied: int = 120, ns: str | None = None) -> None:
        """The router's conntrack timeouts for UDP, in seconds (or those of namespace
        ``ns``, e.g. ``lab.isp``): how long it keeps a flow that saw no answer
        (``nf_conntrack_udp_timeout``; Linux 30, OpenWrt 60) and one that did
        (``nf_conntrack_udp_timeout_stream``; Linux 120, OpenWrt 180). Per namespace, so
        only that one changes; flows take the new values with their next packet.

        Which one a flow gets (measured in the lab, Linux 6.18): the first answer still
        refreshes it with ``unreplied``; a packet either way once the flow is older than
        2 s and has seen an answer sets ``replied``. So a mapping made by one request and
        one quick answer (a STUN check) lives ``unreplied`` seconds; one server datagram
        that gets in after the 2 s mark stretches it to ``replied``.
        """
        target = ns or self.rtr
        self._require_ns(target)
        _run(
            [
                "ip", "netns", "exec", target, "sysctl", "-qw",
                f"net.netfilter.nf_conntrack_udp_timeout={int(unreplied)}",
                f"net.netfilter.nf_conntrack_udp_timeout_stream={int(replied)}",
            ]
        )  # fmt: skip

    def flush_conntrack(self, ns: str | None = None) -> None:
        """Forget every IPv4 conntrack entry (and so every NAT mapping) in the router, or
        in namespace ``ns`` (the PBX's, whose host firewall keeps state too)."""

        def flush() -> None:
            sock = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)  # NETLINK_NETFILTER
            try:
                # nlmsghdr: IPCTNL_MSG_CT_DELETE on subsys CTNETLINK, REQUEST|ACK; nfgenmsg AF_INET
                msg_type = (1 << 8) | 2
                body = struct.pack("=BBH", socket.AF_INET, 0, 0)
                sock.send(struct.pack("=IHHII", 16 + len(body), msg_type, 0x1 | 0x4, 1, 0) + body)
                sock.settimeout(2)
                reply = sock.recv(4096)
                length, rtype = struct.unpack("=IH", reply[:6])
                if rtype == 2:  # NLMSG_ERROR
                    (code,) = struct.unpack("=i", reply[16:20])
                    if code not in (0, -errno.ENOENT):
                        raise OSError(-code, f"conntrack flush: {os.strerror(-code)}")
            finally:
                sock.close()

        target = ns or self.rtr
        self._require_ns(target)
        run_in_netns(target, flush)

    def conntrack_entries(self, ns: str | None = None) -> list[ConntrackEntry]:
        """The router's UDP conntrack entries, or those of namespace ``ns`` (a netlink
        dump, as ``conntrack -L`` does)."""

        def dump() -> list[ConntrackEntry]:
            sock = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)  # NETLINK_NETFILTER
            entries = []
            try:
                # IPCTNL_MSG_CT_GET on subsys CTNETLINK, REQUEST|DUMP; nfgenmsg AF_INET
                msg_type = (1 << 8) | 1
                body = struct.pack("=BBH", socket.AF_INET, 0, 0)
                sock.send(struct.pack("=IHHII", 16 + len(body), msg_type, 0x1 | 0x300, 1, 0) + body)
                sock.settimeout(2)
                while True:
                    data = sock.recv(1 << 16)
                    offset = 0
                    while offset + 16 <= len(data):
                        length, rtype = struct.unpack_from("=IH", data, offset)
                        if rtype == 3:  # NLMSG_DONE
                            return entries
                        if rtype == 2:  # NLMSG_ERROR
                            (code,) = struct.unpack_from("=i", data, offset + 16)
                            raise OSError(-code, f"conntrack dump: {os.strerror(-code)}")
                        attrs = _nlattrs(data[offset + 20 : offset + length])
                        original = _ct_tuple(attrs.get(1, b""))  # CTA_TUPLE_ORIG
                        reply = _ct_tuple(attrs.get(2, b""))  # CTA_TUPLE_REPLY
                        if original and reply and original[0] == socket.IPPROTO_UDP:
                            (status,) = struct.unpack("!I", attrs.get(3, bytes(4)))
                            (timeout,) = struct.unpack("!I", attrs.get(7, bytes(4)))
                            entries.append(ConntrackEntry(
                                original[1], original[2], reply[1], reply[2],
                                seen_reply=bool(status & 0x2), timeout=timeout,
                            ))  # fmt: skip
                        offset += (length + 3) & ~3
            finally:
                sock.close()

        target = ns or self.rtr
        self._require_ns(target)
        return run_in_netns(target, dump)

    def sip_helper(self, on: bool = True, port: int = 5060) -> None:
        """Linux's own SIP ALG on the router, or none (``on=False``): the conntrack helper
        "sip" (``nf_conntrack_sip``, and ``nf_nat_sip`` behind the masquerade) for UDP and
        TCP to ``port``, as a router with a "SIP helper" switched on has it. It lives in
        its own ``table ip sipalg`` (a helper object and a prerouting filter chain), so
        ``router()`` leaves it alone. Conntrack is flushed: a flow keeps the helper, or
        the lack of one, that it started with."""
        if not 0 < port <= 65535:
            raise ValueError(f"bad port {port!r}")
        lines = ["add table ip sipalg", "delete table ip sipalg"]
        if on:
            # nft wants each statement of a helper object on a line of its own
            lines += [
                "table ip sipalg {",
                "  ct helper sip-udp {",
                '    type "sip" protocol udp;',
                "  }",
                "  ct helper sip-tcp {",
                '    type "sip" protocol tcp;',
                "  }",
                "  chain prerouting {",
                "    type filter hook prerouting priority filter; policy accept;",
                f'    udp dport {port} ct helper set "sip-udp"',
                f'    tcp dport {port} ct helper set "sip-tcp"',
                "  }",
                "}",
            ]
        _run(["ip", "netns", "exec", self.rtr, "nft", "-f", "-"], input="\n".join(lines) + "\n")
        self.flush_conntrack()

    def nft_list(self, ns: str | None = None) -> str:
        """The current ruleset of namespace ``ns`` (default: the router's) as ``nft list
        ruleset`` prints it."""
        return _run(["ip", "netns", "exec", ns or self.rtr, "nft", "list", "ruleset"])

    # ---------------------------------------------------------------- impairments

    PATH_BURST = 5  # packets the throttled path lets through at once
    SERVER_BURST = 5  # requests the throttling server takes at once from one source
    STUN_PORTS = (3478, 3481)  # what ``server_rate`` throttles: coturn's and stund's ports

    def impair(
        self,
        *,
        loss: int = 0,
        path_rate: int | None = None,
        flood_block: tuple[int, float] | None = None,
        server_rate: int | None = None,
        dead_second_address: bool = False,
    ) -> Impairments:
        """Set exactly the impairments named (the ones before go; no arguments: none).

        ``loss``: percent of forwarded UDP packets the router drops at random, each way.
        ``path_rate``: the router passes at most that many UDP packets a second from the
        LAN to the WAN (burst ``PATH_BURST``). ``flood_block=(flows_per_s, seconds)``: a
        WAN source that opens new inbound flows (conntrack ``new``, forwarded or to the
        router itself) faster than ``flows_per_s`` (bucket of one second's worth) has all
        its packets dropped for ``seconds``. ``server_rate``: the wan namespace drops STUN
        requests (to ports 3478-3481) beyond that many a second per source address (burst
        ``SERVER_BURST``). ``dead_second_address``: the server still announces
        203.0.113.11, but every UDP packet to or from it on the wan link is dropped, so
        direct requests there and CHANGE-REQUEST answers vanish.

        Meters and blocked sources start empty on each call. Conntrack and the router's
        scenario are left as they are.
        """
        wanted = Impairments(loss, path_rate, flood_block, server_rate, dead_second_address)
        router_script, wan_script = self.impair_rulesets(wanted)
        _run(["ip", "netns", "exec", self.rtr, "nft", "-f", "-"], input=router_script)
        _run(["ip", "netns", "exec", self.wan, "nft", "-f", "-"], input=wan_script)
        self.impairments = wanted
        return wanted

    def clear_impairments(self) -> None:
        """Remove every impairment (the router's scenario stays)."""
        self.impair()

    @classmethod
    def impair_rulesets(cls, impairments: Impairments) -> tuple[str, str]:
        """The nft scripts (router, wan) for ``impairments``; each replaces only
        ``table ip impair`` in its namespace, and removes it when nothing is impaired."""
        imp = impairments
        router: list[str] = []
        pre: list[str] = []
        fwd: list[str] = []
        if imp.flood_block is not None:
            rate, seconds = imp.flood_block
            router += [
                "  set flood { type ipv4_addr; flags dynamic,timeout; timeout 10s; }",
                "  set blocked { type ipv4_addr; flags dynamic,timeout; "
                f"timeout {round(seconds * 1000)}ms; }}",
            ]
            pre += [
                'iifname "wan" ip saddr @blocked drop',
                # "update" keeps a busy source's meter alive; "add" does not extend a block
                f'iifname "wan" ct state new update @flood {{ ip saddr limit rate over '
                f"{rate}/second burst {rate} packets }} add @blocked {{ ip saddr }} drop",
            ]
        if imp.loss == 100:  # numgen's "< 100" is out of its range
            fwd.append("meta l4proto udp drop")
        elif imp.loss:
            fwd.append(f"meta l4proto udp numgen random mod 100 < {imp.loss} drop")
        if imp.path_rate is not None:
            fwd.append(
                f'iifname "lan" oifname "wan" meta l4proto udp limit rate over '
                f"{imp.path_rate}/second burst {cls.PATH_BURST} packets drop"
            )
        if pre:
            # after conntrack (-200), so "ct state" is known; before DNAT and the input
            # and forward decisions, so it sees every packet a source sends
            router += [
                "  chain prerouting {",
                "    type filter hook prerouting priority mangle; policy accept;",
                *(f"    {r}" for r in pre),
                "  }",
            ]
        if fwd:
            # after the router's own forward chain: only what the router passes is lost or
            # counted; a packet dropped here never confirms its conntrack entry
            router += [
                "  chain forward {",
                "    type filter hook forward priority filter + 10; policy accept;",
                *(f"    {r}" for r in fwd),
                "  }",
            ]

        wan: list[str] = []
        wan_in: list[str] = []
        wan_out: list[str] = []
        if imp.dead_second_address:
            # on the link only: the lab's own readiness probes over lo still get through
            wan_in.append(f'iifname "eth0" ip daddr {cls.STUN_ALT_IP} meta l4proto udp drop')
            wan_out.append(f'oifname "eth0" ip saddr {cls.STUN_ALT_IP} meta l4proto udp drop')
        if imp.server_rate is not None:
            first, last = cls.STUN_PORTS
            wan.append("  set throttle { type ipv4_addr; flags dynamic,timeout; timeout 10s; }")
            wan_in.append(
                f'iifname "eth0" udp dport {first}-{last} update @throttle {{ ip saddr limit '
                f"rate over {imp.server_rate}/second burst {cls.SERVER_BURST} packets }} drop"
            )
        for hook, rules in (("input", wan_in), ("output", wan_out)):
            if rules:
                wan += [
                    f"  chain {hook} {{",
                    f"    type filter hook {hook} priority filter; policy accept;",
                    *(f"    {r}" for r in rules),
                    "  }",
                ]

        def script(body: list[str]) -> str:
            head = ["add table ip impair", "delete table ip impair"]
            return "\n".join([*head, *(["table ip impair {", *body, "}"] if body else []), ""])

        return script(router), script(wan)

    # ---------------------------------------------------------------- STUN servers

    def start_coturn(
        self, ips: Iterable[str] = (STUN_IP, STUN_ALT_IP), port: int = STUN_PORT
    ) -> subprocess.Popen:
        """Run coturn (STUN only) in the wan namespace on ``ips``; returns once it answers.

        With two or more IPs it does RFC 5780 (OTHER-ADDRESS = second IP, port + 1, and
        honours CHANGE-REQUEST); with one IP it answers without OTHER-ADDRESS.
        """
        ips = tuple(ips)
        tag = f"coturn-{port}-{len(self._servers)}"
        log = self._path(f"{tag}.log")
        argv = ["turnserver", "-n", "-S", "--no-cli", "--no-tls", "--no-dtls", "-m", "1"]
        for ip in ips:
            argv += ["-L", ip]
        argv += [
            "-p", str(port), "--alt-listening-port", str(port + 1),
            "--log-file", "stdout", "--simple-log", "--log-binding",
            "--pidfile", str(self._path(f"{tag}.pid")),
            "--userdb", str(self._path(f"{tag}.sqlite")),
        ]  # fmt: skip
        endpoints = [(ip, port) for ip in ips]
        if len(ips) > 1:
            endpoints += [(ip, port + 1) for ip in ips]
        return self._start_server(tag, argv, log, endpoints)

    def start_stund(
        self, ip: str = STUN_IP, alt_ip: str = STUN_ALT_IP, port: int = STUN_PORT,
        alt_port: int = STUN_ALT_PORT,
    ) -> subprocess.Popen:  # fmt: skip
        """Run stund (RFC 3489: CHANGED-ADDRESS) in the wan namespace; returns once it answers."""
        tag = f"stund-{port}-{len(self._servers)}"
        argv = ["stund", "-v", "-h", ip, "-a", alt_ip, "-p", str(port), "-o", str(alt_port)]
        endpoints = [(a, p) for a in (ip, alt_ip) for p in (port, alt_port)]
        return self._start_server(tag, argv, self._path(f"{tag}.log"), endpoints)

    def stop_servers(self) -> None:
        """Stop every STUN server started so far."""
        for proc, _log in self._servers:
            _kill_group(proc)
            with contextlib.suppress(ValueError):
                self._procs.remove(proc)
        self._servers.clear()

    def _start_server(
        self, tag: str, argv: list[str], log: Path, endpoints: list[tuple[str, int]],
        timeout: float = 5.0,
    ) -> subprocess.Popen:  # fmt: skip
        with open(log, "wb") as out:
            proc = self._popen(self.wan, argv, stdout=out, stderr=subprocess.STDOUT)
        self._servers.append((proc, log))
        deadline = time.monotonic() + timeout
        pending = list(endpoints)
        sock = self.udp_socket(self.wan)
        try:
            while pending:
                if proc.poll() is not None:
                    raise LabError(f"{tag} exited with {proc.returncode}:\n{self._tail(log)}")
                if time.monotonic() > deadline:
                    raise LabError(f"{tag} does not answer on {pending} after {timeout}s:\n"
                                   f"{self._tail(log)}")  # fmt: skip
                if stun_request(sock, pending[0], timeout=0.2, retransmit=0.1):
                    pending.pop(0)
        except BaseException:
            _kill_group(proc)
            self._servers.remove((proc, log))
            self._procs.remove(proc)
            raise
        finally:
            sock.close()
        return proc

    def server_logs(self) -> str:
        """Everything the STUN servers started so far have logged (for failure messages)."""
        return "\n".join(f"== {log.name}\n{self._tail(log, 200)}" for _, log in self._servers)

    # ---------------------------------------------------------------- PBX side

    # A stateful host firewall on the PBX itself, as Windows Defender Firewall or a
    # FreePBX machine's keeps: answers to what the PBX sent get in, nothing else.
    HOST_FIREWALL = (
        "table inet pbxhost\n"
        "delete table inet pbxhost\n"
        "table inet pbxhost {\n"
        "  chain input {\n"
        "    type filter hook input priority 0; policy drop;\n"
        "    iif lo accept\n"
        "    ct state established,related accept\n"
        "  }\n"
        "}\n"
    )

    def host_firewall(self, on: bool = True) -> None:
        """Turn the PBX's own stateful firewall (``HOST_FIREWALL``) on or off; its state
        from before is forgotten either way."""
        ruleset = self.HOST_FIREWALL if on else "table inet pbxhost\ndelete table inet pbxhost\n"
        _run(["ip", "netns", "exec", self.pbx, "nft", "-f", "-"], input=ruleset)
        self.flush_conntrack(self.pbx)

    def lan_host(self) -> str:
        """A second host on the LAN (the old PBX, a phone): a namespace with
        ``OTHER_LAN_IP`` on its eth0 and a default route via the router. Returns its
        name (also ``lab.host``); a second call returns the same one.

        The router's "lan" becomes a bridge with the PBX's link and this host's as its
        ports, keeping its MAC and ``ROUTER_LAN_IP``: the router still sees what the LAN
        sends it on "lan", the PBX stays at ``PBX_IP``, and the two hosts reach each other
        directly, not through the router's filter (bridged packets skip its nftables).
        """
        if self.host is not None:
            return self.host
        self._require_ns(self.rtr)
        rtr, host = self.rtr, self._host_name
        mac = json.loads(_run(["ip", "-j", "-n", rtr, "link", "show", "lan"]))[0]["address"]
        _run(["ip", "netns", "add", host])
        self.host = host
        peer = ["type", "veth", "peer", "name", "eth0", "netns", host]
        # the PBX's link becomes port "lan0"; renamed while up where the kernel allows it
        # (Linux 6.2 and later), as a link set down takes the PBX's carrier away for ~1 s
        renamed = subprocess.run(["ip", "-n", rtr, "link", "set", "lan", "name", "lan0"],
                                 capture_output=True).returncode == 0  # fmt: skip
        cmds = [] if renamed else [
            ["-n", rtr, "link", "set", "lan", "down"],
            ["-n", rtr, "link", "set", "lan", "name", "lan0"],
        ]  # fmt: skip
        cmds += [
            ["-n", rtr, "addr", "flush", "dev", "lan0"],
            ["-n", rtr, "link", "add", "lan", "address", mac, "type", "bridge", "stp_state", "0"],
            ["-n", rtr, "link", "set", "lan0", "master", "lan"],
            ["-n", rtr, "link", "add", "lan1", *peer],
            ["-n", rtr, "link", "set", "lan1", "master", "lan"],
            ["-n", rtr, "addr", "add", f"{self.ROUTER_LAN_IP}/24", "dev", "lan"],
            ["-n", host, "addr", "add", f"{self.OTHER_LAN_IP}/24", "dev", "eth0"],
        ]
        cmds += [["-n", rtr, "link", "set", dev, "up"] for dev in ("lan0", "lan1", "lan")]
        cmds += [["-n", host, "link", "set", dev, "up"] for dev in ("lo", "eth0")]
        cmds.append(["-n", host, "route", "add", "default", "via", self.ROUTER_LAN_IP])
        # br_netfilter (when the kernel has it) would send bridged packets through the
        # router's ip tables; a home router's switch does not
        bridge_nf = "net.bridge.bridge-nf-call-iptables"
        for cmd in cmds:
            _run(["ip", *cmd])
        _run(["ip", "netns", "exec", rtr, "sysctl", "-qw", f"{bridge_nf}=0"], check=False)
        deadline = time.monotonic() + 5
        while True:  # both ports up with carrier, so the bridge forwards
            links = json.loads(_run(["ip", "-j", "-n", rtr, "link", "show", "master", "lan"]))
            if len(links) == 2 and all(link["operstate"] == "UP" for link in links):
                return host
            if time.monotonic() > deadline:
                raise LabError(f"the LAN bridge's ports do not come up: {links}")
            time.sleep(0.05)

    def exec_pbx(self, argv: Sequence[str], **kw: Any) -> subprocess.CompletedProcess:
        """``ip netns exec <pbx> argv...`` (subprocess.run keyword arguments pass through)."""
        return subprocess.run(["ip", "netns", "exec", self.pbx, *argv], **kw)

    def popen_pbx(self, argv: Sequence[str], **kw: Any) -> subprocess.Popen:
        """Start ``argv`` in the pbx namespace in its own process group; killed on cleanup."""
        return self._popen(self.pbx, argv, **kw)

    def hold_port(
        self, port: int, ip: str = "0.0.0.0", name: str = "portholder"
    ) -> subprocess.Popen:
        """A process in the pbx namespace bound to UDP ``ip:port`` (comm name ``name``).

        Returns once the socket is bound; the process is killed on cleanup (or kill it
        yourself to free the port).
        """
        code = (
            "import ctypes, socket, sys\n"
            "ctypes.CDLL(None).prctl(15, sys.argv[3].encode()[:15], 0, 0, 0)\n"
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
            "s.bind((sys.argv[1], int(sys.argv[2])))\n"
            "print('bound', flush=True)\n"
            "sys.stdin.read()\n"
        )
        proc = self.popen_pbx(
            [sys.executable, "-c", code, ip, str(port), name],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        line = _read_line(proc, 5.0)
        if line != "bound":
            _kill_group(proc)
            err = proc.stderr.read() if proc.stderr and not proc.stderr.closed else ""
            raise LabError(f"could not hold UDP {ip}:{port} in {self.pbx}: {line} {err}".strip())
        return proc

    def dns(self, mode: str) -> None:
        """Set the pbx namespace's DNS server (127.0.0.1:53) behaviour.

        "nxdomain" (the default after start): names not in the hosts file fail at once with
        NXDOMAIN (getaddrinfo: EAI_NONAME). "silent": queries are never answered (EAI_AGAIN
        after about 1 s). "off": no server at all.
        """
        if mode not in ("nxdomain", "silent", "off"):
            raise ValueError(f"unknown DNS mode {mode!r}")
        if self._dns is not None:
            _kill_group(self._dns)
            with contextlib.suppress(ValueError):
                self._procs.remove(self._dns)
            self._dns = None
        self.dns_mode = mode
        if mode == "off":
            return
        with open(self._path("dns.log"), "ab") as log:
            proc = self.popen_pbx(
                [sys.executable, str(DNS_STUB), "--mode", mode],
                stdout=subprocess.PIPE, stderr=log, text=True,
            )  # fmt: skip
        self._dns = proc
        if _read_line(proc, 5.0) != "ready":
            raise LabError(f"DNS stub did not start:\n{self._tail(self._path('dns.log'))}")

    def udp_socket(
        self, ns: str | None = None, port: int = 0, ip: str = "0.0.0.0"
    ) -> socket.socket:
        """A UDP socket bound to ``ip:port`` inside namespace ``ns`` (default: the PBX's)."""
        ns = ns or self.pbx
        self._require_ns(ns)

        def make() -> socket.socket:
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                sock.bind((ip, port))
            except BaseException:
                sock.close()
                raise
            return sock

        return run_in_netns(ns, make)

    def probe(
        self,
        local_port: int,
        server: tuple[str, int] = (STUN_IP, STUN_PORT),
        change: bool | str | None = False,
        timeout: float = 0.5,
    ) -> StunReply | None:
        """One Binding request from pbx UDP ``0.0.0.0:local_port`` to ``server``.

        Returns the response (``.mapped``, ``.source``, ``.other``) or None on time-out.
        """
        with self.udp_socket(self.pbx, local_port) as sock:
            return stun_request(sock, server, change=change, timeout=timeout)

    # ---------------------------------------------------------------- internals

    def _popen(self, ns: str, argv: Sequence[str], **kw: Any) -> subprocess.Popen:
        self._require_ns(ns)
        kw.setdefault("start_new_session", True)
        proc = subprocess.Popen(["ip", "netns", "exec", ns, *argv], **kw)
        self._procs.append(proc)
        return proc

    def _require_ns(self, ns: str) -> None:
        if self._closed or not (NETNS_RUN / ns).exists():
            raise LabError(f"namespace {ns} does not exist (lab not started or closed)")

    def _path(self, name: str) -> Path:
        if self._tmp is None:
            raise LabError("lab not started")
        return self._tmp / name

    @staticmethod
    def _tail(path: Path, lines: int = 40) -> str:
        try:
            text = path.read_text(errors="replace")
        except OSError as exc:
            return f"(no log: {exc})"
        return "\n".join(text.splitlines()[-lines:])
