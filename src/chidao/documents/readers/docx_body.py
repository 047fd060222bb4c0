"""Walk the WordprocessingML of one part (body, header, footer) into paragraphs in reading order.

Tables come out cell by cell (cells left to right, rows top to bottom, each cell's paragraphs in order), so the
two-column header table of an administrative document yields the issuer lines, then Quốc hiệu and Tiêu ngữ,
then `Số: …`, then `<place>, ngày …`; a header laid out with tabs instead of a table comes out the same way. A
vertically merged cell is read once in a layout table, and on each row it spans in a data table. Runs in
`.Vn…` or `VNI-…` fonts are converted from their legacy encoding run by run; page-number fields are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from lxml import etree

from chidao.documents import legacy
from chidao.documents.legacy import LegacyEncoding
from chidao.documents.readers.docx_numbering import Numbering, symbol_font_text, symbol_text
from chidao.documents.readers.docx_styles import (
    SHARED,
    RunKey,
    RunProps,
    Styles,
    align_of,
    direct_formatting,
    first_child,
    numbering_of,
    paragraph_parts,
    style_id,
    w,
)

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PAGE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES"})
_INLINE_CONTAINERS = frozenset(
    w(tag) for tag in ("hyperlink", "ins", "smartTag", "customXml", "moveTo", "sdtContent", "dir", "bdo")
)
_BLOCK_CONTAINERS = frozenset(w(tag) for tag in ("customXml", "ins", "moveTo", "sdtContent"))
# Clark names of the WordprocessingML tags and attributes used below (built once: runs are many).
_BODY = w("body")
_BR = w("br")
_CR = w("cr")
_CUSTOM_XML = w("customXml")
_DEL = w("del")
_DRAWING = w("drawing")
_FLD_CHAR = w("fldChar")
_FLD_CHAR_TYPE = w("fldCharType")
_FLD_SIMPLE = w("fldSimple")
_FOOTNOTE_REFERENCE, _ENDNOTE_REFERENCE = w("footnoteReference"), w("endnoteReference")
_NOTE_KINDS = {_FOOTNOTE_REFERENCE: "footnote", _ENDNOTE_REFERENCE: "endnote"}
_ID, _CUSTOM_MARK = w("id"), w("customMarkFollows")
_INSTR = w("instr")
_INSTR_TEXT = w("instrText")
_NO_BREAK_HYPHEN = w("noBreakHyphen")
_P = w("p")
_P_PR = w("pPr")
_PICT = w("pict")
_PTAB = w("ptab")
_R = w("r")
_R_PR = w("rPr")
_SDT = w("sdt")
_SDT_CONTENT = w("sdtContent")
_SOFT_HYPHEN = w("softHyphen")
_SYM, _SYM_FONT, _SYM_CHAR = w("sym"), w("font"), w("char")
_T = w("t")
_TAB = w("tab")
_TBL = w("tbl")
_TC = w("tc")
_TC_PR = w("tcPr")
_TR = w("tr")
_TR_PR = w("trPr")
_GRID_SPAN, _GRID_BEFORE = w("gridSpan"), w("gridBefore")
_TXBX_CONTENT = w("txbxContent")
_TYPE = w("type")
_V_MERGE, _H_MERGE = w("vMerge"), w("hMerge")
_VAL = w("val")
_TEXTBOX = _TXBX_CONTENT
_ALTERNATE_CONTENT, _CHOICE, _FALLBACK = MC + "AlternateContent", MC + "Choice", MC + "Fallback"
_NUMBER_LINE = re.compile(r"(?i)số\b")
# A run's properties and its font's legacy encoding.
_Resolved = tuple[RunProps, tuple[LegacyEncoding, bool] | None]


@dataclass
class Para:
    """One paragraph: its text (w:br gives "\\n"), alignment, and run properties weighted by length."""

    text: str
    align: str | None
    in_table: bool
    base: RunProps
    runs: list[tuple[int, RunProps]] = field(default_factory=list)
    legacy: set[str] = field(default_factory=set)
    page_field: bool = False
    # Two columns laid out with tabs: each line's text either side of its tab gap (left, right; either may be
    # missing). None: no line has such a gap.
    columns: list[tuple[Para | None, Para | None]] | None = None


@dataclass
class _Field:
    instruction: str = ""
    separated: bool = False

    @property
    def is_page_number(self) -> bool:
        words = self.instruction.split()
        return bool(words) and words[0].upper() in _PAGE_FIELDS


class PartReader:
    """Reads the block content of one part; `fields` carries complex fields across runs and paragraphs."""

    def __init__(self, styles: Styles, numbering: Numbering | None = None) -> None:
        self.styles = styles
        self.numbering = numbering or Numbering(None)
        self.fields: list[_Field] = []
        # The footnotes and endnotes the part refers to, as (kind, id, custom), in the order of their reference
        # marks (a numbered mark gives no text: the note is read at the end, see `docx._notes`; a custom mark is
        # the text that follows it, `*` or `a`, kept as typed).
        self.notes: list[tuple[str, str, bool]] = []
        # A document's paragraphs and runs share a few combinations of style and direct formatting: each is
        # worked out once. Per paragraph base: its runs' properties (with their legacy encoding, if any) by
        # (direct formatting, character style); `_runs` is the current paragraph's.
        self._bases: dict[tuple[str | None, RunKey], tuple[RunProps, dict[RunKey, _Resolved]]] = {}
        self._runs: dict[RunKey, _Resolved] = {}
        self._shared: Sequence[RunKey] = ()

    def read(self, root: etree._Element, shared: Sequence[RunKey] = ()) -> list[Para]:
        """The part's paragraphs; `shared`: the table its run properties refer to (`_Package.part`)."""
        out: list[Para] = []
        self.fields = []
        self._shared = shared
        container = root.find(_BODY)
        self._block(container if container is not None else root, False, out)
        return _tab_columns(out)

    def _block(self, el: etree._Element, in_table: bool, out: list[Para]) -> None:
        for child in el:
            tag = child.tag
            if tag == _P:
                self._paragraph(child, in_table, out)
            elif tag == _TBL:
                self._table(child, in_table, out)
            elif tag == _SDT:
                content = first_child(child, _SDT_CONTENT)
                if content is not None:
                    self._block(content, in_table, out)
            elif tag in _BLOCK_CONTAINERS:
                self._block(child, in_table, out)

    def _table(self, tbl: etree._Element, nested: bool, out: list[Para]) -> None:
        grid: list[list[list[Para]]] = []
        # The rest of a vertically merged cell (its text is in the first one): where it sits, and the first
        # cell's paragraphs and row. Each keeps its place, so the columns of the rows below stay in line.
        merged: list[tuple[int, int, list[Para], int]] = []
        above: dict[int, tuple[list[Para], int]] = {}  # grid column → the cell last read there, and its row
        for row in _children(tbl, _TR):
            row_props = first_child(row, _TR_PR)
            if row_props is not None and first_child(row_props, _DEL) is not None:
                continue  # a row deleted with changes tracked
            cells: list[list[Para]] = []
            column = _grid_int(row_props, _GRID_BEFORE, 0)
            for cell in _children(row, _TC):
                props = first_child(cell, _TC_PR)
                across = first_child(props, _H_MERGE) if props is not None else None
                if across is not None and across.get(_VAL, "continue") == "continue":
                    column += 1  # the rest of a cell merged across (`w:hMerge`, as `w:gridSpan`)
                    continue
                merge = first_child(props, _V_MERGE) if props is not None else None
                if merge is not None and merge.get(_VAL, "continue") == "continue":
                    merged.append((len(grid), len(cells), *above.get(column, ([], 0))))
                    cells.append([])
                else:
                    paras: list[Para] = []
                    self._block(cell, True, paras)
                    cells.append(paras)
                    above[column] = (paras, len(grid))
                column += max(1, _grid_int(props, _GRID_SPAN, 1))
            grid.append(cells)
        data = not _is_layout(grid)
        if data:  # a table of data, read row by row: one line a cell (see `_one_line`)
            # A merged cell of a data table holds for each row it spans (one chủ trì unit for several tasks);
            # in the header rows (the first, and rows whose first cell is merged down) it stays once.
            header_rows = {r for r, c, _, _ in merged if c == 0}
            for r, c, first, first_row in merged:
                if first_row > 0 and r not in header_rows:
                    grid[r][c] = [replace(p, runs=list(p.runs), legacy=set(p.legacy)) for p in first]
            grid = [[_one_line(cell) if len(row) >= 3 else cell for cell in row] for row in grid]
        for band in _bands(grid):
            for column in range(max(len(row) for row in band)):
                for row in band:
                    if column < len(row):
                        out.extend(row[column])
        if data and grid and not nested:  # an empty line ends the table: its last row takes no text below it
            out.append(Para("", None, True, self.styles.paragraph_base(None)))

    def _paragraph(self, p: etree._Element, in_table: bool, out: list[Para]) -> None:
        parts = paragraph_parts(first_child(p, _P_PR))
        style = style_id(parts)
        key = (style, self._formatting(parts.get(_R_PR)))  # with the paragraph mark's own run properties
        if key not in self._bases:
            base = self.styles.resolved(RunProps(*key[1][0]).over(self.styles.paragraph_base(style)))
            self._bases[key] = (base, {})
        base, self._runs = self._bases[key]
        para = Para("", align_of(parts) or self.styles.paragraph_align(style), in_table, base)
        pieces: list[str] = []
        boxes: list[etree._Element] = []
        self._inline(p, para, pieces, boxes)
        para.text = "".join(pieces)
        if not in_table and "\t" in para.text:
            para.columns = _columns(para, pieces)
        numbered = numbering_of(parts)
        if numbered is not None and not numbered[0]:  # a level alone: of the list its style names
            listed = self.styles.paragraph_numbering(style)
            numbered = (listed[0], numbered[1]) if listed is not None else None
        if numbered is None:  # the style's list, at the level that names the style (else the style's own)
            listed = self.styles.paragraph_numbering(style)
            if listed is not None:
                level = self.numbering.style_level(listed[0], style)
                numbered = (listed[0], level if level is not None else listed[1])
        if numbered is not None:
            label = self.numbering.label(*numbered)  # an empty item shows (and counts) its number too
            text = para.text.lstrip()
            if label and not text.startswith(label):
                if text.rstrip():
                    para.text = f"{label} {text}"
                    para.columns = None
                elif in_table and any(ch.isalnum() for ch in label):  # a number column numbered by Word
                    para.text = label
        out.append(para)
        for box in boxes:
            self._block(box, in_table, out)

    def _inline(self, el: etree._Element, para: Para, pieces: list[str], boxes: list[etree._Element]) -> None:
        for child in el:
            tag = child.tag
            if tag == _R:
                self._run(child, para, pieces, boxes)
            elif tag == _FLD_SIMPLE:
                if _Field(child.get(_INSTR, "")).is_page_number:
                    para.page_field = True
                else:
                    self._inline(child, para, pieces, boxes)
            elif tag == _SDT:
                content = first_child(child, _SDT_CONTENT)
                if content is not None:
                    self._inline(content, para, pieces, boxes)
            elif tag in _INLINE_CONTAINERS:
                self._inline(child, para, pieces, boxes)
            elif tag == _ALTERNATE_CONTENT:
                choice = first_child(child, _CHOICE)
                if choice is not None:
                    self._inline(choice, para, pieces, boxes)

    def _run(self, r: etree._Element, para: Para, pieces: list[str], boxes: list[etree._Element]) -> None:
        rpr: etree._Element | None = None
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == _R_PR:
                rpr = child if rpr is None else rpr
            elif tag == _FLD_CHAR:
                self._field_char(child.get(_FLD_CHAR_TYPE), para)
            elif tag == _INSTR_TEXT:
                if self.fields:
                    self.fields[-1].instruction += child.text or ""
            elif self.fields and self._in_hidden_field():
                continue
            elif tag == _T:
                parts.append(child.text or "")
            elif tag in _NOTE_KINDS:
                custom = child.get(_CUSTOM_MARK, "0").lower() in ("1", "true", "on")
                self.notes.append((_NOTE_KINDS[tag], child.get(_ID, ""), custom))
            elif tag in (_TAB, _PTAB):
                parts.append("\t")
            elif tag in (_BR, _CR):
                if child.get(_TYPE) not in ("page", "column"):
                    parts.append("\n")
            elif tag == _NO_BREAK_HYPHEN:
                parts.append("-")
            elif tag == _SYM:
                parts.append(symbol_text(child.get(_SYM_FONT), child.get(_SYM_CHAR)))
            elif tag == _SOFT_HYPHEN:
                parts.append("\u00ad")  # TCVN3 'ư' when the run is in a .Vn font; dropped otherwise
            elif tag in (_DRAWING, _PICT, _ALTERNATE_CONTENT):
                boxes.extend(_textboxes(child))
        if not parts:
            return  # most runs without text are field characters: no properties to work out
        props, routed = self._props(rpr, para.base)
        if props.hidden:
            return
        text = "".join(parts)
        if routed:
            encoding, upper = routed
            converted = legacy.decode(text, encoding, upper=upper)
            if converted != text:
                para.legacy.add(encoding)
            text = converted
        elif props.font and props.font[0] in "SsWw":  # Symbol, Wingdings, Webdings
            text = symbol_font_text(props.font, text)
        if props.caps:
            text = text.upper()
        pieces.append(text)
        para.runs.append((len(text.strip()), props))

    def _props(self, rpr: etree._Element | None, base: RunProps) -> _Resolved:
        """A run's properties: its own (`w:rPr`), then its character style's, then its paragraph's (`base`);
        with the legacy encoding its font names, if any."""
        key = self._formatting(rpr)
        found = self._runs.get(key)
        if found is None:
            fields, char_style = key
            direct = RunProps(*fields)
            props = self.styles.resolved(direct.over(self.styles.style_run_props(char_style)).over(base))
            found = self._runs[key] = (props, legacy.font_encoding(props.font))
        return found

    def _formatting(self, rpr: etree._Element | None) -> RunKey:
        """`direct_formatting` of a `w:rPr`, from the part's table when the element refers to it."""
        if rpr is not None:
            ref = rpr.get(SHARED)
            if ref is not None:
                return self._shared[int(ref)]
        return direct_formatting(rpr)

    def _field_char(self, kind: str | None, para: Para) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            self.fields[-1].separated = True
            if self.fields[-1].is_page_number:
                para.page_field = True
        elif kind == "end" and self.fields:
            field_ = self.fields.pop()
            if field_.is_page_number:
                para.page_field = True

    def _in_hidden_field(self) -> bool:
        """Inside a field's instruction, or inside the shown result of a page-number field."""
        return any(not f.separated or f.is_page_number for f in self.fields)


