"""What the server has decided for a device: ``acked_through_seq`` and ``missing_seqs`` per epoch, count
and digest over all epochs (SYNC.md rule 14)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop import protocol
from sangkien_server.models import Device, DeviceEpoch, OpReceipt, StoredOp

MAX_MISSING_LISTED = 1000  # a huge forced gap is reported by its first thousand seqs


@dataclass(frozen=True)
class EpochProgress:
    acked_through_seq: int
    missing_seqs: list[int]


def advance(session: Session, device_id: str, epoch: int, *, store: bool = True) -> EpochProgress:
    """Move the epoch's contiguous mark over newly decided seqs (receipts must be flushed) and list gaps;
    ``store=False`` only computes (read-only requests)."""
    row = session.get_one(DeviceEpoch, (device_id, epoch))
    later = session.scalars(
        select(OpReceipt.seq).where(OpReceipt.device_id == device_id, OpReceipt.device_epoch == epoch,
                                    OpReceipt.seq > row.acked_through_seq).order_by(OpReceipt.seq)
    ).all()
    acked = row.acked_through_seq
    for seq in later:
        if seq != acked + 1:
            break
        acked = seq
    if store:
        row.acked_through_seq = acked
    return EpochProgress(acked, _gaps(acked, [seq for seq in later if seq > acked]))


def _gaps(acked: int, decided_above: list[int]) -> list[int]:
    if not decided_above:
        return []
    decided = set(decided_above)
    missing = []
    for seq in range(acked + 1, decided_above[-1]):
        if seq not in decided:
            missing.append(seq)
            if len(missing) >= MAX_MISSING_LISTED:
                break
    return missing


def add_stored(device: Device, terms: list[tuple[str, str]]) -> None:
    """Fold newly stored ops into the device's running count and XOR digest (same value as
    ``protocol.device_digest`` over all its stored ops, without reading them)."""
    acc = int(device.digest, 16)
    for op_id, sha in terms:
        acc ^= protocol.op_digest_term(op_id, sha)
    device.op_count += len(terms)
    device.digest = f"{acc:064x}"


def recount(session: Session, device_id: str) -> tuple[int, str]:
    """Count and digest recomputed from the stored ops (what ``/sync/state`` reports)."""
    pairs = session.execute(
        select(StoredOp.op_id, StoredOp.payload_sha256).where(StoredOp.device_id == device_id)
    ).all()
    return len(pairs), protocol.device_digest(pairs)
