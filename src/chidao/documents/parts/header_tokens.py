"""The header block as a stream of tokens: each line cut into cells, each cell into the header marks it holds
(Quốc hiệu, Tiêu ngữ, Party header, `Số`, place and date, type name, `V/v`, `Kính gửi`) and the free text
between them. Flat exports glue a whole header into one line; tokens are found inside cells, not per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any, Final

from chidao.documents.alternation import as_written
from chidao.documents.data import load_toml
from chidao.documents.data.formal import formal_labels, header_markers
from chidao.documents.extract.prefilter import DIGIT, needs
from chidao.documents.model import DocDate
from chidao.documents.parts.cells import Cell, blank_parts, cell_lines, is_upper, line_cells
from chidao.documents.parts.furniture import portal_preamble_end
from chidao.documents.parts.incoming_stamp import stamp_lines
from chidao.documents.parts.number import MISREAD, STRIPPED, TYPED, read_number
from chidao.documents.parts.place_date import read_place_date
from chidao.documents.parts.type_subject import misread_type_name, opens_type_name, type_name_at
from chidao.documents.text import Line, fold_chars

_SO: Final = formal_labels().number  # `Số`, which every number line holds: `number` of `[labels]` in data/issuer_markers.toml


# a Công điện's time of sending after its number (`Số: 02/CĐ-TW hồi 10 giờ 00 ngày 01/02/2014`): `[sent_at]` of
# data/issuer_markers.toml
_SENT_AT = re.compile(
    rf"[ \t,]*{as_written(load_toml('issuer_markers.toml')['sent_at']['words'])}[ \t]+[^\n]{{0,30}}?"
    r"[Nn]gày[ \t]+(?P<d>\d{1,2})[ \t]*[/.-][ \t]*(?P<m>\d{1,2})[ \t]*[/.-][ \t]*(?P<y>\d{4})(?!\d)"
)


def _sent_at(masked: str, end: int, offset: int) -> tuple[int, int, DocDate] | None:
    """The date of a Công điện's time of sending right after its number ending at `end`; None where none follows."""
    m = _SENT_AT.match(masked, end)
    if m is None or not (1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31):
        return None
    start = m.start("d") - len("ngày ") if masked[m.start("d") - 5 : m.start("d")].lower() == "ngày " else m.start("d")
    date = DocDate(
        text=masked[start : m.end()].strip(),
        year=int(m.group("y")),
        month=int(m.group("m")),
        day=int(m.group("d")),
        span=(offset + start, offset + m.end()),
    )
    return m.start(), m.end(), date


SENDER_ABOVE = "sender_above"  # the value of a Công điện's dispatch word opening its line: its sender is above


class Kind(Enum):
    MOTTO = "motto"
    SLOGAN = "slogan"
    PARTY = "party"
    NUMBER = "number"
    PLACE_DATE = "place_date"
    TYPE = "type"
    VV = "vv"
    KINH_GUI = "kinh_gui"
    FREE = "free"

    # Members are singletons compared by identity: hash them so too (Enum's own hash is a Python call, and
    # the header's state machine tests and adds kinds to sets for every token).
    __hash__ = object.__hash__


@dataclass(slots=True, init=False)
class Token:
    kind: Kind
    cell: Cell
    value: Any = None
    origin: int = -1  # start of the column cell the token was cut from

    def __init__(self, kind: Kind, cell: Cell, value: Any = None, origin: int = -1) -> None:  # as `Cell`'s
        self.kind = kind
        self.cell = cell
        self.value = value
        self.origin = origin


@cache
def _folded_marks() -> tuple[tuple[Kind, re.Pattern[str], str, str, tuple[str, ...]], ...]:
    """(kind, pattern over folded text, two strings every match holds, and where no single one is known the strings
    one of which every match holds (`xa` or `doan` for the Quốc hiệu's two forms): a cheap test before the scan)."""
    m = header_markers()
    marks = (
        (Kind.MOTTO, re.compile(m.motto)),
        (Kind.SLOGAN, re.compile(m.slogan)),
        (Kind.PARTY, re.compile(m.party)),
    )
    # `kinh` first, its lookbehind after it: a pattern that opens with a literal is scanned for it in C.
    kinh_gui = (Kind.KINH_GUI, re.compile(r"kinh(?<![a-z]kinh)\s*gui\s*:?"), "kinh", "gui", ())
    return (*((kind, pattern, *_required(pattern)) for kind, pattern in marks), kinh_gui)


def _required(pattern: re.Pattern[str]) -> tuple[str, str, tuple[str, ...]]:
    """The two most selective single strings every match of `pattern` holds ("" where none is known): two, as
    one short string (`nh` of `kinh gui`) is in most lines; where none is known, the most selective strings one of
    which every match holds (a pattern of two branches: without the test it is tried at every position)."""
    clauses = [c for c in needs(pattern) if DIGIT not in c]
    found = [next(iter(c)) for c in clauses if len(c) == 1] + ["", ""]
    either = () if found[0] else next((tuple(sorted(c)) for c in clauses), ())
    return found[0], found[1], either


