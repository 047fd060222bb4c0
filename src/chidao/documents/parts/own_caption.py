"""A headerless copy naming the document it gives: its type, its Party family, its own number.

A portal's news rendering, a repost or a Q&A page gives a document without its header block (no issuer, no number
line) and names it: a title as its first line (`Chỉ thị số 05/CT-UBND ngày … của UBND tỉnh X về việc …`), a lead on
one of its first lines (`Ngày 04/12, UBND tỉnh ban hành Công văn số 2221/UBND-TH, …`),
a caption over a repost (`… vừa ký Chỉ thị số 40-CT/TW … Trân trọng giới thiệu toàn văn Chỉ thị.`), or a caption as
its last line (`(Theo Công văn số 1962/UBND-KT, ngày …)`). That naming gives the text its type (a Party body or a
Party number in the caption, its family), and the number it gives is the text's own, not a citation.

Read once per document by parts/header.py (`read_own_caption`, kept as `doc.own_caption`); the header takes the
type and family, extract/references.py the own numbers. `[own_caption]` of data/issuer_markers.toml.
"""

from __future__ import annotations

import re
from typing import Any

from chidao.documents.alternation import alternation, as_written
from chidao.documents.data import load_toml
from chidao.documents.extract.references import find_references
from chidao.documents.model import DocType, Document, OwnCaption
from chidao.documents.parts.number import compact, symbol_type
from chidao.documents.parts.type_subject import CONG_VAN, doc_type, find_type_name, name_of, type_name_at
from chidao.documents.text import Line, fold, fold_chars

_DATA: dict[str, Any] = load_toml("issuer_markers.toml")["own_caption"]
_LEAD_LINES = 6  # lines, blank ones included, where a portal's title stands
_LEAD_TEXT_LINES = 6  # lines with text where a news lead stands (under a title, an update stamp, a photo caption)

