"""Tasks laid out as a table (`Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian`) or as fields under
an item (`- Cơ quan thực hiện: Sở X chủ trì, phối hợp với Y` / `- Thời gian thực hiện: Quý II/2020`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from chidao.documents.alternation import as_written
from chidao.documents.data import load_toml
from chidao.documents.data.task_columns import (
    AGENT_LABEL,
    ANSWERABLE,
    CARRY_OUT,
    FIELD_LINE,
    FIELDS,
    INLINE_TIME,
    PREPARER_LABEL,
    labelled,
    names_a_person,
    office_as_written,
    preparer_header,
    task_column,
)
from chidao.documents.extract.assignees import find_units, read_unit, read_units
from chidao.documents.extract.clauses import HELPER_WORDS
from chidao.documents.extract.segments import Segment
from chidao.documents.extract.task_deadlines import own_deadline, work_exception
from chidao.documents.extract.units import UnitRegistry, unit_key
from chidao.documents.text import VI_UPPER, fold, fold_chars

if TYPE_CHECKING:
    from chidao.documents.extract.tasks import _Builder
    from chidao.documents.model import Document, Task

_COORD = re.compile(rf"{HELPER_WORDS}\s+")  # `[helping]` of data/lead_ins.toml
# The label of the units to carry a task out in a table of cells: an agent's (`Cơ quan thực hiện`) or the
# preparer's of a Party work programme (`Cơ quan tham mưu`, `[preparer]` of data/task_columns.toml)
# a column's number in the row under a header that numbers the columns (`(1)`, `(2)`)
_COLUMN_NUMBER = re.compile(r"\(?\d{1,2}\)?")
_LEAD_LABEL = re.compile(rf"{AGENT_LABEL.pattern}|{PREPARER_LABEL.pattern}")


# The fields under an item (`- Cơ quan thực hiện: ...`, `- Thời gian thực hiện: ...`): `[fields]` of
# data/task_columns.toml, matched in the line folded by `fold_chars`
_AGENCY_FIELD, _COORD_FIELD, _TIME_FIELD = FIELDS["agency"], FIELDS["coord"], FIELDS["time"]


def field_line(text: str, label: re.Pattern[str] = FIELD_LINE) -> bool:
    """Does the line open with the label of a field (`label`: any field's, or one kind's such as `_TIME_FIELD`)?
    Every label ends at the line's first colon."""
    colon = text.find(":")
    return colon >= 0 and label.match(fold_chars(text[: colon + 1])) is not None


def agency_field(text: str) -> bool:
    """Does the line open with the label of an agency field (`Đơn vị chủ trì:`, `Cơ quan thực hiện:`)?"""
    return field_line(text, _AGENCY_FIELD)


def time_field(text: str) -> bool:
    """Does the line open with the label of a time field (`Thời hạn:`, `Thời gian hoàn thành:`)?"""
    return field_line(text, _TIME_FIELD)


_TITLE_WORDS = 16  # a title over the sub-items its fields stand under has at most this many words

_GAZETTEER = UnitRegistry.default()
# the bodies a unit's name may end with (`Ủy ban Kiểm tra Đảng ủy`): `[belongs_to]` of data/unit_heads.toml
_OWNERS = tuple(load_toml("unit_heads.toml")["belongs_to"]["words"])


def _cell_units(cell: str) -> list[str]:
    """A cell of a space-laid-out table, polluted by its neighbours: only the unit names found in it."""
    names: list[str] = []
    for mention in find_units(cell):
        for written in (re.sub(r"\s+\d{1,3}$", "", n) for n in mention.names):
            name = _GAZETTEER.prefix(written) or written
            if names_a_person(name):
                continue  # a person's title bled in from the next column
            if not any(unit_key(name) == unit_key(n) for n in names):
                names.append(name)
    keys = [unit_key(n) for n in names]
    names = [n for n, k in zip(names, keys, strict=True) if not any(o != k and o.startswith(k + " ") for o in keys)]
    return names or _split_names(cell)


