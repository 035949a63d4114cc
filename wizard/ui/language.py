"""Widgets that follow a change of language while they are open."""

from __future__ import annotations

from PySide6.QtCore import QEvent


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
