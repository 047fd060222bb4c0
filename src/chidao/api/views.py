"""REST API `/api/v1` (django-ninja, OpenAPI docs at `/api/v1/docs` with vendored assets).

Bearer tokens from `POST /api/v1/auth/token`; the web session works too. Refusals come back as
`{"detail": "<Vietnamese message>"}` with 400/403/404/409.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.conf import settings
from django.contrib.auth import authenticate
from django.db.models import Prefetch
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Schema
from ninja.responses import Status

from chidao.accounts import permissions as perm
from chidao.accounts.models import ApiToken, Unit
from chidao.api.auth import only
from chidao.api.serialize import assignment_item, task_item
from chidao.config.clock import today
from chidao.registry import intake
from chidao.registry.models import Document
from chidao.registry.search import matching, search
from chidao.reports.api import router as reports_router
from chidao.tracking import services
from chidao.tracking import timeliness as tl
from chidao.tracking.history import Forbidden, ServiceError
from chidao.tracking.models import Assignment, Extension, Task
from chidao.tracking.stats import Filters, dashboard

api = NinjaAPI(title="Chidao API", version="1", urls_namespace="api", auth=only(),
               description="Văn bản chỉ đạo → nhiệm vụ được theo dõi. Xác thực: Bearer token.")
api.add_router("/", reports_router)  # exports, reports, công văn đôn đốc, register import


@api.exception_handler(ServiceError)
def service_error(request: HttpRequest, exc: ServiceError):
    return api.create_response(request, {"detail": exc.message}, status=exc.status)


@api.exception_handler(ValueError)
def bad_value(request: HttpRequest, exc: ValueError):
    return api.create_response(request, {"detail": f"Dữ liệu không hợp lệ: {exc}"}, status=400)


def _user(request: HttpRequest) -> Any:
    return request.auth  # type: ignore[attr-defined]


def _require(request: HttpRequest, *roles: str) -> Any:
    user = _user(request)
    if perm.role(user) not in roles:
        raise Forbidden("Bạn không có quyền thực hiện thao tác này.")
    return user


def _body(request: HttpRequest) -> tuple[dict[str, Any], list[tuple[str, bytes]]]:
    """JSON or multipart (fields + `files`/`file`) bodies."""
    if (request.content_type or "").startswith("multipart/"):
        data = {k: request.POST.get(k) for k in request.POST}
        files = [(f.name, f.read()) for key in request.FILES for f in request.FILES.getlist(key)]
        return data, files
    if not request.body:
        return {}, []
    try:
        data = json.loads(request.body)
    except json.JSONDecodeError as exc:
        raise ServiceError("Nội dung gửi lên không phải JSON hợp lệ.") from exc
    if not isinstance(data, dict):
        raise ServiceError("Nội dung gửi lên phải là một đối tượng JSON.")
    return data, []


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def _tasks_qs(user: Any):
    return perm.tasks_for(user).prefetch_related(
        Prefetch("assignments", queryset=Assignment.objects.select_related("unit").order_by("role", "id")))


def _task(request: HttpRequest, task_id: int) -> Task:
    return get_object_or_404(_tasks_qs(_user(request)), pk=task_id)


# ---------------------------------------------------------------- auth


class Credentials(Schema):
    username: str
    password: str


@api.post("/auth/token", auth=None, response={200: dict, 401: dict}, tags=["auth"])
def token(request: HttpRequest, body: Credentials):
    user = authenticate(request, username=body.username, password=body.password)
    if user is None:
        return Status(401, {"detail": "Tên đăng nhập hoặc mật khẩu không đúng."})
    return Status(200, {"token": ApiToken.issue(user, settings.CHIDAO_API_TOKEN_DAYS), "role": user.role})


# ---------------------------------------------------------------- documents

UPLOAD_DOC = {"requestBody": {"content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary"}, "secrecy": {"type": "string"},
                   "urgency": {"type": "string"}, "received_from": {"type": "string"}}}}}}}


@api.post("/documents", response={202: dict, 200: dict}, openapi_extra=UPLOAD_DOC, tags=["documents"], auth=only(*perm.REGISTRARS))
def upload(request: HttpRequest):
    user = _require(request, *perm.REGISTRARS)
    data = request.POST
    uploaded = request.FILES.get("file")
    if uploaded is None:
        raise ServiceError("Thiếu tệp (trường `file`).")
    registration = {k: data[k] for k in ("secrecy", "urgency", "received_from") if data.get(k)}
    if registration.get("secrecy", "") not in Document.Secrecy.values or registration.get(
            "urgency", "") not in Document.Urgency.values:
        raise ServiceError("Độ mật hoặc độ khẩn không hợp lệ.")
    result = intake.upload(uploaded.read(), uploaded.name or "van-ban", user, **registration)
    doc = result.document
    body = {"id": doc.pk, "state": "queued" if not result.duplicate else doc.state, "duplicate": result.duplicate}
    return Status((200 if result.duplicate else 202), body)


def document_body(doc: Document, user: Any) -> dict[str, Any]:
    now = today()
    tasks = _tasks_qs(user).filter(document=doc, occurrence_of__isnull=True).order_by("id")
    state = "parsed" if doc.state == Document.State.CONFIRMED else doc.state
    return {
        "id": doc.pk, "state": state, "confirmed": doc.state == Document.State.CONFIRMED,
        "error": doc.error or None, "file_name": doc.file_name, "sha256": doc.sha256,
        "number": doc.number, "issuer": doc.issuer_name, "date": doc.date.isoformat() if doc.date else None,
        "type": doc.type_code, "subject": doc.subject, "secrecy": doc.secrecy, "urgency": doc.urgency,
        "incoming_number": doc.incoming_number, "duplicate_of": doc.duplicate_of_id, "version": doc.version,
        "document": doc.parsed,
        "proposed_tasks": intake.proposals(doc) if doc.state == Document.State.PARSED else [],
        "tasks": [task_item(t, now) for t in tasks],
        "cites": [{"number": r.number, "target": r.target_id} for r in doc.references.all()],
        "cited_by": list(doc.cited_by.values_list("source_id", flat=True)),
    }


@api.get("/documents", response=dict, tags=["documents"])
def documents(request: HttpRequest, issuer: str = "", type: str = "", number: str = "",
              date_from: dt.date | None = None, date_to: dt.date | None = None, limit: int = 50, offset: int = 0):
    from chidao.accounts.matching import search_key

    qs = perm.documents_for(_user(request))
    if issuer:
        qs = qs.filter(issuer_name__icontains=issuer)
    if type:
        qs = qs.filter(type_code=type)
    if number:
        qs = qs.filter(number_key=search_key(number))
    if date_from:
        qs = qs.filter(date__gte=date_from)
    if date_to:
        qs = qs.filter(date__lte=date_to)
    limit = max(1, min(limit, 200))
    items = [{"id": d.pk, "number": d.number, "issuer": d.issuer_name, "type": d.type_code,
              "date": d.date.isoformat() if d.date else None, "subject": d.subject, "state": d.state}
             for d in qs.order_by("-date", "-id")[offset:offset + limit]]
    return {"items": items, "count": qs.count()}


@api.get("/documents/{doc_id}", response=dict, tags=["documents"])
def document(request: HttpRequest, doc_id: int):
    doc = get_object_or_404(perm.documents_for(_user(request)), pk=doc_id)
    return document_body(doc, _user(request))


CONFIRM_DOC = {"requestBody": {"content": {"application/json": {"schema": {
    "type": "object", "properties": {"tasks": {"oneOf": [{"type": "string", "enum": ["all"]},
                                                          {"type": "array", "items": {"type": "object"}}]},
                                     "version": {"type": "integer"}}}}}}}


@api.post("/documents/{doc_id}/confirm", response=dict, openapi_extra=CONFIRM_DOC, tags=["documents"], auth=only(*perm.REGISTRARS))
def confirm(request: HttpRequest, doc_id: int):
    user = _require(request, *perm.REGISTRARS)
    doc = get_object_or_404(perm.documents_for(user), pk=doc_id)
    data, _ = _body(request)
    rows = data.get("tasks", "all")
    if rows != "all" and not isinstance(rows, list):
        raise ServiceError("`tasks` phải là \"all\" hoặc danh sách nhiệm vụ.")
    intake.confirm(doc, user, rows, version=data.get("version"))
    return document_body(doc, user)


# ---------------------------------------------------------------- tasks


@api.get("/tasks", response=dict, tags=["tasks"])
def tasks(request: HttpRequest, unit: int | None = None, state: str = "", timeliness: str = "", q: str = "",
          leader: str = "", document: int | None = None, limit: int = 50, offset: int = 0):
    user = _user(request)
    qs = _tasks_qs(user)
    if unit:
        qs = qs.filter(pk__in=perm.tasks_of_unit(unit))
    if state:
        qs = qs.filter(state=state)
    if timeliness:
        if timeliness not in (*tl.CLASSES, "due_soon"):
            raise ServiceError(f"`timeliness` phải là một trong: {', '.join((*tl.CLASSES, 'due_soon'))}.")
        qs = qs.filter(tl.q(timeliness, today()))
    if leader:
        qs = qs.filter(directing_leader=leader)
    if document:
        qs = qs.filter(document_id=document)
    if q:
        qs = matching(qs, q)
    qs = qs.order_by("due", "id")
    limit = max(1, min(limit, 200))
    now = today()
    return {"items": [task_item(t, now) for t in qs[offset:offset + limit]], "count": qs.count()}


@api.get("/tasks/{task_id}", response=dict, tags=["tasks"])
def task(request: HttpRequest, task_id: int):
    t = _task(request, task_id)
    body = task_item(t, today())
    body["assignments"] = [assignment_item(a) for a in t.assignments.all()]
    body["updates"] = [{"kind": u.kind, "note": u.note, "percent": u.percent, "author": str(u.author),
                        "at": u.created_at.isoformat(), "files": [f.name for f in u.files.all()]}
                       for u in t.updates.select_related("author").prefetch_related("files")]
    body["milestones"] = [{"id": m.pk, "title": m.title, "due": m.due.isoformat() if m.due else None,
                           "done_on": m.done_on.isoformat() if m.done_on else None} for m in t.milestones.all()]
    body["extensions"] = [{"id": e.pk, "new_due": e.new_due.isoformat(), "state": e.state, "reason": e.reason}
                          for e in t.extensions.all()]
    body["history"] = [{"at": h.at.isoformat(), "user": str(h.user) if h.user else None, "action": h.action,
                        "field": h.field, "old": h.old, "new": h.new} for h in t.history.select_related("user")]
    return body


MULTI_DOC = {"requestBody": {"content": {
    "application/json": {"schema": {"type": "object"}},
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "note": {"type": "string"}, "percent": {"type": "integer"},
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}}}


@api.post("/tasks/{task_id}/updates", response={201: dict}, openapi_extra=MULTI_DOC, tags=["tasks"], auth=only(perm.OFFICER))
def add_update(request: HttpRequest, task_id: int):
    t = _task(request, task_id)
    data, files = _body(request)
    percent = data.get("percent")
    upd = services.report_progress(t, _user(request), int(percent) if percent not in (None, "") else None,
                                   str(data.get("note") or ""), files, version=data.get("version"))
    return Status(201, {"id": upd.pk, "task": task_item(_task(request, task_id), today())})


@api.post("/tasks/{task_id}/accept", response=dict, tags=["tasks"], auth=only(perm.OFFICER))
def accept(request: HttpRequest, task_id: int):
    t = _task(request, task_id)
    services.accept(t, _user(request))
    return task_item(_task(request, task_id), today())


@api.post("/tasks/{task_id}/submit", response=dict, openapi_extra=MULTI_DOC, tags=["tasks"], auth=only(perm.OFFICER))
def submit(request: HttpRequest, task_id: int):
    user = _user(request)
    t = _task(request, task_id)
    data, files = _body(request)
    evidence = None
    if data.get("evidence_document"):
        evidence = perm.documents_for(user).filter(pk=int(data["evidence_document"])).first()
        if evidence is None:
            raise ServiceError("Không tìm thấy văn bản báo cáo đã đăng ký.")
    services.submit(t, user, str(data.get("note") or ""), evidence, files,
                    result_date=_date(data.get("result_date")), version=data.get("version"))
    return task_item(_task(request, task_id), today())


class ReviewIn(Schema):
    accept: bool
    note: str = ""
    version: int | None = None


@api.post("/tasks/{task_id}/review", response=dict, tags=["tasks"], auth=only(*perm.REGISTRARS))
def review(request: HttpRequest, task_id: int, body: ReviewIn):
    t = _task(request, task_id)
    services.review(t, _user(request), body.accept, body.note, version=body.version)
    return task_item(_task(request, task_id), today())


class CancelIn(Schema):
    reason: str
    version: int | None = None


@api.post("/tasks/{task_id}/cancel", response=dict, tags=["tasks"], auth=only(perm.LEADER, perm.ADMIN))
def cancel(request: HttpRequest, task_id: int, body: CancelIn):
    t = _task(request, task_id)
    services.cancel(t, _user(request), body.reason, version=body.version)
    return task_item(_task(request, task_id), today())


class ExtensionIn(Schema):
    new_due: dt.date
    reason: str


@api.post("/tasks/{task_id}/extensions", response={201: dict}, tags=["tasks"], auth=only(perm.OFFICER, *perm.REGISTRARS))
def request_extension(request: HttpRequest, task_id: int, body: ExtensionIn):
    ext = services.request_extension(_task(request, task_id), _user(request), body.new_due, body.reason)
    return Status(201, {"id": ext.pk, "state": ext.state, "new_due": ext.new_due.isoformat()})


class DecisionIn(Schema):
    approve: bool
    note: str = ""


@api.post("/extensions/{ext_id}/decision", response=dict, tags=["tasks"], auth=only(perm.LEADER, perm.ADMIN))
def decide(request: HttpRequest, ext_id: int, body: DecisionIn):
    user = _user(request)
    ext = get_object_or_404(Extension.objects.filter(task__in=perm.tasks_for(user)), pk=ext_id)
    services.decide_extension(ext, user, body.approve, body.note)
    return {"id": ext.pk, "state": ext.state, "due": ext.task.due.isoformat() if ext.task.due else None}


# ---------------------------------------------------------------- registry, stats, search


@api.get("/units", response=dict, tags=["registry"])
def units(request: HttpRequest, on: dt.date | None = None):
    qs = Unit.objects.prefetch_related("aliases").select_related("parent", "successor")
    items = [{"id": u.pk, "code": u.code, "name": u.name, "short_name": u.short_name, "kind": u.kind,
              "parent": u.parent_id, "aliases": [a.text for a in u.aliases.all()], "is_group": u.is_group,
              "valid_from": u.valid_from.isoformat() if u.valid_from else None,
              "valid_to": u.valid_to.isoformat() if u.valid_to else None, "successor": u.successor_id}
             for u in qs if on is None or u.is_valid_on(on)]
    return {"items": items, "count": len(items)}


@api.get("/stats", response=dict, tags=["stats"])
def stats(request: HttpRequest, date_from: dt.date | None = None, date_to: dt.date | None = None,
          issuer: str = "", unit: int | None = None, leader: str = ""):
    d = dashboard(_user(request), Filters(date_from, date_to, issuer, unit, leader))
    return {
        "today": d.today.isoformat(), "counts": d.counts, "due_count": d.due_count, "rates": d.rates,
        "formulas": d.formulas, "labels": d.labels, "requests": d.requests, "overdue_buckets": d.overdue_buckets,
        "per_unit": [{k: v for k, v in r.items()} for r in d.per_unit],
        "overdue": [{"id": t.pk, "text": t.text, "due": t.due.isoformat(), "days_overdue": t.days_overdue}
                    for t in d.overdue],
        "due_soon": [{"id": t.pk, "text": t.text, "due": t.due.isoformat()} for t in d.due_soon],
    }


@api.get("/history", response=dict, tags=["tasks"])
def history(request: HttpRequest, date_from: dt.date | None = None, date_to: dt.date | None = None,
            task: int | None = None, limit: int = 200, offset: int = 0):
    """Changes (who, when, old → new) by the application's date, to reproduce a past period."""
    from chidao.tracking.models import History

    qs = History.objects.filter(task__in=perm.tasks_for(_user(request))).select_related("user")
    if date_from:
        qs = qs.filter(day__gte=date_from)
    if date_to:
        qs = qs.filter(day__lte=date_to)
    if task:
        qs = qs.filter(task_id=task)
    limit = max(1, min(limit, 1000))
    items = [{"at": h.at.isoformat(), "day": h.day.isoformat(), "user": str(h.user) if h.user else None,
              "action": h.action, "model": h.model, "object_id": h.object_id, "task": h.task_id, "field": h.field,
              "old": h.old, "new": h.new, "note": h.note} for h in qs.order_by("at", "id")[offset:offset + limit]]
    return {"items": items, "count": qs.count()}


@api.get("/search", response=dict, tags=["registry"])
def search_view(request: HttpRequest, q: str):
    if not q.strip():
        raise ServiceError("Hãy nhập từ khóa tìm kiếm.")
    r = search(_user(request), q)
    now = today()
    return {
        "query": q, "document_count": r.document_count, "task_count": r.task_count,
        "counts_capped": r.capped,
        "documents": [{"id": d.pk, "number": d.number, "issuer": d.issuer_name, "subject": d.subject,
                       "date": d.date.isoformat() if d.date else None} for d in r.documents],
        "tasks": [task_item(t, now) for t in r.tasks],
    }


