"""`.pdf` with a text layer, through pdfium (pypdfium2): pages joined, line structure kept.

Each page's characters and boxes are read here (annotations such as signature stamps flattened into the page
first, to get the text they draw); `pdf_lines` turns them into lines. A page without a usable text layer
goes to OCR (`chidao.documents.ocr`); encrypted and corrupt files raise `ReadError`.
"""

from __future__ import annotations

import ctypes
import functools
import io
import itertools
import re
from collections.abc import Callable
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from chidao.documents import legacy
from chidao.documents.readers.pdf_closing import Closing
from chidao.documents.readers.pdf_lines import Char, page_lines
from chidao.documents.readers.pdf_tables import (
    Box,
    grids,
    join_rows_across_pages,
    with_layout_rows,
    with_table_rows,
)
from chidao.documents.readers.source import ReadError, SourceText, clean_text, make_source, normalise_newlines
from chidao.documents.text import nfc

_ANNOT_WIDGET, _ANNOT_FREETEXT, _ANNOT_STAMP = 20, 3, 13
_LATIN1_HIGH = re.compile("[\u00a1-\u00ff]")
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
Route = tuple[legacy.LegacyEncoding, bool] | None
# A page with fewer letters than this over a page-sized image is a scan (its text is a signature stamp).
_FEW_LETTERS = 200
_GARBLED_MIN_WORDS = 40


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
        fonts: set[str] = set()  # legacy font encodings met in the text layer
        stamps: list[str] = []  # widget text that is not a stamped figure (signature appearances)
        closing = Closing()  # the signature table may run on to the next page
        pages = [_page_text(pdf, i, fonts, stamps, closing) for i in range(len(pdf))]
        signed = closing.flush()  # the right column of a closing on the last page
        pages = join_rows_across_pages(pages)
        redo = [i for i, text in enumerate(pages) if text is None or _garbled(text)]
        if redo and len(redo) == len(pages) and (_ocr_available() or all(text is None for text in pages)):
            return _ocr_document(raw, name)
        metadata: dict[str, list[int]] = {}
        lines = [line for line in stamps if line.strip()]
        # the same shape as the OCR reader's stamps: {"signature": {...}, "gazette": {...}, ...}
        extra: dict[str, Any] = {"stamps": {"signature": {"lines": lines}}} if lines else {}
        for i in redo:
            pages[i] = _ocr_page(pdf, i, name, metadata, pages[i])
    finally:
        pdf.close()
    text = nfc(
        normalise_newlines("\n".join([*(page or "" for page in pages), *signed]))
    )  # legacy check sees U+00AD
    converted, used = legacy.convert_text(text)
    encoding = used or ("tcvn3" if "tcvn3" in fonts else "vni" if fonts else "pdf")
    source = make_source(raw, name, "application/pdf", encoding)
    return SourceText(text=clean_text(converted), source=source, metadata={**metadata, **extra})


def _page_text(
    pdf: pdfium.PdfDocument, index: int, fonts: set[str], stamps: list[str], closing: Closing
) -> str | None:
    """The page's lines, or None when it has no usable text layer (a scan)."""
    page = pdf[index]
    width = page.get_width()
    extra: list[Char] = []
    try:
        textpage = page.get_textpage()
        native = _chars(textpage, fonts)
        textpage.close()
        tables = grids(_path_boxes(page))
        if _has_drawn_fields(page):
            if page.formenv:
                page.flatten()
            else:  # no AcroForm (stamps, free text): pdfium flattens those without a form environment
                pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY)
            page.close()
            page = pdf[index]
            textpage = page.get_textpage()
            flattened = _chars(textpage, fonts)
            textpage.close()
            prefix = flattened[: len(native)]
            if [c.ch for c in prefix] == [c.ch for c in native]:
                extra = flattened[len(native) :]
        letters = sum(c.ch.isalpha() for c in native) + sum(c.ch.isalpha() for c in extra)
        junk = sum(c.ch in "\ufffd\ufffe" or "\ue000" <= c.ch <= "\uf8ff" for c in native)
        if letters < _FEW_LETTERS or junk > 0.3 * max(letters, 1):
            if _image_cover(page) > (0.0 if letters < 20 else 0.5):
                return None
    finally:
        page.close()
    native = with_layout_rows(with_table_rows(native, tables))
    return "\n".join(page_lines(native, extra, width, first_page=index == 0, stamps=stamps, closing=closing))


