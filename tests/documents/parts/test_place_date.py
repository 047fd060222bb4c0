from __future__ import annotations

import random

import pytest

from chidao.documents.data import load_toml
from chidao.documents.parts.place_date import PLACE_DATE, _place_dates, read_place_date


@pytest.mark.parametrize(
    ("line", "place", "ymd"),
    [
        ("Hà Nội, ngày    tháng 10 năm 2025", "Hà Nội", (2025, 10, None)),
        ("Cao Bằng, ngày 05 tháng 01 năm 2024", "Cao Bằng", (2024, 1, 5)),
        ("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019", "Thành phố Hồ Chí Minh", (2019, 6, 29)),
        ("TP. Hồ Chí Minh, ngày 2 tháng 9 năm 2023", "TP. Hồ Chí Minh", (2023, 9, 2)),
        ("Số: 18/UBND-NC Bắc Kạn, ngày 11 tháng 3 năm 2022", "Bắc Kạn", (2022, 3, 11)),
        ("Điện Biên Phủ, ngày …. tháng …. năm 2026", "Điện Biên Phủ", (2026, None, None)),
        ("ngày 14 tháng 02 năm 2021", None, (2021, 2, 14)),
        # a form's place left blank, its dots before the comma
        ("………, ngày ….. tháng ……. năm 2026", None, (2026, None, None)),
        ("..........., ngày   tháng   năm 2026", None, (2026, None, None)),
        ("Yên Bái, ngày 15/3/2024", "Yên Bái", (2024, 3, 15)),
        # No space after the abbreviation's dot.
        ("TP.Hồ Chí Minh, ngày 05 tháng 06 năm 2025", "TP.Hồ Chí Minh", (2025, 6, 5)),
        ("Tp.Cần Thơ, ngày 1 tháng 7 năm 2025", "Tp.Cần Thơ", (2025, 7, 1)),
        # A two-word name typed with a lower-case second word.
        ("Hà nội, ngày 05 tháng 3 năm 2025", "Hà nội", (2025, 3, 5)),
        # `phố` with its tone misread by a PDF's text layer, after the number in a header run together
        ("Số: 2944/QĐ-UBND Thành phồ Hồ Chí Minh, ngày 19 tháng 5 năm 2026", "Thành phồ Hồ Chí Minh", (2026, 5, 19)),
        ("Thành phổ Huế, ngày 02 tháng 3 năm 2026", "Thành phổ Huế", (2026, 3, 2)),
        # A day written by hand or stamped, which OCR reads as marks: the day stays blank.
        ("Đà Lạt, ngày-|“tháng 9 năm 2023", "Đà Lạt", (2023, 9, None)),
        ("Vĩnh Long, ngày,ô¤ tháng{ năm 2019", "Vĩnh Long", (2019, None, None)),
        ("Tây Ninh, ngày 21 thang 7. nêam 2020", "Tây Ninh", (2020, 7, 21)),
        ("Vinh, ngày ‘’ tháng 12 năm 2022", "Vinh", (2022, 12, None)),
        # ... or as one or two other signs, glued to `ngày` or not; a month so read, or past 12, stays blank too;
        # `tháng` and `năm` that lost their marks
        ("Huế, ngàyB7 tháng 6 năm 2021", "Huế", (2021, 6, None)),
        ("Sơn La, ngày KQ tháng 1Ư năm 2019", "Sơn La", (2019, None, None)),
        ("Cà Mau, ngày ç| tháng 31 năm 2018", "Cà Mau", (2018, None, None)),
        ("Kon Tum, ngày 08 thang 7 nam 2017", "Kon Tum", (2017, 7, 8)),
        # ... or a sign before a digit, the digit maybe glued to `tháng` (the day blank); or the day's two digits
        # split, the second glued to `tháng` (read)
        ("Nam An, ngày { 3tháng 5 năm 2019", "Nam An", (2019, 5, None)),
        ("Nam An, ngày Ì 4 tháng 8 năm 2017", "Nam An", (2017, 8, None)),
        ("Nam An, ngày 1 7tháng [| năm 2018", "Nam An", (2018, None, 17)),
        ("Nam An, ngày 09tháng 3 năm 2020", "Nam An", (2020, 3, 9)),
    ],
)
def test_place_and_date(line: str, place: str | None, ymd: tuple[int | None, int | None, int | None]) -> None:
    found = read_place_date(line, 0, True)
    assert found is not None
    p, d, _, _ = found
    assert (p.name if p else None) == place
    assert (d.year, d.month, d.day) == ymd


