"""MockModel on its own: queue, request log, errors, lifecycles (plain HTTP, no codex binary)."""

from __future__ import annotations

import http.client
import json
import tomllib
from pathlib import Path

import pytest

from codex_runtime.testing import MockModel, MockResponse, mock_codex_home, responses
from codex_runtime.testing.mock_model import RecordedRequest


def post(model: MockModel, body: dict[str, object]) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", model.port, timeout=10)
    try:
        conn.request(
            "POST",
            "/v1/responses",
            body=json.dumps(body),
            headers={"Content-Type": "application/json", "X-Test": "yes"},
        )
        reply = conn.getresponse()
        try:
            return reply.status, reply.read()
        except http.client.IncompleteRead as partial:
            return reply.status, partial.partial
    finally:
        conn.close()


def sse_events(raw: bytes) -> list[dict[str, object]]:
    return [json.loads(block.split(b"data: ", 1)[1]) for block in raw.split(b"\n\n") if b"data: " in block]


def test_responses_are_served_in_fifo_order_and_requests_are_logged() -> None:
    with MockModel() as model:
        model.enqueue(responses.text("first"), responses.text("second"))
        _, one = post(
            model, {"input": [{"type": "message", "role": "user", "content": [{"type": "input_text", "text": "q1"}]}]}
        )
        _, two = post(model, {"input": []})

    assert sse_events(one)[-2]["item"]["content"][0]["text"] == "first"  # type: ignore[index]
    assert sse_events(two)[-2]["item"]["content"][0]["text"] == "second"  # type: ignore[index]
    assert [r.index for r in model.requests] == [0, 1]
    assert model.requests[0].last_user_text == "q1"
    assert model.requests[0].headers["x-test"] == "yes"


def test_an_empty_queue_answers_http_400_naming_the_problem() -> None:
    with MockModel() as model:
        status, body = post(model, {})
    assert status == 400
    assert "no scripted response left" in json.loads(body)["error"]["message"]


def test_a_fallback_responder_answers_when_the_queue_is_empty() -> None:
    def echo(request: RecordedRequest) -> MockResponse:
        return responses.text(f"echo {request.index}")

    with MockModel() as model:
        model.set_fallback(echo)
        _, raw = post(model, {})
    assert sse_events(raw)[-2]["item"]["content"][0]["text"] == "echo 0"  # type: ignore[index]


def test_http_error_builder_sends_status_and_json_body() -> None:
    with MockModel() as model:
        model.enqueue(responses.usage_limit("quota gone"))
        status, body = post(model, {})
    assert status == 429
    assert json.loads(body)["error"] == {"type": "usage_limit_reached", "message": "quota gone"}


def test_disconnect_cuts_the_stream_before_completion() -> None:
    with MockModel() as model:
        model.enqueue(responses.disconnect("a b c", after_deltas=1))
        _, raw = post(model, {})
    types = [e["type"] for e in sse_events(raw)]
    assert types == ["response.created", "response.output_item.added", "response.output_text.delta"]


def test_flood_streams_count_deltas_lazily() -> None:
    with MockModel() as model:
        model.enqueue(responses.flood(50_000, delta="q"))
        _, raw = post(model, {})
    events = sse_events(raw)
    assert sum(1 for e in events if e["type"] == "response.output_text.delta") == 50_000
    assert events[-1]["type"] == "response.completed"


def test_wait_for_requests_times_out_with_a_clear_error() -> None:
    with MockModel() as model, pytest.raises(TimeoutError, match="0 of 1"):
        model.wait_for_requests(1, timeout=0.05)


async def test_async_context_manager_serves_and_stops() -> None:
    async with MockModel() as model:
        port = model.port
        assert model.base_url == f"http://127.0.0.1:{port}/v1"
    with pytest.raises(RuntimeError, match="not started"):
        _ = model.port


def test_stop_is_idempotent() -> None:
    model = MockModel().start()
    model.stop()
    model.stop()


def test_mock_codex_home_writes_an_offline_config(tmp_path: Path) -> None:
    with MockModel() as model:
        home = mock_codex_home(tmp_path / "h", model)
        config = tomllib.loads((home / "config.toml").read_text())
        base_url = model.base_url

    assert config["model_provider"] == "mock"
    assert config["model_providers"]["mock"]["base_url"] == base_url
    assert config["model_providers"]["mock"]["request_max_retries"] == 0
    assert config["model_providers"]["mock"]["stream_max_retries"] == 0
    assert config["features"] and not any(config["features"].values())
    assert config["analytics"]["enabled"] is False
    assert config["check_for_update_on_startup"] is False
    catalog = json.loads(Path(config["model_catalog_json"]).read_text())
    assert catalog["models"][0]["slug"] == config["model"]


def test_mock_codex_home_writes_valid_toml_for_any_path(tmp_path: Path) -> None:
    with MockModel() as model:
        home = mock_codex_home(tmp_path / 'h 😀 \\ "q"', model, extra_config={"model_verbosity": "low"})
    config = tomllib.loads((home / "config.toml").read_text())
    assert config["model_catalog_json"] == str(home / "model-catalog.json")
    assert config["model_verbosity"] == "low"
