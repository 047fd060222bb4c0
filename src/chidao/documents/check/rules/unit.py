"""Bodies named after they ceased to exist (the 2025 reorganisation), as data in `check_units.toml`.

An info note only: a later document may rightly name an old body when it cites that body's earlier
document or marks it `(cũ)`; both are skipped."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache

from chidao.documents.alternation import as_written
from chidao.documents.check import samples
from chidao.documents.check.rule import Context, Hit, Rule
from chidao.documents.check.scan import load, scan, screen
from chidao.documents.extract.prefilter import with_first_chars
from chidao.documents.model import Document

_CITED_BEFORE = re.compile(r"\d+/[^\s,;]+\s.{0,80}của\s*$", re.DOTALL)  # `… số 12/STNMT-QLĐĐ ngày … của`
# a mark after the name that it is the old body (`(cũ)`, `trước đây`): `[old_marks]` of data/check_units.toml
_MARKS = load("units")["old_marks"]
_OLD_AFTER = re.compile(
    rf"^[^.;\n]{{0,40}}?(?:\(?{as_written(_MARKS['bracketed'])}\)?|{as_written(_MARKS['words'])})", re.IGNORECASE
)


Screened = tuple[re.Pattern[str], tuple[re.Pattern[str], ...], str]  # pattern, its screens, what it became


def _patterns(when: dt.date) -> list[Screened]:
    return [(pattern, screens, became) for until, pattern, screens, became in _all_patterns() if when >= until]


@cache
def _all_patterns() -> tuple[tuple[dt.date, re.Pattern[str], tuple[re.Pattern[str], ...], str], ...]:
    """(the day a name stopped being valid, its pattern, screens for the names, what it became), built once."""
    data = load("units")
    out = []
    for entry in data["unit"]:
        names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in entry["names"])
        pattern = re.compile(rf"(?<![^\W_])(?:{names})(?![^\W_])", re.IGNORECASE)
        out.append((entry["until"], with_first_chars(pattern), tuple(map(screen, entry["names"])), entry["became"]))
    for entry in data["level"]:
        words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in entry["words"])
        pattern = re.compile(rf"(?<![^\W_])(?:{words})\s+[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*)*")
        out.append((entry["until"], with_first_chars(pattern), tuple(map(screen, entry["words"])), entry["became"]))
    return tuple(out)


@cache
def _screens_by_first() -> dict[str, re.Pattern[str]]:
    """The screens of every entry joined per first character (a letter: `screen` starts with one), which `re`
    factors out: one scan tells whether any of them matches."""
    joined: dict[str, list[str]] = {}
    for _, _, screens, _ in _all_patterns():
        for s in screens:
            joined.setdefault(s.pattern[0], []).append(s.pattern)
    return {first: re.compile("|".join(patterns)) for first, patterns in joined.items()}


def _any_screen(low: str, first: str, found: dict[str, bool]) -> bool:
    """Whether a screen starting with `first` matches `low` (`found` keeps the answers of one document)."""
    if first not in found:
        found[first] = _screens_by_first()[first].search(low) is not None
    return found[first]


def outdated(doc: Document, ctx: Context) -> Iterator[Hit]:
    when = doc.date.as_date() if doc.date else None
    if when is None and doc.date is not None and doc.date.year:
        when = dt.date(doc.date.year, doc.date.month or 1, 1)
    if when is None:
        return
    start = doc.body_span[0] if doc.body_span else 0
    lowered = scan(doc.text).lowered
    found: dict[str, bool] = {}  # per first character of the screens: whether one of them matches
    for pattern, screens, became in _patterns(when):
        if lowered.exact and not any(_any_screen(lowered.low, s.pattern[0], found) and s.search(lowered.low)
                                     for s in screens):
            continue  # the old name is not in the text
        for m in pattern.finditer(doc.text, start):
            before = doc.text[max(0, m.start() - 160) : m.start()]
            if _CITED_BEFORE.search(before) or _OLD_AFTER.match(doc.text[m.end() : m.end() + 60]):
                continue
            name = " ".join(m.group().split())  # a name hard-wrapped over two lines is quoted on one
            yield Hit(m.span(), f"“{name}” không còn tồn tại vào ngày ban hành văn bản (nay là {became}); "
                                "kiểm tra lại tên đơn vị")


RULES = [
    Rule(
        code="unit.outdated",
        severity="info",
        message="Tên đơn vị đã thay đổi sau sắp xếp tổ chức bộ máy",
        find=outdated,
        bad=(samples.state(place_date="Hà Nam, ngày 05 tháng 3 năm 2026",
                           body="Giao Sở Kế hoạch và Đầu tư chủ trì, báo cáo trước ngày 30/4/2026./."),),
        good=(samples.state(body="Giao Sở Kế hoạch và Đầu tư chủ trì, báo cáo trước ngày 30/4/2024./."),
              samples.state(place_date="Hà Nam, ngày 05 tháng 3 năm 2026",
                            body="Thực hiện Công văn số 15/SKHĐT-TH ngày 05/01/2024 của Sở Kế hoạch và Đầu tư, Sở "
                                 "Tài chính báo cáo./.")),
    ),
]
