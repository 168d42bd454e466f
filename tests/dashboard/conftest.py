"""A small store whose every figure is known by hand (see ``Figures2025`` in test_figures.py).

Built through the real services; the few records no service writes yet (a programme with phases,
its link to initiatives, the upper union's upload receipts) are written as real rows through the
unit of work, as the programme settings and the sync would write them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest

from sangkien_desktop.domain.dashboard import ReportPeriod, TargetInput
from sangkien_desktop.domain.enums import RewardForm, Sex, UploadResult, WorkerKind
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.people import PersonInput
from sangkien_desktop.domain.rewards import RecipientInput, RewardDecisionInput
from sangkien_desktop.persistence.models import Initiative, Programme, ProgrammePhase, UploadBatch, UploadItem
from sangkien_desktop.services.container import Services

PROGRAMME_CODE = "THI-DIEM-2025"


@dataclass
class KnownStore:
    services: Services
    people: dict[str, str]  # short name → person id
    initiatives: dict[str, InitiativeView]  # "I1" … → view
    programme_id: str
    phase_ids: tuple[str, str]


def _person(services: Services, name: str, sex: Sex, member: bool, kind: WorkerKind | None,
            birth: date | None = None) -> str:
    data = PersonInput(name, birth_date=birth, sex=sex, is_member=member, worker_kind=kind)
    return services.people.create(data).id


def _issue(services: Services, number: str, decided_on: date, lines: list[RecipientInput], *,
           sign: bool = True) -> None:
    data = RewardDecisionInput.from_mapping({"number": number, "decided_on": decided_on.isoformat(),
                                             "authority": "TM_BCH", "fund_source": "QUY_CONG_DOAN",
                                             "subject": "Về việc khen thưởng sáng kiến"})
    draft = services.rewards.create(RewardDecisionInput(**{**data.__dict__, "recipients": tuple(lines)}))
    if sign:
        services.rewards.sign_off(draft.id, draft.version)


def _programme(services: Services, known: dict[str, InitiativeView]) -> tuple[str, tuple[str, str]]:
    """A programme running through 2025–2026 with two phases; I1–I4 belong to it."""
    with services.uow() as uow:
        programme = Programme(code=PROGRAMME_CODE, name="Sáng kiến vì năng suất 2025–2026",
                              window_from=date(2025, 1, 1), window_to=date(2026, 12, 31))
        uow.session.add(programme)
        uow.session.flush()
        phases = (ProgrammePhase(programme_id=programme.id, name="Giai đoạn 1", starts_on=date(2025, 1, 1),
                                 ends_on=date(2025, 6, 30)),
                  ProgrammePhase(programme_id=programme.id, name="Giai đoạn 2", starts_on=date(2025, 7, 1),
                                 ends_on=date(2026, 12, 31)))
        uow.session.add_all(phases)
        for key in ("I1", "I2", "I3", "I4"):
            row = uow.session.query(Initiative).filter_by(id=known[key].id).one()
            row.programme_id = programme.id
        uow.session.flush()
        ids = programme.id, (phases[0].id, phases[1].id)
        uow.commit()
    return ids


# Receipts by the upper union's server, in UTC: 18:00 UTC on 31 March is already 1 April in Viet Nam.
UPLOADS: tuple[tuple[str, datetime, UploadResult], ...] = (
    ("I1", datetime(2025, 3, 31, 18, 0), UploadResult.HOP_LE),  # quarter 2 (local time)
    ("I2", datetime(2025, 3, 31, 16, 0), UploadResult.KHONG_HOP_LE),  # quarter 1 (23:00 local)
    ("I2", datetime(2025, 5, 10, 3, 0), UploadResult.HOP_LE),  # sent again after a fix
    ("I3", datetime(2025, 6, 20, 9, 0), UploadResult.CHO),
    ("I4", datetime(2025, 10, 2, 2, 0), UploadResult.HOP_LE),
    ("I5", datetime(2025, 5, 1, 2, 0), UploadResult.HOP_LE),  # not of the programme
)


def _uploads(services: Services, known: dict[str, InitiativeView], programme_id: str) -> None:
    with services.uow() as uow:
        batch = UploadBatch(programme_id=programme_id, created_by="Cán bộ thử")
        uow.session.add(batch)
        uow.session.flush()
        for key, received, result in UPLOADS:
            uow.session.add(UploadItem(batch_id=batch.id, initiative_id=known[key].id, initiative_version=1,
                                       result=result, server_received_at=received))
        uow.commit()


@pytest.fixture
def known(services: Services, make_initiative: Callable[..., InitiativeView]) -> KnownStore:
    s = services
    people = {
        "hoa": _person(s, "Nguyễn Thị Hoa", Sex.NU, True, WorkerKind.TRUC_TIEP_SX, date(1990, 1, 1)),
        "an": _person(s, "Trần Văn An", Sex.NAM, True, WorkerKind.QUAN_LY, date(1980, 2, 2)),
        "binh": _person(s, "Lê Thị Bình", Sex.NU, False, WorkerKind.TRUC_TIEP_SX, date(1995, 3, 3)),
        "an2": _person(s, "Phạm Văn An", Sex.NAM, True, WorkerKind.TRUC_TIEP_SX, date(1985, 5, 5)),
        "chau": _person(s, "Đỗ Minh Châu", Sex.NAM, True, None),
    }

    def author(key: str, share: int) -> dict[str, Any]:
        return {"person_id": people[key], "full_name": "x", "share_pct": share}

    def add(key: str, **fields: Any) -> None:
        made[key] = make_initiative(**fields)

    made: dict[str, InitiativeView] = {}
    recognised = {"status": "DA_CONG_NHAN"}
    add("I1", title="Cải tiến khuôn dệt", kind="KY_THUAT", field_code="SX_KD", department="Phân xưởng Dệt 1",
        status="AP_DUNG_THU", first_applied_on="15/01/2025", benefit_value=100_000_000,
        authors=[author("hoa", 60), author("an", 40)])
    add("I2", title="Che chắn máy cắt", kind="KY_THUAT", field_code="ATVSLD", department="Phân xưởng Dệt 1",
        first_applied_on="20/02/2025", benefit_value=50_000_000, benefit_is_estimate=True,
        decision_number="01/QĐ-ABC", decided_on="10/04/2025", authors=[author("hoa", 100)], **recognised)
    add("I3", title="Sắp xếp lịch ca", kind="QUAN_LY", field_code="SX_KD", department="Phòng Kỹ thuật",
        first_applied_on="05/05/2025", benefit_value=None, benefit_not_quantifiable=True,
        decision_number="02/QĐ-ABC", decided_on="01/06/2025", authors=[author("binh", 50), author("an2", 50)],
        **recognised)
    add("I4", title="Nghiên cứu sợi tái chế", kind="DE_TAI_NCKH", field_code="CNTT",
        department="Phòng Kỹ thuật", status="AP_DUNG_THU", first_applied_on="30/08/2025",
        benefit_value=12_345_678, authors=[author("chau", 100)])
    add("I5", title="=HYPERLINK(\"http://x\") mẫu phiếu", kind="TAC_NGHIEP", field_code="SX_KD",
        department=None, status="AP_DUNG_THU", first_applied_on="11/11/2025", benefit_value=7_000_000,
        authors=[author("an", 100)])
    add("I6", title="Ý tưởng chưa áp dụng", kind="KY_THUAT", field_code="SX_KD", status="Y_TUONG",
        first_applied_on=None, benefit_value=None, authors=[author("an", 100)])
    add("I7", title="Áp dụng cuối năm trước", kind="KY_THUAT", field_code="SX_KD", status="AP_DUNG_THU",
        first_applied_on="31/12/2024", benefit_value=1_000_000, authors=[author("binh", 100)])
    add("I8", title="Đã xoá", kind="KY_THUAT", field_code="SX_KD", status="AP_DUNG_THU",
        first_applied_on="03/03/2025", benefit_value=9_000_000, authors=[author("an2", 100)])
    s.trash.delete("initiative", made["I8"].id, made["I8"].version)

    _issue(s, "01/QĐ-CĐCS", date(2025, 6, 15), [
        RecipientInput(person_id=people["hoa"], amount=500_000, initiatives=(made["I2"].id,)),
        RecipientInput(person_id=people["an"], amount=500_000),
        RecipientInput(collective_name="Tổ Bảo trì", amount=1_000_000),
        RecipientInput(form=RewardForm.THUONG_NSDLD, person_id=people["binh"], amount=2_000_000),
    ])
    _issue(s, "02/QĐ-CĐCS", date(2025, 9, 1), [RecipientInput(person_id=people["an"], amount=9_999_999)],
           sign=False)
    _issue(s, "09/QĐ-CĐCS", date(2024, 12, 20), [RecipientInput(person_id=people["hoa"], amount=300_000)])

    programme_id, phases = _programme(s, made)
    _uploads(s, made, programme_id)
    s.dashboard.set_target(TargetInput(programme_id, ReportPeriod.of_year(2025), 7, 8))
    s.dashboard.set_target(TargetInput(programme_id, ReportPeriod.of_quarter(2025, 2), 1, 2))
    return KnownStore(s, people, made, programme_id, phases)
