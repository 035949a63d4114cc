"""What a product needs from the router's idle UDP mappings, against what was measured."""

from __future__ import annotations

import pytest

from wizard.catalog import get_product
from wizard.engine.model import LifetimeProblem, MappingLifetime
from wizard.keepalive import (
    DEFAULT_NEED_S,
    KeepaliveNeed,
    LifetimeFit,
    keepalive_need,
    lifetime_fit,
)


def test_a_product_that_names_its_refresh_needs_that_long() -> None:
    swyx = get_product("swyxware")
    assert keepalive_need(swyx) == KeepaliveNeed(10, True, swyx.keepalive_setting)


def test_sip_products_need_thirty_seconds_and_name_their_setting() -> None:
    three_cx = get_product("3cx")
    assert keepalive_need(three_cx) == KeepaliveNeed(30, False, three_cx.keepalive_setting)
    assert keepalive_need(get_product("custom")) == KeepaliveNeed(30, False, None)
    assert keepalive_need(None) == KeepaliveNeed(DEFAULT_NEED_S, False, None)


def measured(alive: float | None, expired: float | None, **changes) -> MappingLifetime:
    return MappingLifetime(True, 120.0, alive, expired, **changes)


@pytest.mark.parametrize(
    ("lifetime", "need", "fit"),
    [
        # Alive after 25 s, gone after 30 s: a SIP product's 30 s is too long.
        (measured(25.0, 30.0), 30, LifetimeFit.SHORT),
        # The same router is fine for SwyxWare's 10-second refresh.
        (measured(25.0, 30.0), 10, LifetimeFit.ENOUGH),
        # Nothing expired up to the limit.
        (measured(120.0, None), 30, LifetimeFit.ENOUGH),
        # Exactly the need survived: refreshing that often keeps it open.
        (measured(30.0, 45.0), 30, LifetimeFit.ENOUGH),
        # Somewhere between 20 and 40 s: whether 30 s is enough cannot be told.
        (measured(20.0, 40.0), 30, LifetimeFit.UNKNOWN),
        # A limit below the need, nothing expired: not long enough to tell.
        (MappingLifetime(True, 10.0, 10.0, None), 30, LifetimeFit.UNKNOWN),
        # Stopped after an expiry was seen: the expiry still counts.
        (measured(5.0, 10.0, problem=LifetimeProblem.CANCELLED), 30, LifetimeFit.SHORT),
        # Stopped before anything expired, below the need: unknown.
        (measured(15.0, None, problem=LifetimeProblem.CANCELLED), 30, LifetimeFit.UNKNOWN),
        (
            MappingLifetime(True, 120.0, problem=LifetimeProblem.NOT_SUPPORTED),
            30,
            LifetimeFit.UNKNOWN,
        ),  # fmt: skip
        (MappingLifetime(False, 120.0), 30, LifetimeFit.UNKNOWN),
        (None, 30, LifetimeFit.UNKNOWN),
    ],
)
def test_lifetime_against_the_need(lifetime, need, fit) -> None:
    assert lifetime_fit(lifetime, need) is fit
