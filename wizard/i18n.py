"""The one door to translated text, shared by the command line and the wizard.

``pyside6-lupdate`` finds a string when it is written literally in one of two forms:
``QT_TRANSLATE_NOOP("Context", "text")`` for text defined at module level and shown
later, and ``translate("Context", "text")`` for text translated where it is used. Text
that was marked with ``QT_TRANSLATE_NOOP`` and is held in a variable is translated with
``translated(context, text)``. Placeholders are filled after translating:
``translate("Cli", "Port {port} is in use").format(port=p)``.

The facts in the product files (summaries, purposes, notes, version names) are
translated with ``product_text``; ``translations/update.py`` collects them for lupdate,
so the TOML files stay their only source.
"""

from __future__ import annotations

import logging
from importlib.resources import as_file
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from wizard import RESOURCES

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "current_language",
    "error_text",
    "product_text",
    "set_language",
    "system_language",
    "translated",
    "translate",
]

log = logging.getLogger("wizard")

# Each language in its own name, as a picker shows it.
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
TRANSLATIONS = RESOURCES / "translations"

_installed: list[QTranslator] = []
_current = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` with whatever translators are installed."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translated(context: str, text: str, n: int = -1) -> str:
    """Translate text already marked with ``QT_TRANSLATE_NOOP`` (held in a variable)."""
    return QCoreApplication.translate(context, text, None, n)


def product_text(text: str) -> str:
    """A sentence from a product file, in the current language."""
    return QCoreApplication.translate("Products", text)


def error_text(error: BaseException) -> str:
    """An error's message in the current language, when it was written to be translated."""
    template = getattr(error, "template", None)
    if isinstance(template, str):
        context = getattr(error, "context", "Errors")
        return translated(context, template).format(**getattr(error, "params", {}))
    return str(error)


def system_language() -> str:
    """The first of the system's UI languages that we ship, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def current_language() -> str:
    return _current


def _qt_translations() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def set_language(language: str | None = None) -> str:
    """Install the translators for ``language`` (the system's when None): ours and Qt's own.

    Returns the language now in effect; English when ours is missing. Widgets are told by
    Qt with a LanguageChange event and translate themselves again.
    """
    global _current
    wanted = language or system_language()
    if wanted not in LANGUAGES:
        raise ValueError(f"unknown language {wanted!r}; choose one of {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance() or QCoreApplication([])
    # Numbers in spin boxes and labels follow the language too ("1,0 s" in German).
    QLocale.setDefault(QLocale(wanted))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = "en"
    ours = QTranslator(app)
    with as_file(TRANSLATIONS / f"wizard_{wanted}.qm") as catalog:
        loaded = ours.load(str(catalog))
    if not loaded:
        # English works without its catalog, only with clumsy plurals ("1 port(s)").
        log.warning("no compiled translation for %s in %s", wanted, TRANSLATIONS)
        return _current
    if wanted != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{wanted}", str(_qt_translations())):
            _installed.append(qt)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    _current = wanted
    return _current
