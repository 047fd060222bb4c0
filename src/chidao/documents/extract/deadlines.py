"""Deadlines: the "by when" phrase inside a task's text, read into a due day and a kind.

`find_deadline(text, doc_date)` applies the phrase rules of `data/deadline_phrases.toml`; this module
holds the date grammar those rules name (`{date}`, `{month}`, `{quarter}`, `{years}`, `{number}`) and the
calendar arithmetic (last day of a month, quarter, half, year). Conventions (corpus/README.md, domain
§6.2): `trước ngày X` is due on X; a month, quarter, half or year is due on its last day; a day without a
year takes the year of the document's date; recurring and asap deadlines have no due day; a relative
one has one only when its anchor date is written.

Matching is case-insensitive on NFC text, never on folded text: `ngay` (at once) and `ngày` (day)
differ only by a diacritic.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import Final, NamedTuple

from chidao.documents.data import deadline_rules, load_toml
from chidao.documents.data.deadline_rules import Rule, RuleSet
from chidao.documents.extract.prefilter import TriggerScan
from chidao.documents.model import Deadline, DeadlineKind, DocDate, Span

_YEAR = r"(?:19|20)\d{2}"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"

# 15/6/2020 · 15/06/2020 · 15.6.2020 · 15-6-2020 · 15/6 (no year)
# (a dash after the day is a date's only when no slash follows the month: `10-11/2019` is two months, `_MONTH_SPAN`)
_NUMERIC_DATE = (
    rf"(?<![\d/.\-]){_DAY}\s?(?:[/.]\s?{_MONTH}(?:\s?[/.\-]\s?{_YEAR}(?!\d))?"
    rf"|-\s?{_MONTH}(?!\s?/)(?:\s?[.\-]\s?{_YEAR}(?!\d))?)(?!\d)(?!\s?/\s?\d)"
)
# ngày 15 tháng 6 năm 2020 · 15 tháng 6/2020 · ngày 15 tháng 6
_VERBAL_DATE = rf"(?:ngày\s*)?(?<!\d){_DAY}\s*tháng\s*{_MONTH}(?!\d)(?:\s*(?:năm|/|-)\s*{_YEAR}(?!\d))?"
DATE = rf"(?:{_VERBAL_DATE}|{_NUMERIC_DATE})"
# tháng 5/2020 · tháng 05-2020 · tháng 8 năm 2026 · tháng 12, năm 2022 (a comma before `năm`) · tháng 5 ·
# tháng 5, 6/2020 · tháng 7/2020 - 3/2021
# (the last month counts)
_MONTH_YEAR = rf"(?:\s?[/\-]\s?{_YEAR}(?!\d)|,?\s*năm\s*{_YEAR}(?!\d))"
# `10-11/2019`, `01-4/2021`, `12/2019`: a month or a span of months written without `tháng`, its year after a
# slash (a schedule's time cell; a date never mixes a dash and a slash); not a number's (`số 12/2019/NQ-HĐND`)
_MONTH_SPAN = rf"(?<![\d/.\-]){_MONTH}(?:\s?[-–]\s?{_MONTH})?\s?/\s?{_YEAR}(?!\d)(?!\s?/)"
MONTH = (
    rf"(?:tháng\s*{_MONTH}(?:\s*(?:,|-|–|và|đến)\s*(?:tháng\s*)?{_MONTH})*(?!\d){_MONTH_YEAR}?"
    rf"(?:\s*(?:-|–|đến)\s*(?:tháng\s*)?{_MONTH}{_MONTH_YEAR})?(?!\s?/\s?\d)|{_MONTH_SPAN})"
)
# quý II/2020 · quý 2 năm 2020 · Quý III, năm 2022 · Quý IV · quý II, III/2021 · quý IV/2025 và quý I/2026
# (the last one counts)
_Q = r"(?:IV|I{1,3}|[1-4])(?![\w])"
_QUARTER_YEAR = rf"(?:\s?[/\-]\s?{_YEAR}(?!\d)|,?\s+năm\s+{_YEAR}(?!\d))"
QUARTER = (
    rf"quý\s*{_Q}(?:\s*(?:,|-|–|và|đến)\s*(?:quý\s*)?{_Q})*{_QUARTER_YEAR}?"
    rf"(?:\s*(?:-|–|đến|và)\s*quý\s*{_Q}{_QUARTER_YEAR})?"
)
# 2020 · 2026 - 2030 · 2009 và 2010 · 2025; năm 2030 (milestones: the last one counts)
YEARS = rf"(?<![\d/]){_YEAR}(?:\s*(?:-|–|—|,|;|và|đến)\s*(?:[Nn]ăm\s+)?{_YEAR})*(?![\d/])"

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_RANK: Final = {"recurring": 4, "date": 3, "month": 3, "quarter": 3, "half": 3, "year": 3, "relative": 2, "asap": 1}
_DATE_RE = re.compile(DATE, re.IGNORECASE)
_YEAR_RE: Final = re.compile(_YEAR)
_WHOLE_YEAR = re.compile(_YEAR + r"(?!\d)")
_NUMBER: Final = re.compile(r"\d+")
_QUARTER_NUMBER = re.compile(r"(?<![\w])(iv|i{1,3}|[1-4])(?![\w])")
_PAST_TOLERANCE: Final = dt.timedelta(days=31)  # notices are often dated after the deadlines they relay
_SECTION_NUMBER: Final = re.compile(r"^\d{1,2}\.\d{1,2}$")  # `2.2.` numbers a section; a dotted date has its year
_QUOTED = re.compile(r"“[^“”]{1,300}”")  # a quoted title: `bài “Giải pháp … mỗi năm …”`
_DAY_WORD = re.compile(r"ngày\s*$", re.IGNORECASE)


def last_day_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_end(year: int, quarter: int) -> dt.date:
    return last_day_of_month(year, quarter * 3)


def half_end(year: int, half: int = 1) -> dt.date:
    return dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it has no such day (BLDS Điều 148)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def parse_date_phrase(text: str, doc_date: DocDate | None = None) -> tuple[dt.date, Span] | None:
    """The first calendar date written in `text` (`15/6/2020`, `ngày 15 tháng 6 năm 2020`, `15/6`)."""
    return next(find_dates(text, doc_date), None)


def find_dates(text: str, doc_date: DocDate | None = None) -> Iterator[tuple[dt.date, Span]]:
    """Every valid calendar date written in `text`, with its span; a day without a year takes doc_date's."""
    for m in _DATE_RE.finditer(text):
        if _SECTION_NUMBER.match(m.group(0)):
            continue
        day = date_from_token(m.group(0), _year_of(doc_date))
        if day is not None:
            yield day, m.span()


