"""`codex-runtime review`: a review turn on the uncommitted changes (or --base / --commit / --instructions), the
review streamed and its findings counted; --fail-on-findings for CI."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from codex_runtime.testing import MockModel, responses
from tests.cli._cli import run_cli

FINDING = {
    "title": "[P2] Unused variable",
    "body": "y is never read.",
    "confidence_score": 0.6,
    "priority": 2,
    "code_location": {"absolute_file_path": "/repo/b.py", "line_range": {"start": 1, "end": 1}},
}


def review_answer(*findings: dict[str, object]) -> str:
    return json.dumps(
        {
            "findings": list(findings),
            "overall_correctness": "patch is correct",
            "overall_explanation": "One small thing.",
            "overall_confidence_score": 0.8,
        }
    )


def git_repo(path: Path) -> Path:
    for args in (["init", "-q", "-b", "main"], ["config", "user.email", "d@example.com"], ["config", "user.name", "D"]):
        subprocess.run(["git", *args], cwd=path, check=True, timeout=30)
    (path / "a.py").write_text("x = 1\n")
    subprocess.run(["git", "add", "."], cwd=path, check=True, timeout=30)
    subprocess.run(["git", "commit", "-qm", "a"], cwd=path, check=True, timeout=30)
    (path / "b.py").write_text("y = 1\n")
    return path


def test_review_prints_the_review_and_fails_on_findings_when_asked(
    mock_model: MockModel, cli_env: dict[str, str], workdir: Path
) -> None:
    repo = git_repo(workdir)
    mock_model.enqueue(responses.text(review_answer(FINDING)), responses.text(review_answer(FINDING)))
    plain = run_cli("review", "--cwd", str(repo), env=cli_env)
    strict = run_cli("review", "--cwd", str(repo), "--fail-on-findings", env=cli_env)
    assert plain.returncode == 0, plain.stderr
    assert "- [P2] Unused variable — /repo/b.py:1-1\n  y is never read." in plain.stdout
    assert "review of current changes: 1 finding(s)" in plain.stdout
    assert strict.returncode == 1, strict.stderr
    assert mock_model.requests[0].last_user_text == (
        "Review the current code changes (staged, unstaged, and untracked files) and provide prioritized findings."
    )


def test_review_against_a_base_branch_and_conflicting_targets(
    mock_model: MockModel, cli_env: dict[str, str], workdir: Path
) -> None:
    repo = git_repo(workdir)
    mock_model.enqueue(responses.text(review_answer()))
    by_base = run_cli("review", "--cwd", str(repo), "--base", "main", env=cli_env)
    both = run_cli("review", "--base", "main", "--commit", "abc", env=cli_env)
    assert by_base.returncode == 0, by_base.stderr
    assert "review of changes against 'main': 0 finding(s)" in by_base.stdout
    assert mock_model.requests[0].last_user_text.startswith("Review the code changes against the base branch 'main'.")
    assert both.returncode == 2
    assert "choose one of --base, --commit" in both.stderr
