"""Quốc hiệu and Tiêu ngữ (ô 1), the Party title, and the issuer block (ô 2).

A text export often loses the two-column letterhead, so a missing header is a warning whose message
says it may be the export, never an error."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from chidao.documents.check import samples
from chidao.documents.check.rule import Context, Hit, Rule
from chidao.documents.check.scan import header_end, load, scan, tone_neutral, top
from chidao.documents.model import Document
from chidao.documents.text import fold_chars

EXPORT_NOTE = " (có thể do bản xuất/bản sao điện tử làm mất phần đầu văn bản)"

_LOOSE = {
    "national_motto": re.compile(r"cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam"),
    "motto": re.compile(r"doc\s*lap\s*[-–—]*\s*tu\s*do\s*[-–—]*\s*hanh\s*phuc"),
    "party_title": re.compile(r"dang\s*cong\s*san\s*viet\s*nam"),
}


def locate(doc: Document, kind: str) -> re.Match[str] | None:
    """The header line of `kind` (`national_motto`, `motto`, `party_title`), matched loosely."""
    return _LOOSE[kind].search(scan(doc.text).folded_head(header_end(doc)))


_DASH = re.compile(r"\s*[-–—]\s*")
_GLUED_DASH = re.compile(r"\S[-–—]|[-–—]\S")


@cache
def _canonical(kind: str) -> tuple[str, str]:
    """(the canonical text of `kind`, its `tone_neutral` form)."""
    canonical = load("header")[kind]["text"]
    return canonical, tone_neutral(canonical)


def spelling_problem(kind: str, written: str) -> str | None:
    """Why `written` is not the canonical text of `kind`, or None (tone placement and dashes are free)."""
    canonical, neutral = _canonical(kind)
    norm = " ".join(_DASH.sub(" - ", written).split()) if kind == "motto" else " ".join(written.split())
    if kind == "motto" and _GLUED_DASH.search(written):
        return f"Tiêu ngữ phải có dấu gạch nối cách chữ: “{canonical}”"
    if tone_neutral(norm) == neutral:
        return None
    return f"Viết đúng là “{canonical}” (đang viết “{written.strip()}”)"


def national_motto_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    if doc.national_motto is None and locate(doc, "national_motto") is None:
        yield Hit(top(doc), "Không thấy Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”" + EXPORT_NOTE)


def motto_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    found = locate(doc, "national_motto")
    if found is not None and locate(doc, "motto") is None:
        yield Hit(found.span(), "Có Quốc hiệu nhưng không thấy Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”" + EXPORT_NOTE)


def motto_spelling(doc: Document, ctx: Context) -> Iterator[Hit]:
    for kind in ("national_motto", "motto"):
        found = locate(doc, kind)
        if found is None:
            continue
        problem = spelling_problem(kind, doc.text[found.start() : found.end()])
        if problem:
            yield Hit(found.span(), problem)


def party_title_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    found = locate(doc, "party_title")
    if found is None:
        yield Hit(top(doc), "Văn bản của Đảng thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”" + EXPORT_NOTE)
        return
    problem = spelling_problem("party_title", doc.text[found.start() : found.end()])
    if problem:
        yield Hit(found.span(), problem)


_CAPS_LINE = re.compile(r"^[ \t|*#]*([A-ZĐÀ-Ỹ]{2,}(?:[ \t]+[A-ZĐÀ-Ỹ&-]+)+)[ \t|*]*$", re.MULTILINE)


def _capitalised_lines_before_number(doc: Document) -> list[str]:
    """Upper-case lines above the number that are not Quốc hiệu, Party title or type name: an issuer block
    the header parser may have missed."""
    end = doc.number.span[0] if doc.number is not None and doc.number.span else header_end(doc)
    fixed = ("cong hoa", "dang cong san", "doc lap")
    type_name = fold_chars(doc.type.name) if doc.type else ""
    return [
        m.group(1) for m in _CAPS_LINE.finditer(doc.text, 0, end)
        if not fold_chars(m.group(1)).startswith(fixed) and fold_chars(m.group(1)) != type_name
    ]


def issuer_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    if doc.issuer is None and not _capitalised_lines_before_number(doc):
        yield Hit(top(doc))


def issuer_case(doc: Document, ctx: Context) -> Iterator[Hit]:
    issuer = doc.issuer
    if issuer is None or issuer.span is None:
        return
    for part in (issuer.parent, issuer.name):
        letters = [c for c in part or "" if c.isalpha()]
        if letters and not all(c.isupper() for c in letters):
            yield Hit(issuer.span, f"Tên cơ quan ban hành và cơ quan chủ quản viết chữ in hoa: “{part.upper()}”"
                      if part else None)
            return


RULES = [
    Rule(
        code="header.national-motto",
        severity="warning",
        message="Thiếu Quốc hiệu",
        find=national_motto_missing,
        families=("state",),
        bad=(samples.state(issuer="", motto=""),),
        good=(samples.state(), samples.state(motto="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc")),
    ),
    Rule(
        code="header.motto-missing",
        severity="warning",
        message="Thiếu Tiêu ngữ",
        find=motto_missing,
        families=("state",),
        bad=(samples.state(motto="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),),
        good=(samples.state(),),
    ),
    Rule(
        code="header.motto-spelling",
        severity="warning",
        message="Quốc hiệu hoặc Tiêu ngữ viết chưa đúng",
        find=motto_spelling,
        families=("state",),
        bad=(samples.state(motto="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh Phúc"),
             samples.state(motto="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập-Tự do-Hạnh phúc")),
        good=(samples.state(), samples.state(motto="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc")),
    ),
    Rule(
        code="header.party-title",
        severity="warning",
        message="Thiếu hoặc viết sai tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”",
        find=party_title_missing,
        families=("party",),
        bad=(samples.party(motto="Đảng Cộng sản Việt Nam"),),
        good=(samples.party(),),
    ),
    Rule(
        code="header.issuer-case",
        severity="warning",
        message="Tên cơ quan ban hành viết chữ in hoa",
        find=issuer_case,
        bad=(samples.state(issuer="Ủy ban nhân dân\nTỉnh Hà Nam"),),
        good=(samples.state(), samples.party(), samples.state(issuer="UBND TỈNH HÀ NAM\nSỞ NỘI VỤ")),
    ),
    Rule(
        code="header.issuer-missing",
        severity="warning",
        message="Không thấy tên cơ quan ban hành văn bản" + EXPORT_NOTE,
        find=issuer_missing,
        bad=(samples.state(issuer=""),),
        good=(samples.state(), samples.party()),
    ),
]
