"""The closing table of a PDF: `Nơi nhận` on the left, the signature block on the right, read column by column.

A .docx closing is a borderless two-column table; printed to PDF, its left column's lines often run close to
the right column's (`- Chủ tịch, các PCT UBND huyện;   TM. ỦY BAN NHÂN DÂN`), too close for a column gap.
The `Nơi nhận` line gives the border: where the right column starts on it. From that line on (and on the next
pages, while the closing lasts) each line is cut at its own gap nearest the border (`pdf_gaps`; a line that is
one run of words is not cut, a centred title starting a little left of the border included), and the closing is given as the left column's lines,
then the right column's (at the end of the closing, which may be on a later page: `Closing.flush`). A line running across the border (full-width text after the closing) ends it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from chidao.documents.readers.pdf_gaps import wider_than_words, word_spacing

if TYPE_CHECKING:
    from chidao.documents.readers.pdf_lines import Char

_RECIPIENTS = re.compile(r"^\W*n[ơo]i\s+nh[ậa]n\b", re.IGNORECASE)
_RECIPIENT_ITEM = re.compile(r"^[-+•–]\s")  # a recipient line: a list item, not text after the closing
_MIN_GAP = 0.8  # line heights: the gap before the right column on the `Nơi nhận` line
_CUT_GAP = 0.25  # line heights: the least gap a later line is cut at
_REACH = 4.0  # line heights: how far left of the border the right column may start on a later line


@dataclass(slots=True)
class Closing:
    """Where the closing's right column starts (x, PDF points), carried from page to page (None outside a
    closing), and the right column's lines so far: given after the left column's last line."""

    border: float | None = None
    left: float = 0.0  # where the left column starts (the `Nơi nhận` line's left edge)
    right: list[_Piece] = field(default_factory=list)

    def flush(self) -> list[str]:
        """The right column's lines, a paragraph wrapped in its cell joined again: a line reaching the column's
        right edge with the next one starting at its left (a centred signature block has neither)."""
        pieces, self.right = self.right, []
        edge = max((p.right for p in pieces), default=0.0)
        out: list[str] = []
        for k, piece in enumerate(pieces):
            above = pieces[k - 1] if k else None
            wrapped = (
                above is not None
                and above.right > edge - 1.5 * above.height
                and abs(above.left - piece.left) < 1.0
            )
            if wrapped and out:
                out[-1] = f"{out[-1]} {piece.text}"
            else:
                out.append(piece.text)
        return out


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    left: float
    right: float
    height: float


def _text(chars: list[Char]) -> str:
    return " ".join("".join(c.ch for c in chars).split())


def _height(chars: list[Char]) -> float:
    heights = sorted(c.top - c.bottom for c in chars)
    return max(heights[len(heights) // 2], 1.0)


def _border(line: list[Char], width: float) -> float | None:
    """Where the right column starts on a `Nơi nhận` line: the widest gap in the middle of the page."""
    visible = [c for c in line if c.visible]
    if not visible or not _RECIPIENTS.match(_text(line)):
        return None
    height = _height(visible)
    best: tuple[float, float] | None = None
    for before, after in itertools.pairwise(visible):
        gap = after.left - before.right
        if gap > _MIN_GAP * height and before.right < 0.62 * width and after.left > 0.38 * width:
            if best is None or gap > best[0]:
                best = (gap, after.left)
    return best[1] if best else None


def _cut(line: list[Char], closing: Closing) -> tuple[str, _Piece | None] | None:
    """The line's left column text and right column piece, or None when its text runs across the border.

    The cut is made at a gap the line really has: one wider than the line's own word spacing, near the border
    (`- Lưu: VT.      PHÓ GIÁM ĐỐC`). A line with no such gap is one run of words, whatever x it starts at: a
    centred signature line that starts a little left of the border (`PHÓ GIÁM ĐỐC` under `KT. GIÁM ĐỐC`)
    is the right column's, a line from the left column's edge across the border is text after the closing
    unless it is a recipient (a list item)."""
    border = closing.border
    assert border is not None
    visible = [c for c in line if c.visible]
    if not visible:
        return "", None
    height = _height(visible)
    slack = 0.5 * height
    at = _column_gap(visible, border, height)
    if at is None:  # one run
        first, last = visible[0].left, max(c.right for c in visible)
        if first >= border - slack or first - closing.left > 0.5 * (border - closing.left):
            return "", _Piece(_text(line), first, last, height)
        if last <= border + slack or _RECIPIENT_ITEM.match(_text(line)):
            return _text(line), None  # a long recipient (`- Bộ trưởng … (để báo cáo);`) may reach past it
        return None
    left = [c for c in line if not c.visible or c.left < at]
    right = [c for c in line if c.left >= at]
    shown = [c for c in right if c.visible]
    return _text(left), _Piece(_text(right), shown[0].left, max(c.right for c in shown), height)


def _column_gap(visible: list[Char], border: float, height: float) -> float | None:
    """Where the right column starts on the line: the x after the gap nearest the border among the gaps wider
    than the line's word spacing, or None when the line has none near the border."""
    gaps = [(b.left - a.right, b.left, a.right) for a, b in itertools.pairwise(visible)]
    word = word_spacing(visible, height)
    wide = [
        (after, before)
        for gap, after, before in gaps
        if gap > _CUT_GAP * height and wider_than_words(gap, word) and (word > 0 or gap > _MIN_GAP * height)
    ]
    near = [
        after
        for after, before in wide
        if after >= border - _REACH * height and before <= border + 0.5 * height
    ]
    return min(near, key=lambda x: abs(x - border)) if near else None


def split_closing(lines: list[list[Char]], width: float, closing: Closing) -> tuple[int, int, list[str]]:
    """(first, end): the closing's lines on this page, and its text: the left column's lines, then the right's.

    Without a closing on the page, (len(lines), len(lines), [])."""
    start = len(lines)
    if closing.border is None:
        for i, line in enumerate(lines):
            border = _border(line, width)
            if border is not None:
                closing.border, start = border, i
                closing.left = min(c.left for c in line if c.visible)
                break
    else:
        start = 0
    if closing.border is None:
        return len(lines), len(lines), []
    left: list[str] = []
    end = len(lines)
    for i in range(start, len(lines)):
        parts = _cut(lines[i], closing)
        if parts is None:
            closing.border, end = None, i
            return start, end, [*left, *closing.flush()]
        if parts[0]:
            left.append(parts[0])
        if parts[1] is not None:
            closing.right.append(parts[1])
    return start, end, left
