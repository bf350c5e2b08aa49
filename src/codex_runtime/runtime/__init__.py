"""The runtime layer: codex concepts on top of the JSON-RPC connection.

Knows: threads, turns, items, server requests (approvals), hooks, the state projection and metrics.
Must not: import from ``codex_runtime.api`` or anything above it, or run user callbacks on the reader.
"""
