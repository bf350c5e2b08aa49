"""A one-machine Ray cluster that stays on loopback: for tests, benchmarks and trying things on a laptop.

Plain ``ray.init()`` on Linux binds the node to the machine's network address, and its head process looks up cloud
metadata (``169.254.169.254``) even with usage stats off. :func:`local_cluster` avoids both: the node address is
127.0.0.1, usage stats are off, and Ray's files (``~/.ray``, the cluster-config lookup) go to a private HOME.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import ray

from codex_runtime.errors import UsageError

_ENV = {
    "RAY_USAGE_STATS_ENABLED": "0",  # no usage report
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",  # single-node mode: the node address is 127.0.0.1
}
# With a cluster config in HOME, Ray's head reads the provider from it instead of probing cloud metadata URLs.
_BOOTSTRAP_CONFIG = "provider:\n  type: local\n"


@contextlib.contextmanager
def local_cluster(num_cpus: int = 2, *, env: Mapping[str, str] | None = None, **init_options: object) -> Iterator[None]:
    """Start a loopback-only local Ray (``ray.init(num_cpus=..., include_dashboard=False)``), shut it down on exit.

    For the duration, this process's environment (which Ray's processes inherit) has ``HOME`` pointing at a
    temporary directory (Ray's auth token and config lookups land there), ``CODEX_HOME`` set (to the real
    ``~/.codex`` unless already set, so codex still finds its login) and ``env``; everything is restored afterwards.
    Extra keyword arguments go to ``ray.init``.

    Raises:
        RuntimeError: Ray is already initialized in this process.
    """
    if ray.is_initialized():
        raise UsageError("Ray is already initialized in this process")
    overrides = {**_ENV, **(env or {})}
    # codex finds its login through HOME when CODEX_HOME is unset: keep pointing it at the real one.
    overrides.setdefault("CODEX_HOME", os.environ.get("CODEX_HOME") or os.path.expanduser("~/.codex"))
    saved = {name: os.environ.get(name) for name in [*overrides, "HOME"]}
    with tempfile.TemporaryDirectory(prefix="codex-ray-home-") as home:
        (Path(home) / "ray_bootstrap_config.yaml").write_text(_BOOTSTRAP_CONFIG)
        os.environ.update(overrides)
        os.environ["HOME"] = home
        try:
            options: dict[str, Any] = {
                "num_cpus": num_cpus,
                "include_dashboard": False,
                "log_to_driver": False,
                "configure_logging": False,
                **init_options,
            }
            ray.init(**options)
            try:
                yield
            finally:
                ray.shutdown()
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


__all__ = ["local_cluster"]
