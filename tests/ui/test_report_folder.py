"""Reports are offered in the Documents folder, where people look for what they saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

import pytest
from modelresults import lossy_rerun

from wizard.catalog import get_product
from wizard.ui.results_page import ResultsPage
from wizard.ui.session import Session


@pytest.fixture
def page(qtbot) -> ResultsPage:
    result = lossy_rerun(range(9000, 9004), range(9000, 9001), unfit="stun.odd.example:3478")
    page = ResultsPage(Session(product=get_product("3cx"), result=result))
    qtbot.addWidget(page)
    page.show()
    page.show_result(result)
    return page


def suggested_folder(qtbot, page: ResultsPage, monkeypatch, documents: str) -> Path:
    real = QStandardPaths.writableLocation
    monkeypatch.setattr(
        QStandardPaths,
        "writableLocation",
        lambda where: (
            documents if where == QStandardPaths.StandardLocation.DocumentsLocation else real(where)
        ),
    )
    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _parent, _title, path, _filter: (offered.append(path) or "", ""),
    )
    qtbot.mouseClick(page.export_html_button, Qt.MouseButton.LeftButton)
    assert len(offered) == 1 and offered[0].endswith(".html")
    assert Path(offered[0]).name.startswith("firewall-check-3cx-")
    return Path(offered[0]).parent


def test_reports_are_offered_in_documents(qtbot, page, tmp_path, monkeypatch):
    documents = tmp_path / "Documents"
    documents.mkdir()
    assert suggested_folder(qtbot, page, monkeypatch, str(documents)) == documents


def test_without_a_documents_folder_the_home_folder(qtbot, page, tmp_path, monkeypatch):
    missing = tmp_path / "Documents"
    assert suggested_folder(qtbot, page, monkeypatch, str(missing)) == Path.home()
    assert suggested_folder(qtbot, page, monkeypatch, "") == Path.home()
