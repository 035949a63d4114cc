"""One view of a scan result, which every face renders: the command line's summary, the
wizard's results page, the clipboard text and the HTML, PDF and JSON reports.

Data flows one way: catalog → plan → engine → result → presentation → face. Everything a
face shows about a result is decided here, once: the verdict's words and colours, the port
table's rows (neighbouring ports that ended alike folded into one; TCP ports apart from UDP
ones), the ports held by another program, the failures explained beside the verdict, the
checks to do by hand, the router's behaviour, the link's figures, what the responder
found from outside (its notes and the changes a SIP helper made), what the router said
about itself (a second NAT, its own forwards grouped into ranges), the hairpin test and
the mapping lifetime against what the product needs. A face only lays these out; it never
looks at a ``PortResult`` or a ``RouterMapping`` to decide what a row says.

All text here is translated already, in the language in effect when ``present`` ran. Text
from the network or the machine (server names, a STUN server's words, process names) is
passed on as it came; each face escapes it for its medium. What the router says (its
name, its forwards' descriptions and addresses) is made one short line of plain text
first (``router_text``), and escaped by the faces all the same.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace

from wizard.catalog import CatalogError, Product, UnknownProductError, get_product
from wizard.engine.classify import verdict_for
from wizard.engine.model import (
    Hairpin,
    LinkQuality,
    ManualCheck,
    MappingFit,
    MappingLifetime,
    Outcome,
    PortResult,
    ProcessInfo,
    Protocol,
    Reason,
    Requirement,
    RouterInfo,
    RouterMapping,
    RouterSource,
    ScanResult,
    ServerError,
    ServerStatus,
    SipChange,
    TcpSeen,
    UpstreamNat,
    Verdict,
    Witness,
)
from wizard.engine.results import upstream_shown
from wizard.i18n import product_text, translate
from wizard.keepalive import KeepaliveNeed, LifetimeFit, keepalive_need, lifetime_fit
from wizard.portspec import PortRange, port_runs
from wizard.words import (
    Explanation,
    MachineNote,
    behaviour_text,
    explain_outcome,
    explain_verdict,
    hairpin_note,
    hairpin_summary,
    lifetime_note,
    lifetime_summary,
    link_figures,
    link_note,
    link_summary,
    link_warnings,
    machine_notes,
    mapping_fit_label,
    outcome_label,
    port_preservation_text,
    protocol_label,
    reason_label,
    requirement_label,
    responder_notes,
    router_notes,
    router_source_label,
    router_text,
    server_error_text,
    sip_part_label,
    tcp_seen_label,
    upstream_label,
    verdict_message,
    verdict_outcome,
    witness_label,
)

__all__ = [
    "MAX_COMMAND_BLOCKS",
    "MAX_LISTED_RANGES",
    "MAX_MAPPING_ROWS",
    "MAX_TABLE_ROWS",
    "OUTCOME_COLOURS",
    "FailureClass",
    "FindingView",
    "LifetimeView",
    "MappingRow",
    "RouterView",
    "HeldGroup",
    "HeldPort",
    "HeldPorts",
    "LinkView",
    "ManualRow",
    "NatView",
    "PortRow",
    "ResultView",
    "ServerRow",
    "SipChangeRow",
    "VerdictView",
    "group_ports",
    "held_by",
    "mark",
    "port_list",
    "group_mappings",
    "port_row",
    "present",
]

# The one table of outcome colours: the reports, the port grid, its legend, the port tables
# and the path picture all take theirs from here, so a colour means the same wherever a
# technician sees it. Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008), told
# apart with the common kinds of colour blindness; the label is always written next to the
# colour, so nothing depends on the colour alone. A port that could not be judged gets a
# grey-blue outside the palette: neutral on purpose, far from the warm colours of the faults.
OUTCOME_COLOURS: dict[Outcome, str] = {
    Outcome.PASS: "#009E73",  # bluish green
    Outcome.NOT_FORWARDED: "#E69F00",  # orange
    Outcome.PORT_TRANSLATED: "#F0E442",  # yellow
    Outcome.SYMMETRIC_NAT: "#D55E00",  # vermillion
    Outcome.NO_RESPONSE: "#000000",  # black
    Outcome.PORT_IN_USE: "#0072B2",  # blue
    Outcome.NO_PERMISSION: "#CC79A7",  # reddish purple
    Outcome.UNTESTED: "#56B4E9",  # sky blue
    Outcome.INCONCLUSIVE: "#6F7F99",  # grey-blue
    Outcome.BLOCKED_ON_THIS_COMPUTER: "#A0A0A0",  # grey: nothing said about the router
    Outcome.PORT_RESERVED: "#882255",  # wine
}

# The verdict badge: (background, text colour). Black on amber reads better than white.
_BADGE_SUCCESS = ("#009E73", "#FFFFFF")
_BADGE_PARTIAL = ("#E69F00", "#000000")
_BADGE_FAILURE = ("#D55E00", "#FFFFFF")
_BADGE_INCONCLUSIVE = (OUTCOME_COLOURS[Outcome.INCONCLUSIVE], "#000000")

# Beyond this many rows the port table drops the public address from what makes ports
# alike (a router that picks random public ports makes every port a row of its own); beyond
# it again the table is cut short and says so. The JSON always lists every port.
MAX_TABLE_ROWS = 200
# A running PBX can hold thousands of ports; the commands for a few show how to look.
MAX_COMMAND_BLOCKS = 5
# Failing ports listed in one line of text before "and N more".
MAX_LISTED_RANGES = 40
# Rows of the router's forwards shown; a router may list hundreds (the JSON has them all).
MAX_MAPPING_ROWS = 50

_UNKNOWN = "–"


# --- Small pieces every face writes the same way ---------------------------------------------


def mark(value: bool | None) -> str:
    """A test's result for a table cell: ok, failed, or a dash where it did not run."""
    if value is None:
        return _UNKNOWN
    return translate("Presentation", "ok") if value else translate("Presentation", "failed")


