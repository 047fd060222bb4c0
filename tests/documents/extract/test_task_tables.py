"""Rows of a task table: the lead of a cell merged down over several rows, group rows, rows a merged cell was
left out of."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.extract.task_tables import _cell_time
from chidao.documents.extract.tasks import read_tasks
from chidao.documents.model import Document, Source
from chidao.documents.text import nfc, split_lines

HEADER = "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n| --- | --- | --- | --- | --- |\n"


def _rows(table: str) -> list[tuple[str, list[str], list[str]]]:
    doc = Document(source=Source(name="sample.txt"), text=nfc(HEADER + table))
    read_tasks(doc, split_lines(doc.text))
    return [(t.text, t.assignees, t.coordinators) for t in doc.tasks]


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        pytest.param(
            "| 1 | Lập danh sách | Sở Nội vụ | Sở Tài chính | Tháng 5 |\n| 2 | Kiểm tra hồ sơ | | Công an tỉnh | Quý III |\n",
            [("Lập danh sách", ["Sở Nội vụ"], ["Sở Tài chính"]), ("Kiểm tra hồ sơ", ["Sở Nội vụ"], ["Công an tỉnh"])],
            id="an-empty-lead-cell-is-the-lead-above-merged-down",
        ),
        pytest.param(
            "| 1 | Lập danh sách | Sở Nội vụ | | Tháng 5 |\n| | Lĩnh vực y tế | | | |\n| 2 | Kiểm tra hồ sơ | | | Quý III |\n",
            [("Lập danh sách", ["Sở Nội vụ"], [])],
            id="a-group-row-ends-the-merged-cell",
        ),
        pytest.param(
            "| 1 | Lập danh sách | Sở Nội vụ | | Tháng 5 |\n| II | Lĩnh vực y tế |\n| 2 | Kiểm tra hồ sơ | | | Quý III |\n",
            [("Lập danh sách", ["Sở Nội vụ"], [])],
            id="a-group-row-of-two-cells-ends-the-merged-cell",
        ),
        pytest.param(
            "| 1 | Lập danh sách | Sở Nội vụ | Sở Tài chính | Tháng 5 |\n| 2 | Kiểm tra hồ sơ | Công an tỉnh | Quý III |\n",
            [("Lập danh sách", ["Sở Nội vụ"], ["Sở Tài chính"]), ("Kiểm tra hồ sơ", ["Sở Nội vụ"], ["Công an tỉnh"])],
            id="a-row-one-cell-short-left-out-the-merged-lead",
        ),
        pytest.param(
            "| 1 | Lập danh sách | | Sở Tài chính | Tháng 5 |\n",
            [],
            id="no-lead-above-no-task",
        ),
    ],
)
def test_rows(table: str, rows: list[tuple[str, list[str], list[str]]]) -> None:
    assert _rows(table) == rows


def _due(table: str) -> list[tuple[str, object, str]]:
    doc = Document(source=Source(name="sample.txt"), text=nfc(HEADER + table))
    read_tasks(doc, split_lines(doc.text))
    return [(t.text, t.deadline.due if t.deadline else None, t.deadline.kind if t.deadline else "none") for t in doc.tasks]


@pytest.mark.parametrize(
    ("cell", "due", "kind"),
    [
        ("Thực hiện đến năm 2028 và theo kế hoạch từng năm", "2028-12-31", "year"),  # the year, words after it
        ("2024 - 2026 các huyện đã hoàn thành", "2026-12-31", "year"),  # a run of years, a note after it
        ("Hoàn thành 30/6/2026", "2026-06-30", "date"),
        ("Đã hoàn thành", None, "none"),
    ],
)
def test_the_time_cell_gives_its_year_whatever_words_come_around_it(cell: str, due: str | None, kind: str) -> None:
    [(_, got, got_kind)] = _due(f"| 1 | Lập danh mục hồ sơ | Sở Nội vụ | | {cell} |\n")
    assert (got and got.isoformat(), got_kind) == (due, kind)


def test_an_items_bullet_in_the_task_cell_is_no_part_of_its_text() -> None:
    rows = _rows("| 1 | + Lập danh mục hồ sơ. | Sở Nội vụ | | Năm 2026 |\n| | . Chỉnh lý tài liệu. | Sở Tài chính | | |\n")
    assert [r[0] for r in rows] == ["Lập danh mục hồ sơ.", "Chỉnh lý tài liệu."]


FIELDS_TIME_FIRST = """1. Tuyên truyền
1.1. Biên soạn tờ gấp về phòng cháy, chữa cháy.
- Thời gian hoàn thành: Quý II/2026.
- Đơn vị chủ trì: Văn phòng Ủy ban nhân dân xã
1.2. Phối hợp với Công an xã tổ chức diễn tập tại chợ Tân Hòa.
- Thời gian thực hiện: Từ tháng 5/2026 đến quý III/2026.
- Đơn vị chủ trì: Ban Chỉ huy Quân sự xã
- Kết quả: Báo cáo kết quả diễn tập.
"""


def test_a_time_field_above_the_agency_field_dates_the_items_that_field_assigns() -> None:
    """`- Thời gian …` written above `- Đơn vị chủ trì: …`: the time dates the item above both (also one naming a
    unit of its own), not the item of the field before; `- Kết quả: …` is a field, no task."""
    doc = Document(source=Source(name="sample.txt"), text=nfc(FIELDS_TIME_FIRST))
    read_tasks(doc, split_lines(doc.text))
    got = [(t.text[:20], t.assignees, t.deadline.due.isoformat() if t.deadline and t.deadline.due else None)
           for t in doc.tasks]
    assert got == [
        ("Biên soạn tờ gấp về ", ["Văn phòng Ủy ban nhân dân xã"], "2026-06-30"),
        ("Phối hợp với Công an", ["Ban Chỉ huy Quân sự xã"], "2026-09-30"),
    ]


def test_a_cell_read_once_per_document_reads_as_the_plain_split() -> None:
    """`TableReader.split_names` keeps each cell's units for the document: the same as `_split_names`, and a fresh
    list to each caller."""
    from chidao.documents.extract.task_tables import TableReader, _split_names
    from chidao.documents.extract.tasks import DocumentUnits, _Builder

    doc = Document(source=Source(name="sample.txt"), text="")
    reader = TableReader(_Builder(doc, DocumentUnits(""), None))
    cells = [
        "Sở Y tế", "Sở Y tế; Sở Tài chính", "UBND các huyện, thành phố", "Sở Xây dựng UBND các huyện",
        "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Các sở, ngành, địa phương", "", " . ",
        "Bộ Tài chính chỉ đạo Sở X thực hiện", "Sở Nội vụ và Sở Tư pháp",
    ]
    for cell in cells * 2:
        first = reader.split_names(cell)
        assert first == _split_names(cell), cell
        first.append("changed")
        assert reader.split_names(cell) == _split_names(cell), cell


_TIME_CELLS = load_toml("task_columns.toml")["time_cells"]


@pytest.mark.parametrize(("cell", "time"), _TIME_CELLS["examples"] + _TIME_CELLS["counter_examples"])
def test_a_time_cell_that_only_says_when_the_work_starts_gives_no_figure(cell: str, time: str) -> None:
    """`[time_cells]`: `Từ quý II/2027` stays as written (no deadline); other cells give their time from a figure."""
    assert _cell_time(cell, Document(source=Source(name="sample.txt"), text="")) == time


SCHEDULE = (
    "Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm quản lý nhà nước theo quy định | Thực hiện\n"
    " |  |  | Đơn vị chủ trì | Đơn vị phối hợp\n"
    "I | GIAI ĐOẠN 1: LẬP ĐỀ CƯƠNG\n"
    "3-4/2025 | Xây dựng đề cương chi tiết | Cơ quan lập đề án | Vụ Kế hoạch | - Vụ Pháp chế; - Văn phòng Bộ.\n"
    " | Lấy ý kiến các địa phương | Cơ quan lập đề án | Vụ Tổng hợp | - Vụ Kế hoạch.\n"
    "II | GIAI ĐOẠN 2: HOÀN THIỆN\n"
    "12/2025 | Trình Bộ trưởng phê duyệt | Cơ quan lập đề án | Vụ Kế hoạch | - Vụ Pháp chế.\n"
    " | Công bố đề án | Cơ quan lập đề án | Vụ Tổng hợp | - Văn phòng Bộ.\n"
)


def test_a_schedule_table_without_outer_pipes_dates_each_row_by_its_period() -> None:
    """A schedule exported without outer pipes: a two-row header whose upper row holds a long label (`Cơ quan chịu
    trách nhiệm …`) over `Đơn vị chủ trì | Đơn vị phối hợp`; the period's cell merged down over the rows under it
    that open with an empty cell; group rows of one ` | ` in between; the points of a helpers' cell kept in it."""
    doc = Document(source=Source(name="sample.txt"), text=nfc(SCHEDULE), date=None)
    read_tasks(doc, split_lines(doc.text))
    got = [(t.text, t.assignees, t.coordinators, t.deadline.due.isoformat() if t.deadline and t.deadline.due else None)
           for t in doc.tasks]
    assert got == [
        ("Xây dựng đề cương chi tiết", ["Vụ Kế hoạch"], ["Vụ Pháp chế", "Văn phòng Bộ"], "2025-04-30"),
        ("Lấy ý kiến các địa phương", ["Vụ Tổng hợp"], ["Vụ Kế hoạch"], "2025-04-30"),
        ("Trình Bộ trưởng phê duyệt", ["Vụ Kế hoạch"], ["Vụ Pháp chế"], "2025-12-31"),
        ("Công bố đề án", ["Vụ Tổng hợp"], ["Văn phòng Bộ"], "2025-12-31"),
    ]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        # a slash between two names shares the work between them, when the first reads as a unit
        ("Ban Quản lý dự án/Tư vấn được lựa chọn", ["Ban Quản lý dự án", "Tư vấn được lựa chọn"]),
        ("Vụ Kế hoạch - Tài chính/ Ban Quản lý dự án.", ["Vụ Kế hoạch - Tài chính", "Ban Quản lý dự án"]),
        ("Sở Y tế/Sở Tài chính", ["Sở Y tế", "Sở Tài chính"]),
        # ... not inside a name, nor between places of one group
        ("Sở TN/MT", ["Sở TN/MT"]),
        ("UBND các huyện/thành phố", ["UBND các huyện/thành phố"]),
        # a group opened by `các` after a comma is a name of its own, though its words read as no known unit
        ("Các bộ, ngành có liên quan, các Ủy ban nhân dân tỉnh, thành phố, các tập đoàn kinh tế nhà nước",
         ["Các bộ, ngành có liên quan", "các Ủy ban nhân dân tỉnh, thành phố", "các tập đoàn kinh tế nhà nước"]),
        # ... while a name holding commas stays whole
        ("Trung tâm Văn hóa, Thông tin và Thể thao huyện", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"]),
    ],
)
def test_the_names_of_a_units_cell(cell: str, names: list[str]) -> None:
    from chidao.documents.extract.task_tables import _split_names

    assert _split_names(cell) == names
