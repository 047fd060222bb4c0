"""Working days of Vietnamese public bodies: Monday–Friday, minus holidays and days off, plus the
Saturdays worked in exchange (làm bù). The days come from `holidays.toml`, one table per year;
outside the table, the fixed solar holidays and a computed Tết / Giỗ Tổ stand in (`estimated`).

Deadline policy (Bộ luật Dân sự 2015 Điều 148): a period whose last day is a day off ends at the
end of the next working day. Whether tracking applies it is a setting (`effective_due(roll=...)`);
it changes the effective date only, never the recorded one.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from chidao.calendar import lunar

DayKind = Literal["holiday", "nghỉ bù", "hoán đổi", "làm bù"]
Certainty = Literal["official", "partial", "estimated"]
_ALLOWED_YEAR_KEYS = {"year", "certainty", "source", "holidays", "days_off", "workdays", "examples"}
_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class SpecialDay:
    """A day that differs from the Monday–Friday rule, and why."""

    date: dt.date
    kind: DayKind
    name: str


@dataclass(frozen=True)
class YearTable:
    year: int
    certainty: Certainty
    source: str
    days: tuple[SpecialDay, ...]
    examples: tuple[str, ...] = field(default=())


class WorkCalendar:
    """Answers: is this a working day, what is the next one, how many lie between two dates."""

    def __init__(self, tables: list[YearTable]) -> None:
        self.tables = {t.year: t for t in tables}
        self._days: dict[dt.date, SpecialDay] = {}
        for table in tables:
            for day in table.days:
                self._days[day.date] = day

    # -- what a day is -------------------------------------------------------------------------
    def certainty(self, year: int) -> Certainty:
        table = self.tables.get(year)
        return table.certainty if table else "estimated"

    def special(self, day: dt.date) -> SpecialDay | None:
        """The table's entry for `day`, or a computed one for years outside the table."""
        if day.year in self.tables or day in self._days:
            return self._days.get(day)
        return _estimated_days(day.year).get(day)

    def is_working_day(self, day: dt.date) -> bool:
        special = self.special(day)
        if special is not None:
            return special.kind == "làm bù"
        return day.weekday() < 5

    def day_off_reason(self, day: dt.date) -> str | None:
        """Vietnamese reason a day is not worked (`Thứ Bảy`, `Tết Nguyên đán` …), None on working days."""
        if self.is_working_day(day):
            return None
        special = self.special(day)
        if special is not None:
            return special.name
        return "Thứ Bảy" if day.weekday() == 5 else "Chủ nhật"

    # -- arithmetic ----------------------------------------------------------------------------
    def next_working_day(self, day: dt.date) -> dt.date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day after `day` (n ≥ 0; the start day itself is not counted)."""
        if n < 0:
            raise ValueError("n must be ≥ 0")
        if n == 0:
            return self.next_working_day(day)
        while n:
            day += _ONE_DAY
            if self.is_working_day(day):
                n -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        count, day = 0, start
        while day < end:
            day += _ONE_DAY
            count += self.is_working_day(day)
        return count

    def effective_due(self, due: dt.date, roll: bool = True) -> dt.date:
        """The date a deadline really ends: rolled to the next working day (BLDS Điều 148) if `roll`."""
        return self.next_working_day(due) if roll else due


def _estimated_days(year: int) -> dict[dt.date, SpecialDay]:
    """Holidays of a year outside the table: the law's fixed days, Tết (the last day of the old
    year and mùng 1–4), Giỗ Tổ; holidays on a weekend are compensated on the next weekdays."""
    tet = lunar.tet(year)
    named = [
        (dt.date(year, 1, 1), "Tết Dương lịch"),
        *((tet + dt.timedelta(days=i), "Tết Nguyên đán") for i in range(-1, 4)),
        (lunar.gio_to(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        (dt.date(year, 4, 30), "Ngày Chiến thắng"),
        (dt.date(year, 5, 1), "Ngày Quốc tế lao động"),
        (dt.date(year, 9, 2), "Quốc khánh"),
        (dt.date(year, 9, 3) if dt.date(year, 9, 2).weekday() < 4 else dt.date(year, 9, 1), "Quốc khánh"),
    ]
    days = {d: SpecialDay(d, "holiday", name) for d, name in sorted(named)}
    for d in sorted(days):
        if d.weekday() >= 5 and days[d].kind == "holiday":
            nxt = d + _ONE_DAY
            while nxt.weekday() >= 5 or nxt in days:
                nxt += _ONE_DAY
            days[nxt] = SpecialDay(nxt, "nghỉ bù", f"Nghỉ bù {days[d].name} (ước tính)")
    return days


def _parse_table(raw: dict[str, Any]) -> YearTable:
    unknown = set(raw) - _ALLOWED_YEAR_KEYS
    if unknown:
        raise ValueError(f"holidays.toml: unknown keys {sorted(unknown)} in year {raw.get('year')}")
    days = [SpecialDay(e["date"], "holiday", e["name"]) for e in raw.get("holidays", [])]
    for e in raw.get("days_off", []):
        if e["kind"] not in ("nghỉ bù", "hoán đổi"):
            raise ValueError(f"holidays.toml: days_off kind {e['kind']!r} on {e['date']}")
        days.append(SpecialDay(e["date"], e["kind"], e["name"]))
    for e in raw.get("workdays", []):
        if e["date"].weekday() < 5:
            raise ValueError(f"holidays.toml: workday {e['date']} is not a weekend day")
        days.append(SpecialDay(e["date"], "làm bù", e["name"]))
    for d in days:
        if not isinstance(d.date, dt.date):
            raise ValueError(f"holidays.toml: {d.date!r} is not a date")
    return YearTable(
        year=raw["year"],
        certainty=raw["certainty"],
        source=raw.get("source", ""),
        days=tuple(days),
        examples=tuple(raw.get("examples", [])),
    )


@cache
def default_calendar() -> WorkCalendar:
    """The calendar built from the packaged `holidays.toml` (loaded once)."""
    text = resources.files("chidao.calendar").joinpath("holidays.toml").read_text(encoding="utf-8")
    return WorkCalendar([_parse_table(y) for y in tomllib.loads(text)["year"]])
