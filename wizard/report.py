"""Reports a customer can send to support, built from a scan result.

The JSON document is the contract of ``check --json`` and of the wizard's JSON export:
the engine's codes unchanged, plus the verdict's message in the reader's language.

The HTML report is one self-contained file: inline CSS, no scripts, no links to anything
outside it. The same HTML goes through Qt's rich-text engine for the PDF export, which
knows only a subset of HTML 4 and CSS 2, so the layout is plain tables and blocks, and
each colour is written as a ``bgcolor`` attribute as well as in CSS.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from wizard import APP_NAME, __version__
from wizard.engine.classify import verdict_for
from wizard.engine.model import (
    LinkQuality,
    Outcome,
    PortResult,
    Reason,
    Requirement,
    ScanResult,
    ServerStatus,
    Verdict,
)
from wizard.i18n import product_text, translate
from wizard.verdicts import (
    Explanation,
    behaviour_text,
    explain_outcome,
    explain_verdict,
    link_figures,
    link_note,
    link_summary,
    link_warnings,
    outcome_label,
    port_preservation_text,
    reason_label,
    requirement_label,
    server_error_text,
    term,
    verdict_message,
)

__all__ = [
    "OUTCOME_COLOURS",
    "PortClass",
    "failures_beside_verdict",
    "group_ports",
    "html_report",
    "json_document",
    "summary_text",
    "to_json",
]

# The one table of outcome colours: the HTML report, the port grid, its legend and the port
# tables all take theirs from here, so a colour means the same wherever a technician sees it.
# Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008), told apart with the common
# kinds of colour blindness; the label is always written next to the colour, so nothing
# depends on the colour alone. A port that could not be judged gets a grey-blue outside the
# palette: neutral on purpose, far from the warm colours of the faults.
OUTCOME_COLOURS: dict[Outcome, str] = {
    Outcome.PASS: "#009E73",  # bluish green
    Outcome.NOT_FORWARDED: "#E69F00",  # orange
    Outcome.PORT_TRANSLATED: "#F0E442",  # yellow
    Outcome.SYMMETRIC_NAT: "#D55E00",  # vermillion
    Outcome.NO_RESPONSE: "#000000",  # black
    Outcome.PORT_IN_USE: "#0072B2",  # blue
    Outcome.NO_PERMISSION: "#CC79A7",  # reddish purple
    Outcome.UNTESTED: "#56B4E9",  # sky blue
    Outcome.INCONCLUSIVE: "#6F7F99",  # grey-blue
}

# The verdict badge: (background, text colour). Black on amber reads better than white.
_BADGE_SUCCESS = ("#009E73", "#FFFFFF")
_BADGE_PARTIAL = ("#E69F00", "#000000")
_BADGE_FAILURE = ("#D55E00", "#FFFFFF")
_BADGE_INCONCLUSIVE = (OUTCOME_COLOURS[Outcome.INCONCLUSIVE], "#000000")

# Beyond this many rows the port table drops the public address from what makes ports
# alike (a router that picks random public ports makes every port a row of its own); beyond
# it again the table is cut short and says so. The JSON export always lists every port.
MAX_TABLE_ROWS = 200
# A running PBX can hold thousands of ports; the commands for a few show how to look.
MAX_COMMAND_BLOCKS = 5
# Failing ports listed in one line of text before "and N more".
MAX_LISTED_RANGES = 40

_GLOSSARY = ("STUN", "NAT", "full cone", "symmetric NAT", "port preservation", "SIP ALG")


def json_document(result: ScanResult) -> dict:
    data = result.as_dict()
    document = {"verdict": data.pop("verdict"), "message": verdict_message(result.verdict)}
    document.update(data)
    document["tool_version"] = __version__
    return document


def to_json(result: ScanResult) -> str:
    return json.dumps(json_document(result), indent=2, ensure_ascii=False)


# --- Grouping ports --------------------------------------------------------------------------


def group_ports(ports: Sequence[PortResult]) -> list[list[PortResult]]:
    """Neighbouring ports that ended alike, so 2000 passing ports make one group.

    Alike means the same outcome (and reason, where it is inconclusive), test results and
    holding process, and the same public address with the same offset between public and
    local port.
    """
    return _group(ports, _strict_key)


def _strict_key(result: PortResult) -> Hashable:
    return (*_coarse_key(result), _shift(result))


def _coarse_key(result: PortResult) -> tuple:
    return (result.outcome, result.reason, result.test1, result.test2, result.process)


def _shift(result: PortResult) -> tuple[str, int] | None:
    return (result.mapped.ip, result.mapped.port - result.port) if result.mapped else None


def _group(
    ports: Sequence[PortResult], key: Callable[[PortResult], Hashable]
) -> list[list[PortResult]]:
    groups: list[list[PortResult]] = []
    for result in ports:
        if groups:
            last = groups[-1][-1]
            if result.port == last.port + 1 and key(result) == key(last):
                groups[-1].append(result)
                continue
        groups.append([result])
    return groups


def _port_span(group: Sequence[PortResult]) -> str:
    first, last = group[0].port, group[-1].port
    return str(first) if first == last else f"{first}–{last}"


def _runs(ports: Iterable[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for port in sorted(set(ports)):
        if runs and runs[-1][1] == port - 1:
            runs[-1] = (runs[-1][0], port)
        else:
            runs.append((port, port))
    return runs


def _port_list(ports: Iterable[int]) -> str:
    """``"5060, 9980–9999"``; a long list ends with how many ranges were left out."""
    runs = [str(a) if a == b else f"{a}–{b}" for a, b in _runs(ports)]
    if len(runs) <= MAX_LISTED_RANGES:
        return ", ".join(runs)
    shown = ", ".join(runs[:MAX_LISTED_RANGES])
    more = len(runs) - MAX_LISTED_RANGES
    return translate("Report", "{ports}, … (ranges left out: {count})").format(
        ports=shown, count=more
    )


class PortClass(NamedTuple):
    """Ports that did not pass in the same way, and so share one explanation."""

    outcome: Outcome
    requirement: Requirement | None  # None where it changes nothing (inconclusive ports)
    reason: Reason | None  # why, for inconclusive ports
    ports: list[PortResult]

    def explanation(self) -> Explanation:
        return explain_outcome(self.outcome, self.requirement, self.reason)


def _failing_classes(ports: Sequence[PortResult]) -> list[PortClass]:
    """Ports that did not pass, by outcome and requirement, in order of first appearance.

    The requirement matters because it changes what an outcome means (``explain_outcome``);
    for an inconclusive port its reason does instead.
    """
    classes: dict[tuple[Outcome, Requirement | None, Reason | None], list[PortResult]] = {}
    for port in ports:
        if port.outcome is Outcome.PASS:
            continue
        if port.outcome is Outcome.INCONCLUSIVE:
            key = (port.outcome, None, port.reason)
        else:
            key = (port.outcome, port.requirement, None)
        classes.setdefault(key, []).append(port)
    return [PortClass(*key, found) for key, found in classes.items()]


def failures_beside_verdict(result: ScanResult) -> list[PortClass]:
    """The classes a summary explains below its verdict: when ports failed in more than
    one way (or only some failed), each failure class but the one the verdict explains;
    and the inconclusive ports by reason, always, since no verdict can say why for them."""
    classes = _failing_classes(result.ports)
    failed = [c for c in classes if c.outcome is not Outcome.INCONCLUSIVE]
    unclear = [c for c in classes if c.outcome is Outcome.INCONCLUSIVE]
    if len({c.outcome for c in failed}) < 2 and result.verdict is not Verdict.PARTIAL:
        return unclear
    return [c for c in failed if verdict_for(c.outcome) is not result.verdict] + unclear


def _result_label(port: PortResult) -> str:
    """The outcome for a table cell; an inconclusive port's reason goes with it."""
    if port.outcome is Outcome.INCONCLUSIVE and port.reason is not None:
        return translate("Report", "{result} ({reason})").format(
            result=outcome_label(port.outcome), reason=reason_label(port.reason)
        )
    return outcome_label(port.outcome)


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
    """A few lines to paste into a chat or a ticket: verdict, public IP, counts, failures."""
    lines = [_title(product_name, None), verdict_message(result.verdict)]
    lines.append(
        translate("Report", "Public IP address: {ip}").format(ip=result.nat.public_ip or "–")
    )
    if result.ports:
        counts: dict[Outcome, int] = {}
        for port in result.ports:
            counts[port.outcome] = counts.get(port.outcome, 0) + 1
        parts = [
            translate("Report", "{label}: {count}").format(label=outcome_label(o), count=n)
            for o, n in counts.items()
        ]
        lines.append(
            translate("Report", "Ports checked: {count}").format(count=len(result.ports))
            + " ("
            + ", ".join(parts)
            + ")"
        )
        by_label: dict[str, list[int]] = {}
        for port in result.ports:
            if port.outcome is not Outcome.PASS:
                by_label.setdefault(_result_label(port), []).append(port.port)
        for label, numbers in by_label.items():
            lines.append(f"  {label}: {_port_list(numbers)}")
    else:
        lines.append(translate("Report", "No port was checked."))
    if result.link is not None and result.link.loss_pct is not None:
        lines.append(
            translate("Report", "Link to the STUN server: {figures}").format(
                figures=link_summary(result.link)
            )
        )
        lines.extend(f"  ! {warning}" for warning in link_warnings(result.link))
    lines.append(
        translate("Report", "{app} {version}, {date}").format(
            app=APP_NAME, version=__version__, date=_when(created)
        )
    )
    return "\n".join(lines) + "\n"


