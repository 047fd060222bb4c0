"""Paragraph layout (.docx) tells a subject set as a title from the body under it (our own sample lines).

The header reader is called with the layout set, as `pipeline.parse()` will once it passes the layout in
before the steps run (today it sets it after them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH

from chidao.documents.model import Document, Source
from chidao.documents.parts.header import read_header
from chidao.documents.readers import read
from chidao.documents.text import split_lines

CENTER, BOTH = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
HEADER = [
    ("ỦY BAN NHÂN DÂN", CENTER), ("HUYỆN TÂN LẬP", CENTER), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", CENTER),
    ("Độc lập - Tự do - Hạnh phúc", CENTER), ("Số: 88/TB-UBND", CENTER),
    ("Tân Lập, ngày 12 tháng 5 năm 2025", CENTER), ("THÔNG BÁO", CENTER),
]


def _docx(path: Path, paragraphs: list[tuple[str, WD_ALIGN_PARAGRAPH]]) -> Path:
    doc = DocxDocument()
    for text, align in paragraphs:
        doc.add_paragraph(text).alignment = align
    doc.save(str(path))
    return path


@pytest.mark.parametrize(
    ("after", "subject"),
    [
        ([("Các trường học khẩn trương hoàn thiện hồ sơ tuyển sinh", BOTH)],
         "Kết luận của Chủ tịch UBND huyện về công tác tuyển sinh"),
        ([("trong các trường học trên địa bàn huyện", CENTER), ("Các trường học khẩn trương hoàn thiện hồ sơ", BOTH)],
         "Kết luận của Chủ tịch UBND huyện về công tác tuyển sinh trong các trường học trên địa bàn huyện"),
    ],
    ids=["justified-body", "centred-wrap"],
)
def test_a_justified_paragraph_under_a_centred_subject_is_the_body(
    tmp_path: Path, after: list[tuple[str, WD_ALIGN_PARAGRAPH]], subject: str
) -> None:
    lines = [*HEADER, ("Kết luận của Chủ tịch UBND huyện về công tác tuyển sinh", CENTER), *after]
    source = read(_docx(tmp_path / "tb.docx", lines))
    doc = Document(source=Source(name="tb.docx"), text=source.text, layout=source.layout)
    read_header(doc, split_lines(doc.text))
    assert doc.subject is not None and doc.subject.text == subject
    assert doc.body_span is not None and doc.text[doc.body_span[0] :].startswith("Các trường học")
