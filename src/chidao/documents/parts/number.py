"""Số, ký hiệu (ô 3): `Số: 15/TB-UBND` (`SỐ:` in capitals too), `Số: 06/2024/QĐ-UBND`, `Số 62-NQ/TU`, blank `Số:    /TB-UBND`.

The symbol grammar is shared with the reference extractor: state numbers are `seq/[year/]GROUP(-GROUP)*`,
Party numbers `seq-TYPE/BODY`.
"""

from __future__ import annotations

import re
from typing import Final

from chidao.documents.alternation import as_written
from chidao.documents.data import load_toml
from chidao.documents.data.formal import formal_labels, type_codes
from chidao.documents.model import Number
from chidao.documents.parts.cells import LOWER, UPPER, clean
from chidao.documents.text import fold_chars

_U = f"[{UPPER}]"
_W = f"[{UPPER}{LOWER}0-9&]"
GROUP = rf"{_U}{_W}*"
# After a hyphen or slash inside a number, a stray space or a line break (a wrapped citation), the next line maybe
# indented by one or two spaces as PDF text exports indent a paragraph's lines (`pdftotext -layout` indents a
# justified paragraph's lines by two): never more than one space on the line, two after a break.
# A page break may fall there too: blank lines, the page's number alone on its line (`2`, `- 2 -`), blank lines.
_PAGE_BREAK = r"(?:[ \t]*\r?\n)+[ \t]*(?:[-–] ?)?\d{1,3}(?: ?[-–])?(?:[ \t]*\r?\n)+ ?"
# Before a number's first slash only the line wrap (a citation's start is looked for a few spaces before it:
# extract/references.py).
LINE_WRAP = r"(?:\r?\n {0,2}|\s?)"
WRAP = rf"(?:{_PAGE_BREAK}|{LINE_WRAP})"
# Groups joined by hyphens; a stray space after a hyphen or before `&` is an extraction defect, read through.
# Old state symbols put a slash between type and body (`94/QĐ/UB`, `QĐ-UB/TC`): up to two slash groups after them
# (`305/TC/QĐ/TCT`, the Ministry of Finance's of the 1990s; a web copy may space the slash: `QĐ /BNN-KL`).
# Older state symbols join a type code and the body's abbreviation by a dot (`08/CT.UB`, `45/TB.VP`). Flattened
# text glues a sentence's end onto the next one's start (`…/UBND-TH.II. NHIỆM VỤ`, `…/CT.Các sở`): a dot joins
# only right after a type code alone, before capitals that are no Roman numeral and that no other word or dotted
# group goes on from (a full stop after them ends the sentence).
_NOT_AFTER = f"[{UPPER}{LOWER}0-9]"
# The body may be dotted further (`12/CT.UB.NN`, `15/QĐ.UB.TC`). The Prime Minister's body keeps its small `g`
# there too (`136/2001/QĐ.TTg`), the one body abbreviation written with a small letter.
_DOTTED_BODY = rf"(?:TTg|[{UPPER}][{UPPER}0-9]*)"
OLD_DOTTED = (
    rf"{as_written(sorted(type_codes()))}\.(?![IVXL]+(?!{_NOT_AFTER})){_DOTTED_BODY}(?:\.[{UPPER}][{UPPER}0-9]*)*"
    rf"(?:[-–][{UPPER}][{UPPER}0-9]*)*(?!{_NOT_AFTER}|\.\S)"
)
# A body's abbreviation dotted inside a later group (`06/QC-TT.HĐND-UBND`, `25/TB-TT.HĐND`): two to four capitals
# after the dot, no Roman numeral, and nothing that goes on from them (a full stop after them ends the sentence).
_DOTTED_GROUP = rf"\.(?![IVXL]+(?!{_NOT_AFTER}))[{UPPER}]{{2,4}}(?!{_NOT_AFTER}|\.\S)"
# A department numbered in Roman after `V.` (Vụ) or `C.` (Cục) closes a central office's symbol (`2615/VPCP-V.I`,
# `VPCP-V.III`, the Government Inspectorate's `1520/TTCP-C.III`).
_NUMBERED_DEPARTMENT = rf"[VC]\.[IVX]{{1,4}}(?!{_NOT_AFTER}|\.)"
# Before a hyphen inside a symbol, a stray space, or a line break when the hyphen is glued to the next group (`QĐ-UBND`
# / `-VP`); a line opening with a dash and a space is a list's item or a site's line (`… 291/QĐ-UBDT` / `- U BAN DÂN
# TỘC …`), no part of the symbol.
_BEFORE_HYPHEN = r"(?:[ \t]|\r?\n(?=[-–]\S))?"
STATE_SYMBOL = (
    rf"(?:{OLD_DOTTED}|{GROUP}(?:(?:{_BEFORE_HYPHEN}[-–]{WRAP}|\s(?=&))(?:{_NUMBERED_DEPARTMENT}|{_W}+)|{_DOTTED_GROUP})*"
    rf"(?:\s?/{GROUP}(?:[-–]{_W}+)*){{0,2}})"  # (a stray space before that slash too: `78/2002/QĐ /BNN-KL`)
)
PARTY_SYMBOL = rf"{GROUP}\s?/{WRAP}{GROUP}(?:[-–]{GROUP})*"
# A Party number whose hyphen a web copy dropped (`22HD/TWĐTN`, `05KH/TU`): the symbol glued to the digits, read only
# when it opens with a type code and its slash (a count before capitals, `12 xã`, has a space; a state symbol a hyphen).
GLUED_PARTY_SYMBOL = rf"{as_written(sorted(type_codes()))}/{WRAP}{GROUP}(?:[-–]{GROUP})*"
# An old state number glued to its body's abbreviation, the type code after a slash (`Số: 255TCT/QĐ/KH`): two
# capitals or more, a slash, a type code and at most one more group; read in the number line only (`12UBND/KT`, no
# type code after the slash, is none).
GLUED_STATE_SYMBOL = (
    rf"{_U}[{UPPER}0-9&]+/{as_written(sorted(type_codes()))}(?:[-–]{_W}+)*(?:/{GROUP}(?:[-–]{_W}+)*)?"
)
_BLANK = r"[\s.…_]*"
_OLD_CODES = as_written(load_toml("reference_words.toml")["old_series"]["codes"])
_SPACES: Final = re.compile(r"\s+")
_PAGE_BREAKS: Final = re.compile(_PAGE_BREAK)
_TYPE_CUT = re.compile(r"[-/.]")  # a symbol's type code ends at its first hyphen, slash or dot (`CT.UB`)

