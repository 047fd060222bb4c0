"""Header block: family, issuer, Quốc hiệu, number, place and date, type name, trích yếu, Kính gửi.

The header is read as a token stream (header_tokens.py) by a small state machine: upper-case free text
before the number/date/type is the issuer block; the text after a type name or `V/v` is the subject while it
keeps wrapping; the entries after `Kính gửi` are addressees; the first token that fits none of these is where
the body (nội dung) starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from chidao.documents.alternation import as_written
from chidao.documents.data import load_toml
from chidao.documents.data.formal import formal_labels, header_markers, party_codes
from chidao.documents.model import DocType, Document
from chidao.documents.parts import addressees as addr
from chidao.documents.parts.cells import Cell, is_upper
from chidao.documents.parts.enacted_title import read_enacted_title
from chidao.documents.parts.furniture import (
    is_page_control,
    is_page_furniture,
    is_portal_posted,
    portal_preamble_end,
)
from chidao.documents.parts.gazette_title import opens_gazette_title, read_gazette_title
from chidao.documents.parts.header_tokens import SENDER_ABOVE, Kind, Token, tokens
from chidao.documents.parts.issuer import mass_body, names_a_body, opening_words, read_issuer
from chidao.documents.parts.number import read_number
from chidao.documents.parts.own_caption import names_party_body, read_own_caption
from chidao.documents.parts.paragraphs import set_apart
from chidao.documents.parts.place_date import opens_wrapped_place_date, read_wrapped_place_date
from chidao.documents.parts.recipients import split_inline
from chidao.documents.parts.signature import is_title, starts_title
from chidao.documents.parts.subject_end import (
    names_attachment,
    names_basis,
    names_session,
    open_end,
    opens_body,
    qualifies_type,
    wrapped_tail,
)
from chidao.documents.parts.type_subject import (
    CONG_VAN,
    congvan,
    doc_type,
    find_type_name,
    make_subject,
    name_of,
    type_name_at,
)
from chidao.documents.text import VI_LOWER, VI_UPPER, Line, fold, fold_chars

_TELEGRAM = load_toml("issuer_markers.toml")["sent_at"]["telegram"]  # a Công điện's code: `[sent_at]`
_WRAP = 110  # a subject line longer than this is a whole paragraph, not a wrapped line
_RUN_ON = 150  # a subject cell this long may run on into the body
_ISSUER_LINES = 15  # the issuer block sits in the first lines of page 1


_PAST_ISSUER: Final = frozenset({Kind.NUMBER, Kind.PLACE_DATE, Kind.TYPE, Kind.VV, Kind.KINH_GUI})
_SUBJECT_MARKS = frozenset({Kind.TYPE, Kind.VV, Kind.KINH_GUI})


@dataclass
class _State:
    issuer_cells: list[Cell] = field(default_factory=list)
    subject_cells: list[Cell] = field(default_factory=list)
    entries: list[list[Cell]] = field(default_factory=list)
    seen: set[Kind] = field(default_factory=set)
    mode: Kind | None = None
    body_start: int | None = None
    stray_start: int | None = None  # where stray fragments between the subject and `Kính gửi` began (`_stray`)
    last_end: int = 0
    vv: bool = False
    vv_cell: Cell | None = None  # the `V/v` mark itself, where the subject follows it in the same or the next cells
    motto_open: bool = False
    subject_origin: int = -1
    first_line: int = 0  # the copy's first line under a legal portal's preamble (its metadata table), if any

    @property
    def past_issuer(self) -> bool:
        return not self.seen.isdisjoint(_PAST_ISSUER)


# (the parts that head a section: `headings` of `[numbered_words]` in data/wrap_words.toml)
_HEADING_PARTS = load_toml("wrap_words.toml")["numbered_words"]["headings"]
_HEADING = re.compile(
    rf"^(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s"
    rf"|{as_written((*_HEADING_PARTS, *(p.upper() for p in _HEADING_PARTS)))}\s+(?:[IVXLC]+|\d+)\b)"
)  # (a part's name then its number: `Chương trình hành động …`, `Mục tiêu …` open no section)


# the levels of place an issuer's second header line names (folded), where a copy lost that line
_PLACE_LEVELS = ("tinh ", "thanh pho ", "huyen ", "quan ", "thi xa ", "xa ", "phuong ", "thi tran ")


def _authority_heading(state: _State, prev: Cell, cell: Cell) -> bool:
    """`ỦY BAN NHÂN DÂN TỈNH ...` / `CHỦ TỊCH ỦY BAN NHÂN DÂN ...` under a decision's subject: the body's first line
    (also typed in lower case under a capitals style, unless the subject line above is left open: `... của`)."""
    upper = cell.upper
    if open_end(prev.text):
        return False  # `... CỦA` / `THỦ TƯỚNG CHÍNH PHỦ VỀ ...`: a subject wrapped before a title it names
    if not upper and (not cell.text[:1].isupper() or len(cell.text.split()) > 10):
        return False
    # (folded with their dashes alike: `TỈNH BÀ RỊA – VŨNG TÀU` in the header, `- VŨNG TÀU` in the authority line)
    folded = " ".join(fold(cell.text).split())
    issuer = " ".join(fold(" ".join(c.text for c in state.issuer_cells)).split())
    if issuer and (folded == issuer or folded.endswith(" " + issuer)):
        # `… MẠNG TIN HỌC DIỆN` / `RỘNG CỦA ỦY BAN NHÂN DÂN TỈNH X`: a wrapped subject naming the issuer after `của`
        before = cell.text.split()[: len(folded.split()) - len(issuer.split())]
        return not before or starts_title(cell.text) or not open_end(" ".join(before))
    if issuer and upper and folded.startswith(issuer + " ") and folded[len(issuer) + 1 :].startswith(_PLACE_LEVELS):
        return True  # `ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG` under a header whose copy lost the issuer's place line
    return starts_title(cell.text) or (not issuer and upper and (_local_body(folded) or folded in _central_bodies()))


@cache
def _central_bodies() -> frozenset[str]:
    """`ỦY BAN THƯỜNG VỤ QUỐC HỘI`, `CHÍNH PHỦ` (folded): a central authority named with no place, the authority line
    under the subject of a copy that lost its header (`central` of `[issuer]`, issuer_markers.toml)."""
    return frozenset(" ".join(fold(name).split()) for name in header_markers().issuer.central)


def _local_body(folded: str) -> bool:
    """`HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG` alone on its line: a body named with its place, the authority line of a
    copy that lost its header table (`[issuer] incomplete` heads of issuer_markers.toml, then a level of place)."""
    m = _local_heads().match(folded)
    return m is not None and folded[m.end() :].lstrip().startswith(_PLACE_LEVELS) and len(folded.split()) <= _BODY_WORDS


def headerless_speaker(doc: Document) -> str | None:
    """The body a copy without its header names on the line under its subject (`HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG` /
    `KHÓA XVII - KỲ HỌP THỨ NĂM`): the issuer, speaking in the body, though the header that named it is lost."""
    if doc.issuer is not None or doc.subject is None or doc.subject.span is None:
        return None
    line = next((text.strip() for text in _line_and_next(doc.text, doc.subject.span[1]) if text.strip()), "")
    return line if is_upper(line) and _local_body(" ".join(fold(line).split())) else None


def _line_and_next(text: str, at: int) -> list[str]:
    """The rest of the line `at` stands in and the line under it, without copying the text after them (this runs for
    every unit asked whether it is the issuer)."""
    end = text.find("\n", at)
    if end < 0:
        return [text[at:]]
    below = text.find("\n", end + 1)
    return [text[at:end], text[end + 1 : below if below >= 0 else len(text)]]


@cache
def _local_heads() -> re.Pattern[str]:
    return opening_words(header_markers().issuer.incomplete)


_BODY_WORDS = 10  # a body's name with its place, at the most (a longer capitals line is a subject naming the body)


def _continues_subject(doc: Document, state: _State, cell: Cell) -> bool:
    if not state.subject_cells:
        return True
    prev = state.subject_cells[-1]
    if cell.line == prev.line:  # (but the body's opener after a rule, in a copy flattened to one line)
        return not (cell.start - prev.end > 3 and addr.starts_with_opener(cell.text))
    if set_apart(doc, prev.start, cell.start) or (cell.line - prev.line > 1 and not _spaced_wrap(doc, prev, cell)):
        return False
    if doc.number is None and names_attachment(cell.text):
        # `(Kèm theo Quyết định số …)` under the title and subject of an annex, which has no number of its own (under
        # a numbered plan's subject, `(Ban hành kèm theo Nghị quyết số …)` tells what the subject names: it goes on)
        return False
    if names_session(cell.text):
        return False  # `(Trình Kỳ họp thứ Mười - HĐND xã …)` under a report's subject: where it goes, not what it is
    if cell.text[:1].isupper() and _BULLET.fullmatch(doc.text[doc.text.rfind("\n", 0, cell.start) + 1 : cell.start]):
        return False  # `* Kết quả thực hiện trong 2 tuần qua …:` under the subject: a marked item of the body
    if (open_end(prev.text) or prev.text.endswith((",", ";"))) and cell.text[:1].islower() and not _HEADING.match(cell.text):
        # `… các cấp,` / `nhiệm kỳ 2026 - 2031 …`: a long paragraph of the subject left open (a .docx copy); a report's
        # results, then its directions (`… năm 2025;` / `phương hướng, nhiệm vụ năm 2026`)
        return True
    if _PERIOD_ONLY.fullmatch(cell.text.strip()):
        return True  # `… bầu cử đại biểu … các cấp` / `nhiệm kỳ 2026 – 2031`: the term alone on the subject's last line
    if len(prev.text) > _WRAP or prev.text.endswith((".", ":", ";")) or len(cell.text) > 2 * _WRAP:
        return False
    # A wrapped title breaks into lines no longer than its first; a much longer line is the body's first
    # (the body never opens in lower case: such a line is the subject re-flowed by a PDF column).
    longest = max(len(c.text) for c in state.subject_cells)
    # (in capitals both, a longer line goes on: `VIỆC SẮP XẾP TỔ CHỨC …` / a line of the page's full width)
    if len(cell.text) > 60 and len(cell.text) > 1.5 * longest and not cell.text[:1].islower() and not (prev.upper and cell.upper):
        return False
    if (addr.starts_with_opener(cell.text) and not names_basis(cell.text)) or _HEADING.match(cell.text) or (
        _authority_heading(state, prev, cell)
    ):
        return False
    # (a line in lower case after capitals goes on: the body never opens so; a Party resolution names its
    # conference in capitals, then its subject, `HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH …` / `về …`, its `Về` also
    # capitalised, `KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY` / `Về một số nội dung cuộc họp …`)
    # (a line of years alone has no case: a title in capitals wrapped before its period, `… GIAI ĐOẠN` / `2021-2025`)
    if (
        prev.upper != cell.upper
        and not wrapped_tail(prev, cell)
        and not (prev.upper and (cell.text[:1].islower() or _ABOUT_WORD.match(cell.text)))
        and not _YEARS_ONLY.fullmatch(cell.text.strip())
    ):
        return False
    return not opens_body(prev, cell)


# a part's number, then its heading (`I. KẾT QUẢ …`, `1. Công tác chỉ đạo`): no header line opens so
_PART_HEADING = re.compile(r"(?:[IVX]{1,4}|\d{1,2})\s?[.-]\s+(?=\w)")


def _opens_part(text: str) -> bool:
    """`I. KẾT QUẢ THỰC HIỆN …`, `1. Công tác lãnh đạo,`: a numbered part's heading, a capital after its number."""
    m = _PART_HEADING.match(text)
    if m is None or not text[m.end()].isupper():
        return False
    # (a page's number before the header run onto one line is no part: `1. ỦY BAN NHÂN DÂN … Số: 12/2022/QĐ-UBND …`)
    return not names_a_body(text[m.end() :])