def held_by(process: ProcessInfo | None) -> str:
    """``"3CXPhoneSystem.exe (PID 4312)"``; ``"?"`` for a program the system did not name."""
    if process is None:
        return ""
    name = _name(process)
    return f"{name} (PID {process.pid})" if process.pid is not None else name


def port_list(runs: Sequence[PortRange], protocol: Protocol = Protocol.UDP) -> str:
    """``"5060, 9980–9999"``, TCP ports as ``"22/TCP, 5090/TCP"``; a long list ends with
    how many ranges were left out."""
    shown = [_named(run.display(), protocol) for run in runs]
    if len(shown) <= MAX_LISTED_RANGES:
        return ", ".join(shown)
    return translate("Presentation", "{ports}, … (ranges left out: {count})").format(
        ports=", ".join(shown[:MAX_LISTED_RANGES]), count=len(shown) - MAX_LISTED_RANGES
    )


def _named(ports: str, protocol: Protocol) -> str:
    """A port or range as faces name it: UDP as the number alone (most ports are), TCP
    with its protocol, ``5090/TCP``."""
    return f"{ports}/TCP" if protocol is Protocol.TCP else ports


# --- The parts of the view ------------------------------------------------------------------


@dataclass(frozen=True)
class VerdictView:
    verdict: Verdict
    message: str  # the headline: the verdict in one sentence
    explanation: Explanation
    badge: tuple[str, str]  # (background, text) colour of the verdict's badge
    show_steps: bool  # a passing check has nothing to do


@dataclass(frozen=True)
class ServerRow:
    server: str  # as the technician or the product file wrote it
    address: str  # the address that answered, or what the name resolved to
    other: str  # the second address it announced
    state: str  # used, answered, or why it could not be used (with the system's words)
    error: ServerError | None
    used: bool


@dataclass(frozen=True)
class NatView:
    public_ip: str
    mapping: str
    filtering: str
    port_numbers: str
    shown: bool  # False when the check learnt nothing about the router


@dataclass(frozen=True)
class LinkView:
    figures: tuple[tuple[str, str], ...]  # (label, value)
    warnings: tuple[str, ...]  # one sentence for each figure that threatens calls
    note: str  # what the figures were measured with
    summary: str | None  # one line for a chat or ticket; None without a loss figure


