"""Which codex binary to run, and the environment its child process needs.

Resolution order: an explicit path > ``$CODEX_RUNTIME_CLI_BIN`` > the binary bundled by the
``openai-codex-cli-bin`` package (our pinned default) > ``codex`` on ``PATH``. The first candidate that is
given is final: an explicit path that does not exist is an error, never silently replaced by a later one.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from codex_runtime._defaults import CLI_BIN_ENV_VAR
from codex_runtime.errors import CodexBinaryNotFoundError


@dataclass(frozen=True, slots=True)
class ResolvedCodexBinary:
    """A codex binary and why it was chosen.

    ``extra_path`` lists helper directories (the bundled ``codex-path/`` with ``rg`` and ``codex-resources/`` with
    ``bwrap``) that must be prepended to the child's ``PATH``.
    """

    path: Path
    source: str
    extra_path: tuple[Path, ...] = field(default=())

    def child_env(
        self, overrides: Mapping[str, str] | None = None, base: Mapping[str, str] | None = None
    ) -> dict[str, str]:
        """The child's environment: ``base`` (default: ours), helper dirs on PATH, then ``overrides``."""
        env = dict(os.environ if base is None else base)
        if self.extra_path:
            parts = [str(p) for p in self.extra_path]
            if env.get("PATH"):
                parts.append(env["PATH"])
            env["PATH"] = os.pathsep.join(parts)
        env.update(overrides or {})
        return env


def _check_executable(path: Path) -> str | None:
    """Why ``path`` cannot be run, or None when it can."""
    if not path.exists():
        return f"{path} does not exist"
    if not path.is_file():
        return f"{path} is not a file"
    if not os.access(path, os.X_OK):
        return f"{path} is not executable"
    return None


def bundled_codex_binary() -> ResolvedCodexBinary | None:
    """The binary shipped by ``openai-codex-cli-bin``, or None when that package is not installed."""
    try:
        import codex_cli_bin
    except ImportError:
        return None
    try:
        path = Path(codex_cli_bin.bundled_codex_path())
        package_dir = Path(codex_cli_bin.bundled_package_dir())
    except (FileNotFoundError, OSError):
        return None
    extra = tuple(d for d in (package_dir / "codex-path", package_dir / "codex-resources") if d.is_dir())
    return ResolvedCodexBinary(path=path, source="bundled openai-codex-cli-bin", extra_path=extra)


def resolve_codex_binary(
    explicit: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
) -> ResolvedCodexBinary:
    """Pick the codex binary to run.

    Raises:
        CodexBinaryNotFoundError: no candidate is usable; the error lists every candidate tried and why it failed.
    """
    environ = os.environ if env is None else env
    tried: list[tuple[str, str]] = []

    def final(path: Path, source: str, extra: tuple[Path, ...] = ()) -> ResolvedCodexBinary:
        problem = _check_executable(path)
        if problem is not None:
            tried.append((source, problem))
            raise CodexBinaryNotFoundError(tried)
        return ResolvedCodexBinary(path=path.resolve(), source=source, extra_path=extra)

    if explicit is not None and str(explicit).strip():
        return final(Path(explicit).expanduser(), "explicit cli_bin")
    from_env = environ.get(CLI_BIN_ENV_VAR, "").strip()
    if from_env:
        return final(Path(from_env).expanduser(), f"${CLI_BIN_ENV_VAR}")
    tried.append(("explicit cli_bin", "not given"))
    tried.append((f"${CLI_BIN_ENV_VAR}", "not set"))

    bundled = bundled_codex_binary()
    if bundled is not None:
        problem = _check_executable(bundled.path)
        if problem is None:
            return bundled
        tried.append((bundled.source, problem))
    else:
        tried.append(("bundled openai-codex-cli-bin", "package not installed"))

    on_path = shutil.which("codex", path=environ.get("PATH"))
    if on_path:
        return final(Path(on_path), "codex on PATH")
    tried.append(("codex on PATH", "not found"))
    raise CodexBinaryNotFoundError(tried)


__all__ = ["ResolvedCodexBinary", "bundled_codex_binary", "resolve_codex_binary"]
