"""This computer's IPv4 addresses, for telling the PBX's address from the one we run on."""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psutil

from wizard.engine.model import AdapterKind, Egress


@dataclass(frozen=True)
class LocalAddress:
    interface: str
    ip: str

    def __str__(self) -> str:
        return f"{self.ip} ({self.interface})"


def local_ipv4_addresses() -> list[LocalAddress]:
    """Usable IPv4 addresses, private LAN addresses first (a PBX sits behind the router).

    Loopback and link-local (169.254/16, "no DHCP answer") addresses are left out.
    """
    found: list[LocalAddress] = []
    stats = psutil.net_if_stats()
    for name, addresses in psutil.net_if_addrs().items():
        if name in stats and not stats[name].isup:
            continue
        for address in addresses:
            if address.family.name != "AF_INET":
                continue
            ip = ipaddress.IPv4Address(address.address)
            if ip.is_loopback or ip.is_link_local or ip.is_unspecified:
                continue
            found.append(LocalAddress(name, str(ip)))
    found.sort(key=lambda a: (not ipaddress.IPv4Address(a.ip).is_private, a.interface, a.ip))
    return found


# ---------------------------------------------------------------------------- egress

# Where no STUN server's address is known yet (the settings page): any address outside
# the LAN picks the route to the internet. A connected UDP socket sends nothing, so this
# address is never contacted; it is TEST-NET-2 (RFC 5737), which no LAN should use.
INTERNET = ("198.51.100.1", 3478)

# Names (Linux interface names, Windows friendly names) that say what an adapter is. A
# Windows friendly name is often only "Ethernet 2" for a VPN's TAP or Wintun adapter: the
# driver's description ("TAP-Windows Adapter V9", "Wintun Userspace Tunnel") is not in
# psutil, so the link-layer hints below catch what the name does not.
_VPN_NAMES = re.compile(
    r"^(tun|tap|wg|ppp|ipsec|vti|xfrm|gre|gretap|ipip|sit|l2tp|utun)(\d+|[-_.].*)?$"
    r"|^zt[0-9a-z]{8,}$"
    r"|vpn|openvpn|wireguard|wintun|tap-windows|anyconnect|cisco|forti|globalprotect|pangp"
    r"|juniper|pulse secure|zscaler|zerotier|hamachi|softether|sonicwall|netextender"
    r"|check ?point|tailscale|nordlynx|proton|mullvad|teamviewer",
    re.IGNORECASE,
)
_VIRTUAL_NAMES = re.compile(
    r"^(docker\d+|br-[0-9a-f]+|virbr\d+|veth\w*|vnet\d+|vmnet\d+|vboxnet\d+|lxcbr\d+"
    r"|lxdbr\d+|incusbr\d+|podman\d+|cni\d+|flannel\.\d+|cali\w+|kube-\w+|vxlan\w*)$"
    r"|vethernet|hyper-v|vmware|virtualbox|host-only|npcap|pseudo-interface"
    r"|local area connection\*",
    re.IGNORECASE,
)
# Physical-looking names: Linux's classic and predictable names, Windows' defaults in
# English and German. Windows also gives a VPN's adapter such a name ("Ethernet 2"), so
# the link layer has the last word.
_PHYSICAL_NAMES = re.compile(
    r"^(eth\d+|en[opsx]\w+|wl\w+|wlan\d+|em\d+|p\d+p\d+)$"
    r"|^(ethernet|wi-fi|wlan|lan-verbindung|drahtlosnetzwerkverbindung"
    r"|local area connection|wireless network connection)( \d+)?$",
    re.IGNORECASE,
)
# TAP-Windows (OpenVPN's and many other VPN clients' adapter) makes its MAC address
# 00:FF:xx:xx:xx:xx from the adapter's GUID (tap-windows6, src/macinfo.c), whatever name
# Windows gives the adapter.
_TAP_WINDOWS_MAC = "00:ff:"
# Tunnels carry IP over something else, so they take less than Ethernet's 1500 bytes:
# WireGuard 1420, Tailscale 1280, IPsec and SSL VPN clients about 1300-1400.
_TUNNEL_MTU = range(1200, 1500)


@dataclass(frozen=True)
class AdapterFacts:
    """What psutil says about one adapter, as far as it helps to classify it."""

    name: str
    mtu: int | None = None
    flags: frozenset[str] = frozenset()  # Unix only ("pointopoint", "noarp", ...)
    link_address: str | None = None  # MAC; None for a layer-3 tunnel (no link layer)


def classify_adapter(facts: AdapterFacts) -> AdapterKind:
    """Physical, VPN, virtual or unknown: from the name first, then the link layer.

    A VPN is known by its name (OpenVPN's "tun0", "OpenVPN Wintun", "NordLynx"), by a
    point-to-point link without ARP (a tunnel; Unix only, Windows has no flags), by
    TAP-Windows' MAC address, or by no link-layer address with less than Ethernet's MTU
    (WireGuard's and Wintun's adapters on Windows have no MAC address). Hyper-V's
    "vEthernet (...)", Docker's and libvirt's bridges and the like are virtual. A
    physical-looking name is physical unless Windows gave it to an adapter with a
    tunnel's MTU (a VPN client's adapter called "Ethernet 2"): that one, and anything
    else, is unknown.
    """
    name = facts.name
    if _VPN_NAMES.search(name):
        return AdapterKind.VPN
    if _VIRTUAL_NAMES.search(name):
        return AdapterKind.VIRTUAL
    if {"pointopoint", "noarp"} <= facts.flags:
        return AdapterKind.VPN
    tunnel_mtu = facts.mtu is not None and facts.mtu in _TUNNEL_MTU
    if facts.link_address is not None and facts.link_address.startswith(_TAP_WINDOWS_MAC):
        return AdapterKind.VPN
    if facts.link_address is None:
        return AdapterKind.VPN if tunnel_mtu else AdapterKind.UNKNOWN
    if _PHYSICAL_NAMES.search(name):
        return AdapterKind.UNKNOWN if tunnel_mtu and not facts.flags else AdapterKind.PHYSICAL
    return AdapterKind.UNKNOWN


