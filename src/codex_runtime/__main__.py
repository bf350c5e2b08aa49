"""``python -m codex_runtime``: the ``codex-runtime`` command line."""

import sys

from codex_runtime.cli import main

sys.exit(main())
