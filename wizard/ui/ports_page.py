"""Page 2: the product's ports, which of them to check, and rules to hand over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.catalog import Rule
from wizard.engine.interfaces import suggested_pbx_address
from wizard.handover import admin_checklist, netsh_commands
from wizard.i18n import error_text, product_text
from wizard.portspec import PortSpecError, expand, format_ports, parse_ports
from wizard.ui.language import Retranslating
from wizard.ui.session import Session
from wizard.words import (
    direction_label,
    protocol_label,
    requirement_label,
    requirement_text,
    term,
)

ERROR_STYLE = "color: #b00020;"


def readable_spec(ports: list[int]) -> str:
    return format_ports(ports).replace(",", ", ")


class HandoverTab(QWidget):
    """Read-only text with a Copy button; the page that owns it names both."""

    def __init__(self) -> None:
        super().__init__()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.copy = QPushButton()
        self.copy.clicked.connect(self._copy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def set_names(self, name: str, copy_text: str) -> None:
        self.text.setAccessibleName(name)
        self.copy.setText(copy_text)
        self.copy.setAccessibleName(copy_text.replace("&", ""))

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)
        self.text.verticalScrollBar().setValue(0)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


class PortsPage(Retranslating, QWizardPage):
    COLUMNS = 7

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.rules: tuple[Rule, ...] = ()
        self._default_spec = ""
        self._filling = False
        layout = QVBoxLayout(self)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._rules_changed)
        layout.addWidget(self.table, 3)

        grid = QGridLayout()
        self.ports_label = QLabel()
        self.ports = QLineEdit()
        self.ports_label.setBuddy(self.ports)
        self.ports.textChanged.connect(self._ports_edited)
        self.reset = QPushButton()
        self.reset.clicked.connect(self._reset_ports)
        self.ports_error = QLabel()
        self.ports_error.setStyleSheet(ERROR_STYLE)
        self.ports_error.setWordWrap(True)
        self.count = QLabel()
        grid.addWidget(self.ports_label, 0, 0)
        grid.addWidget(self.ports, 0, 1)
        grid.addWidget(self.reset, 0, 2)
        grid.addWidget(self.count, 1, 1)
        grid.addWidget(self.ports_error, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.handover = QTabWidget()
        self.admin = HandoverTab()
        self.netsh = HandoverTab()
        self.handover.addTab(self.admin, "")
        self.handover.addTab(self.netsh, "")
        layout.addWidget(self.handover, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ports"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Use"),
                self.tr("Ports"),
                self.tr("Protocol"),
                self.tr("Direction"),
                self.tr("Needs"),
                self.tr("Priority"),
                self.tr("Purpose"),
            ]
        )
        self.table.setAccessibleName(self.tr("Ports the product needs"))
        self.ports_label.setText(self.tr("Ports to &check:"))
        self.ports.setPlaceholderText(self.tr("for example 9000-9019, 5060"))
        self.ports.setAccessibleName(self.tr("Ports to check"))
        self.ports.setToolTip(
            self.tr(
                "UDP ports this check tests with STUN. Narrow a range to test faster, or add "
                "ports the list does not have. Each port is held to the rule that contains it."
            )
        )
        self.reset.setText(self.tr("&Reset"))
        self.reset.setToolTip(self.tr("Fill in every UDP port of the ticked rules again"))
        self.ports_error.setAccessibleName(self.tr("Problem with the ports"))
        self.admin.set_names(self.tr("Checklist for the router admin"), self.tr("C&opy"))
        self.netsh.set_names(self.tr("Windows Firewall commands"), self.tr("Cop&y"))
        self.handover.setTabText(0, self.tr("For the router or firewall admin"))
        self.handover.setTabText(1, self.tr("Windows Firewall on the PBX"))
        self.handover.setAccessibleName(self.tr("Rules to hand over"))
        if self.session.product is not None and self.rules:
            self._show_product()
            self._fill_table()
            self._ports_edited()

    # -- page life

    def initializePage(self) -> None:
        product = self.session.product
        assert product is not None
        self.rules = product.rules_for(self.session.version)
        self._show_product()
        self._fill_table()
        self._default_spec = readable_spec(self.session.default_ports())
        if self.session.ports is not None:
            self._set_ports_text(readable_spec(self.session.ports))
        else:
            self._set_ports_text(self._default_spec)
        self._update_handover()

    def _show_product(self) -> None:
        product = self.session.product
        assert product is not None
        title = product_text(product.name)
        if self.session.version:
            name = next(v.name for v in product.versions if v.id == self.session.version)
            title += " " + product_text(name)
        self.setTitle(self.tr("Ports {product} needs").format(product=title))
        self.setSubTitle(product_text(product.summary))

    def _fill_table(self) -> None:
        self._filling = True
        kept = self.included_rows() if self.table.rowCount() == len(self.rules) else None
        self.table.setRowCount(len(self.rules))
        included = kept if kept is not None else self.session.included
        for row, rule in enumerate(self.rules):
            use = QTableWidgetItem()
            use.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            checked = included is None or row in included
            use.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            ports = str(rule.ports).replace("-", "–")
            if rule.public_port is not None:
                ports = f"{rule.public_port} → {ports}"
            cells = [
                use,
                QTableWidgetItem(ports),
                QTableWidgetItem(protocol_label(rule.protocol)),
                QTableWidgetItem(direction_label(rule.direction)),
                QTableWidgetItem(requirement_label(rule.requirement)),
                QTableWidgetItem(self.tr("required") if rule.required else self.tr("recommended")),
                QTableWidgetItem(product_text(rule.purpose)),
            ]
            cells[4].setToolTip(requirement_text(rule.requirement))
            cells[6].setToolTip(product_text(rule.purpose))
            for column, item in enumerate(cells):
                if column:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.rules))
        self._filling = False

    def included_rows(self) -> set[int]:
        return {
            row
            for row in range(self.table.rowCount())
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        }

    def _rules_changed(self) -> None:
        if self._filling:
            return
        self.session.included = self.included_rows()
        new_default = readable_spec(self.session.default_ports())
        if self.ports.text().strip() == self._default_spec:
            self._set_ports_text(new_default)  # follow the ticks unless the field was edited
        self._default_spec = new_default
        self._update_handover()

    def _set_ports_text(self, text: str) -> None:
        self.ports.setText(text)
        self._ports_edited()

    def _reset_ports(self) -> None:
        self._set_ports_text(self._default_spec)
        self.ports.setFocus()

    # -- validation

    def parsed_ports(self) -> list[int] | None:
        try:
            return expand(parse_ports(self.ports.text()))
        except PortSpecError:
            return None

    def _ports_edited(self) -> None:
        try:
            ports = expand(parse_ports(self.ports.text()))
        except PortSpecError as exc:
            self.ports_error.setText(error_text(exc))
            self.count.clear()
        else:
            self.ports_error.clear()
            self.count.setText(self.tr("UDP ports to check: {count}").format(count=len(ports)))
        self._update_handover()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.parsed_ports())

    def validatePage(self) -> bool:
        ports = self.parsed_ports()
        if not ports:
            return False
        self.session.included = self.included_rows()
        self.session.ports = ports
        return True

    # -- handover

    def pbx_address(self) -> str:
        if self.session.pbx_address:
            return self.session.pbx_address
        # Where traffic to the internet leaves, as the settings page offers it.
        return suggested_pbx_address() or self.tr("<PBX address>")

    def _update_handover(self) -> None:
        product = self.session.product
        if product is None:
            return
        rows = self.included_rows()
        rules = [rule for i, rule in enumerate(self.rules) if i in rows]
        ports = self.parsed_ports() or []
        covered = {p for rule in rules if rule.has_udp for p in rule.ports}
        extra = [p for p in ports if p not in covered]
        self.admin.set_text(
            admin_checklist(product, self.session.version, rules, self.pbx_address(), extra)
        )
        self.netsh.set_text("\n".join(netsh_commands(product, rules, extra)))
        self.handover.setToolTip(term("one-to-one forwarding"))
