"""Ruled tables of a PDF page rebuilt row by row from the page's ruling lines.

A writer draws a table's cells as text objects, one wrapped line after another, and its borders as thin
path objects. Here the borders make a grid; each row of a grid with three columns or more becomes one line
`| STT | Nội dung | Chủ trì | Phối hợp | Thời hạn |`, a cell's wrapped lines joined by spaces, as the task
table reader (`extract.task_tables`) reads pipe rows. A cell merged across columns (no border between
them in that row) is one cell. Two-column grids (a ruled header) are left to the line reader.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from chidao.documents.readers.pdf_lines import Char, in_lines

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
    """Tables of three columns or more and two rows or more drawn by the ruling lines among `boxes`."""
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
        if len(xs) >= _MIN_COLUMNS + 1 and len(ys) >= 3:
            out.append(Grid(tuple(xs), tuple(ys), tuple(r for r in group if not r.horizontal)))
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
        texts.append(
            " ".join(" ".join("".join(c.ch for c in line).split()) for line in in_lines(chars or []))
        )
    first = [c for key, chars in cells.items() if key[:2] == (table, row) for c in chars if c.visible]
    top = max(c.top for c in first)
    line = [c for c in first if c.top >= top - 0.5 * (top - min(c.bottom for c in first))]
    text = "| " + " | ".join(t.strip() for t in texts) + " |"
    return Char(text, grid.xs[0], min(c.bottom for c in line), grid.xs[-1], top)


def _merged(grid: Grid, row: int, column: int) -> bool:
    mid = (grid.ys[row] + grid.ys[row + 1]) / 2
    border = grid.xs[column]
    return not any(abs(v.at - border) <= _TOLERANCE and v.low <= mid <= v.high for v in grid.verticals)
