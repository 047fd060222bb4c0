"""The regex prefilter never skips a text its pattern matches, and does skip texts lacking its words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.documents.extract import deadlines
from chidao.documents.extract.prefilter import DIGIT, Lowered, may_match, needs

IC = re.IGNORECASE


@pytest.mark.parametrize(
    ("pattern", "flags", "required"),
    [
        (r"(?<!\w)(?:trong|trước)\s+quý\s+[IV]+", IC, {"quý"}),
        (r"hằng\s+(?:tháng|quý|năm)", IC, {"hằng"}),
        (r"(?:tháng|quý)\s+\d+", IC, {"tháng", "quý"}),
        (r"\d{1,2}/\d{1,2}", 0, {DIGIT}),
        (r"[0-9]+ ngày", 0, {" ngày"}),
        (r"(?:sớm|ngay)?", IC, None),  # may match the empty string
        (r"\w+", 0, None),
        (r"(?:là|vào)\s+(?:một|hai)", IC, {"là", "vào"}),
        (r"thi\s+hành", IC, {"hành"}),  # `i` matches `ı` ignoring case: it ends a literal run
        (r"Sở\s+X", IC, {"ở"}),  # so does `s` (`ſ`)
    ],
)
def test_needs(pattern: str, flags: int, required: set[str] | None) -> None:
    got = needs(re.compile(pattern, flags))
    assert (set(got) if got is not None else None) == required


@pytest.mark.parametrize(
    ("pattern", "text", "may"),
    [
        (r"vào\s+quý\s+[IV]+", "Hoàn thành trong tháng 6.", False),
        (r"vào\s+quý\s+[IV]+", "Hoàn thành VÀO QUÝ II.", True),
        (r"\d+/\d+", "Báo cáo trước ngày mười lăm.", False),
        (r"\d+/\d+", "Báo cáo trước ngày 15/6.", True),
        (r"\d+/\d+", "Báo cáo trước ngày ١٥/٦.", True),  # any decimal digit, as `\d` reads it
        (r"hằng\s+năm", "HẰNG NĂM tổng kết", True),
        (r"hằng\s+năm", "İstanbul", True),  # `İ` lowers to two characters: never skipped
    ],
)
def test_may_match(pattern: str, text: str, may: bool) -> None:
    assert may_match(needs(re.compile(pattern, IC)), Lowered(text)) is may


_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắầấềếờớộụủữựıİſKΣσς0123456789 /.,:-\n"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["trước", "ngày", "tháng", "quý", "năm", "hằng", "thường", "xuyên", "chậm",
                                 "nhất", "trong", "hạn", "Thời", "hoàn thành", "định kỳ", "15/6", "2025", "II",
                                 "sớm", "ngay", "TRƯỚC", "Quý", "mười"]) | st.text(_ALPHABET, max_size=6),
                max_size=12))
def test_sound_on_deadline_rules(parts: list[str]) -> None:
    text = " ".join(parts)
    lowered = Lowered(text)
    for rule in deadlines.rules().rules:
        if rule.regex.search(text):
            assert may_match(needs(rule.regex), lowered), (rule.name, text)


def test_sound_on_deadline_examples() -> None:
    for rule in deadlines.rules().rules:
        for example in rule.examples:
            if rule.regex.search(example.text):
                assert may_match(needs(rule.regex), Lowered(example.text)), (rule.name, example.text)
