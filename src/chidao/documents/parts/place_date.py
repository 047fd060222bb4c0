"""Địa danh và thời gian ban hành (ô 4): `Hà Nội, ngày 05 tháng 01 năm 2020`; blank parts stay None."""

from __future__ import annotations

import re
from collections.abc import Iterator

from chidao.documents.data.formal import formal_labels
from chidao.documents.model import DocDate, Place
from chidao.documents.parts.cells import LOWER, UPPER, clean

# A capitalised word, also with an apostrophe inside as Central Highlands names are written (`Ea H'Leo`, `Cư M'gar`).
_NAME_WORD = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?"
_TITLE_WORD = rf"(?:{_NAME_WORD}\.?|TP\.|phố|xã|trấn|thị)"
_FIRST_WORD = rf"(?:{_NAME_WORD}\.?|TP\.)"
# Words of a place are joined by spaces, or by a dash between the two names of a joined place
# (`Bà Rịa - Vũng Tàu`, `Phan Rang–Tháp Chàm`); never more than two spaces at a joint. After an abbreviation's
# dot the next word may follow at once (`TP.Hồ Chí Minh`).
_JOINT = r"(?:[ ]{1,2}|[ ]?[-–][ ]?|(?<=\.))"
# A two-word name typed with its second word in lower case (`Hà nội`, `Đà nẵng`) is a place too.
_PLACE = rf"(?<!\S)(?P<place>{_FIRST_WORD}(?:{_JOINT}{_TITLE_WORD}){{0,5}}|{_NAME_WORD} [{LOWER}]+)"
_GAP = r"[\s.…_/-]*"
_DATE = (
    rf"(?P<date>ngày{_GAP}(?P<d>\d{{1,2}})?{_GAP}(?:tháng|(?<=\d)[/.-]){_GAP}(?P<m>\d{{1,2}})?{_GAP}"
    rf"(?:năm|(?<=\d)[/.-]){_GAP}(?P<y>(?:19|20)\d\d)?)"
)
PLACE_DATE = re.compile(rf"(?:{_PLACE}\s*,\s*)?{_DATE}")

# What the date part is made of after its `ngày` (words, numbers, blanks): a match never runs past these.
_SO = formal_labels().number  # `Số`, which opens no place: `number` of `[labels]` in data/issuer_markers.toml
_DATE_RUN = re.compile(r"[\s.…_/\-\dngàythánăm]*")
_LETTERS = frozenset(UPPER + LOWER)
_PLACE_REACH = 200  # characters before a `ngày` looked at for the place (more when they do not settle it)


def _place_dates(masked: str) -> Iterator[re.Match[str]]:
    """`PLACE_DATE.finditer(masked)`, searched only around each `ngày` (found in C): the pattern, which may
    open with a place, is otherwise tried at every position of a long line."""
    pos = 0
    at = masked.find("ngày")
    while at >= 0:
        run = _DATE_RUN.match(masked, at)  # always a match (it may be empty)
        end = run.end() if run is not None else at
        m = PLACE_DATE.search(masked, _place_reach(masked, at, pos), end)
        if m is not None:
            yield m
            pos = m.end()
            at = masked.find("ngày", pos)
        else:
            at = masked.find("ngày", end)  # a `ngày` inside the run was searched with it


def _place_reach(masked: str, at: int, pos: int) -> int:
    """Where a match whose date opens at `at` can start (not before `pos`): at `at` without a comma before it,
    else at most 6 place words (10 spaces) before the comma. No match with a later `ngày` starts before `at`:
    a place holds `ngày` only inside a word, where this gives `pos`."""
    if at > pos and masked[at - 1] in _LETTERS:
        return pos
    base = max(pos, at - _PLACE_REACH)
    head = masked[base:at].rstrip()
    if not head and base > pos:
        return pos  # blanks all the way back: the comma, if any, is further
    if not head.endswith(","):
        return at  # no comma: no place
    head = head[:-1].rstrip()
    words = head.rsplit(" ", 11)
    if len(words) == 12:
        return base + len(words[0])
    return pos if base > pos else base


def read_place_date(masked: str, offset: int, at_cell_start: bool) -> tuple[Place | None, DocDate, int, int] | None:
    """The first `Place, ngày … tháng … năm …` of a header cell (a date without place only at a cell start)."""
    for m in _place_dates(masked):
        if m.group("place") is None and not (at_cell_start and not masked[: m.start()].strip()):
            continue
        if m.group("place") is None and "tháng" not in m.group("date"):
            continue  # `ngày 28/7/2026 của ...` opening a wrapped line is a citation, not the issuing date
        if m.group("place") and m.group("place").split()[0].startswith((_SO, _SO.upper())):
            continue
        place = None
        if m.group("place"):
            place = Place(name=clean(m.group("place")), span=(offset + m.start("place"), offset + m.end("place")))
        date = DocDate(
            text=clean(m.group("date")),
            year=int(m.group("y")) if m.group("y") else None,
            month=int(m.group("m")) if m.group("m") else None,
            day=int(m.group("d")) if m.group("d") else None,
            span=(offset + m.start("date"), offset + m.end("date")),
        )
        return place, date, m.start(), m.end()
    return None
