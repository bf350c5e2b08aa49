"""Mutation check of the safety-critical behaviours (run by ``make mutation``; not part of ``make test``).

Each curated mutant breaks one safety rule on purpose: it names a file under ``src/codex_runtime``, an exact code
fragment that must occur there exactly once, its replacement, and the tests that must then fail. Every mutant is
applied to a scratch copy of the tree (``src/``, ``tests/`` and the files pytest needs), its tests are run there, and
the kill rate is printed. A fragment that is missing or ambiguous is an ERROR, never a kill (a refactor moved the code:
update the fragment), and so is a mutant whose tests cannot even be collected; the script exits non-zero unless every
mutant was killed.

Usage: ``python scripts/mutation_check.py [--list] [--only NAME ...] [--keep]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("src", "tests", "pyproject.toml", "README.md")
MUTANT_TIMEOUT = 600.0
"""Seconds one mutant's tests may run (pytest's own per-test timeout fires long before)."""

SEC = "tests/security"
FAIL_CLOSED = f"{SEC}/test_fail_closed_answers.py"
SANDBOX = f"{SEC}/test_sandbox_policies.py"
PROFILES = f"{SEC}/test_profile_rules.py"
WORKSPACE = f"{SEC}/test_workspace_validation.py"
WIRE = f"{SEC}/test_safe_defaults_on_the_wire.py"
BOUNDARIES = f"{SEC}/test_turn_boundaries.py"
DEADLINE = f"{SEC}/test_absolute_deadline.py"
SSE = f"{SEC}/test_sse_resume.py"
WEB_PROPERTY = f"{SEC}/test_web_inputs_property.py"


@dataclass(frozen=True)
class Mutant:
    name: str
    path: str
    """Relative to ``src/codex_runtime``."""
    fragment: str
    replacement: str
    tests: tuple[str, ...]


MUTANTS: tuple[Mutant, ...] = (
    # --- fail-closed answers, per method -------------------------------------------------------------------------
    Mutant(
        "v2 approval decline becomes accept",
        "runtime/decisions.py",
        '"decline": "decline", "cancel": "cancel"}',
        '"decline": "accept", "cancel": "cancel"}',
        (FAIL_CLOSED,),
    ),
    Mutant(
        "legacy exec/patch decline becomes approved",
        "runtime/decisions.py",
        '"decline": {"denied": {"rejection": "declined by the client"}},',
        '"decline": "approved",',
        (FAIL_CLOSED,),
    ),
    Mutant(
        "MCP elicitation decline becomes accept",
        "runtime/decisions.py",
        'return {"action": decision}',
        'return {"action": "accept"}',
        (FAIL_CLOSED,),
    ),
    Mutant(
        "permissions decline grants the session scope",
        "runtime/decisions.py",
        'return {"permissions": {}, "scope": "turn"}  # grant nothing',
        'return {"permissions": {}, "scope": "session"}',
        (FAIL_CLOSED,),
    ),
    Mutant(
        "user input answered with {}",
        "runtime/decisions.py",
        'return {"answers": {}}',
        "return {}",
        (FAIL_CLOSED,),
    ),
    Mutant(
        "a declined tool call reports success",
        "runtime/decisions.py",
        '"success": False}',
        '"success": True}',
        (FAIL_CLOSED,),
    ),
    Mutant(
        "token refresh / attestation answered with {}",
        "runtime/decisions.py",
        'return ErrorAnswer(-32000, f"{method} declined by the client")',
        "return {}",
        (FAIL_CLOSED,),
    ),
    Mutant(
        "an unknown method answered with {}",
        "runtime/decisions.py",
        'return ErrorAnswer(-32601, f"method not handled by the client: {method}")',
        "return {}",
        (FAIL_CLOSED,),
    ),
    # --- the broker: deadlines, handler errors, overflow, hook blocks ---------------------------------------------
    Mutant(
        "an unanswered request is never declined",
        "runtime/server_requests.py",
        'self._spawn(self._answer_quietly(pending, fail_closed_answer(pending.method), "declined_by_deadline"))',
        "pass",
        (FAIL_CLOSED,),
    ),
    Mutant(
        "the server-request deadline is stretched 100x",
        "runtime/server_requests.py",
        "loop.call_later(self.timeout, self._expire, pending)",
        "loop.call_later(self.timeout * 100, self._expire, pending)",
        (FAIL_CLOSED,),
    ),
    Mutant(
        "a raising handler accepts",
        "runtime/server_requests.py",
        # the handler raised (the fragment's trailing `return` tells it from the invalid-answer branch)
        'await self._answer_quietly(pending, fail_closed_answer(pending.method), "handler_error")\n            return',
        'await self._answer_quietly(pending, {"decision": "accept"}, "handler_error")\n            return',
        (FAIL_CLOSED,),
    ),
    Mutant(
        "a full queue keeps the oldest request unanswered",
        "runtime/server_requests.py",
        'await self._answer_quietly(oldest, fail_closed_answer(oldest.method), "declined_overflow")',
        "pass",
        (FAIL_CLOSED,),
    ),
    Mutant(
        "a PRE_TOOL_USE block accepts instead of declining",
        "runtime/server_requests.py",
        'await self._answer_quietly(pending, fail_closed_answer(pending.method), "blocked_by_hook")',
        'await self._answer_quietly(pending, {"decision": "accept"}, "blocked_by_hook")',
        ("tests/e2e/test_hooks.py::test_pre_tool_use_block_declines_the_command_and_post_tool_use_sees_it",),
    ),
    # --- escalation and approval rules ------------------------------------------------------------------------------
    Mutant(
        "any read-only policy object counts as the default",
        "api/guards.py",
        'return dict(sandbox) in (DEFAULT_SANDBOX_POLICY, {**DEFAULT_SANDBOX_POLICY, "networkAccess": False})',
        'return dict(sandbox).get("type") == "readOnly"',
        (SANDBOX,),
    ),
    Mutant(
        "escalation allowed with approval policy never",
        "api/guards.py",
        'if profile.approval_policy == "never":\n        missing.append',
        "if False:\n        missing.append",
        (SANDBOX,),
    ),
    Mutant(
        "escalation allowed without the opt-in flag",
        "api/guards.py",
        "if not profile.allow_privileged_escalation:\n        missing.append",
        "if False:\n        missing.append",
        (SANDBOX,),
    ),
    Mutant(
        "escalation allowed without an explicit scope",
        "api/guards.py",
        "if not (cwd and cwd.strip()) and not profile.writable_roots:",
        "if False:",
        ("tests/api/test_profiles_attachments_schema.py",),
    ),
    Mutant(
        "unknown keys in a sandbox policy are accepted",
        "api/guards.py",
        'raise InvalidPolicyError(f"unknown keys {sorted(parsed.model_extra)} in a {kind} sandbox policy")',
        "pass",
        (SANDBOX,),
    ),
    Mutant(
        "a call may ask less than its session",
        "api/guards.py",
        "return _approval_rank(policy) < _approval_rank(than)",
        "return False",
        (PROFILES,),
    ),
    Mutant(
        "a call may widen its session's sandbox",
        "api/guards.py",
        "return mine != sandbox_policy(than.sandbox, than.writable_roots)",
        "return False",
        (PROFILES,),
    ),
    Mutant(
        "an inherited escalation opt-in counts as the call's own",
        "api/guards.py",
        'opted_in = "allow_privileged_escalation" in call.given_fields and call.allow_privileged_escalation',
        "opted_in = merged.allow_privileged_escalation",
        (PROFILES,),
    ),
    Mutant(
        "a per-call profile overrides every field, not only the given ones",
        "api/profiles.py",
        "return base.profile_as_run_profile().replace(**{name: mine[name] for name in self._given if name in mine})",
        "return self.profile_as_run_profile()",
        (PROFILES,),
    ),
    Mutant(
        "ask_with skips the loosening check",
        "api/session.py",
        "check_not_looser(profile, params, opted_in=params.allow_privileged_escalation)",
        "pass",
        (PROFILES,),
    ),
    # --- the child a one-shot starts before importing the client: never left running --------------------------------
    Mutant(
        "quick_run leaves the early child running when it fails before adopting it",
        "sync/_quick.py",
        "if early is not None and early.process.returncode is None:\n            early.abort()",
        "if early is not None and early.process.returncode is None:\n            pass",
        ("tests/sync/test_quick_early.py",),
    ),
    Mutant(
        "codex-runtime run leaves the early child running when its turn setup fails",
        "cli/run.py",
        "early.abort()  # only if nothing adopted and ended it",
        "pass  # only if nothing adopted and ended it",
        ("tests/cli/test_run_early.py",),
    ),
    Mutant(
        "aborting an early child signals a reaped pid's group",
        "runtime/handshake.py",
        "if self.process.poll() is None:  # not reaped yet",
        "if True:  # not reaped yet",
        ("tests/runtime/test_handshake.py",),
    ),
    Mutant(
        "aborting an early child leaves it running",
        "runtime/handshake.py",
        "if self.process.poll() is None:  # not reaped yet",
        "if False:  # not reaped yet",
        ("tests/runtime/test_handshake.py",),
    ),
    Mutant(
        "a failed or cancelled adoption leaves the child running",
        "transport/_child_pipes.py",
        "signal_group(process.pid, signal.SIGKILL)\n        process.wait()  # killed: returns at once",
        "pass",
        ("tests/transport/test_adopt_child.py",),
    ),
    Mutant(
        "an adopted request may carry any id",
        "rpc/connection.py",
        'if message.get("id") != self._calls.peek_id():',
        "if False:",
        ("tests/rpc/test_adopt_request.py",),
    ),
    Mutant(
        "a failed adoption leaves the early child running",
        "api/_connection.py",
        "except BaseException:\n        early.abort()\n        raise",
        "except BaseException:\n        raise",
        ("tests/api/test_connect_started.py",),
    ),
    # --- workspace --------------------------------------------------------------------------------------------------
    Mutant(
        "a file is accepted as a workspace",
        "api/guards.py",
        "if not stat.S_ISDIR(mode):",
        "if False:",
        (WORKSPACE,),
    ),
    Mutant(
        "a NUL in the web cwd reaches realpath (a 500)",
        "web/registry.py",
        'if cwd is not None and "\\x00" in cwd:',
        "if False:",
        (WORKSPACE,),
    ),
    # --- safe defaults, per message -----------------------------------------------------------------------------
    Mutant(
        "thread/start without the safe defaults",
        "api/thread_params.py",
        "params = thread_params(config, config.cwd)",
        'params = {"cwd": config.cwd}',
        (WIRE,),
    ),
    Mutant(
        "thread/resume without the safe defaults",
        "api/thread_params.py",
        'return {"threadId": thread_id, **thread_params(config, config.cwd, resume=True)}',
        'return {"threadId": thread_id, "cwd": config.cwd}',
        (WIRE,),
    ),
    Mutant(
        "turn/start without the approval policy",
        "api/turn_params.py",
        '"approvalPolicy": params.approval_policy,',
        "",
        (WIRE,),
    ),
    Mutant(
        "turn/start without the sandbox policy",
        "api/turn_params.py",
        '"sandboxPolicy": sandbox_policy(params.sandbox, params.writable_roots),',
        "",
        (WIRE,),
    ),
    Mutant(
        "turn/start without the effort",
        "api/turn_params.py",
        '"effort": params.effort,',
        "",
        (WIRE,),
    ),
    # --- deadlines --------------------------------------------------------------------------------------------------
    Mutant(
        "a request without a timeout waits forever",
        "rpc/connection.py",
        "limit = self._timeout if timeout is None else timeout",
        "limit = timeout",
        (BOUNDARIES,),
    ),
    Mutant(
        "the interrupt at a deadline may take 5 s",
        "api/turn_run.py",
        "if not await self.interrupt(INTERRUPT_GRACE):",
        "if not await self.interrupt():",
        (DEADLINE,),
    ),
    Mutant(
        "a server that ignores the interrupt stays healthy",
        "runtime/runtime.py",
        "if self.health_problem is None:\n            logger.warning",
        "if False:\n            logger.warning",
        (DEADLINE,),
    ),
    # --- turn boundaries and bounded buffers -----------------------------------------------------------------------
    Mutant(
        "a bound turn accepts another turn's events",
        "runtime/turn_tap.py",
        "if turn_id == self.turn_id:  # _accept, inlined",
        "if True:  # _accept, inlined",
        (BOUNDARIES,),
    ),
    Mutant(
        "binding keeps the early events of other turns",
        "runtime/turn_tap.py",
        "if early_turn_id == turn_id:\n                self._accept(method, params)",
        "if True:\n                self._accept(method, params)",
        (BOUNDARIES,),
    ),
    Mutant(
        "the stream buffer may drop the terminal event",
        "runtime/turn_tap.py",
        "if queued_method != TURN_COMPLETED:",
        "if True:",
        (BOUNDARIES,),
    ),
    Mutant(
        "stream drops are not counted",
        "runtime/turn_tap.py",
        "self.dropped += 1\n                        break",
        "break",
        (BOUNDARIES,),
    ),
    Mutant(
        "a closed tap's drops vanish from the metrics",
        "runtime/runtime.py",
        "self.stream_drops += tap.dropped",
        "pass",
        (BOUNDARIES,),
    ),
    # --- tenants, revisions, SSE, web input -------------------------------------------------------------------------
    Mutant(
        "another tenant's session is reachable",
        "web/registry.py",
        "if session is None or session.tenant != tenant:",
        "if session is None:",
        ("tests/web/test_tenants.py",),
    ),
    Mutant(
        "a stale revision overwrites the document",
        "artifact/store.py",
        "if current.revision != expected_revision:",
        "if False:",
        ("tests/artifact/test_store.py",),
    ),
    Mutant(
        "any Last-Event-ID text counts as canonical",
        "web/routes.py",
        'canonical = text.isascii() and text.isdigit() and (text == "0" or not text.startswith("0"))',
        "canonical = text.strip().lstrip('-').isdigit()",
        (SSE,),
    ),
    Mutant(
        "a resume point above the newest id is accepted",
        "web/routes.py",
        "if value > newest:",
        "if False:",
        (SSE,),
    ),
    Mutant(
        "pending approvals are not replayed before the resume point",
        "web/routes.py",
        "for pending in events.pinned_through(last):",
        "for pending in []:",
        (SSE,),
    ),
    Mutant(
        "FastAPI's default validation answer (echoes raw bytes: a 500)",
        "web/app.py",
        "app.add_exception_handler(RequestValidationError, on_invalid_request)",
        "pass",
        (WEB_PROPERTY,),
    ),
)


def copy_tree(target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", ".mypy_cache", ".hypothesis")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, target / name)


def run_tests(tree: Path, tests: tuple[str, ...]) -> tuple[int | None, float]:
    """pytest's exit code (None: the outer timeout), and the seconds it took."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    started = time.monotonic()
    try:
        completed = subprocess.run(
            command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=MUTANT_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return None, time.monotonic() - started
    return completed.returncode, time.monotonic() - started


def check(mutant: Mutant, tree: Path) -> tuple[str, str]:
    """(verdict, detail): KILLED, SURVIVED or ERROR."""
    target = tree / "src" / "codex_runtime" / mutant.path
    if not target.exists():
        return "ERROR", f"no file {mutant.path}"
    original = target.read_text()
    count = original.count(mutant.fragment)
    if count != 1:
        return "ERROR", f"fragment found {count} times in {mutant.path} (expected once): update the mutant"
    target.write_text(original.replace(mutant.fragment, mutant.replacement))
    try:
        code, seconds = run_tests(tree, mutant.tests)
    finally:
        target.write_text(original)
    if code is None:
        return "KILLED", f"tests timed out after {seconds:.0f}s"
    if code == 1:
        return "KILLED", f"tests failed ({seconds:.1f}s)"
    if code == 0:
        return "SURVIVED", f"tests passed ({seconds:.1f}s)"
    return "ERROR", f"pytest exit code {code} (collection or usage error, {seconds:.1f}s)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="list the mutants and exit")
    parser.add_argument("--only", nargs="*", default=None, help="run only mutants whose name contains one of these")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copy (its path is printed)")
    args = parser.parse_args(argv)
    mutants = [m for m in MUTANTS if args.only is None or any(part in m.name for part in args.only)]
    if args.list:
        for mutant in mutants:
            print(f"{mutant.name}  [{mutant.path}] -> {' '.join(mutant.tests)}")
        return 0
    tree = Path(tempfile.mkdtemp(prefix="codex-runtime-mutation-"))
    try:
        copy_tree(tree)
        baseline = tuple(sorted({test for mutant in mutants for test in mutant.tests}))
        code, seconds = run_tests(tree, baseline)
        if code != 0:
            print(f"baseline: the targeted tests fail without any mutant (exit {code}); fix them first")
            return 2
        print(f"baseline: {len(baseline)} test targets pass unmutated ({seconds:.0f}s); {len(mutants)} mutants")
        verdicts: dict[str, int] = {"KILLED": 0, "SURVIVED": 0, "ERROR": 0}
        for index, mutant in enumerate(mutants, 1):
            verdict, detail = check(mutant, tree)
            verdicts[verdict] += 1
            print(f"[{index:2}/{len(mutants)}] {verdict:8} {mutant.name}: {detail}", flush=True)
    finally:
        if args.keep:
            print(f"scratch copy kept at {tree}")
        else:
            shutil.rmtree(tree, ignore_errors=True)
    total = len(mutants)
    rate = 100.0 * verdicts["KILLED"] / total if total else 0.0
    print(
        f"kill rate: {verdicts['KILLED']}/{total} ({rate:.0f}%); "
        f"survived {verdicts['SURVIVED']}, errors {verdicts['ERROR']}"
    )
    return 0 if verdicts["KILLED"] == total else 1


if __name__ == "__main__":
    sys.exit(main())