# `Kính gửi:` opening a row: the addressees in the cell beside it, a block of their own (a .doc keeps the header
# table and the Kính gửi table that follows it as one table)
_ADDRESSED_LINE = re.compile(r"(?i)kính\s*gửi\b")


def _bands(grid: list[list[list[Para]]], layout: bool = False) -> list[list[list[list[Para]]]]:
    """Groups of rows read column by column. A layout table (two columns, at most four rows: the header
    block, the signature block; empty spacer columns aside; `layout`: known to be one) is one band per `Số`
    or `Kính gửi` row, so an issuer split over rows stays together; any other table is read row by row (each
    row its own band)."""
    if not layout and not _is_layout(grid):
        return [[row] for row in grid]
    bands: list[list[list[list[Para]]]] = []
    for row in grid:
        first = row[0][0].text.strip() if row and row[0] else ""
        if not bands or _NUMBER_LINE.match(first) or _ADDRESSED_LINE.match(first):
            bands.append([])
        bands[-1].append(row)
    return bands


_TAB_GAP = re.compile(r"[ \u00a0]*\t[ \t\u00a0]*")
_TAB_HEADER_LINES = 6  # how far into a part a header laid out with tabs may reach (non-empty paragraphs)


def _columns(para: Para, pieces: list[str]) -> list[tuple[Para | None, Para | None]] | None:
    """The lines of a paragraph laid out in two columns with tabs (`UBND TỈNH X<tab><tab>CỘNG HÒA …`, lines
    broken by `w:br` or not), each as its (left, right) text; a line without tabs is a left column alone.
    None when no line has columns. `pieces`: the paragraph's run texts (one per `para.runs` entry), which give
    each column its runs."""
    rows: list[tuple[Para | None, Para | None]] = []
    found = False
    start = 0
    for line in para.text.split("\n"):
        end = start + len(line)
        row = _split_line(para, pieces, start, end)
        found = found or row is not None
        if row is None and line.strip():
            lead = len(line) - len(line.lstrip())
            row = (_piece(para, pieces, start + lead, start + len(line.rstrip())), None)
        if row is not None:
            rows.append(row)
        start = end + 1
    return rows if found else None


