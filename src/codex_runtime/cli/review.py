"""``codex-runtime review [--base BRANCH | --commit SHA | --instructions TEXT]``: a code review turn on a new
thread (the uncommitted changes by default), streamed like ``run`` (the review is codex's closing message), then
the number of findings.
"""

from __future__ import annotations

from typing import Any

import click

from codex_runtime.api.profiles import SessionConfig
from codex_runtime.api.results import TurnCompleted
from codex_runtime.api.review import ReviewResult, ReviewTarget
from codex_runtime.cli.errors import ExitCode
from codex_runtime.cli.options import CliState, pass_state, turn_options, turn_options_from
from codex_runtime.cli.render import TurnView
from codex_runtime.cli.runner import Interrupts, run_command
from codex_runtime.cli.turns import drive_on_new_thread, exit_code


@click.command("review")
@click.option("--base", metavar="BRANCH", help="Review the changes against BRANCH.")
@click.option("--commit", metavar="SHA", help="Review the changes one commit introduced.")
@click.option("--instructions", metavar="TEXT", help="A review request in your own words.")
@click.option("--fail-on-findings", is_flag=True, help="Exit 1 when the review has findings (for CI).")
@turn_options
@pass_state
def review_cmd(
    state: CliState,
    /,
    base: str | None,
    commit: str | None,
    instructions: str | None,
    fail_on_findings: bool,
    **kw: Any,
) -> int:
    """Review code changes with codex: the uncommitted changes (staged, unstaged, untracked) unless --base,
    --commit or --instructions says otherwise. The thread stays in CODEX_HOME."""
    chosen = [
        name for name, value in (("--base", base), ("--commit", commit), ("--instructions", instructions)) if value
    ]
    if len(chosen) > 1:
        raise click.UsageError(f"choose one of {', '.join(chosen)}")
    if base:
        target = ReviewTarget.base_branch(base)
    elif commit:
        target = ReviewTarget.commit(commit)
    elif instructions:
        target = ReviewTarget.custom(instructions)
    else:
        target = ReviewTarget.uncommitted_changes()
    config = turn_options_from(kw).session_config()
    return run_command(lambda interrupts: review_turn(state, config, target, interrupts, fail_on_findings))


async def review_turn(
    state: CliState, config: SessionConfig, target: ReviewTarget, interrupts: Interrupts, fail_on_findings: bool
) -> int:
    """Start codex, run one streamed review turn, print the review; the exit code."""
    terminal, driver = await drive_on_new_thread(
        state, config, lambda session: session.review_stream(target), interrupts
    )
    if not isinstance(terminal, TurnCompleted):
        return exit_code(terminal, driver)
    review = ReviewResult.of(terminal.result)
    _show(driver.view, review)
    return ExitCode.RUNTIME_ERROR if fail_on_findings and review.findings else ExitCode.OK


def _show(view: TurnView, review: ReviewResult) -> None:
    # The review text itself was streamed with the turn (codex's closing message): only the tally is new.
    view.note(f"review of {review.target or 'the changes'}: {len(review.findings)} finding(s)")


__all__ = ["review_cmd", "review_turn"]