@dataclass(frozen=True)
class PortRow:
    """One row of the port table: neighbouring ports that ended alike."""

    ports: PortRange
    outcome: Outcome
    label: str  # the outcome in words
    reason: str  # why an inconclusive port is so, in words; "" otherwise
    public: str  # the public address (range), "ip, ports vary", "varies" or "–"
    test1: str
    test2: str
    holder: str  # the program holding the port, "" when none
    colour: str
    protocol: Protocol = Protocol.UDP  # TCP rows come from the responder's connect-backs
    witness: str = ""  # who proved test 2, in words ("STUN server", "responder", "both")
    seen: str = ""  # TCP: what became of the responder's connection, in words

    @property
    def count(self) -> int:
        return len(self.ports)

    @property
    def display(self) -> str:
        """The ports as people read them: ``9000–9019``, or ``5090/TCP``."""
        return _named(self.ports.display(), self.protocol)

    @property
    def spec(self) -> str:
        """The ports as ``--ports`` takes them, ``9000-9019``; TCP ones as ``5090/TCP``."""
        return _named(str(self.ports), self.protocol)

    @property
    def result(self) -> str:
        """The outcome with its reason (or, for a TCP port, what became of the responder's
        connection), for a face that has no column for details."""
        detail = self.reason or self.seen
        if detail:
            return translate("Presentation", "{result} ({reason})").format(
                result=self.label, reason=detail
            )
        return self.label

    @property
    def details(self) -> str:
        """Why the port is inconclusive, the program holding the port, or what became of
        the responder's connection to a TCP port."""
        return self.reason or self.holder or self.seen

    @property
    def failing(self) -> bool:
        """Whether the outcome is a fault: a port that works or could not be judged is not."""
        return self.outcome not in (Outcome.PASS, Outcome.INCONCLUSIVE)


@dataclass(frozen=True)
class FailureClass:
    """Ports that did not pass in the same way, and so share one explanation."""

    outcome: Outcome
    requirement: Requirement | None  # None where it changes nothing (inconclusive ports)
    reason: Reason | None  # why, for inconclusive ports
    runs: tuple[PortRange, ...]
    count: int
    retested: int  # ports asked again more slowly, still without a clear answer
    explanation: Explanation
    detail: str  # outcome and requirement (or the reason) in words, beside the title
    colour: str
    protocol: Protocol = Protocol.UDP  # TCP ports never share a class with UDP ones

    @property
    def ports_text(self) -> str:
        return port_list(self.runs, self.protocol)


@dataclass(frozen=True)
class HeldGroup:
    ports: PortRange
    name: str
    pid: str


@dataclass(frozen=True)
class HeldPort:
    port: int
    program: str  # held_by(), or "" when the system named no program
    name: str
    pid: str
    commands: tuple[str, ...]


@dataclass(frozen=True)
class HeldPorts:
    groups: tuple[HeldGroup, ...]  # neighbouring ports held by the same program
    shown: tuple[HeldPort, ...]  # the first few ports with commands to see the holder
    more: int  # ports with commands beyond those shown


@dataclass(frozen=True)
class ManualRow:
    ports: str  # "5090", or "5060 → 65002" for a forwarded public port
    protocol: str
    needs: str  # the requirement, and whether it is required or recommended
    purpose: str


@dataclass(frozen=True)
class SipChangeRow:
    """One change a SIP helper made, in words: (what, as sent, as received).

    ``sent`` and ``received`` are the message's own text (from the network: escape it);
    "–" where the helper added or removed the part."""

    part: str
    sent: str
    received: str
    transport: str = ""  # what the message went over: "UDP" or "TCP"


@dataclass(frozen=True)
class MappingRow:
    """Neighbouring forwards of the router that go to the same device, with the same
    offset between public and internal port (a range forwarded as one). ``client`` and
    ``description`` are the router's words: one short line of plain text, to escape."""

    protocol: Protocol
    external: PortRange  # the public ports
    client: str  # the LAN address they go to
    internal: PortRange  # the ports there
    fit: MappingFit
    where: str  # the fit in words: "to this computer", "to another device", ...
    description: str
    lease: str  # "permanent", or the shortest time left in the group ("59 min")

    @property
    def display(self) -> str:
        """The public ports as people read them: ``9000–9009``, or ``5061/TCP``."""
        return _named(self.external.display(), self.protocol)

    @property
    def target(self) -> str:
        """Where they go: ``198.18.0.3:9000–9009``."""
        return f"{self.client}:{self.internal.display()}"

    @property
    def count(self) -> int:
        return len(self.external)

    @property
    def problem(self) -> bool:
        """Whether the row points somewhere the PBX does not listen."""
        return self.fit in (MappingFit.OTHER_HOST, MappingFit.PORT_CHANGED)


@dataclass(frozen=True)
class RouterView:
    """What the router said about itself, ready to lay out: ``facts`` as (label, value)
    rows, its forwards that cover the checked ports, and the notes about it (a second
    NAT, forwards that point elsewhere, ...; the worst first)."""

    source: RouterSource
    facts: tuple[tuple[str, str], ...]
    rows: tuple[MappingRow, ...]
    rows_left_out: int
    notes: tuple[MachineNote, ...]
    upstream: str  # what sits in front of the router, in words; "" when nothing does
    listed: bool  # the router answered the listing of its forwards (even with none)
    upstream_kind: UpstreamNat | None = None  # for a picture of the path


