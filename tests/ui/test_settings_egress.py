"""The settings page offers the address traffic to the internet leaves from as the PBX's,
and says when the check would not measure the PBX's way out. The adapters are recorded
answers, shaped as psutil gives them on Windows (see tests/engine/test_interfaces.py)."""

from __future__ import annotations

import pytest
from test_wizard_flow import choose_3cx_and_ports, type_into

from wizard.engine.interfaces import LocalAddress
from wizard.engine.model import AdapterKind, Egress
from wizard.ui.settings_page import SettingsPage

# Sorted as local_ipv4_addresses sorts them: by name, so "Ethernet 2" before "Wi-Fi".
ADDRESSES = [
    LocalAddress("Ethernet", "192.168.1.20"),
    LocalAddress("Ethernet 2", "10.8.0.6"),
    LocalAddress("Wi-Fi", "192.168.1.21"),
]
KINDS = {
    "Ethernet": AdapterKind.PHYSICAL,
    "Ethernet 2": AdapterKind.VPN,
    "Wi-Fi": AdapterKind.PHYSICAL,
}
WIFI = Egress("192.168.1.21", "Wi-Fi", AdapterKind.PHYSICAL)
VPN = Egress("10.8.0.6", "Ethernet 2", AdapterKind.VPN)


@pytest.fixture
def machine(monkeypatch):
    """Set what the system says: ``machine(egress)``; returns the destinations asked."""
    asked: list[tuple[str, int]] = []

    def use(found: Egress) -> list[tuple[str, int]]:
        def find_egress(destination: tuple[str, int]) -> Egress:
            asked.append(destination)
            return found

        monkeypatch.setattr(SettingsPage, "find_egress", staticmethod(find_egress))
        monkeypatch.setattr(SettingsPage, "find_addresses", staticmethod(lambda: ADDRESSES))
        monkeypatch.setattr(SettingsPage, "find_kinds", staticmethod(lambda: KINDS))
        return asked

    return use


def test_the_pbx_address_defaults_to_where_traffic_leaves(window, qtbot, machine):
    asked = machine(WIFI)
    choose_3cx_and_ports(qtbot, window, "9000-9019")
    page = window.settings_page
    assert page.pbx.text() == "192.168.1.21"  # not "Ethernet", first by name
    assert page.local.currentData() == "192.168.1.21"
    assert page.pbx_note.text() == "The check runs on the PBX itself, as it should."
    # 3CX's servers are names: no name is looked up here, the internet's route is asked.
    assert asked == [("198.51.100.1", 3478)]


def test_another_address_of_this_computer_is_not_the_way_out(window, qtbot, machine):
    machine(WIFI)
    choose_3cx_and_ports(qtbot, window, "9000-9019")
    page = window.settings_page
    type_into(qtbot, page.pbx, "192.168.1.20")
    note = page.pbx_note.text()
    assert "192.168.1.20 is this computer's" in note
    assert "leaves from 192.168.1.21 (Wi-Fi)" in note
    assert "as it should" not in note
    assert window.button(window.WizardButton.NextButton).isEnabled()  # a warning, no stop


def test_a_vpn_is_never_offered_and_always_named(window, qtbot, machine):
    machine(VPN)
    choose_3cx_and_ports(qtbot, window, "9000-9019")
    page = window.settings_page
    assert page.pbx.text() == "192.168.1.20"  # the LAN's, not the VPN's
    assert "Ethernet 2 (10.8.0.6), which looks like a VPN" in page.pbx_note.text()
    page.pbx.setText("")
    assert "Leave empty" in page.pbx_note.text()
    assert "looks like a VPN" in page.pbx_note.text()


def test_a_server_given_as_an_address_is_the_destination(window, qtbot, machine):
    asked = machine(WIFI)
    window.settings.setValue("stun/3cx", ["203.0.113.10:3478"])
    choose_3cx_and_ports(qtbot, window, "9000-9019")
    assert asked == [("203.0.113.10", 3478)]
