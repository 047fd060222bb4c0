"""The body as paragraphs, list items and table rows, with wrapped lines joined and page breaks repaired.

A `Segment` is one paragraph or list item: its marker (`1.`, `a)`, `-`, `II.`), its depth, its text with the
marker and Markdown emphasis removed and lines joined by one space, and for every character of that text the
offset in `doc.text` it came from, so a piece of the segment maps back to a span.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import Final

from chidao.documents.alternation import as_written, either_case
from chidao.documents.data import load_toml
from chidao.documents.data.formal import formal_labels, header_markers
from chidao.documents.extract.assignees import find_units, read_unit, read_units
from chidao.documents.extract.clauses import (
    _matches,
    _next_verb,
    _predicate_follows,
    assignment,
    excluded,
    known_predicate_follows,
    opens_topic,
)
from chidao.documents.extract.prefilter import with_first_chars
from chidao.documents.model import Document
from chidao.documents.parts.addressees import starts_with_opener
from chidao.documents.parts.furniture import is_photo_caption, is_signature_stamp
from chidao.documents.text import VI_LOWER, VI_UPPER, Line, fold

# Offsets into doc.text, one per character: a range while they run on unbroken (most single-line paragraphs),
# a list once lines are joined or emphasis was cut out. Both index and slice alike; the range costs nothing.
Offsets = list[int] | range

# Marker → depth: I. (1), 1. (2), 1.1. (3), a) or a. or (1). (4), - (5), + (6); 0 is an unmarked paragraph.
_MARKERS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"Điều\s+\d{1,3}[.:](?=\s|$|[A-ZĐ])"), 1),  # (`Điều 2.Giao …`: a web copy lost the space)
    (re.compile(r"(?:[IVX]{1,4})[.)](?=\s|$)"), 1),
    # a part lettered in capitals over the Roman sections, its title in capitals (`A. NỘI DUNG TRÌNH BAN CHẤP HÀNH`)
    (re.compile(rf"[A-HĐ]\.(?=[ \t]+[{VI_UPPER}]{{2,}}[ \t])"), 1),
    (re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?(?=\s|$|[A-ZĐ])"), 3),
    (re.compile(r"\d{1,2}[.)](?=\s|$|\*)"), 2),
    # ... its space lost in a web copy (`1.Tỉnh ủy, …`, `2.Giao Bộ …`): a capital, then a small letter, right after
    (re.compile(rf"\d{{1,2}}\.(?=[{VI_UPPER}][{VI_LOWER}])"), 2),
    # an item numbered with a slash, as older letters type it (`3/ Các phòng rà soát …`): a space and a capital after
    (re.compile(rf"\d{{1,2}}/(?=[ \t]+[{VI_UPPER}])"), 2),
    (re.compile(r"[a-zđ](?:\.\d)?\)(?=\s|$)"), 4),
    # ... its bracket parted from the letter by a space, as a PDF text layer may give it (`d ) Ban hành …`)
    (re.compile(rf"[a-zđ] \)(?=[ \t]+[{VI_UPPER}])"), 4),
    (re.compile(r"\(\d{1,2}\)\.?(?=\s)"), 4),
    (re.compile(r"[a-zđ]\.(?=\s+[A-ZĐ])"), 4),
    (re.compile(r"[-–—•](?=\s|$|[A-ZĐ])"), 5),  # (a dash alone on its line: its item's text opens the next)
    (re.compile(r"[~¬](?=[ \t]+[A-ZĐ])"), 5),  # a dash OCR read as a tilde or a not sign (`~ Có …`, `¬ Thực hiện …`)
    (re.compile(r"[+*](?=\s)"), 6),
)
# The markers as one pattern tried in the order above (alternation keeps that order), with the spaces after it.
# (behind a lookahead for the characters a marker starts with: most lines start with none, and no branch is tried)
_MARKER: Final = with_first_chars(
    re.compile("(?:" + "|".join(f"(?P<m{i}>{p.pattern})" for i, (p, _) in enumerate(_MARKERS)) + r")\s*")
)
_MARKER_DEPTH: Final = {f"m{i}": depth for i, (_, depth) in enumerate(_MARKERS)}
# `**`/`__` (bold), `*` at a word's edge, and `_` at a word's edge (italic: `_V/v tổ chức …_`, `_Nơi nhận:_`); an
# underscore inside a word (`Quyết_định`) or in a run of them (`Số: ____/KH`, a blank) is no mark
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)|(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?![\w_])")
_EMPHASIS_OPENERS = ("*", "_")  # every match of `_EMPHASIS` opens with one of these
_HEADING_HASH = re.compile(r"#{1,6}\s+")
# A stroke OCR reads before an item's number (`_2.3. Giao Vụ Chính sách`, `_ - Tiếp tục …`): one underscore, not the
# `__` of emphasis, before a number's marker or a dash; or before a wrapped line's first word in lower case
# (`_ các xã còn lại`), which then goes on the line before
_STRAY_RULE = re.compile(rf"_[ \t]*(?=\d{{1,2}}(?:\.\d{{1,2}})*\.[ \t]|[-–][ \t])|_[ \t]+(?=[{VI_LOWER}])")
_TERMINAL: Final = re.compile(r"(?:[.;:!?…]|\./\.|\.\)|;\))[\"”)]*$")
_PAGE_NUMBER = re.compile(r"(?:-\s*)?\d{1,3}(?:\s*-)?")
# the closing's `Nơi nhận` and an appendix's `PHỤ LỤC`, as written or in capitals: `[labels]` of issuer_markers.toml
_CLOSING = re.compile(
    rf"^\W*{as_written((*formal_labels().recipient_spellings, *(w.upper() for w in formal_labels().recipient_spellings)))}\b"
)
_ANNEX: Final = re.compile(rf"^\W*{as_written((formal_labels().annex.upper(), formal_labels().annex))}\b")
_LAYOUT_GAP = re.compile(r"\S {6,}\S|\S {3,}\S.* {3,}\S")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")
# a table row written without its outer pipes (`1 | Nội dung | Sở X | Sở Y | Quý II/2026 |`, as some .docx
# extractions give it): three or more ` | ` separators make it a row
_BARE_ROW = re.compile(r"(?:[^|]* \| ){3}")
# a table row copied out of a word processor as text: its cells between tabs, one tab a boundary (an empty cell
# between two); three cells or more make it a row (`1\tLập danh mục\tSở Nội vụ\t\tQuý II/2026`)
_TAB_ROW: Final = re.compile(r"[^\t]*\t[^\t]*\t")
_HYPHEN_CUT: Final = re.compile(r"\w-$")
_CODE_OR_DATE = re.compile(r"\d{1,4}[/-]\w")
_WRAP_WORDS = load_toml("wrap_words.toml")
# words a number follows (`tháng` / `6`, `Điều` / `5`): `[numbered_words]`, and the longest match (a space, a word)
_NUMBERED = _WRAP_WORDS["numbered_words"]
_NUMBERED_WORD = re.compile(rf"\s(?:{as_written(_NUMBERED['words'])}|{either_case(_NUMBERED['parts'])})$")
_NUMBERED_LONGEST = 1 + max(map(len, (*_NUMBERED["words"], *_NUMBERED["parts"])))
# a part of a text heading its section with its number (`Phần I`, `CHƯƠNG II`): `headings` of `[numbered_words]`
_PART_HEADING = re.compile(
    rf"^(?:{as_written((*_NUMBERED['headings'], *(p.upper() for p in _NUMBERED['headings'])))})\s+(?:[IVXLC]+|\d+)\b"
)
# words a line cannot end on: `[open_words]`
# a number, then a word that joins it to the next (`tháng 10 và`): `pairs` of `[numbered_words]`
_NUMBER_PAIR: Final = re.compile(rf"\d[ \t]{{1,2}}{as_written(_NUMBERED['pairs'])}$")
_OPEN_WORD = re.compile(rf"(?:^|\s){as_written(_WRAP_WORDS['open_words']['words'])}$")  # (alone: `b) Đề nghị`)
_OPEN_LONGEST = 1 + max(map(len, _WRAP_WORDS["open_words"]["words"]))
_PAIR_LONGEST: Final = 3 + max(map(len, _NUMBERED["pairs"]))  # a digit, two spaces at most, the word
_ENDS_WITH_NUMBER = re.compile(r"\d\S*$")
_RANGE_DASH = re.compile(r"[-–]\s*\w{0,3}\d")
_DASHES: Final = ("-", "–")
_MARKS_ONLY: Final = re.compile(r"[.,;:!?…)\]”\"/]{1,4}")  # `.`, `;`, `./.`: what a wrap may push onto a line alone
# a line opening with a short bracket that the sentence runs on from in lower case (`(HTKK, iHTKK) để hỗ trợ …`): the
# middle of a sentence, never a paragraph's start (a note in brackets stands alone: `(Kèm theo …)`)
_BRACKET_RUNS_ON = re.compile(rf"\([^()\n]{{1,60}}\)[ \t]+[{VI_LOWER}]")
# (first half, second half) of the compounds a spaced dash joins (`kinh tế - xã hội`), folded: `[dash_compounds]`
_DASH_COMPOUNDS = tuple(
    (fold(first), fold(second))
    for first, second in (pair.split(" - ") for pair in _WRAP_WORDS["dash_compounds"]["pairs"])
)


# words after which a unit on the next line is the object of a title's verb: `[title_then_unit]`
_OBJECT_WORDS = _WRAP_WORDS["title_then_unit"]["object_words"]
_OBJECT_END = re.compile(rf"\s{as_written(_OBJECT_WORDS)}$")
_OBJECT_LONGEST = 1 + max(map(len, _OBJECT_WORDS))


def _opens_with_unit(text: str) -> bool:
    """Does `text` open with a unit's name (`Ủy ban nhân dân cấp xã:`, `Sở Tài chính phối hợp …`)?"""
    mentions, _ = read_units(text, 0)
    return bool(mentions) and mentions[0].start == 0