@dataclass(frozen=True)
class FindingView:
    """A test's answer as one line for a summary, and as a note with what to do."""

    summary: str
    note: MachineNote | None


@dataclass(frozen=True)
class LifetimeView(FindingView):
    """The mapping lifetime test against what the product needs (``wizard.keepalive``)."""

    fit: LifetimeFit = LifetimeFit.UNKNOWN
    need_s: int = 0
    limit_s: float = 0.0
    alive_s: float | None = None
    expired_s: float | None = None


@dataclass(frozen=True)
class ResultView:
    """Everything a face shows about one scan result, decided once."""

    verdict: VerdictView
    elapsed_s: float
    ports_checked: int
    servers: tuple[ServerRow, ...]
    server_used: ServerRow | None
    nat: NatView
    link: LinkView | None
    rows: tuple[PortRow, ...]
    rows_left_out: int  # rows beyond MAX_TABLE_ROWS; the JSON lists every port
    failures: tuple[FailureClass, ...]  # ports that failed for certain, by class
    unclear: tuple[FailureClass, ...]  # ports that could not be judged, by reason
    beside_verdict: tuple[FailureClass, ...]  # the classes a summary explains below its verdict
    held: HeldPorts
    manual: tuple[ManualRow, ...]
    machine: tuple[MachineNote, ...]  # what this computer itself does to the check and the PBX
    counts: tuple[tuple[str, int], ...]  # (outcome in words, ports), in order of appearance
    not_passing: tuple[tuple[str, str], ...]  # (result in words, port list) for the summary
    # What the responder found from outside: its own state, the SIP ALG test (the worst
    # first; ``wizard.words.responder``), and the changes a SIP helper made.
    outside: tuple[MachineNote, ...] = ()
    sip_changes: tuple[SipChangeRow, ...] = ()
    # What the router said (None: not asked), the hairpin test and the mapping lifetime
    # (None: not run).
    router: RouterView | None = None
    hairpin: FindingView | None = None
    lifetime: LifetimeView | None = None


def present(result: ScanResult) -> ResultView:
    """The view of ``result`` in the current language. The product's need for the mapping
    lifetime comes from the catalog entry named by ``result.product`` (SIP's where the
    catalog has none by that name)."""
    classes = _failing_classes(result.ports)
    failures = tuple(c for c in classes if c.outcome is not Outcome.INCONCLUSIVE)
    unclear = tuple(c for c in classes if c.outcome is Outcome.INCONCLUSIVE)
    rows, left_out = _table(result.ports)
    if result.responder is None:
        # Without a responder every test 2 is the STUN server's: nothing to tell apart.
        rows = tuple(replace(row, witness="") for row in rows)
    servers = tuple(_server_row(status, result.server_used) for status in result.servers)
    used = next((row for row in servers if row.used), None)
    verdict = _verdict(result.verdict, _verdict_is_tcp(result))
    return ResultView(
        verdict=verdict,
        elapsed_s=result.elapsed_s,
        ports_checked=len(result.ports),
        servers=servers,
        server_used=used,
        nat=_nat(result),
        link=_link(result.link),
        rows=rows,
        rows_left_out=left_out,
        failures=failures,
        unclear=unclear,
        beside_verdict=_beside_verdict(result.verdict, failures, unclear),
        held=_held(result.ports),
        manual=tuple(_manual_row(check) for check in result.manual),
        machine=machine_notes(result),
        counts=_counts(result.ports),
        not_passing=_not_passing(result.ports),
        outside=responder_notes(result),
        sip_changes=_sip_changes(result.sip_alg.changed if result.sip_alg else ()),
        router=_router(result),
        hairpin=_hairpin(result.hairpin, result.router),
        lifetime=_lifetime(
            result.mapping_lifetime, keepalive_need(_product(result.product)), result.router
        ),
    )


def _verdict_is_tcp(result: ScanResult) -> bool:
    """Whether every port with the outcome the verdict stands for is a TCP port, so its
    steps must be about TCP forwards."""
    outcome = verdict_outcome(result.verdict)
    protocols = {port.protocol for port in result.ports if port.outcome is outcome}
    return protocols == {Protocol.TCP}