# a comma or `và` before a name in capitals (`Ủy ban …` too) or a group (`các …`): where a cell's names may part
_NAME_BREAK = re.compile(rf"\s*,\s*(?=[{VI_UPPER}]|các\s)|\s+và\s+(?=[{VI_UPPER}]|các\s)")
# a slash between two names, the second in capitals (`Ban Quản lý quy hoạch/Tư vấn được lựa chọn`, `Vụ Kế hoạch - Tài
# chính/ Ban Quản lý quy hoạch`): the units that share the work, one after the other
_NAME_SLASH = re.compile(rf"\s*/\s*(?=[{VI_UPPER}][\wÀ-ỹ]*\s)")


def _slashed(cell: str) -> list[str] | None:
    """The names a cell gives with slashes between them, when the first reads as a unit; else None."""
    parts = [p.strip(" .") for p in _NAME_SLASH.split(cell)]
    if len(parts) < 2 or not all(len(p.split()) >= 2 for p in parts) or read_unit(parts[0], 0) is None:
        return None
    return parts


def _split_names(cell: str) -> list[str]:
    """The units in one cell: split on `;` when there is one, and each part (or the whole cell) read as unit
    phrases or split on `,` (a group opened by `các` after a comma is a name of its own) or on slashes."""
    if ";" in cell:
        return [n for p in cell.split(";") if p.strip(" .") for n in _split_names(p.strip(" ."))]
    if "/" in cell and (slashed := _slashed(cell)) is not None:
        return [n for p in slashed for n in _split_names(p)]
    mentions, end = read_units(cell, 0)
    if not mentions and (manner := _LEAD_MANNER.search(cell)) is not None and manner.start():
        # a group named without `các` (`Cơ sở khám bệnh, chữa bệnh trình cấp có thẩm quyền`): its name, not the rest
        if read_unit(f"các {cell[:1].lower()}{cell[1 : manner.start()]}", 0) is not None:
            return _split_names(cell[: manner.start()])
    if mentions and end >= len(cell.rstrip(" .;")) - 1:
        return [n for m in mentions for n in m.names]
    if mentions and mentions[0].start == 0 and _LEAD_MANNER.match(cell, end):
        # the units, then words of their own (`… và các Bộ, ngành đối với lĩnh vực quản lý theo chức năng`, `Bộ
        # Tài chính chỉ đạo Sở X thực hiện`): the units the cell opens with lead; what follows says how
        return [n for m in mentions for n in m.names]
    if mentions and (run := _units_in_a_row(cell.rstrip(" .;"))) is not None:
        return run
    parts = [p.strip(" .") for p in _NAME_BREAK.split(cell.strip(" ."))]
    parts = [p for p in parts if p]
    if len(parts) > 1 and not all(
        _GAZETTEER.match(p)[1] >= 1.0 or read_unit(p, 0) is not None or (k and p.startswith("các ")) for k, p in enumerate(parts)
    ):
        return [cell.strip(" .")]  # `Trung tâm Văn hóa, Thông tin và Thể thao huyện`: one name, not a list
    return parts


# Where the lead's and the helpers' names end in a cell or a field: `[unit_cells]` of data/task_columns.toml, with
# `[helping] lead` of data/lead_ins.toml (`chủ trì`)
_CELLS = load_toml("task_columns.toml")["unit_cells"]
_LEAD_WORD = re.escape(load_toml("lead_ins.toml")["helping"]["lead"])
_LEAD_END = re.compile(
    rf"\s*(?:{_LEAD_WORD}|{as_written(_CELLS['lead_roles'])}|{as_written(_CELLS['lead_work'])}.*)\s*,?\s*$"
)
_LEAD_ON = re.compile(rf"\s*{_LEAD_WORD}\b.*$")
_HELPER_WORK = re.compile(rf"\s*{as_written(_CELLS['helper_work'])}\b.*$")
_LEAD_MANNER = re.compile(rf"[\s,]+{as_written(_CELLS['lead_manner'])}\b")


