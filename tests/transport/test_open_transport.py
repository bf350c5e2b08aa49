"""Which transport a ClientConfig opens: the endpoint's scheme is read in one place (``connect_url``)."""

from __future__ import annotations

import pytest

from codex_runtime import ClientConfig
from codex_runtime.errors import InvalidArgumentError
from codex_runtime.runtime.endpoint import open_transport


async def test_an_endpoint_of_an_unknown_scheme_is_refused_before_anything_is_dialled() -> None:
    with pytest.raises(InvalidArgumentError, match=r"^unsupported app-server URL 'http://127\.0\.0\.1:1': expected"):
        await open_transport(ClientConfig(endpoint="http://127.0.0.1:1"))