# `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:` (folded): the sender of a Công điện, its addressees below as after `Kính gửi`
_SENDS = re.compile(r"(?<![a-z])dien\s*:?\s*$")  # its colon may stand in a cell of its own
# ... or the word opening a line of its own, its sender on the lines above (`BAN CHỈ ĐẠO …` / `Điện:`, `ĐIỆN:Bộ Công
# Thương`): the addressees follow its colon
_SENDS_OPEN = re.compile(r"(?:Điện|ĐIỆN)[ \t]*(?::|$)")  # (the colon may stand in a cell of its own)
_VV = re.compile(r"[Vv](?<![A-Za-z][Vv])\s?/\s?[vV](?![a-z])\s*:?")  # `(?<![A-Za-z])V...`, led by its class
# `V/v` glued to the number's symbol by a web copy (`Số: 12/VPCP-KTV/v …`): matched right where read_number cut it
_VV_GLUED = re.compile(r"V/v(?![a-z])\s*:?")
# `V/v` as OCR reads it, its slash taken for a letter (`Viv`, `VIv`): only where it opens a cell, before a word in lower
# case
_VV_MISREAD = re.compile(r"V[iIl]v\s*:?(?= [a-zà-ỹđ])")
# `Về việc …` in full opening the text itself: the title a portal page gives a letter it posts without its header
# (`Về việc tổ chức sơ kết Đề án …` / `Ngày cập nhật …` / the letter's body), read as its `V/v`
_VV_TITLE = re.compile(r"Về việc\s*:?(?= [a-zà-ỹđ])")


# `... GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ ...` (folded): the country named between
# two parties inside a title in capitals, a word before it (`nước`, `giữa`, `của`) and `và`/`với` after it
_NAMED_BEFORE = re.compile(r"(?<![a-z])(?:nuoc|giua|cua)\s*$")
_NAMED_AFTER = re.compile(r"\s+(?:va|voi)\s")


def _quoted(masked: str, start: int, end: int, folded: str = "") -> bool:
    """`... Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam`: the name in a sentence, not the Quốc hiệu."""
    if not is_upper(masked[start:end]):
        return masked[:start].rstrip()[-1:].isalpha()
    return bool(folded) and _NAMED_BEFORE.search(folded, 0, start) is not None and _NAMED_AFTER.match(folded, end) is not None


def _marks(cell: Cell) -> list[tuple[int, int, Kind, Any]]:
    masked = cell.masked
    folded = fold_chars(masked)
    found: list[tuple[int, int, Kind, Any]] = []
    for kind, pattern, required, also, either in _folded_marks():
        if required not in folded or also not in folded:
            continue
        if either and not any(map(folded.__contains__, either)):
            continue
        for m in pattern.finditer(folded):
            if kind is Kind.KINH_GUI and not masked[m.start()].isupper():
                continue
            if kind in (Kind.MOTTO, Kind.PARTY) and _quoted(masked, m.start(), m.end(), folded):
                continue
            found.append((m.start(), m.end(), kind, None))
    if "điện" in masked and (sends := _SENDS.search(folded)) is not None and is_upper(masked[: sends.start()].strip()):
        found.append((0, sends.end(), Kind.KINH_GUI, None))  # the sender, then a Công điện's addressees below
    elif masked[:1] == "Đ" and (opens := _SENDS_OPEN.match(masked)) is not None:
        found.append((0, opens.end(), Kind.KINH_GUI, SENDER_ABOVE))
    # every number line has the word, or opens with it stripped (`S:`) or misread (`Sé:`, `số:`)
    has_label = (
        _SO in masked or _SO.upper() in masked or masked.startswith(STRIPPED) or masked.startswith((*MISREAD, *TYPED))
    )
    number = read_number(masked, cell.start) if has_label else None
    if number:
        found.append((number[1], number[2], Kind.NUMBER, number[0]))
        if (glued_vv := _VV_GLUED.match(masked, number[2])) is not None:
            found.append((glued_vv.start(), glued_vv.end(), Kind.VV, None))
        elif "gày" in masked and (sent := _sent_at(masked, number[2], cell.start)) is not None:
            found.append((sent[0], sent[1], Kind.PLACE_DATE, (None, sent[2])))
    if masked[:1] == "V" and (misread := _VV_MISREAD.match(masked)) is not None:
        found.append((0, misread.end(), Kind.VV, None))
    elif cell.start == 0 and (titled := _VV_TITLE.match(masked)) is not None:
        found.append((0, titled.end(), Kind.VV, None))
    if "/" in masked:  # every `V/v` has one
        for m in _VV.finditer(masked):
            found.append((m.start(), m.end(), Kind.VV, None))
    if "gày" in masked or "GÀY" in masked:  # every date has the word (`ngày`, `Ngày`, `NGÀY`)
        place_date = read_place_date(masked, cell.start, True)
        if place_date:
            found.append((place_date[2], place_date[3], Kind.PLACE_DATE, (place_date[0], place_date[1])))
    if len(found) > 1:
        found.sort(key=lambda f: (f[0], -f[1]))
    kept: list[tuple[int, int, Kind, Any]] = []
    for f in found:
        if kept and f[0] < kept[-1][1]:
            continue
        kept.append(f)
    return _with_type_names(masked, folded, kept)