# --- HTML report -----------------------------------------------------------------------------

_CSS = """
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; font-size: 10pt; color: #222222;
       margin: 24px; }
h1 { font-size: 17pt; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 20px; margin-bottom: 6px; color: #333333; }
h3 { font-size: 11pt; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 4px; margin-bottom: 4px; }
ol, ul { margin-top: 4px; margin-bottom: 4px; }
table.meta td { padding: 1px 14px 1px 0; vertical-align: top; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid th, table.grid td { border: 1px solid #BBBBBB; padding: 3px 6px; text-align: left;
       vertical-align: top; }
table.grid th { background-color: #EEEEEE; }
table.grid td.swatch { width: 10px; padding: 0; }
td.nowrap { white-space: nowrap; }
table.outcome { margin-top: 12px; }
td.badge { padding: 6px 12px; font-weight: bold; font-size: 12pt; }
pre { font-family: Consolas, "Courier New", monospace; font-size: 9pt;
      background-color: #F4F4F4; padding: 6px; white-space: pre-wrap; }
.muted { color: #666666; }
.warning { color: #8A3B00; }
.headline { font-size: 13pt; font-weight: bold; margin-top: 10px; }
.footer { margin-top: 24px; color: #666666; font-size: 9pt; }
"""

_GRID = '<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%">'


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _mark(value: bool | None) -> str:
    if value is None:
        return "–"
    return translate("Report", "ok") if value else translate("Report", "failed")


