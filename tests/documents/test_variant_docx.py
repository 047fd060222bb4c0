"""The Word files the variant maker writes (`tests/fixtures/text_variants.to_docx`) are ones Word would write:
real tables that LibreOffice keeps through a .doc round trip, and lines laid out with spaces kept as laid out.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn

from tests.fixtures.text_variants import _split_columns, convert, to_docx

TEXT = """| ỦY BAN NHÂN DÂN XÃ AN HÒA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
| --- | --- |
| Số: 12/KH-UBND | An Hòa, ngày 3 tháng 3 năm 2026 |

KẾ HOẠCH
Dọn vệ sinh kênh mương trước mùa mưa

| TT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |
| --- | --- | --- | --- |
| 1 | Nạo vét kênh tiêu thôn Đông | Tổ thủy lợi xã | Tháng 4/2026 |
| 2 | Thu gom rác ven kênh | Đoàn Thanh niên xã | Hằng tháng |"""
BODY_ROWS = [
    ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
    ["1", "Nạo vét kênh tiêu thôn Đông", "Tổ thủy lợi xã", "Tháng 4/2026"],
    ["2", "Thu gom rác ven kênh", "Đoàn Thanh niên xã", "Hằng tháng"],
]


def _cells(table: object) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]  # type: ignore[attr-defined]


def test_a_table_that_ends_the_text_is_followed_by_a_paragraph() -> None:
    doc = open_docx(io.BytesIO(to_docx(TEXT)))
    blocks = [el.tag for el in doc.element.body if el.tag != qn("w:sectPr")]
    assert blocks[-2:] == [qn("w:tbl"), qn("w:p")]
    assert _cells(doc.tables[-1]) == BODY_ROWS


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("1    Nạo vét kênh tiêu          Tổ thủy lợi", "1    Nạo vét kênh tiêu          Tổ thủy lợi"),
        ("     thôn Đông                  xã", "     thôn Đông                  xã"),
        ("Thu gom rác ven kênh.   ", "Thu gom rác ven kênh."),
        ("  **KẾ HOẠCH**", "KẾ HOẠCH"),
    ],
)
def test_a_body_line_keeps_its_indentation(line: str, kept: str) -> None:
    doc = open_docx(io.BytesIO(to_docx(f"Trước dòng\n{line}\nSau dòng")))
    assert [p.text for p in doc.paragraphs] == ["Trước dòng", kept, "Sau dòng"]


@pytest.mark.render
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_tables_survive_a_doc_round_trip(tmp_path: Path) -> None:
    """.docx → .doc → .docx through LibreOffice: the header table and the body table come back as tables."""
    source = tmp_path / "plan.docx"
    source.write_bytes(to_docx(TEXT))
    (tmp_path / "doc").mkdir()
    (tmp_path / "back").mkdir()
    doc = convert([source], "doc", tmp_path / "doc")[source]
    back = convert([doc], "docx", tmp_path / "back")[doc]
    tables = open_docx(str(back)).tables
    assert len(tables) == 2
    assert _cells(tables[0])[1][0] == "Số: 12/KH-UBND"
    assert _cells(tables[1]) == BODY_ROWS


@pytest.mark.parametrize(
    ("line", "left", "right"),
    [
        ("V/v rà soát dự toán Hà Nội, ngày 5 tháng 3 năm 2024", "V/v rà soát dự toán", "Hà Nội, ngày 5 tháng 3 năm 2024"),
        # a place of two names joined by a dash goes to the right column whole
        ("V/v rà soát dự toán Bà Rịa - Vũng Tàu, ngày 5 tháng 3 năm 2024", "V/v rà soát dự toán",
         "Bà Rịa - Vũng Tàu, ngày 5 tháng 3 năm 2024"),
    ],
)
def test_glued_header_line_splits_before_the_place(line: str, left: str, right: str) -> None:
    assert _split_columns(line) == (left, right)
