"""The path picture: where the test traffic stopped, for every verdict."""

from __future__ import annotations

from PySide6.QtGui import QColor

import pytest

from wizard.engine.model import UpstreamNat, Verdict
from wizard.ui.path_picture import (
    INCOMING,
    OUTGOING,
    SEGMENT_COLOURS,
    Hop,
    PathPicture,
    PathState,
    Segment,
    path_for,
)

GREEN = SEGMENT_COLOURS[Segment.WORKED]
RED = SEGMENT_COLOURS[Segment.STOPPED]
GREY = SEGMENT_COLOURS[Segment.NOT_REACHED]
UNCLEAR = SEGMENT_COLOURS[Segment.UNCLEAR]

C, R, NET, S = Hop.COMPUTER, Hop.ROUTER, Hop.INTERNET, Hop.SERVER
U = Hop.UPSTREAM

# verdict: (outgoing_stop, incoming_stop, incoming_tested, problem_at)
EXPECTED = {
    Verdict.SUCCESS: (None, None, True, None),
    Verdict.PARTIAL: (None, R, True, R),
    Verdict.NOT_FORWARDED: (None, R, True, R),
    Verdict.PORT_TRANSLATED: (None, R, True, R),
    Verdict.SYMMETRIC_NAT: (None, R, True, R),
    Verdict.NO_RESPONSE: (R, None, False, R),
    Verdict.PORT_IN_USE: (C, None, False, C),
    Verdict.NO_PERMISSION: (C, None, False, C),
    Verdict.BLOCKED_ON_THIS_COMPUTER: (None, C, True, C),
    Verdict.PORT_RESERVED: (C, None, False, C),
    Verdict.DNS_FAILURE: (C, None, False, C),
    Verdict.STUN_UNREACHABLE: (NET, None, False, S),
    Verdict.STUN_NO_SECOND_ADDRESS: (None, None, False, S),
    Verdict.INCONCLUSIVE: (None, None, True, None),
    Verdict.SIP_ALG: (None, None, True, R),
    Verdict.UPSTREAM_NAT: (None, U, True, U),
    Verdict.CANCELLED: (None, None, False, None),
}


def lanes(
    outgoing: tuple[QColor, QColor, QColor], incoming: tuple[QColor, QColor, QColor]
) -> dict[tuple[str, Hop, Hop], QColor]:
    """Segment colours in the order traffic flows: out C→R→NET→S, back S→NET→R→C."""
    return {
        (OUTGOING, C, R): outgoing[0],
        (OUTGOING, R, NET): outgoing[1],
        (OUTGOING, NET, S): outgoing[2],
        (INCOMING, S, NET): incoming[0],
        (INCOMING, NET, R): incoming[1],
        (INCOMING, R, C): incoming[2],
    }


@pytest.fixture
def picture(qtbot) -> PathPicture:
    widget = PathPicture()
    qtbot.addWidget(widget)
    widget.resize(560, widget.heightForWidth(560))
    return widget


def test_every_verdict_has_a_path() -> None:
    assert set(EXPECTED) == set(Verdict)
    for verdict in Verdict:
        state = path_for(verdict)
        assert isinstance(state, PathState)
        assert state.caption, verdict


@pytest.mark.parametrize("verdict", list(Verdict))
def test_path_for_each_verdict(verdict: Verdict) -> None:
    state = path_for(verdict)
    got = (state.outgoing_stop, state.incoming_stop, state.incoming_tested, state.problem_at)
    assert got == EXPECTED[verdict]


def test_captions_say_what_is_special() -> None:
    assert "some ports" in path_for(Verdict.PARTIAL).caption
    no_response = path_for(Verdict.NO_RESPONSE).caption
    assert "router" in no_response and "Windows Firewall" in no_response
    assert path_for(Verdict.CANCELLED).caption == "The check was stopped."
    assert len({path_for(v).caption for v in Verdict}) == len(Verdict)


