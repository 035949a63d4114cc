"""Widgets that follow a change of language while they are open."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizard

from wizard.i18n import translated

# QWizard's own button texts (ModernStyle), as qtbase's catalog has them.
QT_BUTTONS = {
    QWizard.WizardButton.BackButton: "< &Back",
    QWizard.WizardButton.NextButton: "&Next >",
    QWizard.WizardButton.CancelButton: "Cancel",
    QWizard.WizardButton.FinishButton: "&Finish",
}


def qt_button_texts() -> list[str]:
    """QWizard's button texts in the current language."""
    return [translated("QWizard", text) for text in QT_BUTTONS.values()]


def mnemonic(text: str) -> str | None:
    """The letter after a single '&', lower case; None when there is none."""
    match = re.search(r"(?<!&)&(\w)", text)
    return match.group(1).lower() if match else None


class Retranslating:
    """Mixed into a QWidget that sets its texts in ``retranslate()``.

    Qt sends every widget a LanguageChange event when translators are installed or
    removed; such a widget then sets its texts again, in the new language.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
