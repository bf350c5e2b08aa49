"""Tool commands that leave long-lived processes behind: after ``shutdown()`` none of them survives, and no process
of the app-server's process group does either (zombies ignored: PID 1 may never reap them in a container).

Measured with codex 0.163.0: exec_command processes do NOT stay in the app-server's process group. Under the
read-only / workspace-write sandbox they run inside ``bwrap --new-session --die-with-parent --unshare-pid``; under
danger-full-access the unified-exec process is a session leader of its own. So killing the group alone would not
reach them; what does is codex's own cleanup on stdin EOF (and bwrap's pid namespace). These tests pin that
end-to-end outcome, finding the processes by a unique ``sleep`` argument, wherever they were reparented to.
The transport-level group kill is covered by tests/transport/test_stdio_transport.py
(``test_close_kills_grandchildren_even_when_the_child_already_exited``, ``test_close_of_a_running_child_leaves_no
_process_in_its_group``) and tests/e2e/test_transports.py (``test_stdio_close_leaves_no_process_of_the_group``).
"""

from __future__ import annotations

import asyncio
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import pytest

from codex_runtime import Client, ClientConfig, SessionConfig
from codex_runtime.testing import MockModel, responses
from tests.reliability.processes import live, live_group_members

READ_ONLY: dict[str, Any] = {}  # the safe defaults: approval "never", sandbox "read-only"
FULL_ACCESS: dict[str, Any] = {
    "sandbox": "danger-full-access",
    "approval_policy": "on-request",  # asks only for escalations, and nothing escalates here
    "allow_privileged_escalation": True,
}


def marker() -> str:
    """A sleep duration no other process on the machine uses, to find ours wherever they end up."""
    return str(100_000 + secrets.randbelow(800_000))


def sleepers(*marks: str) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cmdline"]):
        cmdline = proc.info["cmdline"] or []
        if len(cmdline) == 2 and cmdline[0].endswith("sleep") and cmdline[1] in marks:
            found.append(proc)
    return live(found)


@dataclass
class Outcome:
    pgid: int
    output: str
    sleepers: list[psutil.Process]
    """Our sleep processes alive when shutdown began."""
    marks_seen: list[str]
    outside_group: bool
    """None of those sleepers was in the app-server's process group."""
    shutdown_seconds: float


async def run_and_shut_down(
    codex_env: dict[str, str],
    mock_model: MockModel,
    workdir: Path,
    session: dict[str, Any],
    command: str,
    *,
    yield_time_ms: int | None,
    reap_later: list[psutil.Process],
    marks: tuple[str, ...],
) -> Outcome:
    """One turn that runs ``command``, then shutdown."""
    mock_model.enqueue(responses.exec_command(command, yield_time_ms=yield_time_ms), responses.text("done"))
    client = await Client.connect(ClientConfig(process_env=codex_env))
    try:
        pgid = client.runtime.server_pid
        assert pgid is not None  # a local stdio server
        result = await asyncio.wait_for(
            (await client.start_session(SessionConfig(cwd=str(workdir), **session))).ask("run it"), 60
        )
        # a command still running when the turn ends has no completed item
        outputs = [str(i.aggregated_output or "") for i in result.items if getattr(i, "type", "") == "commandExecution"]
        before = sleepers(*marks)
        seen = sorted(proc.cmdline()[1] for proc in before)
        outside_group = all(os.getpgid(proc.pid) != pgid for proc in before)
        reap_later.extend(before)
        reap_later.extend(psutil.Process(pgid).children(recursive=True))
    finally:
        started = time.monotonic()
        await asyncio.wait_for(client.shutdown(), 20)
        took = time.monotonic() - started
    return Outcome(pgid, "".join(outputs), before, seen, outside_group, took)


def assert_all_gone(pgid: int, procs: list[psutil.Process], marks: tuple[str, ...]) -> None:
    _, alive = psutil.wait_procs(procs, timeout=5)  # bounded wait on the processes themselves
    assert not live(alive), f"survived shutdown: {[p.cmdline() for p in live(alive)]}"
    assert not sleepers(*marks)
    assert not live_group_members(pgid)
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        pass
    else:  # only zombies may be left in the group
        assert not live_group_members(pgid)


@pytest.mark.timeout(90)
async def test_a_backgrounded_sleep_from_a_finished_command_does_not_outlive_shutdown(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path, reap_later: list[psutil.Process]
) -> None:
    mark = marker()
    outcome = await run_and_shut_down(
        codex_env,
        mock_model,
        workdir,
        READ_ONLY,
        f"sh -c 'sleep {mark} & echo started'",
        yield_time_ms=None,
        reap_later=reap_later,
        marks=(mark,),
    )
    assert outcome.output.strip() == "started"
    assert_all_gone(outcome.pgid, list(reap_later), (mark,))


@pytest.mark.parametrize("session", [READ_ONLY, FULL_ACCESS], ids=["read-only-sandbox", "danger-full-access"])
@pytest.mark.timeout(90)
async def test_a_still_running_tool_command_and_its_grandchildren_die_at_shutdown(
    session: dict[str, Any],
    codex_env: dict[str, str],
    mock_model: MockModel,
    workdir: Path,
    reap_later: list[psutil.Process],
) -> None:
    child, grandchild, ignoring_hup = marker(), marker(), marker()
    marks = (child, grandchild, ignoring_hup)
    # yield_time_ms: the tool call returns after 0.3 s and the command keeps running as a unified-exec session
    command = f"nohup sleep {ignoring_hup} >/dev/null 2>&1 & sleep {grandchild} & sleep {child}"
    outcome = await run_and_shut_down(
        codex_env, mock_model, workdir, session, command, yield_time_ms=300, reap_later=reap_later, marks=marks
    )
    assert outcome.marks_seen == sorted(marks)  # all three were alive when shutdown began
    assert outcome.outside_group  # and none of them in the app-server's process group (see the docstring)
    assert_all_gone(outcome.pgid, outcome.sleepers, marks)


@pytest.mark.timeout(90)
async def test_a_tool_process_that_left_its_session_with_setsid_still_dies_at_shutdown(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path, reap_later: list[psutil.Process]
) -> None:
    child, daemon = marker(), marker()
    command = f"setsid sleep {daemon} & sleep {child}"
    outcome = await run_and_shut_down(
        codex_env,
        mock_model,
        workdir,
        FULL_ACCESS,
        command,
        yield_time_ms=300,
        reap_later=reap_later,
        marks=(child, daemon),
    )
    assert outcome.marks_seen == sorted((child, daemon))
    assert_all_gone(outcome.pgid, outcome.sleepers, (child, daemon))
