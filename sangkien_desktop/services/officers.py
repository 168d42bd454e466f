"""Officers of this office: who uses the app, with which role, and their optional PIN (DOMAIN.md §4.19).

Only the chairman manages officers. Until the office has an active chairman (the officer who set the
office up may have chosen "Cán bộ"), an officer may manage them too, so the office can always name its
chairman; afterwards the last active chairman cannot be demoted or deactivated.

A PIN is hashed with scrypt and a random salt per hash and stored as ``scrypt$n$r$p$salt$hash``
(base64), so its cost can be raised later without breaking stored PINs; it is compared in constant
time. The audit trail only records that a PIN was set or cleared (``persistence.unit_of_work``).
"""

from __future__ import annotations

import base64
import builtins
import hashlib
import hmac
import math
import secrets
import time
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.errors import (
    ConflictError,
    FieldProblem,
    KnownError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    WrongPinError,
)
from sangkien_desktop.domain.officers import LABELS, OfficerDraft, OfficerView, Permission, pin_problem
from sangkien_desktop.domain.text import clean, fold
from sangkien_desktop.persistence.models import Officer
from sangkien_desktop.persistence.officers import SIGN_IN_CHOICES
from sangkien_desktop.persistence.unit_of_work import UnitOfWork, UnitOfWorkFactory, require_permission

__all__ = ["MAX_WRONG_PINS", "PIN_LOCK_SECONDS", "OfficerService", "PinAttempts", "hash_pin", "pin_matches"]

SCHEME = "scrypt"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1  # about 16 MiB and a few tens of milliseconds per try
SALT_BYTES, KEY_BYTES = 16, 32
_MAX_N, _MAX_R, _MAX_P = 2**20, 32, 16  # refuse absurd costs read from a damaged row

MAX_WRONG_PINS = 5
PIN_LOCK_SECONDS = 60


def hash_pin(pin: str) -> str:
    """A new self-describing hash of ``pin`` with a fresh random salt."""
    salt = secrets.token_bytes(SALT_BYTES)
    key = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join((SCHEME, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(key)))


def pin_matches(stored: str, pin: str) -> bool:
    """Whether ``pin`` is the one hashed in ``stored``; a damaged or unknown hash matches nothing."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        cost = int(n), int(r), int(p)
        expected = base64.b64decode(key, validate=True)
        salt_bytes = base64.b64decode(salt, validate=True)
    except ValueError:
        return False
    if scheme != SCHEME or not _sane_cost(*cost) or not expected:
        return False
    return hmac.compare_digest(_scrypt(pin, salt_bytes, *cost, length=len(expected)), expected)


def _sane_cost(n: int, r: int, p: int) -> bool:
    return 1 < n <= _MAX_N and n & (n - 1) == 0 and 0 < r <= _MAX_R and 0 < p <= _MAX_P


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int = KEY_BYTES) -> bytes:
    memory = 128 * r * (n + p + 2) + 2**20
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=length)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _checked_pin(pin: str | None) -> str | None:
    """None or blank: no PIN; otherwise the digits, or ``ValidationError``."""
    text = (pin or "").strip()
    if not text:
        return None
    problem = pin_problem(text)
    if problem is not None:
        raise ValidationError([problem])
    return text


def _view(officer: Officer) -> OfficerView:
    return OfficerView(officer.id, officer.full_name, officer.role, officer.pin_hash is not None,
                       officer.active, officer.version)


class PinAttempts:
    """Wrong PINs in a row per officer: after ``MAX_WRONG_PINS`` the officer waits ``PIN_LOCK_SECONDS``
    before trying again, so a 4-digit PIN cannot be tried through by hand at a shared PC."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._wrong: dict[str, int] = {}
        self._locked_until: dict[str, float] = {}

    def check(self, officer_id: str) -> None:
        wait = self._locked_until.get(officer_id, 0.0) - self._clock()
        if wait > 0:
            raise WrongPinError(f"Đã nhập sai mã PIN {MAX_WRONG_PINS} lần liền. "
                                f"Hãy thử lại sau {math.ceil(wait)} giây.")

    def failed(self, officer_id: str) -> None:
        wrong = self._wrong.get(officer_id, 0) + 1
        if wrong >= MAX_WRONG_PINS:
            self._locked_until[officer_id] = self._clock() + PIN_LOCK_SECONDS
            wrong = 0
        self._wrong[officer_id] = wrong

    def succeeded(self, officer_id: str) -> None:
        self._wrong.pop(officer_id, None)


