"""OCR speed with a cold cache: seconds per page and pages per minute on this machine.

    .venv/bin/python benchmarks/ocr_speed.py                 # 6 generated A4 pages (our own sample text)
    .venv/bin/python benchmarks/ocr_speed.py scans/*.pdf     # given PDFs or images

Each file is read once through `ocr_pdf` / `ocr_image` with `CHIDAO_CACHE_DIR` pointing at a fresh
temporary folder, so nothing comes from the cache. Pages of a document run in parallel (one Tesseract
per core).
"""

from __future__ import annotations

import io
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SENTENCES = [
    "Ủy ban nhân dân huyện giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với các cơ quan liên quan",
    "rà soát nguồn kinh phí, tham mưu Chủ tịch Ủy ban nhân dân huyện bố trí vốn để thực hiện các công",
    "trình cấp bách; báo cáo kết quả về Văn phòng trước ngày 15 tháng 6 năm 2024. Các xã, thị trấn",
    "chủ động kiểm tra, đôn đốc việc triển khai, kịp thời phản ánh những khó khăn, vướng mắc phát sinh.",
]


def a4_page(n: int) -> Image.Image:
    """A typical A4 page at 300 dpi: a heading and about 38 lines of 14 pt body text."""
    img = Image.new("RGB", (2480, 3508), "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 52)
    d.text((900, 200), f"Trang {n}", font=font, fill=0)
    y = 360
    i = 0
    while y < 3300:
        d.text((280, y), SENTENCES[i % len(SENTENCES)], font=ImageFont.truetype(FONT, 48), fill=0)
        y += 78
        i += 1
    return img


def sample_pdf(pages: int) -> bytes:
    imgs = [a4_page(i + 1) for i in range(pages)]
    buf = io.BytesIO()
    imgs[0].save(buf, format="PDF", resolution=300, save_all=True, append_images=imgs[1:])
    return buf.getvalue()


def main(argv: list[str]) -> None:
    os.environ["CHIDAO_CACHE_DIR"] = tempfile.mkdtemp(prefix="chidao-ocr-bench-")
    from chidao.documents.ocr import ocr_image, ocr_pdf

    inputs = [(Path(a).name, Path(a).read_bytes()) for a in argv] or [("sample-a4.pdf", sample_pdf(6))]
    total_pages, total_s = 0, 0.0
    cpu0 = _cpu()
    for name, raw in inputs:
        t = time.perf_counter()
        out = ocr_pdf(raw, name) if name.lower().endswith(".pdf") else ocr_image(raw, name)
        dt = time.perf_counter() - t
        pages = len(out.metadata["ocr"]["pages"])
        total_pages += pages
        total_s += dt
        print(f"{name}: {pages} pages in {dt:.1f} s ({dt / pages:.2f} s/page)")
    cpu = _cpu() - cpu0
    cores = os.cpu_count() or 1
    print(f"cores {cores}, load {os.getloadavg()[0]:.1f}: {total_s / total_pages:.2f} s per page, "
          f"{60 * total_pages / total_s:.1f} pages per minute ({total_pages} pages, cold cache)")
    print(f"CPU {cpu / total_pages:.2f} s per page: {60 * total_pages * cores / cpu:.1f} pages per minute "
          "when the cores are not shared")


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


if __name__ == "__main__":
    main(sys.argv[1:])
