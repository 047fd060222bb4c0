"""References: every distinct cited document with a number (our own sample sentences)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from chidao.documents import parse_text
from chidao.documents.data import load_toml
from chidao.documents.extract.references import NUMBER, _numbers, find_references, key


@pytest.mark.parametrize(
    ("sentence", "number", "type_code", "date", "issuer"),
    [
        ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
         "30/2020/NĐ-CP", "NĐ", dt.date(2020, 3, 5), "Chính phủ"),
        ("Thực hiện Nghị quyết số 12-NQ/TU ngày 10 tháng 01 năm 2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số,",
         "12-NQ/TU", "NQ", dt.date(2025, 1, 10), "Ban Thường vụ Tỉnh ủy"),
        ("theo Giấy mời số 88/GM-UBND ngày 01/9/2025", "88/GM-UBND", "GM", dt.date(2025, 9, 1), None),
        ("Xét đề nghị của Sở Tài chính tại Công văn số 2150/STC-QLNS ngày 3-7-2024,",
         "2150/STC-QLNS", "CV", dt.date(2024, 7, 3), None),
        ("Quyết định 1234/QĐ-TTg của Thủ tướng Chính phủ", "1234/QĐ-TTg", "QĐ", None, "Thủ tướng Chính phủ"),
        ("Luật số 61/2024/QH15 ngày 30/11/2024", "61/2024/QH15", "Luật", dt.date(2024, 11, 30), None),
        ("Chỉ thị số 37- CT/TW ngày 03 tháng 9 năm 2019", "37-CT/TW", "CT", dt.date(2019, 9, 3), None),
        ("Thông báo số 77/TB-VPCP ngày 2/3/2025; số 90/TB-VPCP ngày 9/3/2025", "77/TB-VPCP", "TB", dt.date(2025, 3, 2), None),
        ("Tờ trình số 1303a/TTr-SXD ngày 07/5/2024", "1303a/TTr-SXD", "TTr", dt.date(2024, 5, 7), None),
        ("Quyết định số 510/QĐ- UBND ngày 24/5/2023", "510/QĐ-UBND", "QĐ", dt.date(2023, 5, 24), None),
        # an old symbol's slash spaced by a web copy (`78/2002/QĐ /BNN-KL`): one number, read without the space
        ("Căn cứ Quyết định số 78/2002/QĐ /BNN-KL ngày 28/8/2002 của Bộ trưởng;", "78/2002/QĐ/BNN-KL", "QĐ",
         dt.date(2002, 8, 28), "Bộ trưởng"),
        ("theo hộ chiếu nổ mìn số 04/11/2025/HCNM - G7 ngày 02/11/2025", "04/11/2025/HCNM-G7", None, dt.date(2025, 11, 2), None),
        ("áp dụng QCVN 05:2020/BXD về an toàn", "QCVN05:2020/BXD", None, None, None),
        ("theo Quyết định số 57/QĐ/UB ngày 14/3/1996 của UBND tỉnh", "57/QĐ/UB", "QĐ", dt.date(1996, 3, 14), "UBND tỉnh"),
        ("thực hiện Chỉ thị số 08/CT-UB ngày 2/6/1998", "08/CT-UB", "CT", dt.date(1998, 6, 2), None),
        ("Quyết định số 212/QĐ-UB/NN về giao đất", "212/QĐ-UB/NN", "QĐ", None, None),
        # the Youth Union's heading glued to a symbol's last group by a flattened copy is not the symbol's
        ("theo Kế hoạch số 19 - KH/TĐTN-VPĐOÀN TNCS HỒ CHÍ MINH", "19-KH/TĐTN-VP", "KH", None, None),
        # a joint resolution with a mass organisation, a slash inside its symbol after its joint type code
        ("theo Nghị quyết liên tịch số 07/2012/NQLT/CP-UBTWMTTQVN ngày 4/5/2012", "07/2012/NQLT/CP-UBTWMTTQVN",
         "NQLT", dt.date(2012, 5, 4), None),
        ("đạt QCVN 02:2021/BCT về an toàn điện", "QCVN02:2021/BCT", None, None, None),
        ("theo QCVN 01-1:2018/BYT về nước sạch", "QCVN01-1:2018/BYT", None, None, None),
        # A lettered part (`08-MT`) and spaces round the colon belong to the regulation's number.
        ("thay thế QCVN 08-MT:2015/BTNMT về nước mặt", "QCVN08-MT:2015/BTNMT", None, None, None),
        ("theo QCVN 06 : 2022/BXD về an toàn cháy", "QCVN06:2022/BXD", None, None, None),
        # A capital letter after the sequence number, as a small one.
        ("Văn bản số 1303A/UBND-KT ngày 07/5/2024", "1303A/UBND-KT", "CV", dt.date(2024, 5, 7), None),
        # Wrapped at a hyphen or a slash, the next line indented by one space as PDF exports indent a paragraph.
        ("theo Quyết định số 1234/QĐ-\n UBND ngày 12/02/2024", "1234/QĐ-UBND", "QĐ", dt.date(2024, 2, 12), None),
        ("Nghị định số 30/2020/\n NĐ-CP ngày 05/3/2020", "30/2020/NĐ-CP", "NĐ", dt.date(2020, 3, 5), None),
        ("theo Kế hoạch số 15-\n KH/ĐU ngày 20/01/2025", "15-KH/ĐU", "KH", dt.date(2025, 1, 20), None),
        ("Nghị quyết số 18-NQ/\r\nTW ngày 25/10/2017", "18-NQ/TW", "NQ", dt.date(2017, 10, 25), None),
        # a justified paragraph's next line indented by two spaces (`pdftotext -layout`)
        ("kèm theo Quyết định số 4518/QĐ-\n  UBND ngày 09/6/2024 của UBND tỉnh", "4518/QĐ-UBND", "QĐ", dt.date(2024, 6, 9), "UBND tỉnh"),
        ("Quyết định số 57/QĐ/UB ngày 14/3/1996 của UBND tỉnh và Quy chuẩn kỹ thuật", "57/QĐ/UB", "QĐ",
         dt.date(1996, 3, 14), "UBND tỉnh"),
        # Old symbols joining a type code and the body by a dot, also at a sentence's end.
        ("theo Chỉ thị 08/CT.UB ngày 3/4/1998 của UBND tỉnh", "08/CT.UB", "CT", dt.date(1998, 4, 3), "UBND tỉnh"),
        ("bãi bỏ Quyết định 125/QĐ.UB-TC.", "125/QĐ.UB-TC", "QĐ", None, None),
        ("theo Chỉ thị số 19/CT.UB.VX ngày 7/5/1996 của UBND tỉnh", "19/CT.UB.VX", "CT", dt.date(1996, 5, 7), "UBND tỉnh"),
        # the Prime Minister's body dotted on with its small `g`
        ("Căn cứ Quyết định số 207/2003/QĐ.TTg ngày 09/10/2003 của Thủ tướng Chính phủ", "207/2003/QĐ.TTg", "QĐ",
         dt.date(2003, 10, 9), "Thủ tướng Chính phủ"),
        ("Thông báo số 31/TB.VP.UB. Các ngành thực hiện", "31/TB.VP.UB", "TB", None, None),
        ("theo Kế hoạch số 12/KH-TT.HĐND ngày 5/1/2024 của Thường trực HĐND tỉnh", "12/KH-TT.HĐND", "KH",
         dt.date(2024, 1, 5), "Thường trực HĐND tỉnh"),
        ("theo Công văn số 12/UBND-TH.II. NHIỆM VỤ", "12/UBND-TH", "CV", None, None),
        ("như Thông báo 45/TB.VP. Các phòng thực hiện", "45/TB.VP", "TB", None, None),
        # ... but a dot after a whole symbol, or before a Roman numeral or a word, ends the sentence.
        ("theo Công văn số 12/UBND-TH.II. NHIỆM VỤ", "12/UBND-TH", "CV", None, None),
        ("theo Chỉ thị số 05/CT.II. NHIỆM VỤ", "05/CT", "CT", None, None),
        ("theo Chỉ thị số 05/CT.Các sở thực hiện", "05/CT", "CT", None, None),
        ("theo Chỉ thị số 05/CT.UBND.Các sở thực hiện", "05/CT", "CT", None, None),
        # Short type words before the number.
        ("thực hiện QĐ số 12/QĐ-UBND ngày 2/1/2025", "12/QĐ-UBND", "QĐ", dt.date(2025, 1, 2), None),
        ("theo CV 123/UBND-KT ngày 5/5/2025", "123/UBND-KT", "CV", dt.date(2025, 5, 5), None),
        ("căn cứ TT 01/2025/TT-BNV", "01/2025/TT-BNV", "TT", None, None),
        # Wrapped across a page break: blank lines and the page's number between its parts.
        ("theo Quyết định số 1234/QĐ-\n\n                     3\n\nUBND ngày 5/5/2024", "1234/QĐ-UBND", "QĐ",
         dt.date(2024, 5, 5), None),
        ("Nghị định số 30/2020/\n\n   - 2 -\n\n NĐ-CP", "30/2020/NĐ-CP", "NĐ", None, None),
        ("Kế hoạch số 15-KH/\n  \n 4\n\nĐU ngày 2/2/2025", "15-KH/ĐU", "KH", dt.date(2025, 2, 2), None),
    ],
)
def test_first_reference_of_a_sentence(
    sentence: str, number: str, type_code: str, date: dt.date | None, issuer: str | None
) -> None:
    ref = find_references(sentence)[0]
    assert (ref.number, ref.type_code, ref.date, ref.issuer) == (number, type_code, date, issuer)
    assert ref.span is not None and number[:2] in sentence[ref.span[0] : ref.span[1]]


@pytest.mark.parametrize(
    "sentence",
    [
        "ngày 29/5/2013 và 11/4/2020",
        "theo mẫu số 03/BC/KHĐT kèm theo",
        "khai theo Bản kê 14/BKHH/GSQL đính kèm",
        "Thời gian 2024 - 2030, tỷ lệ 98,56%",
        "(b/c); (p/h); V/v",
        # A year after a standard's colon is not a document's sequence number.
        "tiêu chuẩn ISO 9001:2015/Amd 1:2024",
        # An outline's item numbers written with a slash, a word after them.
        "2.1/ Tên công trình: Trạm bơm Tân Hòa\n2.2/ Địa điểm xây dựng: xã Tân Hòa",
        # An item numbered with a slash, a space before its first word, is no citation.
        "3/ Các phòng chuyên môn rà soát hồ sơ tồn đọng.",
        "11/ Kết thúc đợt kiểm tra, Đoàn gửi báo cáo.",
        # A gazette's page head: the issue's numbers, then a word after the slash.
        "CÔNG BÁO/Số 415 + 416/Ngày 12-6-2025",
    ],
)
def test_not_references(sentence: str) -> None:
    assert find_references(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # the citing document's own type a few words before: the citation starts at the cited one's name
        ("Chương trình hành động thực hiện Nghị quyết số 12-NQ/TU ngày 2/3/2026 của Tỉnh ủy",
         "Nghị quyết số 12-NQ/TU ngày 2/3/2026 của Tỉnh ủy"),
        ("theo quy định tại Thông tư số 05/2024/TT-BNV", "Thông tư số 05/2024/TT-BNV"),
        # ... a name that goes on in small letters is one name
        ("theo Thông báo kết luận số 21/TB-UBND ngày 4/4/2025", "Thông báo kết luận số 21/TB-UBND ngày 4/4/2025"),
    ],
)
def test_a_citation_starts_at_the_cited_documents_name(sentence: str, text: str) -> None:
    assert find_references(sentence)[0].text == text


def test_a_short_second_mention_is_the_same_document() -> None:
    text = (
        "Thực hiện Kế hoạch số 45-KH/TU ngày 02/02/2025 của Tỉnh ủy (Kế hoạch số 45-KH/TU), "
        "UBND tỉnh giao các sở triển khai Kế hoạch số 45-KH/TU và Quyết định số 9/QĐ-UBND."
    )
    refs = find_references(text)
    assert [r.number for r in refs] == ["45-KH/TU", "9/QĐ-UBND"]
    assert refs[0].date == dt.date(2025, 2, 2)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a resolution with its year in the subject, without it in a căn cứ: the year's spelling, at the first place
        ("Về việc thực hiện Nghị quyết số 17/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh. Căn cứ Nghị quyết số "
         "17/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh và Quyết định số 3/QĐ-UBND ngày 02/01/2026;",
         ["17/2025/NQ-HĐND", "3/QĐ-UBND"]),
        # a Party resolution spelt the state's way first, then the Party's: the Party's spelling
        ("Triển khai Nghị quyết số 26/NQ-TW ngày 05/8/2008 của Bộ Chính trị. Căn cứ Nghị quyết số 26-NQ/TW ngày "
         "05 tháng 8 năm 2008 của Bộ Chính trị;", ["26-NQ/TW"]),
        # the same running number, another body's symbol on the same date: two documents
        ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/3/2024 và Quyết định số 12/QĐ-SYT ngày 05/3/2024;",
         ["12/QĐ-UBND", "12/QĐ-SYT"]),
        # two years written, not the same: two documents
        ("Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 05/3/2024 và Quyết định số 12/2023/QĐ-UBND ngày 05/3/2024;",
         ["12/2024/QĐ-UBND", "12/2023/QĐ-UBND"]),
        # a symbol a stray space cut short in a later mention: the same document, by its whole symbol
        ("Căn cứ Thông tư số 01/2016/TT-BGDĐT , ngày 15/01/2016 của Bộ trưởng; quy định tại Thông tư "
         "01/2016/TT-BGD ĐT ngày 15/01/2016 của Bộ trưởng;", ["01/2016/TT-BGDĐT"]),
        # ... the short one first
        ("Theo Thông tư 07/2021/TT-BGD ĐT ngày 3/2/2021 và Thông tư số 07/2021/TT-BGDĐT;", ["07/2021/TT-BGDĐT"]),
        # the same running number and year, a symbol that is no start of the other: two documents
        ("Căn cứ Thông tư số 05/2018/TT-BGDĐT và Thông tư số 05/2018/TT-BYT;", ["05/2018/TT-BGDĐT", "05/2018/TT-BYT"]),
        # no year written: the running number restarts each year, nothing is merged
        ("Theo Công văn số 12/SYT-VP và Công văn số 12/SYT-VPĐK;", ["12/SYT-VP", "12/SYT-VPĐK"]),
    ],
    ids=["year-dropped", "party-spelt-as-state", "another-body", "another-year", "symbol-cut-by-space",
         "symbol-cut-first", "symbol-not-a-start", "no-year-no-merge"],
)
def test_one_document_in_two_spellings_is_one_reference(text: str, numbers: list[str]) -> None:
    assert [r.number for r in find_references(text)] == numbers


def test_own_number_is_not_a_reference() -> None:
    text = "Số: 09/KH-UBND\nCao Bằng, ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\nTriển khai Kế hoạch 9/KH-UBND và 10/KH-UBND\n"
    doc = parse_text(text, check=False)
    assert [r.number for r in doc.references] == ["10/KH-UBND"]


def test_own_number_cited_with_another_date_is_another_document() -> None:
    """Numbers restart each year: last year's letter under this one's number is cited, this one is not."""
    text = (
        "Số: 05/CT-UBND\nNam Bình, ngày 10 tháng 3 năm 2026\nCHỈ THỊ\nVề phòng, chống cháy rừng\n"
        "Thực hiện Chỉ thị số 05/CT-UBND ngày 12/02/2025 của UBND tỉnh, các huyện đã rà soát phương án.\n"
        "Chỉ thị số 05/CT-UBND ngày 10/3/2026 thay thế các văn bản trước.\n"
    )
    doc = parse_text(text, check=False)
    refs = doc.references
    assert [r.number for r in refs] == ["05/CT-UBND"]
    assert refs[0].date == dt.date(2025, 2, 12)


def test_key_folds_spaces_case_and_leading_zeros() -> None:
    assert key("09/KH-BTNMT") == key("9/kh-btnmt")


_PIECES = ("12", "2020", "/", " / ", "-", " - ", "–", " ", "   ", "\n", ".", "QCVN", "CVN", "NQ", "TU", "QĐ",
           "UBND", "a", "số ", "ngày ", "Nghị định ", "30/2020/NĐ-CP", "10/4/2024", "1/2/2020/", "2019 /",
           "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP", "quyết định ", "&", ":", "\n\n 2\n\n", "\n\n" + " " * 45 + "- 3 -\n", "- 3 -", "CT.UB",
           ".II", ", ", " và ")


def test_citation_scan_finds_what_the_pattern_finds() -> None:
    """The scan around slashes (`_numbers`) yields exactly the matches of the whole pattern, left to right."""
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        assert [m.span() for m in _numbers(text)] == [m.span() for m in NUMBER.finditer(text)], text


_FORMS = load_toml("reference_words.toml")["forms"]


@pytest.mark.parametrize(
    ("sentence", "holds"), [(e, True) for e in _FORMS["examples"]] + [(c, False) for c in _FORMS["counter_examples"]]
)
def test_forms(sentence: str, holds: bool) -> None:
    """`[forms]` of reference_words.toml: the code of a form after its words (`Mẫu số`) cites no document."""
    assert (find_references(sentence) == []) is holds


_ISSUER_ENDS = load_toml("reference_words.toml")["issuer_ends"]


@pytest.mark.parametrize("example", _ISSUER_ENDS["examples"] + _ISSUER_ENDS["counter_examples"])
def test_issuer_ends(example: str) -> None:
    """`[issuer_ends]` of reference_words.toml: the issuer of the first cited document is the one after `|`."""
    sentence, issuer = example.split("|")
    assert find_references(sentence)[0].issuer == issuer


_LISTED = load_toml("reference_words.toml")["listed"]


@pytest.mark.parametrize("example", _LISTED["examples"] + _LISTED["counter_examples"])
def test_listed_sequence_numbers(example: str) -> None:
    """`[listed]` of reference_words.toml: numbers listed after `số` before one symbol are each a document."""
    sentence, numbers = example.split("|")
    assert [r.number for r in find_references(sentence)] == numbers.split()


_SPACED_PARTY = load_toml("reference_words.toml")["spaced_party"]


@pytest.mark.parametrize("example", _SPACED_PARTY["examples"] + _SPACED_PARTY["counter_examples"])
def test_spaced_party_numbers(example: str) -> None:
    """`[spaced_party]` of reference_words.toml: a Party number whose hyphen became a space, after `số`."""
    sentence, numbers = example.split("|")
    assert [r.number for r in find_references(sentence)] == numbers.split()


_GLUED_WORD = load_toml("reference_words.toml")["glued_number_word"]


@pytest.mark.parametrize("example", _GLUED_WORD["examples"] + _GLUED_WORD["counter_examples"])
def test_numbers_glued_to_their_number_word(example: str) -> None:
    """`[glued_number_word]` of reference_words.toml: a web copy's `số31-QĐ/TW` is the citation `31-QĐ/TW`."""
    sentence, numbers = example.split("|")
    assert [r.number for r in find_references(sentence)] == numbers.split()


