"""What this computer itself does to the check and to the PBX, as notes for every face.

Each part of the machine has its own words module and translation context: its firewall
(``firewall``, "Firewall"), the adapter traffic leaves by (``egress``, "Egress") and the
ports the system reserves (``reserved``, "Reserved"). This module only puts their notes
in order: problems first, then warnings, then what is merely worth knowing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from wizard.engine.model import ScanResult


class Severity(IntEnum):
    PROBLEM = 0  # breaks the PBX or kept the check from judging the router
    WARNING = 1  # may make the verdict about another device, or the PBX fail later
    INFO = 2  # worth knowing; nothing to do


@dataclass(frozen=True)
class MachineNote:
    """One finding about this computer, translated."""

    severity: Severity
    title: str  # short headline
    text: str  # one to three sentences: what was found and what it means
    steps: tuple[str, ...] = ()  # what to do, in order
    commands: tuple[str, ...] = ()  # commands to hand over, exactly as typed
    action: str | None = None  # an action a face may offer as a button (e.g. "allow_firewall")


def machine_notes(result: ScanResult) -> tuple[MachineNote, ...]:
    """Every note about this computer for ``result``, the worst first."""
    from wizard.words.egress import egress_notes
    from wizard.words.firewall import firewall_notes
    from wizard.words.reserved import reserved_notes

    notes = [
        *firewall_notes(result),
        *reserved_notes(result),
        *egress_notes(result),
    ]
    return tuple(sorted(notes, key=lambda note: note.severity))
