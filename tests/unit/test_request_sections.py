"""The Đơn's sections (TT 18/2013, Phụ lục I) on the initiative draft: parsing, NFC, length limits."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

import pytest

from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.model import REQUEST_SECTIONS, InitiativeDraft
from sangkien_desktop.domain.rules import LegalSettings
from sangkien_desktop.domain.validation import MAX_SECTION_CHARS, validate_draft

BASE: dict[str, Any] = {"title": "Cải tiến đường ống dẫn hơi", "kind": "KY_THUAT", "field_code": "SX_KD"}
DECOMPOSED_PROBLEM = unicodedata.normalize("NFD", "Rò rỉ hơi ở mối nối\r\nGây tốn than")


def _blocking(draft: InitiativeDraft) -> dict[str, tuple[str, str]]:
    problems = validate_draft(draft, LegalSettings(), date(2024, 6, 1))
    return {p.field: (p.label, p.reason) for p in problems if p.blocking}


def test_the_sections_are_read_cleaned_and_nfc() -> None:
    draft = InitiativeDraft.from_mapping({
        **BASE,
        "investor_name": "  Công ty   TNHH Dệt\u200b Nam Định ",
        "problem": DECOMPOSED_PROBLEM,
        "prior_state": "  Van tay, kiểm tra mỗi ca\t",
        "applicability": "Mọi phân xưởng có lò hơi",
        "confidential_info": "Bản vẽ chi tiết van",
        "conditions": "Thợ hàn bậc 4/7",
    })
    assert draft.investor_name == "Công ty TNHH Dệt Nam Định"
    assert draft.problem == "Rò rỉ hơi ở mối nối\nGây tốn than"
    assert draft.problem == unicodedata.normalize("NFC", draft.problem)
    assert draft.prior_state == "Van tay, kiểm tra mỗi ca"
    assert (draft.applicability, draft.confidential_info, draft.conditions) == (
        "Mọi phân xưởng có lò hơi", "Bản vẽ chi tiết van", "Thợ hàn bậc 4/7")


def test_the_sections_are_optional() -> None:
    draft = InitiativeDraft.from_mapping({**BASE, "problem": "   ", "investor_name": ""})
    assert [getattr(draft, name) for name in ("investor_name", *REQUEST_SECTIONS)] == [None] * 6


def test_a_section_that_is_not_text_is_named() -> None:
    with pytest.raises(ValidationError) as info:
        InitiativeDraft.from_mapping({**BASE, "conditions": 12, "investor_name": ["x"]})
    found = {p.field: (p.label, p.reason) for p in info.value.problems}
    assert found == {"conditions": ("Các điều kiện cần thiết để áp dụng sáng kiến", "phải là chữ"),
                     "investor_name": ("Chủ đầu tư tạo ra sáng kiến", "phải là chữ")}


def test_too_long_sections_are_refused_never_cut() -> None:
    at_limit = InitiativeDraft.from_mapping({**BASE, "investor_name": "Đ" * 200,
                                             "problem": "ư" * MAX_SECTION_CHARS})
    assert _blocking(at_limit) == {}
    over = InitiativeDraft.from_mapping({**BASE, "investor_name": "Đ" * 201,
                                         "prior_state": "ơ" * (MAX_SECTION_CHARS + 1)})
    assert over.investor_name == "Đ" * 201
    assert _blocking(over) == {
        "investor_name": ("Chủ đầu tư tạo ra sáng kiến", "dài 201 ký tự, tối đa 200"),
        "prior_state": ("Tình trạng trước khi áp dụng",
                        f"dài {MAX_SECTION_CHARS + 1} ký tự, tối đa {MAX_SECTION_CHARS}"),
    }
