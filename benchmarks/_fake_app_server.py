"""A scripted stand-in for ``codex app-server --listen stdio://`` that replays turns as fast as the pipe allows.

Standalone on purpose (stdlib only, no codex_runtime import): it starts in ~20 ms and costs the client nothing.
Every message shape below was captured from the real codex-cli 0.163.0 (MockModel, one text turn), so typed
clients (ours and the official SDK's pydantic models) accept it. Request ids are echoed verbatim (the official
SDK uses uuid strings).

Per turn/start it writes: the turn/start response, thread/status/changed (active), turn/started, item/started +
item/completed (userMessage), item/started (agentMessage), ``BENCH_FAKE_DELTAS`` item/agentMessage/delta (text
``BENCH_FAKE_DELTA``), item/completed (agentMessage, full text), thread/tokenUsage/updated,
account/rateLimits/updated, thread/readState/changed, thread/status/changed (idle), turn/completed (with the full
text in its items summary, as the real server does). Deltas are pre-encoded once and written in ~256 KiB blocks.

Environment: BENCH_FAKE_DELTAS (default 200000), BENCH_FAKE_DELTA (default " hello"),
BENCH_FAKE_ECHO=1 (answer "echo: <prompt>" as word deltas instead of the flood). A turn whose prompt is exactly
"warmup" streams only 10 deltas (clients warm up lazy imports and caches before the timed turn).
"""

import json
import os
import sys
import time
import uuid

OUT = sys.stdout.buffer
DELTAS = int(os.environ.get("BENCH_FAKE_DELTAS", "200000"))
DELTA = os.environ.get("BENCH_FAKE_DELTA", " hello")
ECHO = os.environ.get("BENCH_FAKE_ECHO") == "1"
WARMUP_DELTAS = 10
VERSION = "0.163.0"
_dumps = json.JSONEncoder(separators=(",", ":")).encode


def now_ms():
    return int(time.time() * 1000)


def line(message):
    return _dumps(message).encode() + b"\n"


def note(method, params):
    return line({"method": method, "params": params, "emittedAtMs": now_ms()})


def thread_object(thread_id, cwd):
    created = int(time.time())
    return {
        "id": thread_id,
        "environments": [{"environmentId": "local", "cwd": cwd, "runtimeWorkspaceRoots": [cwd]}],
        "extra": None,
        "sessionId": thread_id,
        "forkedFromId": None,
        "parentThreadId": None,
        "preview": "",
        "ephemeral": False,
        "section": None,
        "sectionEnteredAt": None,
        "projectId": None,
        "historyMode": "paginated",
        "modelProvider": "mock",
        "model": "mock-model",
        "reasoningEffort": None,
        "createdAt": created,
        "updatedAt": created,
        "recencyAt": created,
        "status": {"type": "idle"},
        "path": f"/nonexistent/sessions/rollout-{thread_id}.jsonl",
        "cwd": cwd,
        "cliVersion": VERSION,
        "originator": "bench",
        "source": "vscode",
        "canAcceptDirectInput": True,
        "threadSource": None,
        "agentNickname": None,
        "agentRole": None,
        "gitInfo": None,
        "name": None,
        "daybreakEnabled": None,
        "turns": [],
    }


def turn_object(turn_id, status="inProgress", items=(), started=None, completed=None, duration=None):
    return {
        "id": turn_id,
        "rootTurnId": turn_id,
        "items": list(items),
        "itemsView": "summary" if items else "notLoaded",
        "status": status,
        "error": None,
        "startedAt": started,
        "completedAt": completed,
        "durationMs": duration,
    }


def agent_item(item_id, text):
    return {
        "type": "agentMessage",
        "id": item_id,
        "text": text,
        "phase": None,
        "memoryCitation": None,
        "delivery": None,
        "questions": None,
    }


USAGE = {"totalTokens": 15, "inputTokens": 10, "cachedInputTokens": 0, "cacheWriteInputTokens": 0}
USAGE = {**USAGE, "outputTokens": 5, "reasoningOutputTokens": 0}
RATE_LIMITS = {
    "limitId": "codex",
    "limitName": None,
    "normalModelSlug": None,
    "primary": None,
    "secondary": None,
    "credits": None,
    "individualLimit": None,
    "spendControlReached": None,
    "planType": None,
    "rateLimitReachedType": None,
}