def _swatch(outcome: Outcome) -> str:
    colour = OUTCOME_COLOURS[outcome]
    return (
        f'<td class="swatch" width="10" bgcolor="{colour}" '
        f'style="background-color: {colour};">&nbsp;</td>'
    )


def _row(cells: Iterable[str], header: bool = False, nowrap: int = 0) -> str:
    """A table row of ready-made cell HTML; the first ``nowrap`` cells do not wrap."""
    tag = "th" if header else "td"
    parts = []
    for index, cell in enumerate(cells):
        attributes = ' class="nowrap" nowrap' if index < nowrap else ""
        parts.append(f"<{tag}{attributes}>{cell}</{tag}>")
    return "<tr>" + "".join(parts) + "</tr>"


def _steps(steps: Sequence[str]) -> str:
    if not steps:
        return ""
    return "<ol>" + "".join(f"<li>{_e(step)}</li>" for step in steps) + "</ol>"


def _badge_colours(verdict: Verdict) -> tuple[str, str]:
    if verdict is Verdict.SUCCESS:
        return _BADGE_SUCCESS
    if verdict is Verdict.PARTIAL:
        return _BADGE_PARTIAL
    if verdict is Verdict.INCONCLUSIVE:
        return _BADGE_INCONCLUSIVE
    return _BADGE_FAILURE


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
    title = _title(product_name, version)
    explanation = explain_verdict(result.verdict)
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
        f"<h1>{_e(title)}</h1>",
        _meta_section(result, pbx_address, computer, created),
        _verdict_section(result.verdict, explanation),
        _nat_section(result),
        _link_section(result.link),
        _servers_section(result),
        _failures_section(result, explanation),
        _inconclusive_section(result),
        _held_section(result),
        _ports_section(result),
        _manual_section(result),
        _glossary_section(),
        '<p class="footer">'
        + _e(
            translate("Report", "Created with {app} {version}").format(
                app=APP_NAME, version=__version__
            )
        )
        + "</p>",
        "</body></html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


