"""The wizard in other languages: a live switch, and layouts that hold longer words."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
    QWizard,
)

import pytest
from ci import need
from clicks import back_button, next_button
from netutil import free_ports

from wizard.i18n import TRANSLATIONS, current_language, set_language
from wizard.ui.window import FirewallWizard

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "translations"))
from pseudo import write_pseudo_qm  # noqa: E402

# The largest window that fits a 1366x768 screen with the taskbar and the window frame.
SCREEN = (1366, 768 - 40 - 32)


def catalog(language: str) -> dict[str, str]:
    """English source -> translation, where the translation differs."""
    root = ET.parse(ROOT / "translations" / f"wizard_{language}.ts").getroot()
    pairs = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation and translation != source:
            pairs[source] = translation
    return pairs


def shown_texts(page: QWidget) -> list[str]:
    """The words a user can read on a page: labels, buttons, titles, hints, tabs."""
    texts: list[str] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit) and not widget.isReadOnly():
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
    return [t for t in texts if t]


def english_left(wizard: QWizard, english: dict[str, str]) -> list[str]:
    page = wizard.currentPage()
    texts = shown_texts(page) + [page.title(), page.subTitle()]
    texts += [wizard.button(b).text() for b in (QWizard.WizardButton.BackButton,
              QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton)]  # fmt: skip
    return [t for t in texts if t in english]


@pytest.fixture
def back_to_english():
    yield
    set_language("en")


def test_switching_to_french_translates_every_page_and_qts_buttons(
    window, qtbot, coturn, back_to_english
):
    need((TRANSLATIONS / "wizard_fr.qm").exists(), "compiled translations (pip install -e .)")
    french = catalog("fr")
    page = window.product_page
    page.language.setCurrentIndex(page.language.findData("fr"))
    assert current_language() == "fr"
    # Qt posts LanguageChange to every widget; it arrives with the next events.
    qtbot.waitUntil(lambda: page.title() == french["Which phone system?"], timeout=2000)
    # Qt's own buttons come from qtbase's French catalog.
    assert next_button(window).text() == QCoreApplication.translate("QWizard", "&Next >")
    assert next_button(window).text() != "&Next >"
    cancel = window.button(QWizard.WizardButton.CancelButton).text()
    assert cancel == QCoreApplication.translate("QWizard", "Cancel") != "Cancel"
    assert english_left(window, french) == []

    qtbot.mouseClick(next_button(window), Qt.MouseButton.LeftButton)
    assert window.currentId() == window.PORTS
    assert english_left(window, french) == []
    ports = free_ports(4)
    window.ports_page.ports.setText(f"{ports[0]}-{ports[-1]}")
    qtbot.mouseClick(next_button(window), Qt.MouseButton.LeftButton)
    assert window.currentId() == window.SETTINGS
    settings = window.settings_page
    settings.servers.clear()
    settings.new_server.setText(coturn.spec)
    settings._add()
    settings.timeout.setValue(0.5)
    assert back_button(window).text() == QCoreApplication.translate("QWizard", "< &Back")
    assert english_left(window, french) == []
    qtbot.mouseClick(next_button(window), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.currentId() == window.RESULTS, timeout=20000)
    assert english_left(window, french) == []
    results = window.results_page
    assert results.headline.text() == french["All checked ports behave as the product needs."]
    assert results.table.item(0, 1).text() == french["Passed"]

    # And back to English, live, on the page that is open.
    window.product_page.language.setCurrentIndex(0)  # the picker lives on page 1
    assert current_language() == "en"
    qtbot.waitUntil(lambda: results.table.item(0, 1).text() == "Passed", timeout=2000)
    assert results.headline.text() == "All checked ports behave as the product needs."
    assert results.table.item(0, 1).text() == "Passed"


def test_the_language_is_remembered(qloop, qtbot, settings, back_to_english):
    need((TRANSLATIONS / "wizard_de.qm").exists(), "compiled translations (pip install -e .)")
    first = FirewallWizard(settings)
    qtbot.addWidget(first)
    first.product_page.language.setCurrentIndex(first.product_page.language.findData("de"))
    assert settings.value("ui/language") == "de"


@pytest.fixture
def pseudo_language(qapp, tmp_path):
    translator = QTranslator()
    assert translator.load(str(write_pseudo_qm(tmp_path / "pseudo.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def clipped(page: QWidget) -> list[str]:
    """Labels and buttons narrower than their text needs."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.width() < widget.minimumSizeHint().width():
                found.append(widget.text())
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.width() < widget.sizeHint().width() - 2
        ):
            found.append(widget.text())
    return found


def test_longer_words_fit_a_laptop_screen(window, qtbot, coturn, pseudo_language):
    """Every text 40 % longer: nothing clipped, and every page still fits 1366x768."""
    ports = free_ports(12)

    def look() -> None:
        assert window.currentPage().title().startswith("⟦")  # the pseudo-language is on
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (
            window.currentId(),
            hint,
        )
        window.resize(max(940, hint.width()), max(680, hint.height()))
        qtbot.wait(20)
        assert clipped(window.currentPage()) == [], window.currentId()
        buttons = [window.button(b) for b in QWizard.WizardButton if window.button(b)]
        assert [
            b.text() for b in buttons if b.isVisible() and b.width() < b.sizeHint().width() - 2
        ] == []

    look()
    window.next()
    window.ports_page.ports.setText(f"{ports[0]}-{ports[-1]}")
    look()
    window.next()
    settings = window.settings_page
    settings.servers.clear()
    settings.new_server.setText(coturn.spec)
    settings._add()
    settings.timeout.setValue(0.5)
    look()
    window.next()
    look()
    qtbot.waitUntil(lambda: window.currentId() == window.RESULTS, timeout=20000)
    look()


def test_the_clipping_check_sees_a_clipped_label(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel("A label far too long for the room it was given", page)
    label.setFixedWidth(40)
    page.show()
    assert clipped(page) == ["A label far too long for the room it was given"]
