"""ask_router: which router is asked, and what it makes of a router's answers.

The gateway is found in recorded routing tables (Linux's /proc/net/route; Windows'
``MIB_IPFORWARDROW`` rows, built from Microsoft's documentation: no Windows machine was
at hand). The questions go over real sockets on loopback to the emulated IGD
(tests/fakeigd.py), which answers with miniupnpd 2.3.1's recorded answers; nothing is
sent by multicast and nothing leaves this computer. The lab runs the same against the
real miniupnpd (test_gateway_lab.py).
"""

from __future__ import annotations

import asyncio
import re
import socket
import struct
import time
from pathlib import Path

import pytest
from fakeigd import FakeIgd, Mapping

from wizard.engine import gateway
from wizard.engine.gateway import Ports, RouterQuery, ask_gateway, ask_router, find_gateway
from wizard.engine.model import MappingFit, Protocol, RouterSource, UpstreamNat

RECORDED = Path(__file__).parent / "recorded" / "upnp"
HERE = "127.0.0.1"
PORTS = ((Protocol.UDP, 5060), (Protocol.UDP, 9000), (Protocol.TCP, 5061))
READING_ACTIONS = {"GetStatusInfo", "GetExternalIPAddress", "GetGenericPortMappingEntry"}

# /proc/net/route as Linux prints it: a LAN with its router, and a laptop whose VPN took
# the default route with two half routes (OpenVPN's def1) beside its Wi-Fi's.
LAB_ROUTES = """\
Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t010012C6\t0003\t0\t0\t0\t00000000\t0\t0\t0
eth0\t000012C6\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0
"""
LAPTOP_ROUTES = """\
Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
tun0\t00000000\t0100080A\t0003\t0\t0\t0\t00000080\t0\t0\t0
tun0\t00000080\t0100080A\t0003\t0\t0\t0\t00000080\t0\t0\t0
tun0\t0000080A\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0
wlan0\t0001A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0
wlan0\t0000FEA9\t00000000\t0001\t0\t0\t1000\t0000FFFF\t0\t0\t0
eth1\t0000000A\t0200000A\t0203\t0\t0\t0\t000000FF\t0\t0\t0
broken line
"""


def query(**kw) -> RouterQuery:
    kw.setdefault("source_ip", HERE)
    kw.setdefault("destination", "203.0.113.10")
    kw.setdefault("ports", PORTS)
    return RouterQuery(**kw)


def ports_of(igd: FakeIgd) -> Ports:
    return Ports(ssdp=igd.ssdp_port, port_control=igd.natpmp_port, multicast=False)


# ---------------------------------------------------------------------------- the gateway


@pytest.mark.parametrize(
    ("table", "destination", "interface", "expected"),
    [
        (LAB_ROUTES, "203.0.113.10", None, "198.18.0.1"),
        (LAB_ROUTES, "198.18.0.7", None, None),  # on the LAN: no router on the way
        (LAPTOP_ROUTES, "203.0.113.10", None, "10.8.0.1"),  # the VPN's half route wins
        (LAPTOP_ROUTES, "203.0.113.10", "wlan0", "192.168.1.1"),  # the source's adapter
        (LAPTOP_ROUTES, "192.168.1.20", "wlan0", None),
        (LAPTOP_ROUTES, "169.254.3.4", None, None),
        (LAPTOP_ROUTES, "10.0.0.9", None, None),  # a reject route is no way
        (LAPTOP_ROUTES, "203.0.113.10", "eth9", None),  # no route out of that adapter
        ("", "203.0.113.10", None, None),
    ],
)
def test_the_gateway_is_the_next_hop_of_the_longest_matching_route(
    table, destination, interface, expected
):
    assert gateway.gateway_from_proc_route(table, destination, interface) == expected


def test_of_equal_prefixes_the_lowest_metric_wins():
    table = LAB_ROUTES.splitlines()[0] + "\n" + (
        "eth0\t00000000\t010012C6\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
        "eth0\t00000000\t FE0012C6\t0003\t0\t0\t50\t00000000\t0\t0\t0\n".replace(" ", "")
    )  # fmt: skip
    assert gateway.gateway_from_proc_route(table, "203.0.113.10") == "198.18.0.254"


