"""TCVN3 (ABC) and VNI-Windows → Unicode: the tables, run decoding, and detection in text without fonts."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from chidao.documents import legacy

SENTENCES = [
    "Giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan rà soát kinh phí.",
    "Thường trực Ủy ban nhân dân tỉnh yêu cầu khẩn trương hoàn thành trước ngày 15/6.",
    "Đồng chí Phó Chủ tịch đề nghị các huyện báo cáo kết quả thực hiện hằng tháng.",
    "Người đứng đầu cơ quan chịu trách nhiệm về tiến độ giải phóng mặt bằng.",
    "Kết luận của Bí thư Tỉnh ủy tại buổi làm việc với Đảng ủy khối doanh nghiệp.",
]


def _rows() -> list[object]:
    return [
        pytest.param(name, letter, code, example, id=f"{name}-{letter}")
        for name in legacy.ENCODINGS
        for letter, code, example in legacy.table_rows(name)
    ]


@pytest.mark.parametrize(("name", "letter", "code", "example"), _rows())
def test_every_table_entry_decodes_and_its_example_round_trips(name, letter, code, example) -> None:
    assert letter in example
    assert legacy.table(name).decode(code) == letter
    upper = name == "tcvn3" and example.isupper()  # capitals are typed in a .Vn…H font
    assert legacy.decode(legacy.encode(example, name), name, upper=upper) == example


@pytest.mark.parametrize("name", legacy.ENCODINGS)
def test_tables_have_no_duplicate_codes_or_letters(name) -> None:
    rows = legacy.table_rows(name)
    assert len({code for _, code, _ in rows}) == len(rows)
    assert len({letter for letter, _, _ in rows}) == len(rows)
    assert len(rows) == {"tcvn3": 74, "vni": 134}[name]


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv is not installed")
def test_tcvn3_table_agrees_with_glibc_iconv() -> None:
    for letter, code, _ in legacy.table_rows("tcvn3"):
        out = subprocess.run(
            ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=code.encode("latin-1"), capture_output=True
        )
        assert out.stdout.decode() == letter, code


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("name", legacy.ENCODINGS)
def test_encoded_sentences_are_detected_and_converted(name, sentence) -> None:
    text, used = legacy.convert_text(legacy.encode(sentence, name))
    assert used == name
    expected = sentence.replace("Ủy", "ủy") if name == "tcvn3" else sentence  # TCVN3 has no capital Ủ
    assert text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Müller Straße",
        "Crème brûlée à la française, São Paulo, Ærøskøbing",
        "Ông Tô Hà",
        "Cà Mau",
        "Đồng chí Nguyễn Văn An, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Số: 15/TB-UBND",
        "© 2024 — «Bản quyền» ±5 °C",
        "",
    ],
)
def test_unicode_and_foreign_text_is_left_alone(text) -> None:
    assert legacy.convert_text(text) == (text, None)


def test_mixed_unicode_and_tcvn3_lines_convert_only_the_legacy_lines() -> None:
    unicode_lines = ["Kết luận của Chủ tịch Ủy ban nhân dân tỉnh", "Tháng 5 năm 2024, Phó Chủ tịch chủ trì"]
    legacy_line = legacy.encode(SENTENCES[0], "tcvn3")
    text, used = legacy.convert_text("\n".join([unicode_lines[0], legacy_line, unicode_lines[1]]))
    assert used == "tcvn3"
    assert text.split("\n") == [unicode_lines[0], SENTENCES[0], unicode_lines[1]]


def test_conversion_keeps_the_line_count() -> None:
    text = "\n\n".join(legacy.encode(s, "vni") for s in SENTENCES)
    converted, _ = legacy.convert_text(text)
    assert converted.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("THÔNG BÁO KẾT LUẬN", "THÔNG BÁO KẾT LUẬN"),  # all-capital Latin letters: typed in .VnTimeH
        (
            "Số: 15/TB-UBND ngày 5 tháng 3",
            "Số: 15/TB-UBND ngày 5 tháng 3",
        ),  # capitals outside the encoded words
    ],
)
def test_tcvn3_capital_lines_are_restored(line, expected) -> None:
    body = "\n".join([*(legacy.encode(s, "tcvn3") for s in SENTENCES[:2]), legacy.encode(line, "tcvn3")])
    text, _ = legacy.convert_text(body)
    assert text.split("\n")[-1] == expected


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", ("tcvn3", False)),
        (".VnTimeH", ("tcvn3", True)),
        (".VnArialH", ("tcvn3", True)),
        (".VnCentury Schoolbook", ("tcvn3", False)),
        ("VNI-Times", ("vni", False)),
        ("VNI-Helve", ("vni", False)),
        ("Times New Roman", None),
        ("Vni Font Lookalike", None),
        (None, None),
    ],
)
def test_font_names_route_runs(font, expected) -> None:
    assert legacy.font_encoding(font) == expected


@pytest.mark.parametrize(
    ("run", "font", "expected"),
    [
        ("Th«ng b¸o", ".VnTime", "Thông báo"),
        ("th«ng b¸o", ".VnTimeH", "THÔNG BÁO"),
        ("Thoâng baùo", "VNI-Times", "Thông báo"),
        ("Th\uf0abng b\uf0b8o", ".VnTime", "Thông báo"),  # symbol-area code points Word may store
        ("Th\u00adêng trùc", ".VnTime", "Thường trực"),  # soft hyphen byte = ư
    ],
)
def test_runs_decode_by_font(run, font, expected) -> None:
    routed = legacy.font_encoding(font)
    assert routed is not None
    assert legacy.decode(run, routed[0], upper=routed[1]) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("nghiêng", True),
        ("Thường", True),
        ("khuỷu", True),
        ("quyết", True),
        ("gì", True),
        ("Th«ng", False),
        ("baùo", False),
        ("Müller", False),
        ("Straße", False),
        ("hoàng̀", False),  # two tone marks
    ],
)
def test_syllable_shape(word, expected) -> None:
    assert legacy.is_syllable(word) is expected


@pytest.mark.parametrize(
    "line",
    [
        "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên",
        "BỘ Y TẾ -------",
        "TM. ỦY BAN NHÂN DÂN",
        "Sở KH&ĐT và Sở Tài chính",
        "- Các Bộ: CA, TC, TNMT;",
        "KT. BỘ TRƯỞNG THỨ TRƯỞNG     Lê Công Thành",
        "TM. ỦY BAN NHÂN DÂN Nguyễn Hữu Tháp",
        "Từ ngày 15/6 đến hết Quý III",
        "Số: 15/TB-UBND",
        "II. NHIỆM VỤ TRỌNG TÂM",
        "Giao NHIỆM VỤ cho các sở",
        "PHÓ CHỦ TỊCH Trần Văn Hòa",
    ],
)
def test_tcvn3_capitals_come_back_from_the_latin_letters_around_them(line) -> None:
    """Capitals typed without the `.Vn…H` font: `BỘ TRƯỞNG` is stored with lower-case codes."""
    encoded = legacy.encode(line, "tcvn3")
    assert legacy.decode(encoded, "tcvn3") == line
    assert legacy.restore_capitals(encoded, legacy.table("tcvn3").decode(encoded)) == line
