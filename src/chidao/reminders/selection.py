"""Which reminders a task's assignment is due today: a pure function of dates, working days and policy.

Kinds: `due_soon` (N working days or fewer before the deadline), `due_today`, `overdue` (repeated
every `overdue_every` working days), `not_accepted` (the unit has not accepted the task N working
days after it was assigned), `escalation` (overdue by `escalate_after` working days or more: to the
leader of the directing unit). Each comes with a key that makes it once-only.

The deadline compared is the effective one: rolled to the next working day when `roll_forward`
(Bộ luật Dân sự 2015 Điều 148); the recorded deadline is never changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chidao.calendar import WorkCalendar


@dataclass(frozen=True)
class Policy:
    due_soon: int = 3  # working days before the deadline
    not_accepted: int = 2  # working days after assignment
    escalate_after: int = 5  # working days overdue
    overdue_every: int = 5  # repeat the overdue reminder every N working days
    roll_forward: bool = True  # a deadline on a day off ends on the next working day

    @classmethod
    def from_mapping(cls, values: dict[str, object]) -> Policy:
        known = {k: v for k, v in values.items() if k in cls.__dataclass_fields__}
        return cls(**known)  # type: ignore[arg-type]


def due_reminders(
    cal: WorkCalendar,
    policy: Policy,
    today: dt.date,
    due: dt.date | None,
    assigned_on: dt.date | None = None,
    accepted: bool = True,
) -> list[tuple[str, str]]:
    """(kind, key) pairs for one open assignment on `today`."""
    out: list[tuple[str, str]] = []
    if not accepted and assigned_on is not None:
        if cal.working_days_between(assigned_on, today) >= policy.not_accepted:
            out.append(("not_accepted", f"accept:{assigned_on}"))
    if due is None:
        return out
    effective = cal.effective_due(due, roll=policy.roll_forward)
    if today == effective:
        out.append(("due_today", f"today:{effective}"))
    elif today < effective:
        if cal.working_days_between(today, effective) <= policy.due_soon:
            out.append(("due_soon", f"soon:{effective}"))
    else:
        late = cal.working_days_between(effective, today)
        if late >= 1:
            out.append(("overdue", f"overdue:{effective}:{(late - 1) // max(policy.overdue_every, 1)}"))
        if late >= policy.escalate_after:
            out.append(("escalation", f"escalate:{effective}"))
    return out
