"""What the technician has chosen so far, shared by the pages of one wizard.

Each page owns its widgets and writes its choices here when the technician moves on;
later pages read them. Nothing here touches Qt widgets.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wizard import catalog
from wizard.catalog import Plan, Product, Rule, plan_checks
from wizard.engine.defaults import DEFAULT_RATE, DEFAULT_TIMEOUT
from wizard.engine.gateway import RouterSettings
from wizard.engine.model import ScanResult
from wizard.engine.resolve import ServerSpec, parse_responder
from wizard.engine.witness import ResponderSettings

# Requirements whose TCP side a responder's connect-back shows: reachable from outside.


@dataclass
class Session:
    product: Product | None = None
    version: str | None = None
    included: set[int] | None = None  # indexes into product.rules_for(version); None: all
    ports: list[int] | None = None  # the ports to check as typed; None: the included rules'
    servers: list[ServerSpec] = field(default_factory=list)
    rate: float = DEFAULT_RATE
    timeout: float = DEFAULT_TIMEOUT
    pbx_address: str = ""
    # The support team's responder, HOST[:PORT] as typed ("": none), and its secret.
    responder: str = ""
    responder_secret: str = ""
    tcp_ports: list[int] | None = None  # the responder's connect-backs; None: the default
    # The router: asked (UPnP IGD, NAT-PMP, PCP) or not, and its WAN address as typed from
    # its status page ("": none typed); the hairpin test; the mapping lifetime test's
    # longest idle gap in seconds (None: not run).
    ask_router: bool = True
    router_wan: str = ""
    hairpin: bool = True
    mapping_lifetime: float | None = None
    result: ScanResult | None = None
    # Where scans remember which port sent to which address (None: each scan alone).
    contact_log: Path | None = None

    def rules(self) -> tuple[Rule, ...]:
        """The product's rules for the chosen version that the technician kept."""
        if self.product is None:
            return ()
        rules = self.product.rules_for(self.version)
        if self.included is None:
            return rules
        return tuple(rule for i, rule in enumerate(rules) if i in self.included)

    def plan(self) -> Plan:
        """What the scan probes (the typed ports, else every testable port kept) and the
        kept rules a person must check by hand: those no probe of this scan tests."""
        if self.product is None:
            return Plan((), ())
        ports = self.ports if self.ports is not None else self.default_ports()
        checks = plan_checks(self.product, self.version, ports).checks
        responder = self.responder_settings()
        tcp = responder.tcp_ports if responder is not None else ()
        return Plan(checks, untested_rules(self.rules(), tcp))

    def default_ports(self) -> list[int]:
        """The UDP ports of the kept rules that STUN can test, in order."""
        return sorted({p for rule in self.rules() if rule.probed for p in rule.ports})

    def default_tcp_ports(self) -> list[int]:
        """The TCP ports a responder connects back to unless the technician says otherwise,
        as the catalog's plan has them (``Plan.tcp``) but over the rules kept: every port
        of the required rules whose TCP side must be reachable from outside
        (``connectable``). Recommended rules include alternatives (3CX's web console on
        5001 or 443) of which a working site forwards one, so they stay for a person."""
        return sorted(
            {
                port
                for rule in self.rules()
                if rule.required and rule.connectable
                for port in rule.ports
            }
        )

    def sip_port(self) -> int | None:
        """The port the product sends SIP from, for the SIP ALG test; None: no test."""
        return self.product.sip_port if self.product is not None else None

    def sip_over_tcp(self) -> bool:
        """Whether the product takes SIP over TCP too, so the ALG test goes over TCP as
        well (``catalog.sip_over_tcp``)."""
        if self.product is None:
            return False
        return catalog.sip_over_tcp(self.product, self.version)

    def responder_settings(self) -> ResponderSettings | None:
        """What the scan asks of the responder; None when none was given."""
        if not self.responder:
            return None
        tcp = self.tcp_ports if self.tcp_ports is not None else self.default_tcp_ports()
        sip_port = self.sip_port()
        return ResponderSettings(
            spec=str(parse_responder(self.responder)),
            # White space around it is never part of a secret (a pasted line's end): the
            # command line strips its secret file the same way.
            secret=self.responder_secret.strip().encode("utf-8") or None,
            tcp_ports=tuple(tcp),
            sip_port=sip_port,
            sip_tcp=sip_port is not None and self.sip_over_tcp(),
        )

    def router_settings(self, tcp_ports: Collection[int] = ()) -> RouterSettings | None:
        """How the scan asks the router (``tcp_ports``: the product's TCP ports, whose
        forwards are shown too); None when it is neither asked nor was its address typed
        (so nothing about a second NAT can be told)."""
        if not self.ask_router and not self.router_wan:
            return None
        return RouterSettings(
            typed_wan=self.router_wan or None,
            ask_router=self.ask_router,
            tcp_ports=tuple(sorted(tcp_ports)),
        )


def untested_rules(rules: Iterable[Rule], tcp_ports: Collection[int] = ()) -> tuple[Rule, ...]:
    """The rules a person must check by hand: a rule stays unless every side of it is
    tested, its UDP side by STUN (``Rule.probed``) and its TCP side by the responder's
    connect-backs to ``tcp_ports`` (``connectable`` rules whose ports they all cover)."""
    tcp = set(tcp_ports)
    untested = []
    for rule in rules:
        udp_open = rule.has_udp and not rule.probed
        tcp_side = rule.has_tcp
        tcp_open = tcp_side and not (rule.connectable and all(p in tcp for p in rule.ports))
        if udp_open or tcp_open:
            untested.append(rule)
    return tuple(untested)