def forward_row(dest: str, mask: str, next_hop: str, kind: int) -> bytes:
    """A MIB_IPFORWARDROW as GetBestRoute fills it (addresses in network byte order)."""
    row = socket.inet_aton(dest) + socket.inet_aton(mask) + struct.pack("<I", 0)
    row += socket.inet_aton(next_hop) + struct.pack("<10I", 12, kind, 3, 300, 0, 25, 0, 0, 0, 0)
    return row


def test_windows_best_route_through_a_router_names_it():
    row = forward_row("0.0.0.0", "0.0.0.0", "192.168.178.1", 4)
    assert gateway.gateway_from_forward_row(row, "192.168.178.20") == "192.168.178.1"


def test_windows_on_link_route_has_no_router():
    # On-link routes name this computer's own address as their next hop (type 3).
    row = forward_row("192.168.178.0", "255.255.255.0", "192.168.178.20", 3)
    assert gateway.gateway_from_forward_row(row, "192.168.178.20") is None
    row = forward_row("0.0.0.0", "0.0.0.0", "192.168.178.20", 4)
    assert gateway.gateway_from_forward_row(row, "192.168.178.20") is None


def test_windows_route_passes_addresses_as_getbestroute_wants_them():
    """GetBestRoute's DWORDs hold the address bytes in network order in memory."""
    asked = []

    def get_best_route(dest: int, src: int, row) -> int:
        asked.append((struct.pack("<I", dest), struct.pack("<I", src)))
        row.raw = forward_row("0.0.0.0", "0.0.0.0", "192.168.178.1", 4)
        return 0

    assert gateway.windows_route("203.0.113.10", "192.168.178.20", get_best_route) == (
        "192.168.178.1"
    )
    assert asked == [(socket.inet_aton("203.0.113.10"), socket.inet_aton("192.168.178.20"))]


def test_windows_route_failing_raises_its_error_code():
    with pytest.raises(OSError) as error:
        gateway.windows_route("203.0.113.10", None, lambda d, s, r: 1232)  # ERROR_HOST_UNREACHABLE
    assert error.value.errno == 1232


def test_a_forward_row_of_another_size_is_refused():
    with pytest.raises(ValueError):
        gateway.gateway_from_forward_row(bytes(40))


def never(destination: str, source: str | None) -> str | None:
    raise AssertionError("the routing table must not be asked")


@pytest.mark.parametrize(
    ("q", "words"),
    [
        (query(destination="127.0.0.1"), "loopback"),
        (query(source_ip="127.0.0.1", destination="127.0.0.2"), "loopback"),
        (query(source_ip=None), "no IPv4 address"),
        (query(source_ip="0.0.0.0"), "no IPv4 address"),
        (query(source_ip="198.18.0.2", destination="2001:db8::1"), "not IPv4"),
        (query(source_ip="198.18.0.2", destination="198.18.0.2"), "on this computer"),
    ],
)
def test_no_router_is_asked_for_a_server_on_this_computer(q, words):
    found, why = find_gateway(q, never, local=lambda: {"198.18.0.2"})
    assert found is None and words in why


def test_no_router_is_asked_for_a_server_on_a_network_of_this_computer():
    q = query(source_ip="198.18.0.2", destination="198.18.0.7")
    found, why = find_gateway(
        q, lambda d, s: gateway.gateway_from_proc_route(LAB_ROUTES, d), local=lambda: set()
    )
    assert found is None and "network of this computer" in why


def test_without_a_server_the_default_route_is_taken():
    asked = []

    def lookup(destination: str, source: str | None) -> str:
        asked.append((destination, source))
        return "198.18.0.1"

    found, _ = find_gateway(query(source_ip="198.18.0.2", destination=None), lookup, set)
    assert found == "198.18.0.1"
    assert asked == [("198.51.100.1", "198.18.0.2")]  # TEST-NET-2: only the default route


def test_a_routing_table_that_cannot_be_read_is_said():
    def broken(destination: str, source: str | None) -> str:
        raise OSError(2, "No such file or directory")

    found, why = find_gateway(query(source_ip="198.18.0.2"), broken, set)
    assert found is None and "routing table could not be read" in why


