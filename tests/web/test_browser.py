"""A real browser drives the page: headless Debian Chromium under Playwright (with its executable path, never a
downloaded browser) against uvicorn serving the app over the real codex binary + MockModel. It creates a session,
sends a prompt, watches the answer stream in, approves a command and sees its output. The screenshot is saved
under ``.test-artifacts/`` (gitignored)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from codex_runtime.testing import MockModel, responses
from tests.web.conftest import BROWSER_TOKEN

CHROMIUM = os.environ.get("CODEX_RUNTIME_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / ".test-artifacts"
TOKEN = BROWSER_TOKEN
MARKER = "browser-approved-marker"
TIMEOUT_MS = 20_000


def require_browser() -> None:
    problems = []
    if shutil.which(CHROMIUM) is None:
        problems.append(f"{CHROMIUM} not found (apt-get install -y chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("playwright is not installed (pip install -e '.[dev]')")
    if problems:
        message = "; ".join(problems)
        if os.environ.get("CI"):
            pytest.fail(f"the browser test cannot run in CI: {message}")
        pytest.skip(message)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


def test_the_page_streams_an_answer_and_approves_a_command(mock_model: MockModel, served_app: str) -> None:
    require_browser()
    from playwright.sync_api import expect, sync_playwright

    mock_model.enqueue(
        responses.slow("Hello from the mock model, streamed word by word.", delay=0.12),
        responses.exec_command(f"echo {MARKER}"),
        responses.text("The command printed the marker."),
    )
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=TIMEOUT_MS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(TIMEOUT_MS)
            page.goto(served_app)

            page.fill("#token", TOKEN)
            page.click("#use-token")
            expect(page.locator("#new-session")).to_be_enabled()
            page.select_option("#approval-policy", "untrusted")
            page.click("#new-session")
            expect(page.locator("#session-state")).to_have_text("open")

            page.fill("#prompt", "Say hello")
            page.click("#send")
            first_turn = page.locator(".turn").nth(0)
            # streamed: part of the answer is on the page while the turn is still running
            page.wait_for_function(
                """() => {
                    const turn = document.querySelector(".turn");
                    const answer = turn && turn.querySelector(".answer");
                    const badge = turn && turn.querySelector(".turn-head .badge");
                    return answer && answer.textContent.length > 0 && badge.textContent === "running";
                }"""
            )
            expect(first_turn.locator(".answer")).to_have_text("Hello from the mock model, streamed word by word.")
            expect(first_turn.locator(".turn-head .badge")).to_have_text("completed")

            page.fill("#prompt", "Run the marker command")
            page.click("#send")
            second_turn = page.locator(".turn").nth(1)
            approve = second_turn.get_by_role("button", name="Approve")
            expect(approve).to_be_visible()
            expect(second_turn.locator(".approval code")).to_contain_text(MARKER)
            approve.click()
            expect(second_turn.locator(".approval .badge")).to_have_text("approved")
            expect(second_turn.locator(".command .output")).to_contain_text(MARKER)
            expect(second_turn.locator(".answer")).to_have_text("The command printed the marker.")
            expect(second_turn.locator(".turn-head .badge")).to_have_text("completed")
            page.screenshot(path=str(ARTIFACTS / "web-approval-flow.png"), full_page=True)
        finally:
            browser.close()

    assert (ARTIFACTS / "web-approval-flow.png").stat().st_size > 10_000
