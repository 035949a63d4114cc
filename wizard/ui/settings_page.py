"""Page 3: the STUN servers, the PBX's address, how fast to test, the support team's
responder (optional), with its secret kept in the system's key store if the user wishes,
and what to ask of the router: its own word (UPnP IGD, NAT-PMP), its WAN address as its
status page shows it, the hairpin test and the (long) mapping lifetime test."""

from __future__ import annotations

import ipaddress

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from wizard import keystore
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
from wizard.engine.resolve import (
    ServerSpecError,
    parse_responder,
    parse_server,
    parse_wan_address,
)
from wizard.i18n import error_text
from wizard.portspec import PortSpecError, expand, format_ports, parse_ports, tcp_ports
from wizard.ui.language import Retranslating
from wizard.ui.session import Session
from wizard.words import term

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"
# The mapping lifetime test's longest idle gap, in seconds: as the command line's
# --mapping-lifetime (``wizard.cli``).
LIFETIME_DEFAULT, LIFETIME_MIN, LIFETIME_MAX = 120, 10, 600


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
        grid.setRowStretch(4, 1)  # room to spare goes to the list, below the buttons
        layout.addWidget(self.servers_box, 1)

        # Where the check runs and its speed side by side, the responder's address and its
        # TCP ports on one line: the page must fit a 1366x768 screen with room for notes.
        middle = QHBoxLayout()
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
        # The layout may give a wrapped label more height than its lines need: text on top.
        self.pbx_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow("", self.pbx_note)
        middle.addWidget(self.where, 3)

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
        middle.addWidget(self.speed, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(middle)

        self.responder_box = QGroupBox()
        grid = QGridLayout(self.responder_box)
        self.responder_grid = grid
        self.responder = QLineEdit()
        self.responder.textChanged.connect(self._responder_changed)
        self.responder_label = QLabel()
        self.responder_label.setBuddy(self.responder)
        grid.addWidget(self.responder_label, 0, 0)
        grid.addWidget(self.responder, 0, 1)
        self.tcp = QLineEdit()
        self.tcp.textChanged.connect(self._tcp_changed)
        self.tcp_label = QLabel()
        self.tcp_label.setBuddy(self.tcp)
        grid.addWidget(self.tcp_label, 0, 2)
        grid.addWidget(self.tcp, 0, 3)
        self.responder_error = QLabel()
        self.responder_error.setStyleSheet(ERROR_STYLE)
        self.responder_error.setWordWrap(True)
        grid.addWidget(self.responder_error, 1, 1)
        self.tcp_error = QLabel()
        self.tcp_error.setStyleSheet(ERROR_STYLE)
        self.tcp_error.setWordWrap(True)
        grid.addWidget(self.tcp_error, 1, 3)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_secret = QCheckBox()
        self.show_secret.toggled.connect(self._show_secret)
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.show_secret)
        grid.addWidget(self.secret_label, 2, 0)
        grid.addLayout(secret_row, 2, 1, 1, 3)
        self.remember = QCheckBox()
        grid.addWidget(self.remember, 3, 1, 1, 3)
        self.keystore_note = QLabel()
        self.keystore_note.setStyleSheet(WARNING_STYLE)
        self.keystore_note.setWordWrap(True)
        grid.addWidget(self.keystore_note, 4, 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        layout.addWidget(self.responder_box)

        # Last, so Tab reaches it after the responder, as it is laid out.
        self.router_box = QGroupBox()
        grid = QGridLayout(self.router_box)
        self.ask_router = QCheckBox()
        grid.addWidget(self.ask_router, 0, 0)
        self.wan_label = QLabel()
        self.wan = QLineEdit()
        self.wan.textChanged.connect(self._wan_changed)
        self.wan_label.setBuddy(self.wan)
        grid.addWidget(self.wan_label, 0, 1)
        grid.addWidget(self.wan, 0, 2)
        self.wan_error = QLabel()
        self.wan_error.setStyleSheet(ERROR_STYLE)
        self.wan_error.setWordWrap(True)
        self.wan_error.setVisible(False)
        grid.addWidget(self.wan_error, 1, 1, 1, 2)
        self.hairpin = QCheckBox()
        grid.addWidget(self.hairpin, 2, 0)
        lifetime_row = QHBoxLayout()
        self.lifetime = QCheckBox()
        self.lifetime.toggled.connect(self._lifetime_toggled)
        self.lifetime_limit = QSpinBox()
        self.lifetime_limit.setRange(LIFETIME_MIN, LIFETIME_MAX)
        self.lifetime_limit.setSingleStep(10)
        self.lifetime_limit.setValue(LIFETIME_DEFAULT)
        self.lifetime_limit.setEnabled(False)
        lifetime_row.addWidget(self.lifetime)
        lifetime_row.addWidget(self.lifetime_limit)
        lifetime_row.addStretch(1)
        grid.addLayout(lifetime_row, 2, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        layout.addWidget(self.router_box)
        self.keystore_usable = False  # looked up when the page opens: it may be slow
        self._default_tcp = ""  # the product's TCP ports as the field shows them
        # What the key store last said, kept to be told again in another language:
        # (what failed, the store's words), or None.
        self._keystore_problem: tuple[str, str] | None = None
        self._secret_unread = False  # a secret is kept, but the store would not give it
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
        self.responder_box.setTitle(self.tr("Responder (optional)"))
        self.responder_box.setToolTip(
            self.tr(
                "A responder your support team runs on a server on the internet. It tests "
                "the TCP ports and whether the router rewrites SIP messages, and it checks "
                "incoming UDP a second way, without a STUN server's second address."
            )
        )
        self.responder_label.setText(self.tr("R&esponder:"))
        self.responder.setAccessibleName(self.tr("Responder address"))
        self.responder.setPlaceholderText(
            self.tr("host or host:port from your support team; empty: none")
        )
        self.responder_error.setAccessibleName(self.tr("Problem with the responder address"))
        self.secret_label.setText(self.tr("Se&cret:"))
        self.secret.setAccessibleName(self.tr("Responder secret"))
        self.secret.setPlaceholderText(self.tr("only if the responder asks for one"))
        self.show_secret.setText(self.tr("S&how"))
        self.show_secret.setAccessibleName(self.tr("Show the secret"))
        self.remember.setText(self.tr("Remember the secret in the system's &key store"))
        self.keystore_note.setAccessibleName(self.tr("Note about the key store"))
        self.tcp_label.setText(self.tr("TCP p&orts:"))
        self.tcp.setAccessibleName(self.tr("TCP ports"))
        self.tcp.setPlaceholderText(self.tr("none, or e.g. 22, 443, 5060-5061"))
        self.tcp.setToolTip(
            self.tr(
                "The responder connects to these ports from outside. The default is every "
                "port the product needs reachable over TCP."
            )
        )
        self.tcp_error.setAccessibleName(self.tr("Problem with the TCP ports"))
        self.router_box.setTitle(self.tr("Router"))
        self.ask_router.setText(self.tr("Ask the router (UPnP IGD, &NAT-PMP)"))
        self.ask_router.setToolTip(
            self.tr(
                "Reads the router's internet address and its port forwards, to see whether a "
                "second NAT sits in front of it or a forward points elsewhere. Nothing is "
                "changed on the router."
            )
        )
        self.wan_label.setText(self.tr("WAN address on its status pa&ge:"))
        self.wan.setAccessibleName(self.tr("The router's WAN address"))
        self.wan.setPlaceholderText(self.tr("optional, e.g. 100.64.0.2"))
        self.wan.setToolTip(
            self.tr(
                "The internet (WAN) address the router's status page shows. It tells whether "
                "a second NAT sits in front of the router when the router does not answer."
            )
        )
        self.wan_error.setAccessibleName(self.tr("Problem with the WAN address"))
        self.hairpin.setText(self.tr("Test hairpin NAT (NAT &loopback)"))
        self.hairpin.setToolTip(
            self.tr(
                "Whether phones on the LAN reach the PBX by its public address, as they do "
                "when they use its public name."
            )
        )
        self.lifetime.setText(self.tr("Measure how long it keeps &idle UDP mappings, up to"))
        self.lifetime.setToolTip(
            self.tr(
                "A longer test: it waits for ever longer idle gaps, up to the limit, and adds "
                "about that long to the check. It shows whether calls on hold and "
                "registrations keep working."
            )
        )
        self.lifetime_limit.setSuffix(self.tr(" s"))
        self.lifetime_limit.setAccessibleName(self.tr("Longest idle gap to try"))
        if self.local.count() == 1 and not self.local.itemData(0):
            self.local.setItemText(0, self.tr("no network address found"))
        self._servers_changed()
        self._pbx_changed()
        self._responder_changed()
        self._show_keystore_problem()
        self._wan_changed()

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
        self._fill_responder()
        self._fill_router()

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

    # -- the responder

    def _fill_responder(self) -> None:
        """The responder as this session or the last one left it; its secret from the key
        store where it was kept for this address."""
        product = self.session.product
        assert product is not None
        self.keystore_usable = keystore.available()
        self._keystore_problem = None
        self._secret_unread = False
        address = self.session.responder or str(self.settings.value("responder/address", ""))
        self.responder.setText(address)
        key = self.responder_key() if address and self.responder_problem() is None else ""
        kept = key != "" and self._kept_for() == key
        self.remember.setChecked(kept and self.keystore_usable)
        secret = self.session.responder_secret
        if not secret and kept and self.keystore_usable:
            try:
                secret = keystore.load(key) or ""
            except keystore.KeystoreError as exc:
                self._secret_unread = True
                self._keystore_problem = ("read", exc.detail)
        self.secret.setText(secret)
        self._default_tcp = format_ports(self.session.default_tcp_ports()).replace(",", ", ")
        if self.session.tcp_ports is not None:
            tcp = format_ports(self.session.tcp_ports).replace(",", ", ")
        else:
            tcp = str(self.settings.value(f"responder/tcp/{product.id}", self._default_tcp))
        self.tcp.setText(tcp)
        self._responder_changed()
        self._show_keystore_problem()

    def _kept_for(self) -> str:
        """The address (``responder_key``) whose secret this program put into the key
        store ("": none)."""
        return str(self.settings.value("responder/kept", ""))

    def responder_problem(self) -> str | None:
        """What is wrong with the responder's address; None when it is fine or empty."""
        text = self.responder.text().strip()
        if not text:
            return None
        try:
            spec = parse_responder(text)
        except ServerSpecError as exc:
            return error_text(exc)
        if ":" in spec.host:  # it probes the address the check reaches it from
            return self.tr(
                "'{text}': the responder is reached over IPv4; give its IPv4 address or name."
            ).format(text=text)
        return None

    def responder_key(self) -> str:
        """The responder's address as the key store knows it: ``host:port``."""
        return str(parse_responder(self.responder.text().strip()))

    def tcp_ports(self) -> list[int] | None:
        """The TCP ports as typed (none when the field is empty); None when unreadable."""
        if not self.tcp.text().strip():
            return []
        try:
            return expand(parse_ports(self.tcp.text()))
        except PortSpecError:
            return None

    def _responder_changed(self) -> None:
        given = bool(self.responder.text().strip())
        problem = self.responder_problem() or ""
        self.responder_error.setText(problem)
        self.responder_error.setVisible(bool(problem))
        for widget in (self.secret, self.show_secret, self.tcp):
            widget.setEnabled(given)
        self.remember.setEnabled(given and self.keystore_usable)
        if self.keystore_usable:
            self.remember.setToolTip(
                self.tr(
                    "Kept under the responder's address, where the system keeps passwords. "
                    "Unticked, the secret is used for this check only and a kept one is "
                    "removed."
                )
            )
        else:
            self.remember.setToolTip(
                self.tr(
                    "This computer has no key store the program can use, so the secret "
                    "cannot be remembered: type it for each check."
                )
            )
        self._tcp_changed()

    def _tcp_changed(self) -> None:
        problem = ""
        if self.responder.text().strip() and self.tcp.text().strip():
            try:
                tcp_ports(self.tcp.text())
            except PortSpecError as exc:
                problem = error_text(exc)
        self.tcp_error.setText(problem)
        self.tcp_error.setVisible(bool(problem))
        self.completeChanged.emit()

    def _show_secret(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret.setEchoMode(mode)

    def _show_keystore_problem(self) -> None:
        problem = self._keystore_problem
        text = ""
        if problem is not None:
            failed, detail = problem
            if failed == "read":
                text = self.tr(
                    "Could not read the kept secret from the key store: {problem}. Type it "
                    "again, or leave the field empty to keep the stored one."
                )
            elif failed == "store":
                text = self.tr(
                    "Could not store the secret in the key store: {problem}. It is used for "
                    "this check only; press Start check again to go on."
                )
            else:
                text = self.tr("Could not remove the kept secret from the key store: {problem}.")
            text = text.format(problem=detail)
        self.keystore_note.setText(text)
        self.keystore_note.setVisible(bool(text))

    def _keep_secret(self, address: str, secret: str) -> bool:
        """Put the secret into the key store, or take a kept one out, as the box says.
        False (the box unticked, the secret left as typed) when storing failed, so the
        page stays open and says so; a secret that could not be removed is only said."""
        kept = self._kept_for()
        self._keystore_problem = None
        keep = self.remember.isChecked() and self.remember.isEnabled()
        if keep and secret:
            try:
                keystore.save(address, secret)
            except keystore.KeystoreError as exc:
                self._keystore_problem = ("store", exc.detail)
                self._show_keystore_problem()
                self.remember.setChecked(False)
                self.secret.setFocus()
                return False
            self.settings.setValue("responder/kept", address)
            if kept and kept != address:
                self._forget(kept)  # kept for the address used before
        elif (
            # Unticked, or ticked with the secret cleared; but a kept secret the store
            # would not give back is left alone.
            kept
            and self.keystore_usable
            and not (keep and self._secret_unread)
            and self._forget(kept)
        ):
            self.settings.remove("responder/kept")
        self._show_keystore_problem()
        return True

    def _forget(self, address: str) -> bool:
        try:
            keystore.delete(address)
        except keystore.KeystoreError as exc:
            self._keystore_problem = ("remove", exc.detail)
            return False
        return True

    # -- the router

    def _fill_router(self) -> None:
        """The router's questions as this session or the last one left them."""
        session, saved = self.session, self.settings
        self.ask_router.setChecked(_flag(saved.value("router/ask", session.ask_router)))
        self.wan.setText(session.router_wan or str(saved.value("router/wan", "")))
        self.hairpin.setChecked(_flag(saved.value("router/hairpin", session.hairpin)))
        measure = session.mapping_lifetime is not None or _flag(
            saved.value("router/lifetime", False)
        )
        limit = session.mapping_lifetime or saved.value("router/lifetime_limit", LIFETIME_DEFAULT)
        self.lifetime.setChecked(measure)
        self.lifetime_limit.setValue(int(float(limit)))
        self._lifetime_toggled(measure)
        self._wan_changed()

    def wan_problem(self) -> str | None:
        """What is wrong with the typed WAN address; None when it is fine or empty."""
        text = self.wan.text().strip()
        if not text:
            return None
        try:
            parse_wan_address(text)
        except ServerSpecError as exc:
            return error_text(exc)
        return None

    def _wan_changed(self) -> None:
        problem = self.wan_problem() or ""
        self.wan_error.setText(problem)
        self.wan_error.setVisible(bool(problem))
        self.completeChanged.emit()

    def _lifetime_toggled(self, on: bool) -> None:
        self.lifetime_limit.setEnabled(on)

    def _save_router(self) -> None:
        session, saved = self.session, self.settings
        wan = self.wan.text().strip()
        session.ask_router = self.ask_router.isChecked()
        session.router_wan = parse_wan_address(wan) if wan else ""
        session.hairpin = self.hairpin.isChecked()
        limit = float(self.lifetime_limit.value())
        session.mapping_lifetime = limit if self.lifetime.isChecked() else None
        saved.setValue("router/ask", session.ask_router)
        saved.setValue("router/wan", session.router_wan)
        saved.setValue("router/hairpin", session.hairpin)
        saved.setValue("router/lifetime", self.lifetime.isChecked())
        saved.setValue("router/lifetime_limit", int(limit))

    @staticmethod
    def _valid_ip(text: str) -> bool:
        try:
            return ipaddress.ip_address(text).version == 4
        except ValueError:
            return False

    def isComplete(self) -> bool:
        pbx = self.pbx.text().strip()
        responder = self.responder.text().strip()
        return (
            self.server_problem() is None
            and (not pbx or self._valid_ip(pbx))
            and self.responder_problem() is None
            and (not responder or self.tcp_ports() is not None)
            and self.wan_problem() is None
        )

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
        self._save_router()
        return self._save_responder()

    def _save_responder(self) -> bool:
        product = self.session.product
        assert product is not None
        address = self.responder.text().strip()
        secret = self.secret.text()
        self.session.responder = address
        self.session.responder_secret = secret if address else ""
        if not address:
            self.session.tcp_ports = None
            self.settings.remove("responder/address")
            return True
        self.settings.setValue("responder/address", address)
        tcp = self.tcp_ports()
        if tcp is None or tcp == self.session.default_tcp_ports():
            self.session.tcp_ports = None  # the product's: follows the rules kept
            self.settings.remove(f"responder/tcp/{product.id}")
        else:
            self.session.tcp_ports = tcp
            self.settings.setValue(f"responder/tcp/{product.id}", self.tcp.text().strip())
        return self._keep_secret(self.responder_key(), secret)


def _flag(value: object) -> bool:
    """A yes/no kept in QSettings: an INI file gives it back as the text "true"/"false"."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)