# a Markdown heading's mark (`## `) before a line's text, as a RAG chunker sets it over a document's parts and articles
_MARKDOWN_MARK = re.compile(r"[ \t]*#{1,6}[ \t]+")


def _markdown_part(text: str, cell: Cell) -> bool:
    """`## Điều 8. Tổ chức thực hiện`, `## Mục III. TỔ CHỨC THỰC HIỆN`, `## Chương II`: a part or an article of the body
    under a Markdown heading's mark (the cell holds the line's text after it), as a RAG chunk holds it. No header line
    carries the mark before a part's name, so the body starts there even under a chunk's title in capitals (which
    reads as an issuer's line)."""
    line_start = text.rfind("\n", 0, cell.start) + 1
    if _MARKDOWN_MARK.fullmatch(text, line_start, cell.start) is None:
        return False
    return _HEADING.match(cell.text) is not None or _opens_part(cell.text)


# `Về` opening the lower-case part of a subject under its capitals (`Về một số nội dung …`), not `Về việc`
_ABOUT_WORD = re.compile(r"Về (?!việc\b)(?=[a-zà-ỹđ])")
# a bullet before a line's text (`* `, `- `, `+ `, `• `), spaces around it
_BULLET = re.compile(r"\s*[*•+\-–]\s+")
_YEARS_ONLY = re.compile(r"(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?")
# the term or period a subject ends with, alone on its line in lower case (`nhiệm kỳ 2026 – 2031`, `giai đoạn 2021-2025`)
_PERIOD_ONLY = re.compile(r"(?:nhiệm kỳ|giai đoạn|niên khóa|niên khoá)\s+(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d")


