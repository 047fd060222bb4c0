"""REST endpoints of the reports and reminders (a django-ninja Router; the API mounts it under /api/v1):

    GET  /exports/register.xlsx
    GET  /exports/report?from=YYYY-MM-DD&to=YYYY-MM-DD&format=docx|xlsx
    GET  /exports/dondoc?unit=<id|code|name>
    GET  /exports/appendix?reference=62-NQ/TU
    GET  /exports/tiepthu/{document_id}?format=docx|xlsx
    GET  /stats?from=&to=            per-unit and monthly tallies with rates and formulas
    GET  /reminders                  the caller's digests
    POST /reminders/run              run the reminders now, JSON {"date", "force"} (admin, clerk)
    POST /imports/register?apply=    preview (default) or import a register file (multipart `file`; admin, clerk)

Authentication comes from the API the router is added to (bearer token or session).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import File, Query, Router, Schema
from ninja.files import UploadedFile

from chidao.accounts import permissions as perm
from chidao.api.auth import only
from chidao.config.clock import today
from chidao.reminders.digests import run
from chidao.reminders.models import Digest
from chidao.reports import exports, importing, queries, stats
from chidao.reports.views import as_file
from chidao.tracking.history import Forbidden, ServiceError

router = Router(tags=["reports"])
FROM = Query(None, alias="from")  # the period, as the web pages name it
TO = Query(None, alias="to")


def _user(request: HttpRequest, *roles: str) -> Any:
    user = getattr(request, "auth", None) or request.user
    if roles and perm.role(user) not in roles:
        raise Forbidden("Bạn không có quyền thực hiện thao tác này.")
    return user


def _file(make: Any) -> HttpResponse:
    try:
        return as_file(make())
    except exports.ExportError as e:
        raise ServiceError(str(e)) from e


def _period(date_from: dt.date | None, date_to: dt.date | None) -> tuple[dt.date, dt.date]:
    now = today()
    return date_from or dt.date(now.year, 1, 1), date_to or dt.date(now.year, 12, 31)


@router.get("/exports/register.xlsx")
def register(request: HttpRequest) -> HttpResponse:
    return _file(lambda: exports.register(user=_user(request)))


@router.get("/exports/report", auth=only(*perm.STAFF))
def report(request: HttpRequest, format: str = "docx", date_from: dt.date | None = FROM,
           date_to: dt.date | None = TO) -> HttpResponse:  # fmt: skip
    user = _user(request, *perm.STAFF)
    return _file(lambda: exports.report(*_period(date_from, date_to), fmt=format, user=user))


@router.get("/exports/dondoc", auth=only(*perm.STAFF))
def dondoc(request: HttpRequest, unit: str) -> HttpResponse:
    user = _user(request, *perm.STAFF)
    return _file(lambda: exports.dondoc(unit, user=user))


@router.get("/exports/appendix", auth=only(*perm.STAFF))
def appendix(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request, *perm.STAFF)
    return _file(lambda: exports.appendix(reference, user=user))


@router.get("/exports/tiepthu/{document_id}", auth=only(*perm.STAFF))
def tiepthu(request: HttpRequest, document_id: int, format: str = "docx") -> HttpResponse:
    user = _user(request, *perm.STAFF)
    return _file(lambda: exports.tiepthu(document_id, format, user=user))


def _tally(t: stats.Tally) -> dict[str, Any]:
    return {
        "label": t.label, "total": t.total, "due": t.due, "done_on_time": t.done_on_time,
        "done_late": t.done_late, "on_track": t.on_track, "overdue": t.overdue, "no_deadline": t.no_deadline,
        "requests": t.requests, "on_time_rate": t.on_time_rate, "completion_rate": t.completion_rate,
        "overdue_rate": t.overdue_rate,
    }  # fmt: skip


@router.get("/stats")
def period_stats(
    request: HttpRequest, date_from: dt.date | None = FROM, date_to: dt.date | None = TO
) -> dict:
    user = _user(request)
    start, end = _period(date_from, date_to)
    as_of = min(end, today())
    outcomes = queries.outcomes(start, end, as_of, user)
    units, total = stats.by_unit(outcomes)
    return {
        "from": start.isoformat(), "to": end.isoformat(), "as_of": as_of.isoformat(),
        "formulas": stats.FORMULAS, "total": _tally(total), "units": [_tally(u) for u in units],
        "months": [_tally(m) for m in stats.by_month(outcomes)],
    }  # fmt: skip


@router.get("/reminders")
def my_reminders(request: HttpRequest) -> list[dict]:
    user = _user(request)
    digests = Digest.objects.filter(recipient=user, sent_at__isnull=False).prefetch_related("items")[:30]
    return [
        {
            "day": d.day.isoformat(),
            "emailed": d.emailed,
            "items": [{"kind": r.kind, "task": r.task_id, "detail": r.detail} for r in d.items.all()],
        }
        for d in digests
    ]


class RunIn(Schema):
    date: dt.date | None = None
    force: bool = False


@router.post("/reminders/run", auth=only(perm.ADMIN, perm.CLERK))
def run_reminders(request: HttpRequest, body: RunIn) -> dict:
    _user(request, perm.ADMIN, perm.CLERK)
    result = run(body.date, force=body.force)
    return {"day": result.day.isoformat(), "summary": result.summary(), "recorded": result.recorded,
            "digests": len(result.digests), "emailed": result.emailed}  # fmt: skip


@router.post("/imports/register", auth=only(perm.ADMIN, perm.CLERK))
def import_register(request: HttpRequest, file: UploadedFile = File(...), apply: bool = False) -> dict:  # noqa: B008
    user = _user(request, perm.ADMIN, perm.CLERK)
    plan = importing.preview(file.read(), file.name or "")
    body: dict[str, Any] = {**plan.to_json(), "created": []}
    if apply and plan.tasks and not plan.missing_columns:
        body["created"] = [t.pk for t in importing.apply(plan, user)]
    return body
