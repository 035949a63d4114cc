"""Reports a customer can send to support, rendered from the one view of a result
(``wizard.presentation``).

The JSON document is the contract of ``check --json`` and of the wizard's JSON export:
the engine's codes unchanged, plus the verdict's message in the reader's language.

The HTML report is one self-contained file from a Jinja2 template
(``resources/templates/report.html.j2``) with autoescaping, so text from the network or the
machine (a STUN server's words, a host name, a process name) cannot become markup: inline
CSS, no scripts, no links to anything outside it. The same HTML goes through Qt's rich-text
engine for the PDF (``wizard.pdf``), which knows only a subset of HTML 4 and CSS 2, so the
layout is plain tables and blocks, and each colour is written as a ``bgcolor`` attribute as
well as in CSS.

A report is written with ``write_report``, the one writer the wizard and ``check --report``
share: it raises ``OSError`` when the file cannot be written, so no face says "saved" for a
file that is not there.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from enum import StrEnum
from functools import cache
from pathlib import Path

import jinja2

from wizard import APP_NAME, RESOURCES, __version__
from wizard.engine.model import RouterSource, ScanResult, UpstreamNat
from wizard.i18n import translate
from wizard.presentation import ResultView, present
from wizard.words import MachineNote, Severity, term, verdict_message

__all__ = [
    "ReportFormat",
    "html_report",
    "json_document",
    "report_format",
    "summary_text",
    "to_json",
    "write_report",
]

_GLOSSARY = ("STUN", "NAT", "full cone", "symmetric NAT", "port preservation", "SIP ALG")
_GLOSSARY_RESPONDER = ("responder",)


class ReportFormat(StrEnum):
    HTML = "html"
    PDF = "pdf"
    JSON = "json"


def report_format(path: str | os.PathLike[str]) -> ReportFormat | None:
    """The format a file name asks for by its extension (``.html``, ``.pdf``, ``.json``)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix == "htm":
        return ReportFormat.HTML
    try:
        return ReportFormat(suffix)
    except ValueError:
        return None


# --- JSON -------------------------------------------------------------------------------------


def json_document(result: ScanResult) -> dict:
    data = result.as_dict()
    document = {"verdict": data.pop("verdict"), "message": verdict_message(result.verdict)}
    document.update(data)
    document["tool_version"] = __version__
    return document


def to_json(result: ScanResult) -> str:
    return json.dumps(json_document(result), indent=2, ensure_ascii=False)


# --- Words shared by the summary and the HTML ---------------------------------------------------


def _when(created: datetime | None) -> str:
    moment = created or datetime.now().astimezone()
    text = moment.strftime("%Y-%m-%d %H:%M")
    offset = moment.strftime("%z")
    if offset:
        text += f" (UTC{offset[:3]}:{offset[3:]})"
    return text


def _title(product_name: str, version: str | None) -> str:
    product = product_name + (f" {version}" if version else "")
    return translate("Report", "PBX firewall check – {product}").format(product=product)


# --- Plain text for the clipboard -------------------------------------------------------------


def summary_text(result: ScanResult, product_name: str, *, created: datetime | None = None) -> str:
    """A few lines to paste into a chat or a ticket: verdict, public IP, counts, failures,
    and what this computer and the responder found that needs doing."""
    view = present(result)
    lines = [_title(product_name, None), view.verdict.message]
    lines.append(translate("Report", "Public IP address: {ip}").format(ip=view.nat.public_ip))
    if view.ports_checked:
        parts = [
            translate("Report", "{label}: {count}").format(label=label, count=count)
            for label, count in view.counts
        ]
        lines.append(
            translate("Report", "Ports checked: {count}").format(count=view.ports_checked)
            + " ("
            + ", ".join(parts)
            + ")"
        )
        lines.extend(f"  {label}: {ports}" for label, ports in view.not_passing)
    else:
        lines.append(translate("Report", "No port was checked."))
    for note in (*view.machine, *view.outside, *_router_notes(view)):
        if note.severity is not Severity.INFO:
            lines.append(f"  ! {note.title}")
    if view.link is not None and view.link.summary is not None:
        lines.append(
            translate("Report", "Link to the STUN server: {figures}").format(
                figures=view.link.summary
            )
        )
        lines.extend(f"  ! {warning}" for warning in view.link.warnings)
    lines.append(
        translate("Report", "{app} {version}, {date}").format(
            app=APP_NAME, version=__version__, date=_when(created)
        )
    )
    return "\n".join(lines) + "\n"


