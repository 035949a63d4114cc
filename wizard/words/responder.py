"""The words for what the responder found from outside (``ScanResult.responder`` and
``ScanResult.sip_alg``): its own state, and the SIP ALG test with what to do."""

from __future__ import annotations

from wizard.engine.model import ScanResult
from wizard.words.machine import MachineNote

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Responder"


def responder_notes(result: ScanResult) -> tuple[MachineNote, ...]:
    """The notes about the responder and the SIP ALG test, the worst first."""
    return ()
