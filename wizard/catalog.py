"""The products the wizard knows, one TOML file each under ``resources/products``.

A product file says which ports the PBX uses, what the network must do for each, and
which STUN servers to test with. Files are checked when loaded: any mistake, an unknown
key included, raises ``CatalogError`` naming the file and the field, so a typo never
passes silently. Indexes in field names count from 0 (``rules[2]`` is the third rule).

Schema::

    id = "3cx"                        # [a-z0-9-]+, equal to the file name without .toml
    name = "3CX"                      # display name
    summary = "..."                   # one line: what this product needs from the network
    stun_servers = ["host:port", ...] # tried in order; at least one
    notes = ["...", ...]              # optional: general advice for the administrator
    sip_port = 65002                  # optional: the port the PBX sends SIP from, for the
                                      #   SIP ALG test (default 5060 where a rule covers it)
    keepalive_s = 10                  # optional: seconds between the refreshes the PBX sends
                                      #   by itself to keep its NAT mappings and registrations
                                      #   open (1–3600); unknown: SIP's 30 s is assumed
    keepalive_setting = "..."         # optional: one sentence naming the product setting to
                                      #   shorten when the router forgets mappings too soon

    [[versions]]                      # optional; only where ports differ between versions
    id = "5.01"
    name = "5.01 and later"
    default = true                    # optional (false); exactly one version is the default

    [[rules]]                         # optional; a product may have none (custom)
    ports = "9000-10999"              # portspec: one port or one range, optional /step
    protocol = "udp"                  # udp | tcp | both
    direction = "inbound"             # inbound | outbound | both, as seen from the PBX
    purpose = "Audio and video (RTP media)"
    requirement = "full-cone"         # full-cone | outbound | inbound-tcp
    required = true                   # false: recommended
    destinations = "3478, 5060"       # optional: remote ports this traffic goes to, or "any"
    public_port = 5060                # optional: the router's public port that forwards to
                                      #   `ports` (a single port)
    versions = ["5.00"]               # optional: the rule applies only to these versions

A rule asking for ``inbound-tcp`` must have protocol ``tcp``; ``full-cone`` and
``outbound`` need ``udp`` or ``both``.

``plan_checks`` turns a product (and version, or ports a technician typed) into the UDP
ports the engine probes, the TCP ports a responder can connect back to, and the rules a
person has to check by hand.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib.resources.abc import Traversable
from pathlib import Path, PurePath
from typing import TypeVar

from wizard import RESOURCES
from wizard.engine.model import (
    Direction,
    ManualCheck,
    Outcome,
    PortCheck,
    PortResult,
    Protocol,
    Requirement,
)
from wizard.engine.resolve import ServerSpecError, parse_server
from wizard.engine.text import QT_TRANSLATE_NOOP, TranslatableError
from wizard.portspec import MAX_PORT, OUT_OF_RANGE, PortRange, PortSpecError, parse_ports

__all__ = [
    "PRODUCTS_DIR",
    "CatalogError",
    "Plan",
    "Product",
    "Rule",
    "UnknownProductError",
    "UnknownVersionError",
    "Version",
    "get_product",
    "left_untested",
    "load_catalog",
    "load_product",
    "plan_checks",
    "sip_over_tcp",
]

PRODUCTS_DIR = RESOURCES / "products"

# The order products are offered in: the named ones first, anything else alphabetically,
# and the free-form product last.
_FIRST = ("3cx", "swyxware", "pbxact")
_LAST = "custom"

_PRODUCT_ID = re.compile(r"[a-z0-9-]+")
_VERSION_ID = re.compile(r"[A-Za-z0-9._-]+")

_PRODUCT_KEYS = (
    "id",
    "name",
    "summary",
    "stun_servers",
    "notes",
    "sip_port",
    "keepalive_s",
    "keepalive_setting",
    "versions",
    "rules",
)
_VERSION_KEYS = ("id", "name", "default")
_RULE_KEYS = (
    "ports",
    "protocol",
    "direction",
    "purpose",
    "requirement",
    "required",
    "destinations",
    "public_port",
    "versions",
)

_T = TypeVar("_T")
_E = TypeVar("_E", bound=StrEnum)

# Requirements STUN can test, strictest first.
_PROBED = (Requirement.FULL_CONE, Requirement.OUTBOUND)
# Requirements whose TCP side a responder's connect-back shows: the port must be reachable
# from the internet. (An outbound rule's TCP side is about connections the PBX opens.)
_CONNECTED_BACK = (Requirement.INBOUND_TCP, Requirement.FULL_CONE)
# SIP's own port (RFC 3261 section 19.1.2): the SIP ALG test's default where a rule has it.
SIP_PORT = 5060
# The longest refresh interval a product file may give: an hour is far beyond any router's
# UDP timeout, so a larger number is a mistake (minutes typed as seconds times 60).
MAX_KEEPALIVE_S = 3600


class CatalogError(ValueError):
    """A product file that cannot be used; says which file and which field."""

    def __init__(self, file: str, field: str | None, problem: str) -> None:
        self.file = file
        self.field = field
        self.problem = problem
        where = f"{file}: {field}" if field else file
        super().__init__(f"{where}: {problem}")


NO_SUCH_PRODUCT = QT_TRANSLATE_NOOP(
    "Catalog", "there is no product '{product}'; known products: {known}"
)
NO_SUCH_VERSION = QT_TRANSLATE_NOOP(
    "Catalog", "{product} has no version '{version}'; known versions: {known}"
)
NO_VERSIONS = QT_TRANSLATE_NOOP(
    "Catalog", "{product} has no versions to choose from, so '{version}' is unknown"
)


class UnknownProductError(TranslatableError):
    """No product has the id asked for; the message lists the ones that exist."""

    context = "Catalog"

    def __init__(self, product_id: str, known: Iterable[str]) -> None:
        self.product_id = product_id
        self.known = tuple(known)
        super().__init__(NO_SUCH_PRODUCT, product=product_id, known=", ".join(self.known))


class UnknownVersionError(TranslatableError):
    """A product has no version with the id asked for; the message lists the ones it has."""

    context = "Catalog"

    def __init__(self, product: Product, version: str) -> None:
        self.product_id = product.id
        self.version = version
        self.known = tuple(v.id for v in product.versions)
        if self.known:
            super().__init__(
                NO_SUCH_VERSION, product=product.name, version=version, known=", ".join(self.known)
            )
        else:
            super().__init__(NO_VERSIONS, product=product.name, version=version)


@dataclass(frozen=True)
class Version:
    id: str
    name: str
    default: bool = False


@dataclass(frozen=True)
class Rule:
    """One line of a product's port table."""

    ports: PortRange
    protocol: Protocol
    direction: Direction
    purpose: str
    requirement: Requirement
    required: bool
    destinations: str | None = None
    public_port: int | None = None
    versions: tuple[str, ...] = ()  # empty: every version

    @property
    def has_udp(self) -> bool:
        return self.protocol in (Protocol.UDP, Protocol.BOTH)

    @property
    def has_tcp(self) -> bool:
        return self.protocol in (Protocol.TCP, Protocol.BOTH)

    @property
    def connectable(self) -> bool:
        """Whether a responder's TCP connect-back to ``ports`` shows if the TCP side of
        this rule is met: the port must be reachable from the internet, on itself (not
        through a forwarded public port, which the connect-back does not try)."""
        return self.has_tcp and self.requirement in _CONNECTED_BACK and self.public_port is None

    @property
    def probed(self) -> bool:
        """Whether STUN probes of ``ports`` can show if this rule is met.

        Not for a forwarded public port: the probe would see the private port's mapping,
        not the public port the router forwards from.
        """
        return self.has_udp and self.requirement in _PROBED and self.public_port is None

    def applies_to(self, version: str | None) -> bool:
        return not self.versions or version in self.versions

    def as_dict(self) -> dict:
        """The rule as JSON data (``ports --json``); a manual check's JSON is the same."""
        return self.manual_check().as_dict()

    def manual_check(self) -> ManualCheck:
        """The rule as a check for a person, carried through the scan into its result."""
        return ManualCheck(
            ports=str(self.ports),
            protocol=self.protocol,
            direction=self.direction,
            purpose=self.purpose,
            requirement=self.requirement,
            required=self.required,
            destinations=self.destinations,
            public_port=self.public_port,
        )


