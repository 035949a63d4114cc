"""`python -m wizard.responder`: the same as `python -m wizard responder`."""

import sys

from wizard.responder.command import main

sys.exit(main())
