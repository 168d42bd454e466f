"""Initiatives ready for "Tải lên" (DOMAIN.md §5): recognised, linked to the seeded programme, confirmed
by the union and marked «Sẵn sàng tải lên» through the services, as an officer would."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.model import InitiativeDraft
from sangkien_desktop.persistence.models import Programme
from sangkien_desktop.services.container import Services
from tests.conftest import INITIATIVE_DEFAULTS


def ready_to_upload(services: Services, titles: int | Sequence[str]) -> list[str]:
    """Ids of new initiatives in «Sẵn sàng tải lên» (``titles``, or that many numbered ones), decision
    15/QĐ-ABC, first applied on the seeded programme's first day."""
    numbered = isinstance(titles, int)
    names = [f"Cải tiến khuôn dập số {n}" for n in range(1, titles + 1)] if numbered else titles
    programme_id = services.initiatives.programmes()[0].id
    with services.uow.read() as session:
        query = sa.select(Programme.window_from).where(Programme.id == programme_id)
        on = session.scalars(query).one().strftime("%d/%m/%Y")
    ids = []
    for title in names:
        data = {**INITIATIVE_DEFAULTS, "title": title, "status": "DA_CONG_NHAN", "programme_id": programme_id,
                "decision_number": "15/QĐ-ABC", "decided_on": on, "first_applied_on": on}
        ids.append(services.initiatives.create(InitiativeDraft.from_mapping(data)).initiative.id)
    for initiative_id in ids:
        services.status.change(initiative_id, InitiativeStatus.CDCS_XAC_NHAN)
        services.status.change(initiative_id, InitiativeStatus.SAN_SANG_TAI_LEN)
    return ids
