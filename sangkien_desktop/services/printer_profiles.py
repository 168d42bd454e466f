"""Printer profiles and the emblem image, kept as domain settings (DOCUMENTS.md §6.2–§6.3).

A profile is a printer's X/Y offsets in mm for printing Giấy khen onto pre-printed blanks; one of
them may be the default, preselected for such prints. Offsets are limited to ±15 mm as template B
enforces: a larger shift means the blank or the printer is wrong, not the numbers. The emblem is
the image template B prints at the top of a plain-paper Giấy khen (none by default).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from sangkien_desktop.domain.errors import FieldProblem, NotFoundError, ValidationError
from sangkien_desktop.domain.printer_profiles import (
    DEFAULT_PROFILE_KEY,
    EMBLEM_KEY,
    MAX_PROFILE_NAME,
    PROFILES_KEY,
    PrinterProfile,
)
from sangkien_desktop.domain.text import clean, fold
from sangkien_desktop.pdf.certificate import load_image
from sangkien_desktop.pdf.template_b import MAX_OFFSET_MM
from sangkien_desktop.persistence.models import Setting
from sangkien_desktop.persistence.models.base import utcnow
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory
from sangkien_desktop.protocol import canonical_json

from . import settings

__all__ = ["EMBLEM_WHAT", "PrinterProfiles"]

SOURCE = "Cài đặt in giấy khen"
EMBLEM_WHAT = "biểu trưng"  # how the missing-image message names the file
_LABELS = {"name": "Tên máy in", "offset_x_mm": "Độ lệch X", "offset_y_mm": "Độ lệch Y"}
Stored = dict[str, dict[str, float]]
ProfileList = list[PrinterProfile]  # an alias: the method ``list`` hides the builtin in the class


class PrinterProfiles:
    """Per-printer offsets for pre-printed blanks, the default profile and the emblem setting."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # -- profiles -----------------------------------------------------------------------------------

    def list(self) -> ProfileList:
        """Every profile, by name (diacritics and case ignored)."""
        with self._uow.read() as session:
            values = settings.read_all(session)
        return _profiles(values)

    def get(self, name: str) -> PrinterProfile:
        """The profile called ``name`` (diacritics, case and spaces ignored); ``NotFoundError`` else."""
        found = _find(self.list(), name)
        if found is None:
            raise NotFoundError(f"Không có hồ sơ máy in “{clean(name) or ''}”. "
                                "Xem danh sách: sangkien printers list.")
        return found

    def default(self) -> PrinterProfile | None:
        """The profile preselected for printing on blanks, if any."""
        return next((profile for profile in self.list() if profile.is_default), None)

    def save(self, name: str, offset_x_mm: float, offset_y_mm: float, *, make_default: bool = False,
             officer_id: str | None = None) -> PrinterProfile:
        """Create or update a profile (same name, ignoring case and diacritics, replaces it). The first
        profile becomes the default; ``make_default`` makes this one the default."""
        title = _valid_name(name)
        x, y = _valid_offsets(offset_x_mm, offset_y_mm)
        with self._uow(officer_id) as uow:
            values = settings.read_all(uow.session)
            stored = {key: value for key, value in _stored(values).items() if fold(key) != fold(title)}
            stored[title] = {"offset_x_mm": x, "offset_y_mm": y}
            _store(uow.session, PROFILES_KEY, stored)
            default = _find(_profiles(values), values.get(DEFAULT_PROFILE_KEY) or "")
            if make_default or default is None or fold(default.name) == fold(title):
                _store(uow.session, DEFAULT_PROFILE_KEY, title)
            uow.commit()
        return self.get(title)

    def remove(self, name: str, *, officer_id: str | None = None) -> None:
        """Forget a profile; the default is cleared when it was this one."""
        gone = self.get(name)
        with self._uow(officer_id) as uow:
            values = settings.read_all(uow.session)
            stored = {key: value for key, value in _stored(values).items() if fold(key) != fold(gone.name)}
            _store(uow.session, PROFILES_KEY, stored)
            if gone.is_default:
                _store(uow.session, DEFAULT_PROFILE_KEY, "")
            uow.commit()

    def set_default(self, name: str | None, *, officer_id: str | None = None) -> PrinterProfile | None:
        """Make ``name`` the default profile (None: no default)."""
        chosen = self.get(name) if name else None
        with self._uow(officer_id) as uow:
            _store(uow.session, DEFAULT_PROFILE_KEY, chosen.name if chosen else "")
            uow.commit()
        return self.get(chosen.name) if chosen else None

    # -- emblem -------------------------------------------------------------------------------------

    def emblem_path(self) -> Path | None:
        """The emblem image chosen for Giấy khen, or None (the template then prints none)."""
        with self._uow.read() as session:
            value = settings.read_all(session).get(EMBLEM_KEY)
        return Path(value) if isinstance(value, str) and value.strip() else None

    def set_emblem(self, path: Path | None, *, officer_id: str | None = None) -> Path | None:
        """Choose the emblem image (checked readable now, stored absolute); None clears it."""
        chosen = None
        if path is not None:
            chosen = path.expanduser().absolute()
            load_image(chosen, EMBLEM_WHAT)  # a missing or unreadable file is refused, naming it
        with self._uow(officer_id) as uow:
            _store(uow.session, EMBLEM_KEY, str(chosen) if chosen else "")
            uow.commit()
        return chosen


