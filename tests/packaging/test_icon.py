"""The program's .ico holds every size Windows shows, each drawn from the SVG."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from PySide6.QtGui import QIcon, QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def test_the_icon_holds_every_size_windows_asks_for(qapp, tmp_path):
    target = tmp_path / "app.ico"
    build.render_icon(target)
    data = target.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    sides = []
    for i in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        assert width == height and (planes, bits) == (1, 32)
        assert offset + length <= len(data)
        sides.append(width or 256)
    assert sides == [16, 24, 32, 48, 64, 128, 256]
    # The 256 px image is PNG, as Windows stores it; the others are DIBs.
    last = struct.unpack_from("<I", data, 6 + 16 * 6 + 12)[0]
    assert data[last : last + 8] == b"\x89PNG\r\n\x1a\n"
    first = struct.unpack_from("<I", data, 6 + 12)[0]
    assert struct.unpack_from("<Iii", data, first) == (40, 16, 32)


def test_each_size_is_drawn_not_scaled(qapp, tmp_path):
    target = tmp_path / "app.ico"
    build.render_icon(target)
    reader = QImageReader(str(target))
    assert reader.imageCount() == 7
    icon = QIcon(str(ROOT / "resources" / "icons" / "app.svg"))
    for i, side in enumerate(build.ICON_SIZES):
        assert reader.jumpToImage(i)
        image = reader.read().convertToFormat(QImage.Format.Format_ARGB32)
        drawn = icon.pixmap(side, side).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        assert image.size() == drawn.size()
        assert image == drawn, f"{side} px differs"  # upright, straight alpha, every pixel
