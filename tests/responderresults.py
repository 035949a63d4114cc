"""Scan results with a responder, built by hand as the engine's contract describes them
(``wizard.engine.model``), for tests of what the faces show.

The responder's client is the engine's, tested on its own; these results hold the states
its contract allows: TCP ports told by what became of the responder's connection, UDP
ports with the witness that proved test 2, the SIP ALG test's three answers and the
responder's errors. The verdict is the engine's own classification of the ports
(``classify.overall_verdict``), except the SIP ALG verdict, which the engine gives when
every port passed and a SIP helper rewrote the message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from wizard.engine.classify import overall_verdict
from wizard.engine.model import (
    Address,
    NatSummary,
    Outcome,
    PortResult,
    ProcessInfo,
    Protocol,
    Reason,
    Requirement,
    ResponderError,
    ResponderStatus,
    ScanResult,
    ServerStatus,
    SipAlg,
    SipChange,
    SipProblem,
    TcpSeen,
    Verdict,
    Witness,
)

PUBLIC = "203.0.113.7"
LAN = "192.168.1.10"
STUN = ServerStatus(
    "stun.example.net:3478",
    addresses=(Address("198.51.100.1", 3478),),
    primary=Address("198.51.100.1", 3478),
    other_address=Address("198.51.100.2", 3479),
)
RESPONDER = ResponderStatus(
    "responder.example.net:3480", address=Address("198.51.100.9", 3480), public_ip=PUBLIC
)
NGINX = ProcessInfo(812, "nginx")

# What a kernel SIP helper (Linux's nf_nat_sip) does to the check's OPTIONS over UDP.
ALG_CHANGES = (
    SipChange(
        "via",
        f"SIP/2.0/UDP {LAN}:5060;branch=z9hG4bK776asdhds;rport",
        f"SIP/2.0/UDP {PUBLIC}:5060;branch=z9hG4bK776asdhds;rport",
    ),
    SipChange("contact", f"<sip:check@{LAN}:5060>", f"<sip:check@{PUBLIC}:5060>"),
    SipChange("sdp-origin", f"o=- 1 1 IN IP4 {LAN}", f"o=- 1 1 IN IP4 {PUBLIC}"),
    SipChange("sdp-connection", f"c=IN IP4 {LAN}", f"c=IN IP4 {PUBLIC}"),
    SipChange("content-length", "160", "162"),
    SipChange("header-added", None, "X-Helper: <b>rewritten</b>", Protocol.TCP),
)
FOUND = SipAlg(True, True, ALG_CHANGES, (Protocol.UDP, Protocol.TCP), 5060)
CLEAN = SipAlg(True, False, (), (Protocol.UDP, Protocol.TCP), 5060)
NO_ECHO = SipAlg(True, None, (), (Protocol.UDP,), 5060, SipProblem.NO_ECHO)


def udp(
    port: int,
    outcome: Outcome = Outcome.PASS,
    *,
    by: Witness | None = Witness.BOTH,
    responder: bool | None = True,
    **changes,
) -> PortResult:
    """A UDP port as the engine reports it with a responder: test 2 proved by ``by``."""
    passed = outcome is Outcome.PASS
    values = dict(
        port=port,
        requirement=Requirement.FULL_CONE,
        outcome=outcome,
        mapped=Address(PUBLIC, port),
        test1=True,
        test2=passed if by in (Witness.STUN, Witness.BOTH) or not passed else None,
        test2_by=by if passed else None,
        responder=responder,
    )
    values.update(changes)
    return PortResult(**values)


def tcp(
    port: int,
    outcome: Outcome = Outcome.PASS,
    seen: TcpSeen | None = TcpSeen.CONNECTED,
    **changes,
) -> PortResult:
    """A TCP port the responder connected back to."""
    reached = {Outcome.PASS: True, Outcome.NOT_FORWARDED: False}.get(outcome)
    values = dict(
        port=port,
        requirement=Requirement.INBOUND_TCP,
        outcome=outcome,
        mapped=None,
        test1=None,
        test2=None,
        protocol=Protocol.TCP,
        responder=reached,
        tcp_seen=seen,
    )
    values.update(changes)
    return PortResult(**values)


def three_cx(
    ports: Sequence[PortResult], *, sip_alg: SipAlg | None = CLEAN, **changes
) -> ScanResult:
    """3CX checked with a responder; the verdict is the engine's classification."""
    values = dict(
        verdict=overall_verdict((STUN,), ports),
        product="3cx",
        servers=(STUN,),
        nat=NatSummary(PUBLIC),
        ports=tuple(ports),
        elapsed_s=4.2,
        server_used=STUN,
        responder=RESPONDER,
        sip_alg=sip_alg,
    )
    values.update(changes)
    return ScanResult(**values)


def mixed() -> ScanResult:
    """UDP passes (both witnesses, and the responder alone for one), one UDP port kept out
    of both, and TCP ports in every state the words tell apart."""
    return three_cx(
        [
            udp(5060),
            udp(5090, by=Witness.RESPONDER, test2=None),
            *(udp(p) for p in range(9000, 9004)),
            udp(9004, Outcome.NOT_FORWARDED, responder=False, test2=False),
            tcp(443, Outcome.PASS, process=NGINX),
            tcp(5000, Outcome.INCONCLUSIVE, None, reason=Reason.LOCAL_SERVICE_UNSEEN,
                process=NGINX, responder=None),
            tcp(5001, Outcome.NOT_FORWARDED, TcpSeen.CONNECTED),
            tcp(5060, Outcome.PASS),
            tcp(5061, Outcome.NOT_FORWARDED, TcpSeen.TIMEOUT),
            tcp(5090, Outcome.NOT_FORWARDED, TcpSeen.REFUSED),
        ],
        sip_alg=FOUND,
    )  # fmt: skip


def sip_alg_only() -> ScanResult:
    """Every port passed, and a SIP helper rewrote the check's message."""
    result = three_cx([udp(5060), udp(5090), tcp(5060), tcp(5090)], sip_alg=FOUND)
    assert result.verdict is Verdict.SUCCESS  # what the ports alone say
    return replace(result, verdict=Verdict.SIP_ALG)


def tcp_only_failing() -> ScanResult:
    """PBXact: its required SSH port is refused on the way; its SIP port could not be
    judged (asked lately), so the failure of a TCP port makes the verdict alone."""
    ports = [
        udp(5060, Outcome.INCONCLUSIVE, reason=Reason.RECENT_CONTACT, test2=None, responder=None),
        tcp(22, Outcome.NOT_FORWARDED, TcpSeen.REFUSED),
    ]
    result = replace(three_cx(ports), product="pbxact")
    assert result.verdict is Verdict.NOT_FORWARDED
    return result


def unusable(error: ResponderError, detail: str | None = None) -> ScanResult:
    """The responder could not be used: STUN alone, no TCP port, no SIP ALG test."""
    ports = [udp(p, by=Witness.STUN, responder=None) for p in (5060, 5090)]
    status = replace(RESPONDER, address=None, public_ip=None, error=error, detail=detail)
    no_test = SipAlg(False, None, problem=SipProblem.NO_RESPONDER)
    return three_cx(ports, sip_alg=no_test, responder=status)
