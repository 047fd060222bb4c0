import pytest
from PIL import Image, ImageDraw

from chidao.documents.ocr.marks import read_marks

from .samples import font

pytestmark = [pytest.mark.ocr, pytest.mark.slow]


def _stamped(text: str | None, angle: float) -> Image.Image:
    page = Image.new("RGB", (2480, 3508), "white")
    d = ImageDraw.Draw(page)
    d.text((300, 150), "ỦY BAN NHÂN DÂN HUYỆN AN HÒA", font=font(13), fill=0)
    if text:
        stamp = Image.new("RGB", (1150, 220), "white")
        s = ImageDraw.Draw(stamp)
        s.rectangle((10, 10, 1140, 210), outline=(210, 20, 20), width=8)
        s.text((80, 55), text, font=font(22, bold=True), fill=(210, 20, 20))
        stamp = stamp.rotate(angle, expand=True, fillcolor="white")
        page.paste(stamp, (250, 500))
    return page


@pytest.mark.parametrize(("text", "angle"), [("HỎA TỐC", 35), ("THƯỢNG KHẨN", -20)])
def test_red_mark_is_read(tesseract, text, angle):
    assert read_marks(_stamped(text, angle)) == text


def test_no_red_ink_no_mark():
    assert read_marks(_stamped(None, 0)) is None
