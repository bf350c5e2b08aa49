"""Every blocking twin keeps its async class's methods and signatures, and the portal's loop thread runs exactly
while something uses it."""

from __future__ import annotations

import asyncio
import inspect
import signal
import threading
import time
from collections.abc import Coroutine
from typing import Any

import pytest

from codex_runtime.api import account, app_server, client, prompt_run, session, workflow
from codex_runtime.automation import handle
from codex_runtime.pool import pool
from codex_runtime.pool import session as pool_session
from codex_runtime.runtime import events, runtime, server_requests, supervisor
from codex_runtime.sync import _runtime as blocking_runtime
from codex_runtime.sync import _twins, automation
from codex_runtime.sync import account as blocking_account
from codex_runtime.sync import pool as blocking_pool
from codex_runtime.sync._portal import _STOP_GRACE, Portal
from codex_runtime.sync._twin import Owner

PLAIN_METHODS = {
    name
    for name in dir(runtime.Runtime)
    if not name.startswith("_")
    and inspect.isfunction(inspect.getattr_static(runtime.Runtime, name))
    and not inspect.iscoroutinefunction(inspect.getattr_static(runtime.Runtime, name))
    and name not in {"events", "server_requests", "state_snapshot", "metrics_snapshot"}
} | {"connect"}

TWINS: list[tuple[type, type, set[str]]] = [
    # (async class, blocking twin, async members the twin leaves out on purpose)
    (client.Client, _twins.Client, set()),
    (session.Session, _twins.Session, set()),
    (workflow.Workflow, _twins.Workflow, set()),
    (app_server.AppServer, _twins.AppServer, set()),
    (prompt_run.PromptRunStream, _twins.PromptRunStream, set()),
    # The Runtime's plain methods are seams for the layers above (taps, handlers, close callbacks, save/restore),
    # not a blocking user's API; every coroutine method has its twin.
    (runtime.Runtime, blocking_runtime.Runtime, PLAIN_METHODS),
    (events.EventStream, blocking_runtime.EventStream, set()),
    # Starting, stopping and the seams (restorers, listeners, the error of a lost call) belong to the client.
    (
        supervisor.Supervisor,
        blocking_runtime.Supervisor,
        {"around", "start", "shutdown", "add_restorer", "on_change", "lost_call", "config"},
    ),
    (server_requests.PendingServerRequest, blocking_runtime.PendingServerRequest, set()),
    (account.Account, blocking_account.Account, set()),
    (account.LoginFlow, blocking_account.LoginFlow, set()),
    (
        pool.RuntimePool,
        blocking_pool.RuntimePool,
        {"acquire_timeout", "start_timeout", "restart", "max_restarts", "shared_codex_home"},
    ),
    (pool_session.PoolSession, blocking_pool.PoolSession, {"session"}),
    (handle.AutomationHandle, automation.AutomationHandle, set()),
]


def test_the_pool_session_twin_offers_nothing_the_pool_session_lacks() -> None:
    # It once inherited review/delete/detach/supervisor from Session's twin, which then failed with AttributeError
    # on the async pool session: a twin exposes exactly its async object's members.
    public = {n for n in dir(blocking_pool.PoolSession) if not n.startswith("_")}
    extra = public - {n for n in dir(pool_session.PoolSession) if not n.startswith("_")}
    assert extra == {"of", "wrapped"}


@pytest.mark.parametrize(("async_cls", "sync_cls", "left_out"), TWINS, ids=[t[1].__name__ for t in TWINS])
def test_every_twin_has_the_async_members_with_the_same_parameters(
    async_cls: type, sync_cls: type, left_out: set[str]
) -> None:
    public = {n for n in dir(async_cls) if not n.startswith("_")} - left_out
    assert public - set(dir(sync_cls)) == set()
    for name in public:
        member = inspect.getattr_static(async_cls, name)
        if inspect.iscoroutinefunction(member):
            async_parameters = list(inspect.signature(member).parameters.values())
            sync_parameters = list(inspect.signature(getattr(sync_cls, name)).parameters.values())
            assert sync_parameters == async_parameters, (sync_cls.__name__, name)


def test_an_owner_twin_takes_the_async_constructor_arguments() -> None:
    assert list(inspect.signature(blocking_pool.RuntimePool).parameters) == list(
        inspect.signature(pool.RuntimePool).parameters
    )
    assert list(inspect.signature(_twins.Client).parameters) == ["config"]
    with pytest.raises(TypeError, match="sise"):
        blocking_pool.RuntimePool(sise=2)  # type: ignore[call-arg]


