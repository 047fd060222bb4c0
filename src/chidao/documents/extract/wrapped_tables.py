"""Task tables in the text of a PDF (a gazette's copy): each cell wrapped line by line and the cells of a row set
one under the other (`1.` / the task's lines / `Bộ Khoa học và` / `Công nghệ` / … / `Quý IV/2026`), the header's
labels wrapped too (`Cơ quan` / `chủ trì`), the header printed again on every page and a row cut by a page break
going on under it. Rebuilt into rows of cells, like a pipe table's, for the table reader.

A row opens at a line holding its number (`12.`, `1.1`), alone or before the task (`10.  Xây dựng …`), the number
that follows the row above (`1.7` → `1.8`, `2.`, `2.1`); a group row at a Roman number and its label (`II. Hoàn
thiện …`), or at a number whose row names no unit (`2. Đẩy mạnh …`). The task cell runs to the first line that opens
with a unit's name; then the lines are cut into cells (`[wrapped]` of data/task_columns.toml): the lead's, the
helpers' (each opening with a unit), the product's, and the time's, where the row ends. Under a page break, the
task's sentence goes on first, then the lead's name cut after a word that cannot end it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chidao.documents.data import load_toml
from chidao.documents.data.task_columns import labelled, task_column, task_header
from chidao.documents.extract.assignees import head_starts, read_bare_group, read_unit, read_units
from chidao.documents.extract.segments import Segment
from chidao.documents.extract.units import UnitRegistry
from chidao.documents.text import Line, fold

_WRAPPED = load_toml("task_columns.toml")["wrapped"]
_JOINS = frozenset(w.casefold() for w in _WRAPPED["joins"])
_TIME_OPENERS = tuple(_WRAPPED["time_openers"])
_GOVERNS = tuple(f" {w}" for w in _WRAPPED["governs"])
_HEADER_FIRST = re.compile(r"(?:S?TT|Số TT|Số thứ tự)\.?", re.I)
_MAX_FRAGMENTS = 14  # the lines of a wrapped header after its `TT`
_MAX_LABEL_WORDS = 6
_MAX_ROW_LINES = 160
_UNIT_LOOKAHEAD = 4  # the lines read together to tell whether a unit's name opens a line
_HEAD_LINE_WORDS = 4  # a unit's head opening a line this short, cut after a joining word, opens a cell of units
_SHORT_LINE = 0.6  # a line this much of the task cell's longest or shorter ends its paragraph
_ROW_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,2}){0,2})\.?(?:\s+(?=[A-ZĐÀ-Ỹ])(.*))?")
_ROMAN_ROW = re.compile(r"([IVX]{1,4})\.\s+(?=[A-ZĐÀ-Ỹ])(.*)")
_ROMAN = {"I": 1, "V": 5, "X": 10}
# a line opening with a year or a date (`2026 - 2030`, `30/6/2026`): a cell of its own, the time's
_DATED = re.compile(r"(?:19|20)\d{2}\b|\d{1,2}/(?:\d{1,2}/)?\d{4}\b")
# a line that goes on with a time cut after `quý` (`III/2026`)
_ROMAN_SLASH = re.compile(r"[IVX]{1,4}/\d")
_BULLET = re.compile(r"[-+•]\s")
_GAZETTEER = UnitRegistry.default()


def _roman(text: str) -> int:
    values = [_ROMAN[c] for c in text]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def is_time_cell(text: str) -> bool:
    """Does a cell open (folded) as the time column's cells do (`Quý IV/2026`, `Thường xuyên`, `2026 - 2030`)?"""
    folded = fold(text).strip()
    if _DATED.match(folded):
        return True
    return any(folded == o or folded.startswith((o + " ", o + "/", o + ",")) for o in _TIME_OPENERS)