def _title_then_unit(title: str, text: str) -> bool:
    """`1. Nâng cao nhận thức, …` (`title`, the numbered line alone) filling a wrapped line, then `Các cấp ủy, tổ chức
    đảng tập trung …` (`text`): a sentence opening with a unit and its work under a title that names no unit and
    hands no work on (`[title_then_unit]` of data/wrap_words.toml) opens a paragraph of its own."""
    mentions, end = read_units(text, 0)
    if not mentions or mentions[0].start != 0 or end >= len(text) or not known_predicate_follows(text, end):
        return False
    low = title.lower()
    if _ends_with(_OBJECT_END, title, _OBJECT_LONGEST) or _next_verb(title, low if len(low) == len(title) else None, 0):
        return False
    return not find_units(title)


# words that open a sentence of their own after a line left open, a comma after them: `[connectives]`
_CONNECTIVE = re.compile(rf"{as_written(_WRAP_WORDS['connectives']['words'])},")
# words that carry a paragraph on past a full stop at a filled line's end: `[after_stop]`
_AFTER_STOP = re.compile(rf"{as_written(_WRAP_WORDS['after_stop']['words'])}[ ,:]")
_AFTER_STOP_FIRST = tuple({w.split()[0] + " " for w in _WRAP_WORDS["after_stop"]["words"]})
# a line that is only the words opening a list and a colon (`Cụ thể:`): `[list_openers]`
_LIST_OPENER: Final = re.compile(rf"{as_written(_WRAP_WORDS['list_openers']['words'])}[ \t]*:")


def _ends_with(pattern: re.Pattern[str], text: str, longest: int) -> bool:
    """`pattern.search(text)` for a pattern anchored at the end (`...$`) whose match is at most `longest` long:
    only the tail is searched (one more character for the newline `$` may stand before)."""
    return pattern.search(text, max(0, len(text) - longest - 1)) is not None


@dataclass(init=False)
class Segment:
    """One paragraph, list item or table row of the body (`__init__` written out, so that the compiled build
    compiles it: the one `dataclass` writes runs as Python)."""

    text: str
    offsets: Offsets
    marker: str | None = None
    depth: int = 0
    cells: list[str] | None = None
    cell_offsets: list[list[int]] = field(default_factory=list)
    layout: bool = False  # holds lines of a table laid out with spaces (columns mixed line by line)

    def __init__(
        self, text: str, offsets: Offsets, marker: str | None = None, depth: int = 0, cells: list[str] | None = None,
        cell_offsets: list[list[int]] | None = None, layout: bool = False,
    ) -> None:
        self.text = text
        self.offsets = offsets
        self.marker = marker
        self.depth = depth
        self.cells = cells
        self.cell_offsets = [] if cell_offsets is None else cell_offsets
        self.layout = layout

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

    def extend(self, text: str, offsets: Offsets, joint: str) -> None:
        """Append a wrapped line's text after `joint` (a space, or nothing inside a word cut at its hyphen); the
        joining space takes the offset of the line's first character."""
        own = self.offsets if isinstance(self.offsets, list) else list(self.offsets)
        if joint:
            own.append(offsets[0])
        own += offsets
        self.text += joint + text
        self.offsets = own

    @property
    def ends_open(self) -> bool:
        """True when the text stops mid-sentence (a wrapped line or a page break follows)."""
        text = self.text
        if text and text[-1] in ".;:!?…":
            return False  # most sentences (and one left trailing off, `… xe mô tô vi phạm…`: a capital after it
            # opens the next; a line in lower case after it still goes on, as after any mark)
        # A match stops at the last character that is no closing quote or bracket: search only from just before it.
        return not _TERMINAL.search(text, max(0, len(text.rstrip("\"”)\n")) - 3))


