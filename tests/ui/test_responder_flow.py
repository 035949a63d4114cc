"""The wizard clicked through with a responder: a real coturn and a real responder on
loopback, the responder's address and TCP ports typed on the settings page, and the
results page showing the TCP ports and what the responder found.

Loopback has no router: every probe arrives, a TCP port this check listens on is reached,
and the SIP message comes back as it was sent."""

from __future__ import annotations

import asyncio
import socket

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

import pytest
from netutil import free_ports
from test_wizard_flow import choose_3cx_and_ports, click_next, type_into, use_server

server = pytest.importorskip("wizard.responder.server", reason="the responder is not built in")

FAST = server.Limits(udp_copy_spacing=0.05, tcp_connect_timeout=1.0, tcp_hold=0.5)


def free_tcp_ports(count: int) -> list[int]:
    socks = [socket.socket() for _ in range(count)]
    try:
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()


def finish(qtbot, coroutine) -> object:
    """Run ``coroutine`` on the wizard's loop (qasync) while Qt keeps running."""
    task = asyncio.ensure_future(coroutine)
    qtbot.waitUntil(task.done, timeout=10000)
    return task.result()


@pytest.fixture
def responder(qloop, qtbot):
    running = server.Responder(("127.0.0.1", 0), sip_port=0, limits=FAST)
    finish(qtbot, running.start())
    yield running
    finish(qtbot, running.close())


def shown(label: QLabel) -> str:
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_a_check_with_a_responder_shows_its_tcp_ports_and_findings(
    window, qtbot, coturn, responder
):
    udp = free_ports(4)
    tcp = free_tcp_ports(2)
    choose_3cx_and_ports(qtbot, window, f"{udp[0]}-{udp[-1]}")
    use_server(qtbot, window, coturn.spec)
    page = window.settings_page
    type_into(qtbot, page.responder, f"127.0.0.1:{responder.control_address[1]}")
    type_into(qtbot, page.tcp, f"{tcp[0]}, {tcp[1]}")
    click_next(qtbot, window)
    qtbot.waitUntil(lambda: window.currentId() == window.RESULTS, timeout=30000)

    result = window.session.result
    assert result.responder is not None and result.responder.error is None, result.responder
    results = window.results_page
    table = results.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    for port in tcp:
        assert rows[f"{port}/TCP"] == "Passed"
    # On loopback the STUN server and the responder share one address, which every UDP
    # port's test 1 reached: a router that filters by address would let the responder's
    # probe in on that, so the responder is not asked, and the page names STUN alone.
    udp_row = next(r for r in range(table.rowCount()) if "/TCP" not in table.item(r, 0).text())
    assert "STUN server" in table.item(udp_row, 4).toolTip()
    assert {p.responder for p in result.ports if p.protocol.value == "udp"} == {None}

    assert results.outside.isVisible()
    texts = [shown(label) for label in results.outside.findChildren(QLabel) if label.text()]
    assert any("127.0.0.1" in text for text in texts)
    # Nothing on loopback rewrites SIP: no table of changes.
    assert not results.sip_table.isVisible()
    # The TCP rules 3CX has beyond the two ports typed are still for a person.
    assert results.manual.isVisible()
    assert Qt.TextFormat.RichText == results.manual.textFormat()