def _units_in_a_row(cell: str) -> list[str] | None:
    """`Sở Xây dựng UBND các huyện, thành phố`: units one after another with only a space between them (a cell's
    paragraphs joined by a reader that could not tell them from wrapped lines: a narrow column of a PDF), when
    the whole cell reads so."""
    names: list[str] = []
    at = 0
    while at < len(cell):
        mentions, end = read_units(cell, at)
        if not mentions or mentions[0].start != at or end <= at:
            return None
        names += [n for m in mentions for n in m.names]
        rest = cell[end:]
        if rest and (not rest[0].isspace() or rest.lstrip().startswith(_OWNERS)):
            return None  # glued on, or the body the unit belongs to (`Ủy ban Kiểm tra Đảng ủy`)
        at = len(cell) - len(rest.lstrip())
    return names if len(names) > 1 else None


def _lead_and_coords(text: str) -> tuple[list[str], list[str]]:
    """`Sở X chủ trì, phối hợp với Y; Z` → ([Sở X], [Y, Z])."""
    coord = _COORD.search(text)
    lead_part = text[: coord.start()] if coord else text
    lead_part = _LEAD_END.sub("", lead_part.strip(" ,;"))
    lead_part = _LEAD_ON.sub("", lead_part)
    leads = _split_names(lead_part)
    coords: list[str] = []
    if coord:
        rest = _HELPER_WORK.sub("", text[coord.end() :])
        coords = _split_names(rest)
    return leads, coords


def _columns(folded: list[str]) -> dict[str, int]:
    """Column roles from a header's folded labels. The lead column is the one of `chủ trì`, else the one of the
    units to carry the task out (`Cơ quan thực hiện`), whose cells may name the coordinators too (`split`)."""
    columns: dict[str, int] = {}
    task = task_column(folded)
    if task is not None:
        columns["task"] = task
    for i, c in enumerate(folded):
        if labelled(c, "lead") and "lead" not in columns:
            columns["lead"] = i
            if labelled(c, "coord"):  # `Cơ quan chủ trì, phối hợp`: one column for both
                columns["split"] = i
        elif labelled(c, "coord"):
            columns["coord"] = i
        elif labelled(c, "task"):
            continue
        elif labelled(c, "time"):
            columns["time"] = i
    if "lead" not in columns:
        agent = next((i for i, c in enumerate(folded) if _LEAD_LABEL.search(c) and i not in columns.values()), None)
        if agent is not None:
            columns["lead"] = agent
            columns["split"] = agent
    return columns



_UPPER_LABEL_WORDS = 12  # `Cơ quan chịu trách nhiệm quản lý nhà nước theo quy định`: the longest label seen


def _upper_header(folded: list[str]) -> bool:
    """A row of short labels naming the task column and a column of units to carry it out, without `chủ trì`:
    the first row of a two-row header."""
    return (
        any(labelled(c, "task") for c in folded)
        and any(CARRY_OUT in c or ANSWERABLE in c for c in folded)
        and not any(labelled(c, "lead") for c in folded)
        and all(len(c.split()) <= _UPPER_LABEL_WORDS for c in folded)
    )


def _two_row_header(upper: list[str], lower: list[str]) -> list[str]:
    """The labels of a header written on two rows, the lower one splitting a cell of the upper one
    (`Đơn vị thực hiện` over `Chủ trì | Phối hợp`): each column named by the lower row's label, or the upper
    one's where the lower cell is empty. A merged upper cell may come as one cell (fewer cells than below)."""
    if len(upper) == len(lower):
        return [f"{a} {b}".strip() for a, b in zip(upper, lower, strict=True)]
    out: list[str] = []
    at = 0
    split = False  # inside the run of lower labels under one upper cell
    for label in lower:
        if label:
            out.append(label)
            split = True
            continue
        if split:
            at += 1
            split = False
        out.append(upper[at] if at < len(upper) else "")
        at += 1
    return out


# the bullet of an item written inside a task cell (`+ Rà soát …`, `. Tiếp tục …`, `- Hỗ trợ …`)
_CELL_BULLET = re.compile(r"[-+•*.]\s+(?=\S)")
# a year or a run of years (`2028`, `2024 - 2026`)
_YEARS = re.compile(r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)")