_JUNK: Final = " :.-"  # what may stand before a type name that opens a segment


def _with_type_names(
    masked: str, folded: str, kept: list[tuple[int, int, Kind, Any]]
) -> list[tuple[int, int, Kind, Any]]:
    """A type name counts where it opens the cell or follows another mark (`... năm 2020 QUYẾT ĐỊNH ...`)."""
    begin = 0
    for mark in (*kept, None):
        end = len(masked) if mark is None else mark[0]
        segment = masked[begin:end]
        at = len(segment) - len(segment.lstrip(_JUNK))  # the segment's first letter: only a name there counts
        folded_segment = folded[begin:end]
        if at < len(segment) and opens_type_name(folded_segment, at):
            hit = type_name_at(segment, folded_segment, at)
            if hit is None:
                # A type name alone in its cell counts in any case (`Thông báo` set in capitals by a style).
                whole = type_name_at(segment, folded_segment, at, upper_only=False)
                if whole and not segment[whole[1] :].strip(" :.-*"):
                    hit = whole
            if hit:
                return sorted([*kept, (begin + hit[0], begin + hit[1], Kind.TYPE, hit[2])], key=lambda f: f[0])
        if mark is not None:
            begin = mark[1]
    if not kept and (misread := misread_type_name(masked)) is not None:
        return [(misread[0], misread[1], Kind.TYPE, misread[2])]  # a type name OCR misread, alone in its cell
    return kept  # in order already: the marks do not overlap


# A character that makes the text between marks worth a FREE token: not a space, punctuation between marks
# (` -–—:;,.*_`: a crawler's copy joins the number and the place and date by an em dash, `Số: 5/QĐ-BYT — Huế, ngày …`)
# or markup that masking blanks out (`*#|`, tab, no-break space).
_CONTENT: Final = re.compile(r"[^\s\-–—:;,.*_#|]")


def cell_tokens(cell: Cell) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    origin = cell.start
    raw = cell.raw
    for start, end, kind, value in _marks(cell):
        if _CONTENT.search(raw, pos, start):
            tokens.append(Token(Kind.FREE, cell.sub(pos, start), None, origin))
        tokens.append(Token(kind, cell.sub(start, end), value, origin))
        pos = end
    if _CONTENT.search(raw, pos):
        tokens.append(Token(Kind.FREE, cell.sub(pos, len(raw)), None, origin))
    return tokens


_CUT_NAME_WORDS = 2  # words on each line of a type name a copy cut over two lines (`CHỈ` / `THỊ`, `CHƯƠNG TRÌNH` / `HÀNH ĐỘNG`)


def _names_whole(s: str) -> bool:
    """Whether `s` is a type name in capitals and nothing else."""
    folded = fold_chars(s)
    hit = type_name_at(s, folded, 0) if opens_type_name(folded, 0) else None
    return hit is not None and not s[hit[1] :].strip(" :.")


def _cut_type_name(first: str, second: str) -> bool:
    """Two lines in capitals, a word or two each, that make up a type name together but not the first alone
    (`CHỈ` / `THỊ`: a web copy's narrow title cell cut between the name's words)."""
    if not first or not second or len(first.split()) > _CUT_NAME_WORDS or len(second.split()) > _CUT_NAME_WORDS:
        return False
    if not (is_upper(first) and is_upper(second)) or _names_whole(first):
        return False
    return _names_whole(f"{first} {second}")


def type_name_parts(text: str, lines: list[Line]) -> list[Line]:
    """`lines`, with a type name cut over two lines (`_cut_type_name`) as one Line, so that the name is read whole
    and the title under it is read as its trích yếu."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 1 < len(lines) and _cut_type_name(line.text.strip(), lines[k + 1].text.strip()):
            nxt = lines[k + 1]
            out.append(Line(line.index, line.start, nxt.end, text[line.start : nxt.end]))
            k += 2
            continue
        out.append(line)
        k += 1
    return out


def tokens(text: str, lines: list[Line], limit: int = 80, skip: int | None = None) -> Iterator[Token]:
    """Header tokens of the first `limit` lines, in reading order, from line `skip` on: by default after a legal
    portal's title and metadata table above the copy, which are not the header (`portal_preamble_end`, which a
    caller that knows it already passes)."""
    if skip is None:
        skip = portal_preamble_end(lines)
    window = lines[skip:limit]
    if any("ĐẾN" in line.text for line in window):  # the head of every incoming-mail stamp: the rest are stepped over
        stamped = stamp_lines([line.text for line in window])
        window = [line for i, line in enumerate(window) if i not in stamped]
    for line in type_name_parts(text, cell_lines(text, blank_parts(text, window))):
        if not line.text:
            continue
        for cell in line_cells(text, line):
            yield from cell_tokens(cell)
