from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.parts.number import read_number


@pytest.mark.parametrize(
    ("line", "seq", "year", "symbol", "type_code"),
    [
        ("Số: 05/2024/QĐ-UBND", "5", 2024, "QĐ-UBND", "QĐ"),
        ("Số: 17/TB-UBND", "17", None, "TB-UBND", "TB"),
        # a number written by hand, which OCR reads as other signs: the symbol still, the number blank
        ("Số: ¥Đ3 /SXD-QLN", None, None, "SXD-QLN", None),
        ("Số: 7Ê/TB-VP", None, None, "TB-VP", "TB"),
        ("Số: 318 /STC-NS", "318", None, "STC-NS", None),
        # ... a run of small letters alone, or digits that OCR split into runs with a dot: the number blank
        ("Số: ke /STP-HCTP", None, None, "STP-HCTP", None),
        ("Số:41 7.2 /SGTVT-QLVT", None, None, "SGTVT-QLVT", None),
        # a central office's department numbered in Roman after `V.` (Vụ I); `.II.` gluing a heading stays out
        ("Số: 2615/VPCP-V.I", "2615", None, "VPCP-V.I", None),
        ("Số: 88/VPCP-V.III\nV/v giải quyết khiếu nại", "88", None, "VPCP-V.III", None),
        ("Số: 1520/TTCP-C.III\nV/v báo cáo kết quả", "1520", None, "TTCP-C.III", None),
        ("Số 128-CV/TU", "128", None, "CV/TU", "CV"),
        ("Số 41-NQ/ĐU", "41", None, "NQ/ĐU", "NQ"),
        ("Số:      /KH-SYT", None, None, "KH-SYT", "KH"),
        ("Số: 2301/UBND-VX", "2301", None, "UBND-VX", None),
        ("Số: 412 /SXD-QLN", "412", None, "SXD-QLN", None),
        ("Số 07 -HD/BTGTU", "7", None, "HD/BTGTU", "HD"),
        # a Party number whose hyphen a web copy dropped: the type code glued to the digits
        ("Số 15HD/BTGTU", "15", None, "HD/BTGTU", "HD"),
        ("Số: 05KH/TU", "5", None, "KH/TU", "KH"),
        ("Số 22HD/TWĐTN Hà Nội, ngày", "22", None, "HD/TWĐTN", "HD"),
        ("Số:   -TB/HU", None, None, "TB/HU", "TB"),
        ("Số: 88/QĐ- SGDĐT", "88", None, "QĐ-SGDĐT", "QĐ"),
        ("Số: 1031/BC-UBND Hà Giang, ngày", "1031", None, "BC-UBND", "BC"),
        ("Số: 57/QĐ/UB", "57", None, "QĐ/UB", "QĐ"),
        # an old number glued to its body's abbreviation, the type after a slash; two slash groups after the body
        ("Số: 318TCT/QĐ/TH", "318", None, "TCT/QĐ/TH", None),
        ("Số: 412/TC/QĐ/NSNN", "412", None, "TC/QĐ/NSNN", "TC"),
        ("Số: 312/CV-UB/TC", "312", None, "CV-UB/TC", "CV"),
        ("Số: 123a/QĐ-UBND", "123a", None, "QĐ-UBND", "QĐ"),
        ("Số: 1303A/UBND-KT", "1303A", None, "UBND-KT", None),
        # Old symbols joining the type code and the body by a dot.
        ("Số: 08/CT.UB", "8", None, "CT.UB", "CT"),
        ("Số: 125/QĐ.UB", "125", None, "QĐ.UB", "QĐ"),
        ("Số: 45/TB.VP Hà Nội, ngày", "45", None, "TB.VP", "TB"),
        # ... and a body dotted further.
        ("Số: 19/CT.UB.VX", "19", None, "CT.UB.VX", "CT"),
        ("Số: 217/QĐ.UB.KT-TC", "217", None, "QĐ.UB.KT-TC", "QĐ"),
        # ... or a body's abbreviation dotted inside a later group.
        ("Số: 06/QC-TT.HĐND-UBND", "6", None, "QC-TT.HĐND-UBND", "QC"),
        ("Số: 25/TB-TT.HĐND Hòa Bình, ngày", "25", None, "TB-TT.HĐND", "TB"),
        # A full-width colon, extra spaces, a leading zero.
        ("Số：12/UBND-VP", "12", None, "UBND-VP", None),
        ("Số :  12 /UBND-VP", "12", None, "UBND-VP", None),
        ("Số:0123/SGDĐT-VP", "123", None, "SGDĐT-VP", None),
        # the `V/v` line glued to the symbol by a web copy: its `V` is not the symbol's
        ("Số: 640/VPCP-KTV/v xử lý kiến nghị của địa phương", "640", None, "VPCP-KT", None),
        ("Số: 77/SYT-NVV/v: tăng cường kiểm tra", "77", None, "SYT-NV", None),
        # ... but a symbol whose last group is `V` alone keeps it
        ("Số: 15/BC-V/v tổng hợp", "15", None, "BC-V", "BC"),
        # the Quốc hiệu or the Youth Union's heading glued to the last group by a flattened copy
        ("Số: 31/UBND-THCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Nam An, ngày", "31", None, "UBND-TH", None),
        ("Số: 58 - KH/TĐTN-BTCĐOÀN TNCS HỒ CHÍ MINH Nam An, ngày", "58", None, "KH/TĐTN-BTC", "KH"),
        # OCR of a scan: the digits spaced out, read without the spaces; a handwritten number read as a capital and
        # signs, left blank with the symbol read
        ("Số:7 3 1 4/SXD-QLN Nam Định, ngày", "7314", None, "SXD-QLN", None),
        ("Số: 6 0 5/TB-UBND", "605", None, "TB-UBND", "TB"),
        ("Số:3 8 2 /SCT-QLTM", "382", None, "SCT-QLTM", None),
        ("Số: Q41Ø/STC-NS Hà Nội, ngày", None, None, "STC-NS", None),
        # ... a handwritten number OCR cut into two runs of signs; the symbol spaced around its hyphen
        ("Số:'6 10 /SCT - QLTM Nam An, ngày", None, None, "SCT-QLTM", None),
        ("Số: K& 2O /SYT- NV", None, None, "SYT-NV", None),
        # ... the slash lost: the digits, a space and a symbol of hyphened capitals, a blank after it
        ("Số: 2207 SXD-QLN Nam An, ngày", "2207", None, "SXD-QLN", None),
        ("Số: 15 KH-UBND", "15", None, "KH-UBND", "KH"),
        # a PDF's text layer that lost the symbol's hyphen, its whole first page on one line: the headings before the
        # number are none of the symbol's (only a heading after it, glued, cuts it)
        ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH NAM AN Số: 09/2021/QĐUBND Nam An, ngày",
         "9", 2021, "QĐUBND", None),
    ],
)
def test_number_lines(line: str, seq: str | None, year: int | None, symbol: str, type_code: str | None) -> None:
    found = read_number(line)
    assert found is not None
    number = found[0]
    assert (number.seq, number.year, number.symbol, number.type_code) == (seq, year, symbol, type_code)
    assert number.span is not None and line[number.span[0] : number.span[1]].startswith("Số")


