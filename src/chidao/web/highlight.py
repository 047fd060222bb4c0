"""The original text cut into segments, each marked with the innermost extracted part covering it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any


@dataclass
class Mark:
    start: int
    end: int
    kind: str  # task, number, date, issuer, subject, signature, reference, finding
    label: str
    ref: str = ""


@dataclass
class Segment:
    text: str
    mark: Mark | None


def marks_from(parsed: dict[str, Any] | None) -> list[Mark]:
    if not parsed:
        return []
    out: list[Mark] = []
    for key, label in (("issuer", "Cơ quan ban hành"), ("number", "Số, ký hiệu"), ("date", "Ngày ban hành"),
                       ("type", "Tên loại"), ("subject", "Trích yếu"), ("place", "Địa danh")):
        span = (parsed.get(key) or {}).get("span")
        if span:
            out.append(Mark(span[0], span[1], key, label))
    for sig in parsed.get("signatures") or []:
        if sig.get("span"):
            out.append(Mark(*sig["span"], "signature", "Chữ ký"))
    for ref in parsed.get("references") or []:
        if ref.get("span"):
            out.append(Mark(*ref["span"], "reference", f"Văn bản dẫn chiếu {ref.get('number') or ''}".strip()))
    for task in parsed.get("tasks") or []:
        if task.get("span"):
            out.append(Mark(*task["span"], "task", f"Nhiệm vụ {task.get('id')}", ref=f"task-{task.get('id')}"))
        for span in task.get("assignee_spans") or []:
            out.append(Mark(*span, "assignee", "Chủ trì"))
        for span in task.get("coordinator_spans") or []:
            out.append(Mark(*span, "coordinator", "Phối hợp"))
        deadline = task.get("deadline") or {}
        if deadline.get("span"):
            out.append(Mark(*deadline["span"], "deadline", "Thời hạn"))
    return out


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        covering = [m for m in valid if m.start <= a and b <= m.end]
        inner = min(covering, key=lambda m: m.end - m.start) if covering else None
        if out and out[-1].mark is inner:
            out[-1].text += text[a:b]
        else:
            out.append(Segment(text[a:b], inner))
    return out
