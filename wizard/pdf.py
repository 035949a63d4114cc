"""The PDF report: the HTML report printed to A4 by Qt's own rich-text engine.

Qt is already here, so the PDF costs no extra dependency. The PDF is made in memory and
written by the caller (``wizard.report.write_report``): ``QPdfWriter`` on a file reports
nothing when it cannot open it, and the wizard used to say "Saved" for a file that was
never written.

A PDF needs a ``QGuiApplication`` (fonts); ``gui_application`` makes one for the command
line, on Qt's offscreen platform where there is no display.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

__all__ = ["PdfError", "a4_writer", "gui_application", "pdf_bytes"]


class PdfError(OSError):
    """Qt made no PDF (it says why only on its log)."""


def a4_writer(device: QIODevice) -> QPdfWriter:
    """A PDF writer for A4 pages with 15 mm margins, at the 96 dpi the HTML is laid out for."""
    writer = QPdfWriter(device)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(96)
    writer.setTitle("PBX firewall check")
    return writer


def pdf_bytes(document_html: str) -> bytes:
    """The HTML printed to an A4 PDF, as the bytes of the file."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer)
    document = QTextDocument()
    document.setHtml(document_html)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(area.width(), area.height()))
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF"):
        raise PdfError("Qt could not make the PDF")
    return data


def gui_application(*, offscreen: bool) -> QGuiApplication:
    """The running ``QGuiApplication``, or a new one for the command line.

    Without a display (a server, an SSH session) Qt would abort; there ``offscreen`` picks
    Qt's offscreen platform, which prints just as well. Must run before anything makes a
    plain ``QCoreApplication`` (``wizard.i18n.set_language`` does when none exists).
    """
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise RuntimeError("a QCoreApplication exists already; a PDF needs a QGuiApplication")
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication([sys.argv[0] if sys.argv else "wizard"])
