"""PDF pages → images for recognition, and what the PDF itself says in text.

A signed, published PDF carries its digital-signature and Công báo stamps as annotations: the page is
rendered without them (they are no document text), and their text is read apart, from a flattened copy,
for the metadata. The page's own text layer is returned too, so the caller can keep a good one.
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image

# Measured on scanned A4 pages (300 dpi originals): 300 dpi gives word F1 0.958, 400 dpi 0.956.
DPI = 300
MAX_PAGES = 200


@dataclass
class PdfPage:
    index: int
    text: str  # the page's own text layer (without annotations)
    stamp_text: str  # text of the annotations drawn on the page (signature, Công báo stamps)
    size_pt: tuple[float, float]


def _text(page: pdfium.PdfPage) -> str:
    tp = page.get_textpage()
    try:
        return str(tp.get_text_range()).replace("\r\n", "\n").replace("\r", "\n")
    finally:
        tp.close()


def pdf_pages(raw: bytes) -> list[PdfPage]:
    """The text layer and the annotation text of each page."""
    pdf = pdfium.PdfDocument(raw)
    flat = pdfium.PdfDocument(raw)
    try:
        flat.init_forms()
        pages = []
        for i in range(min(len(pdf), MAX_PAGES)):
            page = pdf[i]
            own = _text(page)
            size = page.get_size()
            stamp = ""
            fpage = flat[i]
            try:
                flattened = fpage.flatten() == 1  # FLAT_SUCCESS: the annotations are now page content
            except RuntimeError:  # no form environment: a PDF without interactive forms
                flattened = False
            if flattened:
                fpage = flat[i]
                stamp = _text(fpage)
                for line in own.splitlines():
                    stamp = stamp.replace(line, "", 1) if line.strip() else stamp
            pages.append(PdfPage(i, own, stamp.strip(), size))
        return pages
    finally:
        flat.close()
        pdf.close()


def render_pages(raw: bytes, indices: list[int], dpi: int = DPI) -> dict[int, Image.Image]:
    """RGB images of the given pages at `dpi`, without annotations (stamps)."""
    pdf = pdfium.PdfDocument(raw)
    try:
        out = {}
        for i in indices:
            bitmap = pdf[i].render(scale=dpi / 72, draw_annots=False, may_draw_forms=False)
            img = bitmap.to_pil().convert("RGB")
            img.info["dpi"] = (dpi, dpi)
            out[i] = img
        return out
    finally:
        pdf.close()
