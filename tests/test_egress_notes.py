"""The notes about the way traffic leaves this computer (``wizard.words.egress``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from wizard.engine.model import (
    AdapterKind,
    Address,
    Egress,
    NatSummary,
    Outcome,
    PortResult,
    Requirement,
    ScanResult,
    Verdict,
)
from wizard.words import Severity, egress_notes, machine_notes

BASE = ScanResult(Verdict.SUCCESS, "custom", (), NatSummary(), (), 1.0)


def leaving(egress: Egress | None) -> ScanResult:
    return replace(BASE, egress=egress)


def test_a_vpn_is_a_warning_that_names_the_adapter_and_says_what_to_do() -> None:
    (note,) = egress_notes(leaving(Egress("10.8.0.6", "Ethernet 2", AdapterKind.VPN)))
    assert note.severity is Severity.WARNING
    assert "Ethernet 2" in note.text and "10.8.0.6" in note.text
    assert "VPN" in note.title
    assert "another device" in note.text
    assert note.steps[0] == "Disconnect the VPN, then run the check again."
    assert any("PBX itself" in step for step in note.steps)
    assert "PBX's address" not in note.text  # no PBX address given: nothing compared


def test_a_vpn_from_another_address_than_the_pbx_says_both() -> None:
    found = Egress("10.8.0.6", "Ethernet 2", AdapterKind.VPN, "192.168.1.20")
    (note,) = egress_notes(leaving(found))
    assert "10.8.0.6" in note.text and "192.168.1.20" in note.text


def test_a_virtual_adapter_is_a_warning_that_spares_an_external_switch() -> None:
    found = Egress("172.20.48.1", "vEthernet (Default Switch)", AdapterKind.VIRTUAL)
    (note,) = egress_notes(leaving(found))
    assert note.severity is Severity.WARNING
    assert "vEthernet (Default Switch) (172.20.48.1)" in note.text
    assert "external virtual switch" in note.text
    assert any("virtual machine" in step for step in note.steps)


@pytest.mark.parametrize("adapter", ["Wi-Fi", None])
def test_another_address_than_the_pbx_is_a_warning(adapter: str | None) -> None:
    found = Egress("192.168.1.21", adapter, AdapterKind.PHYSICAL, "192.168.1.20")
    (note,) = egress_notes(leaving(found))
    assert note.severity is Severity.WARNING
    assert "192.168.1.21" in note.text and "192.168.1.20" in note.text
    if adapter is not None:
        assert "192.168.1.21 (Wi-Fi)" in note.text
    else:
        assert "(" not in note.text
    assert any("PBX itself" in step for step in note.steps)


@pytest.mark.parametrize("kind", [AdapterKind.PHYSICAL, AdapterKind.UNKNOWN])
def test_the_pbx_own_adapter_is_named_briefly(kind: AdapterKind) -> None:
    (note,) = egress_notes(leaving(Egress("192.168.1.20", "Ethernet", kind, "192.168.1.20")))
    assert note.severity is Severity.INFO
    assert (
        note.text == "Traffic to the STUN server leaves this computer by Ethernet (192.168.1.20)."
    )
    assert note.steps == ()


@pytest.mark.parametrize(
    "egress", [None, Egress(None, pbx_ip="192.168.1.20"), Egress("192.168.1.20")]
)
def test_nothing_to_say_without_an_adapter(egress: Egress | None) -> None:
    assert egress_notes(leaving(egress)) == ()


def port(number: int, ip: str, other: str | None = None) -> PortResult:
    return PortResult(
        number,
        Requirement.FULL_CONE,
        Outcome.PASS,
        Address(ip, number),
        True,
        True,
        mapped_other=Address(other, number) if other else None,
    )


def test_several_public_addresses_are_a_warning_that_lists_them() -> None:
    ports = (port(9000, "203.0.113.9"), port(9001, "203.0.113.50"), port(9002, "203.0.113.9"))
    (note,) = egress_notes(replace(BASE, ports=ports))
    assert note.severity is Severity.WARNING
    assert "203.0.113.9, 203.0.113.50" in note.text  # numeric order, each once
    assert "not conclusive" in note.text
    # The other address one port's mapping test saw counts too.
    (note,) = egress_notes(replace(BASE, ports=(port(9000, "203.0.113.9", "203.0.113.50"),)))
    assert "203.0.113.9, 203.0.113.50" in note.text


def test_one_public_address_is_no_news() -> None:
    ports = (port(9000, "203.0.113.9"), port(9001, "203.0.113.9", "203.0.113.9"))
    assert egress_notes(replace(BASE, ports=ports)) == ()


def test_the_notes_reach_every_face_through_machine_notes() -> None:
    found = Egress("10.8.0.6", "Ethernet 2", AdapterKind.VPN, "192.168.1.20")
    ports = (port(9000, "203.0.113.9", "203.0.113.50"),)
    notes = machine_notes(replace(BASE, egress=found, ports=ports))
    assert [n.title for n in notes] == [
        "Traffic leaves by a VPN",
        "Traffic reached the internet from several addresses",
    ]
