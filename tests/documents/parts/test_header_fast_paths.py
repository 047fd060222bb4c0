"""The header reader's quick tests before its patterns: each passes every line its pattern matches (our cases' lines)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chidao.documents.parts.cells import mask
from chidao.documents.parts.header_tokens import Kind, _folded_marks
from chidao.documents.readers import read
from chidao.documents.text import fold_chars

CASES = Path(__file__).resolve().parents[1] / "cases"
OWN = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CONG HOA XA HOI CHU NGHIA VIET NAM", "Cộng hoà xã hội chủ nghĩa Việt Nam",
    "ĐOÀN TNCS HỒ CHÍ MINH", "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "Độc lập - Tự do - Hạnh phúc",
    "QUYÉT ĐỊNH", "KẺ HOẠCH", "K ÉT LUẬN", "Kế hoạch", "THÔNG BÁO", "ĐẢNG CỘNG SẢN VIỆT NAM", "Kính gửi:",
    "** QUYẾT ĐỊNH **", "PHƯỜNG AN KHÁNH", "BÁO CÁO:", "Về việc triển khai kế hoạch năm 2025",
]


def _lines() -> list[str]:
    lines = list(OWN)
    for path in sorted(CASES.glob("*.txt"))[::2]:
        lines += [mask(line) for line in read(path.read_bytes(), name=path.name).text.split("\n")[:60] if line.strip()]
    return lines


LINES = _lines()


@pytest.mark.parametrize("mark", _folded_marks(), ids=lambda m: m[0].value)
def test_a_marks_quick_test_passes_every_line_its_pattern_matches(
    mark: tuple[Kind, re.Pattern[str], str, str, tuple[str, ...]],
) -> None:
    kind, pattern, required, also, either = mark
    matched = 0
    for line in LINES:
        folded = fold_chars(line)
        if pattern.search(folded) is None:
            continue
        matched += 1
        assert required in folded and also in folded
        assert not either or any(s in folded for s in either)
    assert matched
    if kind is Kind.MOTTO:
        assert either  # both forms of the Quốc hiệu: no single string is in every match
