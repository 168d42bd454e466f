"""Submitting initiatives to the upper union (DOMAIN.md §4.15, §5): plain values for the UI and CLI.

Every record replicates to the central server anyway; a *submission* is the officer's explicit
"Tải lên" of initiatives in «Sẵn sàng tải lên». The server acknowledging the submission moves them
to «Đã tải lên»; the upper union's review, pulled later, to «Hợp lệ» or «Không hợp lệ».
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .enums import InitiativeStatus, UploadResult

# The server's review states (SYNC.md §5) and the status each one moves a submitted initiative to.
REVIEW_TARGETS: dict[str, InitiativeStatus] = {
    "RECEIVED": InitiativeStatus.DA_TAI_LEN,
    "APPROVED": InitiativeStatus.HOP_LE,
    "NEEDS_INFO": InitiativeStatus.KHONG_HOP_LE,
    "REJECTED": InitiativeStatus.KHONG_HOP_LE,
}
REVIEW_RESULTS: dict[str, UploadResult] = {
    "RECEIVED": UploadResult.CHO,
    "APPROVED": UploadResult.HOP_LE,
    "NEEDS_INFO": UploadResult.KHONG_HOP_LE,
    "REJECTED": UploadResult.KHONG_HOP_LE,
}
MAX_SUBMISSION = 5000  # initiatives in one "Tải lên": a ceremony's worth, with room to spare


@dataclass(frozen=True)
class Refusal:
    """An initiative left out of a submission, and why (Vietnamese)."""

    code: str
    reason: str


@dataclass(frozen=True)
class SubmitResult:
    """``batch_id`` is None when nothing could be submitted (then every key is in ``refused``)."""

    batch_id: str | None
    submitted: tuple[str, ...]  # initiative codes, in the order given
    refused: tuple[Refusal, ...]


@dataclass(frozen=True)
class SettleSummary:
    """What one settling pass moved: submissions the server acknowledged, reviews taken in."""

    received: int = 0
    reviewed: int = 0

    @property
    def moved(self) -> int:
        return self.received + self.reviewed


@dataclass(frozen=True)
class SubmissionView:
    """An initiative's latest submission: when the server received it and the upper union's verdict."""

    batch_id: str
    submitted_at: datetime  # UTC, this PC's clock
    server_received_at: datetime | None  # UTC, the server's clock; None until acknowledged
    result: UploadResult
    message: str | None  # the upper union's note (the reason for «Không hợp lệ»)