def _opens_unit(lines: Sequence[Line], k: int) -> bool:
    """Does line `k` open (in capitals) with a unit's name, read over the lines after it too: a unit, a group
    written without `các` (`Cơ quan, tổ chức liên quan`, `Cơ sở khám bệnh, chữa bệnh`), or a unit's head opening a
    line of a few words that ends with a joining word (`Bộ Khoa học và`, its name cut by a page break)?"""
    text = lines[k].text
    if not text[:1].isupper():
        return False
    joined = " ".join(ln.text for ln in lines[k : k + _UNIT_LOOKAHEAD] if ln.text)
    if read_unit(joined, 0) is not None or read_bare_group(joined, 0) is not None:
        return True
    group = read_unit(f"các {joined[:1].lower()}{joined[1:]}", 0)
    if group is not None and group.end >= len("các ") + len(text):
        return True  # (the group's name covers the line: `Cơ sở khám` / `bệnh, chữa bệnh`, not `Bộ tài liệu`)
    words = text.split()
    return len(words) <= _HEAD_LINE_WORDS and words[-1].casefold() in _JOINS and any(at == 0 for at, _ in head_starts(text))


def _goes_on(above: Line, line: Line) -> bool:
    """Does `line` go on with the cell `above` ends (lower case, a figure, after a comma or a joining word)?"""
    text = line.text
    first = text[:1]
    if first.islower() or _ROMAN_SLASH.match(text) or (first.isdigit() and not _DATED.match(text)):
        return True
    last = above.text.rstrip()
    if last.endswith((",", ";")):
        return True
    words = last.split()
    return bool(words) and words[-1].casefold() in _JOINS


def _cut_after_join(cell: list[Line], body: Sequence[Line], at: int) -> bool:
    """A cell ending with a joining word (`Bộ Khoa học và`) and a line opening a unit after it that does not go
    on with its name (`Cơ quan, tổ chức`, where `Công nghệ` comes under the page break): the next cell. Cut where
    a known unit's name goes on past the joining word (`Sở Giáo dục và` of `Sở Giáo dục và Đào tạo`), or where the
    two do not read as units together; `Sở Tài chính và` / `Sở Xây dựng` reads as two units and stays one cell."""
    last = cell[-1].text.rstrip()
    if last.endswith((",", ";")) or not _opens_unit(body, at):
        return False
    name = re.split(r"[,;]", " ".join(ln.text for ln in cell))[-1].strip()
    known, score = _GAZETTEER.match(name.rsplit(" ", 1)[0])
    if known is not None and score < 1.0 and fold(known).startswith(fold(name) + " "):
        return True
    text = " ".join(ln.text for ln in (*cell, body[at]))
    _, end = read_units(text, 0)
    return end < len(text.rstrip(" .;,")) - 1


class _Header:
    """A wrapped header: its labels (lines), the fragments as printed (to know it again on the next page), and
    the columns of the number, the task, the lead, the helpers and the time."""

    def __init__(self, fragments: list[Line], labels: list[list[Line]], roles: dict[str, int]) -> None:
        self.fragments = [ln.text for ln in fragments]
        self.labels = labels
        self.roles = roles

    def again(self, lines: Sequence[Line], k: int) -> bool:
        n = len(self.fragments)
        return [ln.text for ln in lines[k : k + n]] == self.fragments