class OfficerService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Callable[[], float] = time.monotonic) -> None:
        self._uow = uow
        self._pin_attempts = PinAttempts(clock)

    # -- reading ----------------------------------------------------------------------------------

    def list(self) -> tuple[OfficerView, ...]:
        """Every officer not deleted: those working here first, then in the order they were added."""
        with self._uow.read() as session:
            rows = session.scalars(_living().order_by(Officer.active.desc(), Officer.pk))
            return tuple(_view(o) for o in rows)

    def sign_in_choices(self) -> tuple[OfficerView, ...]:
        """The officers who may sign in (active), in the order they were added."""
        with self._uow.read() as session:
            return tuple(OfficerView(*row) for row in session.execute(SIGN_IN_CHOICES))

    def get(self, officer_id: str) -> OfficerView:
        with self._uow.read() as session:
            return _view(_get(session, officer_id))

    def find(self, name_or_id: str) -> OfficerView:
        """An active officer by id or by full name (case ignored; without diacritics when that is
        unambiguous), for the command line."""
        text = clean(name_or_id) or ""
        choices = self.sign_in_choices()
        for matches in (
            [o for o in choices if o.id == text],
            [o for o in choices if o.full_name.casefold() == text.casefold()],
            [o for o in choices if fold(o.full_name) == fold(text)],
        ):
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                names = ", ".join(o.id for o in matches)
                raise KnownError(f"Có nhiều cán bộ tên “{text}”; hãy chọn theo mã: {names}.")
        raise NotFoundError(f"Không có cán bộ đang làm việc nào tên hoặc mã “{text}”.")

    def may_manage(self) -> bool:
        """Whether the acting officer (``UnitOfWorkFactory.acting_officer_id``) may change officers."""
        with self._uow.read() as session:
            try:
                require_permission(session, self._uow.acting_officer_id, _manage_permission(session))
            except PermissionDeniedError:
                return False
            return True

    def verify(self, officer_id: str, pin: str | None) -> OfficerView:
        """The officer if ``pin`` opens their account (any PIN, or none, when they have none);
        ``WrongPinError`` otherwise, ``NotFoundError`` for an unknown or inactive officer."""
        with self._uow.read() as session:
            officer = _get(session, officer_id)
            if not officer.active:
                raise NotFoundError(f"{officer.full_name} không còn làm việc, không thể đăng nhập.")
            stored, view = officer.pin_hash, _view(officer)
        if stored is None:
            return view
        if not (pin or "").strip():
            raise WrongPinError(f"Hãy nhập mã PIN của {view.full_name}.")
        self._pin_attempts.check(officer_id)
        if not pin_matches(stored, (pin or "").strip()):
            self._pin_attempts.failed(officer_id)
            raise WrongPinError("Mã PIN không đúng. Hãy nhập lại.")
        self._pin_attempts.succeeded(officer_id)
        return view

    # -- writing ----------------------------------------------------------------------------------

    def create(self, full_name: str, role: OfficerRole, pin: str | None = None, *, active: bool = True,
               acting_officer_id: str | None = None) -> OfficerView:
        draft = OfficerDraft(full_name, role, active).checked()
        checked_pin = _checked_pin(pin)
        with self._uow(acting_officer_id) as uow:
            _ensure_may_manage(uow)
            _ensure_unique_name(uow.session, draft.full_name, None)
            officer = Officer(full_name=draft.full_name, role=draft.role, active=draft.active,
                              pin_hash=hash_pin(checked_pin) if checked_pin else None)
            uow.session.add(officer)
            return _committed(uow, officer)

    def update(self, officer_id: str, draft: OfficerDraft, expected_version: int, *,
               acting_officer_id: str | None = None) -> OfficerView:
        """Name, role and activity; ``ConflictError`` when the officer changed since it was read."""
        draft = draft.checked()
        with self._uow(acting_officer_id) as uow:
            _ensure_may_manage(uow)
            officer = _get(uow.session, officer_id)
            _ensure_version(officer, expected_version)
            _ensure_unique_name(uow.session, draft.full_name, officer.id)
            if officer.role is OfficerRole.CHU_TICH and officer.active:
                _ensure_chairman_remains(uow.session, officer, draft)
            for attr in ("full_name", "role", "active"):
                if getattr(officer, attr) != getattr(draft, attr):
                    setattr(officer, attr, getattr(draft, attr))
            return _committed(uow, officer)

    def set_pin(self, officer_id: str, pin: str | None, *,
                acting_officer_id: str | None = None) -> OfficerView:
        """Set (digits) or clear (None or blank) a PIN: an officer may change their own, the chairman
        anyone's."""
        checked_pin = _checked_pin(pin)
        with self._uow(acting_officer_id) as uow:
            if uow.officer_id != officer_id:
                _ensure_may_manage(uow)
            officer = _get(uow.session, officer_id)
            officer.pin_hash = hash_pin(checked_pin) if checked_pin else None
            return _committed(uow, officer)


