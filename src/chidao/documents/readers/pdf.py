"""`.pdf` with a text layer, through pdfium (pypdfium2): pages joined, line structure kept.

pdfium gives the text in content order with its own line breaks; two things are added here:
- text drawn by form widgets (digital-signature stamps print the number and the day into `Số: ...` and
  `ngày ...`) is flattened into the page and put back into the line it sits on, at its x position;
- a line holding two columns far apart (`Số: 15/UBND-XD` ... `Lào Cai, ngày 21 tháng 7 năm 2026`) is split
  into two lines, left first.
Bare page numbers at the top or bottom of a page are dropped. A page without a usable text layer goes to OCR.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from chidao.documents import legacy
from chidao.documents.readers.source import ReadError, SourceText, make_source, normalise_newlines
from chidao.documents.text import nfc

_GAP_FONT_SIZES = 3.5  # a horizontal gap wider than this many font heights separates two columns
_PAGE_NUMBER = re.compile(r"(?i)^\s*(?:trang\s*)?[-–—]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–—]?\s*$")
_ANNOT_WIDGET, _ANNOT_FREETEXT, _ANNOT_STAMP = 20, 3, 13


@dataclass
class _Char:
    ch: str
    left: float
    bottom: float
    right: float
    top: float

    @property
    def visible(self) -> bool:
        return not self.ch.isspace() and self.right > self.left


def read_pdf(raw: bytes, name: str) -> SourceText:
    try:
        pdf = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise ReadError(
                "encrypted",
                f"Tệp PDF {name} được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại",
                f"{name} is a password-protected PDF",
            ) from e
        raise ReadError(
            "corrupt", f"Tệp PDF {name} bị hỏng, không mở được", f"{name}: corrupt PDF ({e})"
        ) from e
    try:
        pdf.init_forms()
        pages = [_page_text(pdf, i) for i in range(len(pdf))]
        missing = [i for i, text in enumerate(pages) if text is None]
        if missing and len(missing) == len(pages):
            return _ocr_document(raw, name)
        metadata: dict[str, list[int]] = {}
        for i in missing:
            pages[i] = _ocr_page(pdf, i, name, metadata)
    finally:
        pdf.close()
    text = nfc(normalise_newlines("\n".join(page or "" for page in pages)))
    converted, used = legacy.convert_text(text)
    encoding = used or "pdf"
    source = make_source(raw, name, "application/pdf", encoding)
    return SourceText(text=nfc(converted), source=source, metadata=dict(metadata))


def _page_text(pdf: pdfium.PdfDocument, index: int) -> str | None:
    """The page's lines, or None when it has no usable text layer (a scan)."""
    page = pdf[index]
    extra: list[_Char] = []
    try:
        textpage = page.get_textpage()
        native = _chars(textpage)
        textpage.close()
        if _has_drawn_fields(page):
            if page.formenv:
                page.flatten()
            else:  # no AcroForm (stamps, free text): pdfium flattens those without a form environment
                pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY)
            page.close()
            page = pdf[index]
            textpage = page.get_textpage()
            flattened = _chars(textpage)
            textpage.close()
            prefix = flattened[: len(native)]
            if [c.ch for c in prefix] == [c.ch for c in native]:
                extra = flattened[len(native) :]
        letters = sum(c.ch.isalpha() for c in native) + sum(c.ch.isalpha() for c in extra)
        junk = sum(c.ch in "\ufffd\ufffe" or "\ue000" <= c.ch <= "\uf8ff" for c in native)
        if (letters < 20 or junk > 0.3 * max(letters, 1)) and _has_images(page):
            return None
    finally:
        page.close()
    lines = [_in_x_order(line) for line in _merge_same_baseline(_lines(native))]
    _insert_fields(lines, [word for line in _lines(extra) for word in _words(line)])
    texts = [seg for line in lines for seg in _split_columns(line)]
    return "\n".join(_drop_page_numbers(texts))


def _chars(textpage: pdfium.PdfTextPage) -> list[_Char]:
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # characters outside the BMP: fall back to one call per character
        text = "".join(textpage.get_text_range(i, 1)[:1] or " " for i in range(n))
    rect = pdfium_c.FS_RECTF()
    ref = ctypes.byref(rect)
    raw = textpage.raw
    out = []
    for i, ch in enumerate(text):
        if pdfium_c.FPDFText_GetLooseCharBox(raw, i, ref):  # advance-wide boxes: neighbours touch
            out.append(_Char(ch, rect.left, rect.bottom, rect.right, rect.top))
        else:
            out.append(_Char(ch, 0.0, 0.0, 0.0, 0.0))
    return out


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))


def _has_drawn_fields(page: pdfium.PdfPage) -> bool:
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        kind = pdfium_c.FPDFAnnot_GetSubtype(annot)
        pdfium_c.FPDFPage_CloseAnnot(annot)
        if kind in (_ANNOT_WIDGET, _ANNOT_FREETEXT, _ANNOT_STAMP):
            return True
    return False


def _lines(chars: list[_Char]) -> list[list[_Char]]:
    """pdfium's lines: it separates them with generated \\r\\n."""
    lines: list[list[_Char]] = [[]]
    for c in chars:
        if c.ch == "\n":
            lines.append([])
        elif c.ch != "\r":
            lines[-1].append(c)
    return [line for line in lines if line] or []