@pytest.mark.parametrize(
    ("verdict", "expected"),
    [
        (Verdict.SUCCESS, lanes((GREEN, GREEN, GREEN), (GREEN, GREEN, GREEN))),
        (Verdict.NOT_FORWARDED, lanes((GREEN, GREEN, GREEN), (GREEN, RED, GREY))),
        (Verdict.PARTIAL, lanes((GREEN, GREEN, GREEN), (GREEN, RED, GREY))),
        (Verdict.NO_RESPONSE, lanes((RED, GREY, GREY), (GREY, GREY, GREY))),
        (Verdict.PORT_IN_USE, lanes((GREY, GREY, GREY), (GREY, GREY, GREY))),
        (Verdict.STUN_UNREACHABLE, lanes((GREEN, RED, GREY), (GREY, GREY, GREY))),
        (Verdict.STUN_NO_SECOND_ADDRESS, lanes((GREEN, GREEN, GREEN), (GREY, GREY, GREY))),
        (Verdict.CANCELLED, lanes((GREY, GREY, GREY), (GREY, GREY, GREY))),
        (Verdict.INCONCLUSIVE, lanes((GREEN, GREEN, GREEN), (UNCLEAR, UNCLEAR, UNCLEAR))),
        (Verdict.SIP_ALG, lanes((GREEN, GREEN, GREEN), (GREEN, GREEN, GREEN))),
    ],
)
def test_segment_colours(picture: PathPicture, verdict: Verdict, expected: dict) -> None:
    picture.set_state(path_for(verdict))
    assert picture.segment_colours() == expected


@pytest.mark.parametrize(
    ("verdict", "crosses", "outline"),
    [
        (Verdict.SUCCESS, {}, None),
        (Verdict.NOT_FORWARDED, {INCOMING: R}, RED),
        (Verdict.NO_RESPONSE, {OUTGOING: R}, RED),
        (Verdict.PORT_IN_USE, {OUTGOING: C}, RED),
        (Verdict.STUN_UNREACHABLE, {OUTGOING: NET}, QColor("#E69F00")),  # the server, not reached
        (Verdict.CANCELLED, {}, None),
        (Verdict.INCONCLUSIVE, {}, None),  # nothing stopped, no one to blame
        # Everything got through, but the router rewrites SIP: at fault, not a stop.
        (Verdict.SIP_ALG, {}, QColor("#E69F00")),
    ],
)
def test_where_the_crosses_and_the_outline_go(
    picture: PathPicture, verdict: Verdict, crosses: dict, outline: QColor | None
) -> None:
    picture.set_state(path_for(verdict))
    assert picture.crosses() == crosses
    assert picture.problem_colour() == outline


def test_the_drawing_matches_the_segment_colours(picture: PathPicture) -> None:
    picture.set_state(path_for(Verdict.NOT_FORWARDED))
    image = picture.grab().toImage()
    scale = image.devicePixelRatio()

    def colour_on(lane: str, start: Hop, end: Hop) -> QColor:
        middle = picture.segment_line(lane, start, end).center()
        return image.pixelColor(round(middle.x() * scale), round(middle.y() * scale))

    def near(a: QColor, b: QColor) -> bool:  # antialiasing blends the line's edge
        channels = zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)
        return max(abs(x - y) for x, y in channels) < 60

    assert near(colour_on(OUTGOING, C, R), GREEN)
    assert near(colour_on(INCOMING, S, NET), GREEN)
    assert near(colour_on(INCOMING, NET, R), RED)
    assert not near(colour_on(INCOMING, R, C), GREEN)  # the answer never got past the router


def test_an_inconclusive_check_is_not_drawn_as_a_router_fault(picture: PathPicture) -> None:
    state = path_for(Verdict.INCONCLUSIVE)
    picture.set_state(state)
    assert state.incoming_unclear and state.problem_at is None
    assert RED not in picture.segment_colours().values()
    assert UNCLEAR not in (GREEN, RED, GREY)
    assert "nothing shows the router at fault" in state.caption
    description = picture.accessibleDescription()
    assert "Outgoing traffic (test 1) reached the STUN server." in description
    assert (
        "For some ports it could not be told whether incoming traffic (test 2) got through."
        in description
    )
    assert "stopped" not in description


def test_lanes_run_left_to_right_out_and_right_to_left_back(picture: PathPicture) -> None:
    out = picture.segment_line(OUTGOING, C, R)
    back = picture.segment_line(INCOMING, R, C)
    assert out.x1() < out.x2() and back.x1() > back.x2()
    assert out.y1() < back.y1()  # outgoing is the upper lane
    assert picture.segment_line(OUTGOING, R, NET).x1() > out.x2()


