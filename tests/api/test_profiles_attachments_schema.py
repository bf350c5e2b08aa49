"""Pure logic of the API layer: profiles and the escalation rule, attachments, strict output schemas."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from codex_runtime.api.attachments import FileMention, ImageUrl, LocalImage, build_input
from codex_runtime.api.output_schema import parse_output, strict_json_schema
from codex_runtime.api.profiles import (
    ClientConfig,
    PromptRunParams,
    RunProfile,
    SessionConfig,
    check_privileged_escalation,
    sandbox_policy,
)
from codex_runtime.errors import (
    AttachmentNotFoundError,
    InvalidArgumentError,
    OutputParseError,
    PrivilegedEscalationError,
)


def test_profiles_default_to_the_safe_values() -> None:
    profile = RunProfile()
    assert (profile.approval_policy, profile.sandbox, profile.effort, profile.timeout) == (
        "never",
        "read-only",
        "medium",
        120.0,
    )
    assert profile.allow_privileged_escalation is False
    config = ClientConfig()
    assert (config.rpc_timeout, config.server_request_timeout, config.min_codex_version) == (30.0, 30.0, "0.133.0")


def test_profiles_are_immutable_and_copy_with_changes() -> None:
    profile = RunProfile()
    changed = profile.with_model("m").with_effort("high")
    assert (profile.model, changed.model, changed.effort) == (None, "m", "high")
    with pytest.raises(AttributeError):
        profile.model = "x"  # type: ignore[misc]


def test_session_config_makes_cwd_absolute_and_gives_back_its_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    config = SessionConfig(cwd="sub", model="m")
    assert config.cwd == str(tmp_path / "sub")
    assert config.profile() == RunProfile(model="m")


def test_a_typo_in_the_sandbox_fails_at_construction() -> None:
    with pytest.raises(ValueError, match="unknown sandbox"):
        RunProfile(sandbox="read-write")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("profile", "cwd", "missing"),
    [
        (RunProfile(sandbox="workspace-write"), "/w", "allow_privileged_escalation"),
        (RunProfile(sandbox="workspace-write", allow_privileged_escalation=True), "/w", "approval policy"),
        (
            RunProfile(sandbox="danger-full-access", allow_privileged_escalation=True, approval_policy="untrusted"),
            "",
            "explicit scope",
        ),
    ],
)
def test_privileged_escalation_needs_all_three_opt_ins(profile: RunProfile, cwd: str, missing: str) -> None:
    with pytest.raises(PrivilegedEscalationError, match=missing):
        check_privileged_escalation(profile, cwd)


def test_privileged_escalation_with_all_three_passes() -> None:
    profile = RunProfile(sandbox="workspace-write", allow_privileged_escalation=True, approval_policy="on-request")
    check_privileged_escalation(profile, "/w")
    check_privileged_escalation(profile.replace(writable_roots=("/w",)), "")
    check_privileged_escalation(RunProfile(), "")


def test_sandbox_policy_maps_modes_to_turn_policies() -> None:
    assert sandbox_policy("read-only") == {"type": "readOnly"}
    assert sandbox_policy("workspace-write", ["/a"]) == {"type": "workspaceWrite", "writableRoots": ["/a"]}
    assert sandbox_policy({"type": "readOnly", "networkAccess": False}) == {"type": "readOnly", "networkAccess": False}


def test_file_mentions_get_utf8_byte_ranges_for_non_ascii_text(tmp_path: Path) -> None:
    target = tmp_path / "données.txt"
    target.write_text("x")
    prompt = "Résumé ✓ please"
    [text_input] = build_input(prompt, [FileMention(str(target))], str(tmp_path))

    encoded = text_input["text"].encode("utf-8")
    [element] = text_input["text_elements"]
    start, end = element["byteRange"]["start"], element["byteRange"]["end"]
    assert encoded[start:end].decode("utf-8") == f"@{target}"
    assert text_input["text"].startswith(prompt)


def test_a_missing_attachment_is_refused_before_anything_is_built(tmp_path: Path) -> None:
    with pytest.raises(AttachmentNotFoundError) as caught:
        build_input("hi", [LocalImage("nope.png")], str(tmp_path))
    assert caught.value.path == str(tmp_path / "nope.png")


def test_images_become_their_own_inputs(tmp_path: Path) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(b"\x89PNG")
    inputs = build_input("look", [LocalImage("a.png"), ImageUrl("https://x/y.png")], str(tmp_path))
    assert inputs[1:] == [{"type": "localImage", "path": str(image)}, {"type": "image", "url": "https://x/y.png"}]


class Address(BaseModel):
    city: str
    zip: str | None = None


class Person(BaseModel):
    name: str
    default: int = 3
    tags: list[str] = []
    address: Address | None = None


def _objects(node: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    if isinstance(node, dict):
        if node.get("type") == "object":
            found.append(node)
        for value in node.values():
            found += _objects(value)
    elif isinstance(node, list):
        for value in node:
            found += _objects(value)
    return found


def test_pydantic_models_become_strict_schemas_recursively() -> None:
    schema = strict_json_schema(Person)
    objects = _objects(schema)
    assert len(objects) == 2  # Person and Address (in $defs)
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])  # type: ignore[call-overload]
    assert "default" in schema["properties"]  # a property named "default" survives
    assert "null" in schema["properties"]["default"]["type"]


def test_the_final_answer_parses_into_the_model_or_raises_typed() -> None:
    person = parse_output(Person, '{"name": "Ada", "default": 1, "tags": [], "address": null}')
    assert isinstance(person, Person) and person.name == "Ada"
    with pytest.raises(OutputParseError):
        parse_output(Person, "not json")
    assert parse_output({"type": "object"}, '{"a": 1}') == {"a": 1}


def test_prompt_run_params_carry_cwd_prompt_and_profile() -> None:
    params = PromptRunParams.from_profile("/w", "hi", RunProfile(model="m"))
    assert (params.cwd, params.prompt, params.profile().model) == ("/w", "hi", "m")


def test_params_for_another_prompt_keep_every_other_field_and_the_given_names() -> None:
    params = PromptRunParams.from_profile("/w", "", RunProfile(model="m", timeout=7.0))
    again = params.with_prompt("second")
    assert (again.prompt, again.cwd, again.model, again.timeout, params.prompt) == ("second", "/w", "m", 7.0, "")
    assert again.given_fields == params.given_fields and again == params.replace(prompt="second")
    with pytest.raises(InvalidArgumentError):
        params.with_prompt(b"bytes")  # type: ignore[arg-type]
