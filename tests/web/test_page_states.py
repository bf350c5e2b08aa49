"""The page in four states at a desktop (1280x900) and a phone (390x844) viewport, in headless Debian Chromium
against uvicorn over the real codex binary + MockModel: signed in with no session, a session mid-turn, an
approval pending, after a decline. Each state is saved as a screenshot under ``.test-artifacts/`` and scanned with
axe-core (vendored: ``tests/web/vendor/axe.min.js``, MPL-2.0) for serious or critical violations; the layout must
not scroll sideways, and no empty output bar is drawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codex_runtime.testing import MockModel, responses
from tests.web.test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, TIMEOUT_MS, TOKEN, require_browser

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SERIOUS = ("serious", "critical")

AXE_RUN = """async () => {
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}"""
NO_SIDEWAYS_SCROLL = "() => document.documentElement.scrollWidth <= window.innerWidth"
EMPTY_BARS = """() => [...document.querySelectorAll(".command pre, .answer")]
    .filter((node) => node.textContent === "" && getComputedStyle(node).display !== "none").length"""


def check_state(page: Any, name: str, viewport: str) -> None:
    """Screenshot, axe scan, no sideways scrolling, no empty bars."""
    page.screenshot(path=str(ARTIFACTS / f"web-{viewport}-{name}.png"), full_page=True)
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    violations = page.evaluate(AXE_RUN)
    serious = [v for v in violations if v["impact"] in SERIOUS]
    assert serious == [], f"{viewport}/{name}: {serious}"
    assert page.evaluate(NO_SIDEWAYS_SCROLL), f"{viewport}/{name}: the page scrolls sideways"
    assert page.evaluate(EMPTY_BARS) == 0, f"{viewport}/{name}: an empty output bar is drawn"


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_the_page_in_four_states(viewport: str, mock_model: MockModel, served_app: str) -> None:
    require_browser()
    from playwright.sync_api import expect, sync_playwright

    mock_model.enqueue(
        responses.slow("Hello from the mock model, streamed word by word, slowly enough to be seen.", delay=0.25),
        responses.exec_command("rm -rf build"),
        responses.text("Understood: I did not remove anything."),
    )
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=TIMEOUT_MS)
        try:
            # bypass_csp: only so the test can inject axe-core; the app's own policy allows no inline script
            context = browser.new_context(viewport=VIEWPORTS[viewport], bypass_csp=True)
            page = context.new_page()
            page.set_default_timeout(TIMEOUT_MS)

            # the sign-in URL that `serve` prints: the token moves to sessionStorage and leaves the address bar
            page.goto(f"{served_app}#token={TOKEN}")
            expect(page.locator("#new-session")).to_be_enabled()
            assert "token" not in page.url
            assert page.evaluate("() => sessionStorage.getItem('codex-runtime-token')") == TOKEN
            expect(page.locator("#status")).to_have_text("Token accepted. Create or pick a session.")
            hint = "Create a session or pick one to see its turns here."
            expect(page.locator("#transcript .empty")).to_have_text(hint)
            check_state(page, "empty", viewport)

            page.select_option("#approval-policy", "untrusted")
            page.click("#new-session")
            expect(page.locator("#session-state")).to_have_text("open")
            expect(page.locator("#session-title")).to_have_text("Session in workspace root")
            page.fill("#prompt", "Say hello")
            page.click("#send")
            turn = page.locator(".turn").nth(0)
            page.wait_for_function(
                """() => {
                    const answer = document.querySelector(".turn .answer");
                    return answer && answer.textContent.length > 10;
                }"""
            )
            expect(turn.locator(".turn-head .badge")).to_have_text("running")
            session_button = page.locator("#sessions button").nth(0)
            expect(session_button.locator(".what")).to_have_text("Say hello")
            expect(session_button.locator(".where")).to_have_text("workspace root")
            check_state(page, "mid-turn", viewport)
            expect(turn.locator(".turn-head .badge")).to_have_text("completed")
            expect(page.locator("#status")).to_have_text("Turn completed.")

            page.fill("#prompt", "Clean the build")
            page.click("#send")
            second = page.locator(".turn").nth(1)
            decline = second.get_by_role("button", name="Decline")
            expect(decline).to_be_visible()
            expect(second.locator(".turn-head .badge")).to_have_text("awaiting approval")
            expect(second.locator(".approval .badge")).to_have_text("awaiting your answer")
            expect(second.locator(".command .badge")).to_have_text("awaiting approval")
            expect(second.locator(".approval code")).to_contain_text("rm -rf build")
            check_state(page, "approval-pending", viewport)

            decline.focus()
            page.keyboard.press("Enter")  # answerable from the keyboard
            expect(second.locator(".approval .badge")).to_have_text("declined: not run")
            expect(second.locator(".approval")).to_have_class("approval declined")
            expect(second.locator(".command .badge")).to_have_text("declined: not run")
            expect(second.locator(".answer")).to_have_text("Understood: I did not remove anything.")
            expect(second.locator(".turn-head .badge")).to_have_text("completed")
            check_state(page, "after-decline", viewport)
        finally:
            browser.close()

    for state in ("empty", "mid-turn", "approval-pending", "after-decline"):
        assert (ARTIFACTS / f"web-{viewport}-{state}.png").stat().st_size > 5_000
