"""Ask the router in front of the PBX what it knows: its WAN address and its port mappings.

Read-only questions, no credentials, each within a time and size budget:

- UPnP IGD (UPnP Forum, InternetGatewayDevice:1/2): an SSDP M-SEARCH for the
  WANIPConnection/WANPPPConnection service, unicast to the gateway and multicast on its
  LAN, its description fetched and read (``wizard.engine.upnp``: XML through
  ``defusedxml``, HTTP through ``h11``), then ``GetStatusInfo``,
  ``GetExternalIPAddress`` and ``GetGenericPortMappingEntry`` (index 0, 1, ... until
  error 713, SpecifiedArrayIndexInvalid, any other error or ``MAX_MAPPINGS``).
- NAT-PMP (RFC 6886 section 3.2): the external address request to the gateway, UDP 5351.
- PCP (RFC 6887 section 14.1): an ANNOUNCE, which says only whether PCP answers.

The three are asked at once. Only the router that is this computer's gateway on the way
to the STUN server counts (the next hop of that route: ``/proc/net/route`` on Linux,
``GetBestRoute`` on Windows): another UPnP device on the LAN (a second router, an access
point) says nothing about the way out, so it is only listed in ``RouterInfo.others``,
and nothing is fetched from it; a LOCATION that points away from the gateway is not
followed. Without a gateway (a server on this computer or on its own network) nothing
is sent at all. Everything the router says is untrusted: cut to size, never markup,
and a malformed answer is the same as no answer.

The judging is pure: ``upstream_nat`` (is there a second NAT?) and ``relate_mappings``
(which mappings cover the checked ports, and where they point).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import random
import socket
import struct
import sys
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import psutil

from wizard.engine import natpmp, upnp
from wizard.engine.interfaces import INTERNET
from wizard.engine.model import (
    MappingFit,
    Protocol,
    RouterInfo,
    RouterMapping,
    RouterSource,
    UpstreamNat,
)
from wizard.engine.upnp import HttpExchange, SoapFault, Url, WanService

# At most this many mappings are read from a router (a router may list thousands).
MAX_MAPPINGS = 512
# Seconds the whole set of questions may take, discovery included.
ASK_BUDGET = 6.0
# What the router may send: a description or SOAP answer larger than this is dropped.
MAX_BODY = upnp.MAX_BODY
# Text fields from the router are cut to this many characters.
MAX_TEXT = upnp.MAX_TEXT

# When the searches go out (seconds from the start) and how long answers are awaited.
# A device answers a multicast search within MX seconds (UDA 1.1 section 1.3.3).
SSDP_SENDS = (0.0, 0.5)
SSDP_WAIT = upnp.MX + 0.5
# NAT-PMP's schedule starts at 250 ms and doubles (RFC 6886 section 3.1); PCP's starts
# at 3 s (RFC 6887 section 8.1.1), too slow for the budget, so it gets the same one.
PORT_CONTROL_SENDS = (0.0, 0.25, 0.75)
PORT_CONTROL_WAIT = 1.75
HTTP_TIMEOUT = 2.0  # seconds for one HTTP exchange with the router
MAX_OTHERS = 16  # other gateways listed, at most
MAX_LOCATIONS = 4  # descriptions of the gateway tried, at most
MAX_WAN_SERVICES = 4  # WAN connection services asked, at most
MAX_QUEUED = 64  # datagrams waiting to be read on one socket; more are dropped
MULTICAST_TTL = 2  # UDA 1.1 section 1.1.2

_SHARED = ipaddress.ip_network("100.64.0.0/10")  # RFC 6598
# RFC 1918. Not ``is_private``: that also takes the documentation and benchmarking
# ranges, which the lab uses as its "public" internet.
_PRIVATE = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))


@dataclass(frozen=True)
class RouterQuery:
    """What ``ask_router`` needs to know.

    ``source_ip``: this computer's address towards the STUN server (``Egress``); the
    gateway asked is the next hop of that route, and nothing is asked when there is none
    (a server on this computer). ``destination``: the STUN server's IP (None: none
    answered; the default route is used). ``ports``: (protocol, port) of the checked
    ports, for ``relate_mappings``. ``avoid``: UDP ports no socket of the questions may
    take (the checked ports). ``pbx_ip``: the PBX's LAN address (None: ``source_ip``).
    """

    source_ip: str | None
    destination: str | None
    ports: tuple[tuple[Protocol, int], ...]
    avoid: frozenset[int] = frozenset()
    pbx_ip: str | None = None
    timeout: float = ASK_BUDGET


Asker = Callable[[RouterQuery], Awaitable[RouterInfo]]


@dataclass(frozen=True)
class RouterSettings:
    """How the router is asked. ``typed_wan``: the WAN address the technician read off
    the router's status page (it decides when the router does not answer; a router's
    own answer wins). ``ask``: the questions (tests inject recorded or lab answers);
    None: ``ask_router``. ``ask_router=False``: only the typed address is used."""

    typed_wan: str | None = None
    ask: Asker | None = None
    ask_router: bool = True
    timeout: float = ASK_BUDGET
    # The product's TCP ports (its inbound TCP rules), so the router's TCP mappings for
    # them are shown too; the checked UDP ports and the responder's TCP ports always are.
    tcp_ports: tuple[int, ...] = ()


def classify_wan(wan: str, public_ip: str | None) -> UpstreamNat | None:
    """Whether the router's WAN address ``wan`` shows a second NAT: private (RFC 1918),
    shared (RFC 6598's 100.64.0.0/10) or public but not ``public_ip`` (what STUN saw;
    None: unknown, so nothing is compared). Raises ValueError for a malformed address."""
    address = ipaddress.IPv4Address(wan)
    if address in _SHARED:
        return UpstreamNat.SHARED
    if any(address in network for network in _PRIVATE):
        return UpstreamNat.PRIVATE
    if public_ip is not None and wan != public_ip:
        return UpstreamNat.DIFFERS
    return None


def with_typed(info: RouterInfo | None, typed: str | None) -> RouterInfo | None:
    """The router's answer, with the technician's typed WAN address where the router
    gave none (then the source is ``TYPED``; its listing, if any, is kept)."""
    if not typed:
        return info
    if info is None or info.source is RouterSource.NONE:
        base = info or RouterInfo(RouterSource.TYPED)
        return replace(base, source=RouterSource.TYPED, wan_address=typed)
    if info.wan_address is None:
        return replace(info, source=RouterSource.TYPED, wan_address=typed)
    return info


def upstream_nat(info: RouterInfo, public_ip: str | None) -> UpstreamNat | None:
    """The sign of a second NAT in what the router said (or the technician typed), given
    the public address STUN saw (None: no server answered).

    A WAN address that is private, shared or another public address than STUN's; or a
    router that says it is not connected, or has no WAN address, while this check's
    traffic passed through it (``public_ip`` known): what miniupnpd answers when its WAN
    address is private, reserved or shared (an empty ``GetExternalIPAddress``, NAT-PMP
    result 3). Nothing from a router that is not this computer's gateway."""
    if info.wan_address:
        try:
            return classify_wan(info.wan_address, public_ip)
        except ValueError:
            return None
    if (
        info.no_wan_address
        and info.source in (RouterSource.UPNP, RouterSource.NATPMP)
        and public_ip is not None
    ):
        return UpstreamNat.NOT_CONNECTED
    if (
        info.source is RouterSource.UPNP
        and public_ip is not None
        and info.connection is not None
        and info.connection.strip().lower() not in ("connected", "")
    ):
        return UpstreamNat.NOT_CONNECTED
    return None