def _split_line(para: Para, pieces: list[str], start: int, end: int) -> tuple[Para | None, Para | None] | None:
    """One line's two columns, split at its widest tab gap (of equal ones the last); a line that opens with
    tabs is the right column alone. A gap after a label (`Số:<tab>12/UBND`) is inside one value."""
    text = para.text
    line = text[start:end]
    lead, stop = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
    gaps = [
        m for m in _TAB_GAP.finditer(text, lead, stop) if m.start() > lead and not text[: m.start()].endswith(":")
    ]
    if gaps:
        gap = max(gaps, key=lambda m: (m.group(0).count("\t"), m.start()))
        return _piece(para, pieces, lead, gap.start()), _piece(para, pieces, gap.end(), stop)
    if "\t" in text[start:lead] and lead < stop:
        return None, _piece(para, pieces, lead, stop)
    return None


def _piece(para: Para, pieces: list[str], start: int, end: int) -> Para:
    """The part `start:end` of a paragraph, with the runs that fall in it."""
    runs: list[tuple[int, RunProps]] = []
    pos = 0
    for piece, (_, props) in zip(pieces, para.runs, strict=True):
        inside = para.text[max(pos, start) : min(pos + len(piece), end)].strip()
        if inside:
            runs.append((len(inside), props))
        pos += len(piece)
    return Para(para.text[start:end], para.align, False, para.base, runs, set(para.legacy))


