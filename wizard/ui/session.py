"""What the technician has chosen so far, shared by the pages of one wizard.

Each page owns its widgets and writes its choices here when the technician moves on;
later pages read them. Nothing here touches Qt widgets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wizard.catalog import Plan, Product, Rule, plan_checks
from wizard.engine.defaults import DEFAULT_RATE, DEFAULT_TIMEOUT
from wizard.engine.model import Protocol, ScanResult
from wizard.engine.resolve import ServerSpec


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
        kept rules a person must check by hand."""
        if self.product is None:
            return Plan((), ())
        ports = self.ports if self.ports is not None else self.default_ports()
        checks = plan_checks(self.product, self.version, ports).checks
        manual = tuple(
            rule for rule in self.rules() if not rule.probed or rule.protocol is Protocol.BOTH
        )
        return Plan(checks, manual)

    def default_ports(self) -> list[int]:
        """The UDP ports of the kept rules that STUN can test, in order."""
        return sorted({p for rule in self.rules() if rule.probed for p in rule.ports})
