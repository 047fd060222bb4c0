"""A headerless copy naming the document it gives (parts/own_caption.py): `[own_caption]` of issuer_markers.toml."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.pipeline import parse_text

_DATA = load_toml("issuer_markers.toml")["own_caption"]
_TITLE = "Một dòng tiêu đề của trang tin\n"  # a portal's title above the text


def _numbers(numbers: list[str] | str) -> list[str]:
    """Numbers compared without their spaces; a data row's list joined by commas."""
    return [n.replace(" ", "") for n in (numbers.split(",") if isinstance(numbers, str) else numbers) if n]


@pytest.mark.parametrize("example", _DATA["examples"])
def test_a_text_naming_itself_takes_its_type_family_and_own_number(example: str) -> None:
    """The naming gives the type and family; its number is the text's own, the other numbers stay cited; a title
    line above the text changes nothing."""
    text, code, family, own, cited = example.split("|")
    for whole in (text, _TITLE + text):
        doc = parse_text(whole + "\n", check=False)
        assert doc.own_caption is not None and doc.own_caption.type is not None
        assert doc.own_caption.type.code == code
        assert _numbers(list(doc.own_caption.numbers)) == _numbers(own)
        assert doc.type is not None and doc.type.code == code
        assert doc.family == family
        assert _numbers([r.number for r in doc.references]) == _numbers(cited)


@pytest.mark.parametrize("example", _DATA["counter_examples"])
def test_a_text_naming_nothing_of_its_own_keeps_its_citations(example: str) -> None:
    text, cited = example.split("|")
    doc = parse_text(text + "\n", check=False)
    assert doc.own_caption is None
    assert doc.type is None
    assert _numbers([r.number for r in doc.references]) == _numbers(cited)


def test_a_lead_under_a_header_is_a_citation() -> None:
    """A lead-like first body line under a header block cites another document: it stays a reference."""
    lead = _DATA["examples"][0].split("|")[0]
    doc = parse_text("UBND TỈNH AN LẠC\nSố: 125/UBND-VP\nV/v rà soát hồ sơ đất đai\n" + lead + "\n")
    assert doc.own_caption is None
    assert doc.type is not None and doc.type.code == "CV"
    assert "418/UBND-KT" in _numbers([r.number for r in doc.references])


