"""The one door to translated text, shared by the command line and the wizard.

``pyside6-lupdate`` finds a string when it is written literally in one of two forms:
``QT_TRANSLATE_NOOP("Context", "text")`` for text defined at module level and shown
later, and ``translate("Context", "text")`` for text translated where it is used. Text
that was marked with ``QT_TRANSLATE_NOOP`` and is held in a variable is translated with
``tr(context, text)``. Placeholders are filled after translating:
``translate("Cli", "Port {port} is in use").format(port=p)``; plurals use ``%n`` with
``translate(context, text, None, n)``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["QT_TRANSLATE_NOOP", "tr", "translate"]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` with whatever translators are installed."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def tr(context: str, text: str, n: int = -1) -> str:
    """Translate text already marked with ``QT_TRANSLATE_NOOP`` (held in a variable)."""
    return QCoreApplication.translate(context, text, None, n)
