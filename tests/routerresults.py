"""Scan results with the router's own word, the hairpin test and the mapping lifetime,
built by hand as the engine's contract describes them (``wizard.engine.model``), for
tests of what the faces show and for the screenshots.

The router's client and the tests themselves are the engine's, tested on their own;
these results hold the states their contract allows, with the engine's own judging where
there is one: the mappings related to this computer by ``gateway.relate_mappings``, the
second NAT judged by ``results.judge_router`` and the verdict by
``classify.overall_verdict``, so no sample shows a state the engine never reaches.

The addresses are the lab's: the documentation ranges stand for the internet (STUN saw
203.0.113.1), 198.18.0.0/24 is the LAN with this computer at .2 and an old PBX at .3.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from wizard.engine import classify, gateway, results
from wizard.engine.model import (
    AdapterKind,
    Address,
    Egress,
    Hairpin,
    HairpinProblem,
    LifetimeProblem,
    MappingFit,
    MappingLifetime,
    NatSummary,
    Outcome,
    PortResult,
    Protocol,
    Requirement,
    RouterInfo,
    RouterMapping,
    RouterSource,
    ScanResult,
    ServerStatus,
)

PUBLIC = "203.0.113.1"  # what the STUN server saw
THIS = "198.18.0.2"  # this computer, the PBX
OLD_PBX = "198.18.0.3"  # another LAN host, the PBX before this one
ROUTER_LAN = "198.18.0.1"
CARRIER_WAN = "100.64.0.2"  # RFC 6598: carrier-grade NAT
MODEM_WAN = "192.168.178.20"  # RFC 1918: behind the ISP's modem
OTHER_PUBLIC = "198.51.100.77"  # public, but not what STUN saw

STUN = ServerStatus(
    "stun.example.net:3478",
    addresses=(Address("192.0.2.1", 3478),),
    primary=Address("192.0.2.1", 3478),
    other_address=Address("192.0.2.2", 3479),
)
EGRESS = Egress(THIS, "eth0", AdapterKind.PHYSICAL, THIS)
SIP, TUNNEL, MEDIA = 5060, 5090, range(9000, 9020)
PORTS = (SIP, TUNNEL, *MEDIA)
CHECKED = tuple((Protocol.UDP, port) for port in PORTS)


def port(number: int, passed: bool = True) -> PortResult:
    """A UDP port that must be forwarded: passed, or not forwarded (test 1 worked)."""
    outcome = Outcome.PASS if passed else Outcome.NOT_FORWARDED
    return PortResult(number, Requirement.FULL_CONE, outcome, Address(PUBLIC, number), True, passed)


def ports(failing: Iterable[int] = ()) -> tuple[PortResult, ...]:
    failed = set(failing)
    return tuple(port(n, n not in failed) for n in PORTS)


def mapping(
    external: int,
    client: str = THIS,
    internal: int | None = None,
    description: str = "",
    protocol: Protocol = Protocol.UDP,
    **changes,
) -> RouterMapping:
    """A mapping as the router lists it; its fit is judged by ``relate_mappings``."""
    return RouterMapping(
        protocol,
        external,
        client,
        external if internal is None else internal,
        MappingFit.THIS_HOST,
        description,
        **changes,
    )


def router(
    source: RouterSource = RouterSource.UPNP,
    wan: str | None = PUBLIC,
    listed: Sequence[RouterMapping] = (),
    **changes,
) -> RouterInfo:
    """What the router said, its mappings related to this computer and the checked ports
    as ``ask_router`` gives them (``upstream`` is judged with the result)."""
    related = gateway.relate_mappings(listed, THIS, CHECKED)
    values = dict(
        source=source,
        wan_address=wan,
        address=ROUTER_LAN if source is not RouterSource.TYPED else None,
        name="FRITZ!Box 7590" if source is RouterSource.UPNP else None,
        connection="Connected" if source is RouterSource.UPNP else None,
        mappings=related,
        mappings_total=len(listed),
        mappings_listed=source is RouterSource.UPNP,
        natpmp=source is RouterSource.NATPMP or None,
    )
    values.update(changes)
    return RouterInfo(**values)


def scan(
    found: Sequence[PortResult],
    info: RouterInfo | None = None,
    *,
    product: str = "3cx",
    **changes,
) -> ScanResult:
    """A result with the router judged as ``assemble_result`` judges it, and the verdict
    the engine's classification gives."""
    if info is not None:
        info = results.judge_router(info, found, PUBLIC, None, EGRESS)
    verdict = classify.overall_verdict((STUN,), found, upstream=results.upstream_shown(info))
    values = dict(
        verdict=verdict,
        product=product,
        servers=(STUN,),
        nat=NatSummary(PUBLIC),
        ports=tuple(found),
        elapsed_s=6.3,
        server_used=STUN,
        egress=EGRESS,
        router=info,
    )
    values.update(changes)
    return ScanResult(**values)


# --- A second NAT upstream ----------------------------------------------------------------


def carrier_nat() -> ScanResult:
    """LTE or fibre with carrier-grade NAT: the router's WAN is 100.64.0.2, STUN saw
    203.0.113.1, and nothing forwarded on the router gets in."""
    return scan(ports(PORTS), router(wan=CARRIER_WAN))


def isp_modem() -> ScanResult:
    """The ISP's modem is a router too (not in bridge mode): this router's WAN address is
    private, and it answered NAT-PMP only."""
    return scan(ports(PORTS), router(RouterSource.NATPMP, wan=MODEM_WAN))