# a programme item's doer line: `[doer_line]` of data/lead_ins.toml
_DOER = load_toml("lead_ins.toml")["doer_line"]
_DOER_VERBS = frozenset(w for phrase in _DOER["verbs"] for w in fold(phrase).split())
_DOER_WORDS = _DOER_VERBS | frozenset(w for phrase in _DOER["fillers"] for w in fold(phrase).split())
_DOER_JOINED = frozenset(_DOER["joined_after"])  # a line ending so runs on into the units below it
_DOER_TIME = frozenset(w for phrase in _DOER["time_words"] for w in fold(phrase).split())
_DOER_FIGURE = re.compile(r"[\d/.\-–]+|[ivxl]+(?:/\d+)?")  # `01/2026`, `IV/2025`, `II`
_DOER_BRACKET = re.compile(r"\([^()]*\)")  # a bracket: the time (`(từ quý IV/2025 …)`) or a note
_DOER_STOPS = re.compile(r"[,;:.]+(?=\s|$)")


def doer_line(text: str) -> bool:
    """Units, then only who prepares the item above and when (`Ban X chủ trì, phối hợp các cơ quan liên quan tham
    mưu, trình trong tháng 5/2026`): `[doer_line]` of data/lead_ins.toml."""
    mentions, end = read_units(text, 0)
    if not mentions or mentions[0].start != 0 or end >= len(text.rstrip(" .;")):
        return False
    rest = _DOER_BRACKET.sub(" ", text[end:])
    for helper in reversed(find_units(rest)):
        rest = rest[: helper.start] + " " + rest[helper.end :]  # the units it helps (`phối hợp Công an xã`)
    words = _DOER_STOPS.sub(" ", fold(rest)).split()
    return bool(words) and any(w in _DOER_VERBS for w in words) and all(
        w in _DOER_WORDS or w in _DOER_TIME or _DOER_FIGURE.fullmatch(w) for w in words
    )


def _clean(line: Line) -> tuple[str, Offsets]:
    """The line without Markdown heading marks and emphasis, with each kept character's offset."""
    text = line.text
    start = line.start
    m = _HEADING_HASH.match(text) if text.startswith("#") else None
    if m:
        text, start = text[m.end() :], start + m.end()
    elif text[:1] == "_" and (m := _STRAY_RULE.match(text)) is not None:
        text, start = text[m.end() :], start + m.end()  # `_2.3. Giao …`: a stroke OCR read before an item's number
    # every mark opens with * or __: the pattern is tried there alone, not at every character of the line
    emphasis = _matches(_EMPHASIS, _EMPHASIS_OPENERS, text) if "*" in text or "_" in text else []
    if not emphasis:  # most lines: nothing to drop, the offsets run on
        stripped = text.lstrip()
        start += len(text) - len(stripped)
        stripped = stripped.rstrip()
        return stripped, range(start, start + len(stripped))
    pieces: list[str] = []
    offs2: list[int] = []
    pos = 0
    for e in emphasis:  # keep the text between the marks, piece by piece
        pieces.append(text[pos : e.start()])
        offs2 += range(start + pos, start + e.start())
        pos = e.end()
    pieces.append(text[pos:])
    offs2 += range(start + pos, start + len(text))
    text2 = "".join(pieces)
    lead = len(text2) - len(text2.lstrip())
    text2, offs2 = text2[lead:], offs2[lead:]
    tail = len(text2.rstrip())
    return text2[:tail], offs2[:tail]


def _marker(text: str) -> tuple[str | None, int, int]:
    """(marker, depth, length including the following spaces) at the start of `text`."""
    m = _MARKER.match(text)
    if m is None or m.lastgroup is None:
        return None, 0, 0
    return m.group(m.lastgroup), _MARKER_DEPTH[m.lastgroup], m.end()


def _next_text(lines: list[Line], at: int) -> str:
    """The text of the first line after `at` that is not blank."""
    return next((lines[k].text for k in range(at + 1, len(lines)) if lines[k].text), "")


def _tab_row(text: str, in_table: bool) -> bool:
    """A row of cells between tabs: three cells or more, or two under such a row (a group row, `II\tNHÂN LỰC`)."""
    return "\t" in text and "|" not in text and (in_table or _TAB_ROW.match(text) is not None)


def _row(line: Line, in_tab_table: bool = False, closed: bool = False, in_bare_table: bool = False) -> Segment | None:
    """A Markdown/pipe table row (or a row of cells between tabs) as a segment with cells; `closed`: a row without
    its opening pipe above rows in pipes, whose last pipe closes it as theirs do; `in_bare_table`: under a row
    without outer pipes, where a line is a row of that table when it holds a ` | ` at all (a group row, `I |
    GIAI ĐOẠN 1`), and a pipe it opens with bounds an empty first cell (` | Lập báo cáo | Sở X | …`: a cell merged
    down from the row above), not the table's outer pipe."""
    text, offsets = _clean(line)
    open_cell = in_bare_table and text.startswith("|") and not text.endswith("|")
    piped = text.startswith("|") and not open_cell
    tabbed = not piped and not open_cell and _tab_row(text, in_tab_table)
    bare = _BARE_ROW.match(text) is not None or (in_bare_table and " | " in f" {text} ")
    if (not piped and not tabbed and not bare) or _TABLE_RULE.match(text.lstrip("| ")):
        return None
    cells: list[str] = []
    cell_offsets: list[list[int]] = []
    pos = 1 if piped else 0
    for part in text[pos:].split("\t" if tabbed else "|"):
        raw = part
        lead = len(raw) - len(raw.lstrip())
        value = raw.strip()
        cells.append(value)
        cell_offsets.append(list(offsets[pos + lead : pos + lead + len(value)]))
        pos += len(part) + 1
    if (piped or (closed and text.endswith("|"))) and cells and cells[-1] == "":
        # the outer pipe closing the row, also on a row whose opening pipe the header took (`STT | … | Sản phẩm |`
        # at the body's start, piped rows under it); a bare row's last cell left empty is a cell
        cells.pop()
        cell_offsets.pop()
    return Segment(text=" | ".join(cells), offsets=offsets, cells=cells, cell_offsets=cell_offsets)


