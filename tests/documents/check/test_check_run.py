"""`check_document` reads which rules apply from a table made once per process (`rules_for`) and collects their
findings in one list: it gives what running every applicable rule by its own `applies` and `findings` gives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chidao.documents import parse_text
from chidao.documents.check import check_document
from chidao.documents.check.rule import ALL_FAMILIES, Context, all_rules, matches, rules_for
from chidao.documents.model import Document, Finding
from chidao.documents.readers import read

CASES = Path(__file__).resolve().parents[1] / "cases"
TODAY = dt.date(2026, 11, 27)


def _plain(doc: Document, select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> list[Finding]:
    """The plain definition: every rule, by its own `applies`, selected and not ignored."""
    ctx = Context(today=TODAY)
    found = [
        f
        for rule in all_rules()
        if not (select and not matches(rule.code, select)) and not (ignore and matches(rule.code, ignore))
        if rule.applies(doc)
        for f in rule.findings(doc, ctx)
    ]
    return sorted(found, key=lambda f: (f.span[0] if f.span else -1, ("error", "warning", "info").index(f.severity),
                                        f.rule))


def _docs() -> list[Document]:
    docs = []
    for path in sorted(CASES.glob("*.txt"))[::8]:
        docs.append(parse_text(read(path.read_bytes(), name=path.name).text, check=False))
    return docs


DOCS = _docs()


@pytest.mark.parametrize("doc", DOCS, ids=[str(k) for k in range(len(DOCS))])
def test_a_check_run_finds_what_each_applicable_rule_finds(doc: Document) -> None:
    assert check_document(doc, today=TODAY) == _plain(doc)
    assert check_document(doc, today=TODAY, select=("text", "date.")) == _plain(doc, select=("text", "date."))
    assert check_document(doc, today=TODAY, ignore=("header",)) == _plain(doc, ignore=("header",))


@pytest.mark.parametrize("when", [None, dt.date(2015, 1, 1), dt.date(2018, 4, 3), dt.date(2020, 3, 5),
                                  dt.date(2024, 6, 1)])
def test_the_table_of_rules_is_applies_on_with_the_dates_apart(when: dt.date | None) -> None:
    for family in ALL_FAMILIES:
        for has_layout in (False, True):
            table = [rule for rule, dated in rules_for(family, has_layout)
                     if not dated or rule.applies_on(family, has_layout, when)]
            assert table == [rule for rule in all_rules() if rule.applies_on(family, has_layout, when)]
            assert all(dated == (rule.since is not None or rule.until is not None)
                       for rule, dated in rules_for(family, has_layout))


def test_findings_and_add_findings_agree() -> None:
    doc = DOCS[0]
    ctx = Context(today=TODAY)
    for rule in all_rules():
        out: list[Finding] = []
        rule.add_findings(doc, ctx, out)
        assert out == rule.findings(doc, ctx)
