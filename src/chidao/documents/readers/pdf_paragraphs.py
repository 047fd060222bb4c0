"""The wrapped lines of one body paragraph of a PDF page, told from the page's geometry.

A text layer gives the page's physical lines; which breaks are wraps the text alone can only guess, but the page
shows it. A line was wrapped when the first word of the next line would not have fitted in the room left on it
before the right margin; a line that stops with room to spare was ended by the author (a heading, the last line
of a paragraph). The next line must also sit right under it, in the same type size, at the left margin: a
Decree 30 body indents a paragraph's first line, so an indented line opens a new paragraph (and a centred line is
no body text). On a justified page a wrapped line is set out to the right margin exactly: one ending short of
it, however little, is a paragraph's last line.

Not joined: lines of tables and of the header or signature block (the caller passes single-column body lines
only), a line opening a list item or a numbered heading, headings in capitals, and a line ending a sentence (`.`,
`;`, `:`) before a line that opens with a capital, unless the page is justified (there only a wrapped line
reaches the margin; set flush left, a full line ending in `.` may as well end its paragraph). Lines left
unjoined are left to the text-level unwrap, as are paragraphs run on across a page break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chidao.documents.readers.pdf_lines import Segment

LIST_START = re.compile(r"^(?:[-+•*–]|\d+[.)]|[a-zđ]\)|[IVX]+\.)(?:\s|$)")
_NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)+\.?|Điều\s+\d+)(?:\s|$)")  # `1.2.`, `Điều 3` (LIST_START has `1.`)
_SENTENCE_END = (".", ";", ":", "!", "?")
_SPACE = 0.35  # line heights: a natural word space when the page shows none (loose boxes are ~0.7 of the type size)
_UNDER = 3.5  # line heights: the next line of a paragraph sits at most this far below (1.5 spacing and more)
_INDENT = 0.3  # line heights: a line this much further in than the one above it is indented
_AT_MARGIN = 1.0  # line heights: three lines ending this close to each other at least make the right margin
_MARGIN_LINES = 3
_ON_MARGIN = 2.0  # points: a justified line ends this close to the right margin


@dataclass(frozen=True, slots=True)
class TextBlock:
    """The body text's extent on one page: its left and right margins, its natural word spacing (0 when the
    page has no paragraph's last line to measure it on), and whether it is justified (its wrapped lines are
    set out to the right margin exactly)."""

    left: float
    right: float
    spacing: float
    justified: bool = False


def text_block(lines: Sequence[Segment]) -> TextBlock | None:
    """The margins set by the page's single-column lines: the furthest right edge that at least three lines end
    near (one wide line is no margin), and the furthest left edge three lines start near; None when the page
    has too few lines to tell. Justified: most lines ending near the right margin end on it."""
    usable = [s for s in lines if s.plain and s.text and s.right > s.left]
    if len(usable) < _MARGIN_LINES:
        return None
    right = _edge([s.right for s in usable], [s.height for s in usable], reverse=True)
    left = _edge([s.left for s in usable], [s.height for s in usable], reverse=False)
    if right is None or left is None or right <= left:
        return None
    # the lines set to the margin end a point or two apart (the loose box of the last letter): their middle
    right = _median([s.right for s in usable if 0 <= right - s.right <= 2 * _ON_MARGIN])
    short = sorted(s.spacing for s in usable if s.spacing > 0 and right - s.right > 4 * max(s.height, 1.0))
    rooms = [right - s.right for s in usable]
    on = sum(1 for room in rooms if abs(room) <= _ON_MARGIN)
    near = sum(1 for room, s in zip(rooms, usable, strict=True) if _ON_MARGIN < room < 2 * max(s.height, 1.0))
    justified = on >= _MARGIN_LINES and on >= 2 * near
    return TextBlock(left, right, short[len(short) // 2] if short else 0.0, justified)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def _edge(values: list[float], heights: list[float], reverse: bool) -> float | None:
    height = max(sorted(heights)[len(heights) // 2], 1.0)
    ordered = sorted(values, reverse=reverse)
    for value in ordered:
        near = sum(1 for v in ordered if abs(v - value) <= _AT_MARGIN * height)
        if near >= _MARGIN_LINES:
            return value
    return None


def continues_paragraph(above: Segment, below: Segment, block: TextBlock) -> bool:
    """Is `below` the wrapped rest of the paragraph whose last physical line so far is `above`?"""
    if not (above.plain and below.plain and above.text and below.text):
        return False
    height = max(above.height, below.height, 1.0)
    if abs(above.height - below.height) > 0.25 * height:
        return False  # another type size: a title, a note
    if not 0 < above.bottom - below.bottom < _UNDER * height:
        return False
    if below.left > above.left + _INDENT * height or abs(below.left - block.left) > _INDENT * height:
        return False  # the rest of a body paragraph starts at the left margin (not indented, not centred)
    if above.left > block.left + 4 * height:
        return False  # centred or set right: a line of its own
    if LIST_START.match(below.text) or _NUMBERED.match(below.text):
        return False
    if capitals(above.text) or capitals(below.text):
        return False
    room = block.right - above.right
    if room >= below.first_word + (block.spacing or _SPACE * height):
        return False  # the next word would have fitted: the author ended the line
    if block.justified and room > _ON_MARGIN:
        return (
            False  # a justified page sets a wrapped line out to the margin: this is a paragraph's last line
        )
    if above.text.rstrip().endswith(_SENTENCE_END) and not below.text[:1].islower():
        return block.justified  # flush left, a full line ending a sentence may end its paragraph
    return True


def capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)
