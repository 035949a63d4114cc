"""The words for ... (filled in by its own change)."""

from __future__ import annotations

from wizard.engine.model import ScanResult
from wizard.words.machine import MachineNote


def firewall_notes(result: ScanResult) -> tuple[MachineNote, ...]:
    return ()
