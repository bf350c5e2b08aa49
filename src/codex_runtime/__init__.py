"""codex_runtime: a Python runtime and SDK for ``codex app-server``.

Layers, simplest first: ``quick_run`` (one prompt) > ``Workflow`` > ``Client``/``Session`` > ``automation`` >
``AppServer`` (typed and raw JSON-RPC) > ``Runtime`` (live events, state, metrics). Blocking twins live in
``codex_runtime.sync``; the offline testing kit in ``codex_runtime.testing``.
"""

from typing import TYPE_CHECKING

from codex_runtime._lazy import lazy_exports
from codex_runtime._version import __version__

# Every public name and the module that defines it; each is imported on first access, so `import codex_runtime`
# costs almost nothing and a one-shot script loads only what its path uses.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "codex_runtime.api.account": ("Account", "AccountStatus", "ChatgptLogin", "DeviceCodeLogin", "LoginFlow"),
    "codex_runtime.api.app_server": ("AppServer",),
    "codex_runtime.api.attachments": ("FileMention", "ImageUrl", "LocalImage", "Skill"),
    "codex_runtime.api.client": ("Client", "quick_run", "quick_run_with_profile"),
    "codex_runtime.api.config": ("CodexConfig", "ConfigEdit"),
    "codex_runtime.api.images": ("ImageOutput",),
    "codex_runtime.api.mcp": ("Mcp", "McpOauthLogin", "accept_elicitation", "is_tool_call_approval"),
    "codex_runtime.api.mcp_servers": ("McpServer",),
    "codex_runtime.api.profiles": ("ClientConfig", "PromptRunParams", "RunProfile", "SessionConfig"),
    "codex_runtime.api.prompt_run": ("PromptRunStream",),
    "codex_runtime.api.results": ("PromptRunEvent", "PromptRunResult"),
    "codex_runtime.api.review": ("ReviewFinding", "ReviewResult", "ReviewTarget"),
    "codex_runtime.api.session": ("Session",),
    "codex_runtime.api.tools": ("Tool", "tool"),
    "codex_runtime.api.user_input": ("user_input_answers",),
    "codex_runtime.api.workflow": ("Workflow", "WorkflowConfig"),
    "codex_runtime.automation": ("AutomationHandle", "AutomationSpec", "AutomationStatus", "RetryPolicy"),
    "codex_runtime.cli_bin": ("ResolvedCodexBinary", "resolve_codex_binary"),
    "codex_runtime.runtime.restart": ("RestartPolicy",),
    "codex_runtime.errors": (
        "AppServerRestartedError",
        "AttachmentNotFoundError",
        "AuthenticationRequiredError",
        "BlockedByHookError",
        "CodexBinaryNotFoundError",
        "CodexRuntimeError",
        "ConnectionClosedError",
        "ExperimentalApiRequiredError",
        "FailureKind",
        "IncompatibleCodexVersionError",
        "InvalidArgumentError",
        "InvalidPolicyError",
        "InvalidRequestError",
        "InvalidServerResponseError",
        "InvalidWorkspaceError",
        "LoginFailedError",
        "McpServerStartupError",
        "MethodNotFoundError",
        "NotConnectedError",
        "OutputParseError",
        "PrivilegedEscalationError",
        "ProcessExitedError",
        "PromptRunError",
        "PromptTimeoutError",
        "RestartPolicyExhaustedError",
        "RpcError",
        "RpcTimeoutError",
        "ServerOverloadedError",
        "ServerRequestAlreadyAnsweredError",
        "SessionClosedError",
        "TransportError",
        "TurnFailedError",
        "TurnFailure",
        "TurnInterruptedError",
        "UnsupportedByServerError",
        "UnsupportedPlatformError",
        "UsageError",
        "WrongThreadError",
    ),
    "codex_runtime.runtime.subagents": ("Subagent",),
    "codex_runtime.runtime.approval_presets": ("allow_if", "approve_all", "decline_all"),
    "codex_runtime.runtime.hooks": (
        "FilteredPostHook",
        "FilteredPreHook",
        "HookAction",
        "HookContext",
        "HookMatcher",
        "HookPatch",
        "HookPhase",
        "HookReport",
        "Hooks",
    ),
    "codex_runtime.runtime.retries": ("RetryNotice",),
    "codex_runtime.runtime.runtime": ("Runtime",),
    "codex_runtime.runtime.server_requests": ("PendingServerRequest",),
    "codex_runtime.runtime.shell_hook": ("ShellCommandHook",),
    "codex_runtime.runtime.usage": ("TurnUsage",),
}
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

