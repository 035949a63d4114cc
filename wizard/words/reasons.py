"""The words for why a port is not conclusive: what else explains what it showed, what to do."""

from __future__ import annotations

from wizard.engine.model import Reason
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.words.explanation import Explanation, Words, explain

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Reasons"

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
    Reason.SOCKET_ERROR: QT_TRANSLATE_NOOP("Reasons", "local network error"),
    Reason.OTHER_WAY_OUT: QT_TRANSLATE_NOOP("Reasons", "another way out"),
    Reason.WITNESSES_DISAGREE: QT_TRANSLATE_NOOP("Reasons", "witnesses disagree"),
    Reason.LOCAL_SERVICE_UNSEEN: QT_TRANSLATE_NOOP("Reasons", "connection not traced"),
    Reason.RESPONDER_UNHEARD: QT_TRANSLATE_NOOP("Reasons", "responder unheard"),
    Reason.RESPONDER_FAILED: QT_TRANSLATE_NOOP("Reasons", "responder failed"),
    Reason.LOCAL_SERVICE_LOOPBACK: QT_TRANSLATE_NOOP("Reasons", "service on loopback"),
}

_REASON_WORDS: dict[Reason, Words] = {
    Reason.RECENT_CONTACT: Words(
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
    Reason.LINK_LOSS: Words(
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
    Reason.BAD_REPLY: Words(
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
    Reason.SECOND_ADDRESS_SILENT: Words(
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
    Reason.OTHER_WAY_OUT: Words(
        title=QT_TRANSLATE_NOOP("Reasons", "The check's traffic left by another way"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "The check's traffic left this computer by a VPN, or from another address than "
            "the PBX's. What failed may be the doing of the device at the end of that way, "
            "not of the router in front of the PBX, so the port counts neither as passed nor "
            "as failed. This computer's findings name the adapter.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Disconnect the VPN, or run the check on the PBX itself, from the address "
                "the router forwards to.",
            ),
            QT_TRANSLATE_NOOP("Reasons", "Then run the check again."),
        ),
    ),
    Reason.SEVERAL_PUBLIC_ADDRESSES: Words(
        title=QT_TRANSLATE_NOOP("Reasons", "Traffic leaves by more than one public address"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "The server saw two different public IP addresses: for this port at its two "
            "addresses, or for this port and the check's own requests. Traffic leaves by more "
            "than one way, such as a second internet line, load balancing or a VPN, or the way "
            "changed during the check. That is not symmetric NAT, but the provider and the "
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
    Reason.MAPPING_UNCONFIRMED: Words(
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
    Reason.BIND_ERROR: Words(
        title=QT_TRANSLATE_NOOP("Reasons", "Port could not be opened (system error)"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "The operating system refused to open this port with an error that is neither "
            '"in use" nor "access denied", and this check cannot tell what caused it. '
            "Nothing is known about the router for this port, nor whether the PBX can open it.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Run the check again. If the same ports fail again, restart the computer and "
                "run it once more.",
            ),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "If they still fail, pause security software, VPN clients and network tools "
                "one at a time and run the check after each: one of them may refuse the "
                "ports.",
            ),
        ),
    ),
    Reason.RATE_LIMITED: Words(
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
    Reason.OWN_PORT: Words(
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
    Reason.SOCKET_ERROR: Words(
        title=QT_TRANSLATE_NOOP("Reasons", "This computer stopped the check's network socket"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "While this port was being checked, this computer reported a network error on a "
            "socket the check needed (the port's own, or the one that sends the control "
            "requests), and the socket stopped working. The check opened it again, but the "
            "error came back. A network adapter that resets, a VPN that connects or drops, or "
            "security software can do this. Nothing is known about the router for this port.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Run the check again while the network connection stays as it is: do not "
                "connect or disconnect a VPN, Wi-Fi or cable during the check.",
            ),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "If it happens again, allow this program in any security software on this "
                "computer (antivirus, endpoint protection), then run the check again.",
            ),
        ),
    ),
    Reason.WITNESSES_DISAGREE: Words(
        title=QT_TRANSLATE_NOOP("Reasons", "The STUN server and the responder disagree"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "The answer from the STUN server's second address reached this port, but the "
            "responder's probe did not. Both come from addresses this port never sent to, so "
            "one of them is wrong: a STUN server that answers from another address than it "
            "should, or something on the way that lets in one sender and not the other. Which "
            "one cannot be told from here, so the port counts neither as passed nor as failed.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Look on the router or firewall for a forward or rule that lets this port in "
                "only from certain addresses, such as the provider's: the PBX's phones and "
                "trunks from elsewhere would be kept out as the responder was.",
            ),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Run the check again with another STUN server, for example one from the "
                "product's default list.",
            ),
        ),
    ),
    Reason.LOCAL_SERVICE_UNSEEN: Words(
        title=QT_TRANSLATE_NOOP("Reasons", "The responder's connection could not be traced"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "A program on this computer holds this TCP port (often the PBX itself, or an SSH "
            "or web server), so the check could not listen on it and looked for the "
            "responder's connection in this computer's list of connections instead. The "
            "responder connected, but that list did not show whether its connection arrived "
            "here. The port counts neither as passed nor as failed.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Run the check as an administrator (with sudo on Linux), so it may read the "
                "connections of every program.",
            ),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Or stop the program that holds the port while the check runs, so the check "
                "can listen on it itself. If it is the PBX, calls drop while it is down: pick "
                "a quiet time.",
            ),
            QT_TRANSLATE_NOOP("Reasons", "Then run the check again."),
        ),
    ),
    Reason.RESPONDER_UNHEARD: Words(
        title=QT_TRANSLATE_NOOP("Reasons", "None of the responder's probes arrived"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "No probe of the responder reached this computer, not even on the check's own "
            "port, which had sent to the responder first and so was open to it. Its packets "
            "are lost or kept out on the way, so the silence on this port says nothing about "
            "the router's forward.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Ask whoever runs the responder whether its host may send UDP out: the "
                "firewall of a rented server, or its provider, can block it.",
            ),
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Look for a firewall in front of this computer that drops UDP from addresses "
                "it does not know, even on ports that sent to them first.",
            ),
            QT_TRANSLATE_NOOP("Reasons", "Then run the check again."),
        ),
    ),
    Reason.RESPONDER_FAILED: Words(
        title=QT_TRANSLATE_NOOP("Reasons", "The responder could not try this port"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "The responder was at its limit, or stopped answering, before it said what became "
            "of its connection to this TCP port. Nothing was tried, so the port counts "
            "neither as passed nor as failed.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Run the check again in a few minutes. If it happens again, ask whoever runs "
                "the responder to look at its log.",
            ),
        ),
    ),
    Reason.LOCAL_SERVICE_LOOPBACK: Words(
        title=QT_TRANSLATE_NOOP("Reasons", "The program on this port listens only to itself"),
        summary=QT_TRANSLATE_NOOP(
            "Reasons",
            "A program on this computer holds this TCP port but listens only on its loopback "
            "address (127.0.0.1), so this computer refuses every connection to it from the "
            "network, whatever the router forwards. Whether the router forwards the port "
            "could not be told.",
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Reasons",
                "Set the program (the PBX's web server, an SSH server) to listen on the "
                "computer's LAN address or on all addresses, then run the check again.",
            ),
        ),
    ),
}


def reason_label(reason: Reason) -> str:
    """Two or three words for why a port is inconclusive, for the last column of a table."""
    return translated(CONTEXT, _REASON_LABELS[reason])


def explain_reason(reason: Reason) -> Explanation:
    """What an inconclusive port's reason means, and what to do about it."""
    return explain(CONTEXT, _REASON_WORDS[reason])
