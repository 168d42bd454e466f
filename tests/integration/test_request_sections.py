"""The Đơn's sections (TT 18/2013, Phụ lục I) through the services, the CLI and template D (real store)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from sangkien_desktop import cli
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.models import AuditEntry, OutboxOp
from sangkien_desktop.services.container import Services
from tests.conftest import INITIATIVE_DEFAULTS

MakeInitiative = Callable[..., InitiativeView]
SECTIONS: dict[str, str] = {
    "investor_name": "Tổng công ty Dệt may Hà Nội",
    "problem": "Băng tải hay trượt dây, dừng máy 20 phút mỗi ca",
    "prior_state": "Căng dây bằng tay, không có cảm biến",
    "applicability": "Áp dụng được cho cả ba phân xưởng dệt",
    "confidential_info": "Sơ đồ mạch điều khiển",
    "conditions": "Một cảm biến lực và bộ điều khiển PLC",
}


def _audit(services: Services, initiative_id: str) -> list[tuple[str, str | None, str | None]]:
    with services.uow.read() as session:
        query = (sa.select(AuditEntry.action, AuditEntry.field, AuditEntry.new_value)
                 .where(AuditEntry.entity_id == initiative_id).order_by(AuditEntry.pk))
        return [(action, name, value) for action, name, value in session.execute(query)]


def _pdf_text(pdf: Path) -> str:
    pages = (unicodedata.normalize("NFC", page.extract_text()) for page in PdfReader(pdf).pages)
    return " ".join(" ".join(pages).split())


def test_create_and_update_store_audit_and_queue_the_sections(services: Services,
                                                               make_initiative: MakeInitiative) -> None:
    created = make_initiative(**SECTIONS)
    detail = services.initiatives.detail(created.id)
    assert {name: getattr(detail.draft, name) for name in SECTIONS} == SECTIONS
    [(action, _, snapshot)] = _audit(services, created.id)
    assert action == "create" and snapshot is not None
    assert {k: v for k, v in json.loads(snapshot).items() if k in SECTIONS} == SECTIONS

    changes = {"problem": "Dây băng tải bị giãn sau hai tháng", "conditions": None}
    saved = services.initiatives.update(created.id, replace(detail.draft, **changes), detail.version)

    after = services.initiatives.detail(created.id)
    assert saved.initiative.version == after.version == detail.version + 1
    assert (after.draft.problem, after.draft.conditions) == ("Dây băng tải bị giãn sau hai tháng", None)
    assert after.draft.investor_name == SECTIONS["investor_name"]
    updates = {name: value for action, name, value in _audit(services, created.id) if action == "update"}
    assert updates == {"problem": json.dumps("Dây băng tải bị giãn sau hai tháng", ensure_ascii=False),
                       "conditions": None}
    with services.uow.read() as session:
        ops = session.scalar(sa.select(sa.func.count()).select_from(OutboxOp)
                             .where(OutboxOp.entity_id == created.id))
    assert ops == 2  # the creation and the update


def test_the_request_document_prints_the_sections(services: Services, make_initiative: MakeInitiative,
                                                  tmp_path: Path) -> None:
    created = make_initiative(**SECTIONS)
    services.printing.print_request(created.code, tmp_path / "don.pdf")
    text = _pdf_text(tmp_path / "don.pdf")
    for value in SECTIONS.values():
        assert value in text


def test_without_an_investor_the_employer_is_printed(services: Services, make_initiative: MakeInitiative,
                                                     tmp_path: Path) -> None:
    created = make_initiative()
    services.printing.print_request(created.code, tmp_path / "don.pdf")
    employer = services.office.get_office().employer_name
    assert f"Chủ đầu tư tạo ra sáng kiến: {employer}" in _pdf_text(tmp_path / "don.pdf")


def test_cli_add_initiative_json_then_document_d(services: Services, data_dir: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    services.close()
    decomposed = {k: unicodedata.normalize("NFD", v) for k, v in SECTIONS.items()}
    source = tmp_path / "sk.json"
    data: dict[str, Any] = {**INITIATIVE_DEFAULTS, **decomposed}
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    assert cli.main(["--data-dir", str(data_dir), "add-initiative", "--json", str(source)]) == 0
    code = json.loads(capsys.readouterr().out)["code"]
    out = tmp_path / "don.pdf"
    assert cli.main(["--data-dir", str(data_dir), "document", "--template", "D", "--initiative", code,
                     "--out", str(out)]) == 0, capsys.readouterr().err

    text = _pdf_text(out)
    for value in SECTIONS.values():
        assert value in text
