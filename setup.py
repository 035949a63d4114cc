"""Compiles the translations (.ts -> .qm) as part of every build and install.

The .qm files are build output and not kept in git; `pip install -e .` and wheel builds
both run this step. See translations/update.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import Command, setup
from setuptools.command.build import build

ROOT = Path(__file__).resolve().parent


class BuildTranslations(Command):
    description = "compile translations/*.ts into resources/translations/*.qm"
    user_options: list = []
    editable_mode = False
    build_lib = None

    def initialize_options(self) -> None:
        pass

    def finalize_options(self) -> None:
        pass

    def run(self) -> None:
        # The product files and translations are read from beside the package (in a
        # source tree as in a PyInstaller bundle), so the .qm files go there too.
        subprocess.run(
            [sys.executable, str(ROOT / "translations" / "update.py"), "--release"],
            check=True,
            cwd=ROOT,
        )

    def get_source_files(self) -> list[str]:
        return [str(p.relative_to(ROOT)) for p in (ROOT / "translations").glob("*.ts")]

    def get_outputs(self) -> list[str]:
        return []

    def get_output_mapping(self) -> dict[str, str]:
        return {}


build.sub_commands.append(("build_translations", None))
setup(cmdclass={"build_translations": BuildTranslations})
