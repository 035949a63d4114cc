"""The SIP ALG test's messages and their comparison, sans-IO.

``options_request`` builds the SIP OPTIONS the check sends from the product's SIP port
to the responder (RFC 3261 section 11, with an SDP body, RFC 4566), carrying this
computer's real LAN address where a SIP helper looks for one: the Via sent-by, the
Contact URI, the SDP origin and connection lines and the media port. ``compare`` sets
what was sent beside what the responder received and names every change.
"""

from __future__ import annotations

from enum import StrEnum

from wizard.engine.model import Protocol, SipChange


class Part(StrEnum):
    """The parts of a SIP message ``compare`` names (``SipChange.part``)."""

    START_LINE = "start-line"
    VIA = "via"
    CONTACT = "contact"
    FROM = "from"
    TO = "to"
    CALL_ID = "call-id"
    CONTENT_LENGTH = "content-length"
    HEADER = "header"  # another header's value changed
    HEADER_ADDED = "header-added"
    HEADER_REMOVED = "header-removed"
    SDP_ORIGIN = "sdp-origin"  # o=
    SDP_CONNECTION = "sdp-connection"  # c=
    SDP_MEDIA = "sdp-media"  # m=
    BODY = "body"  # another change in the body


def options_request(
    local_ip: str,
    local_port: int,
    nonce: str,
    target: tuple[str, int],
    *,
    transport: Protocol = Protocol.UDP,
    media_port: int = 10000,
) -> bytes:
    """A realistic SIP OPTIONS from ``local_ip:local_port`` to ``target`` with the nonce
    in its Call-ID and an SDP offer for audio on ``media_port``."""
    raise NotImplementedError


def compare(
    sent: bytes, received: bytes, transport: Protocol = Protocol.UDP
) -> tuple[SipChange, ...]:
    """What changed between ``sent`` and ``received``, in the order of the message;
    empty when they are the same bytes."""
    raise NotImplementedError