class Server:
    def __init__(self):
        self.threads = {}
        self.turns = 0

    def initialize(self, rid, params):
        name = str(((params or {}).get("clientInfo") or {}).get("name") or "client")
        result = {
            "userAgent": f"{name}/{VERSION} (Debian 12.0.0; x86_64) xterm ({name}; 0)",
            "codexHome": os.environ.get("CODEX_HOME", "/nonexistent/codex-home"),
            "platformFamily": "unix",
            "platformOs": "linux",
        }
        OUT.write(line({"id": rid, "result": result}))

    def thread_start(self, rid, params):
        thread_id = str(uuid.uuid4())
        cwd = str(params.get("cwd") or os.getcwd())
        self.threads[thread_id] = cwd
        thread = thread_object(thread_id, cwd)
        result = {
            "thread": thread,
            "model": "mock-model",
            "modelProvider": "mock",
            "serviceTier": None,
            "disabledPluginIds": [],
            "cwd": cwd,
            "runtimeWorkspaceRoots": [cwd],
            "instructionSources": [],
            "approvalPolicy": params.get("approvalPolicy") or "never",
            "approvalsReviewer": "user",
            "sandbox": {"type": "readOnly", "networkAccess": False},
            "activePermissionProfile": None,
            "reasoningEffort": None,
            "multiAgentMode": "explicitRequestOnly",
        }
        OUT.write(line({"id": rid, "result": result}) + note("thread/started", {"thread": thread}))

    def turn_start(self, rid, params):
        thread_id = params["threadId"]
        turn_id = str(uuid.uuid4())
        self.turns += 1
        prompt = ""
        for part in params.get("input") or []:
            if isinstance(part, dict) and part.get("type") == "text":
                prompt += str(part.get("text", ""))
        started = int(time.time())
        t0 = time.monotonic()
        ids = {"threadId": thread_id, "turnId": turn_id}
        user_item = {
            "type": "userMessage",
            "id": str(uuid.uuid4()),
            "clientId": None,
            "content": [{"type": "text", "text": prompt, "text_elements": []}],
        }
        item_id = f"msg_bench_{self.turns}"
        head = [
            line({"id": rid, "result": {"turn": turn_object(turn_id)}}),
            note("thread/status/changed", {"threadId": thread_id, "status": {"type": "active", "activeFlags": []}}),
            note("turn/started", {"threadId": thread_id, "turn": turn_object(turn_id, started=started)}),
            note("item/started", {"item": user_item, **ids, "startedAtMs": now_ms()}),
            note("item/completed", {"item": user_item, **ids, "completedAtMs": now_ms()}),
            note("item/started", {"item": agent_item(item_id, ""), **ids, "startedAtMs": now_ms()}),
        ]
        OUT.write(b"".join(head))
        if ECHO:
            words = ("echo: " + prompt).split(" ")
            pieces = [words[0]] + [" " + w for w in words[1:]]
            text = "".join(pieces)
            OUT.write(b"".join(note("item/agentMessage/delta", {**ids, "itemId": item_id, "delta": p}) for p in pieces))
        else:
            count = WARMUP_DELTAS if prompt == "warmup" else DELTAS
            text = DELTA * count
            self.flood(note("item/agentMessage/delta", {**ids, "itemId": item_id, "delta": DELTA}), count)
        duration = int((time.monotonic() - t0) * 1000)
        final = agent_item(item_id, text)
        usage = {"total": USAGE, "last": USAGE, "modelContextWindow": 258400}
        read_state = {"firstUnread": {"type": "turn", "turnId": turn_id}, "revision": str(uuid.uuid4())}
        done = turn_object(turn_id, "completed", [final], started, int(time.time()), duration)
        tail = [
            note("item/completed", {"item": final, **ids, "completedAtMs": now_ms()}),
            note("thread/tokenUsage/updated", {**ids, "tokenUsage": usage}),
            note("account/rateLimits/updated", {"rateLimits": RATE_LIMITS}),
            note("thread/readState/changed", {"threadId": thread_id, "readState": read_state}),
            note("thread/status/changed", {"threadId": thread_id, "status": {"type": "idle"}}),
            note("turn/completed", {"threadId": thread_id, "turn": done}),
        ]
        OUT.write(b"".join(tail))

    @staticmethod
    def flood(encoded, count):
        per_block = max(1, (256 * 1024) // len(encoded))
        block = encoded * per_block
        full, rest = divmod(count, per_block)
        for _ in range(full):
            OUT.write(block)
        OUT.write(encoded * rest)

    def handle(self, message):
        method, rid = message.get("method"), message.get("id")
        if rid is None:
            return  # notifications (initialized) need no answer
        params = message.get("params") or {}
        if method == "initialize":
            self.initialize(rid, params)
        elif method == "thread/start":
            self.thread_start(rid, params)
        elif method == "turn/start":
            self.turn_start(rid, params)
        elif method in ("thread/archive", "turn/interrupt", "thread/unsubscribe"):
            OUT.write(line({"id": rid, "result": {}}))
            if method == "thread/archive":
                OUT.write(note("thread/archived", {"threadId": params.get("threadId")}))
        else:
            error = {"code": -32600, "message": f"Invalid request: unknown variant `{method}`"}
            OUT.write(line({"id": rid, "error": error}))
        OUT.flush()


def main():
    server = Server()
    for raw in sys.stdin.buffer:
        if raw.strip():
            server.handle(json.loads(raw))


if __name__ == "__main__":
    try:
        main()
    except (BrokenPipeError, KeyboardInterrupt):
        os._exit(0)
