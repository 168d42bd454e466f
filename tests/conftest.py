"""Shared fixtures: a real office store in a temporary data folder and an initiative factory."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sangkien_desktop.domain.model import InitiativeDraft, InitiativeView
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.services.office import OfficeInput

OFFICE = OfficeInput("ABC", "Công đoàn cơ sở Công ty TNHH ABC", "Công ty TNHH ABC", place_name="Hải Phòng")

INITIATIVE_DEFAULTS: dict[str, Any] = {
    "title": "Cải tiến băng tải phân xưởng 1",
    "kind": "KY_THUAT",
    "field_code": "SX_KD",
    "status": "AP_DUNG_THU",
    "first_applied_on": "05/03/2024",
    "benefit_value": 12_500_000,
    "authors": [{"name": "Nguyễn Thị Hoa", "share": 60}, {"name": "Trần Văn Nam", "share": 40}],
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def empty_services(data_dir: Path) -> Iterator[Services]:
    """A migrated store whose office has not been set up yet."""
    built = build_services(data_dir)
    try:
        yield built
    finally:
        built.close()


@pytest.fixture
def services(empty_services: Services) -> Services:
    empty_services.office.init_office(OFFICE)
    return empty_services


@pytest.fixture
def make_initiative(services: Services) -> Callable[..., InitiativeView]:
    """``make_initiative(title=..., authors=[...])``: creates through the service, returns its view."""

    def make(**overrides: Any) -> InitiativeView:
        data = {**INITIATIVE_DEFAULTS, **overrides}
        return services.initiatives.create(InitiativeDraft.from_mapping(data)).initiative

    return make


RECOGNISED_AUTHORS: list[dict[str, Any]] = [
    {"name": "Nguyễn Thị Hoa", "share": "33.34"},
    {"name": "Trần Văn Nam", "share": "33.33"},
    {"name": "Lê Đức Thắng", "share": "33.33"},
]


@pytest.fixture
def make_recognised(make_initiative: Callable[..., InitiativeView]) -> Callable[..., InitiativeView]:
    """``make_recognised(title=..., authors=[...])``: an initiative already recognised by the employer
    (decision 15/QĐ-ABC), three co-authors by default; rewards may be attached to it."""

    def make(**overrides: Any) -> InitiativeView:
        recognised = {"status": "DA_CONG_NHAN", "decision_number": "15/QĐ-ABC", "decided_on": "10/06/2024",
                      "authors": RECOGNISED_AUTHORS}
        return make_initiative(**{**recognised, **overrides})

    return make
