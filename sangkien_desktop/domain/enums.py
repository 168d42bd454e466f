"""Domain vocabulary (DOMAIN.md).

Member values are the ASCII Vietnamese codes that are stored, exported and synced; they never
change once released. ``label`` gives the Vietnamese wording shown to officers.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Vietnamese label."""

    @property
    def label(self) -> str:
        override = _CLASS_LABELS.get((type(self).__name__, self.value))
        return override or _LABELS.get(self.value, self.value)

    @classmethod
    def parse(cls, value: str) -> LabelledEnum:
        """Accept the code in any case; raise ValueError for anything else."""
        return cls(value.strip().upper())


class SolutionKind(LabelledEnum):
    KY_THUAT = "KY_THUAT"
    QUAN_LY = "QUAN_LY"
    TAC_NGHIEP = "TAC_NGHIEP"
    UNG_DUNG_TBKT = "UNG_DUNG_TBKT"
    DE_TAI_NCKH = "DE_TAI_NCKH"


class FieldCode(LabelledEnum):
    SX_KD = "SX_KD"
    ATVSLD = "ATVSLD"
    BVMT = "BVMT"
    CCHC = "CCHC"
    XD_DANG_HTCT = "XD_DANG_HTCT"
    QUAN_LY_DIEU_HANH = "QUAN_LY_DIEU_HANH"
    CONG_DONG = "CONG_DONG"
    CNTT = "CNTT"
    KHAC = "KHAC"


class InitiativeStatus(LabelledEnum):
    Y_TUONG = "Y_TUONG"
    AP_DUNG_THU = "AP_DUNG_THU"
    DA_NOP_DON = "DA_NOP_DON"
    CAN_BO_SUNG = "CAN_BO_SUNG"
    DON_HOP_LE = "DON_HOP_LE"
    DANG_XET = "DANG_XET"
    KHONG_CONG_NHAN = "KHONG_CONG_NHAN"
    DA_CONG_NHAN = "DA_CONG_NHAN"
    CDCS_XAC_NHAN = "CDCS_XAC_NHAN"
    SAN_SANG_TAI_LEN = "SAN_SANG_TAI_LEN"
    DA_TAI_LEN = "DA_TAI_LEN"
    HOP_LE = "HOP_LE"
    KHONG_HOP_LE = "KHONG_HOP_LE"


class Sex(LabelledEnum):
    NAM = "NAM"
    NU = "NU"
    KHONG_RO = "KHONG_RO"


class DatePrecision(LabelledEnum):
    NGAY = "NGAY"
    NAM = "NAM"


class WorkerKind(LabelledEnum):
    TRUC_TIEP_SX = "TRUC_TIEP_SX"
    QUAN_LY = "QUAN_LY"
    KHAC = "KHAC"


class OwnershipType(LabelledEnum):
    DNNN = "DNNN"
    FDI = "FDI"
    NGOAI_NHA_NUOC = "NGOAI_NHA_NUOC"
    HCSN = "HCSN"


class AuthorRole(LabelledEnum):
    TAC_GIA = "TAC_GIA"
    DONG_TAC_GIA = "DONG_TAC_GIA"


class BenefitSource(LabelledEnum):
    TAC_GIA = "TAC_GIA"
    PHIEU_XAC_NHAN = "PHIEU_XAC_NHAN"
    QUYET_DINH = "QUYET_DINH"


class Scope(LabelledEnum):
    CO_SO = "CO_SO"
    NGANH = "NGANH"
    TINH = "TINH"
    TOAN_QUOC = "TOAN_QUOC"


class RequestState(LabelledEnum):
    DA_NOP = "DA_NOP"
    YEU_CAU_BO_SUNG = "YEU_CAU_BO_SUNG"
    CHAP_NHAN = "CHAP_NHAN"
    TU_CHOI_DON = "TU_CHOI_DON"


class RecognitionLevel(LabelledEnum):
    CO_SO = "CO_SO"
    NGANH = "NGANH"
    TINH = "TINH"


