"""Tables whose cells arrive one per line (a .docx table flattened by the reader): rebuilt into rows.

`TT / Nội dung nhiệm vụ / Cơ quan chủ trì / Thời gian` on consecutive short lines is a header of N columns;
each row then starts at a line holding only its number (`1`, `2.`, `II`) and its cells follow one per line,
an empty cell as an empty line. A cell of several paragraphs gives extra lines: they are taken as the longer
task cell. An empty line after a full row ends the table (the .docx reader puts one under each data table),
unless it is the empty number cell of a group row (`Lĩnh vực y tế`) that the next row's number follows.
The rows come back as `Segment`s with `cells`, like a pipe table.
"""

from __future__ import annotations

import re
from typing import Final

from chidao.documents.data.task_columns import (
    ANSWERABLE,
    CARRY_OUT,
    ROLES,
    labelled,
    task_column,
    task_header,
)
from chidao.documents.extract.segments import Segment
from chidao.documents.extract.wrapped_tables import wrapped_table
from chidao.documents.text import Line, fold

# `2`, `1.2` under a group row `1`; a group row numbered `II` or with a capital letter (`A`, `B`: parts of a plan);
# a row lettered under its group (`a)`, `đ)`)
_ROW_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVX]{1,4}|[A-HĐ])\.?|[a-hđ]\)")
_HEADER_FIRST: Final = re.compile(r"(?:S?TT|Số TT|Số thứ tự)\.?", re.I)
_HEADER_FIRST_LEN: Final = len("Số thứ tự.")  # the longest first header cell
_MAX_HEADER = 8
_MAX_EXTRA = 6
_MAX_GROUP_WORDS = 15  # the label of a group row (`Lĩnh vực y tế`)


def _header(lines: list[Line], i: int) -> int | None:
    """The number of header lines starting at `i` when they name a task table, else None."""
    if len(lines[i].text) > _HEADER_FIRST_LEN or not _HEADER_FIRST.fullmatch(lines[i].text):
        return None
    n = 1
    while i + n < len(lines) and n < _MAX_HEADER:
        text = lines[i + n].text
        if not text or _ROW_NUMBER.fullmatch(text) or len(text.split()) > 8:
            break
        n += 1
    labels = " | ".join(fold(lines[i + k].text) for k in range(n))
    if n >= 3 and task_header(labels):
        return n
    return None


