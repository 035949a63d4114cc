"""The words for what the responder found from outside (``ScanResult.responder`` and
``ScanResult.sip_alg``): its own state, and the SIP ALG test with what to do.

Where a SIP helper sits differs from one device to the next; the steps name the places
on common routers and firewalls as their makers' manuals describe them, hedged with
"typically", because menus move between firmware versions.
"""

from __future__ import annotations

from wizard.engine.model import (
    Protocol,
    ResponderError,
    ResponderStatus,
    ScanResult,
    SipAlg,
    SipProblem,
    Witness,
)
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.responder import protocol
from wizard.words.machine import MachineNote, Severity
from wizard.words.requirements import protocol_label

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Responder"

_WITNESS_LABELS: dict[Witness, str] = {
    Witness.STUN: QT_TRANSLATE_NOOP("Responder", "STUN server"),
    Witness.RESPONDER: QT_TRANSLATE_NOOP("Responder", "responder"),
    Witness.BOTH: QT_TRANSLATE_NOOP("Responder", "both"),
}

# ``sipalg.Part`` values; the model keeps them as strings, so these are keyed the same way.
_PART_LABELS: dict[str, str] = {
    "start-line": QT_TRANSLATE_NOOP("Responder", "the request line"),
    "via": QT_TRANSLATE_NOOP("Responder", "the Via header (where answers go)"),
    "contact": QT_TRANSLATE_NOOP("Responder", "the Contact header (where the PBX is reached)"),
    "from": QT_TRANSLATE_NOOP("Responder", "the From header"),
    "to": QT_TRANSLATE_NOOP("Responder", "the To header"),
    "call-id": QT_TRANSLATE_NOOP("Responder", "the Call-ID"),
    "content-length": QT_TRANSLATE_NOOP("Responder", "the Content-Length (the body's size)"),
    "header": QT_TRANSLATE_NOOP("Responder", "another header"),
    "header-added": QT_TRANSLATE_NOOP("Responder", "a header it added"),
    "header-removed": QT_TRANSLATE_NOOP("Responder", "a header it removed"),
    "sdp-origin": QT_TRANSLATE_NOOP("Responder", "the SDP origin (o=)"),
    "sdp-connection": QT_TRANSLATE_NOOP(
        "Responder", "the SDP connection address (c=, where audio goes)"
    ),
    "sdp-media": QT_TRANSLATE_NOOP("Responder", "the SDP media port (m=)"),
    "body": QT_TRANSLATE_NOOP("Responder", "the message body"),
}
_PART_SEPARATOR = ", "

# --- The responder itself ----------------------------------------------------------------

_USED_TITLE = QT_TRANSLATE_NOOP("Responder", "Tested from outside by the responder")
_USED_TEXT = QT_TRANSLATE_NOOP(
    "Responder",
    "The responder {server} ({address}) sent probes to this check's ports and connected "
    "to its TCP ports from the internet. It saw the check come from {ip}.",
)
_USED_TEXT_NO_IP = QT_TRANSLATE_NOOP(
    "Responder",
    "The responder {server} ({address}) sent probes to this check's ports and connected "
    "to its TCP ports from the internet.",
)
_TWO_IPS_TITLE = QT_TRANSLATE_NOOP(
    "Responder", "The responder and the STUN server saw different public addresses"
)
_TWO_IPS_TEXT = QT_TRANSLATE_NOOP(
    "Responder",
    "The responder saw this check come from {responder_ip}, the STUN server from {stun_ip}. "
    "Traffic leaves by more than one way (a second internet line, load balancing or a VPN), "
    "so what one of them found may not hold for the other, nor for the PBX's provider.",
)
_STEP_ONE_LINE = QT_TRANSLATE_NOOP(
    "Responder",
    "If the site has two internet lines, make the router send the PBX's traffic always by "
    "the line its forwards are on (a source or policy route).",
)
_STEP_NO_VPN = QT_TRANSLATE_NOOP(
    "Responder", "If a VPN is connected on this computer, disconnect it."
)
_STEP_AGAIN = QT_TRANSLATE_NOOP("Responder", "Then run the check again.")

