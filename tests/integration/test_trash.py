"""The trash: soft delete through the unit of work, restore, and purge with tombstones for sync."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.audit import AuditFilter
from sangkien_desktop.domain.enums import (
    AttachmentKind,
    OfficerRole,
    RecipientKind,
    RecognitionOutcome,
    RewardForm,
    RewardLevel,
)
from sangkien_desktop.domain.errors import ConflictError, KnownError, NotFoundError
from sangkien_desktop.domain.model import AuthorInput, InitiativeView
from sangkien_desktop.persistence import trash as store
from sangkien_desktop.persistence.models import (
    Attachment,
    AuditEntry,
    Authorship,
    Initiative,
    OutboxOp,
    Person,
    PurgedRecord,
    RecognitionDecision,
    Reward,
    RewardDecision,
)
from sangkien_desktop.services.container import Services

MakeInitiative = Callable[..., InitiativeView]


def _version(services: Services, model: type[Initiative | Person | RewardDecision], record_id: str) -> int:
    with services.uow.read() as session:
        return int(session.scalar(sa.select(model.version).where(model.id == record_id)) or 0)


def _person_id(services: Services, name: str) -> str:
    with services.uow.read() as session:
        return str(session.scalar(sa.select(Person.id).where(Person.full_name == name)))


def _count(services: Services, model: type, *where: object) -> int:
    with services.uow.read() as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(model).where(*where)) or 0)


def _live_authors(services: Services, initiative_id: str) -> int:
    return _count(
        services, Authorship, Authorship.initiative_id == initiative_id, Authorship.deleted_at.is_(None)
    )


def test_delete_moves_the_initiative_and_its_authors_to_the_trash_and_restore_brings_them_back(
    services: Services, make_initiative: MakeInitiative
) -> None:
    officer = services.officers.create("Đỗ Minh Châu", OfficerRole.CAN_BO, None)
    view = make_initiative(title="Cải tiến băng tải")
    # a co-author removed earlier stays removed after the restore
    detail = services.initiatives.detail(view.id)
    draft = replace(detail.draft, authors=(AuthorInput("Nguyễn Thị Hoa", None),))
    services.initiatives.update(view.id, draft, detail.version)
    assert _live_authors(services, view.id) == 1

    services.trash.delete(
        "initiative", view.id, _version(services, Initiative, view.id), officer_id=officer.id
    )

    assert services.initiatives.list().total == 0
    assert _live_authors(services, view.id) == 0
    (item,) = services.trash.items().items
    assert (item.entity, item.entity_label, item.id) == ("initiative", "Sáng kiến", view.id)
    assert (item.label, item.deleted_by) == (f"{view.code} – Cải tiến băng tải", "Đỗ Minh Châu")

    services.trash.restore("initiative", view.id)

    assert services.trash.items().total == 0
    assert services.initiatives.get(view.id).title == "Cải tiến băng tải"
    assert _live_authors(services, view.id) == 1
    actions = [r.action for r in services.audit.query(AuditFilter(record=view.id, entity="initiative")).items]
    assert actions[:2] == ["restore", "delete"]
    with services.uow.read() as session:
        ops = session.scalars(sa.select(OutboxOp.op_type).where(OutboxOp.entity_id == view.id)).all()
    assert list(ops)[-2:] == ["delete", "upsert"]


def test_delete_checks_the_version_and_the_state(services: Services, make_initiative: MakeInitiative) -> None:
    view = make_initiative()
    with pytest.raises(ConflictError, match="phiên bản"):
        services.trash.delete("initiative", view.id, 99)
    with pytest.raises(KnownError, match="không ở trong thùng rác"):
        services.trash.restore("initiative", view.id)
    with pytest.raises(KnownError, match="không ở trong thùng rác"):
        services.trash.purge("initiative", view.id)
    with pytest.raises(NotFoundError):
        services.trash.delete("initiative", "khong-co", 1)
    with pytest.raises(KnownError, match="loại hồ sơ"):
        services.trash.delete("outbox", view.id, 1)
    services.trash.delete("initiative", view.id, 1)
    with pytest.raises(KnownError, match="đã ở trong thùng rác"):
        services.trash.delete("initiative", view.id, 2)


def test_a_person_who_is_a_live_author_cannot_be_deleted(
    services: Services, make_initiative: MakeInitiative
) -> None:
    view = make_initiative()
    hoa = _person_id(services, "Nguyễn Thị Hoa")
    with pytest.raises(KnownError, match=f"Nguyễn Thị Hoa.*tác giả của 1 sáng kiến \\({view.code}\\)"):
        services.trash.delete("person", hoa, _version(services, Person, hoa))

    services.trash.delete("initiative", view.id, 1)
    services.trash.delete("person", hoa, _version(services, Person, hoa))
    with pytest.raises(KnownError, match=r"khôi phục trước.*Nguyễn Thị Hoa"):
        services.trash.restore("initiative", view.id)
    services.trash.restore("person", hoa)
    services.trash.restore("initiative", view.id)
    assert _live_authors(services, view.id) == 2


def test_purge_removes_the_record_and_its_rows_and_keeps_tombstones(
    services: Services, make_initiative: MakeInitiative, tmp_path: Path
) -> None:
    view = make_initiative(title="Đồ gá hàn khung xe đẩy")
    scan = tmp_path / "quyet-dinh.pdf"
    scan.write_bytes(b"%PDF-1.4 quyet dinh")
    file = services.attachments.attach("initiative", view.id, scan, AttachmentKind.KHAC)
    with services.uow() as uow:  # a decision whose scan is one of the initiative's files: a cycle of keys
        uow.session.add(
            RecognitionDecision(
                initiative_id=view.id,
                number="15/QĐ-ABC",
                decided_on=date(2024, 6, 1),
                outcome=RecognitionOutcome.CONG_NHAN,
                scan_id=file.id,
            )
        )
        uow.commit()
    authorship_ids = _ids(services, Authorship, Authorship.initiative_id == view.id)
    services.trash.delete("initiative", view.id, _version(services, Initiative, view.id))

    assert services.trash.purge("initiative", view.id) == 5  # initiative, 2 authors, decision, file

    assert _count(services, Initiative) == _count(services, Authorship) == _count(services, Attachment) == 0
    assert _count(services, RecognitionDecision) == 0
    assert _count(services, Person) == 2  # people are not the initiative's
    assert services.trash.purged_ids("initiative") == {view.id}
    assert services.trash.purged_ids("authorship") == set(authorship_ids)
    with services.uow.read() as session:
        assert store.purged_ids(session.connection(), "attachment") == {file.id}
        tombstone = session.scalars(sa.select(PurgedRecord).where(PurgedRecord.entity_id == view.id)).one()
    assert (tombstone.version, tombstone.deleted_at is not None) == (2, True)
    assert tombstone.purged_at >= tombstone.deleted_at
    assert services.initiatives.search("do ga han").total == 0
    # the trail of the purged record stays, with who purged it
    trail = services.audit.query(AuditFilter(record=view.id), limit=100).items
    assert trail[0].action == "purge" and trail[-1].action == "create"
    assert services.audit.replay("initiative", view.id) == {}
    assert services.trash.items().total == 0


def test_purge_refused_while_a_record_that_stays_uses_it(
    services: Services, make_initiative: MakeInitiative
) -> None:
    view = make_initiative()
    hoa = _person_id(services, "Nguyễn Thị Hoa")
    services.trash.delete("initiative", view.id, 1)
    services.trash.delete("person", hoa, _version(services, Person, hoa))
    with pytest.raises(KnownError, match="sáng kiến trong thùng rác vẫn dùng"):
        services.trash.purge("person", hoa)  # her authorship belongs to an initiative in the trash
    services.trash.purge("initiative", view.id)
    services.trash.purge("person", hoa)
    assert services.trash.purged_ids("person") == {hoa}

    nam = _person_id(services, "Trần Văn Nam")
    with services.uow() as uow:
        decision = RewardDecision(number="05/QĐ-CĐCS")
        uow.session.add(decision)
        uow.session.flush()
        uow.session.add(
            Reward(
                decision_id=decision.id,
                form=RewardForm.GIAY_KHEN_CDCS,
                level=RewardLevel.CDCS,
                recipient_kind=RecipientKind.CA_NHAN,
                person_id=nam,
                amount=500_000,
            )
        )
        uow.commit()
    services.trash.delete("person", nam, _version(services, Person, nam))
    with pytest.raises(KnownError, match="vẫn còn khen thưởng đang dùng"):
        services.trash.purge("person", nam)
    assert _count(services, Person, Person.id == nam) == 1
    assert _count(services, AuditEntry, AuditEntry.action == "purge", AuditEntry.entity_id == nam) == 0


def test_reward_decision_goes_to_the_trash_with_its_rewards(services: Services) -> None:
    with services.uow() as uow:
        decision = RewardDecision(number="07/QĐ-CĐCS", subject="Khen thưởng sáng kiến năm 2024")
        uow.session.add(decision)
        uow.session.flush()
        uow.session.add(
            Reward(
                decision_id=decision.id,
                form=RewardForm.GIAY_KHEN_CDCS,
                level=RewardLevel.CDCS,
                recipient_kind=RecipientKind.TAP_THE,
                collective_name="Tổ Điện",
                amount=1_000_000,
            )
        )
        uow.commit()
        decision_id = decision.id
    services.trash.delete("reward_decision", decision_id, 1)
    assert _count(services, Reward, Reward.deleted_at.is_(None)) == 0
    assert [i.label for i in services.trash.items().items] == ["07/QĐ-CĐCS"]
    services.trash.restore("reward_decision", decision_id)
    assert _count(services, Reward, Reward.deleted_at.is_(None)) == 1
    services.trash.delete("reward_decision", decision_id, 3)
    assert services.trash.purge("reward_decision", decision_id) == 2
    assert _count(services, Reward) == 0


def test_a_file_comes_back_only_onto_a_live_record(
    services: Services, make_initiative: MakeInitiative, tmp_path: Path
) -> None:
    view = make_initiative()
    source = tmp_path / "bien-ban.pdf"
    source.write_bytes(b"%PDF-1.4 bien ban")
    file = services.attachments.attach("initiative", view.id, source, AttachmentKind.KHAC)
    services.attachments.remove(file.id)
    services.trash.delete("initiative", view.id, 1)
    labels = [(i.entity, i.label) for i in services.trash.items().items]
    assert sorted(labels) == [("attachment", "bien-ban.pdf"), ("initiative", f"{view.code} – {view.title}")]
    with pytest.raises(KnownError, match="Hãy khôi phục Sáng kiến"):
        services.trash.restore("attachment", file.id)
    services.trash.restore("initiative", view.id)
    services.trash.restore("attachment", file.id)
    assert [a.id for a in services.attachments.list_for("initiative", view.id)] == [file.id]


def test_items_are_paged_most_recently_deleted_first(
    services: Services, make_initiative: MakeInitiative
) -> None:
    views = [make_initiative(title=f"Sáng kiến {n}") for n in range(3)]
    for view in views:
        services.trash.delete("initiative", view.id, 1)
    page = services.trash.items(limit=2)
    assert page.total == 3
    assert [i.id for i in page.items] == [views[2].id, views[1].id]
    assert [i.id for i in services.trash.items(limit=2, offset=2).items] == [views[0].id]


def _ids(services: Services, model: type[Authorship], *where: object) -> list[str]:
    with services.uow.read() as session:
        return list(session.scalars(sa.select(model.id).where(*where)))
