"""The one door to translated text, shared by the command line and the wizard.

Strings are marked where they are written (``QT_TRANSLATE_NOOP`` for module-level
text, ``tr`` for text built at run time) so ``pyside6-lupdate`` finds them all, and they
are translated only when shown. Placeholders are filled after translating:
``tr("Results", "Port {port} is in use").format(port=p)``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["QT_TRANSLATE_NOOP", "tr", "trn"]


def tr(context: str, text: str, disambiguation: str | None = None) -> str:
    """Translate ``text`` in ``context`` with whatever translators are installed."""
    return QCoreApplication.translate(context, text, disambiguation)


def trn(context: str, text: str, n: int, disambiguation: str | None = None) -> str:
    """Translate a text holding ``%n`` with the plural form that fits ``n``."""
    return QCoreApplication.translate(context, text, disambiguation, n)
