"""Decree 30/2020 page and blocks with python-docx: A4, margins, Times New Roman, the header table
(issuer | Quốc hiệu), the signature table (Nơi nhận | signer), page numbers from page 2.

Sizes follow ND30 Phụ lục I: issuer and Quốc hiệu 13 pt, Tiêu ngữ 14 pt, place/date 14 pt italic,
body 14 pt, Nơi nhận heading 12 pt bold italic and its lines 11 pt, signer 14 pt bold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from io import BytesIO

from docx import Document as new_docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from chidao.reports.writers.profile import OrgProfile

FONT = "Times New Roman"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
SLOGAN = "Độc lập - Tự do - Hạnh phúc"
BLANK_SEQ = "      "  # `Số:      /UBND-VP`: the number is the văn thư's to fill


def new_document(landscape: bool = False) -> Document:
    """An empty A4 document with ND30 margins (top 20, bottom 20, left 30, right 15 mm) and fonts."""
    doc = new_docx()
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    _page_numbers_from_page_two(doc)
    return doc


def text_width(doc: Document) -> int:
    section = doc.sections[0]
    return int(section.page_width or 0) - int(section.left_margin or 0) - int(section.right_margin or 0)


def _page_numbers_from_page_two(doc: Document) -> None:
    """Page number centred in the top margin, 14 pt, not shown on page 1 (titlePg)."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.font.size = Pt(14)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def para(
    container: Document | _Cell,
    text: str = "",
    size: float = 14,
    bold: bool = False,
    italic: bool = False,
    align: str = "justify",
    indent_first: float = 0,
    after: float = 0,
    before: float = 0,
    line: float | None = None,
) -> Paragraph:
    """Add one paragraph in one style (the only way the writers add text)."""
    p = container.add_paragraph()
    p.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    fmt = p.paragraph_format
    fmt.space_after, fmt.space_before = Pt(after), Pt(before)
    if indent_first:
        fmt.first_line_indent = Mm(indent_first)
    if line:
        fmt.line_spacing = line
    if text:
        run = p.add_run(text)
        run.font.size, run.bold, run.italic = Pt(size), bold, italic
    return p


def rule_below(container: Document | _Cell, width_mm: float, cell_width_mm: float) -> Paragraph:
    """A short line centred under the previous paragraph (the rule under the issuer, the Tiêu ngữ,
    the trích yếu): an empty 2 pt paragraph whose bottom border is narrowed by equal indents."""
    p = para(container, "", size=2, align="center")
    mark = p.add_run()
    mark.font.size = Pt(2)
    side = max(0.0, (cell_width_mm - width_mm) / 2)
    p.paragraph_format.left_indent = Mm(side)
    p.paragraph_format.right_indent = Mm(side)
    p.paragraph_format.line_spacing = Pt(2)
    p_pr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.append(borders)
    return p