async def test_a_server_on_loopback_sends_nothing_to_the_router():
    """The CLI's tests run against STUN servers on loopback: no search may go out."""
    async with FakeIgd(HERE, ssdp_port=0, http_port=0, natpmp=True, natpmp_port=0,
                       multicast=False) as igd:  # fmt: skip
        info = await ask_router(
            query(destination="127.0.0.1"), lookup=lambda d, s: HERE, ports=ports_of(igd)
        )
        await asyncio.sleep(0.1)
    assert info.source is RouterSource.NONE and "loopback" in (info.detail or "")
    assert igd.searches == 0 and igd.requests == [] and info.natpmp is None


# ---------------------------------------------------------------------------- asking


async def test_a_router_with_a_public_wan_and_forwards():
    mappings = [
        Mapping("UDP", 5060, "127.0.0.3", 5060, "old PBX"),  # the old PBX still has SIP
        Mapping("UDP", 9000, HERE, 9000, "PBX media"),
        Mapping("TCP", 5061, HERE, 15061, "SIP-TLS"),
        Mapping("UDP", 3478, "127.0.0.9", 3478, "game console"),  # not a checked port
    ]
    async with FakeIgd(HERE, wan="203.0.113.1", mappings=mappings, natpmp=True, ssdp_port=0,
                       http_port=0, natpmp_port=0, multicast=False,
                       name="FRITZ!Box 7590") as igd:  # fmt: skip
        info = await ask_gateway(HERE, query(), ports_of(igd))
    assert info.source is RouterSource.UPNP
    assert (info.wan_address, info.no_wan_address) == ("203.0.113.1", False)
    assert (info.address, info.name, info.connection) == (HERE, "FRITZ!Box 7590", "Connected")
    assert [(m.protocol, m.external_port, m.fit) for m in info.mappings] == [
        (Protocol.TCP, 5061, MappingFit.PORT_CHANGED),
        (Protocol.UDP, 5060, MappingFit.OTHER_HOST),
        (Protocol.UDP, 9000, MappingFit.THIS_HOST),
    ]
    old = info.mappings[1]
    assert (old.internal_client, old.description, old.lease_s) == ("127.0.0.3", "old PBX", 0)
    assert (info.mappings_total, info.mappings_listed) == (4, True)
    assert info.natpmp is True and info.pcp is False  # NAT-PMP only: "unsupported version"
    assert info.others == () and info.detail is None
    assert set(igd.seen) <= READING_ACTIONS  # read-only: nothing added or removed
    assert igd.seen.count("GetGenericPortMappingEntry") == 5  # 0..3, then 713
    assert gateway.upstream_nat(info, "203.0.113.1") is None


async def test_a_router_without_a_wan_address_as_miniupnpd_behind_carrier_nat():
    async with FakeIgd(HERE, wan="", natpmp=True, ssdp_port=0, http_port=0, natpmp_port=0,
                       multicast=False) as igd:  # fmt: skip
        info = await ask_gateway(HERE, query(), ports_of(igd))
    assert info.source is RouterSource.UPNP and info.connection == "Connected"
    assert info.wan_address is None and info.no_wan_address
    assert (info.mappings, info.mappings_total, info.mappings_listed) == ((), 0, True)
    assert info.natpmp is True
    assert gateway.upstream_nat(info, "203.0.113.1") is UpstreamNat.NOT_CONNECTED
    assert gateway.upstream_nat(info, None) is None  # no traffic seen through it


async def test_a_wan_address_from_natpmp_when_upnp_gives_none():
    empty = (RECORDED / "miniupnpd-2.3.1" / "GetExternalIPAddress.http").read_bytes()
    async with FakeIgd(HERE, wan="100.64.12.34", natpmp=True, ssdp_port=0, http_port=0,
                       natpmp_port=0, multicast=False,
                       raw={"GetExternalIPAddress": empty}) as igd:  # fmt: skip
        info = await ask_gateway(HERE, query(), ports_of(igd))
    assert info.source is RouterSource.NATPMP
    assert info.wan_address == "100.64.12.34" and not info.no_wan_address
    assert info.connection == "Connected"  # UPnP's word is kept
    assert gateway.upstream_nat(info, "203.0.113.1") is UpstreamNat.SHARED


