"""A grid of small cells, one per port, coloured by outcome as a scan's results arrive.

The colours come from the one table in ``wizard.presentation``, which the legend below, the port
tables and the HTML report share, so a colour means the same wherever a technician sees it.
A scan with a responder also checks TCP ports: their cells follow the UDP ports', and a cell
is known by its port and protocol, so 5060/UDP and 5060/TCP are two cells.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wizard.engine.model import Outcome, Protocol
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.presentation import OUTCOME_COLOURS as REPORT_COLOURS
from wizard.words import outcome_label

__all__ = [
    "OUTCOME_COLOURS",
    "TESTING_COLOUR",
    "WAITING_COLOUR",
    "OutcomeLegend",
    "describe_counts",
    "PortGrid",
]

# The report's table, as colours to paint with.
OUTCOME_COLOURS: dict[Outcome, QColor] = {
    outcome: QColor(colour) for outcome, colour in REPORT_COLOURS.items()
}
WAITING_COLOUR = QColor("#A8A8A8")  # drawn as an outline only
TESTING_COLOUR = QColor("#C8C8C8")  # filled: the port is being tested now

_CONTEXT = "PortGrid"
_WAITING = QT_TRANSLATE_NOOP("PortGrid", "Waiting")
_TESTING = QT_TRANSLATE_NOOP("PortGrid", "Testing")
_COUNT_ITEM = QT_TRANSLATE_NOOP("PortGrid", "{label}: {count}")

UDP, TCP = Protocol.UDP, Protocol.TCP
Cell = tuple[int, Protocol]  # (port, protocol)

# The grid lives on a wizard page that must fit a 1366×768 screen: rather than grow taller
# than this, the cells shrink.
MAX_GRID_HEIGHT = 320
MIN_CELL = 3
_GAP = 1
_DESCRIPTION_DELAY_MS = 250  # screen readers need the counts, not 2000 changes a second


def _count_items(counts: Mapping[Outcome | None, int]) -> list[tuple[Outcome | None, str, int]]:
    """(key, translated label, count) in a fixed order: outcomes as declared, waiting last."""
    items: list[tuple[Outcome | None, str, int]] = [
        (outcome, outcome_label(outcome), counts[outcome])
        for outcome in Outcome
        if counts.get(outcome, 0)
    ]
    items.append((None, translated(_CONTEXT, _WAITING), counts.get(None, 0)))
    return items


def describe_counts(counts: Mapping[Outcome | None, int]) -> str:
    """'Passed: 1,980, Not forwarded: 20, Waiting: 0': for screen readers and tooltips."""
    return ", ".join(
        translated(_CONTEXT, _COUNT_ITEM).format(label=label, count=_number(count))
        for _, label, count in _count_items(counts)
    )


def _number(number: int) -> str:
    """A count written the way the user's locale writes it (1,980 or 1.980)."""
    return QLocale().toString(number)


@dataclass(frozen=True)
class _Layout:
    cell: int
    columns: int
    rows: int

    @property
    def pitch(self) -> int:
        return self.cell + _GAP

    @property
    def height(self) -> int:
        return max(0, self.rows * self.pitch - _GAP)


