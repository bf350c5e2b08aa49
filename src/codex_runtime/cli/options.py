"""Options shared by several commands: the global ones (``--json``, ``--no-color``, ``--cli-bin``,
``--codex-home``, accepted before or after the command name), the turn options (``--cwd``, ``--model``, ...),
durations (``30s``, ``10m``, ``1h``), and how they become a :class:`ClientConfig` and a :class:`SessionConfig`.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, get_args

import click

from codex_runtime.api.profiles import ClientConfig, ReasoningEffort, SessionConfig, check_privileged_escalation
from codex_runtime.cli.console import make_console
from codex_runtime.errors import InvalidArgumentError

if TYPE_CHECKING:
    from rich.console import Console

F = TypeVar("F", bound=Callable[..., Any])
P = ParamSpec("P")
R = TypeVar("R")

SANDBOXES = ("read-only", "workspace-write", "danger-full-access")
APPROVAL_POLICIES = ("never", "on-request", "untrusted")
EFFORTS: tuple[str, ...] = get_args(ReasoningEffort)  # the profile's Literal is the one list

# --- durations ---------------------------------------------------------------------------------------------------

_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)", re.IGNORECASE)


def parse_duration(text: str) -> float:
    """Seconds in ``text``: ``"90"`` (seconds), ``"30s"``, ``"10m"``, ``"1h"``, ``"1h30m"``, ``"1.5m"``.

    Raises:
        ValueError: not a positive duration.
    """
    value = text.strip().lower()
    try:
        seconds = float(value)
    except ValueError:
        pos, seconds = 0, 0.0
        for match in _DURATION_PART.finditer(value):
            if value[pos : match.start()].strip():
                break  # something that is not a duration part sits before this match
            seconds += float(match[1]) * _UNITS[match[2].lower()]
            pos = match.end()
        if pos == 0 or value[pos:].strip():
            raise InvalidArgumentError(f"not a duration: {text!r} (use e.g. 30s, 10m, 1h, 1h30m)") from None
    if not seconds > 0 or seconds == float("inf"):
        raise InvalidArgumentError(f"a duration must be positive, got {text!r}")
    return seconds


def format_duration(seconds: float) -> str:
    """``600`` -> ``"10m"``, ``90`` -> ``"1m30s"``, ``1.5`` -> ``"1.5s"``."""
    if seconds < 60:
        return f"{seconds:g}s"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return "".join(f"{n}{unit}" for n, unit in ((hours, "h"), (minutes, "m"), (secs, "s")) if n)


def duration_callback(_ctx: click.Context, _param: click.Parameter, value: str | None) -> float | None:
    """Click callback turning a ``--timeout 10m``-style option into seconds (a usage error when it is not one)."""
    if value is None:
        return None
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


DURATION_OPTION: dict[str, Any] = {"metavar": "DURATION", "callback": duration_callback}
"""Keyword arguments for a duration option (a callback rather than a ParamType subclass: works on click 8.1+)."""

# --- global options ------------------------------------------------------------------------------------------


@dataclass
class CliState:
    """The global options, shared by the group and every command (``ctx.obj``)."""

    json: bool = False
    no_color: bool = False
    cli_bin: str | None = None
    codex_home: str | None = None
    mock: str | None = None
    """``--mock FILE``: a conversation file (or ``demo``) for a scripted model started for this command."""
    transcript: str | None = None
    """``--transcript FILE``: every JSON-RPC message of the command's connections appended to FILE."""
    _sink: Any = field(default=None, repr=False)
    _mock_home: str | None = field(default=None, repr=False)
    _resources: contextlib.ExitStack = field(default_factory=contextlib.ExitStack, repr=False)
    _consoles: dict[bool, Console] = field(default_factory=dict, repr=False)

    def console(self, *, stderr: bool = False) -> Console:
        """The stdout (or stderr) console, made once with the colour decision."""
        if stderr not in self._consoles:
            self._consoles[stderr] = make_console(stderr=stderr, no_color=self.no_color)
        return self._consoles[stderr]

    @property
    def codex_home_env(self) -> dict[str, str]:
        if self.mock is not None:
            return {"CODEX_HOME": self._start_mock()}
        return {"CODEX_HOME": self.codex_home} if self.codex_home else {}

    def _start_mock(self) -> str:
        """Start the ``--mock`` model once (stopped by :meth:`close`); its offline CODEX_HOME wins over
        ``--codex-home``."""
        if self._mock_home is None:
            from codex_runtime.cli.conversation import load_conversation
            from codex_runtime.cli.scripted import running_mock

            assert self.mock is not None
            mock = self._resources.enter_context(running_mock(load_conversation(self.mock), Path.cwd()))
            self._mock_home = str(mock.codex_home)
        return self._mock_home

    def close(self) -> None:
        """Stop what the options started (the ``--mock`` model, the ``--transcript`` file)."""
        self._resources.close()

    def observers(self) -> list[Any]:
        """The ``--transcript`` sink (opened once, closed by :meth:`close`), or nothing."""
        if self.transcript is None:
            return []
        if self._sink is None:
            from codex_runtime.sinks import JsonlTranscriptSink

            self._sink = self._resources.enter_context(JsonlTranscriptSink(self.transcript))
        return [self._sink]

    def client_config(self, **changes: Any) -> ClientConfig:
        """A ClientConfig with ``--cli-bin``, ``--codex-home`` and ``--transcript`` applied (``changes`` win)."""
        fields: dict[str, Any] = {
            "cli_bin": self.cli_bin,
            "process_env": self.codex_home_env,
            "observers": self.observers(),
        }
        fields.update(changes)
        return ClientConfig(**fields)


