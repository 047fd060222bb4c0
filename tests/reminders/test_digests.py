"""The daily run against the database: one digest per person and day, never empty, never twice,
escalation to the directing unit's leader, nothing on days off."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command

from chidao.reminders.digests import run
from chidao.reminders.models import Digest, Reminder
from tests.web.factories import confirmed_task

D = dt.date
pytestmark = pytest.mark.django_db


@pytest.fixture
def people(users):  # type: ignore[no-untyped-def]
    users["so-taichinh"].email = "mai@stc.example.vn"
    users["so-taichinh"].save()
    users["lanhdao"].email = "an@ubnd.example.vn"
    users["lanhdao"].save()
    return users


def _task(people, due: str | None, **kw):  # type: ignore[no-untyped-def]
    task = confirmed_task(people["vanthu"], assignees=("Sở Tài chính",), due=due, **kw)
    for a in task.assignments.all():
        a.accepted_at = dt.datetime(2020, 5, 20, tzinfo=dt.UTC)
        a.save()
    return task


def test_due_soon_digest_is_sent_once(people) -> None:  # type: ignore[no-untyped-def]
    task = _task(people, "2020-05-30")  # a Saturday: ends Monday 01/6 (BLDS 148)
    first = run(D(2020, 5, 27))
    assert len(first.digests) == 1 and first.emailed == 1
    digest = Digest.objects.get()
    assert digest.recipient == people["so-taichinh"]
    assert [(r.kind, r.task_id) for r in digest.items.all()] == [("due_soon", task.pk)]
    assert "còn 3 ngày làm việc" in digest.items.get().detail
    assert len(mail.outbox) == 1 and "Nhắc việc ngày 27/05/2020" in mail.outbox[0].subject
    assert task.text in mail.outbox[0].body
    again = run(D(2020, 5, 27))
    assert again.digests == [] and len(mail.outbox) == 1 and Reminder.objects.count() == 1
    nxt = run(D(2020, 5, 28))  # same deadline, next day: already reminded, nothing new
    assert nxt.digests == [] and Digest.objects.count() == 1


def test_no_digest_without_reminders(people) -> None:  # type: ignore[no-untyped-def]
    _task(people, "2020-07-30")  # far away
    _task(people, None)  # no deadline
    result = run(D(2020, 5, 27))
    assert result.digests == [] and Digest.objects.count() == 0 and mail.outbox == []


def test_overdue_escalates_to_the_leader_of_the_directing_unit(people) -> None:  # type: ignore[no-untyped-def]
    task = _task(people, "2020-05-08")
    run(D(2020, 5, 20))  # 8 working days late
    kinds = {(r.recipient.username, r.kind) for r in Reminder.objects.select_related("recipient")}
    assert kinds == {("so-taichinh", "overdue"), ("lanhdao", "escalation")}
    leader = Digest.objects.get(recipient=people["lanhdao"])
    assert "Sở Tài chính: quá hạn 8 ngày làm việc" in leader.items.get().detail
    assert {m.to[0] for m in mail.outbox} == {"mai@stc.example.vn", "an@ubnd.example.vn"}
    assert task.pk == leader.items.get().task_id


@pytest.mark.parametrize("day", [D(2020, 5, 23), D(2020, 4, 30), D(2020, 9, 2)])  # Saturday, 30/4, Quốc khánh
def test_nothing_on_days_off(people, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    _task(people, "2020-05-08")
    result = run(day)
    assert result.skipped and result.digests == [] and Reminder.objects.count() == 0


def test_not_accepted_after_two_working_days(people) -> None:  # type: ignore[no-untyped-def]
    confirmed_task(people["vanthu"], assignees=("Sở Tài chính",), due=None)  # created on 20/5 (app clock)
    assert run(D(2020, 5, 21)).digests == []
    run(D(2020, 5, 22))
    assert list(Reminder.objects.values_list("kind", flat=True)) == ["not_accepted"]


def test_done_tasks_are_not_chased(people) -> None:  # type: ignore[no-untyped-def]
    task = _task(people, "2020-05-08")
    task.state = "done"
    task.save()
    assert run(D(2020, 5, 20)).digests == []


def test_remind_command(people) -> None:  # type: ignore[no-untyped-def]
    from io import StringIO

    _task(people, "2020-05-08")
    out = StringIO()
    call_command("remind", "--date", "20/05/2020", stdout=out)
    assert out.getvalue().startswith("20/05/2020: 2 lời nhắc mới, 2 bản tin đã gửi")
    out = StringIO()
    call_command("remind", "--date", "2020-05-23", stdout=out)
    assert "không gửi nhắc việc (Thứ Bảy)" in out.getvalue()


def test_schedule_next_queues_one_daily_run(settings) -> None:  # type: ignore[no-untyped-def]
    from django_tasks_db.models import DBTaskResult

    from chidao.reminders import jobs

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # django-tasks resets its cache
    assert jobs.send_reminders.get_backend().supports_defer
    now = dt.datetime(2020, 5, 20, 9, 0, tzinfo=dt.UTC)
    assert jobs.schedule_next(now) is True
    assert jobs.schedule_next(now) is False  # one pending run only
    queued = DBTaskResult.objects.get()
    assert queued.run_after > now and queued.args_kwargs["kwargs"] == {"reschedule": True}
