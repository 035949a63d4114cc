"""The results page for verdicts a loopback scan cannot produce, from results built by hand."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from wizard.catalog import get_product
from wizard.engine.model import (
    Address,
    NatSummary,
    Outcome,
    PortResult,
    ProcessInfo,
    Requirement,
    ScanResult,
    ServerError,
    ServerStatus,
    Verdict,
)
from wizard.ui.results_page import CommandRow, ResultsPage
from wizard.ui.session import Session
from wizard.verdicts import server_error_text, verdict_message

FULL = Requirement.FULL_CONE
GOOD = ServerStatus(
    "stun.example.net:3478",
    primary=Address("192.0.2.10", 3478),
    other_address=Address("192.0.2.11", 3479),
)


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
    missing = ServerStatus("stun.nowhere.invalid:3478", error=ServerError.NAME_NOT_FOUND)
    silent = ServerStatus("stun.quiet.example:3478", error=ServerError.DNS_NO_ANSWER)
    result = ScanResult(Verdict.DNS_FAILURE, "3cx", (missing, silent), NatSummary(), (), 0.1)
    page = page_for(qtbot, result)
    assert page.headline.text() == verdict_message(Verdict.DNS_FAILURE)
    assert page.servers.isVisible()
    text = shown(page.servers_text)
    assert "stun.nowhere.invalid:3478" in text
    assert server_error_text(ServerError.NAME_NOT_FOUND) in text
    assert server_error_text(ServerError.DNS_NO_ANSWER) in text
    assert not page.table.isVisible() and not page.held.isVisible()


def test_partial_lists_each_failure_class_and_folds_the_table(qtbot):
    public = "198.51.100.7"
    ports = [
        PortResult(p, FULL, Outcome.PASS, Address(public, p), True, True) for p in range(9000, 9010)
    ] + [
        PortResult(p, FULL, Outcome.NOT_FORWARDED, Address(public, p), True, False)
        for p in range(9010, 9020)
    ]
    result = ScanResult(Verdict.PARTIAL, "3cx", (GOOD,), NatSummary(public), tuple(ports), 2.0)
    page = page_for(qtbot, result)
    assert page.table.rowCount() == 2
    assert page.table.item(1, 0).text() == "9010–9019"
    assert page.table.item(1, 1).text() == "Not forwarded"
    titles = [page.classes.itemAt(i).widget().title() for i in range(page.classes.count())]
    assert titles == ["Port not forwarded — 10 ports"]
    assert not page.servers.isVisible()


def test_many_held_ports_show_a_few_commands_and_say_how_many_more(qtbot):
    ports = tuple(
        PortResult(
            p, FULL, Outcome.PORT_IN_USE, None, None, None,
            process=ProcessInfo(4312, "3CXPhoneSystem.exe"),
            commands=(
                f'netstat -ano | findstr /I /C:"PID" /C:":{p}"', 'tasklist /fi "pid eq 4312"',
            ),
        )
        for p in range(9000, 9012)
    )  # fmt: skip
    result = ScanResult(Verdict.PORT_IN_USE, "3cx", (GOOD,), NatSummary(), ports, 1.0)
    page = page_for(qtbot, result)
    rows = page.held.findChildren(CommandRow)
    assert len(rows) == 10  # five ports, two commands each
    assert rows[0].command.text() == 'netstat -ano | findstr /I /C:"PID" /C:":9000"'
    assert rows[1].command.text() == 'tasklist /fi "pid eq 4312"'
    texts = [label.text() for label in page.held.findChildren(type(page.headline))]
    assert "…and 7 more ports; the report lists them all." in texts
