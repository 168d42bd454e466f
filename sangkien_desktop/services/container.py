"""Composition shared by the GUI and the CLI: data folder → store → services (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from sangkien_desktop.persistence.blobs import BlobStore
from sangkien_desktop.persistence.models.base import utcnow
from sangkien_desktop.persistence.store import StorePaths, open_store
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

from .attachments import AttachmentService
from .audit import AuditService
from .backups import BackupService
from .certificates import CertificateService
from .confirmations import ConfirmationService
from .dashboard import DashboardService
from .importing import ImportService
from .initiatives import InitiativeService
from .office import OfficeService
from .officers import OfficerService
from .people import PeopleService
from .printer_profiles import PrinterProfiles
from .printing import PrintingService
from .recognition import RecognitionService
from .remuneration import RemunerationService
from .reports import ReportService
from .rewards import RewardService
from .status import StatusService
from .submission import SubmissionService
from .sync import SyncService
from .todo import TodoService
from .trash import TrashService


@dataclass(frozen=True)
class Services:
    paths: StorePaths
    engine: Engine
    uow: UnitOfWorkFactory
    office: OfficeService
    initiatives: InitiativeService
    attachments: AttachmentService
    status: StatusService
    people: PeopleService
    officers: OfficerService
    rewards: RewardService
    recognition: RecognitionService
    remuneration: RemunerationService
    todo: TodoService
    audit: AuditService
    trash: TrashService
    certificates: CertificateService
    printing: PrintingService
    confirmations: ConfirmationService
    printer_profiles: PrinterProfiles
    importing: ImportService
    sync: SyncService
    dashboard: DashboardService
    reports: ReportService
    backups: BackupService
    submissions: SubmissionService

    def close(self) -> None:
        self.engine.dispose()


def build_services(
    data_dir: Path, clock: Callable[[], datetime] = utcnow, today: Callable[[], date] = date.today
) -> Services:
    paths = StorePaths(data_dir)
    engine = open_store(paths)
    uow = UnitOfWorkFactory(engine, clock)
    office = OfficeService(uow)
    attachments = AttachmentService(uow, BlobStore(paths.blobs))
    initiatives = InitiativeService(uow, office, today)
    rewards = RewardService(uow, today)
    recognition = RecognitionService(uow, attachments, today)
    certificates = CertificateService(uow, office, data_dir / "keys", today)
    profiles = PrinterProfiles(uow)
    dashboard = DashboardService(uow, today)
    return Services(
        paths,
        engine,
        uow,
        office,
        initiatives,
        attachments,
        StatusService(uow, today),
        PeopleService(uow, today),
        officers=OfficerService(uow),
        rewards=rewards,
        recognition=recognition,
        remuneration=RemunerationService(uow, attachments, today),
        todo=TodoService(uow, today),
        audit=AuditService(uow),
        trash=TrashService(uow),
        certificates=certificates,
        printing=PrintingService(uow, office, rewards, initiatives, recognition, certificates,
                                 emblem=profiles.emblem_path, today=today, profiles=profiles),
        printer_profiles=profiles,
        confirmations=ConfirmationService(uow),
        importing=ImportService(uow, office, today),
        sync=SyncService(uow, BlobStore(paths.blobs), data_dir, clock,
                         public_key=certificates.public_key_text),
        dashboard=dashboard,
        reports=ReportService(uow, office, dashboard, rewards, certificates, today),
        backups=BackupService(paths, clock),
        submissions=SubmissionService(uow),
    )