# a news lead up to its type name, and what follows the name up to the number, both on folded text (`lead`)
_DAY = (
    r"\d{1,2}(?:\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?|-\d{1,2}(?:-\d{2,4})?|\.\d{1,2}(?:\.\d{4})?"
    r"|\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4}|\s*/\s*\d{4})?)"
)
_LEAD_VERBS = alternation(" ".join(fold_chars(v).split()) for v in _DATA["lead"]["verbs"])
# (not a noun that folds to open like a verb: `cơ sở` is no `có sở`, `verb_lookalikes`)
_NOT_LOOKALIKE = rf"(?!(?:{alternation(' '.join(fold_chars(v).split()) for v in _DATA['lead']['verb_lookalikes'])})(?![a-z]))"
_DAY_PARTS = alternation(fold_chars(v) for v in _DATA["lead"]["day_parts"])
_GENERIC = re.compile(alternation(fold_chars(v) for v in _DATA["lead"]["generic"]))
# (some papers write the day with dots, `Ngày 18.5, …`, and a part of the day with `nay`: `Chiều nay 27.9, …`)
# (the comma after the day may be missing: `Ngày 02/11/2010 UBND tỉnh đã có công văn số …`; a part of the day may
# stand for `Ngày`: `Đêm 22/9, …`, `Sáng ngày 3/5 …`; some papers write the day with hyphens: `Ngày 28-1, …`)
# (a newspaper's credit in brackets may open the lead: `(Ngày Nay) - Ngày 28/4, Bộ Y tế có Công văn số …`)
# (a paper's credit with no brackets may open it too, and then the day may be left out: `Kinhtedothi - UBND TP Hà Nội
# đã ban hành Công văn số 5953/UBND-TNMT yêu cầu …`)
_CREDIT = r"(?:\([^()]{1,40}\)|[a-z][a-z0-9]{1,19}(?:\.[a-z]{2,3}){0,2})\s*[-\u2013\u2014]\s*"
_DATED = rf"(?:ngay|(?:{_DAY_PARTS})(?:\s+(?:ngay|nay))?)\s+{_DAY}\s*(?:,\s*|\s+)"
_SIGNED_VERBS = alternation(" ".join(fold_chars(v).split()) for v in _DATA["lead"]["signed_verbs"])
# (a page's stamp of the year and month may stand before it: ` date 2024-03 Ngày 12/3, …`, `stamp_words`)
_STAMP = rf"(?:(?:{alternation(fold_chars(w) for w in _DATA['lead']['stamp_words'])})\s+(?:19|20)\d\d-\d\d\s+)?"
# (the issuer before the verb may write its place's level short with a dot, `UBND TP. Hà Nội đã có công văn …`: the
# dotted levels of `[place_words]` of data/unit_heads.toml do not end the lead's sentence)
_DOTTED_LEVELS = sorted({fold_chars(w).lower()[:-1] for w in load_toml("unit_heads.toml")["place_words"]["words"] if w.endswith(".")})
_LEAD_CHAR = rf"(?:[^.;:]|(?:{'|'.join(rf'(?<![a-z]){w}' for w in _DOTTED_LEVELS)})\.)" if _DOTTED_LEVELS else "[^.;:]"
# (a purpose or a ground may stand before the day, closed by a comma or a semicolon: `Nhằm …; ngày 05/5/2022, UBND
# tỉnh ban hành Kế hoạch số …`, `grounds` of `[own_caption.lead]`)
_GROUND = rf"(?:(?:{alternation(fold_chars(v) for v in _DATA['lead']['grounds'])})\s[^.:]{{0,400}}?[;,]\s*)?"
_LEAD = re.compile(
    rf"^\s*{_STAMP}(?:(?:{_CREDIT}(?:{_DATED})?|{_GROUND}{_DATED}){_LEAD_CHAR}{{0,120}}?(?<![a-z]){_NOT_LOOKALIKE}{_LEAD_VERBS}"
    rf"|{_GROUND}{_DATED}{_LEAD_CHAR}{{0,120}}?(?<![a-z])(?<!vua )(?:{_SIGNED_VERBS}))\s+"
)
# ... a line opening with the day (a page's stamp or a credit before it or not): a news item's lead, whatever it
# tells; an item has one, so a later line telling what was issued on an earlier day is its background (`Chiều 26/5,
# UBND tỉnh tổ chức Hội nghị quán triệt …` above `Ngày 19/4/2023, Thủ tướng ban hành Chỉ thị 10/CT-TTg …`)
_DAY_OPENS = re.compile(rf"^\s*{_STAMP}(?:{_CREDIT})?{_DATED}")
# a number as printed, state-shaped (`418 /UBND-KT`) or Party-shaped (`1127-CV/HU`, `04 -CT/TU`), on folded text
_NUMBER = r"\d{1,6}[a-z]?(?:\s*//?\s*|\s*-\s*[a-z][a-z&]{0,9}\s*/\s*)[0-9a-z][0-9a-z&./-]{0,40}[0-9a-z]"
# (a slash typed twice stays one number: `Văn bản số 6456//BGTVT-VT`)
# (`số` may be left out (`Ngày 30/11, Thủ tướng ban hành Công điện 234/CĐ-TTg về …`, `… ban hành công văn 250/UBND-VX đề nghị …`))
# (the type's urgency may follow its name, `Công điện khẩn số …`, `Công văn hỏa tốc số …`: `urgency` of
# `[own_caption.lead]`)
_URGENCY = alternation(" ".join(fold_chars(v).split()) for v in _DATA["lead"]["urgency"])
_LEAD_NUMBER = re.compile(rf"(?:\s*\([^()]{{1,30}}\)|\s+(?:{_URGENCY})(?![a-z]))?\s+(?:so\s*:?\s*)?({_NUMBER})")


# the document's day right after the number a caption gives (`… Công điện số 210/CĐ-TTg ngày 6/11/2025 chỉ đạo …`)
_NUMBER_DAY = re.compile(r"[ \t]+ngày[ \t]+\d{1,2}[ \t]*/[ \t]*\d{1,2}(?:[ \t]*/[ \t]*\d{4})?")


def lead_number_end(text: str) -> int | None:
    """Where the number of a news lead opening `text` ends (`Ngày 02/11, UBND tỉnh đã có công văn số 3459/UBND-NL`
    | `chỉ đạo …`), or of a caption's `vừa ký <type> số …` with the day after it (`Thủ tướng vừa ký Công điện số
    210/CĐ-TTg ngày 6/11/2025` | `chỉ đạo …`): what follows is the document's own direction, its issuer the
    subject."""
    lead = _news_lead(text, with_end=True)
    if lead is not None:
        return lead[4]
    caption = _caption_number(text)
    if caption is None:
        return None
    day = _NUMBER_DAY.match(text, caption)
    return day.end() if day is not None else caption