def _store(name: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> None:
        if value is None or value is False:
            return  # not given here: keep what the group (or the default) said
        state = ctx.ensure_object(CliState)
        if name == "codex_home":
            value = str(Path(value).expanduser().resolve())
        setattr(state, name, value)
        if name in ("mock", "transcript"):
            ctx.find_root().call_on_close(state.close)

    return callback


def _global_option(flag: str, *decls: str, **kwargs: Any) -> Callable[[F], F]:
    """A global option: its callback stores it on the :class:`CliState` field named as the option (``--cli-bin``:
    ``cli_bin``); the command never sees it as an argument, so it is accepted on the group and every command alike."""
    field = flag.removeprefix("--").replace("-", "_")
    return click.option(flag, *decls, expose_value=False, callback=_store(field), **kwargs)


def global_options(f: F) -> F:
    """``--json``, ``--no-color``, ``--cli-bin``, ``--codex-home``, ``--mock``, ``--transcript``: on the group and on
    every command."""
    decorators = [
        _global_option(
            "--json",
            "json_output",
            is_flag=True,
            default=None,
            help="Machine-readable output: JSON Lines, one object per event.",
        ),
        _global_option(
            "--no-color",
            is_flag=True,
            default=None,
            help="No colours or styles (also: NO_COLOR=1; off anyway when not a terminal).",
        ),
        _global_option(
            "--cli-bin",
            metavar="PATH",
            help="The codex binary to run (default: $CODEX_RUNTIME_CLI_BIN, the bundled one, then PATH).",
        ),
        _global_option(
            "--codex-home",
            metavar="DIR",
            type=click.Path(file_okay=False),
            help="CODEX_HOME for the codex process (config, login, threads). Default: $CODEX_HOME or ~/.codex.",
        ),
        _global_option(
            "--mock",
            metavar="FILE",
            help="Offline: answer with a scripted model from a conversation FILE (JSON/YAML; `demo`), no account.",
        ),
        _global_option(
            "--transcript",
            metavar="FILE",
            type=click.Path(dir_okay=False),
            help="Append every JSON-RPC message to FILE (JSON Lines, secrets redacted); show it with `replay FILE`.",
        ),
    ]
    for decorator in reversed(decorators):
        f = decorator(f)
    return f


_pass_state = click.make_pass_decorator(CliState, ensure=True)


def pass_state(command: Callable[Concatenate[CliState, P], R]) -> Callable[P, R]:
    """Makes ``command`` take the global options and receive the :class:`CliState` they fill as its first
    argument (click's ``make_pass_decorator``), so a command's own signature states only its own options::

        @click.command("logout")
        @pass_state
        def logout_cmd(state: CliState) -> int: ...
    """
    return global_options(_pass_state(command))


# --- turn options --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TurnOptions:
    """What ``run``, ``chat`` and ``automate`` accept about how turns run."""

    cwd: str
    model: str | None = None
    effort: str = "medium"
    sandbox: str | None = None
    approval: str | None = None
    timeout: float | None = None

    def session_config(self, **changes: Any) -> SessionConfig:
        """The SessionConfig for these options. An explicit writable ``--sandbox`` is the user's opt-in to
        privileged escalation; the approval policy must still allow asking (checked by the SDK).

        Raises:
            PrivilegedEscalationError: a writable sandbox with ``--approval never`` (nothing was sent).
        """
        fields: dict[str, Any] = {"cwd": self.cwd, "model": self.model, "effort": self.effort}
        if self.sandbox is not None:
            fields["sandbox"] = self.sandbox
            fields["allow_privileged_escalation"] = self.sandbox != "read-only"
        if self.approval is not None:
            fields["approval_policy"] = self.approval
        if self.timeout is not None:
            fields["timeout"] = self.timeout
        fields.update(changes)
        config = SessionConfig(**fields)
        check_privileged_escalation(config, config.cwd)
        return config


def turn_options(f: F) -> F:
    """``--cwd``, ``--model``, ``--effort``, ``--sandbox``, ``--approval``, ``--timeout``."""
    decorators = [
        click.option(
            "--cwd",
            type=click.Path(exists=True, file_okay=False, resolve_path=True),
            default=".",
            show_default=True,
            help="Working directory of the thread.",
        ),
        click.option("--model", "-m", help="Model to use (default: codex's configured model)."),
        click.option(
            "--effort",
            type=click.Choice(EFFORTS, case_sensitive=False),
            default="medium",
            show_default=True,
            help="Reasoning effort.",
        ),
        click.option(
            "--sandbox",
            type=click.Choice(SANDBOXES),
            help="Sandbox for commands [default: read-only]. A writable sandbox needs --approval other than never.",
        ),
        click.option(
            "--approval",
            type=click.Choice(APPROVAL_POLICIES),
            help="When codex asks before acting [default: never]. Asked on a terminal; declined otherwise.",
        ),
        click.option("--timeout", help="Deadline per turn, e.g. 90s, 10m [default: 120s].", **DURATION_OPTION),
    ]
    for decorator in reversed(decorators):
        f = decorator(f)
    return f


def turn_options_from(kwargs: dict[str, Any]) -> TurnOptions:
    """Pop the turn options out of a command's keyword arguments."""
    return TurnOptions(
        cwd=str(kwargs.pop("cwd")),
        model=kwargs.pop("model"),
        effort=str(kwargs.pop("effort")).lower(),
        sandbox=kwargs.pop("sandbox"),
        approval=kwargs.pop("approval"),
        timeout=kwargs.pop("timeout"),
    )


__all__ = [
    "APPROVAL_POLICIES",
    "DURATION_OPTION",
    "EFFORTS",
    "SANDBOXES",
    "CliState",
    "duration_callback",
    "TurnOptions",
    "format_duration",
    "global_options",
    "parse_duration",
    "pass_state",
    "turn_options",
    "turn_options_from",
]
