"""Task tables in a PDF's text with their cells wrapped line by line (a gazette's copy): the header's labels put
together again, rows cut into cells, a row cut by a page break joined up under the header printed again."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.extract.line_tables import line_tables
from chidao.documents.extract.wrapped_tables import is_time_cell, wrapped_table
from chidao.documents.text import split_lines

WRAPPED = load_toml("task_columns.toml")["wrapped"]

HEADER = "STT\nNội dung nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nSản phẩm\nThời gian\nhoàn thành\n"


def _rows(text: str) -> list[list[str]]:
    found = wrapped_table(split_lines(text), 0)
    assert found is not None
    rows, _ = found
    return [r.cells or [] for r in rows]


@pytest.mark.parametrize(("cell", "is_time"), WRAPPED["examples"] + WRAPPED["counter_examples"])
def test_time_cells(cell: str, is_time: bool) -> None:
    """`[wrapped]`: the time cell opens with a time word or a year; a product naming a period does not."""
    assert is_time_cell(cell) is is_time


def test_wrapped_labels_make_the_header() -> None:
    rows = _rows(HEADER + "1.\n\nLập danh sách hộ\nnghèo năm 2027.\nSở Y tế\nSở Tài chính\nDanh sách\nQuý II/2027\n")
    assert rows[0] == ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"]
    assert rows[1] == ["1.", "Lập danh sách hộ nghèo năm 2027.", "Sở Y tế", "Sở Tài chính", "Danh sách", "Quý II/2027"]


def test_a_header_of_one_label_a_line_is_no_wrapped_header() -> None:
    """`TT` / `Nội dung` / `Chủ trì` / `Thời hạn`: a .docx table's, read by extract/line_tables.py."""
    assert wrapped_table(split_lines("TT\nNội dung\nChủ trì\nThời hạn\n1\nLập danh sách\nSở Nội vụ\nTháng 5\n"), 0) is None


def test_cells_cut_where_a_line_opens_in_capitals_after_a_finished_one() -> None:
    rows = _rows(
        HEADER + "1.\n\nRà soát nhà trạm của các\ntrạm y tế xã.\nCác\nsở\nở\ntỉnh,\nỦy ban nhân\ndân cấp xã\n"
        "Các cơ quan, tổ\nchức có liên quan.\nBáo cáo\nHằng năm và\ntừng giai đoạn\n"
    )
    assert rows[1][2:] == [
        "Các sở ở tỉnh, Ủy ban nhân dân cấp xã", "Các cơ quan, tổ chức có liên quan.", "Báo cáo",
        "Hằng năm và từng giai đoạn",
    ]


def test_group_rows_roman_or_without_a_unit() -> None:
    rows = _rows(
        HEADER + "I. Củng cố mạng lưới y tế\n1.\nRà soát quy hoạch\n1.1\nLập danh mục trạm\nSở Y tế\nSở Xây dựng\n"
        "Danh mục\nQuý I/2027\n1.2  Sửa chữa trạm xuống cấp.\nSở Y tế\nỦy ban nhân dân các xã\nCông trình\nNăm 2027\n"
    )
    assert [r[:3] for r in rows[1:]] == [
        ["I.", "Củng cố mạng lưới y tế"], ["1.", "Rà soát quy hoạch"], ["1.1", "Lập danh mục trạm", "Sở Y tế"],
        ["1.2", "Sửa chữa trạm xuống cấp.", "Sở Y tế"],
    ]


def test_a_row_cut_by_a_page_break_goes_on_under_the_header_printed_again() -> None:
    """The task's sentence first, then the lead's name cut after `và`; a unit after `và` that no known name
    goes on with opens the next cell."""
    rows = _rows(
        HEADER + "1.\n\nBiên soạn tài liệu sơ cứu cho học\nsinh và tập huấn giáo viên phụ\nSở Giáo dục và\n"
        "Các trường học\nBộ tài liệu\nQuý III/2027\n\n" + HEADER + "trách y tế trường học.\nĐào tạo\n"
        "2.\n\nKiểm tra bếp ăn tập thể.\nSở Y tế\nSở Giáo dục và\nĐào tạo\nBáo cáo\nQuý IV/2027\n"
    )
    assert rows[1][1:4] == [
        "Biên soạn tài liệu sơ cứu cho học sinh và tập huấn giáo viên phụ trách y tế trường học.",
        "Sở Giáo dục và Đào tạo", "Các trường học",
    ]
    assert rows[2][2:4] == ["Sở Y tế", "Sở Giáo dục và Đào tạo"]


def test_the_time_printed_on_the_products_last_line_is_split_off() -> None:
    rows = _rows(HEADER + "1.\n\nTổ chức ngoại khóa.\nCác trường học\nSở Y tế\nCác buổi\nngoại khóa Thường xuyên\n")
    assert rows[1][4:] == ["Các buổi ngoại khóa", "Thường xuyên"]


def test_lines_after_the_last_row_are_kept() -> None:
    kept, tables = line_tables(
        split_lines(HEADER + "1.\n\nLập danh sách.\nSở Y tế\nSở Tài chính\nDanh sách\nQuý II/2027\nNơi nhận:\n- Như trên;\n")
    )
    assert [ln.text for ln in kept if ln.text] == ["Nơi nhận:", "- Như trên;"]
    assert len(tables) == 1 and len(tables[0][1]) == 2


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        # the lead's name run into the task's last line, no helpers' cell: the name leads, the next cell helps
        (
            "1.\nLập đề án sắp xếp các trạm kiểm\nlâm theo lộ trình phù hợp Sở Nông nghiệp và Môi trường\n"
            "Sở Nội vụ, các\nsở liên quan\nĐề án\nQuý III/2027\n",
            ["Lập đề án sắp xếp các trạm kiểm lâm theo lộ trình phù hợp", "Sở Nông nghiệp và Môi trường",
             "Sở Nội vụ, các sở liên quan", "Đề án", "Quý III/2027"],
        ),
        # ... not a body the task's words govern (`báo cáo Thủ tướng Chính phủ`), its helpers' cell left empty
        (
            "1.\nTổng hợp kết quả, báo cáo Thủ tướng Chính phủ\nBộ Nội vụ\nBáo cáo\nQuý IV/2027\n",
            ["Tổng hợp kết quả, báo cáo Thủ tướng Chính phủ", "Bộ Nội vụ", "", "Báo cáo", "Quý IV/2027"],
        ),
        # ... nor where the row shows its helpers' cell
        (
            "1.\nRà soát hồ sơ các dự án tại\nđịa bàn Sở Xây dựng\nSở Tài chính\nUBND các xã\nBáo cáo\nQuý IV/2027\n",
            ["Rà soát hồ sơ các dự án tại địa bàn Sở Xây dựng", "Sở Tài chính", "UBND các xã", "Báo cáo",
             "Quý IV/2027"],
        ),
    ],
)
def test_the_lead_printed_on_the_tasks_last_line(row: str, cells: list[str]) -> None:
    assert _rows(HEADER + row)[1][1:] == cells
