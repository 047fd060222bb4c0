"""text.py: the two folds shared by the parser, the checker and search."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chidao.documents.text import fold, fold_chars, fold_words


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