_UNUSABLE_TITLE = QT_TRANSLATE_NOOP("Responder", "The responder could not be used")
_RAN_WITHOUT = QT_TRANSLATE_NOOP(
    "Responder",
    "The check ran without it: no TCP port and no SIP helper was tested, and test 2 relied "
    "on the STUN server alone.",
)
_UNHEARD_TITLE = QT_TRANSLATE_NOOP("Responder", "The responder's probes did not arrive")

_ERROR_TEXTS: dict[ResponderError, str] = {
    ResponderError.NAME_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Responder", "The responder's name in {server} was not found in DNS."
    ),
    ResponderError.UNREACHABLE: QT_TRANSLATE_NOOP(
        "Responder", "No connection could be made to the responder {server}."
    ),
    ResponderError.UNAUTHORIZED: QT_TRANSLATE_NOOP(
        "Responder",
        "The responder {server} asks for a shared secret, and none or another one was given.",
    ),
    ResponderError.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "Responder",
        "The responder {server} refused: too many checks came from this public address in a "
        "short time.",
    ),
    ResponderError.BUSY: QT_TRANSLATE_NOOP(
        "Responder", "The responder {server} refused: it is busy with other checks."
    ),
    ResponderError.BAD_ANSWER: QT_TRANSLATE_NOOP(
        "Responder",
        "The program at {server} did not answer as a responder does: another program may "
        "listen on that port, a proxy may sit in between, or the responder is of another "
        "version than this wizard.",
    ),
    ResponderError.UNHEARD: QT_TRANSLATE_NOOP(
        "Responder",
        "The responder {server} took the check's request, but none of its UDP probes reached "
        "this computer, not even on the check's own port, which had sent to it first. Its "
        "packets are lost or kept out on the way, so the ports it could not reach are not "
        "held against the router.",
    ),
}

_ERROR_STEPS: dict[ResponderError, tuple[str, ...]] = {
    ResponderError.NAME_NOT_FOUND: (
        QT_TRANSLATE_NOOP(
            "Responder",
            "Check the spelling of the responder's address, as the support team gave it.",
        ),
        _STEP_AGAIN,
    ),
    ResponderError.UNREACHABLE: (
        QT_TRANSLATE_NOOP(
            "Responder",
            "Check the responder's address and port: its control port is {port} unless the "
            "support team chose another.",
        ),
        QT_TRANSLATE_NOOP(
            "Responder",
            "Ask whoever runs the responder whether it is running, and whether the firewall "
            "of its host (on a rented server, also the provider's firewall) lets TCP in on "
            "that port.",
        ),
        QT_TRANSLATE_NOOP(
            "Responder",
            "Check that no firewall in front of this computer blocks outgoing connections to "
            "that port.",
        ),
        _STEP_AGAIN,
    ),
    ResponderError.UNAUTHORIZED: (
        QT_TRANSLATE_NOOP(
            "Responder",
            "Give the secret the support team set on the responder: on the Test settings "
            "page, or with --responder-secret-file.",
        ),
        _STEP_AGAIN,
    ),
    ResponderError.RATE_LIMITED: (
        QT_TRANSLATE_NOOP("Responder", "Wait a few minutes, then run the check again."),
    ),
    ResponderError.BUSY: (
        QT_TRANSLATE_NOOP("Responder", "Run the check again in a few minutes."),
        QT_TRANSLATE_NOOP("Responder", "If the responder stays busy, tell whoever runs it."),
    ),
    ResponderError.BAD_ANSWER: (
        QT_TRANSLATE_NOOP(
            "Responder",
            "Check the port given for the responder: it must be the responder's control "
            "port, not its SIP port or another service's.",
        ),
        QT_TRANSLATE_NOOP(
            "Responder",
            "Make sure the responder and this wizard are of the same version.",
        ),
        _STEP_AGAIN,
    ),
    ResponderError.UNHEARD: (
        QT_TRANSLATE_NOOP(
            "Responder",
            "Ask whoever runs the responder whether its host may send UDP out: the firewall "
            "of a rented server, or its provider, can block it.",
        ),
        QT_TRANSLATE_NOOP(
            "Responder",
            "Look for a firewall in front of this computer that drops UDP from addresses it "
            "does not know.",
        ),
        _STEP_AGAIN,
    ),
}

