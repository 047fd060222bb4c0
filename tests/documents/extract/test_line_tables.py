"""Tables flattened one cell a line (a .docx table): where a row, and the table, ends."""

from __future__ import annotations

import pytest

from chidao.documents.extract.line_tables import line_tables
from chidao.documents.text import split_lines

HEADER = "TT\nNội dung\nChủ trì\nThời hạn\n"


@pytest.mark.parametrize(
    ("text", "rows", "kept"),
    [
        pytest.param(
            HEADER + "1\nLập danh sách\nSở Nội vụ\nTháng 5\n\nCác đơn vị báo cáo trước ngày 10/6.",
            [["1", "Lập danh sách", "Sở Nội vụ", "Tháng 5"]],
            ["Các đơn vị báo cáo trước ngày 10/6."],
            id="empty-line-after-a-full-row-ends-the-table",
        ),
        pytest.param(
            HEADER + "1\nLập danh sách\n\nTháng 5\n2\nKiểm tra\nSở Y tế\nQuý III\n",
            [["1", "Lập danh sách", "", "Tháng 5"], ["2", "Kiểm tra", "Sở Y tế", "Quý III"]],
            [],
            id="an-empty-cell-inside-a-row-is-a-cell",
        ),
        pytest.param(
            HEADER + "1\nLập danh sách\ncác hộ\nSở Nội vụ\nTháng 5",
            [["1", "Lập danh sách các hộ", "Sở Nội vụ", "Tháng 5"]],
            [],
            id="extra-lines-go-to-the-task-cell",
        ),
        pytest.param(
            HEADER + "A\nNHIỆM VỤ CHUNG\n\n\n1\nLập danh sách\nSở Nội vụ\nTháng 5\nB\nNHIỆM VỤ CỦA XÃ\n\n\n"
            "2\nKiểm tra\nUBND các xã\nQuý III\n",
            [["A", "NHIỆM VỤ CHUNG", "", ""], ["1", "Lập danh sách", "Sở Nội vụ", "Tháng 5"],
             ["B", "NHIỆM VỤ CỦA XÃ", "", ""], ["2", "Kiểm tra", "UBND các xã", "Quý III"]],
            [],
            id="group-rows-lettered-A-B-are-rows",
        ),
        pytest.param(
            HEADER + "1\nLập danh sách\nSở Nội vụ\nTháng 5\n\nLĩnh vực y tế\n2\nKiểm tra\nSở Y tế\nQuý III\n",
            [["1", "Lập danh sách", "Sở Nội vụ", "Tháng 5"], ["", "Lĩnh vực y tế"], ["2", "Kiểm tra", "Sở Y tế", "Quý III"]],
            [],
            id="a-group-row-with-an-empty-number-cell-does-not-end-the-table",
        ),
        pytest.param(
            HEADER + "1\nLập danh sách\nSở Nội vụ\nTháng 5\n\nCác đơn vị báo cáo trước ngày 10/6.\n2\n",
            [["1", "Lập danh sách", "Sở Nội vụ", "Tháng 5"]],
            ["Các đơn vị báo cáo trước ngày 10/6.", "2"],
            id="a-sentence-after-the-table-is-no-group-row",
        ),
        pytest.param(
            "TT\nThời gian\nNội dung công việc\nĐơn vị thực hiện\nĐơn vị phối hợp\n"
            "1\nTháng 5\nLập danh sách\nSở Nội vụ\nSở Tài chính\n",
            [["1", "Tháng 5", "Lập danh sách", "Sở Nội vụ", "Sở Tài chính"]],
            [],
            id="agent-and-partner-columns-side-by-side-are-no-header-on-two-rows",
        ),
        pytest.param(
            "TT\nThời gian\nNội dung công việc\nĐơn vị thực hiện\n1\nTháng 5\nLập danh sách\ncác hộ nghèo\nSở Nội vụ\n",
            [["1", "Tháng 5", "Lập danh sách các hộ nghèo", "Sở Nội vụ"]],
            [],
            id="extra-lines-go-to-the-task-cell-where-the-header-puts-it",
        ),
        pytest.param(
            "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\nThời gian\n"
            "1\nTuyên truyền\na)\nIn tờ rơi\nSở Y tế\nCác xã\nQuý III/2026\nb)\nPhát thanh\nSở Tư pháp\nCác xã\n"
            "Thường xuyên\n",
            [["1", "Tuyên truyền"], ["a)", "In tờ rơi", "Sở Y tế", "Các xã", "Quý III/2026"],
             ["b)", "Phát thanh", "Sở Tư pháp", "Các xã", "Thường xuyên"]],
            [],
            id="header-in-pipes-with-a-label-left-on-its-own-line-and-rows-lettered-under-a-group",
        ),
        pytest.param(
            HEADER + "1\nLập danh sách các hộ\nSở Nội\nTháng 5\nnghèo trong năm.\nvụ\n2\nKiểm tra\nSở Y tế\nQuý III\n",
            [["1", "Lập danh sách các hộ nghèo trong năm.", "Sở Nội vụ", "Tháng 5"], ["2", "Kiểm tra", "Sở Y tế", "Quý III"]],
            [],
            id="a-row-cut-by-a-page-break-puts-the-rest-of-each-cell-back",
        ),
    ],
)
def test_rows_and_the_end_of_the_table(text: str, rows: list[list[str]], kept: list[str]) -> None:
    rest, tables = line_tables(split_lines(text))
    assert [segment.cells for segment in tables[0][1][1:]] == rows
    assert [line.text for line in rest if line.text] == kept