@dataclass(frozen=True)
class Product:
    id: str
    name: str
    summary: str
    stun_servers: tuple[str, ...]
    versions: tuple[Version, ...]
    rules: tuple[Rule, ...]
    notes: tuple[str, ...]
    source: Traversable
    # The port the PBX sends SIP from, for the SIP ALG test; None: the product uses no SIP
    # port the check knows of, so it runs no such test.
    sip_port: int | None = None
    # Seconds between the refreshes the PBX sends by itself (keep-alives, re-registrations)
    # to keep its NAT mappings open; None: not known (``wizard.keepalive`` assumes SIP's).
    keepalive_s: int | None = None
    # The English sentence naming the setting to shorten when the router forgets idle
    # mappings too soon (translated with ``product_text``); None: none named.
    keepalive_setting: str | None = None

    def default_version(self) -> str | None:
        return next((v.id for v in self.versions if v.default), None)

    def rules_for(self, version: str | None = None) -> tuple[Rule, ...]:
        """The rules that hold for ``version`` (the default version when None)."""
        if version is None:
            version = self.default_version()
        elif version not in {v.id for v in self.versions}:
            raise UnknownVersionError(self, version)
        return tuple(rule for rule in self.rules if rule.applies_to(version))


@dataclass(frozen=True)
class Plan:
    """What the engine will probe, and what a person must check by hand.

    ``checks``: the UDP ports STUN (and a responder) probe; ``tcp``: the TCP ports a
    responder connects back to, sorted; ``manual``: the rules nothing in the check tests.
    """

    checks: tuple[PortCheck, ...]
    manual: tuple[Rule, ...]
    tcp: tuple[int, ...] = ()


