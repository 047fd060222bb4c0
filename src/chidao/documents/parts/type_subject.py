"""Tên loại và trích yếu (ô 5a/5b): the type name line mapped to its code, the subject lines joined.

A công văn has no type name: its trích yếu follows `V/v` and its code is `CV`. With no type line and no `V/v`,
the code is read from the symbol (`TB-UBND` → TB) when the symbol starts with a type code.
"""

from __future__ import annotations

import re
from functools import cache

from chidao.documents.alternation import alternation
from chidao.documents.data.formal import document_types, untitled_code
from chidao.documents.model import DocType, Subject
from chidao.documents.parts.cells import Cell, clean, is_upper
from chidao.documents.spaced_letters import spelled_out
from chidao.documents.text import fold_chars, written_as

CONG_VAN = untitled_code()  # the type printed with no type name: `untitled = true` of data/document_types.toml


@cache
def _names() -> tuple[tuple[str, str], ...]:
    """(folded name, code), longest first."""
    pairs = [(" ".join(fold_chars(n).split()), t.code) for t in document_types() for n in t.names]
    return tuple(sorted(set(pairs), key=lambda p: len(p[0]), reverse=True))


@cache
def _name_pattern() -> re.Pattern[str]:
    # (no look after the name: `_name_at` tells where a name may end, a flattened copy may glue the next word on)
    return re.compile(rf"(?<![a-z]){alternation(n for n, _ in _names())}")


def code_of(name: str) -> str | None:
    folded = " ".join(fold_chars(name).split())
    for n, code in _names():
        if folded == n or folded.startswith(n + " "):
            return code
    return None


@cache
def _written() -> dict[str, tuple[str, ...]]:
    """Each folded name's forms as written in the data, with their diacritics."""
    out: dict[str, list[str]] = {}
    for t in document_types():
        for n in t.names:
            out.setdefault(" ".join(fold_chars(n).split()), []).append(n)
    return {name: tuple(forms) for name, forms in out.items()}


@cache
def _names_by_letter() -> dict[str, tuple[tuple[str, str], ...]]:
    """`_names()` by first letter (a name can only fit where the text has its first letter), longest first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, code in _names():
        out.setdefault(name[:1], []).append((name, code))
    return {letter: tuple(pairs) for letter, pairs in out.items()}


def _name_at(masked: str, folded: str, start: int, upper_only: bool) -> tuple[int, int, str] | None:
    # The longest name may run into the next words (`THÔNG BÁO Kết luận`): try the shorter ones too.
    for name, code in _names_by_letter().get(folded[start], ()):
        end = start + len(name)
        if " ".join(folded[start:end].split()) != name or (folded[end : end + 1].isalpha() and not _glued(masked, end)):
            continue
        if not written_as(masked[start:end], _written().get(name, ())):
            continue  # `PHƯỜNG AN KHÁNH` folds to `phuong an`, but is no `PHƯƠNG ÁN`
        if not upper_only or is_upper(masked[start:end]):
            return start, end, code
    return None


def _glued(masked: str, end: int) -> bool:
    """A capitalised word glued onto a name in capitals (`QUYẾT ĐỊNHVề việc …`, a web copy flattened to one line):
    the name ends at `end` all the same."""
    return masked[end].isupper() and masked[end + 1 : end + 2].islower() and masked[end - 1].isupper()


def misread_type_name(masked: str) -> tuple[int, int, str] | None:
    """A cell in capitals that is a type name and nothing else, its vowels' marks misread by OCR (`KẺ HOẠCH`,
    `QUYÉT ĐỊNH`): bounds, code. The whole cell must fold to the name: a name inside other words needs its own
    marks (`PHƯỜNG AN KHÁNH` is no `PHƯƠNG ÁN`)."""
    start = len(masked) - len(masked.lstrip(" :.-*"))
    end = len(masked.rstrip(" :.-*"))
    if end - start < 4 or not is_upper(masked[start:end]):
        return None
    folded = " ".join(fold_chars(masked[start:end]).split())
    # (a PDF's broken font may also cut a word after its first letter: `K ÉT LUẬN`, the letters of `KẾT LUẬN`)
    joined = folded.replace(" ", "") if folded[1:2] == " " else None
    for name, code in _names_by_letter().get(folded[:1], ()):
        if folded == name or joined == name.replace(" ", ""):
            return start, end, code
    return None


def find_type_name(masked: str, upper_only: bool = True) -> tuple[int, int, str] | None:
    """The first type name in `masked` (upper case as printed unless `upper_only` is off): bounds, code."""
    folded = fold_chars(masked)
    for m in _name_pattern().finditer(folded):
        hit = _name_at(masked, folded, m.start(), upper_only)
        if hit is not None:
            return hit
    return None


def opens_type_name(folded: str, start: int) -> bool:
    """Whether a type name's words (any case) start at `start` of folded text: `type_name_at` finds none
    where this is False."""
    return _name_pattern().match(folded, start) is not None


def type_name_at(masked: str, folded: str, start: int, upper_only: bool = True) -> tuple[int, int, str] | None:
    """A type name starting at `start` of `masked` (`folded` is `fold_chars(masked)`), as `find_type_name`
    would return it when the text before `start` holds no letter: one match attempt, not a scan."""
    if _name_pattern().match(folded, start) is None:
        return None
    return _name_at(masked, folded, start, upper_only)


def name_of(code: str) -> str:
    """The type name for a code read from a symbol (`TB` → `THÔNG BÁO`); the code itself when it has none."""
    for t in document_types():
        if t.code == code and t.names:
            return t.names[-1]
    return code


def doc_type(code: str, name: str, span: tuple[int, int] | None) -> DocType:
    return DocType(code=code, name=name, span=span)


def congvan() -> DocType:
    return DocType(code=CONG_VAN, name=name_of(CONG_VAN), span=None)


# `V/v`, or the words it stands for written out (`về việc triển khai …` under a Party công văn's number; `Về:` with
# its colon, as a legal-text site's copy prints a Sở's letter; `VỀ VIỆC …` in capitals, a letter's type line lost)
_VV = re.compile(r"^\s*(?:[Vv]\s*/\s*[vV]|[Vv]ề(?: việc)?(?=[\s:])|VỀ(?: VIỆC)?(?=[\s:]))\s*[:.]?\s*")


# The rule drawn under a trích yếu, read by OCR onto its last line (`… ngày 14/12/2022  -`): no part of the subject.
RULE_END = re.compile(r"\s+[-–—_]+$")


def _words(cell: Cell) -> str:
    """A subject cell's text; a short line spelled out letter by letter, as its words (the masked text keeps the
    wider gaps between its words)."""
    text = cell.text
    if " " in text and len(text) < 40:
        mended = spelled_out(cell.masked)
        if mended is not cell.masked:
            return mended
    return text


def make_subject(cells: list[Cell], strip_vv: bool, drop_suffix: str | None = None) -> Subject | None:
    """Join the subject cells; drop a leading `V/v` for a công văn, a trailing copy of the issuer name and the rule
    OCR read onto the last line. A line a text layer spelled out letter by letter (`v ề` / `c h o`) is read as its
    words."""
    rule = RULE_END.search(cells[-1].raw.rstrip()) if cells else None
    if rule is not None:
        cells = [*cells[:-1], cells[-1].sub(0, rule.start())]
    parts = [_words(c) for c in cells if c.text]
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
