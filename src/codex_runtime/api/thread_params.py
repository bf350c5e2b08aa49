"""thread/start and thread/resume params: the safe defaults SENT (a user's config.toml cannot weaken them), the
thread options only when set. Shared by Client (new and resumed sessions) and Session (resuming after a restart)."""

from __future__ import annotations

from typing import Any

from codex_runtime.api.profiles import RunProfile, SessionConfig, sandbox_mode
from codex_runtime.api.thread_options import thread_option_params


def thread_params(config: RunProfile, cwd: str, *, resume: bool = False) -> dict[str, Any]:
    """thread/start (and thread/resume) params."""
    params: dict[str, Any] = {
        "approvalPolicy": config.approval_policy,
        "sandbox": sandbox_mode(config.sandbox),
        **thread_option_params(config, resume=resume),
    }
    if cwd:
        params["cwd"] = cwd
    if config.model is not None:
        params["model"] = config.model
    return params


def start_params(config: SessionConfig) -> dict[str, Any]:
    """thread/start params of a session, its client-provided tools included."""
    params = thread_params(config, config.cwd)
    if config.tools:
        params["dynamicTools"] = [t.spec() for t in config.tools]
    return params


def resume_params(thread_id: str, config: SessionConfig) -> dict[str, Any]:
    """thread/resume params of a session's thread."""
    return {"threadId": thread_id, **thread_params(config, config.cwd, resume=True)}


__all__ = ["resume_params", "start_params", "thread_params"]
