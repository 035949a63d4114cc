"""The words for what one port showed: a label for a table cell, what it means, what to do.

A UDP port is told by STUN's tests and the responder's probes; a TCP port by the
responder's connect-back (``PortResult.tcp_seen``), whose words say what became of the
connection on the way.
"""

from __future__ import annotations

from wizard.engine.model import Outcome, Reason, Requirement, TcpSeen, Witness
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.words.explanation import Explanation, Words, explain
from wizard.words.reasons import explain_reason

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Outcomes"

_OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.PASS: QT_TRANSLATE_NOOP("Outcomes", "Passed"),
    Outcome.NOT_FORWARDED: QT_TRANSLATE_NOOP("Outcomes", "Not forwarded"),
    Outcome.PORT_TRANSLATED: QT_TRANSLATE_NOOP("Outcomes", "Port translated"),
    Outcome.SYMMETRIC_NAT: QT_TRANSLATE_NOOP("Outcomes", "Symmetric NAT"),
    Outcome.NO_RESPONSE: QT_TRANSLATE_NOOP("Outcomes", "No response"),
    Outcome.PORT_IN_USE: QT_TRANSLATE_NOOP("Outcomes", "In use"),
    Outcome.NO_PERMISSION: QT_TRANSLATE_NOOP("Outcomes", "No permission"),
    Outcome.UNTESTED: QT_TRANSLATE_NOOP("Outcomes", "Inbound not tested"),
    Outcome.INCONCLUSIVE: QT_TRANSLATE_NOOP("Outcomes", "Not conclusive"),
    Outcome.BLOCKED_ON_THIS_COMPUTER: QT_TRANSLATE_NOOP("Outcomes", "Local firewall"),
    Outcome.PORT_RESERVED: QT_TRANSLATE_NOOP("Outcomes", "Reserved by Windows"),
}

_PASS_TITLE = QT_TRANSLATE_NOOP("Outcomes", "Port works as required")
_PASS_STEPS = (QT_TRANSLATE_NOOP("Outcomes", "Nothing to change for this port."),)
_NOT_FORWARDED_TITLE = QT_TRANSLATE_NOOP("Outcomes", "Port not forwarded")
_TRANSLATED_TITLE = QT_TRANSLATE_NOOP("Outcomes", "Router changes the port number")
_TRANSLATED_STEPS = (
    QT_TRANSLATE_NOOP(
        "Outcomes",
        "Forward each affected UDP port with the same number outside and inside. Check "
        "that no rule has a port offset or another internal port.",
    ),
    QT_TRANSLATE_NOOP(
        "Outcomes",
        "Check the router's outbound NAT as well: it must keep the source port for the PBX's "
        'address. Business firewalls call this "static port" or "fixed port"; set it for '
        "the PBX only.",
    ),
    QT_TRANSLATE_NOOP(
        "Outcomes",
        "Switch off SIP ALG or SIP helper on the router; some of them change ports on their own.",
    ),
    QT_TRANSLATE_NOOP("Outcomes", "Then run the check again."),
)
_STEP_AGAIN = QT_TRANSLATE_NOOP("Outcomes", "Then run the check again.")
_STEP_POINTS_HERE = QT_TRANSLATE_NOOP(
    "Outcomes",
    "Make sure the rule points to this computer. Give the PBX a fixed LAN address "
    "(static, or a DHCP reservation) so the rule stays right after a restart.",
)
_STEP_POLICY = QT_TRANSLATE_NOOP(
    "Outcomes",
    "On business firewalls, a port forward (destination NAT) often also needs a "
    "policy that allows the traffic in.",
)
_STEP_ROUTER_IN_FRONT = QT_TRANSLATE_NOOP(
    "Outcomes",
    "Compare the public address in the results with the WAN address on the "
    "router's status page. If they differ, another router sits in front. Forward "
    "the ports on both, or set the first one to bridge mode.",
)
_STEP_CARRIER_NAT = QT_TRANSLATE_NOOP(
    "Outcomes",
    "If the device in front belongs to the internet provider (carrier-grade NAT, "
    "often a WAN address from 100.64.0.0/10), no forward is possible. Ask the "
    "provider for a public IPv4 address.",
)
_UNTESTED_TITLE = QT_TRANSLATE_NOOP("Outcomes", "Inbound traffic not tested")
_UNTESTED_STEPS = (
    QT_TRANSLATE_NOOP(
        "Outcomes",
        "Use a STUN server that has a second address, for example one from the product's "
        "default list, and run the check again.",
    ),
)