_GLUED_PARTY = load_toml("reference_words.toml")["glued_party"]


@pytest.mark.parametrize("example", _GLUED_PARTY["examples"] + _GLUED_PARTY["counter_examples"])
def test_glued_party_numbers(example: str) -> None:
    """`[glued_party]` of reference_words.toml: a Party number whose hyphen a web copy dropped (`22HD/TWĐTN`)."""
    sentence, numbers = example.split("|")
    assert [r.number for r in find_references(sentence)] == numbers.split()


_GLUED_WORD = load_toml("reference_words.toml")["glued_word"]


@pytest.mark.parametrize("example", _GLUED_WORD["examples"] + _GLUED_WORD["counter_examples"])
def test_glued_word_after_a_symbol(example: str) -> None:
    """`[glued_word]` of reference_words.toml: a word glued onto a symbol by a dropped space is no part of it, and
    still tells the citation's date."""
    sentence, numbers, date = example.split("|")
    found = find_references(sentence)
    assert [r.number for r in found] == numbers.split()
    assert found[0].date is not None and found[0].date.isoformat() == date


_OLD_SERIES = load_toml("reference_words.toml")["old_series"]


@pytest.mark.parametrize("example", _OLD_SERIES["examples"] + _OLD_SERIES["counter_examples"])
def test_old_series_numbers(example: str) -> None:
    """`[old_series]` of reference_words.toml: a number of the government's older series (`64-CP`), no slash."""
    sentence, numbers = example.split("|")
    assert [r.number for r in find_references(sentence)] == numbers.split()