def test_accessible_description_has_the_caption_and_where_it_stopped(
    picture: PathPicture,
) -> None:
    assert picture.accessibleName() == "Path picture"
    state = path_for(Verdict.NOT_FORWARDED)
    picture.set_state(state)
    description = picture.accessibleDescription()
    assert description.startswith(state.caption)
    assert "Outgoing traffic (test 1) reached the STUN server." in description
    assert "Incoming traffic (test 2) stopped at the router or firewall." in description
    assert picture.state() == state

    picture.set_state(path_for(Verdict.NO_RESPONSE))
    assert "Incoming traffic (test 2) was not tested." in picture.accessibleDescription()


def test_size(picture: PathPicture) -> None:
    picture.set_state(path_for(Verdict.SUCCESS))
    hint = picture.sizeHint()
    assert hint.width() == 560 and 100 <= hint.height() <= 170
    minimum = picture.minimumSizeHint()
    assert minimum.width() == 420 and minimum.height() <= 170
    short = picture.heightForWidth(420)
    picture.set_state(path_for(Verdict.NO_RESPONSE))  # the longest caption wraps
    assert picture.heightForWidth(420) > short


# --- A second NAT in front of the router -----------------------------------------------------


def test_the_second_nat_is_drawn_only_where_there_is_one() -> None:
    assert path_for(Verdict.SUCCESS).hops == (C, R, NET, S)
    assert path_for(Verdict.UPSTREAM_NAT).hops == (C, R, U, NET, S)
    assert path_for(Verdict.SUCCESS, UpstreamNat.PRIVATE).hops == (C, R, U, NET, S)
    assert path_for(Verdict.UPSTREAM_NAT, UpstreamNat.SHARED).upstream == "Carrier-grade NAT"
    assert path_for(Verdict.UPSTREAM_NAT, UpstreamNat.PRIVATE).upstream == (
        "ISP modem / second router"
    )
    assert path_for(Verdict.UPSTREAM_NAT).upstream == "Second NAT"


def test_traffic_stops_at_the_second_nat_before_the_routers_forwards(picture) -> None:
    picture.set_state(path_for(Verdict.UPSTREAM_NAT, UpstreamNat.SHARED))
    assert picture.segment_colours() == {
        (OUTGOING, C, R): GREEN,
        (OUTGOING, R, U): GREEN,
        (OUTGOING, U, NET): GREEN,
        (OUTGOING, NET, S): GREEN,
        (INCOMING, S, NET): GREEN,
        (INCOMING, NET, U): RED,
        (INCOMING, U, R): GREY,
        (INCOMING, R, C): GREY,
    }
    assert picture.crosses() == {INCOMING: U}
    assert picture.problem_colour() == RED
    description = picture.accessibleDescription()
    assert "stopped at the second NAT in front of the router" in description
    assert "before the router's forwards" in description
    # Five stations side by side: each arrow runs between its neighbours, left to right.
    lines = [picture.segment_line(OUTGOING, a, b) for a, b in ((C, R), (R, U), (U, NET))]
    assert all(a.x2() < b.x1() for a, b in zip(lines, lines[1:], strict=False))


def test_a_second_nat_that_lets_everything_through_is_outlined_as_a_warning(picture) -> None:
    state = path_for(Verdict.SUCCESS, UpstreamNat.PRIVATE)
    picture.set_state(state)
    assert all(colour == GREEN for colour in picture.segment_colours().values())
    assert picture.crosses() == {}
    assert state.problem_at is U and picture.problem_colour() == QColor("#E69F00")
    assert state.caption.endswith(
        "A second NAT in front of the router lets the traffic through now."
    )


def test_the_second_nat_is_drawn_where_its_arrows_say(picture) -> None:
    picture.set_state(path_for(Verdict.UPSTREAM_NAT, UpstreamNat.SHARED))
    image = picture.grab().toImage()
    scale = image.devicePixelRatio()

    def colour_on(lane: str, start: Hop, end: Hop) -> QColor:
        middle = picture.segment_line(lane, start, end).center()
        return image.pixelColor(round(middle.x() * scale), round(middle.y() * scale))

    def near(a: QColor, b: QColor) -> bool:
        channels = zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)
        return max(abs(x - y) for x, y in channels) < 60

    assert near(colour_on(INCOMING, S, NET), GREEN)
    assert near(colour_on(INCOMING, NET, U), RED)
    assert near(colour_on(OUTGOING, R, U), GREEN)


def test_five_stations_still_fit_the_smallest_width(picture) -> None:
    picture.set_state(path_for(Verdict.UPSTREAM_NAT, UpstreamNat.PRIVATE))
    assert picture.minimumSizeHint().width() == 420
    assert picture.heightForWidth(420) <= 230
