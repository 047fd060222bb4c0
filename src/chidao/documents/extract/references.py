"""Cited documents with a number (`Nghị quyết số 62-NQ/TU ngày 29/5/2013 của Ban Thường vụ Tỉnh ủy`).

Every number-and-symbol token in the text is a citation, wherever it stands (căn cứ, body, Nơi nhận), in
the state shape (`120/GM-UBND`, `30/2020/NĐ-CP`) or the Party shape (`62-NQ/TU`). The document's own number
is not a reference; a later short mention (`Nghị quyết số 62-NQ/TU`) is the same document as the first full
citation, whose date and issuer it keeps.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from heapq import merge
from typing import Final

from chidao.documents.alternation import alternation, as_written
from chidao.documents.data import load_toml
from chidao.documents.data.formal import document_types, type_codes, untitled_code
from chidao.documents.model import Document, Reference
from chidao.documents.parts.cells import LOWER, UPPER, mask
from chidao.documents.parts.furniture import portal_preamble_end, portal_related_end
from chidao.documents.parts.number import (
    GLUED_PARTY_SYMBOL,
    GROUP,
    LINE_WRAP,
    PARTY_SYMBOL,
    STATE_SYMBOL,
    WRAP,
    before_heading,
    compact,
)
from chidao.documents.text import Line, fold, fold_chars

_W = f"[{UPPER}{LOWER}0-9]"
# A Party number whose hyphen became a space (`Quyết định số 84 QĐ/TWĐTN`): only right after `số` and its space,
# and only before a type code and its slash (`[spaced_party]` of data/reference_words.toml).
_SPACED = load_toml("reference_words.toml")["spaced_party"]
# ... or whose `số` a web copy glued to the digits (`số31-QĐ/TW`: `[glued_number_word]`): where a citation may open
_GLUED_WORDS = load_toml("reference_words.toml")["glued_number_word"]["words"]
_OPENS = rf"(?:(?<![\w/.-]){''.join(f'|(?<={re.escape(w)})' for w in _GLUED_WORDS)})"
NUMBER: Final = re.compile(
    rf"{_OPENS}(?P<pseq>\d+)\s?[-–]{LINE_WRAP}(?P<psym>{PARTY_SYMBOL})(?!{_W})"
    rf"|(?<={re.escape(_SPACED['number_word'])} )(?P<sseq>\d+) "
    rf"(?P<ssym>{GLUED_PARTY_SYMBOL})(?!{_W})"
    rf"|{_OPENS}(?P<gseq>\d+)(?P<gsym>{GLUED_PARTY_SYMBOL})(?!{_W})"
    rf"|{_OPENS}(?P<seq>\d+(?:\.\d+)?[a-zA-Z]?(?:/\d+(?=/(?:19|20)\d\d/))?)\s?//?{WRAP}"
    rf"(?:(?P<year>(?:19|20)\d\d)\s?/{WRAP})?"
    rf"(?P<sym>{STATE_SYMBOL})(?!{_W}|\s?/|[-–])"
    rf"|(?<![\w/.-])(?P<qc>QCVN\s?\d+(?:-[0-9A-Z]+)*(?:\s?:\s?\d{{4}})?\s?/\s?{GROUP})(?!{_W})"
)
# Where a citation can start: every branch of NUMBER opens with a digit or the Q of QCVN that does not go on
# from a word, a number or a symbol (`(?<![\w/.-])`), and has a `-` or `/` right after its sequence number
# (`\d+(?:\.\d+)?[a-zA-Z]?\s?[-–/]`). Led by a character class, this scans in C.
# (or, after `số `, a space and a capital: `_SPACED`; or a type code glued to the digits: `GLUED_PARTY_SYMBOL`;
# a digit may also open right after a glued `số`: `_GLUED_WORDS`)
_STARTS: Final = re.compile(
    rf"[\dQ](?:(?<![\w/.-].){''.join(f'|(?<={re.escape(w)}.)' for w in _GLUED_WORDS)})(?=[\d.]*[a-zA-Z]?\s?[-–/]|\d* [{UPPER}]|\d*{as_written(sorted(type_codes()))}/|CVN)"
)
# What follows the first `/` of every match: a symbol's capital, a year and its `/`, or the `/\d+/` of a
# sequence number with a year after it (`1/2/2020/QĐ-...`), or a slash typed twice before the symbol (`6456//BGTVT-VT`,
# read as one). A date's slashes (`10/4/2024.`) are not followed so.
_AFTER_SLASH: Final = re.compile(rf"/?{WRAP}(?:[{UPPER}]|(?:19|20)\d\d\s?/)|\d+/(?:19|20)\d\d/")
# the words of a form right before a number (`Mẫu số`, `Biểu`, `Phụ lục`), folded: `[forms]` of
# data/reference_words.toml
_FORMS = load_toml("reference_words.toml")["forms"]
_FORM_WORDS = tuple(fold(w) for w in _FORMS["words"])
# (... also the last of several forms sharing the code, `Mẫu số 01 và 02/HNMT`, `Biểu 1, 2, 3/BC`)
_FORM_BEFORE = re.compile(
    rf"{as_written(_FORM_WORDS)}(?:\s+{re.escape(fold(_FORMS['number_word']))})?\s*:?\s*(?:\d{{1,3}}\s*(?:,|va)\s*){{0,4}}$"
)
# A number right after `digits:` is the year of a standard's number (`QCVN 08-MT:2015/BTNMT` read in part,
# `TCVN 7957:2023`), not a document's own sequence number.
_STANDARD_YEAR_BEFORE = re.compile(r"\d\s?:\s?$")
_FORM_REACH = 36  # folded characters before a number where `Mẫu số` may stand
_BEFORE: Final = 60  # ... and where its type name may (`Nghị quyết của Ban Chấp hành Trung ương số`)
_DATE_AFTER = re.compile(
    r"^[\s,(]*(?:ban hành\s+)?ngày\s*(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s*tháng\s*(?P<m2>\d{1,2})\s*năm\s*(?P<y2>\d{4}))"
)
# where the issuer of a cited document ends: `[issuer_ends]` of data/reference_words.toml
_ENDS = load_toml("reference_words.toml")["issuer_ends"]
_ISSUER_AFTER = re.compile(
    rf"^\s*,?\s*{as_written(_ENDS['by'])}\s+(?P<issuer>[{UPPER}][^,;:.()“”\"]*?)"
    rf"(?=\s+(?:{as_written(_ENDS['words'])}|{re.escape(_ENDS['and'])}\s+{as_written(_ENDS['next_document'])})\b"
    r"|[,;:.()“”\"]|$)"
)
# the sequence numbers listed before a cited number that share its symbol (`số 45, 46/QĐ-UBND`): `[listed]` of
# data/reference_words.toml
_LISTED = load_toml("reference_words.toml")["listed"]
_JOIN = rf"\s*{as_written(_LISTED['joins'])}\s*"
_LISTED_BEFORE = re.compile(
    rf"(?<!\w){re.escape(_LISTED['number_word'])}\s*:?\s*(?P<seqs>(?:\d+[a-zA-Z]?{_JOIN})+)$", re.IGNORECASE
)
_LISTED_SEQ = re.compile(r"\d+[a-zA-Z]?")
# a word glued onto a symbol's end by a dropped space (`45/TTr-UBNDngày`): `[glued_word]` of data/reference_words.toml
_GLUED_WORD = re.compile(rf"(?<=[{UPPER}]){as_written(load_toml('reference_words.toml')['glued_word']['words'])}$")
_SHORT_GROUP = re.compile(rf"^{GROUP}$")
# a word after a slash, not a symbol (`CÔNG BÁO/Số 1059 + 1060/Ngày 25-9-2024`, a gazette's page head): one
# capital, then three lower-case letters or more and nothing else
_WORD_SYMBOL = re.compile(rf"[{UPPER}][{LOWER}]{{3,}}")
_SPACES: Final = re.compile(r"\s+")
_LEADING_ZEROS: Final = re.compile(r"^0+(?=\d)")
_TYPE_CUT = re.compile(r"[-/.]")  # a symbol's type code ends at its first hyphen, slash or dot (`CT.UB`)


def _type_words() -> re.Pattern[str]:
    names = {n for t in document_types() for n in t.names} | {"VĂN BẢN", "LUẬT", "PHÁP LỆNH", "THÔNG TƯ LIÊN TỊCH"}
    return re.compile(rf"{alternation(fold_chars(n) for n in names)}(?:\s+[a-z]+){{0,4}}?\s*(?:so\s*:?\s*)?$")


_TYPE_BEFORE = _type_words()


def _nearest_type_name(before: str, written: str) -> re.Match[str] | None:
    """The type's name a citation starts at, in the folded `before` its number (`written`: the same stretch as
    printed): the first that reaches the number, or a nearer one written as a document's name is, in a capital
    (`Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW` cites from `Nghị quyết`; `Thông báo kết luận số`,
    `văn bản quy phạm pháp luật số` stay whole)."""
    t = _TYPE_BEFORE.search(before)
    if t is None:
        return None
    space = before.rfind(" ")
    while space > t.start():  # the words' starts from the number back to the first name
        if written[space + 1 : space + 2].isupper() and (nearer := _TYPE_BEFORE.match(before, space + 1)) is not None:
            return nearer
        space = before.rfind(" ", 0, space)
    return t


def key(number: str) -> str:
    """Comparison form: folded, no spaces, no leading zeros (`09/KH-BTNMT` is `9/KH-BTNMT`)."""
    return _LEADING_ZEROS.sub("", _SPACES.sub("", fold_chars(number)).replace("–", "-"))


_TITLE_YEAR = re.compile(r"^(\d+[a-z]?)/(?:19|20)\d\d/(?=[^\d/])")


def _own_keys(doc: Document) -> set[str]:
    """The document's own number in both shapes (a mass organisation may number Party-style under a Quốc hiệu); with
    no header, the numbers the text names itself by (a portal's lead or caption: parts/own_caption.py)."""
    n = doc.number
    if doc.own_caption is not None:
        keys = {key(number) for number in doc.own_caption.numbers}
        # (a legal site's title writes the year into a number its document prints without one: `Quyết định số
        # 291/2006/QĐ-UBDT` over a copy that names itself `291/QĐ-UBDT`)
        keys |= {_TITLE_YEAR.sub(r"\1/", k) for k in keys}
    elif n is None or not n.seq or not n.symbol:
        return set()
    else:
        year = f"{n.year}/" if n.year else ""
        keys = {key(f"{n.seq}-{n.symbol}"), key(f"{n.seq}/{year}{n.symbol}")}
    return keys | {_unhyphened(k) for k in keys}


def _unhyphened(k: str) -> str:
    """A key without its hyphens: a PDF's text layer drops them from one writing of the own number and not from
    the other (`Số: 05/2019/QĐUBND` in the header, `Quyết định số 05/2019/QĐ-UBND` over its annex)."""
    return k.replace("-", "")


def _type_code(symbol: str, year: str | None, party: bool) -> str | None:
    first = _TYPE_CUT.split(symbol, maxsplit=1)[0]
    if first.startswith("QCVN"):
        return None  # a national technical regulation, not a document type
    if first.startswith("QH") or first.startswith("UBTVQH"):
        return "Luật" if first.startswith("QH") else "NQ"
    if first in type_codes():
        return first
    if party:
        return first or None
    return untitled_code() if year is None else None  # `123/UBND-VP`: a công văn (`untitled = true`)


def _form_before(folded: str) -> bool:
    """`Mẫu số 02/TK`, `Biểu 1/BC`, `Phụ lục 3/QĐ`: a form's code, not a document (its words found first)."""
    return any(w in folded for w in _FORM_WORDS) and _FORM_BEFORE.search(folded) is not None


def _date(m: re.Match[str]) -> dt.date | None:
    d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
    try:
        return dt.date(int(y), int(mo), int(d))
    except (TypeError, ValueError):
        return None


def _glued(m: re.Match[str], masked: str) -> int:
    """The length of a word glued onto the end of the matched symbol (`UBNDngày` → 4), or of a heading's first word
    (`…-VPĐOÀN TNCS HỒ CHÍ MINH` → 4, `number.before_heading`), 0 where none is."""
    if m.re is not NUMBER or m.group("qc"):
        return 0  # an old series' number (`64-CP`, `82-TTg`), a regulation's (`QCVN …`): nothing glued to them
    glued = _GLUED_WORD.search(m.group(0)[-8:]) if m.group(0)[-1:].islower() else None
    if glued is not None:
        return len(glued.group())
    sym = next(g for g in ("psym", "ssym", "gsym", "sym") if m.group(g) is not None)
    return m.end() - before_heading(masked, m.start(sym), m.end())


def _number(m: re.Match[str], cut: int = 0) -> tuple[str, str, str | None, bool]:
    """The cited number as written in a Reference, its symbol, its year, and whether it is Party-shaped; `cut`:
    the length of a word glued onto the symbol's end, left out."""
    if cut:
        symbol = compact(m.group("sym") or m.group("psym") or m.group("ssym") or m.group("gsym"))[:-cut]
        if m.group("sym"):
            year = m.group("year")
            return f"{m.group('seq')}/{year + '/' if year else ''}{symbol}", symbol, year, False
        seq = m.group("pseq") or m.group("sseq") or m.group("gseq")
        return f"{seq}-{symbol}", symbol, None, True
    if m.group("sseq") or m.group("gseq"):  # spaced or glued: `84 QĐ/TWĐTN`, `22HD/TWĐTN`
        symbol = compact(m.group("ssym") or m.group("gsym"))
        return f"{m.group('sseq') or m.group('gseq')}-{symbol}", symbol, None, True
    party = m.group("psym") is not None
    if m.group("qc"):
        number = compact(m.group("qc"))
        return number, number, None, party
    if party:
        symbol = compact(m.group("psym"))
        return f"{m.group('pseq')}-{symbol}", symbol, None, party
    year = m.group("year")
    symbol = compact(m.group("sym"))
    return f"{m.group('seq')}/{year + '/' if year else ''}{symbol}", symbol, year, party


def _listed(masked: str, m: re.Match[str], cited: tuple[str, str, str | None, bool]) -> list[tuple[str, tuple[int, int]]]:
    """The numbers listed before the cited one with its symbol (`số 45, 46/QĐ-UBND` → `45/QĐ-UBND` at 45), each
    with its span."""
    if m.group("qc") or m.start() == 0 or masked[m.start() - 1] not in " \t\n,;":
        return []  # a list's join stands right before the last number
    before = masked[max(0, m.start() - _BEFORE) : m.start()]
    lm = _LISTED_BEFORE.search(before)
    if lm is None:
        return []
    _, symbol, year, party = cited
    offset = m.start() - len(before)
    out = []
    for seq in _LISTED_SEQ.finditer(lm.group("seqs")):
        number = f"{seq.group()}-{symbol}" if party else f"{seq.group()}/{year + '/' if year else ''}{symbol}"
        at = offset + lm.start("seqs") + seq.start()
        out.append((number, (at, at + len(seq.group()))))
    return out


def _citation(text: str, masked: str, m: re.Match[str], before: str, cited: tuple[str, str, str | None, bool]) -> Reference:
    """The citation around a number matched in `masked` (`cited` is `_number(m)`); `before` is the folded text
    before it (`_BEFORE`)."""
    number, symbol, year, party = cited
    glued = _glued(m, masked)
    start, end = m.start(), m.end() - glued
    t = _nearest_type_name(before, masked[m.start() - len(before) : m.start()])
    if t:
        start = start - (len(before) - t.start())
    date = None
    after = masked[end : end + 200]
    # (a glued `Ngày` opens the date as `ngày` does: `88/UBND-VXNgày 12/3/2026`)
    dm = _DATE_AFTER.match(after[:1].lower() + after[1:] if glued else after)
    if dm:
        date = _date(dm)
        after_date = after[dm.end() :]
        end += dm.end()
    else:
        after_date = after
    issuer = None
    im = _ISSUER_AFTER.match(after_date)
    if im and len(im.group("issuer").split()) <= 12:
        issuer = " ".join(im.group("issuer").split())
        end += im.end("issuer")
    return Reference(
        text=" ".join(text[start:end].split()),
        number=number,
        type_code=_type_code(symbol, year, party),
        date=date,
        issuer=issuer,
        span=(start, end),
    )


# A citation has at most 3 spaces before its first `/` (`62 - NQ /TU`): when the `_REACH` characters before that
# slash hold 4, it starts among them.
_REACH: Final = 40


# An item's number written with a slash before the item's first word, not a citation: an outline number, a word
# after it (`1.1/ Tên dự án`, `2.3/ Địa điểm`: a space, a capital, then small letters), or a plain item number and
# one word in title case (`3/ Các phòng rà soát …`; a symbol's group is in capitals: `5/ TTr`, `7/ QĐ-UBND`)
_OUTLINE_WORD = re.compile(rf"[ \t]+[{UPPER}][{LOWER}]")
_ITEM_NUMBER = re.compile(rf"\d{{1,2}}/\s+[{UPPER}][{LOWER}]+")


def _item_number(m: re.Match[str], masked: str) -> bool:
    """Is the number matched an item's number written with a slash (`_OUTLINE_WORD`, `_ITEM_NUMBER`)?"""
    if (seq := m.group("seq")) and "." in seq and _OUTLINE_WORD.match(masked, m.start("seq") + len(seq) + 1):
        return True
    return bool(m.group("sym")) and _ITEM_NUMBER.fullmatch(m.group(0)) is not None


def _numbers(masked: str) -> Iterator[re.Match[str]]:
    """`NUMBER.finditer(masked)` (same matches: left to right, none overlapping), tried only where a match can
    start. Every match holds a `/`, and starts after the slash before its first one: so only the stretch
    before a slash that a symbol or year follows is scanned for `_STARTS`, and only the last `_REACH`
    characters of it when they hold 4 spaces (slashes are found in C; scanning the whole text is what costs)."""
    end = 0
    after = 0  # just past the previous slash
    slash = masked.find("/")
    while slash >= 0:
        if _AFTER_SLASH.match(masked, slash + 1) is not None:
            begin = slash - _REACH
            if begin <= after or masked.count(" ", begin, slash) < 4:
                begin = after
            # Up to the slash: a start's lookahead does not read past it, its lookbehind reads before `begin`.
            for start in _STARTS.finditer(masked, max(begin, end), slash + 1):
                if start.start() < end:
                    continue
                m = NUMBER.match(masked, start.start())
                if m is not None:
                    end = m.end()
                    yield m
        after = slash + 1
        slash = masked.find("/", after)


# A number of the government's older series, before the year entered the symbol (`Nghị định số 64-CP`, `Quyết định
# 201-CP`, `Chỉ thị 388-HĐBT`): the sequence number, a hyphen and one of the issuers' codes, with no slash after
# (`[old_series]` of data/reference_words.toml). Found from its `-` and code (`_old_numbers`), as it holds no slash.
_OLD = load_toml("reference_words.toml")["old_series"]
_OLD_NUMBER: Final = re.compile(rf"(?P<oseq>\d+)\s?[-–](?P<osym>{as_written(_OLD['codes'])})(?![\w/-])")
_OLD_MARKS = tuple(f"-{code}" for code in _OLD["codes"])


def _old_numbers(masked: str) -> Iterator[re.Match[str]]:
    """The numbers of the older series (`64-CP`) in `masked`, left to right."""
    starts = set()
    for mark in _OLD_MARKS:
        at = masked.find(mark)
        while at >= 0:
            digits = at - (1 if at and masked[at - 1] == " " else 0)
            first = digits
            while first and masked[first - 1].isdigit():
                first -= 1
            if first < digits and (first == 0 or not (masked[first - 1].isalnum() or masked[first - 1] in "/.-")):
                starts.add(first)
            at = masked.find(mark, at + 1)
    for start in sorted(starts):
        m = _OLD_NUMBER.match(masked, start)
        if m is not None:
            yield m


def find_references(text: str, exclude: set[str] | None = None, own_date: dt.date | None = None) -> list[Reference]:
    """Each distinct cited document once, in order of first mention; later mentions fill what is missing.
    `exclude`: the document's own number (its keys); `own_date`: its date, when known: a citation of that
    number dated otherwise is another document (numbers restart each year: last year's `Chỉ thị số 07/CT-UBND`)."""
    masked = mask(text)
    found: dict[str, Reference] = {}
    for m in merge(_numbers(masked), _old_numbers(masked), key=lambda m: m.start()):  # in order of mention
        if m.re is _OLD_NUMBER:
            cited: tuple[str, str, str | None, bool] = (f"{m.group('oseq')}-{m.group('osym')}", m.group("osym"), None, False)
        else:
            sym = m.group("psym") or m.group("ssym") or m.group("gsym") or m.group("sym") or ""
            if m.group("sym") and not m.group("year") and _SHORT_GROUP.match(compact(sym)) and len(compact(sym)) < 2:
                continue
            if m.group("sym") and not m.group("year") and _WORD_SYMBOL.fullmatch(compact(sym)):
                continue
            if m.group("sym") and "/" in sym and _TYPE_CUT.split(compact(sym), maxsplit=1)[0] not in type_codes():
                continue  # an old slash symbol names its type (`94/QĐ/UB`); `21/BKTrC/GSQL` is a form's code
            if _item_number(m, masked):
                continue  # `1.1/ Tên dự án`, `3/ Các phòng rà soát …`: an item's number
            cited = _number(m, _glued(m, masked))
        k = key(cited[0])
        own = exclude is not None and (k in exclude or _unhyphened(k) in exclude)
        if own and own_date is None:
            continue
        first = found.get(k)
        if first is not None and first.date and first.issuer:
            continue  # a later mention only fills what the first one lacks
        before = fold_chars(masked[max(0, m.start() - _BEFORE) : m.start()])
        if _form_before(before[-_FORM_REACH:]) or _STANDARD_YEAR_BEFORE.search(before) is not None:
            continue
        ref = _citation(text, masked, m, before, cited)
        if own and (ref.date is None or ref.date == own_date):
            continue  # the document's own number, in its header or in an annex's title
        for number, span in _listed(masked, m, cited) if m.re is not _OLD_NUMBER else ():
            if key(number) not in found and not (exclude and key(number) in exclude):
                found[key(number)] = Reference(
                    text=text[span[0] : span[1]], number=number, type_code=ref.type_code, date=ref.date,
                    issuer=ref.issuer, span=span,
                )
        if first is not None:
            first.date = first.date or ref.date
            first.issuer = first.issuer or ref.issuer
            continue
        found[k] = ref
    return _one_per_document(list(found.values()))


# a cited number: its running number (leading zeros left out), its year if written, its symbol
_SPELLING = re.compile(r"0*(\d+)[-/](?:((?:19|20)\d\d)/)?(.+)")
# a Party-shaped number (`53-NQ/TW`): the type after a dash, the body after the slash
_PARTY_SHAPE = re.compile(r"\d+-[^/]+/")


def _one_per_document(refs: list[Reference]) -> list[Reference]:
    """One reference per document cited in two spellings (`Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022` and `… số
    41/NQ-HĐND ngày 09/12/2022`; `53/NQ-TW ngày 29/08/2005` beside `53-NQ/TW ngày 29 tháng 08 năm 2005`): the same
    running number, the same letters in its symbol, the same date. The first mention's place, the fuller spelling
    (Party-shaped for a Party symbol, with its year)."""
    if len(refs) < 2:
        return refs
    kept: dict[tuple[str, str, dt.date], Reference] = {}
    out = []
    for ref in refs:
        m = _SPELLING.fullmatch(ref.number or "") if ref.date is not None else None
        if m is None or ref.date is None:
            out.append(ref)
            continue
        identity = (m.group(1), "".join(c for c in fold_chars(m.group(3)) if c.isalpha()), ref.date)
        first = kept.get(identity)
        if first is None or _years_differ(first.number or "", m.group(2)):
            kept.setdefault(identity, ref)
            out.append(ref)
            continue
        if _fullness(ref.number or "") > _fullness(first.number or ""):
            first.number, first.type_code = ref.number, ref.type_code
        first.issuer = first.issuer or ref.issuer
    return _whole_symbols(out)


def _symbol_key(number: str) -> tuple[str, str, str] | None:
    """A number that writes its year: its running number, its year, and its symbol's letters (folded); else None."""
    m = _SPELLING.fullmatch(number)
    if m is None or m.group(2) is None:
        return None
    return m.group(1), m.group(2), "".join(c for c in fold_chars(m.group(3)) if c.isalpha())


def _whole_symbols(refs: list[Reference]) -> list[Reference]:
    """A symbol a stray space cut short (`Thông tư số 01/2016/TT-BGD ĐT` beside `01/2016/TT-BGDĐT`): the same
    running number and year, and its letters the start of the other's, is the same document, cited by its whole
    symbol. Only numbers that write their year (a year and a running number name one document of a kind)."""
    keys = [_symbol_key(r.number or "") for r in refs]
    if sum(k is not None for k in keys) < 2:
        return refs
    by_number: dict[tuple[str, str], list[tuple[Reference, str]]] = {}  # (running number, year) → (ref, letters)
    for ref, k in zip(refs, keys, strict=True):
        if k is not None:
            by_number.setdefault(k[:2], []).append((ref, k[2]))
    out = []
    for ref, k in zip(refs, keys, strict=True):
        whole = None
        if k is not None:
            whole = next((o for o, letters in by_number[k[:2]]
                          if len(letters) > len(k[2]) and letters.startswith(k[2])), None)
        if whole is None:
            out.append(ref)
        else:
            whole.issuer = whole.issuer or ref.issuer
    return out


def _years_differ(number: str, year: str | None) -> bool:
    """Two spellings that both write a year, and not the same one: two documents."""
    m = _SPELLING.fullmatch(number)
    return m is not None and m.group(2) is not None and year is not None and m.group(2) != year


def _fullness(number: str) -> tuple[bool, bool]:
    """How fully a number is spelt: Party-shaped, then with its year."""
    m = _SPELLING.fullmatch(number)
    return _PARTY_SHAPE.match(number) is not None, m is not None and m.group(2) is not None


# any character but a line break (to blank a legal site's lines above its copy, offsets kept)
_SITE_LINE = re.compile(r"[^\n]")


def read_references(
    doc: Document, text: str | None = None, lines: list[Line] | None = None, preamble_end: int | None = None
) -> None:
    """Fill doc.references: each distinct cited document once, first full citation wins. `text`: where to look
    when it is more than `doc.text` (the body with the notes a .docx reader appended after it); `lines`: the body's,
    where a legal site's caption above a copy with its own header is the site's, not the document's (its title, its
    status line `… đã được thay thế bởi Quyết định 20/2018/QĐ-UBND …`: parts/furniture.py `portal_preamble_end`, which
    `preamble_end` gives when the caller has it already)."""
    whole = doc.text if text is None else text
    own_date = doc.date.as_date() if doc.date is not None else None
    if lines:
        # (with no header read, only a list of related documents is surely the site's: a headerless page's caption
        # may name the page's own document or the one it retells)
        if doc.issuer is not None or doc.number is not None:
            first = portal_preamble_end(lines) if preamble_end is None else preamble_end
        else:
            first = portal_related_end(lines)
        if 0 < first < len(lines):
            # the site's lines are blanked, offsets kept: a document they name is still cited where the copy
            # itself cites it (its `Căn cứ …`), with the span of that citation
            cut = lines[first].start
            whole = _SITE_LINE.sub(" ", whole[:cut]) + whole[cut:]
    refs = find_references(whole, exclude=_own_keys(doc), own_date=own_date)
    own = doc.number.span if doc.number is not None else None
    if own:  # a piece of the own number that OCR spaced out (`Số:8 5 2 0/BCT-KHCN` holds `0/BCT-KHCN`)
        refs = [r for r in refs if r.span is None or not own[0] <= r.span[0] < own[1]]
    doc.references = refs
