"""Trích yếu (ô 5a/5b): present where the type needs it; `V/v` for a công văn; case; no final stop."""

from __future__ import annotations

import re
from collections.abc import Iterator

from chidao.documents.check import samples
from chidao.documents.check.rule import Context, Hit, Rule
from chidao.documents.check.rules.doctype import named_types
from chidao.documents.check.scan import header_end, line_of
from chidao.documents.data.formal import untitled_code
from chidao.documents.model import Document
from chidao.documents.text import fold

_VV = re.compile(r"V\s*/\s*v\b\s*(:?)", re.IGNORECASE)


def _prefix(doc: Document) -> tuple[str, int] | None:
    """The text on the subject's first line before the subject (where `V/v` is printed), and its start."""
    s = doc.subject
    if s is None or s.span is None:
        return None
    start, _ = line_of(doc.text, s.span[0])
    return doc.text[start : s.span[0]], start


def missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    if doc.subject is not None or doc.type is None:
        return
    named = named_types(doc)
    printed = doc.text[doc.type.span[0] : doc.type.span[1]] if doc.type.span else ""
    if printed and not printed.isupper():
        return  # not a type-name line (printed in capitals): a portal title or a sentence
    untitled = doc.type.code == untitled_code()  # a công văn, printed with no type name (`untitled = true`)
    if untitled and _VV.search(doc.text, 0, header_end(doc) + 300):
        return  # the V/v line is there; the header parser did not place it
    if untitled or (named and named[0].trich_yeu):
        what = "công văn thiếu dòng “V/v …”" if untitled else f"{doc.type.name.lower()} thiếu trích yếu"
        yield Hit(doc.type.span, f"Không thấy trích yếu: {what} (có thể do bản xuất làm mất)")


def vv_form(doc: Document, ctx: Context) -> Iterator[Hit]:
    found = _prefix(doc)
    if found is None or doc.subject is None or doc.subject.span is None:
        return
    text, start = found[0] + doc.text[doc.subject.span[0] : doc.subject.span[0] + 6], found[1]
    m = _VV.search(text)
    if m is None:
        return
    span = (start + m.start(), start + m.end())
    if m.group(1):
        yield Hit(span, "Sau “V/v” không có dấu hai chấm", "info")
    written = re.sub(r"\s", "", m.group()).rstrip(":")
    if written != "V/v":
        yield Hit(span, f"Viết “V/v” (V hoa, v thường), không viết “{written}”")


def case(doc: Document, ctx: Context) -> Iterator[Hit]:
    s = doc.subject
    if s is None:
        return
    letters = [c for c in s.text if c.isalpha()]
    if doc.family == "state" and len(letters) > 12 and all(c.isupper() for c in letters):
        yield Hit(s.span, "Trích yếu viết chữ thường (chỉ viết hoa chữ đầu và danh từ riêng), không viết toàn chữ hoa")
    elif doc.family == "party" and letters and letters[0].isupper() and not s.text.split()[0].isupper():
        yield Hit(s.span, "Trích yếu văn bản của Đảng bắt đầu bằng chữ thường (HD 36)", "info")


def repeats_type(doc: Document, ctx: Context) -> Iterator[Hit]:
    s, t = doc.subject, doc.type
    if s is None or t is None or t.code == untitled_code() or not t.name or s.span is None:
        return
    name = fold(t.name)
    if fold(s.text).startswith(name + " "):
        yield Hit((s.span[0], s.span[0] + len(t.name)), f"Trích yếu lặp lại tên loại “{t.name}” (không cần nhắc lại)")


def final_stop(doc: Document, ctx: Context) -> Iterator[Hit]:
    s = doc.subject
    if s is not None and s.span is not None and s.text.rstrip().endswith(".") and not s.text.rstrip().endswith(".."):
        end = s.span[0] + len(s.text.rstrip())
        yield Hit((max(s.span[0], min(end, s.span[1]) - 1), min(end, s.span[1])))


RULES = [
    Rule(
        code="subject.missing",
        severity="warning",
        message="Thiếu trích yếu",
        find=missing,
        bad=(samples.letter(subject=""), samples.letter(subject="Báo cáo tình hình giải ngân vốn đầu tư công")),
        good=(samples.state(), samples.letter(), samples.party()),
    ),
    Rule(
        code="subject.vv-form",
        severity="warning",
        message="Cách viết “V/v” chưa đúng",
        find=vv_form,
        bad=(samples.letter(subject="V/v: báo cáo tình hình giải ngân"), samples.letter(subject="V/V báo cáo tình hình")),
        good=(samples.letter(), samples.state()),
    ),
    Rule(
        code="subject.case",
        severity="warning",
        message="Trích yếu viết sai chữ hoa, chữ thường",
        find=case,
        bad=(samples.state(subject="KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP VỀ CẢI CÁCH HÀNH CHÍNH"),
             samples.party(subject="Kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ")),
        good=(samples.state(), samples.party()),
    ),
    Rule(
        code="subject.repeats-type",
        severity="info",
        message="Trích yếu lặp lại tên loại văn bản",
        find=repeats_type,
        bad=(samples.state(subject="Thông báo kết luận của Chủ tịch UBND tỉnh về cải cách hành chính"),),
        good=(samples.state(), samples.letter()),
    ),
    Rule(
        code="subject.final-stop",
        severity="info",
        message="Trích yếu không kết thúc bằng dấu chấm",
        find=final_stop,
        bad=(samples.state(subject="Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về cải cách hành chính."),),
        good=(samples.state(),),
    ),
]
