"""Officer roles, PIN rules and PIN hashing, without a store."""

from __future__ import annotations

import pytest

from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.errors import PermissionDeniedError, ValidationError
from sangkien_desktop.domain.officers import (
    OfficerDraft,
    OfficerView,
    Permission,
    denied,
    pin_problem,
    role_allows,
    sign_in_needed,
)
from sangkien_desktop.services.officers import SCRYPT_N, hash_pin, pin_matches

R, P = OfficerRole, Permission


@pytest.mark.parametrize(
    ("role", "permission", "allowed"),
    [
        (R.XEM, P.EDIT, False),
        (R.XEM, P.SIGN_OFF, False),
        (R.XEM, P.MANAGE_OFFICERS, False),
        (R.CAN_BO, P.EDIT, True),
        (R.CAN_BO, P.SIGN_OFF, False),
        (R.CAN_BO, P.MANAGE_OFFICERS, False),
        (R.CHU_TICH, P.EDIT, True),
        (R.CHU_TICH, P.SIGN_OFF, True),
        (R.CHU_TICH, P.MANAGE_OFFICERS, True),
    ],
)
def test_role_allows(role: OfficerRole, permission: Permission, allowed: bool) -> None:
    assert role_allows(role, permission) is allowed


def test_refusal_names_the_officer_the_role_and_what_was_refused() -> None:
    error = denied("Lê Thị Hoa", OfficerRole.XEM, Permission.EDIT)
    assert isinstance(error, PermissionDeniedError)
    assert error.exit_code == 1
    assert "Lê Thị Hoa" in error.message and "“Chỉ xem”" in error.message
    assert "không được thêm, sửa hoặc xoá dữ liệu" in error.message
    sign = denied("Trần Văn Nam", OfficerRole.CAN_BO, Permission.SIGN_OFF).message
    assert "“Cán bộ”" in sign and "ký ban hành quyết định khen thưởng" in sign


def _view(name: str, has_pin: bool = False) -> OfficerView:
    return OfficerView(name, name, OfficerRole.CAN_BO, has_pin, True, 1)


def test_sign_in_is_needed_for_several_officers_or_a_pin() -> None:
    assert not sign_in_needed([])
    assert not sign_in_needed([_view("a")])
    assert sign_in_needed([_view("a", has_pin=True)])
    assert sign_in_needed([_view("a"), _view("b")])


@pytest.mark.parametrize(("pin", "reason"), [
    ("123", "gồm từ 4 đến 12 chữ số, đang có 3"),
    ("1234567890123", "gồm từ 4 đến 12 chữ số, đang có 13"),
    ("12a4", "chỉ gồm các chữ số 0–9"),
    ("١٢٣٤", "chỉ gồm các chữ số 0–9"),  # Arabic-Indic digits are digits to Python, not to a keypad
    ("12 34", "chỉ gồm các chữ số 0–9"),
])
def test_bad_pins_are_refused_with_the_reason(pin: str, reason: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None and (problem.field, problem.label, problem.reason) == ("pin", "Mã PIN", reason)


@pytest.mark.parametrize("pin", ["0000", "123456789012"])
def test_four_to_twelve_digits_are_a_pin(pin: str) -> None:
    assert pin_problem(pin) is None


def test_draft_is_cleaned_and_checked() -> None:
    assert OfficerDraft("  Lê   Thị\u00a0Hoa ").checked().full_name == "Lê Thị Hoa"
    with pytest.raises(ValidationError) as caught:
        OfficerDraft("   ").checked()
    assert caught.value.message == "Họ và tên: bắt buộc phải có"
    with pytest.raises(ValidationError, match="dài 121 ký tự, tối đa 120"):
        OfficerDraft("x" * 121).checked()
    role = OfficerDraft("Lê Thị Hoa", "CHU_TICH").checked().role  # type: ignore[arg-type]  # a form's code
    assert role is OfficerRole.CHU_TICH
    with pytest.raises(ValidationError, match="Vai trò: chọn Chủ tịch, Cán bộ hoặc Chỉ xem"):
        OfficerDraft("Lê Thị Hoa", "BOSS").checked()  # type: ignore[arg-type]


def test_pin_hash_round_trip_and_format() -> None:
    stored = hash_pin("2468")
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", SCRYPT_N, 8, 1)
    assert "2468" not in stored and len(salt) >= 22 and len(key) >= 43
    assert pin_matches(stored, "2468")
    assert not pin_matches(stored, "2469")
    assert not pin_matches(stored, "24680")


def test_salt_differs_per_hash() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second
    assert first.split("$")[4] != second.split("$")[4]
    assert pin_matches(first, "2468") and pin_matches(second, "2468")


def test_cost_is_read_from_the_stored_hash() -> None:
    """A hash made with other parameters (an older or newer cost) still verifies."""
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    key = hashlib.scrypt(b"1357", salt=salt, n=2**10, r=4, p=2, dklen=32)
    stored = f"scrypt$1024$4$2${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"
    assert pin_matches(stored, "1357") and not pin_matches(stored, "1358")


@pytest.mark.parametrize("stored", [
    "", "plain", "bcrypt$1$2$3$AAAA$AAAA", "scrypt$1000$8$1$AAAA$AAAA", "scrypt$16384$8$1$!!$AAAA",
    "scrypt$4294967296$8$1$AAAA$AAAA", "scrypt$16384$8$1$AAAA$",
])
def test_a_damaged_hash_matches_nothing(stored: str) -> None:
    assert not pin_matches(stored, "1234")
