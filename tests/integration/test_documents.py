"""Builders from the services' views to the data of templates C, D and E, on a real store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.rewards import RewardDecisionInput
from sangkien_desktop.pdf.template_c import render_c
from sangkien_desktop.pdf.template_d import render_d
from sangkien_desktop.pdf.template_e import render_e
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.documents import (
    ConfirmationFacts,
    confirmation_document,
    decision_document,
    request_document,
)

Make = Callable[..., InitiativeView]


def test_decision_document_sorts_the_annex_and_marks_drafts(services: Services,
                                                             make_recognised: Make) -> None:
    initiative = make_recognised()
    parts = services.rewards.split_collective(initiative.code, 1_000_000)
    data = RewardDecisionInput.from_mapping({
        "number": "05/QĐ-CĐCS", "decided_on": "2024-03-12", "authority": "KT_CHU_TICH",
        "fund_source": "QUY_CONG_DOAN", "subject": "Về việc khen thưởng sáng kiến năm 2024"})
    data = RewardDecisionInput(**{**data.__dict__, "recipients": tuple(p.as_recipient() for p in parts)})
    view = services.rewards.create(data)
    document = decision_document(services.rewards, services.office, view.id)
    # Given name first: Hoa < Nam < Thắng.
    assert [r.name for r in document.rows] == ["Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Đức Thắng"]
    assert document.signing == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert document.header.place_date == "Hải Phòng, ngày 12 tháng 3 năm 2024"
    assert document.annex_reference.startswith("(Kèm theo Quyết định số 05/QĐ-CĐCS ngày 12/3/2024")
    assert document.fund == "Quỹ công đoàn" and document.draft
    assert render_c(document).startswith(b"%PDF")


def test_request_and_confirmation_documents(services: Services, make_initiative: Make) -> None:
    initiative = make_initiative()
    request = request_document(services.initiatives, services.recognition, services.office, initiative.code,
                               filed_on=date(2024, 4, 2))
    assert request.addressee == "Công ty TNHH ABC"
    assert [a.name for a in request.authors] == ["Nguyễn Thị Hoa", "Trần Văn Nam"]
    assert request.benefit_value == "12.500.000 đồng/năm"
    assert request.place_date == "Hải Phòng, ngày 02 tháng 4 năm 2024"
    assert render_d(request).startswith(b"%PDF")
    facts = ConfirmationFacts(date(2024, 6, 1), number="07/XN-ABC", applied_at="Phân xưởng 1",
                              union_rep="Trần Thị Lan")
    confirmation = confirmation_document(services.initiatives, services.recognition, services.office,
                                         initiative.code, facts)
    assert confirmation.authors == "Nguyễn Thị Hoa (60%), Trần Văn Nam (40%)"
    assert confirmation.benefit_value == 12_500_000 and confirmation.author_count == 2
    assert confirmation.first_applied_on == "05/03/2024"
    assert render_e(confirmation).startswith(b"%PDF")
