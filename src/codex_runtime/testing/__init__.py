"""codex_runtime.testing: test agent code offline against the REAL codex binary, or against a fake peer.

- :class:`MockModel` is a scripted local Responses-API server; the real ``codex app-server`` talks to it, so whole
  turns (streaming, tool calls, approvals, failures) run offline and deterministically.
- :mod:`~codex_runtime.testing.responses` builds what it answers (text, reasoning, exec_command, apply_patch,
  HTTP errors, ``response.failed``, disconnects, slow streams, floods).
- :class:`FakeAppServer` is an in-process scripted JSON-RPC peer for protocol edge cases the real server will not
  produce on demand (crashes, garbage lines, stray ids, requests that never get an answer).
- :func:`mock_codex_home` writes an isolated, offline CODEX_HOME pointing at a MockModel.
- pytest fixtures (``mock_model``, ``codex_home``, ``codex_env``) are registered automatically by the
  ``codex_runtime`` pytest plugin.

Nothing in the rest of the package imports this module.
"""

from codex_runtime.testing import responses
from codex_runtime.testing.codex_home import MOCK_MODEL_SLUG, mock_codex_home, model_catalog
from codex_runtime.testing.fake_server import NO_REPLY, FakeAppServer
from codex_runtime.testing.mock_model import MockModel, MockResponse, RecordedRequest, StreamBuilder, Usage

__all__ = [
    "MOCK_MODEL_SLUG",
    "NO_REPLY",
    "FakeAppServer",
    "MockModel",
    "MockResponse",
    "RecordedRequest",
    "StreamBuilder",
    "Usage",
    "mock_codex_home",
    "model_catalog",
    "responses",
]
