"""The `check_*.toml` data files: every entry's examples behave as the entry says."""

from __future__ import annotations

import pytest

from chidao.documents import parse_text
from chidao.documents.check.rule import Context
from chidao.documents.check.rules import doctype, header, signature, text
from chidao.documents.check.scan import load, tone_neutral


def _words(kind: str) -> list[tuple[str, str, bool]]:
    finder = {"doubled": text.repeated_words, "confusable": text.confusables, "misspelling": text.misspellings}[kind]
    cases = []
    for entry in load("words")[kind]:
        cases += [(kind, s, True) for s in entry["bad"]] + [(kind, s, False) for s in entry["good"]]
    return [pytest.param(finder, s, fires, id=f"{kind}-{i}") for i, (kind, s, fires) in enumerate(cases)]


@pytest.mark.parametrize(
    ("finder", "sentence", "fires"),
    _words("doubled") + _words("confusable") + _words("misspelling"),
)
def test_word_entries(finder, sentence: str, fires: bool) -> None:  # type: ignore[no-untyped-def]
    hits = list(finder(parse_text(sentence, check=False), Context()))
    assert bool(hits) is fires, [h.detail for h in hits]


@pytest.mark.parametrize(
    ("kind", "line", "ok"),
    [(k, line, False) for k in ("national_motto", "motto", "party_title") for line in load("header")[k]["bad"]]
    + [(k, line, True) for k in ("national_motto", "motto", "party_title") for line in load("header")[k]["good"]],
)
def test_header_spellings(kind: str, line: str, ok: bool) -> None:
    assert (header.spelling_problem(kind, line) is None) is ok


@pytest.mark.parametrize(
    ("entry"),
    [pytest.param(e, id=f"{e['family']}-{e['code']}-{e.get('since', '')}{e.get('until', '')}")
     for e in load("types")["type"]],
)
def test_type_entries_read_back_their_code(entry: dict) -> None:  # type: ignore[type-arg]
    for symbol in entry["examples"]:
        after_number = symbol.split("/", 1)[1] if entry["family"] == "state" else symbol.split("-", 1)[1]
        if after_number[:4].isdigit():
            after_number = after_number.split("/", 1)[1]
        assert doctype.code_of(after_number) == entry["code"]


def test_unlisted_codes_are_not_table_codes() -> None:
    table = {e["code"] for e in load("types")["type"] if e["family"] == "state"}
    assert not doctype.unlisted() & table
    for symbol in load("types")["unlisted"][0]["examples"]:
        assert doctype.code_of(symbol.split("/", 1)[1]) in doctype.unlisted()


@pytest.mark.parametrize(
    ("chain", "title", "problem"),
    [
        ([("TM", "CHỦ TỊCH")], "PHÓ CHỦ TỊCH", True),
        ([("TM", "ỦY BAN NHÂN DÂN")], "CHỦ TỊCH", False),
        ([("TM", "BAN CHẤP HÀNH")], "BÍ THƯ", False),
        ([("KT", "CHỦ TỊCH")], "CHỦ TỊCH", True),
        ([("TL", "CHỦ TỊCH"), ("KT", "CHÁNH VĂN PHÒNG")], "PHÓ CHÁNH VĂN PHÒNG", False),
        ([("KT", "GIÁM ĐỐC"), ("TL", "GIÁM ĐỐC")], "TRƯỞNG PHÒNG", True),
        ([("KT", "BỘ TRƯỞNG"), ("KT", "BỘ TRƯỞNG")], "THỨ TRƯỞNG", False),  # doubled: a warning, see below
    ],
)
def test_signature_chains(chain: list[tuple[str, str]], title: str, problem: bool) -> None:
    assert bool(signature.chain_problems(chain, title)) is problem


@pytest.mark.parametrize(
    ("title", "head", "deputy"),
    [("THỨ TRƯỞNG", "BỘ TRƯỞNG", True), ("PHÓ CHỦ NHIỆM", "BỘ TRƯỞNG, CHỦ NHIỆM", True),
     ("PHÓ GIÁM ĐỐC", "CHỦ TỊCH", False), ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "CHỦ TỊCH", True)],
)
def test_deputy_titles(title: str, head: str, deputy: bool) -> None:
    assert signature._is_deputy(title, head) is deputy


@pytest.mark.parametrize(
    ("written", "neutral"),
    [("hoà", "hòa"), ("HOÀ", "HÒA"), ("Uỷ ban", "Ủy ban"), ("hoàn", "hoàn"), ("quý", "quý"), ("thuỷ", "thủy")],
)
def test_tone_neutral(written: str, neutral: str) -> None:
    assert tone_neutral(written) == neutral


def _unit_cases() -> list[object]:
    cases = []
    for kind in ("unit", "level"):
        for i, entry in enumerate(load("units")[kind]):
            cases += [pytest.param(s, True, id=f"{kind}{i}-bad") for s in entry["bad"]]
            cases += [pytest.param(s, False, id=f"{kind}{i}-good") for s in entry["good"]]
    marks = load("units")["old_marks"]  # the words that mark a name as the old body's: no note
    cases += [pytest.param(s, True, id=f"old_marks{i}-bad") for i, s in enumerate(marks["bad"])]
    cases += [pytest.param(s, False, id=f"old_marks{i}-good") for i, s in enumerate(marks["good"])]
    return cases


@pytest.mark.parametrize(("sentence", "fires"), _unit_cases())
def test_unit_entries(sentence: str, fires: bool) -> None:
    from chidao.documents.check import samples
    from chidao.documents.check.rules import unit

    doc = parse_text(samples.state(place_date="Hà Nam, ngày 05 tháng 3 năm 2026", body=sentence), check=False)
    hits = list(unit.outdated(doc, Context()))
    assert bool(hits) is fires, [h.detail for h in hits]


def test_outdated_unit_wrapped_over_two_lines_is_quoted_on_one() -> None:
    from chidao.documents.check import samples
    from chidao.documents.check.rules import unit

    body = "Giao Sở Xây dựng phối hợp với Ủy ban nhân dân huyện Đồng\nXuân rà soát hồ sơ, báo cáo trước ngày 30/4/2026."
    doc = parse_text(samples.state(place_date="Hà Nam, ngày 05 tháng 3 năm 2026", body=body), check=False)
    details = [h.detail for h in unit.outdated(doc, Context())]
    assert details and all("\n" not in d for d in details) and "“huyện Đồng Xuân”" in details[0], details


@pytest.mark.parametrize(
    ("text", "fires"),
    [(t, fires) for k in ("basis", "enacting") for key, fires in (("bad", True), ("good", False)) for t in load("body")[k][key]],
)
def test_body_entries(text: str, fires: bool) -> None:
    """`[basis]` and `[enacting]` of data/check_body.toml, run through the căn cứ punctuation rule."""
    from chidao.documents.check.rules import body

    hits = list(body.basis_punctuation(parse_text(text, check=False), Context()))
    assert bool(hits) is fires, [h.detail for h in hits]
