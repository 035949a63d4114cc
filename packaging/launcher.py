"""Entry point of the packaged program: the wizard, or `check` and friends headless."""

import os
import sys

from wizard.cli import _only_window_options, main
from wizard.console import attach_parent_console


def close_splash_for_commands(argv: list[str]) -> None:
    """The one-file build shows a splash screen while it unpacks; a command (``check``,
    ``--version``) opens no window, so it goes at once. The wizard closes it itself
    when its window is up."""
    if "_PYI_SPLASH_IPC" in os.environ and not _only_window_options(argv):
        import pyi_splash

        pyi_splash.close()


if __name__ == "__main__":
    close_splash_for_commands(sys.argv[1:])
    attach_parent_console(sys.argv[1:])
    sys.exit(main())