def _caption_number(text: str) -> int | None:
    """Where the number ends that a caption's first verb of issuing names with its type (`… vừa ký Công điện số
    210/CĐ-TTg`), within the caption's first sentence; where the type name ends when no number follows it but the
    verb `chỉ đạo` does, after a `vừa` verb (`… vừa có công văn chỉ đạo …`); else None."""
    folded = fold_chars(text[: _REPOST["reach"]]).lower()
    m = _ISSUED.search(folded)
    if m is None or "." in folded[: m.start()]:
        return None
    hit = type_name_at(text, folded, m.end(), upper_only=False)
    if hit is None:
        return None
    n = _LEAD_NUMBER.match(folded, hit[1])
    if n is None:
        # no number: the type name alone, just issued (`vừa`, not `đã`, which may recall an earlier one) and right
        # before its issuer's directing verb (`UBND tỉnh vừa có công văn chỉ đạo các sở …`): the copy's own all the same
        just = m.group(0).startswith("vua")
        return hit[1] if just and _UNNUMBERED_DIRECTS.match(folded, hit[1]) is not None else None
    return n.end(1)


# the directing verb right after a type name that no number follows (`… vừa có công văn chỉ đạo …`), folded
_UNNUMBERED_DIRECTS = re.compile(r"[ \t]+chi[ \t]+dao[ \t]+")


def _news_lead(text: str, with_end: bool = False) -> tuple[Any, ...] | None:
    """`Ngày 04/12, UBND tỉnh ban hành Công văn số 2221 /UBND-TH, …`: the bounds of the type name, its code, and the
    number as printed (`2221 /UBND-TH`); for `… ban hành văn bản số 2508/UBND-KGVX` the code its symbol opens with,
    a công văn's where it opens with none, and no number."""
    folded = fold_chars(text)
    m = _LEAD.match(folded)
    if m is None:
        return None
    hit = type_name_at(text, folded, m.end(), upper_only=False)
    if hit is None:
        generic = _generic_named(text, folded, m.end())
        if generic is None:
            return None
        # (its number is not taken for the text's own: a follow-up may open by telling the earlier letter so,
        # `Ngày 08/4, Văn phòng UBND tỉnh ban hành Văn bản số 404/… giao Sở X …; đến nay Sở X chưa trình …`)
        found: tuple[Any, ...] = (*generic[:3], None)
        end = generic[3]
    else:
        n = _LEAD_NUMBER.match(folded, hit[1])
        if n is None:
            return None
        found, end = (hit[0], hit[1], hit[2], text[n.start(1) : n.end(1)]), n.end(1)
    return (*found, end) if with_end else found


def _generic_named(text: str, folded: str, pos: int) -> tuple[int, int, str, int] | None:
    """`văn bản số 2508/UBND-KGVX` at `pos` (`generic` of `[own_caption.lead]`): the bounds of the generic word, the
    code its number's symbol opens with (a công văn's where it opens with none), and where the number ends."""
    g = _GENERIC.match(folded, pos)
    n = _LEAD_NUMBER.match(folded, g.end()) if g is not None else None
    if g is None or n is None:
        return None
    symbol = compact(text[n.start(1) : n.end(1)].split("/", 1)[1])
    return g.start(), g.end(), symbol_type(symbol, party=False) or CONG_VAN, n.end(1)


# the number right after a title's type name, `số` before it or not (`title`)
_TITLE_NUMBER = re.compile(rf"\s+(?:so\s*:?\s*)?({_NUMBER})(?![0-9a-z/])")


def _title(lines: list[Line]) -> tuple[Line, int, int, str, str] | None:
    """`Chỉ thị số 05/CT-UBND ngày 06/03/2019 của UBND tỉnh X về việc …`, a portal's title naming the document it
    gives (`title`): the first of the first lines that opens with a type's name, when the number follows the name;
    the line, the bounds of the type name, its code, and the number as printed."""
    for line in lines[:_LEAD_LINES]:
        if not line.text[:1].isupper():
            continue
        folded = fold_chars(line.text)
        hit = type_name_at(line.text, folded, 0, upper_only=False)
        if hit is None:
            continue
        n = _TITLE_NUMBER.match(folded, hit[1])
        if n is None:
            return None
        return line, hit[0], hit[1], hit[2], line.text[n.start(1) : n.end(1)]
    return None


