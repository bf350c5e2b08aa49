"""Callbacks: add returns the remover of that one registration; iterating is safe while callbacks (un)register."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from codex_runtime.rpc.callbacks import Callbacks


def test_callbacks_run_in_the_order_they_were_added_and_a_removed_one_no_longer_runs() -> None:
    heard: list[str] = []
    callbacks = Callbacks[Callable[[str], None]]("listener")
    callbacks.add(lambda x: heard.append(f"a{x}"))
    remove_b = callbacks.add(lambda x: heard.append(f"b{x}"))
    callbacks.add(lambda x: heard.append(f"c{x}"))
    callbacks.call_each("1")
    remove_b()
    callbacks.call_each("2")
    assert heard == ["a1", "b1", "c1", "a2", "c2"]


def test_a_callback_that_removes_itself_while_called_does_not_make_the_next_one_miss_the_call() -> None:
    heard: list[str] = []
    callbacks = Callbacks[Callable[[int], None]]("listener")

    def once(n: int) -> None:
        heard.append(f"once{n}")
        remove_once()

    remove_once = callbacks.add(once)
    callbacks.add(lambda n: heard.append(f"always{n}"))
    callbacks.call_each(1)
    callbacks.call_each(2)
    assert heard == ["once1", "always1", "always2"]


def test_a_callback_added_while_the_others_are_called_first_runs_on_the_next_call() -> None:
    heard: list[str] = []
    callbacks = Callbacks[Callable[[int], None]]("listener")

    def first(n: int) -> None:
        heard.append(f"first{n}")
        if n == 1:
            callbacks.add(lambda m: heard.append(f"late{m}"))

    callbacks.add(first)
    callbacks.call_each(1)
    assert heard == ["first1"]
    callbacks.call_each(2)
    assert heard == ["first1", "first2", "late2"]


def test_each_add_gets_its_own_remover_and_calling_it_again_removes_nothing_more() -> None:
    heard: list[int] = []
    callbacks = Callbacks[Callable[[int], None]]("listener")
    remove_first = callbacks.add(heard.append)
    callbacks.add(heard.append)  # the same callable twice: two registrations
    remove_first()
    remove_first()
    callbacks.call_each(7)
    assert (heard, len(callbacks)) == ([7], 1)


def test_a_remover_called_after_clear_does_nothing() -> None:
    callbacks = Callbacks[Callable[[int], None]]("listener")
    remove = callbacks.add(print)
    callbacks.clear()
    remove()
    assert callbacks.snapshot == ()


def test_a_raising_callback_is_logged_counted_and_skipped(caplog: pytest.LogCaptureFixture) -> None:
    heard: list[int] = []
    callbacks = Callbacks[Callable[[int], None]]("close sink")

    def broken(n: int) -> None:
        raise RuntimeError("boom")

    callbacks.add(broken)
    callbacks.add(heard.append)
    assert callbacks.call_each(3) == 1
    assert heard == [3]
    assert [
        (r.name, r.getMessage().startswith("close sink <function"), r.exc_info is not None) for r in caplog.records
    ] == [("codex_runtime.rpc", True, True)]