def _authority_beside(state: _State, head: Cell) -> bool:
    """`QUYẾT ĐỊNHVề việc … --------- BAN THƯỜNG VỤ TỈNH ĐOÀN- Căn cứ …` (a copy flattened to one line): the
    capitals after the subject, before the body's opener, are the body's authority line, not the subject's."""
    if not state.subject_cells:
        return False
    prev = state.subject_cells[-1]
    return head.line == prev.line and not prev.upper and is_upper(head.text.strip(" -–")) and names_a_body(head.text)


_SPACED_WRAP = 2  # the most blank lines a web copy puts inside a wrapped subject (a .doc's shapes may add one)


def _spaced_wrap(doc: Document, prev: Cell, cell: Cell) -> bool:
    """`Về việc ban hành Quy định …` / (blank) / `trên địa bàn tỉnh …`: a web copy that puts a blank line after every
    line (two, where a .doc's drawn rule stood between); what goes on in lower case after them, the line above left
    open, is the subject still."""
    return (
        2 <= cell.line - prev.line <= 1 + _SPACED_WRAP
        and (cell.text[:1].islower() or _COUNT_ON.match(cell.text) is not None)
        and not prev.text.endswith((".", ":", ";"))
        and not doc.text[prev.end : cell.start].strip()
    )


# A line of a document's number alone, without its `Số:` (a portal puts it over its caption of the letter:
# `3313/BVHTTDL-VHDT`): digits, a slash, then capitals (a year and a second slash maybe), nothing else.
# A document site's page-by-page text numbers its pages (`1. ỦY BAN NHÂN DÂN … Số: 05/2019/QĐ-UBND …`, the whole
# first page flattened onto the line after its `1.`): the ordinal before the issuer's first line is no part of it.
_PAGE_ORDINAL = re.compile(r"\s*\d{1,2}\.\s+(?=\S)")


def _past_page_ordinal(state: _State, cell: Cell) -> Cell:
    """The first issuer cell without a page ordinal before it (`1. ỦY BAN NHÂN DÂN` → `ỦY BAN NHÂN DÂN`)."""
    m = _PAGE_ORDINAL.match(cell.raw) if not state.issuer_cells and cell.raw[:3].lstrip()[:1].isdigit() else None
    if m is None or not names_a_body(cell.raw[m.end():]):
        return cell
    return cell.sub(m.end(), len(cell.raw))


_NUMBER_ALONE = re.compile(r"\d{1,6}\s?/\s?(?:(?:19|20)\d\d/)?[A-ZĐ][A-ZĐ0-9&./-]*[A-ZĐ0-9]")


def _number_alone(doc: Document, cell: Cell) -> None:
    """Read `cell`, a number written without `Số:`, as the document's number when it has none yet."""
    if doc.number is not None:
        return
    label = f"{formal_labels().number}: "
    found = read_number(label + cell.text, cell.start - len(label))
    if found is not None:
        number = found[0]
        number.text, number.span = cell.text, (cell.start, cell.end)
        doc.number = number


# ... or a count that goes on in lower case (`… kỷ niệm` / (blank) / `190 năm thành lập tỉnh`), never an item number;
# or an abbreviation in capitals that goes on so (`… công tác tuyển sinh` / (blank) / `TCCN năm học 2016-2017`)
_COUNT_ON = re.compile(rf"(?:\d{{1,4}}|[{VI_UPPER}]{{2,8}})[ \t]+[{VI_LOWER}]")


def _portal_title(state: _State, cell: Cell) -> bool:
    """`Công văn thực hiện nghiêm việc nắm bắt thông tin …`: a portal's title over the copy, opening with the
    document's type name, before any mark of a header."""
    return not state.seen and cell.text[:1].isupper() and (
        type_name_at(cell.text, fold_chars(cell.text), 0, upper_only=False) is not None
    )