if TYPE_CHECKING:
    from codex_runtime.api.account import (
        Account,
        AccountStatus,
        ChatgptLogin,
        DeviceCodeLogin,
        LoginFlow,
    )
    from codex_runtime.api.app_server import AppServer
    from codex_runtime.api.attachments import (
        FileMention,
        ImageUrl,
        LocalImage,
        Skill,
    )
    from codex_runtime.api.client import (
        Client,
        quick_run,
        quick_run_with_profile,
    )
    from codex_runtime.api.config import CodexConfig, ConfigEdit
    from codex_runtime.api.images import ImageOutput
    from codex_runtime.api.mcp import Mcp, McpOauthLogin, accept_elicitation, is_tool_call_approval
    from codex_runtime.api.mcp_servers import McpServer
    from codex_runtime.api.profiles import (
        ClientConfig,
        PromptRunParams,
        RunProfile,
        SessionConfig,
    )
    from codex_runtime.api.prompt_run import PromptRunStream
    from codex_runtime.api.results import PromptRunEvent, PromptRunResult
    from codex_runtime.api.review import ReviewFinding, ReviewResult, ReviewTarget
    from codex_runtime.api.session import Session
    from codex_runtime.api.tools import Tool, tool
    from codex_runtime.api.user_input import user_input_answers
    from codex_runtime.api.workflow import Workflow, WorkflowConfig
    from codex_runtime.automation import (
        AutomationHandle,
        AutomationSpec,
        AutomationStatus,
        RetryPolicy,
    )
    from codex_runtime.cli_bin import (
        ResolvedCodexBinary,
        resolve_codex_binary,
    )
    from codex_runtime.errors import (
        AppServerRestartedError,
        AttachmentNotFoundError,
        AuthenticationRequiredError,
        BlockedByHookError,
        CodexBinaryNotFoundError,
        CodexRuntimeError,
        ConnectionClosedError,
        ExperimentalApiRequiredError,
        FailureKind,
        IncompatibleCodexVersionError,
        InvalidArgumentError,
        InvalidPolicyError,
        InvalidRequestError,
        InvalidServerResponseError,
        InvalidWorkspaceError,
        LoginFailedError,
        McpServerStartupError,
        MethodNotFoundError,
        NotConnectedError,
        OutputParseError,
        PrivilegedEscalationError,
        ProcessExitedError,
        PromptRunError,
        PromptTimeoutError,
        RestartPolicyExhaustedError,
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
        UnsupportedPlatformError,
        UsageError,
        WrongThreadError,
    )
    from codex_runtime.runtime.approval_presets import (
        allow_if,
        approve_all,
        decline_all,
    )
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
    from codex_runtime.runtime.restart import RestartPolicy
    from codex_runtime.runtime.retries import RetryNotice
    from codex_runtime.runtime.runtime import Runtime
    from codex_runtime.runtime.server_requests import PendingServerRequest
    from codex_runtime.runtime.shell_hook import ShellCommandHook
    from codex_runtime.runtime.subagents import Subagent
    from codex_runtime.runtime.usage import TurnUsage

__all__ = [
    "UnsupportedPlatformError",
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
    "RetryNotice",
    "Runtime",
    "TurnUsage",
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
    "CodexConfig",
    "ConfigEdit",
    "Mcp",
    "McpOauthLogin",
    "McpServer",
    "McpServerStartupError",
    "ImageOutput",
    "Subagent",
    "accept_elicitation",
    "is_tool_call_approval",
    "user_input_answers",
    "ReviewFinding",
    "ReviewResult",
    "ReviewTarget",
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
    "AppServerRestartedError",
    "RestartPolicy",
    "RestartPolicyExhaustedError",
    "ExperimentalApiRequiredError",
    "InvalidArgumentError",
    "NotConnectedError",
    "WrongThreadError",
]
