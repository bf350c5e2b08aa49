"""The generator's per-version mode (``--versions``), the upgrade diff (``--from-binary PATH --diff``) and what the
per-version records change in the generated models."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from codex_runtime.protocol.types import Thread

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "gen_protocol.py"

# thread/start's thread as codex 0.133.0 sent it (measured): no ``projectId``, which 0.163.0 requires.
THREAD_FROM_0_133_0 = {
    "id": "01a23b8a-b9e6-77f3-96d0-b444b2f85420",
    "sessionId": "01a23b8a-b9e6-77f3-96d0-b444b2f85420",
    "forkedFromId": None,
    "preview": "",
    "ephemeral": False,
    "modelProvider": "mock",
    "createdAt": 1796295277,
    "updatedAt": 1796295277,
    "status": {"type": "idle"},
    "path": "/tmp/h/sessions/2026/12/03/rollout-2026-12-03T10-54-37-01a23b8a-b9e6-77f3-96d0-b444b2f85420.jsonl",
    "cwd": "/work",
    "cliVersion": "0.133.0",
    "source": "vscode",
    "threadSource": None,
    "agentNickname": None,
    "agentRole": None,
    "gitInfo": None,
    "name": None,
    "turns": [],
}


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_protocol", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_thread_from_an_older_release_decodes_without_the_field_the_pin_added() -> None:
    thread = Thread.model_validate(THREAD_FROM_0_133_0)

    assert (thread.id, thread.cli_version, thread.project_id) == (THREAD_FROM_0_133_0["id"], "0.133.0", None)


def test_the_pinned_records_relax_exactly_the_measured_fields() -> None:
    record = json.loads((ROOT / "schema" / "versions" / "0.133.0.json").read_text())

    assert record["pinned_required_absent"] == {
        "ExternalAgentConfigImportCompletedNotification": ["importId", "itemTypeResults"],
        "ExternalAgentConfigImportResponse": ["importId"],
        "PermissionProfileSummary": ["allowed"],
        "PluginDetail": ["appTemplates"],
        "Thread": ["projectId"],
        "ToolRequestUserInputParams": ["isBlocking"],
    }
    assert "thread/rollback" in record["client_requests"] and "thread/delete" not in record["client_requests"]
    assert "thread/turns/list" in record["experimental_client_requests"]


def test_recording_the_bundled_binary_reproduces_its_committed_record(gen: ModuleType, tmp_path: Path) -> None:
    [version] = gen.record_versions([gen.resolve_binary(None)], tmp_path, gen.SCHEMA_DIR)

    written = json.loads((tmp_path / "0.163.0.json").read_text())
    assert version == "0.163.0"
    assert written == json.loads((ROOT / "schema" / "versions" / "0.163.0.json").read_text())
    assert written["pinned_required_absent"] == {}


def test_diff_against_the_pinned_binary_finds_no_change() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--from-binary", "--diff"], capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(": 0 change(s)")


def test_type_changes_name_fields_requirements_and_values(gen: ModuleType) -> None:
    old = {
        "type": "object",
        "required": ["id", "mode"],
        "properties": {"id": {"type": "string"}, "mode": {"$ref": "#/definitions/Mode"}, "gone": {"type": "integer"}},
    }
    new = {
        "type": "object",
        "required": ["id", "fresh"],
        "description": "docs only differ here",
        "properties": {"id": {"type": "integer"}, "mode": {"$ref": "#/definitions/v2/Mode"}, "fresh": {}},
    }

    assert gen.type_changes(old, new) == [
        "fields added: fresh",
        "fields removed: gone",
        "now optional: mode",
        "fields changed: id",
    ]
    assert gen.type_changes({"enum": ["none", "allow"]}, {"enum": ["deny", "allow"]}) == [
        "values/variants added: deny",
        "values/variants removed: none",
    ]
    assert gen.type_changes({"description": "a", "type": "string"}, {"description": "b", "type": "string"}) == []


def test_diff_without_a_binary_is_a_usage_error() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--diff"], capture_output=True, text=True, timeout=60)

    assert result.returncode == 2
    assert "--diff needs --from-binary PATH" in result.stderr