def body_lines(doc: Document, lines: list[Line]) -> list[Line]:
    """The lines of the body (doc.body_span, else up to `Nơi nhận`), plus any annex after the closing.
    `lines` are in text order (as `split_lines` gives them), so the body is one run of them."""
    if doc.body_span:
        start, end = doc.body_span
        first = bisect.bisect_right(lines, start, key=_line_end)  # the first line ending after the start
        stop = bisect.bisect_left(lines, end, key=_line_start)  # the first line starting at the end or later
        body = lines[first:stop]
        if body:  # only the first and the last line may run over the body's bounds
            body[0] = _clip(body[0], start, end)
            body[-1] = _clip(body[-1], start, end)
    else:
        stop = next((i for i, ln in enumerate(lines) if i > 3 and _CLOSING.match(ln.text.lstrip("|* "))), len(lines))
        body = lines[:stop]
        end = lines[stop].start if stop < len(lines) else len(doc.text)
    annex = next((i for i in range(stop, len(lines)) if lines[i].start >= end and _ANNEX.match(lines[i].text)), None)
    if annex is not None:
        body = body + lines[annex:]
    notes = _page_notes(body) | _stamps(body)
    if notes:
        body = [ln for i, ln in enumerate(body) if i not in notes]
    return _photo_captions(body)


def _photo_captions(body: list[Line]) -> list[Line]:
    """The body with a news page's photo captions and credits (`… kiểm tra hiện trường dự án. Ảnh: Thu Hà`, `Ảnh minh
    họa`, `Tin, ảnh: …`; parts/furniture.py `is_photo_caption`) as blank lines: a caption describes a photo (an
    official at work, which reads like a task) and stands apart, so the paragraphs around it stay apart too."""
    caption = [i for i, ln in enumerate(body) if ln.text and is_photo_caption(ln.text)]
    if not caption:
        return body
    body = list(body)
    for i in caption:
        line = body[i]
        body[i] = Line(line.index, line.start, line.start, "")
    return body


def _stamps(body: list[Line]) -> set[int]:
    """The lines of a digital signature's stamp a PDF laid over the body (`Người ký: …` / `Email: …` / `Cơ quan:
    …` / `Thời gian ký: …`, two lines of it at least): page furniture, which would cut the list or the paragraph it
    falls in."""
    stamps: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*body, None]):
        if line is not None and line.text[:1] in _STAMP_FIRST and is_signature_stamp(line.text):
            run.append(i)
            continue
        if len(run) >= 2:
            stamps.update(run)
        run = []
    return stamps


# the first letters of the stamp's labels (`[signature_stamp]` of issuer_markers.toml): a cheap first test
_STAMP_FIRST: Final = frozenset(c for w in header_markers().signature_stamp for c in (w[0].upper(), w[0].lower()))


# A note at a page's foot in a layout copy of a PDF (`   1 Các quy định của Luật …`): its number, then a letter
_NOTE_START = re.compile(r"^\s{0,12}(\d{1,2})\s+(?=[^\W\d_])")
_NOTE_REACH = 30  # lines from a note's start to the page number that closes its page, at most
_MARK_REACH = 60  # lines above a note in which its mark stands, at most


def _page_notes(body: list[Line]) -> set[int]:
    """The lines of the notes a layout copy prints at a page's foot (`   1 Các quy định …` up to the page number
    `2`): a line opening with a number and a word after a blank line, the same number glued to a word above it
    (`… khoáng sản1.`), a page number below. Their citations stay in the text for the references; as body they
    would cut the paragraph the page breaks (its rest follows the page number) and read as an item."""
    notes: set[int] = set()
    for i, line in enumerate(body):
        if not line.text[:14].strip()[:1].isdigit() or i == 0 or body[i - 1].text.strip():
            continue
        m = _NOTE_START.match(line.text)
        if m is None:
            continue
        end = next(
            (j for j in range(i + 1, min(i + _NOTE_REACH, len(body))) if _PAGE_NUMBER.fullmatch(body[j].text.strip())),
            None,
        )
        if end is None:
            continue
        mark = re.compile(rf"[^\W\d_]{m.group(1)}(?!\d)")
        if any(mark.search(body[k].text) for k in range(max(0, i - _MARK_REACH), i)):
            notes.update(range(i, end))
    return notes


def _line_start(line: Line) -> int:
    return line.start


def _line_end(line: Line) -> int:
    return line.end


def _clip(line: Line, start: int, end: int) -> Line:
    """The part of a line inside [start, end) (a body that begins or ends mid-line)."""
    if line.start >= start and line.end <= end:
        return line
    a, b = max(line.start, start), min(line.end, end)
    text = line.text[a - line.start : b - line.start]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return Line(line.index, a + lead, a + lead + len(text), text)


# An item number inside a line, after the end of a sentence or a lead-in (`… như sau: 1. Giao … 2. Giao …`)
_INLINE_ITEM = re.compile(r"(?<=[.:;!?]) +(\d{1,2})[.)] +(?=[^\W\d_])")


# ... and a decision's articles (`… QUYẾT ĐỊNH Điều 1. Ban hành … . Điều 2. Giao …`): the first also right after the
# capitals of `QUYẾT ĐỊNH` / `QUYẾT NGHỊ`, the next ones after the end of a sentence
_INLINE_ARTICLE = re.compile(r"(?:(?<=[.:;!?\"”])|(?<=[A-ZỊ])(?= Điều 1[.:])) +Điều (\d{1,3})[.:] +(?=[^\W\d_])")


# ... and a dashed point run on after the end of a sentence, a clause or a lead-in (`… như sau: – Báo X mở …; – Đài Y
# …`, `… tại địa phương. – Biên tập tin, bài …`): a dash between spaces before a capital. (A dash inside a name stands
# after a word, never after a mark: `Ban Tổ chức - Kiểm tra`, `Phát thanh – Truyền hình`.)
_INLINE_POINT = re.compile(rf"(?<=[.:;]) +[-–] +(?=[{VI_UPPER}])")


def _inline_items(line: Line) -> list[Line]:
    """A line holding a numbered list or a decision's articles run together (text flattened onto one line, as
    copied from a web page), cut before each of its item numbers (`1.`, `Điều 1.`): the numbers must run 1, 2, 3 …
    in order, two at least, each before a capital; and before the closing formula that may follow the last item.
    Each piece is cut again before the dashed points run into it (`_inline_points`). Any other line as it is."""
    text = line.text
    if ". 1" not in text and ": 1" not in text and " Điều 1" not in text and " - " not in text and " – " not in text:
        return [line]  # the usual line: none of the strings `_inline_numbers` and `_inline_points` cut at
    if " | " in text and (text.lstrip()[:1] == "|" or _BARE_ROW.match(text)):
        return [line]  # a table row: the points and numbers in its cells are the cells' (`- Vụ X; - Vụ Y.`)
    return [point for item in _inline_numbers(line) for point in _inline_points(item)]


def _inline_points(line: Line) -> list[Line]:
    """A line cut before each dashed point run into it after a mark (`_INLINE_POINT`); any other line as it is."""
    if " - " not in line.text and " – " not in line.text:
        return [line]
    cuts = [m.end() - len(m.group(0).lstrip()) for m in _INLINE_POINT.finditer(line.text)]
    if not cuts:
        return [line]
    bounds = [line.start, *(line.start + c for c in cuts), line.end]
    return [_clip(line, a, b) for a, b in itertools.pairwise(bounds)]


