"""The daily reminder run: select, record once, build one digest per person, claim it, send it.

`run()` is what `chidao remind` and the daily background job call. Safe to run twice or from two
workers at once: reminders are unique rows (`Reminder.reminder_once`), digests are unique per
person and day, and a digest goes out only for the worker whose conditional UPDATE of `sent_at`
changed one row. Nothing is sent on days off (weekends, holidays) unless forced, and never an
empty digest.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.mail import get_connection, send_mail
from django.db.models import OuterRef, Q, Subquery
from django.template.loader import render_to_string
from django.utils import timezone

from chidao.accounts.models import Unit, User
from chidao.calendar import WorkCalendar, default_calendar
from chidao.config.clock import today as app_today
from chidao.reminders.models import Digest, Kind, Reminder
from chidao.reminders.selection import Policy, due_reminders
from chidao.tracking.models import OPEN_STATES, Assignment, History

log = logging.getLogger("chidao.reminders")
UNIT_ROLES = ("officer", "leader")  # who in a unit receives its reminders


def policy() -> Policy:
    """`CHIDAO_REMINDERS` in settings (due_soon, not_accepted, escalate_after, overdue_every, roll_forward)."""
    return Policy.from_mapping(getattr(settings, "CHIDAO_REMINDERS", {}))


@dataclass(frozen=True)
class Candidate:
    recipient_id: int
    task_id: int
    assignment_id: int | None
    kind: str
    key: str
    detail: str


@dataclass
class RunResult:
    day: dt.date
    skipped: str = ""  # why nothing was done (a day off)
    recorded: int = 0  # new reminder rows
    digests: list[int] = field(default_factory=list)  # digests this run sent
    emailed: int = 0

    def summary(self) -> str:
        if self.skipped:
            return f"{self.day:%d/%m/%Y}: không gửi nhắc việc ({self.skipped})."
        return (
            f"{self.day:%d/%m/%Y}: {self.recorded} lời nhắc mới, {len(self.digests)} bản tin đã gửi "
            f"({self.emailed} thư điện tử)."
        )


def _directing_leaders(unit: Unit | None, cache: dict[int | None, list[int]]) -> list[int]:
    """Leaders of the directing unit, or of the nearest unit above it that has one."""
    key = unit.pk if unit else None
    if key not in cache:
        found: list[int] = []
        current = unit
        while current is not None and not found:
            found = list(
                User.objects.filter(unit=current, role="leader", is_active=True).values_list("pk", flat=True)
            )
            current = current.parent
        if not found:
            found = list(
                User.objects.filter(role="leader", is_active=True, unit__parent__isnull=True).values_list(
                    "pk", flat=True
                )
            )
        cache[key] = found
    return cache[key]


def select(day: dt.date, cal: WorkCalendar, pol: Policy) -> list[Candidate]:
    """Every reminder due on `day`, before de-duplication against what was already recorded."""
    out: list[Candidate] = []
    unit_users: dict[int, list[int]] = defaultdict(list)
    for pk, unit_id in User.objects.filter(
        is_active=True, role__in=UNIT_ROLES, unit__isnull=False
    ).values_list("pk", "unit_id"):
        unit_users[unit_id].append(pk)
    leaders: dict[int | None, list[int]] = {}
    created = History.objects.filter(task=OuterRef("task"), action="create").order_by("at")
    assignments = (
        Assignment.objects.filter(task__state__in=OPEN_STATES)
        .exclude(state__in=("done", "cancelled", "paused"))
        .filter(Q(role=Assignment.Role.LEAD) | Q(accepted_at__isnull=True))
        .select_related("task", "task__document", "task__document__issuer_unit", "unit")
        .annotate(assigned_day=Subquery(created.values("day")[:1]))
    )
    for a in assignments:
        task = a.task
        assigned_on = a.assigned_day  # the application's date of creation (History.day), not the wall clock
        pairs = due_reminders(
            cal,
            pol,
            day,
            task.due if a.role == Assignment.Role.LEAD else None,
            assigned_on=assigned_on,
            accepted=a.accepted_at is not None,
        )
        for kind, key in pairs:
            detail = _detail(kind, task.due, day, cal, pol, a.unit.name)
            if kind == Kind.ESCALATION:
                recipients = _directing_leaders(task.document.issuer_unit, leaders)
            else:
                recipients = unit_users.get(a.unit_id, [])
            out.extend(Candidate(r, task.pk, a.pk, kind, f"{key}:u{a.unit_id}", detail) for r in recipients)
    return out


def _detail(kind: str, due: dt.date | None, day: dt.date, cal: WorkCalendar, pol: Policy, unit: str) -> str:
    if due is None:
        return f"{unit} chưa tiếp nhận nhiệm vụ"
    effective = cal.effective_due(due, roll=pol.roll_forward)
    shown = f"{due:%d/%m/%Y}" + (f" (tính đến {effective:%d/%m/%Y})" if effective != due else "")
    if kind == Kind.DUE_SOON:
        return f"hạn {shown}, còn {cal.working_days_between(day, effective)} ngày làm việc"
    if kind == Kind.DUE_TODAY:
        return f"hạn hôm nay {shown}"
    if kind in (Kind.OVERDUE, Kind.ESCALATION):
        return f"{unit}: quá hạn {cal.working_days_between(effective, day)} ngày làm việc (hạn {shown})"
    return f"{unit} chưa tiếp nhận nhiệm vụ"


def run(day: dt.date | None = None, force: bool = False, dry_run: bool = False) -> RunResult:
    """One reminder run for `day` (default: the application's today)."""
    day = day or app_today()
    cal, pol = default_calendar(), policy()
    result = RunResult(day)
    if not force and not cal.is_working_day(day):
        result.skipped = cal.day_off_reason(day) or "ngày nghỉ"
        return result
    by_recipient: dict[int, list[Candidate]] = defaultdict(list)
    for c in select(day, cal, pol):
        by_recipient[c.recipient_id].append(c)
    for recipient_id, items in by_recipient.items():
        recorded = set(
            Reminder.objects.filter(
                recipient_id=recipient_id, task_id__in={c.task_id for c in items}
            ).values_list("task_id", "kind", "key")
        )
        new = [c for c in items if (c.task_id, c.kind, c.key) not in recorded]
        if not new:
            continue
        if dry_run:
            result.recorded += len(new)
            continue
        digest, _ = Digest.objects.get_or_create(recipient_id=recipient_id, day=day)
        if digest.sent_at is not None:
            continue  # today's digest is out: these wait for the next one
        Reminder.objects.bulk_create(
            [
                Reminder(
                    recipient_id=recipient_id,
                    task_id=c.task_id,
                    assignment_id=c.assignment_id,
                    kind=c.kind,
                    key=c.key,
                    day=day,
                    detail=c.detail[:255],
                    digest=digest,
                )
                for c in new
            ],
            ignore_conflicts=True,
        )
        result.recorded += Reminder.objects.filter(digest=digest).count()
        if _claim_and_send(digest):
            result.digests.append(digest.pk)
            result.emailed += digest.emailed
    return result


def _claim_and_send(digest: Digest) -> bool:
    """Send the digest if this worker is the one that marks it sent; never an empty one."""
    if not digest.items.exists():
        return False
    if Digest.objects.filter(pk=digest.pk, sent_at__isnull=True).update(sent_at=timezone.now()) != 1:
        return False
    digest.refresh_from_db()
    recipient = digest.recipient
    if recipient.email:
        try:
            subject, body = render(digest)
            send_mail(subject, body, None, [recipient.email], connection=_mail_connection())
        except Exception:  # in-app delivery stands; the mail failure is logged, not fatal
            log.exception("reminder mail to %s failed", recipient.email)
        else:
            Digest.objects.filter(pk=digest.pk).update(emailed=True)
            digest.emailed = True
    return True


def render(digest: Digest) -> tuple[str, str]:
    items = list(
        digest.items.select_related("task", "task__document").order_by("kind", "task__due", "task_id")
    )
    context: dict[str, Any] = {"digest": digest, "groups": group_items(items)}
    subject = f"[Chidao] Nhắc việc ngày {digest.day:%d/%m/%Y}: {len(items)} nhiệm vụ cần chú ý"
    return subject, render_to_string("reminders/digest_email.txt", context)


def group_items(items: list[Reminder]) -> list[tuple[str, list[Reminder]]]:
    order = ["escalation", "overdue", "due_today", "due_soon", "not_accepted"]  # most urgent first
    groups: dict[str, list[Reminder]] = defaultdict(list)
    for item in items:
        groups[item.kind].append(item)
    return [(Kind(k).label, groups[k]) for k in order if groups.get(k)]


def _mail_connection() -> Any:
    """Django's mail settings; the console when nothing was configured (the SMTP default at localhost)."""
    backend = settings.EMAIL_BACKEND
    if backend == "django.core.mail.backends.smtp.EmailBackend" and settings.EMAIL_HOST == "localhost":
        backend = "django.core.mail.backends.console.EmailBackend"
    return get_connection(backend)
