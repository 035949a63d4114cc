"""Ask the router in front of the PBX what it knows: its WAN address and its port mappings.

Read-only questions, no credentials, each within a time and size budget:

- UPnP IGD (UPnP Forum, InternetGatewayDevice:1/2): an SSDP M-SEARCH for the
  WANIPConnection/WANPPPConnection service, its description fetched and parsed with
  ``async_upnp_client`` (XML through ``defusedxml``), then ``GetExternalIPAddress``,
  ``GetStatusInfo`` and ``GetGenericPortMappingEntry`` (index 0, 1, ... until error 713,
  SpecifiedArrayIndexInvalid, or ``MAX_MAPPINGS``).
- NAT-PMP (RFC 6886 section 3.2): the external address request to the gateway, UDP 5351.
- PCP (RFC 6887 section 14.1): an ANNOUNCE, which says only whether PCP answers.

Only the router that is this computer's default gateway counts: another UPnP device on
the LAN (a second router, an access point) says nothing about the way out, so it is only
listed in ``RouterInfo.others``. Everything the router says is untrusted: cut to size,
never markup, and a malformed answer is the same as no answer.

The judging is pure: ``upstream_nat`` (is there a second NAT?) and ``relate_mappings``
(which mappings cover the checked ports, and where they point).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace

from wizard.engine.model import (
    MappingFit,
    Protocol,
    RouterInfo,
    RouterMapping,
    RouterSource,
    UpstreamNat,
)

# At most this many mappings are read from a router (a router may list thousands).
MAX_MAPPINGS = 512
# Seconds the whole set of questions may take, discovery included.
ASK_BUDGET = 6.0
# What the router may send: a description or SOAP answer larger than this is dropped.
MAX_BODY = 256 * 1024
# Text fields from the router are cut to this many characters.
MAX_TEXT = 120

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

    A WAN address that is private, shared or another public address than STUN's; or an
    IGD that says it is not connected while this check's traffic passed through it
    (``public_ip`` known), which is what miniupnpd answers when its WAN address is
    private or shared. Nothing from a router that is not this computer's gateway."""
    if info.wan_address:
        try:
            return classify_wan(info.wan_address, public_ip)
        except ValueError:
            return None
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


async def ask_router(query: RouterQuery) -> RouterInfo:
    """Ask the gateway on the way to ``query.destination`` (UPnP IGD, NAT-PMP, PCP),
    within ``query.timeout`` seconds in all. ``RouterInfo.mappings`` are already related
    (``relate_mappings``); ``upstream`` is left None (the runner judges it with STUN's
    address). Never raises for what the network does: a router that does not answer
    gives ``RouterInfo(RouterSource.NONE, detail=...)``; cancelling stops it at once."""
    raise NotImplementedError  # written by the gateway helper