# The wording when the requirement of the port is not known, or is an inbound TCP port
# (which STUN cannot test, so the generic words fit best).
_OUTCOME_WORDS: dict[Outcome, Words] = {
    Outcome.PASS: Words(
        title=_PASS_TITLE,
        summary=QT_TRANSLATE_NOOP("Outcomes", "This port behaves as the product needs."),
        steps=_PASS_STEPS,
    ),
    Outcome.NOT_FORWARDED: Words(
        title=_NOT_FORWARDED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Test 1 worked: this computer can send from this port and gets the reply. Test 2 "
            "did not: the reply from the server's other address never arrived, so the router "
            "does not let traffic from the internet in on this port. For ports that must be "
            "forwarded, this means failing incoming calls, remote phones that cannot "
            "register, or missing audio.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "On the router or firewall, forward each failing UDP port to the LAN address "
                "of the PBX computer, with the same port number outside and inside.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Do not let the router translate the ports: no port offset, no other internal "
                "port, no range mapped onto a different range.",
            ),
            _STEP_POINTS_HERE,
            _STEP_POLICY,
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Switch off SIP ALG, SIP helper or SIP inspection on the router. It rewrites "
                "SIP messages and often breaks calls.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "In Windows Defender Firewall on this computer, allow inbound UDP on the "
                "failing ports for the network profile in use (domain, private or public). A "
                "rule for the ports, not for one program, covers both the PBX and this check.",
            ),
            _STEP_ROUTER_IN_FRONT,
            _STEP_CARRIER_NAT,
            _STEP_AGAIN,
        ),
    ),
    Outcome.PORT_TRANSLATED: Words(
        title=_TRANSLATED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The router sends this port out under another public port number, but keeps that "
            "number steady. For ports that must be forwarded one-to-one this is a fault; for "
            "ports that only need outbound traffic it is usually fine.",
        ),
        steps=_TRANSLATED_STEPS,
    ),
    Outcome.SYMMETRIC_NAT: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "Public port changes per destination"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The router gives this port a new public port for each destination. The public "
            "port the PBX learns with STUN is then wrong for the provider and the phones, so "
            "their traffic does not come back in. This is a fault for forwarded and for "
            "outbound ports alike.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "For ports that must be forwarded, set up one-to-one forwards to the PBX, "
                "with the same number outside and inside. On some routers that also fixes the "
                "port of outgoing traffic.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "In the router's outbound NAT, let the PBX keep its source port. Business "
                'firewalls call this "static port" (pfSense, OPNsense), "fixed port" '
                "(FortiGate) or port preservation; elsewhere it is an option to turn off "
                "random source ports.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Or, if the line has a spare public IP address, give the PBX a one-to-one NAT "
                "(1:1 NAT) to it.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "If the site balances traffic over two internet lines, send all PBX traffic "
                "over one line. Otherwise each destination may see another public address.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Some home and provider routers cannot do any of this. Then the fix is a "
                "router or business firewall that can.",
            ),
            QT_TRANSLATE_NOOP("Outcomes", "Then run the check again."),
        ),
    ),
    Outcome.NO_RESPONSE: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "No answer from this port"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The STUN server answered requests from other ports, but not from this one. "
            "Something blocks outgoing UDP from this port, or the replies to it. The PBX "
            "cannot use this port until that is fixed.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "On the router or firewall, look for rules that block or limit outgoing UDP "
                "by port. Allow UDP from the PBX's LAN address on the failing ports to any "
                "destination, and the replies.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "In Windows Defender Firewall, check the outbound rules for a block on the "
                "failing ports or on this program.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Security software (antivirus, endpoint protection) can filter traffic on its "
                "own. Add an exception for the ports; switching the software off does not "
                "always stop its filter.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "If only the SIP port fails (often 5060), a SIP ALG or SIP inspection on the "
                "router may drop the traffic. Switch it off.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Some internet providers block single ports, 5060 for example. Test from "
                "another internet line, or ask the provider.",
            ),
            QT_TRANSLATE_NOOP("Outcomes", "Then run the check again."),
        ),
    ),
    Outcome.PORT_IN_USE: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "Port used by another program"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Another program on this computer holds this port, so it could not be tested. "
            "Most often that is the PBX service itself or a softphone.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Outcomes", "Run the commands shown below to see which program holds each port."
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "If it is the PBX, stop its services for the check, or run the check while the "
                "PBX is stopped. Calls drop while it is down, so pick a quiet time and tell "
                "the customer.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes", "If it is a softphone or another VoIP program, close it."
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "If it is another copy of this wizard, let its check finish or close it: two "
                "checks at once take each other's ports.",
            ),
            QT_TRANSLATE_NOOP("Outcomes", "Then run the check again."),
        ),
    ),
    Outcome.NO_PERMISSION: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "Port could not be opened"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The operating system refused to open this port, so it could not be tested. "
            "This says nothing about the router yet.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "On Linux or macOS, ports below 1024 need administrator rights. Run the check "
                "with sudo.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "On Windows, no program held the port, and it was in none of the port ranges "
                "Windows reserves for itself, or that list could not be read. To see the list, "
                "run netsh interface ipv4 show excludedportrange protocol=udp in a command "
                "prompt: a failing port in a range without a * is reserved by Windows, and "
                "the PBX cannot open it either.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Security software (antivirus, endpoint protection) can stop programs from "
                "opening ports. Allow this program in it.",
            ),
            QT_TRANSLATE_NOOP("Outcomes", "Then run the check again."),
        ),
    ),
    Outcome.BLOCKED_ON_THIS_COMPUTER: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "This computer's firewall kept the test out"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The answer from the STUN server's second address did not arrive, and the "
            "firewall of this computer would have dropped it whatever the router did. So "
            "whether the router forwards this port could not be told. This is no fault of "
            "the router.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Let an administrator allow this program for the check (the button on the "
                "results page does it for the time of one check), or allow UDP on these "
                "ports in this computer's firewall for all programs.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "If the firewall has block rules for this program, delete them: a block rule "
                "wins over every allow rule.",
            ),
            QT_TRANSLATE_NOOP("Outcomes", "Then run the check again."),
        ),
    ),
    Outcome.PORT_RESERVED: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "Port reserved by Windows"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Windows keeps this port for itself (an excluded port range, usually taken by "
            "Hyper-V, the Windows NAT service, Docker or WSL). No program can open it, and "
            "the PBX cannot either: its calls on this port fail whatever the router does.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Keep Windows off the PBX's ports for good. This needs an administrator; the "
                "steps and commands are given under This computer.",
            ),
            QT_TRANSLATE_NOOP("Outcomes", "Then run the check again."),
        ),
    ),
    Outcome.UNTESTED: Words(
        title=_UNTESTED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Only test 1 ran: this computer can send from this port and gets replies. No "
            "STUN server with a second address was available, so inbound traffic and the "
            "stability of the public port could not be tested.",
        ),
        steps=_UNTESTED_STEPS,
    ),
    # Only when the engine gave no reason; ``wizard.words.reasons`` has the words for each.
    Outcome.INCONCLUSIVE: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "Result not conclusive"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "What this port showed has another explanation than the router, so it counts "
            "neither as passed nor as failed.",
        ),
        steps=(QT_TRANSLATE_NOOP("Outcomes", "Run the check again in a few minutes."),),
    ),
}

