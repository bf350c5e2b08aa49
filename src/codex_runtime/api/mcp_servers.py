"""``McpServer``: one MCP server a thread starts (``SessionConfig(mcp_servers={"docs": McpServer(...)})``), sent as
the thread's ``mcp_servers`` config table (codex's own ``[mcp_servers.NAME]`` keys).

Measured on codex 0.163.0: a thread starts its MCP servers at thread/start (``mcpServer/startupStatus/updated``
``starting`` then ``ready`` / ``failed``); the model sees each server's tools in a ``mcp__NAME`` namespace. With
the safe default approval policy ``never`` a tool call fails ("MCP tool call requires approval, but approval
policy is never") and the server's own elicitations are declined by codex: a tool runs only when the caller opts
in, per tool (``tool_approval={"search": "approve"}``) or with an approval policy that asks (the approval then
arrives as an ``mcpServer/elicitation/request`` whose ``_meta.codex_approval_kind`` is ``"mcp_tool_call"``).
An MCP server runs with the user's permissions, outside codex's sandbox: only configure servers you trust.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal, get_args

from codex_runtime.errors import InvalidArgumentError

ToolApproval = Literal["auto", "prompt", "approve"]
"""Per tool: ``"approve"`` runs it without asking; ``"prompt"`` always asks; ``"auto"`` follows the policy."""

_NAME: Final = re.compile(r"^[A-Za-z0-9_-]+$")


@dataclass(frozen=True, slots=True)
class McpServer:
    """A stdio server (``command`` + ``args``, ``env``, ``cwd``) or a streamable HTTP one (``url``).

    Raises:
        InvalidArgumentError: neither or both of ``command`` and ``url``, blank values, a non-string argument or
            environment entry, a non-positive timeout, or an unknown tool approval.
    """

    command: str | None = None
    args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    url: str | None = None
    cwd: str | None = None
    bearer_token_env_var: str | None = None
    """For ``url``: the environment variable that holds the bearer token (the token itself is never sent)."""
    enabled_tools: Sequence[str] | None = None
    disabled_tools: Sequence[str] = ()
    tool_approval: Mapping[str, ToolApproval] = field(default_factory=dict)
    startup_timeout_sec: float | None = None
    tool_timeout_sec: float | None = None
    required: bool = False
    """True: the thread fails to start when this server does not."""

    def __post_init__(self) -> None:
        if (self.command is None) == (self.url is None):
            raise InvalidArgumentError("an McpServer needs exactly one of command (stdio) or url (HTTP)")
        for name in ("command", "url", "cwd", "bearer_token_env_var"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise InvalidArgumentError(f"McpServer.{name} must be a non-blank string or None, not {value!r}")
        if self.url is not None and (self.args or self.env or self.cwd):
            raise InvalidArgumentError("args, env and cwd are for a stdio server (command), not a url")
        object.__setattr__(self, "args", _strings("args", self.args))
        object.__setattr__(self, "disabled_tools", _strings("disabled_tools", self.disabled_tools))
        if self.enabled_tools is not None:
            object.__setattr__(self, "enabled_tools", _strings("enabled_tools", self.enabled_tools))
        if not isinstance(self.env, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in self.env.items()
        ):
            raise InvalidArgumentError(f"McpServer.env must map strings to strings, not {self.env!r}")
        object.__setattr__(self, "env", dict(self.env))
        for tool, mode in self.tool_approval.items():
            if not isinstance(tool, str) or mode not in get_args(ToolApproval):
                raise InvalidArgumentError(
                    f"tool_approval maps a tool name to one of {list(get_args(ToolApproval))}, not {tool!r}: {mode!r}"
                )
        object.__setattr__(self, "tool_approval", dict(self.tool_approval))
        for name in ("startup_timeout_sec", "tool_timeout_sec"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int | float) or value <= 0):
                raise InvalidArgumentError(f"McpServer.{name} must be a positive number or None, not {value!r}")

    def wire(self) -> dict[str, object]:
        """The ``[mcp_servers.NAME]`` table codex reads (only what is set)."""
        table: dict[str, object] = {}
        if self.command is not None:
            table["command"] = self.command
            table["args"] = list(self.args)
            if self.env:
                table["env"] = dict(self.env)
            if self.cwd is not None:
                table["cwd"] = self.cwd
        else:
            table["url"] = self.url
            if self.bearer_token_env_var is not None:
                table["bearer_token_env_var"] = self.bearer_token_env_var
        if self.enabled_tools is not None:
            table["enabled_tools"] = list(self.enabled_tools)
        if self.disabled_tools:
            table["disabled_tools"] = list(self.disabled_tools)
        if self.tool_approval:
            table["tools"] = {tool: {"approval_mode": mode} for tool, mode in self.tool_approval.items()}
        for name in ("startup_timeout_sec", "tool_timeout_sec"):
            value = getattr(self, name)
            if value is not None:
                table[name] = value
        if self.required:
            table["required"] = True
        return table


def _strings(name: str, values: Sequence[str]) -> tuple[str, ...]:
    if isinstance(values, str) or not all(isinstance(v, str) for v in values):
        raise InvalidArgumentError(f"McpServer.{name} must be a sequence of strings, not {values!r}")
    return tuple(values)


def validate_mcp_servers(servers: object) -> dict[str, McpServer] | None:
    """The ``mcp_servers`` option checked: a mapping of server names to :class:`McpServer`.

    Raises:
        InvalidArgumentError: not a mapping, a name codex rejects (letters, digits, ``_`` and ``-`` only), or a
            value that is not an McpServer.
    """
    if servers is None:
        return None
    if not isinstance(servers, Mapping):
        raise InvalidArgumentError(f"mcp_servers must map server names to McpServer, not {servers!r}")
    for name, server in servers.items():
        if not isinstance(name, str) or not _NAME.match(name):
            raise InvalidArgumentError(f"an MCP server name uses letters, digits, '_' and '-' only, not {name!r}")
        if not isinstance(server, McpServer):
            raise InvalidArgumentError(f"mcp_servers[{name!r}] must be an McpServer, not {server!r}")
    return dict(servers)


def mcp_servers_config(servers: Mapping[str, McpServer]) -> dict[str, object]:
    """The thread config table for ``servers``."""
    return {name: server.wire() for name, server in servers.items()}


__all__ = ["McpServer", "ToolApproval", "mcp_servers_config", "validate_mcp_servers"]
