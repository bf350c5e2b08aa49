"""Typed helpers over the generated method table: threads, turns, commands, filesystem, models, skills, account.

Each helper takes snake_case keyword arguments (None means "not sent"), validates them against the method's
generated params type before anything is written, and returns the generated result model. They are mixed into
:class:`~codex_runtime.runtime.Runtime`.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
from collections.abc import AsyncIterator, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, overload

from codex_runtime.errors import InvalidRequestError, UsageError
from codex_runtime.protocol import ClientRequests, MethodSpec
from codex_runtime.rpc import NotificationSubscription
from codex_runtime.runtime.compat import require_supported
from codex_runtime.runtime.typed import TypedRequests, client_request_spec, wire_params

if TYPE_CHECKING:
    from codex_runtime.protocol import types as t
    from codex_runtime.rpc import RpcConnection

P = TypeVar("P")
R = TypeVar("R")

_process_ids = itertools.count(1)
_START_GRACE = 2.0
"""Seconds a control call (write/resize/terminate) retries while the server is still starting the process."""


class RuntimeHelpers(TypedRequests):
    """Mixin: needs ``self._rpc`` (an RpcConnection) and ``self.codex_version`` (None until connected)."""

    _rpc: RpcConnection
    codex_version: str | None

    def ensure_supported(self, method: str) -> None:
        """Raises ``UnsupportedByServerError`` when the connected codex release lacks ``method`` (nothing sent)."""
        require_supported(method, self.codex_version)

    async def _send_typed(self, method: str, params: object, timeout: float | None) -> object:
        spec = client_request_spec(method)
        self.ensure_supported(method)
        return spec.validate_result(await self._rpc.request(method, wire_params(spec, params), timeout=timeout))

    @overload
    async def call(self, method: MethodSpec[P, R], /, **fields: object) -> R: ...

    @overload
    async def call(self, method: str, /, **fields: object) -> object: ...

    async def call(self, method: MethodSpec[Any, Any] | str, /, **fields: object) -> object:
        """:meth:`request_typed` with keyword params (snake_case or wire names; None means "not sent").

        Raises:
            As :meth:`request_typed`.
        """
        return await self.request_typed(method, {k: v for k, v in fields.items() if v is not None})

    # --- threads ----------------------------------------------------------------------------------------------

    async def thread_start(self, **fields: object) -> t.ThreadStartResponse:
        return await self.call(ClientRequests.THREAD_START, **fields)

    async def thread_resume(self, thread_id: str, **fields: object) -> t.ThreadResumeResponse:
        return await self.call(ClientRequests.THREAD_RESUME, thread_id=thread_id, **fields)

    async def thread_fork(self, thread_id: str, **fields: object) -> t.ThreadForkResponse:
        return await self.call(ClientRequests.THREAD_FORK, thread_id=thread_id, **fields)

    async def thread_archive(self, thread_id: str) -> t.ThreadArchiveResponse:
        return await self.call(ClientRequests.THREAD_ARCHIVE, thread_id=thread_id)

    async def thread_unarchive(self, thread_id: str) -> t.ThreadUnarchiveResponse:
        return await self.call(ClientRequests.THREAD_UNARCHIVE, thread_id=thread_id)

    async def thread_read(self, thread_id: str, *, include_turns: bool = False) -> t.ThreadReadResponse:
        return await self.call(
            ClientRequests.THREAD_READ,
            thread_id=thread_id,
            include_turns=include_turns,
        )

    async def thread_list(self, **fields: object) -> t.ThreadListResponse:
        return await self.call(ClientRequests.THREAD_LIST, **fields)

    async def thread_loaded_list(self, **fields: object) -> t.ThreadLoadedListResponse:
        return await self.call(ClientRequests.THREAD_LOADED_LIST, **fields)

    async def thread_revert(self, thread_id: str, before_turn_id: str) -> t.ThreadRevertResponse:
        """Drop the thread's turns from ``before_turn_id`` on.

        Needs codex >= 0.153.4 (0.149.0 only with ``experimental_api=True``; older releases have no such method).

        Raises:
            UnsupportedByServerError: the connected codex is older than 0.149.0 (nothing sent).
        """
        return await self.call(
            ClientRequests.THREAD_REVERT,
            thread_id=thread_id,
            before_turn_id=before_turn_id,
        )

    async def thread_compact(self, thread_id: str) -> t.ThreadCompactStartResponse:
        return await self.call(ClientRequests.THREAD_COMPACT_START, thread_id=thread_id)

    async def thread_set_name(self, thread_id: str, name: str) -> t.ThreadSetNameResponse:
        return await self.call(ClientRequests.THREAD_NAME_SET, thread_id=thread_id, name=name)

    async def thread_turns_list(self, thread_id: str, **fields: object) -> t.ThreadTurnsListResponse:
        """A page of the thread's turns. Needs codex >= 0.153.4, or ``experimental_api=True`` on 0.133.0-0.149.0."""
        return await self.call(ClientRequests.THREAD_TURNS_LIST, thread_id=thread_id, **fields)

    async def thread_items_list(self, thread_id: str, **fields: object) -> t.ThreadItemsListResponse:
        """A page of the thread's items. Needs codex >= 0.153.4 (0.144.4-0.149.0 only with ``experimental_api=True``).

        Raises:
            UnsupportedByServerError: the connected codex is older than 0.144.4 (nothing sent).
        """
        return await self.call(ClientRequests.THREAD_ITEMS_LIST, thread_id=thread_id, **fields)

    # --- turns ----------------------------------------------------------------------------------------------------

    async def turn_start(
        self,
        thread_id: str,
        input: Sequence[t.UserInput | Mapping[str, object]],
        **fields: object,
    ) -> t.TurnStartResponse:
        return await self.call(ClientRequests.TURN_START, thread_id=thread_id, input=list(input), **fields)

    async def turn_steer(self, thread_id: str, expected_turn_id: str, text: str) -> t.TurnSteerResponse:
        """Add input to the running turn (it must still be ``expected_turn_id``)."""
        return await self.call(
            ClientRequests.TURN_STEER,
            thread_id=thread_id,
            expected_turn_id=expected_turn_id,
            input=[{"type": "text", "text": text, "text_elements": []}],
        )

    async def turn_interrupt(self, thread_id: str, turn_id: str) -> t.TurnInterruptResponse:
        return await self.call(ClientRequests.TURN_INTERRUPT, thread_id=thread_id, turn_id=turn_id)

    # --- commands ---------------------------------------------------------------------------------------------------

    async def command_exec(self, command: Sequence[str], **fields: object) -> t.CommandExecResponse:
        """Run a command to completion (buffered output) under the server's sandbox policy."""
        return await self.call(ClientRequests.COMMAND_EXEC, command=list(command), **fields)

    def command_exec_stream(self, command: Sequence[str], **fields: object) -> CommandProcess:
        """Start a command whose output streams (``async for chunk in process.output()``); write to its stdin,
        resize its terminal, terminate it, ``await process.wait()`` for the exit code."""
        return CommandProcess(self, list(command), fields)

    # --- filesystem -------------------------------------------------------------------------------------------------

    async def fs_read_file(self, path: str) -> bytes:
        result = await self.call(ClientRequests.FS_READ_FILE, path=path)
        return base64.b64decode(result.data_base64)

    async def fs_write_file(self, path: str, data: bytes) -> t.FsWriteFileResponse:
        return await self.call(
            ClientRequests.FS_WRITE_FILE,
            path=path,
            data_base64=base64.b64encode(data).decode(),
        )

    async def fs_read_directory(self, path: str) -> t.FsReadDirectoryResponse:
        return await self.call(ClientRequests.FS_READ_DIRECTORY, path=path)

    async def fs_get_metadata(self, path: str) -> t.FsGetMetadataResponse:
        return await self.call(ClientRequests.FS_GET_METADATA, path=path)

    async def fs_create_directory(self, path: str, *, recursive: bool = False) -> t.FsCreateDirectoryResponse:
        return await self.call(ClientRequests.FS_CREATE_DIRECTORY, path=path, recursive=recursive)

    async def fs_remove(self, path: str, *, recursive: bool = False, force: bool = False) -> t.FsRemoveResponse:
        return await self.call(ClientRequests.FS_REMOVE, path=path, recursive=recursive, force=force)

    async def fs_copy(self, source: str, destination: str, *, recursive: bool = False) -> t.FsCopyResponse:
        return await self.call(
            ClientRequests.FS_COPY,
            source_path=source,
            destination_path=destination,
            recursive=recursive,
        )

    def fs_watch(self, path: str, *, maxsize: int = 256) -> FsWatch:
        """Watch ``path``: ``async with runtime.fs_watch(p) as watch: async for changed in watch: ...``."""
        return FsWatch(self, path, maxsize)

    # --- models, skills, account ----------------------------------------------------------------------------------

    async def model_list(self, **fields: object) -> t.ModelListResponse:
        return await self.call(ClientRequests.MODEL_LIST, **fields)

    async def skills_list(self, **fields: object) -> t.SkillsListResponse:
        return await self.call(ClientRequests.SKILLS_LIST, **fields)

    async def account_read(self, **fields: object) -> t.GetAccountResponse:
        return await self.call(ClientRequests.ACCOUNT_READ, **fields)