_REPOST = _DATA["repost"]
_ISSUED = re.compile(rf"(?<![a-z])(?:{'|'.join(map(re.escape, _REPOST['issued']))})[ \t]+")
_PARTY_BODY = re.compile(rf"(?<![a-z])(?:{'|'.join(map(re.escape, _REPOST['party_bodies']))})(?![a-z])")
_PARTY_NUMBER_AFTER = re.compile(r"[ \t]+so[ \t]+\d+[ \t]?-[ \t]?[a-z]+/")
# (the verb right before the citation, or before the type's words and `số` where the citation starts at the number)
_SIGNED = re.compile(rf"(?<![a-z])(?:{alternation(_REPOST['signed'])})(?:\s+(?:\S+\s+){{0,4}}so)?\s*$")

_DIRECTS = _DATA["directs"]
# a Party body at a clause's start (its organ, board or secretary before it or not), up to three words of its name,
# then a verb of directing (`directs`)
_PARTY_DIRECTS = re.compile(
    rf"(?:^|\n|[,.;:\-\u2013][ \t]+)[ \t]*(?:(?:{alternation(_DIRECTS['addressed'])})[ \t]+)?"
    rf"(?:(?:{alternation(_DIRECTS['leads'])})[ \t]+)?"
    rf"(?:{'|'.join(map(re.escape, _REPOST['party_bodies']))})(?:[ \t]+[^\s,.;:()]+){{0,3}}?[ \t]+"
    rf"(?:(?:da|vua|cung)[ \t]+)?(?:{alternation(_DIRECTS['verbs'])})(?![a-z])"
)


# ... or a direction said after it to be a Party leader's or body's (`… - đó là chỉ đạo của Bí thư Tỉnh ủy X …`), no
# state title after a comma right after (`attributed`)
_PARTY_ATTRIBUTED = re.compile(
    rf"(?<![a-z])(?:{alternation(_DIRECTS['attributed'])})[ \t]+(?:(?:{alternation(_DIRECTS['addressed'])})[ \t]+)?"
    rf"(?:(?:{alternation(_DIRECTS['leads'])})[ \t]+)?(?:{'|'.join(map(re.escape, _REPOST['party_bodies']))})(?![a-z])"
    rf"(?![^.;:\n]{{0,{_DIRECTS['state_reach']}}}?,[ \t]*(?:{alternation(_DIRECTS['state_after'])})(?![a-z]))"
)


def names_party_body(text: str) -> bool:
    """Does `text` name a Party body (`repost.party_bodies`: `… Đại hội đại biểu Đảng bộ tỉnh …`, `… Ban Thường vụ
    Tỉnh ủy …`)? A repost's title line saying whose document it gives (`Nghị quyết Đại hội đại biểu Đảng bộ tỉnh X
    lần thứ XI`): the document is the Party's."""
    return _PARTY_BODY.search(fold_chars(text).lower()) is not None


def _party_directs(text: str) -> bool:
    """`Theo đó, Ban Thường vụ Tỉnh ủy yêu cầu …`: a Party body directing at a clause's start within `reach`; or a
    direction said to be a Party body's (`… - đó là chỉ đạo của Bí thư Tỉnh ủy …`, `attributed`)."""
    folded = fold_chars(text[: _DIRECTS["reach"]])
    return _PARTY_DIRECTS.search(folded) is not None or _PARTY_ATTRIBUTED.search(folded) is not None



def _repost_type(opening: str) -> tuple[DocType, bool] | None:
    """The type a repost's caption names (a verb of issuing right before a type's name: `… đã ban hành Chỉ thị số
    17 …`), as written with its span, and whether a Party body or a Party number names it (`repost`)."""
    folded = fold_chars(opening).lower()
    for m in _ISSUED.finditer(folded):
        hit = type_name_at(opening, folded, m.end(), upper_only=False)
        if hit is None and (generic := _generic_named(opening, folded, m.end())) is not None:
            # `Sở X vừa ban hành Văn bản số 1056/SGDĐT-HSSV …`: the type its symbol gives, its number still cited
            return doc_type(generic[2], opening[generic[0] : generic[1]], generic[:2]), False
        if hit is None:
            continue
        sentence = folded[max(folded.rfind(". ", 0, m.start()), folded.rfind("\n", 0, m.start()), 0) : m.start()]
        party = _PARTY_BODY.search(sentence) is not None or _PARTY_NUMBER_AFTER.match(folded, hit[1]) is not None
        return doc_type(hit[2], opening[hit[0] : hit[1]], (hit[0], hit[1])), party
    return None