def test_a_date_inside_a_sentence_needs_a_place() -> None:
    assert read_place_date("họp vào ngày 14 tháng 02 năm 2021", 0, True) is None


@pytest.mark.parametrize(
    ("line", "place", "ymd"),
    [
        # `Ngày`, `Tháng`, `Năm` capitalised, all or some.
        ("Hà Nội, Ngày 05 Tháng 3 Năm 2024", "Hà Nội", (2024, 3, 5)),
        ("Quảng Trị, ngày 7 Tháng 8 năm 2023", "Quảng Trị", (2023, 8, 7)),
        # A date line all in capitals.
        ("HÀ NỘI, NGÀY 5 THÁNG 3 NĂM 2019", "HÀ NỘI", (2019, 3, 5)),
        ("Số: 14/UBND-VP     TÂN AN, NGÀY 09 THÁNG 11 NĂM 2021", "TÂN AN", (2021, 11, 9)),
        # A place typed without its comma, opening the line or after a column's gap.
        ("Lạng Sơn ngày 5 tháng 3 năm 2024", "Lạng Sơn", (2024, 3, 5)),
        ("Số: 12/UBND-VP         Cao Bằng  ngày 9 tháng 10 năm 2025", "Cao Bằng", (2025, 10, 9)),
        ("  \n   Thành phố Huế Ngày 2 tháng 1 năm 2026", "Thành phố Huế", (2026, 1, 2)),
        # ... or right after the number's symbol in a header flattened onto one line.
        ("Số: 12 /UBND-VP Bắc Giang ngày 5 tháng 3 năm 2024 V/v", "Bắc Giang", (2024, 3, 5)),
        ("NAM Độc lập - Tự do - Hạnh phúc Bắc Giang ngày 5 tháng 3 năm 2024 Số", "Bắc Giang", (2024, 3, 5)),
        # ... also where OCR spaced the symbol before its hyphen and read the place's comma as a dot
        ("số: 318 /SGTVT -QLHT Cà Mau. ngày 14 tháng 6 năm 2022", "Cà Mau", (2022, 6, 14)),
    ],
)
def test_date_lines_of_other_shapes(line: str, place: str, ymd: tuple[int, int, int]) -> None:
    found = read_place_date(line, 0, True)
    assert found is not None and found[0] is not None
    assert (found[0].name, found[1].year, found[1].month, found[1].day) == (place, *ymd)


@pytest.mark.parametrize(
    "line",
    [
        # A name in a sentence before a date, without a comma, is no place; a sentence opening with `Ngày …` holds
        # no issuing date.
        "theo văn bản của UBND tỉnh Lạng Sơn ngày 5 tháng 3 năm 2024",
        "Ngày 15 tháng 3 năm 2024, Ủy ban nhân dân xã tổ chức hội nghị",
        # A subject in capitals naming a day is no date line (the capitals form needs a short place, its comma
        # and the year).
        "KẾ HOẠCH TỔ CHỨC KỶ NIỆM NGÀY 30 THÁNG 4 NĂM 2025",
        "KỶ NIỆM 50 NĂM GIẢI PHÓNG HOÀN TOÀN MIỀN NAM, NGÀY 30 THÁNG 4 NĂM 2025",
        "VỀ VIỆC NGHỈ LỄ, NGÀY 2 THÁNG 9",
    ],
)
def test_no_issuing_date_in_a_sentence(line: str) -> None:
    assert read_place_date(line, 0, True) is None