def _meta_section(
    result: ScanResult, pbx_address: str | None, computer: str | None, created: datetime | None
) -> str:
    rows = [(translate("Report", "Date and time"), _when(created))]
    if computer:
        rows.append((translate("Report", "Computer"), computer))
    if pbx_address:
        rows.append((translate("Report", "PBX address"), pbx_address))
    rows.append((translate("Report", "Tool version"), f"{APP_NAME} {__version__}"))
    if result.server_used is not None:
        rows.append((translate("Report", "STUN server used"), result.server_used.server))
    rows.append(
        (
            translate("Report", "Duration"),
            translate("Report", "{seconds:.1f} s").format(seconds=result.elapsed_s),
        )
    )
    body = "".join(
        f'<tr><td class="muted">{_e(label)}</td><td>{_e(value)}</td></tr>' for label, value in rows
    )
    return f'<table class="meta" cellspacing="0" cellpadding="2">{body}</table>'


def _verdict_section(verdict: Verdict, explanation: Explanation) -> str:
    background, text = _badge_colours(verdict)
    badge = (
        '<table cellspacing="0" cellpadding="8"><tr>'
        f'<td class="badge" bgcolor="{background}" '
        f'style="background-color: {background}; color: {text};">'
        f'<span style="color: {text};">{_e(explanation.title)}</span></td>'
        "</tr></table>"
    )
    parts = [
        "<h2>" + _e(translate("Report", "Result")) + "</h2>",
        badge,
        f'<p class="headline">{_e(verdict_message(verdict))}</p>',
        f"<p>{_e(explanation.summary)}</p>",
    ]
    if explanation.steps:
        parts.append("<p><b>" + _e(translate("Report", "What to do:")) + "</b></p>")
        parts.append(_steps(explanation.steps))
    return "\n".join(parts)


def _nat_section(result: ScanResult) -> str:
    nat = result.nat
    if not (nat.public_ip or nat.mapping or nat.filtering or nat.port_preserving is not None):
        return ""
    rows = [
        (translate("Report", "Public IP address"), nat.public_ip or "–"),
        (translate("Report", "Mapping (RFC 5780)"), behaviour_text("mapping", nat.mapping)),
        (translate("Report", "Filtering (RFC 5780)"), behaviour_text("filtering", nat.filtering)),
        (translate("Report", "Port numbers"), port_preservation_text(nat.port_preserving)),
    ]
    body = "".join(
        f'<tr><td class="muted" width="25%">{_e(label)}</td><td>{_e(value)}</td></tr>'
        for label, value in rows
    )
    heading = translate("Report", "How the router translates addresses (NAT)")
    return f"<h2>{_e(heading)}</h2>\n{_GRID}{body}</table>"


def _link_section(link: LinkQuality | None) -> str:
    if link is None:
        return ""
    body = "".join(
        f'<tr><td class="muted" width="25%">{_e(label)}</td><td>{_e(value)}</td></tr>'
        for label, value in link_figures(link)
    )
    heading = translate("Report", "The link to the STUN server")
    parts = [f"<h2>{_e(heading)}</h2>", f'<p class="muted">{_e(link_note())}</p>']
    parts.append(f"{_GRID}{body}</table>")
    warnings = link_warnings(link)
    if warnings:
        title = translate("Report", "What threatens calls:")
        items = "".join(f'<li class="warning">{_e(warning)}</li>' for warning in warnings)
        parts.append(f"<p><b>{_e(title)}</b></p><ul>{items}</ul>")
    return "\n".join(parts)


def _server_address(status: ServerStatus) -> str:
    if status.primary is not None:
        return str(status.primary)
    if status.addresses:
        return ", ".join(str(address) for address in status.addresses)
    return "–"


def _server_state(status: ServerStatus, used: ServerStatus | None) -> str:
    if status.error is not None:
        text = server_error_text(status.error)
        if status.detail:
            text += f" ({status.detail})"
        return text
    if used is not None and status.server == used.server:
        return translate("Report", "Used for this check.")
    return translate("Report", "Answered.")


