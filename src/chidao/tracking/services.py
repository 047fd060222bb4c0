"""The tracking workflow: accept, report, submit, review (accept / return), extensions, cancel, pause.

Every function checks the actor's role and unit, writes through `history.change` (versioned, audited)
and raises `ServiceError` (Vietnamese message) when the action is not allowed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from chidao.accounts import permissions as perm
from chidao.config.clock import today
from chidao.tracking.history import Conflict, Forbidden, ServiceError, change, conflict_message, record
from chidao.tracking.models import (
    OPEN_STATES,
    Assignment,
    Evidence,
    Extension,
    Milestone,
    State,
    Task,
    Update,
)

UploadedFile = tuple[str, bytes]


def _own_assignment(task: Task, user: Any, lead_only: bool = False) -> Assignment:
    rows = [a for a in task.assignments.all() if a.unit_id == getattr(user, "unit_id", None)]
    if lead_only:
        if rows and not any(a.role == Assignment.Role.LEAD for a in rows):
            raise Forbidden("Đơn vị phối hợp báo cáo tiến độ nhưng không báo cáo hoàn thành nhiệm vụ.")
        rows = [a for a in rows if a.role == Assignment.Role.LEAD]
    if not rows:
        raise Forbidden("Nhiệm vụ này không giao cho đơn vị của bạn.")
    return sorted(rows, key=lambda a: a.role != Assignment.Role.LEAD)[0]


def _open(task: Task) -> None:
    if task.state not in OPEN_STATES:
        raise ServiceError(f"Nhiệm vụ đang ở trạng thái “{task.get_state_display()}”, không thể thực hiện thao tác này.")


def _attach(update: Update, files: Iterable[UploadedFile]) -> None:
    for name, data in files:
        ev = Evidence(update=update, name=name[:255], sha256=hashlib.sha256(data).hexdigest())
        ev.file.save(name, ContentFile(data), save=True)


def _sync_task_state(task: Task, user: Any, version: int | None = None) -> None:
    """The task's state follows its lead assignments: done when all are done, submitted when all are in."""
    leads = [a for a in task.assignments.all() if a.role == Assignment.Role.LEAD]
    if not leads or task.state not in OPEN_STATES:
        return
    states = {a.state for a in leads}
    values: dict[str, Any] = {}
    if states == {State.DONE}:
        values = {"state": State.DONE, "completed_on": max(a.completed_on or today() for a in leads)}
    elif states <= {State.DONE, State.SUBMITTED}:
        values = {"state": State.SUBMITTED}
    elif states & {State.IN_PROGRESS, State.SUBMITTED, State.DONE}:
        values = {"state": State.IN_PROGRESS}
    if values and any(getattr(task, k) != v for k, v in values.items()):
        change(task, user, "sync", expected_version=version, **values)


@transaction.atomic
def accept(task: Task, user: Any) -> Assignment:
    _open(task)
    a = _own_assignment(task, user)
    if a.state != State.NEW:
        return a
    change(a, user, "accept", state=State.IN_PROGRESS, accepted_at=timezone.now())
    Update.objects.create(task=task, assignment=a, kind=Update.Kind.ACCEPT, author=user)
    _sync_task_state(task, user)
    return a


@transaction.atomic
def report_progress(task: Task, user: Any, percent: int | None, note: str,
                    files: Iterable[UploadedFile] = (), version: int | None = None) -> Update:
    _open(task)
    a = _own_assignment(task, user)
    if percent is not None and not 0 <= percent <= 100:
        raise ServiceError("Tỷ lệ hoàn thành phải từ 0 đến 100.")
    if not note and percent is None:
        raise ServiceError("Hãy nhập nội dung báo cáo hoặc tỷ lệ hoàn thành.")
    values: dict[str, Any] = {}
    if percent is not None:
        values["percent"] = percent
    if a.state == State.NEW:
        values.update(state=State.IN_PROGRESS, accepted_at=timezone.now())
    change(a, user, "progress", expected_version=version, note=note, **values)
    upd = Update.objects.create(task=task, assignment=a, kind=Update.Kind.PROGRESS, percent=percent,
                                note=note, author=user)
    _attach(upd, files)
    _sync_task_state(task, user)
    return upd


