"""The QR block: a deterministic matrix drawn as merged rectangles that a scanner reads back from a
printed page, and whose payload verifies (DOCUMENTS.md §10, §12)."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from sangkien_desktop.domain.certificates import CertificateSubject, PayloadClaims, RevocationList
from sangkien_desktop.domain.enums import DocumentTemplate
from sangkien_desktop.pdf import qr
from sangkien_desktop.pdf.fonts import SERIF, register_fonts
from sangkien_desktop.pdf.geometry import Box, mm
from sangkien_desktop.pdf.qr_encoder import encode
from sangkien_desktop.services import signing
from sangkien_desktop.services.signing import OfficeKey, StaticKeyring

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"  # QR's alphanumeric set: what payloads use
SUBJECT = CertificateSubject(DocumentTemplate.B, "reward", "r", "Nguyễn Thị Ngọc Ánh", "Khuôn ép",
                             "05/QĐ-CĐCS", date(2024, 3, 12))


@pytest.fixture
def signed(tmp_path: Path) -> tuple[str, OfficeKey]:
    key = OfficeKey(tmp_path / "keys", "CDCS-ABC")
    claims = PayloadClaims("CDCS-ABC", 2024, 12345, date(2024, 3, 15), "Nguyễn Thị Ngọc Ánh",
                           signing.subject_digest(SUBJECT))
    return signing.sign_payload(claims, key), key


def _page(block: qr.QrBlock, side_mm: float, style: qr.QrStyle = "path") -> bytes:
    buffer = io.BytesIO()
    register_fonts()
    canvas = Canvas(buffer, pagesize=(60 * mm, 60 * mm), invariant=True, initialFontName=SERIF)
    qr.draw_qr(canvas, block, Box(10, 10, side_mm, side_mm + 10), style=style)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _render(pdf: bytes, tmp_path: Path, dpi: int) -> Image.Image:
    source = tmp_path / "qr.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", str(source),
                    str(tmp_path / "page")], check=True)
    return Image.open(tmp_path / "page.png")


@pytest.mark.parametrize(
    ("side_mm", "dpi", "style"), [(22, 300, "path"), (30, 150, "path"), (22, 300, "stencil")]
)
def test_printed_code_decodes_to_the_payload_which_verifies(
    signed: tuple[str, OfficeKey], tmp_path: Path, side_mm: float, dpi: int, style: qr.QrStyle
) -> None:
    payload, key = signed
    pdf = _page(qr.QrBlock(payload, "Số: CDCS-ABC-2024-12345\nMã kiểm tra: ABCDE-FGHIJ"), side_mm, style)
    found = zxingcpp.read_barcodes(_render(pdf, tmp_path, dpi), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in found] == [payload]
    verdict = signing.verify(found[0].text, StaticKeyring({"CDCS-ABC": [key.public_key()]}),
                             RevocationList(date(2024, 4, 1)))
    assert verdict.valid


def test_matrix_is_deterministic_version_8_level_m(signed: tuple[str, OfficeKey]) -> None:
    payload, _key = signed
    first, second = encode(payload), encode(payload)
    assert first == second
    assert first.size == 49  # version 8: ≈ 0.39 mm modules in a 22 mm block


def test_rectangles_cover_exactly_the_dark_modules(signed: tuple[str, OfficeKey]) -> None:
    payload, _key = signed
    matrix = qr.qr_matrix(payload)
    size = matrix.size
    covered = [[0] * size for _ in range(size)]
    ops = qr.qr_path_operators(payload)
    assert ops.endswith(" f")
    numbers = ops[:-2].replace(" re", "").split()
    for i in range(0, len(numbers), 4):
        x, y, w, h = (int(n) for n in numbers[i : i + 4])
        for row in range(size - y - h, size - y):
            for col in range(x, x + w):
                covered[row][col] += 1
    assert covered == [[int(dark) for dark in row] for row in matrix.rows]
    dark = sum(sum(row) for row in matrix.rows)
    assert len(numbers) // 4 < dark * 0.6  # runs: far fewer rectangles than modules


def test_block_uses_only_the_embedded_serif_font(signed: tuple[str, OfficeKey]) -> None:
    payload, _key = signed
    pdf = _page(qr.QrBlock(payload, "Số: CDCS-ABC-2024-12345"), 22)
    assert b"Helvetica" not in pdf
    assert b"LiberationSerif" in pdf


@pytest.mark.parametrize("length", [7, 10, 190, 311])
def test_encoded_symbols_decode(length: int) -> None:
    payload = (ALPHANUMERIC * 8)[:length].strip() or "A"
    matrix = encode(payload)
    scale, quiet = 6, 4
    side = (matrix.size + 2 * quiet) * scale
    image = Image.new("L", (side, side), 255)
    for r, line in enumerate(matrix.lines):
        for c, module in enumerate(line):
            if module == "1":
                x, y = (c + quiet) * scale, (r + quiet) * scale
                image.paste(0, (x, y, x + scale, y + scale))
    assert [b.text for b in zxingcpp.read_barcodes(image)] == [payload]


def test_the_stencil_paints_exactly_the_dark_modules(signed: tuple[str, OfficeKey]) -> None:
    payload, _key = signed
    matrix = qr.qr_matrix(payload)
    ops = qr.qr_stencil_operators(payload)
    data = ops.split(" ID ", 1)[1].removesuffix("> EI")
    row_hex = len(data) // matrix.size
    for line, start in zip(matrix.lines, range(0, len(data), row_hex), strict=True):
        bits = f"{int(data[start:start + row_hex], 16):0{row_hex * 4}b}"[:matrix.size]
        assert bits == line
