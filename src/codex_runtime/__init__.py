"""codex_runtime: a Python runtime and SDK for ``codex app-server``.

Layers, simplest first: ``quick_run`` (one prompt) > ``Workflow`` > ``Client``/``Session`` > ``automation`` >
``AppServer`` (typed and raw JSON-RPC) > ``Runtime`` (live events, state, metrics). Blocking twins live in
``codex_runtime.sync``; the offline testing kit in ``codex_runtime.testing``.
"""

from typing import TYPE_CHECKING

from codex_runtime._lazy import lazy_exports
from codex_runtime._version import __version__ as __version__

# Every public name and the module that defines it; each is imported on first access, so `import codex_runtime`
# costs almost nothing and a one-shot script loads only what its path uses.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "codex_runtime.api.account": ("Account", "AccountStatus", "ChatgptLogin", "DeviceCodeLogin", "LoginFlow"),
    "codex_runtime.api.app_server": ("AppServer",),
    "codex_runtime.api.attachments": ("FileMention", "ImageUrl", "LocalImage", "Skill"),
    "codex_runtime.api.client": ("Client",),
    "codex_runtime.api.quick": ("quick_run", "quick_run_with_profile"),
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
    "codex_runtime.runtime.decisions": ("Decision",),
    "codex_runtime.runtime.handlers": ("Handler", "Reply"),
    "codex_runtime.runtime.hooks": (
        "ApprovalObserver",
        "FilteredPostHook",
        "FilteredPreHook",
        "HookAction",
        "HookContext",
        "HookMatcher",
        "HookPatch",
        "HookPhase",
        "HookReport",
        "Hooks",
        "PostHook",
        "PreHook",
    ),
    "codex_runtime.runtime.retries": ("RetryNotice",),
    "codex_runtime.runtime.runtime": ("Runtime",),
    "codex_runtime.runtime.pending": ("PendingServerRequest",),
    "codex_runtime.runtime.shell_hook": ("ShellCommandHook",),
    "codex_runtime.runtime.usage": ("TurnUsage",),
}
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

