"""Plain data that flows out of the engine: stable codes, per-port results, progress events.

The string values of the enums are the JSON contract of ``check --json`` and of the saved
reports, so they never change once released; the words shown for them live in
``wizard.words``.
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
    # The evidence has another explanation than the router (our own earlier packets, a
    # lossy link, a server that stopped answering); ``PortResult.reason`` says which.
    INCONCLUSIVE = "inconclusive"
    # Test 2's answer did not arrive, and this computer's own firewall would have dropped
    # it whatever the router did (``ScanResult.firewall`` says why): the router's part
    # could not be told. Never a verdict against the router.
    BLOCKED_ON_THIS_COMPUTER = "blocked_on_this_computer"
    # The operating system reserves the port for itself (Windows' excluded port ranges,
    # taken by Hyper-V, WinNAT, Docker or WSL): neither the check nor the PBX can use it.
    PORT_RESERVED = "port_reserved"


class Reason(StrEnum):
    """Why a port is ``inconclusive``: what else could explain what it showed."""

    # This port sent to the address test 2's answer comes from within the time a router
    # keeps state (RFC 4787 REQ-5: at least 2 minutes), so a passing test 2 proves nothing.
    RECENT_CONTACT = "recent_contact"
    # Silent requests, but the link or the server was losing too many of our own control
    # requests at the time to blame the router for them.
    LINK_LOSS = "link_loss"
    # The server's answer carried no mapped address.
    BAD_REPLY = "bad_reply"
    # Test 1 worked, but the server's second address never answered this port.
    SECOND_ADDRESS_SILENT = "second_address_silent"
    # The two server addresses saw two different public IP addresses: traffic leaves by
    # more than one path (a second WAN line, a VPN), not a symmetric NAT.
    SEVERAL_PUBLIC_ADDRESSES = "several_public_addresses"
    # One destination saw another public port, a second fresh one did not confirm it.
    MAPPING_UNCONFIRMED = "mapping_unconfirmed"
    # The system refused the bind with an error that is neither "in use" nor "denied".
    BIND_ERROR = "bind_error"
    # Test 2 failed at the scan's pace but passed for other ports asked slowly: something
    # on the way limits new incoming connections (a flood or port-scan protection).
    RATE_LIMITED = "rate_limited"
    # The router gave one of the check's own ports (the one that asks the server between
    # the ports' requests) this port's number as its public port, so answers meant for
    # this port may have reached the check's own port instead.
    OWN_PORT = "own_port"
    # Traffic for the server left this computer by a VPN, or from another address than the
    # PBX's (``ScanResult.egress``): a failure says something about that way out, not
    # about the router in front of the PBX.
    OTHER_WAY_OUT = "other_way_out"
    # This computer stopped a socket the check needed for this port (its own, or the one
    # that sends the control requests) with a network error, again after it was opened
    # anew: an adapter or VPN going down, security software. The router was not tested.
    SOCKET_ERROR = "socket_error"
    # The two witnesses of test 2 disagree: the STUN server's second address got through
    # and the responder's probe did not (``PortResult.test2`` and ``.responder``). Which
    # one is wrong cannot be told from here.
    WITNESSES_DISAGREE = "witnesses_disagree"
    # A TCP port a program on this computer holds: the responder connected, but whether
    # its connection reached this computer could not be read from the socket table.
    LOCAL_SERVICE_UNSEEN = "local_service_unseen"
    # The responder's probes did not reach this computer at all, not even on the check's
    # own port that had sent to it first: its packets are lost or kept out on the way, so
    # a silent port proves nothing.
    RESPONDER_UNHEARD = "responder_unheard"
    # The responder could not try this port (at its limit), or stopped answering before
    # it said what became of it.
    RESPONDER_FAILED = "responder_failed"
    # A TCP port held by a program of this computer that listens on loopback alone
    # (127.0.0.1): connections from the network are refused here, whatever the router does.
    LOCAL_SERVICE_LOOPBACK = "local_service_loopback"


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
    BLOCKED_ON_THIS_COMPUTER = "blocked_on_this_computer"
    PORT_RESERVED = "port_reserved"
    # Every port passed, but a SIP helper (SIP ALG) on the way rewrites SIP messages.
    SIP_ALG = "sip_alg"
    # Ports fail, and there is a second NAT between this router and the internet (the
    # ISP's modem or carrier-grade NAT, ``RouterInfo.upstream``): forwards on this router
    # alone cannot make them work.
    UPSTREAM_NAT = "upstream_nat"
    # No port failed for certain, but some could not be told (see the ports' reasons).
    INCONCLUSIVE = "inconclusive"
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
    # It announces a second address, but nothing answers a direct request sent there.
    SECOND_ADDRESS_UNREACHABLE = "second_address_unreachable"
    # Its second address answers, but a CHANGE-REQUEST never gets an answer from it, even
    # on a port whose router state lets that address in.
    CHANGE_REQUEST_UNANSWERED = "change_request_unanswered"
    # No answer, but this computer stopped the sockets that asked (a network error on
    # them, again on fresh ones): the server was not fairly asked.
    SOCKET_ERROR = "socket_error"


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
    services: tuple[str, ...] = ()  # Windows services the process runs (a svchost.exe's)
    this_program: bool = False  # another copy of this wizard (or this one) holds the port

    def as_dict(self) -> dict:
        return {
            "pid": self.pid,
            "name": self.name,
            "services": list(self.services),
            "this_program": self.this_program,
        }


class BindFailure(StrEnum):
    IN_USE = "in_use"
    NO_PERMISSION = "no_permission"
    RESERVED = "reserved"  # inside a range the system keeps for itself (Windows: WSAEACCES)
    OTHER = "other"  # anything else the system said; ``bind_error`` has its words


class Witness(StrEnum):
    """Who proved a UDP port's test 2 (an answer from an address the port never sent to):
    the STUN server's second address, the responder's probe, or both."""

    STUN = "stun"
    RESPONDER = "responder"
    BOTH = "both"


class TcpSeen(StrEnum):
    """What became of the responder's connection to a TCP port (``protocol.TcpState``)."""

    CONNECTED = "connected"  # the handshake completed: something accepted it
    REFUSED = "refused"  # a reset came back
    TIMEOUT = "timeout"  # nothing came back
    UNREACHABLE = "unreachable"  # an ICMP error came back
    ERROR = "error"  # the responder could not try


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
    reason: Reason | None = None  # only with ``inconclusive``: what else could explain it
    retested: bool = False  # the first evidence was not enough, so the port was asked again
    # UDP: who proved test 2 (None: nobody, it did not pass or was not asked).
    test2_by: Witness | None = None
    # Whether the responder's probe arrived (UDP: its datagram; TCP: its connection, at
    # this check's listener or in this computer's socket table); None: not asked, or its
    # silence proves nothing.
    responder: bool | None = None
    tcp_seen: TcpSeen | None = None  # TCP: what the responder saw of its connection

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
            "reason": str(self.reason) if self.reason else None,
            "retested": self.retested,
            "test2_by": str(self.test2_by) if self.test2_by else None,
            "responder": self.responder,
            "tcp_seen": str(self.tcp_seen) if self.tcp_seen else None,
        }


