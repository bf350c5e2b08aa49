"""A local, loopback-only Ray cluster (2 CPUs, no dashboard) for the package, shut down afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="package")
def ray_cluster() -> Iterator[None]:
    from ray import cloudpickle

    from codex_runtime.ray import local_cluster
    from tests.ray import mock_worker

    cloudpickle.register_pickle_by_value(mock_worker)  # the workers cannot import `tests`
    with local_cluster(num_cpus=2):
        yield


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path
