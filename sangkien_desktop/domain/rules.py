"""Legal rule settings and the arithmetic behind them (DOMAIN.md §2.2, §4.5, §4.10).

Every figure here is a setting with a shipped default, never a constant the code relies on: the
defaults come from the Điều lệ sáng kiến and may be wrong for a given client.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from sangkien_desktop.domain.errors import FieldProblem

_CENT = Decimal("0.01")
_HUNDRED = Decimal("100")

SHARE_FIELD = "authors.share_pct"
SHARE_LABEL = "Tỷ lệ đóng góp"


# --- durations -----------------------------------------------------------------------------------

# Date-only ISO 8601 durations; time parts (PT…) make no sense for legal deadlines counted in days.
_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")


def _parse_duration(iso: str) -> tuple[int, int, int]:
    """Return (years, months, days) of a date-only ISO 8601 duration, or raise ValueError."""
    text = iso.strip().upper() if isinstance(iso, str) else ""
    match = _DURATION.fullmatch(text)
    if not match or text == "P":
        raise ValueError(
            f"Khoảng thời gian «{iso}» không hợp lệ: phải theo dạng ISO 8601 chỉ có năm, tháng, tuần, "
            "ngày (ví dụ P1Y, P3M, P30D, P1Y6M)"
        )
    years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
    return years, months, weeks * 7 + days


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def add_duration(start: date, iso: str) -> date:
    """Add an ISO 8601 date duration; months first with month-end clamping, then days.

    31/01 + P1M gives the last day of February, as Vietnamese offices count "một tháng".
    """
    years, months, days = _parse_duration(iso)
    total_months = start.month - 1 + months + 12 * years
    year = start.year + total_months // 12
    month = total_months % 12 + 1
    try:
        day = min(start.day, _days_in_month(year, month))
        return date(year, month, day) + timedelta(days=days)
    except (ValueError, OverflowError):
        raise ValueError(
            f"Khoảng thời gian «{iso}» cộng vào ngày {start.isoformat()} vượt quá năm 9999"
        ) from None


# --- settings ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LegalSettings:
    """Rule values from settings (§2.2, §5.2 reminders); every field may be overridden."""

    request_limit: str = "P1Y"
    review_period: str = "P3M"
    remuneration_rate_pct: Decimal = Decimal("7")
    remuneration_years: int = 3
    remuneration_pay_within: str = "P1M"
    not_quantifiable_multiplier: int = 5
    transfer_rate_pct: Decimal = Decimal("15")
    share_sum: Decimal = Decimal("100.00")
    min_share_pct: Decimal | None = None
    programme_deadline_warning_days: int = 30
    request_limit_warning_days: int = 30

    def __post_init__(self) -> None:
        # Checked here too so that a hand-built settings object cannot carry nonsense.
        for key, value in (
            ("legal.request_limit", self.request_limit),
            ("legal.review_period", self.review_period),
            ("legal.remuneration.pay_within", self.remuneration_pay_within),
        ):
            try:
                _parse_duration(value)
            except ValueError as exc:
                raise ValueError(f"Cấu hình «{key}»: {exc}") from None
        if self.remuneration_years < 1:
            raise ValueError("Cấu hình «legal.remuneration.years»: số năm phải từ 1 trở lên")
        for key, number in (
            ("legal.remuneration.not_quantifiable_multiplier", self.not_quantifiable_multiplier),
            ("reminders.programme_deadline_days", self.programme_deadline_warning_days),
            ("reminders.request_limit_days", self.request_limit_warning_days),
        ):
            if number < 0:
                raise ValueError(f"Cấu hình «{key}»: không được là số âm")
        for key, pct in (
            ("legal.remuneration.rate_pct", self.remuneration_rate_pct),
            ("legal.remuneration.transfer_rate_pct", self.transfer_rate_pct),
            ("authors.share_sum", self.share_sum),
            ("authors.min_share_pct", self.min_share_pct),
        ):
            if pct is not None and (not pct.is_finite() or pct < 0):
                raise ValueError(f"Cấu hình «{key}»: phải là số không âm")

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> LegalSettings:
        """Build settings from stored key/value pairs; missing keys keep their defaults."""
        base = cls()
        min_share = values.get("authors.min_share_pct", base.min_share_pct)
        return cls(
            request_limit=_as_str(values, "legal.request_limit", base.request_limit),
            review_period=_as_str(values, "legal.review_period", base.review_period),
            remuneration_rate_pct=_as_decimal(
                values, "legal.remuneration.rate_pct", base.remuneration_rate_pct
            ),
            remuneration_years=_as_int(values, "legal.remuneration.years", base.remuneration_years),
            remuneration_pay_within=_as_str(
                values, "legal.remuneration.pay_within", base.remuneration_pay_within
            ),
            not_quantifiable_multiplier=_as_int(
                values, "legal.remuneration.not_quantifiable_multiplier", base.not_quantifiable_multiplier
            ),
            transfer_rate_pct=_as_decimal(
                values, "legal.remuneration.transfer_rate_pct", base.transfer_rate_pct
            ),
            share_sum=_as_decimal(values, "authors.share_sum", base.share_sum),
            min_share_pct=None if min_share is None else _as_decimal(values, "authors.min_share_pct", None),
            programme_deadline_warning_days=_as_int(
                values, "reminders.programme_deadline_days", base.programme_deadline_warning_days
            ),
            request_limit_warning_days=_as_int(
                values, "reminders.request_limit_days", base.request_limit_warning_days
            ),
        )


DEFAULT_SETTINGS: dict[str, object] = {
    "legal.request_limit": "P1Y",
    "legal.review_period": "P3M",
    "legal.remuneration.rate_pct": "7",
    "legal.remuneration.years": 3,
    "legal.remuneration.pay_within": "P1M",
    "legal.remuneration.not_quantifiable_multiplier": 5,
    "legal.remuneration.transfer_rate_pct": "15",
    "authors.share_sum": "100.00",
    "authors.min_share_pct": None,
    "reminders.programme_deadline_days": 30,
    "reminders.request_limit_days": 30,
}


def _as_str(values: Mapping[str, object], key: str, default: str) -> str:
    value = values.get(key, default)
    if not isinstance(value, str):
        raise ValueError(f"Cấu hình «{key}» phải là chuỗi ký tự (ví dụ P1Y), không phải {value!r}")
    return value.strip()


def _as_int(values: Mapping[str, object], key: str, default: int) -> int:
    value = values.get(key, default)
    # bool is an int subclass; a stray true/false must not become 1/0.
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    raise ValueError(f"Cấu hình «{key}» phải là số nguyên, không phải {value!r}")


def _as_decimal(values: Mapping[str, object], key: str, default: Decimal | None) -> Decimal:
    value = values.get(key, default)
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int) and not isinstance(value, bool):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(str(value))  # via str so 7.5 stays 7.5, not its binary expansion
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip().replace(",", "."))
        except InvalidOperation:
            raise ValueError(f"Cấu hình «{key}» phải là số, không phải {value!r}") from None
    else:
        raise ValueError(f"Cấu hình «{key}» phải là số, không phải {value!r}")
    if not result.is_finite():
        raise ValueError(f"Cấu hình «{key}» phải là số hữu hạn, không phải {value!r}")
    return result


# --- authorship shares ---------------------------------------------------------------------------


def _fmt_pct(value: Decimal) -> str:
    """Vietnamese number format with two decimals: 1234.5 → "1.234,50"."""
    text = f"{value.quantize(_CENT):,.2f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def check_shares(shares: Sequence[Decimal], settings: LegalSettings) -> list[FieldProblem]:
    """Check contribution shares: bad values block; a wrong sum or a small share only warns (§4.5)."""
    problems: list[FieldProblem] = []

    def add(reason: str, blocking: bool) -> None:
        problems.append(FieldProblem(SHARE_FIELD, SHARE_LABEL, reason, blocking))

    valid = True
    for position, share in enumerate(shares, start=1):
        if not share.is_finite() or share <= 0 or share > _HUNDRED:
            add(f"tác giả thứ {position}: tỷ lệ phải lớn hơn 0 và không quá 100%", True)
            valid = False
        elif share != share.quantize(_CENT):
            add(f"tác giả thứ {position}: tỷ lệ chỉ được có tối đa 2 chữ số thập phân", True)
            valid = False
    # A sum of invalid numbers would only repeat the problem above in a confusing way.
    if not valid or len(shares) < 2:
        return problems
    total = sum(shares, Decimal(0))
    if total != settings.share_sum:
        add(f"tổng là {_fmt_pct(total)}%, phải bằng {_fmt_pct(settings.share_sum)}%", False)
    minimum = settings.min_share_pct
    if minimum is not None:
        for position, share in enumerate(shares, start=1):
            if share < minimum:
                add(
                    f"tác giả thứ {position} có tỷ lệ {_fmt_pct(share)}%, thấp hơn mức tối thiểu "
                    f"{_fmt_pct(minimum)}%",
                    False,
                )
    return problems


def default_shares(n: int) -> list[Decimal]:
    """Equal shares with 2 decimals summing to exactly 100.00; leftover cents go to the first authors."""
    if n < 1:
        raise ValueError("Số tác giả phải từ 1 trở lên")
    base, extra = divmod(10_000, n)  # work in hundredths of a percent
    return [(Decimal(base + (1 if i < extra else 0)) / 100).quantize(_CENT) for i in range(n)]


def split_amount(total_vnd: int, shares: Sequence[Decimal]) -> list[int]:
    """Split whole đồng by shares (largest remainder): parts sum exactly to the total.

    Ties in the remainder go to the earlier position, so the split is reproducible on paper.
    """
    if total_vnd < 0:
        raise ValueError("Số tiền cần chia không được là số âm")
    if any(not s.is_finite() or s < 0 for s in shares):
        raise ValueError("Tỷ lệ đóng góp dùng để chia tiền không được âm")
    weight_sum = sum((Fraction(s) for s in shares), Fraction(0))
    if weight_sum == 0:
        raise ValueError("Tổng tỷ lệ đóng góp bằng 0, không thể chia tiền")
    exact = [Fraction(total_vnd) * Fraction(s) / weight_sum for s in shares]
    parts = [math.floor(q) for q in exact]
    leftover = total_vnd - sum(parts)
    # Stable sort keeps the earlier position first among equal remainders.
    order = sorted(range(len(exact)), key=lambda i: exact[i] - parts[i], reverse=True)
    for i in order[:leftover]:
        parts[i] += 1
    return parts


# --- remuneration --------------------------------------------------------------------------------


def remuneration_due(
    year_benefit_vnd: int | None,
    not_quantifiable: bool,
    base_salary_vnd: int | None,
    settings: LegalSettings,
) -> int:
    """Minimum remuneration for one year of application (§4.10), rounded up to whole đồng."""
    if not_quantifiable:
        if base_salary_vnd is None:
            raise ValueError("Mức lương cơ sở: chưa có, cần để tính thù lao khi không tính được tiền làm lợi")
        if base_salary_vnd < 0:
            raise ValueError("Mức lương cơ sở: không được là số âm")
        return settings.not_quantifiable_multiplier * base_salary_vnd
    if year_benefit_vnd is None:
        raise ValueError("Tiền làm lợi trong năm: chưa có, cần để tính thù lao")
    if year_benefit_vnd < 0:
        raise ValueError("Tiền làm lợi trong năm: không được là số âm")
    # Fraction keeps the product exact, so the ceiling never rounds a float error upwards.
    return math.ceil(Fraction(year_benefit_vnd) * Fraction(settings.remuneration_rate_pct) / 100)


@dataclass(frozen=True)
class RemunerationYear:
    """One year of application for remuneration: the period and the payment deadline."""

    year_index: int
    period_from: date
    period_to: date
    due_on: date


def remuneration_schedule(first_applied_on: date, settings: LegalSettings) -> list[RemunerationYear]:
    """Years 1..N counted from first application; each year ends the day before its anniversary."""
    schedule: list[RemunerationYear] = []
    for index in range(1, settings.remuneration_years + 1):
        # Anniversaries are counted from the start each time so a 29 Feb start does not drift.
        period_from = add_duration(first_applied_on, f"P{index - 1}Y")
        period_to = add_duration(first_applied_on, f"P{index}Y") - timedelta(days=1)
        due_on = add_duration(period_to, settings.remuneration_pay_within)
        schedule.append(RemunerationYear(index, period_from, period_to, due_on))
    return schedule
