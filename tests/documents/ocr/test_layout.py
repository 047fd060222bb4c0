import pytest
from PIL import Image, ImageDraw

from chidao.documents.ocr.engine import Word
from chidao.documents.ocr.layout import clean, reading_order, skew_angle

from .samples import font

H = 40


def _seg(text: str, x: int, y: int, line: int) -> list[Word]:
    out = []
    for w in text.split():
        out.append(Word(w, 95.0, (x, y, x + 25 * len(w), y + H), (line, 1, 1)))
        x += 25 * len(w) + 15
    return out


def _text(lines: list[list[Word]]) -> list[str]:
    return [" ".join(w.text for w in line) for line in lines]


def test_header_columns_are_read_left_then_right_in_bands():
    # one Tesseract line per row, spanning both columns, as Tesseract returns them
    words = (_seg("ỦY BAN NHÂN DÂN", 300, 100, 1) + _seg("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1100, 100, 1)
             + _seg("HUYỆN AN HÒA", 330, 160, 2) + _seg("Độc lập - Tự do - Hạnh phúc", 1200, 160, 2)
             + _seg("Số: 12 /TB-UBND", 300, 260, 3) + _seg("An Hòa, ngày 05 tháng 3 năm 2024", 1150, 260, 3)
             + _seg("THÔNG BÁO", 1050, 400, 4)
             + _seg("Ngày 01 tháng 3 năm 2024, Chủ tịch Ủy ban nhân dân huyện chủ trì cuộc họp", 300, 500, 5))
    assert _text(reading_order(words, first_page=True)) == [
        "ỦY BAN NHÂN DÂN", "HUYỆN AN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 12 /TB-UBND", "An Hòa, ngày 05 tháng 3 năm 2024", "THÔNG BÁO",
        "",  # the wider gap before the body is a blank line
        "Ngày 01 tháng 3 năm 2024, Chủ tịch Ủy ban nhân dân huyện chủ trì cuộc họp",
    ]


def test_closing_blocks_are_not_interleaved_and_page_number_dropped():
    words = (_seg("2", 1230, 40, 9)
             + _seg("báo cáo kết quả trước ngày 20 tháng 3 năm 2024 về Ủy ban nhân dân huyện", 300, 200, 1)
             + _seg("Nơi nhận:", 300, 300, 2) + _seg("KT. CHỦ TỊCH", 1500, 300, 2)
             + _seg("- Như trên;", 300, 350, 3) + _seg("PHÓ CHỦ TỊCH", 1500, 360, 3)
             + _seg("- Lưu: VT.", 300, 400, 4) + _seg("Lê Văn Minh", 1520, 600, 5))
    assert _text(reading_order(words, first_page=False)) == [
        "báo cáo kết quả trước ngày 20 tháng 3 năm 2024 về Ủy ban nhân dân huyện",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Minh",
    ]


def test_table_row_stays_on_one_line():
    words = (_seg("Nội dung công việc trong năm của các phòng ban chuyên môn thuộc huyện", 300, 100, 1)
             + _seg("1", 300, 160, 2) + _seg("Rà soát nguồn nước", 500, 160, 3) + _seg("Phòng Nông nghiệp", 1300, 160, 4)
             + _seg("30/3/2024", 1900, 160, 5))
    assert _text(reading_order(words, first_page=False))[1] == "1 Rà soát nguồn nước Phòng Nông nghiệp 30/3/2024"


def _text_image(angle: float) -> Image.Image:
    img = Image.new("L", (1600, 1200), 255)
    d = ImageDraw.Draw(img)
    for i in range(14):
        d.text((100, 80 + i * 75), "Ủy ban nhân dân huyện giao các phòng chủ trì thực hiện", font=font(9), fill=0)
    return img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


@pytest.mark.parametrize("angle", [0.0, 1.5, -2.0])
def test_skew_is_measured(angle):
    assert skew_angle(_text_image(angle)) == pytest.approx(angle, abs=0.3)


def test_coloured_ink_is_dropped():
    img = Image.new("RGB", (40, 20), "white")
    img.paste((200, 30, 30), (0, 0, 20, 20))  # a red seal
    img.paste((10, 10, 10), (20, 0, 40, 20))  # print
    out = clean(img)
    assert out.getpixel((5, 5)) == 255 and out.getpixel((30, 5)) < 50


def test_signature_strokes_between_title_and_name_are_dropped():
    words = (_seg("Nơi nhận:", 300, 300, 2) + _seg("KT. CHỦ TỊCH", 1500, 300, 2)
             + _seg("- Lưu: VT.", 300, 350, 3) + _seg("PHÓ CHỦ TỊCH", 1500, 360, 3)
             + _seg("4", 1600, 450, 6) + [Word("“Ÿn", 20.0, (1650, 520, 1700, 560), (7, 1, 1))]
             + _seg("Lê Văn Minh", 1520, 600, 5))
    assert _text(reading_order(words, first_page=False)) == [
        "Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Minh"]
