"""A scripted stand-in for ``codex app-server`` (stdio), driven by the methods the test sends.

Every request is answered ``{"id", "result": {...}}`` after its action runs, so a test can wait on the reply
instead of sleeping. Actions (method -> what the child does):
  info            reply with argv, cwd, pid, pgid and selected env vars
  emit            write params["lines"] (str) verbatim to stdout, then reply
  flood           write params["count"] notification lines, then reply
  big_line        write one line of params["size"] bytes (valid JSON notification), then reply
  stderr_flood    write params["size"] bytes to stderr without a newline, then reply
  spawn_grandchild start a long-lived grandchild (same process group), reply with its pid
  exit            write params["stderr"] to stderr and exit with params["code"] (no reply)
  close_stdout    close stdout and keep running (no reply)
  hang            never reply
  pause_reading   reply, then stop reading stdin for params["seconds"] (to fill the pipe)
  count           reply with how many requests were read so far
With FAKE_CODEX_STUBBORN=1 the child ignores SIGTERM and stdin EOF (to test shutdown escalation).
"""

import json
import os
import signal
import subprocess
import sys
import time

out = sys.stdout.buffer
stubborn = os.environ.get("FAKE_CODEX_STUBBORN") == "1"
if stubborn:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def reply(request_id, result):
    out.write(json.dumps({"id": request_id, "result": result}).encode() + b"\n")
    out.flush()


seen = 0
for raw in sys.stdin.buffer:
    seen += 1
    message = json.loads(raw)
    method, params, rid = message.get("method"), message.get("params") or {}, message.get("id")
    if rid is None:
        continue
    if method == "info":
        env = {k: os.environ.get(k) for k in ("RUST_LOG", "FAKE_VAR", "PATH")}
        reply(rid, {"argv": sys.argv[1:], "cwd": os.getcwd(), "pid": os.getpid(), "pgid": os.getpgrp(), "env": env})
    elif method == "emit":
        out.write(params["lines"].encode("utf-8", "surrogateescape"))
        out.flush()
        reply(rid, {})
    elif method == "flood":
        line = b'{"method":"item/agentMessage/delta","params":{"delta":"hello world hello world"}}\n'
        out.write(line * params["count"])
        reply(rid, {})
    elif method == "big_line":
        pad = params["size"] - len(b'{"method":"big","params":{"x":""}}')
        out.write(b'{"method":"big","params":{"x":"' + b"x" * pad + b'"}}\n')
        reply(rid, {})
    elif method == "big_result":
        out.write(b'{"id":%d,"result":{"x":"' % rid + b"x" * params["size"] + b'"}}\n')
        out.flush()
    elif method == "stderr_flood":
        chunk = b"e" * (1 << 20)
        for _ in range(params["size"] // len(chunk)):
            sys.stderr.buffer.write(chunk)
        sys.stderr.buffer.write(b"END-OF-STDERR")
        sys.stderr.buffer.flush()
        reply(rid, {})
    elif method == "spawn_grandchild":
        child = subprocess.Popen(
            [sys.executable, "-c", "import time; time.sleep(300)"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        reply(rid, {"pid": child.pid})
    elif method == "exit":
        sys.stderr.write(params.get("stderr", ""))
        sys.stderr.flush()
        os._exit(params.get("code", 1))
    elif method == "close_stdout":
        out.flush()
        os.close(1)
    elif method == "hang":
        pass
    elif method == "pause_reading":
        reply(rid, {})
        time.sleep(params["seconds"])
    elif method == "count":
        reply(rid, {"seen": seen})
    else:
        out.write(json.dumps({"id": rid, "error": {"code": -32600, "message": f"unknown {method}"}}).encode() + b"\n")
        out.flush()

while stubborn:  # stdin closed: a stubborn child keeps running until killed
    time.sleep(60)
