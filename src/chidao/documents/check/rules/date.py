"""Địa danh và thời gian ban hành (ô 4): `Hà Nội, ngày 05 tháng 01 năm 2020`.

Days 1–9 and months 1–2 take a leading zero, months 3–12 do not (ND30 PL I §II.4.b; the same in
TT 01/2011 and HD 36). A blank day or month is left for the văn thư: info unless `issued`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from chidao.documents.check import samples
from chidao.documents.check.rule import Context, Hit, Rule
from chidao.documents.check.scan import header_end, top
from chidao.documents.model import Document, Span

_FULL = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_UNISSUED = " (văn thư ghi khi phát hành; bản này là bản chưa ban hành)"


def _numbers(doc: Document) -> tuple[re.Match[str], Span] | None:
    d = doc.date
    if d is None or d.span is None:
        return None
    m = _FULL.search(d.text)
    return (m, d.span) if m else None


def _blank(part: str, value: int | None, doc: Document, ctx: Context) -> Iterator[Hit]:
    d = doc.date
    if d is None or value is not None or not d.year:
        return
    if ctx.issued:
        yield Hit(d.span, f"Văn bản đã ban hành nhưng thiếu {part} ban hành", "error")
    else:
        yield Hit(d.span, f"Chưa ghi {part} ban hành" + _UNISSUED)


def day_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    if doc.date is not None:
        yield from _blank("ngày", doc.date.day, doc, ctx)


def month_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    if doc.date is not None:
        yield from _blank("tháng", doc.date.month, doc, ctx)


def date_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    if doc.date is None and not re.search(r"ngày[\s\d.…_]*tháng[\s\d.…_]*năm", doc.text[: header_end(doc)],
                                          re.IGNORECASE):
        yield Hit(top(doc), "Không thấy địa danh và ngày tháng năm ban hành; có thể do bản xuất làm mất")


def leading_zero(doc: Document, ctx: Context) -> Iterator[Hit]:
    found = _numbers(doc)
    if found is None:
        return
    m, (base, _) = found
    day, month = m.group(1), m.group(2)
    if len(day) == 1:
        yield Hit((base + m.start(1), base + m.end(1)), f"Ngày nhỏ hơn 10 phải ghi thêm số 0: “ngày 0{day}”")
    if len(month) == 1 and int(month) in (1, 2):
        yield Hit((base + m.start(2), base + m.end(2)), f"Tháng 1, 2 phải ghi thêm số 0: “tháng 0{month}”")
    if len(month) == 2 and month.startswith("0") and int(month) >= 3:
        yield Hit((base + m.start(2), base + m.end(2)),
                  f"Chỉ tháng 1 và 2 ghi số 0 phía trước: viết “tháng {int(month)}”, không viết “tháng {month}”")


def invalid(doc: Document, ctx: Context) -> Iterator[Hit]:
    found = _numbers(doc)
    if found is None:
        return
    m, (base, _) = found
    try:
        dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        yield Hit((base + m.start(), base + m.end()), f"Ngày tháng không có thật: “{m.group()}”")


def future(doc: Document, ctx: Context) -> Iterator[Hit]:
    d = doc.date.as_date() if doc.date else None
    if d is not None and doc.date is not None and d > ctx.today:
        yield Hit(doc.date.span, f"Ngày ban hành {d:%d/%m/%Y} muộn hơn hôm nay")


def _latest(doc: Document) -> dt.date | None:
    """The latest day the document can bear: a blank day is the month's last, a blank month December's."""
    d = doc.date
    if d is None or not d.year:
        return None
    if d.month is None:
        return dt.date(d.year, 12, 31)
    if d.day is None:
        following = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return d.as_date()


def before_reference(doc: Document, ctx: Context) -> Iterator[Hit]:
    d = _latest(doc)
    if d is None:
        return
    for ref in doc.references:
        if ref.date is not None and ref.date > d:
            issued = " ".join(doc.date.text.split()) if doc.date else f"{d:%d/%m/%Y}"
            yield Hit(ref.span, f"Văn bản được dẫn “{ref.number or ref.text}” có ngày {ref.date:%d/%m/%Y}, muộn hơn "
                                f"thời gian ban hành “{issued}”: kiểm tra lại ngày")


_PLACE_DATE = re.compile(
    r"^[ \t]*(?!Số|Căn cứ|Thực hiện|Theo|Ngày|Tại|Trong|Kèm theo)([A-ZĐÀ-Ỹ][^\n\d,:;./]{1,40}?)[ \t]+ngày[ \t]+[\d .…_]*tháng",
    re.MULTILINE,
)


def place_comma(doc: Document, ctx: Context) -> Iterator[Hit]:
    for m in _place_dates(doc.text, header_end(doc)):
        if len(m.group(1).split()) > 6:
            continue
        yield Hit(m.span(1), f"Sau địa danh phải có dấu phẩy: “{m.group(1)}, ngày …”")


def _place_dates(text: str, end: int) -> Iterator[re.Match[str]]:
    """`_PLACE_DATE.finditer(text, 0, end)`, tried only from the start of the lines with a `ngày` (a match is
    one line from its start)."""
    at, done = text.find("ngày", 0, end), -1
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        if line > done:
            m = _PLACE_DATE.match(text, line, end)
            if m is not None:
                yield m
            done = line
        at = text.find("ngày", at + 4, end)


RULES = [
    Rule(
        code="date.missing",
        severity="warning",
        message="Thiếu thời gian ban hành",
        find=date_missing,
        bad=(samples.state(place_date=""),),
        good=(samples.state(), samples.party()),
    ),
    Rule(
        code="date.day-missing",
        severity="info",
        message="Chưa ghi ngày ban hành",
        find=day_missing,
        bad=(samples.state(number="Số:      /TB-UBND", place_date="Hà Nam, ngày      tháng 3 năm 2024"),),
        good=(samples.state(),),
    ),
    Rule(
        code="date.month-missing",
        severity="info",
        message="Chưa ghi tháng ban hành",
        find=month_missing,
        bad=(samples.state(place_date="Hà Nam, ngày      tháng      năm 2024"),),
        good=(samples.state(), samples.state(place_date="Hà Nam, ngày      tháng 3 năm 2024")),
    ),
    Rule(
        code="date.leading-zero",
        severity="warning",
        message="Số 0 trước ngày, tháng chưa đúng",
        find=leading_zero,
        bad=(samples.state(place_date="Hà Nam, ngày 5 tháng 3 năm 2024"),
             samples.state(place_date="Hà Nam, ngày 15 tháng 2 năm 2024"),
             samples.state(place_date="Hà Nam, ngày 15 tháng 06 năm 2024")),
        good=(samples.state(), samples.state(place_date="Hà Nam, ngày 15 tháng 02 năm 2024"), samples.party()),
    ),
    Rule(
        code="date.invalid",
        severity="error",
        message="Ngày tháng không có thật",
        find=invalid,
        bad=(samples.state(place_date="Hà Nam, ngày 30 tháng 02 năm 2024"),),
        good=(samples.state(place_date="Hà Nam, ngày 29 tháng 02 năm 2024"),),
    ),
    Rule(
        code="date.future",
        severity="warning",
        message="Ngày ban hành muộn hơn hôm nay",
        find=future,
        bad=(samples.state(place_date="Hà Nam, ngày 05 tháng 3 năm 2027"),),
        good=(samples.state(),),
    ),
    Rule(
        code="date.before-reference",
        severity="warning",
        message="Ngày ban hành sớm hơn ngày của văn bản được dẫn",
        find=before_reference,
        bad=(samples.state(body="Thực hiện Kế hoạch số 45/KH-UBND ngày 20/6/2024 của UBND tỉnh, Sở Nội vụ báo cáo./."),
             samples.state(place_date="Hà Nam, ngày      tháng 3 năm 2024",
                           body="Thực hiện Kế hoạch số 45/KH-UBND ngày 02/4/2024 của UBND tỉnh, Sở Nội vụ báo cáo./.")),
        good=(samples.state(body="Thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2024 của UBND tỉnh, Sở Nội vụ báo cáo./."),
              samples.state(place_date="Hà Nam, ngày      tháng 3 năm 2024",
                            body="Thực hiện Kế hoạch số 45/KH-UBND ngày 20/3/2024 của UBND tỉnh, Sở Nội vụ báo cáo./.")),
    ),
    Rule(
        code="date.place-comma",
        severity="warning",
        message="Thiếu dấu phẩy sau địa danh",
        find=place_comma,
        bad=(samples.state(place_date="Hà Nam ngày 05 tháng 3 năm 2024"),),
        good=(samples.state(), samples.party(),
              samples.state(body="Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ./.")),
    ),
]
