"""`python -m wizard`: the command line, or the wizard window when no command is given."""

import sys

from wizard.cli import main

sys.exit(main())
