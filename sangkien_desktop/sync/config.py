"""The sync client's tunables (SYNC.md §7): one frozen value, so tests shrink timeouts and backoff."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

MIB = 1024 * 1024


@dataclass(frozen=True)
class SyncConfig:
    timeout_connect_s: float = 10.0
    timeout_read_s: float = 60.0
    batch_max_ops: int = 200
    batch_max_gzip_bytes: int = MIB
    blob_chunk_bytes: int = MIB
    blob_max_bytes: int = 50 * MIB
    backoff_base_s: float = 30.0
    backoff_cap_s: float = 1800.0
    periodic_check_s: float = 300.0
    clock_skew_warn_s: float = 300.0
    close_budget_s: float = 20.0
    deferred_attention_after: timedelta = field(default=timedelta(days=5))
    pending_warn_after: timedelta = field(default=timedelta(days=7))
    # Plain http:// is never accepted for other hosts; this only allows it for 127.0.0.0/8, ::1, localhost.
    allow_insecure_loopback: bool = True
    # A batch whose outcome stayed unknown this many times in a row is looked up on the server (§4.5).
    unknown_before_lookup: int = 3
    clean_batches_to_grow: int = 3
    in_progress_wait_s: float = 5.0
    in_progress_tries: int = 6
    job_poll_s: float = 2.0
    job_poll_tries: int = 5
    lease_s: float = 120.0
    diff_page: int = 1000
    pull_page: int = 500
    ops_page: int = 500
    log_keep: int = 1000

    @property
    def timeout(self) -> tuple[float, float]:
        """(connect, read) for every request (SYNC.md rule 6)."""
        return (self.timeout_connect_s, self.timeout_read_s)
