"""The regex prefilter never skips a text its pattern matches, and does skip texts lacking its words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.documents.extract import deadlines
from chidao.documents.extract.prefilter import (
    DIGIT,
    Lowered,
    Screen,
    TriggerScan,
    anchored,
    first_chars,
    found_alone,
    may_match,
    needs,
    start_strings,
    with_first_chars,
)

IC = re.IGNORECASE


@pytest.mark.parametrize(
    ("pattern", "flags", "required"),
    [
        (r"(?<!\w)(?:trong|trước)\s+quý\s+[IV]+", IC, [{"quý"}, {"ong", "ước"}, {"tr"}]),  # re factors out `tr`
        (r"hằng\s+(?:tháng|quý|năm)", IC, [{"hằng"}, {"tháng", "quý", "năm"}]),
        (r"(?:tháng|quý)\s+\d+", IC, [{"tháng", "quý"}, {DIGIT}]),
        (r"\d{1,2}/\d{1,2}", 0, [{DIGIT}, {"/"}]),
        (r"[0-9]+ ngày", 0, [{" ngày"}, {DIGIT}]),
        (r"(?:sớm|ngay)?", IC, []),  # may match the empty string
        (r"\w+", 0, []),
        (r"thi\s+hành", IC, [{"hành"}, {"th"}]),  # `i` matches `ı` ignoring case: it ends a literal run
        (r"Sở\s+X", IC, [{"ở"}, {"x"}]),  # so does `s` (`ſ`)
    ],
)
def test_needs(pattern: str, flags: int, required: list[set[str]]) -> None:
    assert [set(clause) for clause in needs(re.compile(pattern, flags))] == required


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
        (r"hằng\s+năm", "hằng tháng", False),  # every clause must hold
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
    screened = {i for i, _ in Screen(rule.regex for rule in deadlines.rules().rules).runnable(text)}
    for i, rule in enumerate(deadlines.rules().rules):
        if rule.regex.search(text):
            assert may_match(needs(rule.regex), lowered), (rule.name, text)
            assert i in screened, (rule.name, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["trước", "ngày", "tháng", "quý", "năm", "hằng", "thường", "xuyên", "chậm",
                                 "nhất", "trong", "hạn:", "Thời", "hoàn thành", "định kỳ", "15/6", "2025", "II",
                                 "sớm", "ngay", "TRƯỚC", "Quý", "mười", "khẩn trương", "từ", "đến", "cuối năm"])
                | st.text(_ALPHABET, max_size=6), max_size=12))
def test_trigger_scan_finds_what_finditer_finds(parts: list[str]) -> None:
    text = " ".join(parts)
    patterns = [rule.regex for rule in deadlines.rules().rules]
    scanned = [(i, m.span(), m.groups()) for i, m in TriggerScan(patterns).matches(text)]
    assert scanned == [(i, m.span(), m.groups()) for i, p in enumerate(patterns) for m in p.finditer(text)], text


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"(?<!\w)(?:trong|trước)\s+quý", {"trong", "trước"}),
        (r"(?:hằng|mỗi)?\s*tháng", None),  # `\s*` may open a match
        (r"(?:hằng|mỗi)?tháng", {"hằngtháng", "mỗitháng", "tháng"}),
        (r"^\s*\d+|định\s+kỳ", {"", "định"}),  # `^`: the text's start
        (r"\d+ ngày", None),
    ],
)
def test_start_strings(pattern: str, starts: set[str] | None) -> None:
    got = start_strings(re.compile(pattern, IC))
    assert (set(got) if got is not None else None) == starts


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"\d+ ngày", {DIGIT}),  # a digit may open a match: tried at every digit
        (r"(?<!\w)(?:\d{1,2}\s*giờ|(?:buổi\s+)?sáng)", {DIGIT, "buổi", "sáng"}),  # `\s+` ends a string
        (r"[0-9]/(?:ngày|tháng)", {DIGIT}),  # what follows a digit is not joined to it
        (r"(?:\d|một|hai)\s+lần", {DIGIT, "một", "hai"}),
        (r"[\d/]+", None),  # a class of more than digits
        (r"[^\d]x", None),
        (r"^\s*\d+|định\s+kỳ", {"", "định"}),
        (r"(?<!\w)kh[ẩaâ]n\s+trương", {"khẩn", "khan", "khân"}),  # a short class of letters opens strings
        (r"[ab]\d", {"a", "b"}),
        (r"x[a-z]y", {"x"}),  # a range is no short class
    ],
)
def test_start_strings_with_digits(pattern: str, starts: set[str] | None) -> None:
    got = start_strings(re.compile(pattern, IC), digits=True)
    assert (set(got) if got is not None else None) == starts


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["9h", "14 giờ 30", "8h30'", "sáng", "Chiều", "buổi tối", "thứ Hai", "ngày", "15/6",
                                 "15 tháng 6", "2025", ",", "một", "hai", "2 tháng", "năm một lần", "lần", "trước",
                                 "hoàn thành", "0", "١٥/٦", "x9", "_7", "khẩn trương", "KHAN TRƯƠNG", "khân",
                                 "khoa", "kh"])
                | st.text(_ALPHABET, max_size=6), max_size=12))
def test_trigger_scan_finds_what_finditer_finds_from_digits(parts: list[str]) -> None:
    """The rules that may open with a digit (`9h, ngày 15/6`, `2 tháng một lần`) are tried at every digit."""
    text = " ".join(parts)
    patterns = [rule.regex for rule in deadlines.rules().rules]
    scanned = [(i, m.span(), m.groups()) for i, m in TriggerScan(patterns).matches(text)]
    assert scanned == [(i, m.span(), m.groups()) for i, p in enumerate(patterns) for m in p.finditer(text)], text


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"(?<!\w)(?:trong|trước)\s+quý", {"t"}),
        (r"(?:hằng|mỗi)?\s*tháng", {"h", "m", "\\s", "t"}),
        (r"(?<![\w/])\d+/[A-ZĐ]+", {"\\d"}),
        (r"[a-cx]\.", {"a-c", "x"}),
        (r"[^a]b", None),  # a negated class
        (r"(?:hằng|mỗi)?tháng", {"h", "m", "t"}),
        (r"x?", None),  # may match the empty string
        (r"(?i:a)b", None),  # local flags
    ],
)
def test_first_chars(pattern: str, first: set[str] | None) -> None:
    got = first_chars(re.compile(pattern, IC))
    assert (set(got) if got is not None else None) == first


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["trước", "ngày", "tháng", "quý", "năm", "hằng", "thường", "xuyên", "chậm",
                                 "nhất", "trong", "hạn", "Thời", "15/6", "2025", "II", "sớm", "TRƯỚC", "Quý", "hoà", "uỷ", "x .", "a,B", "ab.Cd"])
                | st.text(_ALPHABET, max_size=6), max_size=12))
def test_first_chars_keeps_matches(parts: list[str]) -> None:
    text = " ".join(parts)
    patterns = [rule.regex for rule in deadlines.rules().rules] + [
        re.compile(r"(?<![qQ])(?:[oO][àáảãạ]|[uU][ỳýỷỹỵ])(?![^\W\d_])"),
        re.compile(r"(?<=[^\W_])[ \t]+([,;]|\.(?![./]))(?=[ \t]|$)", re.MULTILINE),
        re.compile(r"(?<=[a-zđà-ỹ]{2})[,;:](?=[A-Za-zĐđÀ-ỹ])|(?<=[a-zđà-ỹ]{2})\.(?=[A-ZĐÀ-Ỵ][a-zđà-ỹ])"),
    ]
    for pattern in patterns:
        fast = with_first_chars(pattern)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in pattern.finditer(text)
        ], (pattern.pattern, text)


def test_sound_on_deadline_examples() -> None:
    for rule in deadlines.rules().rules:
        for example in rule.examples:
            if rule.regex.search(example.text):
                assert may_match(needs(rule.regex), Lowered(example.text)), (rule.name, example.text)


@pytest.mark.parametrize(
    ("pattern", "flags", "alone"),
    [
        (r"^noi nhan", 0, True),  # one position to try
        (r"^(xet|theo) de nghi", 0, True),
        (r"chiu trach nhiem thi hanh", 0, True),  # re looks for the opening literal first
        (r"^[^.;]{0,80}\bneu co", 0, False),  # anchored, but a repeat backtracks
        (r"^(?![^.;]*\bchuan bi\b)[^.;]{0,120}\bdu hop", 0, False),  # anchored, but the lookahead reads on
        (r"^(?=tham du)tham", 0, False),
        (r"(tran trong |xin )?cam on", 0, False),
        (r"\bbiet", 0, False),
        (r"^noi nhan", re.MULTILINE, False),  # `^` at every line
    ],
)
def test_found_alone(pattern: str, flags: int, alone: bool) -> None:
    assert found_alone(re.compile(pattern, flags)) is alone


@pytest.mark.parametrize(
    ("pattern", "flags", "at_start"),
    [
        (r"^noi nhan", 0, True),
        (r"\Anoi nhan", 0, True),
        (r"^a|b", 0, False),  # the alternation is at the top
        (r"^noi nhan", re.MULTILINE, False),
        (r"noi nhan", 0, False),
    ],
)
def test_anchored(pattern: str, flags: int, at_start: bool) -> None:
    assert anchored(re.compile(pattern, flags)) is at_start


@pytest.mark.parametrize(
    ("pattern", "flags", "texts"),
    [
        (r"(?<!\w)\d{1,2}\s*giờ", IC, ["9 giờ", "x9 giờ", "_9 giờ", "ạ9 giờ", "19 giờ", "a19 giờ, 7giờ", "١٩ giờ"]),
        (r"(?<![\w/])\d+/\d+", IC, ["15/6", "a15/6", "/15/6", "x 1/2/3"]),
        (r"(?<!\w)\d+h", re.ASCII | IC, ["ạ9h", "a9h", " 9h"]),  # ASCII `\w`: `ạ` is no word character there
        (r"\d+h", IC, ["2025h", "ạ9h"]),  # no lookbehind: tried at every digit
    ],
)
def test_trigger_scan_at_digits_after_non_word(pattern: str, flags: int, texts: list[str]) -> None:
    """A pattern opening with `(?<!\\w)` and a digit is tried only at digits no word character precedes, as `re`
    tells word characters (Unicode, unless the pattern says ASCII)."""
    patterns = [re.compile(pattern, flags)]
    for text in texts:
        scanned = [(i, m.span()) for i, m in TriggerScan(patterns).matches(text)]
        assert scanned == [(0, m.span()) for m in patterns[0].finditer(text)], text
