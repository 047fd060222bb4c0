"""The per-document reading the rules share: screens over the lower-cased text never miss a match, and the
word helpers read the same words as a full tokenisation."""

from __future__ import annotations

import re

import pytest

from chidao.documents.check.scan import WORD, Scan, screen
from chidao.documents.text import VI_LOWER

_ALL_CHARS = "".join(chr(k) for k in range(0x110000) if not 0xD800 <= k < 0xE000)


def test_screen_letters_cover_every_case_insensitive_match() -> None:
    for letter in VI_LOWER:
        quick = screen(letter)
        for ch in re.findall(re.escape(letter), _ALL_CHARS, re.IGNORECASE):
            if ch != "\u0130":  # `İ` lowers to two characters: such texts are never screened
                assert quick.fullmatch(ch.lower()), (letter, ch)


@pytest.mark.parametrize(
    ("phrase", "text"),
    [("sử lý", "Kịp thời SỬ\n LÝ vi phạm"), ("sử lý", "ſử lý"), ("kiễm tra", "KIỄM  TRA"),
     ("Bộ Lao động - Thương binh và Xã hội", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")],
)
def test_screen_passes_where_the_phrase_matches(phrase: str, text: str) -> None:
    pattern = re.compile(r"\s+".join(map(re.escape, phrase.split())), re.IGNORECASE)
    assert pattern.search(text)
    assert screen(phrase).search(text.lower())


def test_screen_starts_on_a_plain_letter() -> None:
    assert screen("sử lý").pattern.startswith("ử")
    assert screen("sử lý").search("xử lý") is None


def test_words_around_a_place() -> None:
    text = "Các phòng đề  khẩn trương; (đề)\tra, ĐỀ — nghị"
    seen = Scan(text)
    spans = [m.span() for m in WORD.finditer(text.lower())]
    assert list(seen.occurrences("đề")) == [s for s in spans if text[s[0] : s[1]].lower() == "đề"]
    first, second, third = seen.occurrences("đề")
    assert seen.next_word(first[1]) == spans[3]
    assert seen.next_word(second[1]) is None  # `)` is not a plain gap
    assert seen.previous_word(second[0]) == spans[4]
    assert seen.next_word(third[1]) is None and seen.word(*seen.previous_word(third[0])) == "ra"