def test_a_lead_under_a_letters_addressee_is_a_citation() -> None:
    """A headerless letter (`Kính gửi:` first) whose body opens like a news lead tells its background: the cited
    directive stays a reference and gives no type; the letter is a công văn."""
    text = (
        "Kính gửi: Ban Dân vận các huyện ủy, thị ủy\n\n"
        "Ngày 12/3/2024, Ban Thường vụ Tỉnh ủy Nam An đã ban hành Chỉ thị số 08-CT/TU về công tác thanh niên. "
        "Ban Dân vận Tỉnh ủy đề nghị Ban Dân vận các huyện ủy, thị ủy báo cáo kết quả trước ngày 30/6/2024.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.own_caption is None or doc.own_caption.type is None
    assert doc.type is not None and doc.type.code == "CV"
    assert _numbers([r.number for r in doc.references]) == ["08-CT/TU"]
    assert doc.family == "party"


def test_the_first_naming_gives_the_type_and_a_closing_caption_its_span() -> None:
    """A news lead's type comes before a closing caption's; the caption's span is kept (metadata `source_caption`)
    and its number is the text's own too."""
    lead = "Ngày 3/4, UBND huyện Tân Lạc ban hành Kế hoạch số 71/KH-UBND về trồng cây."
    caption = "(Theo Thông báo số 15/TB-UBND ngày 3/4/2026)"
    text = f"{lead}\nCác xã tổ chức trồng cây trước ngày 30/4/2026.\n{caption}\n"
    doc = parse_text(text, check=False)
    assert doc.type is not None and doc.type.code == "KH" and doc.type.span == (text.index("Kế hoạch"), text.index(" số"))
    assert doc.metadata["source_caption"] == [text.index(caption), text.index(caption) + len(caption)]
    assert doc.own_caption is not None and doc.own_caption.numbers == ("71/KH-UBND", "15/TB-UBND")
    assert doc.references == []


@pytest.mark.parametrize("example", _DATA["directs"]["examples"] + _DATA["directs"]["counter_examples"])
def test_a_headerless_text_telling_a_party_body_directing_is_a_party_text(example: str) -> None:
    """A news item naming no document of its own: Party when a Party body directs at a clause's start (`directs`)."""
    text, family = example.split("|")
    doc = parse_text(text + "\n", check=False)
    assert doc.family == family


@pytest.mark.parametrize("example", _DATA["preamble"]["examples"])
def test_a_copy_opening_with_its_own_preamble_takes_its_type(example: str) -> None:
    """A copy whose header the site dropped (`…, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:`)
    is the document its preamble names; the numbers it cites stay cited."""
    text, code, family, own, cited = example.split("|")
    doc = parse_text(text.replace("\\n", "\n") + "\n", check=False)
    assert doc.own_caption is not None and doc.own_caption.type is not None
    assert doc.own_caption.type.code == code and doc.type is not None and doc.type.code == code
    assert doc.family == family
    assert _numbers(list(doc.own_caption.numbers)) == _numbers(own)
    assert _numbers([r.number for r in doc.references]) == _numbers(cited)


@pytest.mark.parametrize("example", _DATA["preamble"]["counter_examples"])
def test_a_preamble_in_lower_case_or_citing_a_number_names_nothing(example: str) -> None:
    text, cited = example.split("|")
    doc = parse_text(text + "\n", check=False)
    assert doc.type is None
    assert _numbers([r.number for r in doc.references]) == _numbers(cited)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("… Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh thực hiện nghiêm túc, hiệu quả Chỉ thị này./.\n", "CT"),
        ("Các sở, ngành tổ chức thực hiện Kế hoạch này./.", "KH"),
        ("Nghị quyết này có hiệu lực thi hành kể từ ngày ký./.", None),  # not the closing words
        ("… thực hiện theo Quyết định này.", None),  # no closing mark
        ("… triển khai thực hiện các nội dung này./.", None),  # no type's name before `này`
    ],
)
def test_closing_sentence_names_the_type(text: str, code: str | None) -> None:
    """A copy without header or type line that names itself in its closing sentence (`… Chỉ thị này./.`)."""
    from chidao.documents.parts.own_caption import _closing_type

    found = _closing_type(text)
    assert (found.code if found else None) == code


@pytest.mark.parametrize(
    "example", _DATA["metadata"]["examples"] + _DATA["metadata"]["counter_examples"]
)
def test_a_legal_sites_metadata_table_names_a_headerless_page(example: str) -> None:
    """`[own_caption.metadata]`: `Loại văn bản: Công văn` gives a page without a header its type, `Số hiệu: …` its own
    number (no citation); the labels in a sentence, or a value that is no type's name, give nothing."""
    text, code, *own = example.split("|")
    doc = parse_text(text + "\n", check=False)
    if not code:
        assert doc.type is None
        return
    assert doc.type is not None and doc.type.code == code
    assert doc.own_caption is not None and _numbers(list(doc.own_caption.numbers)) == _numbers(own[0])
    assert doc.references == []


@pytest.mark.parametrize("example", _DATA["notice"]["examples"] + _DATA["notice"]["counter_examples"])
def test_a_committees_closing_notice_formula_names_a_headerless_notice(example: str) -> None:
    """`[own_caption.notice]`: `UBND phường thông báo để … biết` closing a headerless text makes it a thông báo; an
    office's formula, or one with no `biết`, names nothing."""
    text, code = example.split("|")
    doc = parse_text(text + "\n", check=False)
    assert (doc.type.code if doc.type is not None else "") == code