def test_the_loop_thread_runs_while_a_user_is_inside_and_stops_when_the_last_leaves() -> None:
    portal = Portal()
    assert not portal.is_running

    async def where() -> str:
        return threading.current_thread().name

    assert portal.call(where()) == "codex-runtime-loop"
    assert not portal.is_running  # a call is a user only for its duration
    with portal:
        first = portal.loop
        with portal:
            assert portal.call(where()) == "codex-runtime-loop"
        assert portal.is_running and portal.loop is first  # one user left: the same loop goes on
    assert not portal.is_running


def test_an_owner_holds_the_loop_from_its_first_call_to_its_shutdown() -> None:
    portal = Portal()

    class FakeConnection:
        async def ping(self) -> str:
            return "pong"

        async def shutdown(self) -> None:
            await asyncio.sleep(0)

    class Twin(Owner[FakeConnection]):
        _portal = portal

    twin = Twin(FakeConnection())
    assert not portal.is_running
    assert twin._call(twin.wrapped.ping()) == "pong"
    assert portal.is_running
    twin.shutdown()
    assert not portal.is_running


def test_closing_the_portal_at_exit_stops_the_loop_even_with_users_inside() -> None:
    portal = Portal()
    portal.__enter__()
    thread = portal._thread
    assert thread is not None and thread.is_alive()
    portal.close()
    assert not thread.is_alive() and not portal.is_running
    portal.__exit__(None, None, None)  # a user leaving after the close is harmless
    assert not portal.is_running


def test_held_work_keeps_the_loop_running_after_its_call_returns_until_it_ends() -> None:
    portal = Portal()
    gates: list[asyncio.Event] = []

    async def start_background_work() -> None:
        gate = asyncio.Event()
        gates.append(gate)
        portal.hold_while(gate.wait())

    portal.call(start_background_work())
    thread = portal._thread
    assert thread is not None and portal.is_running  # the call left; the held work keeps the loop
    portal.call_soon(gates[0].set)
    thread.join(timeout=10)
    assert not thread.is_alive() and not portal.is_running


def test_closing_the_portal_under_held_work_does_not_wait_out_its_grace() -> None:
    portal = Portal()

    async def start_endless_work() -> None:
        portal.hold_while(asyncio.Event().wait())

    portal.call(start_endless_work())
    thread = portal._thread
    assert thread is not None
    started = time.monotonic()
    portal.close()
    # The cancelled work leaves the portal as the loop stops; close() once joined the thread under the lock that
    # leaving takes, and so always waited the whole grace.
    assert time.monotonic() - started < _STOP_GRACE
    assert not thread.is_alive() and not portal.is_running


@pytest.mark.usefixtures("ctrl_c_raises")
def test_ctrl_c_delivered_to_the_loop_thread_still_interrupts_a_blocking_call() -> None:
    portal = Portal()
    gates: list[asyncio.Event] = []
    cancelled: list[bool] = []

    async def waits_until_released() -> None:
        gates.append(asyncio.Event())
        try:
            await gates[0].wait()  # ends only when interrupted, or released by the watchdog below
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    interrupt_through_the_loop_thread(portal, gates, waits_until_released())  # SIGINT raises: see ctrl_c_raises
    assert not gates[0].is_set()  # interrupted, not released by the watchdog
    assert cancelled == [True]  # the coroutine's task was cancelled, so its cleanup ran


def interrupt_through_the_loop_thread(
    portal: Portal, gates: list[asyncio.Event], waiting: Coroutine[Any, Any, None]
) -> None:
    """Run ``waiting`` as a blocking call and send SIGINT to the loop thread (not the caller's) meanwhile."""
    with portal:
        loop, thread = portal.loop, portal._thread
        assert thread is not None and thread.ident is not None
        # The kernel may hand a process's SIGINT to any thread: here, to the loop thread on purpose.
        threading.Timer(0.2, signal.pthread_kill, (thread.ident, signal.SIGINT)).start()
        watchdog = threading.Timer(10, lambda: loop.call_soon_threadsafe(gates[0].set))  # bounds a failure
        watchdog.start()
        try:
            with pytest.raises(KeyboardInterrupt):
                portal.call(waiting)
        finally:
            watchdog.cancel()
