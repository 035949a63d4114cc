"""A picture of the path the test traffic takes, and where it stopped.

This computer → router / firewall → internet → STUN server, with a second NAT between the
router and the internet where the router said there is one (the provider's modem, or
carrier-grade NAT: ``RouterInfo.upstream``), and two lanes of arrows: the
upper lane is test 1 (outgoing, left to right), the lower lane test 2 (the server's answer
from its second address, right to left). What worked is green, where the traffic stopped is
a red segment ending in a red ✕, what it never reached is grey and dashed, and a lane that
could not be told for some ports is grey-blue and dotted, with no ✕: nothing is blamed.
``path_for`` turns a verdict into that picture; the widget only draws it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum

from PySide6.QtCore import QEvent, QLineF, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from wizard.engine.model import Outcome, UpstreamNat, Verdict
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.presentation import OUTCOME_COLOURS

__all__ = [
    "INCOMING",
    "OUTGOING",
    "SEGMENT_COLOURS",
    "Hop",
    "PathPicture",
    "PathState",
    "Segment",
    "path_for",
    "segment_status",
]


class Hop(IntEnum):
    """The stations of the path, left to right."""

    COMPUTER = 0
    ROUTER = 1
    UPSTREAM = 2  # a second NAT in front of the router; drawn only where there is one
    INTERNET = 3
    SERVER = 4


@dataclass(frozen=True)
class PathState:
    outgoing_stop: Hop | None  # None: outgoing traffic got through to the server
    incoming_stop: Hop | None  # None: the answer got all the way back in (if tested)
    incoming_tested: bool
    problem_at: Hop | None  # node to outline
    caption: str  # already translated, one sentence, may be ""
    outgoing_tested: bool = True  # False: nothing ran (a cancelled check), all grey
    incoming_unclear: bool = False  # True: for some ports it could not be told (inconclusive)
    upstream: str = ""  # the second NAT's label (translated); "": none, not drawn

    @property
    def hops(self) -> tuple[Hop, ...]:
        """The stations drawn, left to right."""
        if self.upstream:
            return tuple(Hop)
        return tuple(hop for hop in Hop if hop is not Hop.UPSTREAM)

    def lanes(self) -> dict[str, tuple[Hop, ...]]:
        """The hops of each lane in the order its traffic flows."""
        return {OUTGOING: self.hops, INCOMING: tuple(reversed(self.hops))}


class Segment(Enum):
    """What the traffic did on one arrow."""

    WORKED = "worked"
    STOPPED = "stopped"  # it reached the end of this arrow and was dropped there
    NOT_REACHED = "not_reached"
    UNCLEAR = "unclear"  # for some ports it could not be told whether the traffic got through


OUTGOING = "outgoing"
INCOMING = "incoming"
_LANE_NAMES = (OUTGOING, INCOMING)

# Okabe–Ito, as in the port grid: green and vermillion stay apart for colour-blind eyes, and
# solid/dashed lines and the ✕ say the same again without colour.
SEGMENT_COLOURS: dict[Segment, QColor] = {
    Segment.WORKED: QColor("#009E73"),
    Segment.STOPPED: QColor("#D55E00"),
    Segment.NOT_REACHED: QColor("#9E9E9E"),
    Segment.UNCLEAR: QColor(OUTCOME_COLOURS[Outcome.INCONCLUSIVE]),
}
_BLOCKED_COLOUR = SEGMENT_COLOURS[Segment.STOPPED]  # the ✕, and a node where traffic stopped
_WARNING_COLOUR = QColor("#E69F00")  # a node at fault that traffic did not stop at

_CONTEXT = "PathPicture"

_CAPTIONS: dict[Verdict, str] = {
    Verdict.SUCCESS: QT_TRANSLATE_NOOP(
        "PathPicture", "Traffic gets out to the STUN server and its answers get back in."
    ),
    Verdict.PARTIAL: QT_TRANSLATE_NOOP(
        "PathPicture",
        "The router forwards incoming traffic to this computer for some ports, but not for others.",
    ),
    Verdict.NOT_FORWARDED: QT_TRANSLATE_NOOP(
        "PathPicture",
        "The router lets outgoing traffic through but does not forward incoming traffic to "
        "this computer.",
    ),
    Verdict.PORT_TRANSLATED: QT_TRANSLATE_NOOP(
        "PathPicture",
        "The router changes the port numbers, so incoming traffic does not arrive on the port "
        "this computer uses.",
    ),
    Verdict.SYMMETRIC_NAT: QT_TRANSLATE_NOOP(
        "PathPicture",
        "The router uses a new public port for every destination, so incoming traffic from "
        "elsewhere does not get in.",
    ),
    Verdict.NO_RESPONSE: QT_TRANSLATE_NOOP(
        "PathPicture",
        "No answer came back: a firewall drops the traffic, in the router or on this "
        "computer (such as Windows Firewall).",
    ),
    Verdict.PORT_IN_USE: QT_TRANSLATE_NOOP(
        "PathPicture",
        "Another program on this computer already uses the port, so the test could not send.",
    ),
    Verdict.NO_PERMISSION: QT_TRANSLATE_NOOP(
        "PathPicture",
        "This computer did not let the program use the port, so the test could not send.",
    ),
    Verdict.BLOCKED_ON_THIS_COMPUTER: QT_TRANSLATE_NOOP(
        "PathPicture",
        "Traffic gets out to the STUN server. Answers from its second address are dropped by "
        "this computer's own firewall, so the router could not be judged.",
    ),
    Verdict.PORT_RESERVED: QT_TRANSLATE_NOOP(
        "PathPicture",
        "Windows reserves some of the ports for itself, so neither the test nor the PBX can "
        "use them.",
    ),
    Verdict.DNS_FAILURE: QT_TRANSLATE_NOOP(
        "PathPicture", "This computer could not look up the name of the STUN server."
    ),
    Verdict.STUN_UNREACHABLE: QT_TRANSLATE_NOOP(
        "PathPicture",
        "No answer from the STUN server: it may be down, or outgoing traffic is blocked.",
    ),
    Verdict.STUN_NO_SECOND_ADDRESS: QT_TRANSLATE_NOOP(
        "PathPicture",
        "The STUN server has no second address, so incoming traffic could not be tested.",
    ),
    Verdict.INCONCLUSIVE: QT_TRANSLATE_NOOP(
        "PathPicture",
        "Traffic gets out to the STUN server. For some ports it could not be told whether "
        "the answers get back in; nothing shows the router at fault.",
    ),
    Verdict.SIP_ALG: QT_TRANSLATE_NOOP(
        "PathPicture",
        "Traffic gets through both ways, but the router rewrites the SIP messages that pass "
        "it (a SIP helper).",
    ),
    Verdict.UPSTREAM_NAT: QT_TRANSLATE_NOOP(
        "PathPicture",
        "Outgoing traffic gets out, but incoming traffic stops at a second NAT in front of "
        "the router, before the router's forwards.",
    ),
    Verdict.CANCELLED: QT_TRANSLATE_NOOP("PathPicture", "The check was stopped."),
}
_UPSTREAM_PASSES = QT_TRANSLATE_NOOP(
    "PathPicture", "A second NAT in front of the router lets the traffic through now."
)

# (outgoing_stop, incoming_stop, incoming_tested, problem_at, outgoing_tested)
_PATHS: dict[Verdict, tuple[Hop | None, Hop | None, bool, Hop | None, bool]] = {
    Verdict.SUCCESS: (None, None, True, None, True),
    Verdict.PARTIAL: (None, Hop.ROUTER, True, Hop.ROUTER, True),
    Verdict.NOT_FORWARDED: (None, Hop.ROUTER, True, Hop.ROUTER, True),
    Verdict.PORT_TRANSLATED: (None, Hop.ROUTER, True, Hop.ROUTER, True),
    Verdict.SYMMETRIC_NAT: (None, Hop.ROUTER, True, Hop.ROUTER, True),
    Verdict.NO_RESPONSE: (Hop.ROUTER, None, False, Hop.ROUTER, True),
    Verdict.PORT_IN_USE: (Hop.COMPUTER, None, False, Hop.COMPUTER, True),
    Verdict.NO_PERMISSION: (Hop.COMPUTER, None, False, Hop.COMPUTER, True),
    Verdict.BLOCKED_ON_THIS_COMPUTER: (None, Hop.COMPUTER, True, Hop.COMPUTER, True),
    Verdict.PORT_RESERVED: (Hop.COMPUTER, None, False, Hop.COMPUTER, True),
    Verdict.DNS_FAILURE: (Hop.COMPUTER, None, False, Hop.COMPUTER, True),
    Verdict.STUN_UNREACHABLE: (Hop.INTERNET, None, False, Hop.SERVER, True),
    Verdict.STUN_NO_SECOND_ADDRESS: (None, None, False, Hop.SERVER, True),
    Verdict.INCONCLUSIVE: (None, None, True, None, True),
    Verdict.SIP_ALG: (None, None, True, Hop.ROUTER, True),
    Verdict.UPSTREAM_NAT: (None, Hop.UPSTREAM, True, Hop.UPSTREAM, True),
    Verdict.CANCELLED: (None, None, False, None, False),
}
# Verdicts whose incoming lane is drawn as "could not be told" rather than as worked.
_UNCLEAR_INCOMING = frozenset({Verdict.INCONCLUSIVE})

_NODE_LABELS: dict[Hop, str] = {
    Hop.COMPUTER: QT_TRANSLATE_NOOP("PathPicture", "This computer"),
    Hop.ROUTER: QT_TRANSLATE_NOOP("PathPicture", "Router / firewall"),
    Hop.INTERNET: QT_TRANSLATE_NOOP("PathPicture", "Internet"),
    Hop.SERVER: QT_TRANSLATE_NOOP("PathPicture", "STUN server"),
}
# The second NAT, named by what the router's answer showed it to be.
_UPSTREAM_LABELS: dict[UpstreamNat | None, str] = {
    UpstreamNat.SHARED: QT_TRANSLATE_NOOP("PathPicture", "Carrier-grade NAT"),
    UpstreamNat.PRIVATE: QT_TRANSLATE_NOOP("PathPicture", "ISP modem / second router"),
    UpstreamNat.DIFFERS: QT_TRANSLATE_NOOP("PathPicture", "Second NAT"),
    UpstreamNat.NOT_CONNECTED: QT_TRANSLATE_NOOP("PathPicture", "Second NAT"),
    None: QT_TRANSLATE_NOOP("PathPicture", "Second NAT"),
}
_LANE_LABELS: dict[str, str] = {
    OUTGOING: QT_TRANSLATE_NOOP("PathPicture", "Outgoing (test 1)"),
    INCOMING: QT_TRANSLATE_NOOP("PathPicture", "Incoming (test 2)"),
}

# Whole sentences, so translators never have to fit a node's name into someone else's grammar.
_NOT_TESTED: dict[str, str] = {
    OUTGOING: QT_TRANSLATE_NOOP("PathPicture", "Outgoing traffic (test 1) was not tested."),
    INCOMING: QT_TRANSLATE_NOOP("PathPicture", "Incoming traffic (test 2) was not tested."),
}
_GOT_THROUGH: dict[str, str] = {
    OUTGOING: QT_TRANSLATE_NOOP(
        "PathPicture", "Outgoing traffic (test 1) reached the STUN server."
    ),
    INCOMING: QT_TRANSLATE_NOOP("PathPicture", "Incoming traffic (test 2) reached this computer."),
}
_UNCLEAR_INCOMING_TEXT = QT_TRANSLATE_NOOP(
    "PathPicture",
    "For some ports it could not be told whether incoming traffic (test 2) got through.",
)
_STOPPED_AT: dict[tuple[str, Hop], str] = {
    (OUTGOING, Hop.COMPUTER): QT_TRANSLATE_NOOP(
        "PathPicture", "Outgoing traffic (test 1) could not leave this computer."
    ),
    (OUTGOING, Hop.ROUTER): QT_TRANSLATE_NOOP(
        "PathPicture", "Outgoing traffic (test 1) stopped at the router or firewall."
    ),
    (OUTGOING, Hop.INTERNET): QT_TRANSLATE_NOOP(
        "PathPicture", "Outgoing traffic (test 1) got no answer from the internet."
    ),
    (OUTGOING, Hop.SERVER): QT_TRANSLATE_NOOP(
        "PathPicture", "Outgoing traffic (test 1) stopped at the STUN server."
    ),
    (INCOMING, Hop.SERVER): QT_TRANSLATE_NOOP(
        "PathPicture", "Incoming traffic (test 2) was not sent by the STUN server."
    ),
    (INCOMING, Hop.INTERNET): QT_TRANSLATE_NOOP(
        "PathPicture", "Incoming traffic (test 2) was lost on the internet."
    ),
    (INCOMING, Hop.UPSTREAM): QT_TRANSLATE_NOOP(
        "PathPicture", "Incoming traffic (test 2) stopped at the second NAT in front of the router."
    ),
    (INCOMING, Hop.ROUTER): QT_TRANSLATE_NOOP(
        "PathPicture", "Incoming traffic (test 2) stopped at the router or firewall."
    ),
    (INCOMING, Hop.COMPUTER): QT_TRANSLATE_NOOP(
        "PathPicture", "Incoming traffic (test 2) stopped on this computer."
    ),
}


def path_for(verdict: Verdict, upstream: UpstreamNat | None = None) -> PathState:
    """Where the traffic of a scan with this verdict stopped, with a translated caption;
    with the second NAT the router showed (``upstream``) between it and the internet.
    Where the traffic got through it anyway (a DMZ on the provider's modem), the second
    NAT is outlined as a warning: a reset there undoes it."""
    outgoing_stop, incoming_stop, incoming_tested, problem_at, outgoing_tested = _PATHS[verdict]
    caption = translated(_CONTEXT, _CAPTIONS[verdict])
    shown = upstream is not None or verdict is Verdict.UPSTREAM_NAT
    if shown and verdict is not Verdict.UPSTREAM_NAT and outgoing_tested:
        if problem_at is None and incoming_stop is None and outgoing_stop is None:
            problem_at = Hop.UPSTREAM
        caption += " " + translated(_CONTEXT, _UPSTREAM_PASSES)
    return PathState(
        outgoing_stop=outgoing_stop,
        incoming_stop=incoming_stop,
        incoming_tested=incoming_tested,
        problem_at=problem_at,
        caption=caption,
        outgoing_tested=outgoing_tested,
        incoming_unclear=verdict in _UNCLEAR_INCOMING,
        upstream=translated(_CONTEXT, _UPSTREAM_LABELS[upstream]) if shown else "",
    )


def _lane(state: PathState, lane: str) -> tuple[bool, Hop | None]:
    """(tested, stop) of one lane."""
    if lane == OUTGOING:
        return state.outgoing_tested, state.outgoing_stop
    return state.outgoing_tested and state.incoming_tested, state.incoming_stop


def segment_status(state: PathState) -> dict[tuple[str, Hop, Hop], Segment]:
    """What happened on each arrow, keyed by (lane, from, to) in the order traffic flows."""
    statuses: dict[tuple[str, Hop, Hop], Segment] = {}
    for lane, hops in state.lanes().items():
        reached, stop = _lane(state, lane)
        unclear = reached and lane == INCOMING and state.incoming_unclear
        for start, end in zip(hops, hops[1:], strict=False):
            if unclear:
                statuses[(lane, start, end)] = Segment.UNCLEAR
                continue
            if reached and stop == start:  # dropped before it ever left (the first node)
                reached = False
            if not reached:
                status = Segment.NOT_REACHED
            elif stop == end:
                status, reached = Segment.STOPPED, False
            else:
                status = Segment.WORKED
            statuses[(lane, start, end)] = status
    return statuses


@dataclass(frozen=True)
class _Geometry:
    lane_label_width: int
    centres: dict[Hop, float]  # x of each node drawn
    slot: float  # the width each node has
    glyph: float  # side of the square each node's drawing fits in
    middle: float  # y of the nodes' centres
    lane_offset: float  # lanes run this far above and below the middle
    labels: QRect  # the row of node labels (full width)
    label_height: int
    caption: QRect

    def lane_y(self, lane: str) -> float:
        return (
            self.middle - self.lane_offset if lane == OUTGOING else self.middle + self.lane_offset
        )


# How far each drawing reaches left and right of its centre, as a share of the glyph side,
# so arrows end right at its edge.
_HALF_WIDTHS: dict[Hop, float] = {
    Hop.COMPUTER: 0.42,
    Hop.ROUTER: 0.44,
    Hop.UPSTREAM: 0.42,
    Hop.INTERNET: 0.48,
    Hop.SERVER: 0.28,
}


class PathPicture(QWidget):
    """Draws a ``PathState``: the four stations, two lanes of arrows, and the caption."""

    _MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = PathState(None, None, False, None, "", outgoing_tested=False)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Path picture"))
        self._describe()

    def set_state(self, state: PathState) -> None:
        self._state = state
        self._describe()
        self.updateGeometry()
        self.update()

    def state(self) -> PathState:
        return self._state

    def segment_colours(self) -> dict[tuple[str, Hop, Hop], QColor]:
        """The colour each arrow is drawn in, keyed by (lane, from, to)."""
        return {key: SEGMENT_COLOURS[s] for key, s in segment_status(self._state).items()}

    def crosses(self) -> dict[str, Hop]:
        """Where a ✕ is drawn: the node each lane stopped at."""
        marks: dict[str, Hop] = {}
        for lane in _LANE_NAMES:
            tested, stop = _lane(self._state, lane)
            if tested and stop is not None:
                marks[lane] = stop
        return marks

    def problem_colour(self) -> QColor | None:
        """The outline of the problem node: red where traffic stopped there, orange otherwise."""
        if self._state.problem_at is None:
            return None
        if self._state.problem_at in self.crosses().values():
            return QColor(_BLOCKED_COLOUR)
        return QColor(_WARNING_COLOUR)

    def _describe(self) -> None:
        sentences = [self._state.caption] if self._state.caption else []
        for lane in _LANE_NAMES:
            tested, stop = _lane(self._state, lane)
            if not tested:
                sentences.append(translated(_CONTEXT, _NOT_TESTED[lane]))
            elif lane == INCOMING and self._state.incoming_unclear:
                sentences.append(translated(_CONTEXT, _UNCLEAR_INCOMING_TEXT))
            elif stop is None:
                sentences.append(translated(_CONTEXT, _GOT_THROUGH[lane]))
            else:
                sentences.append(translated(_CONTEXT, _STOPPED_AT[(lane, stop)]))
        self.setAccessibleDescription(" ".join(sentences))

    # --- geometry ---------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._geometry(width).caption.bottom() + 1 + self._MARGIN

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(560, self.heightForWidth(560))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, self.heightForWidth(420))

    def _geometry(self, width: int) -> _Geometry:
        metrics = self.fontMetrics()
        line = metrics.height()
        margin = self._MARGIN
        label_width = max(
            metrics.horizontalAdvance(translated(_CONTEXT, t)) for t in _LANE_LABELS.values()
        )
        # A little room: elidedText() rounds differently from horizontalAdvance().
        label_width = min(label_width + 3, width // 3)
        left = margin + label_width + 4
        hops = self._state.hops
        slot = max(1.0, (width - left - margin) / len(hops))
        glyph = min(72.0, max(2.6 * line, slot * 0.5))
        # The two lanes must be a text line apart, for their labels on the left.
        lane_offset = max(line * 0.55 + 1, glyph * 0.2)
        middle = margin + glyph / 2
        centres = {hop: left + slot * (i + 0.5) for i, hop in enumerate(hops)}

        label_top = round(middle + glyph / 2) + 4
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        # Measured in bold, the weight of the problem node's label, so no state clips it.
        bold = QFontMetrics(self._label_font(bold=True))
        label_height = max(
            bold.boundingRect(QRect(0, 0, int(slot) - 4, 1000), flags, self._label(hop)).height()
            for hop in hops
        )
        labels = QRect(0, label_top, width, label_height)

        caption_top = labels.bottom() + 1 + (line // 2 if self._state.caption else 0)
        caption_rect = QRect(margin, caption_top, max(1, width - 2 * margin), 1000)
        caption_height = (
            metrics.boundingRect(caption_rect, flags, self._state.caption).height()
            if self._state.caption
            else 0
        )
        caption = QRect(margin, caption_top, caption_rect.width(), caption_height)
        return _Geometry(
            label_width, centres, slot, glyph, middle, lane_offset, labels, label_height, caption
        )

    def _label(self, hop: Hop) -> str:
        if hop is Hop.UPSTREAM:
            return self._state.upstream
        return translated(_CONTEXT, _NODE_LABELS[hop])

    # --- drawing ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        geometry = self._geometry(self.width())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)

        problem = self._state.problem_at
        outline = self.problem_colour()
        for hop in self._state.hops:
            self._draw_node(painter, geometry, hop, outline if hop == problem else None)

        statuses = segment_status(self._state)
        crosses = self.crosses()
        for lane, hops in self._state.lanes().items():
            self._draw_lane_label(painter, geometry, lane, text)
            for start, end in zip(hops, hops[1:], strict=False):
                self._draw_segment(
                    painter, geometry, lane, start, end, statuses[(lane, start, end)]
                )
            if lane in crosses and crosses[lane] == hops[0]:
                # Stopped before it left: the ✕ sits where the first arrow would start.
                x = self._edge(geometry, hops[0], toward=hops[1])
                step = 1 if hops[1] > hops[0] else -1
                self._draw_cross(
                    painter,
                    geometry,
                    x + step * self._cross_size(geometry) / 2,
                    geometry.lane_y(lane),
                )

        painter.setPen(text)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        for hop in self._state.hops:
            centre = geometry.centres[hop]
            rect = QRectF(
                centre - geometry.slot / 2 + 2,
                geometry.labels.top(),
                geometry.slot - 4,
                geometry.label_height,
            )
            painter.setFont(self._label_font(bold=hop == problem))
            painter.drawText(rect, flags, self._label(hop))
        painter.setFont(self.font())
        if self._state.caption:
            painter.drawText(geometry.caption, flags, self._state.caption)
        painter.end()

    def _label_font(self, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        return font

    def _draw_lane_label(
        self, painter: QPainter, geometry: _Geometry, lane: str, colour: QColor
    ) -> None:
        metrics = self.fontMetrics()
        text = metrics.elidedText(
            translated(_CONTEXT, _LANE_LABELS[lane]),
            Qt.TextElideMode.ElideRight,
            geometry.lane_label_width,
        )
        y = geometry.lane_y(lane)
        rect = QRectF(
            self._MARGIN, y - metrics.height() / 2, geometry.lane_label_width, metrics.height()
        )
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

    def segment_line(self, lane: str, start: Hop, end: Hop) -> QLineF:
        """Where the arrow from ``start`` to ``end`` in ``lane`` runs, at the present width."""
        return self._segment_line(self._geometry(self.width()), lane, start, end)

    def _segment_line(self, geometry: _Geometry, lane: str, start: Hop, end: Hop) -> QLineF:
        y = geometry.lane_y(lane)
        return QLineF(
            self._edge(geometry, start, toward=end), y, self._edge(geometry, end, toward=start), y
        )

    def _edge(self, geometry: _Geometry, hop: Hop, toward: Hop) -> float:
        """x where an arrow between ``hop`` and its neighbour ``toward`` meets ``hop``."""
        reach = _HALF_WIDTHS[hop] * geometry.glyph + 4
        return geometry.centres[hop] + (reach if toward > hop else -reach)

    @staticmethod
    def _cross_size(geometry: _Geometry) -> float:
        return max(8.0, geometry.glyph * 0.2)

    def _draw_segment(
        self,
        painter: QPainter,
        geometry: _Geometry,
        lane: str,
        start: Hop,
        end: Hop,
        status: Segment,
    ) -> None:
        colour = SEGMENT_COLOURS[status]
        line = self._segment_line(geometry, lane, start, end)
        x1, x2, y = line.x1(), line.x2(), line.y1()
        direction = 1 if x2 > x1 else -1
        head = 7.0
        pen = QPen(colour, 2.0)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if status is Segment.NOT_REACHED:
            pen.setStyle(Qt.PenStyle.DashLine)
        elif status is Segment.UNCLEAR:
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        if status is Segment.STOPPED:
            cross = self._cross_size(geometry)
            tip = x2 - direction * cross / 2
            painter.drawLine(QPointF(x1, y), QPointF(tip - direction * cross / 2, y))
            self._draw_cross(painter, geometry, tip, y)
            return
        painter.drawLine(QPointF(x1, y), QPointF(x2 - direction * head, y))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x2, y),
                    QPointF(x2 - direction * head, y - head / 2),
                    QPointF(x2 - direction * head, y + head / 2),
                ]
            )
        )

    def _draw_cross(self, painter: QPainter, geometry: _Geometry, x: float, y: float) -> None:
        half = self._cross_size(geometry) / 2
        pen = QPen(_BLOCKED_COLOUR, 2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(x - half, y - half), QPointF(x + half, y + half))
        painter.drawLine(QPointF(x - half, y + half), QPointF(x + half, y - half))

    def _draw_node(
        self, painter: QPainter, geometry: _Geometry, hop: Hop, outline: QColor | None
    ) -> None:
        g = geometry.glyph
        cx, cy = geometry.centres[hop], geometry.middle
        palette = self.palette()
        stroke = outline or palette.color(QPalette.ColorRole.WindowText)
        fill = QColor(palette.color(QPalette.ColorRole.Base))
        if outline is not None:
            fill = _blend(fill, outline, 0.18)
        pen = QPen(stroke, 2.5 if outline is not None else 1.5)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))

        def box(left: float, top: float, width: float, height: float) -> QRectF:
            return QRectF(cx + left * g, cy + top * g, width * g, height * g)

        if hop == Hop.COMPUTER:
            painter.drawRoundedRect(box(-0.42, -0.38, 0.84, 0.62), 3, 3)  # screen
            painter.drawLine(QPointF(cx, cy + 0.24 * g), QPointF(cx, cy + 0.38 * g))  # stand
            painter.drawRoundedRect(box(-0.2, 0.38, 0.4, 0.06), 1.5, 1.5)  # foot
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inner = QPen(stroke, 1.0)
            painter.setPen(inner)
            painter.drawRoundedRect(box(-0.34, -0.3, 0.68, 0.46), 1.5, 1.5)
        elif hop == Hop.ROUTER:
            painter.drawLine(
                QPointF(cx - 0.26 * g, cy - 0.26 * g), QPointF(cx - 0.32 * g, cy - 0.46 * g)
            )  # antennas
            painter.drawLine(
                QPointF(cx + 0.26 * g, cy - 0.26 * g), QPointF(cx + 0.32 * g, cy - 0.46 * g)
            )
            painter.drawRoundedRect(box(-0.44, -0.26, 0.88, 0.5), 4, 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(stroke)
            for i in range(4):  # status lights
                painter.drawEllipse(
                    QPointF(cx - 0.27 * g + i * 0.12 * g, cy + 0.1 * g), 0.035 * g, 0.035 * g
                )
        elif hop == Hop.UPSTREAM:
            # A modem: a flat box with its lights, and a second box behind it (one NAT
            # more), offset up and to the right.
            painter.drawRoundedRect(box(-0.30, -0.34, 0.72, 0.40), 3, 3)
            painter.drawRoundedRect(box(-0.42, -0.20, 0.76, 0.42), 3, 3)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(stroke)
            for i in range(3):
                painter.drawEllipse(
                    QPointF(cx - 0.26 * g + i * 0.12 * g, cy + 0.05 * g), 0.035 * g, 0.035 * g
                )
        elif hop == Hop.INTERNET:
            cloud = QPainterPath()
            cloud.addRoundedRect(box(-0.48, -0.06, 0.96, 0.32), 0.16 * g, 0.16 * g)
            for dx, dy, r in ((-0.2, -0.04, 0.2), (0.08, -0.14, 0.26), (0.3, 0.02, 0.17)):
                bump = QPainterPath()
                bump.addEllipse(QPointF(cx + dx * g, cy + dy * g), r * g, r * g)
                cloud = cloud.united(bump)
            painter.drawPath(cloud.simplified())
        else:  # the server: a rack of three units
            painter.drawRoundedRect(box(-0.28, -0.45, 0.56, 0.9), 3, 3)
            for i in (1, 2):
                y = cy + (-0.45 + 0.3 * i) * g
                painter.drawLine(QPointF(cx - 0.28 * g, y), QPointF(cx + 0.28 * g, y))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(stroke)
            for i in range(3):
                y = cy + (-0.3 + 0.3 * i) * g
                painter.drawEllipse(QPointF(cx - 0.16 * g, y), 0.035 * g, 0.035 * g)
                painter.drawRect(QRectF(cx - 0.06 * g, y - 0.015 * g, 0.26 * g, 0.03 * g))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Path picture"))
            self._describe()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.updateGeometry()
        super().changeEvent(event)


def _blend(base: QColor, tint: QColor, share: float) -> QColor:
    """``share`` of ``tint`` over ``base``."""
    mix = [
        round(a * (1 - share) + b * share)
        for a, b in zip(base.getRgb()[:3], tint.getRgb()[:3], strict=True)
    ]
    return QColor(*mix)