def _stored(values: dict[str, Any]) -> Stored:
    """The stored profiles, skipping any malformed entry (settings may come from another machine)."""
    raw = values.get(PROFILES_KEY)
    found: Stored = {}
    if not isinstance(raw, dict):
        return found
    for name, offsets in raw.items():
        if isinstance(name, str) and isinstance(offsets, dict):
            x, y = offsets.get("offset_x_mm", 0.0), offsets.get("offset_y_mm", 0.0)
            if isinstance(x, int | float) and isinstance(y, int | float):
                found[name] = {"offset_x_mm": float(x), "offset_y_mm": float(y)}
    return found


def _profiles(values: dict[str, Any]) -> ProfileList:
    default = values.get(DEFAULT_PROFILE_KEY)
    default_key = fold(default) if isinstance(default, str) and default else None
    profiles = [PrinterProfile(name, xy["offset_x_mm"], xy["offset_y_mm"], fold(name) == default_key)
                for name, xy in _stored(values).items()]
    return sorted(profiles, key=lambda profile: (fold(profile.name), profile.name))


def _find(profiles: ProfileList, name: str) -> PrinterProfile | None:
    wanted = fold(clean(name) or "")
    return next((profile for profile in profiles if fold(profile.name) == wanted), None) if wanted else None


def _valid_name(name: str) -> str:
    title = clean(name) or ""
    if not title:
        raise ValidationError([FieldProblem("name", _LABELS["name"], "bắt buộc phải có")])
    if len(title) > MAX_PROFILE_NAME:
        raise ValidationError([FieldProblem("name", _LABELS["name"],
                                            f"dài {len(title)} ký tự, tối đa {MAX_PROFILE_NAME}")])
    return title


def _valid_offsets(x: float, y: float) -> tuple[float, float]:
    problems = [FieldProblem(field, _LABELS[field], f"{value:g} mm vượt giới hạn ±{MAX_OFFSET_MM:g} mm; "
                             "hãy in trang căn chỉnh và đo lại")
                for field, value in (("offset_x_mm", x), ("offset_y_mm", y))
                if not math.isfinite(value) or abs(value) > MAX_OFFSET_MM]
    if problems:
        raise ValidationError(problems)
    return round(float(x), 2) + 0.0, round(float(y), 2) + 0.0  # + 0.0: no "-0" in the register


def _store(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    if row is None:
        row = Setting(key=key, verified=True, source=SOURCE)
        session.add(row)
    text = canonical_json(value)
    if row.value != text:
        row.value, row.verified, row.source, row.updated_at = text, True, SOURCE, utcnow()
