"""The blocking API's loop thread runs uvloop when it is installed (a dev dependency here), asyncio's own loop when
opted out, and refuses an unknown choice before any thread starts."""

from __future__ import annotations

import asyncio
import sys

import pytest
import uvloop

from codex_runtime.errors import InvalidArgumentError
from codex_runtime.sync._loop import EVENT_LOOP_ENV
from codex_runtime.sync._portal import Portal


async def loop_class() -> str:
    loop = asyncio.get_running_loop()
    return f"{type(loop).__module__}.{type(loop).__qualname__}"


def test_the_portal_runs_uvloop_when_it_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(EVENT_LOOP_ENV, raising=False)
    portal = Portal()
    with portal:
        assert isinstance(portal.loop, uvloop.Loop)
        assert portal.call(loop_class()) == "uvloop.Loop"
    assert not portal.is_running


def test_the_portal_runs_asyncio_when_opted_out_in_code_or_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(EVENT_LOOP_ENV, raising=False)
    assert Portal(event_loop="asyncio").call(loop_class()) == "asyncio.unix_events._UnixSelectorEventLoop"
    monkeypatch.setenv(EVENT_LOOP_ENV, "asyncio")
    assert Portal().call(loop_class()) == "asyncio.unix_events._UnixSelectorEventLoop"
    assert Portal(event_loop="uvloop").call(loop_class()) == "uvloop.Loop"  # the argument wins over the env


def test_auto_falls_back_to_asyncio_without_uvloop_and_uvloop_asked_for_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(EVENT_LOOP_ENV, raising=False)
    monkeypatch.setitem(sys.modules, "uvloop", None)  # `import uvloop` raises ImportError
    assert Portal().call(loop_class()) == "asyncio.unix_events._UnixSelectorEventLoop"
    portal = Portal(event_loop="uvloop")
    with pytest.raises(InvalidArgumentError, match=r"uvloop is not installed: pip install 'codex-runtime\[fast\]'"):
        portal.call(loop_class())
    assert not portal.is_running


def test_an_unknown_choice_is_refused_and_leaves_the_portal_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidArgumentError, match="unknown event loop 'trio'"):
        Portal(event_loop="trio")  # type: ignore[arg-type]
    monkeypatch.setenv(EVENT_LOOP_ENV, "tokio")
    portal = Portal()
    with pytest.raises(
        InvalidArgumentError, match="unknown event loop 'tokio': use one of 'auto', 'asyncio', 'uvloop'"
    ):
        portal.call(loop_class())
    assert not portal.is_running
    monkeypatch.setenv(EVENT_LOOP_ENV, "asyncio")
    with portal:  # the failed start left no user behind: this one starts the loop and stops it on leaving
        assert portal.call(loop_class()) == "asyncio.unix_events._UnixSelectorEventLoop"
    assert not portal.is_running
