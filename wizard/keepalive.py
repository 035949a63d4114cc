"""How long the router must keep an idle UDP mapping open for the product, and whether the
lifetime the check measured (``MappingLifetime``, RFC 5780 section 4.6) is long enough.

A PBX behind NAT keeps its mappings open by sending something before the router forgets
them: SwyxWare's LinkManager a STUN request every 10 seconds while idle, a SIP trunk or
phone its re-registrations or keep-alives. A product file that knows the interval says so
(``Product.keepalive_s``); otherwise SIP's needs are assumed: registrations and calls on
hold go quiet for 30 seconds and more, and a router that forgets sooner gives one-way
audio after a hold and phones that cannot be called. Pure: the faces render the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wizard.catalog import Product
from wizard.engine.model import MappingLifetime

__all__ = ["DEFAULT_NEED_S", "KeepaliveNeed", "LifetimeFit", "keepalive_need", "lifetime_fit"]

# Seconds an idle UDP mapping must last where the product says nothing of its own refresh:
# a SIP registration or a call on hold may send nothing for this long.
DEFAULT_NEED_S = 30


class LifetimeFit(StrEnum):
    """The measured lifetime against what the product needs."""

    ENOUGH = "enough"  # a gap as long as the need (or longer) kept the mapping open
    SHORT = "short"  # the mapping was gone after a gap no longer than the need
    UNKNOWN = "unknown"  # not measured, or the need lies between what lived and what expired


@dataclass(frozen=True)
class KeepaliveNeed:
    """What the product needs: ``seconds`` of idle lifetime; ``known``: the product file
    gives its refresh interval (else ``DEFAULT_NEED_S``); ``setting``: the product file's
    English sentence naming the setting to shorten (None: none named)."""

    seconds: int
    known: bool
    setting: str | None = None


def keepalive_need(product: Product | None) -> KeepaliveNeed:
    """The idle lifetime ``product`` needs from the router (None: a product unknown here)."""
    if product is None:
        return KeepaliveNeed(DEFAULT_NEED_S, known=False)
    if product.keepalive_s is not None:
        return KeepaliveNeed(product.keepalive_s, True, product.keepalive_setting)
    return KeepaliveNeed(DEFAULT_NEED_S, False, product.keepalive_setting)


def lifetime_fit(lifetime: MappingLifetime | None, need_s: float) -> LifetimeFit:
    """Whether the router keeps idle mappings long enough for a product that refreshes
    every ``need_s`` seconds.

    Short when a gap no longer than the need already lost the mapping (``expired_s``);
    enough when a gap at least as long kept it (``alive_s``); otherwise unknown: not
    measured, stopped early, or the lifetime lies somewhere around the need.
    """
    if lifetime is None or not lifetime.tested:
        return LifetimeFit.UNKNOWN
    if lifetime.expired_s is not None and lifetime.expired_s <= need_s:
        return LifetimeFit.SHORT
    if lifetime.alive_s is not None and lifetime.alive_s >= need_s:
        return LifetimeFit.ENOUGH
    return LifetimeFit.UNKNOWN
