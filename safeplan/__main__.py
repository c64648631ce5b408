"""``python -m safeplan`` — the same entry point as the ``safeplan`` command."""

import sys

from safeplan.cli import main

if __name__ == "__main__":
    sys.exit(main())