def relate_mappings(
    mappings: Iterable[RouterMapping],
    pbx_ip: str | None,
    ports: Iterable[tuple[Protocol, int]],
) -> tuple[RouterMapping, ...]:
    """The mappings whose external port is one of ``ports`` (protocol, port), each with
    its ``fit`` set against ``pbx_ip`` (this computer's LAN address; None: unknown, so no
    mapping is said to point elsewhere), in (protocol, external port) order."""
    wanted = {(Protocol(p), int(n)) for p, n in ports}
    related = []
    for mapping in mappings:
        if (mapping.protocol, mapping.external_port) not in wanted:
            continue
        if not mapping.enabled:
            fit = MappingFit.DISABLED
        elif pbx_ip is not None and mapping.internal_client != pbx_ip:
            fit = MappingFit.OTHER_HOST
        elif mapping.internal_port != mapping.external_port:
            fit = MappingFit.PORT_CHANGED
        else:
            fit = MappingFit.THIS_HOST
        related.append(replace(mapping, fit=fit))
    return tuple(sorted(related, key=lambda m: (str(m.protocol), m.external_port)))


# ---------------------------------------------------------------------------- the gateway

# Which router is asked: (destination IPv4, this computer's source IPv4 or None) -> the
# next hop's IPv4, or None for a destination on a network of this computer's own. Raises
# OSError when the routing table cannot be read.
RouteLookup = Callable[[str, str | None], str | None]

