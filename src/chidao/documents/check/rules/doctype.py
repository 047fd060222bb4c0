"""Tên loại (ô 5a) ↔ the type code in the ký hiệu (`THÔNG BÁO` ↔ `TB`), per family and period.

The code table is `data/check_types.toml`, versioned by date: a 2015 quy định numbered `QĐ` is right
(Thông tư 01/2011), a 2021 one is not (Nghị định 30/2020 gave it `QyĐ`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from chidao.documents.check import samples
from chidao.documents.check.rule import ND30, Context, Hit, Rule
from chidao.documents.check.scan import load
from chidao.documents.data.formal import untitled_code
from chidao.documents.model import Document, Span
from chidao.documents.text import fold


@dataclass(frozen=True)
class TypeCode:
    name: str
    code: str
    family: str
    since: dt.date | None
    until: dt.date | None
    trich_yeu: bool

    def valid_on(self, when: dt.date | None) -> bool:
        if when is None:
            return True
        return (self.since is None or when >= self.since) and (self.until is None or when < self.until)


@cache
def table(family: str) -> tuple[TypeCode, ...]:
    fam = "party" if family == "party" else "state"
    return tuple(
        TypeCode(fold(e["name"]), e["code"], e["family"], e.get("since"), e.get("until"), e.get("trich_yeu", True))
        for e in load("types")["type"]
        if e["family"] == fam
    )


@cache
def by_code(family: str) -> dict[str, tuple[TypeCode, ...]]:
    """`table(family)` entries by upper-cased code, in table order."""
    out: dict[str, list[TypeCode]] = {}
    for e in table(family):
        out.setdefault(e.code.upper(), []).append(e)
    return {code: tuple(entries) for code, entries in out.items()}


@cache
def unlisted() -> frozenset[str]:
    return frozenset(c for e in load("types")["unlisted"] for c in e["codes"])  # case matters: QYĐ is not QyĐ


@cache
def _unlisted_upper() -> frozenset[str]:
    return frozenset(c.upper() for c in unlisted())


def code_of(symbol: str) -> str:
    """The first group of a ký hiệu: the type code of `TB-UBND` and `NQ/TU`, the body of `UBND-KT`."""
    return re.split(r"\s*[-/]\s*", symbol.strip(), maxsplit=1)[0]


def _written(doc: Document) -> tuple[str, Span] | None:
    """The type code as printed in the number, with its span."""
    n = doc.number
    if n is None or not n.symbol or n.span is None:
        return None
    code = code_of(n.symbol)
    at = n.text.find(code, n.text.find(n.symbol) if n.symbol in n.text else 0)
    if not code or at < 0:
        return None
    return code, (n.span[0] + at, n.span[0] + at + len(code))


_NEAR_NUMBER = 800  # the type name sits just under the number; further down it names an attachment


def named_types(doc: Document) -> list[TypeCode]:
    """Table entries for the printed type name (`KẾ HOẠCH`, `CHƯƠNG TRÌNH HÀNH ĐỘNG` → chương trình)."""
    if doc.type is None or not doc.type.name or doc.type.code == untitled_code():
        return []  # a công văn is printed with no type name (`untitled = true`)
    t, n = doc.type.span, doc.number.span if doc.number else None
    if t is not None and n is not None and not -_NEAR_NUMBER < t[0] - n[1] < _NEAR_NUMBER:
        return []
    name = fold(doc.type.name)
    entries = table(doc.family)
    exact = [e for e in entries if e.name == name]
    return exact or [e for e in entries if name.startswith(e.name + " ")]


def mismatch(doc: Document, ctx: Context) -> Iterator[Hit]:
    written, named = _written(doc), named_types(doc)
    if written is None or not named:
        return
    code, span = written
    when = Context.date_of(doc)
    expected = [e for e in named if e.valid_on(when)]
    if not expected or any(e.code.upper() == code.upper() for e in named):
        return  # right code, or a code of another period (`type.code-outdated`), or its case (`type.code-case`)
    if code.upper() in by_code(doc.family):
        yield Hit(span, f"Tên loại “{doc.type.name}” có chữ viết tắt “{expected[0].code}”, nhưng ký hiệu ghi "
                        f"“{code}”" if doc.type else None)


def outdated(doc: Document, ctx: Context) -> Iterator[Hit]:
    written = _written(doc)
    when = Context.date_of(doc)
    if written is None or when is None:
        return
    code, span = written
    named = named_types(doc)  # with a type name, judge the code of that type only
    if named:
        same = [e for e in named if e.code.upper() == code.upper()]
    else:
        same = list(by_code(doc.family).get(code.upper(), ()))
    if not same or any(e.valid_on(when) for e in same):
        return
    now = [e.code for e in table(doc.family) if e.name == same[0].name and e.valid_on(when)]
    better = f"; nay viết “{now[0]}”" if now else ""
    yield Hit(span, f"“{code}” là chữ viết tắt tên loại “{same[0].name}” theo quy định cũ{better}")


def case(doc: Document, ctx: Context) -> Iterator[Hit]:
    written = _written(doc)
    if written is None:
        return
    code, span = written
    when = Context.date_of(doc)
    for e in by_code(doc.family).get(code.upper(), ()):
        if e.valid_on(when) and e.code != code:
            yield Hit(span, f"Chữ viết tắt tên loại viết đúng là “{e.code}” (đang viết “{code}”)")
            return


def unknown(doc: Document, ctx: Context) -> Iterator[Hit]:
    written = _written(doc)
    if written is not None and written[0] in unlisted():
        yield Hit(written[1], f"“{written[0]}” không có trong bảng chữ viết tắt tên loại văn bản (Nghị định 30/2020)")


def missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    written, named = _written(doc), named_types(doc)
    if written is None or not named:
        return
    if written[0].upper() not in by_code(doc.family) and written[0].upper() not in _unlisted_upper():
        yield Hit(written[1], f"Ký hiệu thiếu chữ viết tắt tên loại “{named[0].code}” của {doc.type.name.lower()}"
                  if doc.type else None)


RULES = [
    Rule(
        code="type.code-mismatch",
        severity="error",
        message="Tên loại văn bản và chữ viết tắt trong ký hiệu không khớp",
        find=mismatch,
        bad=(samples.state(number="Số: 15/KH-UBND"), samples.party(number="Số 42-NQ/TU")),
        good=(samples.state(), samples.party(), samples.letter(),
              samples.state(number="Số: 15/QyĐ-UBND", type="QUY ĐỊNH"),
              samples.state(number="Số: 15/QĐ-UBND", type="QUY ĐỊNH", place_date="Hà Nam, ngày 05 tháng 3 năm 2015")),
    ),
    Rule(
        code="type.code-outdated",
        severity="warning",
        message="Chữ viết tắt tên loại theo quy định cũ",
        find=outdated,
        families=("state",),
        since=ND30,
        bad=(samples.state(number="Số: 15/QĐ-UBND", type="QUY ĐỊNH"),
             samples.state(number="Số: 03/UQ-UBND", type="GIẤY ỦY QUYỀN")),
        good=(samples.state(number="Số: 15/QyĐ-UBND", type="QUY ĐỊNH"), samples.state()),
    ),
    Rule(
        code="type.code-case",
        severity="warning",
        message="Chữ viết tắt tên loại viết sai chữ hoa, chữ thường",
        find=case,
        bad=(samples.state(number="Số: 15/CTR-UBND", type="CHƯƠNG TRÌNH"),
             samples.state(number="Số: 15/TTR-UBND", type="TỜ TRÌNH")),
        good=(samples.state(number="Số: 15/CTr-UBND", type="CHƯƠNG TRÌNH"), samples.state()),
    ),
    Rule(
        code="type.code-unknown",
        severity="warning",
        message="Chữ viết tắt tên loại không có trong bảng của Nghị định 30/2020",
        find=unknown,
        families=("state",),
        since=ND30,
        bad=(samples.state(number="Số: 15/GXN-UBND", type="GIẤY XÁC NHẬN"),),
        good=(samples.state(), samples.letter()),
    ),
    Rule(
        code="type.code-missing",
        severity="warning",
        message="Ký hiệu thiếu chữ viết tắt tên loại văn bản",
        find=missing,
        families=("state",),
        bad=(samples.state(number="Số: 15/ĐKT-SCT", type="BÁO CÁO"),),
        good=(samples.state(), samples.letter()),
    ),
]
