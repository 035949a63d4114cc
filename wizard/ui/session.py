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
from wizard.engine.model import Protocol, Requirement, ScanResult
from wizard.engine.resolve import NO_PORT, ServerSpec, ServerSpecError, parse_server
from wizard.engine.witness import DEFAULT_CONTROL_PORT, ResponderSettings

SIP_PORT = 5060  # the SIP ALG test's port for a product that names none
# Requirements whose TCP side a responder's connect-back shows: reachable from outside.
_CONNECTED_BACK = (Requirement.INBOUND_TCP, Requirement.FULL_CONE)


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
                if rule.required and connectable(rule)
                for port in rule.ports
            }
        )

    def sip_port(self) -> int | None:
        """The port the product sends SIP from, for the SIP ALG test; None: no test.

        ``Product.sip_port`` where the catalog has it; else 5060 where a rule covers it."""
        if self.product is None:
            return None
        if hasattr(self.product, "sip_port"):
            return self.product.sip_port
        rules = self.product.rules_for(self.version)
        return SIP_PORT if any(rule.ports.contains(SIP_PORT) for rule in rules) else None

    def sip_over_tcp(self) -> bool:
        """Whether the product takes SIP over TCP too, so the ALG test goes over TCP as
        well: a TCP rule covers its SIP port (``catalog.sip_over_tcp`` where it exists)."""
        if self.product is None:
            return False
        over_tcp = getattr(catalog, "sip_over_tcp", None)
        if over_tcp is not None:
            return bool(over_tcp(self.product, self.version))
        port = self.sip_port()
        return port is not None and any(
            rule.protocol in (Protocol.TCP, Protocol.BOTH) and rule.ports.contains(port)
            for rule in self.product.rules_for(self.version)
        )

    def responder_settings(self) -> ResponderSettings | None:
        """What the scan asks of the responder; None when none was given."""
        if not self.responder:
            return None
        tcp = self.tcp_ports if self.tcp_ports is not None else self.default_tcp_ports()
        sip_port = self.sip_port()
        return ResponderSettings(
            spec=str(responder_address(self.responder)),
            secret=self.responder_secret.encode("utf-8") if self.responder_secret else None,
            tcp_ports=tuple(tcp),
            sip_port=sip_port,
            sip_tcp=sip_port is not None and self.sip_over_tcp(),
        )


def responder_address(text: str) -> ServerSpec:
    """HOST[:PORT] of a responder, read as a STUN server's is (``parse_server``), with its
    control port ``DEFAULT_CONTROL_PORT`` where none is given, as ``check --responder``
    reads it. Raises ``ServerSpecError``."""
    try:
        return parse_server(text, need_port=True)
    except ServerSpecError as exc:
        if exc.template != NO_PORT:
            raise
    return ServerSpec(parse_server(text).host, DEFAULT_CONTROL_PORT)


def connectable(rule: Rule) -> bool:
    """Whether a responder's TCP connect-back to the rule's ports shows if its TCP side is
    met (``Rule.connectable`` where the catalog has it): the port must be reachable from
    the internet on itself, not through a forwarded public port, which the connect-back
    does not try."""
    known = getattr(rule, "connectable", None)
    if isinstance(known, bool):
        return known
    return (
        rule.protocol in (Protocol.TCP, Protocol.BOTH)
        and rule.requirement in _CONNECTED_BACK
        and rule.public_port is None
    )


def untested_rules(rules: Iterable[Rule], tcp_ports: Collection[int] = ()) -> tuple[Rule, ...]:
    """The rules a person must check by hand: a rule stays unless every side of it is
    tested, its UDP side by STUN (``Rule.probed``) and its TCP side by the responder's
    connect-backs to ``tcp_ports`` (``connectable`` rules whose ports they all cover)."""
    tcp = set(tcp_ports)
    untested = []
    for rule in rules:
        udp_open = rule.has_udp and not rule.probed
        tcp_side = rule.protocol in (Protocol.TCP, Protocol.BOTH)
        tcp_open = tcp_side and not (connectable(rule) and all(p in tcp for p in rule.ports))
        if udp_open or tcp_open:
            untested.append(rule)
    return tuple(untested)
