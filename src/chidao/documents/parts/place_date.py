"""Địa danh và thời gian ban hành (ô 4): `Hà Nội, ngày 05 tháng 01 năm 2020`; blank parts stay None."""

from __future__ import annotations

import re

from chidao.documents.model import DocDate, Place
from chidao.documents.parts.cells import LOWER, UPPER, clean

_TITLE_WORD = rf"(?:[{UPPER}][{LOWER}]*\.?|TP\.|phố|xã|trấn|thị)"
_FIRST_WORD = rf"(?:[{UPPER}][{LOWER}]*\.?|TP\.)"
_PLACE = rf"(?<!\S)(?P<place>{_FIRST_WORD}(?:[ ]{{1,2}}{_TITLE_WORD}){{0,5}})"
_GAP = r"[\s.…_/-]*"
_DATE = (
    rf"(?P<date>ngày{_GAP}(?P<d>\d{{1,2}})?{_GAP}(?:tháng|(?<=\d)[/.-]){_GAP}(?P<m>\d{{1,2}})?{_GAP}"
    rf"(?:năm|(?<=\d)[/.-]){_GAP}(?P<y>(?:19|20)\d\d)?)"
)
PLACE_DATE = re.compile(rf"(?:{_PLACE}\s*,\s*)?{_DATE}")


def read_place_date(masked: str, offset: int, at_cell_start: bool) -> tuple[Place | None, DocDate, int, int] | None:
    """The first `Place, ngày … tháng … năm …` of a header cell (a date without place only at a cell start)."""
    for m in PLACE_DATE.finditer(masked):
        if m.group("place") is None and not (at_cell_start and not masked[: m.start()].strip()):
            continue
        if m.group("place") is None and "tháng" not in m.group("date"):
            continue  # `ngày 28/7/2026 của ...` opening a wrapped line is a citation, not the issuing date
        if m.group("place") and m.group("place").split()[0].startswith("Số"):
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
