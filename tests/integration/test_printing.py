"""Batch printing on a real store: one page per recipient, re-read with pypdf; cancel and failure
leave nothing behind; names that cannot fit are refused before any serial is issued."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.printing import CertificatesDoNotFit, PrintingService
from tests.support.decisions import COLLECTIVES, issue_decision

Make = Callable[..., InitiativeView]


class Stop(Exception):
    """What the UI's ``Cancelled`` is to the service: any exception raised by ``check``."""


class CancelAfter:
    """A progress control that asks to stop once ``pages`` pages were reported."""

    def __init__(self, pages: int) -> None:
        self.pages, self.done, self.reports = pages, 0, 0

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        self.done, self.reports = done, self.reports + 1

    def check(self) -> None:
        if self.done >= self.pages:
            raise Stop()


def page_texts(pdf: Path) -> list[str]:
    return [unicodedata.normalize("NFC", page.extract_text()) for page in PdfReader(pdf).pages]


def folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir())


def test_a_decision_prints_one_page_per_recipient(services: Services, make_recognised: Make,
                                                  tmp_path: Path) -> None:
    decision = issue_decision(services, initiative=make_recognised())
    target = tmp_path / "giay-khen.pdf"
    result = services.printing.print_decision(decision.id, target)
    assert result.pages == len(decision.recipients) == 6
    texts = page_texts(target)
    assert len(texts) == 6
    names = [line.name for line in decision.recipients]
    assert names[:3] == ["Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Đức Thắng"]
    for text, name, serial in zip(texts, names, result.serials, strict=True):
        assert name in text and serial in text and "GIẤY KHEN" in text
    assert "Tổ Bảo trì & Điện <ca 3>" in texts[3]  # markup characters print literally
    assert "Quyết định số 05/QĐ-CĐCS ngày 12/3/2024" in texts[0]
    register = services.certificates.register().entries
    assert sorted(e.serial for e in register) == sorted(result.serials)
    assert folder(tmp_path) == ["data", "giay-khen.pdf"]


def test_printing_again_keeps_the_serials_and_logs_reprints(services: Services, tmp_path: Path) -> None:
    decision = issue_decision(services)
    first = services.printing.print_decision(decision.id, tmp_path / "a.pdf")
    again = services.printing.print_decision(decision.id, tmp_path / "b.pdf")
    assert again.serials == first.serials
    assert {e.reprints for e in services.certificates.register().entries} == {1}


def test_a_selection_prints_only_the_chosen_lines(services: Services, tmp_path: Path) -> None:
    decision = issue_decision(services)
    chosen = [decision.recipients[2].id, decision.recipients[0].id]
    result = services.printing.print_decision(decision.id, tmp_path / "chon.pdf", reward_ids=chosen)
    texts = page_texts(tmp_path / "chon.pdf")
    assert result.pages == 2
    assert COLLECTIVES[0] in texts[0] and COLLECTIVES[2] in texts[1]  # still in the decision's order


def test_cancel_mid_way_leaves_no_file(services: Services, tmp_path: Path) -> None:
    decision = issue_decision(services, collectives=[f"Tổ sản xuất số {i}" for i in range(1, 41)])
    control = CancelAfter(pages=10)
    target = tmp_path / "huy.pdf"
    with pytest.raises(Stop):
        services.printing.print_decision(decision.id, target, control)
    assert control.done == 10 and control.reports >= 10  # it stopped during the pages, not before
    assert folder(tmp_path) == ["data"]


def test_a_failing_render_leaves_nothing(services: Services, tmp_path: Path) -> None:
    decision = issue_decision(services)
    s = services
    printing = PrintingService(s.uow, s.office, s.rewards, s.initiatives, s.recognition, s.certificates,
                               emblem=lambda: tmp_path / "khong-co-bieu-trung.png")
    with pytest.raises(KnownError, match=r"khong-co-bieu-trung\.png"):
        printing.print_decision(decision.id, tmp_path / "loi.pdf")
    assert folder(tmp_path) == ["data"]


def test_names_that_cannot_fit_are_refused_before_issuing(services: Services, tmp_path: Path) -> None:
    too_long = "Tổ " + "Kỹ thuật Điện tử Viễn thông Tự động hoá " * 8
    decision = issue_decision(services, collectives=["Tổ Cơ điện", too_long.strip()[:200]])
    with pytest.raises(CertificatesDoNotFit) as refused:
        services.printing.print_decision(decision.id, tmp_path / "dai.pdf")
    assert len(refused.value.records) == 1
    assert "Tổ Kỹ thuật Điện tử" in refused.value.records[0]
    assert "Tổ Cơ điện" not in refused.value.message
    assert services.certificates.register().total == 0
    assert folder(tmp_path) == ["data"]


def test_a_draft_decision_is_not_printed(services: Services, tmp_path: Path) -> None:
    issued = issue_decision(services)
    draft = services.rewards.create(issued.as_input().__class__(number="06/QĐ-CĐCS",
                                                                recipients=issued.as_input().recipients))
    with pytest.raises(KnownError, match="chưa ban hành"):
        services.printing.print_decision(draft.id, tmp_path / "x.pdf")


def test_a_missing_folder_is_named(services: Services, tmp_path: Path) -> None:
    decision = issue_decision(services)
    with pytest.raises(KnownError, match="khong-co"):
        services.printing.print_decision(decision.id, tmp_path / "khong-co" / "x.pdf")
    assert services.certificates.register().total == 0


def test_the_authors_certificates_of_an_initiative(services: Services, make_recognised: Make,
                                                   tmp_path: Path) -> None:
    initiative = make_recognised()
    result = services.printing.print_initiative(initiative.code, tmp_path / "a.pdf")
    texts = page_texts(tmp_path / "a.pdf")
    assert result.pages == len(texts) == 3
    assert "LÊ ĐỨC THẮNG" in texts[2] and initiative.title in " ".join(texts[2].split())
    assert "Nguyễn Thị Hoa (33,34%), Trần Văn Nam (33,33%)" in texts[2]


def test_the_request_document(services: Services, make_recognised: Make, tmp_path: Path) -> None:
    initiative = make_recognised()
    services.printing.print_request(initiative.code, tmp_path / "don.pdf")
    text = " ".join(" ".join(page_texts(tmp_path / "don.pdf")).split())
    assert initiative.title in text and "Nguyễn Thị Hoa" in text


def test_reprint_by_serial_keeps_serial_and_refuses_revoked(services: Services, tmp_path: Path) -> None:
    decision = issue_decision(services)
    first = services.printing.print_decision(decision.id, tmp_path / "a.pdf")
    again = services.printing.reprint([first.serials[2], first.serials[0]], tmp_path / "lai.pdf")
    assert again.serials == (first.serials[2], first.serials[0])
    texts = page_texts(tmp_path / "lai.pdf")
    assert COLLECTIVES[2] in texts[0] and first.serials[2] in texts[0]
    assert services.certificates.entry(first.serials[2]).reprints == 1
    services.certificates.revoke(first.serials[1], "Ghi sai tên tập thể")
    with pytest.raises(KnownError, match=first.serials[1]):
        services.printing.reprint([first.serials[1]], tmp_path / "thu-hoi.pdf")
    assert not (tmp_path / "thu-hoi.pdf").exists()
