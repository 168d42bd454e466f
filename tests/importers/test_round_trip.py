"""Issue 7, item 4: the registry list exported to Excel and imported into an empty store gives back the
same initiatives."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services, build_services
from tests.conftest import OFFICE

MakeInitiative = Callable[..., InitiativeView]


@pytest.fixture
def empty_office(tmp_path: Path) -> Iterator[Services]:
    other = build_services(tmp_path / "other")
    other.office.init_office(OFFICE)
    try:
        yield other
    finally:
        other.close()


def essentials(view: InitiativeView) -> dict[str, Any]:
    """What makes two records the same initiative (not its id, version or timestamps)."""
    return {
        "code": view.code,
        "title": view.title,
        "status": view.status,
        "kind": view.kind,
        "field_code": view.field_code,
        "department": view.department,
        "summary": view.summary,
        "first_applied_on": view.first_applied_on,
        "benefit_vnd": view.benefit_vnd,
        "benefit_not_quantifiable": view.benefit_not_quantifiable,
        "authors": [(a.full_name, a.position, a.role, a.share_pct) for a in view.authors],
        "decision_number": view.decision_number,
        "decided_on": view.decided_on,
        "decision_outcome": view.decision_outcome,
    }


def all_views(services: Services) -> list[dict[str, Any]]:
    page = services.initiatives.list(limit=1000)
    return sorted((essentials(v) for v in page.items), key=lambda e: str(e["code"]))


def round_trip(services: Services, target: Services, tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.xlsx"
    services.reports.export_initiatives(path)
    plan = target.importing.analyse(path)
    assert [p.message for p in plan.problems] == []
    assert target.importing.commit(plan).imported == plan.rows


def test_export_then_import_gives_the_same_initiatives(
    services: Services,
    empty_office: Services,
    make_initiative: MakeInitiative,
    make_recognised: MakeInitiative,
    tmp_path: Path,
) -> None:
    make_initiative()  # two authors 60/40, applied, with a benefit
    make_recognised(
        title="Quy trình kiểm tra an toàn đầu ca",
        department="Tổ Bảo trì",
        summary="Đủ 12 bước",
        kind="TAC_NGHIEP",
        field_code="ATVSLD",
        benefit_value=1_234_567,
    )
    make_initiative(
        title="Ý tưởng: sổ tay sơ cứu",
        status="Y_TUONG",
        first_applied_on=None,
        benefit_value=None,
        authors=[{"name": "Bùi Thị Mai"}],
        field_code="CONG_DONG",
        kind="QUAN_LY",
    )
    make_initiative(title="=SUM(A1:A9) không phải công thức", authors=["Đỗ Văn Long"], benefit_value=0)
    assert services.initiatives.list().total == 4
    round_trip(services, empty_office, tmp_path)
    assert all_views(empty_office) == all_views(services)


def test_not_quantifiable_benefit_survives_the_round_trip(
    services: Services,
    empty_office: Services,
    make_initiative: MakeInitiative,
    tmp_path: Path,
) -> None:
    """The list says "Không tính được" for a benefit that cannot be counted; the import reads it back."""
    make_initiative(title="Biểu mẫu một cửa", benefit_value=None, benefit_not_quantifiable=True)
    round_trip(services, empty_office, tmp_path)
    assert all_views(empty_office) == all_views(services)
