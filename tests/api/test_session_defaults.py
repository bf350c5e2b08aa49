"""A session validates its defaults once per config: every ask reuses them, a replaced config is read again."""

from __future__ import annotations

from pathlib import Path

from codex_runtime import ClientConfig, RunProfile, Runtime, SessionConfig
from codex_runtime.api.session import Session
from codex_runtime.testing.fake_server import FakeAppServer


async def test_the_sessions_profile_is_built_once_per_config_and_follows_a_new_config(tmp_path: Path) -> None:
    async with FakeAppServer() as server:
        runtime = await Runtime.connect(ClientConfig(), transport=server.client_transport)
        session = Session(runtime, "thr_1", SessionConfig(cwd=str(tmp_path), model="m1", timeout=9.0))
        first = session.profile()
        assert session.profile() is first and first == RunProfile(model="m1", timeout=9.0)
        params = session._params_for("hello")
        assert (params.prompt, params.cwd, params.model, params.timeout) == ("hello", str(tmp_path), "m1", 9.0)
        session.config = SessionConfig(cwd=str(tmp_path), model="m2")
        assert session.profile().model == "m2" and session._params_for("again").model == "m2"
        await runtime.shutdown()
