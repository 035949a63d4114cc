"""`python -m wizard`: the command line, or the wizard window when no command is given."""

import sys

if sys.argv[1:2] == ["responder"]:
    # The responder runs on servers without Qt: it must not load the rest of the command
    # line, whose translations come from Qt.
    from wizard.responder.command import main as responder

    sys.exit(responder(sys.argv[2:]))

from wizard.cli import main  # noqa: E402

sys.exit(main())