def _free(doc: Document, state: _State, tok: Token) -> bool:
    """Handle a free-text token; False when it is where the body starts."""
    cell = tok.cell
    if is_page_furniture(cell.text) or (not state.past_issuer and is_page_control(cell.text)):
        return True  # (a portal's caption above the text is no issuer: `THÔNG TIN Ý KIẾN`)
    if is_stamp(cell.text):
        doc.metadata.setdefault("marks", []).append(cell.text.strip("()[] "))  # độ khẩn, độ mật, Dự thảo
        return True
    if state.mode is not Kind.KINH_GUI and not any(c.isalnum() for c in cell.text):
        return True  # a quote mark left alone on its cell (`“` before `V/v …”`): no part of the header
    if state.mode in (Kind.TYPE, Kind.VV):
        if _continues_subject(doc, state, cell):
            if not state.subject_cells:
                state.subject_origin = tok.origin
            inside = addr.body_inside(cell) if len(cell.text) > _RUN_ON else None
            if inside is not None:
                # A flat export ran the subject on into the body (`... năm 2024 Ngày 13/5/2024, ...`).
                head = cell.sub(0, inside)
                if _authority_beside(state, head):
                    state.body_start = cell.start
                    return False
                state.subject_cells.append(head)
                state.body_start = cell.start + inside
                return False
            state.subject_cells.append(cell)
            return True
        state.mode = None
    if state.mode is Kind.KINH_GUI:
        new_entry = addr.is_entry_start(cell) or not state.entries or _next_entry(state, cell)
        if not new_entry:
            last = state.entries[-1][-1]
            if addr.ends_entry(last) or cell.line - last.line != 1 or not (
                cell.text[:1].islower() or _entry_wraps(state, cell)
            ):
                return False
        inside = addr.body_inside(cell)
        if inside is not None:
            head = cell.sub(0, inside)
            if head.text:
                _add_entry(state, head, new_entry)
            state.body_start = cell.start + inside
            return False
        for i, piece in enumerate(split_inline(cell)):
            _add_entry(state, piece, new_entry or i > 0)
        return True
    if not state.past_issuer and cell.text[:1].isdigit() and _NUMBER_ALONE.fullmatch(cell.text):
        _number_alone(doc, cell)  # `3313/BVHTTDL-VHDT` over a portal's caption: the letter's number, no issuer
        return True
    if not state.past_issuer and state.body_start is None and _markdown_part(doc.text, cell):
        return False  # `## Điều 8. Tổ chức thực hiện` under a chunk's title: the body's article, no header line
    if not state.past_issuer and state.body_start is None and not state.issuer_cells and _opens_part(cell.text):
        # `I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH …`, `1. Công tác lãnh đạo,` under a portal's caption: a copy with no header,
        # its first part
        return False
    if not state.past_issuer:
        if cell.upper or names_a_body(cell.text):
            if cell.line - state.first_line < _ISSUER_LINES:  # (counted from under a portal's metadata table)
                state.issuer_cells.append(_past_page_ordinal(state, cell))
            return True
        # Before any header mark, a paragraph means there is no header block; short lines are page furniture, and so
        # is a portal's title naming the document's type however long (`Công văn thực hiện nghiêm việc …`).
        return len(cell.text) <= _WRAP or _portal_title(state, cell)
    if cell.upper and doc.date is None and Kind.TYPE not in state.seen and _beside_number(doc, cell):
        return True  # `Số: 367-QĐ/… TNCS HỒ CHÍ MINH Hà Nội, ngày …`: the issuer's other line, a copy flattened
    if _telegram_sender(doc, state, cell):
        state.subject_cells.append(cell)  # (its dispatch word below tells it the sender: `_sender_above`)
        return True


    if doc.date is None and _beside_number(doc, cell) and _ENDS_WITH_YEAR.search(cell.text) is not None:
        return True  # `s6: /TCT- cs Hd N)i, ngdy J0 thdng0l ndm 2016`: the place and date beside the number, which a
        # font without a text map leaves unread; no body opens there
    if _unprefixed_subject(doc, state, cell):
        state.mode = Kind.VV
        state.vv = True
        state.subject_origin = tok.origin
        state.subject_cells.append(cell)
        return True
    if _untyped_capital_subject(doc, state, cell):
        state.mode = Kind.VV
        # (under a letter's number its `VỀ VIỆC` is its `V/v`; a typed symbol, `96/KH-UBND`, still names the type)
        state.vv = doc.number is None or doc.number.type_code is None
        state.subject_origin = tok.origin
        state.subject_cells.append(cell)
        return True
    return False


def _telegram_sender(doc: Document, state: _State, cell: Cell) -> bool:
    """`CÔNG ĐIỆN` / `Số: 02/CĐ-TW hồi …` / `BAN CHỈ ĐẠO …` / `Điện:`: a line in capitals under a Công điện's number,
    before its dispatch word, names its sender."""
    return (
        cell.upper
        and doc.type is not None
        and doc.type.code == _TELEGRAM
        and Kind.KINH_GUI not in state.seen
        and len(cell.text) <= _WRAP
    )


_ENDS_WITH_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\.?$")


def _beside_number(doc: Document, cell: Cell) -> bool:
    """Is `cell` on the number's line, right after it (a header flattened onto one line)?"""
    span = doc.number.span if doc.number is not None else None
    return span is not None and 0 <= cell.start - span[1] <= 2 and "\n" not in doc.text[span[1] : cell.start]


# (... or `Về` alone for the mark, as a school site's copy of a Sở's letter prints it: `Về cho học sinh nghỉ học`,
# `Về: tham gia ý kiến …`)
_ABOUT = re.compile(r"^(?:Về việc|V/v|Về):?\s", re.IGNORECASE)


def _unprefixed_subject(doc: Document, state: _State, cell: Cell) -> bool:
    """A công văn's trích yếu under its number without `V/v`: the Party form (`Số 128-CV/TU` / `chế độ hội
    nghị ...`, HD 36) or `Về việc ...`."""
    if state.subject_cells or not state.seen.isdisjoint(_SUBJECT_MARKS) or Kind.NUMBER not in state.seen:
        return False
    if addr.starts_with_opener(cell.text) or cell.upper:
        return False
    code = doc.number.type_code if doc.number else None
    if code not in (None, CONG_VAN):
        return False  # a typed document's subject follows its type name
    if len(cell.text) > _WRAP:
        # a whole trích yếu on one line (a web copy) when its mark opens it and the place and date are still to come
        # (`Số: 523/UBND-ĐTMT` / `Về thực hiện chính sách, … các cấp` / `TP. Hồ Chí Minh, ngày …`)
        return Kind.PLACE_DATE not in state.seen and bool(_ABOUT.match(cell.text))
    party = doc.family == "party" or (_party_number(doc) and not _mass_number(doc))
    return (party and code == CONG_VAN) or bool(_ABOUT.match(cell.text))


# a subject in capitals opening with `VỀ` (`VỀ KẾ HOẠCH TRIỂN KHAI …`, `VỀ VIỆC …`)
_ABOUT_CAPITALS = re.compile(r"^VỀ\s+\S")
_TYPED_SUBJECT_WORDS = 4  # ... or, under a typed symbol, any line in capitals of at least so many words


