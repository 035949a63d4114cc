"""The words for the way traffic leaves this computer: its adapter, its source address and
the public addresses the STUN server saw (``ScanResult.egress``, ``ScanResult.ports``)."""

from __future__ import annotations

import ipaddress

from wizard.engine.model import AdapterKind, Egress, ScanResult
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.words.machine import MachineNote, Severity

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Egress"

_VPN_TITLE = QT_TRANSLATE_NOOP("Egress", "Traffic leaves by a VPN")
_VPN_TEXT = QT_TRANSLATE_NOOP(
    "Egress",
    "Traffic to the STUN server leaves this computer by {adapter} ({source}), which looks "
    "like a VPN's adapter. The check then measured the VPN's way to the internet, not the "
    "PBX's router: its results are about another device.",
)
_VIRTUAL_TITLE = QT_TRANSLATE_NOOP("Egress", "Traffic leaves by a virtual adapter")
_VIRTUAL_TEXT = QT_TRANSLATE_NOOP(
    "Egress",
    "Traffic to the STUN server leaves this computer by {adapter} ({source}), a virtual "
    "adapter (Hyper-V, WSL, Docker or a virtual machine's network). If it translates "
    "addresses itself (Hyper-V's Default Switch, WSL, Docker), the results are about it, "
    "not about the PBX's router. An external virtual switch, bridged to the network card, "
    "is fine.",
)
_ELSEWHERE_TITLE = QT_TRANSLATE_NOOP("Egress", "Traffic leaves from another address")
_ELSEWHERE_TEXT = QT_TRANSLATE_NOOP(
    "Egress",
    "Traffic to the STUN server leaves this computer from {source} ({adapter}), not from "
    "the PBX's address {pbx}. The router's forwards point at {pbx}, so the check measured "
    "another way out than the PBX's.",
)
_ELSEWHERE_UNNAMED = QT_TRANSLATE_NOOP(
    "Egress",
    "Traffic to the STUN server leaves this computer from {source}, not from the PBX's "
    "address {pbx}. The router's forwards point at {pbx}, so the check measured another "
    "way out than the PBX's.",
)
_ALSO_ELSEWHERE = QT_TRANSLATE_NOOP("Egress", "The PBX's address, {pbx}, is not on that adapter.")
_STEP_DISCONNECT_VPN = QT_TRANSLATE_NOOP("Egress", "Disconnect the VPN, then run the check again.")
_STEP_VPN_CALLS = QT_TRANSLATE_NOOP(
    "Egress",
    "If the PBX's calls really go through the VPN, its port forwards belong at the VPN's "
    "far end, not on the local router: ask whoever runs the VPN.",
)
_STEP_IN_THE_VM = QT_TRANSLATE_NOOP(
    "Egress",
    "If the PBX runs in a virtual machine, run the check inside that machine.",
)
_STEP_ON_THE_PBX = QT_TRANSLATE_NOOP(
    "Egress", "If this computer is not the PBX, run the check on the PBX itself."
)
_STEP_ONE_WAY_OUT = QT_TRANSLATE_NOOP(
    "Egress",
    "If this computer has several connections (Ethernet and Wi-Fi, a VPN, a second line), "
    "disconnect the others or make the PBX's connection the one that leads to the "
    "internet, then run the check again.",
)
_SEVERAL_TITLE = QT_TRANSLATE_NOOP("Egress", "Traffic reached the internet from several addresses")
_SEVERAL_TEXT = QT_TRANSLATE_NOOP(
    "Egress",
    "The STUN server saw this computer's traffic come from {addresses}. It leaves by more "
    "than one way: a VPN, a second internet line, a router that shares traffic between "
    "lines, or a provider's NAT that uses several addresses. Ports whose traffic left by "
    "another way than the check's own at its start are not judged: they show as not "
    "conclusive.",
)
_STEP_ANY_VPN = QT_TRANSLATE_NOOP(
    "Egress", "If a VPN is connected, disconnect it, then run the check again."
)
_STEP_ONE_LINE = QT_TRANSLATE_NOOP(
    "Egress",
    "If the site has two internet lines, make the router send the PBX's traffic always by "
    "the line its forwards are on (a source or policy route), then run the check again.",
)
_INFO_TITLE = QT_TRANSLATE_NOOP("Egress", "Network adapter")
_INFO_TEXT = QT_TRANSLATE_NOOP(
    "Egress", "Traffic to the STUN server leaves this computer by {adapter} ({source})."
)

_ADDRESS_SEPARATOR = ", "


def egress_notes(result: ScanResult) -> tuple[MachineNote, ...]:
    """A warning when traffic leaves by a VPN or a virtual adapter, from another address
    than the PBX's, or towards the internet from several public addresses; otherwise a
    short note naming the adapter."""
    notes: list[MachineNote] = []
    found = result.egress
    if found is not None and found.source_ip is not None:
        note = _adapter_note(found)
        if note is not None:
            notes.append(note)
    publics = _public_addresses(result)
    if len(publics) > 1:
        notes.append(
            MachineNote(
                Severity.WARNING,
                translated("Egress", _SEVERAL_TITLE),
                translated("Egress", _SEVERAL_TEXT).format(
                    addresses=_ADDRESS_SEPARATOR.join(publics)
                ),
                (
                    translated("Egress", _STEP_ANY_VPN),
                    translated("Egress", _STEP_ONE_LINE),
                ),
            )
        )
    return tuple(notes)


def _public_addresses(result: ScanResult) -> list[str]:
    """The public IP addresses the server saw during the scan, in numeric order."""
    seen = {
        address.ip
        for port in result.ports
        for address in (port.mapped, port.mapped_other)
        if address is not None
    }
    return sorted(seen, key=ipaddress.ip_address)


def _adapter_note(found: Egress) -> MachineNote | None:
    source, adapter = found.source_ip, found.interface
    if found.kind in (AdapterKind.VPN, AdapterKind.VIRTUAL) and adapter is not None:
        vpn = found.kind is AdapterKind.VPN
        text = translated("Egress", _VPN_TEXT if vpn else _VIRTUAL_TEXT)
        text = text.format(adapter=adapter, source=source)
        if found.elsewhere:
            text += " " + translated("Egress", _ALSO_ELSEWHERE).format(pbx=found.pbx_ip)
        if vpn:
            steps = (_STEP_DISCONNECT_VPN, _STEP_VPN_CALLS, _STEP_ON_THE_PBX)
        else:
            steps = (_STEP_IN_THE_VM, _STEP_ONE_WAY_OUT, _STEP_ON_THE_PBX)
        return MachineNote(
            Severity.WARNING,
            translated("Egress", _VPN_TITLE if vpn else _VIRTUAL_TITLE),
            text,
            tuple(translated("Egress", step) for step in steps),
        )
    if found.elsewhere:
        text = _ELSEWHERE_TEXT if adapter is not None else _ELSEWHERE_UNNAMED
        return MachineNote(
            Severity.WARNING,
            translated("Egress", _ELSEWHERE_TITLE),
            translated("Egress", text).format(source=source, adapter=adapter, pbx=found.pbx_ip),
            (
                translated("Egress", _STEP_ON_THE_PBX),
                translated("Egress", _STEP_ONE_WAY_OUT),
            ),
        )
    if adapter is None:
        return None
    return MachineNote(
        Severity.INFO,
        translated("Egress", _INFO_TITLE),
        translated("Egress", _INFO_TEXT).format(adapter=adapter, source=source),
    )