def _header(lines: Sequence[Line], i: int) -> tuple[int, _Header] | None:
    """The header starting at `i` when its labels come wrapped (`Cơ quan` / `chủ trì`) and name a task table whose
    columns run: number, task, lead, (helpers,) …, time; the lines it takes."""
    if not _HEADER_FIRST.fullmatch(lines[i].text):
        return None
    j = i + 1
    while j < len(lines) and j - i <= _MAX_FRAGMENTS:
        text = lines[j].text
        if not text or _row_start(text) is not None or len(text.split()) > _MAX_LABEL_WORDS:
            break
        j += 1
    fragments = list(lines[i:j])
    labels: list[list[Line]] = []
    for ln in fragments:
        if labels and ln.text[:1].islower():
            labels[-1].append(ln)
        else:
            labels.append([ln])
    if len(labels) == len(fragments) or len(labels) < 4:
        return None  # no label wrapped: a header of one label a line (extract/line_tables.py)
    folded = [fold(" ".join(ln.text for ln in label)) for label in labels]
    if not task_header(" | ".join(folded)):
        return None
    roles = {"number": 0, "task": task_column(["", *folded[1:]]) or -1}
    leads = [k for k, c in enumerate(folded) if labelled(c, "lead")]
    coords = [k for k, c in enumerate(folded) if labelled(c, "coord") and not labelled(c, "lead")]
    times = [k for k, c in enumerate(folded) if labelled(c, "time")]
    if roles["task"] != 1 or not leads or leads[0] != 2 or not times or times[-1] != len(labels) - 1:
        return None
    roles["lead"], roles["time"] = 2, len(labels) - 1
    if coords:
        if coords[0] != 3:
            return None
        roles["coord"] = 3
    return j - i, _Header(fragments, labels, roles)


def _row_start(text: str) -> tuple[tuple[int, ...] | int, str | None] | None:
    """A row's number (a tuple of figures, or a Roman number as an int) and the text after it, if any."""
    if (roman := _ROMAN_ROW.fullmatch(text)) is not None:
        return _roman(roman.group(1)), roman.group(2)
    found = _ROW_NUMBER.fullmatch(text)
    if found is None:
        return None
    return tuple(int(p) for p in found.group(1).split(".")), found.group(2)


def _follows(above: tuple[int, ...] | None, number: tuple[int, ...]) -> bool:
    """Does a row numbered `number` follow one numbered `above` (`1.7` → `1.8`, `1.7.1`, `2`)?"""
    if above is None:
        return True
    return number == (*above, 1) or any(number == (*above[:k], above[k] + 1) for k in range(len(above)))


def _split(line: Line, at: int) -> tuple[Line, Line]:
    """A line cut at `at` into two (the spaces between them dropped)."""
    head = line.text[:at].rstrip()
    tail = line.text[at:].lstrip()
    tail_start = line.start + len(line.text) - len(tail)
    return Line(line.index, line.start, line.start + len(head), head), Line(line.index, tail_start, line.end, tail)


def _cell(groups: list[list[Line]], joint: str = " ") -> tuple[str, list[int]]:
    """A cell's text and offsets from its lines (groups of lines joined by `joint`, lines by a space)."""
    text = ""
    offsets: list[int] = []
    for g, group in enumerate(ln for ln in (list(filter(lambda x: x.text, grp)) for grp in groups) if ln):
        for k, ln in enumerate(group):
            sep = (joint if k == 0 else " ") if g or k else ""
            text += sep + ln.text
            offsets.extend([ln.start] * len(sep))
            offsets.extend(range(ln.start, ln.end))
    return text, offsets


class _Row:
    """One row's lines cut into cells."""

    def __init__(self) -> None:
        self.task: list[Line] = []
        self.lead: list[Line] = []
        self.coords: list[list[Line]] = []
        self.product: list[Line] = []
        self.time: list[Line] = []


def _cut(body: list[Line]) -> tuple[_Row, int] | None:
    """The row's first part (above any page break) cut into cells, and how many of its lines the row takes (up
    to its time cell); None when no unit's name follows the task (a group row)."""
    row = _Row()
    k = 0
    while k < len(body) and not body[k].text:
        k += 1
    start = k
    while k < len(body) and not (body[k].text and k > start and _opens_unit(body, k)):
        if body[k].text:
            row.task.append(body[k])
        k += 1
    if k >= len(body) or not row.task:
        return None
    cells: list[list[tuple[int, Line]]] = [[]]
    for at in range(k, len(body)):
        line = body[at]
        if not line.text:
            if cells[-1]:
                cells.append([])
        elif cells[-1] and (
            not _goes_on(cells[-1][-1][1], line) or _cut_after_join([ln for _, ln in cells[-1]], body, at)
        ):
            cells.append([(at, line)])
        else:
            cells[-1].append((at, line))
    cells = [c for c in cells if c]
    taken = len(body)
    time_at = next((c for c in range(1, len(cells)) if is_time_cell(" ".join(ln.text for _, ln in cells[c]))), None)
    if time_at is not None:
        row.time = [ln for _, ln in cells[time_at]]
        taken = cells[time_at][-1][0] + 1
        cells = cells[:time_at]
    row.lead = [ln for _, ln in cells[0]]
    rest = [[ln for _, ln in c] for c in cells[1:]]
    while rest and _opens_unit(rest[0], 0):
        row.coords.append(rest.pop(0))
    row.product = [ln for c in rest for ln in c]
    if not row.time and row.product:
        _time_at_end(row)
    return row, taken


