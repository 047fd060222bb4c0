"""Cells: the pieces of a line that a layout put side by side (markdown table cells, columns separated by a
wide gap, text either side of a rule), and a same-length folding for searching them.

Header and closing blocks are two-column layouts; text exports flatten them in several ways. Cutting each
line at `|`, tabs, runs of 3+ spaces and rules (`-----`, `____`) gives pieces that each belong to one column.
Markdown emphasis (`**`, `*`, `#`) is masked to spaces, never removed, so offsets stay offsets into doc.text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from chidao.documents.alternation import as_written
from chidao.documents.data.formal import formal_labels
from chidao.documents.text import VI_LOWER, VI_UPPER, Line

UPPER = VI_UPPER
LOWER = VI_LOWER
# A list item's mark: typed dashes and plus signs, bullets, and the symbol-font glyphs a PDF gives for them.
BULLET = "[-–+•●▪■◦‣⁃∙\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8]"
# Each alternative opens with a literal character, so that `re` scans for those characters instead of trying
# every alternative at every position (`   +` is ` {3,}`, `—[—–]+|–[—–]+` is `[—–]{2,}`).
_SEPARATORS: Final = re.compile(r"\||\t|   +|---+|___+|—[—–]+|–[—–]+|===+")
# Blanks left for the văn thư to fill are gaps inside one value, not column gaps (also a day OCR read as marks:
# `ngày-|“tháng 11 năm 2024`).
_SO = formal_labels().number  # `Số`: `number` of `[labels]` in data/issuer_markers.toml
# (or as one or two other signs, a `|` among them: `ngày ñ| tháng 42 năm 2022`, or a digit after them or split from
# the day's first: `ngày { 0tháng`, `ngày 2 2tháng [| năm`, parts/place_date.py)
_KEEP_WHOLE = re.compile(
    rf"{as_written((_SO, _SO.upper()))}\s*:?[\s.…_]*\d*[\s.…_]*[/-]"
    r"|ngày[\s.…_“”\"'‘’-]*(?:\d+|[^\s\d]\S?)?(?: ?\d)?[\s.…_“”\"'‘’-]*th[áa]ng[\s.…_]*(?:\d+|\S{1,2})?[\s.…_]*n[ăa]m\s*\d"
)
_MASKED = "*#|\t\u00a0"
# Markdown italics by underscores at a word's edge (`_Hà Nội, ngày … tháng 8 năm 2026_`, `_Nơi nhận:_`): masked as
# the other marks are; an underscore inside a word or in a run of them (`Số: ____/KH`, a blank left) is kept
_ITALIC: Final = re.compile(r"(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?![\w_])")
_EDGE: Final = " *#|:\t\u00a0\n"  # (a newline only inside a table cell cut over lines: `cell_lines`)


def mask(s: str) -> str:
    """Markdown emphasis, pipes, tabs and no-break spaces as plain spaces (same length)."""
    if "_" in s:
        s = _ITALIC.sub(" ", s)
    if "*" not in s and "#" not in s and "|" not in s and "\t" not in s and "\u00a0" not in s:
        return s  # most cells: the five searches in one expression, without the loop (`_MASKED`)
    for c in _MASKED:  # a search (and a replace) per character: cheaper than a regex sub, even on a short cell
        if c in s:
            s = s.replace(c, " ")
    return s


def clean(s: str) -> str:
    """A value as people read it: emphasis dropped, spaces single, edges trimmed."""
    return " ".join(mask(s).split()).strip()


@dataclass(slots=True, unsafe_hash=True, init=False)
class Cell:
    """One column piece of one line: `doc.text[start:end] == raw`; `masked` hides markdown emphasis.

    Treat it as immutable; slots (not `frozen`, nor `cached_property`): the parts build and read thousands
    of cells per document, and both of those cost more than the work they wrap. `__init__` written out, so that
    the compiled build compiles it (as `text.Line`'s)."""

    line: int
    start: int
    end: int
    raw: str
    column: int  # offset of the piece from the start of its line's raw text
    _masked: str | None = field(default=None, init=False, repr=False, compare=False, hash=False)
    _text: str | None = field(default=None, init=False, repr=False, compare=False, hash=False)
    _upper: bool | None = field(default=None, init=False, repr=False, compare=False, hash=False)

    def __init__(self, line: int, start: int, end: int, raw: str, column: int) -> None:
        self.line = line
        self.start = start
        self.end = end
        self.raw = raw
        self.column = column
        self._masked = None
        self._text = None
        self._upper = None

    @property
    def masked(self) -> str:
        if self._masked is None:
            masked = mask(self.raw)
            self._masked = masked.replace("\n", " ") if "\n" in masked else masked  # a cell over lines: `cell_lines`
        return self._masked

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = clean(self.raw)
        return self._text

    @property
    def upper(self) -> bool:
        """`is_upper(self.text)`, worked out once: the header and closing readers ask it of a cell often."""
        if self._upper is None:
            self._upper = is_upper(self.text)
        return self._upper

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def sub(self, start: int, end: int) -> Cell:
        """The part of this cell between two offsets relative to `raw`, trimmed."""
        piece = self.raw[start:end]
        lead = len(piece) - len(piece.lstrip(_EDGE))
        trail = len(piece.rstrip(_EDGE))
        if trail <= lead:
            return Cell(self.line, self.start + start, self.start + start, "", self.column + start)
        if start == 0 and lead == 0 and trail == len(self.raw):
            return self  # the whole of a trimmed cell: the same cell, with what it has worked out already
        return Cell(self.line, self.start + start + lead, self.start + start + trail, piece[lead:trail],
                    self.column + start + lead)


def line_cells(text: str, line: Line, raw_start: int | None = None) -> list[Cell]:
    """Cut one line into its column pieces (empty pieces dropped)."""
    begin = line.start if raw_start is None else raw_start
    raw = text[begin:line.end]
    indent = line.start - text.rfind("\n", 0, line.start) - 1
    if _SEPARATORS.search(raw) is None:  # one piece (most lines): `whole.sub(0, len(raw))` below, without the whole
        lead = len(raw) - len(raw.lstrip(_EDGE))
        trail = len(raw.rstrip(_EDGE))
        if trail <= lead:
            return []
        piece = Cell(line.index, begin + lead, begin + trail, raw[lead:trail], indent + lead)
        return [piece] if piece.text else []
    cuts = [m.span() for m in _SEPARATORS.finditer(raw)]
    whole = Cell(line.index, begin, line.end, raw, indent)
    # Both kinds of blank open with their word (which masking leaves as it is).
    kept = [m.span() for m in _KEEP_WHOLE.finditer(mask(raw))] if _SO in raw or _SO.upper() in raw or "ngày" in raw else []
    if kept:
        cuts = [(s, e) for s, e in cuts if not any(a < s and e < b for a, b in kept)]
    cells: list[Cell] = []
    pos = 0
    for cut_start, cut_end in [*cuts, (len(raw), len(raw))]:
        piece = whole.sub(pos, cut_start)
        if piece.raw and piece.text:
            cells.append(piece)
        pos = cut_end
    return cells


_CELL_LINES = 6  # a header cell cut over lines holds a few short lines; a longer run is paragraphs


def _closes_cell(text: str) -> bool:
    """`|` alone, or a line ending with the one `|` that closes its cell (`Số: 44/2025/QĐ-UBND |`)."""
    return text.endswith("|") and text.count("|") == 1


def cell_lines(text: str, lines: list[Line]) -> list[Line]:
    """`lines`, with a table cell that a web copy cut over lines as one Line spanning them.

    Copies of a web page's header table put each cell on lines of its own, cut where the page's source was
    (`ỦY` / `BAN NHÂN DÂN` / `TỈNH QUẢNG NAM`, `Số:` / `14/2007/QĐ-UBND`, `Tam` / `Kỳ, ngày …`), and close it by
    a `|` alone on the next line or at the end of its last line. Where two cells at least are closed so, the
    lines of each closed cell (a few, none blank) are one Line, so that its marks are read across the cuts;
    a markdown row (`| a | b |`) and lines no `|` closes stay as they are. The place and date is the header
    table's last cell: after it a `|` alone opens the next table (`|` / `Nơi nhận:`), and what it follows is the
    body, whose lines stay lines."""
    if sum(1 for line in lines if line.text.endswith("|") and _closes_cell(line.text)) < 2:
        return lines
    out: list[Line] = []
    run: list[Line] = []
    for k, line in enumerate(lines):
        t = line.text
        if not t or t == "|" or ("|" in t and not _closes_cell(t)):
            if t == "|" and 1 < len(run) <= _CELL_LINES:
                run = [_joined(text, run)]
            out.extend(run)
            out.append(line)
            if run and _dates(run[-1].text):
                return out + lines[k + 1 :]
            run = []
            continue
        run.append(line)
        if t.endswith("|"):
            out.extend([_joined(text, run)] if 1 < len(run) <= _CELL_LINES else run)
            if _dates(out[-1].text):
                return out + lines[k + 1 :]
            run = []
    out.extend(run)
    return out


# A draft's blank number and date cut over lines by a PDF export (`Số:` / `/TTr-VPCP`, `Hà Nội, ngày` / `tháng` /
# `năm 2016`): the label alone, then what fills it; a place and `ngày` with no day, then the month's and the year's
# lines, blank or filled
_NUMBER_ALONE: Final = re.compile(rf"{as_written((_SO, _SO.upper()))}\s*:?")
_NUMBER_TAIL = re.compile(r"[.…_ ]*(?:\d+[.…_ ]*)?[/-]\s*\S")
_NUMBER_GAP = 2  # blank lines at most between the label alone and the rest of the number
_DAY_OPEN: Final = re.compile(rf"[{UPPER}][^\d,:;]{{1,40}},\s*ngày[\s.…_]*")
_MONTH_LINE = re.compile(r"tháng[\s.…_]*(?:\d{1,2}[\s.…_]*)?")
_YEAR_LINE = re.compile(r"(?:tháng[\s.…_]*(?:\d{1,2}[\s.…_]*)?)?năm\s*\d{4}")


def blank_parts(text: str, lines: list[Line]) -> list[Line]:
    """`lines`, with a draft's number or place and date that a PDF export cut at its blanks as one Line: `Số:`
    alone and the line after it that opens with the symbol's slash or a number (`/TTr-VPCP`; up to `_NUMBER_GAP`
    blank lines may stand between them), and `Hà Nội,
    ngày` alone with the `tháng` line and the `năm 2016` line after it (or the year's line alone)."""
    if not any(_NUMBER_ALONE.fullmatch(line.text) or _DAY_OPEN.fullmatch(line.text) for line in lines):
        return lines  # the usual header: no label stands alone on its line
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if _NUMBER_ALONE.fullmatch(line.text):
            # (a site's copy may leave a blank line or two between the label and the rest: `Số:` / `` / `/BC-UBND`)
            j = k + 1
            while j < len(lines) and j <= k + _NUMBER_GAP and not lines[j].text.strip():
                j += 1
            if j < len(lines) and _NUMBER_TAIL.match(lines[j].text):
                out.append(_joined(text, lines[k : j + 1]))
                k = j + 1
                continue
        if _DAY_OPEN.fullmatch(line.text):
            end = k + 1
            if end < len(lines) and _MONTH_LINE.fullmatch(lines[end].text):
                end += 1
            if end < len(lines) and _YEAR_LINE.fullmatch(lines[end].text):
                out.append(_joined(text, lines[k : end + 1]))
                k = end + 1
                continue
        out.append(line)
        k += 1
    return out


def _dates(text: str) -> bool:
    """A cell holding the place and date (`… ngày … tháng … năm …`, in capitals too)."""
    lowered = text.lower()
    return "ngày" in lowered and "năm" in lowered


def _joined(text: str, run: list[Line]) -> Line:
    first, last = run[0], run[-1]
    return Line(first.index, first.start, last.end, text[first.start : last.end])


# Capital letters and spaces only, one letter at least: upper case without counting (most calls).
_CAPITALS: Final = re.compile(f"[ ]*[{UPPER}][{UPPER} ]*")
# Every byte but the ASCII lower-case letters: deleted from a text's UTF-8, it leaves those letters (each one byte;
# no byte of a longer sequence is ASCII).
_NOT_ASCII_LOWER: Final = bytes(b for b in range(256) if not 0x61 <= b <= 0x7A)


def is_upper(s: str) -> bool:
    """Mostly upper-case letters (a heading, a body's name, a title): at least 85% of the letters."""
    if _CAPITALS.fullmatch(s):
        return True
    # A text with many lower-case letters (a sentence) without counting every letter: its ASCII ones, counted in C,
    # are so many that its other characters, were they all letters in capitals, would be fewer than 85 %.
    low = len(s.encode("utf-8", "surrogatepass").translate(None, _NOT_ASCII_LOWER))
    if 15 * (len(s) - low) < 85 * low:
        return False
    letters = list(filter(str.isalpha, s))  # filter and map call the str methods from C: no Python loop
    if not letters:
        return False
    return sum(map(str.isupper, letters)) >= 0.85 * len(letters)
