"""Builds the runtime resources as part of every build and install.

The source tree keeps them at its top: product files, icons and report templates in
resources/, the translations as .ts files in translations/. Every build compiles the
translations (.ts -> resources/translations/*.qm, see translations/update.py); a wheel
build also copies everything under resources/ into the package as wizard/resources/,
where ``wizard.RESOURCES`` finds it once installed. An editable install (``pip install
-e .``) reads resources/ in the source tree instead, so an edited product file counts at
once.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Command, setup
from setuptools.command.build import build

ROOT = Path(__file__).resolve().parent
# Everything the program reads at run time (product files, icons, report templates, the
# compiled translations), and where it goes in the package.
RESOURCES = ROOT / "resources"
PACKAGE_RESOURCES = Path("wizard", "resources")


class BuildResources(Command):
    description = "compile the translations and copy the runtime resources into the package"
    user_options: list = []
    editable_mode = False

    def initialize_options(self) -> None:
        self.build_lib: str | None = None

    def finalize_options(self) -> None:
        self.set_undefined_options("build_py", ("build_lib", "build_lib"))

    def run(self) -> None:
        subprocess.run(
            [sys.executable, str(ROOT / "translations" / "update.py"), "--release"],
            check=True,
            cwd=ROOT,
        )
        if self.editable_mode:
            return
        # Afresh each time: a file removed from resources/ must not linger in the next
        # wheel built in this tree (setuptools keeps build/lib between builds).
        shutil.rmtree(Path(self.build_lib) / PACKAGE_RESOURCES, ignore_errors=True)
        for target, source in self.get_output_mapping().items():
            self.mkpath(str(Path(target).parent))
            self.copy_file(source, target)

    def get_source_files(self) -> list[str]:
        return [str(p.relative_to(ROOT)) for p in (ROOT / "translations").glob("*.ts")]

    def get_outputs(self) -> list[str]:
        return list(self.get_output_mapping())

    def get_output_mapping(self) -> dict[str, str]:
        """Where each resource goes in the package: {file in build_lib: file in the tree}."""
        if self.editable_mode:
            return {}
        package = Path(self.build_lib) / PACKAGE_RESOURCES
        return {
            str(package / source.relative_to(RESOURCES)): str(source)
            for source in sorted(RESOURCES.rglob("*"))
            if source.is_file()
        }


build.sub_commands.append(("build_resources", None))
setup(cmdclass={"build_resources": BuildResources})