def test_old_symbol_with_two_slash_groups_after_the_body_is_read_whole():
    """`305/TC/QĐ/TCT`-shaped numbers of the 1990s: the body, the type and a department, each after a slash."""
    refs = find_references("theo Quyết định số 412/TC/QĐ/NSNN ngày 05/3/1996 của Bộ Tài chính")
    assert [(r.number, r.date) for r in refs] == [("412/TC/QĐ/NSNN", dt.date(1996, 3, 5))]


def test_a_piece_of_the_own_number_spaced_out_by_ocr_is_no_citation() -> None:
    """`Số:6 1 4 2/SYT-NV`: a scan's number read with spaces between its digits; `2/SYT-NV` inside it is the
    document's own number, not a document it cites."""
    text = (
        "SỞ Y TẾ TỈNH NAM BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số:6 1 4 2/SYT-NV Nam Bình, ngày 03 tháng 4 năm 2025\n"
        "V/v rà soát danh mục thuốc\n\n"
        "Kính gửi: Các bệnh viện tuyến huyện\n\n"
        "Thực hiện Thông tư số 20/2022/TT-BYT, Sở Y tế đề nghị các bệnh viện rà soát danh mục thuốc.\n"
    )
    doc = parse_text(text)
    assert doc.number is not None and doc.number.seq == "6142"
    assert [r.number for r in doc.references] == ["20/2022/TT-BYT"]


