"""Runs code cells in one kernel over the Jupyter protocol and prints what came back, as JSON.

Used by the node:test suites in test/ (run with Debian's /usr/bin/python3, which has jupyter_client).
Reads {"kernel": NAME, "cwd": DIR, "cells": [CODE, ...], "timeout": SECONDS} on stdin; prints
{"kernel_info": REPLY_CONTENT, "cells": [{"reply": CONTENT, "messages": [{"msg_type", "content"}]}]}.
Every cell runs even after a failed one: each waits for its own reply (and, after a failure, for
tslab to reset its queue) before the next is sent.
"""
import json
import os
import sys
import time

from jupyter_client.manager import start_new_kernel


def collect(kc, msg_id, timeout):
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
        for code in request["cells"]:
            msg_id = kc.execute(code, store_history=True, stop_on_error=False)
            reply = kc.get_shell_msg(timeout=timeout)
            while reply["parent_header"].get("msg_id") != msg_id:
                reply = kc.get_shell_msg(timeout=timeout)
            cells.append({"reply": reply["content"], "messages": collect(kc, msg_id, timeout)})
            if reply["content"].get("status") == "error":
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