_PREAMBLE = _DATA["preamble"]
_PREAMBLE_VERB = re.compile(rf"(?<![a-z])(?:{alternation(_PREAMBLE['verbs'])})\s+")
_PREAMBLE_END = re.compile(rf"[^.;:]{{0,{_PREAMBLE['sentence']}}}?(?<![a-z])(?:{alternation(_PREAMBLE['ends'])})\s*:")


_FULL_STOP = re.compile(r"\.(?=\s)")


def _preamble_type(opening: str) -> DocType | None:
    """The type a copy's own preamble names (`…, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:`,
    `preamble`): a verb of issuing right before a type's name in a capital, no number after the name, the sentence
    ending in `như sau:`; past the repost's reach only in a sentence that opened within it (`opening`)."""
    folded = fold_chars(opening).lower()
    # (where the first full stop at or past the reach stands: a verb after it is in a sentence opened past the reach)
    stop = _FULL_STOP.search(folded, _REPOST["reach"])
    closed = stop.start() if stop is not None else len(folded)
    for m in _PREAMBLE_VERB.finditer(folded):
        if m.start() > closed:
            break
        hit = type_name_at(opening, folded, m.end(), upper_only=False)
        if hit is None or not opening[hit[0]].isupper() or _LEAD_NUMBER.match(folded, hit[1]) is not None:
            continue
        if _PREAMBLE_END.match(folded, hit[1]) is not None:
            return doc_type(hit[2], opening[hit[0] : hit[1]], (hit[0], hit[1]))
    return None


_QUOTED = _DATA["quoted"]
_QUOTED_GENERIC = alternation(fold_chars(w) for w in _QUOTED["generic"])
_QUOTED_VERB = re.compile(rf"\s+(?:{alternation(fold_chars(v) for v in _QUOTED['verbs'])})(?![a-z])")
_LINE_STAMP = re.compile(rf"^\s*{_STAMP}")


def _quoted_type(lines: list[Line]) -> DocType | None:
    """`Công điện nêu rõ: …`, `Văn bản yêu cầu Giám đốc Sở …`: the type a news item opening by quoting its document
    names (`[own_caption.quoted]`), a công văn's for the generic word; else None."""
    for line in [line for line in lines if line.text.strip()][: _QUOTED["lines"]]:
        folded = fold_chars(line.text)
        at = _LINE_STAMP.match(folded.lower())
        start = at.end() if at is not None else 0
        if not line.text[start : start + 1].isupper():
            continue
        generic = re.match(_QUOTED_GENERIC, folded[start:])
        if generic is not None and _QUOTED_VERB.match(folded, start + generic.end()) is not None:
            return doc_type(CONG_VAN, line.text[start : start + generic.end()], (line.start + start, line.start + start + generic.end()))
        hit = type_name_at(line.text, folded, start, upper_only=False)
        if hit is not None and _QUOTED_VERB.match(folded, hit[1]) is not None:
            return doc_type(hit[2], line.text[hit[0] : hit[1]], (line.start + hit[0], line.start + hit[1]))
    return None


_METADATA = _DATA["metadata"]
_META_TYPE = re.compile(rf"(?<!\w){as_written(_METADATA['type_labels'])}\s*:\s*")
_META_NUMBER = re.compile(rf"(?<!\w){as_written(_METADATA['number_labels'])}\s*:\s*")


def _metadata_type(lines: list[Line]) -> DocType | None:
    """`Loại văn bản: Công văn Người ký: …`: the type a legal site's metadata table gives a page without a header."""
    for line in lines:
        for m in _META_TYPE.finditer(line.text):
            rest = line.text[m.end() :]
            # (the next cell's label glued on, `Kế hoạchNgười ký:`, ends the value)
            glued = next((i for i in range(1, len(rest)) if rest[i].isupper() and rest[i - 1].islower()), len(rest))
            rest = rest[:glued]
            hit = type_name_at(rest, fold_chars(rest), 0, upper_only=False)
            if hit is not None and rest[:1].isupper():
                return doc_type(hit[2], rest[hit[0] : hit[1]], (line.start + m.end() + hit[0], line.start + m.end() + hit[1]))
    return None


