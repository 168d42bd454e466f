"""Template A, Giấy chứng nhận sáng kiến: text read back, fonts, positions, fitting."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from sangkien_desktop.pdf.template_a import PAGE, a_elements, render_a
from sangkien_desktop.pdf.template_b import check_fits
from sangkien_desktop.pdf.text import TextDoesNotFit, caps
from tests.pdf.certificate_samples import LONG_NAME, LONG_TITLE, ORDINARY, TOO_LONG_NAME, TRICKY
from tests.pdf.layout_checks import assert_fonts_embedded_once, assert_inside_boxes, baseline_from_top
from tests.pdf.readback import page_text, reader, runs


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_tricky_text_reads_back_exactly_and_composed() -> None:
    data = render_a([TRICKY])
    text = page_text(data)
    assert text == nfc(text)
    for expected in (caps(TRICKY.recipient_name), "ĐẶNG THỊ NGỌC ÁNH & <BÉ> ĐỖ",
                     f"Chức danh, đơn vị: {TRICKY.position_unit}", f"“{TRICKY.initiative_title}”",
                     "Lĩnh vực áp dụng: a<b && c>d, AT&T", "Đồng tác giả: Đỗ Văn Đạt (10%), Ưng Thị Ợ (5%)",
                     "Số hiệu: CDABC-2024-00012", "Mã kiểm tra: K7Q2M-Z4XP1", "GIẤY CHỨNG NHẬN SÁNG KIẾN",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"):
        assert expected in text
    assert unicodedata.normalize("NFD", "Đặng") not in text


def test_fonts_are_embedded_subsets_once() -> None:
    assert_fonts_embedded_once(render_a([ORDINARY, TRICKY]))


@pytest.mark.parametrize("item", [ORDINARY, TRICKY, replace(ORDINARY, recipient_name=LONG_NAME,
                                                            initiative_title=LONG_TITLE)],
                         ids=["ordinary", "tricky", "long"])
def test_every_element_lies_in_its_box(item: object) -> None:
    assert isinstance(item, type(ORDINARY))
    data = render_a([item])
    assert_inside_boxes(data, a_elements(item))
    for run in runs(data):  # and nothing outside the printable width
        assert 29.0 <= run.x_mm <= 196.0


def test_documented_baselines() -> None:
    data = render_a([ORDINARY])
    documented = {
        "TỔNG CÔNG TY DỆT MAY VIỆT NAM": 24, "CÔNG TY CỔ PHẦN DỆT MAY ABC": 29.5, "Số: 07/CN-ABC": 39,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 24, "Độc lập - Tự do - Hạnh phúc": 29.5,
        "Hải Phòng, ngày 05 tháng 3 năm 2024": 39, "GIẤY CHỨNG NHẬN SÁNG KIẾN": 62,
        "GIÁM ĐỐC CÔNG TY CỔ PHẦN DỆT MAY ABC": 74, "CHỨNG NHẬN": 82, "NGUYỄN THỊ HỒNG NHUNG": 94,
        "Ngày sinh: 12/5/1988": 101, "Chức danh, đơn vị: Tổ trưởng, Phân xưởng Dệt 2": 108,
        "Là đồng tác giả (tỷ lệ đóng góp 40%) của sáng kiến:": 117, "“Cải tiến băng tải phân xưởng 1”": 126,
        "Lĩnh vực áp dụng: Sản xuất, kinh doanh": 150, "Ngày áp dụng lần đầu: 01/3/2023": 157,
        "Đồng tác giả: Trần Văn Bình (35%), Lê Văn Cường (25%)": 164, "TM. BAN CHẤP HÀNH": 205,
        "CHỦ TỊCH": 211, "Phạm Văn Đức": 250, "Số hiệu: CDABC-2024-00012": 240, "Số vào sổ: 012": 250,
    }
    for text, y in documented.items():
        assert baseline_from_top(data, PAGE, text) == pytest.approx(y, abs=0.01), text


def test_a_long_title_shrinks_then_wraps_within_three_lines() -> None:
    elements = a_elements(replace(ORDINARY, initiative_title=LONG_TITLE))
    title = next(e for e in elements if e.fitted.lines[0].startswith("“"))
    assert title.fitted.size == 12 and 2 <= len(title.fitted.lines) <= 3
    assert " ".join(title.fitted.lines) == f"“{LONG_TITLE}”"


def test_a_long_name_shrinks_but_is_never_cut() -> None:
    elements = a_elements(replace(ORDINARY, recipient_name=LONG_NAME))
    name = next(e for e in elements if e.fitted.lines == (caps(LONG_NAME),))
    assert 14 <= name.fitted.size < 16


def test_a_name_that_cannot_fit_is_refused_naming_the_record() -> None:
    item = replace(ORDINARY, recipient_name=TOO_LONG_NAME)
    with pytest.raises(TextDoesNotFit) as caught:
        render_a([ORDINARY, item])
    assert caught.value.record == f"{TOO_LONG_NAME} (CDABC-2024-00012)"
    assert caught.value.message.startswith("Họ và tên người được chứng nhận của Nguyễn Hoàng Phương Thảo")
    assert check_fits([ORDINARY, item, ORDINARY], "A") == [caught.value.message]


def test_many_co_authors_end_with_and_n_others() -> None:
    names = tuple(f"Nguyễn Văn Thành Viên Số {n} (5%)" for n in range(1, 9))
    elements = a_elements(replace(ORDINARY, co_authors=names))
    line = next(e for e in elements if e.fitted.lines[0].startswith("Đồng tác giả"))
    assert line.fitted.lines[0].endswith("người khác") and len(line.fitted.lines) == 1


def test_one_page_per_item_with_progress_and_invariant_output() -> None:
    seen: list[tuple[int, int]] = []
    data = render_a([ORDINARY, TRICKY, ORDINARY], invariant=True, progress=lambda d, t: seen.append((d, t)))
    assert len(reader(data).pages) == 3 and seen == [(1, 3), (2, 3), (3, 3)]
    assert render_a([ORDINARY, TRICKY, ORDINARY], invariant=True) == data
    box = reader(data).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)


def test_without_parent_org_the_issuer_moves_up() -> None:
    data = render_a([replace(ORDINARY, parent_org="")])
    assert baseline_from_top(data, PAGE, "CÔNG TY CỔ PHẦN DỆT MAY ABC") == pytest.approx(24, abs=0.01)