_RTF_UP, _RTF_GATEWAY, _RTF_REJECT = 0x0001, 0x0002, 0x0200  # linux/route.h


def gateway_from_proc_route(
    text: str, destination: str, interface: str | None = None
) -> str | None:
    """The next hop towards ``destination`` in Linux's ``/proc/net/route`` ``text`` (the
    main routing table: hexadecimal addresses in the kernel's byte order): the longest
    matching prefix among routes that are up and not rejecting, then the lowest metric;
    only routes out of ``interface`` when given (the one that holds the source address,
    which the kernel chose with its policy routes too). None when the route found has
    no gateway (the destination is on a connected network), rejects (unreachable), or
    there is none. Lines that are not routes are skipped."""
    target = int(ipaddress.IPv4Address(destination))
    best: tuple[int, int, str | None] | None = None  # (-prefix, metric, gateway)
    for line in text.splitlines()[1:]:
        fields = line.split()
        if len(fields) < 8:
            continue
        try:
            network, gateway, flags, metric, mask = (
                _proc_address(fields[1]),
                _proc_address(fields[2]),
                int(fields[3], 16),
                int(fields[6]),
                _proc_address(fields[7]),
            )
        except ValueError:
            continue
        if interface is not None and fields[0] != interface:
            continue
        if not flags & _RTF_UP or target & mask != network & mask:
            continue
        prefix = bin(mask).count("1")
        routed = flags & _RTF_GATEWAY and gateway and not flags & _RTF_REJECT
        hop = str(ipaddress.IPv4Address(gateway)) if routed else None
        candidate = (-prefix, metric, hop)
        if best is None or candidate[:2] < best[:2]:
            best = candidate
    return best[2] if best else None


def _proc_address(word: str) -> int:
    """An address of /proc/net/route (the 32-bit value in host byte order, in hex) as an
    integer in network order."""
    if len(word) != 8:
        raise ValueError(word)
    return int.from_bytes(struct.pack("=I", int(word, 16)), "big")


def linux_route(destination: str, source_ip: str | None) -> str | None:
    """``gateway_from_proc_route`` on this system's table, out of the interface that
    holds ``source_ip``. The calling thread's own network namespace is read
    (``/proc/thread-self``), which is the process's unless the thread moved."""
    path = Path("/proc/thread-self/net/route")
    if not path.exists():
        path = Path("/proc/net/route")
    text = path.read_text(encoding="ascii", errors="replace")
    return gateway_from_proc_route(text, destination, _interface_of(source_ip))


def _interface_of(ip: str | None) -> str | None:
    if ip is None:
        return None
    try:
        adapters = psutil.net_if_addrs()
    except (OSError, RuntimeError, psutil.Error):
        return None
    for name, addresses in adapters.items():
        if any(a.family == socket.AF_INET and a.address == ip for a in addresses):
            return name
    return None


_MIB_IPROUTE_TYPE_INDIRECT = 4  # a route through a next hop (3: on-link)
_FORWARD_ROW = 56  # bytes of MIB_IPFORWARDROW: 14 DWORDs


def gateway_from_forward_row(row: bytes, source_ip: str | None = None) -> str | None:
    """The next hop in a ``MIB_IPFORWARDROW`` that Windows' ``GetBestRoute`` filled
    (iphlpapi; 14 DWORDs: dwForwardDest, Mask, Policy, NextHop, IfIndex, Type, Proto,
    Age, NextHopAS, Metric1..5; addresses in network byte order). None for an on-link
    route (type 3, whose next hop is this computer's own address) or a next hop of
    0.0.0.0 or ``source_ip``. Raises ValueError for a row of another size."""
    if len(row) != _FORWARD_ROW:
        raise ValueError(f"a MIB_IPFORWARDROW has {_FORWARD_ROW} bytes, not {len(row)}")
    (kind,) = struct.unpack_from("<I", row, 20)
    hop = socket.inet_ntoa(row[12:16])
    if kind != _MIB_IPROUTE_TYPE_INDIRECT or hop in ("0.0.0.0", source_ip):
        return None
    return hop


# GetBestRoute(dwDestAddr, dwSourceAddr, pBestRoute) -> a Windows error code (0: done)
BestRouteCall = Callable[[int, int, Any], int]


