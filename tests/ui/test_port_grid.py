"""The port grid: one cell per port, coloured as results arrive, and its legend."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QPoint
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QToolTip

import pytest

from wizard.engine.model import Outcome, Protocol
from wizard.presentation import OUTCOME_COLOURS as REPORT_COLOURS
from wizard.ui.port_grid import (
    MAX_GRID_HEIGHT,
    OUTCOME_COLOURS,
    TESTING_COLOUR,
    WAITING_COLOUR,
    OutcomeLegend,
    PortGrid,
)
from wizard.words import outcome_label

MEDIA = list(range(9000, 11000))  # 3CX's media ports


def number(n: int) -> str:
    return QLocale().toString(n)


class CountingGrid(PortGrid):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        self.paints += 1
        super().paintEvent(event)


@pytest.fixture
def grid(qtbot) -> CountingGrid:
    widget = CountingGrid()
    qtbot.addWidget(widget)
    widget.set_ports(MEDIA)
    widget.resize(600, widget.heightForWidth(600))
    return widget


def test_every_outcome_has_a_distinct_colour() -> None:
    assert set(OUTCOME_COLOURS) == set(Outcome)
    assert len({colour.rgb() for colour in OUTCOME_COLOURS.values()}) == len(Outcome)


def test_the_grid_paints_with_the_reports_colours() -> None:
    # One table: a colour on screen means what it means in the saved report.
    assert {o: c.name().upper() for o, c in OUTCOME_COLOURS.items()} == REPORT_COLOURS


def test_an_inconclusive_port_is_a_quiet_grey_blue_not_a_warning_colour() -> None:
    colour = OUTCOME_COLOURS[Outcome.INCONCLUSIVE]
    assert colour.blue() > colour.red() and colour.hsvSaturation() < 80  # greyish blue
    warm = [OUTCOME_COLOURS[o] for o in (Outcome.NOT_FORWARDED, Outcome.SYMMETRIC_NAT)]
    assert all(abs(colour.hue() - c.hue()) > 120 for c in warm)
    for other in (TESTING_COLOUR, WAITING_COLOUR, OUTCOME_COLOURS[Outcome.UNTESTED]):
        channels = zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True)
        assert max(abs(a - b) for a, b in channels) > 40, other.name()


def test_new_ports_are_all_waiting(grid: PortGrid) -> None:
    assert grid.counts() == {None: 2000}
    assert grid.outcome_of(9000) is None
    assert grid.ports() == MEDIA


def test_counts_follow_the_outcomes(grid: PortGrid) -> None:
    grid.set_outcome(9000, Outcome.PASS)
    grid.set_outcome(9001, Outcome.PASS)
    grid.set_outcome(10999, Outcome.NOT_FORWARDED)
    grid.set_outcome(5060, Outcome.PASS)  # not in the grid: ignored
    assert grid.counts() == {Outcome.PASS: 2, Outcome.NOT_FORWARDED: 1, None: 1997}

    grid.set_outcome(9001, Outcome.SYMMETRIC_NAT)  # a port's outcome can change
    assert grid.counts() == {
        Outcome.PASS: 1,
        Outcome.SYMMETRIC_NAT: 1,
        Outcome.NOT_FORWARDED: 1,
        None: 1997,
    }
    assert grid.outcome_of(9001) is Outcome.SYMMETRIC_NAT
    assert grid.outcome_of(5060) is None


def test_set_ports_starts_over_and_clear_empties(grid: PortGrid) -> None:
    grid.set_outcome(9000, Outcome.PASS)
    grid.set_ports([5060, 5090, 5060])  # a port given twice gets one cell
    assert grid.ports() == [5060, 5090]
    assert grid.counts() == {None: 2}
    assert grid.outcome_of(9000) is None

    grid.clear()
    assert grid.ports() == []
    assert grid.counts() == {None: 0}


def test_the_centre_of_each_cell_is_its_port(grid: PortGrid) -> None:
    ports = [grid.port_at(grid.cell_rect(k).center()) for k in range(len(MEDIA))]
    assert ports == MEDIA


def test_points_outside_the_cells_are_no_port(grid: PortGrid) -> None:
    last = grid.cell_rect(len(MEDIA) - 1)
    assert grid.port_at(QPoint(-1, 0)) is None
    assert grid.port_at(last.center() + QPoint(grid.cell_size() + 1, 0)) is None  # after the end
    assert grid.port_at(QPoint(grid.width() - 1, 0)) is None  # right of the last column
    assert grid.port_at(QPoint(0, grid.height() + 50)) is None


def test_ports_need_not_be_contiguous(qtbot) -> None:
    grid = PortGrid()
    qtbot.addWidget(grid)
    grid.set_ports([5090, 5060, 9000])
    grid.resize(300, grid.heightForWidth(300))
    assert [grid.port_at(grid.cell_rect(k).center()) for k in range(3)] == [5090, 5060, 9000]


def test_tooltip_names_the_port_and_what_it_showed(grid: PortGrid) -> None:
    assert grid.tooltip_for(9000) == "Port 9000: Waiting"
    grid.set_in_progress(9000)
    assert grid.tooltip_for(9000) == "Port 9000: Testing"
    grid.set_outcome(9000, Outcome.NOT_FORWARDED)
    assert grid.tooltip_for(9000) == f"Port 9000: {outcome_label(Outcome.NOT_FORWARDED)}"
    assert grid.tooltip_for(5060) == ""


def test_tcp_ports_have_cells_of_their_own_after_the_udp_ports(qtbot) -> None:
    grid = PortGrid()
    qtbot.addWidget(grid)
    grid.set_ports([5060, 9000], tcp=[22, 5060])
    grid.resize(300, grid.heightForWidth(300))
    cells = [grid.cell_at(grid.cell_rect(k).center()) for k in range(4)]
    assert cells == [(5060, Protocol.UDP), (9000, Protocol.UDP), (22, Protocol.TCP),
                     (5060, Protocol.TCP)]  # fmt: skip
    assert grid.ports() == [5060, 9000] and grid.ports(Protocol.TCP) == [22, 5060]
    grid.set_outcome(5060, Outcome.NOT_FORWARDED, Protocol.TCP)
    assert grid.outcome_of(5060) is None  # UDP 5060 still waits
    assert grid.outcome_of(5060, Protocol.TCP) is Outcome.NOT_FORWARDED
    assert grid.counts() == {Outcome.NOT_FORWARDED: 1, None: 3}
    label = outcome_label(Outcome.NOT_FORWARDED)
    assert grid.tooltip_for(5060, Protocol.TCP) == f"Port 5060/TCP: {label}"
    assert grid.tooltip_for(5060) == "Port 5060: Waiting"
    assert grid.tooltip_for(22) == ""  # no UDP cell for 22


def test_hovering_a_cell_shows_its_tooltip(grid: PortGrid, monkeypatch) -> None:
    # A real tooltip window makes the offscreen platform warn; record what would be shown.
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_rest: shown.append(text))
    monkeypatch.setattr(QToolTip, "hideText", lambda: shown.append(""))
    grid.set_outcome(9061, Outcome.PASS)

    def hover(pos: QPoint) -> None:
        event = QHelpEvent(QEvent.Type.ToolTip, pos, grid.mapToGlobal(pos))
        assert QApplication.sendEvent(grid, event)

    hover(grid.cell_rect(61).center())
    hover(QPoint(grid.width() - 1, 0))  # beside the cells
    assert shown == ["Port 9061: Passed", ""]


def test_2000_ports_fit_the_page(grid: PortGrid) -> None:
    assert grid.heightForWidth(600) <= 330
    assert grid.cell_size() >= 3
    # Narrower still, the cells shrink rather than the grid growing taller.
    assert grid.heightForWidth(300) <= MAX_GRID_HEIGHT


def test_a_few_ports_keep_full_size_cells(qtbot) -> None:
    grid = PortGrid()
    qtbot.addWidget(grid)
    grid.set_ports([5060, 5061, 5090])
    grid.resize(600, grid.heightForWidth(600))
    assert grid.cell_size() >= 6
    assert grid.heightForWidth(600) == grid.cell_size()  # one row
    assert grid.hasHeightForWidth()


def test_a_burst_of_results_is_painted_a_few_times(grid: CountingGrid, qtbot) -> None:
    grid.show()
    qtbot.waitExposed(grid)
    qtbot.wait(50)
    grid.paints = 0
    for port in MEDIA:
        grid.set_outcome(port, Outcome.PASS)
    qtbot.wait(50)
    assert 1 <= grid.paints <= 3


def test_cells_are_painted_in_their_outcome_colour(grid: PortGrid) -> None:
    shown = {0: Outcome.PASS, 1: Outcome.NOT_FORWARDED, 61: Outcome.NO_RESPONSE}
    shown |= {1999: Outcome.UNTESTED, 1000: Outcome.PORT_IN_USE, 62: Outcome.INCONCLUSIVE}
    for index, outcome in shown.items():
        grid.set_outcome(MEDIA[index], outcome)
    grid.set_in_progress(MEDIA[2])
    image = grid.grab().toImage()
    scale = image.devicePixelRatio()

    def colour_at(index: int) -> int:
        centre = grid.cell_rect(index).center()
        return image.pixelColor(round(centre.x() * scale), round(centre.y() * scale)).rgb()

    for index, outcome in shown.items():
        assert colour_at(index) == OUTCOME_COLOURS[outcome].rgb(), (index, outcome)
    assert colour_at(2) == TESTING_COLOUR.rgb()
    waiting = colour_at(3)  # outlined only: the background shows through
    assert waiting not in {c.rgb() for c in OUTCOME_COLOURS.values()} | {TESTING_COLOUR.rgb()}


def test_accessible_description_follows_the_counts_a_little_later(grid: PortGrid, qtbot) -> None:
    assert grid.accessibleName() == "Port grid"
    published: list[dict] = []
    grid.counts_changed.connect(published.append)
    for port in MEDIA[:1980]:
        grid.set_outcome(port, Outcome.PASS)
    for port in MEDIA[1980:]:
        grid.set_outcome(port, Outcome.NOT_FORWARDED)
    assert "Not forwarded" not in grid.accessibleDescription()  # not per port

    expected = f"Passed: {number(1980)}, Not forwarded: 20, Waiting: 0"
    qtbot.waitUntil(lambda: grid.accessibleDescription() == expected, timeout=2000)
    assert len(published) == 1
    assert published[0] == {Outcome.PASS: 1980, Outcome.NOT_FORWARDED: 20, None: 0}


def test_legend_shows_the_outcomes_present(qtbot) -> None:
    legend = OutcomeLegend()
    qtbot.addWidget(legend)
    legend.set_counts({Outcome.PASS: 1980, Outcome.NOT_FORWARDED: 20, Outcome.NO_RESPONSE: 0})
    assert legend.items() == [f"Passed {number(1980)}", "Not forwarded 20"]
    assert legend.accessibleDescription() == f"Passed {number(1980)}, Not forwarded 20"

    legend.set_counts({Outcome.PASS: 3, None: 7})
    assert legend.items() == ["Passed 3", "Waiting 7"]


def test_legend_wraps_when_narrow(qtbot) -> None:
    legend = OutcomeLegend()
    qtbot.addWidget(legend)
    legend.set_counts({outcome: 100 for outcome in Outcome})
    one_line = legend.heightForWidth(5000)
    assert one_line == legend.fontMetrics().height()
    assert legend.heightForWidth(300) > 2 * one_line