@dataclass(frozen=True)
class ManualCheck:
    """A rule of the product that STUN cannot test, for a person to check by hand.

    The engine passes it through to the result untouched; the faces list it. The fields
    are the product file's (``wizard.catalog.Rule``), so the JSON keeps its shape.
    """

    ports: str  # the product file's port spec, e.g. "5090" or "5060-5061"
    protocol: Protocol
    direction: Direction
    purpose: str  # the product file's English sentence; faces translate it
    requirement: Requirement
    required: bool
    destinations: str | None = None
    public_port: int | None = None

    def as_dict(self) -> dict:
        return {
            "ports": self.ports,
            "protocol": str(self.protocol),
            "direction": str(self.direction),
            "purpose": self.purpose,
            "requirement": str(self.requirement),
            "required": self.required,
            "destinations": self.destinations,
            "public_port": self.public_port,
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
class LinkQuality:
    """The path to the STUN server as our control requests saw it during the scan.

    Controls are requests from a port whose answers the router lets in whatever its
    forwards, sent between the ports' own requests. Times are in milliseconds, loss in
    percent of single sends that got no answer; rates in requests a second.
    """

    controls_sent: int = 0
    controls_answered: int = 0
    loss_pct: float | None = None
    rtt_p50_ms: float | None = None
    rtt_p95_ms: float | None = None
    jitter_ms: float | None = None  # mean difference of consecutive round trips (RFC 3550 6.4.1)
    rate_ceiling: float | None = None  # what the technician allowed (``--rate``)
    rate_reached: float | None = None  # requests a second actually sent, over the scan
    slowed_down: int = 0  # how often failing controls made the scan slow down
    paused_s: float = 0.0  # seconds the scan stood still waiting for the path to recover

    def as_dict(self) -> dict:
        def rounded(value: float | None, digits: int = 1) -> float | None:
            return None if value is None else round(value, digits)

        return {
            "controls_sent": self.controls_sent,
            "controls_answered": self.controls_answered,
            "loss_pct": rounded(self.loss_pct),
            "rtt_p50_ms": rounded(self.rtt_p50_ms),
            "rtt_p95_ms": rounded(self.rtt_p95_ms),
            "jitter_ms": rounded(self.jitter_ms),
            "rate_ceiling": rounded(self.rate_ceiling),
            "rate_reached": rounded(self.rate_reached),
            "slowed_down": self.slowed_down,
            "paused_s": rounded(self.paused_s),
        }


class FirewallInbound(StrEnum):
    """Whether this computer's own firewall lets in answers from addresses a port has not
    sent to (test 2's), as far as it could be read before the scan."""

    OPEN = "open"  # known to let them in: off, or an allow rule covers the ports
    FILTERS = "filters"  # known to drop them unless the check opens the way first
    UNKNOWN = "unknown"  # could not be read (no rights, a third-party firewall, an error)


@dataclass(frozen=True)
class HostFirewall:
    """This computer's own firewall, read (never changed) before the scan.

    Windows: Windows Defender Firewall's policy through ``HNetCfg.FwPolicy2``
    (learn.microsoft.com, INetFwPolicy2); Linux: the nftables ruleset where readable.
    """

    inbound: FirewallInbound
    product: str | None = None  # "Windows Defender Firewall", "nftables", a third party's name
    profiles: tuple[str, ...] = ()  # active Windows profiles: "domain", "private", "public"
    enabled: bool | None = None  # on for every active profile
    default_inbound_block: bool | None = None  # DefaultInboundAction is block
    block_all_inbound: bool | None = None  # "Block all incoming connections" is set
    group_policy: bool | None = None  # group policy overrides local rules (GP_OVERRIDE)
    block_rules: tuple[str, ...] = ()  # enabled inbound block rules for this program
    allow_rules: tuple[str, ...] = ()  # enabled inbound allow rules covering the ports
    # Checked ports whose unsolicited UDP answers the rules let in for this program (an
    # allow rule covers them and no block rule applies); empty when ``inbound`` is OPEN.
    open_ports: tuple[int, ...] = ()
    third_party: tuple[str, ...] = ()  # other firewall products Security Center reports on
    program: str | None = None  # the executable the rules were matched against
    preopen: bool = False  # the check opened it for its answers (a TTL-1 datagram first)
    detail: str | None = None  # why it could not be read, in the system's words
    # New inbound TCP connections reach this program on any port (a responder's
    # connect-backs): off, allowed by default, or an allow rule for the program; None:
    # not read for TCP (then only "off" or "open by default" counts).
    tcp_open: bool | None = None

    def as_dict(self) -> dict:
        return {
            "inbound": str(self.inbound),
            "product": self.product,
            "profiles": list(self.profiles),
            "enabled": self.enabled,
            "default_inbound_block": self.default_inbound_block,
            "block_all_inbound": self.block_all_inbound,
            "group_policy": self.group_policy,
            "block_rules": list(self.block_rules),
            "allow_rules": list(self.allow_rules),
            "open_ports": list(self.open_ports),
            "third_party": list(self.third_party),
            "program": self.program,
            "preopen": self.preopen,
            "detail": self.detail,
            "tcp_open": self.tcp_open,
        }


class AdapterKind(StrEnum):
    PHYSICAL = "physical"  # Ethernet or Wi-Fi
    VPN = "vpn"  # a tunnel (TAP/TUN, WireGuard, IPsec, a remote-support client's)
    VIRTUAL = "virtual"  # Hyper-V vEthernet, WSL, Docker, a bridge or a VM's adapter
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Egress:
    """Where this computer sends traffic for the STUN server from (a connected UDP
    socket's ``getsockname()``, which sends nothing), and the adapter that holds it."""

    source_ip: str | None  # None: the system has no route to the server
    interface: str | None = None
    kind: AdapterKind = AdapterKind.UNKNOWN
    pbx_ip: str | None = None  # the PBX's address as the technician gave it, if any

    @property
    def elsewhere(self) -> bool:
        """Traffic leaves from another address than the PBX's. A server on this computer
        (a loopback source) is reached without leaving it, so nothing is compared."""
        if not (self.pbx_ip and self.source_ip) or self.source_ip.startswith("127."):
            return False
        return self.pbx_ip != self.source_ip

    def as_dict(self) -> dict:
        return {
            "source_ip": self.source_ip,
            "interface": self.interface,
            "kind": str(self.kind),
            "pbx_ip": self.pbx_ip,
        }


@dataclass(frozen=True)
class ReservedRange:
    """Ports the system keeps for itself (``netsh int ipv4 show excludedportrange``)."""

    start: int
    end: int  # inclusive
    administered: bool = False  # "*": added by an administrator, not by a service

    def __contains__(self, port: object) -> bool:
        return isinstance(port, int) and self.start <= port <= self.end

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "administered": self.administered}


