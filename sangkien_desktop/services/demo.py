"""`sangkien demo`: realistic synthetic Vietnamese data for trials and benchmarks.

Persons, initiatives with one to four authors and their shares, recognition decisions for the
recognised ones and union rewards for some of them, written through the bulk path so every record
still gets its outbox op and search document. Chunks are built in worker processes (pure CPU) while
this process writes the previous ones: one SQLite writer, both cores busy.

Every value of initiative ``i`` derives from the seed and ``i`` alone (its date grows with ``i``,
as in a real registry), so chunks can be built independently and per-year codes stay gapless.
"""

from __future__ import annotations

import itertools
import math
import os
import random
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sangkien_desktop.domain.enums import (
    AuthorRole,
    DecisionState,
    FieldCode,
    FundSource,
    InitiativeStatus,
    RecipientKind,
    RecognitionLevel,
    RecognitionOutcome,
    RewardForm,
    RewardLevel,
    Sex,
    SigningAuthority,
    SolutionKind,
    WorkerKind,
)
from sangkien_desktop.domain.errors import FieldProblem, ValidationError
from sangkien_desktop.domain.rules import default_shares
from sangkien_desktop.domain.text import name_sort_key
from sangkien_desktop.persistence import person_search, registry_indexes, search
from sangkien_desktop.persistence.bulk import (
    BulkWriter,
    StagedChunk,
    load_staged,
    prepare_records,
    stage_chunk,
)
from sangkien_desktop.persistence.db import BULK, create_store_engine
from sangkien_desktop.persistence.models import (
    Authorship,
    Initiative,
    Person,
    Programme,
    RecognitionDecision,
    Reward,
    RewardDecision,
)
from sangkien_desktop.persistence.person_search import PersonDoc
from sangkien_desktop.persistence.repositories import InitiativeRepository
from sangkien_desktop.persistence.search import SearchDoc
from sangkien_desktop.persistence.sort_keys import title_key
from sangkien_desktop.protocol import new_id

from . import demo_data as vocab
from .container import Services
from .office import SEED_PROGRAMME_CODE

CHUNK = 10_000
PARALLEL_FROM = 50_000
WORKERS = 2  # below this, starting worker processes costs more than it saves
MAX_DEMO = 5_000_000
FIRST_DAY = date(2019, 1, 1)
Progress = Callable[[int, int], None]
# Minimal person facts shared with workers: id, family, middle, given, sex, department.
PersonFacts = tuple[str, str, str, str, Sex, str]

_STATUSES = list(InitiativeStatus)
_STATUS_CUM = list(itertools.accumulate([4, 10, 5, 5, 4, 5, 3, 30, 5, 4, 10, 18, 2]))
_KINDS, _KIND_CUM = list(SolutionKind), list(itertools.accumulate([55, 20, 12, 10, 3]))
_FIELDS, _FIELD_CUM = list(FieldCode), list(itertools.accumulate([45, 15, 8, 6, 2, 10, 3, 8, 3]))
_AUTHOR_COUNT_CUM = list(itertools.accumulate([50, 30, 14, 6]))
_FAMILIES = [f for f, _ in vocab.FAMILY_NAMES]
_FAMILY_CUM = list(itertools.accumulate(w for _, w in vocab.FAMILY_NAMES))
_DECIDED = frozenset(_STATUSES[_STATUSES.index(InitiativeStatus.KHONG_CONG_NHAN) :])
_CONFIRMED = frozenset(_STATUSES[_STATUSES.index(InitiativeStatus.CDCS_XAC_NHAN) :])


@dataclass(frozen=True)
class ProgrammeWindow:
    id: str
    starts: date
    ends: date