def _servers_section(result: ScanResult) -> str:
    if not result.servers:
        return ""
    header = _row(
        (
            _e(translate("Report", "STUN server")),
            _e(translate("Report", "Address")),
            _e(translate("Report", "Second address")),
            _e(translate("Report", "Result")),
        ),
        header=True,
    )
    rows = [
        _row(
            (
                _e(status.server),
                _e(_server_address(status)),
                _e(status.other_address or "–"),
                _e(_server_state(status, result.server_used)),
            ),
            nowrap=3,
        )
        for status in result.servers
    ]
    heading = translate("Report", "STUN servers tried")
    return f"<h2>{_e(heading)}</h2>\n{_GRID}{header}{''.join(rows)}</table>"


def _class_heading(port_class: PortClass, about: Explanation) -> str:
    colour = OUTCOME_COLOURS[port_class.outcome]
    if port_class.reason is not None:
        detail = reason_label(port_class.reason)
    elif port_class.requirement is not None:
        detail = f"{outcome_label(port_class.outcome)}, {requirement_label(port_class.requirement)}"
    else:
        detail = outcome_label(port_class.outcome)
    return (
        '<table class="outcome" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="6" bgcolor="{colour}" style="background-color: {colour};">&nbsp;</td>'
        f"<td>&nbsp;<b>{_e(about.title)}</b>"
        f' <span class="muted">({_e(detail)})</span></td>'
        "</tr></table>"
    )


def _affected(ports: Sequence[PortResult]) -> str:
    text = translate("Report", "Affected ports ({count}):").format(count=len(ports))
    return f"<p><b>{_e(text)}</b> {_e(_port_list(p.port for p in ports))}</p>"


def _failures_section(result: ScanResult, explanation: Explanation) -> str:
    classes = [c for c in _failing_classes(result.ports) if c.outcome is not Outcome.INCONCLUSIVE]
    if not classes:
        return ""
    parts = ["<h2>" + _e(translate("Report", "What failed, and what to do")) + "</h2>"]
    for port_class in classes:
        about = port_class.explanation()
        parts.append(_class_heading(port_class, about))
        parts.append(f"<p>{_e(about.summary)}</p>")
        parts.append(_affected(port_class.ports))
        # The verdict's steps are often this outcome's; printing them twice helps no one.
        if about.steps != explanation.steps:
            parts.append(_steps(about.steps))
    return "\n".join(parts)


def _inconclusive_section(result: ScanResult) -> str:
    classes = [c for c in _failing_classes(result.ports) if c.outcome is Outcome.INCONCLUSIVE]
    if not classes:
        return ""
    parts = ["<h2>" + _e(translate("Report", "Ports the check could not judge, and why")) + "</h2>"]
    for port_class in classes:
        about = port_class.explanation()
        parts.append(_class_heading(port_class, about))
        parts.append(f"<p>{_e(about.summary)}</p>")
        parts.append(_affected(port_class.ports))
        retested = sum(port.retested for port in port_class.ports)
        if retested:
            note = translate(
                "Report", "Ports asked again more slowly, still without a clear answer: {count}."
            ).format(count=retested)
            parts.append(f'<p class="muted">{_e(note)}</p>')
        parts.append(_steps(about.steps))
    return "\n".join(parts)


def _held_section(result: ScanResult) -> str:
    held = [port for port in result.ports if port.outcome is Outcome.PORT_IN_USE]
    if not held:
        return ""
    header = _row(
        (
            _e(translate("Report", "Ports")),
            _e(translate("Report", "Program")),
            _e(translate("Report", "Process ID")),
        ),
        header=True,
    )
    rows = []
    for group in _group(held, lambda port: port.process):
        process = group[0].process
        name = process.name if process and process.name else "?"
        pid = process.pid if process and process.pid is not None else "?"
        rows.append(_row((_e(_port_span(group)), _e(name), _e(pid))))
    heading = translate("Report", "Ports held by another program")
    parts = [f"<h2>{_e(heading)}</h2>", f"{_GRID}{header}{''.join(rows)}</table>"]
    with_commands = [port for port in held if port.commands]
    for port in with_commands[:MAX_COMMAND_BLOCKS]:
        process = port.process
        intro = translate("Report", "Port {port} is held by {name} (PID {pid}). To see it:").format(
            port=port.port,
            name=process.name if process and process.name else "?",
            pid=process.pid if process and process.pid is not None else "?",
        )
        parts.append(f"<p>{_e(intro)}</p>")
        parts.append("<pre>" + _e("\n".join(port.commands)) + "</pre>")
    if len(with_commands) > MAX_COMMAND_BLOCKS:
        # No counts in words here: lupdate cannot give plural forms to text outside widgets.
        more = translate(
            "Report", "The same commands work for the other ports held; change the port number."
        )
        parts.append(f'<p class="muted">{_e(more)}</p>')
    return "\n".join(parts)


