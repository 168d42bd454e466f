"""Initiatives ready for "Tải lên" (DOMAIN.md §5): recognised, linked to the seeded programme, confirmed
by the union and marked «Sẵn sàng tải lên» through the services, as an officer would."""

from __future__ import annotations

import sqlalchemy as sa

from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.model import InitiativeDraft
from sangkien_desktop.persistence.models import Initiative, Programme
from sangkien_desktop.services.container import Services
from tests.conftest import INITIATIVE_DEFAULTS


def ready_to_upload(services: Services, count: int, prefix: str = "Cải tiến khuôn dập") -> list[str]:
    """Ids of ``count`` new initiatives in «Sẵn sàng tải lên», decision 15/QĐ-ABC, first applied on the
    seeded programme's first day."""
    programme_id = services.initiatives.programmes()[0].id
    with services.uow.read() as session:
        query = sa.select(Programme.window_from).where(Programme.id == programme_id)
        first_day = session.scalars(query).one()
    on = first_day.strftime("%d/%m/%Y")
    ids = []
    for number in range(1, count + 1):
        data = {**INITIATIVE_DEFAULTS, "title": f"{prefix} số {number}", "status": "DA_CONG_NHAN",
                "decision_number": "15/QĐ-ABC", "decided_on": on, "first_applied_on": on}
        ids.append(services.initiatives.create(InitiativeDraft.from_mapping(data)).initiative.id)
    with services.uow() as uow:  # the programme is linked directly: the editor's field is tested elsewhere
        for row in uow.session.scalars(sa.select(Initiative).where(Initiative.id.in_(ids))):
            row.programme_id = programme_id
        uow.commit()
    for initiative_id in ids:
        services.status.change(initiative_id, InitiativeStatus.CDCS_XAC_NHAN)
        services.status.change(initiative_id, InitiativeStatus.SAN_SANG_TAI_LEN)
    return ids