@pytest.mark.parametrize(
    "line",
    # (digits glued to capitals that are no type code and its slash are no number: `12UBND/KT`, `3KH` alone)
    ["số lượng 12 người", "SỐ LIỆU 2024", "Sở Y tế", "TRIỂN KHAI CHỈ THỊ SỐ 05/CT-TTG", "Số 12UBND/KT", "Số 3KH tổ", "Số: Bảy/UBND",
     # (two digits apart are a count and a number, no spaced-out number: `Số 2 3/UBND` is none)
     "Số: 12 3/TB-UBND",
     "Số 2 3/UBND",
     # (the slash lost is read only after the label's colon, before a symbol of hyphened capitals)
     "Số 12 TB-UBND", "Số: 12 UBND", "Số: 12 QĐ-UBND."],
)
def test_not_a_number_line(line: str) -> None:
    assert read_number(line) is None


def test_so_in_capitals_opening_the_cell() -> None:
    found = read_number("SỐ: 15/TB-UBND")
    assert found is not None
    assert (found[0].seq, found[0].symbol, found[0].type_code, found[0].span) == ("15", "TB-UBND", "TB", (0, 14))


@pytest.mark.parametrize("example", load_toml("issuer_markers.toml")["motto"]["glued_examples"])
def test_a_heading_glued_to_the_symbol_is_not_the_symbols(example: str) -> None:
    """`glued` of `[motto]` in data/issuer_markers.toml: the number ends where the glued heading starts."""
    number_part, heading = example.split("|")
    found = read_number(number_part + heading)
    assert found is not None and found[0].text == number_part


@pytest.mark.parametrize(
    ("line", "seq", "symbol"),
    [
        # OCR's readings of the label at the cell's start (`number_misread` of `[labels]` in issuer_markers.toml), its
        # colon read as a semicolon; a PDF font without a text map (`s6:`, `so:`), the symbol's last group in lower case
        ("sé; 318 /SCT-QLTM Nam An, ngày", "318", "SCT-QLTM"),
        ("Sé: 41/UBND-VP", "41", "UBND-VP"),
        ("s6: /TCT- cs Nam An", None, "TCT-cs"),
        ("so: 27 /STC-NS", "27", "STC-NS"),
    ],
)
def test_misread_labels(line: str, seq: str | None, symbol: str) -> None:
    found = read_number(line)
    assert found is not None
    assert (found[0].seq, found[0].symbol) == (seq, symbol)


@pytest.mark.parametrize("line", ["so sánh 12/UBND-VP", "Các số: 12/UBND", "x so: 12/UBND-VP"])
def test_misread_labels_only_open_the_cell(line: str) -> None:
    found = read_number(line)
    assert found is None or (found[0].span[0] > 0 and line[found[0].span[0] :].startswith("Số"))


@pytest.mark.parametrize("label", load_toml("issuer_markers.toml")["labels"]["number_typed"])
def test_a_number_labelled_after_its_type_name_is_read(label):
    """`Nghị quyết số: 1207/2024/UBTVQH15` (`number_typed`): read at a cell's start, as `Số:` is, also past the cheap
    test that spares lines with no label the search."""
    found = read_number(f"{label}: 1207/2024/UBTVQH15")
    assert found is not None and (found[0].seq, found[0].symbol) == ("1207", "UBTVQH15")
    assert read_number(f"Căn cứ {label.lower()} 1207/2024/UBTVQH15 ngày 3/6/2024") is None
