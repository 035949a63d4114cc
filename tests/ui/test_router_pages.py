"""The router in the wizard: its questions on the settings page (asked or not, its WAN
address as typed, the hairpin test, the mapping lifetime test and its limit), what the
running page asks the engine for and how it shows the lifetime test, and the results
page's sections for the router, hairpin NAT and the mapping lifetime.

The settings page is left with ``validatePage`` (what Start calls), the engine's
``run_scan`` is replaced by one that records its arguments, and the results come from
``tests/routerresults.py``: no router, server or network is asked."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QWidget

import pytest
import routerresults as rr
from clicks import next_button
from test_wizard_flow import choose_3cx_and_ports, type_into

from wizard.catalog import get_product
from wizard.engine import runner
from wizard.engine.gateway import RouterSettings
from wizard.engine.model import LifetimeProgress, Phase, PhaseStarted, ScanFinished
from wizard.engine.resolve import ServerSpec
from wizard.ui.results_page import ResultsPage
from wizard.ui.running_page import RunningPage
from wizard.ui.session import Session

HOSTILE = "<b>old</b> & <script>x</script>"


def settings_page(qtbot, window):
    choose_3cx_and_ports(qtbot, window, "9000-9019")
    return window.settings_page


# --- The settings page ------------------------------------------------------------------------


def test_the_router_is_asked_and_hairpin_tested_unless_unticked(window, qtbot):
    page = settings_page(qtbot, window)
    assert page.router_box.title() == "Router"
    assert page.ask_router.isChecked() and page.hairpin.isChecked()
    assert not page.lifetime.isChecked() and not page.lifetime_limit.isEnabled()
    assert page.lifetime_limit.value() == 120
    assert (page.lifetime_limit.minimum(), page.lifetime_limit.maximum()) == (10, 600)
    assert page.validatePage()
    session = window.session
    assert session.router_settings() == RouterSettings(typed_wan=None, ask_router=True)
    assert (session.hairpin, session.mapping_lifetime) == (True, None)


def test_a_typed_wan_address_is_checked_next_to_the_field(window, qtbot):
    page = settings_page(qtbot, window)
    start = next_button(window)
    type_into(qtbot, page.wan, "100.64.0")
    assert page.wan_error.isVisible()
    assert page.wan_error.text() == (
        "'100.64.0' is not an IPv4 address such as 100.64.0.2 or 192.168.178.20"
    )
    assert not start.isEnabled() and not page.validatePage()
    type_into(qtbot, page.wan, "127.0.0.1")
    assert "cannot be a router's internet address" in page.wan_error.text()
    assert not start.isEnabled()
    type_into(qtbot, page.wan, " 100.64.0.2 ")
    assert not page.wan_error.isVisible() and start.isEnabled()
    qtbot.mouseClick(page.ask_router, Qt.MouseButton.LeftButton)
    assert not page.ask_router.isChecked()
    assert page.validatePage()
    # The typed address alone, the router left unasked.
    assert window.session.router_settings() == RouterSettings("100.64.0.2", ask_router=False)


def test_the_lifetime_test_and_its_limit_reach_the_session_and_come_back(window, qtbot, settings):
    page = settings_page(qtbot, window)
    qtbot.mouseClick(page.lifetime, Qt.MouseButton.LeftButton)
    assert page.lifetime.isChecked() and page.lifetime_limit.isEnabled()
    page.lifetime_limit.setValue(300)
    qtbot.mouseClick(page.hairpin, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ask_router, Qt.MouseButton.LeftButton)
    assert page.validatePage()
    session = window.session
    assert (session.mapping_lifetime, session.hairpin) == (300.0, False)
    assert session.router_settings() is None  # not asked, nothing typed
    settings.sync()

    # The next wizard starts where this one left off.
    from wizard.ui.window import FirewallWizard

    again = FirewallWizard(settings)
    qtbot.addWidget(again)
    again.show()
    second = settings_page(qtbot, again)
    assert second.lifetime.isChecked() and second.lifetime_limit.value() == 300
    assert not second.hairpin.isChecked() and not second.ask_router.isChecked()


def test_the_router_fields_have_mnemonics_and_come_last_in_tab_order(window, qtbot):
    page = settings_page(qtbot, window)
    assert page.wan_label.buddy() is page.wan
    for widget in (page.ask_router, page.wan_label, page.hairpin, page.lifetime):
        assert "&" in widget.text()
    # Their letters are taken by nothing else on the page, the wizard's buttons included.
    letters = []
    for widget in window.findChildren(QWidget):
        text = getattr(widget, "text", None)
        text = text() if callable(text) else ""
        if isinstance(text, str) and widget.isVisibleTo(window) and "&" in text.replace("&&", ""):
            letters.append(text[text.index("&") + 1].lower())
    for letter in "ngli":
        assert letters.count(letter) == 1, (letter, letters)
    window.activateWindow()
    qtbot.waitActive(window)
    page.remember.setEnabled(True)
    page.remember.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.remember, timeout=2000)
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.ask_router, page.wan, page.hairpin, page.lifetime]


# --- The running page ----------------------------------------------------------------------------


class Engine:
    """``run_scan`` as the page calls it; it ends when the test says so."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.finish: asyncio.Future | None = None

    async def run_scan(self, product, checks, settings, on_event, manual=()):
        self.calls.append((product, checks, settings, manual))
        self.finish = asyncio.get_running_loop().create_future()
        result = await self.finish
        on_event(ScanFinished(result))
        return result