class PortGrid(QWidget):
    """One small square per port, in the order given, wrapping by width.

    Results arrive faster than a screen refreshes, so ``set_outcome`` only books the change
    and asks for a repaint with ``update()``, which Qt folds into one paint per frame.
    """

    counts_changed = Signal(object)  # dict[Outcome | None, int]
    """The counts, at most a few times a second (coalesced like the accessible description)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ports: list[Cell] = []
        self._index: dict[Cell, int] = {}
        self._outcomes: list[Outcome | None] = []
        self._testing: set[int] = set()  # indexes
        self._counts: Counter[Outcome | None] = Counter()
        self._layout: _Layout | None = None
        self._layout_width = -1
        self._rects: list[QRect] | None = None
        self._update_pending = False

        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Port grid"))

        self._description_timer = QTimer(self)
        self._description_timer.setSingleShot(True)
        self._description_timer.setInterval(_DESCRIPTION_DELAY_MS)
        self._description_timer.timeout.connect(self._publish_counts)
        self._publish_counts()

    # --- data -------------------------------------------------------------------------------

    def set_ports(self, ports: Sequence[int], tcp: Sequence[int] = ()) -> None:
        """Show these UDP ports, then the ``tcp`` ports, all waiting. A port given twice
        gets one cell."""
        cells = [(port, UDP) for port in ports] + [(port, TCP) for port in tcp]
        self._ports = list(dict.fromkeys(cells))
        self._index = {port: i for i, port in enumerate(self._ports)}
        self._outcomes = [None] * len(self._ports)
        self._testing.clear()
        self._counts = Counter({None: len(self._ports)})
        self._geometry_changed()

    def clear(self) -> None:
        """Remove every port, as ``QListWidget.clear`` does."""
        self.set_ports(())

    def ports(self, protocol: Protocol = UDP) -> list[int]:
        """The ports shown for ``protocol``, in order."""
        return [port for port, shown in self._ports if shown is protocol]

    def set_outcome(self, port: int, outcome: Outcome, protocol: Protocol = UDP) -> None:
        """Colour the port's cell. Cheap: call it for every result. Unknown ports are ignored."""
        index = self._index.get((port, protocol))
        if index is None:
            return
        self._testing.discard(index)
        old = self._outcomes[index]
        if old is not outcome:
            self._outcomes[index] = outcome
            self._counts[old] -= 1
            self._counts[outcome] += 1
            self._counts_changed()
        self._request_update()

    def set_in_progress(self, port: int, protocol: Protocol = UDP) -> None:
        """Shade a waiting port's cell: it is being tested now."""
        index = self._index.get((port, protocol))
        if index is None or self._outcomes[index] is not None or index in self._testing:
            return
        self._testing.add(index)
        self._request_update()

    def outcome_of(self, port: int, protocol: Protocol = UDP) -> Outcome | None:
        """The port's outcome, None while it waits (or if it is not in the grid)."""
        index = self._index.get((port, protocol))
        return None if index is None else self._outcomes[index]

    def counts(self) -> dict[Outcome | None, int]:
        """How many cells show each outcome; None counts the waiting ones and is always there."""
        counts = {key: n for key, n in self._counts.items() if n}
        counts[None] = self._counts[None]
        return counts

    def tooltip_for(self, port: int, protocol: Protocol = UDP) -> str:
        """'Port 9000: Passed' ('Port 22/TCP: Passed'), as the tooltip over the cell says."""
        index = self._index.get((port, protocol))
        if index is None:
            return ""
        outcome = self._outcomes[index]
        if outcome is not None:
            label = outcome_label(outcome)
        elif index in self._testing:
            label = translated(_CONTEXT, _TESTING)
        else:
            label = translated(_CONTEXT, _WAITING)
        if protocol is TCP:
            return self.tr("Port {port}/TCP: {label}").format(port=port, label=label)
        return self.tr("Port {port}: {label}").format(port=port, label=label)

    # --- geometry ---------------------------------------------------------------------------

    def cell_size(self) -> int:
        """The side of one cell at the widget's present width, in logical pixels."""
        return self._current_layout().cell

    def cell_rect(self, index: int) -> QRect:
        """Where the cell of the index-th port is drawn, at the widget's present width."""
        return self._cell_rect(self._current_layout(), index)

    def port_at(self, pos: QPoint) -> int | None:
        """The port whose cell (with the gap right and below it) holds ``pos``, if any."""
        cell = self.cell_at(pos)
        return None if cell is None else cell[0]

    def cell_at(self, pos: QPoint) -> Cell | None:
        """(port, protocol) of the cell that holds ``pos``, if any."""
        layout = self._current_layout()
        if pos.x() < 0 or pos.y() < 0:
            return None
        column, row = pos.x() // layout.pitch, pos.y() // layout.pitch
        if column >= layout.columns:
            return None
        index = row * layout.columns + column
        return self._ports[index] if index < len(self._ports) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        layout = self._layout_for(width)
        return max(layout.height, layout.cell)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        pitch = self._base_cell() + _GAP
        width = pitch * min(max(len(self._ports), 1), 60) - _GAP
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        pitch = self._base_cell() + _GAP
        width = pitch * min(max(len(self._ports), 1), 16) - _GAP
        return QSize(width, self._base_cell())

    def _base_cell(self) -> int:
        # About 9 px with a 9–10 pt font; larger for people who chose a larger font.
        return max(6, round(self.fontMetrics().height() * 0.55))

    def _layout_for(self, width: int) -> _Layout:
        count = len(self._ports)
        layout = _Layout(self._base_cell(), 1, 0)
        for cell in range(self._base_cell(), MIN_CELL - 1, -1):
            columns = max(1, (width + _GAP) // (cell + _GAP))
            layout = _Layout(cell, columns, -(-count // columns))
            if layout.height <= MAX_GRID_HEIGHT:
                break
        return layout

    def _current_layout(self) -> _Layout:
        if self._layout is None or self._layout_width != self.width():
            self._layout = self._layout_for(self.width())
            self._layout_width = self.width()
            self._rects = None
        return self._layout

    def _cell_rects(self) -> list[QRect]:
        layout = self._current_layout()
        if self._rects is None:
            self._rects = [self._cell_rect(layout, i) for i in range(len(self._ports))]
        return self._rects

    @staticmethod
    def _cell_rect(layout: _Layout, index: int) -> QRect:
        row, column = divmod(index, layout.columns)
        return QRect(column * layout.pitch, row * layout.pitch, layout.cell, layout.cell)

    def _geometry_changed(self) -> None:
        self._layout = None
        self.updateGeometry()
        self._counts_changed()
        self.update()
        self._update_pending = True

    def _request_update(self) -> None:
        # Qt would merge the requests anyway, but each call still crosses into Qt: during a
        # scan one request per frame is enough. paintEvent clears the flag; a hidden widget
        # is painted in full when shown.
        if not self._update_pending:
            self._update_pending = True
            self.update()

    # --- Qt events --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        self._update_pending = False
        if not self._ports:
            return
        layout = self._current_layout()
        rects = self._cell_rects()
        exposed = event.rect()
        first = max(0, exposed.top() // layout.pitch) * layout.columns
        last = min(len(self._ports), (exposed.bottom() // layout.pitch + 1) * layout.columns)
        # One drawRects call per colour rather than one call per cell.
        filled: dict[Outcome | None, list[QRect]] = {}  # None: being tested
        waiting: list[QRect] = []
        for index in range(first, last):
            outcome = self._outcomes[index]
            if outcome is not None:
                filled.setdefault(outcome, []).append(rects[index])
            elif index in self._testing:
                filled.setdefault(None, []).append(rects[index])
            else:
                waiting.append(rects[index].adjusted(0, 0, -1, -1))
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)  # without a pen, a rect fills exactly its size
        for key, group in filled.items():
            painter.setBrush(TESTING_COLOUR if key is None else OUTCOME_COLOURS[key])
            painter.drawRects(group)
        if waiting:
            # With a pen, drawRect covers one pixel more than its size each way: hence -1 above.
            painter.setPen(QPen(WAITING_COLOUR, 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects(waiting)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._layout = None
            self.updateGeometry()
        elif event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Port grid"))
            self._counts_changed()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
                event.ignore()
            else:
                # With the cell's rect, the tooltip goes away when the pointer leaves it.
                rect = self.cell_rect(self._index[cell])
                QToolTip.showText(event.globalPos(), self.tooltip_for(*cell), self, rect)
            return True
        return super().event(event)

    # --- counts for assistive technology ----------------------------------------------------

    def _counts_changed(self) -> None:
        if not self._description_timer.isActive():
            self._description_timer.start()

    def _publish_counts(self) -> None:
        counts = self.counts()
        self.setAccessibleDescription(describe_counts(counts))
        self.counts_changed.emit(counts)


class OutcomeLegend(QWidget):
    """Colour swatch and label for each outcome present, wrapping over lines as needed."""

    _SPACING = 16  # between items

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[Outcome | None, str]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Legend"))

    def set_counts(self, counts: Mapping[Outcome | None, int]) -> None:
        """Show the outcomes with a count above zero, and the waiting ports if any."""
        self._items = [
            (key, self.tr("{label} {count}").format(label=label, count=_number(count)))
            for key, label, count in _count_items(counts)
            if count
        ]
        self.setAccessibleDescription(", ".join(text for _, text in self._items))
        self.updateGeometry()
        self.update()

    def items(self) -> list[str]:
        """The texts shown, in order."""
        return [text for _, text in self._items]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        places = self._places(width)
        return places[-1][1].bottom() + 1 if places else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = sum(self._item_width(text) for _, text in self._items)
        width += self._SPACING * max(0, len(self._items) - 1)
        return QSize(max(width, 1), self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        widest = max((self._item_width(text) for _, text in self._items), default=1)
        return QSize(widest, self.fontMetrics().height())

    def _swatch(self) -> int:
        return max(6, round(self.fontMetrics().ascent() * 0.8))

    def _item_width(self, text: str) -> int:
        return self._swatch() + 4 + self.fontMetrics().horizontalAdvance(text)

    def _places(self, width: int) -> list[tuple[int, QRect]]:
        """Each item's rect, wrapping to a new line where the next would not fit."""
        line = self.fontMetrics().height()
        places: list[tuple[int, QRect]] = []
        x = y = 0
        for i, (_, text) in enumerate(self._items):
            item_width = self._item_width(text)
            if x and x + item_width > width:
                x, y = 0, y + line + 2
            places.append((i, QRect(x, y, item_width, line)))
            x += item_width + self._SPACING
        return places

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        swatch = self._swatch()
        for i, rect in self._places(self.width()):
            key, text = self._items[i]
            box = QRect(rect.left(), rect.center().y() - swatch // 2, swatch, swatch)
            if key is None:
                painter.save()
                painter.setPen(QPen(WAITING_COLOUR, 0))
                painter.drawRect(box.adjusted(0, 0, -1, -1))
                painter.restore()
            else:
                painter.fillRect(box, OUTCOME_COLOURS[key])
            text_rect = rect.adjusted(swatch + 4, 0, 0, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
