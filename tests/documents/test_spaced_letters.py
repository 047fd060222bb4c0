"""Letters a PDF text layer spaced apart, joined again (spaced_letters.py): the data file's examples, texts left as
they are, and the way back from the mended text to the published one."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest

from chidao.documents import parse_text, spaced_letters

_DATA = tomllib.loads(resources.files("chidao.documents.data").joinpath("spaced_letters.toml").read_text("utf-8"))


def _words(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("example", _DATA["examples"], ids=lambda e: e["spaced"][:30])
def test_examples_are_joined(example: dict[str, str]) -> None:
    assert _words(spaced_letters.rejoined(example["spaced"])) == _words(example["joined"])


@pytest.mark.parametrize("text", _DATA["unchanged"]["texts"])
def test_texts_whose_letters_were_not_spaced_apart_stay(text: str) -> None:
    assert spaced_letters.rejoin(text) is None
    assert spaced_letters.rejoined(text) == text


@pytest.mark.parametrize("text", _DATA["no_pieces"]["texts"])
def test_abbreviations_in_running_text_are_no_broken_pieces(text: str) -> None:
    assert spaced_letters._pieces(text) == 0


def test_a_line_in_capitals_spaced_apart_still_has_its_pieces() -> None:
    # `NH`, `N`, `PH` follow a capital: letters of a heading spaced apart, not abbreviations
    assert spaced_letters._pieces("ỦY BAN NH Â N DÂN THÀNH PH Ố") == 3


@pytest.mark.parametrize("example", _DATA["examples"], ids=lambda e: e["spaced"][:30])
def test_each_mended_word_maps_back_to_its_pieces(example: dict[str, str]) -> None:
    text = example["spaced"]
    found = spaced_letters.rejoin(text)
    assert found is not None
    for word in re.finditer(r"\w+", found.text):
        start, end = found.original_span(word.span())
        assert text[start:end].replace(" ", "") == word.group()


@pytest.mark.parametrize(
    ("removed", "at", "original"),
    [((3,), 2, 2), ((3,), 3, 4), ((3, 5), 3, 4), ((3, 5), 4, 6), ((3, 4), 3, 5)],
)
def test_original_offsets(removed: tuple[int, ...], at: int, original: int) -> None:
    assert spaced_letters.Rejoined.of("", removed).original(at) == original


@pytest.mark.parametrize(("removed", "at"), [((3,), 2), ((3,), 4), ((3, 5), 4), ((3, 5), 6), ((3, 4), 5), ((), 7)])
def test_mended_offsets_go_back_to_the_same_place(removed: tuple[int, ...], at: int) -> None:
    # `at` is no removed space: the mended offset of a character leads back to it
    found = spaced_letters.Rejoined.of("", removed)
    assert found.original(found.mended(at)) == at


def test_the_header_and_signature_of_a_spaced_apart_letter_are_read_whole() -> None:
    # a PDF text layer spaced the letters of the header as well: its fields are the words the page printed, and
    # each span still points at the published text
    text = (
        "Ủ Y BAN NH Â N D Â N\nHUYỆN Đ Ô NG S Ơ N\nSố: 14/UBND-VP\nV/v th ự c hiện rà soát c ô ng trình x â y d ự ng\n"
        "CỘNG HÒA XÃ HỘI CH Ủ NGHĨA VIỆT NAM\nĐộc lập - T ự do - Hạnh phúc\nĐ ô ng S ơ n, ngày 2 tháng 3 năm 2025\n"
        "Kính gửi: Phòng Kinh tế và Hạ tầng huyện.\nPhòng Kinh tế và Hạ tầng huyện ch ủ trì rà soát c ô ng trình x â y "
        "d ự ng tr ê n địa bàn, báo cáo Ủ y ban nh â n d â n huyện tr ư ớc ngày 25/3/2025.\nNơi nhận:\n- Nh ư tr ê n;\n"
        "- L ư u: VT.\nKT. CH Ủ TỊCH\nPHÓ CH Ủ TỊCH\nTrần Văn Đ ứ c\n"
    )
    doc = parse_text(text)
    assert doc.issuer is not None and doc.issuer.name == "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN"
    assert doc.place is not None and doc.place.name == "Đông Sơn"
    assert doc.subject is not None and doc.subject.text == "thực hiện rà soát công trình xây dựng"
    sig = doc.signatures[0]
    assert (sig.title, sig.name, [a.of for a in sig.authority]) == ("PHÓ CHỦ TỊCH", "Trần Văn Đức", ["CHỦ TỊCH"])
    assert [t.assignees for t in doc.tasks] == [["Phòng Kinh tế và Hạ tầng huyện"]]
    assert doc.text == text
    for value in (doc.issuer, doc.place, doc.subject, sig, doc.tasks[0]):
        assert value.span is not None
        start, end = value.span
        assert 0 <= start < end <= len(text)
    squeezed = "".join(text[slice(*doc.place.span)].split())
    assert squeezed == "ĐôngSơn"
    assert "CH Ủ" not in " ".join(f.message for f in doc.findings)  # the form is checked as printed


def test_a_spaced_apart_notice_gives_its_units_whole() -> None:
    body = "KẾ HOẠCH\nTổ chức thực hiện\n" + "1. Sở X â y  d ự ng:\n- Chủ trì, ph ố i h ợ p với Sở Tài  ch í nh h ư ớng dẫn m ẫ u nhà.\n" * 2
    doc = parse_text(body)
    assert doc.tasks and {n for t in doc.tasks for n in t.assignees} == {"Sở Xây dựng"}
    for task in doc.tasks:
        assert task.span is not None and 0 <= task.span[0] < task.span[1] <= len(doc.text)


@pytest.mark.parametrize(("line", "words"), _DATA["spelled_lines"]["examples"])
def test_a_line_spelled_out_letter_by_letter_is_read_as_its_words(line: str, words: str) -> None:
    assert spaced_letters.spelled_out(line) == words


@pytest.mark.parametrize("line", _DATA["spelled_lines"]["unchanged"])
def test_lines_that_spell_no_words_stay(line: str) -> None:
    assert spaced_letters.spelled_out(line) == line


def test_a_subject_line_spelled_out_joins_the_trich_yeu_as_words() -> None:
    text = (
        "ĐẢNG UỶ XÃ AN BÌNH\n*\nSố -TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Bình, ngày tháng 5 năm 2026\nTHÔNG BÁO\n"
        "KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG UỶ\nv ề\nviệc lập tổ công tác\n-----\nNội dung.\n"
    )
    doc = parse_text(text)
    assert doc.subject is not None and doc.subject.text == "KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG UỶ về việc lập tổ công tác"


def test_a_reference_in_the_notes_after_a_spaced_apart_body_keeps_its_place() -> None:
    # the notes a .docx reader appends are read as they are; their spans move by the spaces taken out of the body
    body = "KẾ HOẠCH\n" + "1. Sở X â y  d ự ng:\n- Chủ trì, ph ố i h ợ p với Sở Tài  ch í nh h ư ớng dẫn m ẫ u nhà.\n" * 2
    notes = "Theo Nghị quyết số 12/NQ-HĐND ngày 5/1/2024 của HĐND tỉnh."
    text = body + "\n" + notes
    doc = parse_text(text, notes_start=len(body) + 1)
    (ref,) = [r for r in doc.references if r.number == "12/NQ-HĐND"]
    assert ref.span is not None and text[slice(*ref.span)].startswith("Nghị quyết số 12/NQ-HĐND")


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a number and symbol a text layer spaced apart, in a text whose letters were spaced apart
        ("Căn c ứ Q u y ết định số 15/2021/Q Đ -TTg, Sở X â y d ự ng và Sở Tài ch í nh h ư ớng dẫn th ự c hiện.",
         "Căn cứ Quyết định số 15/2021/QĐ-TTg, Sở Xây dựng và Sở Tài chính hướng dẫn thực hiện."),
        ("Th ự c hiện Thông t ư số 41 / 2022/T T -BTC và Công văn số 733/ UBND -KT, Sở X â y d ự ng b á o c á o.",
         "Thực hiện Thông tư số 41/2022/TT-BTC và Công văn số 733/UBND-KT, Sở Xây dựng báo cáo."),
        # ... not a symbol whole already, nor the capitals of the words after it
        ("TH Ự C HIỆN THÔNG TƯ SỐ 41/2022/TT-BTC NGÀY 05 THÁNG 3, Sở X â y d ự ng th ự c hiện ng à y 5.",
         "THỰC HIỆN THÔNG TƯ SỐ 41/2022/TT-BTC NGÀY 05 THÁNG 3, Sở Xây dựng thực hiện ngày 5."),
    ],
)
def test_a_spaced_number_is_whole_again(text: str, joined: str) -> None:
    from chidao.documents.spaced_letters import rejoined

    assert rejoined(text) == joined


@pytest.mark.parametrize(
    "text",
    [
        # a number filled into a blank and a typist's slip are form defects the checks report: kept as written
        "Số: 9389 /BNNMT-BĐKH; Quyết định 1966/QĐ- TCHQ; Sở X â y d ự ng th ự c hiện ng à y 5; Ủ y  ban nh â n dân.",
    ],
)
def test_a_writers_space_in_a_number_is_kept(text: str) -> None:
    from chidao.documents.spaced_letters import _symbol_spaces

    assert _symbol_spaces(text) == []
