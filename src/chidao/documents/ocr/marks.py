"""Urgency and secrecy marks stamped in red ink at the top of a page (độ khẩn, độ mật: ô 10a/10b).

Red ink is dropped before recognition (seals, signatures), so the marks are read apart: the red ink of
the upper part of the page, without its frame (an arrow or a box: the large connected strokes), is
turned a few angles until it reads as one of the known marks.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from chidao.documents.ocr.engine import recognise_many
from chidao.documents.text import fold

MARKS = ("HỎA TỐC", "THƯỢNG KHẨN", "KHẨN", "TUYỆT MẬT", "TỐI MẬT", "MẬT")
ANGLES = tuple(sorted(range(-60, 61, 5), key=abs))  # stamps are set at a slant, rarely steeper
TOP = 0.45  # marks sit in the header area
MIN_RED = 200  # red pixels (at half resolution) worth a look
RED = 60  # red minus the larger of green and blue
MIN_FILL = 0.12  # letters fill their box; the frame of a stamp (thin outline) does not


def _components(mask: np.ndarray) -> list[list[tuple[int, int]]]:
    seen = np.zeros_like(mask, dtype=bool)
    h, w = mask.shape
    out = []
    for y0, x0 in zip(*np.nonzero(mask), strict=True):
        if seen[y0, x0]:
            continue
        seen[y0, x0] = True
        stack, pts = [(int(y0), int(x0))], []
        while stack:
            y, x = stack.pop()
            pts.append((y, x))
            for ny in (y - 1, y, y + 1):
                for nx in (x - 1, x, x + 1):
                    if 0 <= ny < h and 0 <= nx < w and mask[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        stack.append((ny, nx))
        out.append(pts)
    return out


def _letters(image: Image.Image) -> Image.Image | None:
    """Black-on-white letters of the red ink in the top of the page, frame strokes removed."""
    a = np.asarray(image.convert("RGB").reduce(2), dtype=np.int16)
    red = (a[..., 0] - np.maximum(a[..., 1], a[..., 2])) > RED
    red[int(red.shape[0] * TOP):] = False
    if red.sum() < MIN_RED:
        return None
    keep = np.zeros_like(red)
    for pts in _components(red):
        height = max(p[0] for p in pts) - min(p[0] for p in pts) + 1
        width = max(p[1] for p in pts) - min(p[1] for p in pts) + 1
        if 8 <= height <= 120 and len(pts) > 15 and len(pts) >= MIN_FILL * height * width:  # not the frame
            for y, x in pts:
                keep[y, x] = True
    ys, xs = np.nonzero(keep)
    if len(ys) == 0:
        return None
    crop = keep[max(0, ys.min() - 5):ys.max() + 5, max(0, xs.min() - 5):xs.max() + 5]
    img = Image.fromarray(np.where(crop, 0, 255).astype(np.uint8), "L")
    return img.resize((img.width * 2, img.height * 2))


def read_marks(image: Image.Image) -> str | None:
    """The urgency or secrecy mark stamped in red at the top of the page, as printed, or None."""
    letters = _letters(image)
    if letters is None:
        return None
    known = {fold(m): m for m in MARKS}
    turned = []
    for angle in ANGLES:
        img = letters.rotate(angle, expand=True, fillcolor=255)
        img.info["dpi"] = (300, 300)
        turned.append(img)
    for text in recognise_many(turned, psm=7):
        words = " ".join("".join(c for c in fold(text) if c.isalnum() or c == " ").split())
        if words in known:
            return known[words]
    return None
