"""Cell values of old lists as the store wants them: day-first dates (text or Excel serial), amounts in
đồng ("1.234.567 đ", "1,2 tỷ", "500 triệu"), shares, and kind / field / status / sex by label or code.

Each reader raises ``CellProblem`` with the Vietnamese reason when a value cannot be taken as it is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Final, TypeVar

from sangkien_desktop.domain.columns import header_key, split_shares
from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, Sex, SolutionKind
from sangkien_desktop.domain.text import clean, fold, format_date

__all__ = [
    "CellProblem",
    "DateValue",
    "MonthFirstDate",
    "as_amount",
    "as_date",
    "as_enum",
    "as_shares",
    "as_text",
    "header_scale",
    "is_blank",
]

E = TypeVar("E", bound=Enum)
ERROR_VALUES: Final = frozenset(
    {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#ERROR!", "#GETTING_DATA"}
)
_EXCEL_EPOCH: Final = datetime(1899, 12, 30)  # serial 1 = 1900-01-01 once Excel's 1900 leap day is skipped
_MAX_SERIAL: Final = 2_958_465  # 31/12/9999
YEARS: Final = range(1900, 2101)


class CellProblem(ValueError):
    """Why a cell's value cannot be used (Vietnamese, without the column name)."""


class MonthFirstDate(CellProblem):
    """A text date that only makes sense month first (04/23/2024): the file may be in US order."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _check_error(value: object) -> None:
    if isinstance(value, str) and value.lstrip()[:1] == "#" and value.strip().upper() in ERROR_VALUES:
        raise CellProblem(f"ô có lỗi công thức {value.strip()}; hãy sửa công thức trong tệp")


def as_text(value: object) -> str | None:
    """A single line of text from any cell ("12" for the number 12, "05/03/2024" for a date)."""
    if type(value) is str:  # the usual cell: no other test needed
        return _text(value)
    if value is None:
        return None
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return format_date(value.date() if isinstance(value, datetime) else value)
    return clean(str(value))


@functools.lru_cache(maxsize=4096)  # kinds, statuses, departments and names repeat down a list
def _text(value: str) -> str | None:
    _check_error(value)
    return clean(value)


# -- dates ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateValue:
    value: date
    ambiguous: bool = False  # text like 03/04/2024 that reads either way
    month_first_only: bool = False  # text like 04/23/2024: only month/day/year makes sense
    year_only: bool = False


_DMY: Final = re.compile(
    r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
)
_ISO: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_LONG: Final = re.compile(r"(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})")
_MONTH_YEAR: Final = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{4})")


def as_date(value: object, *, month_first: bool = False, year_allowed: bool = False) -> DateValue | None:
    """Date cells as they are, Excel serial numbers exactly, text day-first ("05/03/2024", "5-3-2024",
    "2024-03-05", "ngày 05 tháng 3 năm 2024"); ``month_first`` reads "03/05/2024" as 5 March.
    ``year_allowed``: a bare year ("1985", a birth year) is taken as 1 January of it."""
    if is_blank(value):
        return None
    _check_error(value)
    if isinstance(value, datetime):
        return DateValue(value.date())
    if isinstance(value, date):
        return DateValue(value)
    if isinstance(value, time):
        raise CellProblem("là giờ, không phải ngày")
    if isinstance(value, bool):
        raise CellProblem("không phải ngày")
    if isinstance(value, int | float):
        return _number_date(value, year_allowed)
    return _text_date(str(value).strip(), month_first, year_allowed)


def _number_date(value: float, year_allowed: bool) -> DateValue:
    if float(value).is_integer() and int(value) in YEARS:
        if year_allowed:
            return DateValue(date(int(value), 1, 1), year_only=True)
        raise CellProblem(f"chỉ có năm {int(value)}, cần đủ ngày, tháng, năm (dd/mm/yyyy)")
    if not 1 <= value <= _MAX_SERIAL:
        raise CellProblem(f"số {value} không phải ngày")
    day = _EXCEL_EPOCH + timedelta(days=int(value))
    if value < 61:  # Excel counts a 29/02/1900 that never was
        day += timedelta(days=1)
    return DateValue(day.date())


def _text_date(text: str, month_first: bool, year_allowed: bool) -> DateValue:
    folded = fold(text)
    if (m := _ISO.fullmatch(text)) is not None:
        return DateValue(_make(int(m[3]), int(m[2]), int(m[1]), text))
    if (m := _DMY.fullmatch(text)) is not None:
        return _day_month(int(m[1]), int(m[2]), int(m[3]), text, month_first)
    if (m := _LONG.fullmatch(folded)) is not None:
        return DateValue(_make(int(m[1]), int(m[2]), int(m[3]), text))
    if text.isdigit() and int(text) in YEARS:
        if year_allowed:
            return DateValue(date(int(text), 1, 1), year_only=True)
        raise CellProblem(f"chỉ có năm {text}, cần đủ ngày, tháng, năm (dd/mm/yyyy)")
    if text.isdigit() and len(text) == 5:  # an Excel serial saved as text (CSV)
        return _number_date(int(text), year_allowed)
    if _MONTH_YEAR.fullmatch(text):
        raise CellProblem(f"«{text}» chỉ có tháng và năm, cần đủ ngày (dd/mm/yyyy)")
    raise CellProblem(f"«{text}» không phải ngày (nhập theo dạng dd/mm/yyyy)")


def _day_month(first: int, second: int, year: int, text: str, month_first: bool) -> DateValue:
    ambiguous = first <= 12 and second <= 12 and first != second
    day, month = (second, first) if month_first else (first, second)
    if not 1 <= month <= 12:
        if not month_first and 1 <= first <= 12 and 1 <= second <= 31:
            raise MonthFirstDate(
                f"«{text}» không có tháng {second}: ngày phải viết ngày/tháng/năm, ô này có vẻ viết theo "
                "kiểu Mỹ tháng/ngày/năm"
            )
        raise CellProblem(f"«{text}» không có tháng {month} (nhập theo dạng dd/mm/yyyy)")
    return DateValue(_make(day, month, year, text), ambiguous=ambiguous, month_first_only=second > 12)


def _make(day: int, month: int, year: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellProblem(f"«{text}»: không có ngày {day:02d}/{month:02d}/{year:04d}") from None


# -- money ----------------------------------------------------------------------------------------

_UNITS: Final = {
    "ty": 10**9,
    "ti": 10**9,
    "trieu": 10**6,
    "tr": 10**6,
    "nghin": 1000,
    "ngan": 1000,
    "k": 1000,
}
_AMOUNT: Final = re.compile(r"([0-9][0-9.,\s]*?)\s*(ty|ti|trieu|tr|nghin|ngan|k)?")
_CURRENCY: Final = re.compile(r"\s*(?:dong|d|vnd|₫)\s*\Z")
_NOT_QUANTIFIABLE: Final = frozenset(
    {
        "khong tinh duoc",
        "chua tinh duoc",
        "khong xac dinh",
        "khong xac dinh duoc",
        "khong the tinh",
        "khong tinh duoc tien",
        "khong luong hoa duoc",
        "khong tinh duoc thanh tien",
    }
)


def header_scale(header: str) -> int:
    """A header such as "Giá trị làm lợi (triệu đồng)" says its numbers are in millions."""
    words = f" {header_key(header)} "
    for marker, scale in (
        (" ty dong ", 10**9),
        (" trieu dong ", 10**6),
        (" trieu ", 10**6),
        (" nghin dong ", 1000),
        (" ngan dong ", 1000),
        (" 1000 dong ", 1000),
    ):
        if marker in words:
            return scale
    return 1


def as_amount(value: object, scale: int = 1) -> tuple[int | None, bool]:
    """(đồng, not quantifiable): "1.234.567", "1.234.567 đ", "1,2 tỷ", "500 triệu", a number cell;
    "không tính được" → (None, True). ``scale`` comes from the header ("(triệu đồng)")."""
    if is_blank(value):
        return None, False
    _check_error(value)
    if isinstance(value, bool | datetime | date | time):
        raise CellProblem("không phải số tiền")
    if isinstance(value, int | float):
        return _whole(Decimal(repr(value)) * scale, str(value)), False
    text = str(value).strip()
    folded = fold(text).replace("vnđ", "vnd")
    if folded in _NOT_QUANTIFIABLE:
        return None, True
    body = _CURRENCY.sub("", folded).strip()
    if body.startswith(("-", "−", "am ")):
        raise CellProblem(f"«{text}»: số tiền không được âm")
    match = _AMOUNT.fullmatch(body)
    if match is None:
        raise CellProblem(f"«{text}» không đọc được thành số tiền (ví dụ 1.234.567 hoặc 1,2 tỷ)")
    number = _number(match[1], text)
    unit = _UNITS[match[2]] if match[2] else 1
    return _whole(number * unit * scale, text), False


def _number(text: str, original: str) -> Decimal:
    """Vietnamese digits: "." groups thousands and "," is the decimal mark ("1.234.567", "1,2");
    "1,234,567" (two English groups or more) and "1.5" (one English decimal) are read too."""
    digits = re.sub(r"[\s\u00a0\u202f]", "", text)
    if "," in digits and "." in digits:
        decimal_mark = "," if digits.rfind(",") > digits.rfind(".") else "."
    elif re.fullmatch(r"\d{1,3}(,\d{3}){2,}", digits):
        decimal_mark = "."
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", digits):
        decimal_mark = ","
    else:
        decimal_mark = "," if "," in digits else "."
    grouping = "." if decimal_mark == "," else ","
    plain = digits.replace(grouping, "").replace(decimal_mark, ".")
    try:
        return Decimal(plain)
    except InvalidOperation:
        raise CellProblem(f"«{original}» không đọc được thành số tiền") from None


def _whole(amount: Decimal, text: str) -> int:
    if amount < 0:
        raise CellProblem(f"«{text}»: số tiền không được âm")
    if amount != amount.to_integral_value():
        raise CellProblem(f"«{text}»: số tiền phải là số đồng nguyên")
    return int(amount)


# -- shares -----------------------------------------------------------------------------------------

CENT: Final = Decimal("0.01")


def as_shares(value: object, authors: int) -> tuple[Decimal, ...] | None:
    """One share per author, in percent: "60; 40", "33,34; 33,33; 33,33", 100, or fractions
    (0,6; 0,4 or a cell formatted as 60 %) which are turned into percent."""
    if is_blank(value):
        return None
    _check_error(value)
    if isinstance(value, bool):
        raise CellProblem("phải là số phần trăm, ví dụ 60; 40")
    parts = [str(value)] if isinstance(value, int | float) else split_shares(str(value))
    try:
        shares = [Decimal(part.replace(",", ".")) for part in parts]
    except InvalidOperation:
        raise CellProblem(f"«{value}» phải là số phần trăm, ví dụ 60; 40") from None
    if len(shares) != authors:
        raise CellProblem(f"có {len(shares)} tỷ lệ cho {authors} tác giả")
    if shares and all(0 < s <= 1 for s in shares) and abs(sum(shares, Decimal(0)) - 1) <= Decimal("0.01"):
        shares = [s * 100 for s in shares]
    if any(s != s.quantize(CENT) for s in shares):
        raise CellProblem(f"«{value}»: tỷ lệ chỉ được có tối đa 2 chữ số thập phân")
    return tuple(s.quantize(CENT) for s in shares)


# -- coded values -----------------------------------------------------------------------------------


def _names(members: dict[str, Enum], *aliases: tuple[str, Enum]) -> dict[str, Enum]:
    table = {header_key(name): member for name, member in members.items()}
    table.update((header_key(alias), member) for alias, member in aliases)
    return table


def _by_label_and_code(enum_cls: type[E]) -> dict[str, Enum]:
    members: dict[str, Enum] = {}
    for member in enum_cls:
        members[str(member.value)] = member
        members[member.label] = member  # type: ignore[attr-defined]
    return members


K, F, S = SolutionKind, FieldCode, InitiativeStatus
_ENUM_NAMES: Final[dict[type[Enum], dict[str, Enum]]] = {
    SolutionKind: _names(
        _by_label_and_code(SolutionKind),
        ("Kỹ thuật", K.KY_THUAT),
        ("Quản lý", K.QUAN_LY),
        ("Tác nghiệp", K.TAC_NGHIEP),
        ("Ứng dụng tiến bộ kỹ thuật", K.UNG_DUNG_TBKT),
        ("Ứng dụng TBKT", K.UNG_DUNG_TBKT),
        ("Đề tài NCKH", K.DE_TAI_NCKH),
        ("NCKH", K.DE_TAI_NCKH),
        ("Sáng kiến kỹ thuật", K.KY_THUAT),
        ("Giải pháp kĩ thuật", K.KY_THUAT),
        ("Kĩ thuật", K.KY_THUAT),
    ),
    FieldCode: _names(
        _by_label_and_code(FieldCode),
        ("Sản xuất kinh doanh", F.SX_KD),
        ("SXKD", F.SX_KD),
        ("Sản xuất", F.SX_KD),
        ("ATVSLĐ", F.ATVSLD),
        ("An toàn lao động", F.ATVSLD),
        ("Môi trường", F.BVMT),
        ("Hành chính", F.CCHC),
        ("Xây dựng Đảng", F.XD_DANG_HTCT),
        ("Quản lý điều hành", F.QUAN_LY_DIEU_HANH),
        ("Cộng đồng", F.CONG_DONG),
        ("Y tế", F.CONG_DONG),
        ("Giáo dục", F.CONG_DONG),
        ("Công nghệ thông tin", F.CNTT),
        ("Tin học", F.CNTT),
    ),
    InitiativeStatus: _names(
        _by_label_and_code(InitiativeStatus),
        ("Công nhận", S.DA_CONG_NHAN),
        ("Được công nhận", S.DA_CONG_NHAN),
        ("Áp dụng thử", S.AP_DUNG_THU),
        ("Đang áp dụng", S.AP_DUNG_THU),
        ("Đang áp dụng thử", S.AP_DUNG_THU),
        ("Đang xét duyệt", S.DANG_XET),
    ),
    Sex: _names(
        {"Nam": Sex.NAM, "Nữ": Sex.NU, "NAM": Sex.NAM, "NU": Sex.NU, "Không rõ": Sex.KHONG_RO},
        ("Nu", Sex.NU),
        ("Female", Sex.NU),
        ("Male", Sex.NAM),
    ),
}


def as_enum(value: object, enum_cls: type[E]) -> E | None:
    """A member by its Vietnamese label, its code or a common short form, case and marks ignored."""
    text = as_text(value)
    if text is None:
        return None
    found = _lookup(enum_cls, text)
    if found is None:
        raise CellProblem(f"«{text}» không phải giá trị được nhận ra")
    assert isinstance(found, enum_cls)
    return found


@functools.lru_cache(maxsize=4096)  # a list repeats a handful of kinds, fields and statuses
def _lookup(enum_cls: type[Enum], text: str) -> Enum | None:
    return _ENUM_NAMES[enum_cls].get(header_key(text))
