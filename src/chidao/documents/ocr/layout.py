"""Page layout before and after recognition.

Before: drop coloured ink (red seals, blue signatures) and deskew. After: words → segments (runs of words
without a column gap) → rows (segments level with each other) → lines of text in reading order. The
two-column blocks of an administrative document are read column by column: the header (issuer and `Số`
on the left, Quốc hiệu and place/date on the right; split in bands at the `Số` line so that the order is
issuer, Quốc hiệu, Tiêu ngữ, Số, date) and the closing (Nơi nhận on the left, then the signature block).
Rows elsewhere keep their segments together, so a table row stays on one line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from statistics import median

import numpy as np
from PIL import Image

from chidao.documents.ocr.engine import Word
from chidao.documents.text import VI_LOWER, fold

SATURATION_INK = 70  # max-min over RGB above this is coloured ink, not print
MAX_SKEW_DEG = 4.0
COLUMN_GAP = 2.2  # a gap wider than this many word heights splits a line into segments
ROW_JUMP = 0.6  # a word whose centre is this many heights off its neighbour's starts another row
PARAGRAPH_GAP = 1.0  # a vertical gap of more than this many word heights becomes a blank line
NOISE_CONF = 50.0
FOREIGN_CONF = 80.0


def clean(image: Image.Image) -> Image.Image:
    """Grey page with coloured ink removed."""
    rgb = np.asarray(image.convert("RGB"), dtype=np.int16)
    grey = rgb.mean(axis=2)
    sat = rgb.max(axis=2) - rgb.min(axis=2)
    grey[sat > SATURATION_INK] = 255
    out = Image.fromarray(grey.clip(0, 255).astype(np.uint8), "L")
    out.info["dpi"] = image.info.get("dpi", (300, 300))
    return out


def skew_angle(image: Image.Image) -> float:
    """Skew in degrees (positive: text rises to the right), by maximising the row-profile energy."""
    small = image.convert("L").reduce(4)
    ink = np.argwhere(np.asarray(small) < 128)
    if len(ink) < 200:
        return 0.0
    ys, xs = ink[:, 0].astype(float), ink[:, 1].astype(float)

    def energy(a: float) -> float:
        t = np.deg2rad(a)
        proj = ys * np.cos(t) + xs * np.sin(t)
        return float((np.bincount((proj - proj.min()).astype(int)).astype(float) ** 2).sum())

    best = max(np.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 0.01, 0.5), key=energy)
    best = max(np.arange(best - 0.4, best + 0.41, 0.1), key=energy)
    return round(float(best), 2)


def deskew(image: Image.Image) -> tuple[Image.Image, float]:
    angle = skew_angle(image)
    if abs(angle) < 0.15:
        return image, 0.0
    out = image.rotate(-angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    out.info["dpi"] = image.info.get("dpi", (300, 300))
    return out, angle


@dataclass
class Segment:
    words: list[Word]

    @property
    def x0(self) -> int:
        return min(w.box[0] for w in self.words)

    @property
    def x1(self) -> int:
        return max(w.box[2] for w in self.words)

    @property
    def y0(self) -> int:
        return min(w.box[1] for w in self.words)

    @property
    def y1(self) -> int:
        return max(w.box[3] for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class Row:
    segments: list[Segment] = field(default_factory=list)

    @property
    def y0(self) -> int:
        return min(s.y0 for s in self.segments)

    @property
    def y1(self) -> int:
        return max(s.y1 for s in self.segments)


def segments(words: list[Word]) -> list[Segment]:
    """Tesseract's lines (in its word order), cut where two words are a column gap apart, where the line
    jumps to another row, or where it runs backwards."""
    if not words:
        return []
    h = median(w.height for w in words) or 1
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    out = []
    for line in lines.values():
        current = [line[0]]
        for prev, w in itertools.pairwise(line):
            gap = w.box[0] - prev.box[2]
            if gap > COLUMN_GAP * h or gap < -h or abs(w.cy - prev.cy) > ROW_JUMP * h:
                out.append(Segment(current))
                current = []
            current.append(w)
        out.append(Segment(current))
    return out


def is_noise(word: Word) -> bool:
    """Specks, seal and signature strokes read as characters."""
    text = word.text
    if word.conf < NOISE_CONF and not any(c.isalnum() for c in text):
        return True
    foreign = any(c.isalpha() and c.lower() not in VI_LOWER for c in text)
    return foreign and word.conf < FOREIGN_CONF and not any(c.isdigit() for c in text)  # `Ø3`: a pen 03


def rows(segs: list[Segment]) -> list[Row]:
    """Segments grouped into rows: a segment joins a row whose first segment it overlaps by half its
    height (the first segment, not the union, so that a tall scribble does not bridge two rows)."""
    out: list[Row] = []
    for s in sorted(segs, key=lambda s: (s.y0 + s.y1) / 2):
        for row in reversed(out[-4:]):
            first = row.segments[0]
            overlap = min(first.y1, s.y1) - max(first.y0, s.y0)
            if overlap > 0.5 * min(s.y1 - s.y0, first.y1 - first.y0):
                row.segments.append(s)
                break
        else:
            out.append(Row([s]))
    for row in out:
        row.segments.sort(key=lambda s: s.x0)
    return out


_NUMBER_LINE = re.compile(r"^so\b")
_PAGE_NUMBER = re.compile(r"^[-–]?\s*\d{1,3}\s*[-–]?$")


@dataclass
class Frame:
    """The text area of a page: columns are judged relative to it."""

    left: int
    right: int

    def rel(self, x: float) -> float:
        return (x - self.left) / max(1, self.right - self.left)


def _spans_both(seg: Segment, frame: Frame) -> bool:
    return frame.rel(seg.x0) < 0.3 and frame.rel(seg.x1) > 0.62


def _centred(seg: Segment, frame: Frame) -> bool:
    return abs(frame.rel((seg.x0 + seg.x1) / 2) - 0.5) < 0.07


def _is_left(seg: Segment, frame: Frame) -> bool:
    return frame.rel((seg.x0 + seg.x1) / 2) < 0.42


def _is_right(seg: Segment, frame: Frame) -> bool:
    return frame.rel(seg.x0) > 0.4


def _columns(block: list[Row], frame: Frame, band_at_number: bool) -> list[list[Word]]:
    """Lines of a two-column block: per band, the left column's lines then the right column's."""
    bands: list[list[Row]] = [[]]
    for row in block:
        left = [s for s in row.segments if _is_left(s, frame)]
        if band_at_number and bands[-1] and left and _NUMBER_LINE.match(fold(left[0].text)):
            bands.append([])
        bands[-1].append(row)
    lines: list[list[Word]] = []
    for band in bands:
        for side in (True, False):
            for row in band:
                ws = [w for s in row.segments if _is_left(s, frame) == side for w in s.words]
                if ws:
                    lines.append(ws)
    return lines


def _header_end(rs: list[Row], frame: Frame) -> int:
    for i, row in enumerate(rs[:14]):
        if len(row.segments) == 1 and (_spans_both(row.segments[0], frame) or _centred(row.segments[0], frame)):
            return i
        if fold(row.segments[0].text).startswith("kinh gui"):
            return i
    return 0


_AUTHORITY = re.compile(r"^(tm|kt|tl|tuq|q)\s*[.,]\s*\w")


def _closes(row: Row, frame: Frame) -> bool:
    """A row of the closing: `Nơi nhận`, `- Như trên` on the left, or a signing authority on the right."""
    for s in row.segments:
        f = fold(s.text)
        if _is_left(s, frame) and (f.startswith("noi nhan") or re.match(r"^-?\s*nhu tren", f)):
            return True
        letters = [c for c in s.text if c.isalpha()]
        if _is_right(s, frame) and _AUTHORITY.match(f) and sum(c.isupper() for c in letters) > 0.8 * len(letters):
            return True
    return False


def _closing_start(rs: list[Row], frame: Frame) -> int | None:
    for i, row in enumerate(rs):
        if _closes(row, frame):
            while i > 0 and all(_is_right(s, frame) for s in rs[i - 1].segments) and (
                    rs[i].y0 - rs[i - 1].y1) < 3 * (rs[i - 1].y1 - rs[i - 1].y0):
                i -= 1
            return i
    return None


def _strip_marks(line: list[Word]) -> list[Word]:
    """`"Trần Ngọc Căng` → `Trần Ngọc Căng`: a seal stroke read as a quote before a signer's name."""
    first = line[0]
    text = first.text.lstrip("\"'`^~“”‘’")
    if text and text != first.text:
        return [Word(text, first.conf, first.box, first.line), *line[1:]]
    return line


