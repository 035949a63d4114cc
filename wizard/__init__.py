"""PBX Firewall Wizard: checks whether a router or firewall treats an IP PBX's ports right."""

from importlib import metadata
from pathlib import Path

try:
    __version__ = metadata.version("pbx-firewall-wizard")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "PBX Firewall Wizard"

# Product files, icons and compiled translations sit beside the package, both in a source
# checkout and in a PyInstaller bundle (which keeps the same relative layout).
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
