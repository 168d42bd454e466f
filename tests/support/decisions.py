"""Issued reward decisions for the printing tests: real rows through the real services."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.reward_views import RewardDecisionView
from sangkien_desktop.domain.rewards import RecipientInput, RewardDecisionInput
from sangkien_desktop.services.container import Services

# Tricky but real: every tone, đ/Đ, markup characters, a long collective name.
COLLECTIVES = ("Tổ Bảo trì & Điện <ca 3>", "Phân xưởng Dệt 2", "Tổ Kiểm định chất lượng sản phẩm")


def issue_decision(services: Services, number: str = "05/QĐ-CĐCS", *,
                   initiative: InitiativeView | None = None, collectives: Sequence[str] = COLLECTIVES,
                   citation: str | None = "Có thành tích xuất sắc",
                   decided_on: date = date(2024, 3, 12)) -> RewardDecisionView:
    """A signed-off decision: one line per author of ``initiative`` (if given), then the collectives."""
    lines: list[RecipientInput] = []
    if initiative is not None:
        lines += [RecipientInput(person_id=a.person_id, citation=citation, position_line="Công nhân vận hành",
                                 golden_book_no=f"{i + 1:03d}", initiatives=(initiative.id,), amount=500_000)
                  for i, a in enumerate(initiative.authors)]
    lines += [RecipientInput(collective_name=name, citation=citation, amount=1_000_000)
              for name in collectives]
    data = RewardDecisionInput.from_mapping({"number": number, "decided_on": decided_on.isoformat(),
                                             "authority": "TM_BCH", "fund_source": "QUY_CONG_DOAN",
                                             "subject": "Về việc khen thưởng sáng kiến"})
    draft = services.rewards.create(RewardDecisionInput(**{**data.__dict__, "recipients": tuple(lines)}))
    return services.rewards.sign_off(draft.id, draft.version)
