from __future__ import annotations

import pytest

from chidao.documents.parts.signature import is_name, read_signature, split_title, title_then_name

A = tuple[tuple[str, str], ...]


@pytest.mark.parametrize(
    ("lines", "authority", "title", "name"),
    [
        (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Mừng"],
         (("TM.", "ỦY BAN NHÂN DÂN"), ("KT.", "CHỦ TỊCH")), "PHÓ CHỦ TỊCH", "Lò Văn Mừng"),
        (["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Hà Thị Ngân"],
         (("TL.", "CHỦ TỊCH"), ("KT.", "CHÁNH VĂN PHÒNG")), "PHÓ CHÁNH VĂN PHÒNG", "Hà Thị Ngân"),
        (["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH", "Đinh Quang Huy"],
         (("TUQ.", "GIÁM ĐỐC"),), "TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH", "Đinh Quang Huy"),
        (["Q. GIÁM ĐỐC", "Vi Thị Hồng"], (("Q.", "GIÁM ĐỐC"),), None, "Vi Thị Hồng"),
        (["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Quốc Toản"],
         (("T/M", "BAN THƯỜNG VỤ"),), "PHÓ BÍ THƯ", "Trần Quốc Toản"),
        (["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lường Thị Bích"],
         (("K/T", "TRƯỞNG BAN"),), "PHÓ TRƯỞNG BAN", "Lường Thị Bích"),
        (["KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nông Văn Tài"], (("KT.", "GIÁM ĐỐC"),), "PHÓ GIÁM ĐỐC", "Nông Văn Tài"),
        (["TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ PHÁP CHẾ", "Đặng Thu Trang"],
         (("TL.", "BỘ TRƯỞNG"),), "VỤ TRƯỞNG VỤ PHÁP CHẾ", "Đặng Thu Trang"),
        (["KT.", "CỤC TRƯỞNG PHÓ CỤC TRƯỞNG Mai Anh Đức"], (("KT.", "CỤC TRƯỞNG"),), "PHÓ CỤC TRƯỞNG", "Mai Anh Đức"),
        (["**KT. BỘ TRƯỞNG**", "**THỨ TRƯỞNG**", "**Phan Văn Khải**"], (("KT.", "BỘ TRƯỞNG"),), "THỨ TRƯỞNG", "Phan Văn Khải"),
        (["PHÓ GIÁM ĐỐCHoàng Thị Mai"], (), "PHÓ GIÁM ĐỐC", "Hoàng Thị Mai"),
        (["CHỦ TỊCH"], (), "CHỦ TỊCH", None),
        (["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "Vũ Đức Đam"], (("KT.", "BỘ TRƯỞNG, CHỦ NHIỆM"),), None, "Vũ Đức Đam"),
        # the authority's line wrapped inside the body's name: its rest opens the next line, then the title
        (["TL. CHỦ TỊCH ỦY", "BAN NHÂN DÂN HUYỆN", "CHÁNH VĂN PHÒNG", "Vi Văn Hòa"],
         (("TL.", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN"),), "CHÁNH VĂN PHÒNG", "Vi Văn Hòa"),
        (["TL. CHỦ TỊCH UỶ", "BAN NHÂN DÂN TỈNH TRƯỞNG PHÒNG TỔNG HỢP", "Đào Thị Yến"],
         (("TL.", "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH"),), "TRƯỞNG PHÒNG TỔNG HỢP", "Đào Thị Yến"),
        (["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hà QUY CHẾ PHỐI HỢP"],
         (("TM.", "ỦY BAN NHÂN DÂN"), ("KT.", "CHỦ TỊCH")), "PHÓ CHỦ TỊCH", "Lê Văn Hà"),
        # the body the authority's title heads, on a line of its own above the signer's title
        (["TL. BỘ TRƯỞNG", "KT. CHỦ TỊCH", "ỦY BAN QUẢN LÝ VỐN NHÀ NƯỚC", "PHÓ CHỦ TỊCH", "Đỗ Minh Châu"],
         (("TL.", "BỘ TRƯỞNG"), ("KT.", "CHỦ TỊCH ỦY BAN QUẢN LÝ VỐN NHÀ NƯỚC")), "PHÓ CHỦ TỊCH", "Đỗ Minh Châu"),
        # what a gazette PDF keeps of the signature image: a bracket alone, or glued to the title with a stray letter
        (["BỘ TRƯỞNG", "[", "Mai Xuân Bắc"], (), "BỘ TRƯỞNG", "Mai Xuân Bắc"),
        (["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNGy]", "Hồ Văn Lâm"], (("KT.", "THỦ TƯỚNG"),), "PHÓ THỦ TƯỚNG", "Hồ Văn Lâm"),
        (["CHỦ TỊCHLê Văn Tâm"], (), "CHỦ TỊCH", "Lê Văn Tâm"),
        # a closing flattened onto one line: the title glued to the body's last word, `(đã ký)` before the name
        (["TM. BAN THƯỜNG VỤ HUYỆN ĐOÀNPHÓ BÍ THƯ (đã ký) Lù Văn Sáng"],
         (("TM.", "BAN THƯỜNG VỤ HUYỆN ĐOÀN"),), "PHÓ BÍ THƯ", "Lù Văn Sáng"),
        (["TM. BAN THƯỜNG TRỰC CHỦ TỊCH (Đã ký) Hà Thị Lan"], (("TM.", "BAN THƯỜNG TRỰC"),), "CHỦ TỊCH", "Hà Thị Lan"),
        # ... the authority and the title parted by a dash, as an app's transcription of a Sở's letter prints them
        (["KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC Trần Minh Khoa (đã ký)"], (("KT.", "GIÁM ĐỐC"),), "PHÓ GIÁM ĐỐC", "Trần Minh Khoa"),
    ],
)
def test_signature_blocks(lines: list[str], authority: A, title: str | None, name: str | None) -> None:
    sig = read_signature(lines, None)
    assert sig is not None
    assert tuple((a.marker, a.of) for a in sig.authority) == authority
    assert (sig.title, sig.name) == (title, name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn An", True), ("Lưu: VT", False), ("Các sở, ngành", False), ("Sở Y tế", False), ("Hoàng", False),
        # Central Highlands names: an apostrophe inside a word
        ("H'Lan Niê", True), ("Y Ly Niê K’Đăm", True), ("Ksor Y Phước", True), ("H'", False),
    ],
)
def test_is_name(text: str, expected: bool) -> None:
    assert is_name(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PHÓ CHỦ TỊCH Nguyễn Văn An", True),
        ("UBND tỉnh Cao Bằng", False),
        # A name of any length, with the next heading glued on by a flat export.
        ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Thị Xuân Hương PHỤ LỤC KÈM THEO: ……", True),
        ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Vi Quỳnh BIỂU MẪU SỐ 01", True),
        ("PHÓ CHỦ TỊCH Nguyễn Văn An phụ trách", False),
        ("PHỤ LỤC", False),
    ],
)
def test_title_then_name(text: str, expected: bool) -> None:
    assert title_then_name(text) is expected


@pytest.mark.parametrize(
    ("lines", "title", "name"),
    [
        (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Trịnh Thu Hà"], "PHÓ GIÁM ĐỐC", "Trịnh Thu Hà"),
        (["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "ĐOÀN MINH KHÔI"], "CHÁNH VĂN PHÒNG", "ĐOÀN MINH KHÔI"),
        (["TRƯỞNG PHÒNG KẾ HOẠCH -", "TÀI CHÍNH", "Hà Văn B"], "TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH", "Hà Văn B"),
        (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "H'Lan Niê"], "PHÓ CHỦ TỊCH", "H'Lan Niê"),
        (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC Y Ly Niê K’Đăm"], "PHÓ GIÁM ĐỐC", "Y Ly Niê K’Đăm"),
    ],
)
def test_signed_marks_capital_names_and_wrapped_titles(lines: list[str], title: str, name: str) -> None:
    sig = read_signature(lines, None)
    assert sig is not None and (sig.title, sig.name) == (title, name)


@pytest.mark.parametrize(
    ("authority_line", "of", "title"),
    [
        # one whole title is no authority and title glued (`TỔNG` is no office): nothing is cut
        ("TỔNG CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", None),
        ("TONG CỤC TRƯỞNG", "TONG CỤC TRƯỞNG", None),
        ("TỔNG GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", None),
        # two titles glued are cut as before
        ("CỤC TRƯỞNG PHÓ CỤC TRƯỞNG", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"),
        # a title run into the body's last word by a flattened copy
        ("BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNHCHỦ TỊCH", "BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH", "CHỦ TỊCH"),
    ],
)
def test_split_title_keeps_one_whole_title(authority_line: str, of: str, title: str | None) -> None:
    assert split_title(authority_line) == (of, title)
