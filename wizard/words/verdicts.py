"""The words for the overall verdict of a check: a one-line message, what it means, what to do."""

from __future__ import annotations

from wizard.engine.model import Outcome, Requirement, Verdict
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.words.explanation import Explanation, Words, explain
from wizard.words.outcomes import explain_outcome

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Verdicts"

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
    Verdict.BLOCKED_ON_THIS_COMPUTER: QT_TRANSLATE_NOOP(
        "Verdicts",
        "This computer's firewall kept the check's test traffic out, so the router could not "
        "be judged for some ports.",
    ),
    Verdict.PORT_RESERVED: QT_TRANSLATE_NOOP(
        "Verdicts", "Windows reserves some of the PBX's ports for itself; the PBX cannot use them."
    ),
    Verdict.SIP_ALG: QT_TRANSLATE_NOOP(
        "Verdicts",
        "Every checked port works, but a SIP helper (SIP ALG) on the way rewrites SIP messages.",
    ),
    Verdict.UPSTREAM_NAT: QT_TRANSLATE_NOOP(
        "Verdicts",
        "A second NAT in front of the router keeps traffic from the internet out; forwards on "
        "this router alone cannot be enough.",
    ),
    Verdict.INCONCLUSIVE: QT_TRANSLATE_NOOP(
        "Verdicts", "No port failed for certain, but the results of some ports are not conclusive."
    ),
    Verdict.CANCELLED: QT_TRANSLATE_NOOP(
        "Verdicts", "The check was stopped before it finished; the results are incomplete."
    ),
}

