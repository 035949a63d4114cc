"""The results page for verdicts a loopback scan cannot produce, from results the engine
assembles from the pure NAT model."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QGroupBox, QLabel

from modelresults import (
    NAME_NOT_FOUND,
    NO_ANSWER,
    lossy_rerun,
    model_result,
    unresolved_result,
)
from natmodel import Router, World, forwarded

from wizard.catalog import get_product
from wizard.engine.model import (
    Outcome,
    Phase,
    PhaseStarted,
    PortCheck,
    PortDone,
    PortResult,
    ProcessInfo,
    RateChanged,
    Reason,
    Requirement,
    ScanResult,
    ServerError,
    Verdict,
)
from wizard.report import ReportFormat
from wizard.ui.path_picture import Segment, segment_status
from wizard.ui.results_page import CommandRow, ResultsPage
from wizard.ui.running_page import RunningPage
from wizard.ui.session import Session
from wizard.words import (
    explain_outcome,
    link_figures,
    link_note,
    link_warnings,
    reason_label,
    server_error_text,
    verdict_message,
)

FULL = Requirement.FULL_CONE


def checks(ports) -> list[PortCheck]:
    return [PortCheck(port, FULL) for port in ports]


def shown(label) -> str:
    """What a rich-text label shows, as plain text."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def page_for(qtbot, result: ScanResult) -> ResultsPage:
    session = Session(product=get_product("3cx"), result=result)
    page = ResultsPage(session)
    qtbot.addWidget(page)
    page.show()
    page.show_result(result)
    return page


def test_dns_failure_names_each_server(qtbot):
    result = unresolved_result(
        {"stun.nowhere.invalid:3478": NAME_NOT_FOUND, "stun.quiet.example:3478": NO_ANSWER}
    )
    page = page_for(qtbot, result)
    assert page.headline.text() == verdict_message(Verdict.DNS_FAILURE)
    assert page.servers.isVisible()
    text = shown(page.servers_text)
    assert "stun.nowhere.invalid:3478" in text
    assert server_error_text(ServerError.NAME_NOT_FOUND) in text
    assert server_error_text(ServerError.DNS_NO_ANSWER) in text
    assert not page.table.isVisible() and not page.held.isVisible()


def test_partial_lists_each_failure_class_and_folds_the_table(qtbot):
    world = World(Router(forwards=forwarded(range(9000, 9010))))
    result = model_result(world, checks(range(9000, 9020)))
    assert result.verdict is Verdict.PARTIAL
    page = page_for(qtbot, result)
    assert page.table.rowCount() == 2
    assert page.table.item(1, 0).text() == "9010–9019"
    assert page.table.item(1, 1).text() == "Not forwarded"
    titles = [page.classes.itemAt(i).widget().title() for i in range(page.classes.count())]
    assert titles == ["Port not forwarded — 10 ports"]
    assert not page.servers.isVisible()


def test_many_held_ports_show_a_few_commands_and_say_how_many_more(qtbot):
    holder = ProcessInfo(4312, "3CXPhoneSystem.exe")
    held = dict.fromkeys(range(9000, 9012), holder)
    result = model_result(World(), checks(range(9000, 9012)), held=held, platform="win32")
    assert result.verdict is Verdict.PORT_IN_USE
    page = page_for(qtbot, result)
    rows = page.held.findChildren(CommandRow)
    assert len(rows) == 10  # five ports, two commands each
    assert rows[0].command.text() == 'netstat -ano -p UDP | findstr /I /C:"PID" /C:":9000 "'
    assert rows[1].command.text() == 'tasklist /svc /fi "pid eq 4312"'
    texts = [label.text() for label in page.held.findChildren(type(page.headline))]
    assert "…and 7 more ports; the report lists them all." in texts


def inconclusive_result() -> ScanResult:
    result = lossy_rerun(range(9000, 9016), range(9010, 9014), unfit="stun.odd.example:3478")
    assert result.verdict is Verdict.INCONCLUSIVE
    return result


def texts_in(box: QGroupBox) -> list[str]:
    return [label.text() for label in box.findChildren(QLabel) if label.text()]


def test_inconclusive_ports_are_explained_by_reason_and_not_drawn_as_a_fault(qtbot):
    page = page_for(qtbot, inconclusive_result())
    assert page.headline.text() == verdict_message(Verdict.INCONCLUSIVE)
    titles = [page.classes.itemAt(i).widget().title() for i in range(page.classes.count())]
    recent = explain_outcome(Outcome.INCONCLUSIVE, reason=Reason.RECENT_CONTACT)
    assert titles == [f"{recent.title} — 4 ports"]
    assert recent.summary in texts_in(page.classes.itemAt(0).widget())
    # The table names the reason where it names a holding program for a port in use.
    assert page.table.horizontalHeaderItem(5).text() == "Details"
    assert page.table.item(1, 1).text() == "Not conclusive"
    assert page.table.item(1, 5).text() == reason_label(Reason.RECENT_CONTACT)
    assert not page.table.item(1, 1).icon().isNull()
    # No red, no cross, no router outline: nothing failed for certain.
    state = page.path.state()
    assert state.problem_at is None
    assert Segment.STOPPED not in segment_status(state).values()
    assert page.servers.isVisible()
    assert server_error_text(ServerError.SECOND_ADDRESS_UNREACHABLE) in shown(page.servers_text)


