"""Fixtures for the reliability tests: the real codex binary + MockModel, and a scripted stdio child."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from codex_runtime import ClientConfig
from tests.reliability.processes import live

SCRIPTED_APP = Path(__file__).with_name("scripted_app_server.py")


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def client_config(codex_env: dict[str, str]) -> ClientConfig:
    """The real bundled codex binary, offline, against the test's MockModel."""
    return ClientConfig(process_env=codex_env)


@pytest.fixture
def scripted_codex(tmp_path: Path) -> Path:
    """An executable "codex" that runs scripted_app_server.py (see its docstring) with this interpreter."""
    shim = tmp_path / "scripted-codex"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{SCRIPTED_APP}" "$@"\n')
    shim.chmod(0o755)
    return shim


@pytest.fixture
def scripted_config(scripted_codex: Path) -> ClientConfig:
    return ClientConfig(cli_bin=str(scripted_codex), process_env={"PYTHONDONTWRITEBYTECODE": "1"})


@pytest.fixture
def reap_later() -> Iterator[list[psutil.Process]]:
    """Processes a test saw; any still alive at teardown are killed (the test has failed by then anyway)."""
    procs: list[psutil.Process] = []
    yield procs
    for proc in live(procs):
        with contextlib.suppress(psutil.NoSuchProcess):
            proc.kill()
