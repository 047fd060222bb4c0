from __future__ import annotations

import pytest

from chidao.documents import parse_text
from chidao.documents.data import load_toml
from chidao.documents.model import Issuer
from chidao.documents.parts.issuer import group_bodies, mass_body, split_glued


@pytest.mark.parametrize(
    ("lines", "bodies"),
    [
        (["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"], ["ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"]),
        (["UBND TỈNH HÀ GIANG", "SỞ Y TẾ"], ["UBND TỈNH HÀ GIANG", "SỞ Y TẾ"]),
        (["BỘ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"], ["BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]),
        (["TỈNH ỦY ĐIỆN BIÊN"], ["TỈNH ỦY ĐIỆN BIÊN"]),
        (["TỈNH ỦY ĐIỆN BIÊN", "BAN TUYÊN GIÁO"], ["TỈNH ỦY ĐIỆN BIÊN", "BAN TUYÊN GIÁO"]),
        (["BỘ Y TẾ CỤC QUẢN LÝ DƯỢC"], ["BỘ Y TẾ", "CỤC QUẢN LÝ DƯỢC"]),
        (["UBND HUYỆN MƯỜNG ẢNG", "VĂN PHÒNG HĐND VÀ UBND"], ["UBND HUYỆN MƯỜNG ẢNG", "VĂN PHÒNG HĐND VÀ UBND"]),
        (["UBND TỈNH PHÚ AN", "SỞ TÀI NGUYÊN VÀ MÔI", "TRƯỜNG"], ["UBND TỈNH PHÚ AN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"]),
        (["UBND HUYỆN BẢO LỘC", "VĂN PHÒNG HĐND VÀ", "UBND"], ["UBND HUYỆN BẢO LỘC", "VĂN PHÒNG HĐND VÀ UBND"]),
        (["SỞ Y TẾ", "TRƯỜNG CAO ĐẲNG Y TẾ"], ["SỞ Y TẾ", "TRƯỜNG CAO ĐẲNG Y TẾ"]),
        # A place name that folds to a head (`VÂN PHONG` ~ `VĂN PHÒNG`, `ĐOAN` ~ `ĐOÀN`) continues the body above.
        (["UBND TỈNH KHÁNH AN", "BAN QUẢN LÝ KHU KINH TẾ", "VÂN PHONG"], ["UBND TỈNH KHÁNH AN", "BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG"]),
        (["ĐẢNG ỦY XÃ", "ĐOAN KẾT"], ["ĐẢNG ỦY XÃ ĐOAN KẾT"]),
        (["ỦY BAN NHÂN DÂN XÃ", "ĐOÀN KẾT"], ["ỦY BAN NHÂN DÂN XÃ ĐOÀN KẾT"]),
        # ... read with its diacritics: `HÀ TĨNH` does not end with the word `TỈNH`.
        (["ĐẢNG BỘ TỈNH HÀ TĨNH", "HUYỆN ỦY CẨM XUYÊN"], ["ĐẢNG BỘ TỈNH HÀ TĨNH", "HUYỆN ỦY CẨM XUYÊN"]),
        (["UBND TINH HA TINH", "SO Y TE"], ["UBND TINH HA TINH", "SO Y TE"]),
        # Without any diacritics (lost in an export) the folded head is all there is.
        (["UBND TINH HA GIANG", "SO Y TE"], ["UBND TINH HA GIANG", "SO Y TE"]),
        # A web copy cuts a cell's lines where its page source was: a line of one word is no body of its own.
        (["ỦY", "BAN NHÂN DÂN", "TỈNH NAM BÌNH"], ["ỦY BAN NHÂN DÂN TỈNH NAM BÌNH"]),
        (["HỘI", "ĐỒNG NHÂN DÂN", "HUYỆN AN PHÚ"], ["HỘI ĐỒNG NHÂN DÂN HUYỆN AN PHÚ"]),
        # a sub-committee under the committee that set it up
        (["ỦY BAN BẦU CỬ XÃ TÂN HÒA", "TIỂU BAN AN NINH, TRẬT TỰ"], ["ỦY BAN BẦU CỬ XÃ TÂN HÒA", "TIỂU BAN AN NINH, TRẬT TỰ"]),
    ],
)
def test_bodies(lines: list[str], bodies: list[str]) -> None:
    assert group_bodies(lines) == bodies


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("TỔNG CỤC THUẾ", ["TỔNG CỤC THUẾ"]),
        ("ỦY BAN NHÂN DÂN", ["ỦY BAN NHÂN DÂN"]),
        ("BỘ TÀI CHÍNH KHO BẠC NHÀ NƯỚC", ["BỘ TÀI CHÍNH KHO BẠC NHÀ NƯỚC"]),
        # Words that fold to an inline head but are written otherwise are part of a place name.
        ("UBND HUYỆN ĐOAN HÙNG", ["UBND HUYỆN ĐOAN HÙNG"]),
        ("ỦY BAN NHÂN DÂN XÃ BẢN PHỐ", ["ỦY BAN NHÂN DÂN XÃ BẢN PHỐ"]),
        ("BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG SỞ Y TẾ", ["BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG", "SỞ Y TẾ"]),
        # A locality word needs its name: a head written right after it opens the place name (`xã Đoàn Kết`).
        ("UBND XÃ ĐOÀN KẾT", ["UBND XÃ ĐOÀN KẾT"]),
        ("ỦY BAN NHÂN DÂN HUYỆN BAN MÊ", ["ỦY BAN NHÂN DÂN HUYỆN BAN MÊ"]),
        # The office of a body is named by that body: one issuer (a place written `VÂN PHONG` still splits, above).
        ("VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH NAM AN", ["VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH NAM AN"]),
        ("VĂN PHÒNG BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI", ["VĂN PHÒNG BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI"]),
    ],
)
def test_glued_lines_split_only_at_a_second_body(line: str, pieces: list[str]) -> None:
    assert split_glued(line) == pieces


