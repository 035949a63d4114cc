"""Finding the wizard's own buttons in tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def back_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.BackButton)
