"""Marking text for translation without Qt, for the modules that must not import it.

``pyside6-lupdate`` finds ``QT_TRANSLATE_NOOP("Context", "text")`` by its name, so this
plain function marks strings as well as Qt's does; the face that shows them translates
them with ``wizard.i18n``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate seeks
    return text


class TranslatableError(ValueError):
    """An error for people: an English template, marked for translation, and its values.

    ``str(error)`` is the English message; ``wizard.i18n.error_text(error)`` translates
    the template and fills it in.
    """

    context = "Errors"

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))