_TIME_CELLS = load_toml("task_columns.toml")["time_cells"]


def _starts_only(text: str) -> bool:
    """`Từ quý II/2027`: a time cell saying only when the work starts (`[time_cells]`), no deadline."""
    folded = fold(text).strip()
    return folded.split(" ", 1)[0] in _TIME_CELLS["starts"] and not any(m in folded for m in _TIME_CELLS["range_marks"])


def _cell_time(text: str, doc: Document) -> str:
    """The time a task table's time cell gives its row: the cell, where it reads as a deadline; else the cell from
    its first figure (`Hoàn thành 30/6/2026`), or the year or run of years there, whatever words come after it
    (`Thực hiện đến năm 2028 và theo kế hoạch từng năm`, `2024 - 2026 các sở đã hoàn thành`): a time column says
    when the row's work is due."""
    digits = re.search(r"\d", text)
    if digits is None or own_deadline(text, doc) is not None or _starts_only(text):
        return text
    rest = text[digits.start() :]
    if own_deadline(rest, doc) is not None:
        return rest
    years = _YEARS.match(rest)
    return years.group(0) if years is not None else rest


class TableReader:
    """Rows of a task table, and the field lines that follow an item."""

    def __init__(self, builder: _Builder) -> None:
        self.builder = builder
        self.columns: dict[str, int] | None = None
        self.field_tasks: list[Task] = []
        # a time field written above the agency field of the items it dates (`1.1. Xây dựng …` / `- Thời gian hoàn
        # thành: tháng 11/2026` / `- Đơn vị chủ trì: …`): kept until that agency field gives the items their tasks
        self.early_time: str | None = None
        self.agency_ahead = False  # an agency field follows among the field lines under the current one
        self.upper: list[str] | None = None  # a header's first row, when its lead column is split below it
        # the lead cell of the row above (text, offsets): a cell merged down over several rows comes flattened
        # as an empty cell under its first row
        self.lead_above: tuple[str, list[int]] | None = None
        # the time cell of the row above: merged down over the rows under it that open with an empty cell (`10-11/2019
        # | Xây dựng khung … |` / ` | Lấy ý kiến … |`: the rows of one period, no number of their own)
        self.time_above: str | None = None
        self.width = 0  # the number of the header's cells
        # a cell's units by its text, for the document: a lead or helper cell merged down, or the same units named
        # row after row (`Sở Y tế`), is read once
        self._cell_names: dict[str, list[str]] = {}

    def split_names(self, cell: str) -> list[str]:
        """`_split_names(cell)`, read once per cell text in the document."""
        found = self._cell_names.get(cell)
        if found is None:
            found = self._cell_names[cell] = _split_names(cell)
        return list(found)

    def end(self) -> None:
        self.columns = None
        self.upper = None
        self.lead_above = None
        self.time_above = None

    def row(self, seg: Segment) -> None:
        cells = seg.cells or []
        folded = [fold(c) for c in cells]
        upper, self.upper = self.upper, None
        if upper is not None:
            if any(labelled(c, "lead") and len(c.split()) <= 4 for c in folded) and all(len(c.split()) <= 8 for c in folded):
                labels = _two_row_header(upper, folded)
                self.columns, self.width = _columns(labels), len(labels)
                return
            self.columns, self.width = _columns(upper), len(upper)  # a one-row header after all: a task below
        elif self.columns is None and _upper_header(folded):
            self.upper = folded  # `TT | Nội dung | Đơn vị thực hiện | Thời gian` over `| | Chủ trì | Phối hợp |`
            return
        elif (any(labelled(c, "lead") for c in folded) or preparer_header(folded)) and any(
            labelled(c, "task") for c in folded
        ):  # a header row: `Cơ quan chủ trì` or `… tham mưu`
            self.columns, self.width = _columns(folded), len(folded)
            return
        cols = self.columns
        if not cols or "task" not in cols or "lead" not in cols:
            return
        if all(_COLUMN_NUMBER.fullmatch(c) for c in cells if c):
            return  # the row numbering the columns under the header (`| (1) | (2) | (3) |`)
        if len({c for c in cells[1:] if c}) == 1 and sum(1 for c in cells[1:] if c) >= 3:
            self.lead_above = None  # a group row whose label spans the columns, given again in every cell an
            return  # export splits the merged cell into (`I | Liên kết vùng | Liên kết vùng | Liên kết vùng | …`)
        offsets = list(seg.cell_offsets)
        if len(cells) == self.width - 1 and self.lead_above is not None and cols["lead"] < len(cells):
            # one cell short under a lead: the lead's cell spans this row and was left out of it (a table whose
            # merged cells a web page gives once), so the cells from the lead's on sit one column to the left
            cells = [*cells[: cols["lead"]], "", *cells[cols["lead"] :]]
            offsets = [*offsets[: cols["lead"]], [], *offsets[cols["lead"] :]]
        if max(cols.values()) >= len(cells):
            self.lead_above = self.time_above = None  # a group row spanning the columns (`II | Phát triển kinh tế số`)
            return
        task_text, lead = cells[cols["task"]], cells[cols["lead"]]
        lead_offs = offsets[cols["lead"]]
        if lead:
            self.lead_above = (lead, lead_offs)
        elif not any(c for i, c in enumerate(cells) if i and i != cols["task"]):
            self.lead_above = self.time_above = None  # a group row: only its number and its label (`Lĩnh vực y tế`)
        elif self.lead_above is not None:
            lead, lead_offs = self.lead_above  # the lead's cell merged down over this row
        if not task_text or not lead:
            return
        b = self.builder
        coords = b.resolve(self.split_names(cells[cols["coord"]])) if "coord" in cols and cells[cols["coord"]] else []
        offs = offsets[cols["task"]]
        if (bullet := _CELL_BULLET.match(task_text)) is not None and offs:
            task_text, offs = task_text[bullet.end() :], offs[bullet.end() :]  # `+ Rà soát …`: the item's bullet
        task_seg = Segment(text=task_text, offsets=offs or seg.offsets[:1])
        spans = [(lead_offs[0], lead_offs[-1] + 1)] if lead_offs else []
        time_cell = cells[cols["time"]] if "time" in cols else ""
        if time_cell:
            self.time_above = time_cell
        elif not cells[0] and self.time_above is not None:
            time_cell = self.time_above  # the period's cell merged down over this row
        time_text = _cell_time(time_cell, b.doc) if time_cell else ""
        deadline_text = time_text if own_deadline(time_text, b.doc) else task_text
        if "split" in cols and _COORD.search(lead):  # `Cơ quan thực hiện`: `Sở X chủ trì, phối hợp với Y`
            leads, more = _lead_and_coords(lead)
            coords += [c for c in b.resolve(more) if c not in coords]
        else:
            leads = _cell_units(lead) if seg.layout else self.split_names(lead)
        b.add(task_seg, 0, len(task_text), b.resolve(leads), spans, coords, None, None, deadline_text)

    def field(self, seg: Segment) -> bool:
        """`Cơ quan thực hiện: ...` gives the items above it their units; `Thời gian thực hiện: ...` the deadline.
        False for a time field with no agency field's tasks above it to date (the paragraph above may be a task that
        the line dates: the builder's `_carried_on`)."""
        b = self.builder
        folded = fold_chars(seg.text)  # one character for each of the line's: the offsets are the line's
        agency = _AGENCY_FIELD.match(folded)
        coord_field = _COORD_FIELD.search(folded)
        if agency:
            inline_time = INLINE_TIME.search(folded, agency.end())
            text_end = inline_time.start() if inline_time else len(seg.text)
            body_end = coord_field.start() if coord_field else text_end
            leads, coords = _lead_and_coords(seg.text[agency.end() : body_end].rstrip(" )"))
            leads = [office_as_written(n) for n in leads]  # `Đồng chí Phó Chủ tịch X, phụ trách …` → the office
            if coord_field:
                coords += _split_names(seg.text[coord_field.end() : text_end].rstrip(" )"))
            early, self.early_time = self.early_time, None
            self._assign(seg, b.resolve(leads), b.resolve(coords), [seg.span(agency.end(), body_end)])
            if early is not None and not inline_time:
                self._time(early)
            if inline_time:
                self._time(seg.text[inline_time.end() :].rstrip(" )"))
            return True
        if coord_field and coord_field.start() == 0:
            for task in self.field_tasks:
                extra = b.resolve(_split_names(seg.text[coord_field.end() :]))
                task.coordinators += [c for c in extra if c not in task.coordinators and c not in task.assignees]
            return True
        when = _TIME_FIELD.match(folded)
        if when:
            if self.agency_ahead and (b.pending or b.last_item is not None):
                # the items above (those the agency field below will assign) are what the time dates
                self.early_time = seg.text[when.end() :].rstrip(" )")
                return True
            if not self.field_tasks:
                return False
            self._time(seg.text[when.end() :].rstrip(" )"))
        return True

    def _time(self, text: str) -> None:
        """A `Thời gian thực hiện` value: the deadline of the tasks its agency field just made."""
        doc = self.builder.doc
        found = own_deadline(text, doc)
        if found is not None:
            found.span = None  # read from a field line apart from the items it dates
        exception = work_exception(text, doc) if found is not None and len(self.field_tasks) > 1 else None
        doer = _doer_of(exception.work, self.field_tasks) if exception is not None else None
        standing = own_deadline(text[: exception.start], doc) if exception is not None and doer is not None else None
        for task in self.field_tasks:
            when = found if standing is None or task is doer else standing
            if when is not None and (task.deadline is None or task.deadline.kind == "none" or task.deadline.inherited):
                task.deadline = dataclasses.replace(when, span=None)

    def _assign(self, seg: Segment, names: list[str], coords: list[str], spans: list[tuple[int, int]]) -> None:
        b = self.builder
        self.field_tasks = []
        items = b.pending or ([b.last_item] if b.last_item else [])
        # (a short item that made no task of its own, with a deeper item after it among those waiting, is that item's
        # title (`1. Hội nghị lần thứ nhất.` / `1.1. Nội dung: …` / `- Đơn vị chủ trì: …`): the fields are the deeper
        # item's; a long one carries work of its own, its sub-item's number glued to its end in a crawl)
        items = [
            it for k, it in enumerate(items)
            if it[2] or len(it[0].text.split(None, _TITLE_WORDS)) > _TITLE_WORDS
            or not any(later[0].depth > it[0].depth for later in items[k + 1 :])
        ]
        # (an item at the level of a numbered lead-in below it, or above that level, is none of the lead-in's items:
        # `Điều 1. Ban hành …` / `Điều 2. Điều chỉnh nhiệm vụ … như sau:` / `1. Tên nhiệm vụ: …` / `2. Cơ quan chủ trì:
        # …` give the fields to `1.` alone)
        if b.last_lead is not None:
            at, depth = b.last_lead
            under = [it for it in items if not (it[0].start < at and 0 < it[0].depth <= depth)]
            items = under or items
        for item, frame, created in items:
            if created:
                for task in created:
                    task.assignees, task.assignee_spans = names, spans
                    task.coordinators = [c for c in coords if c not in names]
                self.field_tasks += created
            else:
                self.field_tasks.append(b.add(item, 0, len(item.text), names, spans, coords, None, frame))
        b.pending = []
        b.last_item = None


_FILLER_WORDS = frozenset(("va", "cac", "co", "lien", "quan", "so", "cua", "ve", "nhung", "viec"))


def _doer_of(work: str, tasks: list[Task]) -> Task | None:
    """Of the items one time line dates, the one that does the work a `riêng việc X` exception names: the item
    holding most of X's words, and at least half of them (else none stands out)."""
    words = {w for w in re.findall(r"\w+", fold(work)) if w not in _FILLER_WORDS}
    if not words:
        return None
    shares = [(len(words & set(re.findall(r"\w+", fold(t.text)))) / len(words), i) for i, t in enumerate(tasks)]
    best, at = max(shares)
    if best < 0.5 or sum(1 for share, _ in shares if share == best) > 1:
        return None
    return tasks[at]

