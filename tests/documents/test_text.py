"""text.py: the two folds shared by the parser, the checker and search."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chidao.documents.text import FoldedText, fold, fold_chars, fold_words, written_as


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        pytest.param("Lạng Sơn", "lang son", id="tones"),
        pytest.param("ĐẢNG ỦY Đồng Đăng", "dang uy dong dang", id="d-bar-and-capitals"),
        pytest.param("hoà  hòa\tThuỷ", "hoa hoa thuy", id="both-tone-placements-spaces"),
        pytest.param("Văn hóa – Thể thao", "van hoa - the thao", id="en-dash"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_words_drops_punctuation_but_keeps_symbols() -> None:
    assert fold_words("Số: 62-NQ/TU, Sở KH&ĐT.") == "so 62-nq/tu so kh&dt"


@pytest.mark.parametrize(
    "text",
    ["ỦY BAN NHÂN DÂN  TỈNH", "Số:\t/TB-UBND", "ngày   tháng 5 năm 2020", "x\u0301 İ ß"],
)
def test_fold_chars_keeps_every_offset(text: str) -> None:
    folded = fold_chars(text)
    assert len(folded) == len(text)
    assert fold_chars("Đồng chí") == "dong chi"


def test_fold_chars_codec_agrees_with_the_table_on_every_character() -> None:
    from chidao.documents import text

    for code in range(0x110000):
        sample = f"Ấp {chr(code)}đ“"  # among characters of the codec
        assert fold_chars(sample) == sample.translate(text._CHAR_FOLD), hex(code)
    assert fold_chars("ẤP ΣΑΣ đ") == "ap σασ d"  # a character outside the codec: the table


def _fast_and_table(s: str) -> tuple[str, str]:
    from chidao.documents import text

    return text._fold_cached.__wrapped__(s), " ".join(text._fold_by_table(s).split())


@pytest.mark.parametrize("block", [(0x0, 0x250), (0x300, 0x370), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x3000, 0x3010)])
def test_fold_fast_path_agrees_with_the_table_on_every_character(block: tuple[int, int]) -> None:
    for code in range(*block):
        for s in (chr(code), f"Ả{chr(code)}x", f"Đ {chr(code)}\u0301"):
            fast, table = _fast_and_table(s)
            assert fast == table, (hex(code), s)


@given(st.text(alphabet=st.sampled_from("aăâđêôơưAĂÂĐÊÔƠƯ áàảãạ ÁÀẢÃẠ\u0301\u0300\u034fİıſΣς–−“”…ƣ\t\n x1/-")))
def test_fold_fast_path_agrees_with_the_table(s: str) -> None:
    fast, table = _fast_and_table(s)
    assert fast == table


_FOLDED_TEXT_ALPHABET = "aăâđêôơưAĂÂĐÊÔƠƯ áàảãạ ÁÀẢÃẠ\u0301\u034fİıΣσ\u212aßǅ–“…ƣ\t\n\x1c\xa0 x1/-.,"


@given(st.text(alphabet=st.sampled_from(_FOLDED_TEXT_ALPHABET), max_size=24))
def test_folded_text_reads_the_fold_of_every_slice(s: str) -> None:
    folded = FoldedText(s)
    for a in range(len(s) + 1):
        for b in range(a, len(s) + 2):
            assert folded.fold(a, b) == fold(s[a:b]), (s, a, b)
        assert folded.fold(a) == fold(s[a:])


@given(st.text(alphabet=st.sampled_from(_FOLDED_TEXT_ALPHABET), max_size=24), st.data())
def test_folded_text_part_is_the_slice_folded(s: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(s)))
    b = data.draw(st.integers(a, len(s)))
    part = FoldedText(s).part(a, b)
    assert part.text == s[a:b]
    for c in range(b - a + 1):
        assert part.fold(c) == fold(s[a:b][c:]), (s, a, b, c)
        assert part.part(c).fold() == fold(s[a:b][c:]), (s, a, b, c)


def test_no_character_folds_to_more_than_one_ascii_character() -> None:
    """What `FoldedText` stands on: a text whose fold is ASCII and as long as it folded one character to one.
    Only a character that lower case or decomposition changes can fold to anything but itself."""
    from chidao.documents import text

    for code in range(0x110000):
        ch = chr(code)
        if ch.lower() == ch and not unicodedata.decomposition(ch) and code not in text._FOLD:
            continue
        for folded in (text._fold_by_table(ch), unicodedata.normalize("NFD", ch.lower()).encode("ascii", "ignore")):
            assert len(folded) <= 1 or not folded.isascii(), hex(code)


def test_folded_text_of_a_plain_paragraph_is_read_from_one_fold() -> None:
    s = "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định (ĐỒNG Ý)."
    folded = FoldedText(s)
    assert folded.fold(5, 17) == "so tai chinh"
    assert folded._folded_chars() == fold(s)  # offset for offset
    spaced = FoldedText("Văn hóa  – “Thể thao”")  # two spaces, a dash, quotes: still one character each
    assert spaced._folded_chars() == "van hoa  - “the thao”"
    assert spaced.fold(4, 11) == "hoa -"
    assert FoldedText("Văn hóa x\u0301")._folded_chars() is None  # a mark folds to nothing: each slice apart


def test_a_printable_text_holds_no_whitespace_but_the_space() -> None:
    """What `_single_spaced` stands on."""
    for code in range(0x110000):
        ch = chr(code)
        assert not (ch.isspace() and ch.isprintable()) or ch == " ", hex(code)


@given(st.text(alphabet=st.sampled_from(" \t\n\x1c\xa0\u2003\u3000ax.")))
def test_single_spaced_is_split_and_join(s: str) -> None:
    from chidao.documents import text

    assert text._single_spaced(s) == (" ".join(s.split()) == s)


def test_a_character_decomposes_to_at_most_one_ascii_character_and_marks() -> None:
    """What the fast path of `fold` stands on when it skips looking for what is neither ASCII nor a mark."""
    from chidao.documents import text

    for code in range(0x110000):
        decomposed = unicodedata.normalize("NFD", chr(code))
        kept = decomposed.encode("ascii", "ignore")
        assert len(kept) <= 1, hex(code)
        assert not kept or text._NOT_ASCII_OR_MARK.search(decomposed) is None, hex(code)


def test_a_character_that_decomposes_to_ascii_and_marks_folds_to_its_ascii_letter_lowered() -> None:
    """What the fast path of `fold` stands on when it lowers the ASCII letters it kept instead of the text."""
    from chidao.documents import text

    for code in range(0x110000):
        ch = chr(code)
        decomposed = unicodedata.normalize("NFD", ch.replace("đ", "d").replace("Đ", "d"))
        if text._NOT_ASCII_OR_MARK.search(decomposed) is None:
            assert text._slow_fold(ch) == decomposed.encode("ascii", "ignore").decode().lower(), hex(code)


def test_general_fold_is_the_plain_definition_on_every_character() -> None:
    from chidao.documents import text

    for code in range(0x110000):
        assert text._general_fold(chr(code)) == text._slow_fold(chr(code)), hex(code)


@given(st.text(alphabet=st.sampled_from("aĐđƣ áẠ\u0301\u034f\u0483\u05b7İΣς–−“”…\t x1/-")))
def test_general_fold_is_the_plain_definition(s: str) -> None:
    from chidao.documents import text

    assert text._general_fold(s) == text._slow_fold(s)


@pytest.mark.parametrize(
    ("span", "words", "expected"),
    [
        ("PHƯƠNG ÁN", ["PHƯƠNG ÁN"], True),
        # Folded alike, written otherwise: a ward's name is no type name, a place no head.
        ("PHƯỜNG AN", ["PHƯƠNG ÁN"], False),
        ("VÂN PHONG", ["VĂN PHÒNG"], False),
        # Where the tone sits (older typing) and the spacing do not matter; a text without any mark is taken.
        ("THOẢ  THUẬN", ["THỎA THUẬN"], True),
        ("PHUONG AN", ["PHƯƠNG ÁN"], True),
        # OCR that lost the marks of some words only: those go by their letters, the others by their marks.
        ("SO XÂY DỰNG", ["SỞ XÂY DỰNG"], True),
        ("CUC QUẢN LÝ", ["CỤC QUẢN LÝ"], True),
        ("CUC QUÂN LÝ", ["CỤC QUẢN LÝ"], False),
        # ... or some marks of a letter (a hat, a tone), never adding or changing one.
        ("TỎNG CỤC", ["TỔNG CỤC"], True),
        ("CỤC THUÊ", ["CỤC THUẾ"], True),
        ("ĐAN PHUONG", ["ĐAN PHƯỢNG"], True),
        ("BẢN", ["BAN"], False),
        ("TÔNG CỤC", ["TỐNG CỤC"], True),
        ("TÓNG CỤC", ["TỔNG CỤC"], False),
        ("TỐNG CỤC", ["TỔNG CỤC"], False),
    ],
)
def test_written_as(span: str, words: list[str], expected: bool) -> None:
    assert written_as(span, words) is expected


@pytest.mark.parametrize(
    ("span", "words"),
    [
        ("PHƯỜNG AN", ("PHƯƠNG ÁN", "PHƯƠNG  ÁN")),
        ("THOẢ THUẬN", ("THỎA THUẬN",)),
        ("Văn phòng", ("VĂN PHÒNG", "Văn phòng")),
        ("BẢN", ("BAN",)),
        ("BAN", ()),
        ("SO Y TẾ", ("SỞ Y TẾ", "SỐ Y TẾ")),
        ("SỞ Y TE", ("SỞ Y TẾ",)),
        ("TỎNG CỤC", ("TỔNG CỤC",)),
        ("CỤC THUÊ", ("CỤC THUẾ", "CỤC THUÊ")),
        ("BÂN", ("BẢN",)),
    ],
)
def test_written_as_is_its_plain_definition(span: str, words: tuple[str, ...]) -> None:
    """`written_as` keeps the tone-free forms of a word list once: it answers as comparing them anew would."""
    from chidao.documents import text

    def marks(c: str) -> set[str]:
        return {"stroke"} if c in "đĐ" else set(unicodedata.normalize("NFD", c)[1:])

    def word_fits(mine: str, theirs: str) -> bool:  # its tone placed otherwise, or some marks lost letter by letter
        if fold_chars(mine.lower()) != fold_chars(theirs.lower()):
            return False
        return text._tone_free_words(mine) == text._tone_free_words(theirs) or all(
            marks(a) <= marks(b) for a, b in zip(mine.lower(), theirs.lower(), strict=True)
        )

    plain = span.isascii() or any(
        len(w.split()) == len(span.split()) and all(map(word_fits, span.split(), w.split())) for w in words
    )
    assert written_as(span, words) is plain
    assert written_as(span, list(words)) is plain