def _path_boxes(page: pdfium.PdfPage) -> list[Box]:
    """The bounds of the page's path objects (a table's ruling lines among them), forms' contents included."""
    out = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        out.append((left, bottom, right, top))
    return out


def _garbled(text: str) -> bool:
    """A text layer whose font has no usable character map reads as letters that are not Vietnamese (a legacy
    encoding aside): the page is read by OCR instead, which sees the glyphs as drawn."""
    words = [w.strip(".,;:()\"'!?") for w in legacy.convert_text(text)[0].split()]
    words = [w for w in words if w.isalpha()]
    if len(words) < _GARBLED_MIN_WORDS:
        return False
    return sum(legacy.is_syllable(w) for w in words) < 0.35 * len(words)


def _chars(textpage: pdfium.PdfTextPage, fonts: set[str]) -> list[Char]:
    """The page's characters with loose boxes; those in legacy fonts decoded (their encodings added to `fonts`)."""
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
            out.append(Char(ch, rect.left, rect.bottom, rect.right, rect.top))
        else:
            out.append(Char(ch, 0.0, 0.0, 0.0, 0.0))
    if _LATIN1_HIGH.search(text):
        out = _decode_legacy_fonts(textpage, out, fonts)
    return out


def _font_routes(textpage: pdfium.PdfTextPage, chars: list[Char]) -> list[Route]:
    """For each character, the legacy encoding of the font it is drawn in (`ABCDEF+.VnTimeH,Bold` → tcvn3,
    capitals), or None. Characters other than letters and legacy codes take their neighbour's font."""
    buffer = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    routes: list[Route] = []
    last: Route = None
    for i, c in enumerate(chars):
        if c.ch.isascii() and not c.ch.isalpha():
            routes.append(last)
            continue
        if pdfium_c.FPDFText_GetFontInfo(textpage.raw, i, buffer, len(buffer), ctypes.byref(flags)):
            last = _route(buffer.value)
        routes.append(last)
    return routes


@functools.lru_cache(maxsize=256)
def _route(font: bytes) -> Route:
    name = font.decode("latin-1").split("+", 1)[-1]
    name = re.split(r"[,-](?:Bold|Italic|Regular|BoldItalic|Oblique)\b", name, maxsplit=1)[0]
    if name.startswith("Vn") and name[2:3].isupper():
        name = "." + name  # the dot is often dropped from PDF font names
    return legacy.font_encoding(name)


def _decode_legacy_fonts(textpage: pdfium.PdfTextPage, chars: list[Char], fonts: set[str]) -> list[Char]:
    """Characters drawn in `.Vn…` / `VNI-…` fonts, decoded font run by font run (as .docx runs are).

    A VNI letter may be two characters (base and mark): they become one `Char` spanning both boxes.
    TCVN3 `ư` is byte 0xAD, which PDF text layers report as a hyphen: one between letters is put back
    when that makes the word a Vietnamese syllable (`Th-êng` → `Thường`, but `TB-UBND` stays)."""
    routes = _font_routes(textpage, chars)
    if not any(routes):
        return chars
    out: list[Char] = []
    for route, group in itertools.groupby(zip(routes, chars, strict=True), key=lambda pair: pair[0]):
        run = [c for _, c in group]
        if route is None:
            out.extend(run)
            continue
        encoding, upper = route
        fonts.add(encoding)
        table = legacy.table(encoding)
        decoded: list[Char] = []
        i = 0
        while i < len(run):
            pair = run[i].ch + run[i + 1].ch if i + 1 < len(run) else ""
            if pair in table.to_unicode:
                letter, width = table.to_unicode[pair], 2
            else:
                letter, width = table.to_unicode.get(run[i].ch, run[i].ch), 1
            first, last = run[i], run[i + width - 1]
            decoded.append(Char(letter, first.left, first.bottom, max(first.right, last.right), first.top))
            i += width
        if encoding == "tcvn3":
            _restore_soft_hyphen_u(decoded)
            if not upper:
                decoded = _restore_capitals(run, decoded)
        out.extend(Char(c.ch.upper(), c.left, c.bottom, c.right, c.top) if upper else c for c in decoded)
    return out


