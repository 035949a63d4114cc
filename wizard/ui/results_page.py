"""Page 5: the verdict, where traffic stopped, what to do, and the report to send.

Text from the network or the machine (server names, a STUN server's or the responder's
words, process names, the SIP message parts a router rewrote, the router's name and its
forwards' descriptions) is shown as plain text or escaped before it goes into rich text.
"""

from __future__ import annotations

import asyncio
import html
import socket
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.engine.model import HostFirewall, ScanResult, ServerError, Verdict
from wizard.i18n import product_text
from wizard.presentation import (
    FindingView,
    LinkView,
    MappingRow,
    ResultView,
    RouterView,
    SipChangeRow,
    present,
)
from wizard.report import ReportFormat, html_report, report_format, summary_text, write_report
from wizard.ui.language import Retranslating
from wizard.ui.path_picture import PathPicture, path_for
from wizard.ui.port_table import outcome_icon, ports_cell, witness_tip
from wizard.ui.session import Session
from wizard.words import ALLOW_ACTION, MachineNote, Severity, term


def _steps_html(steps: tuple[str, ...]) -> str:
    return "<ol>" + "".join(f"<li>{html.escape(step)}</li>" for step in steps) + "</ol>"


def _breakable(text: str) -> str:
    """``text`` with a zero-width space after each ``;`` and ``,``: a table cell wraps only
    between words, and a SIP header's value is one long word of parameters."""
    return text.replace(";", ";\u200b").replace(",", ",\u200b")


def _wrapping(text: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CommandRow(Retranslating, QWidget):
    """A command to type, read-only, with its own Copy button."""

    def __init__(self, command: str) -> None:
        super().__init__()
        self.command = QLineEdit(command)
        self.command.setReadOnly(True)
        self.command.setFont(QFont("Consolas, Courier New, monospace"))
        self.copy = QPushButton()
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(command))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.command, 1)
        layout.addWidget(self.copy)
        self.retranslate()

    def retranslate(self) -> None:
        self.command.setAccessibleName(self.tr("Command"))
        self.copy.setText(self.tr("Copy"))
        self.copy.setAccessibleName(self.tr("Copy {command}").format(command=self.command.text()))


