"""PDF text layer: line order, stamped fields, column splitting, page numbers, bad files."""

from __future__ import annotations

import pytest

from chidao.documents import ReadError, read
from chidao.documents.readers.pdf import _Char, _drop_page_numbers, _in_x_order, _split_columns


def chars(
    text: str, x: float = 100.0, width: float = 6.0, y: float = 700.0, size: float = 13.0
) -> list[_Char]:
    out = []
    for ch in text:
        out.append(_Char(ch, x, y, x + width, y + size))
        x += width
    return out


def test_fixture_pdf_header_lines(files) -> None:
    result = read(files / "text-layer.pdf")
    assert result.source.media_type == "application/pdf" and result.source.encoding == "pdf"
    assert result.text.split("\n")[:7] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH THÁI NGUYÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 312/TB-UBND",
        "Thái Nguyên, ngày 16 tháng 9 năm 2024",
        "THÔNG BÁO",
    ]
    assert "Trần Minh Khoa" in result.text and "\r" not in result.text


def test_two_columns_on_one_baseline_become_two_lines() -> None:
    line = chars("Số: 15/UBND-XD") + chars("Lào Cai, ngày 21 tháng 7 năm 2026", x=320)
    assert _split_columns(line) == ["Số: 15/UBND-XD", "Lào Cai, ngày 21 tháng 7 năm 2026"]
    assert _split_columns(chars("Giao Sở Xây dựng chủ trì")) == ["Giao Sở Xây dựng chủ trì"]


def test_letters_drawn_out_of_order_are_put_back_by_x() -> None:
    line = [*chars("T"), _Char(" ", 106, 700, 106, 713), *chars("NH", x=112), *chars("Ỉ", x=106)]
    assert "".join(c.ch for c in _in_x_order(line)) == "TỈNH"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["2", "Nội dung trang", "- 3 -"], ["Nội dung trang"]),
        (["Trang 4/9", "Nội dung", ""], ["Nội dung", ""]),
        (["Điều 2. Hiệu lực", "năm 2024"], ["Điều 2. Hiệu lực", "năm 2024"]),
        (["15", "16"], []),
    ],
)
def test_bare_page_numbers_at_page_edges_are_dropped(lines: list[str], expected: list[str]) -> None:
    assert _drop_page_numbers(lines) == expected


@pytest.mark.parametrize(("name", "code"), [("encrypted.pdf", "encrypted"), ("truncated.pdf", "corrupt")])
def test_bad_pdfs(files, name: str, code: str) -> None:
    with pytest.raises(ReadError) as err:
        read(files / name)
    assert err.value.code == code


def test_dev_corpus_pdf_headers(shared_dir) -> None:
    """The real PDFs: stamped number and day are put back into their lines."""
    text = read(shared_dir / "corpus/dev/058.pdf").text
    head = text.split("\n")[:6]
    assert head[4].replace(" ", "").startswith("Số:") and any(ch.isdigit() for ch in head[4])
    assert "ngày" in head[5] and any(ch.isdigit() for ch in head[5].split("ngày")[1].split("tháng")[0])
