"""The About box: version, and the licences of Qt and the other parts we ship."""

from __future__ import annotations

import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wizard import APP_NAME, __version__

# (distribution, what it is, licence) for everything the packaged program contains.
COMPONENTS = (
    ("PySide6-Essentials", "Qt for Python", "LGPL-3.0-only"),
    ("shiboken6", "Qt for Python bindings generator runtime", "LGPL-3.0-only"),
    ("qasync", "asyncio event loop on Qt", "BSD-2-Clause"),
    ("aioice", "STUN message codec", "BSD-3-Clause"),
    ("psutil", "which program holds a port", "BSD-3-Clause"),
)


def _installed(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        rows = "".join(
            f"<tr><td>{name} {_installed(name)}</td><td>{what}</td><td>{licence}</td></tr>"
            for name, what, licence in COMPONENTS
        )
        text = (
            f"<h3>{APP_NAME} {__version__}</h3>"
            + "<p>"
            + self.tr(
                "Checks whether a router or firewall treats an IP PBX's SIP and media ports "
                "the way the PBX needs, and says what to change."
            )
            + "</p><p>"
            + self.tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
            )
            + "</p><p>"
            + self.tr(
                "Qt is used under the GNU Lesser General Public License version 3; you may "
                "replace the Qt libraries of this program with your own build."
            )
            + "</p><table cellspacing='4'>"
            + rows
            + "</table>"
        )
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