class CommandProcess:
    """A streaming ``command/exec``. The output subscription opens before the request is sent."""

    def __init__(self, helpers: RuntimeHelpers, command: list[str], fields: dict[str, object]) -> None:
        self._helpers = helpers
        self.process_id = str(fields.pop("process_id", None) or f"codex-runtime-{next(_process_ids)}")
        self._subscription: NotificationSubscription = helpers._rpc.notifications(
            maxsize=4096, methods=["command/exec/outputDelta"]
        )
        self._task: asyncio.Task[t.CommandExecResponse] = asyncio.get_running_loop().create_task(
            helpers.call(
                ClientRequests.COMMAND_EXEC,
                command=command,
                process_id=self.process_id,
                stream_stdout_stderr=True,
                stream_stdin=fields.pop("stream_stdin", True),
                **fields,
            )
        )
        self._task.add_done_callback(lambda _task: self._subscription.close())

    async def output(self) -> AsyncIterator[tuple[str, bytes]]:
        """``(stream, bytes)`` chunks (``"stdout"``/``"stderr"``) until the process ends."""
        async for message in self._subscription:
            params = message.get("params") or {}
            if params.get("processId") == self.process_id:
                yield str(params.get("stream")), base64.b64decode(params.get("deltaBase64") or "")

    async def _control(self, method: MethodSpec[Any, Any], **fields: object) -> None:
        # The server registers the process a moment after command/exec arrives; a control call that races it
        # gets "no active command/exec". Retry briefly (bounded), unless the process already ended.
        deadline = asyncio.get_running_loop().time() + _START_GRACE
        while True:
            try:
                await self._helpers.call(method, process_id=self.process_id, **fields)
                return
            except InvalidRequestError as exc:
                if (
                    "no active command/exec" not in exc.message
                    or self._task.done()
                    or asyncio.get_running_loop().time() > deadline
                ):
                    raise
            await asyncio.sleep(0.02)

    async def write(self, data: bytes, *, close_stdin: bool = False) -> None:
        """Write to the process's stdin (``close_stdin`` closes it after).

        Raises:
            RpcError: the process is not running.
        """
        await self._control(
            ClientRequests.COMMAND_EXEC_WRITE, delta_base64=base64.b64encode(data).decode(), close_stdin=close_stdin
        )

    async def resize(self, rows: int, cols: int) -> None:
        await self._control(ClientRequests.COMMAND_EXEC_RESIZE, size={"rows": rows, "cols": cols})

    async def terminate(self) -> None:
        await self._control(ClientRequests.COMMAND_EXEC_TERMINATE)

    async def wait(self, timeout: float | None = None) -> t.CommandExecResponse:
        """The exit code and buffered output.

        Raises:
            TimeoutError: still running after ``timeout`` (the process is left running; terminate it).
            RpcError, TransportError: the request failed.
        """
        return await asyncio.wait_for(asyncio.shield(self._task), timeout)


