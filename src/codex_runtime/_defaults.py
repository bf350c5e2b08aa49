"""The safe defaults, in one place. Every layer reads them from here; nothing restates them.

They are SENT explicitly on thread/start and turn/start so a user's ``~/.codex/config.toml`` cannot weaken them.
"""

from __future__ import annotations

from typing import Final

APPROVAL_POLICY: Final = "never"
SANDBOX: Final = "read-only"
REASONING_EFFORT: Final = "medium"
TURN_TIMEOUT: Final = 120.0
"""Seconds, absolute, counted from turn/start."""
RPC_TIMEOUT: Final = 30.0
"""Seconds per JSON-RPC request."""
SERVER_REQUEST_TIMEOUT: Final = 30.0
"""Seconds an unanswered server request may wait before it is declined (fail closed)."""
ALLOW_PRIVILEGED_ESCALATION: Final = False
MIN_CODEX_VERSION: Final = "0.133.0"
"""The oldest codex the compatibility smoke proves (`make compat`; the README matrix). Older ones are refused."""

CLIENT_NAME: Final = "codex_runtime"
"""clientInfo.name sent on initialize (it shows up as the product name in userAgent)."""

CLI_BIN_ENV_VAR: Final = "CODEX_RUNTIME_CLI_BIN"

SHUTDOWN_GRACE: Final = 2.0
"""Seconds each shutdown step (close stdin, TERM, KILL) may take before the next, harsher one."""
STDERR_TAIL_BYTES: Final = 16 * 1024
"""How much of the child's stderr is kept for error messages."""
