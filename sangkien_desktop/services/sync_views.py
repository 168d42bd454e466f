"""What the Đồng bộ page, the registry and `sangkien sync-status` read (SYNC.md §8): cheap, indexed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.engine import Connection

from sangkien_desktop.domain.sync import (
    AttentionItem,
    ConnectionState,
    InitiativeTally,
    SyncBadge,
    SyncStatus,
)
from sangkien_desktop.persistence.sync_device import DeviceState, read_device
from sangkien_desktop.persistence.sync_outbox import ACKED, DEFERRED, IN_FLIGHT, PENDING
from sangkien_desktop.persistence.sync_queries import (
    AttentionRow,
    LatestOp,
    attention_rows,
    count_in_state,
    initiative_tally,
    latest_ops,
    oldest_unsettled_at,
)
from sangkien_desktop.protocol import RESULT_CONFLICT

from .sync_support import SyncDeps

# What a record is called in an attention item, by entity type (the payload's own name first).
KIND_LABELS = {
    "initiative": "Sáng kiến",
    "person": "Người",
    "authorship": "Tác giả",
    "employer": "Đơn vị sử dụng lao động",
    "union_unit": "Công đoàn cơ sở",
    "attachment": "Tệp đính kèm",
    "reward": "Khen thưởng",
    "reward_decision": "Quyết định khen thưởng",
    "recognition_request": "Đơn yêu cầu công nhận",
    "recognition_decision": "Quyết định công nhận",
    "remuneration": "Thù lao",
    "print_record": "Giấy chứng nhận đã in",
}
_NAME_FIELDS = ("title", "full_name", "name", "number", "serial", "file_name")


def status(deps: SyncDeps, *, running: bool) -> SyncStatus:
    now = deps.clock()
    with deps.read() as conn:
        device = read_device(conn)
        oldest = oldest_unsettled_at(conn)
        in_flight = count_in_state(conn, IN_FLIGHT)
        attention = len(attention_rows(conn, now - deps.config.deferred_attention_after))
        initiatives = tally_of(conn)
    skew = device.clock_skew_s
    due = device.next_attempt_at if device.next_attempt_at and device.next_attempt_at > now else None
    leased = bool(device.lease_owner and device.lease_until and device.lease_until > now)
    return SyncStatus(
        enrolled=device.enrolled,
        server_url=device.server_url,
        unit_code=device.unit_code,
        unit_name=device.unit_name,
        device_id=device.device_id,
        device_epoch=device.device_epoch,
        state=connection_state(device),
        message=device.connection_message if device.enrolled else None,
        pending=device.unsettled_ops,
        oldest_pending_at=oldest,
        in_flight=in_flight,
        attention=attention,
        local_acked=device.acked_ops,
        server_confirmed=device.server_op_count,
        digest_ok=device.digest_ok,
        last_success_at=device.last_success_at,
        last_attempt_at=device.last_attempt_at,
        next_attempt_at=due,
        clock_skew_s=skew,
        running=running or leased,
        clock_skew_warning=skew is not None and abs(skew) > deps.config.clock_skew_warn_s,
        pending_overdue=oldest is not None and oldest < now - deps.config.pending_warn_after,
        needs_epoch=device.needs_epoch,
        initiatives=initiatives,
    )


def tally_of(conn: Connection) -> InitiativeTally | None:
    counted = initiative_tally(conn)
    return None if counted is None else InitiativeTally(*counted)


def connection_state(device: DeviceState) -> ConnectionState:
    if not device.enrolled:
        return ConnectionState.NOT_ENROLLED
    try:
        return ConnectionState(device.connection_state or ConnectionState.OK.value)
    except ValueError:
        return ConnectionState.OK


def attention_count(deps: SyncDeps) -> int:
    with deps.read() as conn:
        return len(attention_rows(conn, deps.clock() - deps.config.deferred_attention_after))


def attention_items(deps: SyncDeps) -> list[AttentionItem]:
    with deps.read() as conn:
        rows = attention_rows(conn, deps.clock() - deps.config.deferred_attention_after)
    return [_item(row) for row in rows]


def _item(row: AttentionRow) -> AttentionItem:
    status = row.result_status or row.state.lower()
    return AttentionItem(
        row.op_id,
        row.seq,
        row.entity_type,
        row.entity_id,
        label_of(row),
        status,
        row.result_code,
        row.result_message,
        row.since,
    )


def label_of(row: AttentionRow) -> str:
    kind = KIND_LABELS.get(row.entity_type, row.entity_type)
    payload = json.loads(row.payload_json) if row.payload_json else {}
    name = next((payload[f] for f in _NAME_FIELDS if isinstance(payload.get(f), str) and payload[f]), None)
    return f"{kind}: {name}" if name else f"{kind} {row.entity_id[:8]}"


def badges(deps: SyncDeps, entity_ids: Sequence[str]) -> dict[str, SyncBadge]:
    late = deps.clock() - deps.config.deferred_attention_after
    with deps.read() as conn:
        latest = latest_ops(conn, entity_ids)
    return {entity_id: badge_of(op, late) for entity_id, op in latest.items()}


def badge_of(op: LatestOp, deferred_late: datetime) -> SyncBadge:
    if op.state == ACKED:
        return SyncBadge.CONFLICT if op.result_status == RESULT_CONFLICT else SyncBadge.CONFIRMED
    if op.state == IN_FLIGHT:
        return SyncBadge.SENDING
    if op.state == PENDING or (op.state == DEFERRED and op.created_at_local >= deferred_late):
        return SyncBadge.PENDING
    return SyncBadge.ATTENTION