def plan_checks(
    product: Product,
    version: str | None = None,
    ports: Iterable[int] | None = None,
    *,
    tcp_ports: Iterable[int] | None = None,
    responder: bool = False,
) -> Plan:
    """The UDP ports to probe for ``product``, the TCP ports to connect back to, and the
    rules nothing in the check tests.

    Without ``ports``, every port of every rule STUN can test (UDP, full-cone or outbound,
    no forwarded public port) is probed, and ``tcp`` holds every port of the required
    rules whose TCP side must be reachable from outside (``inbound-tcp``, and the TCP
    side of a full-cone rule with protocol ``both``; no forwarded public port). Only the
    required ones: a product's recommended TCP rules include alternatives (3CX's web
    console on 5001 or on 443), of which a working site forwards one, so they stay
    checks by hand unless the technician lists them (``tcp_ports``). With ``ports``,
    exactly those are probed, each with the requirement of the rule that covers it
    (``full-cone`` where none does), ``tcp`` is empty and ``manual`` too: the technician
    chose what to check. ``tcp_ports`` replaces ``tcp`` in either case.

    ``manual`` (only without ``ports``) holds each rule with a side the check leaves
    untested: its UDP side unless probed; its TCP side unless ``responder`` says a
    responder will connect back and ``tcp`` covers every port of the rule. So a rule with
    protocol ``both`` leaves the list only when both sides are tested.

    A port several rules cover takes the strictest requirement: full-cone over outbound.
    Raises ``PortSpecError`` for a port outside 1–65535 and ``UnknownVersionError``.
    """
    rules = product.rules_for(version)
    probed = [rule for rule in rules if rule.probed]
    needs: dict[int, Requirement] = {}
    tcp: set[int] = set()
    if ports is None:
        for rule in probed:
            for port in rule.ports:
                needs[port] = _stricter(needs.get(port), rule.requirement)
        for rule in rules:
            if rule.connectable and rule.required:
                tcp.update(rule.ports)
    else:
        for port in ports:
            _check_port(port)
            requirement: Requirement | None = None
            for rule in probed:
                if rule.ports.contains(port):
                    requirement = _stricter(requirement, rule.requirement)
            needs[port] = requirement or Requirement.FULL_CONE
    if tcp_ports is not None:
        tcp = set()
        for port in tcp_ports:
            _check_port(port)
            tcp.add(port)
    manual: tuple[Rule, ...] = ()
    if ports is None:
        tested_tcp = tcp if responder else set()
        manual = tuple(rule for rule in rules if not _tested(rule, tested_tcp))
    checks = tuple(PortCheck(port, needs[port]) for port in sorted(needs))
    return Plan(checks=checks, manual=manual, tcp=tuple(sorted(tcp)))