def _restore_capitals(run: list[Char], decoded: list[Char]) -> list[Char]:
    """TCVN3 has no accented capitals: `KT. BỘ TRƯỞNG` typed in `.VnTime` decodes as `KT. Bộ TRưởNG`;
    the Latin capitals around the codes say how it was meant (`legacy.restore_capitals`), line by line."""
    if len(run) != len(decoded):
        return decoded
    original = "".join(c.ch for c in run)
    text = "".join(c.ch for c in decoded)
    restored = "\n".join(
        legacy.restore_capitals(before, after)
        for before, after in zip(original.split("\n"), text.split("\n"), strict=True)
    )
    if restored == text or len(restored) != len(decoded):
        return decoded
    return [Char(ch, c.left, c.bottom, c.right, c.top) for ch, c in zip(restored, decoded, strict=True)]


def _restore_soft_hyphen_u(chars: list[Char]) -> None:
    text = "".join(c.ch for c in chars)
    for match in _HYPHENATED.finditer(text):
        word = match.group(0)
        if not legacy.is_syllable(word) and legacy.is_syllable(word.replace("-", "ư")):
            for k in range(match.start(), match.end()):
                if chars[k].ch == "-":
                    c = chars[k]
                    chars[k] = Char("ư", c.left, c.bottom, c.right, c.top)


def _image_cover(page: pdfium.PdfPage) -> float:
    """The share of the page covered by its largest image (a scan covers nearly all of it)."""
    area = max(page.get_width() * page.get_height(), 1.0)
    largest = 0.0
    for obj in page.get_objects(max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = obj.get_bounds()
            largest = max(largest, (right - left) * (top - bottom) / area)
    return largest


def _has_drawn_fields(page: pdfium.PdfPage) -> bool:
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        kind = pdfium_c.FPDFAnnot_GetSubtype(annot)
        pdfium_c.FPDFPage_CloseAnnot(annot)
        if kind in (_ANNOT_WIDGET, _ANNOT_FREETEXT, _ANNOT_STAMP):
            return True
    return False


def _ocr_document(raw: bytes, name: str) -> SourceText:
    ocr_pdf = _ocr_function(name)
    result = ocr_pdf(raw, name)
    if not result.source.sha256:
        result.source = make_source(raw, name, "application/pdf", result.source.encoding or "ocr")
    return result


def _ocr_page(
    pdf: pdfium.PdfDocument, index: int, name: str, metadata: dict[str, list[int]], layer: str | None
) -> str:
    """OCR one page of an otherwise digital PDF (a scan, or a text layer that does not read as Vietnamese).
    Without OCR a garbled layer is kept as it is and an empty page stays empty; the metadata says which."""
    if not _ocr_available():
        metadata.setdefault("pages_without_text" if layer is None else "garbled_pages", []).append(index + 1)
        return layer or ""
    ocr_pdf = _ocr_function(name)
    single = pdfium.PdfDocument.new()
    try:
        single.import_pages(pdf, [index])
        buffer = io.BytesIO()
        single.save(buffer)
    finally:
        single.close()
    metadata.setdefault("ocr_pages", []).append(index + 1)
    return ocr_pdf(buffer.getvalue(), f"{name}#page={index + 1}").text


def _ocr_available() -> bool:
    try:
        _ocr_function("")
    except ReadError:
        return False
    return True


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
