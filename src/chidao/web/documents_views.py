"""Registry pages: the document list and upload, the review page (original text with highlighted
parts, findings, proposed tasks as editable rows), confirmation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from chidao.accounts import permissions as perm
from chidao.accounts.matching import search_key
from chidao.accounts.models import Unit
from chidao.registry import intake
from chidao.registry.models import Document
from chidao.tracking.history import ServiceError
from chidao.web.access import roles
from chidao.web.highlight import marks_from, segments


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        if "/" in value:
            d, m, y = (int(p) for p in value.split("/"))
            return dt.date(y, m, d)
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


@roles()
def document_list(request: HttpRequest) -> HttpResponse:
    qs = perm.documents_for(request.user).select_related("issuer_unit")
    g = request.GET
    if g.get("issuer"):
        qs = qs.filter(issuer_name__icontains=g["issuer"])
    if g.get("type"):
        qs = qs.filter(type_code=g["type"])
    if g.get("number"):
        qs = qs.filter(number_key__contains=search_key(g["number"]))
    if parse_date(g.get("date_from")):
        qs = qs.filter(date__gte=parse_date(g.get("date_from")))
    if parse_date(g.get("date_to")):
        qs = qs.filter(date__lte=parse_date(g.get("date_to")))
    page = Paginator(qs.order_by("-created_at", "-id"), 25).get_page(g.get("page"))
    types = perm.documents_for(request.user).exclude(type_code="").values_list("type_code", flat=True).distinct()
    return render(request, "web/documents.html", {"page": page, "types": sorted(set(types)), "q": g})


@require_POST
@roles(*perm.REGISTRARS)
def upload(request: HttpRequest) -> HttpResponse:
    files = request.FILES.getlist("files") or request.FILES.getlist("file")
    registration = {k: request.POST.get(k, "") for k in ("secrecy", "urgency", "received_from")}
    registration = {k: v for k, v in registration.items() if v}
    results: list[dict[str, Any]] = []
    for f in files:
        try:
            r = intake.upload(f.read(), f.name or "van-ban", request.user, **registration)
        except ServiceError as exc:
            results.append({"name": f.name, "error": exc.message})
            continue
        results.append({"name": f.name, "id": r.document.pk, "state": r.document.state, "duplicate": r.duplicate,
                        "url": f"/van-ban/{r.document.pk}/"})
    if not files:
        results.append({"name": "", "error": "Chưa chọn tệp."})
    if request.headers.get("x-requested-with") == "XMLHttpRequest" or request.GET.get("format") == "json":
        return JsonResponse({"results": results})
    for r in results:
        if r.get("error"):
            messages.error(request, f"{r['name']}: {r['error']}")
        elif r["duplicate"]:
            messages.warning(request, f"{r['name']}: văn bản đã được vào sổ trước đó (không tạo bản trùng).")
        else:
            messages.success(request, f"{r['name']}: đã vào sổ, đang đọc văn bản.")
    ok = [r for r in results if r.get("id")]
    return redirect(ok[0]["url"] if len(ok) == 1 else "web:documents")


@roles()
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    doc = get_object_or_404(perm.documents_for(request.user).select_related("duplicate_of", "uploaded_by"), pk=pk)
    parsed = doc.parsed or {}
    rows = intake.proposals(doc) if doc.state == Document.State.PARSED else []
    for row in rows:
        row["lead_ids"] = [m["unit"] for m in row["assignees"] if m["unit"]]
        row["coord_ids"] = [m["unit"] for m in row["coordinators"] if m["unit"]]
        row["due_text"] = f"{dt.date.fromisoformat(row['due']):%d/%m/%Y}" if row.get("due") else ""
        row["span_text"] = ",".join(str(v) for v in row["span"]) if row.get("span") else ""
    units = Unit.objects.order_by("is_group", "name")
    tasks = doc.tasks.filter(occurrence_of__isnull=True).prefetch_related("assignments__unit").order_by("id")
    if perm.role(request.user) == perm.OFFICER:
        tasks = tasks.filter(assignments__unit_id=request.user.unit_id).distinct()
    return render(request, "web/document.html", {
        "doc": doc, "parsed": parsed, "segments": segments(doc.text, marks_from(parsed)),
        "findings": parsed.get("findings") or [], "rows": rows, "units": units, "tasks": tasks,
        "uncertain": _uncertain(parsed),
        "cites": doc.references.select_related("target"), "cited_by": doc.cited_by.select_related("source"),
        "can_confirm": perm.role(request.user) in perm.REGISTRARS and doc.state == Document.State.PARSED,
    })


def _uncertain(parsed: dict[str, Any]) -> list[dict[str, Any]]:
    """Values the OCR reader flagged (handwritten fill-ins, low confidence) that have a page box to show."""
    found = ((parsed.get("metadata") or {}).get("ocr") or {}).get("low_confidence") or []
    return [u for u in found if u.get("page") and u.get("box")]


@roles()
def document_crop(request: HttpRequest, pk: int, index: int) -> HttpResponse:
    """The scan around one low-confidence value, as PNG, for the clerk to compare with what was read."""
    from chidao.documents.ocr.crops import crop_png

    doc = get_object_or_404(perm.documents_for(request.user), pk=pk)
    found = _uncertain(doc.parsed or {})
    if not doc.file or index >= len(found):
        raise Http404("Không có vùng ảnh này.")
    dpi = ((doc.parsed or {}).get("metadata") or {}).get("ocr", {}).get("dpi") or 300
    with doc.file.open("rb") as f:
        raw = f.read()
    try:
        png = crop_png(raw, found[index]["page"], found[index]["box"], dpi=int(dpi))
    except Exception as error:  # an unreadable stored file must not give a 500
        raise Http404("Không cắt được ảnh từ tệp đã lưu.") from error
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "private, max-age=86400"
    return response


@roles()
def document_status(request: HttpRequest, pk: int) -> JsonResponse:
    doc = get_object_or_404(perm.documents_for(request.user), pk=pk)
    return JsonResponse({"id": doc.pk, "state": doc.state, "error": doc.error})


def _rows_from_form(post: Any) -> list[dict[str, Any]]:
    rows = []
    for i in post.getlist("row"):
        if post.get(f"remove-{i}") or (i.startswith("new") and not post.get(f"text-{i}", "").strip()):
            continue
        span = post.get(f"span-{i}", "")
        rows.append({
            "key": post.get(f"key-{i}", ""), "text": post.get(f"text-{i}", "").strip(),
            "span": [int(p) for p in span.split(",")] if span.count(",") == 1 else None,
            "assignees": [v for v in post.getlist(f"assignees-{i}") if v],
            "coordinators": [v for v in post.getlist(f"coordinators-{i}") if v],
            "due": post.get(f"due-{i}") or None, "deadline_text": post.get(f"deadline_text-{i}", ""),
            "parent": post.get(f"parent-{i}") or None, "mode": post.get(f"mode-{i}") or "giao",
            "target": post.get(f"target-{i}", ""),
        })
    return rows


@require_POST
@roles(*perm.REGISTRARS)
def document_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    doc = get_object_or_404(perm.documents_for(request.user), pk=pk)
    try:
        rows = _rows_from_form(request.POST)
        tasks = intake.confirm(doc, request.user, rows, version=request.POST.get("version") or None)
    except (ServiceError, ValueError) as exc:
        messages.error(request, getattr(exc, "message", f"Dữ liệu không hợp lệ: {exc}"))
        return redirect("web:document", pk=pk)
    messages.success(request, f"Đã xác nhận {len(tasks)} nhiệm vụ.")
    return redirect("web:document", pk=pk)
