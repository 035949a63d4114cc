"""The words for how the router translates addresses: mapping, filtering, port preservation."""

from __future__ import annotations

from wizard.engine.model import Behaviour
from wizard.i18n import QT_TRANSLATE_NOOP, translated

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Nat"

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
    return translated(CONTEXT, texts[behaviour])


def port_preservation_text(preserving: bool | None) -> str:
    """Whether the router keeps the local port number on the public side."""
    return translated(CONTEXT, _PORT_PRESERVATION[preserving])
