"""Plain text: byte encodings, newlines, NFC, and legacy font encodings typed into .txt files."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from chidao.documents import legacy, read
from chidao.documents.data import load_toml
from chidao.documents.readers.plain import unroll_cell_breaks
from tests.fixtures.samples import encode_cp1258, sample_notice

NOTICE = sample_notice().text()


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(NOTICE.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + NOTICE.encode("utf-8"), "utf-8", id="utf-8-bom"),
        pytest.param(NOTICE.encode("utf-16"), "utf-16", id="utf-16-bom"),
        pytest.param(NOTICE.encode("utf-16-le"), "utf-16", id="utf-16-le-no-bom"),
        pytest.param(NOTICE.encode("utf-16-be"), "utf-16", id="utf-16-be-no-bom"),
        pytest.param(encode_cp1258(NOTICE), "cp1258", id="windows-1258"),
        pytest.param(unicodedata.normalize("NFD", NOTICE).encode("utf-8"), "utf-8", id="utf-8-nfd"),
        pytest.param(legacy.encode(NOTICE, "vni").encode("cp1252"), "vni", id="vni-bytes"),
        pytest.param(legacy.encode(NOTICE, "vni").encode("utf-8"), "vni", id="vni-as-utf-8"),
    ],
)
def test_text_encodings_come_out_as_the_same_nfc_text(data: bytes, encoding: str) -> None:
    result = read(data, name="notice.txt")
    assert result.text == NOTICE
    assert result.source.encoding == encoding
    assert result.source.media_type == "text/plain"
    assert unicodedata.is_normalized("NFC", result.text)


@pytest.mark.parametrize(
    "data", [legacy.encode(NOTICE, "tcvn3").encode("cp1252"), legacy.encode(NOTICE, "tcvn3").encode()]
)
def test_tcvn3_text_is_converted(data: bytes) -> None:
    result = read(data, name="notice.txt")
    assert result.source.encoding == "tcvn3"
    assert result.text.lower() == NOTICE.lower()  # TCVN3 has no capital accented letters in mixed case
    assert "Số: 215/TB-UBND" in result.text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in result.text


@pytest.mark.parametrize(("newline"), ["\r\n", "\r", "\n"])
def test_newlines_become_line_feeds(newline: str) -> None:
    assert read(NOTICE.replace("\n", newline).encode(), name="a.txt").text == NOTICE


def test_sha256_names_the_raw_bytes() -> None:
    import hashlib

    data = NOTICE.encode("utf-16")
    assert read(data, name="a.txt").source.sha256 == hashlib.sha256(data).hexdigest()


def test_fixture_files_read_like_their_source(files) -> None:
    for name, encoding in [
        ("utf16.txt", "utf-16"),
        ("cp1258.txt", "cp1258"),
        ("vni.txt", "vni"),
        ("tcvn3.txt", "tcvn3"),
    ]:
        result = read(files / name)
        assert result.source.encoding == encoding, name
        assert result.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nCỘNG HÒA"), name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Giao\u00a0Sở\u00a0Tài\u00a0chính", "Giao Sở Tài chính"),  # no-break spaces
        ("Số:\u202f15/TB-UBND", "Số: 15/TB-UBND"),  # narrow no-break space
        ("Kết\u200b luận\u2060", "Kết luận"),  # zero-width space, word joiner
        ("tổ\u00adchức", "tổchức"),  # a soft hyphen in Unicode text is invisible
        ("Mục 1\fMục 2\u2028dòng", "Mục 1\nMục 2\ndòng"),  # form feed, line separator
        ("\ufeffTHÔNG BÁO", "THÔNG BÁO"),
    ],
)
def test_spaces_and_invisible_characters_are_normalised(raw: str, expected: str) -> None:
    assert read(raw.encode("utf-8"), name="a.txt").text == expected


def test_page_numbers_next_to_form_feeds_are_dropped() -> None:
    text = "Nội dung trang một\n\f\n2\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n- 3 -\n\fTrần Văn An\n"
    lines = [line for line in read(text.encode(), name="paged.txt").text.split("\n") if line]
    assert lines == ["Nội dung trang một", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn An"]


def test_blank_lines_around_a_page_break_go_with_the_page_furniture() -> None:
    text = "Sở Tài chính phối hợp với các sở, ngành và Ủy ban nhân dân\n\n- 2 -\n\f\nUBND TỈNH AN BÌNH\n\n"
    text += "Các huyện rà soát kinh phí.\n\n- 3 -\n\f\nUBND TỈNH AN BÌNH\n\nNội dung trang ba"
    assert read(text.encode(), name="paged.txt").text.split("\n") == [
        "Sở Tài chính phối hợp với các sở, ngành và Ủy ban nhân dân",
        "Các huyện rà soát kinh phí.",
        "Nội dung trang ba",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a running header at the head of every page after the first, under a page number at the foot
        (
            "UBND TỈNH AN BÌNH\nNội dung trang một\n1\n\fUBND TỈNH AN BÌNH\nNội dung trang hai\n2\n"
            "\fUBND TỈNH AN BÌNH\nNội dung trang ba",
            ["UBND TỈNH AN BÌNH", "Nội dung trang một", "Nội dung trang hai", "Nội dung trang ba"],
        ),
        # ... that differs from page to page only in its figures, with the page number after it
        (
            "Nội dung trang một\n\fKế hoạch số 12/KH-UBND - trang 2\n2\nNội dung trang hai\n"
            "\fKế hoạch số 12/KH-UBND - trang 3\n3\nNội dung trang ba",
            ["Nội dung trang một", "Nội dung trang hai", "Nội dung trang ba"],
        ),
        # a running footer at the foot of every page before the last
        (
            "Nội dung trang một\nBản dự thảo lần 2\n\fNội dung trang hai\nBản dự thảo lần 2\n\fNội dung trang ba",
            ["Nội dung trang một", "Nội dung trang hai", "Nội dung trang ba"],
        ),
        # two pages: a line that opens the second page is a running header only as the first page's first line
        (
            "UBND TỈNH AN BÌNH\nNội dung trang một\n\fUBND TỈNH AN BÌNH\nNội dung trang hai",
            ["UBND TỈNH AN BÌNH", "Nội dung trang một", "Nội dung trang hai"],
        ),
        (
            "Nội dung trang một\n\fCác cơ quan, đơn vị triển khai thực hiện.\nNội dung trang hai",
            ["Nội dung trang một", "Các cơ quan, đơn vị triển khai thực hiện.", "Nội dung trang hai"],
        ),
        # pages that open with different lines keep them
        (
            "Nội dung trang một\n\f- Sở Tài chính bố trí kinh phí;\n\f- Sở Nội vụ thẩm định.",
            ["Nội dung trang một", "- Sở Tài chính bố trí kinh phí;", "- Sở Nội vụ thẩm định."],
        ),
    ],
)
def test_running_headers_and_footers_of_a_paged_text_are_dropped(text: str, expected: list[str]) -> None:
    lines = [line for line in read(text.encode(), name="paged.txt").text.split("\n") if line]
    assert lines == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gazette copy: the running head and the page number under it open the text, and break a paragraph
        (
            "CÔNG BÁO/Số 61/Ngày 09-01-2025 \n12\n \nBỘ NỘI VỤ \nSố: 40/QĐ-BNV \nCác vụ rà soát biên chế \n\n"
            "CÔNG BÁO/Số 61/Ngày 09-01-2025 \n13\n \n \ncủa các đơn vị trực thuộc. ",
            ["BỘ NỘI VỤ ", "Số: 40/QĐ-BNV ", "Các vụ rà soát biên chế ", "của các đơn vị trực thuộc. "],
        ),
        # ... an issue printed as two numbers, the page number above the head
        (
            "Văn phòng Bộ tổng hợp \n \n27 \nCÔNG BÁO/Số 303 + 304/Ngày 20-4-2024 \n  \nkết quả thực hiện.",
            ["Văn phòng Bộ tổng hợp ", "kết quả thực hiện."],
        ),
        # the gazette named in a sentence stays
        (
            "Đăng CÔNG BÁO/Số 61/Ngày 09-01-2025 theo quy định.\n12",
            ["Đăng CÔNG BÁO/Số 61/Ngày 09-01-2025 theo quy định.", "12"],
        ),
    ],
)
def test_a_gazette_running_head_and_its_page_number_are_dropped(text: str, expected: list[str]) -> None:
    assert read(text.encode(), name="gazette.txt").text.split("\n") == expected


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    data = NOTICE.encode("utf-8").replace("Thái Nguyên".encode(), b"Th\xe1i Nguy\xean", 1)
    result = read(data, name="a.txt")
    assert result.source.encoding == "utf-8"
    assert "Kết luận của Phó Chủ tịch" in result.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a converter's page-break line, the next page's number under it: a paragraph the page cut runs on
        (
            "Phòng Kế toán rà soát chứng từ\n\n\n--- PAGE BREAK ---\n\n4\n\ncủa quý trước.\n",
            ["Phòng Kế toán rà soát chứng từ", "của quý trước."],
        ),
        # ... with the page's number at the foot of the page before, and other spellings of the mark
        (
            "Mục một.\n\n7\n\n=== Page 8 ===\nMục hai.\n-- Trang 9 --\nMục ba.",
            ["Mục một.", "Mục hai.", "Mục ba."],
        ),
        # a Markdown rule or a dashed caption is no page break
        (
            "Mục một.\n---\n--- Ghi chú ---\nMục hai.",
            ["Mục một.", "---", "--- Ghi chú ---", "Mục hai."],
        ),
    ],
)
def test_a_converters_page_break_line_reads_as_a_page_break(text: str, expected: list[str]) -> None:
    lines = [line for line in read(text.encode(), name="paged.txt").text.split("\n") if line]
    assert lines == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a header table's cells with HTML breaks: the k-th line of each cell side by side, the number beside the date
            "| **ỦY BAN NHÂN DÂN**<br>**TỈNH NAM AN**<br>**SỞ XÂY DỰNG**<br>Số: 15/TB-SXD "
            "| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>*Nam An, ngày 2 tháng 3 năm 2026* |",
            "| **ỦY BAN NHÂN DÂN** |  |\n| **TỈNH NAM AN** |  |\n"
            "| **SỞ XÂY DỰNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
            "| Số: 15/TB-SXD | *Nam An, ngày 2 tháng 3 năm 2026* |",
        ),
        (  # a closing table: top-aligned, a row left empty by the breaks before the name dropped
            "| *Nơi nhận:*<br>- Như trên;<br>- Lưu: VT. | **GIÁM ĐỐC**<br><br><br><br>**Trần Văn Bình** |",
            "| *Nơi nhận:* | **GIÁM ĐỐC** |\n| - Như trên; |  |\n| - Lưu: VT. |  |\n|  | **Trần Văn Bình** |",
        ),
        (  # a row of a data table (more than two cells filled): a break wraps its cell's text, read as a space
            "| STT | Tên chương trình | Đơn vị<br>chủ trì | Thời gian |\n|  | Xây dựng kho học liệu | Sở Nam An "
            "| Giai đoạn<br>2026 - 2030 |",
            "| STT | Tên chương trình | Đơn vị chủ trì | Thời gian |\n|  | Xây dựng kho học liệu | Sở Nam An "
            "| Giai đoạn 2026 - 2030 |",
        ),
        # a text without breaks, or breaks outside a table row, stays as it is
        ("| Số: 1/TB | Hà Nội |\nDòng một<br>dòng hai", "| Số: 1/TB | Hà Nội |\nDòng một<br>dòng hai"),
    ],
)
def test_cell_breaks_unrolled_into_rows(text: str, expected: str) -> None:
    assert unroll_cell_breaks(text) == expected


def _page_mark_texts() -> list[str]:
    lines = [
        "--- PAGE BREAK ---", "=== Page 3 ===", "-- Trang 2/5 --", "  ==  trang 4  ==  ", "| --- | --- |",
        "Số: 12-CV/TU -- gửi kèm", "== Mục lục ==", "----------", "Trang 2", "--PAGE 7--", "---page break---",
        "Căn cứ Luật --- page", "", "Điều 1. Phạm vi điều chỉnh",
    ]
    texts = []
    for k in range(len(lines)):  # every line first, last (no newline after it) and in between
        for n in (1, 2, 3, 5):
            texts.append("\n".join(lines[(k + j * 3) % len(lines)] for j in range(n)))
    texts.append(sample_notice(items=6).text())
    return texts


@pytest.mark.parametrize("text", _page_mark_texts())
def test_page_marks_are_looked_for_on_the_lines_holding_a_rule_only(text: str) -> None:
    from chidao.documents.readers.plain import _PAGE_MARK, _page_marks_as_breaks

    assert _page_marks_as_breaks(text) == _PAGE_MARK.sub("\f", text)  # the plain definition


_CELL_BREAKS = load_toml("task_columns.toml")["cell_breaks"]


@pytest.mark.parametrize(("row", "read"), _CELL_BREAKS["examples"] + _CELL_BREAKS["counter_examples"])
def test_a_break_before_a_units_name_parts_a_data_cells_names(row: str, read: str) -> None:
    """`[cell_breaks]`: `Văn phòng UBND tỉnh<br>Sở Tư pháp` names two units; other breaks wrap the cell's text."""
    assert unroll_cell_breaks(row) == read