def windows_route(
    destination: str, source_ip: str | None, call: BestRouteCall | None = None
) -> str | None:
    """``gateway_from_forward_row`` of ``GetBestRoute(destination, source_ip)``
    (iphlpapi, IPv4; ``call``: the function itself, tests pass their own). Raises
    OSError with the Windows error code when it fails."""
    import ctypes

    if call is None:  # pragma: no cover - Windows only
        call = ctypes.windll.iphlpapi.GetBestRoute  # type: ignore[attr-defined]
        call.argtypes = (ctypes.c_uint32, ctypes.c_uint32, ctypes.c_void_p)  # type: ignore[union-attr]
        call.restype = ctypes.c_uint32  # type: ignore[union-attr]
    row = ctypes.create_string_buffer(_FORWARD_ROW)
    # a DWORD "in network byte order": the address's bytes as they are, in memory
    dest = struct.unpack("<I", socket.inet_aton(destination))[0]
    src = struct.unpack("<I", socket.inet_aton(source_ip or "0.0.0.0"))[0]
    code = call(dest, src, row)
    if code != 0:
        raise OSError(code, f"GetBestRoute failed with error {code}")
    return gateway_from_forward_row(row.raw, source_ip)


def system_route(destination: str, source_ip: str | None) -> str | None:
    """This system's ``RouteLookup``: ``GetBestRoute`` on Windows, ``/proc/net/route``
    elsewhere (OSError where there is none, as on macOS)."""
    if sys.platform == "win32":
        return windows_route(destination, source_ip)
    return linux_route(destination, source_ip)


def _local_addresses() -> set[str]:
    try:
        adapters = psutil.net_if_addrs()
    except (OSError, RuntimeError, psutil.Error):
        return set()
    return {a.address for addrs in adapters.values() for a in addrs if a.family == socket.AF_INET}


def find_gateway(
    query: RouterQuery,
    lookup: RouteLookup = system_route,
    local: Callable[[], set[str]] = _local_addresses,
) -> tuple[str | None, str]:
    """The gateway to ask for ``query`` and, when there is none, why not (plain English
    for the report): no IPv4 source address, a server on this computer (loopback or one
    of its ``local`` addresses) or on a network it is on, no route, a routing table that
    could not be read. Sends nothing."""
    source = upnp.ipv4(query.source_ip)
    if source is None or source == "0.0.0.0":
        return None, "this computer has no IPv4 address towards the server"
    destination = upnp.ipv4(query.destination or INTERNET[0])
    if destination is None:
        return None, "the server's address is not IPv4"
    if ipaddress.IPv4Address(destination).is_loopback or ipaddress.IPv4Address(source).is_loopback:
        return None, "the server is on this computer (loopback): no router on the way"
    if destination in local():
        return None, "the server is on this computer: no router on the way"
    try:
        gateway = lookup(destination, source)
    except (OSError, ValueError) as exc:
        return None, f"the routing table could not be read: {exc}"
    address = upnp.ipv4(gateway)
    if address is None:
        return None, f"no router on the way to {destination}: it is on a network of this computer"
    hop = ipaddress.IPv4Address(address)
    if hop.is_loopback or hop.is_unspecified or hop.is_multicast or address == source:
        return None, f"no router on the way to {destination}"
    return address, ""


# ---------------------------------------------------------------------------- asking


@dataclass(frozen=True)
class Ports:
    """Where the gateway listens (tests point these at their own servers)."""

    ssdp: int = upnp.SSDP_PORT
    port_control: int = natpmp.SERVER_PORT
    multicast: bool = True  # also search the LAN by multicast (never from loopback)


@dataclass
class _Heard:
    """What the gateway said so far; filled in as answers come, so a budget that runs
    out keeps what arrived."""

    upnp: bool = False  # the gateway's IGD answered an action
    name: str | None = None
    connection: str | None = None
    wan: str | None = None
    no_wan: bool = False  # GetExternalIPAddress answered without an address
    mappings: list[RouterMapping] = field(default_factory=list)
    total: int = 0
    listed: bool = False
    natpmp: bool | None = None
    natpmp_wan: str | None = None
    natpmp_no_wan: bool = False  # NAT-PMP result 3, Network Failure
    pcp: bool | None = None
    others: list[str] = field(default_factory=list)
    located: bool = False  # the gateway answered a search with a LOCATION on itself
    problems: list[str] = field(default_factory=list)