@pytest.mark.parametrize(
    ("text", "name", "parent"),
    [
        ("UBND HUYỆN AN PHÚ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n-----\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\n",
         "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "UBND HUYỆN AN PHÚ"),
        ("ỦY\nBAN NHÂN DÂN\nHUYỆN AN PHÚ\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n", "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ", None),
    ],
)
def test_a_web_copys_issuer_cell_keeps_its_lines(text: str, name: str, parent: str | None) -> None:
    """A cell cut over lines is read as one cell (`cell_lines`); the issuer is still read line by line."""
    doc = parse_text(text + "Số: 15/PGDĐT\n|\nAn Phú, ngày 3 tháng 4 năm 2020\n|\nV/v dạy thêm\n", check=False)
    assert doc.issuer is not None and (doc.issuer.name, doc.issuer.parent) == (name, parent)


@pytest.mark.parametrize("example", load_toml("issuer_markers.toml")["mass"]["examples"])
def test_mass_organisations(example: list[str]) -> None:
    """`[mass]` of data/issuer_markers.toml: a mass organisation's document, numbered Party-style, is no Party's."""
    (name, parent, symbol), expected = example[0].split("|"), example[1]
    assert mass_body(Issuer(name=name, parent=parent or None), symbol) is (expected == "yes")


@pytest.mark.parametrize(
    ("header", "family"),
    [
        # a farmers' union's letter, its symbol Party-style, no Quốc hiệu: state
        ("HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TỈNH NAM AN\n*\nSố 312 - CV/HNDT\nV/v hội thi nhà nông\n"
         "Nam An, ngày 4 tháng 6 năm 2025\n", "state"),
        # the Youth Union's central committee named only by its committee: the symbol's code decides
        ("BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 77 - KH/TWĐTN-VP\nHà Nội, ngày 2 tháng 3 năm 2025\nKẾ HOẠCH\n"
         "Tổ chức ngày hội đọc sách\n", "state"),
        # a veterans' association signing `T/M BAN THƯỜNG VỤ` as Party bodies do: its closing does not make it Party
        ("HỘI CỰU CHIẾN BINH VIỆT NAM\nHỘI CCB TỈNH NAM AN\n*\nSố 7-HD/CCB\nNam An, ngày 5 tháng 5 năm 2026\n"
         "HƯỚNG DẪN\nGặp mặt hội viên\nĐề nghị Hội CCB các huyện thực hiện.\nNơi nhận:\n- Lưu VP.\n"
         "T/M BAN THƯỜNG VỤ\nCHỦ TỊCH\nLê Văn Tòng\n", "state"),
        # a Party committee numbering so stays Party
        ("ĐẢNG BỘ TỈNH NAM AN\nHUYỆN ỦY KIM AN\n*\nSố 18 - KH/HU\nKim An, ngày 4 tháng 6 năm 2025\nKẾ HOẠCH\n"
         "Tổ chức hội nghị học tập\n", "party"),
    ],
)
def test_a_mass_organisations_party_style_number_keeps_the_state_family(header: str, family: str) -> None:
    doc = parse_text(header + "Đề nghị các đơn vị thực hiện.\n", check=False)
    assert doc.family == family


def test_the_central_youth_committees_two_columns_joined_on_one_line() -> None:
    """`BAN CHẤP HÀNH TRUNG ƯƠNG` (left) and `ĐOÀN TNCS HỒ CHÍ MINH` (the heading, right) joined by a copy."""
    doc = parse_text(
        "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 40 - KH/TWĐTN-VP Hà Nội, ngày 5 tháng 5 năm 2025\n"
        "KẾ HOẠCH\nTổ chức giải chạy vì sức khỏe thanh niên\nCác tỉnh đoàn tổ chức giải chạy cấp tỉnh.\n",
        check=False,
    )
    assert doc.issuer is not None and (doc.issuer.name, doc.issuer.parent) == ("BAN CHẤP HÀNH TRUNG ƯƠNG", None)
    assert doc.family == "state" and doc.number is not None and doc.number.symbol == "KH/TWĐTN-VP"