def _table_groups(ports: Sequence[PortResult]) -> tuple[list[list[PortResult]], int]:
    """Groups for the port table, and how many groups were left out."""
    groups = group_ports(ports)
    if len(groups) > MAX_TABLE_ROWS:
        groups = _group(ports, _coarse_key)
    left_out = max(len(groups) - MAX_TABLE_ROWS, 0)
    return groups[:MAX_TABLE_ROWS], left_out


def _public_span(group: Sequence[PortResult]) -> str:
    first, last = group[0].mapped, group[-1].mapped
    if first is None or last is None:
        return "–"
    if len(group) == 1:
        return str(first)
    if any(_shift(port) != _shift(group[0]) for port in group):
        if all(port.mapped is not None and port.mapped.ip == first.ip for port in group):
            return translate("Report", "{ip}, ports vary").format(ip=first.ip)
        return translate("Report", "varies")
    return f"{first}–{last.port}"


def _ports_section(result: ScanResult) -> str:
    if not result.ports:
        return ""
    groups, left_out = _table_groups(result.ports)
    header = (
        "<tr><th></th>"
        + "".join(
            f"<th>{_e(text)}</th>"
            for text in (
                translate("Report", "Ports"),
                translate("Report", "Count"),
                translate("Report", "Result"),
                translate("Report", "Public address"),
                translate("Report", "Test 1"),
                translate("Report", "Test 2"),
            )
        )
        + "</tr>"
    )
    rows = []
    for group in groups:
        first = group[0]
        rows.append(
            "<tr>"
            + _swatch(first.outcome)
            + "".join(
                f"<td>{cell}</td>"
                for cell in (
                    _e(_port_span(group)),
                    str(len(group)),
                    _e(_result_label(first)),
                    _e(_public_span(group)),
                    _e(_mark(first.test1)),
                    _e(_mark(first.test2)),
                )
            )
            + "</tr>"
        )
    heading = translate("Report", "Every checked port")
    parts = [f"<h2>{_e(heading)}</h2>", f"{_GRID}{header}{''.join(rows)}</table>"]
    if left_out:
        note = translate(
            "Report", "Rows left out here: {count}. The JSON export lists every port."
        ).format(count=left_out)
        parts.append(f'<p class="muted">{_e(note)}</p>')
    return "\n".join(parts)


def _manual_needs(rule: dict) -> str:
    try:
        needs = requirement_label(Requirement(rule.get("requirement")))
    except ValueError:
        needs = "–"
    if "required" in rule:
        if rule["required"]:
            flag = translate("Report", "required")
        else:
            flag = translate("Report", "recommended")
        needs = f"{needs}, {flag}"
    return needs


def _manual_section(result: ScanResult) -> str:
    if not result.manual:
        return ""
    header = _row(
        (
            _e(translate("Report", "Ports")),
            _e(translate("Report", "Protocol")),
            _e(translate("Report", "Needs")),
            _e(translate("Report", "Purpose")),
        ),
        header=True,
    )
    rows = []
    for rule in result.manual:
        ports = str(rule.get("ports", "–"))
        if rule.get("public_port"):
            ports = f"{rule['public_port']} → {ports}"
        rows.append(
            _row(
                (
                    _e(ports),
                    _e(str(rule.get("protocol", "–")).upper()),
                    _e(_manual_needs(rule)),
                    _e(product_text(rule.get("purpose", ""))),
                )
            )
        )
    heading = translate("Report", "Check by hand (STUN cannot test these)")
    return f"<h2>{_e(heading)}</h2>\n{_GRID}{header}{''.join(rows)}</table>"


def _glossary_section() -> str:
    items = "".join(f"<li><b>{_e(name)}</b>: {_e(term(name))}</li>" for name in _GLOSSARY)
    heading = translate("Report", "Terms used in this report")
    return f"<h2>{_e(heading)}</h2>\n<ul>{items}</ul>"
