"""Which adapter traffic leaves by: the source address, its adapter and what kind it is.

Windows cannot run here, so its adapters come as psutil answers shaped as psutil gives
them on Windows (``net_if_addrs``: the friendly name, MAC addresses as "00-FF-..." under
``psutil.AF_LINK``, none for a layer-3 adapter; ``net_if_stats``: no flags). They are
built from psutil's documentation and the drivers' sources (TAP-Windows' 00:FF MAC), not
captured on a Windows machine.
"""

from __future__ import annotations

import socket
from collections import namedtuple

import psutil
import pytest

from wizard.engine.interfaces import (
    INTERNET,
    AdapterFacts,
    LocalAddress,
    adapter_facts,
    adapter_kinds,
    classify_adapter,
    default_pbx_address,
    egress,
    source_address,
)
from wizard.engine.model import AdapterKind, Egress

DUPLEX = psutil.NIC_DUPLEX_FULL
# psutil's own named tuples, field for field (where they live changed in psutil 7).
snicaddr = namedtuple("snicaddr", "family address netmask broadcast ptp")
snicstats = namedtuple("snicstats", "isup duplex speed mtu flags")


def inet(ip: str) -> snicaddr:
    return snicaddr(socket.AF_INET, ip, "255.255.255.0", None, None)


def link(mac: str) -> snicaddr:
    return snicaddr(psutil.AF_LINK, mac, None, None, None)


def stats(mtu: int, flags: str = "") -> snicstats:
    return snicstats(True, DUPLEX, 1000, mtu, flags)


# One Windows laptop, English: Ethernet, Wi-Fi, Hyper-V's Default Switch, an OpenVPN
# TAP adapter Windows called "Ethernet 2", WireGuard's tunnel (named after its config),
# Cisco AnyConnect's miniport ("Ethernet 3", Cisco's MAC, a tunnel's MTU).
WINDOWS_ADDRS = {
    "Ethernet": [link("3C-52-82-11-22-33"), inet("192.168.1.20")],
    "Wi-Fi": [link("A4-C3-F0-44-55-66"), inet("192.168.1.21")],
    "vEthernet (Default Switch)": [link("00-15-5D-01-02-03"), inet("172.20.48.1")],
    "Ethernet 2": [link("00-FF-1A-2B-3C-4D"), inet("10.8.0.6")],
    "office": [inet("10.66.0.2")],
    "Ethernet 3": [link("00-05-9A-3C-7A-00"), inet("10.200.1.9")],
    "Loopback Pseudo-Interface 1": [inet("127.0.0.1")],
}
WINDOWS_STATS = {
    "Ethernet": stats(1500),
    "Wi-Fi": stats(1500),
    "vEthernet (Default Switch)": stats(1500),
    "Ethernet 2": stats(1500),
    "office": stats(1420),
    "Ethernet 3": stats(1300),
    "Loopback Pseudo-Interface 1": stats(1500),
}
# The same kinds of adapter on a German Windows.
GERMAN_ADDRS = {
    "LAN-Verbindung": [link("3C-52-82-11-22-33"), inet("192.168.178.20")],
    "WLAN": [link("A4-C3-F0-44-55-66"), inet("192.168.178.21")],
    "vEthernet (WSL)": [link("00-15-5D-AA-BB-CC"), inet("172.28.80.1")],
    "LAN-Verbindung 2": [link("00-FF-0E-0F-10-11"), inet("10.8.0.10")],
}
GERMAN_STATS = {name: stats(1500) for name in GERMAN_ADDRS}


def recorded(addrs, stats_):
    return (lambda: addrs), (lambda: stats_)


def kinds_of(addrs, stats_) -> dict[str, AdapterKind]:
    return {name: classify_adapter(adapter_facts(name, addrs, stats_)) for name in addrs}


def test_windows_adapters_in_english() -> None:
    assert kinds_of(WINDOWS_ADDRS, WINDOWS_STATS) == {
        "Ethernet": AdapterKind.PHYSICAL,
        "Wi-Fi": AdapterKind.PHYSICAL,
        "vEthernet (Default Switch)": AdapterKind.VIRTUAL,
        "Ethernet 2": AdapterKind.VPN,  # TAP-Windows' MAC
        "office": AdapterKind.VPN,  # no MAC, a tunnel's MTU
        # Nothing psutil says tells it from a network card with a small MTU: not called
        # physical, not called a VPN either.
        "Ethernet 3": AdapterKind.UNKNOWN,
        "Loopback Pseudo-Interface 1": AdapterKind.VIRTUAL,
    }


