"""Presentation rules that only a .docx shows (ND30 PL I §I–II; same figures in Thông tư 01/2011):
A4 portrait, margins, Times New Roman, font sizes of the main parts, page numbers.

They run only when the reader gave `doc.layout`; every figure allows half a unit of rounding."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from chidao.documents.check import samples
from chidao.documents.check.rule import ND30, Context, Hit, Rule
from chidao.documents.check.rules.header import locate
from chidao.documents.model import Document, Span

_MARGINS = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}
_SIDES = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}
_TOLERANCE = 0.5


def _layout(doc: Document) -> dict[str, Any]:
    return doc.layout or {}


def _paragraphs(doc: Document, span: Span | None, tables: bool = False) -> list[dict[str, Any]]:
    if span is None:
        return []
    return [
        p for p in _layout(doc).get("paragraphs", [])
        if p["start"] < span[1] and p["end"] > span[0] and p["end"] > p["start"] and (tables or not p["in_table"])
        and doc.text[p["start"] : p["end"]].strip()
    ]


def _dominant_size(paragraphs: list[dict[str, Any]], doc: Document) -> float | None:
    sizes: Counter[float] = Counter()
    for p in paragraphs:
        if p.get("size_pt"):
            sizes[float(p["size_pt"])] += p["end"] - p["start"]
    return sizes.most_common(1)[0][0] if sizes else None


def page_size(doc: Document, ctx: Context) -> Iterator[Hit]:
    page = _layout(doc).get("page") or {}
    w, h = page.get("width_mm"), page.get("height_mm")
    if w and h and sorted((round(w), round(h))) != [210, 297]:
        yield Hit(None, f"Khổ giấy {w:g} × {h:g} mm; văn bản trình bày trên khổ A4 (210 × 297 mm)")


def orientation(doc: Document, ctx: Context) -> Iterator[Hit]:
    if (_layout(doc).get("page") or {}).get("orientation") == "landscape":
        yield Hit(None)


def margins(doc: Document, ctx: Context) -> Iterator[Hit]:
    found = _layout(doc).get("margins_mm") or {}
    wrong = []
    for side, (low, high) in _MARGINS.items():
        value = found.get(side)
        if value is not None and not low - _TOLERANCE <= value <= high + _TOLERANCE:
            wrong.append(f"lề {_SIDES[side]} {value:g} mm (quy định {low}–{high} mm)")
    if wrong:
        yield Hit(None, "Căn lề chưa đúng: " + "; ".join(wrong))


def font(doc: Document, ctx: Context) -> Iterator[Hit]:
    others = [p for p in _paragraphs(doc, (0, len(doc.text)), tables=True)
              if p.get("font") and not str(p["font"]).lower().startswith("times new roman")]
    if others:
        names = ", ".join(sorted({str(p["font"]) for p in others}))
        first = others[0]
        yield Hit((first["start"], first["end"]), f"Phông chữ {names} ở {len(others)} đoạn; văn bản dùng phông Times "
                                                  "New Roman (Unicode TCVN 6909:2001)")


def _parts(doc: Document) -> list[tuple[str, Span | None, tuple[float, float]]]:
    motto, qh = locate(doc, "motto"), locate(doc, "national_motto")
    party = doc.family == "party"
    return [
        ("Quốc hiệu", qh.span() if qh else None, (12, 13)),
        ("Tiêu ngữ", motto.span() if motto else None, (13, 14)),
        ("tên cơ quan ban hành", doc.issuer.span if doc.issuer else None, (12, 13)),
        ("tên loại văn bản", doc.type.span if doc.type else None, (15, 16) if party else (13, 14)),
        ("nội dung", doc.body_span, (13, 14)),
    ]


def font_size(doc: Document, ctx: Context) -> Iterator[Hit]:
    for name, span, (low, high) in _parts(doc):
        paragraphs = _paragraphs(doc, span, tables=name != "nội dung")  # the letterhead is a table
        size = _dominant_size(paragraphs, doc)
        if size is not None and span is not None and not low - _TOLERANCE <= size <= high + _TOLERANCE:
            yield Hit(span, f"Cỡ chữ {name} là {size:g} pt; quy định {low:g}–{high:g} pt")


def page_numbers(doc: Document, ctx: Context) -> Iterator[Hit]:
    numbers = _layout(doc).get("page_numbers") or {}
    if not numbers.get("present"):
        if len(doc.text) > 4000:  # more than one page of text
            yield Hit(None, "Văn bản nhiều trang chưa đánh số trang", "info")
        return
    if numbers.get("first_page_shown"):
        yield Hit(None, "Không hiển thị số trang ở trang thứ nhất")
    when = Context.date_of(doc)
    legacy_ok = when is not None and when < ND30 and numbers.get("where") == "footer" and numbers.get("align") == "right"
    if not legacy_ok and (numbers.get("where") != "header" or numbers.get("align") != "center"):
        yield Hit(None, "Số trang đặt canh giữa, trong phần lề trên của văn bản")


_GOOD = samples.state()
_GOOD_LAYOUT = samples.layout(_GOOD)

RULES = [
    Rule(
        code="layout.page-size",
        severity="warning",
        message="Khổ giấy không phải A4",
        find=page_size,
        layout=True,
        bad=((_GOOD, samples.layout(_GOOD, page={"width_mm": 215.9, "height_mm": 279.4, "orientation": "portrait"})),),
        good=((_GOOD, _GOOD_LAYOUT),),
    ),
    Rule(
        code="layout.orientation",
        severity="info",
        message="Trang đặt theo chiều ngang (chỉ dùng cho bảng, biểu không làm thành phụ lục riêng)",
        find=orientation,
        layout=True,
        bad=((_GOOD, samples.layout(_GOOD, page={"width_mm": 297.0, "height_mm": 210.0, "orientation": "landscape"})),),
        good=((_GOOD, _GOOD_LAYOUT),),
    ),
    Rule(
        code="layout.margins",
        severity="warning",
        message="Căn lề chưa đúng",
        find=margins,
        layout=True,
        bad=((_GOOD, samples.layout(_GOOD, margins_mm={"top": 15.0, "bottom": 20.0, "left": 30.0, "right": 20.0})),),
        good=((_GOOD, _GOOD_LAYOUT),),
    ),
    Rule(
        code="layout.font",
        severity="warning",
        message="Phông chữ không phải Times New Roman",
        find=font,
        layout=True,
        bad=((_GOOD, samples.layout(_GOOD, font="Arial")),),
        good=((_GOOD, _GOOD_LAYOUT),),
    ),
    Rule(
        code="layout.font-size",
        severity="warning",
        message="Cỡ chữ chưa đúng quy định",
        find=font_size,
        layout=True,
        bad=((_GOOD, samples.layout(_GOOD, size=12.0)),),
        good=((_GOOD, _GOOD_LAYOUT),),
    ),
    Rule(
        code="layout.page-numbers",
        severity="warning",
        message="Đánh số trang chưa đúng",
        find=page_numbers,
        layout=True,
        families=("state",),
        bad=((_GOOD, samples.layout(_GOOD, page_numbers={"present": True, "where": "footer", "align": "center",
                                                          "first_page_shown": True})),),
        good=((_GOOD, _GOOD_LAYOUT),
              (samples.state(place_date="Hà Nam, ngày 05 tháng 3 năm 2015"),
               samples.layout(samples.state(place_date="Hà Nam, ngày 05 tháng 3 năm 2015"),
                              page_numbers={"present": True, "where": "footer", "align": "right",
                                            "first_page_shown": False}))),
    ),
]
