"""Crash points for the fault-injection tests (SYNC.md §10): the process dies at a named step.

``faultpoint(name)`` ends the process at once with exit code 137 (as if killed) when the environment
variable ``SANGKIEN_FAULT_POINT`` names this point; otherwise it does nothing. No cleanup runs, no
transaction commits: exactly what a power cut or a killed process leaves behind.
"""

from __future__ import annotations

import os
import sys

FAULT_ENV = "SANGKIEN_FAULT_POINT"
KILLED_EXIT = 137

AFTER_SEAL = "after_seal"  # the batch is sealed (W2 committed), nothing sent
AFTER_SEND_BEFORE_RESPONSE = "after_send_before_response"  # the server answered, nothing read
MID_ACK_APPLY = "mid_ack_apply"  # inside the acknowledgement transaction (W3), before its commit
MID_PULL_APPLY = "mid_pull_apply"  # inside a pull page's transaction (W4), before its commit
AFTER_BLOB_CHUNK = "after_blob_chunk"  # one attachment chunk accepted by the server

FAULT_POINTS = (AFTER_SEAL, AFTER_SEND_BEFORE_RESPONSE, MID_ACK_APPLY, MID_PULL_APPLY, AFTER_BLOB_CHUNK)


def faultpoint(name: str) -> None:
    if name not in FAULT_POINTS:
        raise ValueError(f"unknown fault point {name!r}")
    if os.environ.get(FAULT_ENV) == name:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(KILLED_EXIT)