def _words(line: list[_Char]) -> list[list[_Char]]:
    """Widget text cut at spaces and gaps: each stamp (number, day) is placed on its own."""
    words: list[list[_Char]] = [[]]
    last: _Char | None = None
    for c in line:
        if not c.visible:
            words.append([])
            continue
        if last is not None and c.left - last.right > 0.5 * max(c.top - c.bottom, 1.0):
            words.append([])
        words[-1].append(c)
        last = c
    return [word for word in words if word]


def _merge_same_baseline(lines: list[list[_Char]]) -> list[list[_Char]]:
    """Join consecutive pdfium lines that sit on one baseline (some writers draw accented capitals
    as separate text objects, which pdfium then reports as a line of their own)."""
    merged: list[list[_Char]] = []
    for line in lines:
        if merged and _same_baseline(merged[-1], line):
            merged[-1] = [*merged[-1], _Char(" ", 0, 0, 0, 0), *line]
        else:
            merged.append(line)
    return merged


def _same_baseline(a: list[_Char], b: list[_Char]) -> bool:
    va = [c for c in a if c.visible]
    vb = [c for c in b if c.visible]
    if not va or not vb:
        return False
    height = max(_median_height(va), 1.0)
    return abs(_median(c.bottom for c in va) - _median(c.bottom for c in vb)) < 0.3 * height


def _in_x_order(line: list[_Char]) -> list[_Char]:
    """The line left to right. Only when pdfium's order goes backwards are the characters sorted by x, and
    word spaces then come from the gaps (pdfium's generated spaces sit where the stray letters were)."""
    visible = [c for c in line if c.visible]
    if all(b.left >= a.left - 1.0 for a, b in itertools.pairwise(visible)):
        return line
    visible.sort(key=lambda c: c.left)
    space = 0.12 * max(_median_height(visible), 1.0)
    out = visible[:1]
    for prev, c in itertools.pairwise(visible):
        if c.left - prev.right > space:
            out.append(_Char(" ", prev.right, c.bottom, prev.right, c.top))
        out.append(c)
    return out


def _median(values: Iterable[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _median_height(chars: list[_Char]) -> float:
    return _median(c.top - c.bottom for c in chars)


def _vertical(line: list[_Char]) -> tuple[float, float]:
    visible = [c for c in line if c.visible] or line
    return min(c.bottom for c in visible), max(c.top for c in visible)


def _insert_fields(lines: list[list[_Char]], fields: list[list[_Char]]) -> None:
    """Put each piece of widget text into the native line it overlaps, before the first char right of it."""
    for field in fields:
        visible = [c for c in field if c.visible]
        if not visible:
            continue
        bottom, top = _vertical(field)
        middle = (bottom + top) / 2
        x = min(c.left for c in visible)
        space = _Char(" ", x, bottom, x, top)
        for line in lines:
            low, high = _vertical(line)
            if low <= middle <= high:
                at = next((k for k, c in enumerate(line) if c.visible and c.left >= x), len(line))
                before = [space] if at and not line[at - 1].ch.isspace() else []
                after = [space] if at < len(line) and not line[at].ch.isspace() else []
                line[at:at] = before + field + after
                break
        else:
            at = next((k for k, line in enumerate(lines) if _vertical(line)[1] < bottom), len(lines))
            lines.insert(at, field)


def _split_columns(line: list[_Char]) -> list[str]:
    """The line's text, cut where a horizontal gap is wider than a few font heights."""
    visible = [c for c in line if c.visible]
    if not visible:
        return ["".join(c.ch for c in line).rstrip()]
    limit = _GAP_FONT_SIZES * max(_median_height(visible), 1.0)
    segments: list[str] = []
    current: list[str] = []
    last: _Char | None = None
    for c in line:
        if c.visible:
            if last is not None and c.left - last.right > limit and c.left > last.left:
                segments.append("".join(current))
                current = []
            last = c
        current.append(c.ch)
    segments.append("".join(current))
    return [seg.strip() for seg in segments]


def _drop_page_numbers(lines: list[str]) -> list[str]:
    content = [i for i, line in enumerate(lines) if line.strip()]
    drop = {i for i in (content[:1] + content[-1:]) if _PAGE_NUMBER.match(lines[i])}
    return [line for i, line in enumerate(lines) if i not in drop]


def _ocr_document(raw: bytes, name: str) -> SourceText:
    ocr_pdf = _ocr_function(name)
    result = ocr_pdf(raw, name)
    if not result.source.sha256:
        result.source = make_source(raw, name, "application/pdf", result.source.encoding or "ocr")
    return result


def _ocr_page(pdf: pdfium.PdfDocument, index: int, name: str, metadata: dict[str, list[int]]) -> str:
    """OCR one scanned page of an otherwise digital PDF; without OCR, leave it empty and say so."""
    try:
        ocr_pdf = _ocr_function(name)
    except ReadError:
        metadata.setdefault("pages_without_text", []).append(index + 1)
        return ""
    single = pdfium.PdfDocument.new()
    try:
        single.import_pages(pdf, [index])
        buffer = io.BytesIO()
        single.save(buffer)
    finally:
        single.close()
    metadata.setdefault("ocr_pages", []).append(index + 1)
    return ocr_pdf(buffer.getvalue(), f"{name}#page={index + 1}").text


def _ocr_function(name: str) -> Callable[[bytes, str], SourceText]:
    try:
        from chidao.documents.ocr import ocr_pdf
    except ImportError as e:
        raise ReadError(
            "needs-ocr",
            f"Tệp PDF {name} là bản quét, không có lớp chữ; cần nhận dạng ký tự (OCR) nhưng chức năng này "
            "chưa sẵn sàng",
            f"{name} has no text layer and needs OCR, which is not available ({e})",
        ) from e
    return ocr_pdf