def left_untested(
    product: Product, version: str | None, ports: Iterable[PortResult]
) -> tuple[Rule, ...]:
    """The rules a finished check (without ``--ports``) left for a person to check.

    The plan's ``manual`` assumes the responder tests every planned TCP port; the result
    says which it did: a TCP port counts as tested where the responder's connection told
    passed or not forwarded. A responder that could not be used, a port held by a local
    service whose connection could not be traced, one this computer's firewall kept the
    connection from, all leave their rules to a person.
    """
    judged = {
        port.port
        for port in ports
        if port.protocol is Protocol.TCP and port.outcome in (Outcome.PASS, Outcome.NOT_FORWARDED)
    }
    return plan_checks(product, version, tcp_ports=judged, responder=True).manual


def sip_over_tcp(product: Product, version: str | None = None) -> bool:
    """Whether the product takes SIP over TCP too: a TCP rule (of ``version``) covers its
    SIP port, so the SIP ALG test goes over TCP as well as UDP."""
    if product.sip_port is None:
        return False
    return any(
        rule.has_tcp and rule.ports.contains(product.sip_port)
        for rule in product.rules_for(version)
    )


def _tested(rule: Rule, tcp: set[int]) -> bool:
    """Whether the check tests every side of ``rule``, given the TCP ports a responder
    connects back to."""
    if rule.has_udp and not rule.probed:
        return False
    if rule.has_tcp:
        return rule.connectable and all(port in tcp for port in rule.ports)
    return True


def _check_port(port: int) -> None:
    if not 1 <= port <= MAX_PORT:
        raise PortSpecError(OUT_OF_RANGE, port=port)


def _stricter(current: Requirement | None, other: Requirement) -> Requirement:
    if current is None:
        return other
    return min(current, other, key=_PROBED.index)


def load_catalog(directory: Path | None = None) -> dict[str, Product]:
    """Every product in ``directory`` (the shipped ones by default), in display order.

    The shipped catalog is read once per process; another directory is read on each call.
    """
    if directory is None:
        return dict(_shipped_catalog())
    return _read_catalog(Path(directory))


def get_product(product_id: str, directory: Path | None = None) -> Product:
    """The product with ``product_id`` (case and surrounding spaces do not matter)."""
    catalog = load_catalog(directory)
    try:
        return catalog[product_id.strip().lower()]
    except KeyError:
        raise UnknownProductError(product_id, catalog) from None


@functools.cache
def _shipped_catalog() -> dict[str, Product]:
    return _read_catalog(PRODUCTS_DIR)


def _read_catalog(directory: Traversable) -> dict[str, Product]:
    # Only what importlib.resources offers (no glob), so the shipped files are read the
    # same way from a source tree, a wheel or a PyInstaller bundle.
    if not directory.is_dir():
        raise CatalogError(str(directory), None, "the product directory does not exist")
    paths = [path for path in directory.iterdir() if path.name.endswith(".toml")]
    products = [load_product(path) for path in paths]
    if not products:
        raise CatalogError(str(directory), None, "no product files (*.toml) in this directory")
    products.sort(key=_display_order)
    return {product.id: product for product in products}


def _display_order(product: Product) -> tuple[int, int, str]:
    if product.id in _FIRST:
        return (0, _FIRST.index(product.id), "")
    if product.id == _LAST:
        return (2, 0, "")
    return (1, 0, product.id)


def load_product(path: Traversable | str) -> Product:
    """Read and check one product file."""
    if isinstance(path, str):
        path = Path(path)
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except OSError as error:
        raise CatalogError(path.name, None, f"cannot be read ({error.strerror})") from error
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(path.name, None, f"is not valid TOML ({error})") from error
    return _ProductReader(path).product(data)