def _tab_columns(paras: list[Para]) -> list[Para]:
    """A header laid out with tabs instead of a table, read as the table would be: the paragraphs at the top
    of the part, from a two-column line to the last paragraph with columns among the first few, column by
    column (a line without tabs in between is the left column's; a `Số` line starts a new band, see
    `_bands`)."""
    last, seen = -1, 0
    for i, p in enumerate(paras):
        if not p.text.strip():
            continue
        seen += 1
        if p.in_table or seen > _TAB_HEADER_LINES:
            break
        if seen == 1 and (p.columns is None or None in p.columns[0]):
            return paras
        if p.columns is not None:
            last = i
    if last < 0:
        return paras
    zone = paras[: last + 1]
    rows = [row for p in zone if p.text.strip() for row in p.columns or [(p, None)]]
    grid = [[[c] if c is not None else [] for c in row] for row in rows]
    ordered = [para for band in _bands(grid, layout=True) for col in (0, 1) for row in band for para in row[col]]
    return ordered + [p for p in zone if not p.text.strip()] + paras[last + 1 :]


def _grid_int(props: etree._Element | None, tag: str, default: int) -> int:
    """The number in a table property (`w:gridSpan`, `w:gridBefore`), or `default`."""
    found = first_child(props, tag) if props is not None else None
    value = found.get(_VAL, "") if found is not None else ""
    return int(value) if value.isdigit() else default