def _section_number(token: str, text: str, start: int) -> bool:
    """`2.2` alone numbers a section; in a deadline after the word `ngày` (`trước ngày 25.1`) it is a day without
    its year."""
    return bool(_SECTION_NUMBER.match(token)) and not _DAY_WORD.search(text, max(0, start - 8), start)


def date_from_token(token: str, default_year: int | None = None) -> dt.date | None:
    """`15/6/2020` → 2020-06-15; `15/6` → that day in `default_year`; None when invalid."""
    nums = [int(n) for n in _NUMBER.findall(token)]
    if len(nums) < 2:
        return None
    year = nums[2] if len(nums) > 2 else default_year
    return _safe_date(year, nums[1], nums[0])


def find_deadline(text: str, doc_date: DocDate | None = None) -> Deadline | None:
    """The deadline stated inside `text` (a task sentence, a lead-in, a table's time cell), or None.

    `span` is relative to `text`; `inherited` is False (the task extractor decides inheritance).
    """
    if not text:
        return None
    when = _when(doc_date.year, doc_date.month, doc_date.day) if doc_date is not None else _NO_DATE
    quoted = _quoted_spans(text) + _extension_spans(text)
    aims = _aim_spans(text)
    whole = text.strip()  # a time cell or field holding its time alone (`2022`): a deadline whatever its date
    candidates = [
        c
        for c in _candidates(text, when)
        if not (_long_past(c, when.anchor) and text[c.span[0] : c.span[1]].strip() != whole)
        and not _inside(c.span, quoted) and not _told_as_past(text, c, when.anchor)
        and not (c.kind in _PERIODS and _inside(c.span, aims) and _within(text, c.span))
    ]
    if not candidates:
        return None
    if len(candidates) == 1:
        chosen = candidates[0]
    else:
        candidates = _remove_nested(candidates)
        best_rank = max(_RANK[c.kind] for c in candidates)
        ranked = [c for c in candidates if _RANK[c.kind] == best_rank]
        chosen = ranked[-1] if best_rank == _RANK["date"] else ranked[0]
    start, end = chosen.span
    return Deadline(text[start:end].strip(), chosen.due, chosen.kind, False, chosen.span)


