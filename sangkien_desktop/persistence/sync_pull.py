"""W4: one page of server changes applied with its cursor, in the caller's transaction (SYNC.md §5).

Review states of this unit's records go to ``server_review_state``; server-owned reference records
(employers …) are written as the server holds them, never over a newer local version and never
recreating a purged record. Kinds this version of the app does not keep are counted and skipped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sangkien_desktop.protocol import format_utc

from .models import SyncState, synced_tables
from .models.sync import ServerReviewState
from .sync_records import APPLIED, RecordState, apply_records

REVIEW_STATE = "review_state"
REVIEW_STATES = ("RECEIVED", "NEEDS_INFO", "APPROVED", "REJECTED")
REFERENCE_KINDS = ("employer", "programme", "reward_form", "base_salary", "template_profile")


class ChangeLike(Protocol):
    @property
    def server_seq(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def version(self) -> int | None: ...
    @property
    def deleted(self) -> bool: ...
    @property
    def payload(self) -> dict[str, Any] | None: ...


@dataclass(frozen=True)
class PullSummary:
    reviews: int = 0
    records: int = 0
    skipped: int = 0


def apply_page(
    conn: Connection, changes: Sequence[ChangeLike], next_cursor: int, now: datetime
) -> PullSummary:
    reviews, skipped = 0, 0
    records: list[RecordState] = []
    models = synced_tables()
    for change in changes:
        if change.kind == REVIEW_STATE and _save_review(conn, change, now):
            reviews += 1
        elif change.kind in REFERENCE_KINDS and change.kind in models and change.version is not None:
            records.append(
                RecordState(
                    change.kind, change.id, change.version, _state(change, now), server_version=change.version
                )
            )
        else:
            skipped += 1
    outcomes = apply_records(conn, records)
    conn.execute(sa.update(SyncState).values(pull_cursor=str(next_cursor)))
    return PullSummary(reviews, sum(1 for o in outcomes.values() if o == APPLIED), skipped)


def _state(change: ChangeLike, now: datetime) -> Mapping[str, Any]:
    payload = dict(change.payload or {})
    if change.deleted and not payload.get("deleted_at"):
        payload["deleted_at"] = format_utc(now)
    return payload


def _save_review(conn: Connection, change: ChangeLike, now: datetime) -> bool:
    payload = change.payload or {}
    state = payload.get("state")
    if state not in REVIEW_STATES:
        return False
    message = payload.get("message")
    values = {
        "state": state,
        "message": message if isinstance(message, str) else None,
        "server_seq": change.server_seq,
        "received_at": now,
    }
    updated = conn.execute(
        sa.update(ServerReviewState).where(ServerReviewState.entity_id == change.id).values(**values)
    ).rowcount
    if not updated:
        conn.execute(sa.insert(ServerReviewState).values(entity_id=change.id, **values))
    return True


def review_states(conn: Connection, entity_ids: Sequence[str]) -> dict[str, tuple[str, str | None]]:
    rows = conn.execute(
        sa.select(ServerReviewState.entity_id, ServerReviewState.state, ServerReviewState.message).where(
            ServerReviewState.entity_id.in_(list(entity_ids))
        )
    )
    return {r.entity_id: (r.state, r.message) for r in rows}
