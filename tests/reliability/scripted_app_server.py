"""A scripted stand-in for ``codex app-server`` (stdio) that speaks just enough of the protocol for a Session.

It answers ``initialize`` like codex 0.163.0, ``thread/start``, ``thread/archive`` and ``turn/interrupt``, and
plays one whole turn per ``turn/start`` (turn/started, an agentMessage item, its deltas, item/completed,
turn/completed) with the shapes the real binary uses. What the turn does is read from the prompt, a JSON object:

  pieces        list of delta strings (default ["scripted ", "answer"])
  flood         instead of pieces: this many deltas "000000,", "000001,", ... written as fast as possible
  garbage       kinds written as their own lines halfway through the deltas: "not_json", "invalid_utf8",
                "big_line" (a 50 MB line that is not JSON), "unknown_id" (a response nobody asked for),
                "duplicate" (the turn/start response again)
  stderr_bytes  this many bytes written to stderr in 1 MiB chunks without a newline, spread over the deltas

So every test waits on the turn's own completion, never on a timer.
"""

import json
import sys
from collections.abc import Callable
from typing import Any

out = sys.stdout.buffer
err = sys.stderr.buffer
BIG_LINE = 50 * 1024 * 1024
MIB = 1024 * 1024


def write(message: dict[str, Any]) -> None:
    out.write(json.dumps(message, separators=(",", ":")).encode() + b"\n")


def reply(request_id: Any, result: Any) -> None:
    write({"id": request_id, "result": result})
    out.flush()


def garbage(kind: str, turn_start_reply: bytes) -> None:
    if kind == "not_json":
        out.write(b"this is not json {\n")
    elif kind == "invalid_utf8":
        out.write(b'{"method":"x","params":{"s":"\xff\xfe\xc3\x28"}}\n')
    elif kind == "big_line":
        chunk = b"z" * MIB
        out.write(b'{"method":"huge","params":{"blob":"')
        for _ in range(BIG_LINE // MIB):
            out.write(chunk)
        out.write(b"\n")  # never closed: a 50 MB line that is not JSON
    elif kind == "unknown_id":
        write({"id": 987654321, "result": {"stray": True}})
    elif kind == "duplicate":
        out.write(turn_start_reply)
    else:
        raise ValueError(kind)
    out.flush()


def play_turn(request_id: Any, params: dict[str, Any], counter: int) -> None:
    thread_id = params["threadId"]
    turn_id = f"turn-{counter}"
    item_id = f"msg-{counter}"
    texts = [part.get("text", "") for part in params.get("input", []) if isinstance(part, dict)]
    try:
        decoded = json.loads(texts[-1]) if texts else {}
    except ValueError:
        decoded = {}
    plan: dict[str, Any] = decoded if isinstance(decoded, dict) else {}
    turn: dict[str, Any] = {"id": turn_id, "items": [], "status": "inProgress", "error": None}
    turn_start_reply = json.dumps({"id": request_id, "result": {"turn": turn}}).encode() + b"\n"
    out.write(turn_start_reply)
    out.flush()
    ids = {"threadId": thread_id, "turnId": turn_id}
    write({"method": "turn/started", "params": {"threadId": thread_id, "turn": turn}})
    item: dict[str, Any] = {"type": "agentMessage", "id": item_id, "text": "", "phase": None}
    write({"method": "item/started", "params": {"item": item, **ids}})

    count = plan["flood"] if "flood" in plan else len(plan.get("pieces", ["scripted ", "answer"]))
    pieces = plan.get("pieces", ["scripted ", "answer"])
    piece: Callable[[int], str] = (lambda n: f"{n:06d},") if "flood" in plan else (lambda n: str(pieces[n]))
    prefix = json.dumps({"method": "item/agentMessage/delta", "params": {**ids, "itemId": item_id, "delta": ""}})
    head, tail = prefix.encode().rsplit(b'""', 1)
    stderr_left = int(plan.get("stderr_bytes", 0))
    stderr_every = max(1, count // max(1, stderr_left // MIB)) if stderr_left else 0
    text: list[str] = []
    batch: list[bytes] = []
    for n in range(count):
        delta = piece(n)
        text.append(delta)
        batch.append(head + json.dumps(delta).encode() + tail + b"\n")
        if len(batch) >= 512:
            out.write(b"".join(batch))
            batch.clear()
        if n == count // 2:
            out.write(b"".join(batch))
            batch.clear()
            for kind in plan.get("garbage", []):
                garbage(kind, turn_start_reply)
        if stderr_left and n % stderr_every == 0:
            out.write(b"".join(batch))
            batch.clear()
            out.flush()
            size = min(MIB, stderr_left)
            err.write(b"e" * size)  # no newline: blocks here if the client does not drain stderr
            err.flush()
            stderr_left -= size
    out.write(b"".join(batch))
    while stderr_left:
        size = min(MIB, stderr_left)
        err.write(b"e" * size)
        err.flush()
        stderr_left -= size
    done = {**item, "text": "".join(text)}
    write({"method": "item/completed", "params": {"item": done, **ids}})
    write(
        {
            "method": "turn/completed",
            "params": {"threadId": thread_id, "turn": {**turn, "status": "completed", "items": [done]}},
        }
    )
    out.flush()


def main() -> None:
    turns = 0
    for raw in sys.stdin.buffer:
        message = json.loads(raw)
        method, params, request_id = message.get("method"), message.get("params") or {}, message.get("id")
        if request_id is None:
            continue
        if method == "initialize":
            name = params.get("clientInfo", {}).get("name", "client")
            reply(request_id, {"userAgent": f"{name}/0.163.0 (Scripted; x86_64) scripted", "codexHome": "/nowhere"})
        elif method == "thread/start":
            reply(request_id, {"thread": {"id": f"thread-{request_id}"}})
        elif method == "turn/start":
            turns += 1
            play_turn(request_id, params, turns)
        elif method in ("thread/archive", "turn/interrupt"):
            reply(request_id, {})
        else:
            write(
                {"id": request_id, "error": {"code": -32600, "message": f"Invalid request: unknown variant `{method}`"}}
            )
            out.flush()


main()