def _lead_on_task_line(row: _Row) -> None:
    """`… theo lộ trình phù hợp Bộ Y tế`: the lead's name printed at the end of the task's last line (its lines run
    together), in a row that shows no helpers' cell though the table has one: the name is split off as the lead, and
    the cell read as the lead is the helpers'. Not a name the task's words govern (`governs` of `[wrapped]`)."""
    last = row.task[-1]
    text = last.text
    for at, _ in head_starts(text):
        if not at:
            continue
        mention = read_unit(text, at)
        if mention is None or mention.end < len(text.rstrip(" .;,")):
            continue
        # the first name that runs to the line's end: split off unless it is one name's piece or the task governs it
        before = text[:at].rstrip()
        if (
            len(mention.names) == 1
            and before[-1:].isalpha()
            and before.split()[-1][:1].islower()
            and not f" {fold(before)}".endswith(_GOVERNS)
        ):
            head, tail = _split(last, at)
            row.task[-1] = head
            row.coords, row.lead = [row.lead], [tail]
        return


def _time_at_end(row: _Row) -> None:
    """`… văn bản phối hợp Thường xuyên`: the time cell printed on the product's last line, split off."""
    last = row.product[-1]
    for found in re.finditer(r"\s(?=[A-ZĐÀ-Ỹ])", last.text):
        if is_time_cell(last.text[found.end() :]):
            head, tail = _split(last, found.end())
            row.product[-1] = head
            row.time = [tail]
            return


def _go_on(row: _Row, more: list[Line]) -> None:
    """The lines of a row under a page break: the task's sentence first (unless it ended above), then the lead's
    name where it was cut after a joining word; the rest goes to the helpers or the product."""
    lines = [ln for ln in more if ln.text]
    k = 0
    last = row.task[-1].text if row.task else ""
    if not last.endswith((".", ";", "!")):
        widest = max((len(ln.text) for ln in row.task), default=0)
        while k < len(lines):
            line = lines[k]
            if k and _opens_unit(lines, k) and not _BULLET.match(line.text):
                break
            row.task.append(line)
            k += 1
            after = lines[k] if k < len(lines) else None
            bullet_next = after is not None and _BULLET.match(after.text) is not None
            if not bullet_next and (line.text.endswith(".") or len(line.text) < _SHORT_LINE * widest):
                break
    if k < len(lines) and row.lead and _goes_on(row.lead[-1], lines[k]):
        words = row.lead[-1].text.split()
        if words and words[-1].casefold() in _JOINS:
            row.lead.append(lines[k])
            k += 1
    rest = lines[k:]
    if not rest:
        return
    if row.coords and row.coords[-1][-1].text.endswith((",", ";")):
        row.coords[-1].extend(rest)
    else:
        row.product.extend(rest)