def test_link_quality_shows_figures_warnings_and_what_they_were_measured_with(qtbot):
    result = inconclusive_result()
    link = result.link
    assert link is not None and link_warnings(link)
    page = page_for(qtbot, result)
    assert page.link.isVisible()
    assert page.link.title() == "Link quality"
    texts = texts_in(page.link)
    for label, value in link_figures(link):
        assert f"{label}:" in texts
        assert value in texts
    for warning in link_warnings(link):
        assert warning in texts
    assert link_note() in texts
    assert texts.index(link_warnings(link)[0]) < texts.index(link_note())
    # Everything fits: no wrapped label is cut off at the page's width.
    for label in page.link.findChildren(QLabel):
        if label.wordWrap() and label.text():
            assert label.heightForWidth(label.width()) <= label.height() + 1, label.text()

    # Only a check that never reached a server has no link figures.
    page.show_result(unresolved_result({"stun.nowhere.invalid:3478": NAME_NOT_FOUND}))
    assert not page.link.isVisible()


def test_the_pdf_report_of_an_inconclusive_check(qtbot, tmp_path):
    result = inconclusive_result()
    assert result.link is not None
    page = page_for(qtbot, result)
    page.export_pdf(tmp_path / "report.pdf")
    data = (tmp_path / "report.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    document = QTextDocument()
    document.setHtml(page.report_html())
    text = document.toPlainText()
    assert reason_label(Reason.RECENT_CONTACT) in text
    assert link_warnings(result.link)[-1] in text


def test_the_running_page_says_when_it_retests_and_when_it_slows_down(qtbot):
    session = Session(product=get_product("3cx"), rate=50.0)
    page = RunningPage(session)
    qtbot.addWidget(page)
    page.show()
    page.ceiling = 50.0
    assert not page.pace.isVisible()
    page.on_event(PhaseStarted(Phase.SCAN, 2000))
    page.on_event(RateChanged(25.0, paused=False))
    assert page.pace.isVisible()
    assert page.pace.text() == (
        "Slowed to 25 requests a second: the server or the link dropped control requests."
    )
    page.on_event(RateChanged(3.5, paused=True))
    assert page.pace.text().startswith("Paused: the server or the link stopped answering")
    page.on_event(RateChanged(50.0, paused=False))  # back at full speed
    assert not page.pace.isVisible()
    page.on_event(PhaseStarted(Phase.RETEST, 14))
    assert page.pace.text() == (
        "Asking 14 ports again, more slowly: their first answers were not enough."
    )
    page.on_event(PhaseStarted(Phase.RETEST, 1))
    assert page.pace.text() == (
        "Asking 1 port again, more slowly: its first answers were not enough."
    )


def test_a_port_retested_on_the_running_page_is_counted_once(qtbot):
    page = RunningPage(Session(product=get_product("3cx")))
    qtbot.addWidget(page)
    page.grid.set_ports([9000, 9001])
    first = PortResult(9001, FULL, Outcome.NO_RESPONSE, None, False, None)
    again = PortResult(
        9001, FULL, Outcome.INCONCLUSIVE, None, False, None, reason=Reason.LINK_LOSS, retested=True
    )
    page.on_event(PortDone(first, 1, 2))
    page.on_event(PortDone(again, 2, 2))
    page._flush()
    assert page.model.rowCount() == 1
    assert page.grid.counts() == {Outcome.INCONCLUSIVE: 1, None: 1}
    assert page.progress.value() == 2 and page.progress.maximum() == 2


def test_a_report_that_cannot_be_saved_says_so_and_never_saved(qtbot, tmp_path, monkeypatch):
    page = page_for(qtbot, inconclusive_result())
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (chosen[-1], ""))
    buttons = {
        ReportFormat.HTML: page.export_html_button,
        ReportFormat.PDF: page.export_pdf_button,
        ReportFormat.JSON: page.export_json_button,
    }
    for kind, button in buttons.items():
        chosen.append(str(tmp_path / "no such folder" / f"report.{kind}"))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert page.saved.text() == f"Could not save {chosen[-1]}: No such file or directory"
    full = tmp_path / "full.pdf"
    full.symlink_to("/dev/full")  # a disk with no room left
    chosen.append(str(full))
    qtbot.mouseClick(page.export_pdf_button, Qt.MouseButton.LeftButton)
    assert page.saved.text() == f"Could not save {full}: No space left on device"

    chosen.append(str(tmp_path / "report"))  # typed without an extension
    qtbot.mouseClick(page.export_pdf_button, Qt.MouseButton.LeftButton)
    assert page.saved.text() == f"Saved to {tmp_path / 'report.pdf'}"
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