def _inline_numbers(line: Line) -> list[Line]:
    """`_inline_items`' numbered items and articles."""
    if ": 1" in line.text or ". 1" in line.text:
        cuts = _inline_cuts(line.text, _INLINE_ITEM)
    else:
        cuts = []
    if len(cuts) < 2 and " Điều 1" in line.text:
        cuts = _inline_cuts(line.text, _INLINE_ARTICLE)
    if len(cuts) < 2:  # the usual line: no list starts inside it
        return [line]
    closing = _last_sentence(line.text, cuts[-1])
    if closing is not None and excluded(line.text[closing:]) == "closing":  # `… thông báo để các đơn vị biết./.`
        cuts.append(closing)
    bounds = [line.start, *(line.start + c for c in cuts), line.end]
    return [_clip(line, a, b) for a, b in itertools.pairwise(bounds)]


def _inline_cuts(text: str, pattern: re.Pattern[str]) -> list[int]:
    """Where each item of a list run into `text` starts, its number (group 1) running 1, 2, 3 … before a capital."""
    cuts: list[int] = []
    for m in pattern.finditer(text):
        if int(m.group(1)) == len(cuts) + 1 and text[m.end()].isupper():
            cuts.append(m.start() + len(m.group(0)) - len(m.group(0).lstrip()))
    return cuts


_SENTENCE_START = re.compile(r"(?<=[.;!?]) +(?=[^\W\d_])")


def _last_sentence(text: str, start: int) -> int | None:
    """Where the last sentence after `start` begins (after a full stop and before a capital), if not at `start`."""
    last = None
    for m in _SENTENCE_START.finditer(text, start):
        if text[m.end()].isupper():
            last = m.end()
    return last


# A number alone opening a line before a capital (`1 Giao Sở …`, or with a dash after it: `2 - Sở Tài chính …`): an
# item number that lost its dot (web copies, PDF text layers), when such numbers run 1, 2, 3 … at line starts
# (`_bare_numbers`)
_BARE_NUMBER: Final = re.compile(rf"(\d{{1,2}})(?: {{1,2}}[-–])? {{1,2}}(?=[{VI_UPPER}])")
# ... or a line of the number alone, its item's text on the next line after a dash (`3` then `- UBND các huyện:`)
_LONE_NUMBER: Final = re.compile(r"\d{1,2}")
_DASH_ITEM = re.compile(rf"[-–] {{1,2}}[{VI_UPPER}]")
_CLOSED_LINE: Final = (".", ";", ":", "!", "?", ")")
# A section number that lost its dot (`I MỤC ĐÍCH, YÊU CẦU`, `II NHIỆM VỤ`: web copies and PDF text layers): a roman
# number before a heading in capitals that fills the line (two letters at least, words joined by spaces, `,`, `-`).
_BARE_ROMAN: Final = re.compile(
    rf"([IVX]{{1,4}})[ \t]+(?=[{VI_UPPER}]{{2,}}(?:[ \t]*[,\-–][ \t]*|[ \t]+)?(?:[{VI_UPPER}]+(?:[ \t]*[,\-–][ \t]*|[ \t]+)?)*[:.]?$)"
)


def _lone_number(pieces: list[Line], at: int) -> bool:
    """Whether line `at` is an item number alone (`3`) whose item opens the next line after a dash (`- UBND …`)."""
    if not _LONE_NUMBER.fullmatch(pieces[at].text.strip()):
        return False
    after = next((t for k in range(at + 1, len(pieces)) if (t := pieces[k].text.strip())), "")
    return bool(_DASH_ITEM.match(after))


def _next_in(m: re.Match[str], run: list[int]) -> bool:
    """The number `m` read is the next of the run (`3` after lines numbered 1 and 2)."""
    return int(m.group(1) if m.groups() else m.group(0)) == len(run) + 1


def _bare_numbers(pieces: list[Line]) -> set[int]:
    """The lines (by index) opening with an item number that lost its dot (`1 Giao Sở Tài chính …`, `2 Giao …`,
    `2 - Sở Tài chính …`, or `3` alone before `- UBND các huyện:`).
    Such a number counts only in a run numbered 1, 2, 3 … at line starts, two at least, each line after a line that
    closes (a mark, or a blank line; from the third number on, any line) and opening with a capital after the number: a line opening with a quantity
    (`3 tháng`, `15 ngày`, `2026 là năm`, `100% hộ`) or carrying a wrapped sentence on is no item, nor a number in
    the first column of a table laid out with spaces."""
    found: set[int] = set()
    run: list[int] = []
    before = ""  # the text of the last non-blank line
    for at, line in enumerate(pieces):
        text = line.text.lstrip("*_# ")
        if not text:
            before = ""
            continue
        m = None
        if text[0].isdigit():
            m = _BARE_NUMBER.match(text) or (_LONE_NUMBER.fullmatch(text.rstrip()) if _lone_number(pieces, at) else None)
        # (the third number of a run and on follows a line left open too: an OCR'd list whose items close with no
        # mark, `2 Đánh giá … vướng mắc, đề xuất kiến nghị` / `3 Đề xuất định hướng …`, the run vouching for it)
        opens = not before or before.endswith(_CLOSED_LINE) or (len(run) >= 2 and m is not None and _next_in(m, run))
        if m is not None and opens and not _LAYOUT_GAP.search(text):
            number = int(m.group(1) if m.groups() else m.group(0))
            if number == 1:
                if len(run) >= 2:
                    found.update(run)
                run = [at]
            elif run and number == len(run) + 1:
                run.append(at)
        before = text.rstrip("*_ ")
    if len(run) >= 2:
        found.update(run)
    return found


_ARTICLE_WORD: Final = "Điều "  # an article's marker (`Điều 3.`, the first of `_MARKERS`)


