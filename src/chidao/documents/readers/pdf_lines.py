"""Lines of one PDF page from pdfium's characters and their boxes.

pdfium reports characters in content order with its own line breaks. Here:
- lines on one baseline are joined, and a line whose characters run backwards (some writers draw accented
  capitals as separate objects) is put in x order, with word spaces taken from the gaps;
- text drawn by form widgets and stamps (digital-signature systems print the number and the day into
  `Số: ...` and `ngày ...`) goes back into the line it sits on, at its x position;
- a line holding two columns far apart (`Số: 15/UBND-XD` ... `Lào Cai, ngày 21 tháng 7 năm 2026`) becomes
  two lines, left first, and a header drawn row by row is read column by column (`_header_order`);
- bare page numbers at the top or bottom of the page are dropped;
- a hyphen that pdfium joined to the next line comes back and the lines are parted; wrapped lines broken after a
  word's hyphen join without a space (`join_wrapped`);
- the wrapped lines of a table cell, and of a body paragraph where the page shows the wrap (`pdf_paragraphs`),
  become one line.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from chidao.documents.readers.pdf_closing import Closing, split_closing
from chidao.documents.readers.pdf_gaps import WORD_GAP, wider_than_words, word_spacing
from chidao.documents.readers.pdf_paragraphs import (
    LIST_START,
    TextBlock,
    capitals,
    continues_paragraph,
    text_block,
)

_GAP_HEIGHTS = 2.5  # a gap this many line heights wide, at the middle of the page, separates two columns
_WIDE_GAP_HEIGHTS = 8.0  # a gap this wide separates columns anywhere
_PAGE_NUMBER = re.compile(r"(?i)^\s*(?:trang\s*)?[-–—]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–—]?\s*$")
_NUMBER_LINE = re.compile(r"(?i)số\b")
_NUMBER_ONLY = re.compile(r"(?i)số\s*:?\s*[\w./\-]*(?:\s+[\w./\-]+)?\s*$")
_STAMPED_FIGURE = re.compile(r"[0-9][0-9/.\-]{0,11}")
_BROKEN_AT_HYPHEN = re.compile(r"\w-$")  # `mê-` / `tan`: a line broken after the hyphen of a word
_JOINED_HYPHEN = "\ufffe"  # pdfium: a hyphen ending a line that it joined to the next


@dataclass(slots=True)
class Char:
    """One character with its loose box (PDF points, origin bottom left); `visible`: drawn, not a space."""

    ch: str
    left: float
    bottom: float
    right: float
    top: float
    visible: bool = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self.visible = not self.ch.isspace() and self.right > self.left


@dataclass(slots=True)
class LayoutLine(Char):
    """One line of a table drawn without ruling lines, its cells set at their columns with spaces (as
    `pdftotext -layout` writes it): its indent is kept, as it tells the column of the line's first cell."""


def _lines(chars: list[Char]) -> list[list[Char]]:
    """pdfium's lines: it separates them with generated \\r\\n. A line ending in a hyphen it joins to the next
    one, the hyphen reported as U+FFFE (`NĐ-` / `CP`): the hyphen is put back and the line broken again where
    the text goes back left and down to a line that does not overlap the one above (text set vertically, one
    letter under the other, is not broken up)."""
    lines: list[list[Char]] = [[]]
    last: Char | None = None
    for c in chars:
        if c.ch == "\n":
            lines.append([])
            last = None
        elif c.ch != "\r":
            if c.ch == _JOINED_HYPHEN:
                c = Char("-", c.left, c.bottom, c.right, c.top)
            if c.visible:
                if last is not None and c.top < last.bottom and c.right <= last.left and lines[-1]:
                    lines.append([])
                last = c
            lines[-1].append(c)
    return [line for line in lines if line] or []


def _words(line: list[Char]) -> list[list[Char]]:
    """Widget text cut at spaces and gaps: each stamp (number, day) is placed on its own."""
    words: list[list[Char]] = [[]]
    last: Char | None = None
    for c in line:
        if not c.visible:
            words.append([])
            continue
        if last is not None and c.left - last.right > 0.5 * max(c.top - c.bottom, 1.0):
            words.append([])
        words[-1].append(c)
        last = c
    return [word for word in words if word]


def _merge_same_baseline(lines: list[list[Char]]) -> list[list[Char]]:
    """Join consecutive pdfium lines that sit on one baseline (some writers draw accented capitals
    as separate text objects, which pdfium then reports as a line of their own)."""
    merged: list[list[Char]] = []
    for line in lines:
        if merged and _same_baseline(merged[-1], line):
            merged[-1] = [*merged[-1], Char(" ", 0, 0, 0, 0), *line]
        else:
            merged.append(line)
    return merged


