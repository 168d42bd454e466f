"""Domain settings stored in the database (DOMAIN.md §8) with their legal defaults."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.printer_profiles import PRINTING_DEFAULTS
from sangkien_desktop.domain.remuneration import BASE_SALARY_KEY, DEFAULT_BASE_SALARY
from sangkien_desktop.domain.rules import DEFAULT_SETTINGS, LegalSettings
from sangkien_desktop.persistence.models import Setting
from sangkien_desktop.persistence.models.base import utcnow
from sangkien_desktop.protocol import canonical_json

# Defaults beyond the legal ones (DOMAIN.md §8.1, §8.2, §8.4; SYNC.md rule 3).
APP_DEFAULTS: dict[str, object] = {
    "numbering.initiative_code": "{year}-{unit_code}-{counter:04d}",
    "text.tone_order": "dictionary",
    "text.short_date": "dd/mm/yyyy",
    "upload.summary_max_chars": 1000,
    "sync.send_personal_contacts": False,
    "attachments.max_size_mb": 50,
    BASE_SALARY_KEY: DEFAULT_BASE_SALARY,
    **PRINTING_DEFAULTS,  # printer profiles for pre-printed blanks, the Giấy khen emblem (DOCUMENTS.md §6)
}
ALL_DEFAULTS: dict[str, object] = {**DEFAULT_SETTINGS, **APP_DEFAULTS}


def read_all(session: Session) -> dict[str, Any]:
    stored = {k: json.loads(v) for k, v in session.execute(sa.select(Setting.key, Setting.value))}
    return {**ALL_DEFAULTS, **stored}


def seed_defaults(session: Session) -> None:
    """Store the defaults once, marked unverified, so officers can see and correct them."""
    present = set(session.scalars(sa.select(Setting.key)))
    for key, value in ALL_DEFAULTS.items():
        if key not in present:
            session.add(
                Setting(
                    key=key,
                    value=canonical_json(value),
                    verified=False,
                    source="Giá trị mặc định theo DOMAIN.md",
                    updated_at=utcnow(),
                )
            )


def legal(values: Mapping[str, Any]) -> LegalSettings:
    return LegalSettings.from_mapping(values)
