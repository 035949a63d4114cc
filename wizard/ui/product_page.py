"""Page 1: which PBX, and which version where the ports differ."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from wizard.catalog import Product, load_catalog
from wizard.engine.model import Requirement
from wizard.ui.session import Session
from wizard.verdicts import term


def _with_mnemonic(name: str, taken: set[str]) -> str:
    """Put '&' before the first letter of ``name`` that no other product uses yet."""
    for i, char in enumerate(name):
        if char.isalnum() and char.lower() not in taken:
            taken.add(char.lower())
            return name[:i].replace("&", "&&") + "&" + name[i:].replace("&", "&&")
    return name.replace("&", "&&")


class ProductPage(QWizardPage):
    def __init__(self, session: Session, settings: QSettings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.products: dict[str, Product] = load_catalog()
        self.setTitle(self.tr("Which phone system?"))
        self.setSubTitle(
            self.tr(
                "Pick the PBX that runs on this computer. Each one needs different ports and "
                "a different kind of help from the router."
            )
        )
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        taken: set[str] = {"b", "n", "c"}  # Back, Next and Cancel have these
        for product in self.products.values():
            button = QRadioButton(_with_mnemonic(product.name, taken))
            button.setAccessibleName(product.name)
            button.setAccessibleDescription(product.summary)
            needs = {rule.requirement for rule in product.rules}
            if Requirement.FULL_CONE in needs or not product.rules:
                button.setToolTip(term("full cone"))
            elif Requirement.OUTBOUND in needs:
                button.setToolTip(term("symmetric NAT"))
            summary = QLabel(product.summary)
            summary.setWordWrap(True)
            summary.setIndent(24)
            summary.setBuddy(button)
            self.group.addButton(button)
            self.buttons[product.id] = button
            layout.addWidget(button)
            layout.addWidget(summary)
            layout.addSpacing(6)
            button.toggled.connect(self._product_changed)
        form = QFormLayout()
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("Version"))
        self.version_label = QLabel(self.tr("&Version:"))
        self.version_label.setBuddy(self.version)
        form.addRow(self.version_label, self.version)
        layout.addLayout(form)
        layout.addStretch(1)
        self._restore()

    def _restore(self) -> None:
        last = str(self.settings.value("product/id", "3cx"))
        button = self.buttons.get(last) or next(iter(self.buttons.values()))
        button.setChecked(True)
        self._product_changed()
        version = self.settings.value("product/version")
        index = self.version.findData(version)
        if index >= 0:
            self.version.setCurrentIndex(index)

    def selected(self) -> Product | None:
        for product_id, button in self.buttons.items():
            if button.isChecked():
                return self.products[product_id]
        return None

    def _product_changed(self) -> None:
        product = self.selected()
        self.version.clear()
        has_versions = bool(product and product.versions)
        if product is not None:
            for version in product.versions:
                self.version.addItem(version.name, version.id)
                if version.default:
                    self.version.setCurrentIndex(self.version.count() - 1)
        self.version.setVisible(has_versions)
        self.version_label.setVisible(has_versions)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.selected() is not None

    def validatePage(self) -> bool:
        product = self.selected()
        if product is None:
            return False
        version = self.version.currentData() if product.versions else None
        if (product, version) != (self.session.product, self.session.version):
            # Another product: the later pages start again from its defaults.
            self.session.included = None
            self.session.ports = None
            self.session.servers = []
        self.session.product = product
        self.session.version = version
        self.settings.setValue("product/id", product.id)
        self.settings.setValue("product/version", version or "")
        return True
