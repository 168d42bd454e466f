"""Use cases on initiatives: record, edit, look up, search, count."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

import sqlalchemy as sa

from sangkien_desktop.domain.detail import HistoryEntry, InitiativeDetail, history_entries
from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from sangkien_desktop.domain.model import (
    InitiativeDraft,
    InitiativeView,
    Page,
    ProgrammeChoice,
    RegistryFilter,
    StoreStats,
)
from sangkien_desktop.domain.registry_sort import RegistrySort
from sangkien_desktop.domain.validation import validate_draft
from sangkien_desktop.persistence import initiative_edit_queries as edit_queries
from sangkien_desktop.persistence.models import Initiative, Programme
from sangkien_desktop.persistence.outbox import pending_count
from sangkien_desktop.persistence.repositories import InitiativeRepository
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

from . import initiative_writes as writes
from . import settings
from .office import OfficeService

MAX_PAGE = 1000


@dataclass(frozen=True)
class SaveResult:
    initiative: InitiativeView
    warnings: tuple[FieldProblem, ...]


def check_paging(limit: int, offset: int) -> None:
    problems = []
    if not 1 <= limit <= MAX_PAGE:
        problems.append(FieldProblem("limit", "Số dòng mỗi trang", f"phải từ 1 đến {MAX_PAGE}"))
    if offset < 0:
        problems.append(FieldProblem("offset", "Vị trí bắt đầu", "không được âm"))
    if problems:
        raise ValidationError(problems)


class InitiativeService:
    def __init__(
        self, uow: UnitOfWorkFactory, office: OfficeService, today: Callable[[], date] = date.today
    ) -> None:
        self._uow = uow
        self._office = office
        self._today = today

    def create(self, draft: InitiativeDraft, officer_id: str | None = None) -> SaveResult:
        office = self._office.get_office()
        with self._uow(officer_id) as uow:
            values = settings.read_all(uow.session)
            problems = validate_draft(draft, settings.legal(values), self._today())
            blocking = [p for p in problems if p.blocking]
            repo = InitiativeRepository(uow.session)
            code = draft.code or self._next_code(
                repo, str(values["numbering.initiative_code"]), office.unit_code
            )
            if draft.code and repo.code_taken(code):
                blocking.append(FieldProblem("code", "Mã sáng kiến", f"“{code}” đã được dùng"))
            blocking += writes.programme_problems(uow.session, draft)
            if blocking:
                raise ValidationError(blocking)
            initiative = writes.new_initiative(uow, draft, code, writes.tone_order(values))
            uow.session.flush()
            view = repo.saved_view(initiative.pk)
            uow.commit()
        return SaveResult(view, tuple(p for p in problems if not p.blocking))

    def _next_code(self, repo: InitiativeRepository, pattern: str, unit_code: str) -> str:
        year = self._today().year
        prefix = pattern.split("{counter", 1)[0].format(year=year, unit_code=unit_code)
        last = repo.last_code(prefix)
        counter = int(last[len(prefix) :]) + 1 if last and last[len(prefix) :].isdigit() else 1
        return pattern.format(year=year, unit_code=unit_code, counter=counter)

    def get(self, key: str) -> InitiativeView:
        with self._uow.read() as session:
            repo = InitiativeRepository(session)
            found = repo.get(key.strip())
            if found is None:
                raise NotFoundError(f"Không tìm thấy sáng kiến có mã hoặc định danh “{key}”.")
            return repo.views([found.pk])[0]

    def detail(self, key: str) -> InitiativeDetail:
        """Everything the editor shows: values as a draft, authors, files, allowed status moves."""
        with self._uow.read() as session:
            return edit_queries.detail_of(session, _required(InitiativeRepository(session), key))

    def update(
        self,
        initiative_id: str,
        draft: InitiativeDraft,
        expected_version: int,
        *,
        status_reason: str | None = None,
        officer_id: str | None = None,
    ) -> SaveResult:
        """Save an edited record in one transaction: fields, authors, decision and a status move
        (checked by the workflow like ``StatusService.change``; a move back needs ``status_reason``).
        Refused with ``ConflictError`` when the record changed since ``expected_version`` was read."""
        with self._uow(officer_id) as uow:
            repo = InitiativeRepository(uow.session)
            initiative = _required(repo, initiative_id)
            if initiative.version != expected_version:
                raise ConflictError(
                    "Sáng kiến này vừa được sửa ở nơi khác (đang ở phiên bản "
                    f"{initiative.version}, bạn sửa từ phiên bản {expected_version}). "
                    "Hãy mở lại để xem thay đổi mới rồi sửa tiếp."
                )
            values = settings.read_all(uow.session)
            legal, tone_order = settings.legal(values), writes.tone_order(values)
            context = writes.EditContext(legal, tone_order, self._today(), status_reason, officer_id)
            problems = validate_draft(draft, context.legal, context.today, initial=False)
            blocking = [p for p in problems + writes.edit_problems(repo, initiative, draft) if p.blocking]
            if blocking:
                raise ValidationError(blocking)
            warnings = writes.apply_edit(uow, initiative, draft, context)
            uow.session.flush()
            view = repo.saved_view(initiative.pk)
            uow.commit()
        return SaveResult(view, tuple(p for p in problems if not p.blocking) + tuple(warnings))

    def history(self, initiative_id: str) -> tuple[HistoryEntry, ...]:
        """Changes to the record, its authors and its decision, newest first."""
        with self._uow.read() as session:
            initiative = _required(InitiativeRepository(session), initiative_id)
            return history_entries(edit_queries.history_rows(session, initiative.id))

    def list(
        self,
        status: InitiativeStatus | None = None,
        limit: int = 50,
        offset: int = 0,
        filter: RegistryFilter | None = None,
        sort: RegistrySort | None = None,
    ) -> Page[InitiativeView]:
        """Narrowed by ``filter``, newest first unless ``sort`` says otherwise; ``status`` is the
        older shorthand for ``filter=RegistryFilter(status=…)`` (both at once must agree)."""
        registry_filter = _combined(status, filter)
        check_paging(limit, offset)
        with self._uow.read() as session:
            repo = InitiativeRepository(session)
            total, pks = repo.page_pks(registry_filter, limit, offset, sort or RegistrySort())
            return Page(total, tuple(repo.views(pks)), limit, offset)

    def search(
        self,
        text: str,
        limit: int = 50,
        offset: int = 0,
        filter: RegistryFilter | None = None,
        sort: RegistrySort | None = None,
    ) -> Page[InitiativeView]:
        """Full-text matches narrowed by ``filter``, newest first unless ``sort`` says otherwise."""
        registry_filter = _combined(None, filter)
        check_paging(limit, offset)
        with self._uow.read() as session:
            repo = InitiativeRepository(session)
            total, views = repo.search(text, limit, offset, registry_filter, sort or RegistrySort())
            return Page(total, tuple(views), limit, offset)

    def programmes(self) -> tuple[ProgrammeChoice, ...]:
        """Programmes to narrow the registry to, newest window first."""
        with self._uow.read() as session:
            rows = session.execute(
                sa.select(Programme.id, Programme.code, Programme.name)
                .where(Programme.deleted_at.is_(None))
                .order_by(Programme.window_from.desc())
            )
            return tuple(ProgrammeChoice(*row) for row in rows)

    def pending_changes(self) -> int:
        """Changes waiting for upload, for the status bar (``stats`` reads every row; this does not)."""
        with self._uow.read() as session:
            return pending_count(session.connection())

    def stats(self) -> StoreStats:
        with self._uow.read() as session:
            return InitiativeRepository(session).stats()


def _combined(status: InitiativeStatus | None, registry_filter: RegistryFilter | None) -> RegistryFilter:
    """The filter to run, after checking its values (Vietnamese messages for the officer)."""
    result = registry_filter or RegistryFilter()
    if status is not None:
        if result.status not in (None, status):
            problem = FieldProblem("status", "Trạng thái", "hai điều kiện trạng thái khác nhau")
            raise ValidationError([problem])
        result = replace(result, status=status)
    problems = result.problems()
    if problems:
        raise ValidationError(problems)
    return result


def _required(repo: InitiativeRepository, key: str) -> Initiative:
    found = repo.get(key.strip())
    if found is None:
        raise NotFoundError(f"Không tìm thấy sáng kiến có mã hoặc định danh “{key}”.")
    return found
