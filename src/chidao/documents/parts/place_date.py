"""Địa danh và thời gian ban hành (ô 4): `Hà Nội, ngày 05 tháng 01 năm 2020`; blank parts stay None."""

from __future__ import annotations

import re
from collections.abc import Iterator

from chidao.documents.data import load_toml
from chidao.documents.data.formal import formal_labels, header_markers
from chidao.documents.model import DocDate, Place
from chidao.documents.parts.cells import LOWER, UPPER, clean
from chidao.documents.text import fold_chars

# A capitalised word, also with an apostrophe inside as Central Highlands names are written (`Ea H'Leo`, `Cư M'gar`).
_NAME_WORD = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?"
# (a district or ward named by its number, `Quận 9`, `Phường 12`: the number only right after one of `numbered` of
# `[place_date]`, issuer_markers.toml)
_NUMBERED = "|".join(rf"(?<=(?<!\S){re.escape(w)} )" for w in load_toml("issuer_markers.toml")["place_date"]["numbered"])
# (`phố` with its tone misread, as a PDF's text layer or OCR gives it: `Thành phồ Hồ Chí Minh`)
_TITLE_WORD = rf"(?:{_NAME_WORD}\.?|T[PX]\.|ph[ốồổỗộ]|xã|trấn|thị|(?:{_NUMBERED})\d{{1,2}}(?!\d))"
_FIRST_WORD = rf"(?:{_NAME_WORD}\.?|T[PX]\.|TP(?= ))"  # `TP.`, `TX.`: a city, a town (`TP Hồ Chí Minh` too)
# Words of a place are joined by spaces, or by a dash between the two names of a joined place
# (`Bà Rịa - Vũng Tàu`, `Phan Rang–Tháp Chàm`); never more than two spaces at a joint. After an abbreviation's
# dot the next word may follow at once (`TP.Hồ Chí Minh`).
_JOINT = r"(?:[ ]{1,2}|[ ]?[-–][ ]?|(?<=\.))"
# A two-word name typed with its second word in lower case (`Hà nội`, `Đà nẵng`) is a place too.
_PLACE = rf"(?<!\S)(?P<place>{_FIRST_WORD}(?:{_JOINT}{_TITLE_WORD}){{0,5}}|{_NAME_WORD} [{LOWER}]+)"
# The place ends at its comma, or, typed without one, one or two spaces before `ngày` (`Lạng Sơn ngày …`): such a
# place must open its line or column (read_place_date), as a name in a sentence (`… tỉnh Lạng Sơn ngày …`) does not.
_PLACE_END = r"(?P<comma>\s*,\s*)|[ ]{1,2}(?=[Nn]gày)"
# (a day written by hand or stamped, which OCR reads as marks: `ngày-|“tháng 11 năm 2024`, `ngày,ê§ tháng`, the day
# blank)
_GAP = r"[\s.,…_/|“”\"'‘’-]*"
# (a day or month written by hand, which OCR reads as one or two other signs: `ngày AF tháng 4Ô năm`, `ngàyA2`; the
# part is blank then; and `tháng`, `năm` OCR'd without their marks: `thang`, `nam`)
_SMUDGE = r"(?:\d(?![\s\d])|[^\s\d])\S?"
# (`năm` OCR'd with other letters inside, `néim`, `nãm`: read only right before the year)
_NAM_MISREAD = r"[Nn][^\W\d_]{1,2}m(?=[ \t]*(?:19|20)\d\d)"
# (OCR of a day written by hand or stamped may also split its digits, the second glued to `tháng`: `ngày 2 2tháng`, read
# as the day; or read a sign before a digit: `ngày { 0tháng`, `ngày Ì 6 tháng`, the day blank then)
_THANG = r"[Tt]h[áa]ng"
_DAY = rf"(?P<d>\d{{1,2}}|\d \d(?={_THANG}))(?:(?![^\W\d_])|(?={_THANG}))|{_SMUDGE}(?: ?\d(?=\s|{_THANG}))?"
_DATE = (
    rf"(?P<date>[Nn]gày{_GAP}(?:{_DAY})?{_GAP}(?:{_THANG}|(?<=\d)[/.-]){_GAP}"
    rf"(?:(?P<m>\d{{1,2}})(?![^\W\d_])|{_SMUDGE})?{_GAP}"
    rf"(?:[Nn][ăa]m|{_NAM_MISREAD}|(?<=\d)[/.-]){_GAP}(?P<y>(?:19|20)\d\d)?)"
)
# `Ngày`, `Tháng`, `Năm` may be capitalised (`Hà Nội, Ngày 05 Tháng 3 Năm 2024`).
PLACE_DATE = re.compile(rf"(?:{_PLACE}(?:{_PLACE_END}))?{_DATE}")
_NGAY = re.compile("[Nn]gày")
# Where a place typed without its comma may start: the start of the text or of a line, after a column's gap, or
# right after the number's symbol or the Tiêu ngữ in a header flattened onto one line (`Số: 12/UBND-VP Bắc Giang
# ngày …`, `… Hạnh phúc Bắc Giang ngày …`; the Tiêu ngữ matched folded, issuer_markers.toml); OCR may space the
# symbol before its hyphen (`Số: 12 /UBND -VP Bắc Giang. ngày …`, its comma read as a dot).
_OPENS = re.compile(r"(?:^|\n|\S {2,}|\S\t|/[^\s/]+(?: [-–][^\s/]+)? )[ \t]*$")
_AFTER_SLOGAN = re.compile(rf"(?:{header_markers().slogan})\s+$")


