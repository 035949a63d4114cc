"""The words for every code the engine returns: headlines, explanations and next steps.

The engine speaks in stable codes (``wizard.engine.model``); this package turns them into
what a field technician reads, in the command line, the wizard and the saved report. Each
module holds the words for one part of a result, in its own translation context:

- ``verdicts``: the overall answer of a check ("Verdicts")
- ``outcomes``: what one port showed ("Outcomes")
- ``reasons``: why a port is not conclusive ("Reasons")
- ``servers``: why a STUN server could not be used ("Servers")
- ``nat``: how the router maps and filters ("Nat")
- ``link``: the link to the STUN server, and the limits above which it threatens calls ("Link")
- ``requirements``: what a port must do, its direction and protocol ("Requirements")
- ``machine``: what this computer itself does (its firewall, its adapters, its reserved
  ports), gathered from ``firewall`` ("Firewall"), ``egress`` ("Egress") and ``reserved``
  ("Reserved")
- ``responder``: what the responder found from outside: its own state, who proved a
  port's test 2, and the SIP ALG test with where SIP helpers sit ("Responder")
- ``router``: what the router said about itself (a second NAT upstream, its own port
  forwards), the hairpin test and the mapping lifetime test ("Router")
- ``glossary``: the terms the results use, for tooltips ("Terms")

Import from the package, not from its modules. Every text is marked with
``QT_TRANSLATE_NOOP`` where it is written, so ``pyside6-lupdate`` finds it, and translated
with ``translated`` when a function returns it. No returned text holds a placeholder:
where a step needs the real port or process, it points to "the commands shown below",
which the engine fills in (``PortResult.commands``). Only the link figures fill in numbers,
after translating.

Long texts are split over adjacent string literals inside the ``QT_TRANSLATE_NOOP`` call;
Python joins them at compile time and ``pyside6-lupdate`` reads them as one source text.
"""

from __future__ import annotations

from wizard.words.explanation import Explanation
from wizard.words.glossary import TERMS, term
from wizard.words.link import (
    MAX_JITTER_MS,
    MAX_LOSS_PCT,
    MAX_ONE_WAY_MS,
    link_figures,
    link_note,
    link_summary,
    link_warnings,
)

from wizard.words.machine import MachineNote, Severity, machine_notes  # isort: skip
from wizard.words.egress import egress_notes
from wizard.words.firewall import ALLOW_ACTION, firewall_notes
from wizard.words.nat import behaviour_text, port_preservation_text
from wizard.words.outcomes import explain_outcome, outcome_label, tcp_seen_label
from wizard.words.reasons import explain_reason, reason_label
from wizard.words.requirements import (
    direction_label,
    protocol_label,
    requirement_label,
    requirement_text,
)
from wizard.words.reserved import reserved_notes
from wizard.words.responder import responder_notes, sip_part_label, witness_label
from wizard.words.router import (
    MAX_ROUTER_TEXT,
    hairpin_note,
    hairpin_summary,
    lifetime_note,
    lifetime_summary,
    mapping_fit_label,
    router_notes,
    router_source_label,
    router_text,
    upstream_label,
)
from wizard.words.servers import server_error_text
from wizard.words.verdicts import explain_verdict, verdict_message, verdict_outcome

__all__ = [
    "ALLOW_ACTION",
    "MAX_JITTER_MS",
    "MAX_LOSS_PCT",
    "MAX_ONE_WAY_MS",
    "TERMS",
    "Explanation",
    "behaviour_text",
    "direction_label",
    "explain_outcome",
    "explain_reason",
    "explain_verdict",
    "link_figures",
    "link_note",
    "link_summary",
    "link_warnings",
    "MachineNote",
    "Severity",
    "machine_notes",
    "egress_notes",
    "firewall_notes",
    "reserved_notes",
    "responder_notes",
    "MAX_ROUTER_TEXT",
    "hairpin_note",
    "hairpin_summary",
    "lifetime_note",
    "lifetime_summary",
    "mapping_fit_label",
    "router_notes",
    "router_source_label",
    "router_text",
    "upstream_label",
    "sip_part_label",
    "witness_label",
    "outcome_label",
    "port_preservation_text",
    "protocol_label",
    "reason_label",
    "requirement_label",
    "requirement_text",
    "server_error_text",
    "tcp_seen_label",
    "term",
    "verdict_message",
    "verdict_outcome",
]
