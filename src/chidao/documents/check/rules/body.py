"""Nội dung (ô 6): căn cứ punctuation, numbering of Điều and điểm, the closing `./.` mark.

ND30 PL I §II.6: căn cứ lines each end with `;`, the last with `.`; điểm letters follow the
Vietnamese alphabet (`d)` then `đ)`); Điều numbers run on. The `./.` ending is template practice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from chidao.documents.alternation import as_written
from chidao.documents.check import samples
from chidao.documents.check.rule import Context, Hit, Rule
from chidao.documents.check.scan import load, scan, trim
from chidao.documents.model import Document

_WORDS = load("body")  # data/check_body.toml
# a line of a block of căn cứ (`Căn cứ`, `Theo đề nghị`): `openers` of `[basis]`; the block starts at the first
_BASIS_OPENERS: Final[list[str]] = _WORDS["basis"]["openers"]
_BASIS = re.compile(rf"^{as_written(_BASIS_OPENERS)}\b")
# a block starts at a line opening with the first of them, by the same word boundary: `Căn cứkết luận` (a text layer
# that glued two syllables) opens no block, so the scan moves past it
_BASIS_START = re.compile(rf"^{as_written(_BASIS_OPENERS[:1])}\b")
# the line after it that enacts (`QUYẾT ĐỊNH:`): `[enacting]`
_ENACTING = re.compile(rf"^{as_written(_WORDS['enacting']['words'])}\s*:?\s*$")
_CLOSE_PAREN = re.compile(r"\)")
_POINT_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzđ")
_ARTICLE = re.compile(r"Điều[^\S\n]+(\d+)[^\S\n]*[.:]")  # a heading when it opens its line
_ALPHABET = "abcdđeghiklmnopqrstuvxy"


def basis_punctuation(doc: Document, ctx: Context) -> Iterator[Hit]:
    if _BASIS_OPENERS[0] not in doc.text:
        return
    lines = [ln for ln in scan(doc.text).lines if ln.text]
    k = 0
    while k < len(lines):
        if not _BASIS_START.match(lines[k].text):
            k += 1
            continue
        run = []
        while k < len(lines) and _BASIS.match(lines[k].text):
            run.append(lines[k])
            k += 1
        enacting = k < len(lines) and _ENACTING.match(lines[k].text) is not None
        if len(run) < 2 and not enacting:
            continue  # a sentence that starts with "Căn cứ", not a block of căn cứ ban hành
        for ln in run[:-1]:
            if ln.text.endswith("."):
                yield Hit((ln.end - 1, ln.end), "Dòng căn cứ kết thúc bằng dấu chấm phẩy “;” (chỉ dòng cuối dùng “.”)")
        last = run[-1]
        if enacting and last.text.endswith(";"):
            yield Hit((last.end - 1, last.end), "Dòng căn cứ cuối cùng kết thúc bằng dấu chấm “.”")


def point_letters(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    prev: str | None = None
    for m in _CLOSE_PAREN.finditer(text):  # a point is a line that starts with `x)` then a space
        at = m.start() - 1  # the letter
        line_start = text.rfind("\n", 0, at) + 1
        if at < line_start or text[at] not in _POINT_LETTERS or text[line_start:at].strip():
            continue
        if m.end() < len(text) and not text[m.end()].isspace():
            continue
        letter = text[at]
        if prev == "d" and letter == "e":
            yield Hit((at, at + 2), "Điểm sau “d)” là “đ)” theo bảng chữ cái tiếng Việt")
        prev = letter if letter in _ALPHABET else None


def article_numbering(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    prev, prev_start = 0, 0
    for m in _ARTICLE.finditer(text):
        start = m.start()
        if text[text.rfind("\n", 0, start) + 1 : start].strip():
            continue  # `Điều` inside a line: a reference, not an article heading
        n = int(m.group(1))
        between = text[prev_start:start].lower()
        amending = "như sau" in between or "sửa đổi" in between  # an article quoted by an amendment
        if n not in (prev + 1, 1, prev) and not amending:
            yield Hit((start, m.end(1)), f"Số thứ tự Điều không liên tục: sau Điều {prev} là Điều {n}")
        if not amending:
            prev, prev_start = n, start


def end_mark(doc: Document, ctx: Context) -> Iterator[Hit]:
    if doc.body_span is None or not doc.signatures:
        return
    start, end = trim(doc.text, doc.body_span)
    if end > start and doc.text.rfind("./.", start, end) < 0:  # an annex or table may follow the mark
        yield Hit((max(start, end - 1), end))


RULES = [
    Rule(
        code="body.basis-punctuation",
        severity="warning",
        message="Dấu câu cuối dòng căn cứ chưa đúng",
        find=basis_punctuation,
        bad=(samples.state(type="QUYẾT ĐỊNH", number="Số: 15/QĐ-UBND", subject="Về việc thành lập Tổ công tác",
                           body="Căn cứ Luật Tổ chức chính quyền địa phương.\nCăn cứ Nghị định số 30/2020/NĐ-CP;\n"
                                "Theo đề nghị của Giám đốc Sở Nội vụ;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập Tổ công "
                                "tác./."),),
        good=(samples.state(type="QUYẾT ĐỊNH", number="Số: 15/QĐ-UBND", subject="Về việc thành lập Tổ công tác",
                            body="Căn cứ Luật Tổ chức chính quyền địa phương;\nCăn cứ Nghị định số 30/2020/NĐ-CP;\n"
                                 "Theo đề nghị của Giám đốc Sở Nội vụ.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập Tổ công "
                                 "tác./."),
              samples.state(body="Căn cứ kết quả kiểm tra. Sở Nội vụ báo cáo./.")),
    ),
    Rule(
        code="body.point-letters",
        severity="warning",
        message="Thứ tự điểm a), b), … bỏ sót chữ “đ”",
        find=point_letters,
        bad=(samples.state(body="1. Giao các sở:\na) Rà soát;\nb) Tổng hợp;\nc) Đề xuất;\nd) Báo cáo;\ne) Lưu trữ./."),),
        good=(samples.state(body="1. Giao các sở:\na) Rà soát;\nb) Tổng hợp;\nc) Đề xuất;\nd) Báo cáo;\nđ) Lưu trữ;\n"
                                 "e) Công khai./."),),
    ),
    Rule(
        code="body.article-numbering",
        severity="warning",
        message="Số thứ tự Điều không liên tục",
        find=article_numbering,
        bad=(samples.state(body="Điều 1. Phạm vi.\n\nĐiều 2. Đối tượng.\n\nĐiều 4. Hiệu lực./."),),
        good=(samples.state(body="Điều 1. Phạm vi.\n\nĐiều 2. Đối tượng.\n\nĐiều 3. Hiệu lực./."),
              samples.state(body="Điều 1. Sửa đổi Điều 7 như sau:\nĐiều 7. Trách nhiệm thi hành.\n\nĐiều 2. Hiệu lực./.")),
    ),
    Rule(
        code="body.end-mark",
        severity="info",
        message="Phần nội dung thường kết thúc bằng dấu “./.”",
        find=end_mark,
        families=("state",),
        bad=(samples.state(body="Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện."),),
        good=(samples.state(), samples.letter()),
    ),
]
