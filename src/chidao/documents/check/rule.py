"""The `Rule` type, the context a rule runs in, and the registry of every rule in `check/rules/`.

A rule is one value: a stable dotted code, a default severity, a Vietnamese message, a `find`
function `(Document, Context) -> Iterable[Hit]`, and `bad` / `good` examples (small documents as
text, or `(text, layout)` pairs for the .docx presentation rules) that a test runs through the real
pipeline. Adding a rule is adding one entry to the `RULES` list of a module in `check/rules/`.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from chidao.documents.model import Document, Family, Finding, Severity, Span

Example = str | tuple[str, dict[str, Any]]

CODE = re.compile(r"^[a-z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$")
ALL_FAMILIES: tuple[Family, ...] = ("state", "party", "unknown")

# Decree 30/2020/NĐ-CP was signed and took effect on 05/3/2020 (it replaced Thông tư 01/2011/TT-BNV).
ND30 = dt.date(2020, 3, 5)
# Hướng dẫn 36-HD/VPTW (Party documents) of 03/4/2018 replaced Hướng dẫn 11-HD/VPTW.
HD36 = dt.date(2018, 4, 3)


@dataclass(frozen=True)
class Hit:
    """One place a rule fires; `detail` replaces the rule's message, `severity` overrides its default."""

    span: Span | None
    detail: str | None = None
    severity: Severity | None = None


@dataclass(frozen=True)
class Context:
    """What a rule needs beyond the document: the caller's options and the rule profile."""

    issued: bool = False
    today: dt.date = field(default_factory=dt.date.today)

    @staticmethod
    def date_of(doc: Document) -> dt.date | None:
        """The document's date as far as it is known (a blank day counts as the 1st)."""
        if doc.date is None or not doc.date.year:
            return None
        try:
            return dt.date(doc.date.year, doc.date.month or 1, doc.date.day or 1)
        except ValueError:
            return dt.date(doc.date.year, 1, 1)


Finder = Callable[[Document, Context], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """A form rule; `families`, `since` and `until` say which documents it applies to."""

    code: str
    severity: Severity
    message: str
    find: Finder
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    families: tuple[Family, ...] = ALL_FAMILIES
    since: dt.date | None = None  # applies to documents dated on or after
    until: dt.date | None = None  # applies to documents dated before
    layout: bool = False  # a presentation rule: needs `doc.layout` (.docx input)

    def applies(self, doc: Document) -> bool:
        return self.applies_on(doc.family, doc.layout is not None, Context.date_of(doc))

    def applies_on(self, family: Family, has_layout: bool, when: dt.date | None) -> bool:
        """`applies` from what it reads of the document (which a check run reads once for all rules)."""
        if family not in self.families:
            return False
        if self.layout and not has_layout:
            return False
        if when is not None and self.since is not None and when < self.since:
            return False
        return not (when is not None and self.until is not None and when >= self.until)

    def run(self, doc: Document, ctx: Context) -> list[Finding]:
        if not self.applies(doc):
            return []
        return self.findings(doc, ctx)

    def findings(self, doc: Document, ctx: Context) -> list[Finding]:
        """The rule's findings, whether or not it applies to `doc`."""
        out: list[Finding] = []
        self.add_findings(doc, ctx, out)
        return out

    def add_findings(self, doc: Document, ctx: Context, out: list[Finding]) -> None:
        """`findings`, appended to `out` (a check run collects every rule's in one list)."""
        for hit in self.find(doc, ctx):
            out.append(Finding(rule=self.code, severity=hit.severity or self.severity,
                               message=hit.detail or self.message, span=hit.span))

    @property
    def dated(self) -> bool:
        """Whether the document's date decides if the rule applies (`since` or `until` set)."""
        return self.since is not None or self.until is not None


def matches(code: str, patterns: Iterable[str]) -> bool:
    """`number` and `number.` select `number.seq-missing`; a full code selects itself."""
    return any(code == p or code.startswith(p.rstrip(".") + ".") for p in patterns)


@functools.cache
def rules_for(family: Family, has_layout: bool) -> tuple[tuple[Rule, bool], ...]:
    """The rules that apply to a document of `family` with or without layout facts, in code order, each with
    whether its dates must still be checked against the document's (`Rule.dated`): what `applies_on` reads
    of the rule alone, worked out once per process, not per document."""
    return tuple((rule, rule.dated) for rule in all_rules() if rule.applies_on(family, has_layout, None))


@functools.cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule of every module in `check/rules/`, sorted by code; codes are unique and dotted."""
    from chidao.documents.check import rules as package

    found: list[Rule] = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        found.extend(getattr(module, "RULES", []))
    codes = [r.code for r in found]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise ValueError(f"duplicate rule codes: {duplicates}")
    bad = [c for c in codes if not CODE.match(c)]
    if bad:
        raise ValueError(f"rule codes not in dotted form: {bad}")
    return tuple(sorted(found, key=lambda r: r.code))
