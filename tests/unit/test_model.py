"""Parsing untrusted input into an initiative draft: every problem at once, in Vietnamese."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, Sex, SolutionKind
from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.model import AuthorInput, InitiativeDraft

BASE: dict[str, Any] = {"title": "Cải tiến đường ống dẫn hơi", "kind": "KY_THUAT", "field_code": "SX_KD"}


def _problems(data: dict[str, Any]) -> dict[str, tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        InitiativeDraft.from_mapping(data)
    return {p.field: (p.label, p.reason) for p in info.value.problems}


def test_minimal_draft_and_defaults() -> None:
    draft = InitiativeDraft.from_mapping(BASE)
    assert draft.title == "Cải tiến đường ống dẫn hơi"
    assert draft.kind is SolutionKind.KY_THUAT and draft.field_code is FieldCode.SX_KD
    assert draft.status is InitiativeStatus.Y_TUONG
    assert draft.authors == ()
    assert draft.benefit_value is None and draft.first_applied_on is None
    assert draft.is_confidential is False


def test_every_field_error_is_collected_at_once_with_its_label() -> None:
    problems = _problems(
        {
            "title": "   ",
            "kind": "PHAT_MINH",
            "status": "XONG",
            "first_applied_on": "31/02/2024",
            "decided_on": "hôm qua",
            "benefit_value": -5,
            "is_confidential": "có",
            "authors": [
                {"name": ""},
                {"name": "Trần Văn Nam", "share": "bốn mươi", "birth_date": "1985-13-01", "sex": "X"},
            ],
        }
    )
    assert problems["title"] == ("Tên sáng kiến", "bắt buộc phải có")
    assert problems["kind"][0] == "Loại giải pháp" and "KY_THUAT" in problems["kind"][1]
    assert problems["field_code"] == ("Lĩnh vực", "bắt buộc phải có")
    assert problems["status"][0] == "Trạng thái"
    assert problems["first_applied_on"][0] == "Ngày áp dụng lần đầu"
    assert "dd/mm/yyyy" in problems["first_applied_on"][1]
    assert problems["decided_on"][0] == "Ngày quyết định công nhận"
    assert problems["benefit_value"][0] == "Giá trị làm lợi"
    assert problems["is_confidential"][1] == "phải là true hoặc false"
    assert problems["authors.full_name"] == ("Họ và tên tác giả", "bắt buộc phải có")
    assert problems["authors.share_pct"][0] == "Tỷ lệ đóng góp"
    assert problems["authors.birth_date"][0] == "Ngày sinh tác giả"
    assert problems["authors.sex"][0] == "Giới tính tác giả"


def test_validation_message_names_each_field_in_vietnamese() -> None:
    with pytest.raises(ValidationError) as info:
        InitiativeDraft.from_mapping(
            {"kind": "KY_THUAT", "field_code": "SX_KD", "benefit_value": "1,5 triệu"}
        )
    message = str(info.value)
    assert "Tên sáng kiến: bắt buộc phải có" in message
    assert "Giá trị làm lợi" in message
    assert [p.field for p in info.value.problems] == ["title", "benefit_value"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/03/2024", date(2024, 3, 5)),
        ("5/3/2024", date(2024, 3, 5)),
        ("5-3-2024", date(2024, 3, 5)),
        ("05.03.2024", date(2024, 3, 5)),
        ("2024-03-05", date(2024, 3, 5)),
        (" 29/02/2024 ", date(2024, 2, 29)),
    ],
)
def test_dates_day_first_or_iso(text: str, expected: date) -> None:
    assert InitiativeDraft.from_mapping({**BASE, "first_applied_on": text}).first_applied_on == expected


@pytest.mark.parametrize(
    "text", ["31/02/2024", "29/02/2023", "2024/03/05", "03-2024", "5/3/24", "32/01/2024", 20240305]
)
def test_impossible_or_ambiguous_dates_are_refused(text: Any) -> None:
    assert "first_applied_on" in _problems({**BASE, "first_applied_on": text})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1_234_567, 1_234_567),
        (0, 0),
        ("1.234.567 đ", 1_234_567),
        ("1.234.567", 1_234_567),
        ("1234567 đồng", 1_234_567),
        ("1 234 567 VNĐ", 1_234_567),
        ("12.500.000₫", 12_500_000),
    ],
)
def test_money_as_int_or_vietnamese_text(value: Any, expected: int) -> None:
    assert InitiativeDraft.from_mapping({**BASE, "benefit_value": value}).benefit_value == expected


@pytest.mark.parametrize("value", [-1, "-5.000", "1,5", "1.23.456", "một triệu", 1.5, True, [100]])
def test_bad_money_is_refused(value: Any) -> None:
    assert _problems({**BASE, "benefit_value": value})["benefit_value"][0] == "Giá trị làm lợi"


def test_text_is_nfc_and_trimmed() -> None:
    def nfd(s: str) -> str:
        return unicodedata.normalize("NFD", s)

    draft = InitiativeDraft.from_mapping(
        {
            "title": nfd("  Cải tiến   đường ống  "),
            "kind": "ky_thuat",
            "field_code": " sx_kd ",
            "summary": nfd("Giảm tổn thất nhiệt\nở lò hơi số 2 "),
            "department": nfd("Tổ Lò hơi"),
            "notes": nfd("Ghi chú"),
            "authors": [nfd("Nguyễn Thị Hoa"), {"name": nfd("Đỗ  Quang Vinh ")}],
        }
    )
    assert draft.title == "Cải tiến đường ống"
    assert draft.kind is SolutionKind.KY_THUAT and draft.field_code is FieldCode.SX_KD
    assert draft.summary == "Giảm tổn thất nhiệt\nở lò hơi số 2"
    assert draft.department == "Tổ Lò hơi"
    assert draft.notes == "Ghi chú"
    assert [a.full_name for a in draft.authors] == ["Nguyễn Thị Hoa", "Đỗ Quang Vinh"]
    for text in (
        draft.title,
        draft.summary,
        draft.department,
        draft.notes,
        *(a.full_name for a in draft.authors),
    ):
        assert text is not None and unicodedata.is_normalized("NFC", text)


def test_authors_as_strings_or_objects() -> None:
    draft = InitiativeDraft.from_mapping(
        {
            **BASE,
            "authors": [
                "Nguyễn Thị Hoa",
                {"name": "Trần Văn Nam", "share": 40},
                {
                    "full_name": "Lê Minh Khoa",
                    "share_pct": "10,5%",
                    "birth_date": "12/07/1985",
                    "sex": "nam",
                    "department": "Tổ Điện",
                },
                {"name": "Phạm Thị Lan", "share": "49.5"},
            ],
        }
    )
    assert draft.authors == (
        AuthorInput("Nguyễn Thị Hoa"),
        AuthorInput("Trần Văn Nam", Decimal("40")),
        AuthorInput("Lê Minh Khoa", Decimal("10.5"), date(1985, 7, 12), Sex.NAM, "Tổ Điện"),
        AuthorInput("Phạm Thị Lan", Decimal("49.5")),
    )


@pytest.mark.parametrize("authors", ["Nguyễn Thị Hoa", 42, {"name": "Nguyễn Thị Hoa"}])
def test_authors_must_be_a_list(authors: Any) -> None:
    assert _problems({**BASE, "authors": authors})["authors"][0] == "Tác giả"


def test_author_entries_must_be_names_or_objects() -> None:
    assert (
        _problems({**BASE, "authors": ["Nguyễn Thị Hoa", 7]})["authors"][1] == "mỗi tác giả phải có họ và tên"
    )


def test_flags_and_recognition_fields() -> None:
    draft = InitiativeDraft.from_mapping(
        {
            **BASE,
            "status": "da_cong_nhan",
            "is_confidential": True,
            "first_application_is_trial": False,
            "decision_number": " 15/QĐ-ABC ",
            "decided_on": "20/06/2024",
        }
    )
    assert draft.status is InitiativeStatus.DA_CONG_NHAN
    assert draft.is_confidential is True and draft.first_application_is_trial is False
    assert draft.decision_number == "15/QĐ-ABC"
    assert draft.decided_on == date(2024, 6, 20)
