"""Certificate data for the PDF-CORE tests: ordinary values and the tricky ones of DOCUMENTS.md §4."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from sangkien_desktop.pdf.certificate import CertificateData

TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, huyền, sắc, hỏi, ngã, nặng
VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")


def every_toned_vowel(upper: bool = False) -> str:
    """The 72 vowel forms (12 vowels x 6 tone forms) separated by spaces, NFC."""
    forms = [unicodedata.normalize("NFC", vowel + tone) for vowel in VOWELS for tone in TONES]
    text = " ".join(forms)
    return unicodedata.normalize("NFC", text.upper()) if upper else text


# Typed in "Unicode tổ hợp" mode: decomposed, must come out composed.
NFD_NAME = unicodedata.normalize("NFD", "Đặng Thị Ngọc Ánh")
HOSTILE = "Công thức a<b && c>d, <b>in đậm</b>, AT&T R&D &nbsp; &#273;"
LONG_NAME = "Công Tằng Tôn Nữ Thị Phương Hoa Quỳnh Như"  # a real-world long Huế royal-family name
TOO_LONG_NAME = "Nguyễn Hoàng Phương Thảo Công Tằng Tôn Nữ Thị Diễm Kiều Quỳnh Như Ngọc Bích Uyên"
LONG_TITLE = (
    "Cải tiến quy trình kiểm tra chất lượng vải mộc bằng camera công nghiệp và phần mềm nhận dạng lỗi "
    "tự động, kết nối với hệ thống quản lý sản xuất của Phân xưởng Dệt 2 và Phân xưởng Hoàn tất"
)

ORDINARY = CertificateData(
    recipient_name="Nguyễn Thị Hồng Nhung",
    serial="CDABC-2024-00012",
    verification_code="K7Q2M-Z4XP1",
    parent_org="Tổng công ty Dệt may Việt Nam",
    issuer_name="Công ty Cổ phần Dệt may ABC",
    issuer_subline="(trực thuộc Công đoàn Khu kinh tế Hải Phòng)",
    number="07/CN-ABC",
    place_date="Hải Phòng, ngày 05 tháng 3 năm 2024",
    issuer_clause="Giám đốc Công ty Cổ phần Dệt may ABC",
    birth_date="12/5/1988",
    position_unit="Tổ trưởng, Phân xưởng Dệt 2",
    authorship="Là đồng tác giả (tỷ lệ đóng góp 40%) của sáng kiến:",
    initiative_title="Cải tiến băng tải phân xưởng 1",
    field_text="Sản xuất, kinh doanh",
    first_applied="01/3/2023",
    co_authors=("Trần Văn Bình (35%)", "Lê Văn Cường (25%)"),
    decision_text="Đã được công nhận là sáng kiến theo Quyết định số 15/QĐ-ABC ngày 01/3/2024 của Giám đốc "
                  "Công ty Cổ phần Dệt may ABC",
    evidence="Giấy chứng nhận này xác nhận sáng kiến đã được đơn vị công nhận theo Điều lệ Sáng kiến.",
    citation="Đã có thành tích xuất sắc trong Chương trình “1 triệu sáng kiến”, tác giả sáng kiến "
             "“Cải tiến băng tải phân xưởng 1”, năm 2024",
    register_number="012",
    authority_lines=("TM. BAN CHẤP HÀNH", "CHỦ TỊCH"),
    signer_name="Phạm Văn Đức",
)

UNION = replace(ORDINARY, issuer_name="Ban Chấp hành Công đoàn cơ sở Công ty Cổ phần Dệt may ABC",
                decision_text="Quyết định số 05/QĐ-CĐCS ngày 12/3/2024")

TRICKY = replace(
    ORDINARY,
    recipient_name=NFD_NAME + " & <Bé> Đỗ",
    position_unit="Kỹ sư <b>R&D</b> &nbsp; đ/Đ ỡ ự ặ ẫ",
    initiative_title=every_toned_vowel(),
    field_text="a<b && c>d, AT&T",
    citation=every_toned_vowel(upper=True),
    co_authors=("Đỗ Văn Đạt (10%)", "Ưng Thị Ợ (5%)"),
)