@transaction.atomic
def submit(task: Task, user: Any, note: str, evidence_document: Any = None, files: Iterable[UploadedFile] = (),
           result_date: dt.date | None = None, version: int | None = None) -> Update:
    """The lead unit reports completion (chờ xác nhận), with files and/or a registered document."""
    _open(task)
    a = _own_assignment(task, user, lead_only=True)
    files = list(files)
    if a.state == State.SUBMITTED:
        raise ServiceError("Đơn vị đã báo cáo hoàn thành; đang chờ Văn phòng xác nhận.")
    if not note and evidence_document is None and not files:
        raise ServiceError("Báo cáo hoàn thành cần nội dung, tệp kết quả hoặc văn bản báo cáo.")
    result_date = result_date or (evidence_document.date if evidence_document is not None else None) or today()
    change(a, user, "submit", expected_version=version, note=note, state=State.SUBMITTED, percent=100)
    upd = Update.objects.create(task=task, assignment=a, kind=Update.Kind.SUBMIT, percent=100, note=note,
                                evidence_document=evidence_document, result_date=result_date, author=user)
    _attach(upd, files)
    _sync_task_state(task, user)
    return upd


@transaction.atomic
def review(task: Task, user: Any, accept_it: bool, note: str = "", version: int | None = None) -> Task:
    """The clerk confirms completion (done, on the date of the result report) or returns it (trả lại)."""
    if perm.role(user) not in perm.REGISTRARS:
        raise Forbidden("Chỉ Văn phòng (văn thư, chuyên viên theo dõi) xác nhận kết quả.")
    if version is not None and int(version) != task.version:
        raise Conflict(conflict_message(task))
    waiting = [a for a in task.assignments.all() if a.state == State.SUBMITTED]
    if not waiting:
        raise ServiceError("Không có báo cáo hoàn thành nào đang chờ xác nhận.")
    if not accept_it and not note:
        raise ServiceError("Trả lại cần ghi rõ lý do.")
    for a in waiting:
        if accept_it:
            last = a.updates.filter(kind=Update.Kind.SUBMIT).order_by("-created_at", "-id").first()
            done_on = (last.result_date if last else None) or today()
            change(a, user, "approve", note=note, state=State.DONE, completed_on=done_on)
        else:
            change(a, user, "return", note=note, state=State.IN_PROGRESS)
        Update.objects.create(task=task, assignment=a, author=user, note=note,
                              kind=Update.Kind.APPROVE if accept_it else Update.Kind.RETURN)
    _sync_task_state(task, user)
    return task


@transaction.atomic
def request_extension(task: Task, user: Any, new_due: dt.date, reason: str) -> Extension:
    _open(task)
    if perm.role(user) not in (perm.OFFICER, *perm.REGISTRARS):
        raise Forbidden("Đề nghị gia hạn do đơn vị chủ trì (hoặc Văn phòng thay mặt) gửi.")
    a = _own_assignment(task, user, lead_only=True) if perm.role(user) == perm.OFFICER else None
    if not reason.strip():
        raise ServiceError("Đề nghị gia hạn cần nêu lý do.")
    if task.due is not None:
        if new_due <= task.due:
            raise ServiceError("Thời hạn đề nghị phải sau thời hạn hiện hành.")
        min_days = settings.CHIDAO_EXTENSION["min_days_before_due"]
        if (task.due - today()).days < min_days:
            raise ServiceError(f"Đề nghị gia hạn phải gửi trước thời hạn ít nhất {min_days} ngày "
                               f"(hạn hiện hành {task.due:%d/%m/%Y}).")
    if task.extensions.filter(state=Extension.State.PENDING).exists():
        raise ServiceError("Đã có một đề nghị gia hạn đang chờ quyết định.")
    ext = Extension.objects.create(task=task, assignment=a, requested_by=user, current_due=task.due,
                                   new_due=new_due, reason=reason)
    record(ext, user, "extension_request", field="new_due", old=task.due, new=new_due, note=reason)
    return ext


