"""Ruled tables of a PDF page rebuilt row by row from the page's ruling lines.

A writer draws a table's cells as text objects, one wrapped line after another, and its borders as thin
path objects. Here the borders make a grid; each row of a grid with three columns or more becomes one line
`| STT | Nội dung | Chủ trì | Phối hợp | Thời hạn |`, a cell's wrapped lines joined by spaces, as the task
table reader (`extract.task_tables`) reads pipe rows. A cell merged across columns (no border between
them in that row) is one cell; a cell merged down over rows (no border between them in that column: one lead unit
for several tasks) is read in each of its rows. Two-column grids (a ruled header) are left to the line reader. A row that a
page break cut in two is joined again once the pages are read (`join_rows_across_pages`); its rest on the next
page may be a grid of that one row alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from chidao.documents.data.task_columns import CARRY_OUT, labelled
from chidao.documents.readers.docx_body import paragraph_joint
from chidao.documents.readers.pdf_lines import Char, LayoutLine, in_lines, join_wrapped
from chidao.documents.text import fold

_TOLERANCE = 2.0  # points: borders this close meet, and positions this close are one
_THIN = 2.5  # a path this thin in one direction is a ruling line
_MIN_LENGTH = 8.0
_MIN_COLUMNS = 3

Box = tuple[float, float, float, float]  # left, bottom, right, top


@dataclass(frozen=True, slots=True)
class _Rule:
    horizontal: bool
    at: float  # y of a horizontal rule, x of a vertical one
    low: float  # its extent along the other axis
    high: float

    def meets(self, other: _Rule) -> bool:
        if self.horizontal == other.horizontal:
            return (
                abs(self.at - other.at) <= _TOLERANCE
                and min(self.high, other.high) >= max(self.low, other.low) - _TOLERANCE
            )
        return (
            self.low - _TOLERANCE <= other.at <= self.high + _TOLERANCE
            and other.low - _TOLERANCE <= self.at <= other.high + _TOLERANCE
        )


@dataclass(frozen=True, slots=True)
class Grid:
    """A table's column borders (x, left to right) and row borders (y, top to bottom), with its rules."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    verticals: tuple[_Rule, ...]
    horizontals: tuple[_Rule, ...] = ()

    def cell(self, c: Char) -> tuple[int, int] | None:
        """(row, column) of the cell holding the character's centre, merged cells counted as their first."""
        x, y = (c.left + c.right) / 2, (c.bottom + c.top) / 2
        if not (self.xs[0] < x < self.xs[-1] and self.ys[-1] < y < self.ys[0]):
            return None
        row = next(k for k in range(len(self.ys) - 1) if self.ys[k + 1] <= y)
        mid = (self.ys[row] + self.ys[row + 1]) / 2
        column = 0
        for k, border in enumerate(self.xs[1:-1], start=1):
            if border < x and any(
                abs(v.at - border) <= _TOLERANCE and v.low <= mid <= v.high for v in self.verticals
            ):
                column = k
        return row, column


def rules(boxes: list[Box]) -> list[_Rule]:
    """The thin horizontal and vertical boxes among the page's path objects."""
    out = []
    for left, bottom, right, top in boxes:
        width, height = right - left, top - bottom
        if height <= _THIN and width >= _MIN_LENGTH:
            out.append(_Rule(True, (bottom + top) / 2, left, right))
        elif width <= _THIN and height >= _MIN_LENGTH:
            out.append(_Rule(False, (left + right) / 2, bottom, top))
    return out


def grids(boxes: list[Box]) -> list[Grid]:
    """Tables of three columns or more drawn by the ruling lines among `boxes`, one row at least: the rest of a
    row that a page break cut is a table of one row on the next page."""
    found = rules(boxes)
    groups: list[list[_Rule]] = []
    for rule in found:
        touching = [g for g in groups if any(rule.meets(other) for other in g)]
        merged = [rule] + [r for g in touching for r in g]
        groups = [g for g in groups if g not in touching] + [merged]
    out = []
    for group in groups:
        xs = _positions(r.at for r in group if not r.horizontal)
        ys = _positions(r.at for r in group if r.horizontal)[::-1]
        if len(xs) >= _MIN_COLUMNS + 1 and len(ys) >= 2:
            out.append(
                Grid(
                    tuple(xs),
                    tuple(ys),
                    tuple(r for r in group if not r.horizontal),
                    tuple(r for r in group if r.horizontal),
                )
            )
    return out


