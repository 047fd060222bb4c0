"""Tables laid out with spaces (text exported from a PDF with its layout kept), rebuilt into rows.

The header lines give each column's position (`TT`, `Nhiệm vụ`, `Cơ quan chủ trì`, `Thời hạn` ...). Every
line of the table is cut into chunks at runs of spaces, and each chunk goes to the column its position falls
in; a chunk that runs over the next column's start is cut before the first capitalised word (or number)
there, unless a unit's name runs on (`Đảng ủy UBND`) or the line's next chunk starts in that same column (a
cell's line is one chunk: the words that run over end the chunk's own cell); a person in charge (`Đồng chí ...`) named in the units'
column goes to the column right of it. A row is the lines around a row number in the `TT` column, up to a blank line or the next number.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import Final

from chidao.documents.data.formal import formal_labels
from chidao.documents.data.task_columns import AGENT_LABEL, LABELS, PERSON, ROLE_WORDS, labelled
from chidao.documents.extract.assignees import read_unit
from chidao.documents.extract.deadlines import find_deadline
from chidao.documents.extract.segments import Segment
from chidao.documents.text import Line, fold

_CHUNK: Final = re.compile(r"\S+(?: \S+)*")
# The document's next part: a numbered heading in capitals (`III. TỔ CHỨC THỰC HIỆN`); a table's own group
# rows are written in sentence case (`II   Nhiệm vụ thực hiện theo lộ trình`).
_HEADING: Final = re.compile(r"(?:[IVX]{1,4}|\d{1,2})\.\s+[A-ZĐÀ-Ỹ]{2,}\s+[A-ZĐÀ-Ỹ]{2,}(?:[\s,]+[A-ZĐÀ-Ỹ]+)*\s*:?$")
_PAGE_NUMBER: Final = re.compile(r"\d{1,3}")
_WORD = re.compile(r"\S+")
_FIGURE = re.compile(r"[\d/.]*\d[\d/.]*|[-–]")
_GAP: Final = re.compile(r"\S {3,}\S")
_ROW_NUMBER = re.compile(r"(?:[IVX]{1,4}(?:\.\d{1,2})?|\d{1,3}(?:\.\d{1,2}){0,2})\.?")  # `2`, `II.1`, `1.2`
_GLUED_NUMBER = re.compile(rf"({_ROW_NUMBER.pattern}) (?=[^\W\d_])")
_SECTION = re.compile(r"[IVX]{1,4}(?:\.\d{1,2})?\.?")  # a group of rows: `II`, `II.3`


@dataclass
class _Column:
    x: int
    labels: list[str] = field(default_factory=list)
    role: str | None = None


def _chunks(line: Line, text: str) -> list[tuple[int, int, str]]:
    """(x, offset in doc.text, text) of each chunk of the line; x counts from the start of the raw line."""
    raw_start = text.rfind("\n", 0, line.start) + 1
    return [
        (line.start - raw_start + m.start(), line.start + m.start(), m.group(0)) for m in _CHUNK.finditer(line.text)
    ]


class _Folds:
    """The fold of each line, worked out once: a line is read in up to seven header blocks (every line with a
    gap may open one). The fold of lines joined by spaces is their folds joined so (`fold` folds each character
    alone and makes the spaces single), less the empty ones."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.folded: dict[int, str] = {}

    def joined(self, start: int, end: int) -> str:
        """`fold(" ".join(ln.text for ln in self.lines[start:end]))`."""
        out = []
        for k in range(start, min(end, len(self.lines))):
            folded = self.folded.get(k)
            if folded is None:
                folded = self.folded[k] = fold(self.lines[k].text)
            if folded:
                out.append(folded)
        return " ".join(out)


# The most words a column's label holds on the header's first line (`Cơ quan, đơn vị chủ trì thực hiện`): a longer
# piece is a sentence of the body that holds a gap of spaces, as a web copy's indent leaves inside a paragraph
_HEADER_CELL_WORDS = 10