def test_windows_adapters_in_german() -> None:
    assert kinds_of(GERMAN_ADDRS, GERMAN_STATS) == {
        "LAN-Verbindung": AdapterKind.PHYSICAL,
        "WLAN": AdapterKind.PHYSICAL,
        "vEthernet (WSL)": AdapterKind.VIRTUAL,
        "LAN-Verbindung 2": AdapterKind.VPN,
    }


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("OpenVPN Wintun", AdapterKind.VPN),
        ("OpenVPN TAP-Windows6", AdapterKind.VPN),
        ("OpenVPN Data Channel Offload", AdapterKind.VPN),
        ("NordLynx", AdapterKind.VPN),
        ("Tailscale", AdapterKind.VPN),
        ("ZeroTier One [8056c2e21c000001]", AdapterKind.VPN),
        ("Firmen-VPN", AdapterKind.VPN),
        ("VMware Network Adapter VMnet8", AdapterKind.VIRTUAL),
        ("VirtualBox Host-Only Network", AdapterKind.VIRTUAL),
        ("Local Area Connection* 10", AdapterKind.VIRTUAL),  # Wi-Fi Direct
        ("Local Area Connection", AdapterKind.PHYSICAL),
        ("Drahtlosnetzwerkverbindung 2", AdapterKind.PHYSICAL),
        ("Bluetooth Network Connection", AdapterKind.UNKNOWN),
    ],
)
def test_windows_names(name: str, kind: AdapterKind) -> None:
    facts = AdapterFacts(name, 1500, frozenset(), "3c:52:82:11:22:33")
    assert classify_adapter(facts) is kind


UP = "up,broadcast,running,multicast"
TUNNEL = "up,pointopoint,running,noarp,multicast"


@pytest.mark.parametrize(
    ("name", "mtu", "flags", "mac", "kind"),
    [
        ("eth0", 1500, UP, "52:54:00:12:34:56", AdapterKind.PHYSICAL),
        ("enp3s0", 1500, UP, "3c:52:82:11:22:33", AdapterKind.PHYSICAL),
        ("wlp2s0", 1500, UP, "a4:c3:f0:44:55:66", AdapterKind.PHYSICAL),
        # A physical NIC with a small MTU on Linux (flags known): still physical.
        ("eth0", 1400, UP, "02:fc:00:00:00:01", AdapterKind.PHYSICAL),
        ("tun0", 1500, TUNNEL, None, AdapterKind.VPN),
        ("wg0", 1420, TUNNEL, None, AdapterKind.VPN),
        ("wg-office", 1420, TUNNEL, None, AdapterKind.VPN),
        ("ppp0", 1492, TUNNEL, None, AdapterKind.VPN),
        ("anything", 1500, TUNNEL, None, AdapterKind.VPN),  # a tunnel by its flags
        ("docker0", 1500, UP, "02:42:ac:11:00:01", AdapterKind.VIRTUAL),
        ("br-3f2a1b9c0d4e", 1500, UP, "02:42:0a:00:00:01", AdapterKind.VIRTUAL),
        ("virbr0", 1500, UP, "52:54:00:aa:bb:cc", AdapterKind.VIRTUAL),
        ("veth1a2b3c4", 1500, UP, "76:1d:2e:3f:40:51", AdapterKind.VIRTUAL),
        # Names that only begin like a tunnel's are not one.
        ("greenlan", 1500, UP, "3c:52:82:11:22:34", AdapterKind.UNKNOWN),
        ("tapestry", 1500, UP, "3c:52:82:11:22:35", AdapterKind.UNKNOWN),
    ],
)
def test_linux_adapters(name: str, mtu: int, flags: str, mac: str | None, kind) -> None:
    addrs = {name: [snicaddr(socket.AF_PACKET, mac or "", None, None, None)]}
    facts = adapter_facts(name, addrs, {name: stats(mtu, flags)})
    assert classify_adapter(facts) is kind


def test_facts_read_windows_macs_and_the_lack_of_one() -> None:
    tap = adapter_facts("Ethernet 2", WINDOWS_ADDRS, WINDOWS_STATS)
    assert tap == AdapterFacts("Ethernet 2", 1500, frozenset(), "00:ff:1a:2b:3c:4d")
    wireguard = adapter_facts("office", WINDOWS_ADDRS, WINDOWS_STATS)
    assert wireguard.link_address is None and wireguard.mtu == 1420
    # psutil before 5.9.3 has no flags at all.
    old = {"eth0": (True, DUPLEX, 1000, 1500)}
    assert adapter_facts("eth0", {}, old).flags == frozenset()


def fixed_source(ip: str | None):
    def source(destination: tuple[str, int], local_ip: str) -> str | None:
        source.asked = (destination, local_ip)  # type: ignore[attr-defined]
        return ip

    return source


