"""Entry point of the packaged program: the wizard, or `check` and friends headless."""

import sys

from wizard.cli import main
from wizard.console import attach_parent_console

if __name__ == "__main__":
    attach_parent_console(sys.argv[1:])
    sys.exit(main())