async def test_natpmp_alone():
    async with FakeIgd(HERE, wan="192.168.100.2", natpmp=True, ssdp_port=0, http_port=0,
                       natpmp_port=0, multicast=False) as igd:  # fmt: skip
        igd_ports = Ports(ssdp=closed_udp_port(), port_control=igd.natpmp_port, multicast=False)
        info = await ask_gateway(HERE, query(), igd_ports)
    assert info.source is RouterSource.NATPMP and info.wan_address == "192.168.100.2"
    assert info.name is None and not info.mappings_listed


def closed_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind((HERE, 0))
        return sock.getsockname()[1]


async def test_a_silent_gateway_gives_none_soon():
    start = time.monotonic()
    info = await ask_gateway(
        HERE, query(), Ports(closed_udp_port(), closed_udp_port(), multicast=False)
    )
    elapsed = time.monotonic() - start
    assert info.source is RouterSource.NONE and info.address is None
    assert info.natpmp is False and info.pcp is False
    assert "did not answer" in (info.detail or "")
    assert elapsed < gateway.SSDP_WAIT + 0.5


async def test_the_budget_holds_and_what_came_before_it_counts():
    async with FakeIgd(HERE, wan="203.0.113.1", ssdp_port=0, http_port=0, multicast=False,
                       hang={"GetGenericPortMappingEntry"}) as igd:  # fmt: skip
        start = time.monotonic()
        info = await ask_gateway(HERE, query(timeout=1.0), ports_of(igd))
        elapsed = time.monotonic() - start
    assert elapsed < 1.3
    assert info.source is RouterSource.UPNP and info.wan_address == "203.0.113.1"
    assert not info.mappings_listed and "within 1 s" in (info.detail or "")


async def test_cancelling_stops_at_once():
    async with FakeIgd(HERE, ssdp_port=0, http_port=0, multicast=False,
                       hang={"/rootDesc.xml"}) as igd:  # fmt: skip
        task = asyncio.create_task(ask_gateway(HERE, query(), ports_of(igd)))
        await asyncio.sleep(0.3)
        start = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - start < 0.2


async def test_a_location_away_from_the_gateway_is_not_followed():
    async with (
        FakeIgd("127.0.0.9", ssdp_port=0, http_port=0, multicast=False) as elsewhere,
        FakeIgd(HERE, ssdp_port=0, http_port=0, multicast=False,
                location=f"http://127.0.0.9:{elsewhere.http_port}/rootDesc.xml") as igd,
    ):  # fmt: skip
        info = await ask_gateway(HERE, query(), ports_of(igd))
    assert igd.searches > 0 and elsewhere.requests == [] and igd.requests == []
    assert info.source is RouterSource.NONE


async def test_a_hostile_description_comes_out_cut_and_plain():
    body = (RECORDED / "miniupnpd-2.3.1" / "rootDesc.http").read_bytes().split(b"\r\n\r\n", 1)[1]
    hostile = "<b>Router</b>\t\u202e&lt;img src=x onerror=alert(1)&gt;\x85" + "\u00e9" * 50_000
    body = body.replace(b"Lab router (miniupnpd)", hostile.encode())
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: %d\r\n\r\n" % len(body)
    mapping = Mapping("UDP", 5060, "127.0.0.3", 5060, "x\ny<script>" + "z" * 5000)
    async with FakeIgd(HERE, wan="203.0.113.1", mappings=[mapping], ssdp_port=0, http_port=0,
                       multicast=False, raw={"/rootDesc.xml": head + body}) as igd:  # fmt: skip
        info = await ask_gateway(HERE, query(), ports_of(igd))
    assert info.name is not None and len(info.name) == gateway.MAX_TEXT
    assert info.name.startswith("Router <img src=x onerror=alert(1)> \u00e9")  # tags gone
    assert "\u202e" not in info.name and "\t" not in info.name
    (related,) = info.mappings
    assert related.description.startswith("x y<script>zzz")
    assert len(related.description) == gateway.MAX_TEXT


