"""Cited documents: the number's year against the cited date, and the printed form of cited numbers
(no spaces inside, a hyphen between type and body in a VBQPPL symbol)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from chidao.documents.check import samples
from chidao.documents.check.rule import Context, Hit, Rule
from chidao.documents.extract.prefilter import with_first_chars
from chidao.documents.model import Document

_YEAR_IN_NUMBER = re.compile(r"^\d+/(\d{4})/")
# `38/2015/TT- BTC`, `1500/QĐ- TCHQ`, `37- CT/TW`, `01/QĐ - CTY`: a space beside the hyphen inside a number.
_CODE = r"[A-ZĐ](?:[A-ZĐ0-9&]|[a-zđ](?![a-zđ]))*(?![\wĐđ])"  # TB, QĐ, CTr, TTg, QyĐ; never a word like `Công`
# Both behind the lookahead for their first characters (built here once: it parses the pattern).
_SPACED = with_first_chars(re.compile(
    rf"(?<![\w/])\d+(?:/\d{{4}})?(?:/{_CODE}(?:[ \t]*-[ \t]*{_CODE})+|[ \t]*-[ \t]*{_CODE}/{_CODE})"
))  # a line break after the hyphen is the layout's wrap, not a typing fault
# `181/2024/NĐCP`: a VBQPPL symbol without the hyphen between type and body (Quốc hội numbers excepted).
_GLUED = with_first_chars(re.compile(
    r"(?<![\w/])\d+/(?:19|20)\d{2}/(?!QH|UBTVQH)(NĐCP|QĐTTg|QĐUBND|NQHĐND|NQCP|TTBTC|TTBNV|TTLT)(?![\w-])"
))


def year_mismatch(doc: Document, ctx: Context) -> Iterator[Hit]:
    for ref in doc.references:
        m = _YEAR_IN_NUMBER.match(ref.number or "")
        if m and ref.date is not None and int(m.group(1)) != ref.date.year:
            yield Hit(ref.span, f"Văn bản số {ref.number} mang năm {m.group(1)} nhưng được ghi ngày "
                                f"{ref.date:%d/%m/%Y}: kiểm tra lại số hoặc ngày")


_GLUED_CODE = re.compile(r"/(?:NĐCP|QĐTTg|QĐUBND|NQHĐND|NQCP|TTBTC|TTBNV|TTLT)(?![\w-])")  # in every `_GLUED` match
_SPACED_HYPHEN = re.compile(r"-(?:(?<=[ \t]-)|(?=[ \t]))")  # a space or tab beside a hyphen


def number_form(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    start = doc.number.span[1] if doc.number is not None and doc.number.span else 0  # the header number: number.*
    for line_start, line_end in _lines_with_spaced_hyphen(text, start):
        for m in _SPACED.finditer(text, line_start, line_end):
            if re.search(r"[ \t]", m.group()):
                yield Hit(m.span(), f"Số, ký hiệu văn bản được dẫn viết liền, không cách: “{m.group()}”")
    if _GLUED_CODE.search(text, start):  # a quick scan from one `/` to the next
        for m in _GLUED.finditer(text, start):
            yield Hit(m.span(), f"Ký hiệu “{m.group(1)}” thiếu dấu gạch nối giữa tên loại và cơ quan ban hành")


# What stands either side of the spaces and tabs around such a hyphen: the end of a number or code, and the
# start of a code (a `- ` bullet opening a line has neither).
_CODE_END: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐabcdefghijklmnopqrstuvwxyzđ&")
_CODE_START: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")


def _lines_with_spaced_hyphen(text: str, start: int) -> Iterator[tuple[int, int]]:
    """The spans (from `start` on) of the lines where `_SPACED` can find a number written with a space: its
    matches never cross a line break, and a space or tab inside one is always beside a hyphen, which follows
    the end of a number or code and precedes the start of a code, with only spaces and tabs between."""
    end = start
    for m in _SPACED_HYPHEN.finditer(text, start):
        if m.start() < end:
            continue  # on the line just given
        if not _between_codes(text, m.start()):
            continue
        line_start = max(start, text.rfind("\n", 0, m.start()) + 1)
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        yield line_start, end


def _between_codes(text: str, hyphen: int) -> bool:
    """Whether the first character before the hyphen at `hyphen` that is not a space or tab can end a number or
    code, and the first one after it can start a code."""
    before, after = hyphen, hyphen + 1
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    while after < len(text) and text[after] in " \t":
        after += 1
    if before == 0 or after == len(text) or text[after] not in _CODE_START:
        return False
    last = text[before - 1]
    return last in _CODE_END or last.isdecimal()


RULES = [
    Rule(
        code="reference.year-mismatch",
        severity="warning",
        message="Năm trong số văn bản được dẫn khác năm của ngày ghi kèm",
        find=year_mismatch,
        bad=(samples.state(body="Căn cứ Nghị định số 87/2011/NĐ-CP ngày 27/9/2013 của Chính phủ, Sở Y tế báo cáo./."),),
        good=(samples.state(body="Căn cứ Nghị định số 87/2011/NĐ-CP ngày 27/9/2011 của Chính phủ, Sở Y tế báo cáo./."),),
    ),
    Rule(
        code="reference.number-form",
        severity="warning",
        message="Số, ký hiệu văn bản được dẫn viết chưa đúng",
        find=number_form,
        bad=(samples.state(body="Thực hiện Thông tư số 38/2015/TT- BTC của Bộ Tài chính, Sở báo cáo./."),
             samples.state(body="Thực hiện Chỉ thị số 37- CT/TW của Ban Bí thư, Sở báo cáo./."),
             samples.state(body="Thực hiện Nghị định số 181/2024/NĐCP của Chính phủ, Sở báo cáo./.")),
        good=(samples.state(body="Thực hiện Thông tư số 38/2015/TT-BTC, Chỉ thị số 37-CT/TW, Luật số 91/2015/QH13 "
                                 "và Quyết định số 1500/QĐ-TCHQ - Cục Giám sát quản lý triển khai./."),
              samples.state(body="Thực hiện Thông tư số 36/2025/TT-\nBNNMT và Kết luận số 75-\nKL/TW./.")),
    ),
]

