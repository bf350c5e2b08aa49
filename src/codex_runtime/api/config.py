"""``client.config``: the codex configuration of the connected app-server (``config.toml`` and its layers) read and
written through ``config/read``, ``config/value/write``, ``config/batchWrite`` and ``configRequirements/read``.

The app-server owns the files: it resolves the layers, validates a value against codex's own config types before
writing, and refuses a write whose ``expected_version`` is stale (optimistic concurrency). This module only asks it,
checking the shape of each request against the generated schema before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypeAlias

from codex_runtime.errors import InvalidArgumentError
from codex_runtime.protocol import ClientRequests

if TYPE_CHECKING:
    from codex_runtime.protocol import types as t
    from codex_runtime.runtime.runtime import Runtime

JsonValue: TypeAlias = str | int | float | bool | list["JsonValue"] | dict[str, "JsonValue"] | None
"""A value codex can store under a config key (TOML has no null: None is refused by the server)."""

MergeMode = Literal["replace", "upsert"]
"""``replace`` overwrites the key; ``upsert`` merges a table into the existing one."""


@dataclass(frozen=True, slots=True)
class ConfigEdit:
    """One edit of :meth:`CodexConfig.batch_write`: ``key`` is a dotted path (``"tools.web_search"``)."""

    key: str
    value: JsonValue
    merge: MergeMode = "replace"

    def wire(self) -> dict[str, object]:
        _check_key(self.key)
        if self.merge not in ("replace", "upsert"):
            raise InvalidArgumentError(f"merge must be 'replace' or 'upsert', not {self.merge!r}")
        return {"keyPath": self.key, "value": self.value, "mergeStrategy": self.merge}


def _check_key(key: str) -> None:
    if not isinstance(key, str) or not key.strip() or key != key.strip():
        raise InvalidArgumentError(f"a config key must be a non-empty dotted path without surrounding spaces: {key!r}")


class CodexConfig:
    """The configuration of one connected app-server (``client.config``)."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    async def read(self, *, cwd: str | None = None, include_layers: bool = False) -> t.ConfigReadResponse:
        """The effective config (``result.config``), where each key came from (``result.origins``) and, with
        ``include_layers``, every layer with its version (``result.layers``). With ``cwd``, the project layers
        between ``cwd`` and its project root count too.

        Raises:
            RpcError, TransportError: config/read failed.
        """
        params: dict[str, object] = {}
        if cwd is not None:
            params["cwd"] = cwd
        if include_layers:
            params["includeLayers"] = True
        result = await self.runtime.request_typed(ClientRequests.CONFIG_READ, params)
        return result

    async def write(
        self,
        key: str,
        value: JsonValue,
        *,
        merge: MergeMode = "replace",
        expected_version: str | None = None,
        file_path: str | None = None,
    ) -> t.ConfigWriteResponse:
        """Set one key (a dotted path) in the user's ``config.toml`` (or ``file_path``); the written file's path
        and new ``version`` back. Pass the version you read as ``expected_version`` to refuse a concurrent change.

        Raises:
            InvalidArgumentError: a blank key or an unknown merge mode (nothing sent).
            InvalidRequestError: codex refused it: a value of the wrong type for the key ("Invalid configuration:
                ..."), or ``expected_version`` is stale ("Configuration was modified since last read...").
            RpcError, TransportError: the request failed.
        """
        edit = ConfigEdit(key, value, merge).wire()
        params = {**edit, "expectedVersion": expected_version, "filePath": file_path}
        result = await self.runtime.request_typed(ClientRequests.CONFIG_VALUE_WRITE, params)
        return result

    async def batch_write(
        self,
        edits: Iterable[ConfigEdit] | Mapping[str, JsonValue],
        *,
        expected_version: str | None = None,
        file_path: str | None = None,
        reload_user_config: bool = False,
    ) -> t.ConfigWriteResponse:
        """Apply several edits in one write (all or none). A mapping means ``replace`` for each key.
        ``reload_user_config`` hot-reloads the runtime settings into loaded threads (codex does not reload the
        model, efforts or service tier of a running thread).

        Raises:
            InvalidArgumentError: no edits, a blank key or an unknown merge mode (nothing sent).
            InvalidRequestError, RpcError, TransportError: as :meth:`write`.
        """
        items = [ConfigEdit(k, v) for k, v in edits.items()] if isinstance(edits, Mapping) else list(edits)
        if not items:
            raise InvalidArgumentError("batch_write needs at least one edit")
        params: dict[str, object] = {
            "edits": [edit.wire() for edit in items],
            "expectedVersion": expected_version,
            "filePath": file_path,
        }
        if reload_user_config:
            params["reloadUserConfig"] = True
        result = await self.runtime.request_typed(ClientRequests.CONFIG_BATCH_WRITE, params)
        return result

    async def requirements(self) -> t.ConfigRequirementsReadResponse:
        """The requirements an administrator imposes (``requirements.toml``, MDM): allowed approval policies,
        sandbox modes, login methods... ``result.requirements`` is None when none are configured.

        Raises:
            RpcError, TransportError: configRequirements/read failed.
        """
        result = await self.runtime.request_typed(ClientRequests.CONFIG_REQUIREMENTS_READ, None)
        return result


__all__ = ["CodexConfig", "ConfigEdit", "JsonValue", "MergeMode"]