@transaction.atomic
def decide_extension(ext: Extension, user: Any, approve: bool, note: str = "") -> Extension:
    if not perm.may_extend_decide(user):
        raise Forbidden("Chỉ lãnh đạo quyết định việc gia hạn.")
    if ext.state != Extension.State.PENDING:
        raise ServiceError("Đề nghị gia hạn này đã được quyết định.")
    new_state = Extension.State.APPROVED if approve else Extension.State.REFUSED
    values = {"state": new_state, "decided_by": user, "decided_at": timezone.now(), "decision_note": note}
    if not Extension.objects.filter(pk=ext.pk, state=Extension.State.PENDING).update(**values):
        raise Conflict("Xung đột: đề nghị gia hạn này vừa được người khác quyết định; hãy tải lại trang.")
    for key, value in values.items():
        setattr(ext, key, value)
    record(ext, user, "extension_decision", field="state", old=Extension.State.PENDING, new=new_state, note=note)
    if approve:
        change(ext.task, user, "extend", note=note, due=ext.new_due)
    return ext


@transaction.atomic
def cancel(task: Task, user: Any, reason: str, version: int | None = None) -> Task:
    if perm.role(user) not in (perm.LEADER, perm.ADMIN):
        raise Forbidden("Chỉ lãnh đạo được hủy nhiệm vụ.")
    if not reason.strip():
        raise ServiceError("Hủy nhiệm vụ cần ghi rõ lý do.")
    if task.state == State.CANCELLED:
        raise ServiceError("Nhiệm vụ đã bị hủy.")
    change(task, user, "cancel", expected_version=version, note=reason, state=State.CANCELLED, cancel_reason=reason)
    for a in task.assignments.exclude(state=State.DONE):
        change(a, user, "cancel", note=reason, state=State.CANCELLED)
    return task


@transaction.atomic
def pause(task: Task, user: Any, reason: str, resume: bool = False, version: int | None = None) -> Task:
    if perm.role(user) not in (perm.LEADER, perm.ADMIN, perm.CLERK):
        raise Forbidden("Chỉ lãnh đạo hoặc Văn phòng được tạm dừng nhiệm vụ.")
    if resume:
        if task.state != State.PAUSED:
            raise ServiceError("Nhiệm vụ không ở trạng thái tạm dừng.")
        change(task, user, "resume", expected_version=version, note=reason, state=State.IN_PROGRESS)
    else:
        _open(task)
        change(task, user, "pause", expected_version=version, note=reason, state=State.PAUSED)
    return task


EDITABLE = ("text", "due", "original_due", "deadline_text", "target", "mode", "is_monitoring", "directing_leader")


@transaction.atomic
def edit(task: Task, user: Any, version: int | None, **values: Any) -> Task:
    """The clerk corrects a task. `original_due` can be set once (when it was empty), never changed."""
    if perm.role(user) not in perm.REGISTRARS:
        raise Forbidden("Chỉ Văn phòng được sửa nội dung nhiệm vụ.")
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ServiceError(f"Không sửa được trường: {', '.join(sorted(unknown))}.")
    if "original_due" in values and task.original_due is not None and values["original_due"] != task.original_due:
        raise ServiceError("Thời hạn đã xác nhận ban đầu không được thay đổi; hãy dùng gia hạn.")
    if "due" in values and task.original_due is not None and values["due"] != task.due:
        raise ServiceError("Thời hạn hiện hành chỉ thay đổi qua đề nghị gia hạn được lãnh đạo đồng ý.")
    if "mode" in values:
        values["is_request"] = values["mode"] == Task.Mode.REQUEST
    return change(task, user, "edit", expected_version=version, **values)  # type: ignore[return-value]


@transaction.atomic
def milestone(task: Task, user: Any, title: str = "", due: dt.date | None = None,
              done: Milestone | None = None) -> Milestone:
    """The clerk adds a milestone (mốc) to a task, or marks one reached today."""
    if perm.role(user) not in perm.REGISTRARS:
        raise Forbidden("Chỉ Văn phòng quản lý các mốc của nhiệm vụ.")
    if done is not None:
        if done.task_id != task.pk or done.done_on is not None:
            raise ServiceError("Mốc này không thuộc nhiệm vụ hoặc đã hoàn thành.")
        done.done_on = today()
        done.save(update_fields=["done_on"])
        record(task, user, "milestone_done", field="milestone", new=done.title)
        return done
    if not title.strip():
        raise ServiceError("Hãy nhập tên mốc.")
    ms = Milestone.objects.create(task=task, title=title.strip()[:255], due=due)
    record(task, user, "milestone", field="milestone", new=f"{ms.title} ({due:%d/%m/%Y})" if due else ms.title)
    return ms