_LINE_BREAKS = re.compile(r"[ \t]*\n\s*")


def paragraph_joint(before: str, after: str) -> str:
    """How two lines of one cell join: `; ` between two items (`Sở A` / `Sở B`), a space where the first runs
    on into the second (it ends with punctuation, the second goes on in lower case or opens a note in brackets:
    `Xây dựng Đề án X` / `(lồng ghép với …)`). The PDF reader joins the paragraphs of a ruled table's cell so too
    (`pdf_tables`)."""
    return " " if before.endswith((";", ",", ".", ":")) or after[:1].islower() or after[:1] == "(" else "; "


def _one_line(cell: list[Para]) -> list[Para]:
    """A cell of a data table written on several paragraphs (`Sở Du lịch` / `UBND thành phố X`) as one line, its
    paragraphs joined by `; ` (a space after a paragraph that ends with punctuation), its empty paragraphs
    dropped: a table flattened one cell a line is read by counting lines, so each cell must be one."""
    kept = [p for p in cell if p.text.strip()]
    if len(kept) == 1 and "\n" in kept[0].text.strip():  # lines broken inside one paragraph (w:br)
        one = kept[0]
        text = _LINE_BREAKS.sub(lambda m: paragraph_joint(m.string[: m.start()], m.string[m.end() :]), one.text.strip())
        return [Para(text, one.align, one.in_table, one.base, one.runs, one.legacy, one.page_field)]
    if len(kept) < 2:  # an empty paragraph besides the text (typed after it, or left by merging cells) is no line
        return kept or cell[:1]
    first = kept[0]
    text, runs, legacy = first.text.rstrip(), list(first.runs), set(first.legacy)
    for p in kept[1:]:
        text += paragraph_joint(text, p.text.lstrip())
        lead = len(p.text) - len(p.text.lstrip())
        runs += [(max(0, at - lead) + len(text), props) for at, props in p.runs]
        text += p.text.strip()
        legacy |= p.legacy
    return [Para(text, first.align, first.in_table, first.base, runs, legacy, any(p.page_field for p in kept))]


