"""The words for every code the engine returns: headlines, explanations and next steps.

The engine speaks in stable codes (``wizard.engine.model``); this module turns them into
what a field technician reads, in the command line, the wizard and the saved report. Every
text is marked with ``QT_TRANSLATE_NOOP`` where it is written, so ``pyside6-lupdate`` finds
it, and translated with ``tr`` when a function returns it. No returned text holds a
placeholder: where a step needs the real port or process, it points to "the commands shown
below", which the engine fills in (``PortResult.commands``).

Long texts are split over adjacent string literals inside the ``QT_TRANSLATE_NOOP`` call;
Python joins them at compile time and ``pyside6-lupdate`` reads them as one source text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from wizard.engine.model import (
    Behaviour,
    Direction,
    LinkQuality,
    Outcome,
    Protocol,
    Reason,
    Requirement,
    ServerError,
    Verdict,
)
from wizard.i18n import QT_TRANSLATE_NOOP, translated

__all__ = [
    "MAX_JITTER_MS",
    "MAX_LOSS_PCT",
    "MAX_ONE_WAY_MS",
    "TERMS",
    "Explanation",
    "behaviour_text",
    "explain_outcome",
    "explain_verdict",
    "link_figures",
    "link_note",
    "link_summary",
    "link_warnings",
    "outcome_label",
    "port_preservation_text",
    "reason_label",
    "requirement_label",
    "requirement_text",
    "server_error_text",
    "term",
    "verdict_message",
]

# Translation contexts. The QT_TRANSLATE_NOOP calls below repeat them as literals because
# lupdate reads only literals; a test checks that both always agree.
_VERDICTS = "Verdicts"
_OUTCOMES = "Outcomes"
_SERVERS = "Servers"
_NAT = "Nat"
_REQUIREMENTS = "Requirements"
_TERMS = "Terms"
_REASONS = "Reasons"
_LINK = "Link"


@dataclass(frozen=True)
class Explanation:
    """What a result means and what to do about it, translated."""

    title: str  # short headline
    summary: str  # one to three sentences: what this means for calls
    steps: tuple[str, ...]  # what to do, in order


@dataclass(frozen=True)
class _Words:
    """The untranslated source texts of one explanation."""

    title: str
    summary: str
    steps: tuple[str, ...] = ()


def _translate(context: str, words: _Words) -> Explanation:
    return Explanation(
        title=translated(context, words.title),
        summary=translated(context, words.summary),
        steps=tuple(translated(context, step) for step in words.steps),
    )


# --- Verdicts: the overall answer of a check ---------------------------------------------

_VERDICT_MESSAGES: dict[Verdict, str] = {
    Verdict.DNS_FAILURE: QT_TRANSLATE_NOOP(
        "Verdicts", "None of the STUN server names could be resolved."
    ),
    Verdict.STUN_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Verdicts", "No STUN server answered, not even requests sent from a random port."
    ),
    Verdict.STUN_NO_SECOND_ADDRESS: QT_TRANSLATE_NOOP(
        "Verdicts",
        "The STUN servers that answered cannot test inbound traffic; "
        "only outgoing traffic was checked.",
    ),
    Verdict.PORT_IN_USE: QT_TRANSLATE_NOOP(
        "Verdicts", "Some ports are held by another program on this computer and were not tested."
    ),
    Verdict.SUCCESS: QT_TRANSLATE_NOOP(
        "Verdicts", "All checked ports behave as the product needs."
    ),
    Verdict.PARTIAL: QT_TRANSLATE_NOOP(
        "Verdicts", "Some ports behave as the product needs, others do not."
    ),
    Verdict.NOT_FORWARDED: QT_TRANSLATE_NOOP(
        "Verdicts",
        "Traffic from the internet does not reach this computer on ports that must be forwarded.",
    ),
    Verdict.PORT_TRANSLATED: QT_TRANSLATE_NOOP(
        "Verdicts",
        "The router changes the numbers of ports that must be forwarded one-to-one.",
    ),
    Verdict.SYMMETRIC_NAT: QT_TRANSLATE_NOOP(
        "Verdicts",
        "The router uses a different public port for each destination (symmetric NAT).",
    ),
    Verdict.NO_RESPONSE: QT_TRANSLATE_NOOP(
        "Verdicts", "Outgoing traffic from some ports gets no answer; something blocks it."
    ),
    Verdict.NO_PERMISSION: QT_TRANSLATE_NOOP(
        "Verdicts", "The operating system refused to open some ports, so they were not tested."
    ),
    Verdict.INCONCLUSIVE: QT_TRANSLATE_NOOP(
        "Verdicts", "No port failed for certain, but the results of some ports are not conclusive."
    ),
    Verdict.CANCELLED: QT_TRANSLATE_NOOP(
        "Verdicts", "The check was stopped before it finished; the results are incomplete."
    ),
}

_VERDICT_WORDS: dict[Verdict, _Words] = {
    Verdict.DNS_FAILURE: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "STUN server names not found"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "This computer could not turn any STUN server name into an address, so no port "
            "was checked. Either name lookup (DNS) does not work here, or the names are wrong "
            "or the service no longer exists. If DNS is the cause, the PBX will also fail to "
            "reach its SIP provider by name.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Verdicts", "Check the spelling of each STUN server name and its port."
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Open a command prompt and run nslookup with the server name after it. "
                "If it prints an address, DNS works for that name.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "If nslookup fails for every name, check this computer's DNS settings: the "
                "DNS servers of the network adapter, a VPN client, or a DNS filter on the "
                "firewall.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "If only some names fail, those services may be gone. Use another STUN "
                "server, for example one from the product's default list.",
            ),
            QT_TRANSLATE_NOOP("Verdicts", "Then run the check again."),
        ),
    ),
    Verdict.STUN_UNREACHABLE: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "No STUN server answers"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "The server names resolved, but no server replied, even to a request from a "
            "random port. So the cause is not one port: this computer has no working "
            "internet access, outgoing UDP is blocked as a whole, or the servers are down "
            "or use another port. No port could be tested.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Verdicts", "Check that this computer can reach the internet: open a website."
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Check the port of each server entry. STUN usually listens on UDP port 3478, "
                "but some servers use another one.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "On the router or firewall, look for a rule that blocks outgoing UDP from this "
                "computer, or that allows only web and DNS traffic out.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Check Windows Defender Firewall and any security software on this computer "
                "for rules that block outgoing UDP.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Try another STUN server, for example one from the product's default list, "
                "and run the check again.",
            ),
        ),
    ),
    Verdict.STUN_NO_SECOND_ADDRESS: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "STUN server cannot test inbound traffic"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "The servers that answered either have no second address or do not reply from it "
            "when asked. Without that, only test 1 (outgoing traffic) can run, and whether "
            "the ports are reachable from the internet stays unknown. The test 1 results are "
            "shown below.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Use a STUN server that has a second address and replies from it on request, "
                "for example one from the product's default list.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Many free public STUN servers run on a single address; they cannot be used "
                "for this check.",
            ),
            QT_TRANSLATE_NOOP("Verdicts", "Then run the check again."),
        ),
    ),
    Verdict.PORT_IN_USE: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Ports used by another program"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "Another program on this computer already holds some of the ports, so they could "
            "not be tested. Usually that is the PBX service itself or a softphone. The free "
            "ports were checked as usual.",
        ),
    ),
    Verdict.SUCCESS: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Firewall set up correctly"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "Every checked port behaves as required. Ports that must be forwarded are "
            "reachable from the internet on the same port number, and outbound ports keep a "
            "stable public port. On the network side, trunks, remote phones and audio can "
            "work.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Note the current router and firewall rules in the customer's documentation, "
                "so they can be restored after a router swap or reset.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "If calls still fail, look elsewhere: the public IP settings of the PBX, the "
                "SIP provider's account data, and any TCP ports listed for a check by hand.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Run the check again after any change to the router, the firewall or the "
                "internet line.",
            ),
        ),
    ),
    Verdict.PARTIAL: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Some ports fail"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "Some ports behave correctly and some do not. Calls may work one time and fail "
            "the next, for example with no audio whenever the PBX picks a media port from "
            "the failing part.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Look at which ports failed. A block at the start or end of a range usually "
                "means the forwarding rule covers less than the full range.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Check that every forwarding rule points to this computer's LAN address. A "
                "rule left over from an old PBX or another device can take part of the range.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "If the first ports pass and all later ones fail, the firewall's port scan or "
                "flood protection may have reacted to the check. Switch it off for the check, "
                "or exempt this computer, and run the check again.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts", "For each failing port, follow the steps given for its result."
            ),
        ),
    ),
    Verdict.NOT_FORWARDED: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Port forwarding is missing"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "Outgoing traffic works, but traffic from the internet does not reach this "
            "computer on ports that must be forwarded. Expect incoming calls that fail, "
            "remote phones that do not register, and calls with one-way or no audio.",
        ),
    ),
    Verdict.PORT_TRANSLATED: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Router changes port numbers"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "The router sends the PBX's traffic out on other port numbers than the PBX uses. "
            "The PBX writes its own port numbers into its SIP messages, so the other side "
            "answers on ports that do not lead back to it. Expect one-way or no audio, and "
            "trunks or remote phones that drop.",
        ),
    ),
    Verdict.SYMMETRIC_NAT: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Symmetric NAT: public port changes per destination"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "The router picks a new public port each time the PBX talks to a new "
            "destination. The public address the PBX learns with STUN is then wrong for the "
            "provider and the phones, so registrations and audio fail, often at random.",
        ),
    ),
    Verdict.NO_RESPONSE: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Outgoing traffic blocked on some ports"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "The STUN server answers requests this computer sends from other ports, but not "
            "those sent from these ports. "
            "Something filters outgoing UDP by port: a rule on the router or firewall, "
            "Windows Defender Firewall, security software, or the internet provider. The PBX "
            "cannot use these ports until that is fixed.",
        ),
    ),
    Verdict.NO_PERMISSION: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Ports could not be opened"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "The operating system did not let this program open some ports, so they were not "
            "tested. Their results say nothing about the router yet.",
        ),
    ),
    Verdict.INCONCLUSIVE: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Some results are not conclusive"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "No port failed for certain. For some ports, though, what the check saw has "
            "another explanation than the router: traffic of an earlier run, a link that "
            "lost packets, or a STUN server that did not answer as it should. Those ports "
            "count neither as passed nor as failed; the reason for each is given below.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Read the reason given for the ports that are not conclusive and follow its "
                "advice.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Run the check again after five minutes, while nothing else uses the internet "
                "line heavily. To save time, check only those ports.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "If the same ports stay unclear, choose another STUN server, for example one "
                "from the product's default list.",
            ),
        ),
    ),
    Verdict.CANCELLED: _Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Check stopped"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "The check was stopped before all ports were tested. The results shown are "
            "valid; the ports not reached have no result.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Run the check again and let it finish. A large port range can take a few minutes.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "To save time, check only the ports that failed or were not reached.",
            ),
        ),
    ),
}

# Verdicts that stand for one per-port outcome take their steps from it, so the advice is
# written, and translated, once.
_VERDICT_STEPS_FROM: dict[Verdict, Outcome] = {
    Verdict.PORT_IN_USE: Outcome.PORT_IN_USE,
    Verdict.NOT_FORWARDED: Outcome.NOT_FORWARDED,
    Verdict.PORT_TRANSLATED: Outcome.PORT_TRANSLATED,
    Verdict.SYMMETRIC_NAT: Outcome.SYMMETRIC_NAT,
    Verdict.NO_RESPONSE: Outcome.NO_RESPONSE,
    Verdict.NO_PERMISSION: Outcome.NO_PERMISSION,
}


def verdict_message(verdict: Verdict) -> str:
    """One line for the headline and for the ``message`` of ``check --json``."""
    return translated(_VERDICTS, _VERDICT_MESSAGES[verdict])


def explain_verdict(verdict: Verdict) -> Explanation:
    """What the overall verdict means for calls, and what to do, in order."""
    explanation = _translate(_VERDICTS, _VERDICT_WORDS[verdict])
    outcome = _VERDICT_STEPS_FROM.get(verdict)
    if outcome is None:
        return explanation
    return Explanation(
        title=explanation.title,
        summary=explanation.summary,
        steps=explain_outcome(outcome).steps,
    )


# --- Outcomes: what one port showed -------------------------------------------------------

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
_OUTCOME_WORDS: dict[Outcome, _Words] = {
    Outcome.PASS: _Words(
        title=_PASS_TITLE,
        summary=QT_TRANSLATE_NOOP("Outcomes", "This port behaves as the product needs."),
        steps=_PASS_STEPS,
    ),
    Outcome.NOT_FORWARDED: _Words(
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
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Make sure the rule points to this computer. Give the PBX a fixed LAN address "
                "(static, or a DHCP reservation) so the rule stays right after a restart.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "On business firewalls, a port forward (destination NAT) often also needs a "
                "policy that allows the traffic in.",
            ),
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
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Compare the public address in the results with the WAN address on the "
                "router's status page. If they differ, another router sits in front. Forward "
                "the ports on both, or set the first one to bridge mode.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "If the device in front belongs to the internet provider (carrier-grade NAT, "
                "often a WAN address from 100.64.0.0/10), no forward is possible. Ask the "
                "provider for a public IPv4 address.",
            ),
            QT_TRANSLATE_NOOP("Outcomes", "Then run the check again."),
        ),
    ),
    Outcome.PORT_TRANSLATED: _Words(
        title=_TRANSLATED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The router sends this port out under another public port number, but keeps that "
            "number steady. For ports that must be forwarded one-to-one this is a fault; for "
            "ports that only need outbound traffic it is usually fine.",
        ),
        steps=_TRANSLATED_STEPS,
    ),
    Outcome.SYMMETRIC_NAT: _Words(
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
    Outcome.NO_RESPONSE: _Words(
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
    Outcome.PORT_IN_USE: _Words(
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
            QT_TRANSLATE_NOOP("Outcomes", "Then run the check again."),
        ),
    ),
    Outcome.NO_PERMISSION: _Words(
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
                "On Windows, another program may hold a port for itself alone. Run netstat "
                "-ano in a command prompt and look for the port number.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Windows also reserves port ranges for Hyper-V, WSL or Docker. To list them, "
                "run netsh interface ipv4 show excludedportrange protocol=udp in a command "
                "prompt. If a failing port lies in one, restart the Windows NAT service as "
                "administrator (net stop winnat, then net start winnat); that often frees it.",
            ),
            QT_TRANSLATE_NOOP(
                "Outcomes",
                "Security software can stop programs from opening ports. Allow this program in it.",
            ),
            QT_TRANSLATE_NOOP("Outcomes", "Then run the check again."),
        ),
    ),
    Outcome.UNTESTED: _Words(
        title=_UNTESTED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Only test 1 ran: this computer can send from this port and gets replies. No "
            "STUN server with a second address was available, so inbound traffic and the "
            "stability of the public port could not be tested.",
        ),
        steps=_UNTESTED_STEPS,
    ),
    # Only when the engine gave no reason; ``_REASON_WORDS`` has the words for each reason.
    Outcome.INCONCLUSIVE: _Words(
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
_OUTCOME_WORDS_FOR: dict[tuple[Outcome, Requirement], _Words] = {
    (Outcome.PASS, Requirement.FULL_CONE): _Words(
        title=_PASS_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Traffic from the internet reaches the PBX on this port, and the port number "
            "stays the same outside and inside. This is what SIP trunks and remote phones "
            "need.",
        ),
        steps=_PASS_STEPS,
    ),
    (Outcome.PASS, Requirement.OUTBOUND): _Words(
        title=_PASS_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The PBX can send from this port and gets replies, and the router keeps the same "
            "public port whatever the destination.",
        ),
        steps=_PASS_STEPS,
    ),
    (Outcome.NOT_FORWARDED, Requirement.OUTBOUND): _Words(
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
    (Outcome.PORT_TRANSLATED, Requirement.FULL_CONE): _Words(
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
    (Outcome.PORT_TRANSLATED, Requirement.OUTBOUND): _Words(
        title=_TRANSLATED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "The router sends this port out under another public port number, but keeps the "
            "same one for every destination. For a port that only needs outbound traffic "
            "this is fine: the PBX learns its public port with STUN.",
        ),
        steps=(QT_TRANSLATE_NOOP("Outcomes", "Nothing needs to change for this port."),),
    ),
    (Outcome.UNTESTED, Requirement.FULL_CONE): _Words(
        title=_UNTESTED_TITLE,
        summary=QT_TRANSLATE_NOOP(
            "Outcomes",
            "Only test 1 ran: outgoing traffic from this port works. Whether traffic from the "
            "internet reaches the PBX on this port is still open, because no STUN server "
            "with a second address was available.",
        ),
        steps=_UNTESTED_STEPS,
    ),
    (Outcome.UNTESTED, Requirement.OUTBOUND): _Words(
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


def outcome_label(outcome: Outcome) -> str:
    """One to three words for a table cell."""
    return translated(_OUTCOMES, _OUTCOME_LABELS[outcome])


def explain_outcome(
    outcome: Outcome, requirement: Requirement | None = None, reason: Reason | None = None
) -> Explanation:
    """What one port's outcome means, worded for what the port must do when that matters.

    An ``inconclusive`` port is explained by its reason (what else could explain what it
    showed); the reason is ignored for every other outcome.
    """
    if outcome is Outcome.INCONCLUSIVE and reason is not None:
        return _translate(_REASONS, _REASON_WORDS[reason])
    words = _OUTCOME_WORDS_FOR.get((outcome, requirement)) if requirement else None
    return _translate(_OUTCOMES, words or _OUTCOME_WORDS[outcome])


# --- Reasons: why a port is inconclusive ----------------------------------------------------

_REASON_LABELS: dict[Reason, str] = {
    Reason.RECENT_CONTACT: QT_TRANSLATE_NOOP("Reasons", "recent contact"),
    Reason.LINK_LOSS: QT_TRANSLATE_NOOP("Reasons", "link losing packets"),
    Reason.BAD_REPLY: QT_TRANSLATE_NOOP("Reasons", "bad reply"),
    Reason.SECOND_ADDRESS_SILENT: QT_TRANSLATE_NOOP("Reasons", "second address silent"),
    Reason.SEVERAL_PUBLIC_ADDRESSES: QT_TRANSLATE_NOOP("Reasons", "several public addresses"),
    Reason.MAPPING_UNCONFIRMED: QT_TRANSLATE_NOOP("Reasons", "mapping not confirmed"),
    Reason.BIND_ERROR: QT_TRANSLATE_NOOP("Reasons", "system error"),
    Reason.RATE_LIMITED: QT_TRANSLATE_NOOP("Reasons", "rate limited"),
    Reason.OWN_PORT: QT_TRANSLATE_NOOP("Reasons", "taken by check"),
}

_REASON_WORDS: dict[Reason, _Words] = {
    Reason.RECENT_CONTACT: _Words(
        title=QT_TRANSLATE_NOOP("Reasons", "Port talked to the server's second address recently"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "This port sent to the STUN server's second address a short time ago, for "
            "example in an earlier run of this check. The router may still let that address "
            "in for a few minutes, so a passing test 2 would prove nothing. The port counts "
            "neither as passed nor as failed.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Run the check again after five minutes: many routers remember such a contact "
                "that long, and so does this check. A run started sooner finds the same.",
            ),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Meanwhile, do not run other STUN tools or softphones on this computer that "
                "could use the same ports.",
            ),
        ),
    ),
    Reason.LINK_LOSS: _Words(
        title=QT_TRANSLATE_NOOP("Reasons", "The link was losing packets"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "When this port was tested, the link or the STUN server was losing the check's "
            "own control requests, which the router always lets through. So the silence on "
            "this port may come from that loss; the router is not to blame for it yet.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Check this computer's internet link: a weak Wi-Fi or LTE signal, an upload "
                "that fills the line, or a VPN can lose packets. Use a cable if you can.",
            ),
            QT_TRANSLATE_NOOP("Reasons", "Run the check again."),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "If it happens again, lower the rate (on the Test settings page, or with "
                "--rate): some public STUN servers drop requests from clients that send many.",
            ),
        ),
    ),
    Reason.BAD_REPLY: _Words(
        title=QT_TRANSLATE_NOOP("Reasons", "The server's answer was incomplete"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "The STUN server answered this port, but its answer did not say which public "
            "address it saw. A faulty server, or a device on the way that rewrites packets, "
            "can cause that. It does not show a router fault.",
        ),
        steps=(
            QT_TRANSLATE_NOOP("Reasons", "Run the check again."),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "If it happens again, switch off SIP ALG or other inspection of UDP on the "
                "router, or choose another STUN server.",
            ),
        ),
    ),
    Reason.SECOND_ADDRESS_SILENT: _Words(
        title=QT_TRANSLATE_NOOP("Reasons", "The server's second address never answered"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "Test 1 works, but the server's second address never answered this port, not "
            "even to a request sent straight to it. Something on the way may block traffic "
            "to that address: a firewall rule that allows only some destinations, a filter "
            "at the provider, or the server itself. Whether the router forwards this port "
            "could not be told.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Check whether the router or firewall lets the PBX send UDP only to certain "
                "addresses. The PBX needs to reach any address.",
            ),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Choose another STUN server, for example one from the product's default "
                "list, and run the check again.",
            ),
        ),
    ),
    Reason.SEVERAL_PUBLIC_ADDRESSES: _Words(
        title=QT_TRANSLATE_NOOP("Reasons", "Traffic leaves by more than one public address"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "The server's two addresses saw this port come from two different public IP "
            "addresses. Traffic leaves by more than one way, such as a second internet line, "
            "load balancing or a VPN. That is not symmetric NAT, but the provider and the "
            "phones may see the PBX at another address than the one it announces.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "If the site balances traffic over two internet lines, send all PBX traffic "
                "over one line, for example with a rule for the PBX's LAN address.",
            ),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "If a VPN client runs on this computer, disconnect it for the check, or make "
                "sure it does not carry the PBX's internet traffic.",
            ),
            QT_TRANSLATE_NOOP("Reasons", "Then run the check again."),
        ),
    ),
    Reason.MAPPING_UNCONFIRMED: _Words(
        title=QT_TRANSLATE_NOOP("Reasons", "Public port changed once, not confirmed"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "One destination saw this port under another public port number, but a second, "
            "fresh request did not see that again. The router may have renewed the port at "
            "that moment, so it is not clear whether it keeps one public port for every "
            "destination.",
        ),
        steps=(
            QT_TRANSLATE_NOOP("Reasons", "Run the check again."),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "If the public port changes again, treat it as symmetric NAT and follow the "
                "steps given for that.",
            ),
        ),
    ),
    Reason.BIND_ERROR: _Words(
        title=QT_TRANSLATE_NOOP("Reasons", "Port could not be opened (system error)"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "The operating system refused to open this port with an error that is neither "
            '"in use" nor "access denied". Nothing is known about the router for this '
            "port yet.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Close VPN clients and virtual network tools that may hold or reserve ports, "
                "or restart the computer.",
            ),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Security software can stop programs from opening ports. Allow this program "
                "in it, then run the check again.",
            ),
        ),
    ),
    Reason.RATE_LIMITED: _Words(
        title=QT_TRANSLATE_NOOP("Reasons", "Something limits new incoming connections"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "Test 2 failed for this port at the scan's pace, but other ports passed it when "
            "asked slowly. Something on the way limits how many new incoming connections it "
            "lets through, such as a flood or port-scan protection on the router or firewall. "
            "Whether this port is forwarded could not be told.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "On the router or firewall, look for flood protection, port-scan detection or "
                "a limit on new UDP sessions. Exempt this computer from it for the check.",
            ),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Or run the check again with a lower rate (on the Test settings page, or with "
                "--rate), or check fewer ports at a time.",
            ),
        ),
    ),
    Reason.OWN_PORT: _Words(
        title=QT_TRANSLATE_NOOP("Reasons", "The router gave this port number to the check"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "The router picked this port's number as the public port of one of the check's "
            "own ports. Answers meant for this port may have gone to the check instead, and "
            "the port may have had to use another public port. Whether the router forwards "
            "it could not be told.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Run the check again in a few minutes: the router picks another port for the "
                "check next time.",
            ),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "If the router picks outgoing ports at random (pfSense and some business "
                "firewalls do), set a static or fixed source port for this computer.",
            ),
        ),
    ),
}


def reason_label(reason: Reason) -> str:
    """Two or three words for why a port is inconclusive, for the last column of a table."""
    return translated(_REASONS, _REASON_LABELS[reason])


# --- STUN servers ---------------------------------------------------------------------------

_SERVER_ERRORS: dict[ServerError, str] = {
    ServerError.NAME_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Servers",
        "This name does not exist in DNS. Check the spelling; the service may have been shut down.",
    ),
    ServerError.DNS_NO_ANSWER: QT_TRANSLATE_NOOP(
        "Servers",
        "DNS gave no answer for this name. Check this computer's DNS settings and internet access.",
    ),
    ServerError.NO_RESPONSE: QT_TRANSLATE_NOOP(
        "Servers",
        "The name resolved, but the server did not answer. It may be down or on another port, "
        "or outgoing UDP is blocked.",
    ),
    ServerError.NO_SECOND_ADDRESS: QT_TRANSLATE_NOOP(
        "Servers",
        "The server answers but has no second address, so it cannot test inbound traffic.",
    ),
    ServerError.IGNORES_CHANGE_REQUEST: QT_TRANSLATE_NOOP(
        "Servers",
        "The server names a second address but does not reply from it when asked, so it "
        "cannot test inbound traffic.",
    ),
    ServerError.NOT_TRIED: QT_TRANSLATE_NOOP(
        "Servers", "Not needed: a server earlier in the list was already suitable."
    ),
    ServerError.SECOND_ADDRESS_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Servers",
        "The server announces a second address, but nothing answers there, so it cannot do "
        "test 2. Choose another server.",
    ),
    ServerError.CHANGE_REQUEST_UNANSWERED: QT_TRANSLATE_NOOP(
        "Servers",
        "The server's second address answers, but the server never replies from it when "
        "asked to, not even where the router would let that reply in. It cannot do test 2. "
        "Choose another server.",
    ),
}


def server_error_text(error: ServerError) -> str:
    """Why a STUN server could not be used, in one or two sentences."""
    return translated(_SERVERS, _SERVER_ERRORS[error])


# --- NAT behaviour --------------------------------------------------------------------------

_MAPPING: dict[Behaviour | None, str] = {
    Behaviour.ENDPOINT_INDEPENDENT: QT_TRANSLATE_NOOP(
        "Nat",
        "The router keeps the same public port whatever the destination "
        "(endpoint-independent mapping).",
    ),
    Behaviour.ADDRESS_DEPENDENT: QT_TRANSLATE_NOOP(
        "Nat",
        "The router picks a new public port for each destination address "
        "(address-dependent mapping).",
    ),
    Behaviour.ADDRESS_AND_PORT_DEPENDENT: QT_TRANSLATE_NOOP(
        "Nat",
        "The router picks a new public port for each destination address and port "
        "(address-and-port-dependent mapping, also called symmetric NAT).",
    ),
    None: QT_TRANSLATE_NOOP("Nat", "How the router assigns public ports could not be determined."),
}

_FILTERING: dict[Behaviour | None, str] = {
    Behaviour.ENDPOINT_INDEPENDENT: QT_TRANSLATE_NOOP(
        "Nat",
        "Once a public port is open, the router lets traffic in from any address "
        "(endpoint-independent filtering, as with full cone or a port forward).",
    ),
    Behaviour.ADDRESS_DEPENDENT: QT_TRANSLATE_NOOP(
        "Nat",
        "The router lets traffic in only from addresses this computer has sent to "
        "(address-dependent filtering).",
    ),
    Behaviour.ADDRESS_AND_PORT_DEPENDENT: QT_TRANSLATE_NOOP(
        "Nat",
        "The router lets traffic in only from the exact address and port this computer has "
        "sent to (address-and-port-dependent filtering).",
    ),
    None: QT_TRANSLATE_NOOP(
        "Nat", "Which incoming traffic the router lets in could not be determined."
    ),
}

_BEHAVIOURS: dict[str, dict[Behaviour | None, str]] = {
    "mapping": _MAPPING,
    "filtering": _FILTERING,
}

_PORT_PRESERVATION: dict[bool | None, str] = {
    True: QT_TRANSLATE_NOOP("Nat", "The router keeps the port numbers (port preservation)."),
    False: QT_TRANSLATE_NOOP("Nat", "The router changes the port numbers (no port preservation)."),
    None: QT_TRANSLATE_NOOP(
        "Nat", "Whether the router keeps the port numbers could not be determined."
    ),
}


def behaviour_text(kind: str, behaviour: Behaviour | None) -> str:
    """Plain words for the NAT's ``mapping`` or ``filtering``, with the RFC 5780 term."""
    try:
        texts = _BEHAVIOURS[kind]
    except KeyError:
        raise ValueError(f"kind must be 'mapping' or 'filtering', not {kind!r}") from None
    return translated(_NAT, texts[behaviour])


