"""The recogniser: the `tesseract` binary (5.x, Vietnamese model), run as a subprocess with TSV output.

Each call recognises one page image and returns its words with confidence and pixel box. One thread per
call (`OMP_THREAD_LIMIT=1`): pages run in parallel instead, which is faster on few cores.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache

from PIL import Image

LANG = "vie"
TIMEOUT_S = 180

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in page pixels


@dataclass(frozen=True)
class Word:
    """One recognised word: text as read, confidence 0..100, box, and Tesseract's line it belongs to."""

    text: str
    conf: float
    box: Box
    line: tuple[int, int, int] = (0, 0, 0)  # block, paragraph, line

    @property
    def height(self) -> int:
        return self.box[3] - self.box[1]

    @property
    def cx(self) -> float:
        return (self.box[0] + self.box[2]) / 2

    @property
    def cy(self) -> float:
        return (self.box[1] + self.box[3]) / 2


@cache
def missing() -> str | None:
    """Why OCR cannot run here (in Vietnamese and English), or None when Tesseract and `vie` are present."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "Chưa cài Tesseract (tesseract not installed: apt-get install tesseract-ocr tesseract-ocr-vie)"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as e:
        return f"Không chạy được Tesseract (tesseract does not run: {e})"
    if LANG not in out.stdout.split():
        return "Thiếu mô hình tiếng Việt của Tesseract (tesseract-ocr-vie not installed)"
    return None


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def run_tesseract(image: Image.Image, psm: int = 3, extra: tuple[str, ...] = ()) -> str:
    """Raw TSV text of Tesseract on `image` (PNG through stdin)."""
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    dpi = image.info.get("dpi", (300, 300))[0]
    cmd = ["tesseract", "stdin", "stdout", "-l", LANG, "--psm", str(psm), "--dpi", str(int(dpi)), *extra, "tsv"]
    out = subprocess.run(cmd, input=buf.getvalue(), capture_output=True, timeout=TIMEOUT_S, env=_env())
    if out.returncode != 0:
        raise RuntimeError(out.stderr.decode("utf-8", "replace").strip() or "tesseract failed")
    return out.stdout.decode("utf-8", "replace")


def parse_tsv(tsv: str, offset: tuple[int, int] = (0, 0)) -> list[Word]:
    words = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        x0, y0 = left + offset[0], top + offset[1]
        words.append(Word(text, float(cols[10]), (x0, y0, x0 + width, y0 + height),
                          (int(cols[2]), int(cols[3]), int(cols[4]))))
    return words


def recognise(image: Image.Image, psm: int = 3) -> list[Word]:
    """The words of one page image."""
    return parse_tsv(run_tesseract(image, psm=psm))


def read_digits(image: Image.Image, box: Box, pad: int = 6) -> tuple[str, float] | None:
    """Read a hand-filled number (after `Số:`, the day) again, digits only, as one line."""
    x0, y0, x1, y1 = box
    crop = image.crop((max(0, x0 - pad), max(0, y0 - pad), x1 + pad, y1 + pad))
    framed = Image.new("L", (crop.width + 40, crop.height + 40), 255)
    framed.paste(crop.convert("L"), (20, 20))
    framed.info["dpi"] = image.info.get("dpi", (300, 300))
    words = parse_tsv(run_tesseract(framed, psm=7, extra=("-c", "tessedit_char_whitelist=0123456789")))
    text = "".join(w.text for w in words)
    if not text.isdigit():
        return None
    return text, min(w.conf for w in words)
