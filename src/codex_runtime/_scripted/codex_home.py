"""An isolated, offline ``CODEX_HOME`` pointing the real codex binary at a :class:`MockModel`.

Everything codex reads or writes lives under ``CODEX_HOME`` (config, sqlite state, rollouts), so a fresh one per
test keeps tests independent of ``~/.codex`` and of each other. The config turns off every feature that reaches
the network or runs the user's login shell at startup, and sets retries to 0 so a scripted failure fails at once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from codex_runtime._scripted.mock_model import MockModel
from codex_runtime.transport.toml_value import encode_toml_value, toml_key

MOCK_MODEL_SLUG = "mock-model"

# Features that reach the network or run the login shell at startup (measured against codex-cli 0.163.0).
_FEATURES_OFF = (
    "plugins",
    "apps",
    "remote_plugin",
    "shell_snapshot",
    "tool_suggest",
    "skill_mcp_dependency_install",
)


def model_catalog(slug: str = MOCK_MODEL_SLUG) -> dict[str, Any]:
    """A one-model catalog. Without a catalog codex warns on every turn and offers no ``apply_patch`` tool."""
    return {
        "models": [
            {
                "slug": slug,
                "display_name": "Mock Model",
                "description": "Scripted offline model (codex_runtime.testing.MockModel)",
                "supported_reasoning_levels": [
                    {"effort": "low", "description": "low"},
                    {"effort": "medium", "description": "medium"},
                    {"effort": "high", "description": "high"},
                ],
                "default_reasoning_level": "medium",
                "shell_type": "unified_exec",
                "visibility": "list",
                "supported_in_api": True,
                "priority": 1,
                "base_instructions": "You are a mock agent.",
                "apply_patch_tool_type": "freeform",
                "truncation_policy": {"mode": "tokens", "limit": 10000},
                "context_window": 272000,
                "input_modalities": ["text", "image"],
                "experimental_supported_tools": [],
                "supports_search_tool": False,
                "default_reasoning_summary": "auto",
                "support_verbosity": False,
                # Required by older codex releases (their catalog parser rejects the file without them).
                "supports_reasoning_summaries": True,
                "supports_parallel_tool_calls": False,
            }
        ]
    }


Provider = Literal["mock", "openai"]
"""``"mock"``: a custom provider with no login and no retries. ``"openai"``: codex's built-in OpenAI provider,
pointed at the mock with ``openai_base_url``; it needs a login, like the real one."""


def mock_config_toml(
    base_url: str,
    catalog_path: Path,
    *,
    model: str = MOCK_MODEL_SLUG,
    extra: Mapping[str, Any] | None = None,
    provider: Provider = "mock",
) -> str:
    """The text of the offline ``config.toml``. ``extra`` adds top-level scalar keys."""
    lines = [f"model = {encode_toml_value(model)}"]
    if provider == "openai":
        # Built-in providers cannot be overridden (codex 0.163.0 refuses `[model_providers.openai]`), so its
        # retries (4 per request, 5 per stream) stay on; only the base URL moves.
        lines.append(f"openai_base_url = {encode_toml_value(base_url)}")
    else:
        lines.append('model_provider = "mock"')
    lines += [
        f"model_catalog_json = {encode_toml_value(str(catalog_path))}",
        "check_for_update_on_startup = false",
    ]
    lines += [f"{toml_key(key)} = {encode_toml_value(value)}" for key, value in (extra or {}).items()]
    lines += ["", "[features]"] + [f"{name} = false" for name in _FEATURES_OFF]
    lines += ["", "[analytics]", "enabled = false", "", "[feedback]", "enabled = false"]
    lines += [
        "",
        "[model_providers.mock]",
        'name = "mock"',
        f"base_url = {encode_toml_value(base_url)}",
        'wire_api = "responses"',
        "request_max_retries = 0",
        "stream_max_retries = 0",
        "supports_websockets = false",
        "",
    ]
    return "\n".join(lines)


def mock_codex_home(
    path: str | os.PathLike[str],
    model: MockModel | str,
    *,
    extra_config: Mapping[str, object] | None = None,
    provider: Provider = "mock",
) -> Path:
    """Write an offline, isolated CODEX_HOME at ``path`` pointing at ``model`` and return its absolute path.

    ``model`` is a started :class:`MockModel` or a provider base URL (``http://127.0.0.1:PORT/v1``).
    ``provider="openai"`` uses codex's built-in OpenAI provider at the mock's URL: codex then reports
    ``requiresOpenaiAuth`` and sends the logged-in key as a bearer token (pair it with ``MockModel(api_key=...)``
    to test login flows offline).
    Use the result as ``CODEX_HOME`` in the child's environment, e.g.
    ``ClientConfig(process_env={"CODEX_HOME": str(home)})``.
    """
    home = Path(path).resolve()
    home.mkdir(parents=True, exist_ok=True)
    base_url = model.base_url if isinstance(model, MockModel) else model
    catalog = home / "model-catalog.json"
    catalog.write_text(json.dumps(model_catalog(), indent=1))
    (home / "config.toml").write_text(mock_config_toml(base_url, catalog, extra=extra_config, provider=provider))
    return home


__all__ = ["MOCK_MODEL_SLUG", "Provider", "mock_codex_home", "mock_config_toml", "model_catalog"]
