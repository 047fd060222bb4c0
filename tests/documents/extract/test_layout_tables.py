"""Tables laid out with spaces: what the reader keeps per document so that it reads each line once."""

from __future__ import annotations

import pytest

from chidao.documents.extract.layout_tables import _Folds
from chidao.documents.text import fold, split_lines


@pytest.mark.parametrize(
    "text",
    [
        "TT   Nội dung công việc      Cơ quan chủ\n      trì      Thời hạn",
        "Đơn vị thực hiện\n\n   \nTHỜI GIAN HOÀN THÀNH",  # blank lines fold to nothing
        "Nhiệm vụ – giải pháp\n“Cơ quan phối hợp”\tKết quả",  # a dash, quotes, a tab
        "ΟΔΟΣ\nΣΟΦΙΑ ΚΑΙ ΛΟΓΟΣ",  # a final sigma at a line's end, a sigma opening the next line
        "Cơ quan\u0301 chủ trì\n\u0300phối hợp",  # combining marks, one opening a line
        "Ủy ban nhân dân\nđơn vị\u00a0chủ trì  ",  # a no-break space, trailing spaces
    ],
)
def test_folds_of_lines_join_as_the_fold_of_the_joined_lines(text: str) -> None:
    lines = split_lines(text)
    folds = _Folds(lines)
    for start in range(len(lines)):
        for end in range(start, len(lines) + 2):
            assert folds.joined(start, end) == fold(" ".join(ln.text for ln in lines[start:end]))