def _untyped_capital_subject(doc: Document, state: _State, cell: Cell) -> bool:
    """A trích yếu in capitals opening with `VỀ` right under the number and the place and date, where the copy lost
    the type name line over it (`Số: 96/KH-UBND` … / `VỀ KẾ HOẠCH TRIỂN KHAI …`): the subject, kept as printed. Under
    a typed symbol (`Số: 406/NQ-CP`, not a letter's) any such line of a subject's length is so (`PHIÊN HỌP CHÍNH PHỦ
    THƯỜNG KỲ …`; the authority line after it, `CHÍNH PHỦ`, is dropped as any run on is: `_issuer_after_subject`)."""
    if not (
        cell.upper
        and not state.subject_cells
        and state.seen.isdisjoint(_SUBJECT_MARKS)
        and Kind.NUMBER in state.seen
        and Kind.PLACE_DATE in state.seen
    ):
        return False
    if _ABOUT_CAPITALS.match(cell.text) is not None:
        return True
    code = doc.number.type_code if doc.number else None
    if code in (None, CONG_VAN) or len(cell.text.split()) < _TYPED_SUBJECT_WORDS:
        return False
    return not _authority_line(state, cell.text)  # (not where the copy lost the subject too: `CHỦ TỊCH ỦY BAN …`)


def _authority_line(state: _State, text: str) -> bool:
    """Is `text` the enacting authority's line, the issuer's name (its cells read so far) after a leadership title or
    not (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`, `ỦY BAN NHÂN DÂN TỈNH NAM AN`), its words the issuer's first ones as far as
    both go?"""
    if not state.issuer_cells:
        return False
    words = text.split()
    folded = [fold_chars(w) for w in words]
    named = fold_chars(" ".join(c.text for c in state.issuer_cells)).split()
    for j in range(min(_RUN_ON_TITLE, len(words) - 1), -1, -1):
        if j and not is_title(" ".join(words[:j])):
            continue
        rest = folded[j:]
        n = min(len(rest), len(named))
        if n >= 2 and rest[:n] == named[:n]:
            return True
    return False


def _next_entry(state: _State, cell: Cell) -> bool:
    """`Sở Tài chính;` / `Sở Xây dựng;`: after an entry closed by `;` the list goes on, dash or not."""
    last = state.entries[-1][-1]
    return (
        last.text.endswith(";")
        and cell.line - last.line == 1
        and len(cell.text) <= _WRAP
        and not addr.starts_with_opener(cell.text)
    )


def _entry_wraps(state: _State, cell: Cell) -> bool:
    """`- Các cơ quan tham mưu, giúp việc` / `Đảng ủy Ủy ban nhân dân tỉnh,`: in a list whose entries each close with
    `,` `;` or `.`, an entry left open goes on in a short line that closes so, though it opens with a capital (a
    name); an opener (`Thực hiện …`) is the body."""
    return (
        len(state.entries) >= 2
        and all(addr.ends_entry(e[-1]) for e in state.entries[:-1])
        and addr.ends_entry(cell)
        and len(cell.text) <= _WRAP
        and not addr.starts_with_opener(cell.text)
    )


def _add_entry(state: _State, cell: Cell, new_entry: bool) -> None:
    if new_entry:
        state.entries.append([cell])
    else:
        state.entries[-1].append(cell)


def _beside_subject(state: _State, tok: Token) -> bool:
    """A mark in another column of the subject's line (`V/v ...` | `Hà Nội, ngày ...`) leaves it open."""
    if state.mode not in (Kind.TYPE, Kind.VV) or not state.subject_cells:
        return False
    last = state.subject_cells[-1]
    return tok.cell.line == last.line and tok.origin != state.subject_origin


def _mark(doc: Document, state: _State, tok: Token) -> None:
    kind = tok.kind
    first = kind not in state.seen
    state.seen.add(kind)
    keep = kind in (Kind.PLACE_DATE, Kind.NUMBER, Kind.MOTTO, Kind.SLOGAN) and _beside_subject(state, tok)
    mode = state.mode
    state.mode = None
    if kind is Kind.MOTTO and first:
        doc.national_motto = tok.cell.span
        if doc.family == "unknown":
            doc.family = "state"
        state.motto_open = not fold_chars(tok.cell.text).rstrip().endswith("nam")
    elif kind is Kind.PARTY and first:
        doc.family = "party"
        doc.national_motto = tok.cell.span
    elif kind is Kind.NUMBER and doc.number is None:
        doc.number = tok.value
    elif kind is Kind.PLACE_DATE and doc.date is None:
        doc.place, doc.date = tok.value
    elif kind is Kind.TYPE and doc.type is None:
        doc.type = doc_type(tok.value, tok.cell.text, tok.cell.span)
        state.mode = Kind.TYPE
    elif kind is Kind.VV and not state.vv:
        state.vv = True
        state.vv_cell = tok.cell
        state.mode = Kind.VV
    elif kind is Kind.KINH_GUI:
        if tok.value == SENDER_ABOVE:
            _sender_above(state, tok.cell)
        state.mode = Kind.KINH_GUI
    if keep:
        state.mode = mode


@cache
def _stamp() -> tuple[re.Pattern[str], int]:
    """The stamp pattern over single-spaced folded text, and the longest text it can match."""
    stamps = sorted(header_markers().stamps, key=len, reverse=True)
    words = "|".join(re.escape(fold_chars(w)) for w in stamps)
    longest = 2 + max(map(len, stamps)) + 20 + 1  # bracket, space, stamp, 20 more, bracket
    return re.compile(rf"^[(\[]?\s*(?:{words})(?![a-z])[^()\[\]]{{0,20}}[)\]]?$"), longest


def is_stamp(text: str) -> bool:
    """`KHẨN`, `(Dự thảo)`, `TÀI LIỆU THU HỒI`: a stamp beside the header, not the issuer or the subject."""
    spaced = " ".join(text.replace("*", " ").split())  # folding keeps spaces spaces: fold after, if short
    pattern, longest = _stamp()
    return len(spaced) <= longest and pattern.match(fold_chars(spaced)) is not None


_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\b")


