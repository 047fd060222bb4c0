"""Header tokens: a type name a web copy cut over two lines is read whole (our own sample lines)."""

from __future__ import annotations

import pytest

from chidao.documents.parts.cells import line_cells
from chidao.documents.parts.header_tokens import type_name_parts
from chidao.documents.text import split_lines


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a narrow title cell cut between the name's words, the title below it
        ("Số: 04/CT-UBND\n|\nCHỈ\nTHỊ\nVỀ\nVIỆC PHÒNG, CHỐNG CHÁY RỪNG\n", ["Số: 04/CT-UBND", "CHỈ THỊ", "VỀ", "VIỆC PHÒNG, CHỐNG CHÁY RỪNG"]),
        ("KẾ\nHOẠCH\nTHỰC HIỆN ĐỀ ÁN\n", ["KẾ HOẠCH", "THỰC HIỆN ĐỀ ÁN"]),
        ("TỜ\nTRÌNH\n", ["TỜ TRÌNH"]),
        # a whole name on its line, and the title under it, stay as they are (a name that a longer one would
        # extend too: `CHƯƠNG TRÌNH` is one)
        ("QUYẾT ĐỊNH\nVỀ VIỆC\n", ["QUYẾT ĐỊNH", "VỀ VIỆC"]),
        ("CHƯƠNG TRÌNH\nHÀNH ĐỘNG\n", ["CHƯƠNG TRÌNH", "HÀNH ĐỘNG"]),
        # capitals that make no name together, and a name's words in lower case, stay lines
        ("ỦY BAN\nNHÂN DÂN\n", ["ỦY BAN", "NHÂN DÂN"]),
        ("Chỉ\nthị\n", ["Chỉ", "thị"]),
    ],
    ids=["chi-thi", "ke-hoach", "to-trinh", "whole-name", "longer-name", "no-name", "lower-case"],
)
def test_a_type_name_cut_over_two_lines_is_one_line(text: str, joined: list[str]) -> None:
    cells = [c.text for line in type_name_parts(text, split_lines(text)) for c in line_cells(text, line)]
    assert cells == joined
