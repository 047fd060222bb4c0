"""Scanned-looking pages made from our own sample documents (never from real ones).

`sample_page()` draws a notice in the Decree 30 layout with DejaVu Serif (it has the Vietnamese glyphs) at
300 dpi: two-column header, title, body, Nơi nhận beside the signature block; then optionally
a red seal over the signature, a printed digital-signature stamp at the top right, a skew and noise.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
DPI = 300
WIDTH = 2480
PT = DPI / 72

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN AN HÒA", "", "Số: 12 /TB-UBND"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                "An Hòa, ngày 05 tháng 3 năm 2024"]
TITLE = ["THÔNG BÁO", "Kết luận của Chủ tịch về công tác phòng chống hạn hán"]
BODY = [
    "Ngày 01 tháng 3 năm 2024, Chủ tịch Ủy ban nhân dân huyện chủ trì",
    "cuộc họp về công tác phòng chống hạn hán vụ Đông Xuân. Chủ tịch kết",
    "luận như sau: giao Phòng Nông nghiệp chủ trì, phối hợp với các xã rà",
    "soát nguồn nước, báo cáo kết quả trước ngày 20 tháng 3 năm 2024.",
]
RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Các xã, thị trấn;", "- Lưu: VT."]
SIGNATURE = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Văn Minh"]
SIGNATURE_STAMP = ["Ký bởi: Ủy ban nhân dân huyện An Hòa", "Thời gian ký: 05/03/2024 09:15:30"]


def font(size_pt: float, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = "-BoldItalic" if bold and italic else "-Bold" if bold else "-Italic" if italic else ""
    return ImageFont.truetype(str(FONT_DIR / f"DejaVuSerif{style}.ttf"), int(size_pt * PT * 0.92))


def _centre(draw: ImageDraw.ImageDraw, text: str, cx: int, y: int, f: ImageFont.FreeTypeFont) -> None:
    w = draw.textlength(text, font=f)
    draw.text((cx - w / 2, y), text, font=f, fill=0)


def sample_page(seal: bool = False, stamp: bool = False, skew: float = 0.0, noise: float = 0.0,
                body: list[str] | None = None, seed: int = 7) -> Image.Image:
    """An RGB page at 300 dpi (cropped to the text height to keep recognition quick)."""
    height = 2300
    img = Image.new("RGB", (WIDTH, height), "white")
    d = ImageDraw.Draw(img)
    line = int(13 * PT * 1.45)
    y = 160
    for i, (left, right) in enumerate(zip(HEADER_LEFT, HEADER_RIGHT, strict=True)):
        bold = i < 2
        if left:
            _centre(d, left, 560, y, font(12.5, bold=bold))
        if right:
            _centre(d, right, 1640, y, font(12.5, bold=bold, italic=i == 3))
        y += line
    y += line // 2
    _centre(d, TITLE[0], WIDTH // 2, y, font(14, bold=True))
    y += line
    _centre(d, TITLE[1], WIDTH // 2, y, font(14, bold=True))
    y += int(line * 1.6)
    for text in body or BODY:
        d.text((300, y), text, font=font(14), fill=0)
        y += line
    y += line // 2
    top = y
    for i, text in enumerate(RECIPIENTS):
        d.text((300, y), text, font=font(11, bold=i == 0, italic=i == 0), fill=0)
        y += int(line * 0.8)
    y = top
    for text in SIGNATURE:
        if text:
            _centre(d, text, 1700, y, font(13, bold=True))
        y += line
    if seal:
        d.ellipse((1450, top - 40, 1850, top + 360), outline=(220, 30, 30), width=14)
        d.text((1520, top + 120), "DẤU ĐỎ", font=font(20, bold=True), fill=(220, 30, 30))
    if stamp:
        for i, text in enumerate(SIGNATURE_STAMP):
            d.text((1700, 20 + i * 38), text, font=font(7), fill=0)
    if noise:
        rnd = random.Random(seed)
        px = img.load()
        for _ in range(int(noise * WIDTH * height / 100)):
            x, yy = rnd.randrange(WIDTH), rnd.randrange(height)
            px[x, yy] = (0, 0, 0)
    if skew:
        img = img.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor="white")
    img.info["dpi"] = (DPI, DPI)
    return img
