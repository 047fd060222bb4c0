"""A gazette's title for a document printed without its header: the Công báo of the 1990s and early 2000s, and the
law sites that copy it, set the type name, then the issuer, the number, the date and the subject as one title in
capitals (`CHỈ THỊ` / `CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC …`). The number,
the date and the subject are read from it; the issuer is left unread, as for any text without its header block."""

from __future__ import annotations

import re

from chidao.documents.model import DocDate, Document, Subject
from chidao.documents.parts.cells import clean
from chidao.documents.parts.number import read_number

# `CỦA <issuer> SỐ <number> NGÀY <d> THÁNG <m> NĂM <y> VỀ …`, wrapped over lines anywhere
_TITLE = re.compile(
    r"CỦA\s(?:(?!\sSỐ\s)[^\n]|\n){3,160}?\sSỐ\s+(?P<number>\d+[/-][^\s]+)\s+NGÀY\s+(?P<d>\d{1,2})\s+THÁNG\s+"
    r"(?P<m>\d{1,2})\s+NĂM\s+(?P<y>(?:19|20)\d\d)\s+(?P<subject>VỀ\s.+)",
    re.S,
)


def opens_gazette_title(text: str) -> bool:
    """Whether `text` (the lines under a type name, joined) is such a title: it gives the subject itself."""
    return text.startswith("CỦA ") and _TITLE.match(text) is not None


def read_gazette_title(doc: Document) -> None:
    """Fill the number, the date and the subject of a document whose subject read is such a title."""
    if doc.number is not None or doc.subject is None or doc.subject.span is None:
        return
    start, end = doc.subject.span
    m = _TITLE.match(doc.text, start, end)
    if m is None:
        return
    found = read_number("Số: " + m.group("number"))
    if found is None:
        return
    number = found[0]
    number.text = clean(doc.text[m.start("number") - len("SỐ ") : m.end("number")])
    number.span = (m.start("number"), m.end("number"))
    doc.number = number
    month = int(m.group("m"))
    day = int(m.group("d"))
    doc.date = DocDate(
        text=clean(doc.text[m.start("d") - len("NGÀY ") : m.end("y")]),
        year=int(m.group("y")),
        month=month if 1 <= month <= 12 else None,
        day=day if 1 <= day <= 31 else None,
        span=(m.start("d") - len("NGÀY "), m.end("y")),
    )
    doc.subject = Subject(text=clean(m.group("subject")), span=(m.start("subject"), end))
