"""JSON-RPC over a :class:`~codex_runtime.transport.Transport`: ids, pending calls, deadlines, routing.

Knows: JSON-RPC envelopes (requests, notifications, responses, errors), request ids, timeouts, and bounded
delivery of inbound notifications and server requests. Speaks ``str`` methods and ``dict`` payloads only.
Must not know: codex methods or types (nothing from ``protocol``/``runtime``), approval policy, or what a
notification means. User code never runs on the reader: it hands messages to cheap sinks and bounded buffers.
"""

from codex_runtime.rpc.calls import RequestId
from codex_runtime.rpc.codec import encode_message
from codex_runtime.rpc.connection import CloseSink, RpcConnection
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
