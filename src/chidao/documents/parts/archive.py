"""Lưu (ô 9b last line, ô 12): `Lưu: VT, KT(HVTr).` → holders VT, KT; drafter HVTr; `QHĐP (2)` → 2 copies."""

from __future__ import annotations

import re
from typing import Final

from chidao.documents.data.formal import header_markers
from chidao.documents.model import Archive
from chidao.documents.parts.cells import BULLET
from chidao.documents.text import VI_LOWER, VI_UPPER

_HEAD = re.compile(rf"^\s*{BULLET}?\s*Lưu\s*:?\s*", re.IGNORECASE)
_ITEM = re.compile(r"^(?P<unit>[^()]*)\s*(?:\((?P<par>[^)]*)\))?\s*(?P<rest>.*)$")
_COPIES = re.compile(r"^0*(\d+)\s*b?$", re.IGNORECASE)
_ARCHIVE: Final = re.compile(rf"^\s*{BULLET}?\s*Lưu\b")
_LEADING_BULLET = re.compile(rf"^{BULLET}\s*")


# A signer whose family name is Lưu, alone in a cell (`Lưu Đức Huy` under the title): a person's name, each word
# capitalised, nothing else, is no Lưu line (`Lưu VT, KH`, `Lưu: Văn thư`, `Lưu hồ sơ`).
_SIGNER_LUU = re.compile(rf"Lưu(?: [{VI_UPPER}][{VI_LOWER}]+){{1,3}}")


def is_archive(text: str) -> bool:
    return _ARCHIVE.match(text) is not None and _SIGNER_LUU.fullmatch(text.strip()) is None


def _is_initials(token: str) -> bool:
    """A drafter's initials or name: mixed case (`HVTr`, `Cm`, `Nghĩa`, `T.Q.Hùng`), not a unit code."""
    return any(c.islower() for c in token) and len(token.split()) == 1


def read_archive(text: str, span: tuple[int, int] | None) -> Archive:
    value = _LEADING_BULLET.sub("", " ".join(text.split())).rstrip(" .;")
    body = _HEAD.sub("", value)
    holders: list[str] = []
    drafter: str | None = None
    copies: int | None = None
    items = [i.strip() for i in body.split(",") if i.strip()]
    for index, item in enumerate(items):
        # `KGVX. CN`: a unit, then the drafter after the full stop.
        head, _, tail = item.partition(". ")
        m = _ITEM.match(head)
        if m is None:
            continue
        unit, par, rest = m.group("unit").strip(), m.group("par"), m.group("rest").strip(" .")
        if par is not None:
            count = _COPIES.match(par.strip())
            if count:
                copies = copies or int(count.group(1))
            elif par.strip() in header_markers().archive_units:
                unit = f"{unit}({par})"
            elif drafter is None:
                drafter = par.strip()
        for extra in (rest, tail.strip(" .")):
            if extra and drafter is None:
                drafter = extra
        if not unit:
            continue
        if index == len(items) - 1 and index > 0 and _is_initials(unit) and len(unit) <= 4:
            drafter = drafter or unit
            continue
        holders.append(unit)
    return Archive(text=value, holders=holders, drafter=drafter, copies=copies, span=span)
