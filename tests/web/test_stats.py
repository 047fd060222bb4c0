"""The dashboard's per-unit counts read the assignments' copies of their task's fields (`Task.mirror`): the copies
follow every workflow step, and the counts agree with the counts that join each task to its lead assignments."""

from __future__ import annotations

import datetime as dt

import pytest

from chidao.tracking import services
from chidao.tracking.copies import copy_task_fields
from chidao.tracking.models import Assignment, State, Task
from chidao.tracking.stats import Filters, dashboard, unit_rows
from tests.web.factories import confirmed_task

D = dt.date
TODAY = D(2020, 5, 20)


def _copies_current() -> None:
    for a in Assignment.objects.select_related("task"):
        assert {f: getattr(a, f) for f in a.task.mirror()} == a.task.mirror(), a.task.text


def _mixed(users) -> list[Task]:
    """Tasks in every state the statistics tell apart, on several lead units."""
    clerk = users["vanthu"]
    done = confirmed_task(clerk, due="2020-05-30", text="Báo cáo kết quả rà soát hồ sơ đất đai")
    services.submit(done, users["so-taichinh"], "Xong", result_date=D(2020, 5, 15))
    services.review(done, clerk, True)
    late = confirmed_task(clerk, due="2020-05-01", text="Hoàn thiện đề án chỉnh trang đô thị")
    services.submit(late, users["so-taichinh"], "Xong", result_date=D(2020, 5, 10))
    services.review(late, clerk, True)
    extended = confirmed_task(clerk, assignees=["Sở Xây dựng"], due="2020-06-30", text="Khảo sát hiện trạng vỉa hè")
    ext = services.request_extension(extended, clerk, D(2020, 8, 31), "Chờ kết quả khảo sát")  # on the unit's behalf
    services.decide_extension(ext, users["lanhdao"], True, "Đồng ý")
    cancelled = confirmed_task(clerk, assignees=["Sở Y tế"], due="2020-05-10", text="Tổ chức đoàn kiểm tra chéo")
    services.cancel(cancelled, users["lanhdao"], "Đã có chỉ đạo khác")
    tasks = [done, late, extended, cancelled,
             confirmed_task(clerk, assignees=["Sở Y tế"], due="2020-05-10", text="Báo cáo tình hình dịch bệnh"),
             confirmed_task(clerk, assignees=["Sở Y tế"], due=None, text="Theo dõi tình hình cung ứng thuốc"),
             confirmed_task(clerk, assignees=["Sở Tài chính"], mode="đề nghị", text="Cho ý kiến về dự thảo quy chế"),
             confirmed_task(clerk, assignees=["Sở Xây dựng"], secrecy="mat", text="Rà soát phương án bảo vệ công trình"),
             confirmed_task(clerk, assignees=["các sở, ngành liên quan"], due="2020-06-15",
                            coordinators=["UBND thành phố Lạng Sơn"], text="Triển khai kế hoạch cải cách hành chính")]
    return tasks


def test_copies_follow_the_workflow(users):
    tasks = _mixed(users)
    _copies_current()
    extended, cancelled = tasks[2], tasks[3]
    assert set(extended.assignments.values_list("due", flat=True)) == {D(2020, 8, 31)}
    assert set(extended.assignments.values_list("original_due", flat=True)) == {D(2020, 6, 30)}
    assert not any(cancelled.assignments.values_list("counted", flat=True))
    assert not any(tasks[6].assignments.values_list("counted", flat=True))  # a request (đề nghị)
    assert all(tasks[7].assignments.values_list("secret", flat=True))


@pytest.mark.parametrize("who", ["lanhdao", "vanthu"])
@pytest.mark.parametrize("unit_filter", [False, True])
def test_unit_counts_from_the_copies_agree_with_the_join(users, who, unit_filter):
    tasks = _mixed(users)
    f = Filters(unit=tasks[0].lead_unit_id if unit_filter else None)
    fast = list(unit_rows(users[who], f, TODAY, TODAY))
    joined = list(unit_rows(users[who], f, TODAY, TODAY, join=True))
    assert fast == joined
    assert len(fast) == (1 if unit_filter else 10)  # the group names ten units, Sở Tài chính, Sở Y tế... among them
    rows = {r["unit"]: r for r in dashboard(users[who], f).per_unit}
    assert rows["Sở Tài chính"]["done_on_time"] == rows["Sở Tài chính"]["done_late"] == 1


def test_bulk_refresh_restores_the_copies(users):
    _mixed(users)
    Assignment.objects.update(due=None, original_due=None, counted=True, secret=False)
    copy_task_fields(Assignment, Task)
    _copies_current()
    assert Assignment.objects.filter(counted=False).exists() and Assignment.objects.filter(secret=True).exists()


def test_a_recurring_task_counts_through_its_occurrences(users):
    task = confirmed_task(users["vanthu"], due="2020-12-31",
                          text="Định kỳ hằng tháng báo cáo tiến độ giải ngân vốn đầu tư công")
    assert task.recurrence
    _copies_current()
    assert not any(task.assignments.values_list("counted", flat=True))
    occurrences = Task.objects.filter(occurrence_of=task)
    assert occurrences.exists()
    assert all(Assignment.objects.filter(task__in=occurrences).values_list("counted", flat=True))
    assert State.NEW in Assignment.objects.filter(task__in=occurrences).values_list("state", flat=True)
