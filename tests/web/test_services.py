"""The workflow: accept, report, submit, review (accept / return), extension, cancel, conflicts, history."""

from __future__ import annotations

import datetime as dt

import pytest

from chidao.tracking import services
from chidao.tracking.history import Conflict, Forbidden, ServiceError
from chidao.tracking.models import Extension, History, State, Task
from chidao.tracking.timeliness import classify
from tests.web.factories import confirmed_task

D = dt.date
TODAY = D(2020, 5, 20)


@pytest.mark.parametrize(
    ("state", "due", "completed", "expected"),
    [
        ("done", D(2020, 5, 30), D(2020, 5, 30), "done_on_time"),
        ("done", D(2020, 5, 30), D(2020, 5, 31), "done_late"),
        ("in_progress", D(2020, 5, 20), None, "on_track"),
        ("new", D(2020, 5, 19), None, "overdue"),
        ("submitted", D(2020, 5, 1), None, "overdue"),
        ("paused", D(2020, 6, 1), None, "on_track"),
        ("done", None, D(2020, 5, 1), "no_deadline"),
        ("cancelled", D(2020, 5, 1), None, None),
    ],
)
def test_timeliness_table(state, due, completed, expected):
    assert classify(state, due, completed, TODAY) == expected


@pytest.mark.parametrize("cls", ["done_on_time", "done_late", "on_track", "overdue", "no_deadline"])
def test_timeliness_database_filter_agrees_with_python(users, cls):
    from chidao.tracking.timeliness import q

    clerk = users["vanthu"]
    for due in ("2020-05-01", "2020-05-10", "2020-05-30", None):
        confirmed_task(clerk, due=due)
    Task.objects.filter(due=D(2020, 5, 1)).update(state=State.DONE, completed_on=D(2020, 4, 30))
    confirmed_task(clerk, due="2020-05-02")
    Task.objects.filter(due=D(2020, 5, 2)).update(state=State.DONE, completed_on=D(2020, 5, 9))
    python = {t.pk for t in Task.objects.all() if classify(t.state, t.due, t.completed_on, TODAY) == cls}
    assert set(Task.objects.filter(q(cls, TODAY)).values_list("pk", flat=True)) == python
    assert python


def test_submit_accept_done_on_time_with_result_date(users):
    task = confirmed_task(users["vanthu"], coordinators=["UBND TP Lạng Sơn"])
    officer = users["so-taichinh"]
    services.accept(task, officer)
    services.report_progress(task, officer, 50, "Đã rà soát một nửa")
    services.submit(task, officer, "Đã có báo cáo", files=[("bao-cao.pdf", b"%PDF-1.4 x")],
                    result_date=D(2020, 5, 28))
    task.refresh_from_db()
    assert task.state == State.SUBMITTED
    services.review(task, users["vanthu"], True, "Đạt")
    task.refresh_from_db()
    assert (task.state, task.completed_on) == (State.DONE, D(2020, 5, 28))
    assert classify(task.state, task.due, task.completed_on, TODAY) == "done_on_time"


def test_coordinator_reports_but_cannot_submit(users):
    task = confirmed_task(users["vanthu"], coordinators=["UBND thành phố Lạng Sơn"])
    coordinator = users["tp-langson"]
    services.report_progress(task, coordinator, 30, "Đã cử cán bộ phối hợp")
    with pytest.raises(Forbidden):
        services.submit(task, coordinator, "xong")


def test_return_goes_back_to_in_progress_and_is_in_history(users):
    task = confirmed_task(users["vanthu"])
    services.submit(task, users["so-taichinh"], "Hoàn thành")
    with pytest.raises(ServiceError):
        services.review(task, users["vanthu"], False, "")
    services.review(task, users["vanthu"], False, "Thiếu số liệu quý I")
    task.refresh_from_db()
    assert task.state == State.IN_PROGRESS
    assert History.objects.filter(task=task, action="return").exists()


def test_extension_approved_moves_due_not_original(users):
    task = confirmed_task(users["vanthu"], due="2020-06-30")
    ext = services.request_extension(task, users["so-taichinh"], D(2020, 7, 31), "Chờ số liệu của Bộ")
    with pytest.raises(Forbidden):
        services.decide_extension(ext, users["vanthu"], True)
    services.decide_extension(ext, users["lanhdao"], True, "Đồng ý")
    task.refresh_from_db()
    assert (task.original_due, task.due) == (D(2020, 6, 30), D(2020, 7, 31))
    assert Extension.objects.get(pk=ext.pk).state == "approved"
    with pytest.raises(ServiceError):
        services.decide_extension(ext, users["lanhdao"], False)


@pytest.mark.parametrize(("due", "new_due"), [("2020-05-21", "2020-06-30"), ("2020-06-30", "2020-06-01")])
def test_extension_rules(users, due, new_due):
    task = confirmed_task(users["vanthu"], due=due)
    with pytest.raises(ServiceError):
        services.request_extension(task, users["so-taichinh"], D.fromisoformat(new_due), "Lý do")


def test_cancel_by_leader_only_with_reason(users):
    task = confirmed_task(users["vanthu"])
    with pytest.raises(Forbidden):
        services.cancel(task, users["vanthu"], "Không cần nữa")
    with pytest.raises(ServiceError):
        services.cancel(task, users["lanhdao"], " ")
    services.cancel(task, users["lanhdao"], "Đã có chỉ đạo khác")
    task.refresh_from_db()
    assert task.state == State.CANCELLED and task.cancel_reason


def test_concurrent_edit_conflict(users):
    task = confirmed_task(users["vanthu"])
    seen_by_a = Task.objects.get(pk=task.pk)
    seen_by_b = Task.objects.get(pk=task.pk)
    services.edit(seen_by_b, users["vanthu"], seen_by_b.version, text="Nội dung do B sửa")
    with pytest.raises(Conflict) as err:
        services.edit(seen_by_a, users["quantri"], seen_by_a.version, text="Nội dung do A sửa")
    assert "Xung đột" in err.value.message
    assert Task.objects.get(pk=task.pk).text == "Nội dung do B sửa"


def test_original_due_is_never_changed(users):
    task = confirmed_task(users["vanthu"])
    with pytest.raises(ServiceError):
        services.edit(task, users["vanthu"], task.version, original_due=D(2020, 9, 1))


def test_history_reproduces_a_past_day(users):
    from chidao.tracking.history import as_of

    task = confirmed_task(users["vanthu"])
    services.submit(task, users["so-taichinh"], "Hoàn thành")
    assert as_of("task", task.pk, "state", TODAY) == State.SUBMITTED
    assert as_of("task", task.pk, "state", TODAY - dt.timedelta(days=1)) is None


def test_per_unit_statistics_count_each_lead_unit_of_a_group(users):
    from chidao.tracking.stats import dashboard

    task = confirmed_task(users["vanthu"], assignees=["các sở, ngành liên quan"], due="2020-05-30")
    services.submit(task, users["so-taichinh"], "Xong phần của Sở", result_date=D(2020, 5, 15))
    services.review(task, users["vanthu"], True)
    rows = {r["unit"]: r for r in dashboard(users["lanhdao"]).per_unit}
    assert len(rows) == 10
    assert rows["Sở Tài chính"]["done_on_time"] == 1 and rows["Sở Y tế"]["on_track"] == 1
    task.refresh_from_db()
    assert task.state == State.IN_PROGRESS  # the other lead units have not finished