class ResponderError(StrEnum):
    """Why the responder could not be used."""

    NAME_NOT_FOUND = "name_not_found"  # its name does not resolve
    UNREACHABLE = "unreachable"  # no TCP connection to its control port
    UNAUTHORIZED = "unauthorized"  # it wants a secret, and none or another was given
    RATE_LIMITED = "rate_limited"  # it refused: too many checks from this address
    BUSY = "busy"  # it refused: at its limit of work
    BAD_ANSWER = "bad_answer"  # it said something that is not the protocol, or nothing
    # The control connection worked, but none of its UDP probes reached this computer,
    # not even the check's own port that sent to it first.
    UNHEARD = "unheard"


@dataclass(frozen=True)
class ResponderStatus:
    """The responder as the check found it (``wizard.responder``)."""

    server: str  # as the technician gave it, e.g. "responder.example.net:3479"
    address: Address | None = None  # the address the control connection went to
    public_ip: str | None = None  # the address the responder saw this check come from
    error: ResponderError | None = None
    detail: str | None = None  # the system's or the responder's own words

    @property
    def usable(self) -> bool:
        return self.error is None and self.address is not None

    def as_dict(self) -> dict:
        return {
            "server": self.server,
            "address": str(self.address) if self.address else None,
            "public_ip": self.public_ip,
            "error": str(self.error) if self.error else None,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class SipChange:
    """One thing a SIP helper changed in the check's SIP message on the way out."""

    part: str  # ``sipalg.Part``: "via", "contact", "sdp-connection", "header-added", ...
    sent: str | None  # as the check sent it (None: it added the part)
    received: str | None  # as the responder got it (None: it removed the part)
    transport: Protocol = Protocol.UDP

    def as_dict(self) -> dict:
        return {
            "part": self.part,
            "sent": self.sent,
            "received": self.received,
            "transport": str(self.transport),
        }


class SipProblem(StrEnum):
    """Why the SIP ALG test could not tell."""

    NO_ECHO = "no_echo"  # the message went out, nothing came back
    REFUSED = "refused"  # TCP: the responder's SIP port refused or dropped the connection
    NO_RESPONDER = "no_responder"  # no usable responder, or it has no SIP port
    PORT_IN_USE = "port_in_use"  # the product's SIP port is held here; sent from another


@dataclass(frozen=True)
class SipAlg:
    """The SIP ALG test: a SIP OPTIONS from the product's SIP port to the responder, which
    sends back what arrived. ``detected``: something on the way changed it (True), it
    arrived unchanged (False), or it could not be told (None, ``problem`` says why)."""

    tested: bool
    detected: bool | None = None
    changed: tuple[SipChange, ...] = ()
    transports: tuple[Protocol, ...] = ()  # what it went over: UDP, and TCP where used
    from_port: int | None = None  # the local port it was sent from
    problem: SipProblem | None = None

    def as_dict(self) -> dict:
        return {
            "tested": self.tested,
            "detected": self.detected,
            "changed": [c.as_dict() for c in self.changed],
            "transports": [str(t) for t in self.transports],
            "from_port": self.from_port,
            "problem": str(self.problem) if self.problem else None,
        }


class RouterSource(StrEnum):
    """Where the router's WAN address and forwards came from."""

    UPNP = "upnp"  # UPnP IGD (WANIPConnection / WANPPPConnection)
    NATPMP = "natpmp"  # NAT-PMP (RFC 6886), external address request
    PCP = "pcp"  # PCP (RFC 6887): the router answers, but gives no address without a mapping
    TYPED = "typed"  # the technician typed the WAN address from the router's status page
    NONE = "none"  # nothing answered, and nothing was typed


class UpstreamNat(StrEnum):
    """Why there is a NAT between the router in front of the PBX and the internet."""

    PRIVATE = "private"  # the router's WAN address is private (RFC 1918)
    SHARED = "shared"  # it is in 100.64.0.0/10 (RFC 6598): carrier-grade NAT
    DIFFERS = "differs"  # it is public, but not the address the STUN server saw
    # The router says its WAN is not connected, or answers the question for its WAN
    # address without one, while traffic passes through it: miniupnpd's answer when its
    # WAN address is private, reserved or shared (UPnP: an empty external address;
    # NAT-PMP: result 3, Network Failure; ``RouterInfo.no_wan_address``).
    NOT_CONNECTED = "not_connected"


class MappingFit(StrEnum):
    """How one of the router's port mappings relates to this PBX."""

    THIS_HOST = "this_host"  # to this computer, on the same port number
    OTHER_HOST = "other_host"  # to another LAN address (an old PBX, a phone)
    PORT_CHANGED = "port_changed"  # to this computer, but onto another port number
    DISABLED = "disabled"  # listed, but switched off


@dataclass(frozen=True)
class RouterMapping:
    """One port mapping the router listed (UPnP ``GetGenericPortMappingEntry``), as it
    said it: untrusted text, cut to size, never markup."""

    protocol: Protocol  # UDP or TCP
    external_port: int
    internal_client: str  # the LAN address it forwards to
    internal_port: int
    fit: MappingFit
    description: str = ""
    enabled: bool = True
    lease_s: int | None = None  # seconds left; None or 0: permanent
    remote_host: str | None = None  # only from this address (None: any)

    def as_dict(self) -> dict:
        return {
            "protocol": str(self.protocol),
            "external_port": self.external_port,
            "internal_client": self.internal_client,
            "internal_port": self.internal_port,
            "fit": str(self.fit),
            "description": self.description,
            "enabled": self.enabled,
            "lease_s": self.lease_s,
            "remote_host": self.remote_host,
        }


@dataclass(frozen=True)
class RouterInfo:
    """What the router in front of the PBX said about itself (read-only questions), or
    what the technician typed from its status page."""

    source: RouterSource
    wan_address: str | None = None  # its WAN (external) IPv4 address
    # It answered the question for its WAN address, but with none (UPnP: empty or
    # 0.0.0.0; NAT-PMP: result 3, Network Failure), and nothing else it said gave one.
    no_wan_address: bool = False
    address: str | None = None  # the router asked (its LAN address)
    name: str | None = None  # its model or friendly name, as it said (untrusted)
    connection: str | None = None  # UPnP ConnectionStatus, as it said ("Connected", ...)
    upstream: UpstreamNat | None = None  # None: no sign of a second NAT
    # The mappings that cover a checked port (UDP or TCP); most routers list only the
    # ones programs added by UPnP, not the forwards typed into their web page.
    mappings: tuple[RouterMapping, ...] = ()
    mappings_total: int = 0  # how many mappings it listed in all
    mappings_listed: bool = False  # it answered the listing (even with none)
    natpmp: bool | None = None  # answered NAT-PMP (None: not asked)
    pcp: bool | None = None  # answered PCP (None: not asked)
    # Other UPnP routers that answered but are not this computer's gateway: what they
    # say is not about the way out, so it is only listed.
    others: tuple[str, ...] = ()
    detail: str | None = None  # why it could not be asked, in the system's words

    def as_dict(self) -> dict:
        return {
            "source": str(self.source),
            "wan_address": self.wan_address,
            "no_wan_address": self.no_wan_address,
            "address": self.address,
            "name": self.name,
            "connection": self.connection,
            "upstream_nat": str(self.upstream) if self.upstream else None,
            "mappings": [m.as_dict() for m in self.mappings],
            "mappings_total": self.mappings_total,
            "mappings_listed": self.mappings_listed,
            "natpmp": self.natpmp,
            "pcp": self.pcp,
            "others": list(self.others),
            "detail": self.detail,
        }


class HairpinProblem(StrEnum):
    """Why the hairpin test did not run, or could not tell."""

    NO_FORWARDED_PORT = "no_forwarded_port"  # no port passed test 2: nothing to loop back to
    PORT_IN_USE = "port_in_use"  # the port it needs is held here now
    HOST_FIREWALL = "host_firewall"  # this computer's firewall may have dropped it
    LINK_LOSS = "link_loss"  # the link lost too much to count a silence
    NO_SNAT = "no_snat"  # it arrived, but the answer did not come back from the public address


@dataclass(frozen=True)
class Hairpin:
    """Hairpin NAT (NAT loopback): a datagram from this computer to a forwarded port's
    public address, looped back by the router to that port, and its answer back.
    ``works``: True (both ways), False (the router does not loop it back, or only one
    way: ``problem`` no_snat), None (not tested or could not tell: ``problem``)."""

    tested: bool
    works: bool | None = None
    port: int | None = None  # the checked port it was sent to
    public: Address | None = None  # that port's public address
    arrived_from: Address | None = None  # where the looped-back datagram came from
    problem: HairpinProblem | None = None

    def as_dict(self) -> dict:
        return {
            "tested": self.tested,
            "works": self.works,
            "port": self.port,
            "public": str(self.public) if self.public else None,
            "arrived_from": str(self.arrived_from) if self.arrived_from else None,
            "problem": str(self.problem) if self.problem else None,
        }


class LifetimeProblem(StrEnum):
    """Why the mapping lifetime test (RFC 5780 section 4.6) could not tell."""

    NO_SERVER = "no_server"  # no STUN server answered
    NOT_SUPPORTED = "not_supported"  # the server ignores RESPONSE-PORT / RESPONSE-ADDRESS
    LINK_LOSS = "link_loss"  # the control datagrams were lost too: a silence proves nothing
    HOST_FIREWALL = "host_firewall"  # this computer's firewall may forget first
    CANCELLED = "cancelled"  # stopped before it was done


@dataclass(frozen=True)
class MappingLifetime:
    """How long the router keeps an idle UDP mapping open for what comes back (RFC 5780
    section 4.6), in seconds: each gap is tried on a fresh port of its own. ``alive_s``
    is the longest gap after which the server's datagram still got in, ``expired_s`` the
    shortest after which it did not (None: none expired up to ``limit_s``)."""

    tested: bool
    limit_s: float
    alive_s: float | None = None
    expired_s: float | None = None
    gaps_s: tuple[float, ...] = ()  # the gaps tried
    problem: LifetimeProblem | None = None

    @property
    def lifetime_s(self) -> float | None:
        """The lifetime as one number, the longest gap that survived, when the test told
        it (an expiry seen, or none up to the limit: then "at least"); None when it
        could not tell or was stopped."""
        return self.alive_s if self.tested and self.problem is None else None

    def as_dict(self) -> dict:
        return {
            "tested": self.tested,
            "limit_s": self.limit_s,
            "alive_s": self.alive_s,
            "expired_s": self.expired_s,
            "gaps_s": list(self.gaps_s),
            "problem": str(self.problem) if self.problem else None,
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
    manual: tuple[ManualCheck, ...] = field(default=())
    link: LinkQuality | None = None
    firewall: HostFirewall | None = None  # this computer's own firewall, as read
    egress: Egress | None = None  # where traffic for the server leaves this computer
    reserved: tuple[ReservedRange, ...] = ()  # reserved ranges that meet the checked ports
    responder: ResponderStatus | None = None  # None: no responder was given
    sip_alg: SipAlg | None = None  # None: not tested (no responder)
    router: RouterInfo | None = None  # None: not asked (``--no-router``)
    hairpin: Hairpin | None = None  # None: not tested
    mapping_lifetime: MappingLifetime | None = None  # None: not asked for

    def as_dict(self) -> dict:
        """The JSON document of ``check --json``, less the translated ``message``."""
        return {
            "verdict": str(self.verdict),
            "product": self.product,
            "stun": [s.as_dict() for s in self.servers],
            "stun_used": self.server_used.server if self.server_used else None,
            "nat": self.nat.as_dict(),
            "ports": [p.as_dict() for p in self.ports],
            "manual_checks": [check.as_dict() for check in self.manual],
            "link": self.link.as_dict() if self.link else None,
            "firewall": self.firewall.as_dict() if self.firewall else None,
            "egress": self.egress.as_dict() if self.egress else None,
            "reserved_ranges": [r.as_dict() for r in self.reserved],
            "responder": self.responder.as_dict() if self.responder else None,
            "sip_alg": (self.sip_alg or SipAlg(tested=False)).as_dict(),
            "router": (self.router or RouterInfo(RouterSource.NONE)).as_dict(),
            "hairpin": (self.hairpin or Hairpin(tested=False)).as_dict(),
            "mapping_lifetime_s": (
                self.mapping_lifetime.lifetime_s if self.mapping_lifetime else None
            ),
            "mapping_lifetime": self.mapping_lifetime.as_dict() if self.mapping_lifetime else None,
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


class Phase(StrEnum):
    """The stages of a scan after the servers are checked."""

    SCAN = "scan"  # every port's tests, each asked again as often as the link demands
    RETEST = "retest"  # ports whose first evidence was not enough, asked again more slowly
    RESPONDER = "responder"  # the responder probes the ports from outside; ports: UDP + TCP
    SIP_ALG = "sip_alg"  # the SIP ALG test (ports: 1)
    ROUTER = "router"  # the router is asked (UPnP IGD, NAT-PMP, PCP); ports: 0
    HAIRPIN = "hairpin"  # the hairpin test (ports: 1)
    LIFETIME = "lifetime"  # the mapping lifetime test (ports: the gaps tried)


@dataclass(frozen=True)
class PhaseStarted:
    phase: Phase
    ports: int  # how many ports take part in this phase


@dataclass(frozen=True)
class RateChanged:
    """The scan slowed down or sped up because its control requests failed or recovered."""

    rate: float  # requests a second now allowed
    paused: bool  # True while nothing is sent until the path answers again


@dataclass(frozen=True)
class StateWait:
    """The scan waits before its tests: an earlier check (seconds ago) asked the server
    to send to these ports from both addresses test 2 can use, and the router may still
    hold state for those packets, which would let this check's answers in, or keep them
    out, whatever the router's rules are now."""

    seconds: float  # how long the wait lasts


@dataclass(frozen=True)
class LifetimeProgress:
    """The mapping lifetime test as it runs: ``elapsed_s`` of ``limit_s`` (plus a few
    seconds to finish); ``alive_s``/``expired_s`` as far as known now."""

    elapsed_s: float
    limit_s: float
    alive_s: float | None = None
    expired_s: float | None = None


@dataclass(frozen=True)
class ScanFinished:
    result: ScanResult


Event = (
    ScanStarted
    | ServerChecked
    | StateWait
    | PortStarted
    | PortDone
    | PhaseStarted
    | RateChanged
    | LifetimeProgress
    | ScanFinished
)