AddrsProvider = Callable[[], dict[str, list[Any]]]
StatsProvider = Callable[[], dict[str, Any]]


def adapter_facts(name: str, addrs: dict[str, list[Any]], stats: dict[str, Any]) -> AdapterFacts:
    """``AdapterFacts`` for ``name`` from psutil's ``net_if_addrs()`` and ``net_if_stats()``."""
    link_address = None
    for address in addrs.get(name, ()):
        if address.family == psutil.AF_LINK or _family(address) in ("AF_LINK", "AF_PACKET"):
            mac = (address.address or "").replace("-", ":").lower()
            if mac.strip("0:"):  # all zeros: no real link layer (loopback, some tunnels)
                link_address = mac
    stat = stats.get(name)
    mtu = getattr(stat, "mtu", None) or None
    flags = frozenset(f for f in (getattr(stat, "flags", "") or "").split(",") if f)
    return AdapterFacts(name, mtu, flags, link_address)


def source_address(destination: tuple[str, int], local_ip: str = "0.0.0.0") -> str | None:
    """The address this computer sends from towards ``destination``: a UDP socket's
    ``connect()`` asks the routing table (policy routes included) and sends nothing.
    None when there is no route."""
    family = socket.AF_INET6 if ":" in destination[0] else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as sock:
            if local_ip not in ("", "0.0.0.0") and family == socket.AF_INET:
                sock.bind((local_ip, 0))
            sock.connect(destination)
            source = sock.getsockname()[0]
    except OSError:  # no route (ENETUNREACH, WSAENETUNREACH), no such local address
        return None
    return None if source in ("0.0.0.0", "::") else source


def egress(
    destination: tuple[str, int] = INTERNET,
    pbx_ip: str | None = None,
    *,
    local_ip: str = "0.0.0.0",
    source: Callable[[tuple[str, int], str], str | None] = source_address,
    addrs: AddrsProvider | None = None,
    stats: StatsProvider | None = None,
) -> Egress:
    """Where traffic for ``destination`` leaves this computer: the source address, the
    adapter that holds it and what kind of adapter that is. Cheap, but it asks the
    system: call it through ``asyncio.to_thread`` from async code. ``source``,
    ``addrs`` and ``stats`` are the system's answers (tests pass recorded ones)."""
    pbx = pbx_ip or None
    ip = source(destination, local_ip)
    if ip is None:
        return Egress(None, pbx_ip=pbx)
    try:
        all_addrs = (addrs or psutil.net_if_addrs)()
        all_stats = (stats or psutil.net_if_stats)()
    except (OSError, RuntimeError, psutil.Error):  # psutil could not read the adapters
        return Egress(ip, pbx_ip=pbx)
    for name, addresses in all_addrs.items():
        if any(_is_ip(a) and a.address.split("%")[0] == ip for a in addresses):
            kind = classify_adapter(adapter_facts(name, all_addrs, all_stats))
            return Egress(ip, name, kind, pbx)
    return Egress(ip, pbx_ip=pbx)


def adapter_kinds(
    addrs: AddrsProvider | None = None, stats: StatsProvider | None = None
) -> dict[str, AdapterKind]:
    """Every adapter's kind, by name."""
    all_addrs = (addrs or psutil.net_if_addrs)()
    all_stats = (stats or psutil.net_if_stats)()
    return {name: classify_adapter(adapter_facts(name, all_addrs, all_stats)) for name in all_addrs}


def default_pbx_address(
    found: Egress, addresses: list[LocalAddress], kinds: dict[str, AdapterKind]
) -> str:
    """The address to offer as the PBX's: the one traffic to the internet leaves from
    (``found``), unless that is a VPN's or a virtual adapter's, which is not the LAN
    address the router forwards to; then the first of ``addresses`` on an adapter that
    is neither. Empty when this computer has no address."""
    elsewhere = (AdapterKind.VPN, AdapterKind.VIRTUAL)
    if found.source_ip and found.kind not in elsewhere:
        return found.source_ip
    for address in addresses:
        if kinds.get(address.interface, AdapterKind.UNKNOWN) not in elsewhere:
            return address.ip
    return found.source_ip or (addresses[0].ip if addresses else "")


def _family(address: Any) -> str:
    return getattr(address.family, "name", str(address.family))


def _is_ip(address: Any) -> bool:
    return address.family in (socket.AF_INET, socket.AF_INET6) or _family(address) in (
        "AF_INET",
        "AF_INET6",
    )


def suggested_pbx_address(destination: tuple[str, int] = INTERNET) -> str:
    """``default_pbx_address`` for this computer as it is now ('' without an address)."""
    try:
        return default_pbx_address(egress(destination), local_ipv4_addresses(), adapter_kinds())
    except (OSError, RuntimeError, psutil.Error):  # psutil could not read the adapters
        return ""