# Where the requirement changes what an outcome means, the wording says so.
_OUTCOME_WORDS_FOR: dict[tuple[Outcome, Requirement], Words] = {
    (Outcome.PASS, Requirement.FULL_CONE): Words(
        title=_PASS_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Traffic from the internet reaches the PBX on this port, and the port number "
            "stays the same outside and inside. This is what SIP trunks and remote phones "
            "need.",
        ),
        steps=_PASS_STEPS,
    ),
    (Outcome.PASS, Requirement.OUTBOUND): Words(
        title=_PASS_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The PBX can send from this port and gets replies, and the router keeps the same "
            "public port whatever the destination.",
        ),
        steps=_PASS_STEPS,
    ),
    (Outcome.NOT_FORWARDED, Requirement.OUTBOUND): Words(
        title=_NOT_FORWARDED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Test 1 worked, test 2 did not: the router lets traffic in on this port only from "
            "addresses the PBX has sent to. For a port that only needs outbound traffic, "
            "this alone is not a fault.",
        ),
        steps=(
            QT_TRANSLATE_NOOP("Outcomes", "Nothing needs to change for what this port requires."),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "If the product's documentation says this port must also be reachable from "
                "the internet, forward it one-to-one to the PBX.",
            ),
        ),
    ),
    (Outcome.PORT_TRANSLATED, Requirement.FULL_CONE): Words(
        title=_TRANSLATED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The router sends this port out under another public port number. The PBX writes "
            "its own port number into its SIP and SDP messages, so the provider and remote "
            "phones send to that number on the public address, where nothing leads to the "
            "PBX. Expect one-way or no audio and unstable registrations.",
        ),
        steps=_TRANSLATED_STEPS,
    ),
    (Outcome.PORT_TRANSLATED, Requirement.OUTBOUND): Words(
        title=_TRANSLATED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The router sends this port out under another public port number, but keeps the "
            "same one for every destination. For a port that only needs outbound traffic "
            "this is fine: the PBX learns its public port with STUN.",
        ),
        steps=(QT_TRANSLATE_NOOP("Outcomes", "Nothing needs to change for this port."),),
    ),
    (Outcome.UNTESTED, Requirement.FULL_CONE): Words(
        title=_UNTESTED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Only test 1 ran: outgoing traffic from this port works. Whether traffic from the "
            "internet reaches the PBX on this port is still open, because no STUN server "
            "with a second address was available.",
        ),
        steps=_UNTESTED_STEPS,
    ),
    (Outcome.UNTESTED, Requirement.OUTBOUND): Words(
        title=_UNTESTED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Outgoing traffic from this port works. Whether the router keeps the same public "
            "port for every destination is still open, because no STUN server with a second "
            "address was available.",
        ),
        steps=_UNTESTED_STEPS,
    ),
}