def _opens(before: str) -> bool:
    """Whether a place typed without its comma may start after `before`."""
    return _OPENS.search(before) is not None or _AFTER_SLOGAN.search(fold_chars(before[-60:])) is not None

# A column cell that opens a place and date wrapped onto the next line by a narrow column: the place with its comma,
# maybe the date begun (`Hà Nội,` / `ngày 05 tháng 3 năm 2024`; `Hà Nội, ngày 05 tháng 3` / `năm 2024`).
_OPENS_WRAPPED = re.compile(rf"{_PLACE}\s*,(?:\s*[Nn]gày[\s.…_/\-\dngàythánămNT]*)?")

# What the date part is made of after its `ngày` (words, numbers, blanks): a match never runs past these.
_SO = formal_labels().number  # `Số`, which opens no place: `number` of `[labels]` in data/issuer_markers.toml
# (nor a part of the day opening a sentence, `Sáng ngày 15/9/2021, …`: `not_places` of `[place_date]`, the same file)
_NOT_PLACES = frozenset(load_toml("issuer_markers.toml")["place_date"]["not_places"])
# (nor the bound of a span opening a sentence, the word alone, `Từ ngày 12.3-30.4, …`: `span_words`, the same table)
_SPAN_WORDS = frozenset(load_toml("issuer_markers.toml")["place_date"]["span_words"])
# (or OCR's signs for a handwritten day or month, and `tháng` without its marks: `_SMUDGE`)
_DATE_RUN = re.compile(r"[\s.,…_/|“”\"'‘’\-\dngàythánămNT]*(?:[^\s\d]\S?[\s.,…_/|“”\"'‘’\-\dngàythánămNTa]*){0,2}")
_LETTERS = frozenset(UPPER + LOWER)
_PLACE_REACH = 200  # characters before a `ngày` looked at for the place (more when they do not settle it)


def _place_dates(masked: str) -> Iterator[re.Match[str]]:
    """`PLACE_DATE.finditer(masked)`, searched only around each `ngày` (found in C): the pattern, which may
    open with a place, is otherwise tried at every position of a long line."""
    pos = 0
    at = _find_ngay(masked, 0)
    while at >= 0:
        run = _DATE_RUN.match(masked, at)  # always a match (it may be empty)
        end = run.end() if run is not None else at
        m = PLACE_DATE.search(masked, _place_reach(masked, at, pos), end)
        if m is not None:
            yield m
            pos = m.end()
            at = _find_ngay(masked, pos)
        else:
            at = _find_ngay(masked, end)  # a `ngày` inside the run was searched with it


def _find_ngay(masked: str, pos: int) -> int:
    m = _NGAY.search(masked, pos)
    return -1 if m is None else m.start()


def _place_reach(masked: str, at: int, pos: int) -> int:
    """Where a match whose date opens at `at` can start (not before `pos`): at most 6 place words (10 spaces)
    before the comma, or before the one or two spaces before `at` (no comma); else at `at`. No match with a later
    `ngày` starts before `at`: a place holds `ngày` only inside a word, where this gives `pos`."""
    if at > pos and masked[at - 1] in _LETTERS:
        return pos
    base = max(pos, at - _PLACE_REACH)
    head = masked[base:at].rstrip()
    if not head and base > pos:
        return pos  # blanks all the way back: the comma, if any, is further
    if head.endswith(","):
        head = head[:-1].rstrip()
    elif masked[at - 1] == " ":
        head = masked[base:at]  # no comma: the place and the two spaces at most before `ngày`
    else:
        return at  # no place
    words = head.rsplit(" ", 13)
    if len(words) == 14:
        return base + len(words[0])
    return pos if base > pos else base