def test_egress_names_the_vpn_a_windows_laptop_routes_through() -> None:
    addrs, stats_ = recorded(WINDOWS_ADDRS, WINDOWS_STATS)
    source = fixed_source("10.8.0.6")
    found = egress(("203.0.113.10", 3478), "192.168.1.20", source=source, addrs=addrs, stats=stats_)
    assert found == Egress("10.8.0.6", "Ethernet 2", AdapterKind.VPN, "192.168.1.20")
    assert found.elsewhere
    assert source.asked == (("203.0.113.10", 3478), "0.0.0.0")  # type: ignore[attr-defined]


def test_egress_by_the_pbx_own_adapter() -> None:
    addrs, stats_ = recorded(GERMAN_ADDRS, GERMAN_STATS)
    found = egress(
        pbx_ip="192.168.178.20", source=fixed_source("192.168.178.20"), addrs=addrs, stats=stats_
    )
    assert found == Egress(
        "192.168.178.20", "LAN-Verbindung", AdapterKind.PHYSICAL, "192.168.178.20"
    )
    assert not found.elsewhere


def test_egress_without_a_route_or_without_psutil() -> None:
    addrs, stats_ = recorded(WINDOWS_ADDRS, WINDOWS_STATS)
    assert egress(pbx_ip="192.168.1.20", source=fixed_source(None), addrs=addrs, stats=stats_) == (
        Egress(None, pbx_ip="192.168.1.20")
    )

    def broken() -> dict:
        raise RuntimeError("GetAdaptersAddresses failed")

    found = egress(source=fixed_source("192.168.1.20"), addrs=broken, stats=stats_)
    assert found == Egress("192.168.1.20")

    def denied() -> dict:
        raise psutil.AccessDenied()

    assert egress(source=fixed_source("192.168.1.20"), addrs=denied) == Egress("192.168.1.20")
    # A source address no adapter lists (it went away in between): no adapter named.
    found = egress(source=fixed_source("192.168.9.9"), addrs=addrs, stats=stats_)
    assert found == Egress("192.168.9.9")
    # An empty PBX address is no PBX address.
    assert egress(pbx_ip="", source=fixed_source(None), addrs=addrs, stats=stats_).pbx_ip is None


def test_source_address_sends_nothing() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.settimeout(0.3)
        assert source_address(listener.getsockname()) == "127.0.0.1"
        with pytest.raises(TimeoutError):
            listener.recvfrom(2048)


def test_source_address_from_a_bound_address_and_without_one() -> None:
    assert source_address(("127.0.0.1", 3478), local_ip="127.0.0.1") == "127.0.0.1"
    # An address this computer does not have cannot be bound: no source.
    assert source_address(("127.0.0.1", 3478), local_ip="192.0.2.123") is None


def test_egress_on_this_machine() -> None:
    # The real providers: whatever this machine's route is, the address is its own.
    found = egress(("127.0.0.1", 3478))
    assert found.source_ip == "127.0.0.1"
    assert found.interface is not None
    assert found.interface in adapter_kinds()
    assert INTERNET[0] == "198.51.100.1"  # documentation space: never a LAN's


def windows_addresses() -> list[LocalAddress]:
    return [
        LocalAddress("Ethernet", "192.168.1.20"),
        LocalAddress("Ethernet 2", "10.8.0.6"),
        LocalAddress("Wi-Fi", "192.168.1.21"),
    ]


def test_default_pbx_address_is_where_traffic_leaves_not_the_first_name() -> None:
    kinds = kinds_of(WINDOWS_ADDRS, WINDOWS_STATS)
    wifi = Egress("192.168.1.21", "Wi-Fi", AdapterKind.PHYSICAL)
    assert default_pbx_address(wifi, windows_addresses(), kinds) == "192.168.1.21"


def test_default_pbx_address_is_never_the_vpn() -> None:
    kinds = kinds_of(WINDOWS_ADDRS, WINDOWS_STATS)
    addresses = [
        LocalAddress("Ethernet 2", "10.8.0.6"),  # first, as a name sort may put it
        LocalAddress("Ethernet", "192.168.1.20"),
    ]
    vpn = Egress("10.8.0.6", "Ethernet 2", AdapterKind.VPN)
    assert default_pbx_address(vpn, addresses, kinds) == "192.168.1.20"
    # Nothing else to offer: the VPN's address, with the settings page's warning.
    only = [LocalAddress("Ethernet 2", "10.8.0.6")]
    assert default_pbx_address(vpn, only, kinds) == "10.8.0.6"


def test_default_pbx_address_without_a_route() -> None:
    kinds = kinds_of(WINDOWS_ADDRS, WINDOWS_STATS)
    assert default_pbx_address(Egress(None), windows_addresses(), kinds) == "192.168.1.20"
    assert default_pbx_address(Egress(None), [], {}) == ""