class RecognitionOutcome(LabelledEnum):
    CONG_NHAN = "CONG_NHAN"
    KHONG_CONG_NHAN = "KHONG_CONG_NHAN"


class IssuerKind(LabelledEnum):
    CONG_DOAN = "CONG_DOAN"
    NSDLD = "NSDLD"


class SigningAuthority(LabelledEnum):
    TM_BCH = "TM_BCH"
    KT_CHU_TICH = "KT_CHU_TICH"


class FundSource(LabelledEnum):
    QUY_CONG_DOAN = "QUY_CONG_DOAN"
    NSDLD = "NSDLD"
    KHAC = "KHAC"


class DecisionState(LabelledEnum):
    DU_THAO = "DU_THAO"
    DA_BAN_HANH = "DA_BAN_HANH"


class RewardForm(LabelledEnum):
    GIAY_KHEN_CDCS = "GIAY_KHEN_CDCS"
    GIAY_KHEN_CD_CAP_TREN = "GIAY_KHEN_CD_CAP_TREN"
    BANG_KHEN_LDLD = "BANG_KHEN_LDLD"
    BANG_KHEN_TLD = "BANG_KHEN_TLD"
    BANG_LDST = "BANG_LDST"
    THUONG_NSDLD = "THUONG_NSDLD"
    KHAC = "KHAC"


class RewardLevel(LabelledEnum):
    CDCS = "CDCS"
    CAP_TREN = "CAP_TREN"
    TINH_NGANH = "TINH_NGANH"
    TLD = "TLD"
    NSDLD = "NSDLD"


class RecipientKind(LabelledEnum):
    CA_NHAN = "CA_NHAN"
    TAP_THE = "TAP_THE"


class PeriodKind(LabelledEnum):
    NAM = "NAM"
    QUY = "QUY"
    DOT = "DOT"


class UploadResult(LabelledEnum):
    CHO = "CHO"
    HOP_LE = "HOP_LE"
    KHONG_HOP_LE = "KHONG_HOP_LE"
    LOI = "LOI"


class AttachmentKind(LabelledEnum):
    SCAN_QUYET_DINH = "SCAN_QUYET_DINH"
    PHIEU_XAC_NHAN_KY = "PHIEU_XAC_NHAN_KY"
    HINH_ANH = "HINH_ANH"
    BAN_VE = "BAN_VE"
    CHUNG_TU = "CHUNG_TU"
    KHAC = "KHAC"


class OfficerRole(LabelledEnum):
    CHU_TICH = "CHU_TICH"
    CAN_BO = "CAN_BO"
    XEM = "XEM"


