"""Phụ lục tổng hợp văn bản lãnh đạo, chỉ đạo: the registered documents that cite or implement a
given document (e.g. a resolution `62-NQ/TU`), as a .docx table ready to attach to a summary report
(ND30 PL I §III.1: `PHỤ LỤC`, title, `(Kèm theo …)` left blank on an electronic copy)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chidao.reports.writers import decree30 as d30
from chidao.reports.writers.profile import OrgProfile

HEADERS = ["STT", "Số, ký hiệu", "Ngày", "Cơ quan ban hành", "Trích yếu"]


@dataclass(frozen=True)
class CitingDocument:
    number: str
    date: dt.date | None
    issuer: str
    subject: str
    type_name: str = ""  # `Kế hoạch`, `Quyết định` … printed before the trích yếu when known


def write_appendix(profile: OrgProfile, reference: str, documents: list[CitingDocument]) -> bytes:
    doc = d30.new_document(landscape=True)
    d30.para(doc, "Phụ lục", size=14, bold=True, align="center")
    d30.para(
        doc, "TỔNG HỢP VĂN BẢN LÃNH ĐẠO, CHỈ ĐẠO TRIỂN KHAI THỰC HIỆN", size=14, bold=True, align="center"
    )
    d30.para(doc, f"{_reference_phrase(reference)}", size=14, bold=True, align="center")
    d30.para(
        doc,
        f"(Kèm theo văn bản số      /{profile.symbol('BC')} ngày      tháng      năm       của {profile.self_name})",
        size=14,
        italic=True,
        align="center",
    )
    d30.rule_below(doc, 50, d30.text_width(doc) / 36000)
    d30.para(doc, "", after=6)
    rows = [
        [str(i), c.number, d30.vn_date(c.date), c.issuer, f"{c.type_name} {c.subject}".strip()]
        for i, c in enumerate(sorted(documents, key=lambda c: (c.date or dt.date.min, c.number)), start=1)
    ]
    if not rows:
        rows = [["", "", "", "", "Chưa có văn bản nào trong sổ trích dẫn hoặc triển khai văn bản này."]]
    d30.grid(doc, HEADERS, rows, [14, 40, 26, 60, 112], size=12)
    return d30.to_bytes(doc)


def _reference_phrase(reference: str) -> str:
    """`Nghị quyết số 62-NQ/TU` when the symbol names a resolution, else `văn bản số …`."""
    names = {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quyết định", "KH": "Kế hoạch"}
    for code, name in names.items():
        if f"-{code}/" in reference or f"/{code}-" in reference:
            return f"{name} số {reference}"
    return f"văn bản số {reference}"