def _same_baseline(a: list[Char], b: list[Char]) -> bool:
    va = [c for c in a if c.visible]
    vb = [c for c in b if c.visible]
    if not va or not vb:
        return False
    height = max(_median_height(va), 1.0)
    return abs(_median(c.bottom for c in va) - _median(c.bottom for c in vb)) < 0.3 * height


def _in_x_order(line: list[Char]) -> list[Char]:
    """The line left to right. Only when pdfium's order goes backwards are the characters sorted by x, and
    word spaces then come from the gaps (pdfium's generated spaces sit where the stray letters were)."""
    visible = [c for c in line if c.visible]
    if all(b.left >= a.left - 1.0 for a, b in itertools.pairwise(visible)) and not _stray_space(line):
        return line
    visible.sort(key=lambda c: c.left)
    space = 0.12 * max(_median_height(visible), 1.0)
    out = visible[:1]
    for prev, c in itertools.pairwise(visible):
        if c.left - prev.right > space:
            out.append(Char(" ", prev.right, c.bottom, prev.right, c.top))
        out.append(c)
    return out


def _stray_space(line: list[Char]) -> bool:
    """A generated space right of the letter after it: pdfium put it where an accented letter drawn apart
    was to come (`ngh` ` ` `ệ`, the `ệ` then drawn at the end of the word)."""
    return any(
        a.ch == " " and not a.visible and b.visible and b.left < a.left - 1.0
        for a, b in itertools.pairwise(line)
    )


def in_lines(chars: list[Char]) -> list[list[Char]]:
    """Characters in pdfium order (lines separated by `\\n`) as lines on distinct baselines, left to right."""
    return [_in_x_order(line) for line in _merge_same_baseline(_lines(chars))]


