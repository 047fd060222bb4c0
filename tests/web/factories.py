"""Test data: documents with hand-written parsed results (spans found in the text), confirmed tasks."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from chidao.registry.intake import confirm, fill
from chidao.registry.models import Document

_seq = itertools.count(1)

TEXT = """UBND TỈNH THỬ NGHIỆM
VĂN PHÒNG
Số: {n}/TB-VP
Thử Nghiệm, ngày 05 tháng 3 năm 2020
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng {n}
{body}
KT. CHÁNH VĂN PHÒNG
Đỗ Văn Thử
"""


def make_document(user: Any, tasks: list[dict], secrecy: str = "", number: str | None = None,
                  date: dt.date = dt.date(2020, 3, 5)) -> Document:
    """`tasks`: dicts with `text`, `assignees`, `coordinators`, `due` (ISO), optional `mode`."""
    n = next(_seq)
    body = "\n".join(f"{i + 1}. {t['text']}" for i, t in enumerate(tasks))
    text = TEXT.format(n=n, body=body)
    number = number or f"{n}/TB-VP"
    parsed: dict[str, Any] = {
        "format": "chidao.document/1", "text": text, "family": "state",
        "source": {"name": f"tb-{n}.txt"},
        "issuer": {"name": "Văn phòng UBND tỉnh", "span": [0, 10]},
        "number": {"text": number}, "type": {"code": "TB", "name": "THÔNG BÁO"},
        "date": {"text": "", "year": date.year, "month": date.month, "day": date.day, "iso": date.isoformat()},
        "subject": {"text": f"Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng {n}"},
        "signatures": [{"name": "Đỗ Văn Thử"}], "meeting": {"chair": {"name": "Trần Văn Chủ"}},
        "references": [], "findings": [],
        "tasks": [],
    }
    for i, t in enumerate(tasks):
        start = text.index(t["text"])
        parsed["tasks"].append({
            "id": str(i + 1), "text": t["text"], "span": [start, start + len(t["text"])],
            "assignees": t.get("assignees", []), "coordinators": t.get("coordinators", []),
            "deadline": {"text": t.get("deadline_text"), "due": t.get("due"), "kind": "date" if t.get("due") else "none"},
            "parent": t.get("parent"), "mode": t.get("mode", "giao"),
        })
    doc = Document.objects.create(file_name=f"tb-{n}.txt", sha256=f"{n:064d}", uploaded_by=user, secrecy=secrecy)
    fill(doc, parsed)
    return doc


def confirmed_task(clerk: Any, assignees=("Sở Tài chính",), coordinators=(), due: str | None = "2020-05-30",
                   text: str = "Rà soát và báo cáo kinh phí chỉnh trang đô thị", **kw: Any):
    doc = make_document(clerk, [{"text": text, "assignees": list(assignees), "coordinators": list(coordinators),
                                 "due": due, **kw}], **{k: v for k, v in kw.items() if k == "secrecy"})
    return confirm(doc, clerk, "all")[0]
