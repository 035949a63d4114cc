"""PBX Firewall Wizard: checks whether a router or firewall treats an IP PBX's ports right."""

from importlib import metadata
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

try:
    __version__ = metadata.version("pbx-firewall-wizard")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "PBX Firewall Wizard"


def _resources() -> Traversable:
    """What the program reads at run time: product files, icons, report templates and the
    compiled translations.

    An installed package (a wheel, pipx, the PyInstaller bundle) carries them inside, as
    ``wizard/resources``: setup.py and packaging/wizard.spec put them there. A source tree
    (and so an editable install) keeps them at its top, where they are written and built.
    Either way the result is a folder on disk, so Qt can read its files by name.
    """
    packaged = files(__name__) / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = _resources()
