import sys

from codex_runtime.cli import main

sys.exit(main())
