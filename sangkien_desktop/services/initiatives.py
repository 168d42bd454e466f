"""Use cases on initiatives: record, look up, search, count."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sangkien_desktop.domain.enums import AuthorRole, InitiativeStatus, RecognitionOutcome
from sangkien_desktop.domain.errors import FieldProblem, NotFoundError, ValidationError
from sangkien_desktop.domain.model import (
    AuthorInput,
    InitiativeDraft,
    InitiativeView,
    Page,
    RegistryFilter,
    StoreStats,
)
from sangkien_desktop.domain.text import ToneOrder
from sangkien_desktop.domain.validation import validate_draft
from sangkien_desktop.persistence.models import Authorship, Initiative, Person, RecognitionDecision
from sangkien_desktop.persistence.outbox import pending_count
from sangkien_desktop.persistence.repositories import InitiativeRepository, PersonRepository
from sangkien_desktop.persistence.unit_of_work import UnitOfWork, UnitOfWorkFactory

from . import settings
from .office import OfficeService

MAX_PAGE = 1000
CENT = Decimal("0.01")


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
            if blocking:
                raise ValidationError(blocking)
            initiative = self._add(uow, draft, code, _tone_order(values))
            if draft.status == InitiativeStatus.DA_CONG_NHAN and draft.decision_number and draft.decided_on:
                uow.session.add(
                    RecognitionDecision(
                        initiative_id=initiative.id,
                        number=draft.decision_number,
                        decided_on=draft.decided_on,
                        outcome=RecognitionOutcome.CONG_NHAN,
                    )
                )
            uow.session.flush()
            view = repo.views([initiative.pk])[0]
            uow.commit()
        return SaveResult(view, tuple(p for p in problems if not p.blocking))

    def _next_code(self, repo: InitiativeRepository, pattern: str, unit_code: str) -> str:
        year = self._today().year
        prefix = pattern.split("{counter", 1)[0].format(year=year, unit_code=unit_code)
        last = repo.last_code(prefix)
        counter = int(last[len(prefix) :]) + 1 if last and last[len(prefix) :].isdigit() else 1
        return pattern.format(year=year, unit_code=unit_code, counter=counter)

    def _add(self, uow: UnitOfWork, draft: InitiativeDraft, code: str, tone_order: ToneOrder) -> Initiative:
        initiative = Initiative(
            code=code,
            title=draft.title,
            kind=draft.kind,
            field_code=draft.field_code,
            summary=draft.summary,
            department=draft.department,
            content=draft.content,
            first_applied_on=draft.first_applied_on,
            first_application_is_trial=draft.first_application_is_trial,
            benefit_value=draft.benefit_value,
            benefit_is_estimate=draft.benefit_is_estimate,
            benefit_not_quantifiable=draft.benefit_not_quantifiable,
            is_confidential=draft.is_confidential,
            ip_protected=draft.ip_protected,
            status=draft.status,
            status_changed_at=uow.now(),
            notes=draft.notes,
        )
        uow.session.add(initiative)
        uow.session.flush()
        people = PersonRepository(uow.session)
        shares = _shares(draft.authors)
        for position, (author, share) in enumerate(zip(draft.authors, shares, strict=True), start=1):
            person = self._person_for(people, author, tone_order)
            uow.session.add(
                Authorship(
                    initiative_id=initiative.id,
                    person_id=person.id,
                    position=position,
                    share_pct=share,
                    role=AuthorRole.TAC_GIA if position == 1 else AuthorRole.DONG_TAC_GIA,
                )
            )
        return initiative

    def _person_for(self, people: PersonRepository, author: AuthorInput, tone_order: ToneOrder) -> Person:
        if author.person_id:
            found = people.get(author.person_id)
            if found is None:
                raise ValidationError(
                    [
                        FieldProblem(
                            "authors.person_id", "Tác giả", f"không tìm thấy người có mã {author.person_id}"
                        )
                    ]
                )
            return found
        person = people.find_unique(author.full_name, author.birth_date)
        if person is None:
            person = people.new(author.full_name, tone_order)
            person.birth_date, person.department = author.birth_date, author.department
            if author.sex is not None:
                person.sex = author.sex
            people.session.flush()
        return person

    def get(self, key: str) -> InitiativeView:
        with self._uow.read() as session:
            repo = InitiativeRepository(session)
            found = repo.get(key.strip())
            if found is None:
                raise NotFoundError(f"Không tìm thấy sáng kiến có mã hoặc định danh “{key}”.")
            return repo.views([found.pk])[0]

    def list(
        self,
        status: InitiativeStatus | None = None,
        limit: int = 50,
        offset: int = 0,
        filter: RegistryFilter | None = None,
    ) -> Page[InitiativeView]:
        """Newest first, narrowed by ``filter``; ``status`` is the older shorthand for
        ``filter=RegistryFilter(status=…)`` (both at once must agree)."""
        registry_filter = _combined(status, filter)
        check_paging(limit, offset)
        with self._uow.read() as session:
            repo = InitiativeRepository(session)
            total, pks = repo.page_pks(registry_filter, limit, offset)
            return Page(total, tuple(repo.views(pks)), limit, offset)

    def search(
        self,
        text: str,
        limit: int = 50,
        offset: int = 0,
        filter: RegistryFilter | None = None,
    ) -> Page[InitiativeView]:
        """Full-text matches, newest first, narrowed by ``filter``."""
        registry_filter = _combined(None, filter)
        check_paging(limit, offset)
        with self._uow.read() as session:
            repo = InitiativeRepository(session)
            total, views = repo.search(text, limit, offset, registry_filter)
            return Page(total, tuple(views), limit, offset)

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


def _shares(authors: tuple[AuthorInput, ...]) -> list[Decimal | None]:
    """A single author without a share holds 100.00 % (DOMAIN.md §4.5); otherwise as entered."""
    if len(authors) == 1 and authors[0].share_pct is None:
        return [Decimal("100.00")]
    # Two decimals, as stored: "60" and "60.00" must serialise (and hash) identically.
    return [None if a.share_pct is None else a.share_pct.quantize(CENT) for a in authors]


def _tone_order(values: dict[str, object]) -> ToneOrder:
    return "software" if values.get("text.tone_order") == "software" else "dictionary"
