"""Runs code cells in one kernel over the Jupyter protocol and prints what came back, as JSON.

Used by the node:test suites in test/ (run with Debian's /usr/bin/python3, which has jupyter_client).
Reads {"kernel": NAME, "cwd": DIR, "cells": [CELL, ...], "timeout": SECONDS} on stdin; prints
{"kernel_info": REPLY_CONTENT, "cells": [RESULT, ...]}.

A CELL is the code itself, or an object with "code" and any of:
- "sleep_before": seconds to wait before sending it (so that what the previous cell left running happens
  while no cell runs);
- "interrupt_on_output": true to interrupt the kernel as soon as the cell sends its first output, then
  collect its reply as usual;
- "repeat": N to send the code N times at once, without waiting in between (a stream of cells).
A RESULT is {"reply": CONTENT, "messages": [{"msg_type", "content"}]}; for "repeat" it is a summary,
{"replies": {STATUS: COUNT}, "idle": COUNT, "streams": {NAME: COUNT}, "errors": [TEXT, ...]}.

Every cell runs even after a failed one: each waits for its own reply (and, after a failure, for tslab to
reset its queue) before the next is sent. A request that gets no reply or no idle status within the timeout
fails the whole session (the kernel died or lost a message).
"""
import json
import os
import sys
import time

from jupyter_client.manager import start_new_kernel


def collect(kc, msg_id, timeout, on_output=None):
    """The iopub messages of one request, up to its status: idle."""
    messages = []
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"no idle status for {msg_id} within {timeout} s")
        msg = kc.get_iopub_msg(timeout=remaining)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        if kind == "status":
            if msg["content"]["execution_state"] == "idle":
                return messages
            continue
        messages.append({"msg_type": kind, "content": msg["content"]})
        if on_output is not None:
            on_output()
            on_output = None


def shell_reply(kc, msg_id, timeout):
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    return reply


def run_cell(km, kc, cell, timeout):
    if cell.get("sleep_before"):
        time.sleep(cell["sleep_before"])
    msg_id = kc.execute(cell["code"], store_history=True, stop_on_error=False)
    on_output = km.interrupt_kernel if cell.get("interrupt_on_output") else None
    # The iopub messages first: an interrupt must follow the first output, which comes before the reply.
    messages = collect(kc, msg_id, timeout, on_output)
    reply = shell_reply(kc, msg_id, timeout)
    return {"reply": reply["content"], "messages": messages}


def run_stream(kc, cell, timeout):
    """Sends the cell `repeat` times at once and counts what comes back."""
    ids = [kc.execute(cell["code"], store_history=True, stop_on_error=False) for _ in range(cell["repeat"])]
    pending = set(ids)
    idle = 0
    streams = {}
    errors = []
    deadline = time.monotonic() + timeout
    while idle < len(ids):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"{len(ids) - idle} of {len(ids)} cells got no idle status within {timeout} s")
        try:
            msg = kc.get_iopub_msg(timeout=remaining)
        except Exception:
            raise TimeoutError(f"{len(ids) - idle} of {len(ids)} cells got no idle status within {timeout} s (streams: {streams})")
        if msg["parent_header"].get("msg_id") not in pending:
            continue
        kind = msg["msg_type"]
        if kind == "status" and msg["content"]["execution_state"] == "idle":
            idle += 1
        elif kind == "stream":
            name = msg["content"]["name"]
            streams[name] = streams.get(name, 0) + 1
            if name == "stderr" and len(errors) < 5:
                errors.append(msg["content"]["text"])
    replies = {}
    for _ in ids:
        reply = kc.get_shell_msg(timeout=max(1, deadline - time.monotonic()))
        if reply["parent_header"].get("msg_id") in pending:
            status = reply["content"].get("status")
            replies[status] = replies.get(status, 0) + 1
    return {"replies": replies, "idle": idle, "streams": streams, "errors": errors}


def main():
    # The kernel is a child process and inherits file descriptor 1: whatever it prints there (tfjs
    # notices, messages at shutdown) would land inside the JSON. Point fd 1 at stderr for everything
    # but the result, which goes to a private copy of the original stdout.
    result_out = os.fdopen(os.dup(1), "w")
    sys.stdout.flush()
    os.dup2(2, 1)
    request = json.load(sys.stdin)
    timeout = float(request.get("timeout", 120))
    km, kc = start_new_kernel(kernel_name=request["kernel"], cwd=request.get("cwd"), startup_timeout=timeout)
    try:
        info = kc.kernel_info(reply=True, timeout=timeout)["content"]
        cells = []
        for cell in request["cells"]:
            cell = {"code": cell} if isinstance(cell, str) else cell
            if cell.get("repeat"):
                cells.append(run_stream(kc, cell, timeout))
                continue
            result = run_cell(km, kc, cell, timeout)
            cells.append(result)
            if result["reply"].get("status") == "error":
                # tslab cancels requests that arrive within 200 ms of a failure (its queue is reset then)
                time.sleep(0.5)
        result = {"kernel_info": info, "cells": cells}
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    json.dump(result, result_out, default=str)
    result_out.close()


if __name__ == "__main__":
    main()
