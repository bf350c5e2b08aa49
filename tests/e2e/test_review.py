"""session.review on the real binary: a scripted review turn in a temporary git repository.

The MockModel answers the review request with codex's review JSON (findings + overall explanation); codex renders
it into the ``exitedReviewMode`` item, which is the review text. Measured on codex 0.163.0.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from codex_runtime import Client, ClientConfig, ReviewFinding, ReviewResult, ReviewTarget, SessionConfig
from codex_runtime import sync as blocking
from codex_runtime.errors import InvalidArgumentError, PromptTimeoutError
from codex_runtime.testing import MockModel, responses


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, timeout=30)
    return done.stdout.strip()


@pytest.fixture
def repo(workdir: Path) -> Path:
    _git(workdir, "init", "-q", "-b", "main")
    _git(workdir, "config", "user.email", "dev@example.com")
    _git(workdir, "config", "user.name", "Dev")
    (workdir / "loop.py").write_text("for i in range(10):\n    print(i)\n")
    _git(workdir, "add", ".")
    _git(workdir, "commit", "-qm", "initial loop")
    return workdir


def _review_json(path: Path) -> str:
    return json.dumps(
        {
            "findings": [
                {
                    "title": "[P1] Off-by-one in the loop",
                    "body": "range(9) stops before 9.",
                    "confidence_score": 0.8,
                    "priority": 1,
                    "code_location": {"absolute_file_path": str(path), "line_range": {"start": 1, "end": 2}},
                }
            ],
            "overall_correctness": "patch is incorrect",
            "overall_explanation": "The loop lost its last iteration.",
            "overall_confidence_score": 0.7,
        }
    )


def _verdict(explanation: str) -> str:
    # codex parses the answer only when every field of its review schema is there (else the raw text is the review)
    return json.dumps(
        {
            "findings": [],
            "overall_correctness": "patch is correct",
            "overall_explanation": explanation,
            "overall_confidence_score": 0.9,
        }
    )


async def test_review_of_uncommitted_changes_returns_the_rendered_review_and_its_findings(
    client_config: ClientConfig, mock_model: MockModel, repo: Path
) -> None:
    (repo / "loop.py").write_text("for i in range(9):\n    print(i)\n")
    mock_model.enqueue(responses.text(_review_json(repo / "loop.py")))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(repo)))
        result = await session.review(ReviewTarget.uncommitted_changes())
    assert (result.thread_id, result.target) == (session.thread_id, "current changes")
    assert result.text == (
        "The loop lost its last iteration.\n\nReview comment:\n\n"
        f"- [P1] Off-by-one in the loop — {repo}/loop.py:1-2\n  range(9) stops before 9."
    )
    assert result.findings == [
        ReviewFinding("[P1] Off-by-one in the loop", f"{repo}/loop.py:1-2", "range(9) stops before 9.")
    ]
    assert [str(i.type) for i in result.items] == [
        "enteredReviewMode",
        "userMessage",
        "exitedReviewMode",
        "agentMessage",
    ]
    assert mock_model.requests[-1].last_user_text == (
        "Review the current code changes (staged, unstaged, and untracked files) and provide prioritized findings."
    )


async def test_review_of_a_base_branch_a_commit_and_custom_instructions_sends_each_target(
    client_config: ClientConfig, mock_model: MockModel, repo: Path
) -> None:
    _git(repo, "checkout", "-qb", "feature")
    (repo / "loop.py").write_text("for i in range(9):\n    print(i)\n")
    _git(repo, "commit", "-qam", "shorter loop")
    sha = _git(repo, "rev-parse", "HEAD")
    answer = _verdict("Fine.")
    for _ in range(3):
        mock_model.enqueue(responses.text(answer))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(repo)))
        by_branch = await session.review(ReviewTarget.base_branch("main"))
        by_commit = await session.review(ReviewTarget.commit(sha, "shorter loop"))
        custom = await session.review(ReviewTarget.custom("Check the loop bounds only."))
    assert [r.target for r in (by_branch, by_commit, custom)] == [
        "changes against 'main'",
        f"commit {sha[:7]}: shorter loop",
        "Check the loop bounds only.",
    ]
    assert [(r.text, r.findings) for r in (by_branch, by_commit, custom)] == [("Fine.", [])] * 3
    base = _git(repo, "merge-base", "main", "feature")
    assert [r.last_user_text for r in mock_model.requests] == [
        f"Review the code changes against the base branch 'main'. The merge base commit for this comparison is {base}. "
        f"Run `git diff {base}` to inspect the changes relative to main. Provide prioritized, actionable findings.",
        f'Review the code changes introduced by commit {sha} ("shorter loop"). '
        "Provide prioritized, actionable findings.",
        "Check the loop bounds only.",
    ]


async def test_review_refuses_a_bad_target_before_sending_and_a_timeout_interrupts(
    client_config: ClientConfig, mock_model: MockModel, repo: Path
) -> None:
    with pytest.raises(InvalidArgumentError):
        ReviewTarget.base_branch(" ")
    mock_model.enqueue(responses.slow("{}", delay=30.0))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(repo)))
        with pytest.raises(InvalidArgumentError):
            await session.review("uncommittedChanges")  # type: ignore[arg-type]
        with pytest.raises(PromptTimeoutError) as caught:
            await session.review(ReviewTarget.custom("Look slowly."), timeout=2.0)
        assert caught.value.timeout == 2.0
        assert [str(i.type) for i in caught.value.partial.items] == ["enteredReviewMode", "userMessage"]


def test_blocking_review(client_config: ClientConfig, mock_model: MockModel, repo: Path) -> None:
    mock_model.enqueue(responses.text(_verdict("Nothing to say.")), responses.text(_verdict("Still nothing.")))
    with blocking.Client(client_config) as client:
        session = client.start_session(SessionConfig(cwd=str(repo)))
        result = session.review(ReviewTarget.custom("Anything?"))
        with session.review_stream(ReviewTarget.custom("Again?")) as stream:
            kinds = [event.kind for event in stream]
            streamed = ReviewResult.of(stream.finish())
    assert (result.target, result.text, result.findings) == ("Anything?", "Nothing to say.", [])
    assert (kinds[-1], streamed.target, streamed.text) == ("turn_completed", "Again?", "Still nothing.")


async def test_a_streamed_review_yields_the_turns_events_and_its_result_reads_back_as_a_review(
    client_config: ClientConfig, mock_model: MockModel, repo: Path
) -> None:
    (repo / "loop.py").write_text("for i in range(9):\n    print(i)\n")
    mock_model.enqueue(responses.text(_review_json(repo / "loop.py")), responses.text("Welcome."))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(repo)))
        stream = await session.review_stream(ReviewTarget.uncommitted_changes())
        async with stream:
            kinds = [event.kind async for event in stream]
            review = ReviewResult.of(await stream.finish())  # after the last event: answered from it
        after = await session.ask("Thanks.")  # the stream released the session's turn lock
    assert kinds[0] == "item_started" and kinds[-1] == "turn_completed"
    assert (review.target, [f.title for f in review.findings]) == ("current changes", ["[P1] Off-by-one in the loop"])
    assert review.turn_id == stream.turn_id and after.turn_id != stream.turn_id
