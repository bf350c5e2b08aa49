"""Blocking twin of ``client.config`` (same names and signatures, minus ``await``)."""

from __future__ import annotations

from codex_runtime.api import config as _config
from codex_runtime.sync._twin import Twin, method


class CodexConfig(Twin[_config.CodexConfig]):
    """Blocking twin of :class:`codex_runtime.api.config.CodexConfig` (``client.config``)."""

    read = method(_config.CodexConfig.read)
    write = method(_config.CodexConfig.write)
    batch_write = method(_config.CodexConfig.batch_write)
    requirements = method(_config.CodexConfig.requirements)


__all__ = ["CodexConfig"]