def port_preservation_text(preserving: bool | None) -> str:
    """Whether the router keeps the local port number on the public side."""
    return translated(_NAT, _PORT_PRESERVATION[preserving])


# --- The link to the STUN server -----------------------------------------------------------

# Above these the link threatens calls. Loss and jitter: what voice codecs and the phones'
# jitter buffers usually cope with. Delay: ITU-T G.114 keeps one-way delay below 150 ms for
# a natural conversation; one way is taken as half the typical round trip.
MAX_LOSS_PCT = 1.0
MAX_JITTER_MS = 30.0
MAX_ONE_WAY_MS = 150.0

_LINK_NOTE = QT_TRANSLATE_NOOP(
    "Link",
    "Measured with the check's own control requests to the STUN server. The way to the SIP "
    "provider may differ, but poor figures here usually mean a poor line.",
)
_LOSS = QT_TRANSLATE_NOOP("Link", "Packet loss")
_LOSS_VALUE = QT_TRANSLATE_NOOP("Link", "{loss} % ({answered} of {sent} control requests answered)")
_ROUND_TRIP = QT_TRANSLATE_NOOP("Link", "Round trip")
_ROUND_TRIP_VALUE = QT_TRANSLATE_NOOP(
    "Link", "typically {typical} ms, 95 % of answers within {slow} ms"
)
_JITTER = QT_TRANSLATE_NOOP("Link", "Jitter")
_MILLISECONDS = QT_TRANSLATE_NOOP("Link", "{value} ms")
_RATE = QT_TRANSLATE_NOOP("Link", "Request rate")
_RATE_VALUE = QT_TRANSLATE_NOOP("Link", "{reached} requests a second (at most {ceiling} allowed)")
_RATE_ONLY = QT_TRANSLATE_NOOP("Link", "{reached} requests a second")
_SLOWED = QT_TRANSLATE_NOOP("Link", "Slowed down")
_SLOWED_VALUE = QT_TRANSLATE_NOOP(
    "Link", "{count}×, because the server or the link dropped control requests"
)
_SLOWED_PAUSED_VALUE = QT_TRANSLATE_NOOP(
    "Link",
    "{count}×, and paused for {seconds} s in all, because the server or the link dropped "
    "control requests",
)
_LOSS_WARNING = QT_TRANSLATE_NOOP(
    "Link",
    "The link lost {loss} % of the control requests, more than {limit} %. Calls over it may "
    "have gaps in the audio. Check the line, or the Wi-Fi or LTE signal.",
)
_JITTER_WARNING = QT_TRANSLATE_NOOP(
    "Link",
    "The jitter of {jitter} ms is more than {limit} ms, so audio may stutter. Look for "
    "uploads or other traffic that fill the line, and give voice priority (QoS) on the router.",
)
_DELAY_WARNING = QT_TRANSLATE_NOOP(
    "Link",
    "The one-way delay is about {delay} ms (half the round trip), above the {limit} ms that "
    "ITU-T G.114 recommends. People on a call start to talk over each other. Look for a busy "
    "line, a mobile or satellite link, or a VPN that takes a long way round.",
)
_LINK_SUMMARY = QT_TRANSLATE_NOOP(
    "Link", "loss {loss} %, round trip {round_trip} ms, jitter {jitter} ms"
)
_UNKNOWN = "–"