def _pipe_header(lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
    """A header written as one row between pipes (`| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |`, its
    `| --- |` line under it), a label the extractor left on a line of its own after it (`Thời gian thực hiện`),
    then the rows' cells one per line: the lines it takes and its labels as lines, one a cell, else None."""
    text = lines[i].text
    if not text.startswith("|"):
        return None
    cells = [c.strip() for c in text.strip("|").split("|")]
    if len(cells) < 3 or not _HEADER_FIRST.fullmatch(cells[0]):
        return None
    j = i + 1
    if j < len(lines) and lines[j].text and not lines[j].text.strip("|-: "):
        j += 1  # the `| --- | --- |` line of a markdown table
    extra: list[Line] = []
    while j < len(lines) and len(extra) < 2 and lines[j].text and not lines[j].text.startswith("|"):
        label = fold(lines[j].text)
        if _ROW_NUMBER.fullmatch(lines[j].text) or len(label.split()) > 8 or not any(labelled(label, r) for r in ROLES):
            break
        extra.append(lines[j])
        j += 1
    if j + 1 >= len(lines) or not _ROW_NUMBER.fullmatch(lines[j].text) or lines[j + 1].text.startswith("|"):
        return None  # rows in pipes too: a table the segments read
    if not task_header(" | ".join(fold(c) for c in [*cells, *(ln.text for ln in extra)])):
        return None
    head, at = [], lines[i].start
    for c in cells:
        start = lines[i].start + text.find(c, at - lines[i].start) if c else at
        head.append(Line(lines[i].index, start, start + len(c), c))
        at = start + len(c)
    return j - i, [*head, *extra]


def _split_lead(header: list[Line]) -> list[Line]:
    """A header written on two rows comes as the first row's labels, then the labels under a split cell
    (`Đơn vị thực hiện` … `Thời gian`, then `Chủ trì`, `Phối hợp`): those take the split cell's place."""
    folded = [fold(ln.text) for ln in header]
    subs = 0
    while subs < len(header) - 2 and (labelled(folded[-1 - subs], "lead") or labelled(folded[-1 - subs], "coord")):
        subs += 1
    if not subs or not any(labelled(folded[-1 - k], "lead") for k in range(subs)):
        return header  # no `Chủ trì` below: `Đơn vị thực hiện` and `Đơn vị phối hợp` are columns side by side
    top = len(header) - subs
    split = next((g for g in range(top) if CARRY_OUT in folded[g] or ANSWERABLE in folded[g]), None)
    if split is None or any(labelled(c, "lead") for c in folded[:top]):
        return header
    return [*header[:split], *header[top:], *header[split + 1 : top]]


def _unnumbered_group(lines: list[Line], i: int) -> bool:
    """A group row with no number (`Lĩnh vực y tế` spanning the columns after an empty `TT` cell): an empty line,
    a short label that ends no sentence, then the next row's number."""
    return (
        i + 2 < len(lines)
        and not lines[i].text
        and bool(lines[i + 1].text)
        and not _ROW_NUMBER.fullmatch(lines[i + 1].text)
        and len(lines[i + 1].text.split()) <= _MAX_GROUP_WORDS
        and not lines[i + 1].text.endswith((".", ";", ":"))  # a sentence under the table
        and _ROW_NUMBER.fullmatch(lines[i + 2].text) is not None
    )


def _cell(lines: list[Line]) -> tuple[str, list[int]]:
    texts = [ln for ln in lines if ln.text]
    text = " ".join(ln.text for ln in texts)
    offsets: list[int] = []
    for k, ln in enumerate(texts):
        if k:
            offsets.append(ln.start)
        offsets.extend(range(ln.start, ln.end))
    return text, offsets


def _row(number: Line, body: list[Line], columns: int, task: int = 1) -> Segment:
    """Cells of one row: its number, then `columns - 1` cells, extra lines going to the task cell (column `task`,
    the second unless the header puts another first: `TT | Thời gian | Nội dung công việc | …`)."""
    extra = max(0, len(body) - (columns - 1))
    full = columns - 1
    if 0 < extra <= full - (task - 1) and body[full].text[:1].islower() and not body[task - 1].text.endswith((".", ";", ":")):
        # a row cut by a page break: each cell's first part, then the rest of the cells from the task cell on, in
        # order (the task cell's sentence runs on in lower case: `… thẩm định` / … / `kết quả giảm phát thải …`)
        groups = [[number], *[[ln] for ln in body[:full]]]
        for k, ln in enumerate(body[full:]):
            groups[task + k].append(ln)
    else:
        before = max(0, min(task - 1, len(body) - 1 - extra))  # the one-line cells before the task cell
        groups = [
            [number], *[[ln] for ln in body[:before]], body[before : before + 1 + extra],
            *[[ln] for ln in body[before + 1 + extra :]],
        ]
    cells, offsets = zip(*(_cell(g) for g in groups), strict=True)
    flat = [o for offs in offsets for o in offs]
    return Segment(text=" | ".join(cells), offsets=flat or [number.start], cells=list(cells), cell_offsets=list(offsets))


def line_tables(lines: list[Line]) -> tuple[list[Line], list[tuple[int, list[Segment]]]]:
    """The lines outside flattened tables, and each table's rows with the index (in the kept lines) it sits at."""
    kept: list[Line] = []
    tables: list[tuple[int, list[Segment]]] = []
    i = 0
    while i < len(lines):
        wrapped = wrapped_table(lines, i) if _HEADER_FIRST.fullmatch(lines[i].text) else None
        if wrapped is not None:  # a PDF's table, its cells wrapped line by line (extract/wrapped_tables.py)
            rows, end = wrapped
            tables.append((len(kept), rows))
            i = end
            continue
        n = _header(lines, i)
        piped = _pipe_header(lines, i) if n is None and lines[i].text.startswith("|") else None
        if piped is not None:
            n, header = piped  # (the lines it takes: the row in pipes, its `---` line, the labels left below)
        elif n is not None:
            header = _split_lead(lines[i : i + n])
        else:
            kept.append(lines[i])
            i += 1
            continue
        head_cells, head_offsets = zip(*(_cell([ln]) for ln in header), strict=True)
        rows = [Segment(text=" | ".join(head_cells), offsets=[o for offs in head_offsets for o in offs],
                        cells=list(head_cells), cell_offsets=list(head_offsets))]
        task = task_column(["", *(fold(label) for label in head_cells[1:])]) or 1
        j = i + n
        while j < len(lines) and (_ROW_NUMBER.fullmatch(lines[j].text) or _unnumbered_group(lines, j)):
            k = j + 1
            while k < len(lines) and not _ROW_NUMBER.fullmatch(lines[k].text) and k - j <= len(header) + _MAX_EXTRA:
                if re.match(r"[IVX]{1,4}\.\s+\S|\d{1,2}\.\s+[A-ZĐ]", lines[k].text):
                    break
                if not lines[k].text and k - j > len(header) - 1:
                    break  # an empty line after a full row: the end of the table (a .docx table's last line),
                    # unless a group row with no number follows it (`_unnumbered_group`)
                k += 1
            rows.append(_row(lines[j], lines[j + 1 : k], len(header), task))
            j = k
        tables.append((len(kept), rows))
        i = j
    return kept, tables