async def test_a_description_over_the_size_limit_is_no_answer():
    huge = b"<root>" + b" " * gateway.MAX_BODY + b"</root>"
    head = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(huge)
    async with FakeIgd(HERE, ssdp_port=0, http_port=0, multicast=False,
                       raw={"/rootDesc.xml": head + huge}) as igd:  # fmt: skip
        info = await ask_gateway(HERE, query(), ports_of(igd))
    assert info.source is RouterSource.NONE and "over" in (info.detail or "")
    assert igd.seen == []


async def test_a_refused_listing_is_not_a_listing():
    fault = (RECORDED / "miniupnpd-2.3.1" / "GetGenericPortMappingEntry-0.http").read_bytes()
    head, body = fault.split(b"\r\n\r\n", 1)
    body = body.replace(b"713", b"606").replace(b"SpecifiedArrayIndexInvalid", b"Not authorized")
    head = re.sub(rb"Content-Length: \d+", b"Content-Length: %d" % len(body), head)
    refused = head + b"\r\n\r\n" + body
    async with FakeIgd(HERE, wan="203.0.113.1", ssdp_port=0, http_port=0, multicast=False,
                       raw={"GetGenericPortMappingEntry": refused}) as igd:  # fmt: skip
        info = await ask_gateway(HERE, query(), ports_of(igd))
    assert info.source is RouterSource.UPNP and not info.mappings_listed
    assert "606" in (info.detail or "")


async def test_checked_ports_are_never_taken_by_the_questions():
    taken: set[int] = set()
    real = gateway._udp_socket

    def spy(source, avoid, peer):
        sock = real(source, avoid, peer)
        taken.add(sock.getsockname()[1])
        return sock

    avoid = frozenset(range(1024, 65536)) - frozenset(range(40000, 40100))
    try:
        gateway._udp_socket = spy
        silent = Ports(closed_udp_port(), closed_udp_port(), multicast=False)
        info = await ask_gateway(HERE, query(avoid=avoid, timeout=0.5), silent)
    finally:
        gateway._udp_socket = real
    assert taken and not taken & avoid
    assert info.source is RouterSource.NONE


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"NewProtocol": "udp", "NewExternalPort": "5060", "NewInternalClient": "10.0.0.5",
          "NewInternalPort": "5060", "NewEnabled": "0", "NewLeaseDuration": "3600",
          "NewRemoteHost": "203.0.113.7"},
         (Protocol.UDP, 5060, "10.0.0.5", False, 3600, "203.0.113.7")),
        ({"NewProtocol": "TCP", "NewExternalPort": "443", "NewInternalClient": "10.0.0.5",
          "NewInternalPort": "443", "NewRemoteHost": "*"},
         (Protocol.TCP, 443, "10.0.0.5", True, None, None)),
        ({"NewProtocol": "GRE", "NewExternalPort": "1", "NewInternalClient": "10.0.0.5",
          "NewInternalPort": "1"}, None),
        ({"NewProtocol": "UDP", "NewExternalPort": "70000", "NewInternalClient": "10.0.0.5",
          "NewInternalPort": "1"}, None),
        ({"NewProtocol": "UDP", "NewExternalPort": "5060", "NewInternalClient": "pbx.lan",
          "NewInternalPort": "5060"}, None),
    ],
)  # fmt: skip
def test_listed_entries_are_read_strictly(values, expected):
    mapping = gateway._mapping(values)
    if expected is None:
        assert mapping is None
        return
    assert mapping is not None
    got = (mapping.protocol, mapping.external_port, mapping.internal_client, mapping.enabled,
           mapping.lease_s, mapping.remote_host)  # fmt: skip
    assert got == expected


def test_importing_the_gateway_module_does_not_import_aiohttp():
    """aiohttp would not fit the packaged program's size budget (packaging/build.py)."""
    import subprocess
    import sys

    code = (
        "import sys; import wizard.engine.gateway, wizard.engine.upnp, wizard.engine.natpmp; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('aiohttp', 'async_upnp_client', 'yarl', 'multidict')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