# A UDP port that failed test 2, told by who was kept out: the responder's probe alone (no
# STUN server could do test 2), or the responder and the STUN server's second address both.
_NOT_FORWARDED_STEPS = _OUTCOME_WORDS[Outcome.NOT_FORWARDED].steps
_NOT_FORWARDED_BY: dict[Witness, Words] = {
    Witness.RESPONDER: Words(
        title=_NOT_FORWARDED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Test 1 worked: this computer can send from this port and gets the reply. The "
            "responder's probe, sent from an address this port never sent to, did not "
            "arrive, so the router does not let traffic from the internet in on this port. "
            "For ports that must be forwarded, this means failing incoming calls, remote "
            "phones that cannot register, or missing audio.",
        ),
        steps=_NOT_FORWARDED_STEPS,
    ),
    Witness.BOTH: Words(
        title=_NOT_FORWARDED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Test 1 worked: this computer can send from this port and gets the reply. "
            "Neither the answer from the STUN server's second address nor the responder's "
            "probe arrived, though both came from addresses this port never sent to, so the "
            "router does not let traffic from the internet in on this port. For ports that "
            "must be forwarded, this means failing incoming calls, remote phones that cannot "
            "register, or missing audio.",
        ),
        steps=_NOT_FORWARDED_STEPS,
    ),
}

# TCP ports: the responder connected from the internet (``PortResult.tcp_seen``).
_TCP_FORWARD_STEPS = (
    QT_TRANSLATE_NOOP(
        "Outcomes",
        "On the router or firewall, forward each failing TCP port to the LAN address of the "
        "PBX computer, with the same port number outside and inside.",
    ),
    _STEP_POINTS_HERE,
    _STEP_POLICY,
    QT_TRANSLATE_NOOP(
        "Outcomes",
        "In Windows Defender Firewall on this computer, allow inbound TCP on the failing "
        "ports for the network profile in use (domain, private or public).",
    ),
    _STEP_ROUTER_IN_FRONT,
    _STEP_CARRIER_NAT,
    _STEP_AGAIN,
)
_TCP_NOT_FORWARDED = Words(
    title=QT_TRANSLATE_NOOP("Outcomes", "TCP port not reachable from the internet"),
    summary=QT_TRANSLATE_NOOP(
        "Outcomes",
        "The responder connected to this TCP port from the internet, and its connection did "
        "not reach this computer. Phones, apps and other PBXs that connect to the PBX on this "
        "port from outside will fail.",
    ),
    steps=_TCP_FORWARD_STEPS,
)
_TCP_NOT_FORWARDED_SEEN: dict[TcpSeen, Words] = {
    TcpSeen.CONNECTED: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "Another device answers on this TCP port"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The responder's connection to this TCP port was accepted, but not by this "
            "computer: either the router answers on this port itself, with a service of its "
            "own (remote administration, a VPN server, its own telephony), or the forward "
            "points at another computer.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Check that the forward for this port points at the LAN address of the PBX "
                "computer, not at an old PBX or another device.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "If the router runs a service of its own on this port (remote administration "
                "over HTTPS, a VPN server, its own SIP telephony), move that service to "
                "another port or switch it off, then forward the port to the PBX.",
            ),
            _STEP_AGAIN,
        ),
    ),
    TcpSeen.REFUSED: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "TCP connection refused on the way"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "A device on the way refused the responder's connection to this TCP port. "
            "Usually there is no forward for this port, or the forward points at a computer "
            "where nothing listens on it.",
        ),
        steps=(
            _TCP_FORWARD_STEPS[0],
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "If the forward exists, check that it points at this computer, and that the "
                "PBX service for this port runs whenever the check does not.",
            ),
            _STEP_ROUTER_IN_FRONT,
            _STEP_AGAIN,
        ),
    ),
    TcpSeen.TIMEOUT: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "TCP connection dropped on the way"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Nothing came back to the responder's connection to this TCP port: it was "
            "dropped on the way. Usually there is no forward for this port, or a firewall "
            "before this computer drops the connection.",
        ),
        steps=_TCP_FORWARD_STEPS,
    ),
    TcpSeen.UNREACHABLE: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "TCP connection rejected on the way"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "A router or firewall on the way rejected the responder's connection to this TCP "
            "port with an error message (ICMP unreachable): a rule rejects connections to "
            "this port, or the forward points at an address where no computer answers.",
        ),
        steps=_TCP_FORWARD_STEPS,
    ),
}
_TCP_WORDS: dict[Outcome, Words] = {
    Outcome.PASS: Words(
        title=_PASS_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The responder connected to this TCP port from the internet, and its connection "
            "reached this computer: the port is forwarded to it.",
        ),
        steps=_PASS_STEPS,
    ),
    Outcome.NOT_FORWARDED: _TCP_NOT_FORWARDED,
    Outcome.BLOCKED_ON_THIS_COMPUTER: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "This computer's firewall kept the connection out"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The responder's connection to this TCP port did not reach the check, and the "
            "firewall of this computer would have dropped it whatever the router did. So "
            "whether the router forwards this port could not be told. This is no fault of "
            "the router.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "In this computer's firewall, allow inbound TCP on these ports for all "
                "programs, or at least for the PBX and this check.",
            ),
            _STEP_AGAIN,
        ),
    ),
    Outcome.UNTESTED: Words(
        title=QT_TRANSLATE_NOOP("Outcomes", "TCP port not tested"),
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The responder could not connect to this TCP port, so whether it is reachable "
            "from the internet is still open.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Read what the check says about the responder, put it right, and run the "
                "check again.",
            ),
        ),
    ),
}