if TYPE_CHECKING:
    from codex_runtime.api.account import Account as Account
    from codex_runtime.api.account import AccountStatus as AccountStatus
    from codex_runtime.api.account import ChatgptLogin as ChatgptLogin
    from codex_runtime.api.account import DeviceCodeLogin as DeviceCodeLogin
    from codex_runtime.api.account import LoginFlow as LoginFlow
    from codex_runtime.api.app_server import AppServer as AppServer
    from codex_runtime.api.attachments import FileMention as FileMention
    from codex_runtime.api.attachments import ImageUrl as ImageUrl
    from codex_runtime.api.attachments import LocalImage as LocalImage
    from codex_runtime.api.attachments import Skill as Skill
    from codex_runtime.api.client import Client as Client
    from codex_runtime.api.config import CodexConfig as CodexConfig
    from codex_runtime.api.config import ConfigEdit as ConfigEdit
    from codex_runtime.api.images import ImageOutput as ImageOutput
    from codex_runtime.api.mcp import Mcp as Mcp
    from codex_runtime.api.mcp import McpOauthLogin as McpOauthLogin
    from codex_runtime.api.mcp import accept_elicitation as accept_elicitation
    from codex_runtime.api.mcp import is_tool_call_approval as is_tool_call_approval
    from codex_runtime.api.mcp_servers import McpServer as McpServer
    from codex_runtime.api.profiles import ClientConfig as ClientConfig
    from codex_runtime.api.profiles import PromptRunParams as PromptRunParams
    from codex_runtime.api.profiles import RunProfile as RunProfile
    from codex_runtime.api.profiles import SessionConfig as SessionConfig
    from codex_runtime.api.prompt_run import PromptRunStream as PromptRunStream
    from codex_runtime.api.quick import quick_run as quick_run
    from codex_runtime.api.quick import quick_run_with_profile as quick_run_with_profile
    from codex_runtime.api.results import PromptRunEvent as PromptRunEvent
    from codex_runtime.api.results import PromptRunResult as PromptRunResult
    from codex_runtime.api.review import ReviewFinding as ReviewFinding
    from codex_runtime.api.review import ReviewResult as ReviewResult
    from codex_runtime.api.review import ReviewTarget as ReviewTarget
    from codex_runtime.api.session import Session as Session
    from codex_runtime.api.tools import Tool as Tool
    from codex_runtime.api.tools import tool as tool
    from codex_runtime.api.user_input import user_input_answers as user_input_answers
    from codex_runtime.api.workflow import Workflow as Workflow
    from codex_runtime.api.workflow import WorkflowConfig as WorkflowConfig
    from codex_runtime.automation import AutomationHandle as AutomationHandle
    from codex_runtime.automation import AutomationSpec as AutomationSpec
    from codex_runtime.automation import AutomationStatus as AutomationStatus
    from codex_runtime.automation import RetryPolicy as RetryPolicy
    from codex_runtime.cli_bin import ResolvedCodexBinary as ResolvedCodexBinary
    from codex_runtime.cli_bin import resolve_codex_binary as resolve_codex_binary
    from codex_runtime.errors import AppServerRestartedError as AppServerRestartedError
    from codex_runtime.errors import AttachmentNotFoundError as AttachmentNotFoundError
    from codex_runtime.errors import AuthenticationRequiredError as AuthenticationRequiredError
    from codex_runtime.errors import BlockedByHookError as BlockedByHookError
    from codex_runtime.errors import CodexBinaryNotFoundError as CodexBinaryNotFoundError
    from codex_runtime.errors import CodexRuntimeError as CodexRuntimeError
    from codex_runtime.errors import ConnectionClosedError as ConnectionClosedError
    from codex_runtime.errors import ExperimentalApiRequiredError as ExperimentalApiRequiredError
    from codex_runtime.errors import FailureKind as FailureKind
    from codex_runtime.errors import IncompatibleCodexVersionError as IncompatibleCodexVersionError
    from codex_runtime.errors import InvalidArgumentError as InvalidArgumentError
    from codex_runtime.errors import InvalidPolicyError as InvalidPolicyError
    from codex_runtime.errors import InvalidRequestError as InvalidRequestError
    from codex_runtime.errors import InvalidServerResponseError as InvalidServerResponseError
    from codex_runtime.errors import InvalidWorkspaceError as InvalidWorkspaceError
    from codex_runtime.errors import LoginFailedError as LoginFailedError
    from codex_runtime.errors import McpServerStartupError as McpServerStartupError
    from codex_runtime.errors import MethodNotFoundError as MethodNotFoundError
    from codex_runtime.errors import NotConnectedError as NotConnectedError
    from codex_runtime.errors import OutputParseError as OutputParseError
    from codex_runtime.errors import PrivilegedEscalationError as PrivilegedEscalationError
    from codex_runtime.errors import ProcessExitedError as ProcessExitedError
    from codex_runtime.errors import PromptRunError as PromptRunError
    from codex_runtime.errors import PromptTimeoutError as PromptTimeoutError
    from codex_runtime.errors import RestartPolicyExhaustedError as RestartPolicyExhaustedError
    from codex_runtime.errors import RpcError as RpcError
    from codex_runtime.errors import RpcTimeoutError as RpcTimeoutError
    from codex_runtime.errors import ServerOverloadedError as ServerOverloadedError
    from codex_runtime.errors import ServerRequestAlreadyAnsweredError as ServerRequestAlreadyAnsweredError
    from codex_runtime.errors import SessionClosedError as SessionClosedError
    from codex_runtime.errors import TransportError as TransportError
    from codex_runtime.errors import TurnFailedError as TurnFailedError
    from codex_runtime.errors import TurnFailure as TurnFailure
    from codex_runtime.errors import TurnInterruptedError as TurnInterruptedError
    from codex_runtime.errors import UnsupportedByServerError as UnsupportedByServerError
    from codex_runtime.errors import UnsupportedPlatformError as UnsupportedPlatformError
    from codex_runtime.errors import UsageError as UsageError
    from codex_runtime.errors import WrongThreadError as WrongThreadError
    from codex_runtime.runtime.approval_presets import allow_if as allow_if
    from codex_runtime.runtime.approval_presets import approve_all as approve_all
    from codex_runtime.runtime.approval_presets import decline_all as decline_all
    from codex_runtime.runtime.decisions import Decision as Decision
    from codex_runtime.runtime.handlers import Handler as Handler
    from codex_runtime.runtime.handlers import Reply as Reply
    from codex_runtime.runtime.hooks import ApprovalObserver as ApprovalObserver
    from codex_runtime.runtime.hooks import FilteredPostHook as FilteredPostHook
    from codex_runtime.runtime.hooks import FilteredPreHook as FilteredPreHook
    from codex_runtime.runtime.hooks import HookAction as HookAction
    from codex_runtime.runtime.hooks import HookContext as HookContext
    from codex_runtime.runtime.hooks import HookMatcher as HookMatcher
    from codex_runtime.runtime.hooks import HookPatch as HookPatch
    from codex_runtime.runtime.hooks import HookPhase as HookPhase
    from codex_runtime.runtime.hooks import HookReport as HookReport
    from codex_runtime.runtime.hooks import Hooks as Hooks
    from codex_runtime.runtime.hooks import PostHook as PostHook
    from codex_runtime.runtime.hooks import PreHook as PreHook
    from codex_runtime.runtime.pending import PendingServerRequest as PendingServerRequest
    from codex_runtime.runtime.restart import RestartPolicy as RestartPolicy
    from codex_runtime.runtime.retries import RetryNotice as RetryNotice
    from codex_runtime.runtime.runtime import Runtime as Runtime
    from codex_runtime.runtime.shell_hook import ShellCommandHook as ShellCommandHook
    from codex_runtime.runtime.subagents import Subagent as Subagent
    from codex_runtime.runtime.usage import TurnUsage as TurnUsage