class ResultsPage(Retranslating, QWizardPage):
    # "Allow for this check (administrator)": Windows only; the action is injectable
    # (default: ``wizard.elevation.allow_for_check``), as it shows a UAC prompt.
    platform: str = sys.platform
    allow_action: Callable[[HostFirewall], object] | None = None

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.allow_button: QPushButton | None = None
        self.allow_status: QLabel | None = None
        self._allowing: asyncio.Future | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setFixedSize(40, 40)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.headline = _wrapping()
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        head.addWidget(self.headline, 1)
        outer.addLayout(head)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(0, 0, 8, 0)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)

        self.summary = _wrapping()
        self.path = PathPicture()
        self.steps = _wrapping(rich=True)
        self.classes = QVBoxLayout()
        self.servers = QGroupBox()
        self.servers_text = _wrapping(rich=True)
        QVBoxLayout(self.servers).addWidget(self.servers_text)
        self.machine = QGroupBox()
        self.machine_layout = QVBoxLayout(self.machine)
        # What the responder found from outside: its own state, the SIP ALG test, and
        # what a SIP helper changed in the check's message.
        self.outside = QGroupBox()
        outside = QVBoxLayout(self.outside)
        self.outside_notes = QVBoxLayout()
        outside.addLayout(self.outside_notes)
        self.sip_table = QTableWidget(0, 3)
        self.sip_table.verticalHeader().setVisible(False)
        self.sip_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sip_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Cells wrap (a header's value between its parameters, ``_breakable``), and the
        # rows grow to hold them whenever the columns change width: nothing is cut off.
        self.sip_table.setWordWrap(True)
        self.sip_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sip_header = self.sip_table.horizontalHeader()
        sip_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        sip_header.sectionResized.connect(lambda *_: self._fit_sip_rows())
        outside.addWidget(self.sip_table)
        # What the router said about itself: its facts, its forwards for the checked
        # ports, its notes; then the hairpin test and the mapping lifetime, each a finding.
        self.router = QGroupBox()
        router = QVBoxLayout(self.router)
        self.router_facts = QGridLayout()
        router.addLayout(self.router_facts)
        self.forwards = QTableWidget(0, 5)
        self.forwards.verticalHeader().setVisible(False)
        self.forwards.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.forwards.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.forwards.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.forwards.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        forwards_header = self.forwards.horizontalHeader()
        forwards_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        forwards_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        router.addWidget(self.forwards)
        self.forwards_left_out = _wrapping()
        router.addWidget(self.forwards_left_out)
        self.router_notes = QVBoxLayout()
        router.addLayout(self.router_notes)
        self.hairpin = QGroupBox()
        self.hairpin_layout = QVBoxLayout(self.hairpin)
        self.lifetime = QGroupBox()
        self.lifetime_layout = QVBoxLayout(self.lifetime)
        self.held = QGroupBox()
        self.held_layout = QVBoxLayout(self.held)
        self.nat = QGroupBox()
        self.nat_grid = QGridLayout(self.nat)
        self.link = QGroupBox()
        self.link_layout = QVBoxLayout(self.link)
        self.table = QTableWidget(0, 6)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Short columns take what their text needs, so the public address is not cut short.
        for column in (0, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.left_out = _wrapping()
        self.manual = _wrapping(rich=True)
        # The held ports come right after the steps that say "run the commands below".
        for widget in (
            self.summary,
            self.path,
            self.steps,
            self.router,
            self.hairpin,
            self.lifetime,
            self.outside,
            self.machine,
            self.servers,
            self.held,
        ):
            self.content.addWidget(widget)
        self.content.addLayout(self.classes)
        for widget in (self.nat, self.link, self.table, self.left_out, self.manual):
            self.content.addWidget(widget)
        self.content.addStretch(1)

        buttons = QHBoxLayout()
        self.export_html_button = QPushButton()
        self.export_pdf_button = QPushButton()
        self.export_json_button = QPushButton()
        self.copy_button = QPushButton()
        self.again_button = QPushButton()
        self.export_html_button.clicked.connect(lambda: self._save("html"))
        self.export_pdf_button.clicked.connect(lambda: self._save("pdf"))
        self.export_json_button.clicked.connect(lambda: self._save("json"))
        self.copy_button.clicked.connect(self.copy_summary)
        self.again_button.clicked.connect(self.run_again)
        for button in (
            self.export_html_button,
            self.export_pdf_button,
            self.export_json_button,
            self.copy_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        outer.addLayout(buttons)
        self.saved = _wrapping()
        outer.addWidget(self.saved)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Results"))
        self.headline.setAccessibleName(self.tr("Verdict"))
        self.steps.setAccessibleName(self.tr("What to do"))
        self.servers.setTitle(self.tr("STUN servers"))
        self.servers_text.setAccessibleName(self.tr("STUN servers"))
        self.machine.setTitle(self.tr("This computer"))
        self.outside.setTitle(self.tr("Seen from outside (responder)"))
        self.sip_table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("As sent"), self.tr("As received")]
        )
        self.sip_table.setAccessibleName(self.tr("What the SIP helper changed"))
        self.router.setTitle(self.tr("The router, and what lies beyond it"))
        self.forwards.setHorizontalHeaderLabels(
            [
                self.tr("Public ports"),
                self.tr("Goes to"),
                self.tr("Where"),
                self.tr("Its description"),
                self.tr("Lease"),
            ]
        )
        self.forwards.setAccessibleName(self.tr("The router's forwards for the checked ports"))
        self.hairpin.setTitle(self.tr("Hairpin NAT"))
        self.hairpin.setToolTip(term("hairpin NAT"))
        self.lifetime.setTitle(self.tr("Mapping lifetime"))
        self.lifetime.setToolTip(term("mapping lifetime"))
        self.held.setTitle(self.tr("Ports held by another program"))
        self.nat.setTitle(self.tr("Your router, as the server saw it"))
        self.link.setTitle(self.tr("Link quality"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Ports"),
                self.tr("Result"),
                self.tr("Public address"),
                self.tr("Test 1"),
                self.tr("Test 2"),
                self.tr("Details"),
            ]
        )
        self.table.setAccessibleName(self.tr("Results per port"))
        self.export_html_button.setText(self.tr("Save &HTML report…"))
        self.export_pdf_button.setText(self.tr("Save P&DF…"))
        self.export_json_button.setText(self.tr("Save &JSON…"))
        self.copy_button.setText(self.tr("Co&py summary"))
        self.again_button.setText(self.tr("&Run again"))
        self.saved.setAccessibleName(self.tr("Saved report"))
        if self.session.result is not None and self.isVisible():
            self.show_result(self.session.result)

    # -- page life

    def initializePage(self) -> None:
        result = self.session.result
        if result is not None:
            self.show_result(result)

    def product_name(self) -> str:
        product = self.session.product
        if product is None:
            return ""
        name = product_text(product.name)
        if self.session.version:
            version = next(v.name for v in product.versions if v.id == self.session.version)
            name += " " + product_text(version)
        return name

    def show_result(self, result: ScanResult) -> None:
        self.show_view(present(result))

    def show_view(self, view: ResultView) -> None:
        """Lay out one view of a result (``present``)."""
        self.saved.clear()
        verdict = view.verdict
        self.headline.setText(verdict.message)
        icon = {
            Verdict.SUCCESS: QStyle.StandardPixmap.SP_DialogApplyButton,
            Verdict.PARTIAL: QStyle.StandardPixmap.SP_MessageBoxWarning,
            # The ports work; the router's SIP helper garbles calls: a warning.
            Verdict.SIP_ALG: QStyle.StandardPixmap.SP_MessageBoxWarning,
            # Nothing failed for certain: a question, not an alarm.
            Verdict.INCONCLUSIVE: QStyle.StandardPixmap.SP_MessageBoxQuestion,
        }.get(verdict.verdict, QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(40, 40))
        self.setSubTitle(
            self.tr("{product}: %n port(s) checked in {seconds} s.", "", view.ports_checked).format(
                product=self.product_name(), seconds=QLocale().toString(view.elapsed_s, "f", 1)
            )
        )
        self.summary.setText(verdict.explanation.summary)
        upstream = view.router.upstream_kind if view.router is not None else None
        self.path.set_state(path_for(verdict.verdict, upstream))
        self.steps.setVisible(verdict.show_steps)
        if verdict.show_steps:
            self.steps.setText(
                "<b>"
                + html.escape(self.tr("What to do"))
                + "</b>"
                + _steps_html(verdict.explanation.steps)
            )
        self._show_router(view.router)
        self._show_finding(self.hairpin, self.hairpin_layout, view.hairpin)
        self._show_finding(self.lifetime, self.lifetime_layout, view.lifetime)
        self._order_findings(view)
        self._show_outside(view)
        self._show_machine(view)
        self._show_servers(view)
        self._show_classes(view)
        self._show_held(view)
        self._show_nat(view)
        self._show_link(view.link)
        self._show_table(view)
        self._show_manual(view)
        self.scroll.verticalScrollBar().setValue(0)

    def _clear(self, layout) -> None:
        """Empty ``layout``, deleting its widgets and those of the layouts inside it."""
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                self._clear(item.layout())
                item.layout().deleteLater()

    def _show_classes(self, view: ResultView) -> None:
        self._clear(self.classes)
        for port_class in view.beside_verdict:
            about = port_class.explanation
            box = QGroupBox(
                self.tr("{title} — %n port(s)", "", port_class.count).format(title=about.title)
            )
            layout = QVBoxLayout(box)
            layout.addWidget(_wrapping(about.summary))
            layout.addWidget(_wrapping(_steps_html(about.steps), rich=True))
            self.classes.addWidget(box)

    def _show_servers(self, view: ResultView) -> None:
        """Which servers were tried and why each could not be used, when any could not."""
        troubled = [s for s in view.servers if s.error not in (None, ServerError.NOT_TRIED)]
        self.servers.setVisible(bool(troubled))
        lines = []
        for server in view.servers:
            state = server.state
            if server.used:
                state += " " + self.tr("Second address: {other}.").format(other=server.other)
            lines.append(f"<li><b>{html.escape(server.server)}</b>: {html.escape(state)}</li>")
        self.servers_text.setText("<ul>" + "".join(lines) + "</ul>")

    def _show_held(self, view: ResultView) -> None:
        self._clear(self.held_layout)
        held = view.held
        self.held.setVisible(bool(held.shown))
        for port in held.shown:
            text = self.tr("Port {port}: {program}").format(
                port=port.port, program=port.program or self.tr("unknown program")
            )
            label = _wrapping(text)
            label.setAccessibleName(text)
            self.held_layout.addWidget(label)
            for command in port.commands:
                self.held_layout.addWidget(CommandRow(command))
        if held.more:
            self.held_layout.addWidget(
                _wrapping(
                    self.tr("…and %n more port(s); the report lists them all.", "", held.more)
                )
            )

    def _show_nat(self, view: ResultView) -> None:
        self._clear(self.nat_grid)
        nat = view.nat
        self.nat.setVisible(nat.shown)
        rows = [
            (self.tr("Public IP address"), nat.public_ip, ""),
            (self.tr("Mapping"), nat.mapping, term("symmetric NAT")),
            (self.tr("Filtering"), nat.filtering, term("full cone")),
            (self.tr("Port numbers"), nat.port_numbers, term("port preservation")),
        ]
        for row, (name, value, tip) in enumerate(rows):
            label = QLabel(self.tr("{label}:").format(label=name))
            text = _wrapping(value)
            text.setToolTip(tip)
            self.nat_grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.nat_grid.addWidget(text, row, 1)
        self.nat_grid.setColumnStretch(1, 1)

    def _note_line(self, note: MachineNote) -> tuple[QHBoxLayout, QLabel]:
        """A note as a line: a warning sign unless it is merely worth knowing, then its
        title, text, steps and commands (escaped: they may hold words from the network)."""
        line = QHBoxLayout()
        sign = QLabel()
        size = self.fontMetrics().height()
        if note.severity is not Severity.INFO:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            sign.setPixmap(icon.pixmap(size, size))
        sign.setFixedWidth(size)
        line.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
        parts = [f"<b>{html.escape(note.title)}</b><br>{html.escape(note.text)}"]
        if note.steps:
            parts.append(_steps_html(note.steps))
        if note.commands:
            commands = "<br>".join(html.escape(c) for c in note.commands)
            parts.append(f"<p style='font-family: monospace'>{commands}</p>")
        text = _wrapping("".join(parts), rich=True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(note.title)
        return line, text

    def _show_outside(self, view: ResultView) -> None:
        """What the responder found from outside, the worst first, and a table of what a
        SIP helper changed in the check's SIP message."""
        self._clear(self.outside_notes)
        self.outside.setVisible(bool(view.outside or view.sip_changes))
        for note in view.outside:
            line, text = self._note_line(note)
            line.addWidget(text, 1)
            self.outside_notes.addLayout(line)
        self._show_sip_changes(view.sip_changes)

    def _show_router(self, router: RouterView | None) -> None:
        """What the router said: its facts, its forwards for the checked ports (the
        router's words as plain text), and the notes about it, the worst first."""
        self._clear(self.router_facts)
        self._clear(self.router_notes)
        self.router.setVisible(router is not None)
        if router is None:
            return
        for row, (name, value) in enumerate(router.facts):
            label = QLabel(self.tr("{label}:").format(label=name))
            self.router_facts.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.router_facts.addWidget(_wrapping(value), row, 1)
        self.router_facts.setColumnStretch(1, 1)
        self._show_forwards(router.rows)
        self.forwards_left_out.setVisible(bool(router.rows_left_out))
        self.forwards_left_out.setText(
            self.tr("Rows left out: {count}. The JSON report lists every forward.").format(
                count=router.rows_left_out
            )
        )
        for note in router.notes:
            line, text = self._note_line(note)
            line.addWidget(text, 1)
            self.router_notes.addLayout(line)

    def _order_findings(self, view: ResultView) -> None:
        """The router's, the hairpin test's and the lifetime's sections right below the
        steps, the one with the worst finding first (a short lifetime above a router
        that merely lists its forwards); alike, in that order."""
        notes = {
            self.router: view.router.notes if view.router is not None else (),
            self.hairpin: (view.hairpin.note,) if view.hairpin and view.hairpin.note else (),
            self.lifetime: (view.lifetime.note,) if view.lifetime and view.lifetime.note else (),
        }

        def worst(box: QGroupBox) -> int:
            return min((int(note.severity) for note in notes[box]), default=len(Severity))

        start = self.content.indexOf(self.steps) + 1
        for offset, box in enumerate(sorted(notes, key=worst)):
            self.content.removeWidget(box)
            self.content.insertWidget(start + offset, box)

    def _show_forwards(self, rows: tuple[MappingRow, ...]) -> None:
        table = self.forwards
        table.setVisible(bool(rows))
        table.setRowCount(len(rows))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, row in enumerate(rows):
            cells = (row.display, row.target, row.where, row.description, row.lease)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: the router's words
                item.setToolTip(text)
                table.setItem(index, column, item)
            if row.problem:
                table.item(index, 2).setIcon(warning)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(min(len(rows), 10)))
        table.setFixedHeight(height)
        table.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if len(rows) > 10
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    def _show_finding(
        self, box: QGroupBox, layout: QVBoxLayout, finding: FindingView | None
    ) -> None:
        """A test's answer as a note (the hairpin test, the mapping lifetime)."""
        self._clear(layout)
        box.setVisible(finding is not None)
        if finding is None:
            return
        if finding.note is None:
            layout.addWidget(_wrapping(finding.summary))
            return
        line, text = self._note_line(finding.note)
        line.addWidget(text, 1)
        layout.addLayout(line)

    def _show_sip_changes(self, changes: tuple[SipChangeRow, ...]) -> None:
        table = self.sip_table
        table.setVisible(bool(changes))
        table.setRowCount(len(changes))
        # Over UDP and TCP both, each change says which message it was found in.
        transports = {change.transport for change in changes}
        for index, change in enumerate(changes):
            part = change.part
            if len(transports) > 1:
                part = self.tr("{part} ({transport})").format(part=part, transport=change.transport)
            for column, text in enumerate((part, change.sent, change.received)):
                # Plain text: these are the network's words. The cell may break the text
                # where it has no space; its tooltip and accessible text are as received.
                item = QTableWidgetItem(_breakable(text))
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                table.setItem(index, column, item)
        self._fit_sip_rows()

    def _fit_sip_rows(self) -> None:
        """Rows as tall as their wrapped text, and the table as tall as its rows: the
        page scrolls, the table does not."""
        table = self.sip_table
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    def _show_machine(self, view: ResultView) -> None:
        """What this computer itself does to the check and the PBX: its firewall, the
        adapter traffic leaves by, the ports the system reserves."""
        self._clear(self.machine_layout)
        self.allow_button = self.allow_status = None
        self.machine.setVisible(bool(view.machine))
        for note in view.machine:
            line, text = self._note_line(note)
            if note.action == ALLOW_ACTION and self.platform == "win32":
                holder = QWidget()
                column = QVBoxLayout(holder)
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(text)
                self.allow_button = QPushButton(self.tr("Allow for this check (administrator)"))
                self.allow_button.clicked.connect(self.allow_firewall)
                self.allow_button.setEnabled(self._allowing is None)
                row = QHBoxLayout()
                row.addWidget(self.allow_button)
                self.allow_status = _wrapping()
                row.addWidget(self.allow_status, 1)
                column.addLayout(row)
                line.addWidget(holder, 1)
            else:
                line.addWidget(text, 1)
            self.machine_layout.addLayout(line)

    def allow_firewall(self) -> None:
        """Let this program receive the check's answers (UAC prompt), then check again.
        The prompt blocks, so it runs in a thread; the page stays responsive."""
        result = self.session.result
        if self._allowing is not None or result is None or result.firewall is None:
            return
        if self.allow_button is not None:
            self.allow_button.setEnabled(False)
        self._show_allow_status(self.tr("Waiting for the administrator's approval…"))
        self._allowing = asyncio.ensure_future(self._allow_then_check(result.firewall))

    async def _allow_then_check(self, firewall: HostFirewall) -> None:
        from wizard.elevation import Allowed, allow_for_check

        action = self.allow_action or allow_for_check
        try:
            answer = await asyncio.to_thread(action, firewall)
        finally:
            self._allowing = None
        outcome = getattr(answer, "outcome", None)
        if outcome is Allowed.DONE:
            self._show_allow_status(self.tr("Allowed until this program closes."))
            self.run_again()
            return
        if outcome is Allowed.DECLINED:
            self._show_allow_status(self.tr("Not allowed: the prompt was declined."))
        else:
            problem = getattr(answer, "detail", None) or ""
            self._show_allow_status(
                self.tr("Could not allow it: {problem}").format(problem=problem)
            )
        if self.allow_button is not None:
            self.allow_button.setEnabled(True)

    def _show_allow_status(self, text: str) -> None:
        if self.allow_status is not None:
            self.allow_status.setText(text)

    def _show_link(self, link: LinkView | None) -> None:
        """Loss, round trip, jitter and pace as the control requests saw them, with a
        warning for each figure that threatens calls."""
        self._clear(self.link_layout)
        self.link.setVisible(link is not None)
        if link is None:
            return
        grid = QGridLayout()
        for row, (name, value) in enumerate(link.figures):
            label = QLabel(self.tr("{label}:").format(label=name))
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_wrapping(value), row, 1)
        grid.setColumnStretch(1, 1)
        holder = QWidget()
        holder.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.link_layout.addWidget(holder)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = self.fontMetrics().height()
        for warning in link.warnings:
            line = QHBoxLayout()
            sign = QLabel()
            sign.setPixmap(icon.pixmap(size, size))
            line.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
            text = _wrapping(warning)
            text.setAccessibleName(self.tr("Warning"))
            line.addWidget(text, 1)
            self.link_layout.addLayout(line)
        note = _wrapping(link.note)
        quiet = note.palette()
        quiet.setColor(
            QPalette.ColorRole.WindowText, quiet.color(QPalette.ColorRole.PlaceholderText)
        )
        note.setPalette(quiet)
        self.link_layout.addWidget(note)

    def _show_table(self, view: ResultView) -> None:
        rows = view.rows
        self.table.setVisible(bool(rows))
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (ports_cell(row), row.label, row.public, row.test1, row.test2, row.details)
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
            self.table.item(index, 1).setIcon(outcome_icon(row.outcome))
            self.table.item(index, 4).setToolTip(witness_tip(row))
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(min(len(rows), 12)))
        self.table.setFixedHeight(height)
        self.left_out.setVisible(bool(view.rows_left_out))
        self.left_out.setText(
            self.tr("Rows left out: {count}. The JSON report lists every port.").format(
                count=view.rows_left_out
            )
        )

    def _show_manual(self, view: ResultView) -> None:
        self.manual.setVisible(bool(view.manual))
        if not view.manual:
            return
        items = "".join(
            "<li>" + html.escape(f"{check.protocol} {check.ports}: {check.purpose}") + "</li>"
            for check in view.manual
        )
        if view.outside:  # a responder tested what it could; these are left
            title = html.escape(self.tr("Check these by hand (this check did not test them):"))
        else:
            title = html.escape(self.tr("Check these by hand (STUN cannot test them):"))
        self.manual.setText(f"<b>{title}</b><ul>{items}</ul>")

    # -- actions

    def report_html(self) -> str:
        result = self.session.result
        assert result is not None
        return html_report(result, self.product_name(), **self._report_details())

    def _report_details(self) -> dict:
        return {
            "pbx_address": self.session.pbx_address or None,
            "computer": socket.gethostname(),
            "created": datetime.now().astimezone(),
        }

    def write(self, path: str | Path, kind: ReportFormat | None = None) -> None:
        """Write the report; ``OSError`` when it cannot be written."""
        assert self.session.result is not None
        write_report(
            path, self.session.result, self.product_name(), kind=kind, **self._report_details()
        )

    def export_html(self, path: str | Path) -> None:
        self.write(path, ReportFormat.HTML)

    def export_json(self, path: str | Path) -> None:
        self.write(path, ReportFormat.JSON)

    def export_pdf(self, path: str | Path) -> None:
        self.write(path, ReportFormat.PDF)

    def _save(self, kind: str) -> None:
        if self.session.result is None:
            return
        filters = {
            "html": self.tr("HTML report (*.html)"),
            "pdf": self.tr("PDF report (*.pdf)"),
            "json": self.tr("JSON data (*.json)"),
        }
        product = self.session.product.id if self.session.product else "pbx"
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        # Documents, where people look for what they saved; the profile's root otherwise.
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        suggested = str(folder / f"firewall-check-{product}-{stamp}.{kind}")
        title = self.tr("Save report")
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, filters[kind])
        if path:
            self.save_to(path, ReportFormat(kind))

    def save_to(self, path: str, kind: ReportFormat) -> bool:
        """Write the report and say whether it was saved, with the reason when not."""
        if report_format(path) is not kind:
            path += f".{kind}"
        try:
            self.write(path, kind)
        except OSError as exc:
            problem = exc.strerror or str(exc)
            self.saved.setText(
                self.tr("Could not save {path}: {problem}").format(path=path, problem=problem)
            )
            return False
        self.saved.setText(self.tr("Saved to {path}").format(path=path))
        return True

    def copy_summary(self) -> None:
        if self.session.result is not None:
            text = summary_text(self.session.result, self.product_name())
            QGuiApplication.clipboard().setText(text)
            self.saved.setText(self.tr("Summary copied to the clipboard."))

    def run_again(self) -> None:
        wizard = self.wizard()
        wizard.back()
        running = wizard.currentPage()
        if hasattr(running, "start"):
            running.start()
