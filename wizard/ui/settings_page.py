"""Page 3: the STUN servers, the PBX's address, and how fast to test."""

from __future__ import annotations

import ipaddress

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

import psutil

from wizard.engine.defaults import (
    DEFAULT_RATE,
    DEFAULT_TIMEOUT,
    MAX_RATE,
    MAX_TIMEOUT,
    MIN_RATE,
    MIN_TIMEOUT,
)
from wizard.engine.interfaces import (
    INTERNET,
    adapter_kinds,
    default_pbx_address,
    egress,
    local_ipv4_addresses,
)
from wizard.engine.model import AdapterKind, Egress
from wizard.engine.resolve import ServerSpecError, parse_server
from wizard.i18n import error_text
from wizard.ui.language import Retranslating
from wizard.ui.session import Session
from wizard.words import term

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"


class SettingsPage(Retranslating, QWizardPage):
    # What the system says about its adapters and routes (tests pass recorded answers).
    find_egress = staticmethod(egress)
    find_addresses = staticmethod(local_ipv4_addresses)
    find_kinds = staticmethod(adapter_kinds)

    def __init__(self, session: Session, settings: QSettings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.egress = Egress(None)  # where traffic to the internet leaves, as last looked up
        layout = QVBoxLayout(self)

        self.servers_box = QGroupBox()
        grid = QGridLayout(self.servers_box)
        self.servers = QListWidget()
        self.servers.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.servers.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.servers.itemChanged.connect(self._servers_changed)
        self.servers.model().rowsMoved.connect(self._servers_changed)
        self.servers.currentRowChanged.connect(self._update_buttons)
        grid.addWidget(self.servers, 0, 0, 5, 1)
        self.up = QPushButton()
        self.down = QPushButton()
        self.remove = QPushButton()
        self.defaults = QPushButton()
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        self.defaults.clicked.connect(self._restore_defaults)
        for row, button in enumerate((self.up, self.down, self.remove, self.defaults)):
            grid.addWidget(button, row, 1)
        add_row = QHBoxLayout()
        self.add_label = QLabel()
        self.new_server = QLineEdit()
        self.add_label.setBuddy(self.new_server)
        self.add = QPushButton()
        self.add.clicked.connect(self._add)
        self.new_server.returnPressed.connect(self._add)
        self.new_server.textChanged.connect(lambda: self.server_error.clear())
        add_row.addWidget(self.add_label)
        add_row.addWidget(self.new_server, 1)
        add_row.addWidget(self.add)
        grid.addLayout(add_row, 5, 0, 1, 2)
        self.server_error = QLabel()
        self.server_error.setStyleSheet(ERROR_STYLE)
        self.server_error.setWordWrap(True)
        grid.addWidget(self.server_error, 6, 0, 1, 2)
        layout.addWidget(self.servers_box, 1)

        self.where = QGroupBox()
        form = QFormLayout(self.where)
        self.local = QComboBox()
        self.local_label = QLabel()
        form.addRow(self.local_label, self.local)
        self.pbx = QLineEdit()
        self.pbx.textChanged.connect(self._pbx_changed)
        self.pbx_label = QLabel()
        self.pbx_label.setBuddy(self.pbx)
        form.addRow(self.pbx_label, self.pbx)
        self.pbx_note = QLabel()
        self.pbx_note.setWordWrap(True)
        form.addRow("", self.pbx_note)
        layout.addWidget(self.where)

        self.speed = QGroupBox()
        form = QFormLayout(self.speed)
        self.rate = QSpinBox()
        self.rate.setRange(int(MIN_RATE), int(MAX_RATE))
        self.rate_label = QLabel()
        self.rate_label.setBuddy(self.rate)
        form.addRow(self.rate_label, self.rate)
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(MIN_TIMEOUT, MAX_TIMEOUT)
        self.timeout.setDecimals(1)
        self.timeout.setSingleStep(0.5)
        self.timeout_label = QLabel()
        self.timeout_label.setBuddy(self.timeout)
        form.addRow(self.timeout_label, self.timeout)
        layout.addWidget(self.speed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Test settings"))
        self.setSubTitle(
            self.tr(
                "The check asks STUN servers on the internet how the router treats each port. "
                "The defaults suit most sites."
            )
        )
        self.servers_box.setTitle(self.tr("STUN servers, tried in this order"))
        self.servers_box.setToolTip(term("STUN"))
        self.servers.setAccessibleName(self.tr("STUN servers"))
        self.up.setText(self.tr("Move &up"))
        self.down.setText(self.tr("Move do&wn"))
        self.remove.setText(self.tr("Re&move"))
        self.defaults.setText(self.tr("Product &defaults"))
        self.add_label.setText(self.tr("&Add server:"))
        self.new_server.setPlaceholderText(self.tr("host or host:port, e.g. stun.example.net:3478"))
        self.new_server.setAccessibleName(self.tr("New STUN server"))
        self.add.setText(self.tr("Add"))
        self.server_error.setAccessibleName(self.tr("Problem with the servers"))
        self.where.setTitle(self.tr("Where the check runs"))
        self.local_label.setText(self.tr("This computer:"))
        self.local.setAccessibleName(self.tr("This computer's addresses"))
        self.pbx_label.setText(self.tr("&PBX address:"))
        self.pbx.setAccessibleName(self.tr("PBX address"))
        self.pbx.setPlaceholderText(self.tr("the PBX's address in the LAN"))
        self.pbx.setToolTip(self.tr("The LAN address the router's port forwards point at."))
        self.pbx_note.setAccessibleName(self.tr("Note about the PBX address"))
        self.speed.setTitle(self.tr("Speed"))
        self.rate_label.setText(self.tr("&Rate:"))
        self.rate.setSuffix(self.tr(" requests/s"))
        self.rate.setAccessibleName(self.tr("Requests per second"))
        self.rate.setToolTip(
            self.tr(
                "New STUN requests a second. Public servers are shared: stay near the default "
                "unless the server is your own."
            )
        )
        self.timeout_label.setText(self.tr("&Time-out:"))
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setAccessibleName(self.tr("Time-out"))
        self.timeout.setToolTip(self.tr("How long to wait for each answer, resends included."))
        if self.local.count() == 1 and not self.local.itemData(0):
            self.local.setItemText(0, self.tr("no network address found"))
        self._servers_changed()
        self._pbx_changed()

    # -- page life

    def initializePage(self) -> None:
        product = self.session.product
        assert product is not None
        servers = [str(s) for s in self.session.servers]
        if not servers:
            saved = self.settings.value(f"stun/{product.id}")
            servers = list(saved) if isinstance(saved, list) and saved else []
            if isinstance(saved, str) and saved:
                servers = [saved]
        if not servers:
            servers = list(product.stun_servers)
        self._fill_servers(servers)
        self.local.clear()
        addresses = self.find_addresses()
        for address in addresses:
            self.local.addItem(str(address), address.ip)
        if not addresses:
            self.local.addItem(self.tr("no network address found"), "")
        self.egress = self._look_up_egress(servers)
        if self.egress.source_ip is not None:
            found = self.local.findData(self.egress.source_ip)
            if found >= 0:
                self.local.setCurrentIndex(found)
        pbx = self.session.pbx_address or str(self.settings.value("pbx/address", ""))
        if not pbx and addresses:
            pbx = default_pbx_address(self.egress, addresses, self._kinds())
        self.pbx.setText(pbx)
        self.rate.setValue(int(float(self.settings.value("scan/rate", DEFAULT_RATE))))
        self.timeout.setValue(float(self.settings.value("scan/timeout", DEFAULT_TIMEOUT)))
        self._pbx_changed()

    def _look_up_egress(self, servers: list[str]) -> Egress:
        """Where traffic to the first server leaves this computer (no packet is sent); to
        the internet at large when that server is a name, which is not looked up here."""
        destination = INTERNET
        for text in servers[:1]:
            try:
                spec = parse_server(text)
            except ServerSpecError:
                break
            if self._valid_ip(spec.host):
                destination = (spec.host, spec.port)
        try:
            return self.find_egress(destination)
        except (OSError, RuntimeError, psutil.Error):
            return Egress(None)

    def _kinds(self) -> dict[str, AdapterKind]:
        try:
            return self.find_kinds()
        except (OSError, RuntimeError, psutil.Error):
            return {}

    def _fill_servers(self, servers: list[str]) -> None:
        self.servers.blockSignals(True)
        self.servers.clear()
        for server in servers:
            self._append(server)
        self.servers.blockSignals(False)
        if self.servers.count():
            self.servers.setCurrentRow(0)
        self._servers_changed()

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.servers.addItem(item)
        return item

    # -- servers

    def server_texts(self) -> list[str]:
        return [self.servers.item(i).text().strip() for i in range(self.servers.count())]

    def server_problem(self) -> str | None:
        if not self.servers.count():
            return self.tr("Add at least one STUN server.")
        for row, text in enumerate(self.server_texts(), 1):
            try:
                parse_server(text)
            except ServerSpecError as exc:
                return self.tr("Line {row}: {problem}").format(row=row, problem=error_text(exc))
        return None

    def _servers_changed(self, *_: object) -> None:
        problem = self.server_problem()
        self.server_error.setText(problem or "")
        self._update_buttons()
        self.completeChanged.emit()

    def _update_buttons(self, *_: object) -> None:
        row = self.servers.currentRow()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.servers.count() - 1)
        self.remove.setEnabled(row >= 0)

    def _add(self) -> None:
        text = self.new_server.text().strip()
        try:
            parse_server(text)
        except ServerSpecError as exc:
            self.server_error.setText(error_text(exc))
            self.new_server.setFocus()
            return  # the text stays in the field to be corrected
        self.servers.setCurrentItem(self._append(text))
        self.new_server.clear()
        self._servers_changed()

    def _remove(self) -> None:
        row = self.servers.currentRow()
        if row >= 0:
            self.servers.takeItem(row)
            self._servers_changed()

    def _move(self, step: int) -> None:
        row = self.servers.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.servers.count():
            return
        item = self.servers.takeItem(row)
        self.servers.insertItem(target, item)
        self.servers.setCurrentRow(target)
        self._servers_changed()

    def _restore_defaults(self) -> None:
        if self.session.product is not None:
            self._fill_servers(list(self.session.product.stun_servers))

    # -- where it runs

    def _pbx_changed(self) -> None:
        text = self.pbx.text().strip()
        local = [self.local.itemData(i) for i in range(self.local.count())]
        if not text:
            warning = self._egress_warning(None)
            self.pbx_note.setStyleSheet(WARNING_STYLE if warning else "")
            self.pbx_note.setText(
                self.tr("Leave empty if the PBX runs on this computer.")
                + (" " + warning if warning else "")
            )
        elif not self._valid_ip(text):
            self.pbx_note.setStyleSheet(ERROR_STYLE)
            self.pbx_note.setText(
                self.tr("'{text}' is not an IPv4 address such as 192.168.1.10.").format(text=text)
            )
        elif text not in local:
            self.pbx_note.setStyleSheet(WARNING_STYLE)
            self.pbx_note.setText(
                self.tr(
                    "{pbx} is not this computer. The router's forwards must point at the PBX, "
                    "so run this check on the PBX itself; from here it tests this computer's "
                    "ports instead."
                ).format(pbx=text)
            )
        elif (warning := self._egress_warning(text)) is not None:
            self.pbx_note.setStyleSheet(WARNING_STYLE)
            self.pbx_note.setText(warning)
        else:
            self.pbx_note.setStyleSheet("")
            self.pbx_note.setText(self.tr("The check runs on the PBX itself, as it should."))
        self.completeChanged.emit()

    def _egress_warning(self, pbx: str | None) -> str | None:
        """Why the check would not measure the PBX's way out from here, though ``pbx``
        (None: this computer) is this computer's address; None when it would."""
        found = self.egress
        source, adapter = found.source_ip, found.interface or "?"
        if source is None:
            return None
        if found.kind is AdapterKind.VPN:
            return self.tr(
                "Traffic to the internet leaves this computer by {adapter} ({source}), which "
                "looks like a VPN. Disconnect the VPN before the check, or it measures the "
                "VPN's way out instead of the PBX's router."
            ).format(adapter=adapter, source=source)
        if found.kind is AdapterKind.VIRTUAL:
            return self.tr(
                "Traffic to the internet leaves this computer by {adapter} ({source}), a "
                "virtual adapter. If it translates addresses itself (Hyper-V's Default "
                "Switch, WSL, Docker), the check measures it instead of the PBX's router."
            ).format(adapter=adapter, source=source)
        if pbx is not None and pbx != source:
            return self.tr(
                "{pbx} is this computer's, but traffic to the internet leaves from {source} "
                "({adapter}), so the check would measure that way out, not the PBX's. "
                "Disconnect the other connection, or run the check where {pbx} leads to "
                "the internet."
            ).format(pbx=pbx, source=source, adapter=adapter)
        return None

    @staticmethod
    def _valid_ip(text: str) -> bool:
        try:
            return ipaddress.ip_address(text).version == 4
        except ValueError:
            return False

    def isComplete(self) -> bool:
        pbx = self.pbx.text().strip()
        return self.server_problem() is None and (not pbx or self._valid_ip(pbx))

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        texts = self.server_texts()
        product = self.session.product
        assert product is not None
        self.session.servers = [parse_server(text) for text in texts]
        self.session.pbx_address = self.pbx.text().strip()
        self.session.rate = float(self.rate.value())
        self.session.timeout = float(self.timeout.value())
        if texts != list(product.stun_servers):
            self.settings.setValue(f"stun/{product.id}", texts)
        else:
            self.settings.remove(f"stun/{product.id}")
        self.settings.setValue("pbx/address", self.session.pbx_address)
        self.settings.setValue("scan/rate", self.session.rate)
        self.settings.setValue("scan/timeout", self.session.timeout)
        return True
