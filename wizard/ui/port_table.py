"""A table of port results for Qt views, filled as results arrive.

A scan with a responder checks TCP ports too: a row is known by its port and protocol, so
5060 (UDP) and 5060/TCP are two rows, written as every face writes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap

from wizard.engine.model import Outcome, PortResult, Protocol
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.presentation import OUTCOME_COLOURS, PortRow, port_row

HEADERS = (
    QT_TRANSLATE_NOOP("PortTable", "Port"),
    QT_TRANSLATE_NOOP("PortTable", "Result"),
    QT_TRANSLATE_NOOP("PortTable", "Public address"),
    QT_TRANSLATE_NOOP("PortTable", "Test 1"),
    QT_TRANSLATE_NOOP("PortTable", "Test 2"),
    QT_TRANSLATE_NOOP("PortTable", "Details"),
)
_WITNESS = QT_TRANSLATE_NOOP("PortTable", "Test 2 proved by: {witness}")
_FAILING = QColor("#b00020")
_SWATCH = 10  # px


def ports_cell(row: PortRow) -> str:
    """The row's ports as every face writes them: ``9000–9019``, TCP ones ``5090/TCP``
    (``PortRow.display`` where the presentation offers it)."""
    return row.display


def witness_tip(row: PortRow) -> str:
    """Who proved test 2 for a tooltip, "" where nobody did (or it is not known)."""
    if not row.witness:
        return ""
    return translated("PortTable", _WITNESS).format(witness=row.witness)


@cache
def outcome_icon(outcome: Outcome) -> QIcon:
    """A small square in the outcome's colour, the same as in the grid and the report."""
    pixmap = QPixmap(_SWATCH, _SWATCH)
    pixmap.fill(QColor(OUTCOME_COLOURS[outcome]))
    return QIcon(pixmap)


class PortTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: list[PortResult] = []
        self._rows: dict[tuple[Protocol, int], int] = {}  # (protocol, port) -> row

    def clear(self) -> None:
        self.beginResetModel()
        self.results = []
        self._rows = {}
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and result words are translated when drawn: ask the views to redraw."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self.results:
            last = self.index(len(self.results) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def extend(self, results: Sequence[PortResult]) -> None:
        """Add new ports at the end; a port already shown (asked again in the retest, or
        heard by the responder) gets its new result in its own row."""
        new: list[PortResult] = []
        for result in results:
            key = (result.protocol, result.port)
            row = self._rows.get(key)
            if row is None:
                self._rows[key] = len(self.results) + len(new)
                new.append(result)
            elif row >= len(self.results):
                new[row - len(self.results)] = result
            else:
                self.results[row] = result
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        if not new:
            return
        first = len(self.results)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.results.extend(new)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated("PortTable", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            row = port_row(self.results[index.row()])
            cells = (ports_cell(row), row.label, row.public, row.test1, row.test2, row.details)
            return cells[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return witness_tip(port_row(self.results[index.row()])) or None
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return outcome_icon(self.results[index.row()].outcome)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 1
            and port_row(self.results[index.row()]).failing
        ):
            return QBrush(_FAILING)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
