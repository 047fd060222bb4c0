"""Reminder selection over a table of dates: weekends, Tết, nghỉ bù, làm bù, the roll-forward setting."""

from __future__ import annotations

import datetime as dt

import pytest

from chidao.calendar import default_calendar
from chidao.reminders.selection import Policy, due_reminders

CAL = default_calendar()
D = dt.date
POLICY = Policy(due_soon=3, not_accepted=2, escalate_after=5, overdue_every=5, roll_forward=True)
FIXED = Policy(due_soon=3, not_accepted=2, escalate_after=5, overdue_every=5, roll_forward=False)


@pytest.mark.parametrize(
    ("today", "due", "policy", "expected"),
    [
        # an ordinary week (Thu 26/11/2026)
        (D(2026, 11, 26), D(2026, 12, 7), POLICY, []),  # 7 working days left
        (D(2026, 11, 26), D(2026, 12, 1), POLICY, [("due_soon", "soon:2026-12-01")]),  # Fri, Mon, Tue
        (D(2026, 11, 26), D(2026, 11, 26), POLICY, [("due_today", "today:2026-11-26")]),
        (D(2026, 11, 27), D(2026, 11, 26), POLICY, [("overdue", "overdue:2026-11-26:0")]),
        # weekend: a deadline on Sunday ends on Monday (BLDS 148) unless the setting is off
        (D(2026, 11, 30), D(2026, 11, 29), POLICY, [("due_today", "today:2026-11-30")]),
        (D(2026, 11, 30), D(2026, 11, 29), FIXED, [("overdue", "overdue:2026-11-29:0")]),
        # Tết Bính Ngọ: due mùng 1 (17/2/2026) → first working day 23/2
        (D(2026, 2, 12), D(2026, 2, 17), POLICY, [("due_soon", "soon:2026-02-23")]),  # Fri 13 + Mon 23
        (D(2026, 2, 23), D(2026, 2, 17), POLICY, [("due_today", "today:2026-02-23")]),
        (D(2026, 2, 23), D(2026, 2, 17), FIXED, [("overdue", "overdue:2026-02-17:0")]),
        # Tết counts no working days: due Fri 13/2, on Mon 23/2 it is 1 working day late
        (D(2026, 2, 23), D(2026, 2, 13), POLICY, [("overdue", "overdue:2026-02-13:0")]),
        # nghỉ bù 28–29/01/2020: a deadline on 28/01 ends on Thu 30/01
        (D(2020, 1, 22), D(2020, 1, 28), POLICY, [("due_soon", "soon:2020-01-30")]),
        (D(2020, 1, 30), D(2020, 1, 28), POLICY, [("due_today", "today:2020-01-30")]),
        # làm bù Saturday 08/02/2025 is a working day: a deadline on it stays there
        (D(2025, 2, 8), D(2025, 2, 8), POLICY, [("due_today", "today:2025-02-08")]),
        (D(2025, 2, 7), D(2025, 2, 10), POLICY, [("due_soon", "soon:2025-02-10")]),  # Sat 8 + Mon 10
        # escalation after 5 working days late; the overdue reminder repeats every 5 working days
        (D(2026, 11, 26), D(2026, 11, 19), POLICY,
         [("overdue", "overdue:2026-11-19:0"), ("escalation", "escalate:2026-11-19")]),
        (D(2026, 11, 27), D(2026, 11, 19), POLICY,
         [("overdue", "overdue:2026-11-19:1"), ("escalation", "escalate:2026-11-19")]),
        (D(2026, 11, 26), None, POLICY, []),  # no deadline: nothing to chase
    ],
)  # fmt: skip
def test_deadline_reminders(today: dt.date, due: dt.date | None, policy: Policy, expected: list) -> None:
    assert due_reminders(CAL, policy, today, due) == expected


@pytest.mark.parametrize(
    ("assigned", "today", "expected"),
    [
        (D(2026, 11, 24), D(2026, 11, 25), []),  # 1 working day
        (D(2026, 11, 24), D(2026, 11, 26), [("not_accepted", "accept:2026-11-24")]),
        (D(2026, 11, 27), D(2026, 11, 30), []),  # Fri → Mon is one working day
        (D(2026, 2, 13), D(2026, 2, 23), []),  # over Tết: one working day
        (D(2026, 2, 13), D(2026, 2, 24), [("not_accepted", "accept:2026-02-13")]),
    ],
)
def test_not_accepted(assigned: dt.date, today: dt.date, expected: list) -> None:
    assert due_reminders(CAL, POLICY, today, None, assigned_on=assigned, accepted=False) == expected
    assert due_reminders(CAL, POLICY, today, None, assigned_on=assigned, accepted=True) == []


def test_policy_from_settings_mapping_ignores_unknown_keys() -> None:
    assert Policy.from_mapping({"due_soon": 5, "other": 1}) == Policy(due_soon=5)
