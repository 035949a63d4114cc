"""A check's result as plain text for a terminal: the CLI's face for the presentation model."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from wizard import APP_NAME, __version__
from wizard.catalog import Product
from wizard.engine.model import Protocol, ScanResult
from wizard.i18n import product_text, translate
from wizard.presentation import RouterView, present
from wizard.words import MachineNote, Severity

__all__ = ["print_summary", "print_table"]


def print_table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Columns padded to their widest cell; the last one, often a sentence, runs free."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip(), file=out)


class _Printable:
    """A stream that shows control characters as ``?``: a process name or a server's words
    must not move the cursor, clear the screen or retitle the terminal."""

    _CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(self._CONTROL.sub("?", text))

    def flush(self) -> None:
        self.out.flush()


def print_summary(result: ScanResult, product: Product, version: str | None, out: TextIO) -> None:
    """What a technician reads after a check: the view every face shows, as plain text.

    Port ranges are written as ``--ports`` takes them (``9000-9019``), to paste back in.
    """
    out = _Printable(out)  # type: ignore[assignment]
    view = present(result)
    name = product_text(product.name) + (f" {version}" if version else "")
    print(f"{APP_NAME} {__version__} — {name}", file=out)
    used = view.server_used
    if used is not None:
        print(
            translate("Cli", "STUN server: {server} ({address}, second address {other})").format(
                server=used.server, address=used.address, other=used.other
            ),
            file=out,
        )
    for server in view.servers:
        if server.error is not None:
            print(
                "  "
                + translate("Cli", "{server}: {problem}").format(
                    server=server.server, problem=server.state
                ),
                file=out,
            )
    print(file=out)

    verdict = view.verdict
    print(verdict.message, file=out)
    print(verdict.explanation.summary, file=out)

    if view.rows:
        print(file=out)
        # Who proved test 2 only where a responder took part: with STUN alone it is always
        # the STUN server.
        witnesses = any(row.witness for row in view.rows)
        header = [
            translate("Cli", "Port"),
            translate("Cli", "Result"),
            translate("Cli", "Public address"),
            translate("Cli", "Test 1"),
            translate("Cli", "Test 2"),
        ]
        if witnesses:
            header.append(translate("Cli", "Test 2 by"))
        rows = [(*header, "")]
        for row in view.rows:
            cells = [row.spec, row.label, row.public, row.test1, row.test2]
            if witnesses:
                cells.append(row.witness or "–")
            rows.append((*cells, row.details))
        print_table(rows, out)
        if view.rows_left_out:
            print(
                translate(
                    "Cli", "Rows left out: {count}. The JSON output lists every port."
                ).format(count=view.rows_left_out),
                file=out,
            )

    if view.machine:
        print(file=out)
        print(translate("Cli", "This computer:"), file=out)
        _print_notes(view.machine, out)

    if view.outside:
        print(file=out)
        print(translate("Cli", "Seen from outside (responder):"), file=out)
        _print_notes(view.outside, out)
        if view.sip_changes:
            print("  " + translate("Cli", "The SIP message as sent → as received:"), file=out)
            for change in view.sip_changes:
                print(f"    {change.transport}: {change.part}", file=out)
                print(f"      {_one_line(change.sent)}", file=out)
                print(f"    → {_one_line(change.received)}", file=out)

    if view.router is not None:
        _print_router(view.router, out)
    if view.hairpin is not None:
        print(file=out)
        print(
            translate("Cli", "Hairpin NAT: {answer}").format(answer=view.hairpin.summary),
            file=out,
        )
        if view.hairpin.note is not None:
            _print_notes((view.hairpin.note,), out)
    if view.lifetime is not None:
        print(file=out)
        print(
            translate("Cli", "Mapping lifetime: {answer}").format(answer=view.lifetime.summary),
            file=out,
        )
        if view.lifetime.note is not None:
            _print_notes((view.lifetime.note,), out)

    nat = view.nat
    if nat.shown:
        print(file=out)
        print(translate("Cli", "Public IP address: {ip}").format(ip=nat.public_ip), file=out)
        for line in (nat.mapping, nat.filtering, nat.port_numbers):
            print("  " + line, file=out)

    if view.link is not None:
        print(file=out)
        print(translate("Cli", "Link to the STUN server:"), file=out)
        for label, value in view.link.figures:
            print(
                "  " + translate("Cli", "{label}: {value}").format(label=label, value=value),
                file=out,
            )
        for warning in view.link.warnings:
            print("  ! " + warning, file=out)
        print("  " + view.link.note, file=out)

    print(file=out)
    if verdict.show_steps:
        print(translate("Cli", "What to do:"), file=out)
        for number, step in enumerate(verdict.explanation.steps, 1):
            print(f"  {number}. {step}", file=out)
    for port_class in view.beside_verdict:
        about = port_class.explanation
        suffix = "/TCP" if port_class.protocol is Protocol.TCP else ""
        ports = ", ".join(f"{run}{suffix}" for run in port_class.runs)
        print(file=out)
        print(f"{about.title} — " + translate("Cli", "ports {ports}").format(ports=ports), file=out)
        print(f"  {about.summary}", file=out)
        # The verdict's steps are often this class's too: once is enough.
        if about.steps != verdict.explanation.steps or not verdict.show_steps:
            for step in about.steps:
                print(f"  • {step}", file=out)
    for held in view.held.shown:
        print(file=out)
        print(
            translate("Cli", "Port {port} is held by {name} (PID {pid}). To see it:").format(
                port=held.port, name=held.name, pid=held.pid
            ),
            file=out,
        )
        for command in held.commands:
            print(f"    {command}", file=out)
    if view.held.more:
        print(
            translate("Cli", "Other ports held: {count}. The JSON output lists them all.").format(
                count=view.held.more
            ),
            file=out,
        )
    if view.manual:
        print(file=out)
        print(translate("Cli", "Check by hand (the check did not test these):"), file=out)
        for check in view.manual:
            print(f"  {check.protocol} {check.ports}: {check.purpose}", file=out)
    print(file=out)
    print(
        translate("Cli", "Finished in {seconds:.1f} s.").format(seconds=result.elapsed_s), file=out
    )


# A changed SIP body can run to kilobytes over many lines; the JSON keeps all of it.
_MAX_SHOWN = 200


def _one_line(text: str) -> str:
    """A part of a SIP message on one line of a terminal, its line ends shown as ↵."""
    flat = text.replace("\r\n", "↵").replace("\n", "↵")
    return flat if len(flat) <= _MAX_SHOWN else flat[: _MAX_SHOWN - 1] + "…"


def _print_router(router: RouterView, out: TextIO) -> None:
    """What the router said: its facts, its forwards for the checked ports, its notes."""
    print(file=out)
    print(translate("Cli", "Router:"), file=out)
    for label, value in router.facts:
        print(
            "  " + translate("Cli", "{label}: {value}").format(label=label, value=value), file=out
        )
    if router.rows:
        print("  " + translate("Cli", "Its forwards for the checked ports:"), file=out)
        rows = [
            (f"    {row.display}", f"→ {row.target}", row.where, row.lease, row.description)
            for row in router.rows
        ]
        print_table(rows, out)
        if router.rows_left_out:
            print(
                "    "
                + translate(
                    "Cli", "Rows left out: {count}. The JSON output lists them all."
                ).format(count=router.rows_left_out),
                file=out,
            )
    _print_notes(router.notes, out)


def _print_notes(notes: Sequence[MachineNote], out: TextIO) -> None:
    for note in notes:
        marker = "!" if note.severity is not Severity.INFO else "-"
        print(f"  {marker} {note.title}", file=out)
        print(f"    {note.text}", file=out)
        for step in note.steps:
            print(f"    • {step}", file=out)
        for command in note.commands:
            print(f"      {command}", file=out)
