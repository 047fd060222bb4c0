"""Reports pages: the exports (every generated document), the charts, the organisation profile and
the import of a register. Files come from `chidao.reports.exports`, as for the API and the CLI."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from chidao.accounts import permissions as perm
from chidao.accounts.models import Unit
from chidao.config.clock import today
from chidao.reports import exports, importing, queries, stats
from chidao.reports.models import OrganisationProfile
from chidao.reports.writers import charts
from chidao.reports.writers.report import month_chart, unit_chart
from chidao.web.access import roles


def as_file(export: exports.Export) -> HttpResponse:
    response = HttpResponse(export.content, content_type=export.media_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response


def parse_date(value: str | None, default: dt.date) -> dt.date:
    if not value:
        return default
    value = value.strip()
    try:
        return (
            dt.datetime.strptime(value, "%d/%m/%Y").date() if "/" in value else dt.date.fromisoformat(value)
        )
    except ValueError as e:
        raise exports.ExportError(f"Ngày không hợp lệ: “{value}” (dd/mm/yyyy).") from e


def period(request: HttpRequest) -> tuple[dt.date, dt.date]:
    now = today()
    return (
        parse_date(request.GET.get("from"), dt.date(now.year, 1, 1)),
        parse_date(request.GET.get("to"), dt.date(now.year, 12, 31)),
    )


def chart_context(user: Any, date_from: dt.date, date_to: dt.date) -> dict[str, Any]:
    """Tallies and the two charts as inline SVG (the numbers are in the SVG and in the tables beside it)."""
    as_of = min(date_to, today())
    outcomes = queries.outcomes(date_from, date_to, as_of, user)
    units, total = stats.by_unit(outcomes)
    months = stats.by_month(outcomes)
    return {
        "as_of": as_of,
        "units": units,
        "total": total,
        "months": months,
        # to_svg escapes every text it draws
        "unit_svg": mark_safe(charts.to_svg(unit_chart(units))),
        "month_svg": mark_safe(charts.to_svg(month_chart(months))),
        "formulas": stats.FORMULAS,
    }


@roles()
def index(request: HttpRequest) -> HttpResponse:
    try:
        date_from, date_to = period(request)
    except exports.ExportError as e:
        messages.error(request, str(e))
        date_from, date_to = dt.date(today().year, 1, 1), dt.date(today().year, 12, 31)
    staff = perm.role(request.user) in perm.STAFF
    context = {
        "date_from": date_from,
        "date_to": date_to,
        "staff": staff,
        "registrar": perm.role(request.user) in perm.REGISTRARS,
        "units_list": Unit.objects.filter(is_group=False).order_by("name") if staff else [],
        "documents": exports.document_choices(request.user) if staff else [],
        **chart_context(request.user, date_from, date_to),
    }
    return render(request, "reports/index.html", context)


def _send(request: HttpRequest, make: Any) -> HttpResponse:
    try:
        return as_file(make())
    except exports.ExportError as e:
        messages.error(request, str(e))
        return redirect("reports:index")


@roles()
def register_file(request: HttpRequest) -> HttpResponse:
    return _send(request, lambda: exports.register(user=request.user))


@roles(*perm.STAFF)
def report_file(request: HttpRequest) -> HttpResponse:
    fmt = request.GET.get("format", "docx")
    return _send(request, lambda: exports.report(*period(request), fmt=fmt, user=request.user))


@roles(*perm.STAFF)
def dondoc_file(request: HttpRequest) -> HttpResponse:
    return _send(request, lambda: exports.dondoc(request.GET.get("unit", ""), user=request.user))


@roles(*perm.STAFF)
def appendix_file(request: HttpRequest) -> HttpResponse:
    return _send(request, lambda: exports.appendix(request.GET.get("reference", ""), user=request.user))


@roles(*perm.STAFF)
def tiepthu_file(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    return _send(request, lambda: exports.tiepthu(pk, fmt, user=request.user))


class ProfileForm(forms.ModelForm):
    class Meta:
        model = OrganisationProfile
        exclude = ("updated_at",)
        widgets: ClassVar[dict[str, forms.Widget]] = {
            "authority": forms.Textarea(attrs={"rows": 2}),
            "cc": forms.Textarea(attrs={"rows": 4}),
        }


@roles(*perm.REGISTRARS)
def profile_edit(request: HttpRequest) -> HttpResponse:
    instance = OrganisationProfile.current()
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Đã lưu thông tin cơ quan; các văn bản tạo ra sẽ dùng thông tin này.")
        return redirect("reports:index")
    return render(request, "reports/profile.html", {"form": form, "saved": instance.pk is not None})


@roles(*perm.REGISTRARS)
def import_register(request: HttpRequest) -> HttpResponse:
    """Step 1: upload and preview (nothing written). Step 2 (`import_confirm`): create."""
    plan = None
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            messages.error(request, "Chọn tệp .xlsx hoặc .csv để nhập.")
        else:
            try:
                plan = importing.preview(upload.read(), upload.name or "")
            except Exception as e:  # unreadable workbook or encoding: a message, never a 500
                messages.error(request, f"Không đọc được tệp {upload.name}: {e}")
            else:
                request.session["reports_import"] = plan.to_json()
    return render(request, "reports/import.html", {"plan": plan})


@roles(*perm.REGISTRARS)
@require_POST
def import_confirm(request: HttpRequest) -> HttpResponse:
    data = request.session.pop("reports_import", None)
    if not data:
        messages.error(request, "Không có bản xem trước để nhập; hãy tải tệp lên lại.")
        return redirect("reports:import")
    plan = importing.Preview.from_json(data)
    created = importing.apply(plan, request.user)
    messages.success(request, f"Đã tạo {len(created)} nhiệm vụ từ sổ theo dõi.")
    return redirect("reports:index")