def segments(lines: list[Line]) -> list[Segment]:
    """Join the lines into paragraphs, list items and table rows."""
    out: list[Segment] = []
    current: Segment | None = None
    blank_run = 0
    last_len = 0
    after_page_number = False  # the line before was a page's number: the page's running header may follow
    tab_rows = False  # the line before was a row of cells between tabs
    bare_rows = False  # the last line (blank ones aside) was a table row without outer pipes
    full, width = _wrap(lines)
    pieces = [piece for whole in lines for piece in _inline_items(whole)]
    bare = _bare_numbers(pieces)
    for at, line in enumerate(pieces):
        if not line.text:
            blank_run += 1
            tab_rows = False
            continue
        # a pipe table's row (or its rule) ends the paragraph (a row without outer pipes holds ` | `, looked for first)
        tabbed = _tab_row(line.text, tab_rows)
        tab_rows = tabbed
        in_bare = bare_rows and " | " in f" {line.text.strip()} "
        bare_rows = False
        if line.text[0] == "|" or (" | " in line.text and _BARE_ROW.match(line.text)) or tabbed or in_bare:
            current = None
            closed = line.text[0] != "|" and not tabbed and not in_bare and _next_text(pieces, at).startswith("|")
            row = _row(line, tabbed, closed=closed, in_bare_table=in_bare)
            if row is not None:
                out.append(row)
                bare_rows = in_bare or (not tabbed and not line.text.lstrip().startswith("|"))
            continue
        text, offsets = _clean(line)
        if at in bare and _LONE_NUMBER.fullmatch(text):  # `3` alone: its item's text opens the next line
            current = Segment(text="", offsets=offsets[len(text) :], marker=text, depth=2)
            out.append(current)
            blank_run, after_page_number = 0, False
            continue
        if not text or (len(text) <= 5 and _PAGE_NUMBER.fullmatch(text)):
            after_page_number = bool(text)
            continue
        marker, depth, skip = _marker(text)
        if current is not None and current.marker and not current.text and marker in _DASHES and at - 1 in bare:
            current.text, current.offsets = text[skip:], offsets[skip:]  # `3` then `- UBND các huyện:`: one item
            blank_run, last_len = 0, len(text)
            continue
        if marker is None and at in bare and (number := _BARE_NUMBER.match(text)) is not None:
            marker, depth, skip = number.group(1), 2, number.end()  # `1 Giao …`: an item number that lost its dot
        elif marker is None and (roman := _BARE_ROMAN.match(text)) is not None:
            marker, depth, skip = roman.group(1), 1, roman.end()  # `II NHIỆM VỤ`: a section number that lost its dot
        elif marker is None and text[:1] in _DIGIT_CHARS and (comma := _COMMA_NUMBER.match(text)) is not None:
            if _follows_number(out, int(comma.group(1))):
                marker, depth, skip = comma.group(1) + ".", 2, comma.end()  # `9, Ban …` after `8.`: a dot read as a comma
        if after_page_number and _running_header(current, text, marker):
            continue
        after_page_number = False
        layout = "   " in text and bool(_LAYOUT_GAP.search(text))  # a gap needs three spaces at least
        range_dash = (
            current is not None and marker in _DASHES and _wrapped_dash(current, text, blank_run, last_len, full, width)
        )
        inline_number = (
            current is not None and marker is not None and depth == 4 and marker[0] == "(" and not blank_run
            and _no_room(last_len, text, width) and _inline_enumeration(current, marker, pieces, at)
        )
        # `… tháng 10 và` / `11. Để …`: the pair's second number, though it reads like an item's
        paired = (
            current is not None and marker is not None and marker[:1].isdigit() and not blank_run
            and _ends_with(_NUMBER_PAIR, current.text, _PAIR_LONGEST)
        )
        joins = current is not None and (
            range_dash or inline_number or paired
            or (marker is None and _continues(current, text, blank_run, last_len, full, width))
        )
        if (
            joins and marker is None and current is not None and current.depth > 0 and text[:1].isupper()
            and current.text[-1:] not in ",;" and current.text.rsplit(None, 1)[-1] not in _DOER_JOINED
            and doer_line(text)
        ):
            joins = False  # `1.2. Nghị quyết về …` / `Ban X chủ trì, … trình trong tháng 11/2025`: the item's doer line

        if current is not None and joins:
            cut = _HYPHEN_CUT.search(current.text[-3:]) and text[:1].isalnum()  # `các-` + `bon`: one word cut
            current.extend(text, offsets, "" if cut else " ")
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
    _misread_first_letter(out)
    # (an article's number alone on its line, its items below with numbers of their own, `Điều 3.` / `1. …`: kept as
    # the article's heading, which ends what the article above opened)
    out = [s for s in out if s.text or s.cells or (s.marker or "").startswith(_ARTICLE_WORD)]
    _bullets_over_dashes(out)
    kept = _item_paragraphs(out)
    _colonless_leads(kept)
    return kept


# the words a lead-in left without its colon ends with (`… cụ thể như sau`): `[colonless_lead]` of wrap_words.toml
_COLONLESS_END: Final = re.compile(rf"(?:^|\s)(?:{'|'.join(re.escape(w) for w in _WRAP_WORDS['colonless_lead']['ends'])})$")


def _colonless_leads(out: list[Segment]) -> None:
    """`…, cụ thể như sau` / `1. Quý IV năm 2025`: a paragraph that ends with a lead-in's words right above a marked
    item, its colon left out, introduces the items as it would with it: the colon is put back (at its last
    character), so every reader of lead-ins takes it for one."""
    for seg, after in itertools.pairwise(out):
        if seg.cells is not None or after.cells is not None or not after.marker or after.depth <= 0:
            continue
        text = seg.text.rstrip()
        if not text or not text[-1].isalnum() or _COLONLESS_END.search(fold(text[-20:])) is None:
            continue
        offsets = seg.offsets if isinstance(seg.offsets, list) else list(seg.offsets)
        seg.text, seg.offsets = text + ":", [*offsets[: len(text)], offsets[len(text) - 1]]


_NUMBERED = re.compile(r"(\d{1,2})\.")
_ORDER_GROUNDS = ("can cu", "tren co so")  # `grounds` of `[intro_clause]` (lead_ins.toml) an order may stand on


def _item_paragraphs(out: list[Segment]) -> list[Segment]:
    """`1. Bổ sung nhân lực … .` / `Đối với các huyện chậm …, kịp thời …` / `2. …`: an unnumbered paragraph between
    a numbered item that ends its sentence and the item numbered next is the first item's own (its lines joined),
    not a paragraph that closes the list. One paragraph only, that no colon ends (a colon opens a list of its own)."""
    for i in range(len(out) - 2, 0, -1):
        para, item, after = out[i], out[i - 1], out[i + 1]
        if para.marker is not None or para.cells or item.cells or after.cells or para.text.rstrip().endswith(":"):
            continue
        first = _NUMBERED.fullmatch(item.marker or "")
        second = _NUMBERED.fullmatch(after.marker or "")
        if first is None or second is None or int(second.group(1)) != int(first.group(1)) + 1:
            continue
        if item.depth != after.depth or not item.text.rstrip().endswith("."):
            continue
        if (own := assignment(para.text[:400])) is not None and own.start == 0:
            continue  # `Chi cục X phối hợp Công ty Y: …`: a paragraph that gives its own unit work is its own
        if fold(para.text[:12]).startswith(_ORDER_GROUNDS):
            continue  # `Căn cứ văn bản của cảng, công chức … thực hiện …`: an order on its ground, read as such
        item.extend(para.text, para.offsets, " ")
        del out[i]
    return out


