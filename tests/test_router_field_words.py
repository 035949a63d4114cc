"""Issue 12, hostile tests without the lab: what the verdict and the router's notes claim
must follow from the evidence, and quote the router as it answered.

Each test builds the result the engine's own judging gives (tests/routerresults.py) for
a situation the lab reproduces (see tests/engine/test_router_field_lab.py).
"""

from __future__ import annotations

from routerresults import MEDIA, MODEM_WAN, PORTS, ports, router, scan, with_lifetime

from wizard.engine.model import MappingLifetime, UpstreamNat, Verdict
from wizard.presentation import present


def _all_text(view) -> str:
    parts: list[str] = [view.verdict.message]
    if view.router is not None:
        parts += [f"{k}: {v}" for k, v in view.router.facts]
        for note in view.router.notes:
            parts += [note.title, note.text, *note.steps]
    if view.lifetime is not None:
        note = view.lifetime.note
        parts += [view.lifetime.summary, note.title, note.text, *note.steps]
    return "\n".join(parts)


def test_ports_that_pass_through_the_second_nat_rule_out_upstream_nat_as_the_verdict():
    """A DMZ on the ISP's modem: half the media ports pass (inbound crossed both NATs),
    the other half fail because this router lacks their forwards. The passing ports prove
    the second NAT lets traffic through, so "forwards on this router alone cannot be
    enough" is false; the truth is a partial forward on this router."""
    failing = list(MEDIA)[10:]
    result = scan(ports(failing), router(wan=MODEM_WAN))
    assert result.router is not None and result.router.upstream is UpstreamNat.PRIVATE
    assert result.verdict is not Verdict.UPSTREAM_NAT, result.verdict
    assert result.verdict is Verdict.PARTIAL


def test_a_router_that_says_connected_is_not_quoted_as_saying_it_is_not_connected():
    """miniupnpd 2.3.1 behind carrier NAT (and with a reserved WAN) answers GetStatusInfo
    with Connected and an empty GetExternalIPAddress. The report must not claim the
    router said its connection is not up: it said the opposite."""
    info = router(wan=None, no_wan_address=True, connection="Connected", natpmp=True)
    result = scan(ports(PORTS), info)
    assert result.router is not None and result.router.upstream is UpstreamNat.NOT_CONNECTED
    text = _all_text(present(result))
    assert "it says: Connected" in text  # what the router did say
    assert "not connected" not in text and "is not up" not in text, text


def test_a_short_lifetime_behind_a_known_second_nat_is_not_blamed_on_the_router_alone():
    """The router said it sits behind another NAT; an idle mapping expired after 5-10 s.
    Either NAT may have forgotten it (the lab: router 60 s, carrier NAT 7 s), so the note
    must not say the router forgets, nor send the technician to the router's UDP timeout
    alone."""
    behind = scan(ports(), router(wan=MODEM_WAN))
    assert behind.router is not None and behind.router.upstream is UpstreamNat.PRIVATE
    short = MappingLifetime(True, 60.0, 5.0, 10.0, (5.0, 10.0, 15.0))
    view = present(with_lifetime(short, behind))
    assert view.lifetime is not None
    note = view.lifetime.note
    assert note.title != "The router forgets idle UDP mappings too soon", note
    assert not any(step.startswith("Or make the router keep idle UDP") for step in note.steps)
