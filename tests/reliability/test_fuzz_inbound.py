"""Property: whatever frames the server sends, only typed errors reach callers, nothing is raised on the reader or
in a background task, and the connection stays usable (the next request gets its own answer).

The frames go through the whole inbound path of a Runtime over FakeAppServer: the JSON-RPC decoder and router,
the server-request broker (with an approval handler that decodes typed params), the state projection and an open
turn tap. Covered elsewhere and not repeated: the line framer under any chunking (tests/transport/
test_line_framer.py::test_any_chunking_yields_the_same_frames_and_drops), the state projection fed random params
(tests/runtime/test_state.py::test_apply_never_raises_and_the_snapshot_stays_serializable) and the shell hook's
output parser (tests/runtime/test_shell_hook.py::test_the_output_parser_only_ever_yields_a_typed_answer_or_a_hook
_output_error, ``test_the_parser_survives_deeply_nested_json``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codex_runtime import ClientConfig, PendingServerRequest, Runtime
from codex_runtime.errors import CodexRuntimeError
from codex_runtime.protocol import SERVER_NOTIFICATIONS, SERVER_REQUESTS
from codex_runtime.testing.fake_server import NO_REPLY, FakeAppServer

THREAD, TURN = "thr_1", "turn_1"
BARRIER = "fuzz/barrier"  # a method the strategies below never produce

scalars = (
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12) | st.sampled_from([THREAD, TURN])
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
ids = (
    st.integers(min_value=-1, max_value=6)
    | st.integers()
    | st.text(max_size=4)
    | st.none()
    | st.booleans()
    | st.floats()
)
methods = st.sampled_from(sorted(SERVER_NOTIFICATIONS) + sorted(SERVER_REQUESTS)) | st.text(max_size=16) | json_values
items = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["agentMessage", "commandExecution", "fileChange", "reasoning", "userMessage"])
        | scalars,
        "id": st.sampled_from(["item_1", "item_2"]) | scalars,
        "text": scalars,
        "status": scalars,
    },
)
params = (
    st.fixed_dictionaries(
        {},
        optional={
            "threadId": st.just(THREAD) | scalars,
            "turnId": st.just(TURN) | scalars,
            "itemId": st.sampled_from(["item_1", "item_2"]) | scalars,
            "delta": scalars,
            "item": items | json_values,
            "turn": st.fixed_dictionaries(
                {},
                optional={"id": st.just(TURN) | scalars, "status": scalars, "items": json_values, "error": json_values},
            )
            | json_values,
            "requestId": ids,
            "error": json_values,
            "willRetry": scalars,
            "tokenUsage": json_values,
            "command": json_values,
        },
    )
    | json_values
)
envelopes = st.fixed_dictionaries(
    {},
    optional={
        "id": ids,
        "method": methods,
        "params": params,
        "result": json_values,
        "error": st.fixed_dictionaries(
            {}, optional={"code": st.integers() | scalars, "message": scalars, "data": json_values}
        )
        | json_values,
    },
).map(lambda message: json.dumps(message).encode())
frames = st.lists(
    envelopes
    | envelopes.flatmap(lambda frame: st.integers(0, len(frame)).map(lambda cut: frame[:cut]))  # truncated
    | st.binary(max_size=40)
    | json_values.map(lambda value: json.dumps(value).encode()),
    max_size=30,
)


async def feed(frames: list[bytes]) -> None:
    loop = asyncio.get_running_loop()
    background_errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: background_errors.append(context))

    async def approval_handler(request: PendingServerRequest) -> str:
        _ = request.params  # typed decoding of whatever arrived; a failure here must only decline
        return "decline"

    async with FakeAppServer() as server:
        server.on("hold", NO_REPLY)
        server.on("ping", {"pong": True})
        config = ClientConfig(server_request_timeout=0.05, approval_handler=approval_handler)
        runtime = await Runtime.connect(config, transport=server.client_transport)
        binding = runtime.bind_turn(THREAD, stream=True)
        tap = binding.__enter__()
        tap.bind(TURN)
        held = asyncio.ensure_future(runtime.request("hold", timeout=30))  # a call the frames may answer
        # the RPC core's own subscription and reader task: the fuzz targets the core's inbound loop itself
        barrier = runtime._rpc.notifications(methods=[BARRIER])
        await server.wait_for("hold", timeout=5)
        for frame in frames:
            await server.send_raw(frame)
        await server.notify(BARRIER)
        await barrier.get(timeout=5)  # every fuzzed frame has been dispatched by now

        assert not runtime.is_closed and runtime._rpc._reader is not None and not runtime._rpc._reader.done()
        assert await runtime.request("ping", timeout=5) == {"pong": True}
        if held.done():  # a fuzzed response answered it: with some result, or a typed error
            error = held.exception()
            assert error is None or isinstance(error, CodexRuntimeError), repr(error)
        else:
            held.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await held
        while tap.pop_event() is not None:
            pass
        json.dumps(runtime.state_snapshot())
        runtime.metrics_snapshot()
        await asyncio.gather(*runtime._broker._tasks)
        binding.__exit__(None, None, None)
        await runtime.shutdown()
    assert runtime._rpc.pending_requests() == [] and runtime._broker.pending == []
    assert background_errors == []


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frames=frames)
@pytest.mark.timeout(120)
def test_any_inbound_frames_leave_only_typed_errors_and_a_usable_connection(frames: list[bytes]) -> None:
    asyncio.run(feed(frames))