@dataclass(frozen=True)
class DemoPlan:
    """Everything a chunk needs besides the persons; small and picklable."""

    seed: int
    count: int
    unit_code: str
    today: date
    now: datetime
    first_pk: int
    first_person_pk: int
    span_days: int
    year_offset: dict[int, int]  # codes already used per year in this store
    reward_decisions: dict[tuple[int, int], str]  # (year, quarter) → decision id
    staging_dir: str  # where chunks are staged as side files for the writer
    programme: ProgrammeWindow | None = None  # confirmed initiatives applied in its window join it

    def applied_on(self, i: int) -> date:
        return FIRST_DAY + timedelta(days=i * self.span_days // self.count)

    def code(self, i: int) -> tuple[str, int]:
        applied = self.applied_on(i)
        days = (date(applied.year, 1, 1) - FIRST_DAY).days
        first_of_year = max(0, math.ceil(days * self.count / self.span_days))
        counter = i - first_of_year + 1 + self.year_offset.get(applied.year, 0)
        return f"{applied.year}-{self.unit_code}-{counter:04d}", counter


_PERSONS: list[PersonFacts] = []


def _init_worker(persons: list[PersonFacts]) -> None:
    _PERSONS[:] = persons


def generate_demo(services: Services, count: int, seed: int, progress: Progress | None = None) -> int:
    if not 1 <= count <= MAX_DEMO:
        limit = f"{MAX_DEMO:,}".replace(",", ".")
        raise ValidationError([FieldProblem("initiatives", "Số sáng kiến", f"phải từ 1 đến {limit}")])
    office = services.office.get_office()
    today, now = date.today(), services.uow.clock()
    persons = _person_facts(random.Random(f"{seed}:persons"), max(5, count // 3))
    with services.engine.begin() as conn:
        writer = BulkWriter(conn, now, source="demo")
        first_pk = writer.next_pk(Initiative)
        first_person_pk = writer.next_pk(Person)
        decisions = _reward_decision_rows(today)
        writer.add(RewardDecision, decisions)
    with tempfile.TemporaryDirectory(prefix="sangkien-demo-", dir=_scratch_dir()) as staging:
        plan = DemoPlan(
            seed,
            count,
            office.unit_code,
            today,
            now,
            first_pk,
            first_person_pk,
            max(1, (today - FIRST_DAY).days),
            _year_offsets(services, office.unit_code, today),
            {(d["decided_on"].year, _quarter(d["decided_on"])): d["id"] for d in decisions},
            staging,
            _seed_programme(services),
        )
        return _load(services, plan, persons, progress)


def _load(services: Services, plan: DemoPlan, persons: list[PersonFacts], progress: Progress | None) -> int:
    engine = create_store_engine(services.paths.db, tuning=BULK)  # demo rows are regenerable
    done = 0
    try:
        with registry_indexes.deferred_for_bulk_load(engine, plan.count):
            for staged, initiatives in _chunks(plan, persons):
                load_staged(engine, staged, plan.now, source="demo")
                done += initiatives
                if progress and initiatives:
                    progress(done, plan.count)
    finally:
        engine.dispose()
    return done


def _chunks(plan: DemoPlan, persons: list[PersonFacts]) -> Iterator[tuple[StagedChunk, int]]:
    """Person chunks first (their rows must exist before authorships point at them), then initiatives."""
    tasks = [("persons", s) for s in range(0, len(persons), CHUNK)]
    tasks += [("initiatives", s) for s in range(0, plan.count, CHUNK)]
    if plan.count < PARALLEL_FROM:
        _init_worker(persons)
        yield from (build_chunk(plan, task) for task in tasks)
        return
    with ProcessPoolExecutor(max_workers=WORKERS, initializer=_init_worker, initargs=(persons,)) as pool:
        # A bounded window of chunks in flight, in order: staged files never pile up on disk.
        pending: deque[Future[tuple[StagedChunk, int]]] = deque()
        for task in tasks:
            pending.append(pool.submit(build_chunk, plan, task))
            if len(pending) > 2 * WORKERS:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _scratch_dir() -> str | None:
    """RAM-backed /dev/shm where there is one (Linux): staged chunks are read once and deleted."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def _year_offsets(services: Services, unit_code: str, today: date) -> dict[int, int]:
    offsets = {}
    with services.uow.read() as session:
        repo = InitiativeRepository(session)
        for year in range(FIRST_DAY.year, today.year + 1):
            last = repo.last_code(f"{year}-{unit_code}-")
            tail = last.rsplit("-", 1)[1] if last else ""
            offsets[year] = int(tail) if tail.isdigit() else 0
    return offsets


def _quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _reward_decision_rows(today: date) -> list[dict[str, Any]]:
    """One union reward decision per quarter, dated the quarter's last month."""
    rows = []
    for year in range(FIRST_DAY.year, today.year + 1):
        for quarter in range(1, 5):
            decided = date(year, quarter * 3, 28)
            rows.append(
                {
                    "id": new_id(),
                    "number": f"{quarter:02d}/QĐ-CĐCS",
                    "decided_on": decided,
                    "subject": f"Về việc khen thưởng sáng kiến quý {quarter} năm {year}",
                    "authority": SigningAuthority.TM_BCH,
                    "fund_source": FundSource.QUY_CONG_DOAN,
                    "state": DecisionState.DA_BAN_HANH if decided <= today else DecisionState.DU_THAO,
                }
            )
    return rows


def _person_facts(rng: random.Random, n: int) -> list[PersonFacts]:
    facts = []
    for _ in range(n):
        sex = Sex.NU if rng.random() < 0.48 else Sex.NAM
        family = rng.choices(_FAMILIES, cum_weights=_FAMILY_CUM)[0]
        middle = rng.choice(vocab.MIDDLE_FEMALE if sex == Sex.NU else vocab.MIDDLE_MALE)
        given = rng.choice(vocab.GIVEN_FEMALE if sex == Sex.NU else vocab.GIVEN_MALE)
        facts.append((new_id(), family, middle, given, sex, rng.choice(vocab.DEPARTMENTS)))
    return facts


def _person_row(facts: PersonFacts, pk: int, rng: random.Random) -> dict[str, Any]:
    person_id, family, middle, given, sex, department = facts
    return {
        "pk": pk,  # given, so the search rows built with it in the worker share it
        "id": person_id,
        "full_name": f"{family} {middle} {given}",
        "family_name": family,
        "middle_name": middle,
        "given_name": given,
        "name_parts_overridden": False,
        "name_sort_key": name_sort_key(family, middle, given),
        "sex": sex,
        "birth_date": date(rng.randint(1965, 2003), rng.randint(1, 12), rng.randint(1, 28)),
        "department": department,
        "workplace": department,
        "is_member": rng.random() < 0.9,
        "worker_kind": WorkerKind.TRUC_TIEP_SX if rng.random() < 0.7 else WorkerKind.QUAN_LY,
    }


def build_chunk(plan: DemoPlan, task: tuple[str, int]) -> tuple[StagedChunk, int]:
    """Persons or initiatives ``start`` to ``start + CHUNK`` with their ops and folded search
    documents, staged in a side file. Runs in worker processes; returns the staged
    chunk and how many initiatives it holds."""
    kind, start = task
    rng = random.Random(f"{plan.seed}:{kind}:{start}")
    path = Path(plan.staging_dir) / f"{kind}-{start}.db"
    if kind == "persons":
        first = plan.first_person_pk + start
        rows = [_person_row(p, first + k, rng) for k, p in enumerate(_PERSONS[start : start + CHUNK])]
        folded = [PersonDoc(r["pk"], r["full_name"], r["department"]).folded() for r in rows]
        records = [prepare_records(Person, rows, plan.now)]
        return stage_chunk(path, records, {person_search.INDEX: folded}), 0
    tables: dict[type[Any], list[dict[str, Any]]] = {
        Initiative: [],
        Authorship: [],
        RecognitionDecision: [],
        Reward: [],
    }
    docs = []
    for i in range(start, min(start + CHUNK, plan.count)):
        docs.append(_initiative(plan, rng, i, tables))
    records = [prepare_records(model, rows, plan.now) for model, rows in tables.items()]
    return stage_chunk(path, records, {search.INITIATIVES: [doc.folded() for doc in docs]}), len(docs)


def _initiative(
    plan: DemoPlan, rng: random.Random, i: int, tables: dict[type[Any], list[dict[str, Any]]]
) -> SearchDoc:
    applied = plan.applied_on(i)
    code, counter = plan.code(i)
    status = rng.choices(_STATUSES, cum_weights=_STATUS_CUM)[0]
    authors = rng.sample(
        _PERSONS, k=min(len(_PERSONS), rng.choices((1, 2, 3, 4), cum_weights=_AUTHOR_COUNT_CUM)[0])
    )
    department = authors[0][5]
    title, summary = _texts(rng, department)
    not_quantifiable = rng.random() < 0.15
    row: dict[str, Any] = {
        "pk": plan.first_pk + i,
        "id": new_id(),
        "code": code,
        "title": title,
        "summary": summary,
        "kind": rng.choices(_KINDS, cum_weights=_KIND_CUM)[0],
        "field_code": rng.choices(_FIELDS, cum_weights=_FIELD_CUM)[0],
        "department": department,
        "first_applied_on": None if status == InitiativeStatus.Y_TUONG else applied,
        "first_application_is_trial": rng.random() < 0.3,
        "is_confidential": rng.random() < 0.02,
        "ip_protected": False,
        "benefit_not_quantifiable": not_quantifiable,
        "benefit_value": None if not_quantifiable else rng.randint(5, 5000) * 100_000,
        "benefit_is_estimate": rng.random() < 0.2,
        "status": status,
        "status_changed_at": plan.now,
        "programme_id": _programme_of(plan, status, applied),
        "title_sort_key": title_key(title),
        "lead_sort_key": name_sort_key(*authors[0][1:4]),
    }
    tables[Initiative].append(row)
    shares = _shares(rng, len(authors))
    for position, person in enumerate(authors, start=1):
        tables[Authorship].append(
            {
                "id": new_id(),
                "initiative_id": row["id"],
                "person_id": person[0],
                "position": position,
                "role": AuthorRole.TAC_GIA if position == 1 else AuthorRole.DONG_TAC_GIA,
                "share_pct": shares[position - 1],
            }
        )
    number = ""
    if status in _DECIDED:
        decision = _decision(plan, rng, row["id"], status, applied, counter)
        number = decision["number"]
        tables[RecognitionDecision].append(decision)
        if decision["outcome"] == RecognitionOutcome.CONG_NHAN and rng.random() < 0.2:
            tables[Reward].append(_reward(plan, rng, authors[0][0], row["id"], decision["decided_on"]))
    people = " ".join(f"{p[1]} {p[2]} {p[3]}" for p in authors)
    return SearchDoc(row["pk"], title, summary, people, department, f"{code} {number}")


def _seed_programme(services: Services) -> ProgrammeWindow | None:
    with services.uow.read() as session:
        row = session.execute(
            sa.select(Programme.id, Programme.window_from, Programme.window_to).where(
                Programme.code == SEED_PROGRAMME_CODE
            )
        ).first()
    return None if row is None else ProgrammeWindow(row[0], row[1], row[2])


def _programme_of(plan: DemoPlan, status: InitiativeStatus, applied: date | None) -> str | None:
    """Initiatives the union has confirmed for the programme (DOMAIN.md §5) are linked to it."""
    window = plan.programme
    if window is None or applied is None or status not in _CONFIRMED:
        return None
    return window.id if window.starts <= applied <= window.ends else None


def _texts(rng: random.Random, department: str) -> tuple[str, str]:
    action = rng.choice(vocab.ACTIONS)
    obj = rng.choice(vocab.OBJECTS).format(n=rng.randint(1, 9))
    purpose = rng.choice(vocab.PURPOSES)
    title = " ".join(p for p in (action, obj, purpose) if p)
    summary = rng.choice(vocab.SUMMARY_TEMPLATES).format(
        obj=obj, act_l=action.lower(), dept=department, purpose_l=purpose or "nâng cao hiệu quả công việc"
    )
    return title, summary


def _decision(
    plan: DemoPlan,
    rng: random.Random,
    initiative_id: str,
    status: InitiativeStatus,
    applied: date,
    counter: int,
) -> dict[str, Any]:
    refused = status == InitiativeStatus.KHONG_CONG_NHAN
    return {
        "id": new_id(),
        "initiative_id": initiative_id,
        "number": f"{counter}/QĐ-{plan.unit_code}",
        "decided_on": min(applied + timedelta(days=rng.randint(60, 240)), plan.today),
        "outcome": RecognitionOutcome.KHONG_CONG_NHAN if refused else RecognitionOutcome.CONG_NHAN,
        "reason": "Giải pháp trùng với giải pháp đã được áp dụng trước đó" if refused else None,
        "level": RecognitionLevel.CO_SO,
        "authority_line": "GIÁM ĐỐC",
        "signer_name": "Nguyễn Văn Thành",
    }


def _reward(
    plan: DemoPlan, rng: random.Random, person_id: str, initiative_id: str, decided: date
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "decision_id": plan.reward_decisions[(decided.year, _quarter(decided))],
        "form": RewardForm.GIAY_KHEN_CDCS,
        "level": RewardLevel.CDCS,
        "recipient_kind": RecipientKind.CA_NHAN,
        "person_id": person_id,
        "initiative_ids": f'["{initiative_id}"]',
        "citation": "Đã có sáng kiến được công nhận và áp dụng hiệu quả",
        "amount": rng.randint(5, 20) * 100_000,
    }


def _shares(rng: random.Random, n: int) -> list[Decimal]:
    """Whole-percent shares summing to 100, the lead author holding the largest."""
    if n == 1:
        return [Decimal("100.00")]
    if rng.random() < 0.5:
        return default_shares(n)
    cuts = sorted(rng.sample(range(5, 96), n - 1))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
    if min(parts) == 0:
        return default_shares(n)
    return [Decimal(p).quantize(Decimal("0.01")) for p in sorted(parts, reverse=True)]
