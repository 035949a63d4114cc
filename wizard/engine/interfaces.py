"""This computer's IPv4 addresses, for telling the PBX's address from the one we run on."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import psutil


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
