"""Nơi nhận (ô 9b): one recipient per dash line, without the dash and the closing `;`/`.`.

Lines that wrap continue the recipient above them; a line whose dash was lost starts a new recipient when the
one above is closed by `;`. Flattened table cells hold the whole list in one line (`- A; - B; - Lưu: VT.`).
"""

from __future__ import annotations

import re
from typing import Final

from chidao.documents.alternation import alternation
from chidao.documents.data.formal import formal_labels
from chidao.documents.model import Recipient
from chidao.documents.parts.cells import BULLET, Cell

_INLINE: Final = re.compile(rf"(?:(?<=[;.:])|^)\s*{BULLET}\s+")
_NOI_NHAN: Final = re.compile(
    rf"^\s*(?:{alternation(formal_labels().recipient_spellings)}\s*:?|{alternation([formal_labels().recipients_misread])}\s*(?::|$))\s*",
    re.IGNORECASE,
)  # `[labels]`, the misread label only before its colon (or as the whole cell, the colon cut off with it)
_BULLET_FIRST: Final = re.compile(rf"^\s*{BULLET}")
_LEADING_BULLET = re.compile(rf"^{BULLET}\s*")


def is_noi_nhan(text: str) -> bool:
    return _NOI_NHAN.match(text.replace("*", " ")) is not None


def strip_noi_nhan(cell: Cell) -> Cell:
    m = _NOI_NHAN.match(cell.masked)
    return cell.sub(m.end(), len(cell.raw)) if m else cell


def split_inline(cell: Cell) -> list[Cell]:
    """`- A; - B;` in one cell → one cell per entry (each keeps its dash); text before the first dash
    (`Vụ TH, Cục QT; - Lưu: VT.`, a wrapped entry) is a piece of its own."""
    starts = [m.start() for m in _INLINE.finditer(cell.masked)]
    if starts and cell.masked[: starts[0]].strip():
        starts.insert(0, 0)
    if len(starts) <= 1:
        return [cell]
    bounds = [*starts[1:], len(cell.raw)]
    return [piece for piece in (cell.sub(a, b) for a, b in zip(starts, bounds, strict=True)) if piece.text]


def is_bullet(text: str) -> bool:
    return _BULLET_FIRST.match(text) is not None


def closed(text: str) -> bool:
    return text.rstrip().endswith((";", "."))


def make_recipient(cells: list[Cell]) -> Recipient | None:
    text = " ".join(c.text for c in cells)
    text = _LEADING_BULLET.sub("", text).strip().rstrip(";.,").strip()
    if not text:
        return None
    return Recipient(text=text, span=(cells[0].start, cells[-1].end))