@pytest.fixture
def engine(monkeypatch) -> Engine:
    fake = Engine()
    monkeypatch.setattr(runner, "run_scan", fake.run_scan)
    return fake


def running(qtbot, engine, **choices) -> RunningPage:
    session = Session(
        product=get_product("3cx"),
        ports=list(rr.PORTS),
        servers=[ServerSpec("127.0.0.1", 3478)],
        **choices,
    )
    page = RunningPage(session)
    qtbot.addWidget(page)
    page.show()
    page.start()
    qtbot.waitUntil(lambda: bool(engine.calls), timeout=2000)
    return page


def test_the_engine_is_asked_for_the_router_hairpin_and_lifetime(qloop, qtbot, engine):
    page = running(qtbot, engine, router_wan="192.168.178.20", mapping_lifetime=90.0)
    settings = engine.calls[0][2]
    assert settings.router == RouterSettings(
        "192.168.178.20", ask_router=True, tcp_ports=settings.router.tcp_ports
    )
    assert settings.sip_port == page.session.sip_port()
    assert (settings.hairpin, settings.mapping_lifetime) == (True, 90.0)
    page.cancel()


def test_the_lifetime_test_shows_its_time_against_its_limit(qloop, qtbot, engine):
    page = running(qtbot, engine, mapping_lifetime=120.0)
    page.on_event(PhaseStarted(Phase.ROUTER, 0))
    assert page.pace.text() == "Asking the router what it knows (UPnP IGD, NAT-PMP, PCP)…"
    page._flush()
    assert page.progress.maximum() == 0  # busy: nothing to count
    page.on_event(PhaseStarted(Phase.HAIRPIN, 1))
    assert page.pace.text().startswith("Testing hairpin NAT")
    page.on_event(PhaseStarted(Phase.LIFETIME, 8))
    assert page.pace.text() == "Measuring how long the router keeps an idle UDP mapping open."
    page._flush()
    assert page.progress.maximum() == 0  # until it says how far it is
    page.on_event(LifetimeProgress(30.0, 120.0, alive_s=25.0))
    page._flush()
    assert page.progress.maximum() == 120 and 30 <= page.progress.value() <= 31
    assert page.progress.format() in ("0:30 of 2:00", "0:31 of 2:00")
    assert page.progress.text() == page.progress.format()  # no % left for Qt to fill in
    assert page.left.text() in ("about 1:30 left", "about 1:29 left")
    assert page.pace.text().endswith("Still open after 25 s.")
    page.on_event(LifetimeProgress(45.0, 120.0, alive_s=25.0, expired_s=30.0))
    assert page.pace.text().endswith("Gone after 30 s.")
    # The first Stop ends the lifetime test with what it has measured (the engine hands
    # back the rest of the result); a second one stops the check.
    assert page.stop.isEnabled()
    stop = engine.calls[0][2].lifetime_stop
    assert stop is not None and not stop.is_set()
    qtbot.mouseClick(page.stop, Qt.MouseButton.LeftButton)
    assert stop.is_set() and page.running()
    assert page.status.text().startswith("Ending the lifetime test")
    qtbot.mouseClick(page.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running(), timeout=2000)
    assert page.progress.format() == "%v of %m ports"
    assert not page.pace.isVisible()


def test_a_finished_lifetime_test_gives_the_bar_back_to_the_ports(qloop, qtbot, engine):
    page = running(qtbot, engine, mapping_lifetime=60.0)
    page.on_event(PhaseStarted(Phase.LIFETIME, 4))
    page.on_event(LifetimeProgress(10.0, 60.0))
    page._flush()
    assert page.progress.maximum() == 60
    result = rr.with_lifetime(rr.LIFETIME_SHORT)
    engine.finish.set_result(result)
    qtbot.waitUntil(lambda: page.finished, timeout=2000)
    assert page.session.result is result
    assert page.progress.format() == "%v of %m ports"
    assert page.progress.maximum() == len(rr.PORTS)