# A literal list: documentation tools (griffe, for the reference pages) and IDEs read `__all__` without importing
# the package; tests/test_import_cost.py checks it names exactly the table's exports.
__all__ = [
    "__version__",
    "Account",
    "AccountStatus",
    "ChatgptLogin",
    "DeviceCodeLogin",
    "LoginFlow",
    "AppServer",
    "FileMention",
    "ImageUrl",
    "LocalImage",
    "Skill",
    "Client",
    "quick_run",
    "quick_run_with_profile",
    "CodexConfig",
    "ConfigEdit",
    "ImageOutput",
    "Mcp",
    "McpOauthLogin",
    "accept_elicitation",
    "is_tool_call_approval",
    "McpServer",
    "ClientConfig",
    "PromptRunParams",
    "RunProfile",
    "SessionConfig",
    "PromptRunStream",
    "PromptRunEvent",
    "PromptRunResult",
    "ReviewFinding",
    "ReviewResult",
    "ReviewTarget",
    "Session",
    "Tool",
    "tool",
    "user_input_answers",
    "Workflow",
    "WorkflowConfig",
    "AutomationHandle",
    "AutomationSpec",
    "AutomationStatus",
    "RetryPolicy",
    "ResolvedCodexBinary",
    "resolve_codex_binary",
    "RestartPolicy",
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
    "Subagent",
    "allow_if",
    "approve_all",
    "decline_all",
    "Decision",
    "Handler",
    "Reply",
    "ApprovalObserver",
    "FilteredPostHook",
    "FilteredPreHook",
    "HookAction",
    "HookContext",
    "HookMatcher",
    "HookPatch",
    "HookPhase",
    "HookReport",
    "Hooks",
    "PostHook",
    "PreHook",
    "RetryNotice",
    "Runtime",
    "PendingServerRequest",
    "ShellCommandHook",
    "TurnUsage",
]
