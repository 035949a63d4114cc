"""A table of port results for Qt views, filled as results arrive."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from wizard.engine.model import Outcome, PortResult
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.verdicts import outcome_label

HEADERS = (
    QT_TRANSLATE_NOOP("PortTable", "Port"),
    QT_TRANSLATE_NOOP("PortTable", "Result"),
    QT_TRANSLATE_NOOP("PortTable", "Public address"),
    QT_TRANSLATE_NOOP("PortTable", "Test 1"),
    QT_TRANSLATE_NOOP("PortTable", "Test 2"),
    QT_TRANSLATE_NOOP("PortTable", "Held by"),
)
OK = QT_TRANSLATE_NOOP("PortTable", "ok")
FAILED = QT_TRANSLATE_NOOP("PortTable", "failed")

_FAILING = QColor("#b00020")


def mark(value: bool | None) -> str:
    if value is None:
        return "–"
    return translated("PortTable", OK) if value else translated("PortTable", FAILED)


def held_by(result: PortResult) -> str:
    if result.process is None:
        return ""
    name = result.process.name or "?"
    return f"{name} (PID {result.process.pid})" if result.process.pid else name


class PortTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: list[PortResult] = []

    def clear(self) -> None:
        self.beginResetModel()
        self.results = []
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and result words are translated when drawn: ask the views to redraw."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self.results:
            last = self.index(len(self.results) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def extend(self, results: Sequence[PortResult]) -> None:
        if not results:
            return
        first = len(self.results)
        self.beginInsertRows(QModelIndex(), first, first + len(results) - 1)
        self.results.extend(results)
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
            return held_by(result)
        failing = result.outcome is not Outcome.PASS
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and failing:
            return QBrush(_FAILING)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