async def ask_router(
    query: RouterQuery, *, lookup: RouteLookup = system_route, ports: Ports = Ports()
) -> RouterInfo:
    """Ask the gateway on the way to ``query.destination`` (UPnP IGD, NAT-PMP, PCP),
    within ``query.timeout`` seconds in all. ``RouterInfo.mappings`` are already related
    (``relate_mappings``); ``upstream`` is left None (the runner judges it with STUN's
    address). Never raises for what the network does: a router that does not answer
    gives ``RouterInfo(RouterSource.NONE, detail=...)``, and so does a query without a
    gateway (``find_gateway``), before anything is sent; cancelling stops it at once.
    ``lookup`` and ``ports``: the routing table and the gateway's ports (tests)."""
    gateway, why = await asyncio.to_thread(find_gateway, query, lookup)
    if gateway is None:
        return RouterInfo(RouterSource.NONE, detail=why)
    return await ask_gateway(gateway, query, ports)


async def ask_gateway(gateway: str, query: RouterQuery, ports: Ports = Ports()) -> RouterInfo:
    """Ask ``gateway`` (an IPv4 address) from ``query.source_ip``: UPnP IGD, NAT-PMP and
    PCP at once, within ``query.timeout`` seconds; what arrived by then counts."""
    heard = _Heard()
    source = query.source_ip or "0.0.0.0"
    avoid = frozenset(query.avoid)
    multicast = ports.multicast and not ipaddress.IPv4Address(source).is_loopback
    try:
        async with asyncio.timeout(max(0.0, query.timeout)), asyncio.TaskGroup() as group:
            group.create_task(_ask_upnp(gateway, source, avoid, ports, multicast, heard))
            group.create_task(_ask_natpmp(gateway, source, avoid, ports.port_control, heard))
            group.create_task(_ask_pcp(gateway, source, avoid, ports.port_control, heard))
    except TimeoutError:
        heard.problems.append(f"not all answers came within {query.timeout:g} s")
    return _info(gateway, heard, query)


def _info(gateway: str, heard: _Heard, query: RouterQuery) -> RouterInfo:
    """The RouterInfo for what ``heard`` holds."""
    wan = heard.wan
    source = RouterSource.UPNP
    if wan is None and heard.natpmp_wan is not None:
        wan, source = heard.natpmp_wan, RouterSource.NATPMP
    if not heard.upnp:
        if heard.natpmp:
            source = RouterSource.NATPMP
        elif heard.pcp:
            source = RouterSource.PCP
        else:
            source = RouterSource.NONE
    no_wan = wan is None and (heard.no_wan or heard.natpmp_no_wan)
    if source is RouterSource.NONE:
        why = "; ".join(heard.problems) or "nothing answered"
        detail = f"{gateway} did not answer UPnP, NAT-PMP or PCP ({why})"
    else:
        detail = "; ".join(heard.problems) or None
    pbx_ip = query.pbx_ip or query.source_ip
    return RouterInfo(
        source,
        wan_address=wan,
        no_wan_address=no_wan,
        address=gateway if source is not RouterSource.NONE else None,
        name=heard.name or None,
        connection=heard.connection or None,
        mappings=relate_mappings(heard.mappings, pbx_ip, query.ports),
        mappings_total=heard.total,
        mappings_listed=heard.listed,
        natpmp=heard.natpmp,
        pcp=heard.pcp,
        others=tuple(heard.others),
        detail=detail[:300] if detail else None,
    )


