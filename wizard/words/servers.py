"""The words for why a STUN server could not be used."""

from __future__ import annotations

from wizard.engine.model import ServerError
from wizard.i18n import QT_TRANSLATE_NOOP, translated

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Servers"

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
    ServerError.SOCKET_ERROR: QT_TRANSLATE_NOOP(
        "Servers",
        "No answer came, but this computer reported a network error on the check's socket "
        "each time it asked, so the server was not really tested. A network adapter that "
        "resets, a VPN that connects or drops, or security software can do this.",
    ),
}


def server_error_text(error: ServerError) -> str:
    """Why a STUN server could not be used, in one or two sentences."""
    return translated(CONTEXT, _SERVER_ERRORS[error])
