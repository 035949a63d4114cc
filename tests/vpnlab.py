"""A second way out of a ``Lab``'s PBX: a "VPN" through another router with its own NAT.

    pbx  eth0 198.18.0.2 --- rtr (the PBX's router) --- wan  203.0.113.10, .11
         tun0 10.8.0.2   --- vpn 10.8.0.1 ... 203.0.113.50 ---'

``vpn`` is one more namespace with a veth to the PBX (named like a VPN's adapter, "tun0"
unless told otherwise) and one to the wan namespace, where it masquerades behind its own
public address, as a VPN's far end does. No tunnel protocol runs: what matters to the
check is that the PBX's traffic reaches the internet by another NAT, from another public
address. The PBX's routes decide which way a packet takes::

    with Lab() as lab, VpnLab(lab) as vpn:
        vpn.route_all()                 # default route through the VPN (OpenVPN's def1)
        vpn.route_to(Lab.STUN_ALT_IP)   # a policy route: only that address through it
        vpn.route_none()                # everything by the PBX's router again

Importable as ``vpnlab`` (tests/ on sys.path) or as ``tests.vpnlab``.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Sequence

try:
    from lab import NETNS_RUN, PREFIX, Lab, _delete_netns, _pid_alive, _run
except ImportError:  # imported as tests.vpnlab
    from tests.lab import NETNS_RUN, PREFIX, Lab, _delete_netns, _pid_alive, _run

_VPN_NS_RE = re.compile(rf"^{PREFIX}-vpn-(\d+)-(\d+)$")
POLICY_TABLE = "100"
POLICY_PREF = "100"


class VpnLab:
    """A VPN (or a second internet line) beside ``lab``'s router. A context manager."""

    PBX_IP = "10.8.0.2"  # the PBX's address on the VPN's adapter
    GATEWAY_IP = "10.8.0.1"
    PUBLIC_IP = "203.0.113.50"  # where the internet sees the VPN's traffic from

    def __init__(self, lab: Lab, adapter: str = "tun0") -> None:
        self.lab = lab
        self.adapter = adapter
        self.ns = lab.rtr.replace(f"{PREFIX}-rtr-", f"{PREFIX}-vpn-", 1)
        self._policy: list[str] = []  # destinations with a policy route through the VPN
        self._all = False

    def __enter__(self) -> VpnLab:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> None:
        self.cleanup_stale()
        lab, ns = self.lab, self.ns
        try:
            _run(["ip", "netns", "add", ns])
            cmds = [
                ["-n", ns, "link", "add", "lan", "type", "veth", "peer", "name", self.adapter,
                 "netns", lab.pbx],
                ["-n", ns, "link", "add", "wan", "type", "veth", "peer", "name", "vpn",
                 "netns", lab.wan],
                ["-n", lab.pbx, "addr", "add", f"{self.PBX_IP}/24", "dev", self.adapter],
                ["-n", ns, "addr", "add", f"{self.GATEWAY_IP}/24", "dev", "lan"],
                # The public address sits in the wan's /24 without a second subnet route
                # there: each side reaches the other by a host route over its veth.
                ["-n", ns, "addr", "add", f"{self.PUBLIC_IP}/32", "dev", "wan"],
                ["-n", ns, "link", "set", "lo", "up"],
                ["-n", ns, "link", "set", "lan", "up"],
                ["-n", ns, "link", "set", "wan", "up"],
                ["-n", lab.pbx, "link", "set", self.adapter, "up"],
                ["-n", lab.wan, "link", "set", "vpn", "up"],
                ["-n", ns, "route", "add", "203.0.113.0/24", "dev", "wan", "src", self.PUBLIC_IP],
                ["-n", lab.wan, "route", "add", f"{self.PUBLIC_IP}/32", "dev", "vpn"],
            ]  # fmt: skip
            for cmd in cmds:
                _run(["ip", *cmd])
            _run(["ip", "netns", "exec", ns, "sysctl", "-qw", "net.ipv4.ip_forward=1"])
            # Answers that come back by the other way must reach the PBX's sockets (a
            # Windows PBX has no reverse-path filter; Linux's strict one would drop them).
            for conf in ("all", "default", "eth0", self.adapter):
                _run(["ip", "netns", "exec", lab.pbx, "sysctl", "-qw",
                      f"net.ipv4.conf.{conf}.rp_filter=0"])  # fmt: skip
            _run(["ip", "netns", "exec", ns, "nft", "-f", "-"], input=self.ruleset())
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Delete the VPN's namespace (the veths go with it) and the PBX's routes to it."""
        with contextlib.suppress(Exception):
            self.route_none()
        with contextlib.suppress(Exception):
            _delete_netns(self.ns)

    @staticmethod
    def cleanup_stale() -> list[str]:
        """Delete VPN namespaces whose creating process is dead."""
        removed = []
        with contextlib.suppress(OSError):
            for path in NETNS_RUN.iterdir():
                match = _VPN_NS_RE.match(path.name)
                if match and not _pid_alive(int(match.group(1))):
                    _delete_netns(path.name)
                    removed.append(path.name)
        return removed

    @staticmethod
    def ruleset() -> str:
        """The VPN's far end: masquerade behind its public address, drop what comes in
        unasked (as the PBX's router does in its "masquerade" scenario)."""
        return "\n".join(
            [
                "add table ip vpnlab",
                "delete table ip vpnlab",
                "table ip vpnlab {",
                "  chain postrouting {",
                "    type nat hook postrouting priority srcnat; policy accept;",
                '    oifname "wan" masquerade',
                "  }",
                "  chain forward {",
                "    type filter hook forward priority filter; policy drop;",
                "    ct state established,related accept",
                '    iifname "lan" oifname "wan" accept',
                "  }",
                "  chain input {",
                "    type filter hook input priority filter; policy accept;",
                '    iifname "wan" ct state established,related accept',
                '    iifname "wan" drop',
                "  }",
                "}",
                "",
            ]
        )

    # ---------------------------------------------------------------- the PBX's routes

    def route_all(self) -> None:
        """Everything through the VPN: two half-default routes, as OpenVPN's
        ``redirect-gateway def1`` adds them (they beat the PBX's default route)."""
        for half in ("0.0.0.0/1", "128.0.0.0/1"):
            self._ip("route", "replace", half, "via", self.GATEWAY_IP, "dev", self.adapter)
        self._all = True

    def route_to(self, *destinations: str) -> None:
        """Only ``destinations`` through the VPN, by policy routing: a rule per address
        that looks up a table whose default route is the VPN."""
        self._ip("route", "replace", "default", "via", self.GATEWAY_IP, "dev", self.adapter,
                 "table", POLICY_TABLE)  # fmt: skip
        for destination in destinations:
            if destination in self._policy:
                continue
            self._ip("rule", "add", "to", f"{destination}/32", "lookup", POLICY_TABLE,
                     "pref", POLICY_PREF)  # fmt: skip
            self._policy.append(destination)

    def route_none(self) -> None:
        """Everything by the PBX's own router again."""
        if self._all:
            for half in ("0.0.0.0/1", "128.0.0.0/1"):
                self._ip("route", "del", half, check=False)
            self._all = False
        for destination in self._policy:
            self._ip("rule", "del", "to", f"{destination}/32", "lookup", POLICY_TABLE,
                     "pref", POLICY_PREF, check=False)  # fmt: skip
        self._policy.clear()
        self._ip("route", "flush", "table", POLICY_TABLE, check=False)

    def route_source(self, destination: str) -> str:
        """The source address the PBX's routing table picks towards ``destination``."""
        out = _run(["ip", "-n", self.lab.pbx, "-o", "route", "get", destination])
        match = re.search(r"\bsrc (\S+)", out)
        assert match is not None, out
        return match.group(1)

    def conntrack_entries(self):
        """The VPN's far end's UDP conntrack entries (``Lab.conntrack_entries`` there)."""
        from types import SimpleNamespace

        there = SimpleNamespace(rtr=self.ns, _require_ns=self.lab._require_ns)
        return Lab.conntrack_entries(there)  # type: ignore[arg-type]

    def _ip(self, *args: str, check: bool = True) -> None:
        if not (NETNS_RUN / self.lab.pbx).exists():
            return
        _run(["ip", "-n", self.lab.pbx, *args], check=check)


def in_pbx(lab: Lab, code: str, args: Sequence[str] = ()) -> str:
    """Run Python ``code`` in the PBX namespace (with this interpreter); its stdout."""
    import subprocess
    import sys

    done = lab.exec_pbx(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )
    if done.returncode != 0:
        raise AssertionError(done.stderr)
    assert isinstance(done, subprocess.CompletedProcess)
    return done.stdout.strip()
