"""On a platform without POSIX process groups (Windows), connecting fails at once with a typed error naming WSL,
before any child is started; the command line prints it as one line."""

from __future__ import annotations

import psutil
import pytest

from codex_runtime import Client, ClientConfig, CodexRuntimeError, UnsupportedPlatformError
from codex_runtime.cli import main
from codex_runtime.transport import process


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(process, "POSIX", False)
    monkeypatch.setattr(process, "PLATFORM", "win32")


async def test_connecting_on_windows_raises_a_typed_error_naming_wsl(windows: None) -> None:
    before = {child.pid for child in psutil.Process().children(recursive=True)}
    with pytest.raises(UnsupportedPlatformError) as caught:
        async with Client(ClientConfig()):
            pass
    assert isinstance(caught.value, CodexRuntimeError)
    assert caught.value.platform == "win32"
    assert "WSL" in str(caught.value)
    assert "'win32'" in str(caught.value)
    assert {child.pid for child in psutil.Process().children(recursive=True)} - before == set()


def test_the_cli_prints_the_platform_error_as_one_line(windows: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-color", "run", "hello"]) == 1
    err = capsys.readouterr().err
    assert "WSL" in err
    assert "Traceback" not in err
