"""The one-file program's splash screen: a picture drawn at build time, shown by the
bootloader while it unpacks, closed at once for a command and by the wizard when its
window is up (tests/ui/test_app.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtGui import QImage

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load("build", ROOT / "packaging" / "build.py")
launcher = load("launcher", ROOT / "packaging" / "launcher.py")


def test_the_splash_picture_has_the_icon_name_and_room_for_progress(qapp, tmp_path):
    target = tmp_path / "splash.png"
    build.render_splash(target, "1.2.3")
    image = QImage(str(target))
    assert (image.width(), image.height()) == build.SPLASH_SIZE
    x, y = build.SPLASH_TEXT_POS
    assert 0 < x < image.width() and 0 < y < image.height()
    # The bootloader writes on a plain background: nothing is drawn where its text goes.
    background = image.pixel(x + 5, y - 4)
    assert all(image.pixel(x + dx, y - 4) == background for dx in range(0, 200, 10))
    assert image.pixelColor(24 + 48, 27 + 48) != image.pixelColor(5, 5)  # the icon


def test_the_spec_writes_where_the_picture_leaves_room():
    spec = (ROOT / "packaging" / "wizard.spec").read_text(encoding="utf-8")
    assert f"text_pos={build.SPLASH_TEXT_POS}" in spec
    assert "*splash" in spec  # in the one-file program only
    assert spec.count("*splash") == 1


class FakeSplash:
    closed = 0

    @classmethod
    def close(cls) -> None:
        cls.closed += 1


@pytest.mark.parametrize(
    ("argv", "closed"),
    [
        (["check", "--product", "3cx"], 1),
        (["--version"], 1),
        (["products"], 1),
        ([], 0),  # the wizard closes it when its window is up
        (["--lang", "de"], 0),
        (["--smoke"], 0),
    ],
)
def test_a_command_closes_the_splash_at_once(monkeypatch, argv, closed):
    FakeSplash.closed = 0
    monkeypatch.setitem(sys.modules, "pyi_splash", FakeSplash)
    monkeypatch.setenv("_PYI_SPLASH_IPC", "40000")
    launcher.close_splash_for_commands(argv)
    assert FakeSplash.closed == closed


def test_without_a_splash_nothing_is_imported(monkeypatch):
    monkeypatch.delenv("_PYI_SPLASH_IPC", raising=False)
    monkeypatch.delitem(sys.modules, "pyi_splash", raising=False)
    launcher.close_splash_for_commands(["check"])
    assert "pyi_splash" not in sys.modules
