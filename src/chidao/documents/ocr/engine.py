"""The recogniser: the `tesseract` binary (5.x, Vietnamese model), run as a subprocess with TSV output.

Each call recognises one page image and returns its words with confidence and pixel box. One thread per
call (`OMP_THREAD_LIMIT=1`): pages run in parallel instead, which is faster on few cores.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
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
def languages() -> frozenset[str]:
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(out.stdout.split()[1:])


@cache
def missing() -> str | None:
    """Why OCR cannot run here (in Vietnamese and English), or None when Tesseract and `vie` are present."""
    if shutil.which("tesseract") is None:
        return "Chưa cài Tesseract (tesseract not installed: apt-get install tesseract-ocr tesseract-ocr-vie)"
    if LANG not in languages():
        return "Thiếu mô hình tiếng Việt của Tesseract (tesseract-ocr-vie not installed)"
    return None


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def run_tesseract(image: Image.Image, psm: int = 3, extra: tuple[str, ...] = (), lang: str = LANG) -> str:
    """Raw TSV text of Tesseract on `image` (PNG through stdin)."""
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    dpi = image.info.get("dpi", (300, 300))[0]
    cmd = ["tesseract", "stdin", "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(int(dpi)), *extra, "tsv"]
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


def orientation(image: Image.Image) -> int:
    """Degrees to turn the page clockwise to stand it upright (Tesseract's OSD), 0 when unsure."""
    if "osd" not in languages():
        return 0
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    dpi = str(int(image.info.get("dpi", (300, 300))[0]))
    out = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "0", "--dpi", dpi], input=buf.getvalue(),
                         capture_output=True, timeout=TIMEOUT_S, env=_env())
    text = out.stdout.decode("utf-8", "replace")
    rotate = re.search(r"Rotate:\s*(\d+)", text)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", text)
    if rotate is None or conf is None or float(conf[1]) < 2.0:
        return 0
    return int(rotate[1]) % 360


def recognise(image: Image.Image, psm: int = 3) -> list[Word]:
    """The words of one page image (white-on-black text is not looked for: about 10% faster)."""
    return parse_tsv(run_tesseract(image, psm=psm, extra=("-c", "tessedit_do_invert=0")))


def recognise_many(images: list[Image.Image], psm: int, lang: str = LANG, extra: tuple[str, ...] = ()) -> list[str]:
    """The text of several small images in one Tesseract run (one model load instead of one per image)."""
    if not images:
        return []
    with tempfile.TemporaryDirectory(prefix="chidao-ocr-") as tmp:
        names = []
        for i, img in enumerate(images):
            name = os.path.join(tmp, f"{i}.png")
            img.save(name, dpi=img.info.get("dpi", (300, 300)))
            names.append(name)
        listing = os.path.join(tmp, "list.txt")
        with open(listing, "w", encoding="utf-8") as f:
            f.write("\n".join(names) + "\n")
        cmd = ["tesseract", listing, "stdout", "-l", lang, "--psm", str(psm), "--dpi", "300", *extra, "tsv"]
        out = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT_S, env=_env())
    if out.returncode != 0:
        raise RuntimeError(out.stderr.decode("utf-8", "replace").strip() or "tesseract failed")
    texts: list[list[str]] = [[] for _ in images]
    for row in out.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) >= 12 and cols[0] == "5" and cols[11].strip() and 0 < int(cols[1]) <= len(images):
            texts[int(cols[1]) - 1].append(cols[11].strip())
    return [" ".join(t) for t in texts]


DIGIT_MODES = (("vie", 7), ("eng", 7), ("vie", 8), ("eng", 8))
DIGIT_SCALES = (1.0, 0.67)


def read_digits(image: Image.Image, boxes: list[Box]) -> list[list[str]]:
    """Read hand-filled numbers (after `Số:`, the day) again, digits only, several ways (two models, line
    and word modes, two scales): for each box, one reading per way, empty when it saw no digit."""
    crops = []
    for x0, y0, x1, y1 in boxes:
        crop = image.crop((max(0, x0), max(0, y0), x1, y1)).convert("L")
        for scale in DIGIT_SCALES:
            c = crop if scale == 1.0 else crop.resize((max(1, int(crop.width * scale)), max(1, int(crop.height * scale))))
            framed = Image.new("L", (c.width + 40, c.height + 40), 255)
            framed.paste(c, (20, 20))
            framed.info["dpi"] = image.info.get("dpi", (300, 300))
            crops.append(framed)
    readings: list[list[str]] = [[] for _ in boxes]
    for lang, psm in DIGIT_MODES:
        if lang not in languages():
            continue
        texts = recognise_many(crops, psm, lang, ("-c", "tessedit_char_whitelist=0123456789"))
        for i, text in enumerate(texts):
            readings[i // len(DIGIT_SCALES)].append("".join(c for c in text if c.isdigit()))
    return readings
