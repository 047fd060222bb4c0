"""Form checks (a linter for Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW).

    >>> from chidao.documents import parse_text
    >>> from chidao.documents.check import check_document
    >>> findings = check_document(parse_text(text, check=False), issued=True)

Every finding has a stable rule code, a severity, a Vietnamese message and a span into `doc.text`.
The rules live one module per component in `check/rules/`; `all_rules()` collects them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from chidao.documents.check.rule import Context, Rule, all_rules, matches, rules_for
from chidao.documents.model import Document, Finding

__all__ = ["Context", "Rule", "all_rules", "check_document"]

_ORDER = {"error": 0, "warning": 1, "info": 2}


def check_document(
    doc: Document,
    issued: bool = False,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    today: dt.date | None = None,
) -> list[Finding]:
    """All findings for a parsed document, ordered by position.

    `issued`: the document claims to be the issued copy, so a blank number or day is an error rather
    than the mark of an unissued draft. `select` / `ignore`: rule codes or prefixes (`date`, `text.`).
    """
    select, ignore = tuple(select), tuple(ignore)
    ctx = Context(issued=issued, today=today or dt.date.today())
    family, has_layout, when = doc.family, doc.layout is not None, Context.date_of(doc)
    findings: list[Finding] = []
    rules = rules_for(family, has_layout)  # (`Rule.applies_on` but for the dates, worked out once)
    if select or ignore:
        rules = tuple(
            (rule, dated) for rule, dated in rules
            if not (select and not matches(rule.code, select)) and not (ignore and matches(rule.code, ignore))
        )
    for rule, dated in rules:
        if dated and not rule.applies_on(family, has_layout, when):
            continue
        rule.add_findings(doc, ctx, findings)
    return sorted(findings, key=_position)


def _position(f: Finding) -> tuple[int, int, str]:
    return (f.span[0] if f.span else -1, _ORDER[f.severity], f.rule)