def _verdict(verdict: Verdict, tcp: bool = False) -> VerdictView:
    explanation = explain_verdict(verdict, tcp=tcp)
    if verdict is Verdict.SUCCESS:
        badge = _BADGE_SUCCESS
    elif verdict is Verdict.PARTIAL:
        badge = _BADGE_PARTIAL
    elif verdict in (Verdict.INCONCLUSIVE, Verdict.BLOCKED_ON_THIS_COMPUTER):
        badge = _BADGE_INCONCLUSIVE
    else:
        badge = _BADGE_FAILURE
    return VerdictView(
        verdict=verdict,
        message=verdict_message(verdict),
        explanation=explanation,
        badge=badge,
        show_steps=verdict is not Verdict.SUCCESS and bool(explanation.steps),
    )


def _server_row(status: ServerStatus, used: ServerStatus | None) -> ServerRow:
    if status.primary is not None:
        address = str(status.primary)
    elif status.addresses:
        address = ", ".join(str(address) for address in status.addresses)
    else:
        address = _UNKNOWN
    is_used = status.error is None and used is not None and status.server == used.server
    if status.error is not None:
        state = server_error_text(status.error)
        if status.detail:
            state += f" ({status.detail})"
    elif is_used:
        state = translate("Presentation", "Used for this check.")
    else:
        state = translate("Presentation", "Answered.")
    return ServerRow(
        server=status.server,
        address=address,
        other=str(status.other_address) if status.other_address else _UNKNOWN,
        state=state,
        error=status.error,
        used=is_used,
    )


def _nat(result: ScanResult) -> NatView:
    nat = result.nat
    return NatView(
        public_ip=nat.public_ip or _UNKNOWN,
        mapping=behaviour_text("mapping", nat.mapping),
        filtering=behaviour_text("filtering", nat.filtering),
        port_numbers=port_preservation_text(nat.port_preserving),
        shown=bool(
            nat.public_ip or nat.mapping or nat.filtering or nat.port_preserving is not None
        ),
    )


def _link(link: LinkQuality | None) -> LinkView | None:
    if link is None:
        return None
    return LinkView(
        figures=tuple(link_figures(link)),
        warnings=tuple(link_warnings(link)),
        note=link_note(),
        summary=link_summary(link) if link.loss_pct is not None else None,
    )


# --- The port table ---------------------------------------------------------------------------


def group_ports(ports: Sequence[PortResult]) -> list[list[PortResult]]:
    """Neighbouring ports that ended alike, so 2000 passing ports make one group.

    Alike means the same outcome (and reason, where it is inconclusive), test results and
    holding process, and the same public address with the same offset between public and
    local port.
    """
    return _group(ports, _strict_key)


def _strict_key(result: PortResult) -> Hashable:
    return (*_coarse_key(result), _shift(result))


def _coarse_key(result: PortResult) -> tuple:
    return (
        result.protocol,
        result.outcome,
        result.reason,
        result.test1,
        result.test2,
        result.process,
        result.test2_by,
        result.responder,
        result.tcp_seen,
    )


def _shift(result: PortResult) -> tuple[str, int] | None:
    return (result.mapped.ip, result.mapped.port - result.port) if result.mapped else None


def _group(
    ports: Sequence[PortResult], key: Callable[[PortResult], Hashable]
) -> list[list[PortResult]]:
    groups: list[list[PortResult]] = []
    for result in ports:
        if groups:
            last = groups[-1][-1]
            if result.port == last.port + 1 and key(result) == key(last):
                groups[-1].append(result)
                continue
        groups.append([result])
    return groups


def _table(ports: Sequence[PortResult]) -> tuple[tuple[PortRow, ...], int]:
    """The rows of the port table, and how many rows were left out."""
    groups = group_ports(ports)
    if len(groups) > MAX_TABLE_ROWS:
        groups = _group(ports, _coarse_key)
    left_out = max(len(groups) - MAX_TABLE_ROWS, 0)
    return tuple(_row(group) for group in groups[:MAX_TABLE_ROWS]), left_out


def port_row(result: PortResult) -> PortRow:
    """The row of one port, for a table filled while a scan runs."""
    return _row([result])


def _row(group: Sequence[PortResult]) -> PortRow:
    first = group[0]
    reason = ""
    if first.outcome is Outcome.INCONCLUSIVE and first.reason is not None:
        reason = reason_label(first.reason)
    return PortRow(
        ports=PortRange(first.port, group[-1].port),
        outcome=first.outcome,
        label=outcome_label(first.outcome),
        reason=reason,
        public=_public_span(group),
        test1=mark(first.test1),
        test2=mark(_test2(first)),
        holder=held_by(first.process),
        colour=OUTCOME_COLOURS[first.outcome],
        protocol=first.protocol,
        witness=_witness(first),
        seen=tcp_seen_label(first.tcp_seen, first.responder) if first.tcp_seen else "",
    )


