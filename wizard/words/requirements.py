"""The words for what a port must do, which way its traffic goes, and over which protocol."""

from __future__ import annotations

from wizard.engine.model import Direction, Protocol, Requirement
from wizard.i18n import QT_TRANSLATE_NOOP, translated

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Requirements"

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
        "This TCP port must be reachable from the internet; STUN cannot test TCP, so a "
        "responder connects to it from outside, or the forward is checked by hand.",
    ),
}

_REQUIREMENT_LABELS: dict[Requirement, str] = {
    Requirement.FULL_CONE: QT_TRANSLATE_NOOP("Requirements", "Forwarded one-to-one (full cone)"),
    Requirement.OUTBOUND: QT_TRANSLATE_NOOP("Requirements", "Outbound with stable mapping"),
    Requirement.INBOUND_TCP: QT_TRANSLATE_NOOP("Requirements", "Inbound TCP"),
}


def requirement_text(requirement: Requirement) -> str:
    """What the network must do for a port with this requirement, in one sentence."""
    return translated(CONTEXT, _REQUIREMENT_TEXTS[requirement])


def requirement_label(requirement: Requirement) -> str:
    """A short name for the requirement, for a table cell."""
    return translated(CONTEXT, _REQUIREMENT_LABELS[requirement])


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
    return translated(CONTEXT, _PROTOCOL_LABELS[protocol])


def direction_label(direction: Direction) -> str:
    """Which way the traffic goes, seen from the PBX, for a table cell."""
    return translated(CONTEXT, _DIRECTION_LABELS[direction])
