"""Page crops for values read with low confidence (handwritten `Số`, day): the clerk sees the ink beside the
value the reader proposes, and confirms it."""

from __future__ import annotations

import io

from PIL import Image

from chidao.documents.ocr import render

MARGIN = 0.6  # of the box's height, added on every side so the crop shows the printed words around the ink
MAX_WIDTH = 900  # pixels of the returned PNG


def crop_png(raw: bytes, page: int, box: list[int] | tuple[int, ...], dpi: int = render.DPI) -> bytes:
    """PNG of `box` (pixels at `dpi`, as the OCR reader recorded it) on `page` (1-based) of a PDF or image."""
    if raw[:4] == b"%PDF":
        image = render.render_pages(raw, [page - 1], dpi)[page - 1]
    else:
        image = Image.open(io.BytesIO(raw))
        if getattr(image, "n_frames", 1) > 1:  # a multi-page TIFF
            image.seek(page - 1)
        image = image.convert("RGB")
    left, top, right, bottom = (int(v) for v in box)
    pad = int((bottom - top) * MARGIN) + 8
    area = (max(0, left - 4 * pad), max(0, top - pad), min(image.width, right + 4 * pad), min(image.height, bottom + pad))
    piece = image.crop(area)
    if piece.width > MAX_WIDTH:
        piece = piece.resize((MAX_WIDTH, max(1, piece.height * MAX_WIDTH // piece.width)))
    out = io.BytesIO()
    piece.save(out, format="PNG", optimize=True)
    return out.getvalue()