def _is_layout(grid: list[list[list[Para]]]) -> bool:
    """A layout table: two columns with text, at most four rows (the header block, the signature block)."""
    return 0 < len(grid) <= 4 and all(sum(1 for cell in row if _has_text(cell)) <= 2 for row in grid)


def _has_text(cell: list[Para]) -> bool:
    return any(p.text.strip() for p in cell)


def _children(el: etree._Element, tag: str) -> list[etree._Element]:
    """Direct `tag` children, looking through content controls and custom XML wrappers."""
    found: list[etree._Element] = []
    for child in el:
        if child.tag == tag:
            found.append(child)
        elif child.tag in (_SDT, _CUSTOM_XML):
            content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if content is not None:
                found.extend(_children(content, tag))
    return found


def _textboxes(el: etree._Element) -> list[etree._Element]:
    """Text-box contents inside a drawing; of an mc:AlternateContent only the first choice (no duplicates)."""
    if el.tag == _ALTERNATE_CONTENT:
        choice = el.find(_CHOICE)
        el = choice if choice is not None else el
    return [box for box in el.iter(_TEXTBOX) if not _inside_fallback(box, el)]


def _inside_fallback(box: etree._Element, top: etree._Element) -> bool:
    node = box.getparent()
    while node is not None and node is not top:
        if node.tag == _FALLBACK or node.tag == _TEXTBOX:
            return True
        node = node.getparent()
    return False
