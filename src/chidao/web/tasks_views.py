"""Task pages: the filtered list, the task page and its actions (accept, report, submit, review,
extension, decision, cancel, pause, edit). Every action goes through `chidao.tracking.services`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from chidao.accounts import permissions as perm
from chidao.accounts.models import Unit
from chidao.api.serialize import task_item
from chidao.config.clock import today
from chidao.registry.search import matching
from chidao.tracking import services
from chidao.tracking import timeliness as tl
from chidao.tracking.history import ServiceError
from chidao.tracking.models import Assignment, Evidence, Extension, State, Task
from chidao.web.access import roles
from chidao.web.documents_views import parse_date


def _tasks(user: Any):
    return perm.tasks_for(user).select_related("document", "lead_unit").prefetch_related(
        Prefetch("assignments", queryset=Assignment.objects.select_related("unit").order_by("role", "id")))


@roles()
def task_list(request: HttpRequest) -> HttpResponse:
    g = request.GET
    qs = _tasks(request.user)
    if g.get("unit", "").isdigit():
        qs = qs.filter(pk__in=perm.tasks_of_unit(int(g["unit"])))
    if g.get("state") in State.values:
        qs = qs.filter(state=g["state"])
    if g.get("timeliness") in (*tl.CLASSES, "due_soon"):
        qs = qs.filter(tl.q(g["timeliness"], today()))
    if g.get("leader"):
        qs = qs.filter(directing_leader=g["leader"])
    if g.get("q"):
        qs = matching(qs, g["q"])
    qs = qs.order_by("due", "id")
    page = Paginator(qs, 25).get_page(g.get("page"))
    now = today()
    items = [task_item(t, now) | {"obj": t} for t in page.object_list]
    return render(request, "web/tasks.html", {
        "page": page, "items": items, "q": g, "states": State.choices,
        "classes": [(c, tl.LABELS[c]) for c in (*tl.CLASSES, "due_soon")],
        "units": Unit.objects.filter(is_group=False).order_by("name"),
    })


@roles()
def task_detail(request: HttpRequest, pk: int) -> HttpResponse:
    t = get_object_or_404(_tasks(request.user), pk=pk)
    user = request.user
    mine = [a for a in t.assignments.all() if a.unit_id == getattr(user, "unit_id", None)]
    role = perm.role(user)
    return render(request, "web/task.html", {
        "t": t, "item": task_item(t, today()), "mine": mine,
        "is_lead": any(a.role == Assignment.Role.LEAD for a in mine),
        "updates": t.updates.select_related("author", "evidence_document").prefetch_related("files"),
        "extensions": t.extensions.select_related("requested_by", "decided_by"),
        "history": t.history.select_related("user").order_by("-at", "-id")[:100],
        "children": t.children.all(), "occurrences": t.occurrences.all(), "milestones": t.milestones.all(),
        "can_review": role in perm.REGISTRARS and any(a.state == State.SUBMITTED for a in t.assignments.all()),
        "can_decide": perm.may_extend_decide(user), "can_cancel": role in (perm.LEADER, perm.ADMIN),
        "can_edit": role in perm.REGISTRARS, "can_pause": role in perm.STAFF,
        "evidence_documents": perm.documents_for(user).exclude(pk=t.document_id).order_by("-created_at")[:50],
    })


def _act(request: HttpRequest, pk: int, action: Callable[[Task, Any, Any], Any], done: str) -> HttpResponse:
    t = get_object_or_404(perm.tasks_for(request.user), pk=pk)
    try:
        action(t, request.user, request.POST)
    except (ServiceError, ValueError) as exc:
        messages.error(request, getattr(exc, "message", f"Dữ liệu không hợp lệ: {exc}"))
    else:
        messages.success(request, done)
    return redirect("web:task", pk=pk)


def _files(request: HttpRequest) -> list[tuple[str, bytes]]:
    return [(f.name, f.read()) for f in request.FILES.getlist("files")]


def _int(value: str | None) -> int | None:
    return int(value) if value not in (None, "") else None


@require_POST
@roles(perm.OFFICER)
def task_accept(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda t, u, p: services.accept(t, u), "Đã tiếp nhận nhiệm vụ.")


@require_POST
@roles(perm.OFFICER)
def task_report(request: HttpRequest, pk: int) -> HttpResponse:
    files = _files(request)
    return _act(request, pk, lambda t, u, p: services.report_progress(
        t, u, _int(p.get("percent")), p.get("note", "").strip(), files, version=_int(p.get("version"))),
        "Đã gửi báo cáo tiến độ.")


@require_POST
@roles(perm.OFFICER)
def task_submit(request: HttpRequest, pk: int) -> HttpResponse:
    files = _files(request)

    def run(t: Task, u: Any, p: Any) -> Any:
        evidence = None
        if p.get("evidence_document"):
            evidence = perm.documents_for(u).filter(pk=_int(p["evidence_document"])).first()
        return services.submit(t, u, p.get("note", "").strip(), evidence, files,
                               result_date=parse_date(p.get("result_date")), version=_int(p.get("version")))

    return _act(request, pk, run, "Đã báo cáo hoàn thành; chờ Văn phòng xác nhận.")


@require_POST
@roles(*perm.REGISTRARS)
def task_review(request: HttpRequest, pk: int) -> HttpResponse:
    accept_it = request.POST.get("decision") == "accept"
    return _act(request, pk, lambda t, u, p: services.review(t, u, accept_it, p.get("note", "").strip(),
                                                             version=_int(p.get("version"))),
                "Đã xác nhận hoàn thành." if accept_it else "Đã trả lại báo cáo.")


@require_POST
@roles(perm.OFFICER, *perm.REGISTRARS)
def task_extension(request: HttpRequest, pk: int) -> HttpResponse:
    def run(t: Task, u: Any, p: Any) -> Any:
        new_due = parse_date(p.get("new_due"))
        if new_due is None:
            raise ServiceError("Hãy nhập thời hạn đề nghị (dd/mm/yyyy).")
        return services.request_extension(t, u, new_due, p.get("reason", ""))

    return _act(request, pk, run, "Đã gửi đề nghị gia hạn.")


@require_POST
@roles(perm.LEADER, perm.ADMIN)
def extension_decide(request: HttpRequest, pk: int) -> HttpResponse:
    ext = get_object_or_404(Extension.objects.filter(task__in=perm.tasks_for(request.user)), pk=pk)
    approve = request.POST.get("decision") == "approve"
    return _act(request, ext.task_id, lambda t, u, p: services.decide_extension(ext, u, approve, p.get("note", "")),
                "Đã đồng ý gia hạn." if approve else "Đã không đồng ý gia hạn.")


@require_POST
@roles(perm.LEADER, perm.ADMIN)
def task_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda t, u, p: services.cancel(t, u, p.get("reason", ""), version=_int(p.get("version"))),
                "Đã hủy nhiệm vụ.")


@require_POST
@roles(*perm.STAFF)
def task_pause(request: HttpRequest, pk: int) -> HttpResponse:
    resume = request.POST.get("resume") == "1"
    return _act(request, pk, lambda t, u, p: services.pause(t, u, p.get("reason", ""), resume=resume,
                                                            version=_int(p.get("version"))),
                "Đã tiếp tục nhiệm vụ." if resume else "Đã tạm dừng nhiệm vụ.")


@require_POST
@roles(*perm.REGISTRARS)
def task_edit(request: HttpRequest, pk: int) -> HttpResponse:
    def run(t: Task, u: Any, p: Any) -> Any:
        values: dict[str, Any] = {"text": p.get("text", "").strip() or t.text,
                                  "deadline_text": p.get("deadline_text", t.deadline_text),
                                  "is_monitoring": p.get("is_monitoring") == "1"}
        if t.original_due is None and parse_date(p.get("due")):
            values["original_due"] = values["due"] = parse_date(p.get("due"))
        return services.edit(t, u, _int(p.get("version")), **values)

    return _act(request, pk, run, "Đã lưu thay đổi.")




@require_POST
@roles(*perm.REGISTRARS)
def task_milestone(request: HttpRequest, pk: int) -> HttpResponse:
    def run(t: Task, u: Any, p: Any) -> Any:
        done = t.milestones.filter(pk=_int(p.get("done"))).first() if p.get("done") else None
        return services.milestone(t, u, p.get("title", ""), parse_date(p.get("due")), done=done)

    return _act(request, pk, run, "Đã cập nhật mốc thực hiện.")


@roles()
def evidence_file(request: HttpRequest, pk: int) -> FileResponse:
    """A report's file, for those who may see its task."""
    ev = get_object_or_404(Evidence.objects.filter(update__task__in=perm.tasks_for(request.user)), pk=pk)
    return FileResponse(ev.file.open("rb"), as_attachment=True, filename=ev.name)