def _wrapped_mark(doc: Document, state: _State, tok: Token) -> bool:
    """The tail of a mark wrapped onto the next line by a PDF: `... năm` / `2024`, `CHỦ NGHĨA` / `VIỆT NAM`."""
    text = tok.cell.text
    date = doc.date
    if date is not None and date.year is None and date.span and fold_chars(date.text).endswith("nam"):
        m = _YEAR.match(tok.cell.masked)
        adjacent = m is not None and doc.text[date.span[1] : tok.cell.start].strip() == ""
        if m and (adjacent or text == m.group(1)):
            # A PDF may put the other column (Quốc hiệu) between `... năm` and a year alone on its line;
            # then the span keeps to what was read in place.
            date.year = int(m.group(1))
            date.text = f"{date.text} {m.group(1)}"
            if adjacent:
                date.span = (date.span[0], tok.cell.start + m.end(1))
            return True
    # ... the whole country's name, or its last word when the line broke inside it (`... CHỦ NGHĨA VIỆT` / `NAM`), or
    # the Quốc hiệu's second half where a web copy breaks it after `XÃ HỘI` (`CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA VIỆT NAM`)
    if state.motto_open and fold_chars(text).strip() in ("viet nam", "nam", "chu nghia viet nam"):
        state.motto_open = False
        return True
    return False


def _qualified_title(state: _State, tok: Token) -> bool:
    """`KẾ HOẠCH QUỐC GIA` / `Thích ứng với biến đổi khí hậu …`: a word qualifying the type name ends its line, the
    subject follows on the next in mixed case."""
    cells = state.subject_cells
    if len(cells) != 1 or not cells[0].upper or not qualifies_type(cells[0].text):
        return False
    cell = tok.cell
    return tok.kind is Kind.FREE and cell.line == cells[0].line + 1 and not cell.upper and cell.text[:1].isupper()


def _old_title_tail(state: _State, tok: Token) -> bool:
    """Older documents name the issuer after the type (`QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH`) and give the
    subject on the next line (`V/v ...`, `Về việc ...`)."""
    cells = state.subject_cells
    if not cells or not cells[0].upper or not fold_chars(cells[0].text).startswith("cua "):
        return False
    if opens_gazette_title(" ".join(c.text for c in cells)):
        return False  # a gazette's title gives the subject itself (`CỦA … SỐ … NGÀY … VỀ …`: parts/gazette_title.py)
    if tok.kind is Kind.VV:
        return True  # also on the same line (`CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT …`)
    return tok.cell.line != cells[-1].line and tok.kind is Kind.FREE and not tok.cell.upper


def _ends_header(state: _State, tok: Token) -> bool:
    """A repeated mark after the subject is body text quoting it (`Số`, a type name in a sentence)."""
    if tok.kind in (Kind.TYPE, Kind.VV, Kind.NUMBER) and tok.kind in state.seen:
        return True
    if tok.kind is Kind.TYPE and (Kind.KINH_GUI in state.seen):
        return True
    if tok.kind is Kind.PLACE_DATE and Kind.KINH_GUI in state.seen and Kind.PLACE_DATE in state.seen:
        return True  # a second date after the addressees opens the body (`Trước ngày 18/12/2025, Phòng X gửi …`)
    return False


_WRAP_COLUMN = 10  # a place and date wraps in a column this far from the left margin at least
_WRAP_DRIFT = 20  # ... and its next line starts within this many columns of it (centred lines)


# ... or, at any column, where the date is begun after the place's comma (`Bắc Ninh, ngày 30` / `tháng 5 năm 2025`): a
# web copy that flattens the columns keeps the break of the narrow column it came from
_DATE_BEGUN = re.compile(r",\s*[Nn]gày\b")


def _holds_place_date(doc: Document, state: _State, tok: Token) -> bool:
    """`Hà Nội,` alone in the right column, its date on the next line (a narrow column wrapped it)."""
    return (
        tok.kind is Kind.FREE
        and doc.date is None
        and (tok.cell.column >= _WRAP_COLUMN or _DATE_BEGUN.search(tok.cell.text) is not None)
        and state.mode not in (Kind.TYPE, Kind.VV, Kind.KINH_GUI)
        and opens_wrapped_place_date(tok.cell.text)
    )


def _unwrapped_place_date(held: Token, tok: Token) -> Token | None:
    """The place and date that `held` opens and `tok` ends, as one token; None when `tok` does not end it."""
    if tok.kind not in (Kind.FREE, Kind.PLACE_DATE) or abs(tok.cell.column - held.cell.column) > _WRAP_DRIFT:
        return None
    found = read_wrapped_place_date(held.cell.text, held.cell.start, tok.cell.text, tok.cell.start)
    return None if found is None else Token(Kind.PLACE_DATE, tok.cell, found, tok.origin)


def _held_beside(held: Token, tok: Token) -> bool:
    """A token the held place and date waits past: on the next line, in a column left of it (`V/v …`)."""
    return tok.cell.line == held.cell.line + 1 and tok.cell.column < held.cell.column - _WRAP_DRIFT


def read_header(doc: Document, lines: list[Line], preamble_end: int | None = None) -> None:
    """Fill family, issuer, national_motto, number, place, date, type, subject, addressees, body_span.
    `preamble_end`: `portal_preamble_end(lines)` when the caller has it already (the pipeline reads it once)."""
    first = portal_preamble_end(lines) if preamble_end is None else preamble_end
    state = _State(first_line=first)
    held: Token | None = None  # a place and date's first line, while its next line is not read
    for tok in tokens(doc.text, lines, skip=first):
        if held is not None and not _held_beside(held, tok):
            joined = _unwrapped_place_date(held, tok) if tok.cell.line == held.cell.line + 1 else None
            if joined is None and not _step(doc, state, held):
                held = None
                break
            held = None
            tok = joined or tok
        if held is None and _holds_place_date(doc, state, tok):
            held = tok
            continue
        if not _step(doc, state, tok):
            break
    else:
        if held is not None:
            _step(doc, state, held)
    _finish(doc, state, lines)