def _positions(values: Iterable[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > _TOLERANCE:
            out.append(value)
    return out


def with_table_rows(chars: list[Char], tables: list[Grid]) -> list[Char]:
    """`chars` with each table row replaced by one character holding the row's pipe line, on a line of its
    own where the row's first character was (pdfium's `\\n` separates lines)."""
    if not tables:
        return chars
    cells: dict[tuple[int, int, int], list[Char]] = {}
    placed: dict[int, tuple[int, int, int]] = {}  # char index → (table, row, column)
    last: tuple[int, int, int] | None = None
    where: tuple[int, int] | None
    for i, c in enumerate(chars):
        if c.visible:
            last = None
            for t, grid in enumerate(tables):
                if (where := grid.cell(c)) is not None:
                    last = (t, *where)
                    break
        if last is not None:
            placed[i] = last
            cells.setdefault(last, []).append(c)
    out: list[Char] = []
    done: set[tuple[int, int]] = set()
    for i, c in enumerate(chars):
        at = placed.get(i)
        if at is None:
            if not (c.ch == "\n" and out and out[-1].ch == "\n"):
                out.append(c)
            continue
        row = at[:2]
        if row in done:
            continue
        done.add(row)
        out.extend([Char("\n", 0, 0, 0, 0), _row_char(tables[row[0]], *row, cells), Char("\n", 0, 0, 0, 0)])
    return out


def _row_char(grid: Grid, table: int, row: int, cells: dict[tuple[int, int, int], list[Char]]) -> Char:
    texts = []
    for column in range(len(grid.xs) - 1):
        chars = cells.get((table, row, column))
        if chars is None and column > 0 and _merged(grid, row, column):
            continue
        rows = _rows_merged_down(grid, row, column)
        if len(rows) > 1:
            chars = [c for r in rows for c in cells.get((table, r, column), [])] or None
            if chars is None and rows[0] == 0:
                texts.append(CARRIED)  # merged down from the last row of the page before (`join_rows_across_pages`)
                continue
        texts.append(_cell_text(in_lines(chars or []), _inner_width(grid, row, column)))
    first = [c for key, chars in cells.items() if key[:2] == (table, row) for c in chars if c.visible]
    top = max(c.top for c in first)
    line = [c for c in first if c.top >= top - 0.5 * (top - min(c.bottom for c in first))]
    text = "| " + " | ".join(t.strip() for t in texts) + " |"
    return Char(text, grid.xs[0], min(c.bottom for c in line), grid.xs[-1], top)


_CELL_PADDING = 5.4  # points each side: Word's default cell margin (LibreOffice's is narrower)
_SPACE = 0.3  # line heights: the width of a space


def _cell_text(lines: list[list[Char]], width: float) -> str:
    """A cell's lines as one: wrapped lines joined by a space (`join_wrapped`), but a line after which the next
    line's first word would still have fitted ended its paragraph (`Sở Tư pháp` / `Sở Nông nghiệp và Môi
    trường`), and the two paragraphs join as a .docx cell's do (`paragraph_joint`). Fitted means within the
    cell's widest line as well as its borders: a writer's margins and letter widths are not known here."""
    widest = max((_used(line) for line in lines), default=0.0)
    width = min(width, widest)
    out = ""
    previous: list[Char] = []
    for line in lines:
        text = " ".join("".join(c.ch for c in line).split())
        if not text:
            continue
        if out and _ends_paragraph(previous, line, width):
            out += paragraph_joint(out, text) + text
        else:
            out = join_wrapped([out, text])
        previous = line
    return out


def _ends_paragraph(line: list[Char], following: list[Char], width: float) -> bool:
    shown = [c for c in line if c.visible]
    ahead = [c for c in following if c.visible]
    if not shown or not ahead:
        return False
    word: list[Char] = []
    for c in following:
        if c.visible:
            word.append(c)
        elif word:
            break
    height = max(c.top - c.bottom for c in shown)
    return _used(line) + _SPACE * height + (word[-1].right - word[0].left) < width


def _used(line: list[Char]) -> float:
    shown = [c for c in line if c.visible]
    return max(c.right for c in shown) - min(c.left for c in shown) if shown else 0.0


def _inner_width(grid: Grid, row: int, column: int) -> float:
    """The width a cell's text may take: from its left border to the next border drawn in its row, less the
    padding."""
    right = column + 1
    while right < len(grid.xs) - 1 and _merged(grid, row, right):
        right += 1
    return grid.xs[right] - grid.xs[column] - 2 * _CELL_PADDING


# A cell of a page's first rows merged down from the page before (a lead unit's cell over rows a page break
# parts): its text is that of the cell above the break, filled in by `join_rows_across_pages`.
CARRIED = "\ue000"


def join_rows_across_pages(pages: list[str | None]) -> list[str | None]:
    """Page texts with a table row that a page break cut in two joined again, cell by cell. Office writers let
    a row break across pages: the next page's table starts with the rest of the row, its number cell empty
    (`| 5. | Ứng dụng công nghệ | … |` … `|  | viễn thám thực hiện … |`), after the header row when the table
    repeats it on each page. A cell merged down over the break (`CARRIED`) takes the text of the cell above it."""
    out = list(pages)
    for k in range(1, len(out)):
        before, after = out[k - 1], out[k]
        if not before or not after:
            continue
        above = before.rstrip("\n").split("\n")
        below = after.lstrip("\n").split("\n")
        seen = set(above)
        at = 0
        while at < len(below) - 1 and below[at] in seen and _pipe_cells(below[at]) is not None:
            at += 1  # a header row repeated on the new page
        head, tail = _pipe_cells(above[-1]), _pipe_cells(below[at])
        cut = (
            head is not None and tail is not None and len(head) == len(tail) and not tail[0]
            and any(c.replace(CARRIED, "") for c in tail)
        )
        if head is not None and _carry_down(below, at, head, cut):
            out[k] = after = "\n".join(below)
            tail = _pipe_cells(below[at])
        if not cut or head is None or tail is None:
            continue
        joined = [join_wrapped([a, b]) for a, b in zip(head, tail, strict=True)]
        above[-1] = "| " + " | ".join(joined) + " |"
        out[k - 1] = "\n".join(above)
        out[k] = "\n".join(below[:at] + below[at + 1 :])
    return [page.replace(CARRIED, "") if page else page for page in out]


def _carry_down(rows: list[str], at: int, head: list[str], cut: bool) -> bool:
    """The page's first table rows (from `at`) with their `CARRIED` cells given the text of `head`'s (the last
    row of the page before); the rest of a cut row (`cut`) takes none, as it joins that row. True when any was."""
    done = False
    for i in range(at, len(rows)):
        cells = _pipe_cells(rows[i])
        if cells is None or CARRIED not in "".join(cells):
            break
        if len(cells) == len(head):
            keep = cut and i == at
            cells = [("" if keep else head[c]) if v == CARRIED else v for c, v in enumerate(cells)]
            rows[i] = "| " + " | ".join(cells) + " |"
            done = True
    return done


def _pipe_cells(line: str) -> list[str] | None:
    line = line.strip()
    if len(line) < 2 or not (line.startswith("|") and line.endswith("|")):
        return None
    return [cell.strip() for cell in line[1:-1].split("|")]


def _rows_merged_down(grid: Grid, row: int, column: int) -> list[int]:
    """The rows of the cell at (row, column) when it is merged down over several: no row border crosses the
    column between them. A grid read without its row borders (`horizontals` empty) merges nothing."""
    if not grid.horizontals:
        return [row]
    mid = (grid.xs[column] + grid.xs[column + 1]) / 2

    def ruled(k: int) -> bool:  # a border at the top of row k
        return any(abs(h.at - grid.ys[k]) <= _TOLERANCE and h.low <= mid <= h.high for h in grid.horizontals)

    first = row
    while first > 0 and not ruled(first):
        first -= 1
    last = row
    while last + 1 < len(grid.ys) - 1 and not ruled(last + 1):
        last += 1
    return list(range(first, last + 1))


def _merged(grid: Grid, row: int, column: int) -> bool:
    mid = (grid.ys[row] + grid.ys[row + 1]) / 2
    border = grid.xs[column]
    return not any(abs(v.at - border) <= _TOLERANCE and v.low <= mid <= v.high for v in grid.verticals)


_HEADER_LINES = 4  # a header's labels may wrap onto this many lines (`Cơ quan` / `chủ trì`)
_COLUMN_GAP = 1.2  # line heights: a gap this wide parts two cells of one line
_WORD_GAP = 0.12  # line heights: a gap this wide parts two words
_LEAD_LABEL = re.compile(r"chủ\s+trì|thực\s+hiện")  # a task table names its lead unit's column so
_ROW_START = re.compile(r"(?:\d{1,3}|[IVX]{1,4})\.?(?:\s|$)")


def with_layout_rows(chars: list[Char]) -> list[Char]:
    """`chars` with a task table drawn without ruling lines replaced by its lines laid out with spaces, one
    `LayoutLine` per baseline from the header (`TT | Nội dung | … chủ trì | …` labels, perhaps wrapped) down to
    the first line that runs across the columns (a paragraph after the table). Writers emit such a table cell
    by cell, so the characters are regrouped by baseline here; the extractor's space-laid-out table reader
    (`extract.layout_tables`) then finds the rows."""
    text = "".join(c.ch for c in chars if len(c.ch) == 1).lower()
    if not _LEAD_LABEL.search(text):
        return chars
    short = [line for line in text.split("\n") if len(line.split()) <= 6]  # a header's labels are short lines
    if not any("nội dung" in line or "nhiệm vụ" in line for line in short) or not any(
        "chủ" in line or "trì" in line or "thực hiện" in line for line in short
    ):
        return chars
    visible = [(i, c) for i, c in enumerate(chars) if c.visible and len(c.ch) == 1]
    if not visible:
        return chars
    lines = _baselines(visible)
    found = _layout_table(lines)
    if found is None:
        return chars
    first, last, centres = found
    region = {i for line in lines[first : last + 1] for i, _ in line}
    layout = _laid_out(lines[first : last + 1], _borders(lines[first : last + 1], centres))
    out: list[Char] = []
    inside = False
    emitted = False
    for i, c in enumerate(chars):
        if i in region:
            inside = True
            if not emitted:
                emitted = True
                for line in layout:
                    out.extend([Char("\n", 0, 0, 0, 0), line])
                blank = LayoutLine(" ", 0, 0, 0, 0)  # a blank line: the text after is not the table's
                out.extend([Char("\n", 0, 0, 0, 0), blank, Char("\n", 0, 0, 0, 0)])
            continue
        if inside and not c.visible:
            continue  # the spaces and line ends between the table's characters
        inside = False
        out.append(c)
    return out


def _baselines(visible: list[tuple[int, Char]]) -> list[list[tuple[int, Char]]]:
    """The characters grouped by baseline, top to bottom, each group left to right."""
    ordered = sorted(visible, key=lambda ic: -ic[1].bottom)
    lines: list[list[tuple[int, Char]]] = []
    base = 0.0
    for i, c in ordered:
        height = max(c.top - c.bottom, 1.0)
        if lines and abs(c.bottom - base) < 0.35 * height:
            lines[-1].append((i, c))
        else:
            lines.append([(i, c)])
            base = c.bottom
    for line in lines:
        line.sort(key=lambda ic: ic[1].left)
    return lines


def _height(line: list[tuple[int, Char]]) -> float:
    heights = sorted(c.top - c.bottom for _, c in line)
    return max(heights[len(heights) // 2], 1.0)


def _cells(line: list[tuple[int, Char]], borders: list[float] | None = None) -> list[tuple[float, float, str]]:
    """(left, right, text) of each cell of a line: runs of characters parted by column gaps, or that cross
    one of the `borders` between columns."""
    height = _height(line)
    out: list[tuple[float, float, str]] = []
    text = ""
    left = right = 0.0
    for _, c in line:
        crossed = borders is not None and any(right <= x + 1 <= c.left + 2 for x in borders)
        if text and (c.left - right > _COLUMN_GAP * height or (crossed and c.left - right > _WORD_GAP * height)):
            out.append((left, right, text))
            text = ""
        if not text:
            left = c.left
        elif c.left - right > _WORD_GAP * height:
            text += " "
        text += c.ch
        right = c.right
    if text:
        out.append((left, right, text))
    return out


def _layout_table(lines: list[list[tuple[int, Char]]]) -> tuple[int, int, list[float]] | None:
    """The first and last baseline of a task table without ruling lines and its header labels' centres, or
    None."""
    every = [_cells(line) for line in lines]
    for k in range(len(lines)):
        band = lines[k : k + _HEADER_LINES]
        cells = every[k : k + _HEADER_LINES]
        if len(cells[0]) < 2:
            continue
        used = 1
        while used < len(band) and len(" ".join(t for _, _, t in cells[used]).split()) <= 12:
            if cells[used] and _ROW_START.match(cells[used][0][2]):
                break  # the first row
            used += 1
        spans = sorted((left, right, n, text) for n, line in enumerate(cells[:used]) for left, right, text in line)
        merged: list[list[float]] = []
        texts: list[list[tuple[float, str]]] = []
        for left, right, n, text in spans:  # the labels of one column overlap (`Cơ quan` over `chủ trì`)
            if merged and left <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], right)
                texts[-1].append((n, text))
            else:
                merged.append([left, right])
                texts.append([(n, text)])
        labels = fold(" | ".join(" ".join(t for _, t in sorted(column)) for column in texts))
        if not (labelled(labels, "lead") or CARRY_OUT in labels) or not labelled(labels, "task"):  # `Cơ quan thực hiện`
            continue
        columns = [left for left, _ in merged]
        if len(columns) < 3:
            continue
        end = k + used - 1
        for n in range(k + used, len(lines)):
            row = every[n]
            if len(row) == 1 and row[0][0] < columns[1] - 2 and row[0][1] > columns[2]:
                break  # a paragraph across the columns: the table has ended
            end = n
        return (k, end, [(left + right) / 2 for left, right in merged]) if end >= k + used else None
    return None


def _borders(lines: list[list[tuple[int, Char]]], centres: list[float]) -> list[float]:
    """Between each two columns, the x that the fewest characters of the table cover (the blank strip between
    cells), the middle of the widest such strip."""
    borders = []
    for a, b in itertools.pairwise(centres):
        lo, hi = int(a), int(b)
        cover = [0] * (hi - lo + 1)
        for line in lines:
            for _, c in line:
                for x in range(max(lo, int(c.left)), min(hi, int(c.right)) + 1):
                    cover[x - lo] += 1
        least = min(cover)
        best = (0, lo)
        run = 0
        for n, count in enumerate(cover):
            run = run + 1 if count == least else 0
            if run > best[0]:
                best = (run, lo + n - run // 2)
        borders.append(float(best[1]))
    return borders


def _laid_out(lines: list[list[tuple[int, Char]]], borders: list[float]) -> list[Char]:
    """Each baseline as one `LayoutLine`: cells at their x (in character widths from the table's left edge)."""
    chars = [c for line in lines for _, c in line]
    left0 = min(c.left for c in chars)
    cells = [_cells(line, borders) for line in lines]
    pitch = sorted((right - left) / len(text) for line in cells for left, right, text in line if len(text) >= 5)
    width = 0.95 * pitch[len(pitch) // 10] if pitch else 5.0  # narrower than most text: no cell runs past its x
    out: list[Char] = []
    for line, line_cells in zip(lines, cells, strict=True):
        text = ""
        for left, _, cell in line_cells:
            at = round((left - left0) / width)
            text += " " * (at - len(text) if not text else max(3, at - len(text))) + cell
        shown = [c for _, c in line]
        out.append(
            LayoutLine(text, left0, min(c.bottom for c in shown), max(c.right for c in shown), max(c.top for c in shown))
        )
    return out