class _Inbox(asyncio.DatagramProtocol):
    """A UDP socket's datagrams and errors, queued (at most ``MAX_QUEUED``)."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[tuple[bytes, str] | OSError] = asyncio.Queue(MAX_QUEUED)
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        with contextlib.suppress(asyncio.QueueFull):
            self.queue.put_nowait((data[: upnp.MAX_DATAGRAM + 1], str(addr[0])))

    def error_received(self, exc: Exception) -> None:
        if isinstance(exc, OSError):
            with contextlib.suppress(asyncio.QueueFull):
                self.queue.put_nowait(exc)

    async def next(self, until: float) -> tuple[bytes, str] | OSError | None:
        """The next datagram or error, or None once the monotonic time ``until`` passed."""
        wait = until - time.monotonic()
        if wait <= 0:  # even with more queued: a flood cannot hold the search open
            return None
        if not self.queue.empty():
            return self.queue.get_nowait()
        try:
            return await asyncio.wait_for(self.queue.get(), wait)
        except TimeoutError:
            return None


def _udp_socket(source: str, avoid: frozenset[int], peer: tuple[str, int] | None) -> socket.socket:
    """A UDP socket on ``source`` whose port is none of ``avoid``, connected to ``peer``
    when given (then only its datagrams arrive, and ICMP errors are seen). The system
    picks the port; where the checked ports fill its ephemeral range (a PBX's media
    range on Windows' 49152-65535), one outside them is picked here."""
    choices: list[int] = []
    for attempt in range(24):
        if attempt == 4:
            choices = [p for p in range(1024, 65536) if p not in avoid]
            random.shuffle(choices)
        port = choices.pop() if choices else 0
        if attempt >= 4 and not port:
            break
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            sock.setblocking(False)
            try:
                sock.bind((source, port))
            except OSError:
                if not port:
                    raise
                sock.close()  # taken: another one
                continue
            if sock.getsockname()[1] in avoid:
                sock.close()
                continue
            if peer is not None:
                sock.connect(peer)
            return sock
        except BaseException:
            sock.close()
            raise
    raise OSError("no free UDP port outside the checked ones")


@contextlib.asynccontextmanager
async def _datagrams(sock: socket.socket):
    loop = asyncio.get_running_loop()
    try:
        transport, inbox = await loop.create_datagram_endpoint(_Inbox, sock=sock)
    except BaseException:
        sock.close()
        raise
    try:
        yield transport, inbox
    finally:
        transport.close()


# ---------------------------------------------------------------------------- NAT-PMP, PCP


async def _exchange(
    gateway: str,
    source: str,
    avoid: frozenset[int],
    port: int,
    request: bytes,
    read: Callable[[bytes], object],
) -> object | None:
    """Send ``request`` to ``gateway:port`` on ``PORT_CONTROL_SENDS`` and return the
    first answer ``read`` takes (it raises ValueError for others); None when nothing
    fitting came within ``PORT_CONTROL_WAIT`` or the gateway refused (ICMP)."""
    sock = _udp_socket(source, avoid, (gateway, port))
    async with _datagrams(sock) as (transport, inbox):
        start = time.monotonic()
        sends = list(PORT_CONTROL_SENDS)
        end = start + PORT_CONTROL_WAIT
        while True:
            while sends and time.monotonic() >= start + sends[0]:
                sends.pop(0)
                transport.sendto(request)
            until = min(end, start + sends[0]) if sends else end
            item = await inbox.next(until)
            if item is None:
                if not sends:
                    return None
                continue
            # ICMP port unreachable: nothing listens there, no need to ask again
            # (Linux says ECONNREFUSED, Windows WSAECONNRESET)
            if isinstance(item, ConnectionRefusedError | ConnectionResetError):
                return None
            if isinstance(item, OSError):
                continue
            data, _addr = item
            try:
                return read(data)
            except ValueError:
                continue


async def _ask_natpmp(
    gateway: str, source: str, avoid: frozenset[int], port: int, heard: _Heard
) -> None:
    heard.natpmp = False
    try:
        answer = await _exchange(
            gateway, source, avoid, port, natpmp.external_address_request(),
            natpmp.parse_external_address,
        )  # fmt: skip
    except OSError as exc:
        heard.problems.append(f"NAT-PMP: {exc}")
        return
    if isinstance(answer, natpmp.ExternalAddress):
        heard.natpmp = True
        heard.natpmp_wan = _usable_wan(answer.address)
        heard.natpmp_no_wan = answer.result == natpmp.NatPmpResult.NETWORK_FAILURE or (
            answer.ok and heard.natpmp_wan is None
        )


async def _ask_pcp(
    gateway: str, source: str, avoid: frozenset[int], port: int, heard: _Heard
) -> None:
    heard.pcp = False
    try:
        answer = await _exchange(
            gateway, source, avoid, port, natpmp.announce_request(source), natpmp.parse_announce
        )
    except (OSError, ValueError) as exc:
        heard.problems.append(f"PCP: {exc}")
        return
    if isinstance(answer, natpmp.PcpAnswer):
        # RFC 6887 section 9: an UNSUPP_VERSION answer names the version the server
        # speaks; any PCP answer shows a PCP server, which is all ANNOUNCE asks.
        heard.pcp = answer.speaks_pcp


def _usable_wan(text: str | None) -> str | None:
    """A WAN address as the router gave it, if it is one: IPv4, and not 0.0.0.0,
    loopback, link-local (no DHCP lease), multicast or broadcast."""
    address = upnp.ipv4(text)
    if address is None:
        return None
    ip = ipaddress.IPv4Address(address)
    if ip.is_unspecified or ip.is_loopback or ip.is_link_local or ip.is_multicast:
        return None
    if address == "255.255.255.255":
        return None
    return address


# ---------------------------------------------------------------------------- UPnP IGD


async def _ask_upnp(
    gateway: str,
    source: str,
    avoid: frozenset[int],
    ports: Ports,
    multicast: bool,
    heard: _Heard,
) -> None:
    """Search for the gateway's IGD and ask it; other gateways that answer the search
    are noted in ``heard.others``."""
    locations: asyncio.Queue[Url | None] = asyncio.Queue()
    try:
        sock = _udp_socket(source, avoid, None)
    except OSError as exc:
        heard.problems.append(f"UPnP search: {exc}")
        return
    if multicast:
        try:
            # out of the adapter that holds the source address, not the default one
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(source))
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, MULTICAST_TTL)
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)
        except OSError as exc:  # the gateway is still searched by unicast
            heard.problems.append(f"UPnP multicast search: {exc}")
            multicast = False
    async with asyncio.TaskGroup() as group:
        group.create_task(_search(sock, gateway, ports, multicast, locations, heard))
        group.create_task(_describe_first(gateway, source, locations, heard))
    if not heard.upnp and not heard.located:
        heard.problems.append("no UPnP answer from the gateway")


