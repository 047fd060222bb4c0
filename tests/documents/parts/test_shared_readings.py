"""Readings of a document that the pipeline makes once and hands to the steps that need them: each step, given
the reading, does what it does when it makes the reading itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from chidao.documents import parse
from chidao.documents.extract import references
from chidao.documents.model import Document, Source
from chidao.documents.parts import closing, furniture, header, header_tokens
from chidao.documents.readers import read
from chidao.documents.text import split_lines

CASES = Path(__file__).resolve().parents[1] / "cases"
# A legal portal's copy: the page's title and metadata table above the document's own header.
PORTAL = (
    "Quyết định 12/2024/QĐ-UBND về quy chế phối hợp quản lý cụm công nghiệp\n"
    "Số hiệu: 12/2024/QĐ-UBND\n"
    "Loại văn bản: Quyết định\n"
    "Nơi ban hành: Tỉnh Bình Phước\n"
    "Người ký: Trần Văn Minh\n"
    "Ngày ban hành: 03/04/2024\n"
    "\n"
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 12/2024/QĐ-UBND\nBình Phước, ngày 03 tháng 4 năm 2024\n"
    "QUYẾT ĐỊNH\nBan hành quy chế phối hợp quản lý cụm công nghiệp\n"
    "Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ;\n"
    "Điều 1. Ban hành kèm theo Quyết định này quy chế phối hợp.\n"
)


def _texts() -> list[str]:
    texts = [PORTAL]
    for path in sorted(CASES.glob("*.txt")):
        source = read(path.read_bytes(), name=path.name)
        texts.append(source.text)
    return texts


def _steps(text: str, shared: bool) -> dict[str, Any]:
    """The header, closing and references of `text`, the preamble's end passed (`shared`) or found by each step."""
    doc = Document(source=Source(name="-"), text=text)
    lines = split_lines(text)
    end = furniture.portal_preamble_end(lines) if shared else None
    header.read_header(doc, lines, end)
    closing.read_closing(doc, lines)
    references.read_references(doc, text, lines, end)
    return doc.to_dict()


@pytest.mark.parametrize("text", _texts()[:1] + _texts()[1::6])
def test_steps_read_the_same_with_the_preamble_end_given(text: str) -> None:
    assert _steps(text, shared=True) == _steps(text, shared=False)


@pytest.mark.skipif(
    not furniture.__file__.endswith(".py"),
    reason="counts calls by replacing a module's function, which callers compiled by mypyc do not see (setup.py)",
)
def test_the_portal_preamble_is_found_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    plain = furniture.portal_preamble_end

    def counting(lines: list[Any]) -> int:
        calls.append(len(lines))
        return plain(lines)

    for module in (furniture, header, header_tokens, references):
        monkeypatch.setattr(module, "portal_preamble_end", counting)
    assert plain(split_lines(PORTAL)) > 0  # the page's lines are there to skip
    doc = parse(PORTAL.encode(), name="portal.txt")
    assert doc.number is not None and doc.number.symbol == "QĐ-UBND"
    assert len(calls) == 1
