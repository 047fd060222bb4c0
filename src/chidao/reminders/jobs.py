"""Background jobs (Django tasks, database backend): the daily reminder run.

The first web request a server process handles calls `schedule_next()` (`CHIDAO_REMINDERS_SCHEDULE`
= False turns this off); each run schedules the next one (07:00 local time the next day), so one
pending run sits in the queue and `chidao serve`'s db_worker runs it. `chidao remind` runs it now.
Production without `serve`: see docs/reminders.md (cron / systemd timer running `chidao remind`).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from chidao.reminders.digests import run

RUN_AT = dt.time(7, 0)


@task()
def send_reminders(day: str = "", reschedule: bool = False) -> str:
    result = run(dt.date.fromisoformat(day) if day else None)
    if reschedule:
        schedule_next()
    return result.summary()


def schedule_next(now: dt.datetime | None = None) -> bool:
    """Queue the next daily run unless one is already waiting; False when the backend cannot defer."""
    if not send_reminders.get_backend().supports_defer:
        return False
    from django_tasks_db.models import DBTaskResult

    if DBTaskResult.objects.filter(task_path=send_reminders.module_path, status="READY").exists():
        return False
    now = timezone.localtime(now)
    at = timezone.make_aware(dt.datetime.combine(now.date(), RUN_AT))
    if at <= now:
        at += dt.timedelta(days=1)
    send_reminders.using(run_after=at).enqueue(reschedule=True)
    return True


_scheduled = False


def schedule_on_first_request(**_: Any) -> None:
    """`request_started` receiver: make sure the daily run is queued, once per process."""
    global _scheduled
    if _scheduled or not getattr(settings, "CHIDAO_REMINDERS_SCHEDULE", True):
        return
    _scheduled = True
    try:
        schedule_next()
    except Exception:  # a missing table before `migrate` must not break the page
        logging.getLogger("chidao.reminders").exception("could not schedule the daily reminder run")