def _decimal(value: float, digits: int) -> str:
    """A number written the way the current language writes it (0.4 or 0,4)."""
    return QLocale().toString(float(value), "f", digits)


def _about(value: float) -> str:
    """Whole numbers, with one decimal below 10, where that still says something."""
    return _decimal(value, 1 if abs(value) < 10 else 0)


def link_note() -> str:
    """What the link figures were measured with, and what they mean for calls."""
    return translated(_LINK, _LINK_NOTE)


def link_summary(link: LinkQuality) -> str:
    """Loss, typical round trip and jitter in one short line, for a chat or a ticket."""

    def shown(value: float | None, digits: int | None = None) -> str:
        if value is None:
            return _UNKNOWN
        return _about(value) if digits is None else _decimal(value, digits)

    return translated(_LINK, _LINK_SUMMARY).format(
        loss=shown(link.loss_pct, 1),
        round_trip=shown(link.rtt_p50_ms),
        jitter=shown(link.jitter_ms),
    )


def link_figures(link: LinkQuality) -> list[tuple[str, str]]:
    """(label, value) rows: loss, round trip, jitter, request rate, and slow-downs if any."""
    loss = _UNKNOWN
    if link.loss_pct is not None:
        loss = translated(_LINK, _LOSS_VALUE).format(
            loss=_decimal(link.loss_pct, 1),
            answered=QLocale().toString(link.controls_answered),
            sent=QLocale().toString(link.controls_sent),
        )
    round_trip = _UNKNOWN
    if link.rtt_p50_ms is not None and link.rtt_p95_ms is not None:
        round_trip = translated(_LINK, _ROUND_TRIP_VALUE).format(
            typical=_about(link.rtt_p50_ms), slow=_about(link.rtt_p95_ms)
        )
    jitter = _UNKNOWN
    if link.jitter_ms is not None:
        jitter = translated(_LINK, _MILLISECONDS).format(value=_about(link.jitter_ms))
    rate = _UNKNOWN
    if link.rate_reached is not None:
        if link.rate_ceiling is not None:
            rate = translated(_LINK, _RATE_VALUE).format(
                reached=_about(link.rate_reached), ceiling=_about(link.rate_ceiling)
            )
        else:
            rate = translated(_LINK, _RATE_ONLY).format(reached=_about(link.rate_reached))
    rows = [
        (translated(_LINK, _LOSS), loss),
        (translated(_LINK, _ROUND_TRIP), round_trip),
        (translated(_LINK, _JITTER), jitter),
        (translated(_LINK, _RATE), rate),
    ]
    if link.slowed_down or link.paused_s:
        if link.paused_s:
            slowed = translated(_LINK, _SLOWED_PAUSED_VALUE).format(
                count=link.slowed_down, seconds=_about(link.paused_s)
            )
        else:
            slowed = translated(_LINK, _SLOWED_VALUE).format(count=link.slowed_down)
        rows.append((translated(_LINK, _SLOWED), slowed))
    return rows