def _metadata_numbers(lines: list[Line]) -> list[str]:
    """`Số hiệu: 12154/VPCP-TCCV Ngày đăng công báo: …`: the own number a legal site's metadata table gives."""
    numbers: list[str] = []
    for line in lines:
        for m in _META_NUMBER.finditer(line.text):
            refs = find_references(line.text[m.end() :])
            if refs and refs[0].number and refs[0].span is not None and refs[0].span[0] == 0:
                numbers.append(refs[0].number)
    return numbers


def _repost_number(opening: str) -> str | None:
    """The number a repost's caption says was signed, when the caption says the text follows whole (`toàn văn`)."""
    folded = fold(opening)
    if not any(marker in folded for marker in _REPOST["markers"]):
        return None
    for ref in find_references(opening):
        if ref.number and ref.span is not None and _SIGNED.search(fold(opening[max(0, ref.span[0] - 60) : ref.span[0]])):
            return ref.number
    return None


_SOURCE = re.compile(
    rf"\(\s*{as_written(_DATA['source']['openers'])}\s+(?P<name>[^\d()]{{2,40}}?)\s+(?:số\s+)?\d[^()\n]{{0,120}}\)\s*"
)
# ... or with no bracket, a portal's pointer to the whole document (`Xem chi tiết tại Công văn 369/UBND-KT`)
_PLAIN_OPENERS = _DATA["source"]["plain_openers"]
_PLAIN_SOURCE = re.compile(
    rf"{as_written(_PLAIN_OPENERS)}\s+(?P<name>[^\d(),.;:]{{2,40}}?)\s+(?:số\s+)?\d[^\s(),;:]*\s*"
)


def _source_code(text: str) -> str | None:
    """`(Theo Công văn số 1962/UBND-KT, ngày …)`, a portal's last line naming its source (`source`): the type code."""
    m = _SOURCE.fullmatch(text) or _PLAIN_SOURCE.fullmatch(text)
    if m is None:
        return None
    hit = find_type_name(m.group("name"), upper_only=False)
    if hit is None or hit[0] != 0 or hit[1] != len(m.group("name")):
        return None
    return hit[2]


_CHROME_AFTER = _DATA["source"]["chrome_after"]  # the page's short lines that may follow its source caption


def _source_line(lines: list[Line]) -> Line | None:
    """The last line that opens with a bracket, when only a few short lines of the page follow it (`Đánh giá`, the
    reporter's name); else None."""
    filled = [line for line in lines if line.text.strip()]
    for line in reversed(filled[-(_CHROME_AFTER["lines"] + 1) :]):
        if line.text.lstrip().startswith(("(", *_PLAIN_OPENERS)):
            return line
        if len(line.text.strip()) > _CHROME_AFTER["length"]:
            return None
    return None


_NOTICE = _DATA["notice"]
_NOTICE_CLOSING = re.compile(
    rf"^\s*(?:{alternation(_NOTICE['bodies'])})(?:\s+\S+){{0,{int(_NOTICE['words'])}}}?\s+"
    rf"({alternation(_NOTICE['verbs'])})\s[^.;:]*?(?<![a-z])biet(?![a-z])"
)


def _notice_type(lines: list[Line]) -> DocType | None:
    """`UBND phường thông báo để các cơ quan, tổ chức và Nhân dân biết, thực hiện./.`: a committee's notice that lost
    its header and type line closes with its own formula (`[own_caption.notice]`)."""
    filled = [line for line in lines if line.text.strip()]
    for line in filled[-int(_NOTICE["lines"]) :]:
        m = _NOTICE_CLOSING.match(fold_chars(line.text).lower())
        if m is not None:
            start = line.start + m.start(1)
            return doc_type(_NOTICE["code"], line.text[m.start(1) : m.start(1) + len("thông báo")], (start, start + 9))
    return None


def _letter_start(doc: Document) -> int:
    """Where a letter's own text begins, its first `Kính gửi` entry: a lead below it (`Ngày 20/01/2018, Ban Bí thư đã
    ban hành Chỉ thị số 21-CT/TW …`) is the letter's background, a citation, never the copy's caption; the text's
    end when it has no addressee."""
    starts = [a.span[0] for a in doc.addressees if a.span is not None]
    return min(starts, default=len(doc.text))


