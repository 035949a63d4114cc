"""Build the packaged program with PyInstaller, on the platform this runs on.

    python packaging/build.py

Into dist/: PBXFirewallWizard(.exe), one file, windowed; and PBXFirewallWizard-folder/,
the same program as a folder (quicker to start) with pbxcheck(.exe), its console twin.
Compiles the translations, renders the icon and (on Windows) the version information
from pyproject.toml first; fails when the one-file program grows past its size budget.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
GENERATED = ROOT / "build" / "packaging"
EXE = ".exe" if sys.platform == "win32" else ""
ONEFILE = DIST / f"PBXFirewallWizard{EXE}"
FOLDER = DIST / "PBXFirewallWizard-folder"
# Megabytes (10^6 bytes) for the one-file program, per platform.
SIZE_BUDGET_MB = {"linux": 55.0, "win32": 60.0, "darwin": 70.0}


def version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["project"]["version"]


def version_info(text_version: str) -> str:
    """A Windows VERSIONINFO resource in PyInstaller's format, from the project version."""
    numbers = [int(part) for part in text_version.split(".")[:3] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    fixed = tuple(numbers[:4])
    strings = {
        "CompanyName": "PBX Firewall Wizard",
        "FileDescription": "PBX Firewall Wizard",
        "FileVersion": text_version,
        "InternalName": "PBXFirewallWizard",
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": "PBXFirewallWizard.exe",
        "ProductName": "PBX Firewall Wizard",
        "ProductVersion": text_version,
    }
    entries = ",\n".join(f"        StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={fixed}, prodvers={fixed}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{entries}
    ])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_icon(target: Path, sizes: tuple[int, ...] = ICON_SIZES) -> None:
    """The application icon, drawn from its SVG source at each size Windows asks for
    (Explorer's lists 16, taskbar 24 and 32, tiles 48 and 64, large views 128 and 256),
    so none is scaled down from a bigger one. Qt's ICO writer stores one image, so the
    file is put together here."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon, QImage

    app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(ROOT / "resources" / "icons" / "app.svg"))
    images = []
    for size in sizes:
        image = icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        if image.width() != size or image.height() != size:
            raise SystemExit(f"cannot draw the icon at {size}x{size}")
        images.append((size, _ico_entry(image)))
    target.write_bytes(ico_file(images))
    del app


def _ico_entry(image) -> bytes:
    """One image of an .ico: PNG at 256 px, as Windows stores it; a 32-bit DIB below,
    which every reader of icons takes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    size = image.width()
    if size >= 256:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit("cannot encode the 256 px icon as PNG")
        return bytes(data.data())
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]  # BGRA
    mask_row = ((size + 31) // 32) * 4  # the AND mask: 1 bit a pixel, rows of 32 bits
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + bytes(mask_row * size)


def ico_file(images: list[tuple[int, bytes]]) -> bytes:
    """An ICONDIR with one ICONDIRENTRY per image (learn.microsoft.com, "Icons")."""
    offset = 6 + 16 * len(images)
    directory, blobs = [struct.pack("<HHH", 0, 1, len(images))], []
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 stands for 256
        directory.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return b"".join(directory + blobs)


SPLASH_SIZE = (460, 150)
SPLASH_TEXT_POS = (140, 128)  # where the bootloader writes what it unpacks


def render_splash(target: Path, text_version: str) -> None:
    """The picture the one-file program shows at once, while its bootloader unpacks the
    rest to %TEMP% (seconds on Windows, where antivirus scans every file). It holds the
    icon, the name and the version, no sentence: it is shown before any translation
    can be loaded. The bootloader writes the file it unpacks below the name."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication([])
    width, height = SPLASH_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#c8d0d8"))
    painter.drawRect(0, 0, width - 1, height - 1)
    icon = QIcon(str(ROOT / "resources" / "icons" / "app.svg"))
    painter.drawPixmap(24, 27, icon.pixmap(96, 96))
    title = QFont()
    title.setPixelSize(22)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("#1f2933"))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRect(140, 40, width - 150, 32), flags, "PBX Firewall Wizard")
    small = QFont()
    small.setPixelSize(14)
    painter.setFont(small)
    painter.setPen(QColor("#52606d"))
    painter.drawText(QRect(140, 74, width - 150, 24), flags, text_version)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"cannot write {target}")
    del app


def main() -> int:
    GENERATED.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(ROOT / "translations" / "update.py"), "--release"],
                   check=True)  # fmt: skip
    render_icon(GENERATED / "app.ico")
    render_splash(GENERATED / "splash.png", version())
    (GENERATED / "version_info.txt").write_text(version_info(version()), encoding="utf-8")
    for stale in (ONEFILE, FOLDER):
        if stale.is_dir():
            shutil.rmtree(stale)
        elif stale.exists():
            stale.unlink()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "packaging" / "wizard.spec")],
        check=True,
    )  # fmt: skip
    (FOLDER / f"PBXFirewallWizard-folder-app{EXE}").rename(FOLDER / f"PBXFirewallWizard{EXE}")
    size_mb = ONEFILE.stat().st_size / 1e6
    folder_mb = (
        sum(p.stat().st_size for p in FOLDER.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )
    budget = SIZE_BUDGET_MB.get(sys.platform, 70.0)
    print(f"{ONEFILE.relative_to(ROOT)}: {size_mb:.1f} MB (budget {budget:g} MB)")
    print(f"{FOLDER.relative_to(ROOT)}/: {folder_mb:.1f} MB")
    if size_mb > budget:
        print(f"the one-file program is {size_mb - budget:.1f} MB over budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
