"""JSON-RPC over a :class:`~codex_runtime.transport.Transport`: ids, pending calls, deadlines, routing.

Knows: JSON-RPC envelopes (requests, notifications, responses, errors), request ids, timeouts, and bounded
delivery of inbound notifications and server requests. Speaks ``str`` methods and ``dict`` payloads only.
Must not know: codex methods or types (nothing from ``protocol``/``runtime``), approval policy, or what a
notification means. User code never runs on the reader: it hands messages to cheap sinks and bounded buffers.
"""

from typing import TYPE_CHECKING

from codex_runtime._lazy import lazy_exports

# Imported on first use: the codec alone is what a one-shot process needs before asyncio is imported (it writes
# ``initialize`` at spawn, see codex_runtime.runtime.handshake); the connection pulls in asyncio.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "codex_runtime.rpc.calls": ("RequestId",),
        "codex_runtime.rpc.encoding": ("encode_message",),
        "codex_runtime.rpc.connection": ("CloseSink", "RpcConnection"),
        "codex_runtime.rpc.inbound": ("NotificationSink",),
        "codex_runtime.rpc.server_requests": ("ServerRequest", "ServerRequestSink"),
        "codex_runtime.rpc.stats": ("RpcStats",),
        "codex_runtime.rpc.subscription": ("NotificationSubscription", "OverflowPolicy"),
    },
)

if TYPE_CHECKING:
    from codex_runtime.rpc.calls import RequestId
    from codex_runtime.rpc.connection import CloseSink, RpcConnection
    from codex_runtime.rpc.encoding import encode_message
    from codex_runtime.rpc.inbound import NotificationSink
    from codex_runtime.rpc.server_requests import ServerRequest, ServerRequestSink
    from codex_runtime.rpc.stats import RpcStats
    from codex_runtime.rpc.subscription import NotificationSubscription, OverflowPolicy

__all__ = [
    "CloseSink",
    "NotificationSink",
    "NotificationSubscription",
    "OverflowPolicy",
    "RequestId",
    "RpcConnection",
    "RpcStats",
    "ServerRequest",
    "ServerRequestSink",
    "encode_message",
]
