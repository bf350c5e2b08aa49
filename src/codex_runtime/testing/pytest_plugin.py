"""pytest fixtures for testing code that drives the real codex binary offline.

Registered automatically (entry point ``pytest11``) when codex-runtime is installed:

- ``mock_model``: a started :class:`~codex_runtime.testing.MockModel`, stopped after the test.
- ``codex_home``: an isolated offline CODEX_HOME (``tmp_path / "codex-home"``) pointing at ``mock_model``.
- ``codex_env``: ``{"CODEX_HOME": ...}``, ready for ``ClientConfig(process_env=codex_env)``.
- ``codex_client`` (async, needs pytest-asyncio): a connected :class:`~codex_runtime.Client` on ``codex_env``,
  shut down after the test.
- ``codex_session`` (async, needs pytest-asyncio): a :class:`~codex_runtime.Session` of ``codex_client`` whose
  working directory is ``tmp_path / "work"`` (created empty), with the safe defaults.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

if TYPE_CHECKING:  # the plugin loads in every pytest run: the client stack is imported only when used
    from codex_runtime.api.client import Client
    from codex_runtime.api.session import Session
from codex_runtime.testing.codex_home import mock_codex_home
from codex_runtime.testing.mock_model import MockModel


@pytest.fixture
def mock_model() -> Iterator[MockModel]:
    """A started MockModel with an empty queue; enqueue responses in the test."""
    with MockModel() as model:
        yield model


@pytest.fixture
def codex_home(tmp_path: Path, mock_model: MockModel) -> Path:
    """An isolated, offline CODEX_HOME pointing at ``mock_model``."""
    return mock_codex_home(tmp_path / "codex-home", mock_model)


@pytest.fixture
def codex_env(codex_home: Path) -> dict[str, str]:
    """Environment overrides for the app-server child: just ``CODEX_HOME``."""
    return {"CODEX_HOME": str(codex_home)}


def _needs_pytest_asyncio(function: Callable[..., Any]) -> Any:
    """Stands in for ``pytest_asyncio.fixture`` when it is missing: a fixture that fails saying what to install."""

    @pytest.fixture(name=function.__name__)
    def missing() -> None:
        pytest.fail(f"the {function.__name__} fixture needs pytest-asyncio: pip install pytest-asyncio")

    return missing


try:
    import pytest_asyncio
except ImportError:  # pragma: no cover - pytest-asyncio is in the dev set
    pytest_asyncio = None  # type: ignore[assignment]

_F = TypeVar("_F", bound=Callable[..., Any])


def _async_fixture(function: _F) -> _F:
    if pytest_asyncio is None:  # pragma: no cover
        return cast(_F, _needs_pytest_asyncio(function))
    return cast(_F, pytest_asyncio.fixture(function))


@_async_fixture
async def codex_client(codex_env: dict[str, str]) -> AsyncIterator[Client]:
    """A connected Client whose app-server talks to ``mock_model``; shut down after the test."""
    from codex_runtime.api.client import Client
    from codex_runtime.runtime.config import ClientConfig

    async with Client(ClientConfig(process_env=codex_env)) as client:
        yield client


@_async_fixture
async def codex_session(codex_client: Client, tmp_path: Path) -> AsyncIterator[Session]:
    """A Session in ``tmp_path / "work"`` with the safe defaults; closed after the test."""
    from codex_runtime.api.profiles import SessionConfig

    workdir = tmp_path / "work"
    workdir.mkdir(exist_ok=True)
    session = await codex_client.start_session(SessionConfig(cwd=str(workdir)))
    try:
        yield session
    finally:
        if not session.is_closed:
            await session.close()