# An annex's heading (`PHỤ LỤC`, `Phụ lục I`): the `annex` label of `[labels]` in data/issuer_markers.toml
_ANNEX_HEAD: Final = re.compile(rf"{as_written((formal_labels().annex.upper(), formal_labels().annex))}(?![\w])")
# the caption that ties an annex to its decision (`(Kèm theo Quyết định số … ngày …)`), its bracket opening a line
_ANNEX_CAPTION: Final = re.compile(r"\(\s*(?:[Kk]èm|[Bb]an hành kèm) theo\b")


def _annex_alone(doc: Document, state: _State) -> None:
    """`PHỤ LỤC` / its title in capitals / `(Kèm theo Quyết định số … ngày …)`: a text that opens with an annex has
    no header block; its title is no issuer, and the date of the caption (the decision's) is not the text's."""
    state.issuer_cells = []
    if doc.date is not None and doc.date.span is not None:
        line_start = doc.text.rfind("\n", 0, doc.date.span[0]) + 1
        caption = _ANNEX_CAPTION.search(doc.text, max(0, line_start - 300), doc.date.span[0])
        if caption is not None and ")" not in doc.text[caption.end() : doc.date.span[0]]:
            doc.date = None
            doc.place = None


def _sender_above(state: _State, dispatch: Cell) -> None:
    """`BAN CHỈ ĐẠO …` / `- ỦY BAN …` / `Điện:`: the lines in capitals right above a Công điện's dispatch word name
    its sender, not its subject; where the header printed no issuer before them, they are the issuer."""
    line = dispatch.line
    sender: list[Cell] = []
    while state.subject_cells and state.subject_cells[-1].upper and state.subject_cells[-1].line in (line - 1, line - 2):
        line = state.subject_cells[-1].line
        sender.insert(0, state.subject_cells.pop())
    if sender and not state.issuer_cells:
        state.issuer_cells = sender


def _step(doc: Document, state: _State, tok: Token) -> bool:
    """Read one header token; False where the header ends (at the body's first line)."""
    if state.mode is Kind.TYPE and _qualified_title(state, tok):
        state.subject_cells = []  # `KẾ HOẠCH QUỐC GIA` / `Thích ứng với …`: the subject is on the next line
    if state.mode is Kind.TYPE and _old_title_tail(state, tok):
        state.subject_cells = []  # `QUYẾT ĐỊNH CỦA UBND TỈNH` / `V/v ...`: the subject is on the next line
        if tok.kind is Kind.VV:
            state.mode = Kind.VV
            state.last_end = tok.cell.end
            return True
    if tok.kind in (Kind.TYPE, Kind.VV) and state.mode in (Kind.TYPE, Kind.VV):
        tok = Token(Kind.FREE, tok.cell, origin=tok.origin)  # `THÔNG BÁO` / `KẾT LUẬN ...`: a subject line
    if tok.kind is Kind.PLACE_DATE and doc.date is not None and state.mode in (Kind.TYPE, Kind.VV):
        tok = Token(Kind.FREE, tok.cell, origin=tok.origin)  # a date cited in a wrapped subject
    if tok.kind in (Kind.MOTTO, Kind.PARTY) and state.subject_cells and not tok.cell.upper:
        tok = Token(Kind.FREE, tok.cell, origin=tok.origin)  # `... Quốc khánh nước` / `Cộng hòa xã hội ...`
    if tok.kind is Kind.FREE and _wrapped_mark(doc, state, tok):
        state.last_end = tok.cell.end
        return True
    if tok.kind is Kind.KINH_GUI:
        state.stray_start = None  # the fragments stood before the addressees: no body's
    if tok.kind is Kind.FREE:
        if not _free(doc, state, tok):
            if state.body_start is None and not _markdown_part(doc.text, tok.cell) and _stray(doc, state, tok.cell):
                if state.stray_start is None:
                    state.stray_start = tok.cell.start
                return True  # held: the body opens here only if no `Kính gửi` follows
            if state.body_start is None:
                state.body_start = tok.cell.start
            return False
    elif _ends_header(state, tok):
        state.body_start = tok.cell.start
        return False
    else:
        _mark(doc, state, tok)
    state.last_end = tok.cell.end
    return True


def _finish(doc: Document, state: _State, lines: list[Line]) -> None:
    if state.issuer_cells and _ANNEX_HEAD.match(state.issuer_cells[0].text):
        _annex_alone(doc, state)
    if state.past_issuer or Kind.MOTTO in state.seen or Kind.PARTY in state.seen:
        doc.issuer = read_issuer(state.issuer_cells)
    code = doc.number.type_code if doc.number and doc.number.year else None
    if doc.type is None and state.vv and code not in (None, CONG_VAN):
        # `Số: 61/2003/QĐ-UB` / `V/V PHÊ DUYỆT …`: a decision whose type line the copy lost, its subject kept whole
        # (only a number with its year: a letter's symbol may open with its unit's initials, `4512/CT-QLN`)
        doc.type = doc_type(code, name_of(code), None)
        if state.vv_cell is not None and state.subject_cells and state.vv_cell.end <= state.subject_cells[0].start:
            state.subject_cells.insert(0, state.vv_cell)
    # (a công văn's type named by a portal's caption line, `Công văn V/v Tham gia …`: its `V/v` goes as well)
    strip_vv = (state.vv and doc.type is None) or (doc.type is not None and doc.type.code == CONG_VAN)
    doc.subject = make_subject(state.subject_cells, strip_vv=strip_vv, drop_suffix=_issuer_after_subject(doc, state))
    read_gazette_title(doc)  # (`CHỈ THỊ` / `CỦA … SỐ 16/2001/CT-TTG NGÀY … VỀ …`: the number and date in the title)
    for entry in state.entries:
        a = addr.make_addressee(entry)
        if a:
            doc.addressees.append(a)
    title_case: DocType | None = None
    if doc.type is None:
        if state.vv:
            doc.type = congvan()
        elif doc.number and doc.number.type_code:
            code = doc.number.type_code
            doc.type = doc_type(code, name_of(code), None)
        elif doc.number and doc.number.symbol:
            doc.type = congvan()
        else:
            doc.type = title_case = _title_case_type(lines)
            enacted = None if title_case or doc.subject or doc.issuer else read_enacted_title(lines[state.first_line :])
            if enacted is not None:
                doc.type, doc.subject = enacted  # (a copy without its header, its title first, its formula naming it)
            if title_case is not None and title_case.span is not None and doc.family == "unknown":
                title_start = title_case.span[0]
                title_end = doc.text.find("\n", title_start)
                if names_party_body(title_caption(doc.text[title_start : None if title_end < 0 else title_end])):
                    doc.family = "party"  # (a repost's title: `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh X …`)
    own = doc.own_caption = read_own_caption(doc, lines)  # a headerless text naming itself
    if own is not None:
        if doc.type is None or (
            doc.type is title_case and own.type is not None and own.numbers and own.type.code != doc.type.code
        ):
            doc.type = own.type  # (a type named with its number over a portal's section caption: `Thông báo - Giấy mời`)
        if own.party and doc.family == "unknown":
            doc.family = "party"
        if own.source is not None:
            doc.metadata["source_caption"] = list(own.source)
    if doc.type is None and doc.addressees:
        doc.type = congvan()  # a letter sent `Kính gửi:` with no type name anywhere (a web copy without header)
    if doc.family == "unknown":  # a mass organisation's Party-style number is no Party document's (`[mass]`)
        doc.family = "party" if _party_number(doc) and not _mass_number(doc) else "state"
    if doc.family == "party" and doc.type is not None and doc.type.code in party_codes():
        doc.type = doc_type(party_codes()[doc.type.code], doc.type.name, doc.type.span)
    start = state.body_start
    if start is None:
        start = state.last_end if state.past_issuer else 0
    if state.stray_start is not None:
        start = min(start, state.stray_start)  # no `Kính gửi` after them: they open the body after all
    doc.body_span = (start, len(doc.text))


