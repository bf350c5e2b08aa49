"""Workflow (level 2): repeated runs in one working directory, on one lazily connected client."""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

from codex_runtime.api.client import Client
from codex_runtime.api.guards import resolve_call_profile, validate_workspace
from codex_runtime.api.profiles import ClientConfig, PromptRunParams, RunProfile, SessionConfig
from codex_runtime.api.results import PromptRunResult
from codex_runtime.api.session import Session
from codex_runtime.errors import InvalidArgumentError


@dataclass(frozen=True, kw_only=True)
class WorkflowConfig:
    """``cwd`` (made absolute), how to connect, and the profile every run uses."""

    cwd: str
    client_config: ClientConfig = field(default_factory=ClientConfig)
    run_profile: RunProfile = field(default_factory=RunProfile)

    def __post_init__(self) -> None:
        if not str(self.cwd).strip():
            raise InvalidArgumentError("cwd must not be blank")
        object.__setattr__(self, "cwd", os.path.abspath(os.fspath(self.cwd)))


class Workflow:
    """Runs in ``config.cwd``; connects on first use. Many sessions may share its client concurrently."""

    def __init__(self, config: WorkflowConfig) -> None:
        self._config = config
        self._client: Client | None = None
        self._connecting = asyncio.Lock()

    @property
    def config(self) -> WorkflowConfig:
        return self._config

    async def client(self) -> Client:
        """The connected client (connecting once, even under concurrent first calls).

        Raises:
            InvalidWorkspaceError: the workflow's cwd is unusable (checked before connecting).
        """
        async with self._connecting:
            if self._client is None:
                validate_workspace(self._config.cwd)
                self._client = await Client.connect(self._config.client_config)
            return self._client

    async def run(self, prompt: str) -> PromptRunResult:
        """One turn on a new thread with the workflow's profile.

        Raises:
            As :meth:`codex_runtime.Session.ask`.
        """
        return await self.run_with_profile(prompt, self._config.run_profile)

    async def run_with_profile(self, prompt: str, profile: RunProfile) -> PromptRunResult:
        """One turn on a new thread with the fields ``profile`` sets over the workflow's profile.

        Raises:
            PrivilegedEscalationError: ``profile`` asks less or widens the sandbox compared with the workflow's
                without setting ``allow_privileged_escalation=True`` itself (nothing sent).
            As :meth:`codex_runtime.Session.ask`.
        """
        effective = resolve_call_profile(self._config.run_profile, profile)
        client = await self.client()
        return await client.run_with(PromptRunParams.from_profile(self._config.cwd, prompt, effective))

    async def setup_session(self, profile: RunProfile | None = None) -> Session:
        """A session in the workflow's cwd with the workflow's profile (and the fields ``profile`` sets on top).

        Raises:
            PrivilegedEscalationError: as :meth:`run_with_profile`.
        """
        base = self._config.run_profile
        effective = base if profile is None else resolve_call_profile(base, profile)
        client = await self.client()
        return await client.start_session(SessionConfig.from_profile(self._config.cwd, effective))

    async def shutdown(self) -> None:
        if self._client is not None:
            await self._client.shutdown()

    async def __aenter__(self) -> Self:
        await self.client()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.shutdown()