def choose_deadline(own: Deadline | None, group: Deadline | None) -> Deadline | None:
    """A task's deadline from its own words and its group's (lead-in, closing sentence, giấy mời meeting).

    The task's own deadline wins, except that `khẩn trương` in an item does not cancel the dated deadline
    its group was given (`… trước ngày 20/10/2024. Trong đó: - Bộ X khẩn trương …` is due on 20/10/2024).
    The group's deadline comes back marked `inherited`.
    """
    inherited = dataclasses.replace(group, inherited=True) if group and group.kind != "none" else None
    if own is None or own.kind == "none":
        return inherited
    if own.kind == "asap" and inherited is not None and inherited.due is not None:
        return inherited
    return own


class _When(NamedTuple):
    """What the document's own date tells: the default year, the day to compare with, the signing day."""

    year: int | None
    anchor: dt.date | None
    signed: dt.date | None


_NO_DATE = _When(None, None, None)


@cache
def _when(year: int | None, month: int | None, day: int | None) -> _When:
    """What a document dated so tells (a few dates per process: kept)."""
    doc_date = DocDate(text="", year=year, month=month, day=day)
    return _When(year, _anchor(doc_date), doc_date.as_date())


class _Candidate:
    """A deadline a rule read (a plain class: the compiled build compiles its `__init__`, as `UnitMention`'s)."""

    __slots__ = ("due", "kind", "span", "yearless")

    def __init__(self, kind: DeadlineKind, due: dt.date | None, span: Span, yearless: bool = False) -> None:
        self.kind: Final = kind
        self.due: Final = due
        self.span: Final = span
        self.yearless: Final = yearless  # a day written without its year (`trước ngày 15/1`)


def _candidates(text: str, when: _When) -> Iterator[_Candidate]:
    rules = _rules()
    for i, m in trigger_scan().matches(text):  # each rule tried only where its opening words are
        rule = rules.rules[i]
        start, end = _trimmed_span(text, m.span())
        if start >= end or rule.cancelled(text, start, end):
            continue
        resolved = _resolve(rule, m, when, rules)
        if resolved is not None:
            kind, due = resolved
            yearless = rule.due == "day" and not _YEAR_RE.search(m.group("date") or "")
            yield _Candidate(kind, due, (start, end), yearless)


def _resolve(
    rule: Rule, m: re.Match[str], when: _When, rules: RuleSet
) -> tuple[DeadlineKind, dt.date | None] | None:
    """(kind, due) for one match; None when the match is not a valid date (`24/7`, `32/13`, `2.2.`)."""
    kind: DeadlineKind = rule.kind  # type: ignore[assignment]
    year, anchor = when.year, when.anchor
    groups = m.groupdict()
    how = rule.due
    if how == "none":
        return kind, None
    if how == "day":
        token = groups["date"]
        nums = [int(n) for n in _NUMBER.findall(token)]  # day, month and maybe year
        # the day and month exist in some year (29/2 included): rejects `24/24`, `31/6`; `2.2.` numbers a section
        if len(nums) < 2 or _safe_date(2000, nums[1], nums[0]) is None:
            return None
        if _section_number(token, m.string, m.start("date")):
            return None
        # a day without a year takes the document's year, even late in December (`trước 10/1`: corpus README)
        return kind, _safe_date(nums[2] if len(nums) > 2 else year, nums[1], nums[0])
    if how in ("month_end", "month_part"):
        if groups.get("month") is None:  # `trong tháng này`: the month of the document's date
            if anchor is None:
                return kind, None
            return kind, last_day_of_month(anchor.year, anchor.month)
        month, y = _month(groups["month"], year)
        if y is None:
            return kind, None
        last = last_day_of_month(y, month)
        part = (groups.get("part") or "cuối").lower()
        if how == "month_part" and part in ("đầu", "giữa"):
            return kind, last.replace(day=1 if part == "đầu" else 15)
        return kind, last
    if how == "quarter_end":
        q, y = _quarter(groups["quarter"], year)
        return kind, quarter_end(y, q) if y else None
    if how in ("half_end", "year_end"):
        y = _last_year(groups.get("years")) or year
        if y is None:
            return kind, None
        return kind, half_end(y) if how == "half_end" else year_end(y)
    if how == "offset":
        return kind, _offset(groups, when, rules)
    raise AssertionError(how)


