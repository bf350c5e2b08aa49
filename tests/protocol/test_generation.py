"""The vendored schema and the generated code match what the bundled codex binary prints (the ``--check`` path)."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from codex_runtime.protocol import SCHEMA_CODEX_VERSION, SCHEMA_SHA256

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "gen_protocol.py"
GENERATED = ROOT / "src" / "codex_runtime" / "protocol" / "_generated"


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_protocol", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their string annotations through sys.modules
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dumped(gen: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The schema printed by the bundled binary right now, and its version line."""
    out = tmp_path_factory.mktemp("dump")
    version = gen.dump_schema(gen.resolve_binary(None), out)
    return out, version


def test_vendored_schema_is_byte_identical_to_what_the_bundled_binary_prints(
    gen: ModuleType, dumped: tuple[Path, str]
) -> None:
    dump_dir, version = dumped
    assert gen.diff_schema(dump_dir, version, gen.SCHEMA_DIR) == []


def test_code_generated_from_the_binarys_schema_equals_the_committed_code(
    gen: ModuleType, dumped: tuple[Path, str], tmp_path: Path
) -> None:
    dump_dir, version = dumped
    gen.vendor(dump_dir, version, tmp_path / "schema")
    files = gen.generate(tmp_path / "schema")
    assert gen.diff_trees(files, GENERATED, "protocol/_generated") == []


def test_check_mode_exits_zero_when_nothing_drifted() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--from-binary", "--check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_check_mode_exits_nonzero_and_shows_a_diff_when_generated_code_was_edited(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    models = out / "models" / "thread_start_params.py"
    models.write_text(models.read_text().replace("class ThreadStartParams(", "class ThreadStartParamz(", 1))
    (out / "models" / "stray_type.py").write_text("")

    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--out-dir", str(out)], capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 1
    assert "ThreadStartParamz" in result.stderr
    assert "protocol/_generated/models/stray_type.py: not produced by the generator (delete it)" in result.stderr


def test_generation_refuses_a_schema_whose_sha256_is_not_the_pinned_one(tmp_path: Path) -> None:
    schema = tmp_path / "schema"
    shutil.copytree(ROOT / "schema", schema)
    bundle = schema / "codex_app_server_protocol.schemas.json"
    bundle.write_text(bundle.read_text().replace('"ThreadStartParams"', '"ThreadStartParamz"', 1))

    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--schema-dir", str(schema)], capture_output=True, text=True
    )

    assert result.returncode == 2
    assert "SHA256" in result.stderr


def test_every_generated_file_names_its_schema_sha256_and_how_to_regenerate_it() -> None:
    bundle_sha = hashlib.sha256((ROOT / "schema" / "codex_app_server_protocol.schemas.json").read_bytes()).hexdigest()
    paths = sorted(GENERATED.rglob("*.py"))
    for path in paths:
        head = path.read_text()[:2000]
        assert "GENERATED FILE - DO NOT EDIT" in head, path.name
        assert f"sha256={bundle_sha}" in head, path.name
        assert "python scripts/gen_protocol.py" in head, path.name
        assert "generator version" in head, path.name
    assert GENERATED / "models" / "thread_item.py" in paths  # one module per wire type
    assert bundle_sha == SCHEMA_SHA256


def test_schema_pins_record_the_binary_version_and_every_vendored_file(gen: ModuleType) -> None:
    pinned = gen.verify_pins(gen.SCHEMA_DIR)
    assert set(pinned) == set(gen.VENDORED)
    assert SCHEMA_CODEX_VERSION == gen.read_codex_version(gen.SCHEMA_DIR) == "codex-cli 0.163.0"


def test_an_unpairable_request_fails_generation_loudly(gen: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    overrides = dict(gen.RESPONSE_OVERRIDES)
    del overrides["account/logout"]
    monkeypatch.setattr(gen, "RESPONSE_OVERRIDES", overrides)

    with pytest.raises(gen.GenerationError, match="account/logout"):
        gen.generate(gen.SCHEMA_DIR)
