"""Dashboard statistics (QĐ 42 practice, domain.md §4.4) with the formula printed next to every rate.

Filters: period (document date from/to), issuer, lead unit, directing leader. Counts use the current
due date; the nominal on-time rate compares completion with `original_due`. Requests (`đề nghị`) and
tasks without a deadline are counted apart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from django.core.cache import cache
from django.db.models import Count, F, Max, Q, QuerySet

from chidao.accounts import permissions as perm
from chidao.accounts.models import Unit
from chidao.config.clock import today
from chidao.tracking.models import COUNTED, Assignment, State, Task
from chidao.tracking.timeliness import CLASSES, LABELS, q

FORMULAS = {
    "on_time_rate": "Tỷ lệ hoàn thành đúng hạn = HT đúng hạn ÷ nhiệm vụ đến hạn",
    "completion_rate": "Tỷ lệ hoàn thành = (HT đúng hạn + HT quá hạn) ÷ nhiệm vụ đến hạn",
    "overdue_rate": "Tỷ lệ quá hạn = quá hạn chưa hoàn thành ÷ nhiệm vụ đến hạn",
    "nominal_rate": "Tỷ lệ đúng hạn theo hạn ban đầu = HT không muộn hơn hạn ban đầu ÷ nhiệm vụ đến hạn",
}


@dataclass
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    issuer: str = ""
    unit: int | None = None
    leader: str = ""


@dataclass
class Dashboard:
    today: dt.date
    counts: dict[str, int]
    due_count: int
    rates: dict[str, float | None]
    per_unit: list[dict[str, Any]]
    overdue: list[Task]
    overdue_buckets: dict[str, int]
    due_soon: list[Task]
    requests: int
    formulas: dict[str, str] = field(default_factory=lambda: dict(FORMULAS))
    labels: dict[str, str] = field(default_factory=lambda: dict(LABELS))


def base(user: Any, f: Filters) -> QuerySet:
    # a recurring task is counted through its occurrences, each with its own due date
    qs = perm.tasks_for(user).filter(COUNTED)
    if f.date_from:
        qs = qs.filter(document__date__gte=f.date_from)
    if f.date_to:
        qs = qs.filter(document__date__lte=f.date_to)
    if f.issuer:
        qs = qs.filter(document__issuer_name=f.issuer)
    if f.unit:
        qs = qs.filter(pk__in=Assignment.objects.filter(unit_id=f.unit, role=Assignment.Role.LEAD).values("task_id"))
    if f.leader:
        qs = qs.filter(directing_leader=f.leader)
    return qs


def _aggregates(now: dt.date, cutoff: dt.date, own: str = "") -> dict[str, Any]:
    """Conditional counts per timeliness class over tasks; `own="assignments__"` takes the state and
    completion date from the (lead) assignment joined to each task, the due dates from the task."""
    state, done, row = f"{own}state", f"{own}completed_on", f"{own}id" if own else "id"
    out: dict[str, Any] = {cls: Count(row, filter=q(cls, now, state=state, completed=done)) for cls in CLASSES}
    out["total"] = Count(row)
    out["due_count"] = Count(row, filter=Q(due__lte=cutoff))
    out["nominal"] = Count(row, filter=Q(**{state: State.DONE, f"{done}__lte": F("original_due"), "due__lte": cutoff}))
    for days in (30, 60, 120):
        out[f"over_{days}"] = Count(row, filter=q("overdue", now, state=state) & Q(due__lt=now - dt.timedelta(days=days)))
    return out


def _rates(row: dict[str, Any]) -> dict[str, float | None]:
    due = row["due_count"]
    if not due:
        return {k: None for k in FORMULAS}
    return {
        "on_time_rate": round(100 * row["done_on_time"] / due, 1),
        "completion_rate": round(100 * (row["done_on_time"] + row["done_late"]) / due, 1),
        "overdue_rate": round(100 * row["overdue"] / due, 1),
        "nominal_rate": round(100 * row["nominal"] / due, 1),
    }


def unit_rows(user: Any, f: Filters, now: dt.date, cutoff: dt.date, join: bool = False) -> QuerySet:
    """Per lead unit, the counts of its lead assignments, each with its own state and completion date (QĐ 42
    statistics). Filters on the tasks (period, issuer, leader) and an officer's view join each task to its lead
    assignments; otherwise the assignments' copies of their task's fields (`Task.mirror`) are read alone, which
    `join=True` turns off (the tests compare the two)."""
    if join or f.date_from or f.date_to or f.issuer or f.leader or perm.role(user) == perm.OFFICER:
        lead = {"assignments__role": Assignment.Role.LEAD} | ({"assignments__unit_id": f.unit} if f.unit else {})
        leads = base(user, replace(f, unit=None)).filter(**lead).values(unit_id=F("assignments__unit_id"))
        return leads.annotate(**_aggregates(now, cutoff, own="assignments__")).order_by("unit_id")
    mine = Assignment.objects.filter(role=Assignment.Role.LEAD, counted=True)
    if f.unit:
        mine = mine.filter(unit_id=f.unit)
    if not perm.reads_secret(user):
        mine = mine.filter(secret=False)
    return mine.values("unit_id").annotate(**_aggregates(now, cutoff)).order_by("unit_id")


def data_version() -> int:
    """Changes whenever tracked data changes: every write goes through the history."""
    from chidao.tracking.models import History, Task

    return (History.objects.aggregate(v=Max("id"))["v"] or 0) * 1_000_003 + (
        Task.objects.aggregate(v=Max("id"))["v"] or 0)


def dashboard(user: Any, f: Filters | None = None, list_size: int = 20) -> Dashboard:
    """The dashboard, cached until the data (or the clock, or the filters) change."""
    f = f or Filters()
    scope = (perm.role(user), getattr(user, "unit_id", None), perm.reads_secret(user))
    key = "chidao-dashboard:" + hashlib.sha1(repr((scope, f, today(), list_size, data_version())).encode()).hexdigest()
    cached = cache.get(key)
    if cached is None:
        cached = compute(user, f, list_size)
        cache.set(key, cached, 600)
    return cached


def compute(user: Any, f: Filters, list_size: int = 20) -> Dashboard:
    now = today()
    cutoff = min(f.date_to, now) if f.date_to else now
    qs = base(user, f)
    row = qs.aggregate(**_aggregates(now, cutoff))
    names = dict(Unit.objects.values_list("id", "name"))
    per_unit = []
    for unit_row in unit_rows(user, f, now, cutoff):
        unit_row["lead_unit_id"] = unit_row["unit_id"]
        unit_row["unit"] = names.get(unit_row["unit_id"], "?")
        unit_row["rates"] = _rates(unit_row)
        per_unit.append(unit_row)
    per_unit.sort(key=lambda r: r["unit"])
    buckets = {k: row[k] for k in ("over_30", "over_60", "over_120")}
    overdue_qs = qs.filter(q("overdue", now))
    overdue = list(overdue_qs.select_related("lead_unit", "document").order_by("due", "id")[:list_size])
    for t in overdue:
        t.days_overdue = (now - t.due).days  # type: ignore[attr-defined, operator]
    soon = list(qs.filter(q("due_soon", now)).select_related("lead_unit", "document").order_by("due", "id")[:list_size])
    requests = perm.tasks_for(user).filter(is_request=True).exclude(state=State.CANCELLED).count()
    return Dashboard(
        today=now, counts={c: row[c] for c in CLASSES} | {"total": row["total"]}, due_count=row["due_count"],
        rates=_rates(row), per_unit=per_unit, overdue=overdue, overdue_buckets=buckets, due_soon=soon,
        requests=requests,
    )