def _has_word(line: list[Word]) -> bool:
    """A closing line worth keeping: not a lone mark left by the signature or the seal."""
    return any(sum(c.isalpha() for c in w.text) >= 2 for w in line)


def reading_order(words: list[Word], first_page: bool) -> list[list[Word]]:
    """The page's words as lines of text in reading order."""
    if not words:
        return []
    words = [w for w in words if not is_noise(w)]
    if not words:
        return []
    frame = Frame(min(w.box[0] for w in words), max(w.box[2] for w in words))
    rs = rows(segments(words))
    for end in (0, -1):  # a page number alone at the top or the bottom
        if rs and len(rs[end].segments) == 1 and _PAGE_NUMBER.match(rs[end].segments[0].text):
            rs.pop(end)
    lines: list[list[Word]] = []
    start = 0
    if first_page:
        start = _header_end(rs, frame)
        lines += _columns(rs[:start], frame, band_at_number=True)
    close = _closing_start(rs, frame)
    body_end = close if close is not None and close >= start else len(rs)
    h = median(w.height for w in words)
    body = rs[start:body_end]
    for i, row in enumerate(body):
        if i and row.y0 - body[i - 1].y1 > PARAGRAPH_GAP * h:
            lines.append([])  # a blank line where the page leaves a wider gap: title, subject, paragraphs
        lines.append([w for s in row.segments for w in s.words])
    if body_end < len(rs):
        lines += [_strip_marks(ln) for ln in _columns(rs[body_end:], frame, band_at_number=False) if _has_word(ln)]
    return [ln for ln in lines if not ln or any(c.isalnum() for w in ln for c in w.text)]
