"""``python -m briefing_tui``: the same as the ``briefing-tui`` command."""

import sys

from .cli import main

sys.exit(main())