def test_a_document_named_by_a_legal_sites_caption_is_still_cited_by_the_copy():
    """A legal site's lines above its copy (`Nội dung toàn văn …`, its title) are the site's: a document they name
    is not cited there, but where the copy itself cites it (`Căn cứ Nghị quyết số …`) it is, with that span."""
    text = (
        "Quyết định 51/2026/QĐ-UBND kế hoạch thực hiện Nghị quyết 07/2026/NQ-HĐND tỉnh Nam An\n"
        "Nội dung toàn văn Quyết định 51/2026/QĐ-UBND kế hoạch thực hiện Nghị quyết 07/2026/NQ-HĐND\n"
        "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 51/2026/QĐ-UBND |\n"
        "Nam An, ngày 14 tháng 8 năm 2026 |\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT VỀ KINH TẾ TẬP THỂ\n"
        "ỦY BAN NHÂN DÂN TỈNH NAM AN\n"
        "Căn cứ Nghị quyết số 07/2026/NQ-HĐND ngày 30/7/2026 của HĐND tỉnh về phát triển kinh tế tập thể;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết.\n"
    )
    doc = parse_text(text, check=False)
    cited = [r for r in doc.references if r.number == "07/2026/NQ-HĐND"]
    assert len(cited) == 1 and cited[0].span is not None
    assert cited[0].span[0] > text.index("Căn cứ") and text[slice(*cited[0].span)].startswith("Nghị quyết số 07")