def _offset(groups: dict[str, str | None], when: _When, rules: RuleSet) -> dt.date | None:
    """The anchor (a written date, or the signing day for `kể từ ngày ký`) plus the period."""
    anchor_token, unit, n_token = groups.get("date"), (groups.get("unit") or "").lower(), groups.get("n")
    if not n_token or "làm" in unit:  # working days need the holiday calendar
        return None
    anchor = date_from_token(anchor_token, when.year) if anchor_token else None
    if anchor_token is None and groups.get("signed"):
        anchor = when.signed
    n = int(n_token) if n_token.isdigit() else rules.numbers.get(" ".join(n_token.lower().split()))
    if anchor is None or n is None:
        return None
    if unit.startswith("tháng"):
        return add_months(anchor, n)
    return anchor + dt.timedelta(days=n * (7 if unit.startswith("tuần") else 1))


def _month(token: str, year: int | None) -> tuple[int, int | None]:
    """`tháng 5, 6/2020` → (6, 2020): the last month named, and the year (or `year`)."""
    years = _YEAR_RE.findall(token)
    months = _NUMBER.findall(_WHOLE_YEAR.sub("", token))
    return int(months[-1]), (int(years[-1]) if years else year)


def _quarter(token: str, year: int | None) -> tuple[int, int | None]:
    """`quý II, III/2021` → (3, 2021)."""
    years = _YEAR_RE.findall(token)
    quarters = _QUARTER_NUMBER.findall(_YEAR_RE.sub("", token).lower())
    q = quarters[-1]
    return (int(q) if q.isdigit() else _ROMAN[q]), (int(years[-1]) if years else year)


def _last_year(token: str | None) -> int | None:
    years = _YEAR_RE.findall(token or "")
    return max(int(y) for y in years) if years else None


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _trimmed_span(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in " \t\n,;":
        start += 1
    while end > start and text[end - 1] in " \t\n,;":
        end -= 1
    return start, end


def _remove_nested(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop a candidate inside another of the same rank (and a second one of the same span and rank); keep text
    order. One sweep per rank, by start and then the longest first: a span lies inside one of the spans before its
    own if the furthest end they reach is at or past its end."""
    inside: set[int] = set()
    for rank in {_RANK[c.kind] for c in candidates}:
        ranked = sorted(
            (c for c in candidates if _RANK[c.kind] == rank), key=lambda c: (c.span[0], -c.span[1])
        )
        reach, group_reach, group_span = -1, -1, None
        for c in ranked:
            if c.span != group_span:  # a new span: the spans before it all reach `reach`
                reach, group_span = max(reach, group_reach), c.span
                group_reach = c.span[1]
            if reach >= c.span[1]:
                inside.add(id(c))
    kept: list[_Candidate] = []
    seen: set[tuple[Span, int]] = set()
    for c in candidates:
        if id(c) in inside or (c.span, _RANK[c.kind]) in seen:
            continue
        seen.add((c.span, _RANK[c.kind]))
        kept.append(c)
    return sorted(kept, key=lambda c: c.span)


def _quoted_spans(text: str) -> list[Span]:
    """The spans of quoted titles (`bài “… hàng trăm tỷ mỗi năm …”`): a time inside names, it does not set a deadline."""
    if "“" not in text:
        return []
    return [m.span() for m in _QUOTED.finditer(text)]


@cache
def _extension() -> re.Pattern[str]:
    return re.compile(load_toml(deadline_rules.PATH.name)["extension"]["pattern"], re.IGNORECASE)


def _extension_spans(text: str) -> list[Span]:
    """The spans of an extension's term (`gia hạn thời gian thực hiện đến hết Quý II/2025`, `[extension]` of the
    phrase data): the time there ends the extension asked for or granted; it does not say when the task is due."""
    if "hạn" not in text:
        return []
    return [m.span() for m in _extension().finditer(text)]


_AIM_DATA: Final = load_toml(deadline_rules.PATH.name)["aim"]
_AIM_OPENERS: Final = tuple(_AIM_DATA["openers"])


@cache
def _aim() -> re.Pattern[str]:
    openers = "(?:" + "|".join(o.replace(" ", r"\s+") for o in _AIM_OPENERS) + ")"
    return re.compile(_AIM_DATA["pattern"].replace("{openers}", openers))


def _aim_spans(text: str) -> list[Span]:
    """The spans of a request's opening aim (`Để đảm bảo hỗ trợ … trong năm 2013, Bộ … đề nghị …`, `[aim]` of the
    phrase data): a period told there as a stretch of time (`trong …`, `_within`) is when the aim is to be reached;
    it does not say when the work is due (a period naming the aim, `kế hoạch năm 2026`, still dates a list)."""
    if not any(opener in text for opener in _AIM_OPENERS):
        return []
    return [m.span() for m in _aim().finditer(text)]


_WITHIN = re.compile(r"(?<!\w)trong\s*$", re.IGNORECASE)
_TRONG = re.compile(r"(?<!\w)trong(?!\w)", re.IGNORECASE)  # (`hoàn thành trong quý IV/2025`, the phrase read whole)


def _within(text: str, span: Span) -> bool:
    """Is the period told as a stretch of time (`trong năm 2013`), not as a name's part (`kế hoạch năm 2026`)?"""
    return _TRONG.search(text, span[0], span[1]) is not None or _WITHIN.search(text, max(0, span[0] - 8), span[0]) is not None


