"""codex_runtime: a Python runtime and SDK for ``codex app-server``.

Layers, simplest first: ``quick_run`` (one prompt) > ``Workflow`` > ``Client``/``Session`` > ``automation`` >
``AppServer`` (typed and raw JSON-RPC) > ``Runtime`` (live events, state, metrics). Blocking twins live in
``codex_runtime.sync``; the offline testing kit in ``codex_runtime.testing``.
"""

from codex_runtime._version import __version__
from codex_runtime.api.account import Account, AccountStatus, ChatgptLogin, DeviceCodeLogin, LoginFlow
from codex_runtime.api.app_server import AppServer
from codex_runtime.api.attachments import FileMention, ImageUrl, LocalImage, Skill
from codex_runtime.api.client import Client, quick_run, quick_run_with_profile
from codex_runtime.api.profiles import ClientConfig, PromptRunParams, RunProfile, SessionConfig
from codex_runtime.api.prompt_run import PromptRunStream
from codex_runtime.api.results import PromptRunEvent, PromptRunResult
from codex_runtime.api.session import Session
from codex_runtime.api.tools import Tool, tool
from codex_runtime.api.workflow import Workflow, WorkflowConfig
from codex_runtime.automation import AutomationHandle, AutomationSpec, AutomationStatus, RetryPolicy
from codex_runtime.cli_bin import ResolvedCodexBinary, resolve_codex_binary
from codex_runtime.errors import (
    AttachmentNotFoundError,
    AuthenticationRequiredError,
    BlockedByHookError,
    CodexBinaryNotFoundError,
    CodexRuntimeError,
    ConnectionClosedError,
    FailureKind,
    IncompatibleCodexVersionError,
    InvalidPolicyError,
    InvalidRequestError,
    InvalidServerResponseError,
    InvalidWorkspaceError,
    LoginFailedError,
    MethodNotFoundError,
    OutputParseError,
    PrivilegedEscalationError,
    ProcessExitedError,
    PromptRunError,
    PromptTimeoutError,
    RpcError,
    RpcTimeoutError,
    ServerOverloadedError,
    ServerRequestAlreadyAnsweredError,
    SessionClosedError,
    TransportError,
    TurnFailedError,
    TurnFailure,
    TurnInterruptedError,
    UnsupportedByServerError,
    UsageError,
)
from codex_runtime.runtime.approval_presets import allow_if, approve_all, decline_all
from codex_runtime.runtime.hooks import (
    FilteredPostHook,
    FilteredPreHook,
    HookAction,
    HookContext,
    HookMatcher,
    HookPatch,
    HookPhase,
    HookReport,
    Hooks,
)
from codex_runtime.runtime.runtime import Runtime
from codex_runtime.runtime.server_requests import PendingServerRequest
from codex_runtime.runtime.shell_hook import ShellCommandHook

__all__ = [
    "FilteredPostHook",
    "FilteredPreHook",
    "HookAction",
    "HookContext",
    "HookMatcher",
    "HookPatch",
    "HookPhase",
    "HookReport",
    "Hooks",
    "ShellCommandHook",
    "AutomationHandle",
    "AutomationSpec",
    "AutomationStatus",
    "RetryPolicy",
    "Tool",
    "allow_if",
    "approve_all",
    "decline_all",
    "tool",
    "AppServer",
    "Client",
    "ClientConfig",
    "FileMention",
    "ImageUrl",
    "InvalidServerResponseError",
    "LocalImage",
    "OutputParseError",
    "PendingServerRequest",
    "PromptRunEvent",
    "PromptRunParams",
    "PromptRunResult",
    "PromptRunStream",
    "RunProfile",
    "Runtime",
    "ServerRequestAlreadyAnsweredError",
    "Session",
    "SessionConfig",
    "Skill",
    "Workflow",
    "WorkflowConfig",
    "quick_run",
    "quick_run_with_profile",
    "Account",
    "AccountStatus",
    "AttachmentNotFoundError",
    "AuthenticationRequiredError",
    "BlockedByHookError",
    "ChatgptLogin",
    "DeviceCodeLogin",
    "LoginFailedError",
    "LoginFlow",
    "CodexBinaryNotFoundError",
    "CodexRuntimeError",
    "ConnectionClosedError",
    "FailureKind",
    "IncompatibleCodexVersionError",
    "InvalidPolicyError",
    "InvalidRequestError",
    "InvalidWorkspaceError",
    "MethodNotFoundError",
    "PrivilegedEscalationError",
    "ProcessExitedError",
    "PromptRunError",
    "PromptTimeoutError",
    "ResolvedCodexBinary",
    "RpcError",
    "RpcTimeoutError",
    "ServerOverloadedError",
    "SessionClosedError",
    "TransportError",
    "TurnFailedError",
    "TurnFailure",
    "TurnInterruptedError",
    "UsageError",
    "UnsupportedByServerError",
    "__version__",
    "resolve_codex_binary",
]