class FsWatch:
    """Changed paths under a watched path (``fs/changed``), bounded; ``async with`` unwatches on exit."""

    def __init__(self, helpers: RuntimeHelpers, path: str, maxsize: int) -> None:
        self._helpers = helpers
        self.path = path
        self.watch_id = f"codex-runtime-watch-{next(_process_ids)}"
        self._maxsize = maxsize
        self._subscription: NotificationSubscription | None = None

    async def __aenter__(self) -> Self:
        # Subscribed before fs/watch is sent (no change is missed) and released if the watch cannot start.
        self._subscription = self._helpers._rpc.notifications(maxsize=self._maxsize, methods=["fs/changed"])
        try:
            await self._helpers.call(ClientRequests.FS_WATCH, path=self.path, watch_id=self.watch_id)
        except BaseException:
            self._subscription.close()
            raise
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._subscription is not None:
            self._subscription.close()
        with contextlib.suppress(Exception):
            await self._helpers.call(ClientRequests.FS_UNWATCH, watch_id=self.watch_id)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> list[str]:
        if self._subscription is None:
            raise UsageError("use `async with runtime.fs_watch(path) as watch:` before iterating")
        while True:
            message = await self._subscription.__anext__()
            params = message.get("params") or {}
            if params.get("watchId") == self.watch_id:
                return [str(p) for p in params.get("changedPaths") or []]

    async def next(self, timeout: float) -> list[str]:
        """The next batch of changed paths within ``timeout`` seconds (TimeoutError otherwise)."""
        async with asyncio.timeout(timeout):
            return await self.__anext__()
