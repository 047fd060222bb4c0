"""The fast paths of the text rules against the plain definitions they stand for."""

from __future__ import annotations

import random

import pytest

from chidao.documents.check.rules import text
from chidao.documents.check.scan import Scan


def _doubled_words_by_definition(lows: list[str]) -> list[int]:
    out = []
    for i in range(len(lows)):
        if lows[i + 1 : i + 2] == lows[i : i + 1] and lows[i] in text._doubled():
            out.append(i)
        elif any(lows[i : i + n] == lows[i + n : i + 2 * n] for n in (2, 3)):
            out.append(i)
    return out


def test_doubled_words_match_their_definition() -> None:
    rng = random.Random(7)
    vocabulary = ["các", "và", "ab", "cd", "số", "x", "1"]
    for _ in range(5000):
        size = rng.randint(1, len(vocabulary))
        lows = [rng.choice(vocabulary[:size]) for _ in range(rng.randint(0, 14))]
        assert text._doubled_words(lows, text._doubled()) == _doubled_words_by_definition(lows)


@pytest.mark.parametrize("sample", [
    "Hoà bình, HOÀ HỢP, uỷ ban, UỶ BAN, Quý I, quỳ, khoẻ mạnh, hoàn thành; toà_án, loà2, Oà.",
    "Không có gì ở đây; hòa hợp, ủy ban.",
])
def test_old_tone_placement_over_lowered_text(sample: str) -> None:
    seen = Scan(sample)
    assert not seen.fold
    lowered = sorted(m.span() for p in text._OLD_LOW for m in p.finditer(seen.low))
    assert lowered == [m.span() for m in text._OLD.finditer(sample)]


def test_words_of_utf8_text() -> None:
    low = "căn cứ (các) điều 5-6; x\x0cy z, “đề” và…\tvà\u00a0số—số"
    data, words = text._utf8_words(low)
    assert len(data) == len(low.encode())
    assert words == [w.encode() for w in text.WORD.findall(low)]
    rare = low + " § 3 ÷ 4→5 a\u0301b ½"  # rarer separators (a stray combining mark too); `½` is a number
    data, words = text._utf8_words(rare)
    assert len(data) == len(rare.encode()) and words == [w.encode() for w in text.WORD.findall(rare)]
    assert text._utf8_words(low + " \ud800") is None  # a lone surrogate (no UTF-8)


def test_repeat_starts_match_the_reference_reading() -> None:
    rng = random.Random(11)
    vocabulary = ["các", "Các", "và", "số", "đồng", "chí", "1", "x", "ý", " ", "  ", "\t", "\u00a0", ", ", "\n",
                  "–", "“", "§", "(", "_", "İ", "\ud800", "÷", "\u0301", "½"]
    for _ in range(3000):
        sample = "".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 30)))
        seen = Scan(sample)
        spans = [m.span() for m in text.WORD.finditer(sample)]
        lows = [seen.word(a, b) for a, b in spans]
        expected = [spans[i][0] for i in _doubled_words_by_definition(lows)]
        assert text._repeat_starts(seen) == expected, sample


@pytest.mark.parametrize("repeats", [1, 5, 40])
def test_repeat_starts_found_one_by_one_or_in_one_pass_agree(repeats, monkeypatch):
    from chidao.documents.check.rules import text as text_rules
    from chidao.documents.check.scan import scan

    body = "Đồng chí đồng chí Sở Y tế tế chủ trì; các các đơn vị thực hiện thực hiện báo cáo. " * repeats
    seen = scan(body)
    one_by_one = text_rules._repeat_starts(seen)
    monkeypatch.setattr(text_rules, "_FEW_REPEATS", 0)
    assert text_rules._repeat_starts(seen) == one_by_one
    assert one_by_one and all(body[a : a + 1].strip() for a in one_by_one)
