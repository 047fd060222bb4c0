"""The body as paragraphs, list items and table rows, with wrapped lines joined and page breaks repaired.

A `Segment` is one paragraph or list item: its marker (`1.`, `a)`, `-`, `II.`), its depth, its text with the
marker and Markdown emphasis removed and lines joined by one space, and for every character of that text the
offset in `doc.text` it came from, so a piece of the segment maps back to a span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chidao.documents.model import Document
from chidao.documents.text import Line

# Marker → depth: I. (1), 1. (2), 1.1. (3), a) or a. or (1). (4), - (5), + (6); 0 is an unmarked paragraph.
_MARKERS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"Điều\s+\d{1,3}[.:](?=\s|$)"), 1),
    (re.compile(r"(?:[IVX]{1,4})[.)](?=\s|$)"), 1),
    (re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?(?=\s|$|[A-ZĐ])"), 3),
    (re.compile(r"\d{1,2}[.)](?=\s|$|\*)"), 2),
    (re.compile(r"[a-zđ](?:\.\d)?\)(?=\s|$)"), 4),
    (re.compile(r"\(\d{1,2}\)\.?(?=\s)"), 4),
    (re.compile(r"[a-zđ]\.(?=\s+[A-ZĐ])"), 4),
    (re.compile(r"[-–—•](?=\s|[A-ZĐ])"), 5),
    (re.compile(r"[+*](?=\s)"), 6),
)
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
_HEADING_HASH = re.compile(r"#{1,6}\s+")
_TERMINAL = re.compile(r"(?:[.;:!?]|\./\.|\.\)|;\))[\"”)]*$")
_PAGE_NUMBER = re.compile(r"(?:-\s*)?\d{1,3}(?:\s*-)?")
_CLOSING = re.compile(r"^\W*(?:Nơi nhận|NƠI NHẬN)\b")
_ANNEX = re.compile(r"^\W*(?:PHỤ LỤC|Phụ lục)\b")
_LAYOUT_GAP = re.compile(r"\S {6,}\S|\S {3,}\S.* {3,}\S")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")
_HYPHEN_CUT = re.compile(r"\w-$")
_CODE_OR_DATE = re.compile(r"\d{1,4}[/-]\w")
_NUMBERED_WORD = re.compile(r"\s(?:tháng|năm|[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hần)$")


@dataclass
class Segment:
    """One paragraph, list item or table row of the body."""

    text: str
    offsets: list[int]
    marker: str | None = None
    depth: int = 0
    cells: list[str] | None = None
    cell_offsets: list[list[int]] = field(default_factory=list)
    layout: bool = False  # holds lines of a table laid out with spaces (columns mixed line by line)

    @property
    def start(self) -> int:
        return self.offsets[0] if self.offsets else 0

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1 if self.offsets else 0

    def span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """The doc.text span of `self.text[start:end]`."""
        end = len(self.text) if end is None else end
        if not self.offsets or start >= end:
            return (self.start, self.start)
        return (self.offsets[start], self.offsets[min(end, len(self.offsets)) - 1] + 1)

    @property
    def ends_open(self) -> bool:
        """True when the text stops mid-sentence (a wrapped line or a page break follows)."""
        return not _TERMINAL.search(self.text)


def _clean(line: Line) -> tuple[str, list[int]]:
    """The line without Markdown heading marks and emphasis, with each kept character's offset."""
    text = line.text
    offsets = list(range(line.start, line.end))
    m = _HEADING_HASH.match(text)
    if m:
        text, offsets = text[m.end() :], offsets[m.end() :]
    emphasis = list(_EMPHASIS.finditer(text)) if "*" in text or "__" in text else []  # every mark holds * or __
    if not emphasis:  # most lines: nothing to drop
        text2, offs2 = text, offsets
    else:
        keep = [True] * len(text)
        for e in emphasis:
            for i in range(e.start(), e.end()):
                keep[i] = False
        text2 = "".join(c for c, k in zip(text, keep, strict=True) if k)
        offs2 = [o for o, k in zip(offsets, keep, strict=True) if k]
    lead = len(text2) - len(text2.lstrip())
    text2, offs2 = text2[lead:], offs2[lead:]
    tail = len(text2.rstrip())
    return text2[:tail], offs2[:tail]


def _marker(text: str) -> tuple[str | None, int, int]:
    """(marker, depth, length including the following spaces) at the start of `text`."""
    for pattern, depth in _MARKERS:
        m = pattern.match(text)
        if m:
            rest = text[m.end() :]
            skip = len(rest) - len(rest.lstrip())
            return m.group(0), depth, m.end() + skip
    return None, 0, 0


def _row(line: Line) -> Segment | None:
    """A Markdown/pipe table row as a segment with cells."""
    text, offsets = _clean(line)
    if not text.startswith("|") or _TABLE_RULE.match(text.lstrip("| ")):
        return None
    cells: list[str] = []
    cell_offsets: list[list[int]] = []
    pos = 1
    for part in text[1:].split("|"):
        raw = part
        lead = len(raw) - len(raw.lstrip())
        value = raw.strip()
        cells.append(value)
        cell_offsets.append(offsets[pos + lead : pos + lead + len(value)])
        pos += len(part) + 1
    if cells and cells[-1] == "":
        cells.pop()
        cell_offsets.pop()
    return Segment(text=" | ".join(cells), offsets=offsets, cells=cells, cell_offsets=cell_offsets)


