"""The friendly API: quick_run, Workflow, Client, Session, profiles, prompt runs, AppServer.

Knows: how a prompt becomes a turn and a result, with the safe defaults. Built only on ``codex_runtime.runtime``
and below; the blocking twins in ``codex_runtime.sync`` wrap it without duplicating its logic.
"""