def _inside(span: Span, outer: list[Span]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in outer)


def _anchor(doc_date: DocDate | None) -> dt.date | None:
    """The document's date, or the first day of its month when the day was left blank."""
    if doc_date is None or not doc_date.year:
        return None
    return doc_date.as_date() or _safe_date(doc_date.year, doc_date.month or 1, 1)


def _long_past(c: _Candidate, anchor: dt.date | None) -> bool:
    """A dated phrase well before the document itself is a past event (`khởi công vào năm 2018`); a day without
    its year is no event dated before the document, but a deadline read in the document's year (corpus README)."""
    return bool(anchor and c.due and not c.yearless and _RANK[c.kind] == _RANK["date"] and c.due < anchor - _PAST_TOLERANCE)


_PERIODS: Final = frozenset({"month", "quarter", "half", "year"})
_PAST_MARK = re.compile(r"(?<!\w)đã(?!\w)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()]")
_PAST_REACH = 80  # characters before a period where its clause's `đã` is looked for


def _told_as_past(text: str, c: _Candidate, anchor: dt.date | None) -> bool:
    """A month, quarter, half or year over before the document was dated, in a clause told in the past (`căn cứ nội
    dung đã được tập huấn cho giáo viên cốt cán vào tháng 11/2024` in a letter of 17/12/2024): when the thing was
    done, not when work is due. (A period just over without `đã` may be a deadline a late notice relays.)"""
    if not (anchor and c.due and c.kind in _PERIODS and c.due < anchor) or "đã" not in text.lower():
        return False
    before = text[max(0, c.span[0] - _PAST_REACH) : c.span[0]]
    clause = _CLAUSE_BREAK.split(before)[-1]
    return _PAST_MARK.search(clause) is not None


def _year_of(doc_date: DocDate | None) -> int | None:
    return doc_date.year if doc_date is not None else None


def _number_token(words: list[str]) -> str:
    alternatives = sorted(words, key=len, reverse=True)
    spelled = "|".join(r"\s+".join(map(re.escape, w.split())) for w in alternatives)
    return rf"(?<!\w)(?:\d{{1,3}}|{spelled})(?!\w)"


@cache
def _rules() -> RuleSet:
    tokens = {
        "date": DATE,
        "start_date": DATE,
        "month": MONTH,
        "quarter": QUARTER,
        "years": YEARS,
        "number": _number_token(list(deadline_rules.read_numbers())),
    }
    return deadline_rules.load(tokens)


@cache
def trigger_scan() -> TriggerScan:
    """The combined scan of every rule's opening words, built once per process."""
    return TriggerScan(rule.regex for rule in _rules().rules)


def rules() -> RuleSet:
    """The compiled phrase rules (for tests and tools that list them)."""
    return _rules()
