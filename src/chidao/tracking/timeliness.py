"""Timeliness at the application's date (`chidao.config.clock.today()`), in Python and as database filters.

Classes (domain.md §4.2): `done_on_time` hoàn thành đúng hạn, `done_late` hoàn thành quá hạn,
`on_track` đang thực hiện trong hạn, `overdue` đang thực hiện quá hạn, `no_deadline` không có thời hạn;
`due_soon` (sắp đến hạn) is a flag on open tasks. Cancelled tasks have no timeliness.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Case, CharField, F, Q, Value, When

from chidao.tracking.models import State

CLASSES = ("done_on_time", "done_late", "on_track", "overdue", "no_deadline")
LABELS = {
    "done_on_time": "Hoàn thành đúng hạn",
    "done_late": "Hoàn thành quá hạn",
    "on_track": "Đang thực hiện trong hạn",
    "overdue": "Đang thực hiện quá hạn",
    "no_deadline": "Không có thời hạn",
    "due_soon": "Sắp đến hạn",
}
_CLOSED = (State.DONE, State.CANCELLED)


def classify(state: str, due: dt.date | None, completed_on: dt.date | None, today: dt.date) -> str | None:
    if state == State.CANCELLED:
        return None
    if due is None:
        return "no_deadline"
    if state == State.DONE:
        return "done_on_time" if completed_on is not None and completed_on <= due else "done_late"
    return "overdue" if today > due else "on_track"


def is_due_soon(state: str, due: dt.date | None, today: dt.date) -> bool:
    if due is None or state in _CLOSED:
        return False
    return 0 <= (due - today).days <= settings.CHIDAO_DUE_SOON_DAYS


def days_overdue(state: str, due: dt.date | None, today: dt.date) -> int:
    if due is None or state in _CLOSED or today <= due:
        return 0
    return (today - due).days


def q(cls: str, today: dt.date, prefix: str = "", completed: str = "completed_on", due: str = "due",
      state: str = "state") -> Q:
    """A filter selecting the rows of one class; `prefix` reaches the task from a related model
    (`state`, `completed` and `due` name the fields when they live on different models)."""
    state, due_f, done_f = f"{prefix}{state}", f"{prefix}{due}", f"{prefix}{completed}"
    if cls == "no_deadline":
        return Q(**{f"{due_f}__isnull": True}) & ~Q(**{state: State.CANCELLED})
    if cls == "done_on_time":
        return Q(**{state: State.DONE, f"{due_f}__isnull": False, f"{done_f}__lte": F(due_f)})
    if cls == "done_late":
        return Q(**{state: State.DONE, f"{due_f}__isnull": False}) & ~Q(**{f"{done_f}__lte": F(due_f)})
    if cls == "overdue":
        return Q(**{f"{due_f}__lt": today}) & ~Q(**{f"{state}__in": _CLOSED})
    if cls == "on_track":
        return Q(**{f"{due_f}__gte": today}) & ~Q(**{f"{state}__in": _CLOSED})
    if cls == "due_soon":
        soon = today + dt.timedelta(days=settings.CHIDAO_DUE_SOON_DAYS)
        return Q(**{f"{due_f}__gte": today, f"{due_f}__lte": soon}) & ~Q(**{f"{state}__in": _CLOSED})
    raise ValueError(cls)


def annotation(today: dt.date) -> Case:
    """`timeliness` as a database expression (for ordering and grouping)."""
    return Case(
        *(When(q(cls, today), then=Value(cls)) for cls in CLASSES),
        default=Value(None),
        output_field=CharField(),
    )