def _router_notes(view: ResultView) -> list[MachineNote]:
    """The notes of the router section: the router's, the hairpin test's, the lifetime's."""
    notes = list(view.router.notes) if view.router is not None else []
    for finding in (view.hairpin, view.lifetime):
        if finding is not None and finding.note is not None:
            notes.append(finding.note)
    return notes


# --- HTML -------------------------------------------------------------------------------------


@cache
def _templates() -> jinja2.Environment:
    """The report templates, read from ``resources/templates`` as the other resources are.

    The one place that knows where templates live; ``autoescape`` is on for every template,
    whatever its name.
    """
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(RESOURCES / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _words() -> dict[str, str]:
    """The report's own headings and labels, translated; the template has no text of its own."""
    return {
        "date": translate("Report", "Date and time"),
        "computer": translate("Report", "Computer"),
        "pbx_address": translate("Report", "PBX address"),
        "tool_version": translate("Report", "Tool version"),
        "server_used": translate("Report", "STUN server used"),
        "responder": translate("Report", "Responder"),
        "duration": translate("Report", "Duration"),
        "result": translate("Report", "Result"),
        "what_to_do": translate("Report", "What to do:"),
        "nat": translate("Report", "How the router translates addresses (NAT)"),
        "public_ip": translate("Report", "Public IP address"),
        "mapping": translate("Report", "Mapping (RFC 5780)"),
        "filtering": translate("Report", "Filtering (RFC 5780)"),
        "port_numbers": translate("Report", "Port numbers"),
        "link": translate("Report", "The link to the STUN server"),
        "machine": translate("Report", "This computer"),
        "outside": translate("Report", "Seen from outside (responder)"),
        "router": translate("Report", "The router, and what lies beyond it"),
        "forwards": translate("Report", "Its forwards for the checked ports"),
        "public_ports": translate("Report", "Public ports"),
        "goes_to": translate("Report", "Goes to"),
        "where": translate("Report", "Where"),
        "description": translate("Report", "Its description"),
        "lease": translate("Report", "Lease"),
        "forwards_left_out": translate(
            "Report", "Rows left out here: {count}. The JSON export lists every forward."
        ),
        "hairpin": translate("Report", "Hairpin NAT (phones on the LAN using the public address)"),
        "lifetime": translate("Report", "How long the router keeps an idle UDP mapping"),
        "answer": translate("Report", "Answer"),
        "sip_changes": translate("Report", "What the SIP helper changed"),
        "sip_part": translate("Report", "Part of the message"),
        "sip_sent": translate("Report", "As sent"),
        "sip_received": translate("Report", "As the responder got it"),
        "transport": translate("Report", "Over"),
        "threats": translate("Report", "What threatens calls:"),
        "servers": translate("Report", "STUN servers tried"),
        "stun_server": translate("Report", "STUN server"),
        "address": translate("Report", "Address"),
        "second_address": translate("Report", "Second address"),
        "failures": translate("Report", "What failed, and what to do"),
        "unclear": translate("Report", "Ports the check could not judge, and why"),
        "held": translate("Report", "Ports held by another program"),
        "ports": translate("Report", "Ports"),
        "program": translate("Report", "Program"),
        "pid": translate("Report", "Process ID"),
        "same_commands": translate(
            "Report", "The same commands work for the other ports held; change the port number."
        ),
        "every_port": translate("Report", "Every checked port"),
        "count": translate("Report", "Count"),
        "public_address": translate("Report", "Public address"),
        "test1": translate("Report", "Test 1"),
        "test2": translate("Report", "Test 2"),
        "witness": translate("Report", "Test 2 by"),
        "manual": translate("Report", "Check by hand (the check did not test these)"),
        "protocol": translate("Report", "Protocol"),
        "needs": translate("Report", "Needs"),
        "purpose": translate("Report", "Purpose"),
        "terms": translate("Report", "Terms used in this report"),
        "created_with": translate("Report", "Created with {app} {version}").format(
            app=APP_NAME, version=__version__
        ),
        # Sentences with numbers or names in them; the template fills them in.
        "seconds": translate("Report", "{seconds:.1f} s"),
        "affected": translate("Report", "Affected ports ({count}):"),
        "retested": translate(
            "Report", "Ports asked again more slowly, still without a clear answer: {count}."
        ),
        "held_by": translate("Report", "Port {port} is held by {name} (PID {pid}). To see it:"),
        "left_out": translate(
            "Report", "Rows left out here: {count}. The JSON export lists every port."
        ),
    }


def html_report(
    result: ScanResult,
    product_name: str,
    *,
    version: str | None = None,
    pbx_address: str | None = None,
    computer: str | None = None,
    created: datetime | None = None,
) -> str:
    """The whole report as one HTML5 file that browsers and ``QTextDocument`` both show.

    ``version`` is the product's version; the tool's own version is written in the header
    and the footer.
    """
    view = present(result)
    words = _words()
    meta = [(words["date"], _when(created))]
    if computer:
        meta.append((words["computer"], computer))
    if pbx_address:
        meta.append((words["pbx_address"], pbx_address))
    meta.append((words["tool_version"], f"{APP_NAME} {__version__}"))
    if view.server_used is not None:
        meta.append((words["server_used"], view.server_used.server))
    terms = _GLOSSARY
    if result.responder is not None:
        meta.append((words["responder"], result.responder.server))
        terms += _GLOSSARY_RESPONDER
    terms += _router_terms(result)
    meta.append((words["duration"], words["seconds"].format(seconds=view.elapsed_s)))
    template = _templates().get_template("report.html.j2")
    return template.render(
        title=_title(product_name, version),
        meta=meta,
        view=view,
        words=words,
        glossary=[(name, term(name)) for name in terms],
        witnesses=any(row.witness for row in view.rows),
    )


def _router_terms(result: ScanResult) -> tuple[str, ...]:
    """The terms the router section uses, where it shows them."""
    terms: list[str] = []
    router = result.router
    if router is not None and router.source is RouterSource.UPNP:
        terms.append("UPnP IGD")
    if router is not None and router.upstream is UpstreamNat.SHARED:
        terms.append("carrier-grade NAT")
    if result.hairpin is not None and (result.hairpin.tested or result.hairpin.problem):
        terms.append("hairpin NAT")
    if result.mapping_lifetime is not None and result.mapping_lifetime.tested:
        terms.append("mapping lifetime")
    return tuple(terms)


# --- Writing a report to a file ---------------------------------------------------------------


def write_report(
    path: str | os.PathLike[str],
    result: ScanResult,
    product_name: str,
    *,
    version: str | None = None,
    pbx_address: str | None = None,
    computer: str | None = None,
    created: datetime | None = None,
    kind: ReportFormat | None = None,
) -> ReportFormat:
    """Write the report ``path`` asks for by its extension (or ``kind``); raise ``OSError``
    if it cannot.

    The document is made in memory first, so a file is written whole or the error says why
    (no folder, no permission, a full disk). A PDF needs a ``QGuiApplication``.
    """
    kind = kind or report_format(path)
    if kind is None:
        raise ValueError(f"unknown report format: {path}")
    if kind is ReportFormat.JSON:
        data = (to_json(result) + "\n").encode("utf-8")
    else:
        document = html_report(
            result,
            product_name,
            version=version,
            pbx_address=pbx_address,
            computer=computer,
            created=created,
        )
        if kind is ReportFormat.HTML:
            data = document.encode("utf-8")
        else:
            from wizard.pdf import pdf_bytes  # Qt's GUI module only when a PDF is asked for

            data = pdf_bytes(document)
    with open(path, "wb") as out:
        out.write(data)
    return kind
