"""Page 1: which PBX, which version where the ports differ, and the language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from wizard.catalog import Product, load_catalog
from wizard.engine.model import Requirement
from wizard.i18n import LANGUAGES, current_language, product_text, set_language, translate
from wizard.ui.language import Retranslating, mnemonic, qt_button_texts
from wizard.ui.session import Session
from wizard.words import term


def _with_mnemonic(name: str, taken: set[str]) -> str:
    """Put '&' before the first letter of ``name`` that no other product uses yet."""
    for i, char in enumerate(name):
        if char.isalnum() and char.lower() not in taken:
            taken.add(char.lower())
            return name[:i].replace("&", "&&") + "&" + name[i:].replace("&", "&&")
    return name.replace("&", "&&")


class ProductPage(Retranslating, QWizardPage):
    def __init__(self, session: Session, settings: QSettings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.products: dict[str, Product] = load_catalog()
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.summaries: dict[str, QLabel] = {}
        for product in self.products.values():
            button = QRadioButton()
            summary = QLabel()
            summary.setWordWrap(True)
            summary.setIndent(24)
            summary.setBuddy(button)
            self.group.addButton(button)
            self.buttons[product.id] = button
            self.summaries[product.id] = summary
            layout.addWidget(button)
            layout.addWidget(summary)
            layout.addSpacing(6)
            button.toggled.connect(self._product_changed)
        form = QFormLayout()
        self.version = QComboBox()
        self.version_label = QLabel()
        self.version_label.setBuddy(self.version)
        form.addRow(self.version_label, self.version)
        layout.addLayout(form)
        layout.addStretch(1)

        row = QHBoxLayout()
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_label.setBuddy(self.language)
        row.addStretch(1)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        layout.addLayout(row)
        self.retranslate()
        self._restore()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which phone system?"))
        self.setSubTitle(
            self.tr(
                "Pick the PBX that runs on this computer. Each one needs different ports and "
                "a different kind of help from the router."
            )
        )
        # Each product gets an Alt letter that no button of the window uses in this language.
        taken = {
            letter
            for letter in map(
                mnemonic,
                [*qt_button_texts(), translate("FirewallWizard", "&About"),
                 self.tr("&Language:"), self.tr("&Version:")],
            )
            if letter
        }  # fmt: skip
        for product_id, product in self.products.items():
            name = product_text(product.name)  # vendors' names stay; "Other PBX" is ours
            self.buttons[product_id].setText(_with_mnemonic(name, taken))
            self.buttons[product_id].setAccessibleName(name)
            summary = product_text(product.summary)
            self.summaries[product_id].setText(summary)
            button = self.buttons[product_id]
            button.setAccessibleDescription(summary)
            needs = {rule.requirement for rule in product.rules}
            if Requirement.FULL_CONE in needs or not product.rules:
                button.setToolTip(term("full cone"))
            elif Requirement.OUTBOUND in needs:
                button.setToolTip(term("symmetric NAT"))
        self.version_label.setText(self.tr("&Version:"))
        self.version.setAccessibleName(self.tr("Version"))
        for index in range(self.version.count()):
            self.version.setItemText(index, self._version_name(self.version.itemData(index)))
        # The language's own name; the label is in the current language, with a hint in
        # English for someone who cannot read the current one.
        label = self.tr("&Language:")
        self.language_label.setText(label if "Language" in label else f"{label} (Language)")
        self.language.setAccessibleName(self.tr("Language"))

    def _version_name(self, version_id: str) -> str:
        product = self.selected()
        for version in product.versions if product else ():
            if version.id == version_id:
                return product_text(version.name)
        return version_id

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
                self.version.addItem(product_text(version.name), version.id)
                if version.default:
                    self.version.setCurrentIndex(self.version.count() - 1)
        self.version.setVisible(has_versions)
        self.version_label.setVisible(has_versions)
        self.completeChanged.emit()

    def _language_changed(self) -> None:
        code = self.language.currentData()
        set_language(code)
        self.settings.setValue("ui/language", code)

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
