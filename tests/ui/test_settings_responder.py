"""The settings page's responder: its address checked as the STUN servers' are, the TCP
ports the responder connects back to, and the secret kept in the system's key store only
when asked, with a store that works, one that is missing and one that refuses.

The page is left with ``validatePage``, what the wizard's Start button calls, so no scan
starts and no public server is asked."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

import keyring
import pytest
from clicks import next_button
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError
from test_wizard_flow import choose_3cx_and_ports, type_into

from wizard.keystore import SERVICE
from wizard.ui.window import FirewallWizard

ADDRESS = "responder.example.net:3480"
SECRET = "correct horse battery staple"
THREE_CX_TCP = "5090"  # its one required TCP rule


class MemoryKeyring(KeyringBackend):
    """A key store in a dictionary: what the system's would keep."""

    priority = 1  # type: ignore[assignment]  # keyring reads it from the class

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class LockedKeyring(MemoryKeyring):
    """A store that is there but refuses everything, as a locked keychain does."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("the collection is locked")


@pytest.fixture
def use_keyring() -> Iterator:
    """Install a key store for the test: ``use_keyring(backend)``; the old one after."""
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


def settings_page(qtbot, window: FirewallWizard):
    choose_3cx_and_ports(qtbot, window, "9000-9019")
    return window.settings_page


def test_the_address_is_read_like_a_stun_server_and_may_stay_empty(window, qtbot):
    page = settings_page(qtbot, window)
    assert page.responder.text() == ""
    assert page.responder_error.text() == ""
    # Without a responder there is no secret to give and no TCP port to test.
    assert not page.secret.isEnabled() and not page.tcp.isEnabled()
    assert not page.remember.isEnabled()
    assert next_button(window).isEnabled()

    type_into(qtbot, page.responder, "responder.example.net:99999")
    assert "port 99999 is outside 1–65535" in page.responder_error.text()
    assert not next_button(window).isEnabled()
    type_into(qtbot, page.responder, "responder example")
    assert "is not a host name or IP address" in page.responder_error.text()
    assert not next_button(window).isEnabled()
    type_into(qtbot, page.responder, "[2001:db8::1]:3480")  # it probes what reaches it
    assert "the responder is reached over IPv4" in page.responder_error.text()
    assert not next_button(window).isEnabled()

    type_into(qtbot, page.responder, ADDRESS)
    assert page.responder_error.text() == ""
    assert page.secret.isEnabled() and page.tcp.isEnabled()
    assert next_button(window).isEnabled()
    assert page.validatePage()
    assert window.session.responder == ADDRESS
    assert window.settings.value("responder/address") == ADDRESS

    page.responder.clear()  # empty again: no responder, and nothing remembered
    assert page.validatePage()
    assert window.session.responder_settings() is None
    assert window.settings.value("responder/address") is None


def test_tcp_ports_default_to_the_products_and_are_checked(window, qtbot, use_keyring):
    use_keyring(MemoryKeyring())
    page = settings_page(qtbot, window)
    type_into(qtbot, page.responder, ADDRESS)
    assert page.tcp.text() == THREE_CX_TCP
    type_into(qtbot, page.tcp, "22-")
    assert "needs a port on each side of the dash" in page.tcp_error.text()
    assert page.tcp_error.isVisibleTo(page)
    assert not next_button(window).isEnabled()

    type_into(qtbot, page.tcp, "22, 5090")
    assert not page.tcp_error.isVisibleTo(page)
    assert page.validatePage()
    responder = window.session.responder_settings()
    assert responder is not None
    assert responder.spec == ADDRESS and responder.tcp_ports == (22, 5090)
    assert responder.sip_port == 5060 and responder.sip_tcp  # 3CX also takes SIP over TCP
    assert responder.secret is None  # none typed
    assert window.settings.value("responder/tcp/3cx") == "22, 5090"

    # No TCP port at all is a choice too: only UDP and the SIP ALG test.
    page.tcp.clear()
    assert next_button(window).isEnabled()
    assert page.validatePage()
    assert window.session.responder_settings().tcp_ports == ()

    # Back to the product's ports: nothing of it is stored.
    type_into(qtbot, page.tcp, "5090")
    assert page.validatePage()
    assert window.session.tcp_ports is None
    assert window.settings.value("responder/tcp/3cx") is None


def test_the_secret_is_hidden_until_shown(window, qtbot, use_keyring):
    use_keyring(MemoryKeyring())
    page = settings_page(qtbot, window)
    type_into(qtbot, page.responder, ADDRESS)
    assert page.secret.echoMode() is QLineEdit.EchoMode.Password
    qtbot.mouseClick(page.show_secret, Qt.MouseButton.LeftButton)
    assert page.secret.echoMode() is QLineEdit.EchoMode.Normal
    qtbot.mouseClick(page.show_secret, Qt.MouseButton.LeftButton)
    assert page.secret.echoMode() is QLineEdit.EchoMode.Password


def test_a_remembered_secret_is_kept_in_the_key_store_and_comes_back(
    qloop, qtbot, settings, use_keyring
):
    store = MemoryKeyring()
    use_keyring(store)
    first = FirewallWizard(settings)
    qtbot.addWidget(first)
    first.show()
    page = settings_page(qtbot, first)
    type_into(qtbot, page.responder, "responder.example.net")  # the port left to default
    assert page.remember.isEnabled() and not page.remember.isChecked()
    qtbot.keyClicks(page.secret, SECRET)
    page.remember.setChecked(True)
    assert page.validatePage()
    # Kept under the address as the check uses it, the control port filled in.
    assert store.entries == {(SERVICE, ADDRESS): SECRET}
    assert first.session.responder_settings().spec == ADDRESS
    assert first.session.responder_settings().secret == SECRET.encode()
    # The secret is in the key store only, never in the settings file.
    assert all(SECRET not in str(settings.value(key)) for key in settings.allKeys())

    # The next time the wizard runs, the address comes from the settings and the secret
    # from the key store.
    second = FirewallWizard(settings)
    qtbot.addWidget(second)
    second.show()
    page = settings_page(qtbot, second)
    assert page.responder.text() == "responder.example.net"  # as typed
    assert page.secret.text() == SECRET
    assert page.remember.isChecked()
    assert not page.keystore_note.isVisibleTo(page)

    # Unticked, the secret serves this check only, and the kept one is removed.
    page.remember.setChecked(False)
    assert page.validatePage()
    assert store.entries == {}
    assert second.session.responder_secret == SECRET


def test_an_unticked_box_stores_nothing(window, qtbot, use_keyring):
    store = MemoryKeyring()
    use_keyring(store)
    page = settings_page(qtbot, window)
    type_into(qtbot, page.responder, ADDRESS)
    qtbot.keyClicks(page.secret, SECRET)
    assert page.validatePage()
    assert store.entries == {}
    assert window.session.responder_settings().secret == SECRET.encode()


def test_without_a_key_store_the_box_is_off_and_says_why(window, qtbot, use_keyring):
    use_keyring(fail.Keyring())  # what this Linux box has without a Secret Service
    page = settings_page(qtbot, window)
    type_into(qtbot, page.responder, ADDRESS)
    qtbot.keyClicks(page.secret, SECRET)
    assert not page.remember.isEnabled()
    assert "no key store" in page.remember.toolTip()
    assert page.validatePage()
    assert window.session.responder_settings().secret == SECRET.encode()


def test_a_store_that_refuses_keeps_what_was_typed(window, qtbot, use_keyring):
    use_keyring(LockedKeyring())
    page = settings_page(qtbot, window)
    type_into(qtbot, page.responder, ADDRESS)
    qtbot.keyClicks(page.secret, SECRET)
    page.remember.setChecked(True)
    # The first Start stops on the page to say so, and unticks the box ...
    assert not page.validatePage()
    note = page.keystore_note.text()
    assert note.startswith("Could not store the secret in the key store:")
    assert "the collection is locked" in note
    assert page.keystore_note.isVisibleTo(page)
    assert page.secret.text() == SECRET
    assert not page.remember.isChecked()
    # ... the second goes on, with the secret for this check.
    assert page.validatePage()
    assert window.session.responder_settings().secret == SECRET.encode()
    assert window.settings.value("responder/kept") is None


def test_a_kept_secret_the_store_will_not_give_is_not_thrown_away(
    window, qtbot, settings, use_keyring
):
    store = LockedKeyring()
    use_keyring(store)
    settings.setValue("responder/address", ADDRESS)
    settings.setValue("responder/kept", ADDRESS)  # kept the last time, the store now locked
    page = settings_page(qtbot, window)
    assert page.responder.text() == ADDRESS
    assert page.secret.text() == ""
    assert page.remember.isChecked()
    assert page.keystore_note.text().startswith("Could not read the kept secret")
    # Going on without typing it again leaves the kept secret alone.
    assert page.validatePage()
    assert settings.value("responder/kept") == ADDRESS


def test_the_fields_are_labelled_and_tabbed_in_order(window, qtbot, use_keyring):
    use_keyring(MemoryKeyring())
    page = settings_page(qtbot, window)
    type_into(qtbot, page.responder, ADDRESS)
    assert page.responder_label.buddy() is page.responder
    assert page.secret_label.buddy() is page.secret
    assert page.tcp_label.buddy() is page.tcp
    for label in (page.responder_label, page.secret_label, page.tcp_label):
        assert "&" in label.text()  # a mnemonic: Alt and a letter reach the field

    window.activateWindow()
    qtbot.waitActive(window)
    page.timeout.setFocus()
    order: list[QWidget] = [QApplication.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[0] is page.timeout
    # Left to right, top to bottom: the address and its TCP ports share a line.
    assert order[1:] == [page.responder, page.tcp, page.secret, page.show_secret, page.remember]


class UndeletableKeyring(MemoryKeyring):
    """A store that keeps secrets but will not give one up, as a store with a policy."""

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("access denied by policy")


def test_a_new_address_takes_the_secret_with_it(window, qtbot, settings, use_keyring):
    store = MemoryKeyring()
    use_keyring(store)
    page = settings_page(qtbot, window)
    type_into(qtbot, page.responder, ADDRESS)
    qtbot.keyClicks(page.secret, SECRET)
    page.remember.setChecked(True)
    assert page.validatePage()
    type_into(qtbot, page.responder, "responder2.example.net:3480")
    assert page.validatePage()
    assert store.entries == {(SERVICE, "responder2.example.net:3480"): SECRET}
    assert settings.value("responder/kept") == "responder2.example.net:3480"


def test_a_secret_the_store_will_not_remove_is_said_and_the_check_goes_on(
    window, qtbot, settings, use_keyring
):
    store = UndeletableKeyring()
    use_keyring(store)
    page = settings_page(qtbot, window)
    type_into(qtbot, page.responder, ADDRESS)
    qtbot.keyClicks(page.secret, SECRET)
    page.remember.setChecked(True)
    assert page.validatePage()
    page.remember.setChecked(False)
    assert page.validatePage()  # not kept from starting the check
    assert page.keystore_note.text() == (
        "Could not remove the kept secret from the key store: access denied by policy."
    )
    assert settings.value("responder/kept") == ADDRESS  # still there, so tried again later
    assert window.session.responder_settings().secret == SECRET.encode()