_STRAY_LETTERS = 5  # the longest word a scan's neighbouring column leaves alone on a line


def _stray(doc: Document, state: _State, cell: Cell) -> bool:
    """`V/v xử lý thuế hàng SXXK` / `TNH` / `buộc` / `Kính gửi: …`: a word of a stamp or of a neighbouring column,
    alone on its line after the subject of a scan, before the addressees (held until `Kính gửi` comes; else the body
    opens at it)."""
    if not state.subject_cells or Kind.KINH_GUI in state.seen or state.body_start is not None:
        return False
    text = cell.text.strip(" .,:;")
    if " " in text or not 0 < len(text) <= _STRAY_LETTERS or not text.isalpha():
        return False
    line_start = doc.text.rfind("\n", 0, cell.start) + 1
    line_end = doc.text.find("\n", cell.end)
    return not doc.text[line_start : cell.start].strip() and not doc.text[cell.end : None if line_end < 0 else line_end].strip()


_RUN_ON_TITLE = 3  # the most words of a title before the issuer's name in an authority line run on


def _issuer_after_subject(doc: Document, state: _State) -> str | None:
    """The authority line run on at the subject's end, to drop: the issuer's name, or the start of it without its
    place (`ỦY BAN NHÂN DÂN TỈNH` of `… TỈNH TUYÊN QUANG`), after a leadership title or not (`CHỦ TỊCH ỦY BAN NHÂN
    DÂN TỈNH`, `BỘ TRƯỞNG BỘ TƯ PHÁP`: a web copy runs the decision's type name, subject and authority line into one
    line); None when the subject names it after an open end (`… MẠNG TIN HỌC DIỆN RỘNG CỦA ỦY BAN NHÂN DÂN TỈNH X`)."""
    if doc.issuer is None:
        return None
    name = doc.issuer.name
    words = " ".join(c.text for c in state.subject_cells).split()
    named = fold_chars(name).split()
    folded = [fold_chars(w) for w in words]
    for k in range(len(named), min(3, len(named)) - 1, -1):
        if len(words) <= k or folded[-k:] != named[:k]:
            continue
        cut = len(words) - k
        for j in range(min(_RUN_ON_TITLE, cut - 1), 0, -1):  # a title before it (`CHỦ TỊCH`, `BỘ TRƯỞNG`)
            if is_title(" ".join(words[cut - j : cut])):
                cut -= j
                break
        before = words[:cut]
        if before and open_end(" ".join(before)):
            return None
        return " ".join(words[cut:]) if k < len(named) or cut < len(words) - k else name
    before = words[: len(words) - len(name.split())]
    return None if before and open_end(" ".join(before)) else name


def _mass_number(doc: Document) -> bool:
    return mass_body(doc.issuer, doc.number.symbol if doc.number else None)


def _party_number(doc: Document) -> bool:
    """`Số 128-CV/TU`, `Số -CV/ĐU` (HD 36: the number, a hyphen, then type and body parted by a slash), the number
    left blank or not: the Party's form, read before the `ĐẢNG CỘNG SẢN VIỆT NAM` line that a text layer often gives
    after the left column (issuer, number, trích yếu)."""
    n = doc.number
    return bool(n and n.symbol and "/" in n.symbol and "-" in n.text.split("/")[0])


_CAPTION_END = re.compile(r":|\.(?:\s|$)")


def title_caption(line: str) -> str:
    """The title a line opening with a type's name gives, up to its first colon or sentence end: a news copy's
    caption introducing the body (`Công điện nêu: …, Đảng ủy Chính phủ đã trình Bộ Chính trị …`) names no body of
    its own, while a repost's title line is all title (`Nghị quyết Đại hội đại biểu Đảng bộ tỉnh X lần thứ XV`)."""
    m = _CAPTION_END.search(line)
    return line if m is None else line[: m.start()]


_TITLE_CASE_REACH = 6  # lines where the title stands, blank ones and a page's stamp above it counted


def _title_case_type(lines: list[Line]) -> DocType | None:
    """A document without header marks may still open with its type name (`Giấy mời họp ngày ...`)."""
    for line in lines[:_TITLE_CASE_REACH]:
        if not line.text.strip(" .") or is_page_control(line.text) or is_portal_posted(line.text):
            continue  # (`In bài viết`, a portal's print button, or a news page's stamp, above the title)
        hit = find_type_name(line.text, upper_only=False)
        if hit and hit[0] == 0:
            return doc_type(hit[2], line.text[hit[0] : hit[1]], (line.start + hit[0], line.start + hit[1]))
        return None
    return None


__all__ = ["read_header"]