def _test2(result: PortResult) -> bool | None:
    """Whether something from an address the port never sent to got in: STUN's test 2,
    or the responder's probe where it was the witness (a TCP port's connect-back)."""
    if result.protocol is Protocol.TCP:
        return result.responder
    if result.test2_by is not None:
        return True
    return result.responder if result.test2 is None else result.test2


def _witness(result: PortResult) -> str:
    if result.protocol is Protocol.TCP:
        return witness_label(Witness.RESPONDER) if result.responder else ""
    return witness_label(result.test2_by) if result.test2_by else ""


def _public_span(group: Sequence[PortResult]) -> str:
    first, last = group[0].mapped, group[-1].mapped
    if first is None or last is None:
        return _UNKNOWN
    if len(group) == 1:
        return str(first)
    if any(_shift(port) != _shift(group[0]) for port in group):
        if all(port.mapped is not None and port.mapped.ip == first.ip for port in group):
            return translate("Presentation", "{ip}, ports vary").format(ip=first.ip)
        return translate("Presentation", "varies")
    return f"{first}–{last.port}"


# --- Failures and the ports that could not be judged -----------------------------------------


@dataclass(frozen=True)
class _ClassKey:
    outcome: Outcome
    requirement: Requirement | None
    reason: Reason | None
    protocol: Protocol
    seen: TcpSeen | None  # a TCP port not forwarded: what became of the connection
    witness: Witness | None  # a UDP port not forwarded: who was kept out


def _failing_classes(ports: Sequence[PortResult]) -> list[FailureClass]:
    """Ports that did not pass, by outcome and requirement, in order of first appearance.

    The requirement matters because it changes what an outcome means (``explain_outcome``);
    for an inconclusive port its reason does instead. TCP ports and UDP ports never share
    a class; a port not forwarded is told by what became of the responder's connection
    (TCP) or by who was kept out (UDP).
    """
    found: dict[_ClassKey, list[PortResult]] = {}
    for port in ports:
        if port.outcome is Outcome.PASS:
            continue
        found.setdefault(_class_key(port), []).append(port)
    return [_failure_class(key, members) for key, members in found.items()]


def _class_key(port: PortResult) -> _ClassKey:
    if port.outcome is Outcome.INCONCLUSIVE:
        return _ClassKey(port.outcome, None, port.reason, port.protocol, None, None)
    seen = witness = None
    if port.outcome is Outcome.NOT_FORWARDED:
        if port.protocol is Protocol.TCP:
            seen = port.tcp_seen
        else:
            witness = _kept_out(port)
    return _ClassKey(port.outcome, port.requirement, None, port.protocol, seen, witness)


def _kept_out(port: PortResult) -> Witness | None:
    """Who failed to reach a UDP port: the responder alone, or it and the STUN server's
    second address both; None where only STUN asked (its words are the usual ones)."""
    if port.responder is not False:
        return None
    return Witness.BOTH if port.test2 is False else Witness.RESPONDER


def _failure_class(key: _ClassKey, ports: Sequence[PortResult]) -> FailureClass:
    outcome, requirement = key.outcome, key.requirement
    if key.reason is not None:
        detail = reason_label(key.reason)
    elif requirement is not None:
        detail = f"{outcome_label(outcome)}, {requirement_label(requirement)}"
    else:
        detail = outcome_label(outcome)
    if key.seen is not None:
        detail += ", " + tcp_seen_label(key.seen, reached=False)
    return FailureClass(
        outcome=outcome,
        requirement=requirement,
        reason=key.reason,
        runs=tuple(port_runs(port.port for port in ports)),
        count=len(ports),
        retested=sum(port.retested for port in ports),
        explanation=explain_outcome(
            outcome, requirement, key.reason, seen=key.seen, witness=key.witness
        ),
        detail=detail,
        colour=OUTCOME_COLOURS[outcome],
        protocol=key.protocol,
    )


def _beside_verdict(
    verdict: Verdict, failures: Sequence[FailureClass], unclear: Sequence[FailureClass]
) -> tuple[FailureClass, ...]:
    """When ports failed in more than one way (or only some failed), each failure class
    but the one the verdict explains; TCP ports that failed, always, since their words say
    what became of the responder's connection; and the inconclusive ports by reason,
    always, since no verdict can say why for them."""
    several = len({c.outcome for c in failures}) >= 2 or verdict is Verdict.PARTIAL

    def beside(c: FailureClass) -> bool:
        if c.protocol is Protocol.TCP:
            return True
        return several and verdict_for(c.outcome) is not verdict

    return (*(c for c in failures if beside(c)), *unclear)