# --- The SIP ALG test ---------------------------------------------------------------------

_DETECTED_TITLE = QT_TRANSLATE_NOOP("Responder", "The router rewrites SIP messages (SIP ALG)")
_DETECTED_TEXT = QT_TRANSLATE_NOOP(
    "Responder",
    "The check sent a SIP message to the responder, and a device on the way changed it: "
    "{parts}. A SIP helper like this breaks calls in ways that are hard to trace: one-way "
    "or no audio, calls that drop after about 30 seconds, trunks and phones that lose their "
    "registration.",
)
_SIP_STEPS = (
    QT_TRANSLATE_NOOP(
        "Responder",
        "Switch off the SIP helper on the router or firewall in front of the PBX. Its name "
        "varies: SIP ALG, SIP helper, SIP inspection, SIP fixup, SIP transformations, SIP "
        "pass-through. Where it typically sits on common devices:",
    ),
    QT_TRANSLATE_NOOP(
        "Responder",
        "DrayTek Vigor: typically NAT > ALG, where the SIP entry is switched off.",
    ),
    QT_TRANSLATE_NOOP(
        "Responder",
        "Netgear: typically Advanced > Setup > WAN Setup, with the option Disable SIP ALG.",
    ),
    QT_TRANSLATE_NOOP(
        "Responder",
        "TP-Link: typically Advanced > NAT Forwarding > ALG, where SIP ALG is switched off.",
    ),
    QT_TRANSLATE_NOOP(
        "Responder",
        "FRITZ!Box: typically there is no switch for it. If the FRITZ!Box itself has "
        "internet phone numbers set up, it uses SIP on port 5060 too: move those numbers to "
        "the PBX, or give the PBX another SIP port.",
    ),
    QT_TRANSLATE_NOOP(
        "Responder",
        "SonicWall: typically VoIP > Settings, where Enable SIP Transformations is cleared.",
    ),
    QT_TRANSLATE_NOOP(
        "Responder",
        "Fortinet FortiGate: typically in the command line, under config system settings, "
        "set default-voip-alg-mode to kernel-helper-based, then delete the entry named sip "
        "under config system session-helper. A VoIP profile on a firewall policy turns the "
        "SIP ALG on again for that policy.",
    ),
    QT_TRANSLATE_NOOP(
        "Responder",
        "Cisco ASA: typically no inspect sip in the class inspection_default of the global "
        "policy-map.",
    ),
    QT_TRANSLATE_NOOP(
        "Responder",
        "MikroTik: typically IP > Firewall > Service Ports, where sip is disabled.",
    ),
    QT_TRANSLATE_NOOP(
        "Responder",
        "pfSense and OPNsense have no SIP helper of their own; if the siproxd package is "
        "installed, remove it or leave the PBX out of it, and give the PBX Static Port in "
        "the outbound NAT rules.",
    ),
    QT_TRANSLATE_NOOP(
        "Responder",
        "A Linux router (iptables or nftables): typically the kernel modules nf_nat_sip and "
        "nf_conntrack_sip, or a ct helper rule for sip; unload the modules and keep them from "
        "loading again, or delete the rule.",
    ),
    QT_TRANSLATE_NOOP(
        "Responder",
        "Then run the check again: it shows whether the helper is really off. Some routers "
        "need a restart before the change takes effect.",
    ),
)

_CLEAN_TITLE = QT_TRANSLATE_NOOP("Responder", "No SIP helper changed the check's SIP message")
_CLEAN_TEXT = QT_TRANSLATE_NOOP(
    "Responder",
    "The check sent a SIP message over {transports} from port {port} to the responder, and "
    "it arrived unchanged: no SIP helper (SIP ALG) on the way rewrote it.",
)
_CLEAN_TEXT_NO_PORT = QT_TRANSLATE_NOOP(
    "Responder",
    "The check sent a SIP message over {transports} to the responder, and it arrived "
    "unchanged: no SIP helper (SIP ALG) on the way rewrote it.",
)