def link_warnings(link: LinkQuality) -> list[str]:
    """A sentence for each figure that threatens calls: loss, jitter, one-way delay."""
    warnings = []
    if link.loss_pct is not None and link.loss_pct > MAX_LOSS_PCT:
        warnings.append(
            translated(_LINK, _LOSS_WARNING).format(
                loss=_decimal(link.loss_pct, 1), limit=_decimal(MAX_LOSS_PCT, 0)
            )
        )
    if link.jitter_ms is not None and link.jitter_ms > MAX_JITTER_MS:
        warnings.append(
            translated(_LINK, _JITTER_WARNING).format(
                jitter=_about(link.jitter_ms), limit=_decimal(MAX_JITTER_MS, 0)
            )
        )
    if link.rtt_p50_ms is not None and link.rtt_p50_ms / 2 > MAX_ONE_WAY_MS:
        warnings.append(
            translated(_LINK, _DELAY_WARNING).format(
                delay=_about(link.rtt_p50_ms / 2), limit=_decimal(MAX_ONE_WAY_MS, 0)
            )
        )
    return warnings


# --- Requirements -----------------------------------------------------------------------------

_REQUIREMENT_TEXTS: dict[Requirement, str] = {
    Requirement.FULL_CONE: QT_TRANSLATE_NOOP(
        "Requirements",
        "Traffic from any address on the internet must reach the PBX on this UDP port, with "
        "the same port number outside and inside.",
    ),
    Requirement.OUTBOUND: QT_TRANSLATE_NOOP(
        "Requirements",
        "The PBX must be able to send UDP from this port and get the replies, and the router "
        "must keep one public port for it whatever the destination.",
    ),
    Requirement.INBOUND_TCP: QT_TRANSLATE_NOOP(
        "Requirements",
        "This TCP port must be reachable from the internet; STUN cannot test TCP, so check "
        "the forward by hand.",
    ),
}

