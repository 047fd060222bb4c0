"""Every rule fires on each of its `bad` examples and stays quiet on each of its `good` examples, run
through the real pipeline; the registry is sorted, unique and dotted."""

from __future__ import annotations

import datetime as dt

import pytest

from chidao.documents import parse_text
from chidao.documents.check import check_document
from chidao.documents.check.rule import CODE, Context, Example, Rule, all_rules
from chidao.documents.model import Document

TODAY = dt.date(2026, 11, 26)


def _doc(example: Example) -> Document:
    text, layout = (example, None) if isinstance(example, str) else example
    doc = parse_text(text, check=False)
    doc.layout = layout
    return doc


def _cases(kind: str) -> list[object]:
    return [
        pytest.param(rule, example, id=f"{rule.code}-{kind}{i}")
        for rule in all_rules()
        for i, example in enumerate(getattr(rule, kind))
    ]


@pytest.mark.parametrize(("rule", "example"), _cases("bad"))
def test_rule_fires_on_bad_example(rule: Rule, example: Example) -> None:
    doc = _doc(example)
    assert rule.applies(doc), f"{rule.code} does not apply to its example (family {doc.family})"
    findings = rule.run(doc, Context(today=TODAY))
    assert findings, f"{rule.code} stayed quiet on its bad example"
    for f in findings:
        if f.span is not None:
            assert 0 <= f.span[0] <= f.span[1] <= len(doc.text)


@pytest.mark.parametrize(("rule", "example"), _cases("good"))
def test_rule_quiet_on_good_example(rule: Rule, example: Example) -> None:
    findings = rule.run(_doc(example), Context(today=TODAY))
    assert not findings, [f.message for f in findings]


def test_registry_is_sorted_unique_dotted_and_large() -> None:
    codes = [r.code for r in all_rules()]
    assert codes == sorted(set(codes))
    assert all(CODE.match(c) for c in codes)
    assert len(codes) >= 30
    assert all(r.bad and r.good for r in all_rules())


@pytest.mark.parametrize(
    ("issued", "severity"),
    [(False, "info"), (True, "error")],
)
def test_blank_number_and_day_are_info_unless_issued(issued: bool, severity: str) -> None:
    from chidao.documents.check import samples

    doc = parse_text(samples.state(number="Số:     /TB-UBND", place_date="Hà Nam, ngày     tháng 3 năm 2024"),
                     check=False)
    found = {f.rule: f.severity for f in check_document(doc, issued=issued, today=TODAY)}
    assert found["number.seq-missing"] == severity
    assert found["date.day-missing"] == severity


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        ((), (), {"text.repeated-word", "text.confusable"}),
        (("text.confusable",), (), {"text.confusable"}),
        (("text",), ("text.confusable",), {"text.repeated-word"}),
        ((), ("text.",), set()),
    ],
)
def test_select_and_ignore_by_code_or_prefix(select: tuple[str, ...], ignore: tuple[str, ...],
                                             expected: set[str]) -> None:
    doc = parse_text("Đồng chí đồng chí Giám đốc yêu cầu các phòng đề khẩn trương hoàn thành.", check=False)
    found = {f.rule for f in check_document(doc, select=select, ignore=ignore, today=TODAY)}
    assert {r for r in found if r.startswith("text.")} == expected


def test_findings_are_ordered_by_position() -> None:
    doc = parse_text("Các phòng đề khẩn trương; đồng chí đồng chí Giám đốc chỉ đạo.", check=False)
    starts = [f.span[0] for f in check_document(doc, select=["text"], today=TODAY) if f.span]
    assert starts == sorted(starts) and len(starts) == 2


@pytest.mark.parametrize(
    ("text", "quiet"),
    [
        # A Party document is held to HD 36: no colon after Số, `Lưu` without `VT`, `T/M`.
        ("party", ("number.colon", "archive.vt-missing", "archive.colon", "signature.marker-form",
                   "header.national-motto", "number.leading-zero")),
        # A 2015 quy định numbered `QĐ` follows Thông tư 01/2011: no type-code finding.
        ("state-2015", ("type.code-mismatch", "type.code-outdated", "type.code-unknown")),
    ],
)
def test_rules_are_versioned_by_family_and_date(text: str, quiet: tuple[str, ...]) -> None:
    from chidao.documents.check import samples

    source = {
        "party": samples.party(number="Số 5-TB/TU"),
        "state-2015": samples.state(number="Số: 15/QĐ-UBND", type="QUY ĐỊNH",
                                    place_date="Hà Nam, ngày 05 tháng 3 năm 2015"),
    }[text]
    found = {f.rule for f in check_document(parse_text(source, check=False), today=TODAY)}
    assert not found & set(quiet), found & set(quiet)


@pytest.mark.parametrize("rule", [pytest.param(r, id=r.code) for r in all_rules()])
def test_messages_are_vietnamese(rule: Rule) -> None:
    assert any(ord(c) > 127 for c in rule.message), rule.message
