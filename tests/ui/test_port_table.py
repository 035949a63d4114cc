"""The table of port results: what each column says, and a port asked again in the retest."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from wizard.engine.model import (
    Address,
    Outcome,
    PortResult,
    ProcessInfo,
    Protocol,
    Reason,
    Requirement,
)
from wizard.presentation import port_row
from wizard.ui import port_table
from wizard.ui.port_table import PortTableModel
from wizard.words import outcome_label, reason_label

PUBLIC = "198.51.100.7"


def result(port: int, outcome: Outcome, **changes) -> PortResult:
    values = dict(
        port=port,
        requirement=Requirement.FULL_CONE,
        outcome=outcome,
        mapped=Address(PUBLIC, port),
        test1=True,
        test2=outcome is Outcome.PASS,
    )
    values.update(changes)
    return PortResult(**values)


def cell(model: PortTableModel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_the_last_column_names_the_program_or_the_reason(qapp) -> None:
    model = PortTableModel()
    model.extend(
        [
            result(9000, Outcome.PASS),
            result(9001, Outcome.INCONCLUSIVE, reason=Reason.SECOND_ADDRESS_SILENT),
            result(9002, Outcome.PORT_IN_USE, process=ProcessInfo(4312, "3CXPhoneSystem.exe")),
        ]
    )
    assert model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Details"
    assert [cell(model, row, 5) for row in range(3)] == [
        "",
        reason_label(Reason.SECOND_ADDRESS_SILENT),
        "3CXPhoneSystem.exe (PID 4312)",
    ]
    assert cell(model, 1, 1) == outcome_label(Outcome.INCONCLUSIVE)
    # No reason given: nothing to say.
    assert port_row(result(9003, Outcome.INCONCLUSIVE)).details == ""


def test_an_inconclusive_port_is_not_written_in_the_failure_red(qapp) -> None:
    model = PortTableModel()
    model.extend(
        [
            result(9000, Outcome.NOT_FORWARDED),
            result(9001, Outcome.INCONCLUSIVE, reason=Reason.LINK_LOSS),
            result(9002, Outcome.PASS),
        ]
    )
    foreground = [cell(model, row, 1, Qt.ItemDataRole.ForegroundRole) for row in range(3)]
    assert foreground[0] is not None
    assert foreground[1] is None and foreground[2] is None
    # Each result carries its outcome's colour, as in the grid.
    icons = [cell(model, row, 1, Qt.ItemDataRole.DecorationRole) for row in range(3)]
    assert all(isinstance(icon, QIcon) and not icon.isNull() for icon in icons)
    colours = {icon.pixmap(10, 10).toImage().pixelColor(5, 5).name() for icon in icons}
    assert len(colours) == 3


def test_a_port_asked_again_keeps_its_row(qapp, qtbot) -> None:
    model = PortTableModel()
    model.extend([result(9000, Outcome.PASS), result(9001, Outcome.NO_RESPONSE)])
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.extend([result(9001, Outcome.INCONCLUSIVE, reason=Reason.LINK_LOSS, retested=True)])
    assert model.rowCount() == 2
    assert cell(model, 1, 1) == outcome_label(Outcome.INCONCLUSIVE)
    # A port that turns up twice in one batch also takes one row, with its last result.
    model.extend([result(9002, Outcome.NO_RESPONSE), result(9002, Outcome.PASS)])
    assert model.rowCount() == 3
    assert cell(model, 2, 1) == outcome_label(Outcome.PASS)
    model.clear()
    model.extend([result(9001, Outcome.PASS)])
    assert model.rowCount() == 1


def test_tcp_and_udp_rows_of_one_port_stay_apart(qapp, monkeypatch) -> None:
    # The row's protocol and witness, as ``wizard.presentation`` gives them.
    witnesses = {Protocol.UDP: "responder", Protocol.TCP: ""}

    def row_of(result: PortResult):
        row = port_row(result)
        return replace(row, protocol=result.protocol, witness=witnesses[result.protocol])

    monkeypatch.setattr(port_table, "port_row", row_of)
    model = PortTableModel()
    model.extend([result(5060, Outcome.PASS)])
    assert cell(model, 0, 4, Qt.ItemDataRole.ToolTipRole) == "Test 2 proved by: responder"
    tcp = result(5060, Outcome.NOT_FORWARDED, protocol=Protocol.TCP, mapped=None, test1=None)
    model.extend([tcp])
    assert model.rowCount() == 2
    assert [cell(model, row, 0) for row in range(2)] == ["5060", "5060/TCP"]
    assert cell(model, 1, 1) == outcome_label(Outcome.NOT_FORWARDED)
    assert cell(model, 1, 4, Qt.ItemDataRole.ToolTipRole) is None
    # The responder's word on UDP 5060 comes later: the same row, not a third.
    model.extend([result(5060, Outcome.PASS, test2_by=None)])
    assert model.rowCount() == 2
    assert cell(model, 0, 0) == "5060"