# -- helpers ------------------------------------------------------------------------------------------


def _living() -> sa.Select[Officer]:
    return sa.select(Officer).where(Officer.deleted_at.is_(None))


def _get(session: Session, officer_id: str) -> Officer:
    officer = session.scalar(sa.select(Officer).where(Officer.id == officer_id, Officer.deleted_at.is_(None)))
    if officer is None:
        raise NotFoundError(f"Không tìm thấy cán bộ có mã “{officer_id}”.")
    return officer


def _committed(uow: UnitOfWork, officer: Officer) -> OfficerView:
    uow.session.flush()
    uow.commit()
    return _view(officer)


def _active_chairmen(session: Session) -> builtins.list[str]:
    return builtins.list(session.scalars(sa.select(Officer.id).where(
        Officer.role == OfficerRole.CHU_TICH, Officer.active.is_(True), Officer.deleted_at.is_(None))))


def _manage_permission(session: Session) -> Permission:
    """The chairman manages officers; while there is none, any officer who may edit does."""
    return Permission.MANAGE_OFFICERS if _active_chairmen(session) else Permission.EDIT


def _ensure_may_manage(uow: UnitOfWork) -> None:
    require_permission(uow.session, uow.officer_id, _manage_permission(uow.session))


def _ensure_version(officer: Officer, expected_version: int) -> None:
    if officer.version != expected_version:
        raise ConflictError(f"Thông tin của cán bộ “{officer.full_name}” vừa được sửa ở nơi khác. "
                            "Hãy mở lại danh sách cán bộ rồi sửa tiếp.")


def _ensure_unique_name(session: Session, full_name: str, own_id: str | None) -> None:
    names = session.scalars(sa.select(Officer.full_name).where(
        Officer.deleted_at.is_(None), Officer.id != (own_id or "")))
    if any(name.casefold() == full_name.casefold() for name in names):
        raise ValidationError([FieldProblem("full_name", LABELS["full_name"],
                                            "đã có cán bộ mang tên này; hãy ghi thêm để phân biệt")])


def _ensure_chairman_remains(session: Session, chairman: Officer, draft: OfficerDraft) -> None:
    stays = draft.role is OfficerRole.CHU_TICH and draft.active
    if not stays and _active_chairmen(session) == [chairman.id]:
        field = "role" if draft.role is not OfficerRole.CHU_TICH else "active"
        raise ValidationError([FieldProblem(field, LABELS[field],
                                            "phải còn ít nhất một Chủ tịch đang làm việc để quản lý cán bộ")])