_VERDICT_WORDS: dict[Verdict, Words] = {
    Verdict.DNS_FAILURE: Words(
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
    Verdict.STUN_UNREACHABLE: Words(
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
    Verdict.STUN_NO_SECOND_ADDRESS: Words(
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
    Verdict.PORT_IN_USE: Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Ports used by another program"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "Another program on this computer already holds some of the ports, so they could "
            "not be tested. Usually that is the PBX service itself or a softphone. The free "
            "ports were checked as usual.",
        ),
    ),
    Verdict.SUCCESS: Words(
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
    Verdict.PARTIAL: Words(
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
    Verdict.NOT_FORWARDED: Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Port forwarding is missing"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "Outgoing traffic works, but traffic from the internet does not reach this "
            "computer on ports that must be forwarded. Expect incoming calls that fail, "
            "remote phones that do not register, and calls with one-way or no audio.",
        ),
    ),
    Verdict.PORT_TRANSLATED: Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Router changes port numbers"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "The router sends the PBX's traffic out on other port numbers than the PBX uses. "
            "The PBX writes its own port numbers into its SIP messages, so the other side "
            "answers on ports that do not lead back to it. Expect one-way or no audio, and "
            "trunks or remote phones that drop.",
        ),
    ),
    Verdict.SYMMETRIC_NAT: Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Symmetric NAT: public port changes per destination"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "The router picks a new public port each time the PBX talks to a new "
            "destination. The public address the PBX learns with STUN is then wrong for the "
            "provider and the phones, so registrations and audio fail, often at random.",
        ),
    ),
    Verdict.NO_RESPONSE: Words(
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
    Verdict.NO_PERMISSION: Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Ports could not be opened"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "The operating system did not let this program open some ports, so they were not "
            "tested. Their results say nothing about the router yet.",
        ),
    ),
    Verdict.BLOCKED_ON_THIS_COMPUTER: Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Blocked by this computer's firewall"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "No port failed for certain because of the router. For some ports the answer from "
            "the STUN server's second address did not arrive, and this computer's own "
            "firewall would have dropped it whatever the router did. Those ports say nothing "
            "about the router; what the firewall showed is given under This computer.",
        ),
    ),
    Verdict.PORT_RESERVED: Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Ports reserved by Windows"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "Windows keeps some of the PBX's ports for itself, so no program can open them: "
            "not this check, and not the PBX. Calls that need those ports fail on this "
            "computer before the router is even involved.",
        ),
    ),
    Verdict.SIP_ALG: Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "SIP helper rewrites SIP messages"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "The ports behave as the product needs, but the router or a firewall on the way "
            "changes SIP messages as they pass: it rewrites the addresses and ports the PBX "
            "writes into them. Calls then fail in ways that are hard to trace: one-way or no "
            "audio, calls that drop after about 30 seconds, trunks and phones that lose "
            "their registration.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Switch off the SIP helper on the router or firewall in front of the PBX. It "
                "goes by SIP ALG, SIP helper, SIP inspection, SIP fixup or SIP "
                "transformations; where it typically sits on common devices is given with the "
                "SIP ALG finding.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Then run the check again: it shows whether the helper is really off.",
            ),
        ),
    ),
    Verdict.UPSTREAM_NAT: Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Second NAT in front of the router"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "Traffic from the internet does not reach this computer, and the router in front "
            "of the PBX is itself behind another NAT: the provider's modem or router, or the "
            "provider's carrier-grade NAT. The traffic stops there, before this router's "
            "forwards are ever used. What the router said about itself is given below.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "If the provider's modem or router sits in front of this router, put it into "
                "bridge mode, so this router gets the public address itself; or, on that "
                "device, make this router the exposed host (DMZ), so it passes everything on.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "If the router's internet address is in 100.64.0.0/10 (carrier-grade NAT, "
                "common on LTE, Starlink and many fibre and cable lines), no setting at the "
                "site can open a port: ask the provider for a public IPv4 address.",
            ),
            QT_TRANSLATE_NOOP(
                "Verdicts",
                "Where the product allows it, connect the PBX to the provider's SIP trunk in "
                "an outbound-only setup, where the PBX registers out and needs nothing "
                "forwarded in; remote phones then need a way of their own, such as a VPN or "
                "the product's tunnel.",
            ),
            QT_TRANSLATE_NOOP("Verdicts", "Then run the check again."),
        ),
    ),
    Verdict.INCONCLUSIVE: Words(
        title=QT_TRANSLATE_NOOP("Verdicts", "Some results are not conclusive"),
        summary=QT_TRANSLATE_NOOP(
            "Verdicts",
            "No port failed for certain. For some ports, though, what the check saw has "
            "another explanation than the router: traffic of an earlier run, a link that "
            "lost packets, a STUN server that did not answer as it should, or a port this "
            "computer would not open. Those ports count neither as passed nor as failed; "
            "the reason for each is given below.",
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
    Verdict.CANCELLED: Words(
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
    Verdict.BLOCKED_ON_THIS_COMPUTER: Outcome.BLOCKED_ON_THIS_COMPUTER,
    Verdict.PORT_RESERVED: Outcome.PORT_RESERVED,
}


def verdict_message(verdict: Verdict) -> str:
    """One line for the headline and for the ``message`` of ``check --json``."""
    return translated(CONTEXT, _VERDICT_MESSAGES[verdict])


def verdict_outcome(verdict: Verdict) -> Outcome | None:
    """The per-port outcome a verdict stands for, whose steps it gives (None: none)."""
    return _VERDICT_STEPS_FROM.get(verdict)


def explain_verdict(verdict: Verdict, *, tcp: bool = False) -> Explanation:
    """What the overall verdict means for calls, and what to do, in order.

    ``tcp``: the ports the verdict stands for are all TCP ports, so its steps are those
    of a TCP port with that outcome.
    """
    explanation = explain(CONTEXT, _VERDICT_WORDS[verdict])
    outcome = _VERDICT_STEPS_FROM.get(verdict)
    if outcome is None:
        return explanation
    requirement = Requirement.INBOUND_TCP if tcp else None
    return Explanation(
        title=explanation.title,
        summary=explanation.summary,
        steps=explain_outcome(outcome, requirement).steps,
    )