_MOVED_TITLE = QT_TRANSLATE_NOOP(
    "Responder", "No SIP helper seen, but not from the product's SIP port"
)
_MOVED_TEXT = QT_TRANSLATE_NOOP(
    "Responder",
    "A program on this computer holds the product's SIP port (often the PBX itself), so the "
    "check sent its SIP message from port {port} instead, and it arrived unchanged. Many "
    "SIP helpers watch only the SIP port, so one may still be there.",
)
_STEP_FREE_SIP_PORT = QT_TRANSLATE_NOOP(
    "Responder",
    "To test the SIP port itself, stop the program that holds it while the check runs. If it "
    "is the PBX, calls drop while it is down: pick a quiet time.",
)

_UNKNOWN_TITLE = QT_TRANSLATE_NOOP(
    "Responder", "Whether a SIP helper rewrites SIP messages could not be told"
)
_UNKNOWN_TEXT = QT_TRANSLATE_NOOP("Responder", "The SIP ALG test did not come to an answer.")
_PROBLEM_TEXTS: dict[SipProblem, str] = {
    SipProblem.NO_ECHO: QT_TRANSLATE_NOOP(
        "Responder",
        "The check sent a SIP message to the responder, but nothing came back. Some SIP "
        "helpers drop messages they cannot handle; the message or its echo may also have "
        "been lost.",
    ),
    SipProblem.REFUSED: QT_TRANSLATE_NOOP(
        "Responder",
        "The responder's SIP port refused or dropped the check's connection over TCP.",
    ),
    SipProblem.NO_RESPONDER: QT_TRANSLATE_NOOP(
        "Responder",
        "No responder with a SIP port was at hand, so no SIP message could be sent.",
    ),
    SipProblem.PORT_IN_USE: QT_TRANSLATE_NOOP(
        "Responder",
        "A program on this computer holds the product's SIP port (often the PBX itself), and "
        "the check could not send its SIP message from it.",
    ),
}
_PROBLEM_STEPS: dict[SipProblem, tuple[str, ...]] = {
    SipProblem.NO_ECHO: (
        QT_TRANSLATE_NOOP("Responder", "Run the check again."),
        QT_TRANSLATE_NOOP(
            "Responder",
            "If nothing comes back again, look on the router or firewall for a SIP helper "
            "(SIP ALG, SIP helper or SIP inspection) and switch it off.",
        ),
    ),
    SipProblem.REFUSED: (
        QT_TRANSLATE_NOOP(
            "Responder",
            "Ask whoever runs the responder whether its SIP port takes TCP, and whether the "
            "firewall of its host lets TCP in on it.",
        ),
        _STEP_AGAIN,
    ),
    SipProblem.NO_RESPONDER: (
        QT_TRANSLATE_NOOP(
            "Responder",
            "Ask whoever runs the responder to give it a SIP port (its --sip-port option).",
        ),
        _STEP_AGAIN,
    ),
    SipProblem.PORT_IN_USE: (_STEP_FREE_SIP_PORT, _STEP_AGAIN),
}


def witness_label(witness: Witness) -> str:
    """Who proved a port's test 2, in a word or two for a table cell."""
    return translated(CONTEXT, _WITNESS_LABELS[witness])


def sip_part_label(part: str) -> str:
    """A part of a SIP message (``sipalg.Part``) in words; an unknown part as it is."""
    text = _PART_LABELS.get(part)
    return translated(CONTEXT, text) if text is not None else part


def responder_notes(result: ScanResult) -> tuple[MachineNote, ...]:
    """The notes about the responder and the SIP ALG test, the worst first."""
    notes: list[MachineNote] = []
    status = result.responder
    if status is not None:
        if status.error is not None:
            notes.append(_error_note(status, status.error))
        else:
            notes.append(_used_note(status, result.nat.public_ip))
    if result.sip_alg is not None:
        # Without a usable responder its own note says so; "no responder" says it again.
        said = status is not None and status.error is not None
        note = _sip_note(result.sip_alg, said)
        if note is not None:
            notes.append(note)
    return tuple(sorted(notes, key=lambda note: note.severity))


