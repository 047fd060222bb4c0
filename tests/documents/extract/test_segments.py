"""Body segmentation: wrapped lines joined, page breaks repaired, markers read, tables split into cells."""

from __future__ import annotations

import pytest

from chidao.documents.extract.segments import segments
from chidao.documents.text import split_lines


def _segs(text: str) -> list[tuple[str | None, int, str]]:
    return [(s.marker, s.depth, s.text) for s in segments(split_lines(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list item broken by a page break (blank lines, next line starts lower case)
        (
            "- Bổ sung số liệu về thu ngân sách năm 2023 và\n\n\ncác khoản chi thường xuyên.\n- Rà soát phụ lục.",
            [("-", 5, "Bổ sung số liệu về thu ngân sách năm 2023 và các khoản chi thường xuyên."), ("-", 5, "Rà soát phụ lục.")],
        ),
        # lines wrapped by a PDF layout are joined with one space
        (
            "1. Sở Giao thông vận tải chủ trì, phối hợp với các cơ quan liên quan rà soát toàn bộ các\n"
            "tuyến đường tỉnh bị sạt lở, báo cáo trước ngày 20/9/2024.",
            [("1.", 2, "Sở Giao thông vận tải chủ trì, phối hợp với các cơ quan liên quan rà soát toàn bộ các "
              "tuyến đường tỉnh bị sạt lở, báo cáo trước ngày 20/9/2024.")],
        ),
        # items numbered in parentheses, with or without a dot after them
        (
            "(1). Lập phương án trực cho các điểm ngập.\n(2) Kiểm tra các trạm bơm.",
            [("(1).", 4, "Lập phương án trực cho các điểm ngập."), ("(2)", 4, "Kiểm tra các trạm bơm.")],
        ),
        ("a. Với mưa lớn.\nb. Với bão.", [("a.", 4, "Với mưa lớn."), ("b.", 4, "Với bão.")]),
        # a short heading without punctuation stays apart from the paragraph under it
        (
            "3. Sở Nội vụ\nTham mưu sắp xếp bộ máy các đơn vị sự nghiệp.",
            [("3.", 2, "Sở Nội vụ"), (None, 0, "Tham mưu sắp xếp bộ máy các đơn vị sự nghiệp.")],
        ),
        # markers of every level; Markdown emphasis and heading marks are dropped
        (
            "## II. NHIỆM VỤ\n**1.** Tăng cường kiểm tra.\n2.3. Báo cáo định kỳ.\na) Lập danh sách.\n+ Gửi Sở.",
            [("II.", 1, "NHIỆM VỤ"), ("1.", 2, "Tăng cường kiểm tra."), ("2.3.", 3, "Báo cáo định kỳ."),
             ("a)", 4, "Lập danh sách."), ("+", 6, "Gửi Sở.")],
        ),
        # a marker alone on its line takes the text of the next line
        ("1.4.\nXây dựng kế hoạch tuyên truyền.", [("1.4.", 3, "Xây dựng kế hoạch tuyên truyền.")]),
        # a short line that stops on a function word runs on, even into a number
        (
            "Ngày 02/5/2024, Bộ Tài chính ban hành Thông tư số\n15/2024/TT-BTC về quản lý kinh phí.",
            [(None, 0, "Ngày 02/5/2024, Bộ Tài chính ban hành Thông tư số 15/2024/TT-BTC về quản lý kinh phí.")],
        ),
        # page numbers between pages are dropped
        ("Tổ chức tập huấn cho cán bộ cấp xã về\n12\nquy trình mới.", [(None, 0, "Tổ chức tập huấn cho cán bộ cấp xã về quy trình mới.")]),
    ],
)
def test_segments(text, expected):
    assert _segs(text) == expected


def test_table_rows_have_cells_and_offsets():
    text = "| TT | Nội dung | Cơ quan chủ trì |\n| --- | --- | --- |\n| 1 | Lập quy hoạch | Sở Xây dựng |"
    rows = [s for s in segments(split_lines(text)) if s.cells is not None]
    assert [r.cells for r in rows] == [["TT", "Nội dung", "Cơ quan chủ trì"], ["1", "Lập quy hoạch", "Sở Xây dựng"]]
    offsets = rows[1].cell_offsets[2]
    assert text[offsets[0] : offsets[-1] + 1] == "Sở Xây dựng"


def test_spans_point_back_into_the_text():
    text = "Giao Sở Y tế kiểm tra các cơ sở\nkhám bệnh tư nhân."
    (seg,) = segments(split_lines(text))
    start, end = seg.span(5, 12)
    assert text[start:end] == "Sở Y tế"
    start, end = seg.span(0, len(seg.text))
    assert text[start:end] == text