def _segment(number: Line, row: _Row, head: _Header) -> Segment:
    width = len(head.labels)
    cells: list[tuple[str, list[int]]] = [("", [])] * width
    cells[0] = _cell([[number]])
    cells[head.roles["task"]] = _cell([row.task])
    cells[head.roles["lead"]] = _cell([row.lead])
    if "coord" in head.roles:
        cells[head.roles["coord"]] = _cell(row.coords, "; ")
    others = [k for k in range(width) if k not in head.roles.values()]
    if others:
        cells[others[0]] = _cell([row.product])
    cells[head.roles["time"]] = _cell([row.time])
    texts, offsets = zip(*cells, strict=True)
    flat = [o for offs in offsets for o in offs]
    return Segment(text=" | ".join(texts), offsets=flat or [number.start], cells=list(texts), cell_offsets=list(offsets))


def _group(number: Line, label: list[Line]) -> Segment:
    cells = [_cell([[number]]), _cell([label])]
    texts, offsets = zip(*cells, strict=True)
    return Segment(text=" | ".join(texts), offsets=[o for offs in offsets for o in offs] or [number.start],
                   cells=list(texts), cell_offsets=list(offsets))


def wrapped_table(lines: Sequence[Line], i: int) -> tuple[list[Segment], int] | None:
    """The rows (the header's first) of a wrapped task table whose header starts at `i`, and the index of the line
    after it; None when no such table starts there."""
    found = _header(lines, i)
    if found is None:
        return None
    n, head = found
    texts, offsets = zip(*(_cell([label]) for label in head.labels), strict=True)
    rows = [Segment(text=" | ".join(texts), offsets=[o for offs in offsets for o in offs],
                    cells=list(texts), cell_offsets=list(offsets))]
    j = i + n
    above: tuple[int, ...] | None = None  # the number of the last numbered row
    roman = 0  # the last group row's Roman number
    tasks = 0
    while True:
        while j < len(lines) and (not lines[j].text or head.again(lines, j)):
            j += len(head.fragments) if lines[j].text else 1
        start = _row_start(lines[j].text) if j < len(lines) else None
        if start is None:
            break
        number, text = start
        if (number != roman + 1) if isinstance(number, int) else not _follows(above, number):
            break
        number_line, body = lines[j], []
        if text:
            number_line, rest = _split(lines[j], len(lines[j].text) - len(text))
            body.append(rest)
        numbered = above if isinstance(number, int) else number
        next_roman = (number if isinstance(number, int) else roman) + 1
        k = j + 1
        while k < len(lines) and k - j <= _MAX_ROW_LINES:
            nxt = _row_start(lines[k].text) if lines[k].text else None
            if nxt is not None and (nxt[0] == next_roman if isinstance(nxt[0], int) else _follows(numbered, nxt[0])):
                break
            body.append(lines[k])
            k += 1
        label = [ln for ln in body if ln.text]
        if isinstance(number, int):  # a group row numbered `II`
            roman = number
            rows.append(_group(number_line, label))
            j = k
            continue
        parts = _parts(body, head)
        cut = _cut(parts[0]) if parts else None
        if cut is None:  # a group row: no unit named after its label (`2. Đẩy mạnh …`)
            above = number
            rows.append(_group(number_line, label))
            j = k
            continue
        row, taken = cut
        if not row.time:
            break  # no time cell: no row of this table
        if "coord" in head.roles and not row.coords:
            _lead_on_task_line(row)
        for more in parts[1:]:
            _go_on(row, more)
        above = number
        tasks += 1
        rows.append(_segment(number_line, row, head))
        left = [ln for ln in parts[0][taken:] if ln.text]
        if len(parts) == 1 and left:
            j = next(p for p in range(j, k) if lines[p] is left[0])
            break  # lines after the time cell that open no row: the table ends
        j = k
    if not tasks:
        return None
    return rows, j


def _parts(body: list[Line], head: _Header) -> list[list[Line]]:
    """A row's lines split where the header is printed again (a page break within the row)."""
    parts: list[list[Line]] = [[]]
    k = 0
    while k < len(body):
        if body[k].text and head.again(body, k):
            parts.append([])
            k += len(head.fragments)
            continue
        parts[-1].append(body[k])
        k += 1
    return [p for p in parts if any(ln.text for ln in p)]