def _table(doc: Document, widths_mm: tuple[float, ...], rows: int = 1) -> Table:
    table = doc.add_table(rows=rows, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    for cell in table.rows[0].cells:  # python-docx adds one empty paragraph per cell
        cell._tc.remove(cell.paragraphs[0]._p)
    for row in table.rows[1:]:
        for cell in row.cells:
            cell._tc.remove(cell.paragraphs[0]._p)
    return table


def date_line(place: str, date: dt.date | None, year: int | None = None) -> str:
    """`Lạng Sơn, ngày 05 tháng 01 năm 2026`: zero before days 1–9 and months 1–2 (PL I §II.4.b).
    Without a date, day and month are left blank for the văn thư (`year` is printed when given)."""
    if date is None:
        return f"{place}, ngày      tháng      năm {year or ''}".rstrip()
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"{place}, ngày {date.day:02d} tháng {month} năm {date.year}"


def header(
    doc: Document,
    profile: OrgProfile,
    type_code: str,
    date: dt.date | None,
    vv: str = "",
    year: int | None = None,
) -> None:
    """The 2×2 header table: issuer | Quốc hiệu and Tiêu ngữ; Số (and V/v of a công văn) | place and date."""
    left, right = 62.0, 103.0
    table = _table(doc, (left, right), rows=2)
    issuer_cell, motto_cell = table.rows[0].cells
    number_cell, date_cell = table.rows[1].cells
    if profile.parent:
        para(issuer_cell, profile.parent.upper(), size=13, align="center")
    issuer_lines = _wrap_issuer(profile.issuer.upper())
    for line in issuer_lines:
        para(issuer_cell, line, size=13, bold=True, align="center")
    rule_below(issuer_cell, 25, left)
    para(motto_cell, MOTTO, size=12, bold=True, align="center")
    para(motto_cell, SLOGAN, size=14, bold=True, align="center")
    rule_below(motto_cell, 62, right)
    para(number_cell, f"Số:{BLANK_SEQ}/{profile.symbol(type_code)}", size=13, align="center", before=6)
    if vv:
        para(number_cell, f"V/v {vv}", size=12, align="center", before=6)
    para(date_cell, date_line(profile.place, date, year), size=14, italic=True, align="center", before=6)


def _wrap_issuer(name: str) -> list[str]:
    """`ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN` → two lines at the place name, as issuers print it."""
    for cut in (" TỈNH ", " THÀNH PHỐ ", " HUYỆN ", " XÃ ", " PHƯỜNG "):
        head, sep, tail = name.partition(cut)
        if sep and head and len(name) > 28:
            return [head, sep.strip() + " " + tail]
    return [name]


def title(doc: Document, type_name: str, subject: str) -> None:
    """Tên loại (bold 14, upper case) and trích yếu (bold 14) with a short rule under it (ô 5a/5b)."""
    para(doc, type_name.upper(), size=14, bold=True, align="center", before=12)
    para(doc, subject, size=14, bold=True, align="center")
    rule_below(doc, 40, text_width(doc) / 36000)
    para(doc, "", size=6)


def body(doc: Document, text: str, after: float = 6) -> Paragraph:
    return para(doc, text, size=14, indent_first=10, after=after, line=1.1)


def signature(
    doc: Document,
    profile: OrgProfile,
    recipients: Iterable[str],
    archive_extra: Iterable[str] = (),
) -> None:
    """Nơi nhận (left, 12 pt bold italic heading, 11 pt lines) | authority, title, space, name (right)."""
    table = _table(doc, (80.0, 85.0))
    left, right = table.rows[0].cells
    para(left, "Nơi nhận:", size=12, bold=True, italic=True, align="left", before=12)
    lines = [f"- {r};" for r in recipients]
    archive = ", ".join([*profile.archive, *archive_extra])
    lines.append(f"- Lưu: {archive}.")
    for line in lines:
        para(left, line, size=11, align="left")
    for i, (marker, of) in enumerate(profile.authority):
        para(right, f"{marker} {of}", size=14, bold=True, align="center", before=12 if i == 0 else 0)
    para(
        right, profile.signer_title, size=14, bold=True, align="center", before=0 if profile.authority else 12
    )
    for _ in range(4):
        para(right, "", size=14)
    if profile.signer_name:
        para(right, profile.signer_name, size=14, bold=True, align="center")


def grid(
    doc: Document, headers: list[str], rows: list[list[str]], widths_mm: Sequence[float], size: float = 12
) -> Table:
    """A bordered data table with a bold repeated header row."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    head = table.rows[0]
    tr_pr = head._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for cell, text, width in zip(head.cells, headers, widths_mm, strict=True):
        cell.width = Mm(width)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = cell.paragraphs[0].add_run(text)
        run.bold, run.font.size = True, Pt(size)
    for values in rows:
        cells = table.add_row().cells
        for cell, text, width in zip(cells, values, widths_mm, strict=True):
            cell.width = Mm(width)
            p = cell.paragraphs[0]
            numeric = not any(ch.isalpha() for ch in text)  # numbers, dates, rates, "—": centred
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if numeric else WD_ALIGN_PARAGRAPH.LEFT
            run = p.add_run(text)
            run.font.size = Pt(size)
    return table


def to_bytes(doc: Document) -> bytes:
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def vn_date(day: dt.date | None) -> str:
    """`15/10/2026` for tables and running text; empty for no date (never 01/01/1970)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""
