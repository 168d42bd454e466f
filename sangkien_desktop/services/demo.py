"""`sangkien demo`: realistic synthetic Vietnamese data for trials and benchmarks.

Persons, initiatives with one to four authors and their shares, recognition decisions for the
recognised ones and union rewards for some of them, written through the bulk path so that every
record still gets its outbox op, audit entry and search document.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

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
from sangkien_desktop.persistence.bulk import BulkWriter
from sangkien_desktop.persistence.models import (
    Authorship,
    Initiative,
    Person,
    RecognitionDecision,
    Reward,
    RewardDecision,
)
from sangkien_desktop.persistence.repositories import InitiativeRepository
from sangkien_desktop.persistence.search import SearchDoc
from sangkien_desktop.protocol import new_id

from . import demo_data as vocab
from .container import Services

CHUNK = 10_000
MAX_DEMO = 5_000_000
FIRST_YEAR, LAST_YEAR = 2019, 2025
Progress = Callable[[int, int], None]

_STATUS_WEIGHTS = {
    InitiativeStatus.Y_TUONG: 4,
    InitiativeStatus.AP_DUNG_THU: 10,
    InitiativeStatus.DA_NOP_DON: 5,
    InitiativeStatus.DON_HOP_LE: 4,
    InitiativeStatus.DANG_XET: 5,
    InitiativeStatus.KHONG_CONG_NHAN: 3,
    InitiativeStatus.DA_CONG_NHAN: 30,
    InitiativeStatus.CDCS_XAC_NHAN: 5,
    InitiativeStatus.SAN_SANG_TAI_LEN: 4,
    InitiativeStatus.DA_TAI_LEN: 10,
    InitiativeStatus.HOP_LE: 18,
    InitiativeStatus.KHONG_HOP_LE: 2,
}
_DECIDED = {
    InitiativeStatus.KHONG_CONG_NHAN,
    InitiativeStatus.DA_CONG_NHAN,
    InitiativeStatus.CDCS_XAC_NHAN,
    InitiativeStatus.SAN_SANG_TAI_LEN,
    InitiativeStatus.DA_TAI_LEN,
    InitiativeStatus.HOP_LE,
    InitiativeStatus.KHONG_HOP_LE,
}


@dataclass
class _Generator:
    rng: random.Random
    unit_code: str
    today: date
    persons: list[tuple[str, str, str]] = field(default_factory=list)  # id, full name, department
    counters: dict[int, int] = field(default_factory=dict)
    decision_no: int = 0
    reward_decisions: dict[tuple[int, int], str] = field(default_factory=dict)

    def person_row(self) -> dict[str, Any]:
        rng = self.rng
        sex = Sex.NU if rng.random() < 0.48 else Sex.NAM
        family = rng.choices([f for f, _ in vocab.FAMILY_NAMES], [w for _, w in vocab.FAMILY_NAMES])[0]
        middle = rng.choice(vocab.MIDDLE_FEMALE if sex == Sex.NU else vocab.MIDDLE_MALE)
        given = rng.choice(vocab.GIVEN_FEMALE if sex == Sex.NU else vocab.GIVEN_MALE)
        full = f"{family} {middle} {given}"
        department = rng.choice(vocab.DEPARTMENTS)
        row: dict[str, Any] = {
            "id": new_id(),
            "full_name": full,
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
        self.persons.append((row["id"], full, department))
        return row

    def initiative(
        self, pk: int
    ) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any] | None, SearchDoc]:
        rng = self.rng
        applied = date(FIRST_YEAR, 1, 1) + timedelta(
            days=rng.randint(0, (date(LAST_YEAR, 12, 31) - date(FIRST_YEAR, 1, 1)).days)
        )
        applied = min(applied, self.today)
        status = rng.choices(list(_STATUS_WEIGHTS), list(_STATUS_WEIGHTS.values()))[0]
        authors = rng.sample(
            self.persons, k=min(len(self.persons), rng.choices((1, 2, 3, 4), (45, 30, 17, 8))[0])
        )
        lead_department = authors[0][2]
        title, summary = self._texts(lead_department)
        self.counters[applied.year] = self.counters.get(applied.year, 0) + 1
        not_quantifiable = rng.random() < 0.15
        row: dict[str, Any] = {
            "id": new_id(),
            "code": f"{applied.year}-{self.unit_code}-{self.counters[applied.year]:04d}",
            "title": title,
            "summary": summary,
            "kind": rng.choices(list(SolutionKind), (55, 20, 12, 10, 3))[0],
            "field_code": rng.choices(list(FieldCode), (45, 15, 8, 6, 2, 10, 3, 8, 3))[0],
            "department": lead_department,
            "first_applied_on": None if status == InitiativeStatus.Y_TUONG else applied,
            "first_application_is_trial": rng.random() < 0.3,
            "is_confidential": rng.random() < 0.02,
            "ip_protected": False,
            "benefit_not_quantifiable": not_quantifiable,
            "benefit_value": None if not_quantifiable else rng.randint(5, 5000) * 100_000,
            "benefit_is_estimate": rng.random() < 0.2,
            "status": status,
            "status_changed_at": None,
        }
        shares = _shares(rng, len(authors))
        authorships = [
            {
                "id": new_id(),
                "initiative_id": row["id"],
                "person_id": pid,
                "position": i + 1,
                "role": AuthorRole.TAC_GIA if i == 0 else AuthorRole.DONG_TAC_GIA,
                "share_pct": shares[i],
            }
            for i, (pid, _name, _dept) in enumerate(authors)
        ]
        decision = self._decision(row["id"], status, applied) if status in _DECIDED else None
        doc = SearchDoc(
            pk=pk,
            title=title,
            summary=summary,
            people=" ".join(a[1] for a in authors),
            department=lead_department,
            refs=f"{row['code']} {decision['number'] if decision else ''}",
        )
        return row, authorships, decision, doc

    def _texts(self, department: str) -> tuple[str, str]:
        rng = self.rng
        action = rng.choice(vocab.ACTIONS)
        obj = rng.choice(vocab.OBJECTS).format(n=rng.randint(1, 9))
        purpose = rng.choice(vocab.PURPOSES)
        title = " ".join(p for p in (action, obj, purpose) if p)
        summary = rng.choice(vocab.SUMMARY_TEMPLATES).format(
            obj=obj, act_l=action.lower(), dept=department, purpose_l=purpose or "nâng cao hiệu quả công việc"
        )
        return title, summary

    def _decision(self, initiative_id: str, status: InitiativeStatus, applied: date) -> dict[str, Any]:
        self.decision_no += 1
        refused = status == InitiativeStatus.KHONG_CONG_NHAN
        decided = min(applied + timedelta(days=self.rng.randint(60, 240)), self.today)
        return {
            "id": new_id(),
            "initiative_id": initiative_id,
            "number": f"{self.decision_no}/QĐ-{self.unit_code}",
            "decided_on": decided,
            "outcome": RecognitionOutcome.KHONG_CONG_NHAN if refused else RecognitionOutcome.CONG_NHAN,
            "reason": "Giải pháp trùng với giải pháp đã được áp dụng trước đó" if refused else None,
            "level": RecognitionLevel.CO_SO,
            "authority_line": "GIÁM ĐỐC",
            "signer_name": "Nguyễn Văn Thành",
        }

    def reward_decision_for(self, decided: date, new_decisions: list[dict[str, Any]]) -> str:
        key = (decided.year, (decided.month - 1) // 3 + 1)
        if key not in self.reward_decisions:
            number = len(self.reward_decisions) + 1
            decision_id = new_id()
            self.reward_decisions[key] = decision_id
            new_decisions.append(
                {
                    "id": decision_id,
                    "number": f"{number:02d}/QĐ-CĐCS",
                    "decided_on": min(decided + timedelta(days=30), self.today),
                    "subject": f"Về việc khen thưởng sáng kiến quý {key[1]} năm {key[0]}",
                    "authority": SigningAuthority.TM_BCH,
                    "fund_source": FundSource.QUY_CONG_DOAN,
                    "state": DecisionState.DA_BAN_HANH,
                }
            )
        return self.reward_decisions[key]


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


def generate_demo(services: Services, count: int, seed: int, progress: Progress | None = None) -> int:
    if not 1 <= count <= MAX_DEMO:
        raise ValidationError(
            [FieldProblem("initiatives", "Số sáng kiến", f"phải từ 1 đến {MAX_DEMO:,}".replace(",", "."))]
        )
    office = services.office.get_office()
    gen = _Generator(random.Random(seed), office.unit_code, date.today())
    with services.uow.read() as session:
        repo = InitiativeRepository(session)
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            last = repo.last_code(f"{year}-{office.unit_code}-")
            gen.counters[year] = (
                int(last.rsplit("-", 1)[1]) if last and last.rsplit("-", 1)[1].isdigit() else 0
            )
    with services.engine.begin() as conn:
        writer = BulkWriter(conn, services.uow.clock(), source="demo")
        writer.add(Person, [gen.person_row() for _ in range(max(5, count // 3))])
    done = 0
    while done < count:
        size = min(CHUNK, count - done)
        with services.engine.begin() as conn:
            _write_chunk(BulkWriter(conn, services.uow.clock(), source="demo"), gen, size)
        done += size
        if progress:
            progress(done, count)
    return done


def _write_chunk(writer: BulkWriter, gen: _Generator, size: int) -> None:
    now = writer.now
    first_pk = writer.next_pk(Initiative)
    initiatives, authorships, decisions, docs = [], [], [], []
    reward_decisions: list[dict[str, Any]] = []
    rewards: list[dict[str, Any]] = []
    for offset in range(size):
        row, authors, decision, doc = gen.initiative(first_pk + offset)
        row["status_changed_at"] = now
        initiatives.append(row)
        authorships.extend(authors)
        docs.append(doc)
        if decision:
            decisions.append(decision)
            if decision["outcome"] == RecognitionOutcome.CONG_NHAN and gen.rng.random() < 0.2:
                rewards.append(
                    _reward(gen, authors[0]["person_id"], row["id"], decision["decided_on"], reward_decisions)
                )
    writer.add(Initiative, initiatives)
    writer.add(Authorship, authorships)
    writer.add(RecognitionDecision, decisions)
    writer.add(RewardDecision, reward_decisions)
    writer.add(Reward, rewards)
    writer.index(docs)


def _reward(
    gen: _Generator, person_id: str, initiative_id: str, decided: date, new_decisions: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "decision_id": gen.reward_decision_for(decided, new_decisions),
        "form": RewardForm.GIAY_KHEN_CDCS,
        "level": RewardLevel.CDCS,
        "recipient_kind": RecipientKind.CA_NHAN,
        "person_id": person_id,
        "initiative_ids": f'["{initiative_id}"]',
        "citation": "Đã có sáng kiến được công nhận và áp dụng hiệu quả",
        "amount": gen.rng.randint(5, 20) * 100_000,
    }