_REQUIREMENT_LABELS: dict[Requirement, str] = {
    Requirement.FULL_CONE: QT_TRANSLATE_NOOP("Requirements", "Forwarded one-to-one (full cone)"),
    Requirement.OUTBOUND: QT_TRANSLATE_NOOP("Requirements", "Outbound with stable mapping"),
    Requirement.INBOUND_TCP: QT_TRANSLATE_NOOP("Requirements", "Inbound TCP (check by hand)"),
}


def requirement_text(requirement: Requirement) -> str:
    """What the network must do for a port with this requirement, in one sentence."""
    return translated(_REQUIREMENTS, _REQUIREMENT_TEXTS[requirement])


def requirement_label(requirement: Requirement) -> str:
    """A short name for the requirement, for a table cell."""
    return translated(_REQUIREMENTS, _REQUIREMENT_LABELS[requirement])


_DIRECTION_LABELS: dict[Direction, str] = {
    Direction.INBOUND: QT_TRANSLATE_NOOP("Requirements", "in"),
    Direction.OUTBOUND: QT_TRANSLATE_NOOP("Requirements", "out"),
    Direction.BOTH: QT_TRANSLATE_NOOP("Requirements", "in and out"),
}


_PROTOCOL_LABELS: dict[Protocol, str] = {
    Protocol.UDP: QT_TRANSLATE_NOOP("Requirements", "UDP"),
    Protocol.TCP: QT_TRANSLATE_NOOP("Requirements", "TCP"),
    Protocol.BOTH: QT_TRANSLATE_NOOP("Requirements", "UDP and TCP"),
}