# a citation closing its line, a dashed item or a site's line after it: the dash and its space open that line, no
# group of the symbol; but a line break before a hyphen glued to the next group, or a stray space before it, is a wrap
_DASHED_AFTER = {
    "Căn cứ Kế hoạch số 5/KH-UBND\n- Sở Y tế chủ trì, phối hợp các đơn vị.": "5/KH-UBND",
    "Thực hiện Công văn số 214/UBND-VX\n- UBND các xã rà soát danh sách.": "214/UBND-VX",
    "Nội dung: Quyết định số 291/2006/QĐ-UBDT\n- U BAN DÂN TỘC": "291/2006/QĐ-UBDT",
    "theo Quyết định số 12/QĐ-UBND\n-VP ngày 3/3/2020": "12/QĐ-UBND-VP",
    "theo Quyết định số 12/QĐ -UBND ngày 3/3/2020": "12/QĐ-UBND",
    "theo Quyết định số 12/QĐ-\nUBND ngày 3/3/2020": "12/QĐ-UBND",
}


@pytest.mark.parametrize("text", list(_DASHED_AFTER))
def test_a_dashed_line_after_a_citation_is_no_part_of_its_symbol(text: str) -> None:
    assert [r.number for r in find_references(text)] == [_DASHED_AFTER[text]]
