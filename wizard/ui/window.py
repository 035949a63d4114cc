"""The wizard window: five pages over one session, an About button, clean shutdown."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QWizard

from wizard import APP_NAME, RESOURCES, __version__
from wizard.i18n import translated
from wizard.ui.about import AboutDialog
from wizard.ui.language import QT_BUTTONS, Retranslating
from wizard.ui.ports_page import PortsPage
from wizard.ui.product_page import ProductPage
from wizard.ui.results_page import ResultsPage
from wizard.ui.running_page import RunningPage
from wizard.ui.session import Session
from wizard.ui.settings_page import SettingsPage

ICON = RESOURCES / "icons" / "app.svg"


class FirewallWizard(Retranslating, QWizard):
    PRODUCT, PORTS, SETTINGS, RUNNING, RESULTS = range(5)

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.session = Session()
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.setWindowIcon(QIcon(str(ICON)))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(self._custom_button)
        self.product_page = ProductPage(self.session, self.settings)
        self.ports_page = PortsPage(self.session)
        self.settings_page = SettingsPage(self.session, self.settings)
        self.running_page = RunningPage(self.session)
        self.results_page = ResultsPage(self.session)
        for page_id, page in enumerate(
            (
                self.product_page,
                self.ports_page,
                self.settings_page,
                self.running_page,
                self.results_page,
            )
        ):
            self.setPage(page_id, page)
        self.results_page.setFinalPage(True)
        self.about: AboutDialog | None = None
        self.rejected.connect(self.running_page.cancel)
        self.retranslate()
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self.sizeHint())

    def retranslate(self) -> None:
        # Back, Next, Cancel and Finish are Qt's own words, translated by qtbase_*.qm; a
        # QWizard only looks them up again on a page change, so look them up here.
        for which, text in QT_BUTTONS.items():
            self.setButtonText(which, translated("QWizard", text))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&About"))
        self.settings_page.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Start check"))

    def sizeHint(self) -> QSize:
        # Fits a 1366x768 laptop screen with the taskbar and window frame.
        return QSize(940, 680)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.about = AboutDialog(self)
            self.about.open()

    def done(self, result: int) -> None:
        self.running_page.cancel()
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.running_page.cancel()
        super().closeEvent(event)