class _ProductReader:
    """Checks the data of one file field by field; every problem names the field."""

    def __init__(self, path: Traversable) -> None:
        self.path = path
        self.stem = PurePath(path.name).stem

    def fail(self, field: str | None, problem: str) -> CatalogError:
        return CatalogError(self.path.name, field, problem)

    def product(self, data: dict) -> Product:
        self.known_keys(data, _PRODUCT_KEYS, prefix="")
        product_id = self.text(data, "id")
        if not _PRODUCT_ID.fullmatch(product_id):
            raise self.fail("id", f"'{product_id}' may hold only a-z, 0-9 and '-'")
        if product_id != self.stem:
            raise self.fail(
                "id", f"'{product_id}' must match the file name (expected '{self.stem}')"
            )
        name = self.text(data, "name")
        summary = self.text(data, "summary")
        if "\n" in summary:
            raise self.fail("summary", "must be one line")
        versions = self.versions(data.get("versions", []))
        rules = self.rules(data.get("rules", []), versions)
        return Product(
            id=product_id,
            name=name,
            summary=summary,
            stun_servers=self.stun_servers(data),
            versions=versions,
            rules=rules,
            notes=self.notes(data),
            source=self.path,
            sip_port=self.sip_port(data, rules),
            keepalive_s=self.keepalive_s(data),
            keepalive_setting=self.keepalive_setting(data),
        )

    # Fields of the whole product.

    def stun_servers(self, data: dict) -> tuple[str, ...]:
        if "stun_servers" not in data:
            raise self.fail("stun_servers", "is missing")
        servers = self.array(data["stun_servers"], "stun_servers")
        if not servers:
            raise self.fail("stun_servers", "must list at least one server")
        for index, server in enumerate(servers):
            field = f"stun_servers[{index}]"
            self.expect(server, str, field)
            try:
                parse_server(server, need_port=True)
            except ServerSpecError as exc:
                raise self.fail(field, str(exc)) from None
        return tuple(servers)

    def notes(self, data: dict) -> tuple[str, ...]:
        notes = self.array(data.get("notes", []), "notes")
        for index, note in enumerate(notes):
            field = f"notes[{index}]"
            self.expect(note, str, field)
            if not note.strip():
                raise self.fail(field, "is empty")
        return tuple(notes)

    def sip_port(self, data: dict, rules: tuple[Rule, ...]) -> int | None:
        if "sip_port" not in data:
            covered = any(rule.ports.contains(SIP_PORT) for rule in rules)
            return SIP_PORT if covered else None
        port = self.expect(data["sip_port"], int, "sip_port")
        if not 1 <= port <= MAX_PORT:
            raise self.fail("sip_port", f"port {port} is outside 1–65535")
        return port

    def keepalive_s(self, data: dict) -> int | None:
        if "keepalive_s" not in data:
            return None
        seconds = self.expect(data["keepalive_s"], int, "keepalive_s")
        if not 1 <= seconds <= MAX_KEEPALIVE_S:
            raise self.fail("keepalive_s", f"{seconds} seconds is outside 1–{MAX_KEEPALIVE_S}")
        return seconds

    def keepalive_setting(self, data: dict) -> str | None:
        if "keepalive_setting" not in data:
            return None
        setting = self.text(data, "keepalive_setting")
        if "\n" in setting:
            raise self.fail("keepalive_setting", "must be one line")
        return setting

    def versions(self, value: object) -> tuple[Version, ...]:
        items = self.array(value, "versions")
        versions: list[Version] = []
        for index, item in enumerate(items):
            prefix = f"versions[{index}]"
            table = self.table(item, prefix)
            self.known_keys(table, _VERSION_KEYS, prefix=prefix + ".")
            version_id = self.text(table, "id", prefix)
            if not _VERSION_ID.fullmatch(version_id):
                raise self.fail(
                    f"{prefix}.id", f"'{version_id}' may hold only letters, digits, '.', '_', '-'"
                )
            for earlier, other in enumerate(versions):
                if other.id == version_id:
                    raise self.fail(
                        f"{prefix}.id", f"'{version_id}' is already used by versions[{earlier}]"
                    )
            default = table.get("default", False)
            self.expect(default, bool, f"{prefix}.default")
            versions.append(Version(version_id, self.text(table, "name", prefix), default))
        defaults = [index for index, version in enumerate(versions) if version.default]
        if versions and not defaults:
            raise self.fail("versions", "one version must have default = true")
        if len(defaults) > 1:
            raise self.fail(
                f"versions[{defaults[1]}].default",
                f"only one version can be the default, and versions[{defaults[0]}] already is",
            )
        return tuple(versions)

    def rules(self, value: object, versions: tuple[Version, ...]) -> tuple[Rule, ...]:
        items = self.array(value, "rules")
        return tuple(
            self.rule(self.table(item, f"rules[{index}]"), f"rules[{index}]", versions)
            for index, item in enumerate(items)
        )

    # One rule.

    def rule(self, table: dict, prefix: str, versions: tuple[Version, ...]) -> Rule:
        self.known_keys(table, _RULE_KEYS, prefix=prefix + ".")
        ports = self.ports(table, prefix)
        protocol = self.choice(table, "protocol", Protocol, prefix)
        direction = self.choice(table, "direction", Direction, prefix)
        purpose = self.text(table, "purpose", prefix)
        requirement = self.choice(table, "requirement", Requirement, prefix)
        if "required" not in table:
            raise self.fail(f"{prefix}.required", "is missing (true, or false for recommended)")
        required = table["required"]
        self.expect(required, bool, f"{prefix}.required")

        if requirement is Requirement.INBOUND_TCP and protocol is not Protocol.TCP:
            raise self.fail(
                f"{prefix}.requirement",
                f"'{requirement}' needs protocol \"tcp\", not '{protocol}'",
            )
        if requirement in _PROBED and protocol is Protocol.TCP:
            raise self.fail(
                f"{prefix}.requirement",
                f"'{requirement}' needs protocol \"udp\" or \"both\", not '{protocol}'",
            )

        destinations = None
        if "destinations" in table:
            destinations = self.text(table, "destinations", prefix)
            if destinations.strip().lower() != "any":
                try:
                    parse_ports(destinations)
                except PortSpecError as error:
                    raise self.fail(
                        f"{prefix}.destinations", f'{error} (write ports, or "any")'
                    ) from error

        public_port = None
        if "public_port" in table:
            public_port = table["public_port"]
            field = f"{prefix}.public_port"
            self.expect(public_port, int, field)
            if not 1 <= public_port <= MAX_PORT:
                raise self.fail(field, f"port {public_port} is outside 1–65535")
            if len(ports) != 1:
                raise self.fail(field, f"needs a rule with a single port, and ports is '{ports}'")

        rule_versions: tuple[str, ...] = ()
        if "versions" in table:
            listed = self.array(table["versions"], f"{prefix}.versions")
            if not listed:
                raise self.fail(
                    f"{prefix}.versions", "is empty; list versions or leave the key out"
                )
            known = [v.id for v in versions]
            for index, version in enumerate(listed):
                field = f"{prefix}.versions[{index}]"
                self.expect(version, str, field)
                if not known:
                    raise self.fail(field, f"'{version}' is unknown: this file has no [[versions]]")
                if version not in known:
                    raise self.fail(
                        field, f"'{version}' is not one of the versions {', '.join(known)}"
                    )
            rule_versions = tuple(listed)

        return Rule(
            ports=ports,
            protocol=protocol,
            direction=direction,
            purpose=purpose,
            requirement=requirement,
            required=required,
            destinations=destinations,
            public_port=public_port,
            versions=rule_versions,
        )

    def ports(self, table: dict, prefix: str) -> PortRange:
        spec = self.text(table, "ports", prefix)
        try:
            ranges = parse_ports(spec)
        except PortSpecError as error:
            raise self.fail(f"{prefix}.ports", str(error)) from error
        if len(ranges) != 1:
            raise self.fail(
                f"{prefix}.ports", f"'{spec}' lists several items; write one port or range per rule"
            )
        return ranges[0]

    # Plain value checks.

    def known_keys(self, table: Mapping, allowed: tuple[str, ...], prefix: str) -> None:
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = (
                    f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(allowed)}"
                )
                raise self.fail(f"{prefix}{key}", f"unknown key; {hint}")

    def text(self, table: dict, key: str, prefix: str = "") -> str:
        field = f"{prefix}.{key}" if prefix else key
        if key not in table:
            raise self.fail(field, "is missing")
        value = table[key]
        self.expect(value, str, field)
        if not value.strip():
            raise self.fail(field, "is empty")
        return value

    def choice(self, table: dict, key: str, kind: type[_E], prefix: str) -> _E:
        field = f"{prefix}.{key}"
        if key not in table:
            raise self.fail(field, f"is missing (one of {_choices(kind)})")
        value = table[key]
        self.expect(value, str, field)
        try:
            return kind(value)
        except ValueError:
            raise self.fail(field, f"'{value}' is not one of {_choices(kind)}") from None

    def array(self, value: object, field: str) -> list:
        return self.expect(value, list, field)

    def table(self, value: object, field: str) -> dict:
        return self.expect(value, dict, field)

    def expect(self, value: object, kind: type[_T], field: str) -> _T:
        # bool is a subclass of int, but `public_port = true` is a mistake, not port 1.
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return value
        raise self.fail(field, f"must be {_TOML_TYPES[kind]}, not {_describe(value)}")


_TOML_TYPES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    list: "an array",
    dict: "a table",
}


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, str):
        return f"the string '{value}'"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__} value"


def _choices(kind: type[StrEnum]) -> str:
    return ", ".join(member.value for member in kind)
