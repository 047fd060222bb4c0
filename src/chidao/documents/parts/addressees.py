"""Kính gửi (ô 9a): one entry per dash line (or the single entry on the `Kính gửi:` line)."""

from __future__ import annotations

import re
from functools import cache

from chidao.documents.data.formal import header_markers
from chidao.documents.model import Addressee
from chidao.documents.parts.cells import BULLET, Cell

_BULLET = re.compile(rf"^{BULLET}\s*")


def _opener_words() -> str:
    """The body's openers as alternatives, longest first; a `dated` one only before a day's digits (`Ngày 08 …`)."""
    markers = header_markers()
    return "|".join(
        re.escape(w) + (r"(?=\s*\d)" if w in markers.opener_dated else "")
        for w in sorted(markers.openers, key=len, reverse=True)
    )


@cache
def _opener() -> re.Pattern[str]:
    return re.compile(rf"(?<=[^\s,;:(])\s+(?:{_opener_words()})(?=[\s,])")


@cache
def _leading_opener() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{_opener_words()})(?=[\s,])")


def starts_with_opener(text: str) -> bool:
    """`Căn cứ ...`, `Ngày 08 tháng 3 ...`: a line that opens the body."""
    return _leading_opener().match(text) is not None


def body_inside(cell: Cell) -> int | None:
    """Where the body starts inside a run-on addressee cell (`... Trung ương Thực hiện Luật ...`), if it does."""
    m = _opener().search(cell.masked)
    return m.start() + (len(m.group(0)) - len(m.group(0).lstrip())) if m else None


def is_entry_start(cell: Cell) -> bool:
    return bool(_BULLET.match(cell.text))


def ends_entry(cell: Cell) -> bool:
    return cell.text.rstrip().endswith((";", ".", ","))


# A short name the list is given after its last addressee, on that line or the next (`(sau đây gọi tắt là các chủ đầu
# tư)`, `(sau đây gọi chung là các đơn vị)`): part of no addressee's name; the line's closing mark follows it.
ALIAS_BRACKET = re.compile(
    r"\s*\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)\s+(?:tắt|chung)?\s*là:?\s+(?P<alias>[^()]{2,80}?)\s*\)",
    re.IGNORECASE,
)


# ... or a note that the addressees are listed apart (`Sở Y tế các tỉnh tham gia Đề án (danh sách kèm theo)`, `(theo
# danh sách đính kèm)`): no more part of the name either.
LIST_NOTE = re.compile(
    r"\s*\(\s*(?:theo\s+|có\s+)?danh\s+sách\s+(?:kèm\s+theo|đính\s+kèm|gửi\s+kèm)\s*\)", re.IGNORECASE
)


# ... or the dots of a blank left to be filled in by hand (`Giám đốc Sở Lao động …………`, a Kính gửi of dots alone):
# the blank is no part of the name (a name of dots alone is no addressee).
BLANK_FILL = re.compile(r"[\s.…_]*[.…_]{3,}[\s.…_]*$")


def make_addressee(cells: list[Cell]) -> Addressee | None:
    text = " ".join(c.text for c in cells)
    alias = ALIAS_BRACKET.search(text) or LIST_NOTE.search(text)
    if alias is not None:
        text = text[: alias.start()]
    elif "…" in text or "..." in text or "__" in text:
        text = BLANK_FILL.sub("", text)
    kept = len(text.rstrip().rstrip(";.,").rstrip())  # where the name ends in the joined cells
    text = _BULLET.sub("", text).strip().rstrip(";.,").strip()
    if not text:
        return None
    if alias is None:
        return Addressee(name=text, span=(cells[0].start, cells[-1].end))
    offset = 0  # the name's end mapped back into the cell it ends in (cells joined by one space)
    for c in cells:
        if kept <= offset + len(c.text):
            return Addressee(name=text, span=(cells[0].start, c.start + kept - offset))
        offset += len(c.text) + 1
    return Addressee(name=text, span=(cells[0].start, cells[-1].end))