# `SỐ:` in capitals only where it opens the cell and has its colon: a subject in capitals cites
# `CHỈ THỊ SỐ 05/CT-TTG` (`(?<![\w\W])` holds at the start of the text only).
_SO: Final = formal_labels().number  # `Số`: `number` of `[labels]` in data/issuer_markers.toml
_SO_CAPS = rf"(?<![\w\W]){_SO.upper()}(?=\s*[:：])"
# `S:` (`number_stripped`): the label with its letter lost, at the cell's start and right before its colon only
STRIPPED = formal_labels().number_stripped + ":"
_SO_STRIPPED = rf"(?<![\w\W]){formal_labels().number_stripped}(?=[:：])"
# `Sé:`, `số:` (`number_misread`): OCR's readings of the label, at the cell's start and right before its colon only
# (which OCR may read as a semicolon: `sé;`)
MISREAD = tuple(label + colon for label in formal_labels().number_misread for colon in ":;")
_SO_MISREAD = rf"(?<![\w\W])(?:{'|'.join(formal_labels().number_misread)})(?=[:：;])"
# `Nghị quyết số:` (`number_typed`): the label after the type's name, at the cell's start and right before its colon
TYPED = formal_labels().number_typed
_SO_TYPED = rf"(?<![\w\W])(?:{'|'.join(TYPED)})(?=[:：])"
# A number written by hand on the print, which OCR reads as other signs (`Số: §Ø0 /TCT-TTr`, `Số: 5Ï/TCT-TTKT`): a
# run of up to four signs that is no number; the symbol is read, the number stays blank. A capital read before
# digits (`Số: Z32Ø/BTC-QLCS`) is such a run too.
_SMUDGED = (
    r"(?=[^\s/]{0,3}[^\w\s/]|\d[^\W\d_]|[^\W\d_]\d)[^\s/]{1,4}"
    # ... or a run of small letters alone (`Số: ups /TCT-PC`), or the digits split by OCR into two runs
    # with a dot in the second (`Số:33 5.3 /TCT-HTQT`), right before the slash
    r"|[a-z]{1,4}(?= ?/)|\d{1,3} \d{0,2}\.\d{1,2}(?= ?/)"
)
# ... a run of signs that OCR cut in two, the second run short (`Số:'8 00 /TXNK-CST`, `so: L& ZO /TCT-CS`): both read
# blank, right before the slash
_SMUDGED_TWO = r"(?![:：;])(?=[^\s/]{0,3}[^\w\s/])[^\s/]{1,4} [^\s/]{1,3}(?= ?/)"
# OCR that spaces out the digits of a number (`Số:8 5 2 0/BCT-KHCN`): three to six single digits, right before
# the slash; read without the spaces
_SPACED = r"\d(?: \d){2,5}(?= ?/)"
NUMBER_LINE = re.compile(
    rf"(?:{_SO}|{_SO_CAPS}){_BLANK}[:：]?{_BLANK}(?:(?P<pseq>\d+){_BLANK})?-\s?(?P<psym>{PARTY_SYMBOL})(?![{LOWER}])"
    rf"|(?:{_SO}|{_SO_CAPS}){_BLANK}[:：]?{_BLANK}(?P<gseq>\d+)(?P<gsym>{GLUED_PARTY_SYMBOL})(?![{LOWER}])"
    rf"|(?:{_SO}|{_SO_CAPS}){_BLANK}[:：]?{_BLANK}(?P<tseq>\d+)(?P<tsym>{GLUED_STATE_SYMBOL})(?![{LOWER}])"
    rf"|(?:{_SO}|{_SO_CAPS}|{_SO_STRIPPED}|{_SO_MISREAD}|{_SO_TYPED}){_BLANK}[:：;]?{_BLANK}"
    rf"(?:(?:(?P<seq>{_SPACED}|\d+[a-zA-Z]?)|{_SMUDGED_TWO}|{_SMUDGED}){_BLANK})?/\s?"
    rf"(?:(?P<year>(?:19|20)\d\d)\s?/\s?)?"
    rf"(?P<sym>{STATE_SYMBOL})(?![{LOWER}])"
    # OCR that lost the slash (`Số: 4451 CT-KK Hà Nội, ngày …`): after the label's colon, the digits and a space, a
    # symbol of two hyphened groups or more in capitals, a blank after it
    rf"|(?:{_SO}|{_SO_CAPS}|{_SO_MISREAD}){_BLANK}[:：;]{_BLANK}(?P<lseq>\d+) (?P<lsym>{_U}[{UPPER}0-9]*(?:[-–]{_U}[{UPPER}0-9]*)+)(?=\s|$)"
    # The government's older series, no slash (`Số: 82-TTg`, `Số: 64-CP`): `codes` of `[old_series]` in
    # data/reference_words.toml
    rf"|(?:{_SO}|{_SO_CAPS}){_BLANK}[:：]?{_BLANK}(?P<oseq>\d+)\s?[-–](?P<osym>{_OLD_CODES})(?![\w/-])"
)


