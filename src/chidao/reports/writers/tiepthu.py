"""Bảng tổng hợp tiếp thu, giải trình ý kiến góp ý (domain.md §5): for a notice whose tasks revise
a draft, one row per revision — location in the draft, commenting body, comment, and the response
taken from the assignee's completion report — as .docx (landscape table) and .xlsx."""

from __future__ import annotations

import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from chidao.reports.writers import decree30 as d30
from chidao.reports.writers.profile import OrgProfile

HEADERS = [
    "STT",
    "Vị trí trong dự thảo",
    "Cơ quan, đơn vị góp ý",
    "Nội dung góp ý",
    "Ý kiến tiếp thu, giải trình",
    "Ghi chú",
]
WIDTHS_MM = [12, 38, 40, 80, 80, 17]
XLSX_WIDTHS = [6, 24, 26, 60, 60, 16]


@dataclass(frozen=True)
class Comment:
    location: str  # `Trang 4, khoản 1, mục II`; empty when the draft has no structure to cite
    commenter: str  # the body whose notice carries the comment
    comment: str
    response: str = ""  # from the completion report; empty while the task is open
    note: str = ""


def _cells(i: int, c: Comment) -> list[str]:
    return [str(i), c.location, c.commenter, c.comment, c.response or "Chưa có báo cáo tiếp thu", c.note]


def write_tiepthu_docx(profile: OrgProfile, draft: str, source: str, comments: list[Comment]) -> bytes:
    doc = d30.new_document(landscape=True)
    d30.para(doc, profile.issuer.upper(), size=13, bold=True, align="center")
    d30.para(
        doc, "BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý", size=14, bold=True, align="center", before=12
    )
    d30.para(doc, f"đối với {draft}", size=14, bold=True, align="center")
    d30.para(doc, f"(Theo {source})", size=14, italic=True, align="center")
    d30.rule_below(doc, 50, d30.text_width(doc) / 36000)
    d30.para(doc, "", after=6)
    rows = [_cells(i, c) for i, c in enumerate(comments, start=1)]
    d30.grid(doc, HEADERS, rows, WIDTHS_MM, size=12)
    return d30.to_bytes(doc)


def write_tiepthu_xlsx(draft: str, source: str, comments: list[Comment]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Tiếp thu, giải trình"
    ws["A1"] = f"BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý đối với {draft}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"(Theo {source})"
    ws["A2"].font = Font(italic=True)
    for j, title in enumerate(HEADERS, start=1):
        cell = ws.cell(4, j, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, c in enumerate(comments, start=1):
        for j, value in enumerate(_cells(i, c), start=1):
            cell = ws.cell(4 + i, j, int(value) if j == 1 else (value or None))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for j, width in enumerate(XLSX_WIDTHS, start=1):
        ws.column_dimensions[chr(64 + j)].width = width
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:F{4 + max(len(comments), 1)}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