def body_lines(doc: Document, lines: list[Line]) -> list[Line]:
    """The lines of the body (doc.body_span, else up to `Nơi nhận`), plus any annex after the closing."""
    if doc.body_span:
        start, end = doc.body_span
        body = [_clip(ln, start, end) for ln in lines if ln.end > start and ln.start < end]
    else:
        stop = next((i for i, ln in enumerate(lines) if i > 3 and _CLOSING.match(ln.text.lstrip("|* "))), len(lines))
        body = lines[:stop]
        end = lines[stop].start if stop < len(lines) else len(doc.text)
    annex = next((i for i, ln in enumerate(lines) if ln.start >= end and _ANNEX.match(ln.text)), None)
    if annex is not None:
        body = body + lines[annex:]
    return body


def _clip(line: Line, start: int, end: int) -> Line:
    """The part of a line inside [start, end) (a body that begins or ends mid-line)."""
    if line.start >= start and line.end <= end:
        return line
    a, b = max(line.start, start), min(line.end, end)
    text = line.text[a - line.start : b - line.start]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return Line(line.index, a + lead, a + lead + len(text), text)


def segments(lines: list[Line]) -> list[Segment]:
    """Join the lines into paragraphs, list items and table rows."""
    out: list[Segment] = []
    current: Segment | None = None
    blank_run = 0
    last_len = 0
    full = _full_width(lines)
    for line in lines:
        if not line.text:
            blank_run += 1
            continue
        row = _row(line) if line.text.startswith("|") else None
        if row is not None or line.text.startswith("|"):
            current = None
            if row is not None:
                out.append(row)
            continue
        text, offsets = _clean(line)
        if not text or (_PAGE_NUMBER.fullmatch(text) and len(text) <= 5):
            continue
        marker, depth, skip = _marker(text)
        layout = "   " in text and bool(_LAYOUT_GAP.search(text))  # a gap needs three spaces at least
        range_dash = current is not None and _wrapped_dash(current, text, marker, blank_run, last_len, full)
        joins = current is not None and (
            range_dash or (marker is None and _continues(current, text, blank_run, last_len, full))
        )
        if current is not None and joins:
            if _HYPHEN_CUT.search(current.text[-3:]) and text[:1].isalnum():  # `các-` + `bon`: one word cut at its hyphen
                current.text += text
                current.offsets += offsets
            else:
                current.text += " " + text
                current.offsets += [offsets[0], *offsets]
            current.layout = current.layout or layout
            blank_run, last_len = 0, len(text)
            continue
        last_len = len(text)
        if current is not None and current.marker and not current.text and marker is None:
            current.text, current.offsets = text, offsets
            blank_run = 0
            continue
        current = Segment(text=text[skip:], offsets=offsets[skip:], marker=marker, depth=depth, layout=layout)
        out.append(current)
        blank_run = 0
    return [s for s in out if s.text or s.cells]


def _full_width(lines: list[Line]) -> int:
    """The length from which a line counts as filled to the page width: near the typical length of the long lines
    of a hard-wrapped text (PDF, a wrapped .txt), never above 70 (a text with one paragraph per line)."""
    lengths = sorted(len(ln.text) for ln in lines if len(ln.text) >= 30 and not ln.text.startswith("|"))
    if len(lengths) < 5:
        return 70
    typical = lengths[int(len(lengths) * 0.75)]
    return min(70, int(typical * 0.82))


def _wrapped_dash(current: Segment, text: str, marker: str | None, blank_run: int, last_len: int, full: int) -> bool:
    """A dash opening a line of a hard-wrapped text right after a filled line left open, between two numbers
    (`2021` + `- 2025`, `Km0` + `- Km2`), is the dash of a range, not a list item."""
    if marker not in ("-", "–") or blank_run or not current.text or not current.ends_open:
        return False
    numbers = bool(re.search(r"\d\S*$", current.text)) and bool(re.match(r"[-–]\s*\w{0,3}\d", text))
    return numbers and full < 70 and last_len >= full


def _continues(current: Segment, text: str, blank_run: int, last_len: int, full: int = 70) -> bool:
    """Does `text` carry on the paragraph `current` (a wrapped line, or a sentence cut by a page break)?"""
    first = text[:1]
    if current.text and first.islower() and (not current.text.endswith(":") or 70 > full <= last_len):
        return True  # after a colon only when the line above fills a hard-wrapped page
    if not current.text or not current.ends_open:
        return False
    if blank_run:
        return False
    if re.search(r"\s(?:số|của|và|tại|theo|về|các|những|với|cho|được|để|trong|từ|đến|ngày)$", current.text):
        return not blank_run or first.isdigit()  # a line cannot end on these words: the text runs on
    if first.isdigit() and (_NUMBERED_WORD.search(current.text) or _CODE_OR_DATE.match(text)):
        return True  # `tháng` / `Điều` + `6 ...`, `Kết luận` + `75-KL/TW`: a number no paragraph opens with
    if current.text.startswith("(") and current.text.endswith(")"):
        return False  # a note in brackets (`(Kèm theo Quyết định ...)`) stands alone
    if full < 70 and 0 < current.depth <= 3 and len(current.text) < last_len:
        full = min(70, full + 6)  # a numbered heading line is taken as wrapped only when it nearly fills the page
    if (
        full < 70 and current.marker is None and " " not in current.text and not current.text.isupper()
        and first.isupper() and len(text) >= full
    ):
        return True  # a word alone on a line of a wrapped page (`Cục` / `Địa chất ...`) is no paragraph
    if full < 70 and len(current.text) - last_len >= 2 * full and (first.isupper() or first.isdigit() or first in "(“\""):
        return True  # a paragraph already wrapped over full lines, still open, goes on past a short line
    wrapped = last_len >= full and not current.text.isupper()
    return wrapped and (first.isdigit() or first.isupper() or first in "(“\"")