def compact(symbol: str) -> str:
    """A symbol without the stray spaces of extraction (`QĐ- TCHQ` → `QĐ-TCHQ`) and a page break's number, dashes
    as hyphens."""
    return _SPACES.sub("", _PAGE_BREAKS.sub("", symbol)).replace("–", "-")


def symbol_type(symbol: str, party: bool) -> str | None:
    """The type code a symbol starts with (`TB-UBND` → TB, `NQ/TU` → NQ); None for a state công văn."""
    first = _TYPE_CUT.split(symbol, maxsplit=1)[0]
    if first in type_codes():
        return first
    if party and first:
        return first
    return None


# A web copy that glues the `V/v` line onto the number line (`Số: 12/VPCP-KTV/v …`): the symbol read ends in the `V`
# of `V/v`, which is followed by `/v` and a space or colon (a symbol's groups after a slash are capitals).
_GLUED_VV = re.compile(r"/v[\s:]")


# the Quốc hiệu or the Youth Union's heading glued onto a symbol's last group: `glued` of `[motto]` in
# data/issuer_markers.toml, over folded text
_GLUED_HEADING: Final = re.compile(load_toml("issuer_markers.toml")["motto"]["glued"])
_HEADING_REACH: Final = 60  # characters after a capital that a glued heading may take