_PIECES = ("ngày", " ngày ", "Hà Nội", "Hà", " ", "  ", "   ", ",", " , ", "\n", "tháng", "năm", "12", "2020", "1999",
           "/", ".", "-", "…", "_", "TP.", "phố", "xã", "Xngày", "Số", "abc", "A", " " * 210, "Aaaaaaaaaaaaaaaaaaaa",
           "Ngày", "Tháng", "Năm", " Ngày ", "TX.")


def test_search_around_each_ngay_finds_what_the_pattern_finds() -> None:
    """`_place_dates` (searched from each `ngày` back to where its place can start) yields the pattern's matches."""
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25)))
        assert [m.span() for m in _place_dates(text)] == [m.span() for m in PLACE_DATE.finditer(text)], text


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # Two names joined by a dash, with or without spaces around it (an en dash as Word corrects it).
        ("Bà Rịa - Vũng Tàu, ngày 12 tháng 4 năm 2021", "Bà Rịa - Vũng Tàu"),
        ("Phan Rang-Tháp Chàm, ngày 3 tháng 7 năm 2022", "Phan Rang-Tháp Chàm"),
        ("Bà Rịa – Vũng Tàu, ngày 12 tháng 4 năm 2021", "Bà Rịa – Vũng Tàu"),
        ("Số: 41/UBND-VX Phan Rang - Tháp Chàm, ngày 3 tháng 7 năm 2022", "Phan Rang - Tháp Chàm"),
        # A word with an apostrophe inside, as Central Highlands names are written.
        ("Ea H'Leo, ngày 8 tháng 8 năm 2023", "Ea H'Leo"),
        ("Cư M'gar, ngày 8 tháng 8 năm 2023", "Cư M'gar"),
        # One syllable, and four.
        ("Vinh, ngày 1 tháng 6 năm 2020", "Vinh"),
        ("Thừa Thiên Huế, ngày 1 tháng 6 năm 2020", "Thừa Thiên Huế"),
        # A town (thị xã) abbreviated as a city is, with or without a space after the dot.
        ("TX. Sơn Tây, ngày 3 tháng 3 năm 2021", "TX. Sơn Tây"),
        ("TX.Sơn Tây, ngày 3 tháng 3 năm 2021", "TX.Sơn Tây"),
        # ... and a city abbreviated without its dot
        ("TP Hồ Chí Minh, ngày 17 tháng 7 năm 2003", "TP Hồ Chí Minh"),
    ],
)
def test_places_of_other_shapes(line: str, place: str) -> None:
    found = read_place_date(line, 0, True)
    assert found is not None and found[0] is not None
    assert found[0].name == place


def test_a_dash_after_a_subject_word_is_no_joint() -> None:
    """`V/v … - Hà Nội, ngày` glued: a dash is a joint only between capitalised words (`xã`, `phố` excepted)."""
    found = read_place_date("giao thông - Hà Nội, ngày 5 tháng 5 năm 2021", 0, True)
    assert found is not None and found[0] is not None and found[0].name == "Hà Nội"


@pytest.mark.parametrize("line", load_toml("issuer_markers.toml")["place_date"]["counter_examples"])
def test_a_part_of_the_day_is_no_place(line: str) -> None:
    # `not_places` of `[place_date]`: a sentence opening with `Sáng ngày …` holds no issuing place and date.
    assert read_place_date(line, 0, True) is None


@pytest.mark.parametrize("row", load_toml("issuer_markers.toml")["place_date"]["examples"])
def test_a_district_named_by_its_number_is_a_place(row: str) -> None:
    # `numbered` of `[place_date]`: `Quận 9, ngày …` is the issuing place of a district's own letter.
    line, place = row.split("|")
    found = read_place_date(line, 0, True)
    assert found is not None and found[0] is not None and found[0].name == place


def test_a_number_after_another_word_is_no_place() -> None:
    found = read_place_date("Số 12, ngày 3 tháng 5 năm 2021", 0, True)
    assert found is None or found[0] is None or "12" not in found[0].name
