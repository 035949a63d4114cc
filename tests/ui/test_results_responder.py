"""The results page for a check with a responder: TCP rows told apart from UDP rows, who
proved test 2, the notes from outside with the changes a SIP helper made, and the network's
words shown as they came, never as markup.

The result is one the engine assembles from the NAT model, with the responder's findings
added; the words for them are ``wizard.presentation``'s, built here into the view the page
renders (``ResultsPage.show_view``), so the page is tested on its own."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from modelresults import model_result
from natmodel import Router, World, forwarded

from wizard.catalog import get_product
from wizard.engine.model import (
    Address,
    Outcome,
    PortCheck,
    PortResult,
    Protocol,
    Requirement,
    ResponderStatus,
    ScanResult,
    SipAlg,
    SipChange,
    TcpSeen,
    Witness,
)
from wizard.presentation import ResultView, SipChangeRow, port_row, present
from wizard.ui.results_page import ResultsPage
from wizard.ui.session import Session
from wizard.words import MachineNote, Severity

HOSTILE = "<b>not bold</b> & <script>x</script>"


def shown(label: QLabel) -> str:
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def responder_result() -> ScanResult:
    """3CX's SIP port and a few media ports forwarded; 5090/TCP not, 22/TCP reached."""
    checks = [PortCheck(p, Requirement.FULL_CONE) for p in (5060, *range(9000, 9004))]
    result = model_result(World(Router(forwards=forwarded([5060, *range(9000, 9004)]))), checks)
    udp = tuple(
        replace(p, test2_by=Witness.BOTH if p.port == 5060 else Witness.STUN, responder=True)
        for p in result.ports
    )
    tcp = (
        PortResult(22, Requirement.INBOUND_TCP, Outcome.PASS, None, None, None,
                   protocol=Protocol.TCP, responder=True, tcp_seen=TcpSeen.CONNECTED),
        PortResult(5090, Requirement.INBOUND_TCP, Outcome.NOT_FORWARDED, None, None, None,
                   protocol=Protocol.TCP, responder=False, tcp_seen=TcpSeen.TIMEOUT),
    )  # fmt: skip
    changes = (
        SipChange("via", "192.168.1.20:5060", "203.0.113.5:5060"),
        SipChange("sdp-connection", HOSTILE, "203.0.113.5"),
    )
    return replace(
        result,
        ports=udp + tcp,
        responder=ResponderStatus(
            "responder.example.net:3480", Address("192.0.2.80", 3480), "203.0.113.5"
        ),
        sip_alg=SipAlg(True, True, changes, (Protocol.UDP,), 5060),
    )


def view_of(result: ScanResult) -> ResultView:
    """The view ``present`` gives, with the responder's parts as ``wizard.presentation``
    words them: each row's protocol and witness, the notes, the SIP changes."""
    witnesses = {Witness.STUN: "STUN server", Witness.BOTH: "both"}
    udp = [port for port in result.ports if port.protocol is Protocol.UDP]
    by_port = {port.port: port for port in udp}
    rows = tuple(
        replace(row, witness=witnesses.get(by_port[row.ports.first].test2_by, ""))
        for row in present(replace(result, ports=tuple(udp))).rows
    ) + tuple(
        replace(port_row(port), protocol=port.protocol, witness="")
        for port in result.ports
        if port.protocol is Protocol.TCP
    )
    notes = (
        MachineNote(
            Severity.PROBLEM,
            "The router rewrites SIP messages",
            "A SIP helper (SIP ALG) changed the check's message on its way out.",
            steps=("Switch off the SIP helper: often under Advanced › NAT › SIP ALG.",),
        ),
        MachineNote(
            Severity.INFO, "Responder " + HOSTILE, "It saw the check come from 203.0.113.5."
        ),
    )
    changes = tuple(
        SipChangeRow(change.part, change.sent or "", change.received or "")
        for change in result.sip_alg.changed
    )
    return replace(present(result), rows=rows, outside=notes, sip_changes=changes)


def page_for(qtbot, result: ScanResult) -> ResultsPage:
    page = ResultsPage(Session(product=get_product("3cx"), result=result))
    qtbot.addWidget(page)
    page.resize(940, 600)
    page.show()
    return page


def test_tcp_rows_say_their_protocol_and_test_2_says_who_proved_it(qtbot):
    result = responder_result()
    page = page_for(qtbot, result)
    page.show_view(view_of(result))
    table = page.table
    ports = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert ports == ["5060", "9000–9003", "22/TCP", "5090/TCP"]
    assert table.item(3, 1).text() == "Not forwarded"
    assert table.item(0, 4).toolTip() == "Test 2 proved by: both"
    assert table.item(1, 4).toolTip() == "Test 2 proved by: STUN server"
    assert table.item(2, 4).toolTip() == ""


def test_what_was_seen_from_outside_is_shown_with_the_sip_changes(qtbot):
    result = responder_result()
    page = page_for(qtbot, result)
    page.show_view(view_of(result))
    assert page.outside.isVisible()
    assert page.outside.title() == "Seen from outside (responder)"
    labels = [w for w in page.outside.findChildren(QLabel) if w.text()]
    texts = [shown(label) for label in labels]
    assert any(
        "The router rewrites SIP messages" in text and "Advanced › NAT › SIP ALG" in text
        for text in texts
    )
    # The worst first, as given; a note that is only worth knowing carries no warning sign.
    signs = [w for w in page.outside.findChildren(QLabel) if not w.pixmap().isNull()]
    assert len(signs) == 1
    # Words from the network are shown as written, not as markup.
    assert any(f"Responder {HOSTILE}" in text for text in texts)
    table = page.sip_table
    assert table.isVisible()
    headers = [table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["What", "As sent", "As received"]
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert cells == [
        ["via", "192.168.1.20:5060", "203.0.113.5:5060"],
        ["sdp-connection", HOSTILE, "203.0.113.5"],
    ]
    assert table.item(1, 1).data(Qt.ItemDataRole.DisplayRole) == HOSTILE
    # Every row of the table is on screen: the page scrolls, the table does not.
    assert table.height() >= table.horizontalHeader().height() + sum(
        table.rowHeight(r) for r in range(table.rowCount())
    )


def test_a_check_without_a_responder_shows_no_outside_section(qtbot):
    result = responder_result()
    page = page_for(qtbot, result)
    page.show_view(replace(present(result), outside=(), sip_changes=()))
    assert not page.outside.isVisible()


def test_the_result_itself_is_shown_without_trouble(qtbot):
    # Through ``present``, whatever it makes of the responder's parts so far.
    result = responder_result()
    page = page_for(qtbot, result)
    page.show_result(result)
    assert page.table.rowCount() >= 3
