"""The words and limits for the link to the STUN server: loss, round trip, jitter, rate."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from wizard.engine.model import LinkQuality
from wizard.i18n import QT_TRANSLATE_NOOP, translated

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Link"

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
    return translated(CONTEXT, _LINK_NOTE)


def link_summary(link: LinkQuality) -> str:
    """Loss, typical round trip and jitter in one short line, for a chat or a ticket."""

    def shown(value: float | None, digits: int | None = None) -> str:
        if value is None:
            return _UNKNOWN
        return _about(value) if digits is None else _decimal(value, digits)

    return translated(CONTEXT, _LINK_SUMMARY).format(
        loss=shown(link.loss_pct, 1),
        round_trip=shown(link.rtt_p50_ms),
        jitter=shown(link.jitter_ms),
    )


def link_figures(link: LinkQuality) -> list[tuple[str, str]]:
    """(label, value) rows: loss, round trip, jitter, request rate, and slow-downs if any."""
    loss = _UNKNOWN
    if link.loss_pct is not None:
        loss = translated(CONTEXT, _LOSS_VALUE).format(
            loss=_decimal(link.loss_pct, 1),
            answered=QLocale().toString(link.controls_answered),
            sent=QLocale().toString(link.controls_sent),
        )
    round_trip = _UNKNOWN
    if link.rtt_p50_ms is not None and link.rtt_p95_ms is not None:
        round_trip = translated(CONTEXT, _ROUND_TRIP_VALUE).format(
            typical=_about(link.rtt_p50_ms), slow=_about(link.rtt_p95_ms)
        )
    jitter = _UNKNOWN
    if link.jitter_ms is not None:
        jitter = translated(CONTEXT, _MILLISECONDS).format(value=_about(link.jitter_ms))
    rate = _UNKNOWN
    if link.rate_reached is not None:
        if link.rate_ceiling is not None:
            rate = translated(CONTEXT, _RATE_VALUE).format(
                reached=_about(link.rate_reached), ceiling=_about(link.rate_ceiling)
            )
        else:
            rate = translated(CONTEXT, _RATE_ONLY).format(reached=_about(link.rate_reached))
    rows = [
        (translated(CONTEXT, _LOSS), loss),
        (translated(CONTEXT, _ROUND_TRIP), round_trip),
        (translated(CONTEXT, _JITTER), jitter),
        (translated(CONTEXT, _RATE), rate),
    ]
    if link.slowed_down or link.paused_s:
        if link.paused_s:
            slowed = translated(CONTEXT, _SLOWED_PAUSED_VALUE).format(
                count=link.slowed_down, seconds=_about(link.paused_s)
            )
        else:
            slowed = translated(CONTEXT, _SLOWED_VALUE).format(count=link.slowed_down)
        rows.append((translated(CONTEXT, _SLOWED), slowed))
    return rows


def link_warnings(link: LinkQuality) -> list[str]:
    """A sentence for each figure that threatens calls: loss, jitter, one-way delay."""
    warnings = []
    if link.loss_pct is not None and link.loss_pct > MAX_LOSS_PCT:
        warnings.append(
            translated(CONTEXT, _LOSS_WARNING).format(
                loss=_decimal(link.loss_pct, 1), limit=_decimal(MAX_LOSS_PCT, 0)
            )
        )
    if link.jitter_ms is not None and link.jitter_ms > MAX_JITTER_MS:
        warnings.append(
            translated(CONTEXT, _JITTER_WARNING).format(
                jitter=_about(link.jitter_ms), limit=_decimal(MAX_JITTER_MS, 0)
            )
        )
    if link.rtt_p50_ms is not None and link.rtt_p50_ms / 2 > MAX_ONE_WAY_MS:
        warnings.append(
            translated(CONTEXT, _DELAY_WARNING).format(
                delay=_about(link.rtt_p50_ms / 2), limit=_decimal(MAX_ONE_WAY_MS, 0)
            )
        )
    return warnings
