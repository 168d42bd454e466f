"""The certificate register: serials never reused (threads, two programs), reprints, revocation,
paging and the offline check of our own certificates (DOCUMENTS.md §10–§11)."""

from __future__ import annotations

import multiprocessing
import threading
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from sangkien_desktop.domain.certificates import CertificateSubject, PrintOptions, VerdictKind
from sangkien_desktop.domain.enums import DocumentTemplate
from sangkien_desktop.domain.errors import KnownError, NotFoundError, PermissionDeniedError, ValidationError
from sangkien_desktop.domain.officers import OfficerRole
from sangkien_desktop.persistence.models import OutboxOp, PrintRecord
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.services.signing import OfficeKey


def subject(name: str = "Trần Thị Hồng Nhung", record_id: str = "r-1") -> CertificateSubject:
    return CertificateSubject(
        DocumentTemplate.B, "reward", record_id, name, "Cải tiến dây chuyền đóng gói", "05/QĐ-CĐCS",
        date(2024, 3, 12),
    )


def test_issue_gives_serial_code_payload_and_a_synced_register_row(services: Services) -> None:
    first = services.certificates.issue(subject())
    on_blank = PrintOptions(on_blank=True, offset_x_mm=1.5)
    second = services.certificates.issue(subject("Lê Văn Đức", "r-2"), on_blank)
    year = date.today().year
    assert (first.serial, second.serial) == (f"ABC-{year}-00001", f"ABC-{year}-00002")
    assert len(first.verification_code) == 11
    assert first.caption == f"Số: ABC-{year}-00001\nMã kiểm tra: {first.verification_code}"
    verdict = services.certificates.verify_payload(second.payload)
    assert verdict.valid and verdict.claims is not None
    assert verdict.claims.recipient_name == "Lê Văn Đức"
    with services.uow.read() as session:
        row = session.scalars(sa.select(PrintRecord).where(PrintRecord.serial == second.serial)).one()
        assert (row.on_blank, row.offset_x_mm, row.record_id) == (True, "1.5", "r-2")
        ops = session.scalars(sa.select(OutboxOp.entity_type).where(OutboxOp.entity_id == row.id)).all()
        assert ops == ["print_record"]
    assert services.certificates.existing(DocumentTemplate.B, "reward", "r-1") == first


def test_reprint_keeps_serial_and_logs_who_and_when(services: Services) -> None:
    officer = services.officers.create("Phạm Văn Bình", OfficerRole.CAN_BO)
    issued = services.certificates.issue(subject())
    again = services.certificates.reprint(issued.serial, officer_id=officer.id)
    assert (again.serial, again.payload) == (issued.serial, issued.payload)
    history = services.certificates.history(issued.serial)
    assert [(e.reprint, e.printed_by) for e in history] == [(False, None), (True, "Phạm Văn Bình")]
    entry = services.certificates.entry(issued.serial)
    assert entry.reprints == 1 and entry.last_printed_at == history[1].printed_at
    with pytest.raises(NotFoundError, match="ABC-1999-00001"):
        services.certificates.reprint("ABC-1999-00001")


def test_revoke_needs_the_chairman_and_a_reason(services: Services) -> None:
    officer = services.officers.create("Phạm Văn Bình", OfficerRole.CAN_BO)
    chair = services.officers.create("Nguyễn Thị Thu Hằng", OfficerRole.CHU_TICH)
    issued = services.certificates.issue(subject())
    with pytest.raises(PermissionDeniedError):
        services.certificates.revoke(issued.serial, "Trao nhầm", officer_id=officer.id)
    with pytest.raises(ValidationError, match="Lý do thu hồi"):
        services.certificates.revoke(issued.serial, "  ", officer_id=chair.id)
    entry = services.certificates.revoke(issued.serial, " Trao nhầm người ", officer_id=chair.id)
    assert entry.revoked and entry.revoke_reason == "Trao nhầm người"
    verdict = services.certificates.verify_payload(issued.payload)
    assert verdict.kind is VerdictKind.REVOKED and "Trao nhầm người" in verdict.text()
    with pytest.raises(KnownError, match="thu hồi"):
        services.certificates.reprint(issued.serial)
    with pytest.raises(KnownError, match="từ trước"):
        services.certificates.revoke(issued.serial, "lần nữa", officer_id=chair.id)


def test_register_pages_newest_first_and_searches(services: Services) -> None:
    made = services.certificates.issue_many([subject(f"Người số {i}", f"r-{i}") for i in range(7)])
    page = services.certificates.register(offset=0, limit=3)
    assert page.total == 7 and [e.serial for e in page.entries] == [m.serial for m in made[::-1][:3]]
    rest = services.certificates.register(offset=6, limit=3)
    assert [e.serial for e in rest.entries] == [made[0].serial]
    found = services.certificates.register(search="số 4")
    assert [e.recipient_name for e in found.entries] == ["Người số 4"] and found.total == 1
    assert services.certificates.register(search=made[2].serial.lower()).total == 1


def test_unknown_issuer_until_their_key_is_added(services: Services, tmp_path: Path) -> None:
    from sangkien_desktop.domain.certificates import PayloadClaims
    from sangkien_desktop.services import signing

    other = OfficeKey(tmp_path / "xyz-keys", "XYZ")
    digest = signing.subject_digest(subject())
    claims = PayloadClaims("XYZ", 2024, 3, date(2024, 2, 1), "Đỗ Minh Quân", digest)
    payload = signing.sign_payload(claims, other)
    assert services.certificates.verify_payload(payload).kind is VerdictKind.UNKNOWN_ISSUER
    assert services.certificates.add_known_key(other.export()) == "XYZ"
    assert services.certificates.verify_payload(payload).valid


def test_a_serial_is_held_by_one_first_print_only(services: Services) -> None:
    issued = services.certificates.issue(subject())
    with pytest.raises(IntegrityError), services.uow() as uow:
        uow.session.add(PrintRecord(template=DocumentTemplate.B, serial=issued.serial, record_type="reward",
                                    record_id="x"))
        uow.commit()


def test_counter_resumes_after_serials_already_in_the_register(services: Services) -> None:
    year = date.today().year
    with services.uow() as uow:
        uow.session.add(PrintRecord(template=DocumentTemplate.B, serial=f"ABC-{year}-00041",
                                    record_type="reward", record_id="synced"))
        uow.commit()
    assert services.certificates.issue(subject()).serial == f"ABC-{year}-00042"


def test_serials_unique_when_threads_issue_at_once(services: Services) -> None:
    serials: list[str] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for i in range(8):
                serials.append(services.certificates.issue(subject(record_id=f"t{i}")).serial)
        except BaseException as exc:  # reported below: a thread's failure must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(serials) == 32 == len(set(serials))
    assert sorted(int(s[-5:]) for s in serials) == list(range(1, 33))


def _issue_in_another_program(data_dir: str, count: int) -> list[str]:
    services = build_services(Path(data_dir))
    try:
        return [services.certificates.issue(subject(record_id=f"p{i}")).serial for i in range(count)]
    finally:
        services.close()


def test_serials_unique_when_two_programs_issue_on_one_store(services: Services, data_dir: Path) -> None:
    services.certificates.public_key_text()  # one key for both programs
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        results = pool.starmap(_issue_in_another_program, [(str(data_dir), 12), (str(data_dir), 12)])
    serials = [s for batch in results for s in batch]
    assert len(set(serials)) == 24
    assert sorted(int(s[-5:]) for s in serials) == list(range(1, 25))
    latest = services.certificates.existing(DocumentTemplate.B, "reward", "p11")
    assert latest is not None and services.certificates.verify_payload(latest.payload).valid
