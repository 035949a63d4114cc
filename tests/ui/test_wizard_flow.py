"""The wizard clicked through as a technician would, against a real coturn on loopback."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

import psutil
from clicks import back_button, next_button
from netutil import free_ports

from wizard.engine.model import Verdict
from wizard.ui.results_page import CommandRow
from wizard.ui.window import FirewallWizard
from wizard.words import verdict_message

LEFT = Qt.MouseButton.LeftButton


class TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def visible_text(html: str) -> str:
    parser = TextOf()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def choose(qtbot, radio) -> None:
    """Click the radio button's indicator, as a user does (a wide button's centre can lie
    past its label, outside what it reacts to)."""
    qtbot.mouseClick(radio, LEFT, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def click_next(qtbot, wizard: QWizard) -> None:
    button = next_button(wizard)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)


def type_into(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def choose_3cx_and_ports(qtbot, wizard: FirewallWizard, ports: str) -> None:
    page = wizard.product_page
    choose(qtbot, page.buttons["3cx"])
    click_next(qtbot, wizard)
    assert wizard.currentId() == wizard.PORTS
    ports_page = wizard.ports_page
    # 3CX's rules are listed, all ticked, with the media range among them.
    rows = ports_page.table.rowCount()
    assert rows >= 5
    texts = [ports_page.table.item(r, 1).text() for r in range(rows)]
    assert "9000–10999" in texts
    assert ports_page.ports.text() == "5060, 5090, 9000-10999"
    type_into(qtbot, ports_page.ports, ports)
    assert ports_page.ports_error.text() == ""
    click_next(qtbot, wizard)
    assert wizard.currentId() == wizard.SETTINGS


def use_server(qtbot, wizard: FirewallWizard, spec: str, rate: int = 500) -> None:
    page = wizard.settings_page
    while page.servers.count():
        page.servers.setCurrentRow(0)
        qtbot.mouseClick(page.remove, LEFT)
    assert not next_button(wizard).isEnabled()  # no server: nothing to test with
    qtbot.keyClicks(page.new_server, spec)
    qtbot.mouseClick(page.add, LEFT)
    assert page.server_texts() == [spec]
    page.rate.setValue(rate)
    page.timeout.setValue(0.5)
    page.pbx.setText("")


def test_walk_through_to_results_and_reports(window, qtbot, coturn, tmp_path):
    ports = free_ports(6)
    spec = f"{ports[0]}-{ports[-1]}"
    choose_3cx_and_ports(qtbot, window, spec)
    use_server(qtbot, window, coturn.spec)
    assert next_button(window).text().replace("&", "") == "Start check"
    click_next(qtbot, window)
    # The scan runs, then the wizard moves on to the results by itself.
    qtbot.waitUntil(lambda: window.currentId() == window.RESULTS, timeout=20000)
    results = window.results_page
    assert results.headline.text() == verdict_message(Verdict.SUCCESS)
    table = results.table
    assert table.rowCount() == 1  # six neighbouring ports that passed alike fold into one row
    assert table.item(0, 0).text() == f"{ports[0]}–{ports[-1]}"
    assert table.item(0, 1).text() == "Passed"
    assert table.item(0, 2).text() == f"127.0.0.1:{ports[0]}–{ports[-1]}"
    assert results.nat.isVisible()

    results.export_json(tmp_path / "report.json")
    document = json.loads((tmp_path / "report.json").read_text())
    assert document["verdict"] == "success"
    assert document["product"] == "3cx"
    assert [p["port"] for p in document["ports"]] == ports
    assert document["stun"][0]["server"] == coturn.spec

    results.export_html(tmp_path / "report.html")
    text = visible_text((tmp_path / "report.html").read_text())
    assert verdict_message(Verdict.SUCCESS) in text
    assert str(ports[0]) in text and "127.0.0.1" in text
    assert "3CX" in text

    results.export_pdf(tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")

    # Run again goes through the scan once more and comes back with a fresh result.
    first = window.session.result
    qtbot.mouseClick(results.again_button, LEFT)
    qtbot.waitUntil(
        lambda: window.currentId() == window.RESULTS and window.session.result is not first,
        timeout=20000,
    )
    assert window.session.result.verdict is Verdict.SUCCESS


def test_a_held_port_shows_the_program_and_commands(window, qtbot, coturn, hold_udp_port):
    ports = free_ports(3)
    holder = hold_udp_port(ports[1])
    choose_3cx_and_ports(qtbot, window, f"{ports[0]}-{ports[-1]}")
    use_server(qtbot, window, coturn.spec)
    click_next(qtbot, window)
    qtbot.waitUntil(lambda: window.currentId() == window.RESULTS, timeout=20000)
    results = window.results_page
    assert results.headline.text() == verdict_message(Verdict.PORT_IN_USE)
    assert results.held.isVisible()
    name = psutil.Process(holder.pid).name()
    labels = [w.text() for w in results.held.findChildren(type(results.headline))]
    assert f"Port {ports[1]}: {name} (PID {holder.pid})" in labels
    commands = [row.command.text() for row in results.held.findChildren(CommandRow)]
    assert commands == [f"ss -lunp 'sport = :{ports[1]}'", f"lsof -nP -iUDP:{ports[1]}"]


def udp_sockets() -> int:
    return len(psutil.Process().net_connections(kind="udp"))


def test_cancel_in_the_middle_returns_to_a_usable_page(window, qtbot, coturn):
    ports = free_ports(150)
    before = udp_sockets()
    choose_3cx_and_ports(qtbot, window, f"{ports[0]}-{ports[-1]}")
    use_server(qtbot, window, coturn.spec, rate=30)
    click_next(qtbot, window)
    running = window.running_page
    assert window.currentId() == window.RUNNING
    qtbot.waitUntil(lambda: running.done >= 3, timeout=20000)
    assert running.running()
    assert not back_button(window).isEnabled()  # going back would throw the scan away
    assert not next_button(window).isEnabled()
    assert udp_sockets() > before
    qtbot.mouseClick(running.stop, LEFT)
    qtbot.waitUntil(lambda: not running.running(), timeout=1000)  # within a second
    qtbot.waitUntil(lambda: udp_sockets() == before, timeout=1000)
    assert "Stopped after" in running.status.text()
    assert running.again.isVisible()
    assert back_button(window).isEnabled()
    assert not next_button(window).isEnabled()
    assert window.currentId() == window.RUNNING
    # Back to the settings: nothing typed there was lost.
    qtbot.mouseClick(back_button(window), LEFT)
    assert window.currentId() == window.SETTINGS
    assert window.settings_page.server_texts() == [coturn.spec]


def test_settings_reject_bad_servers_and_keep_the_rest(window, qtbot):
    choose_3cx_and_ports(qtbot, window, "9000-9019")
    page = window.settings_page
    servers = page.server_texts()
    assert servers  # the product's defaults
    page.rate.setValue(123)
    qtbot.keyClicks(page.new_server, "stun example.net")
    qtbot.mouseClick(page.add, LEFT)
    assert "not a host name" in page.server_error.text()
    assert page.server_error.isVisible()
    assert page.new_server.text() == "stun example.net"  # kept, to be corrected
    assert page.server_texts() == servers
    assert page.rate.value() == 123
    assert next_button(window).isEnabled()  # the list itself is still fine
    # An edited list entry that is wrong blocks the way on, and says which line.
    page.servers.item(0).setText("stun.example.net:99999")
    assert "Line 1" in page.server_error.text() and "outside 1–65535" in page.server_error.text()
    assert not next_button(window).isEnabled()
    page.servers.item(0).setText(servers[0])
    assert page.server_error.text() == ""
    assert next_button(window).isEnabled()
    # A PBX address that is not an address is named beside the field.
    type_into(qtbot, page.pbx, "192.168.1.300")
    assert "is not an IPv4 address" in page.pbx_note.text()
    assert not next_button(window).isEnabled()


def test_ports_page_rejects_bad_specs_beside_the_field(window, qtbot):
    choose(qtbot, window.product_page.buttons["3cx"])
    click_next(qtbot, window)
    page = window.ports_page
    ticked = page.included_rows()
    for bad, words in (
        ("9000-70000", "port 70000 is outside 1–65535"),
        ("9019-9000", "reversed"),
        ("90x0", "'90x0' is not a port number"),
        ("", "no ports given"),
    ):
        type_into(qtbot, page.ports, bad)
        assert words in page.ports_error.text()
        assert not next_button(window).isEnabled()
    assert page.included_rows() == ticked
    type_into(qtbot, page.ports, "9000-9019")
    assert page.ports_error.text() == ""
    assert page.count.text() == "UDP ports to check: 20"
    assert next_button(window).isEnabled()


def test_unticking_rules_narrows_ports_and_handover(window, qtbot):
    choose(qtbot, window.product_page.buttons["3cx"])
    click_next(qtbot, window)
    page = window.ports_page
    assert "9000–10999" in page.admin.text.toPlainText()
    rows = range(page.table.rowCount())
    media = next(r for r in rows if page.table.item(r, 1).text() == "9000–10999")
    page.table.item(media, 0).setCheckState(Qt.CheckState.Unchecked)
    assert page.ports.text() == "5060, 5090"
    assert "9000–10999" not in page.admin.text.toPlainText()
    assert "localport=9000-10999" not in page.netsh.text.toPlainText()
    assert "localport=5060" in page.netsh.text.toPlainText()


def test_product_choice_is_remembered(qloop, qtbot, settings):
    first = FirewallWizard(settings)
    qtbot.addWidget(first)
    first.show()
    choose(qtbot, first.product_page.buttons["swyxware"])
    page = first.product_page
    assert page.version.isVisibleTo(page)
    page.version.setCurrentIndex(page.version.findData("5.00"))
    first.next()
    assert first.session.version == "5.00"
    assert "56000" in first.ports_page.ports.text()
    second = FirewallWizard(settings)
    qtbot.addWidget(second)
    assert second.product_page.selected().id == "swyxware"
    assert second.product_page.version.currentData() == "5.00"
