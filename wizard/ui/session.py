"""What the technician has chosen so far, shared by the pages of one wizard.

Each page owns its widgets and writes its choices here when the technician moves on;
later pages read them. Nothing here touches Qt widgets.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wizard.catalog import Plan, Product, Rule, plan_checks
from wizard.engine.defaults import DEFAULT_RATE, DEFAULT_TIMEOUT
from wizard.engine.model import Protocol, Requirement, ScanResult
from wizard.engine.resolve import ServerSpec
from wizard.engine.witness import ResponderSettings

SIP_PORT = 5060  # the SIP ALG test's port for a product that names none


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
        """The TCP ports a responder connects back to unless the technician says otherwise:
        every port of the kept rules that need inbound TCP, without a forwarded public
        port (the connect-back reaches the public port, which such a rule does not
        listen on here)."""
        return sorted(
            {
                port
                for rule in self.rules()
                if rule.requirement is Requirement.INBOUND_TCP
                and rule.protocol in (Protocol.TCP, Protocol.BOTH)
                and rule.public_port is None
                for port in rule.ports
            }
        )

    def sip_port(self) -> int | None:
        """The port the product speaks SIP on, for the SIP ALG test; None: no test.

        The product's own word where its file gives one; else 5060 where a UDP rule
        covers it."""
        if self.product is None:
            return None
        if hasattr(self.product, "sip_port"):
            return self.product.sip_port
        rules = self.product.rules_for(self.version)
        return SIP_PORT if _covered(rules, SIP_PORT, Protocol.UDP) else None

    def responder_settings(self) -> ResponderSettings | None:
        """What the scan asks of the responder; None when none was given."""
        if not self.responder:
            return None
        tcp = self.tcp_ports if self.tcp_ports is not None else self.default_tcp_ports()
        sip_port = self.sip_port()
        rules = self.product.rules_for(self.version) if self.product is not None else ()
        return ResponderSettings(
            spec=self.responder,
            secret=self.responder_secret.encode("utf-8") if self.responder_secret else None,
            tcp_ports=tuple(tcp),
            sip_port=sip_port,
            sip_tcp=sip_port is not None and _covered(rules, sip_port, Protocol.TCP),
        )


def untested_rules(rules: Iterable[Rule], tcp_ports: Collection[int] = ()) -> tuple[Rule, ...]:
    """The rules a person must check by hand: a rule stays unless every side of it is
    tested, its UDP side by STUN (``Rule.probed``) and its TCP side by the responder's
    connect-backs to ``tcp_ports`` (not for a forwarded public port, which the check
    cannot listen on)."""
    tcp = set(tcp_ports)
    untested = []
    for rule in rules:
        udp_open = rule.has_udp and not rule.probed
        tcp_side = rule.protocol in (Protocol.TCP, Protocol.BOTH)
        tcp_open = tcp_side and (
            rule.public_port is not None or not all(port in tcp for port in rule.ports)
        )
        if udp_open or tcp_open:
            untested.append(rule)
    return tuple(untested)


def _covered(rules: Iterable[Rule], port: int, protocol: Protocol) -> bool:
    """Whether a rule over ``protocol`` (or both) without a forwarded public port holds
    ``port``."""
    return any(
        rule.protocol in (protocol, Protocol.BOTH)
        and rule.public_port is None
        and rule.ports.contains(port)
        for rule in rules
    )