def _header(lines: list[Line], i: int, text: str, folds: _Folds | None = None) -> tuple[list[_Column], int] | None:
    """Columns of a header block starting at line `i`, and the number of header lines (`folds`: the lines' folds,
    where the caller keeps them)."""
    if i >= len(lines) or "   " not in lines[i].text or not _GAP.search(lines[i].text):  # a gap has 3 spaces
        return None
    block = lines[i : i + 6]
    before = lines[i - 1] if i else None
    first = i
    if before is not None and before.text and len(before.text.split()) <= 3 and _chunks(before, text)[0][0] > 20:
        block = [before, *block]  # a label set higher than the others (`Thời hạn` over `thực hiện`)
        first = i - 1
    folds = folds or _Folds(lines)
    joined = f" {folds.joined(first, i + 6)} "
    agent = AGENT_LABEL.search(joined) is not None
    wrapped_lead = any(all(f" {w} " in joined for w in label.split()) for label in LABELS["lead"])
    if not (wrapped_lead or agent) or not labelled(joined, "task"):
        return None  # the labels may wrap (`Cơ quan chủ` over `trì`): read whole column by column below
    columns: list[_Column] = []
    used = 0
    for n, line in enumerate(block):
        chunks = _chunks(line, text)
        if not line.text or (n and not _GAP.search(line.text) and len(line.text) > 40):
            break
        if n and (_ROW_NUMBER.fullmatch(chunks[0][2].split()[0]) or any(len(c[2].split()) > 5 for c in chunks)):
            break
        if not n and any(len(c[2].split()) > _HEADER_CELL_WORDS for c in chunks):
            return None  # a sentence with a gap in it (`… chủ trì cuộc họp.      Qua nghe …`), no column's label
        used = n + 1
        for x, _, label in chunks:
            col = next((c for c in columns if abs(c.x - x) <= 6), None)
            if col is None:
                columns.append(_Column(x, [label]))
            else:
                col.labels.append(label)
    if not any(labelled(fold(" ".join(col.labels)), "lead") for col in columns) and not agent:
        return None
    for col in columns:
        folded = fold(" ".join(col.labels))
        col.role = next((role for role, word in ROLE_WORDS if word in folded.split() or word in folded), None)
    if "lead" not in {c.role for c in columns}:  # `Cơ quan thực hiện`: the units that carry the task out
        col = next((c for c in columns if c.role is None and AGENT_LABEL.search(fold(" ".join(c.labels)))), None)
        if col is not None:
            col.role = "agent"
    columns.sort(key=lambda c: c.x)
    roles = {c.role for c in columns}
    labels = fold(" ".join(label for c in columns for label in c.labels))
    if "task" not in roles or not roles & {"lead", "agent"} or "muc tieu" in labels or "chi tieu" in labels:
        return None  # a table of targets (chỉ tiêu), not of tasks
    return columns, used


