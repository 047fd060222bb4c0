"""Tasks laid out as a table (`Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian`) or as fields under
an item (`- Cơ quan thực hiện: Sở X chủ trì, phối hợp với Y` / `- Thời gian thực hiện: Quý II/2020`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chidao.documents.extract.assignees import read_units
from chidao.documents.extract.segments import Segment
from chidao.documents.extract.task_deadlines import own_deadline
from chidao.documents.text import fold

if TYPE_CHECKING:
    from chidao.documents.extract.tasks import _Builder

_AGENCY_FIELD = re.compile(
    r"^(?:[-+*•]\s*)?(?:Cơ quan|Đơn vị|Cơ quan, đơn vị)\s+(?:thực hiện|chủ trì|thực hiện, chủ trì)\s*:\s*", re.I
)
_TIME_FIELD = re.compile(r"^(?:[-+*•]\s*)?(?:Thời gian|Thời hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*", re.I)
_COORD = re.compile(r"(?:phối hợp|kết hợp)(?:\s+chặt chẽ)?(?:\s+với)?\s+")


def field_line(text: str) -> bool:
    return bool(_AGENCY_FIELD.match(text) or _TIME_FIELD.match(text))


def _split_names(cell: str) -> list[str]:
    """The units in one cell: read as unit phrases, else split on `;` / `,` / `và`."""
    mentions, end = read_units(cell, 0)
    if mentions and end >= len(cell.rstrip(" .;")) - 1:
        return [n for m in mentions for n in m.names]
    parts = re.split(r"\s*;\s*|\s*,\s*(?=[A-ZĐ]|các\s)|\s+và\s+(?=[A-ZĐ]|các\s)", cell.strip(" ."))
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _lead_and_coords(text: str) -> tuple[list[str], list[str]]:
    """`Sở X chủ trì, phối hợp với Y; Z` → ([Sở X], [Y, Z])."""
    coord = _COORD.search(text)
    lead_part = text[: coord.start()] if coord else text
    lead_part = re.sub(r"\s*(?:chủ trì|là cơ quan chủ trì|đôn đốc.*|hướng dẫn.*)\s*,?\s*$", "", lead_part.strip(" ,;"))
    lead_part = re.sub(r"\s*chủ trì\b.*$", "", lead_part)
    leads = _split_names(lead_part)
    coords: list[str] = []
    if coord:
        rest = re.sub(r"\s*(?:tham mưu|triển khai|tổ chức|thực hiện)\b.*$", "", text[coord.end() :])
        coords = _split_names(rest)
    return leads, coords


class TableReader:
    """Rows of a task table, and the field lines that follow an item."""

    def __init__(self, builder: _Builder) -> None:
        self.builder = builder
        self.columns: dict[str, int] | None = None

    def end(self) -> None:
        self.columns = None

    def row(self, seg: Segment) -> None:
        cells = seg.cells or []
        folded = [fold(c) for c in cells]
        if any("chu tri" in c for c in folded) and any(("noi dung" in c or "nhiem vu" in c) for c in folded):
            self.columns = {}
            for i, c in enumerate(folded):
                if "chu tri" in c and "lead" not in self.columns:
                    self.columns["lead"] = i
                elif "phoi hop" in c:
                    self.columns["coord"] = i
                elif ("noi dung" in c or "nhiem vu" in c) and "task" not in self.columns:
                    self.columns["task"] = i
                elif "thoi gian" in c or "thoi han" in c or "tien do" in c:
                    self.columns["time"] = i
            return
        cols = self.columns
        if not cols or "task" not in cols or "lead" not in cols:
            return
        if max(cols.values()) >= len(cells):
            return
        task_text, lead = cells[cols["task"]], cells[cols["lead"]]
        if not task_text or not lead:
            return
        b = self.builder
        coords = b.resolve(_split_names(cells[cols["coord"]])) if "coord" in cols and cells[cols["coord"]] else []
        offs = seg.cell_offsets[cols["task"]]
        task_seg = Segment(text=task_text, offsets=offs or seg.offsets[:1])
        lead_offs = seg.cell_offsets[cols["lead"]]
        spans = [(lead_offs[0], lead_offs[-1] + 1)] if lead_offs else []
        time_text = cells[cols["time"]] if "time" in cols else ""
        deadline_text = time_text if own_deadline(time_text, b.doc) else task_text
        b.add(task_seg, 0, len(task_text), b.resolve(_split_names(lead)), spans, coords, None, None, deadline_text)

    def field(self, seg: Segment) -> None:
        """`Cơ quan thực hiện: ...` gives the last item its units; `Thời gian thực hiện: ...` its deadline."""
        b = self.builder
        agency = _AGENCY_FIELD.match(seg.text)
        if agency:
            target = b.last_item
            if target is None:
                return
            item, frame, created = target
            leads, coords = _lead_and_coords(seg.text[agency.end() :])
            names, coordinators = b.resolve(leads), b.resolve(coords)
            spans = [seg.span(agency.end())]
            if created:
                for task in created:
                    task.assignees, task.assignee_spans = names, spans
                    task.coordinators = [c for c in coordinators if c not in names]
                self.last_field_task = created[-1]
            else:
                self.last_field_task = b.add(item, 0, len(item.text), names, spans, coordinators, None, frame)
            b.last_item = None
            return
        when = _TIME_FIELD.match(seg.text)
        task = getattr(self, "last_field_task", None)
        if when and task is not None:
            found = own_deadline(seg.text[when.end() :], b.doc, offset=None)
            if found is not None:
                task.deadline = found
            self.last_field_task = None
