"""Statistics of task outcomes for a period, per unit and per month (framework-free).

Classes are those of `chidao.tracking.timeliness` (QĐ 42/2014 reporting split, domain.md §4.2).
Every rate is printed with its formula, because headline figures mix denominators (§4.4):

    đến hạn          = HT đúng hạn + HT quá hạn + quá hạn chưa HT
    tỷ lệ đúng hạn   = HT đúng hạn ÷ đến hạn
    tỷ lệ hoàn thành = (HT đúng hạn + HT quá hạn) ÷ đến hạn
    tỷ lệ quá hạn    = quá hạn chưa HT ÷ đến hạn

Requests (`đề nghị`, to bodies outside the issuer's line authority) are counted apart.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

CLASS_LABELS = {
    "done_on_time": "Hoàn thành đúng hạn",
    "done_late": "Hoàn thành quá hạn",
    "on_track": "Đang thực hiện trong hạn",
    "overdue": "Quá hạn chưa hoàn thành",
    "no_deadline": "Không có thời hạn",
}
FORMULAS = {
    "due": "Đến hạn = HT đúng hạn + HT quá hạn + Quá hạn chưa HT",
    "on_time_rate": "Tỷ lệ HT đúng hạn = HT đúng hạn ÷ Đến hạn × 100%",
    "completion_rate": "Tỷ lệ hoàn thành = (HT đúng hạn + HT quá hạn) ÷ Đến hạn × 100%",
    "overdue_rate": "Tỷ lệ quá hạn = Quá hạn chưa HT ÷ Đến hạn × 100%",
}


@dataclass(frozen=True)
class Outcome:
    """One lead assignment's outcome, as classified at the report date."""

    unit: str
    klass: str | None  # None: cancelled
    due: dt.date | None = None
    completed_on: dt.date | None = None
    is_request: bool = False
    days_overdue: int = 0
    text: str = ""
    source: str = ""


@dataclass
class Tally:
    """Counts of one unit (or one month, or the total)."""

    label: str
    done_on_time: int = 0
    done_late: int = 0
    on_track: int = 0
    overdue: int = 0
    no_deadline: int = 0
    requests: int = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.klass is None:
            return
        if outcome.is_request:
            self.requests += 1
            return
        setattr(self, outcome.klass, getattr(self, outcome.klass) + 1)

    @property
    def total(self) -> int:
        return self.done_on_time + self.done_late + self.on_track + self.overdue + self.no_deadline

    @property
    def due(self) -> int:
        return self.done_on_time + self.done_late + self.overdue

    def _rate(self, n: int) -> float | None:
        return round(100 * n / self.due, 1) if self.due else None

    @property
    def on_time_rate(self) -> float | None:
        return self._rate(self.done_on_time)

    @property
    def completion_rate(self) -> float | None:
        return self._rate(self.done_on_time + self.done_late)

    @property
    def overdue_rate(self) -> float | None:
        return self._rate(self.overdue)


def by_unit(outcomes: list[Outcome]) -> tuple[list[Tally], Tally]:
    """Per-unit tallies (sorted by unit name, Vietnamese-folded order is left to the caller) and the total."""
    units: dict[str, Tally] = {}
    total = Tally("Tổng cộng")
    for o in outcomes:
        units.setdefault(o.unit, Tally(o.unit)).add(o)
        total.add(o)
    return sorted(units.values(), key=lambda t: t.label), total


def by_month(outcomes: list[Outcome]) -> list[Tally]:
    """Tallies by the month of the due date (`10/2026`), in time order; tasks without a due date left out."""
    months: dict[tuple[int, int], Tally] = defaultdict(lambda: Tally(""))
    for o in outcomes:
        if o.due is not None:
            key = (o.due.year, o.due.month)
            months[key].label = f"{o.due.month:02d}/{o.due.year}"
            months[key].add(o)
    return [months[k] for k in sorted(months)]


def percent(rate: float | None) -> str:
    """`87,5%` (Vietnamese decimal comma); `—` when there is nothing due."""
    return "—" if rate is None else f"{rate:.1f}".replace(".", ",") + "%"
