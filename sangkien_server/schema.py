"""Shape checks of request bodies (SYNC.md §3.4): any violation is ``400 bad_request``, nothing applied."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from sangkien_desktop import protocol
from sangkien_server.wire import bad_request

HEX64 = re.compile(r"^[0-9a-f]{64}$")
MAX_ID = 36
MAX_BATCH_ID = 64


@dataclass(frozen=True)
class OpIn:
    op_id: str
    seq: int
    entity_type: str
    entity_id: str
    op_type: str
    base_version: int | None
    version: int | None
    payload: dict[str, Any]
    payload_sha256: str
    blob_refs: tuple[str, ...]
    created_at_local: str | None


@dataclass(frozen=True)
class BatchIn:
    device_id: str
    device_epoch: int
    unit_id: str
    batch_id: str
    body_sha256: str
    ops: tuple[OpIn, ...]


def _str(value: Any, name: str, max_len: int) -> str:
    if not isinstance(value, str) or not value or len(value) > max_len:
        raise bad_request(f"Trường “{name}” phải là chuỗi từ 1 đến {max_len} ký tự.")
    return value


def _int(value: Any, name: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum or value >= 2**62:
        raise bad_request(f"Trường “{name}” phải là số nguyên ≥ {minimum}.")
    return value


def _opt_int(value: Any, name: str) -> int | None:
    return None if value is None else _int(value, name)


def _hex64(value: Any, name: str) -> str:
    if not isinstance(value, str) or not HEX64.match(value):
        raise bad_request(f"Trường “{name}” phải là 64 chữ số hex thường.")
    return value


def parse_op(raw: Any, index: int) -> OpIn:
    if not isinstance(raw, dict):
        raise bad_request(f"ops[{index}] phải là một đối tượng.")
    where = f"ops[{index}]"
    op_type = raw.get("op_type")
    if op_type not in (protocol.OP_UPSERT, protocol.OP_DELETE):
        raise bad_request(f"{where}.op_type phải là “upsert” hoặc “delete”.")
    payload = raw.get("payload")
    if not isinstance(payload, dict):
        raise bad_request(f"{where}.payload phải là một đối tượng.")
    refs = raw.get("blob_refs") or []
    if not isinstance(refs, list):
        raise bad_request(f"{where}.blob_refs phải là một mảng.")
    created = raw.get("created_at_local")
    if created is not None and (not isinstance(created, str) or len(created) > 40):
        raise bad_request(f"{where}.created_at_local phải là chuỗi thời gian.")
    return OpIn(
        op_id=_str(raw.get("op_id"), f"{where}.op_id", MAX_ID),
        seq=_int(raw.get("seq"), f"{where}.seq", 1),
        entity_type=_str(raw.get("entity_type"), f"{where}.entity_type", 80),
        entity_id=_str(raw.get("entity_id"), f"{where}.entity_id", MAX_ID),
        op_type=op_type,
        base_version=_opt_int(raw.get("base_version"), f"{where}.base_version"),
        version=_opt_int(raw.get("version"), f"{where}.version"),
        payload=payload,
        payload_sha256=_hex64(raw.get("payload_sha256"), f"{where}.payload_sha256"),
        blob_refs=tuple(_hex64(ref, f"{where}.blob_refs") for ref in refs),
        created_at_local=created,
    )


def parse_batch(body: dict[str, Any]) -> BatchIn:
    ops_raw = body.get("ops")
    if not isinstance(ops_raw, list) or not ops_raw:
        raise bad_request("Trường “ops” phải là một mảng không rỗng.")
    ops = tuple(parse_op(raw, i) for i, raw in enumerate(ops_raw))
    batch = BatchIn(
        device_id=_str(body.get("device_id"), "device_id", MAX_ID),
        device_epoch=_int(body.get("device_epoch"), "device_epoch", 1),
        unit_id=_str(body.get("unit_id"), "unit_id", MAX_ID),
        batch_id=_str(body.get("batch_id"), "batch_id", MAX_BATCH_ID),
        body_sha256=_hex64(body.get("body_sha256"), "body_sha256"),
        ops=ops,
    )
    _check_envelope(body, batch, ops_raw)
    return batch


def _check_envelope(body: dict[str, Any], batch: BatchIn, ops_raw: list[Any]) -> None:
    seqs = [op.seq for op in batch.ops]
    if any(b <= a for a, b in itertools.pairwise(seqs)):
        raise bad_request("Các thao tác phải xếp theo seq tăng dần, không trùng.")
    if len({op.op_id for op in batch.ops}) != len(batch.ops):
        raise bad_request("Một op_id xuất hiện hai lần trong cùng lô.")
    if body.get("op_count") != len(batch.ops):
        raise bad_request("op_count không khớp số thao tác trong lô.")
    if body.get("first_seq") != seqs[0] or body.get("last_seq") != seqs[-1]:
        raise bad_request("first_seq/last_seq không khớp các thao tác trong lô.")
    if protocol.ops_body_sha256(ops_raw) != batch.body_sha256:
        raise bad_request("body_sha256 không khớp nội dung các thao tác.")


def parse_diff(body: dict[str, Any]) -> list[tuple[str, str]]:
    ops = body.get("ops")
    if not isinstance(ops, list) or len(ops) > 1000:
        raise bad_request("Trường “ops” phải là một mảng tối đa 1.000 phần tử.")
    pairs = []
    for i, item in enumerate(ops):
        if not isinstance(item, dict):
            raise bad_request(f"ops[{i}] phải là một đối tượng.")
        pairs.append((_str(item.get("op_id"), f"ops[{i}].op_id", MAX_ID),
                      _hex64(item.get("payload_sha256"), f"ops[{i}].payload_sha256")))
    return pairs
