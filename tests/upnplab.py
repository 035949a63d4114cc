"""UPnP IGD, NAT-PMP and PCP on a ``Lab``'s router: the real miniupnpd, or an emulated IGD.

    with Lab() as lab, UpnpLab(lab) as upnp:
        upnp.miniupnpd()                          # Debian's miniupnpd-nftables, on "lan"
        upnp.stop()
        upnp.fake_igd(wan="203.0.113.1", mappings=["UDP:5060:198.18.0.3:5060:old PBX"])
        upnp.fake_igd(address="198.18.0.4")       # another IGD on the LAN (not the gateway)

miniupnpd runs in the router namespace with its external interface ``wan`` and listens
on ``lan`` (UPnP IGD on HTTP port ``HTTP_PORT``, NAT-PMP and PCP on 5351). Its nftables
chains (``table inet filter``, as its ``nft_init.sh`` makes them) are added here, since
Debian's package lacks the functions file that script reads. Version 2.3.1 refuses the
lab's WAN address (203.0.113.1, TEST-NET-3) as a reserved one: it then answers as it
does behind carrier NAT (no external address, no mappings). It is not told to claim
another address; a router with a public WAN is ``fake_igd``, which answers from what the
real one said (tests/fakeigd.py, tests/engine/recorded/upnp/).

Recording what miniupnpd answers, into tests/engine/recorded/upnp/ (needs root)::

    python tests/upnplab.py record tests/engine/recorded/upnp
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

try:
    from lab import Lab, LabError, run_in_netns
except ImportError:  # imported as tests.upnplab
    from tests.lab import Lab, LabError, run_in_netns

HERE = Path(__file__).resolve().parent
FAKE_IGD = HERE / "fakeigd.py"
RECORDED = HERE / "engine" / "recorded" / "upnp"
HTTP_PORT = 5000
UUID = "3d3cec3a-8cf0-11e0-98ee-001a6bd2d07b"
FRIENDLY_NAME = "Lab router (miniupnpd)"

# The chains miniupnpd 2.3.1 (nftables backend) adds its rules to: its defaults
# (table "filter", family inet; chains miniupnpd, prerouting_miniupnpd and
# postrouting_miniupnpd), jumped to from base chains as its nft_init.sh makes them.
MINIUPNPD_TABLE = """add table inet filter
delete table inet filter
table inet filter {
  chain miniupnpd {
  }
  chain prerouting_miniupnpd {
  }
  chain postrouting_miniupnpd {
  }
  chain forward {
    type filter hook forward priority filter; policy accept;
    jump miniupnpd
  }
  chain prerouting {
    type nat hook prerouting priority dstnat; policy accept;
    jump prerouting_miniupnpd
  }
  chain postrouting {
    type nat hook postrouting priority srcnat; policy accept;
    jump postrouting_miniupnpd
  }
}
"""


def miniupnpd_config(folder: Path, secure: bool = True) -> str:
    """miniupnpd.conf for the lab's router: external ``wan``, listening on ``lan``, UPnP
    and NAT-PMP/PCP on, mappings only for the LAN's unprivileged ports (to the asking
    host only when ``secure``)."""
    return "\n".join(
        [
            "ext_ifname=wan",
            "listening_ip=lan",
            f"http_port={HTTP_PORT}",
            "enable_upnp=yes",
            "enable_natpmp=yes",
            f"secure_mode={'yes' if secure else 'no'}",
            "system_uptime=yes",
            "notify_interval=60",
            "clean_ruleset_interval=600",
            f"uuid={UUID}",
            f"friendly_name={FRIENDLY_NAME}",
            f"lease_file={folder / 'leases'}",
            "allow 1024-65535 198.18.0.0/24 1024-65535",
            "deny 0-65535 0.0.0.0/0 0-65535",
            "",
        ]
    )


class UpnpLab:
    """UPnP on ``lab``'s router. A context manager; ``stop()`` ends what it started."""

    def __init__(self, lab: Lab) -> None:
        self.lab = lab
        self._procs: list[subprocess.Popen] = []
        self._addresses: list[str] = []
        self._tmp = Path(tempfile.mkdtemp(prefix="pfw-upnplab-"))

    def __enter__(self) -> UpnpLab:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def available() -> bool:
        return shutil.which("miniupnpd") is not None

    # ---------------------------------------------------------------- miniupnpd

    def miniupnpd(self, secure: bool = True, timeout: float = 5.0) -> subprocess.Popen:
        """Start miniupnpd on the router; returns once its HTTP port answers."""
        if not self.available():
            raise LabError("miniupnpd is not installed (Debian: miniupnpd-nftables)")
        self._nft(MINIUPNPD_TABLE)
        config = self._tmp / "miniupnpd.conf"
        config.write_text(miniupnpd_config(self._tmp, secure))
        log = self._tmp / "miniupnpd.log"
        argv = ["miniupnpd", "-d", "-f", str(config), "-P", str(self._tmp / "miniupnpd.pid")]
        with open(log, "ab") as out:
            proc = self.lab._popen(self.lab.rtr, argv, stdout=out, stderr=subprocess.STDOUT)
        self._procs.append(proc)
        self._wait_tcp(proc, (Lab.ROUTER_LAN_IP, HTTP_PORT), timeout, log)
        return proc

    def log(self) -> str:
        """What miniupnpd logged so far."""
        path = self._tmp / "miniupnpd.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # ---------------------------------------------------------------- the emulated IGD

    def fake_igd(
        self,
        address: str = Lab.ROUTER_LAN_IP,
        wan: str = "",
        status: str = "Connected",
        mappings: Sequence[str] = (),
        natpmp: bool = False,
        name: str | None = None,
        timeout: float = 5.0,
    ) -> subprocess.Popen:
        """Start tests/fakeigd.py in the router namespace on ``address`` (added to the
        router's ``lan`` when it is not the router's own); returns once it is ready.
        ``mappings``: "PROTO:EXTERNAL:CLIENT:INTERNAL[:DESCRIPTION]" each."""
        if address != Lab.ROUTER_LAN_IP and address not in self._addresses:
            self._ip("addr", "add", f"{address}/24", "dev", "lan")
            self._addresses.append(address)
        argv = [sys.executable, str(FAKE_IGD), "--address", address, "--wan", wan,
                "--status", status]  # fmt: skip
        for mapping in mappings:
            argv += ["--mapping", mapping]
        if natpmp:
            argv.append("--natpmp")
        if name is not None:
            argv += ["--name", name]
        proc = self.lab._popen(
            self.lab.rtr, argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self._procs.append(proc)
        assert proc.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = proc.stdout.readline().strip()
            if line == "ready":
                return proc
            if not line and proc.poll() is not None:
                break
        err = proc.stderr.read() if proc.stderr else ""
        self._end(proc)
        raise LabError(f"the fake IGD did not start: {err.strip()}")

    # ---------------------------------------------------------------- lifecycle

    def stop(self) -> None:
        """End every process started here, remove miniupnpd's chains and the addresses
        added to the router's ``lan``."""
        for proc in reversed(self._procs):
            self._end(proc)
        self._procs.clear()
        with contextlib.suppress(LabError):
            self._nft("add table inet filter\ndelete table inet filter\n")
        for address in self._addresses:
            with contextlib.suppress(LabError):
                self._ip("addr", "del", f"{address}/24", "dev", "lan")
        self._addresses.clear()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()
        shutil.rmtree(self._tmp, ignore_errors=True)

    # ---------------------------------------------------------------- internals

    def _end(self, proc: subprocess.Popen) -> None:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(3)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(3)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def _nft(self, script: str) -> None:
        done = subprocess.run(["ip", "netns", "exec", self.lab.rtr, "nft", "-f", "-"],
                              input=script, capture_output=True, text=True)  # fmt: skip
        if done.returncode:
            raise LabError(f"nft in {self.lab.rtr}: {done.stderr.strip()}")

    def _ip(self, *args: str) -> None:
        done = subprocess.run(["ip", "-n", self.lab.rtr, *args], capture_output=True, text=True)
        if done.returncode:
            raise LabError(f"ip {' '.join(args)}: {done.stderr.strip()}")

    def _wait_tcp(
        self, proc: subprocess.Popen, address: tuple[str, int], timeout: float, log: Path
    ) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise LabError(f"miniupnpd exited with {proc.returncode}:\n{self.log()}")
            try:
                run_in_netns(self.lab.pbx, lambda: socket.create_connection(address, 0.2).close())
                return
            except OSError:
                time.sleep(0.05)
        self._end(proc)
        raise LabError(f"miniupnpd does not answer on {address}:\n{self.log()}")


# --------------------------------------------------------------------------- recording


def _udp_exchange(
    lab: Lab, data: bytes, to: tuple[str, int], wait: float = 1.0, multicast: bool = False
) -> list[tuple[str, bytes]]:
    """Send one datagram from the PBX and collect what comes back for ``wait`` seconds."""

    def go() -> list[tuple[str, bytes]]:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.bind((Lab.PBX_IP, 0))
            if multicast:
                sock.setsockopt(
                    socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(Lab.PBX_IP)
                )
            sock.sendto(data, to)
            got = []
            end = time.monotonic() + wait
            while (left := end - time.monotonic()) > 0:
                sock.settimeout(left)
                try:
                    answer, sender = sock.recvfrom(65536)
                except TimeoutError:
                    break
                got.append((sender[0], answer))
            return got

    return run_in_netns(lab.pbx, go)


def _http_exchange(lab: Lab, request: bytes, port: int = HTTP_PORT) -> bytes:
    def go() -> bytes:
        with socket.create_connection((Lab.ROUTER_LAN_IP, port), 3) as sock:
            sock.sendall(request)
            out = b""
            while chunk := sock.recv(65536):
                out += chunk
            return out

    return run_in_netns(lab.pbx, go)


def _soap(service: str, action: str, args: Sequence[tuple[str, str]] = ()) -> bytes:
    from wizard.engine.upnp import HttpExchange, Url, soap_request

    headers, body = soap_request(service, action, dict(args))
    return HttpExchange().request("POST", Url(Lab.ROUTER_LAN_IP, HTTP_PORT, "/ctl/IPConn"),
                                  headers, body)  # fmt: skip


def record(out: Path) -> None:
    """Ask the real miniupnpd everything ask_router asks (and an AddPortMapping, and the
    listing after it) and save its answers under ``out``: miniupnpd-2.3.1/ with the
    lab's WAN address, miniupnpd-2.3.1-public/ with a public one on the same interface."""
    from wizard.engine import natpmp, upnp

    service = upnp.WAN_IP_2
    mapping = [("NewRemoteHost", ""), ("NewExternalPort", "5060"), ("NewProtocol", "UDP"),
               ("NewInternalPort", "5060"), ("NewInternalClient", "198.18.0.3"),
               ("NewEnabled", "1"), ("NewPortMappingDescription", "old PBX"),
               ("NewLeaseDuration", "0")]  # fmt: skip
    for variant, wan in (("miniupnpd-2.3.1", None), ("miniupnpd-2.3.1-public", "11.0.0.1")):
        folder = out / variant
        folder.mkdir(parents=True, exist_ok=True)
        with Lab() as lab, UpnpLab(lab) as upnp_lab:
            if wan is not None:
                # an address outside miniupnpd's reserved ranges; nothing leaves the lab
                upnp_lab._ip("addr", "flush", "dev", "wan")
                upnp_lab._ip("addr", "add", f"{wan}/24", "dev", "wan")
            upnp_lab.miniupnpd(secure=False)
            for target in upnp.SEARCH_TARGETS:
                short = target.rsplit(":", 2)[-2] + "-" + target.rsplit(":", 1)[-1]
                for how, to in (("unicast", Lab.ROUTER_LAN_IP), ("multicast", upnp.SSDP_GROUP)):
                    request = upnp.search_request(target, to)
                    answers = _udp_exchange(lab, request, (to, upnp.SSDP_PORT), 1.2,
                                            multicast=how == "multicast")  # fmt: skip
                    text = b"".join(a for _sender, a in answers[:1])
                    (folder / f"ssdp-{how}-{short}.txt").write_bytes(text)
            get = (b"GET /rootDesc.xml HTTP/1.1\r\nHost: 198.18.0.1:5000\r\n"
                   b"Connection: close\r\n\r\n")  # fmt: skip
            (folder / "rootDesc.http").write_bytes(_http_exchange(lab, get))
            steps = [
                ("GetStatusInfo", []),
                ("GetExternalIPAddress", []),
                ("GetGenericPortMappingEntry-0", [("NewPortMappingIndex", "0")]),
                ("AddPortMapping", mapping),
                ("GetGenericPortMappingEntry-0-after-add", [("NewPortMappingIndex", "0")]),
                ("GetGenericPortMappingEntry-1-after-add", [("NewPortMappingIndex", "1")]),
                ("DeletePortMapping", mapping[:3]),
            ]
            for name, args in steps:
                action = name.split("-")[0]
                (folder / f"{name}.http").write_bytes(
                    _http_exchange(lab, _soap(service, action, args))
                )
            port_control = (Lab.ROUTER_LAN_IP, natpmp.SERVER_PORT)
            for name, request in (
                ("natpmp-external-address", natpmp.external_address_request()),
                ("pcp-announce", natpmp.announce_request(Lab.PBX_IP)),
                ("pcp-announce-version-3", natpmp.announce_request(Lab.PBX_IP, version=3)),
            ):
                answers = _udp_exchange(lab, request, port_control, 0.5)
                (folder / f"{name}.hex").write_text(
                    "".join(a.hex() + "\n" for _s, a in answers[:1])
                )
            (folder / "miniupnpd.log").write_text(_plain_log(upnp_lab.log()))


def _plain_log(text: str) -> str:
    """miniupnpd's log without its process ids (they change each run)."""
    import re

    return re.sub(r"miniupnpd\[\d+\]", "miniupnpd", text)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "record":
        sys.exit(__doc__)
    sys.path.insert(0, str(HERE.parent))
    record(Path(sys.argv[2]))
