"""A table of port results for Qt views, filled as results arrive."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap

from wizard.engine.model import Outcome, PortResult
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.report import OUTCOME_COLOURS
from wizard.verdicts import outcome_label, reason_label

HEADERS = (
    QT_TRANSLATE_NOOP("PortTable", "Port"),
    QT_TRANSLATE_NOOP("PortTable", "Result"),
    QT_TRANSLATE_NOOP("PortTable", "Public address"),
    QT_TRANSLATE_NOOP("PortTable", "Test 1"),
    QT_TRANSLATE_NOOP("PortTable", "Test 2"),
    QT_TRANSLATE_NOOP("PortTable", "Details"),
)
OK = QT_TRANSLATE_NOOP("PortTable", "ok")
FAILED = QT_TRANSLATE_NOOP("PortTable", "failed")

_FAILING = QColor("#b00020")
# Outcomes not written in the failure red: a port that works, and one that could not be
# judged (it is not a fault of the router, so it must not look like one).
_NOT_FAILING = (Outcome.PASS, Outcome.INCONCLUSIVE)
_SWATCH = 10  # px


def mark(value: bool | None) -> str:
    if value is None:
        return "–"
    return translated("PortTable", OK) if value else translated("PortTable", FAILED)


def held_by(result: PortResult) -> str:
    if result.process is None:
        return ""
    name = result.process.name or "?"
    return f"{name} (PID {result.process.pid})" if result.process.pid else name


def details(result: PortResult) -> str:
    """The last column: the program holding the port, or why the port is inconclusive."""
    if result.outcome is Outcome.INCONCLUSIVE and result.reason is not None:
        return reason_label(result.reason)
    return held_by(result)


def is_failing(outcome: Outcome) -> bool:
    """Whether the outcome is written in the failure red."""
    return outcome not in _NOT_FAILING


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
        self._rows: dict[int, int] = {}  # port -> row

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
        """Add new ports at the end; a port already shown (asked again in the retest)
        gets its new result in its own row."""
        new: list[PortResult] = []
        for result in results:
            row = self._rows.get(result.port)
            if row is None:
                self._rows[result.port] = len(self.results) + len(new)
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
        result = self.results[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(result.port)
            if column == 1:
                return outcome_label(result.outcome)
            if column == 2:
                return str(result.mapped) if result.mapped else "–"
            if column == 3:
                return mark(result.test1)
            if column == 4:
                return mark(result.test2)
            return details(result)
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return outcome_icon(result.outcome)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and is_failing(result.outcome):
            return QBrush(_FAILING)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
