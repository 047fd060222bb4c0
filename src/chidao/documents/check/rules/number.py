"""Số, ký hiệu (ô 3): presence, blank number, leading zero, spacing, the colon after `Số`.

State form `Số: 05/TB-UBND` (ND30 PL I §II.3); Party form `Số 42-TB/TU`, no colon (HD 36)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from chidao.documents.check import samples
from chidao.documents.check.rule import Context, Hit, Rule
from chidao.documents.check.scan import header_end, top
from chidao.documents.data.formal import formal_labels
from chidao.documents.model import Document

_SO = formal_labels().number  # `Số`: `number` of `[labels]` in data/issuer_markers.toml
_SEQ = re.compile(rf"{_SO}\s*:?\s*(\d+)", re.IGNORECASE)
_SPACED = re.compile(r"\d[ \t]+[/-]|[/-][ \t]+[A-ZĐ\d]|[A-ZĐa-z][ \t]+[/-]")
_NO_NUMBER = " (văn thư ghi số khi phát hành; bản này là bản chưa ban hành hoặc bản sao trước khi cấp số)"


_NUMBER_LINE = re.compile(rf"^[ \t|*]*{_SO}\s*:?[\s\d]*[/-]\s*[A-ZĐ]", re.MULTILINE)


def number_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    if doc.number is None and not _NUMBER_LINE.search(doc.text, 0, header_end(doc)):
        yield Hit(top(doc), "Không thấy số, ký hiệu của văn bản (dòng “Số: …”); có thể do bản xuất làm mất")


def seq_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    n = doc.number
    if n is not None and not n.seq and n.symbol:
        if ctx.issued:
            yield Hit(n.span, "Văn bản đã ban hành nhưng chưa có số", "error")
        else:
            yield Hit(n.span, "Văn bản chưa có số" + _NO_NUMBER)


def leading_zero(doc: Document, ctx: Context) -> Iterator[Hit]:
    n = doc.number
    if n is None or n.span is None:
        return
    m = _SEQ.match(n.text)
    if m and len(m.group(1)) == 1:
        start = n.span[0] + m.start(1)
        yield Hit((start, start + 1), f"Số nhỏ hơn 10 phải ghi thêm số 0 phía trước: “0{m.group(1)}”")


def spacing(doc: Document, ctx: Context) -> Iterator[Hit]:
    n = doc.number
    if n is None or n.span is None:
        return
    body = _SEQ.match(n.text)
    if body is None:  # a blank number keeps the văn thư's gap before the slash: not a spacing defect
        return
    m = _SPACED.search(n.text, body.start(1))
    if m is None:
        return
    span = (n.span[0] + m.start(), n.span[0] + m.end())
    written = " ".join(n.text.split())
    if m.group()[0].isdigit():  # `53 /TB-UBND`: the number typed or stamped into the template's blank
        yield Hit(span, f"Khoảng trắng giữa số và dấu “{m.group()[-1]}”: “{written}” (thường do điền số vào chỗ trống khi "
                        "phát hành; số, ký hiệu viết liền)", "info")
    else:
        yield Hit(span, f"Số, ký hiệu viết liền, không cách chữ quanh dấu “/” và “-”: “{written}”")


def colon(doc: Document, ctx: Context) -> Iterator[Hit]:
    n = doc.number
    if n is None or n.span is None or not n.text.lower().startswith(_SO.lower()):
        return
    has_colon = re.match(rf"{_SO}\s*:", n.text, re.IGNORECASE) is not None
    if doc.family == "state" and not has_colon:
        yield Hit((n.span[0], n.span[0] + 2), "Sau chữ “Số” phải có dấu hai chấm: “Số: …”")
    if doc.family == "party" and has_colon:
        yield Hit((n.span[0], n.span[0] + 3), "Văn bản của Đảng ghi “Số” không có dấu hai chấm (HD 36)", "info")


RULES = [
    Rule(
        code="number.missing",
        severity="warning",
        message="Thiếu số, ký hiệu",
        find=number_missing,
        bad=(samples.state(number=""),),
        good=(samples.state(), samples.party()),
    ),
    Rule(
        code="number.seq-missing",
        severity="info",
        message="Văn bản chưa có số",
        find=seq_missing,
        bad=(samples.state(number="Số:      /TB-UBND"), samples.letter(number="Số: /UBND-KT")),
        good=(samples.state(), samples.letter()),
    ),
    Rule(
        code="number.leading-zero",
        severity="warning",
        message="Số nhỏ hơn 10 phải ghi thêm số 0 phía trước",
        find=leading_zero,
        families=("state",),
        bad=(samples.state(number="Số: 5/TB-UBND"),),
        good=(samples.state(number="Số: 05/TB-UBND"), samples.state(number="Số: 115/TB-UBND")),
    ),
    Rule(
        code="number.spacing",
        severity="warning",
        message="Số, ký hiệu có khoảng trắng thừa",
        find=spacing,
        bad=(samples.state(number="Số: 15 /TB-UBND"), samples.state(number="Số: 15/TB- UBND"),
             samples.party(number="Số 42-TB /TU")),
        good=(samples.state(), samples.state(number="Số:         /TB-UBND"), samples.party()),
    ),
    Rule(
        code="number.colon",
        severity="warning",
        message="Dấu hai chấm sau chữ “Số” không đúng thể thức",
        find=colon,
        bad=(samples.state(number="Số 15/TB-UBND"), samples.party(number="Số: 42-TB/TU")),
        good=(samples.state(), samples.party()),
    ),
]