# --- Ports held by another program -----------------------------------------------------------


def _held(ports: Sequence[PortResult]) -> HeldPorts:
    held = [port for port in ports if port.outcome is Outcome.PORT_IN_USE]
    groups = tuple(
        HeldGroup(
            ports=PortRange(group[0].port, group[-1].port),
            name=_name(group[0].process),
            pid=_pid(group[0].process),
        )
        for group in _group(held, lambda port: port.process)
    )
    with_commands = [port for port in ports if port.commands]
    shown = tuple(
        HeldPort(
            port=port.port,
            program=held_by(port.process),
            name=_name(port.process),
            pid=_pid(port.process),
            commands=port.commands,
        )
        for port in with_commands[:MAX_COMMAND_BLOCKS]
    )
    return HeldPorts(groups, shown, max(len(with_commands) - MAX_COMMAND_BLOCKS, 0))


def _name(process: ProcessInfo | None) -> str:
    """The program as a technician knows it: named by the system, with the services a
    ``svchost.exe`` runs, and this wizard called what it is."""
    name = process.name if process is not None and process.name else "?"
    if process is None:
        return name
    if process.this_program:
        return translate("Presentation", "another copy of this wizard ({program})").format(
            program=name
        )
    if process.services:
        return translate("Presentation", "{program}, services: {services}").format(
            program=name, services=", ".join(process.services)
        )
    return name


def _pid(process: ProcessInfo | None) -> str:
    return str(process.pid) if process is not None and process.pid is not None else "?"


# --- Checks to do by hand -------------------------------------------------------------------


def _manual_row(check: ManualCheck) -> ManualRow:
    ports = check.ports
    if check.public_port is not None:
        ports = f"{check.public_port} → {ports}"
    flag = (
        translate("Presentation", "required")
        if check.required
        else translate("Presentation", "recommended")
    )
    return ManualRow(
        ports=ports,
        protocol=protocol_label(check.protocol),
        needs=f"{requirement_label(check.requirement)}, {flag}",
        purpose=product_text(check.purpose),
    )


# --- Counts for a short summary ----------------------------------------------------------------


def _counts(ports: Iterable[PortResult]) -> tuple[tuple[str, int], ...]:
    counts: dict[Outcome, int] = {}
    for port in ports:
        counts[port.outcome] = counts.get(port.outcome, 0) + 1
    return tuple((outcome_label(outcome), count) for outcome, count in counts.items())


def _not_passing(ports: Iterable[PortResult]) -> tuple[tuple[str, str], ...]:
    by_result: dict[tuple[str, Protocol], list[int]] = {}
    for port in ports:
        if port.outcome is not Outcome.PASS:
            key = (port_row(port).result, port.protocol)
            by_result.setdefault(key, []).append(port.port)
    return tuple(
        (label, port_list(port_runs(numbers), protocol))
        for (label, protocol), numbers in by_result.items()
    )


# --- What the responder found from outside ----------------------------------------------------


def _sip_changes(changes: Iterable[SipChange]) -> tuple[SipChangeRow, ...]:
    return tuple(
        SipChangeRow(
            part=sip_part_label(change.part),
            sent=change.sent if change.sent is not None else _UNKNOWN,
            received=change.received if change.received is not None else _UNKNOWN,
            transport=protocol_label(change.transport),
        )
        for change in changes
    )


# --- What the router said, the hairpin test and the mapping lifetime ---------------------------


def _product(product_id: str) -> Product | None:
    try:
        return get_product(product_id)
    except (UnknownProductError, CatalogError):
        return None


def _router(result: ScanResult) -> RouterView | None:
    info = result.router
    if info is None:
        return None
    rows = [_mapping_row(group) for group in group_mappings(info.mappings)]
    upstream = upstream_label(info.upstream) if info.upstream is not None else ""
    return RouterView(
        source=info.source,
        facts=_router_facts(info, upstream),
        rows=tuple(rows[:MAX_MAPPING_ROWS]),
        rows_left_out=max(len(rows) - MAX_MAPPING_ROWS, 0),
        notes=router_notes(result),
        upstream=upstream,
        listed=info.mappings_listed,
        upstream_kind=info.upstream,
    )