async def _search(
    sock: socket.socket,
    gateway: str,
    ports: Ports,
    multicast: bool,
    locations: asyncio.Queue[Url | None],
    heard: _Heard,
) -> None:
    """Send the M-SEARCHes on ``SSDP_SENDS`` and read answers for ``SSDP_WAIT`` seconds:
    the gateway's LOCATIONs on itself go to ``locations`` (then None), other answering
    gateways to ``heard.others``."""
    seen: set[Url] = set()
    try:
        async with _datagrams(sock) as (transport, inbox):
            requests = [(upnp.search_request(t, gateway, ports.ssdp), (gateway, ports.ssdp))
                        for t in upnp.SEARCH_TARGETS]  # fmt: skip
            if multicast:
                requests += [(upnp.search_request(t), (upnp.SSDP_GROUP, ports.ssdp))
                             for t in upnp.SEARCH_TARGETS]  # fmt: skip
            start = time.monotonic()
            sends = list(SSDP_SENDS)
            end = start + SSDP_WAIT
            while True:
                while sends and time.monotonic() >= start + sends[0]:
                    sends.pop(0)
                    for data, address in requests:
                        with contextlib.suppress(OSError):
                            transport.sendto(data, address)
                item = await inbox.next(min(end, start + sends[0]) if sends else end)
                if item is None:
                    if not sends:
                        return
                    continue
                if isinstance(item, OSError):
                    continue
                data, sender = item
                try:
                    answer = upnp.parse_search_answer(data)
                except ValueError:
                    continue
                if not upnp.is_gateway_target(answer.target):
                    continue
                if sender != gateway:
                    if sender not in heard.others and len(heard.others) < MAX_OTHERS:
                        heard.others.append(sender)
                    continue
                url = upnp.url_on(answer.location, gateway)
                if url is not None and url not in seen and len(seen) < MAX_LOCATIONS:
                    seen.add(url)
                    heard.located = True
                    locations.put_nowait(url)
                    if not multicast:  # only the gateway was asked, and it answered
                        return
    except OSError as exc:
        heard.problems.append(f"UPnP search: {exc}")
    finally:
        locations.put_nowait(None)


async def _describe_first(
    gateway: str, source: str, locations: asyncio.Queue[Url | None], heard: _Heard
) -> None:
    """Ask the IGD at each location in turn until one answers."""
    while (url := await locations.get()) is not None:
        try:
            await _ask_igd(url, source, heard)
        except (OSError, ValueError, SoapFault) as exc:
            heard.problems.append(f"UPnP at {url}: {_why(exc)}")
            continue
        if heard.upnp:
            return