def _tr(text: str) -> str:
    return translated(CONTEXT, text)


def _error_note(status: ResponderStatus, error: ResponderError) -> MachineNote:
    text = _tr(_ERROR_TEXTS[error]).format(server=status.server)
    if status.detail:
        text += f" ({status.detail})"
    if error is not ResponderError.UNHEARD:
        text += " " + _tr(_RAN_WITHOUT)
    port = protocol.DEFAULT_CONTROL_PORT
    steps = tuple(_tr(step).format(port=port) for step in _ERROR_STEPS[error])
    title = _UNHEARD_TITLE if error is ResponderError.UNHEARD else _UNUSABLE_TITLE
    return MachineNote(Severity.WARNING, _tr(title), text, steps)


def _used_note(status: ResponderStatus, stun_ip: str | None) -> MachineNote:
    seen = status.public_ip
    if seen and stun_ip and seen != stun_ip:
        return MachineNote(
            Severity.WARNING,
            _tr(_TWO_IPS_TITLE),
            _tr(_TWO_IPS_TEXT).format(responder_ip=seen, stun_ip=stun_ip),
            (_tr(_STEP_ONE_LINE), _tr(_STEP_NO_VPN), _tr(_STEP_AGAIN)),
        )
    address = str(status.address) if status.address else status.server
    text = _tr(_USED_TEXT if seen else _USED_TEXT_NO_IP)
    return MachineNote(
        Severity.INFO,
        _tr(_USED_TITLE),
        text.format(server=status.server, address=address, ip=seen),
    )


def _sip_note(alg: SipAlg, responder_said: bool) -> MachineNote | None:
    if alg.detected:
        parts: list[str] = []
        for change in alg.changed:
            label = sip_part_label(change.part)
            if label not in parts:
                parts.append(label)
        text = _tr(_DETECTED_TEXT).format(parts=_PART_SEPARATOR.join(parts))
        steps = tuple(_tr(step) for step in _SIP_STEPS)
        return MachineNote(Severity.PROBLEM, _tr(_DETECTED_TITLE), text, steps)
    if alg.detected is False and alg.problem is SipProblem.PORT_IN_USE:
        text = _tr(_MOVED_TEXT).format(port=alg.from_port)
        steps = (_tr(_STEP_FREE_SIP_PORT), _tr(_STEP_AGAIN))
        return MachineNote(Severity.WARNING, _tr(_MOVED_TITLE), text, steps)
    if alg.detected is False:
        transports = _transports(alg.transports)
        if alg.from_port is None:
            text = _tr(_CLEAN_TEXT_NO_PORT).format(transports=transports)
        else:
            text = _tr(_CLEAN_TEXT).format(transports=transports, port=alg.from_port)
        return MachineNote(Severity.INFO, _tr(_CLEAN_TITLE), text)
    if alg.problem is SipProblem.NO_RESPONDER and responder_said:
        return None
    if alg.problem is None:
        if not alg.tested:
            return None  # no SIP port to test from: nothing was asked
        return MachineNote(Severity.WARNING, _tr(_UNKNOWN_TITLE), _tr(_UNKNOWN_TEXT))
    text = _tr(_PROBLEM_TEXTS[alg.problem])
    steps = tuple(_tr(step) for step in _PROBLEM_STEPS[alg.problem])
    return MachineNote(Severity.WARNING, _tr(_UNKNOWN_TITLE), text, steps)


def _transports(transports: tuple[Protocol, ...]) -> str:
    if Protocol.TCP in transports and Protocol.UDP in transports:
        return protocol_label(Protocol.BOTH)
    if transports == (Protocol.TCP,):
        return protocol_label(Protocol.TCP)
    return protocol_label(Protocol.UDP)