def _router_facts(info: RouterInfo, upstream: str) -> tuple[tuple[str, str], ...]:
    facts = [(translate("Presentation", "Asked with"), router_source_label(info.source))]
    name = router_text(info.name)
    if name or info.address:
        where = router_text(info.address, 45)
        if name and where:
            shown = translate("Presentation", "{name} at {address}").format(
                name=name, address=where
            )
        else:
            shown = name or where
        facts.append((translate("Presentation", "Router"), shown))
    if info.wan_address or info.source is not RouterSource.NONE:
        wan = router_text(info.wan_address, 45) or _UNKNOWN
        connection = router_text(info.connection, 40)
        if connection and not info.wan_address:
            wan = translate("Presentation", "– (it says: {status})").format(status=connection)
        facts.append((translate("Presentation", "Internet (WAN) address"), wan))
    facts.append(
        (
            translate("Presentation", "Second NAT in front"),
            upstream or translate("Presentation", "none seen"),
        )
    )
    if info.mappings_listed:
        if info.mappings_total:
            listed = translate(
                "Presentation", "{total}, of which {ours} for the checked ports"
            ).format(total=info.mappings_total, ours=len(info.mappings))
        else:
            listed = translate("Presentation", "none")
        facts.append((translate("Presentation", "Forwards it lists"), listed))
    return tuple(facts)


def group_mappings(mappings: Sequence[RouterMapping]) -> list[list[RouterMapping]]:
    """The router's forwards in (protocol, public port) order, neighbouring ones folded
    into one group where they go to the same device with the same offset between public
    and internal port, and are alike otherwise (fit, switched on or off, the address they
    are limited to). Their descriptions (a program numbers its forwards: "3CX 9000",
    "3CX 9001") and the time left on their leases may differ."""

    def key(mapping: RouterMapping) -> Hashable:
        return (
            mapping.protocol,
            mapping.internal_client,
            mapping.internal_port - mapping.external_port,
            mapping.fit,
            mapping.enabled,
            mapping.remote_host,
        )

    ordered = sorted(mappings, key=lambda m: (str(m.protocol), m.external_port))
    groups: list[list[RouterMapping]] = []
    for mapping in ordered:
        if groups:
            last = groups[-1][-1]
            if mapping.external_port == last.external_port + 1 and key(mapping) == key(last):
                groups[-1].append(mapping)
                continue
        groups.append([mapping])
    return groups


def _mapping_row(group: Sequence[RouterMapping]) -> MappingRow:
    first, last = group[0], group[-1]
    leases = [m.lease_s for m in group if m.lease_s]
    return MappingRow(
        protocol=first.protocol,
        external=PortRange(first.external_port, last.external_port),
        client=router_text(first.internal_client, 45),
        internal=PortRange(first.internal_port, last.internal_port),
        fit=first.fit,
        where=mapping_fit_label(first.fit),
        description=_descriptions(group),
        lease=_lease(min(leases) if leases else None),
    )


def _descriptions(group: Sequence[RouterMapping]) -> str:
    """The group's description: the one they share, else the first one's and "…"."""
    first = router_text(group[0].description)
    if all(m.description == group[0].description for m in group):
        return first
    return f"{first} …" if first else "…"


def _lease(seconds: int | None) -> str:
    if not seconds:
        return translate("Presentation", "permanent")
    if seconds < 120:
        return translate("Presentation", "{seconds} s").format(seconds=seconds)
    return translate("Presentation", "{minutes} min").format(minutes=seconds // 60)


def _hairpin(hairpin: Hairpin | None, router: RouterInfo | None = None) -> FindingView | None:
    if hairpin is None:
        return None
    # Behind a second NAT the router saw, the public address is that device's.
    note = hairpin_note(hairpin, upstream_shown(router))
    if note is None and not hairpin.tested:
        return None
    return FindingView(summary=hairpin_summary(hairpin), note=note)


def _lifetime(
    lifetime: MappingLifetime | None, need: KeepaliveNeed, router: RouterInfo | None = None
) -> LifetimeView | None:
    if lifetime is None:
        return None
    # Behind another NAT (known or hinted), the lifetime is the way out's, not the router's.
    upstream = router is not None and router.upstream is not None
    note = lifetime_note(lifetime, need, upstream)
    if note is None:
        return None
    return LifetimeView(
        summary=lifetime_summary(lifetime, need),
        note=note,
        fit=lifetime_fit(lifetime, need.seconds),
        need_s=need.seconds,
        limit_s=lifetime.limit_s,
        alive_s=lifetime.alive_s,
        expired_s=lifetime.expired_s,
    )