class DocumentTemplate(LabelledEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    CAL = "CAL"


# Codes are unique across enums except where the wording is the same, so one table serves all.
_LABELS: dict[str, str] = {
    # SolutionKind
    "KY_THUAT": "Giải pháp kỹ thuật",
    "TAC_NGHIEP": "Giải pháp tác nghiệp",
    "UNG_DUNG_TBKT": "Giải pháp ứng dụng tiến bộ kỹ thuật",
    "DE_TAI_NCKH": "Đề tài nghiên cứu khoa học",
    # FieldCode
    "SX_KD": "Sản xuất, kinh doanh",
    "ATVSLD": "An toàn, vệ sinh lao động",
    "BVMT": "Bảo vệ môi trường",
    "CCHC": "Cải cách hành chính",
    "XD_DANG_HTCT": "Xây dựng Đảng, hệ thống chính trị",
    "QUAN_LY_DIEU_HANH": "Quản lý, điều hành",
    "CONG_DONG": "Sáng kiến cộng đồng (y tế, giáo dục)",
    "CNTT": "Ứng dụng công nghệ thông tin",
    "KHAC": "Khác",
    # InitiativeStatus
    "Y_TUONG": "Ý tưởng",
    "AP_DUNG_THU": "Đang áp dụng thử / lần đầu",
    "DA_NOP_DON": "Đã nộp đơn",
    "CAN_BO_SUNG": "Cần bổ sung hồ sơ",
    "DON_HOP_LE": "Đơn hợp lệ – chờ xét",
    "DANG_XET": "Đang xét",
    "KHONG_CONG_NHAN": "Không công nhận",
    "DA_CONG_NHAN": "Đã công nhận",
    "CDCS_XAC_NHAN": "CĐCS đã xác nhận",
    "SAN_SANG_TAI_LEN": "Sẵn sàng tải lên",
    "DA_TAI_LEN": "Đã tải lên",
    "HOP_LE": "Hợp lệ",
    "KHONG_HOP_LE": "Không hợp lệ",
    # Person
    "NAM": "Nam",
    "NU": "Nữ",
    "KHONG_RO": "Không rõ",
    "NGAY": "Ngày",
    "TRUC_TIEP_SX": "Trực tiếp sản xuất",
    "QUAN_LY": "Quản lý",
    # Employer
    "DNNN": "Doanh nghiệp nhà nước",
    "FDI": "Doanh nghiệp FDI",
    "NGOAI_NHA_NUOC": "Doanh nghiệp ngoài nhà nước",
    "HCSN": "Hành chính sự nghiệp",
    # Authorship and benefit
    "TAC_GIA": "Tác giả",
    "DONG_TAC_GIA": "Đồng tác giả",
    "PHIEU_XAC_NHAN": "Phiếu xác nhận",
    "QUYET_DINH": "Quyết định",
    "CO_SO": "Cơ sở",
    "NGANH": "Ngành",
    "TINH": "Tỉnh",
    "TOAN_QUOC": "Toàn quốc",
    # Requests and decisions
    "DA_NOP": "Đã nộp",
    "YEU_CAU_BO_SUNG": "Yêu cầu bổ sung",
    "CHAP_NHAN": "Chấp nhận",
    "TU_CHOI_DON": "Từ chối đơn",
    "CONG_NHAN": "Công nhận",
    "CONG_DOAN": "Công đoàn",
    "NSDLD": "Người sử dụng lao động",
    "TM_BCH": "TM. Ban Chấp hành / Chủ tịch",
    "KT_CHU_TICH": "KT. Chủ tịch / Phó Chủ tịch",
    "QUY_CONG_DOAN": "Quỹ công đoàn",
    "DU_THAO": "Dự thảo",
    "DA_BAN_HANH": "Đã ban hành",
    # Rewards
    "GIAY_KHEN_CDCS": "Giấy khen BCH CĐCS",
    "GIAY_KHEN_CD_CAP_TREN": "Giấy khen công đoàn cấp trên",
    "BANG_KHEN_LDLD": "Bằng khen LĐLĐ tỉnh / CĐ ngành",
    "BANG_KHEN_TLD": "Bằng khen Tổng Liên đoàn",
    "BANG_LDST": "Bằng Lao động sáng tạo",
    "THUONG_NSDLD": "Thưởng của người sử dụng lao động",
    "CDCS": "Công đoàn cơ sở",
    "CAP_TREN": "Công đoàn cấp trên",
    "TINH_NGANH": "LĐLĐ tỉnh / CĐ ngành",
    "TLD": "Tổng Liên đoàn",
    "CA_NHAN": "Cá nhân",
    "TAP_THE": "Tập thể",
    # Programmes and upload
    "QUY": "Quý",
    "DOT": "Đợt",
    "CHO": "Chờ xét",
    "LOI": "Lỗi",
    # Attachments
    "SCAN_QUYET_DINH": "Bản chụp quyết định",
    "PHIEU_XAC_NHAN_KY": "Phiếu xác nhận có chữ ký",
    "HINH_ANH": "Hình ảnh",
    "BAN_VE": "Bản vẽ",
    "CHUNG_TU": "Chứng từ",
    # Officers
    "CHU_TICH": "Chủ tịch",
    "CAN_BO": "Cán bộ",
    "XEM": "Chỉ xem",
}

# Where one code means different things in different enums.
_CLASS_LABELS: dict[tuple[str, str], str] = {
    ("SolutionKind", "QUAN_LY"): "Giải pháp quản lý",
    ("PeriodKind", "NAM"): "Năm",
    ("DatePrecision", "NAM"): "Chỉ năm",
}
