"""Enum labels in the UI language.

The domain enums carry their Vietnamese wording as data (``member.label``, also used by the CLI and
printed papers), so they cannot go through ``tr()``. The English wording lives here, one table per
enum keyed by the stored code; a unit test checks that every member of every labelled enum has one.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sangkien_desktop.domain import enums as e
from sangkien_desktop.domain.backups import BackupKind
from sangkien_desktop.ui.i18n import SOURCE_LANGUAGE, current_language

__all__ = ["ENGLISH_LABELS", "enum_label", "short_label"]


def enum_label(member: Enum) -> str:
    """What the officer reads for ``member``: Vietnamese ``label``, or English in the English UI."""
    if current_language() == SOURCE_LANGUAGE:
        english = ENGLISH_LABELS.get(type(member), {}).get(str(member.value))
        if english is not None:
            return english
    label = getattr(member, "label", None)
    return label if isinstance(label, str) else member.name


# Keyed by class, then by code: StrEnum members compare equal to their code, so
# SolutionKind.QUAN_LY and WorkerKind.QUAN_LY would collide in one table of members.
ENGLISH_LABELS: Mapping[type[Enum], Mapping[str, str]] = {
    e.SolutionKind: {
        "KY_THUAT": "Technical solution",
        "QUAN_LY": "Management solution",
        "TAC_NGHIEP": "Operational solution",
        "UNG_DUNG_TBKT": "Applying technical advances",
        "DE_TAI_NCKH": "Scientific research project",
    },
    e.FieldCode: {
        "SX_KD": "Production and business",
        "ATVSLD": "Occupational safety and health",
        "BVMT": "Environmental protection",
        "CCHC": "Administrative reform",
        "XD_DANG_HTCT": "Party and political system building",
        "QUAN_LY_DIEU_HANH": "Management and administration",
        "CONG_DONG": "Community initiative (health, education)",
        "CNTT": "Information technology",
        "KHAC": "Other",
    },
    e.InitiativeStatus: {
        "Y_TUONG": "Idea",
        "AP_DUNG_THU": "On trial / first applied",
        "DA_NOP_DON": "Application filed",
        "CAN_BO_SUNG": "More documents needed",
        "DON_HOP_LE": "Application valid – awaiting review",
        "DANG_XET": "Under review",
        "KHONG_CONG_NHAN": "Not recognised",
        "DA_CONG_NHAN": "Recognised",
        "CDCS_XAC_NHAN": "Confirmed by the grassroots union",
        "SAN_SANG_TAI_LEN": "Ready to upload",
        "DA_TAI_LEN": "Uploaded",
        "HOP_LE": "Valid",
        "KHONG_HOP_LE": "Invalid",
    },
    e.Sex: {"NAM": "Male", "NU": "Female", "KHONG_RO": "Unknown"},
    e.DatePrecision: {"NGAY": "Full date", "NAM": "Year only"},
    e.WorkerKind: {"TRUC_TIEP_SX": "Direct production", "QUAN_LY": "Management", "KHAC": "Other"},
    e.OwnershipType: {
        "DNNN": "State-owned enterprise",
        "FDI": "Foreign-invested enterprise",
        "NGOAI_NHA_NUOC": "Non-state enterprise",
        "HCSN": "Public administrative or service unit",
    },
    e.AuthorRole: {"TAC_GIA": "Author", "DONG_TAC_GIA": "Co-author"},
    e.BenefitSource: {"TAC_GIA": "Author", "PHIEU_XAC_NHAN": "Confirmation form", "QUYET_DINH": "Decision"},
    e.Scope: {"CO_SO": "Grassroots", "NGANH": "Sector", "TINH": "Province", "TOAN_QUOC": "Nationwide"},
    e.RequestState: {
        "DA_NOP": "Submitted",
        "YEU_CAU_BO_SUNG": "More documents requested",
        "CHAP_NHAN": "Accepted",
        "TU_CHOI_DON": "Application rejected",
    },
    e.RecognitionLevel: {"CO_SO": "Grassroots", "NGANH": "Sector", "TINH": "Province"},
    e.RecognitionOutcome: {"CONG_NHAN": "Recognised", "KHONG_CONG_NHAN": "Not recognised"},
    e.IssuerKind: {"CONG_DOAN": "Trade union", "NSDLD": "Employer"},
    e.SigningAuthority: {
        "TM_BCH": "On behalf of the Executive Committee / Chair",
        "KT_CHU_TICH": "For the Chair / Vice-chair",
    },
    e.FundSource: {"QUY_CONG_DOAN": "Union fund", "NSDLD": "Employer", "KHAC": "Other"},
    e.DecisionState: {"DU_THAO": "Draft", "DA_BAN_HANH": "Issued"},
    e.RewardForm: {
        "GIAY_KHEN_CDCS": "Certificate of merit of the grassroots union committee",
        "GIAY_KHEN_CD_CAP_TREN": "Certificate of merit of the higher-level union",
        "BANG_KHEN_LDLD": "Certificate of merit of the provincial federation / sector union",
        "BANG_KHEN_TLD": "Certificate of merit of the General Confederation of Labour",
        "BANG_LDST": "Creative Labour Certificate",
        "THUONG_NSDLD": "Employer's reward",
        "KHAC": "Other",
    },
    e.RewardLevel: {
        "CDCS": "Grassroots union",
        "CAP_TREN": "Higher-level union",
        "TINH_NGANH": "Provincial federation / sector union",
        "TLD": "General Confederation of Labour",
        "NSDLD": "Employer",
    },
    e.RecipientKind: {"CA_NHAN": "Individual", "TAP_THE": "Collective"},
    e.PeriodKind: {"NAM": "Year", "QUY": "Quarter", "DOT": "Round"},
    e.UploadResult: {"CHO": "Awaiting review", "HOP_LE": "Valid", "KHONG_HOP_LE": "Invalid", "LOI": "Error"},
    e.AttachmentKind: {
        "SCAN_QUYET_DINH": "Scanned decision",
        "PHIEU_XAC_NHAN_KY": "Signed confirmation form",
        "HINH_ANH": "Photo",
        "BAN_VE": "Drawing",
        "CHUNG_TU": "Supporting document",
        "KHAC": "Other",
    },
    e.OfficerRole: {"CHU_TICH": "Chair", "CAN_BO": "Officer", "XEM": "View only"},
    # Template letters are names in both languages.
    e.DocumentTemplate: {"A": "A", "B": "B", "C": "C", "D": "D", "E": "E", "CAL": "CAL"},
    BackupKind: {
        "tu-dong": "Automatic",
        "thu-cong": "Manual",
        "truoc-nang-cap": "Before an upgrade",
        "truoc-khoi-phuc": "Before a restore",
    },
}


# Short forms for narrow table cells (the cell's tooltip has the whole label); Vietnamese in the .ts.
_SHORT: Mapping[type[Enum], Mapping[str, object]] = {
    e.SolutionKind: {
        "KY_THUAT": QT_TRANSLATE_NOOP("ShortLabel", "Technical"),
        "QUAN_LY": QT_TRANSLATE_NOOP("ShortLabel", "Management"),
        "TAC_NGHIEP": QT_TRANSLATE_NOOP("ShortLabel", "Operational"),
        "UNG_DUNG_TBKT": QT_TRANSLATE_NOOP("ShortLabel", "Tech. advance"),
        "DE_TAI_NCKH": QT_TRANSLATE_NOOP("ShortLabel", "Research"),
    },
    e.FieldCode: {
        "SX_KD": QT_TRANSLATE_NOOP("ShortLabel", "Production"),
        "ATVSLD": QT_TRANSLATE_NOOP("ShortLabel", "Work safety"),
        "BVMT": QT_TRANSLATE_NOOP("ShortLabel", "Environment"),
        "CCHC": QT_TRANSLATE_NOOP("ShortLabel", "Admin. reform"),
        "XD_DANG_HTCT": QT_TRANSLATE_NOOP("ShortLabel", "Party building"),
        "QUAN_LY_DIEU_HANH": QT_TRANSLATE_NOOP("ShortLabel", "Administration"),
        "CONG_DONG": QT_TRANSLATE_NOOP("ShortLabel", "Community"),
        "CNTT": QT_TRANSLATE_NOOP("ShortLabel", "IT"),
        "KHAC": QT_TRANSLATE_NOOP("ShortLabel", "Other"),
    },
}


def short_label(member: Enum) -> str:
    """A few words for a table cell; the full ``enum_label`` where no short form exists."""
    short = _SHORT.get(type(member), {}).get(str(member.value))
    return enum_label(member) if short is None else QCoreApplication.translate("ShortLabel", str(short))
