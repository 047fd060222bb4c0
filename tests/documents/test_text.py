"""text.py: the two folds shared by the parser, the checker and search."""

from __future__ import annotations

import pytest

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