# An item number whose dot a scan read as a comma (`9, Ban Tuyên giáo …`), taken as one where the number before it
# in the list is one less (`8.`); a letter `a)` read as `8)`, taken as one where `b)` is the next marker
_DIGIT_CHARS: Final = frozenset("0123456789")
_COMMA_NUMBER = re.compile(rf"(\d{{1,2}}),[ \t]+(?=[{VI_UPPER}])")


def _follows_number(out: list[Segment], number: int) -> bool:
    """Is the last item numbered with a dot before this one (`8.`) one less than `number`?"""
    last = next((s.marker for s in reversed(out) if s.depth == 2 and s.marker and s.marker[-1] == "."), None)
    return last is not None and last[:-1].isdigit() and int(last[:-1]) == number - 1


def _misread_first_letter(out: list[Segment]) -> None:
    """`7. Các tỉnh ủy` / `8) Xây dựng …` / `b) Lãnh đạo …`: a scan read the list's `a)` as `8)`, which would make it
    an item of the numbered list above; before a `b)` (and not after a `7)`) it is the lettered list's first item."""
    for at, seg in enumerate(out):
        if seg.marker != "8)":
            continue
        after = next((s.marker for s in out[at + 1 :] if s.marker), None)
        before = next((s.marker for s in reversed(out[:at]) if s.marker), None)
        if after == "b)" and before != "7)":
            seg.marker, seg.depth = "a)", 4


_BULLETS: Final = ("*", "+")


def _bullets_over_dashes(out: list[Segment]) -> None:
    """`* Cục Thú y:` / `- Theo dõi …` / `- Chủ trì …` / `* Vụ Tài chính: rà soát …`: a star or plus line closed by a
    colon with dash items right under it is their title, a level above them (as a lettered item is), and so is every
    line the document marks alike; a `+` is read below a dash where nothing shows it above one (`- Sở X:` / `+ …`).
    Conclusions of a weekly briefing group each unit's work so."""
    over = {
        seg.marker
        for seg, after in itertools.pairwise(out)
        if seg.marker in _BULLETS and seg.text.rstrip().endswith(":") and after.marker in _DASHES
    }
    if over:
        for seg in out:
            if seg.marker in over:
                seg.depth = 4


_NUMBER_IN_BRACKETS = re.compile(r"\((\d{1,2})\)")


def _inline_enumeration(current: Segment, marker: str, pieces: list[Line], at: int) -> bool:
    """A `(2)` a wrap put at the start of line `at` is a number of an enumeration written inside the sentence
    (`… gồm: (1) cải tạo …; (2) nạo vét …`), not a list item: the number before it stands inside the paragraph
    above, or the number after it stands inside a line (not at a line's start) before the next blank line or
    marked line. A list numbered `(1)`, `(2)` has each number at the start of its own line."""
    found = _NUMBER_IN_BRACKETS.match(marker)
    if found is None or not current.text or not (current.ends_open or current.text[-1] in ":;,"):
        return False
    number = int(found.group(1))
    inside = re.compile(rf"\s\({number - 1}\)\s")
    if number > 1 and inside.search(current.text):
        return True
    after = re.compile(rf"\s\({number + 1}\)\s")
    for i in range(at, len(pieces)):
        text = pieces[i].text.strip()
        if not text or (i > at and _marker(text)[0] is not None):
            return False
        if after.search(text):
            return True
        if text.endswith("."):
            return False
    return False


def _running_header(current: Segment | None, text: str, marker: str | None) -> bool:
    """A line in capitals right after a page's number, inside a sentence the page break cut (`CHỈ THỊ SỐ 09/CT-UBND
    NGÀY 04/10/2021` between `... định kỳ hằng` and `tháng.`): the header a PDF repeats atop each page, no text."""
    return current is not None and marker is None and text.isupper() and bool(current.text) and current.ends_open


# The length from which a line counts as filled in a text that is not hard-wrapped (one paragraph per line)
_UNWRAPPED_FULL = 70
# The widest page a hard wrap is looked for at: a text whose long lines reach further has one paragraph per line
_WIDEST_WRAP = 130


def _wrap(lines: list[Line]) -> tuple[int, int]:
    """(full, width): the length from which a line counts as filled to the page width, and the width a hard-wrapped
    text (PDF, a wrapped .txt) was wrapped at, the length its long lines reach (a few run over it: a header or a
    table line the wrap left as it was); (70, 0) for a text with one paragraph per line.
    A text is hard-wrapped when its long lines are short (their typical length under 86), or when, wider, they
    stop at one width and half of those reaching it at least end mid-sentence with the text going on below
    (a wrap at 100 columns; a paragraph on one line ends with its sentence)."""
    lengths = sorted(len(ln.text) for ln in lines if len(ln.text) >= 30 and not ln.text.startswith("|"))
    if len(lengths) < 5:
        return _UNWRAPPED_FULL, 0
    full = int(lengths[int(len(lengths) * 0.75)] * 0.82)
    width = lengths[int(len(lengths) * 0.9)]
    if full < _UNWRAPPED_FULL or (width <= _WIDEST_WRAP and _cut_mid_sentence(lines, width)):
        return full, width
    return _UNWRAPPED_FULL, 0


def _cut_mid_sentence(lines: list[Line], width: int) -> bool:
    """Half at least of the lines reaching near `width` (three at least) end on a word or a number, the next line
    not blank: lines a wrap cut, not paragraphs."""
    near = [i for i, ln in enumerate(lines) if width * 0.8 <= len(ln.text) <= width and not ln.text.startswith("|")]
    cut = sum(
        1 for i in near if lines[i].text[-1].isalnum() and i + 1 < len(lines) and lines[i + 1].text.strip()
    )
    return cut >= 3 and 2 * cut >= len(near)


def _no_room(last_len: int, text: str, width: int) -> bool:
    """The first word of `text` would not have fitted at the end of the line above (`last_len` long) within the
    page `width`: a wrap, not the author, broke the line there."""
    return width > 0 and last_len + 1 + len(text.split(" ", 1)[0]) > width


def _wrapped_dash(current: Segment, text: str, blank_run: int, last_len: int, full: int, width: int) -> bool:
    """A dash (`-`, `–`) opening a line of a hard-wrapped text right after a filled line left open is the spaced
    dash the wrap fell before, not a list item, when it stands between two numbers (a range: `2021` + `- 2025`,
    `Km0` + `- Km2`), before a lower-case word (`phát triển kinh tế` + `- xã hội của tỉnh`), or between the two
    halves of a known compound (`Văn hóa` + `- Thông tin`: `[dash_compounds]` of data/wrap_words.toml)."""
    if blank_run or not current.text or not current.ends_open:
        return False
    after = text[1:].lstrip()
    if not width or last_len < full:
        # not hard-wrapped: a web copy breaks a line inside a known compound too (`… gửi về Bộ Lao động` / `- Thương
        # binh và Xã hội …`), after a sentence left open (a heading's `Lĩnh vực văn hóa` / `- Xã hội hóa …` is short)
        return len(current.text) >= _OPEN_SENTENCE and _dash_compound(current.text, after)
    if _ENDS_WITH_NUMBER.search(current.text) and _RANGE_DASH.match(text):
        return True
    return after[:1].islower() or _dash_compound(current.text, after) or _units_joined(current.text, after)