# what may stand before a date without place at a cell's start: nothing, or a form's place left blank (`………, ngày …`)
_BLANK_PLACE = re.compile(r"\s*(?:[.…_]{2,}\s*,\s*)?")
_ABBREVIATED = ("TP.", "TX.")  # a place may end in an abbreviation's dot only when it is one of these alone
_CAPITALS_WORDS = 4  # a place typed in capitals (`HÀ NỘI, NGÀY …`) is short


def read_place_date(masked: str, offset: int, at_cell_start: bool) -> tuple[Place | None, DocDate, int, int] | None:
    """The first `Place, ngày … tháng … năm …` of a header cell (a date without place only at a cell start)."""
    if "gày" not in masked and "NGÀY" in masked:
        return _read_in_capitals(masked, offset)
    for m in _place_dates(masked):
        if m.group("place") is None and not (at_cell_start and _BLANK_PLACE.fullmatch(masked[: m.start()])):
            continue
        if m.group("place") is None and ("háng" not in m.group("date") or m.group("date")[0] == "N"):
            # `ngày 28/7/2026 của ...` opening a wrapped line is a citation, not the issuing date; a sentence may
            # open with `Ngày …`, where the issuing date capitalised has its place before it.
            continue
        if m.group("place") and m.group("place").split()[0].startswith((_SO, _SO.upper())):
            continue
        if m.group("place") and (m.group("place").split()[0] in _NOT_PLACES or m.group("place") in _SPAN_WORDS):
            continue
        if m.group("place") and m.group("comma") is None and not _opens(masked[: m.start()]):
            continue
        return _found(masked, m, offset)
    return None


def _found(masked: str, m: re.Match[str], offset: int) -> tuple[Place | None, DocDate, int, int]:
    """The place and date a match found (read from `masked`, which it may have been matched against a copy of)."""
    place = None
    if m.group("place"):
        end = m.end("place")
        if masked[end - 1] == "." and masked[end - 3 : end] not in _ABBREVIATED:
            end -= 1  # the comma after the place that OCR read as a dot (`Hà Nội. ngày …`)
        place = Place(name=clean(masked[m.start("place") : end]), span=(offset + m.start("place"), offset + end))
    date = DocDate(
        text=clean(masked[m.start("date") : m.end("date")]),
        year=int(m.group("y")) if m.group("y") else None,
        month=int(m.group("m")) if m.group("m") and 1 <= int(m.group("m")) <= 12 else None,  # (not `42`: OCR)
        day=_day(m.group("d")),
        span=(offset + m.start("date"), offset + m.end("date")),
    )
    return place, date, m.start(), m.end()


def _day(digits: str | None) -> int | None:
    """The day of a date's digits (OCR may have split them: `2 2`); None when blank or no day (`42`)."""
    day = int(digits.replace(" ", "")) if digits else 0
    return day if 1 <= day <= 31 else None


def _read_in_capitals(masked: str, offset: int) -> tuple[Place | None, DocDate, int, int] | None:
    """`HÀ NỘI, NGÀY 5 THÁNG 3 NĂM 2019`: a date line typed all in capitals, matched in title case (the same length:
    each letter's case changes alone). Only with a short place, its comma and the year, as an upper-case subject
    may name a day (`KỶ NIỆM NGÀY 30 THÁNG 4 NĂM 2025`)."""
    titled = masked.title()
    if len(titled) != len(masked):
        return None
    for m in _place_dates(titled):
        place = m.group("place")
        if place and m.group("comma") is not None and m.group("y") and len(place.split()) <= _CAPITALS_WORDS:
            if not place.split()[0].startswith(_SO):
                return _found(masked, m, offset)
    return None


def opens_wrapped_place_date(text: str) -> bool:
    """`Hà Nội,` or `Hà Nội, ngày 05 tháng 3` alone in a cell: a place and date that goes on on the next line."""
    return _OPENS_WRAPPED.fullmatch(text) is not None and read_place_date(text, 0, False) is None


def read_wrapped_place_date(
    first: str, first_start: int, second: str, second_start: int
) -> tuple[Place | None, DocDate] | None:
    """The place and date of two cells on consecutive lines (`first` opening it: `opens_wrapped_place_date`), each
    with where it starts in the text."""
    joined = f"{first} {second}"
    found = read_place_date(joined, first_start, True)
    if found is None or found[0] is None or found[2] != 0 or found[3] <= len(first):
        return None
    place, date, _, end = found
    if date.span is not None:
        start = date.span[0]
        if start - first_start > len(first):  # the date opens the second cell
            start = second_start + start - first_start - len(first) - 1
        date.span = (start, second_start + end - len(first) - 1)
    return place, date