def _why(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return f"no answer within {HTTP_TIMEOUT:g} s"
    return upnp.plain(str(exc) or type(exc).__name__, 200)


async def _http(
    url: Url, source: str, method: str = "GET", headers: Sequence[tuple[str, str]] = (),
    body: bytes = b"",
) -> upnp.HttpAnswer:  # fmt: skip
    """One HTTP exchange with the gateway from ``source``, within ``HTTP_TIMEOUT``."""
    exchange = HttpExchange(MAX_BODY)
    request = exchange.request(method, url, headers, body)
    async with asyncio.timeout(HTTP_TIMEOUT):
        reader, writer = await asyncio.open_connection(url.host, url.port, local_addr=(source, 0))
        try:
            writer.write(request)
            await writer.drain()
            while True:
                answer = exchange.receive(await reader.read(65536))
                if answer is not None:
                    return answer
        finally:
            writer.close()


async def _action(
    service: WanService, source: str, action: str, arguments: dict[str, str | int] | None = None
) -> dict[str, str]:
    headers, body = upnp.soap_request(service.service_type, action, arguments)
    answer = await _http(service.control, source, "POST", headers, body)
    return upnp.parse_soap_answer(answer, action)


async def _ask_igd(url: Url, source: str, heard: _Heard) -> None:
    """Read the description at ``url``, pick the WAN connection service to ask (the
    first that says Connected, else the first that answers) and ask it."""
    answer = await _http(url, source)
    if answer.status != 200:
        raise ValueError(f"HTTP {answer.status} for the description")
    description = upnp.parse_description(answer.body, url)
    if not description.services:
        raise ValueError("its description has no WAN connection service")
    heard.name = description.name or None
    chosen: tuple[WanService, dict[str, str], dict[str, str] | None] | None = None
    for service in description.services[:MAX_WAN_SERVICES]:
        status = await _optional(_action(service, source, "GetStatusInfo"))
        address = await _optional(_action(service, source, "GetExternalIPAddress"))
        if status is None and address is None:
            continue
        if chosen is None or (
            (status or {}).get("NewConnectionStatus", "").lower() == "connected"
            and (chosen[1] or {}).get("NewConnectionStatus", "").lower() != "connected"
        ):
            chosen = (service, status or {}, address)
        if chosen[1].get("NewConnectionStatus", "").lower() == "connected":
            break
    if chosen is None:
        raise ValueError("its WAN connection service answered no action")
    service, status, address = chosen
    heard.upnp = True
    heard.connection = status.get("NewConnectionStatus") or None
    if address is not None:
        heard.wan = _usable_wan(address.get("NewExternalIPAddress"))
        heard.no_wan = heard.wan is None
    await _list_mappings(service, source, heard)


async def _optional(action: Awaitable[dict[str, str]]) -> dict[str, str] | None:
    """An action's answer, or None for an error answer or a malformed one."""
    try:
        return await action
    except (SoapFault, ValueError):
        return None


async def _list_mappings(service: WanService, source: str, heard: _Heard) -> None:
    """GetGenericPortMappingEntry from index 0 until an error (713 past the last one)."""
    for index in range(MAX_MAPPINGS):
        try:
            values = await _action(
                service, source, "GetGenericPortMappingEntry", {"NewPortMappingIndex": index}
            )
        except SoapFault as fault:
            # 713 ends the list; another error after some entries ends it too, but one at
            # index 0 (e.g. 606, not authorized) means the router would not list them.
            heard.listed = heard.listed or fault.code == upnp.UPNP_ERROR_INVALID_INDEX
            if not heard.listed:
                heard.problems.append(f"UPnP listing: {_why(fault)}")
            return
        except (OSError, ValueError) as exc:
            heard.problems.append(f"UPnP listing at index {index}: {_why(exc)}")
            return
        heard.total += 1
        heard.listed = True
        mapping = _mapping(values)
        if mapping is not None:
            heard.mappings.append(mapping)


def _mapping(values: dict[str, str]) -> RouterMapping | None:
    """A listed mapping from GetGenericPortMappingEntry's out-arguments; None when it
    names no UDP or TCP port pair and IPv4 client."""
    protocol = values.get("NewProtocol", "").strip().lower()
    client = upnp.ipv4(values.get("NewInternalClient"))
    external = _port(values.get("NewExternalPort"))
    internal = _port(values.get("NewInternalPort"))
    if protocol not in ("udp", "tcp") or client is None or external is None or internal is None:
        return None
    lease = values.get("NewLeaseDuration", "").strip()
    remote = upnp.plain(values.get("NewRemoteHost"), 64)
    return RouterMapping(
        protocol=Protocol(protocol),
        external_port=external,
        internal_client=client,
        internal_port=internal,
        fit=MappingFit.THIS_HOST,  # set by relate_mappings
        description=upnp.plain(values.get("NewPortMappingDescription")),
        enabled=values.get("NewEnabled", "1").strip().lower() not in ("0", "false", "no"),
        lease_s=int(lease) if lease.isdigit() and len(lease) <= 10 else None,
        remote_host=remote if remote not in ("", "*", "0.0.0.0") else None,
    )


def _port(text: str | None) -> int | None:
    text = (text or "").strip()
    if not text.isdigit() or len(text) > 5:
        return None
    port = int(text)
    return port if 0 < port <= 65535 else None
