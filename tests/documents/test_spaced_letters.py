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