def not_connected() -> ScanResult:
    """An IGD that says its connection is not up while the check's traffic passed through
    it: a hint at a second NAT, not proof, so the ports' own verdict stands."""
    info = router(
        wan=None, connection="Disconnected", name="OpenWrt (miniupnpd 2.3.1)", natpmp=True
    )
    return scan(ports(PORTS), info)


def wan_differs() -> ScanResult:
    """The router's WAN address is public, but STUN saw another one: a NAT beyond it."""
    return scan(ports(PORTS), router(wan=OTHER_PUBLIC))


def typed_carrier_nat() -> ScanResult:
    """No router answered; the technician typed the WAN address from its status page."""
    info = router(RouterSource.TYPED, wan=CARRIER_WAN)
    return scan(ports(PORTS), info)


def dmz() -> ScanResult:
    """The ISP's modem forwards everything to the router (DMZ / exposed host): a second
    NAT is there, but every port passes."""
    result = scan(ports(), router(wan=MODEM_WAN))
    assert result.router is not None and result.router.upstream is not None
    return result


def no_router() -> ScanResult:
    """Nothing answered UPnP, NAT-PMP or PCP, and nothing was typed."""
    info = RouterInfo(RouterSource.NONE, detail="no UPnP or NAT-PMP answer within 6 s")
    return scan(ports(), info)


# --- The router's own forwards -------------------------------------------------------------


def other_host() -> ScanResult:
    """UPnP mappings left by the old PBX: SIP and half the media range go to 198.18.0.3;
    the rest of the range is forwarded by hand (not listed) and passes."""
    stolen = [SIP, *range(9000, 9010)]
    listed = [mapping(n, OLD_PBX, description="Asterisk PBX") for n in stolen]
    listed.append(mapping(51413, "198.18.0.40", protocol=Protocol.TCP, description="Torrent"))
    return scan(ports(stolen), router(listed=listed))


def port_changed() -> ScanResult:
    """SIP's public port 5060 goes to this computer, but onto port 5062; the tunnel's
    forward is listed and right; one media mapping is switched off."""
    listed = [
        mapping(SIP, internal=5062, description="PBX SIP", lease_s=3600),
        mapping(TUNNEL, description="3CX tunnel"),
        mapping(9000, description="media", enabled=False),
    ]
    return scan(ports([SIP]), router(listed=listed))


def this_host() -> ScanResult:
    """The PBX's own UPnP mappings for every port, all to this computer."""
    listed = [mapping(n, description=f"3CX {n}") for n in PORTS]
    return scan(ports(), router(listed=listed))


# --- Hairpin -------------------------------------------------------------------------------

HAIRPIN_PORT = 9001


def hairpin(works: bool | None, problem: HairpinProblem | None = None) -> Hairpin:
    """The hairpin test on 9001: a datagram to 203.0.113.1:9001 from this computer."""
    if problem is HairpinProblem.NO_FORWARDED_PORT:
        return Hairpin(tested=False, problem=problem)
    arrived = Address(PUBLIC, 9000) if works else None
    if problem is HairpinProblem.NO_SNAT:
        arrived = Address(THIS, 9000)  # looped back, but from this computer's LAN address
    return Hairpin(
        tested=True,
        works=works,
        port=HAIRPIN_PORT,
        public=Address(PUBLIC, HAIRPIN_PORT),
        arrived_from=arrived,
        problem=problem,
    )


HAIRPIN_WORKS = hairpin(True)
HAIRPIN_FAILS = hairpin(False)
HAIRPIN_NO_SNAT = hairpin(False, HairpinProblem.NO_SNAT)
HAIRPIN_FIREWALL = hairpin(None, HairpinProblem.HOST_FIREWALL)
HAIRPIN_UNTESTED = hairpin(None, HairpinProblem.NO_FORWARDED_PORT)


def with_hairpin(found: Hairpin, result: ScanResult | None = None) -> ScanResult:
    """A passing check (or ``result``) with the hairpin test's answer."""
    return replace(result or scan(ports(), router()), hairpin=found)


# --- Mapping lifetime ----------------------------------------------------------------------

GAPS = (5.0, 10.0, 15.0, 20.0, 25.0, 30.0)
# Kept after 25 s, gone after 30 s: short for a SIP product (30 s), fine for SwyxWare (10 s).
LIFETIME_SHORT = MappingLifetime(True, 120.0, 25.0, 30.0, GAPS)
# Nothing forgotten up to the limit the technician chose.
LIFETIME_LONG = MappingLifetime(True, 120.0, 120.0, None, (*GAPS, 60.0, 90.0, 120.0))
LIFETIME_CANCELLED = MappingLifetime(True, 120.0, 20.0, None, GAPS[:4], LifetimeProblem.CANCELLED)
LIFETIME_NOT_SUPPORTED = MappingLifetime(True, 120.0, problem=LifetimeProblem.NOT_SUPPORTED)


def with_lifetime(
    found: MappingLifetime, result: ScanResult | None = None, product: str = "3cx"
) -> ScanResult:
    """A passing check of ``product`` (or ``result``) with the lifetime test's answer."""
    base = result or scan(ports(), router(), product=product)
    return replace(base, mapping_lifetime=found, product=product)


def everything() -> ScanResult:
    """Carrier NAT, the old PBX's mappings, a failing hairpin and a short lifetime: one
    result with every new section filled, for reports and screenshots."""
    stolen = [SIP, *range(9000, 9010)]
    listed = [mapping(n, OLD_PBX, description="Asterisk PBX") for n in stolen]
    result = scan(ports(PORTS), router(wan=CARRIER_WAN, listed=listed))
    return replace(result, hairpin=HAIRPIN_UNTESTED, mapping_lifetime=LIFETIME_SHORT)
