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


def render_icon(target: Path) -> None:
    """The application icon, from its SVG source, in the sizes Windows asks for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon, QImageWriter

    app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(ROOT / "resources" / "icons" / "app.svg"))
    writer = QImageWriter(str(target), b"ico")
    image = icon.pixmap(256, 256).toImage()
    if not writer.write(image):
        raise SystemExit(f"cannot write {target}: {writer.errorString()}")
    del app


def main() -> int:
    GENERATED.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(ROOT / "translations" / "update.py"), "--release"],
                   check=True)  # fmt: skip
    render_icon(GENERATED / "app.ico")
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
