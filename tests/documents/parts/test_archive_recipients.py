from __future__ import annotations

import pytest

from chidao.documents.model import Document, Source
from chidao.documents.parts.archive import read_archive
from chidao.documents.parts.cells import line_cells
from chidao.documents.parts.recipients import make_recipient, split_inline
from chidao.documents.text import split_lines


@pytest.mark.parametrize(
    ("line", "holders", "drafter", "copies"),
    [
        ("- Lưu: VT, TH(LTH).", ["VT", "TH"], "LTH", None),
        ("- Lưu: VT, KGVX (3).", ["VT", "KGVX"], None, 3),
        ("- Lưu: VT, NC, Hg.", ["VT", "NC"], "Hg", None),
        ("- Lưu: VT, VP(TH), XD.", ["VT", "VP(TH)", "XD"], None, None),
        ("- Lưu VT, TCHC (02b).", ["VT", "TCHC"], None, 2),
        ("- Lưu Văn phòng Huyện ủy.", ["Văn phòng Huyện ủy"], None, None),
        ("- Lưu: VT, KT. Tú", ["VT", "KT"], "Tú", None),
        ("▪ Lưu: VT, KT.", ["VT", "KT"], None, None),
    ],
)
def test_archive_lines(line: str, holders: list[str], drafter: str | None, copies: int | None) -> None:
    archive = read_archive(line, None)
    assert (archive.holders, archive.drafter, archive.copies) == (holders, drafter, copies)
    assert not archive.text.startswith("-") and not archive.text.endswith(".")


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("- Như trên; - Sở Văn hóa - Thể thao và Du lịch; - Lưu: VT.",
         ["Như trên", "Sở Văn hóa - Thể thao và Du lịch", "Lưu: VT"]),
        ("Vụ KTTH, Cổng TTĐT; - Lưu: VT, NC.", ["Vụ KTTH, Cổng TTĐT", "Lưu: VT, NC"]),
        ("Sở Tài chính;", ["Sở Tài chính"]),
        ("• Như trên; • Sở Tài chính; • Lưu: VT.", ["Như trên", "Sở Tài chính", "Lưu: VT"]),
        ("\uf0b7 Như trên; \uf0b7 Sở Tài chính;", ["Như trên", "Sở Tài chính"]),
    ],
)
def test_inline_recipients_split_at_dashes(text: str, recipients: list[str]) -> None:
    doc = Document(source=Source(name="-"), text=text)
    cell = line_cells(doc.text, split_lines(doc.text)[0])[0]
    pieces = [make_recipient([c]) for c in split_inline(cell)]
    assert [p.text for p in pieces if p] == recipients
