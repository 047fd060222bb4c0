"""Home, dashboard, search, units, login."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from chidao.accounts import permissions as perm
from chidao.accounts.models import Unit
from chidao.config.clock import today
from chidao.registry.models import Document
from chidao.registry.search import search
from chidao.tracking.models import Extension, State
from chidao.tracking.stats import Filters, dashboard
from chidao.web.access import roles
from chidao.web.documents_views import parse_date


@roles()
def home(request: HttpRequest) -> HttpResponse:
    role = perm.role(request.user)
    if role == perm.OFFICER:
        return redirect("web:tasks")
    if role == perm.CLERK:
        return redirect("web:documents")
    return redirect("web:dashboard")


@roles()
def dashboard_view(request: HttpRequest) -> HttpResponse:
    g = request.GET
    unit = int(g["unit"]) if g.get("unit", "").isdigit() else None
    f = Filters(parse_date(g.get("date_from")), parse_date(g.get("date_to")), g.get("issuer", ""), unit, g.get("leader", ""))
    d = dashboard(request.user, f)
    pending = (Extension.objects.filter(state=Extension.State.PENDING, task__in=perm.tasks_for(request.user))
               .select_related("task", "requested_by").order_by("requested_at")[:50])
    waiting = perm.tasks_for(request.user).filter(state=State.SUBMITTED).count()
    return render(request, "web/dashboard.html", {
        "d": d, "q": g, "pending_extensions": pending, "waiting_review": waiting,
        "can_decide": perm.may_extend_decide(request.user), "units": Unit.objects.filter(is_group=False).order_by("name"),
        "issuers": Document.objects.exclude(issuer_name="").values_list("issuer_name", flat=True)
        .distinct().order_by("issuer_name")[:100],
        "leaders": perm.documents_for(request.user).exclude(directing_leader="")
        .values_list("directing_leader", flat=True).distinct().order_by("directing_leader")[:100],
        "today": today(),
    })


@roles()
def search_view(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    results = search(request.user, query, limit=50) if query else None
    return render(request, "web/search.html", {"query": query, "r": results, "today": today()})


@roles()
def unit_list(request: HttpRequest) -> HttpResponse:
    units = Unit.objects.prefetch_related("aliases", "members").select_related("parent", "successor")
    return render(request, "web/units.html", {"units": units})