def protocol_label(protocol: Protocol) -> str:
    """The protocol for a table cell; "both" reads as both names."""
    return translated(_REQUIREMENTS, _PROTOCOL_LABELS[protocol])


def direction_label(direction: Direction) -> str:
    """Which way the traffic goes, seen from the PBX, for a table cell."""
    return translated(_REQUIREMENTS, _DIRECTION_LABELS[direction])


# --- Terms for tooltips -------------------------------------------------------------------

# Untranslated source texts; read them through ``term`` to get the translation.
TERMS: dict[str, str] = {
    "STUN": QT_TRANSLATE_NOOP(
        "Terms",
        "A small internet protocol: a server tells a device which public address and port "
        "its traffic came from. This check uses it to see what the router does to each port.",
    ),
    "NAT": QT_TRANSLATE_NOOP(
        "Terms",
        "Network address translation: on the way out, the router replaces the private "
        "addresses of the local network with its own public address.",
    ),
    "full cone": QT_TRANSLATE_NOOP(
        "Terms",
        "A kind of NAT where, once a public port is open, traffic from any address on the "
        "internet reaches the device behind it. A one-to-one port forward gives the same.",
    ),
    "symmetric NAT": QT_TRANSLATE_NOOP(
        "Terms",
        "A kind of NAT that uses a new public port for every destination. Calls through it "
        "fail unless the router is set to keep ports fixed.",
    ),
    "port preservation": QT_TRANSLATE_NOOP(
        "Terms",
        "The router keeps the device's own port number when it translates the address, so "
        "local port 5060 goes out as public port 5060.",
    ),
    "SIP ALG": QT_TRANSLATE_NOOP(
        "Terms",
        "A router feature, also called SIP helper, that rewrites SIP messages on the way "
        "through. It often gets them wrong; switch it off when the PBX handles NAT itself.",
    ),
    "one-to-one forwarding": QT_TRANSLATE_NOOP(
        "Terms",
        "A router rule that sends everything arriving on a public port to the same port on "
        "one LAN device, and sends that device's traffic out on the same port.",
    ),
    "carrier-grade NAT": QT_TRANSLATE_NOOP(
        "Terms",
        "NAT run by the internet provider, so the customer's router has no public address "
        "of its own. No port can be forwarded through it.",
    ),
}


def term(name: str) -> str:
    """The translated tooltip for one of ``TERMS``; raises ``KeyError`` for others."""
    return translated(_TERMS, TERMS[name])