def _median(values: Iterable[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _median_height(chars: list[Char]) -> float:
    return _median(c.top - c.bottom for c in chars)


def _vertical(line: list[Char]) -> tuple[float, float]:
    visible = [c for c in line if c.visible] or line
    return min(c.bottom for c in visible), max(c.top for c in visible)


def _insert_fields(lines: list[list[Char]], fields: list[list[Char]]) -> None:
    """Put each piece of widget text into the native line it overlaps, before the first char right of it."""
    for field in fields:
        visible = [c for c in field if c.visible]
        if not visible:
            continue
        bottom, top = _vertical(field)
        middle = (bottom + top) / 2
        x = min(c.left for c in visible)
        space = Char(" ", x, bottom, x, top)
        for line in lines:
            low, high = _vertical(line)
            if low <= middle <= high:
                at = next((k for k, c in enumerate(line) if c.visible and c.left >= x), len(line))
                before = [space] if at and not line[at - 1].ch.isspace() else []
                after = [space] if at < len(line) and not line[at].ch.isspace() else []
                line[at:at] = before + field + after
                break
        else:
            at = next((k for k, line in enumerate(lines) if _vertical(line)[1] < bottom), len(lines))
            lines.insert(at, field)


@dataclass
class Segment:
    """A run of one line between wide gaps, with its extent (baseline and height too); `plain`: drawn as
    characters (not a table's row rebuilt from its grid or its columns), with the width of its first word and
    its word spacing (`pdf_paragraphs` tells a paragraph's wrapped lines by them)."""

    text: str
    left: float
    right: float
    bottom: float = 0.0
    height: float = 0.0
    plain: bool = False
    first_word: float = 0.0
    spacing: float = 0.0


def _split_columns(line: list[Char], width: float) -> list[Segment]:
    """The line cut at column gaps: wide gaps around the middle of the page (the header's two columns,
    `Nơi nhận` beside the signature), or very wide ones anywhere. The blank left for a number
    (`Số:      /UBND`) or a day (`ngày    tháng`) sits inside one column and is not a cut. Nor is a gap no
    wider than the line's own word spacing (`pdf_gaps`): a justified line's stretched spaces."""
    visible = [c for c in line if c.visible]
    if not visible:
        return [Segment("".join(c.ch for c in line).strip(), 0.0, 0.0)]
    height = max(_median_height(visible), 1.0)
    word = word_spacing(visible, height)  # a justified line's stretched spaces part no columns
    groups: list[list[Char]] = [[]]
    last: Char | None = None
    for c in line:
        if c.visible:
            wide = last is not None and wider_than_words(c.left - last.right, word)
            if last is not None and wide and _column_gap(last, c, height, width):
                groups.append([])
            elif last is not None and c.left - last.right > 1.5 * height:
                groups[-1].append(Char("   ", last.right, c.bottom, last.right, c.top))  # keep a table's
            last = c  # cell boundary visible, as `pdftotext -layout` does
        groups[-1].append(c)
    segments = []
    for group in groups:
        shown = [c for c in group if c.visible]
        text = "".join(c.ch for c in group)
        text = text.rstrip() if any(isinstance(c, LayoutLine) for c in shown) else text.strip()
        bottom = _median(c.bottom for c in shown)
        plain = len(shown) > 1 and all(type(c) is Char and len(c.ch) == 1 for c in shown)
        segments.append(
            Segment(
                text,
                min(c.left for c in shown),
                max(c.right for c in shown),
                bottom,
                height,
                plain,
                _first_word(shown, height),
                word_spacing(shown, height),
            )
        )
    return segments


def _first_word(shown: list[Char], height: float) -> float:
    """The width of the line's first word: its letters up to the first gap between words."""
    end = next((a for a, b in itertools.pairwise(shown) if b.left - a.right > WORD_GAP * height), shown[-1])
    return end.right - shown[0].left


def _column_gap(before: Char, after: Char, height: float, width: float) -> bool:
    gap = after.left - before.right
    if gap > _WIDE_GAP_HEIGHTS * height:
        return True
    return gap > _GAP_HEIGHTS * height and before.right < 0.62 * width and after.left > 0.38 * width


def _header_order(rows: list[list[Segment]], middle: float) -> tuple[list[str], int]:
    """Lines of a page top in reading order. Where a writer drew the two header columns line by line
    (`ỦY BAN NHÂN DÂN … CỘNG HÒA …` on one baseline, then `TỈNH … Độc lập …`), the rows sharing one
    column gap form a band read left column first, so the issuer's lines stay together; a `Số` row is a
    band of its own. The header ends at the first line that crosses the middle of the page (the title); the
    lines up to it and the index of the first row after it are returned."""
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    gap: tuple[float, float] | None = None

    def flush() -> None:
        out.extend(left + right)
        left.clear()
        right.clear()

    for index, row in enumerate(rows):
        if len(row) == 2:
            low, high = row[0].right, row[1].left
            if gap is None or _NUMBER_LINE.match(row[0].text) or min(high, gap[1]) <= max(low, gap[0]):
                flush()
                gap = (low, high)
            else:
                gap = (max(low, gap[0]), min(high, gap[1]))
            left.append(row[0].text)
            right.append(row[1].text)
            if _NUMBER_LINE.match(row[0].text):
                flush()
                gap = None
        elif len(row) == 1 and gap is not None and (row[0].right <= gap[0] + 2 or row[0].left >= gap[1] - 2):
            (left if row[0].right <= gap[0] + 2 else right).append(row[0].text)
        else:
            flush()
            gap = None
            out.extend(segment.text for segment in row)
            if len(row) == 1 and row[0].left < middle < row[0].right:
                return out, index + 1
    flush()
    return out, len(rows)


def _date_beside_number(rows: list[list[Segment]], middle: float) -> list[list[Segment]]:
    """Rows with the place/date line moved next to the `Số` line it sits level with. Writers that emit a
    table cell by cell put `Số: …` and the lines of a long `V/v …` first and `<place>, ngày …` after them;
    on the page, ô 3 and ô 4 share one baseline, and that is the order they are read in."""
    rows = list(rows)
    at = next(
        (i for i, row in enumerate(rows[:20]) if len(row) == 1 and _NUMBER_LINE.match(row[0].text)), None
    )
    if at is None or rows[at][0].left > middle or not _NUMBER_ONLY.match(rows[at][0].text):
        return rows  # a `Số` line that goes on (`Số: 12/BTC V/v …`) may continue on the next lines
    number = rows[at][0]
    for k in range(at + 2, min(at + 12, len(rows))):
        row = rows[k]
        level = len(row) == 1 and abs(row[0].bottom - number.bottom) < 0.5 * max(number.height, 1.0)
        if level and row[0].left > 0.6 * middle:
            rows.insert(at + 1, rows.pop(k))
            break
    return rows


def drop_page_numbers(lines: list[str]) -> list[str]:
    content = [i for i, line in enumerate(lines) if line.strip()]
    drop = {i for i in (content[:1] + content[-1:]) if _PAGE_NUMBER.match(lines[i])}
    return [line for i, line in enumerate(lines) if i not in drop]


def page_lines(
    native: list[Char],
    drawn: list[Char],
    width: float,
    first_page: bool,
    stamps: list[str] | None = None,
    closing: Closing | None = None,
) -> list[str]:
    """The text lines of a page: `native` characters in pdfium order, `drawn` ones flattened from widgets.

    Of the widget text only the figures stamped into blanks (the number, the day) join the lines; the rest
    (a digital signature's `Ký bởi: …`, `Thời gian ký: …`) is not document text and goes to `stamps`."""
    lines = [_in_x_order(line) for line in _merge_same_baseline(_lines(native))]
    fields: list[list[Char]] = []
    for line in _lines(drawn):
        words = _words(line)
        if words and all(_STAMPED_FIGURE.fullmatch("".join(c.ch for c in word)) for word in words):
            fields.extend(words)
        elif stamps is not None:
            stamps.append(" ".join("".join(c.ch for c in word) for word in words))
    _insert_fields(lines, fields)
    alone = closing is None
    closing = Closing() if closing is None else closing
    start, end, signed = split_closing(lines, width, closing)
    if alone:
        signed += closing.flush()
    lines, after = lines[:start], lines[end:]
    rows = [_split_columns(line, width) for line in lines]
    head: list[str] = []
    if first_page:
        rows = _date_beside_number(rows, width / 2)
        head, start = _header_order(rows, width / 2)
        rows = rows[start:]
    body_segments = [s for row in rows for s in row]
    tail_segments = [s for line in after for s in _split_columns(line, width)]
    block = text_block([s for s in body_segments + tail_segments if not _has_neighbour(s, body_segments)])
    body = _join_wrapped_lines(body_segments, width, block)
    tail = _join_wrapped_lines(tail_segments, width, block)
    return drop_page_numbers(head + body + signed + tail)


def _join_wrapped_lines(segments: list[Segment], width: float, block: TextBlock | None = None) -> list[str]:
    """Lines of the body, with the wrapped lines of one table cell, and of one paragraph, joined into one line.

    A writer that draws a table cell by cell leaves each cell's text wrapped in its narrow column
    (`Tổ chức tiêm` / `phòng vắc xin` / ...); a .docx gives the cell as one paragraph, and so does this.
    Joined: narrow lines in a row that has other columns beside them, each directly under the previous
    one in the same column. Not joined: list items, capitals (the signature block), a line ending a
    sentence or a label. A paragraph's lines, single-column lines of the page's text `block`, are joined where
    the page shows a wrap (`pdf_paragraphs`)."""
    beside = [_has_neighbour(s, segments) for s in segments]
    out: list[Segment] = []
    last: list[Segment] = []  # the last physical line of each joined cell, parallel to `out`
    in_table: list[bool] = []
    for segment, neighbour in zip(segments, beside, strict=True):
        cell = out and in_table[-1] and _continues_cell(last[-1], segment, width)
        paragraph = (
            out and block is not None and not in_table[-1] and not neighbour
            and continues_paragraph(last[-1], segment, block)
        )  # fmt: skip
        if cell or paragraph:
            joined = out[-1]
            out[-1] = Segment(
                join_wrapped([joined.text, segment.text]),
                joined.left,
                joined.right,
                joined.bottom,
                joined.height,
            )
            last[-1] = segment
            continue
        out.append(segment)
        last.append(segment)
        in_table.append(neighbour)
    return [segment.text for segment in out]


def join_wrapped(lines: Iterable[str]) -> str:
    """The wrapped lines of one paragraph or cell as one line: a space between them, none after a line broken
    at a word's hyphen (`các-` / `bon` → `các-bon`; a dash with a space before it, `Hà Nội -`, is not one)."""
    out = ""
    for line in lines:
        if not line:
            continue
        out = f"{out}{line}" if not out or _BROKEN_AT_HYPHEN.search(out) else f"{out} {line}"
    return out


def _has_neighbour(segment: Segment, segments: list[Segment]) -> bool:
    """Another column's line sits level with this one (the line is in a table row or a column pair)."""
    height = max(segment.height, 1.0)
    return any(
        other is not segment
        and abs(other.bottom - segment.bottom) < 0.6 * height
        and (other.right < segment.left or other.left > segment.right)
        and other.text
        for other in segments
    )


def _continues_cell(above: Segment, below: Segment, width: float) -> bool:
    height = max(above.height, below.height, 1.0)
    narrow = max(above.right - above.left, below.right - below.left) < 0.45 * width
    overlap = min(above.right, below.right) - max(above.left, below.left)
    aligned = abs(above.left - below.left) < 1.5 * height or overlap > 0.5 * min(
        above.right - above.left, below.right - below.left
    )
    under = 0 < above.bottom - below.bottom < 2.2 * height  # loose boxes are shorter than the line pitch
    return (
        narrow
        and aligned
        and under
        and bool(below.text)
        and not LIST_START.match(below.text)
        and not above.text.rstrip().endswith((".", ";", ":"))
        and not capitals(above.text)
        and not capitals(below.text)
    )