# the body's last sentence naming the text by its type (`… thực hiện nghiêm túc, hiệu quả Chỉ thị này./.`): the type
# name just before `này` and the document's closing mark `./.`
_CLOSING_SELF = re.compile(r"(?<=\s)này\s*\./\.")
_CLOSING_NAME = 24  # characters before `này` where the type's name is looked for


def _closing_type(text: str) -> DocType | None:
    """`… Thủ tướng Chính phủ yêu cầu … thực hiện nghiêm túc, hiệu quả Chỉ thị này./.`: a copy without its header or its
    type line that names itself in its closing sentence, a type's name right before `này` and the closing `./.`."""
    for m in _CLOSING_SELF.finditer(text):
        start = max(0, m.start() - _CLOSING_NAME)
        before = text[start : m.start()].rstrip()
        for at in range(len(before)):
            if at and before[at - 1] != " ":
                continue
            hit = type_name_at(before, fold_chars(before), at, upper_only=False)
            if hit is not None and hit[1] == len(before) and before[at:at + 1].isupper():
                return doc_type(hit[2], before[hit[0] : hit[1]], (start + hit[0], start + hit[1]))
    return None


def read_own_caption(doc: Document, lines: list[Line]) -> OwnCaption | None:
    """Where a text with neither an issuer nor a number names itself: the type of its title, else of its first news
    lead, else of its repost caption, else of its closing source caption, else of its own preamble; the Party family from the repost caption; the numbers they
    give; with no naming, the Party family of a Party body directing near the start (`directs`). None for a text with
    a header, or one that names nothing and tells no Party body's direction."""
    if doc.issuer is not None or doc.number is not None:
        return None
    types: list[DocType] = []
    numbers: list[str] = []
    letter = _letter_start(doc)
    whole = lines
    lines = [line for line in lines if line.start < letter]
    title = _title(lines)
    if title is not None:
        title_line, start, end, title_code, title_number = title
        types.append(doc_type(title_code, title_line.text[start:end], (title_line.start + start, title_line.start + end)))
        numbers.append(title_number)
    for line in [line for line in lines if line.text][:_LEAD_TEXT_LINES]:
        lead = _news_lead(line.text)
        if lead is not None:
            types.append(doc_type(lead[2], line.text[lead[0] : lead[1]], (line.start + lead[0], line.start + lead[1])))
            if lead[3] is not None:
                numbers.append(lead[3])
        elif _DAY_OPENS.match(fold_chars(line.text)):
            break  # the item's lead names no document of its own: what later lines tell was issued is background
    opening = doc.text[: min(_REPOST["reach"], letter)]
    repost = _repost_type(opening)
    party = repost is not None and repost[1]
    if repost is not None:
        types.append(repost[0])
    if (signed := _repost_number(opening)) is not None:
        numbers.append(signed)
    source: tuple[int, int] | None = None
    last = _source_line(whole)
    code = _source_code(last.text) if last is not None else None
    if code is not None and last is not None:
        source = (last.start, last.end)
        types.append(doc_type(code, name_of(code), None))  # (the portal's line, not the document's own type line)
        numbers.extend(ref.number for ref in find_references(last.text) if ref.number)
    if not types and (quoted := _quoted_type(lines)) is not None:
        types.append(quoted)
    if not types and (listed := _metadata_type(lines)) is not None:
        types.append(listed)
    numbers.extend(_metadata_numbers(lines))
    if not types and (preamble := _preamble_type(doc.text[: min(_PREAMBLE["opening"], letter)])) is not None:
        types.append(preamble)
    if not types and (closing := _closing_type(doc.text)) is not None:
        types.append(closing)
    if not types and (notice := _notice_type(whole)) is not None:
        types.append(notice)
    if not types and not numbers:
        # a news item telling a Party body's direction names no document of its own, but is a Party text
        return OwnCaption(type=None, party=True, numbers=()) if _party_directs(doc.text) else None
    party = party or _party_directs(doc.text)
    return OwnCaption(type=types[0] if types else None, party=party, numbers=tuple(numbers), source=source)


__all__ = ["lead_number_end", "names_party_body", "read_own_caption"]
