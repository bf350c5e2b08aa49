"""client.config, thread goals, git metadata, unsubscribe, delete and fuzzy file search on the real binary.

Measured on codex 0.163.0: a value of the wrong type for a key and a stale ``expectedVersion`` are refused with
-32600 before the file changes; goal/clear answers ``cleared: false`` when there is no goal; a second
thread/unsubscribe answers ``notSubscribed``; a deleted thread has no rollout left to read or delete.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from codex_runtime import Client, ClientConfig, ConfigEdit, SessionConfig
from codex_runtime import sync as blocking
from codex_runtime.api.threads import KEEP
from codex_runtime.errors import InvalidArgumentError, InvalidRequestError, SessionClosedError


def _written(codex_env: dict[str, str]) -> dict[str, object]:
    return tomllib.loads((Path(codex_env["CODEX_HOME"]) / "config.toml").read_text())


async def test_config_write_and_batch_write_land_in_config_toml_and_read_returns_them(
    client_config: ClientConfig, codex_env: dict[str, str]
) -> None:
    async with Client(client_config) as client:
        before = await client.config.read()
        assert (before.config.model, before.config.model_verbosity) == ("mock-model", None)

        written = await client.config.write("model_verbosity", "low")
        assert (str(written.status), written.file_path) == ("ok", codex_env["CODEX_HOME"] + "/config.toml")
        assert written.version.startswith("sha256:")

        batch = await client.config.batch_write(
            [ConfigEdit("tools.web_search", False), ConfigEdit("notice", {"hide_full_access_warning": True}, "upsert")],
            expected_version=written.version,
        )
        assert str(batch.status) == "ok"
        assert batch.version != written.version

        after = await client.config.read()
        assert str(after.config.model_verbosity) == "low"
        assert _written(codex_env)["model_verbosity"] == "low"
        assert _written(codex_env)["tools"] == {"web_search": False}
        assert _written(codex_env)["notice"] == {"hide_full_access_warning": True}

        requirements = await client.config.requirements()
        assert requirements.requirements is None


async def test_config_refuses_a_stale_version_and_a_wrongly_typed_value_leaving_the_file_unchanged(
    client_config: ClientConfig, codex_env: dict[str, str]
) -> None:
    async with Client(client_config) as client:
        await client.config.write("model_verbosity", "low")
        with pytest.raises(InvalidRequestError) as stale:
            await client.config.write("model_verbosity", "high", expected_version="sha256:0")
        assert stale.value.message == "Configuration was modified since last read. Fetch latest version and retry."
        with pytest.raises(InvalidRequestError) as wrong_type:
            await client.config.write("model_verbosity", 12)
        assert wrong_type.value.message.startswith("Invalid configuration: ")
        assert "model_verbosity" in wrong_type.value.message
        with pytest.raises(InvalidArgumentError):
            await client.config.write(" ", "x")
        with pytest.raises(InvalidArgumentError):
            await client.config.batch_write({})
        assert _written(codex_env)["model_verbosity"] == "low"


async def test_goal_set_get_clear_round_trip_on_a_session(client_config: ClientConfig, workdir: Path) -> None:
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        assert await session.goal() is None

        goal = await session.set_goal("ship the parser", token_budget=1000)
        assert (goal.thread_id, goal.objective, str(goal.status)) == (session.thread_id, "ship the parser", "active")
        assert (goal.token_budget, goal.tokens_used) == (1000, 0)

        paused = await session.set_goal(status="paused")
        assert (paused.objective, str(paused.status)) == ("ship the parser", "paused")
        fetched = await session.goal()
        assert fetched is not None and str(fetched.status) == "paused"

        assert await session.clear_goal() is True
        assert await session.clear_goal() is False
        assert await session.goal() is None
        with pytest.raises(InvalidArgumentError):
            await session.set_goal()


async def test_git_metadata_unsubscribe_and_delete_on_a_session(client_config: ClientConfig, workdir: Path) -> None:
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        thread = await session.update_git_metadata(branch="main", sha="abc123")
        assert thread.git_info is not None
        assert (thread.git_info.branch, thread.git_info.sha, thread.git_info.origin_url) == ("main", "abc123", None)
        cleared = await session.update_git_metadata(branch=None, sha=KEEP)
        assert cleared.git_info is not None
        assert (cleared.git_info.branch, cleared.git_info.sha) == (None, "abc123")

        assert await session.unsubscribe() == "unsubscribed"
        assert await session.unsubscribe() == "notSubscribed"

        await session.delete()
        assert session.is_closed
        await session.close()  # the first outcome (deleted) stands: no archive of a deleted thread
        with pytest.raises(SessionClosedError):
            await session.ask("still there?")
        with pytest.raises(InvalidRequestError) as gone:
            await client.delete_thread(session.thread_id)
        assert gone.value.message == f"no rollout found for thread id {session.thread_id}"


async def test_fuzzy_file_search_finds_the_matching_file(client_config: ClientConfig, workdir: Path) -> None:
    (workdir / "alpha_parser.py").write_text("x = 1\n")
    (workdir / "beta.txt").write_text("y\n")
    async with Client(client_config) as client:
        files = await client.fuzzy_file_search("alpha", [str(workdir)])
        assert [(f.path, f.file_name, f.root, str(f.match_type)) for f in files] == [
            ("alpha_parser.py", "alpha_parser.py", str(workdir), "file")
        ]
        with pytest.raises(InvalidArgumentError):
            await client.fuzzy_file_search(" ", [str(workdir)])


def test_blocking_twins_of_config_and_goals(
    client_config: ClientConfig, codex_env: dict[str, str], workdir: Path
) -> None:
    with blocking.Client(client_config) as client:
        assert client.client_config is client_config
        assert str(client.config.write("model_verbosity", "medium").status) == "ok"
        assert str(client.config.read().config.model_verbosity) == "medium"
        assert client.config.requirements().requirements is None
        session = client.start_session(SessionConfig(cwd=str(workdir)))
        assert session.set_goal("blocking goal").objective == "blocking goal"
        assert session.clear_goal() is True
        session.delete()
        assert session.is_closed
    assert _written(codex_env)["model_verbosity"] == "medium"