_OPEN_SENTENCE = 40  # the length from which an open paragraph is a sentence cut by a line break, not a heading


_UNIT_TAIL = 120  # how far back from a line's end the unit it ends on is read


def _units_joined(before: str, after: str) -> bool:
    """`… giữa Sở Nông nghiệp và Môi trường` + `- Sở Xây dựng; …`: the spaced dash joining two units (the parties
    of a joint regulation) that a wrap fell before: the line above ends on a unit, the dash opens another, and no
    work of its own follows that one (a dashed item `- Sở Xây dựng chủ trì …` opens with its unit and its work)."""
    if not after[:1].isupper():
        return False
    mention = read_unit(after, 0)
    if mention is None or mention.start != 0 or _predicate_follows(after, mention.end):
        return False
    tail = before[-_UNIT_TAIL:]
    return any(m.end == len(tail) for m in find_units(tail))


def _dash_compound(before: str, after: str) -> bool:
    """`before` ends on the first half of a compound of `[dash_compounds]` and `after` opens with its second."""
    head, tail = fold(before[-40:]), fold(after[:40])
    return any(
        head.endswith(first) and not head[-len(first) - 1 : -len(first)].isalnum()
        and tail.startswith(second) and not tail[len(second) : len(second) + 1].isalnum()
        for first, second in _DASH_COMPOUNDS
    )


def _continues(
    current: Segment, text: str, blank_run: int, last_len: int, full: int = _UNWRAPPED_FULL, width: int = 0
) -> bool:
    """Does `text` carry on the paragraph `current` (a wrapped line, or a sentence cut by a page break)?
    `full`: the length from which a line counts as filled; `width`: the page width of a hard-wrapped text (0 when
    the text is not hard-wrapped)."""
    first = text[:1]
    if current.text and _MARKS_ONLY.fullmatch(text):
        return True  # a full stop (`… 6556/QĐ-BYT` / `.`) opens no paragraph: it closes the one above
    if current.text and not blank_run and not current.text.endswith(":") and _LIST_OPENER.fullmatch(text):
        return True  # `… địa phương mình phụ trách.` / `Cụ thể:`: the sentence above introduces the items below
    if current.text and first.islower() and (not current.text.endswith(":") or (width and full <= last_len)):
        return True  # after a colon only when the line above fills a hard-wrapped page
    if current.text and first == "(" and current.ends_open and current.text[-1:] not in ":;" and _BRACKET_RUNS_ON.match(text):
        return True  # `… ứng dụng khai thuế` / (blank, a scan's) / `(HTKK, eTax) để hỗ trợ …`: the sentence goes on
    # a heading numbered `I.`, `Điều 1.` or `1.1.` on one line (a `1.` opens list items as often as headings)
    heading = current.depth in (1, 3) and len(current.text) <= last_len
    if (
        not blank_run and current.text[-1:] in (";", ":") and not heading and _no_room(last_len, text, width)
        and not (current.text[-1] == ";" and starts_with_opener(text))
        and not (current.text[-1] == ":" and (opens_topic(current.text) or _PART_HEADING.match(text)))
    ):
        return True  # `…; Công` / `ty …`, `… mới:` / `Cốc Mỳ …`: the wrap fell after the mark, mid-paragraph
        # (not a `;` before a paragraph's opening formula: `…;` / `Căn cứ …` is the next căn cứ; not the colon
        # of a topic's title: `- Về …:` / `Sở Tài chính …` is the paragraph under it; nor a part's heading after a
        # colon: `… như sau:` / `Phần I` opens the section)
    if (
        width and not blank_run and last_len >= full and current.text.endswith(".") and text.startswith(_AFTER_STOP_FIRST)
        and _AFTER_STOP.match(text) is not None
    ):
        return True  # `… trước ngày 20 tháng 10 năm 2024.` / `Trong đó chú ý …`: a sentence on what the one before named
    if not current.text or not current.ends_open:
        return False
    if blank_run:
        return False
    if _ends_with(_OPEN_WORD, current.text, _OPEN_LONGEST):
        return not blank_run or first.isdigit()  # a line cannot end on these words: the text runs on
    if _CONNECTIVE.match(text) is not None:
        return False  # `Theo đó, …`: a sentence of its own, whatever the line above left open
    if first.isdigit() and (_ends_with(_NUMBERED_WORD, current.text, _NUMBERED_LONGEST) or _CODE_OR_DATE.match(text)):
        return True  # `tháng` / `Điều` + `6 ...`, `Kết luận` + `75-KL/TW`: a number no paragraph opens with
    if current.text.startswith("(") and current.text.endswith(")"):
        return False  # a note in brackets (`(Kèm theo Quyết định ...)`) stands alone
    if width and 0 < current.depth <= 3 and len(current.text) < last_len:
        if heading and width and not _no_room(last_len, text, width):
            return False  # a heading whose line had room for the next word ends there (not a `1.` item: its
            # line may be a PDF's, whose letters differ in width)
        # a numbered heading line is taken as wrapped only when it nearly fills the page
        full = min(_UNWRAPPED_FULL if full < _UNWRAPPED_FULL else width, full + 6)
    if (
        width and current.marker is None and " " not in current.text and not current.text.isupper()
        and first.isupper() and len(text) >= full
    ):
        return True  # a word alone on a line of a wrapped page (`Cục` / `Địa chất ...`) is no paragraph
    if width and len(current.text) - last_len >= 2 * full and (first.isupper() or first.isdigit() or first in "(“\""):
        return True  # a paragraph already wrapped over full lines, still open, goes on past a short line
    if 0 < current.depth <= 3 and current.text.endswith(",") and first.isupper() and _opens_with_unit(text):
        return True  # `2. Trách nhiệm của Sở Y tế, Sở Công Thương,` / `Ủy ban nhân dân cấp xã:`: a list of units
        # left on a comma goes on with the next unit, whatever the line's case
    if not width and 0 < current.depth <= 3 and (first.isupper() or first in "(“\""):
        return False  # one paragraph a line: a numbered line left open is a title (`1. Nâng cao nhận thức về …`),
        # and a new sentence under it opens a paragraph of its own
    wrapped = last_len >= full and not current.text.isupper()
    if wrapped and width and 0 < current.depth <= 3 and len(current.text) < last_len and first.isupper():
        return not _title_then_unit(current.text, text)  # the numbered line alone, then a unit and its work
    return wrapped and (first.isdigit() or first.isupper() or first in "(“\"")
