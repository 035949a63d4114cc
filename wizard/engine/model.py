"""Plain data that flows out of the engine: stable codes, per-port results, progress events.

The string values of the enums are the JSON contract of ``check --json`` and of the saved
reports, so they never change once released; the words shown for them live in
``wizard.verdicts``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Requirement(StrEnum):
    """What the network must do for a port so the product works."""

    FULL_CONE = "full-cone"  # reachable from any address on the same public port
    OUTBOUND = "outbound"  # outbound UDP and replies, mapping independent of destination
    INBOUND_TCP = "inbound-tcp"  # a TCP port reachable from outside; STUN cannot test it


class Protocol(StrEnum):
    UDP = "udp"
    TCP = "tcp"
    BOTH = "both"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"


class Outcome(StrEnum):
    """What one checked port showed."""

    PASS = "pass"
    NOT_FORWARDED = "not_forwarded"
    PORT_TRANSLATED = "port_translated"
    SYMMETRIC_NAT = "symmetric_nat"
    NO_RESPONSE = "no_response"
    PORT_IN_USE = "port_in_use"
    # The operating system refused the bind for a reason other than another program
    # (on Linux and macOS, ports below 1024 need root).
    NO_PERMISSION = "no_permission"
    # Only test 1 could run: no usable STUN server with a second address.
    UNTESTED = "untested"


class Verdict(StrEnum):
    """The overall answer of a scan; the first that applies wins (see ``classify.verdict``)."""

    DNS_FAILURE = "dns_failure"
    STUN_UNREACHABLE = "stun_unreachable"
    STUN_NO_SECOND_ADDRESS = "stun_no_second_address"
    PORT_IN_USE = "port_in_use"
    SUCCESS = "success"
    PARTIAL = "partial"
    NOT_FORWARDED = "not_forwarded"
    PORT_TRANSLATED = "port_translated"
    SYMMETRIC_NAT = "symmetric_nat"
    NO_RESPONSE = "no_response"
    NO_PERMISSION = "no_permission"
    CANCELLED = "cancelled"


class Behaviour(StrEnum):
    """RFC 5780 terms for how a NAT maps and filters."""

    ENDPOINT_INDEPENDENT = "endpoint-independent"
    ADDRESS_DEPENDENT = "address-dependent"
    ADDRESS_AND_PORT_DEPENDENT = "address-and-port-dependent"


class ServerError(StrEnum):
    """Why a STUN server could not be used."""

    NAME_NOT_FOUND = "name_not_found"  # the DNS says the name does not exist
    DNS_NO_ANSWER = "dns_no_answer"  # the resolver could not get an answer at all
    NO_RESPONSE = "no_response"  # resolved, but no reply to a Binding request
    NO_SECOND_ADDRESS = "no_second_address"  # answers, but announces no other address
    IGNORES_CHANGE_REQUEST = "ignores_change_request"  # answers CHANGE-REQUEST from its own address
    NOT_TRIED = "not_tried"  # an earlier server in the list was already fit


@dataclass(frozen=True, order=True)
class Address:
    ip: str
    port: int

    def __str__(self) -> str:
        return f"[{self.ip}]:{self.port}" if ":" in self.ip else f"{self.ip}:{self.port}"

    @classmethod
    def of(cls, pair: tuple[str, int] | tuple) -> Address:
        return cls(str(pair[0]), int(pair[1]))


@dataclass(frozen=True)
class PortCheck:
    """One UDP port to check and what the network must do for it."""

    port: int
    requirement: Requirement = Requirement.FULL_CONE


@dataclass(frozen=True)
class ProcessInfo:
    pid: int | None
    name: str | None

    def as_dict(self) -> dict:
        return {"pid": self.pid, "name": self.name}


class BindFailure(StrEnum):
    IN_USE = "in_use"
    NO_PERMISSION = "no_permission"


@dataclass(frozen=True)
class Observation:
    """What the probes of one port saw, before any judgement."""

    port: int
    bind_failure: BindFailure | None = None
    bind_error: str | None = None
    holder: ProcessInfo | None = None
    mapped: Address | None = None  # test 1: the public address the server saw
    test2: bool | None = None  # None: not run
    test2_wrong_source: bool = False  # a reply to CHANGE-REQUEST came from the primary address
    mapped_other: Address | None = None  # the mapping test, via the other address
    mapping_tested: bool = False


@dataclass(frozen=True)
class PortResult:
    port: int
    requirement: Requirement
    outcome: Outcome
    mapped: Address | None
    test1: bool | None
    test2: bool | None
    mapped_other: Address | None = None
    process: ProcessInfo | None = None
    commands: tuple[str, ...] = ()
    protocol: Protocol = Protocol.UDP

    def as_dict(self) -> dict:
        return {
            "port": self.port,
            "protocol": str(self.protocol),
            "requirement": str(self.requirement),
            "outcome": str(self.outcome),
            "mapped": str(self.mapped) if self.mapped else None,
            "mapped_other": str(self.mapped_other) if self.mapped_other else None,
            "test1": self.test1,
            "test2": self.test2,
            "process": self.process.as_dict() if self.process else None,
            "commands": list(self.commands),
        }


@dataclass(frozen=True)
class ServerStatus:
    """One STUN server as the preflight found it."""

    server: str  # as the technician gave it, e.g. "stun.example.net:3478"
    addresses: tuple[Address, ...] = ()
    primary: Address | None = None  # the address that answered
    other_address: Address | None = None
    error: ServerError | None = None
    detail: str | None = None  # the resolver's or socket's own words, for the report

    @property
    def usable(self) -> bool:
        return self.error is None and self.primary is not None and self.other_address is not None

    def as_dict(self) -> dict:
        return {
            "server": self.server,
            "addresses": [str(a) for a in self.addresses],
            "primary": str(self.primary) if self.primary else None,
            "other_address": str(self.other_address) if self.other_address else None,
            "error": str(self.error) if self.error else None,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class NatSummary:
    public_ip: str | None = None
    mapping: Behaviour | None = None
    filtering: Behaviour | None = None
    port_preserving: bool | None = None

    def as_dict(self) -> dict:
        return {
            "public_ip": self.public_ip,
            "mapping": str(self.mapping) if self.mapping else None,
            "filtering": str(self.filtering) if self.filtering else None,
            "port_preserving": self.port_preserving,
        }


@dataclass(frozen=True)
class ScanResult:
    verdict: Verdict
    product: str
    servers: tuple[ServerStatus, ...]
    nat: NatSummary
    ports: tuple[PortResult, ...]
    elapsed_s: float
    server_used: ServerStatus | None = None
    manual: tuple[dict, ...] = field(default=())

    def as_dict(self) -> dict:
        """The JSON document of ``check --json``, less the translated ``message``."""
        return {
            "verdict": str(self.verdict),
            "product": self.product,
            "stun": [s.as_dict() for s in self.servers],
            "stun_used": self.server_used.server if self.server_used else None,
            "nat": self.nat.as_dict(),
            "ports": [p.as_dict() for p in self.ports],
            "manual_checks": list(self.manual),
            "elapsed_s": round(self.elapsed_s, 3),
        }


# Progress events: what a face (the CLI or the wizard) needs to show a scan as it runs.


@dataclass(frozen=True)
class ScanStarted:
    total: int


@dataclass(frozen=True)
class ServerChecked:
    status: ServerStatus


@dataclass(frozen=True)
class PortStarted:
    port: int


@dataclass(frozen=True)
class PortDone:
    result: PortResult
    done: int
    total: int


@dataclass(frozen=True)
class ScanFinished:
    result: ScanResult


Event = ScanStarted | ServerChecked | PortStarted | PortDone | ScanFinished
