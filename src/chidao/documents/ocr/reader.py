"""Scanned PDF or image → `SourceText` (encoding `ocr`): the steps in order.

1. PDF: each page's own text layer is kept when it is good; the other pages are rendered (without the
   stamp annotations, whose text becomes metadata). Images: each frame is a page.
2. Per page, in parallel: drop coloured ink, deskew, recognise, set the stamps apart, put the lines in
   reading order, read hand-filled numbers again (`Số`, the day).
3. The words of the whole document are corrected with Vietnamese knowledge, then joined into text.
Metadata: `metadata["ocr"]` (pages, corrections, low_confidence) and `metadata["stamps"]`.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageSequence, UnidentifiedImageError

from chidao.documents.model import Source
from chidao.documents.ocr import cache, engine, fillins, layout, marks, render, stamps
from chidao.documents.ocr.correct import correct
from chidao.documents.ocr.engine import Box, Word
from chidao.documents.ocr.lexicon import is_syllable
from chidao.documents.readers import ReadError, SourceText
from chidao.documents.text import fold, nfc

LOW_CONF = 50.0  # words read with less confidence than this are listed for review
MAX_LOW = 60
SMALL_PAGE_PX = 1700  # narrower pages (under about 200 dpi for A4) are scaled up before recognition


@dataclass
class PageText:
    """One page read: lines of words (OCR) or plain text (a good text layer)."""

    index: int
    lines: list[list[Word]] = field(default_factory=list)
    text: str | None = None
    skew: float = 0.0
    size: tuple[int, int] = (0, 0)
    scale: float = 1.0  # the page was scaled by this before recognition (boxes are scaled back)
    turn: int = 0  # degrees it was turned clockwise to stand upright (boxes are on the turned page)
    stamp_lines: list[str] = field(default_factory=list)
    incoming: dict[str, Any] | None = None
    filled: list[tuple[int, int, str]] = field(default_factory=list)  # (line, word, original reading)
    mark: str | None = None  # urgency or secrecy mark stamped in red (HỎA TỐC, KHẨN, MẬT ...)


def text_layer_is_good(text: str) -> bool:
    """A text layer worth keeping: enough words, most of them Vietnamese syllables or numbers."""
    words = re.findall(r"\w+", text)
    if len(words) < 30:
        return False
    ok = sum(1 for w in words if w.isdigit() or is_syllable(w.lower()) or (w.isupper() and len(w) <= 8))
    return ok / len(words) >= 0.8


def _unrotate(box: Box, angle: float, size: tuple[int, int]) -> Box:
    """A box on the deskewed page → the same place on the page as rendered."""
    if not angle:
        return box
    cx, cy = size[0] / 2, size[1] / 2
    t = math.radians(angle)
    pts = []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        dx, dy = x - cx, y - cy
        pts.append((cx + dx * math.cos(t) + dy * math.sin(t), cy - dx * math.sin(t) + dy * math.cos(t)))
    return (int(min(p[0] for p in pts)), int(min(p[1] for p in pts)),
            int(max(p[0] for p in pts)), int(max(p[1] for p in pts)))


def _ocr_page(index: int, image: Image.Image) -> PageText:
    grey = layout.clean(image)
    factor = 1.0
    if grey.width < SMALL_PAGE_PX:  # a low-resolution scan: Tesseract reads 300 dpi text best
        factor = SMALL_PAGE_PX / grey.width
        grey = grey.resize((SMALL_PAGE_PX, int(grey.height * factor)), Image.Resampling.LANCZOS)
        grey.info["dpi"] = (render.DPI, render.DPI)
    straight, angle = layout.deskew(grey)
    words = engine.recognise(straight)
    turn = engine.orientation(straight) if _looks_unread(words) else 0
    if turn:
        straight = straight.rotate(-turn, expand=True)
        straight.info["dpi"] = grey.info.get("dpi", (render.DPI, render.DPI))
        words = engine.recognise(straight)
    words, found = stamps.split_stamps(words, straight.size)
    page = PageText(index, skew=angle, size=straight.size, stamp_lines=found.text_lines, scale=factor, turn=turn)
    page.lines = layout.reading_order(words, first_page=index == 0)
    if found.incoming is not None:
        box = _unrotate(tuple(found.incoming["box"]), angle, straight.size)
        page.incoming = {"page": index + 1, "box": [round(v / factor) for v in box]}
        lw = found.incoming_fields.get("so")
        if lw is not None:
            h = lw.height
            try:
                box = (lw.box[2], lw.box[1] - h // 3, lw.box[2] + 4 * h, lw.box[3] + h // 3)
                page.incoming["number"] = fillins.vote("number", "", 0.0, engine.read_digits(straight, [box])[0])
            except (RuntimeError, subprocess.SubprocessError):
                page.incoming["number"] = None
    if index == 0:
        try:  # extras: a failure here costs the extra reading, not the page
            page.filled = fillins.read_fillins(page.lines, straight)
            page.mark = marks.read_marks(image)
        except (RuntimeError, subprocess.SubprocessError):
            pass
        if page.mark:
            _insert_mark(page)
    return page


def _insert_mark(page: PageText) -> None:
    """The red urgency mark as a line of its own after the date line of the header."""
    for i, line in enumerate(page.lines[:16]):
        f = fold(" ".join(w.text for w in line))
        if re.search(r"\bngay\b.*\bthang\b.*\bnam\b", f):
            page.lines.insert(i + 1, [Word(page.mark or "", 90.0, (0, 0, 0, 0))])
            return


def _looks_unread(words: list[Word]) -> bool:
    """Too few or too unsure words: maybe the page lies on its side or upside down."""
    if len(words) < 20:
        return True
    confs = sorted(w.conf for w in words)
    return confs[len(confs) // 2] < 60


def _workers(n: int) -> int:
    return max(1, min(n, os.cpu_count() or 1))


def _assemble(pages: list[PageText]) -> tuple[str, dict[str, Any]]:
    tokens: list[tuple[str, float]] = []
    where: list[tuple[int, int, int]] = []
    for pi, page in enumerate(pages):
        for li, line in enumerate(page.lines):
            for wi, w in enumerate(line):
                tokens.append((nfc(w.text), w.conf))
                where.append((pi, li, wi))
    fixes = {c.index: c for c in correct(tokens)}
    filled = {(pi, li, wi): read for pi, p in enumerate(pages) for li, wi, read in p.filled}
    parts: list[str] = []
    pos = 0
    corrections: list[dict[str, Any]] = []
    low: list[dict[str, Any]] = []
    t = 0
    for pi, page in enumerate(pages):
        if page.text is not None:
            parts.append(page.text.strip() + "\n")
            pos += len(parts[-1])
            continue
        for li, line in enumerate(page.lines):
            for wi, w in enumerate(line):
                text = fixes[t].text if t in fixes else tokens[t][0]
                if wi:
                    parts.append(" ")
                    pos += 1
                span = [pos, pos + len(text)]
                box = [round(v / page.scale) for v in _unrotate(w.box, page.skew, page.size)]
                if t in fixes:
                    corrections.append({"text": text, "read": fixes[t].read, "conf": round(fixes[t].conf, 1),
                                        "span": span, "page": page.index + 1, "box": box})
                if (pi, li, wi) in filled or (w.conf < LOW_CONF and len(low) < MAX_LOW):
                    entry = {"text": text, "span": span, "page": page.index + 1, "box": box, "conf": round(w.conf, 1)}
                    if (pi, li, wi) in filled:
                        entry.update(read=filled[(pi, li, wi)], handwritten=True)
                    low.append(entry)
                parts.append(text)
                pos += len(text)
                t += 1
            parts.append("\n")
            pos += 1
    text = "".join(parts)
    info = {"engine": "tesseract", "lang": engine.LANG, "dpi": render.DPI, "corrections": corrections,
            "low_confidence": low,
            "pages": [{"page": p.index + 1, "read": "text-layer" if p.text is not None else "ocr", "skew": p.skew,
                       "turn": p.turn} for p in pages]}
    return text, info


def _stamp_metadata(pages: list[PageText], extra_text: str = "") -> dict[str, Any]:
    lines = [extra_text] + [ln for p in pages for ln in p.stamp_lines]
    out = stamps.parse_stamp_text("\n".join(lines))
    incoming = [p.incoming for p in pages if p.incoming]
    if incoming:
        out["incoming"] = incoming[0]
    found_marks = [p.mark for p in pages if p.mark]
    if found_marks:
        out["mark"] = found_marks[0]
    return out


def _source_text(raw: bytes, name: str, media_type: str, sha: str, pages: list[PageText],
                 stamp_text: str = "") -> SourceText:
    text, info = _assemble(pages)
    metadata: dict[str, Any] = {"ocr": info}
    found = _stamp_metadata(pages, stamp_text)
    if found:
        metadata["stamps"] = found
    source = Source(name=name, media_type=media_type, encoding="ocr", sha256=sha)
    return SourceText(text=nfc(text), source=source, metadata=metadata)


def _cached(sha: str, name: str, media_type: str) -> SourceText | None:
    hit = cache.load(sha)
    if hit is None:
        return None
    return SourceText(text=hit["text"], source=Source(name=name, media_type=media_type, encoding="ocr", sha256=sha),
                      metadata=hit["metadata"])


def _require_engine() -> None:
    reason = engine.missing()
    if reason:
        raise ReadError("ocr-unavailable", f"Không nhận dạng được văn bản quét: {reason}",
                        f"Cannot read a scanned document: {reason}")


def _ocr_images(images: dict[int, Image.Image]) -> dict[int, PageText]:
    with ThreadPoolExecutor(_workers(len(images))) as pool:
        futures = {i: pool.submit(_ocr_page, i, img) for i, img in images.items()}
        try:
            return {i: f.result() for i, f in futures.items()}
        except (RuntimeError, OSError, subprocess.SubprocessError) as e:
            raise ReadError("ocr-failed", "Nhận dạng văn bản quét thất bại", f"OCR failed: {e}") from e


def ocr_pdf(raw: bytes, name: str) -> SourceText:
    """Read a PDF whose pages (some or all) have no usable text layer."""
    sha = hashlib.sha256(raw).hexdigest()
    if (hit := _cached(sha, name, "application/pdf")) is not None:
        return hit
    try:
        pdf_pages = render.pdf_pages(raw)
    except Exception as e:  # pypdfium2 raises its own PdfiumError and ValueError subclasses
        raise ReadError("pdf-unreadable", "Không mở được tệp PDF", f"Cannot open the PDF: {e}") from e
    keep = {p.index: p.text for p in pdf_pages if text_layer_is_good(p.text)}
    todo = [p.index for p in pdf_pages if p.index not in keep]
    if todo:
        _require_engine()
    read = _ocr_images(render.render_pages(raw, todo)) if todo else {}
    pages = [PageText(i, text=keep[i]) if i in keep else read[i] for i in range(len(pdf_pages))]
    out = _source_text(raw, name, "application/pdf", sha, pages, "\n".join(p.stamp_text for p in pdf_pages))
    cache.store(sha, {"text": out.text, "metadata": out.metadata})
    return out


def ocr_image(raw: bytes, name: str) -> SourceText:
    """Read a scanned page image (.png, .jpg, .tif; every frame of a multi-page TIFF)."""
    sha = hashlib.sha256(raw).hexdigest()
    media = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "tif": "image/tiff",
             "tiff": "image/tiff"}.get(name.rsplit(".", 1)[-1].lower(), "image/*")
    if (hit := _cached(sha, name, media)) is not None:
        return hit
    _require_engine()
    try:
        img = Image.open(io.BytesIO(raw))
        frames = {}
        for i, frame in enumerate(ImageSequence.Iterator(img)):
            page = frame.convert("RGB")
            dpi = img.info.get("dpi", (render.DPI, render.DPI))
            page.info["dpi"] = (int(dpi[0]) or render.DPI, int(dpi[1]) or render.DPI)
            frames[i] = page
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as e:
        raise ReadError("image-unreadable", "Không mở được tệp ảnh", f"Cannot open the image: {e}") from e
    read = _ocr_images(frames)
    out = _source_text(raw, name, media, sha, [read[i] for i in sorted(read)])
    cache.store(sha, {"text": out.text, "metadata": out.metadata})
    return out