_TCP_SEEN_LABELS: dict[TcpSeen, str] = {
    TcpSeen.CONNECTED: QT_TRANSLATE_NOOP("Outcomes", "connected"),
    TcpSeen.REFUSED: QT_TRANSLATE_NOOP("Outcomes", "refused on the way"),
    TcpSeen.TIMEOUT: QT_TRANSLATE_NOOP("Outcomes", "dropped on the way"),
    TcpSeen.UNREACHABLE: QT_TRANSLATE_NOOP("Outcomes", "rejected on the way"),
    TcpSeen.ERROR: QT_TRANSLATE_NOOP("Outcomes", "not tried"),
}
_ANSWERED_ELSEWHERE = QT_TRANSLATE_NOOP("Outcomes", "another device answered")


def outcome_label(outcome: Outcome) -> str:
    """One to three words for a table cell."""
    return translated(CONTEXT, _OUTCOME_LABELS[outcome])


def tcp_seen_label(seen: TcpSeen, reached: bool | None = None) -> str:
    """What became of the responder's connection to a TCP port, in a few words; a
    connection accepted that did not reach this computer (``reached`` False) reads as
    another device answering."""
    if seen is TcpSeen.CONNECTED and reached is False:
        return translated(CONTEXT, _ANSWERED_ELSEWHERE)
    return translated(CONTEXT, _TCP_SEEN_LABELS[seen])


def explain_outcome(
    outcome: Outcome,
    requirement: Requirement | None = None,
    reason: Reason | None = None,
    *,
    seen: TcpSeen | None = None,
    witness: Witness | None = None,
) -> Explanation:
    """What one port's outcome means, worded for what the port must do when that matters.

    An ``inconclusive`` port is explained by its reason (what else could explain what it
    showed); the reason is ignored for every other outcome. A TCP port (``inbound-tcp``)
    that is not forwarded is told by what became of the responder's connection (``seen``);
    a UDP port that is, by who was kept out (``witness``: the responder alone, or it and
    the STUN server both).
    """
    if outcome is Outcome.INCONCLUSIVE and reason is not None:
        return explain_reason(reason)
    words: Words | None = None
    if requirement is Requirement.INBOUND_TCP:
        if outcome is Outcome.NOT_FORWARDED and seen is not None:
            words = _TCP_NOT_FORWARDED_SEEN.get(seen)
        words = words or _TCP_WORDS.get(outcome)
    elif outcome is Outcome.NOT_FORWARDED and requirement in (None, Requirement.FULL_CONE):
        words = _NOT_FORWARDED_BY.get(witness) if witness is not None else None
    if words is None and requirement is not None:
        words = _OUTCOME_WORDS_FOR.get((outcome, requirement))
    return explain(CONTEXT, words or _OUTCOME_WORDS[outcome])
