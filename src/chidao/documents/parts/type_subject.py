"""Tên loại và trích yếu (ô 5a/5b): the type name line mapped to its code, the subject lines joined.

A công văn has no type name: its trích yếu follows `V/v` and its code is `CV`. With no type line and no `V/v`,
the code is read from the symbol (`TB-UBND` → TB) when the symbol starts with a type code.
"""

from __future__ import annotations

import re
from functools import cache

from chidao.documents.data.formal import document_types
from chidao.documents.model import DocType, Subject
from chidao.documents.parts.cells import Cell, clean, is_upper
from chidao.documents.text import fold_chars

CONG_VAN = "CV"


@cache
def _names() -> tuple[tuple[str, str], ...]:
    """(folded name, code), longest first."""
    pairs = [(" ".join(fold_chars(n).split()), t.code) for t in document_types() for n in t.names]
    return tuple(sorted(set(pairs), key=lambda p: len(p[0]), reverse=True))


@cache
def _name_pattern() -> re.Pattern[str]:
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n, _ in _names())
    return re.compile(rf"(?<![a-z])(?:{alts})(?![a-z])")


def code_of(name: str) -> str | None:
    folded = " ".join(fold_chars(name).split())
    for n, code in _names():
        if folded == n or folded.startswith(n + " "):
            return code
    return None


def find_type_name(masked: str, upper_only: bool = True) -> tuple[int, int, str] | None:
    """The first type name in `masked` (upper case as printed unless `upper_only` is off): bounds, code."""
    folded = fold_chars(masked)
    for m in _name_pattern().finditer(folded):
        # The longest name may run into the next words (`THÔNG BÁO Kết luận`): try the shorter ones too.
        first = folded[m.start()]
        for name, code in _names():
            end = m.start() + len(name)
            if name[:1] != first:  # the match starts on a letter: a name starting otherwise cannot fit
                continue
            if " ".join(folded[m.start() : end].split()) != name or folded[end : end + 1].isalpha():
                continue
            printed = masked[m.start() : end]
            if not upper_only or is_upper(printed):
                return m.start(), end, code
    return None


def name_of(code: str) -> str:
    """The type name for a code read from a symbol (`TB` → `THÔNG BÁO`); the code itself when it has none."""
    for t in document_types():
        if t.code == code and t.names:
            return t.names[-1]
    return code


def doc_type(code: str, name: str, span: tuple[int, int] | None) -> DocType:
    return DocType(code=code, name=name, span=span)


def congvan() -> DocType:
    return DocType(code=CONG_VAN, name="CÔNG VĂN", span=None)


_VV = re.compile(r"^\s*V\s*/\s*[vV]\s*[:.]?\s*")


def make_subject(cells: list[Cell], strip_vv: bool, drop_suffix: str | None = None) -> Subject | None:
    """Join the subject cells; drop a leading `V/v` for a công văn and a trailing copy of the issuer name."""
    parts = [c.text for c in cells if c.text]
    if not parts:
        return None
    text = " ".join(parts)
    if strip_vv:
        text = _VV.sub("", text)
    if drop_suffix and fold_chars(text).endswith(" " + fold_chars(drop_suffix)):
        text = text[: len(text) - len(drop_suffix)].rstrip()
    text = clean(text)
    if not text:
        return None
    return Subject(text=text, span=(cells[0].start, cells[-1].end))
