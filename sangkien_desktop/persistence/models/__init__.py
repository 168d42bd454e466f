"""ORM models; importing this package registers every table on ``Base.metadata``."""

from .base import Base, RecordMixin
from .core import AuditEntry, Employer, Officer, Person, PurgedRecord, Setting, UnionUnit
from .decisions import (
    ApplicationConfirmation,
    RecognitionDecision,
    RecognitionRequest,
    Remuneration,
    Reward,
    RewardDecision,
)
from .initiative import (
    Attachment,
    Authorship,
    Initiative,
    LiveCount,
    Programme,
    ProgrammePhase,
    Target,
    TrialParticipant,
)
from .remuneration import RemunerationPayment
from .sync import CertificateCounter, OutboxOp, PrintRecord, SyncState, UploadBatch, UploadItem

__all__ = [
    "ApplicationConfirmation",
    "Attachment",
    "AuditEntry",
    "Authorship",
    "Base",
    "CertificateCounter",
    "Employer",
    "Initiative",
    "LiveCount",
    "Officer",
    "OutboxOp",
    "Person",
    "PrintRecord",
    "Programme",
    "ProgrammePhase",
    "PurgedRecord",
    "RecognitionDecision",
    "RecognitionRequest",
    "RecordMixin",
    "Remuneration",
    "RemunerationPayment",
    "Reward",
    "RewardDecision",
    "Setting",
    "SyncState",
    "Target",
    "TrialParticipant",
    "UnionUnit",
    "UploadBatch",
    "UploadItem",
]


def synced_tables() -> dict[str, type[RecordMixin]]:
    """Protocol entity type → model class, for every record that replicates."""
    return {
        m.class_.__entity_type__: m.class_
        for m in Base.registry.mappers
        if getattr(m.class_, "__entity_type__", None)
    }