def before_heading(masked: str, start: int, end: int) -> int:
    """Where a symbol ends that a flattened copy glued to the heading after it (`…/UBND-VPCỘNG HÒA XÃ HỘI …`,
    `…-VPĐOÀN TNCS HỒ CHÍ MINH`): at the heading's first capital, inside the last group; `end` when none."""
    if end + 1 >= len(masked) or not masked[end].isspace() or not masked[end + 1].isupper():
        return end  # the heading goes on after the symbol's match in capitals (`ĐOÀN TNCS`, `CỘNG HÒA`)
    # (inside the symbol: a symbol without a separator, `QĐUBND` of a PDF that lost its hyphen, is one group)
    last = max(start, max(masked.rfind(c, start, end) for c in "-–/") + 1)
    for k in range(last + 1, end):
        if masked[k].isupper() and _GLUED_HEADING.match(fold_chars(masked[k : k + _HEADING_REACH])):
            return k
    return end


# Every reading of NUMBER_LINE opens with the label `Số` anywhere, or with one of its other forms at the text's start
# only (`SỐ:`, `S:`, `số:`): a text without the label and opening with none of them has no number.
_LABEL_STARTS = (
    _SO.upper(),
    *(formal_labels().number_stripped + colon for colon in ":："),
    *formal_labels().number_misread,
    *TYPED,  # (`Nghị quyết số:`, `Luật số:`)
)


def read_number(masked: str, offset: int = 0) -> tuple[Number, int, int] | None:
    """The first `Số ...` in `masked` as a Number with its span (offset added), and the match bounds."""
    if _SO not in masked and not masked.startswith(_LABEL_STARTS):
        return None  # (a cheap test before the search at every position)
    m = NUMBER_LINE.search(masked)
    if m is None:
        return None
    end = m.end()
    sym_group = next(g for g in ("gsym", "psym", "tsym", "sym", "lsym", "osym") if m.group(g) is not None)
    if masked[end - 1] == "V" and masked[end - 2] not in "-–/" and _GLUED_VV.match(masked, end):
        end -= 1  # the `V` of a glued `V/v`
    end = before_heading(masked, m.start(sym_group), end)
    glued = sym_group == "gsym"
    party = glued or sym_group == "psym"
    old_glued = sym_group == "tsym"
    seq = m.group("gseq") if glued else m.group("pseq") if party else m.group("tseq") if old_glued else m.group(
        {"lsym": "lseq", "osym": "oseq"}.get(sym_group, "seq")
    )
    symbol = compact(masked[m.start(sym_group) : end])
    year = None if party or m.group("year") is None else int(m.group("year"))
    number = Number(
        text=clean(masked[m.start() : end]),
        seq=seq.replace(" ", "").lstrip("0") or "0" if seq else None,
        year=year,
        symbol=symbol,
        type_code=symbol_type(symbol, party),
        span=(offset + m.start(), offset + end),
    )
    return number, m.start(), end