# --- The results page ------------------------------------------------------------------------


def shown(label: QLabel) -> str:
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def page_for(qtbot, result) -> ResultsPage:
    page = ResultsPage(Session(product=get_product("3cx"), result=result))
    qtbot.addWidget(page)
    page.resize(940, 600)
    page.show()
    page.show_result(result)
    return page


def texts_in(widget: QWidget) -> list[str]:
    """What the labels show: plain ones as they are, rich ones as their text."""
    return [
        label.text() if label.textFormat() is Qt.TextFormat.PlainText else shown(label)
        for label in widget.findChildren(QLabel)
        if label.text()
    ]


def test_the_router_section_shows_its_facts_forwards_and_notes(qtbot):
    page = page_for(qtbot, rr.everything())
    assert page.router.isVisible()
    assert page.router.title() == "The router, and what lies beyond it"
    texts = texts_in(page.router)
    assert "Internet (WAN) address:" in texts and "100.64.0.2" in texts
    assert "carrier-grade NAT of the provider" in texts
    assert any(t.startswith("A second NAT sits between the router and the internet") for t in texts)
    table = page.forwards
    headers = [table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Public ports", "Goes to", "Where", "Its description", "Lease"]
    cells = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert cells == [
        ["5060", "198.18.0.3:5060", "to another device", "Asterisk PBX", "permanent"],
        ["9000–9009", "198.18.0.3:9000–9009", "to another device", "Asterisk PBX", "permanent"],
    ]
    assert not table.item(0, 2).icon().isNull()  # points elsewhere: a warning sign
    # The second NAT stands in the path picture, and traffic stops there.
    state = page.path.state()
    assert state.upstream == "Carrier-grade NAT"
    assert state.incoming_stop.name == "UPSTREAM"


def test_the_routers_words_are_shown_as_text(qtbot):
    hostile = rr.mapping(5060, rr.OLD_PBX, description=HOSTILE)
    info = rr.router(listed=[hostile], name=HOSTILE)
    page = page_for(qtbot, rr.scan(rr.ports([5060]), info))
    assert page.forwards.item(0, 3).text() == HOSTILE
    assert f"{HOSTILE} at 198.18.0.1" in texts_in(page.router)


def test_hairpin_and_lifetime_have_sections_of_their_own(qtbot):
    result = replace(rr.with_hairpin(rr.HAIRPIN_FAILS), mapping_lifetime=rr.LIFETIME_SHORT)
    page = page_for(qtbot, result)
    assert page.hairpin.isVisible() and page.hairpin.title() == "Hairpin NAT"
    hairpin = " ".join(texts_in(page.hairpin))
    assert "Traffic to the PBX's public address does not come back (hairpin NAT)" in hairpin
    assert "split DNS" in hairpin and "no fault of the port forwards" in hairpin
    assert page.lifetime.isVisible() and page.lifetime.title() == "Mapping lifetime"
    lifetime = " ".join(texts_in(page.lifetime))
    assert "The router forgets idle UDP mappings too soon" in lifetime
    assert "re-registration interval" in lifetime  # 3CX's setting


def test_a_check_without_router_hairpin_or_lifetime_shows_none_of_their_sections(qtbot):
    page = page_for(qtbot, rr.scan(rr.ports()))
    for box in (page.router, page.hairpin, page.lifetime):
        assert not box.isVisible()
    assert page.path.state().upstream == ""


def test_the_worst_finding_comes_first_below_the_steps(qtbot):
    # The router only lists its forwards; the lifetime is short; hairpin works.
    result = replace(rr.with_lifetime(rr.LIFETIME_SHORT), hairpin=rr.HAIRPIN_WORKS)
    page = page_for(qtbot, result)
    content = page.content
    order = sorted((page.router, page.hairpin, page.lifetime), key=content.indexOf)
    assert order == [page.lifetime, page.router, page.hairpin]
    assert content.indexOf(page.lifetime) == content.indexOf(page.steps) + 1
    # A second NAT that fails the ports puts the router first again.
    page.show_result(replace(rr.everything(), hairpin=rr.HAIRPIN_WORKS))
    order = sorted((page.router, page.hairpin, page.lifetime), key=content.indexOf)
    assert order == [page.router, page.lifetime, page.hairpin]