def _bounds(columns: list[_Column]) -> list[int]:
    return [(a.x + b.x) // 2 for a, b in itertools.pairwise(columns)]


def _place(line: Line, text: str, columns: list[_Column], bounds: list[int]) -> dict[str, list[tuple[str, int]]]:
    """The line's chunks by column role, with their offsets; long chunks are cut at column starts (`bounds`, the
    borders between the columns sorted by position, tell which column an x falls in)."""
    out: dict[str, list[tuple[str, int]]] = {}
    chunks = _chunks(line, text)
    for i, (x, start, chunk) in enumerate(chunks):
        k = bisect.bisect_right(bounds, x)
        # the column the line's next chunk starts in: a cell's line is one chunk, so the words of this one that
        # run over into that same column are the end of this cell (`... Sở Tài chính Các` before `tỉnh`)
        next_column = bisect.bisect_right(bounds, chunks[i + 1][0]) if i + 1 < len(chunks) else None
        if columns[k].role == "number" and not _ROW_NUMBER.fullmatch(chunk) and k + 1 < len(columns):
            glued = _GLUED_NUMBER.match(chunk)  # `16 Xây dựng …`: the number one space from its task
            if glued:
                _put(out, columns[k], glued.group(1), start)
                x, start, chunk = x + glued.end(), start + glued.end(), chunk[glued.end() :]
            k += 1  # text written from the left margin belongs to the task, not to the number column
        if columns[k].role in ("lead", "coord", "agent") and k + 1 < len(columns):
            person = PERSON.search(chunk)  # a person in charge (`[person]`), in the column right of the units
            if person is not None and x + person.start() >= bounds[k] - 8:
                if person.start():
                    _put(out, columns[k], chunk[: person.start()].rstrip(), start)
                x, start, chunk = x + person.start(), start + person.start(), chunk[person.start() :]
                k += 1
        piece = 0  # where the piece of the chunk going to column k starts
        if k < len(bounds) and x + chunk.rfind(" ") + 1 >= bounds[k] - 3:  # a word may start in the next column
            words = list(_WORD.finditer(chunk))  # a chunk is words parted by single spaces
            for n, word in enumerate(words):
                at = word.start()
                if k >= len(bounds) or x + at < bounds[k] - 3 or at <= piece:
                    continue
                if _name_runs_on(chunk, piece, word, columns[k].role, columns[k + 1].role):
                    continue
                cut = _cut(chunk, words, n, piece, columns[k + 1].role)
                if cut is not None and bisect.bisect_right(bounds, x + at) == next_column:
                    break  # the rest of the chunk stays in its column
                if cut is not None:
                    if cut > piece:
                        _put(out, columns[k], chunk[piece:cut].rstrip(), start + piece)
                    piece = cut
                    k = bisect.bisect_right(bounds, x + at)
        _put(out, columns[k], chunk[piece:], start + piece)
    return out


def _name_runs_on(chunk: str, piece: int, word: re.Match[str], role: str | None, next_role: str | None) -> bool:
    """Does a unit's name read from `piece` run on past `word` (`Đảng ủy UBND` over the start of a column of the
    people in charge, where `UBND` is still the unit's; not `Đảng ủy Tỉnh ủy viên`, a person's title)?"""
    if role not in ("lead", "coord", "agent") or next_role is not None or PERSON.match(chunk, word.start()):
        return False
    unit = read_unit(chunk, piece)
    return unit is not None and unit.end >= word.end()


def _cut(chunk: str, words: list[re.Match[str]], n: int, piece: int, role: str | None) -> int | None:
    """Where the chunk goes on into the next column when word `n` starts there: before a capitalised word or a
    number; into a time column only before the words of a deadline (`Trước ngày …`, `2026 - 2030`, taken
    whole), as a name in the column before may also run over (`… Phó Chủ 2029 - 2030`)."""
    word = words[n].group(0)
    if role != "time":
        return words[n].start() if word[:1].isupper() or word[:1].isdigit() else None
    if not word[:1].isdigit():
        found = find_deadline(chunk[words[n].start() :]) if word[:1].isupper() else None
        return words[n].start() if found is not None and found.span is not None and found.span[0] == 0 else None
    while n and words[n - 1].start() >= piece and _FIGURE.fullmatch(words[n - 1].group(0)):
        n -= 1  # the first year of a range set left of the column start
    return words[n].start()


def _put(out: dict[str, list[tuple[str, int]]], column: _Column, piece: str, start: int) -> None:
    if column.role:
        out.setdefault(column.role, []).append((piece, start))


def layout_tables(lines: list[Line], text: str) -> tuple[list[Line], list[tuple[int, list[Segment]]]]:
    """The lines outside space-laid-out task tables, and each table's rows with where they sit."""
    kept: list[Line] = []
    tables: list[tuple[int, list[Segment]]] = []
    if not any("   " in line.text for line in lines):  # no line with a gap, so no header of such a table
        return list(lines), tables
    folds = _Folds(lines)
    i = 0
    while i < len(lines):
        head = _header(lines, i, text, folds)
        if head is None:
            kept.append(lines[i])
            i += 1
            continue
        columns, used = head
        bounds = _bounds(columns)
        j = i + used
        placed: list[tuple[Line, dict[str, list[tuple[str, int]]]]] = []
        where: list[int] = []  # the index in `lines` of each placed line
        while j < len(lines):
            line = lines[j]
            if line.text and not _GAP.search(line.text) and len(line.text) > 60 and not placed[-1:]:
                break
            repeated = _header(lines, j, text, folds)
            if repeated is not None:
                j += repeated[1]
                continue
            if line.text.startswith((formal_labels().annex.upper(), formal_labels().annex)) or _HEADING.match(line.text):  # what follows the table
                break
            if _PAGE_NUMBER.fullmatch(line.text) and _chunks(line, text)[0][0] > bounds[0]:
                line = Line(line.index, line.start, line.start, "")  # a page number between rows: a break
            placed.append((line, _place(line, text, columns, bounds) if line.text else {}))
            where.append(j)
            j += 1
        rows, last = _rows(placed, columns)
        tables.append((len(kept), rows))
        after = next((n + 1 for n in range(last + 1, len(placed)) if not placed[n][0].text), len(placed))
        numbered = any(_ROW_NUMBER.fullmatch(c) for _, cells in placed[after:] for c, _ in cells.get("number", []))
        # lines past a blank after the last row, with no row number among them: not the table's
        i = where[after] if rows and after < len(placed) and not numbered else j
    return kept, tables


def _rows(
    placed: list[tuple[Line, dict[str, list[tuple[str, int]]]]], columns: list[_Column]
) -> tuple[list[Segment], int]:
    """Group placed lines into rows around their row numbers (`_spans`); a section heading (`II`, `II.3`) is a
    row of its own line and not a task. Also the index of the last placed line in a row (-1: none)."""
    numbers = [
        n for n, (_, cells) in enumerate(placed)
        if any(_ROW_NUMBER.fullmatch(c) for c, _ in cells.get("number", []))
    ]
    sections = {n for n in numbers if any(_SECTION.fullmatch(c) for c, _ in placed[n][1].get("number", []))}
    roles = [c.role for c in columns if c.role in ("number", "task", "lead", "agent", "coord", "time")]
    lead = roles.index("lead" if "lead" in roles else "agent")
    header = Segment(text=" | ".join(roles), offsets=[0], cells=[_label(r) for r in roles],
                     cell_offsets=[[] for _ in roles])
    rows = [header]
    spans = _spans(placed, numbers, sections)
    for at, (lo, hi) in zip(numbers, spans, strict=True):
        if at in sections:
            continue
        cells: dict[str, list[tuple[str, int]]] = {}
        for _, placed_cells in placed[lo : hi + 1]:
            for role, parts in placed_cells.items():
                cells.setdefault(role, []).extend(parts)
        joined = [_join(cells.get(r, [])) for r in roles]
        texts = [t for t, _ in joined]
        offsets = [o for _, o in joined]
        if texts[roles.index("task")] and texts[lead]:
            flat = [o for offs in offsets for o in offs]
            rows.append(
                Segment(text=" | ".join(texts), offsets=flat, cells=texts, cell_offsets=offsets, layout=True)
            )
    return (rows if len(rows) > 1 else []), max((hi for _, hi in spans), default=-1)


def _task_start(cells: dict[str, list[tuple[str, int]]]) -> bool | None:
    """Whether the line's task text starts with a capital (a row's first line does); None without task text."""
    parts = cells.get("task")
    if not parts:
        return None
    return parts[0][0][:1].isupper()


def _spans(
    placed: list[tuple[Line, dict[str, list[tuple[str, int]]]]], numbers: list[int], sections: set[int]
) -> list[tuple[int, int]]:
    """The first and last placed line of the row around each row number.

    A blank line ends a row. Between two numbers with no blank line, the next row starts at a line whose task
    text starts with a capital, the one nearest where it is expected: right after the number line's row when
    writers put the number level with the row's first line, else where the row above ends when it is centred
    on its number (as many writers centre a cell's text vertically). A section heading is its own line."""
    last = len(placed) - 1
    tasks = [_task_start(cells) for _, cells in placed]
    level = [tasks[n] is True for n in numbers if n not in sections and tasks[n] is not None]
    top = bool(level) and sum(level) >= 0.8 * len(level)  # numbers level with the rows' first lines
    spans: list[tuple[int, int]] = []
    start = 0
    for k, at in enumerate(numbers):
        for n in range(at - 1, start - 1, -1):
            if not placed[n][0].text:
                start = n + 1
                break
        if at in sections:
            spans.append((at, at))
            start = at + 1
            continue
        nxt = numbers[k + 1] if k + 1 < len(numbers) else None
        end = last if nxt is None else nxt - 1
        for n in range(at + 1, end + 1):
            if not placed[n][0].text:
                end = n - 1
                break
        else:
            if nxt is not None and nxt not in sections and nxt - at > 1:
                expected = nxt if top else min(max(2 * at - start + 1, at + 1), nxt)
                starts = [n for n in range(at + 1, nxt + 1) if tasks[n]]
                split = min(starts, key=lambda n: (abs(n - expected), -n)) if starts else expected
                end = split - 1
        spans.append((start, end))
        start = end + 1
    return spans


def _join(parts: list[tuple[str, int]]) -> tuple[str, list[int]]:
    """Chunks of one cell joined by a space, with the doc.text offset of every character."""
    text = ""
    offsets: list[int] = []
    for part, start in parts:
        if text:
            text += " "
            offsets.append(start)
        text += part
        offsets.extend(range(start, start + len(part)))
    return text, offsets


def _label(role: str | None) -> str:
    return {"number": "TT", "task": "Nội dung", "lead": "Cơ quan chủ trì", "agent": "Cơ quan thực hiện",
            "coord": "Cơ quan phối hợp",
            "time": "Thời gian"}.get(role or "", "")
