"""Intake: store an upload (queued), parse it in the background, propose tasks, confirm them.

`upload()` answers at once; `chidao.registry.jobs.parse_document` (a django-tasks task, run by the DB
worker) fills the document from `chidao.documents.parse`. `proposals()` turns the parsed tasks into
editable rows matched against the unit registry; `confirm()` creates the tracked tasks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max

from chidao.accounts import permissions as perm
from chidao.accounts.matching import UnitMatcher, search_key
from chidao.accounts.models import Unit, UnitAlias
from chidao.registry.models import Document, Reference
from chidao.tracking.history import Forbidden, ServiceError, change, record
from chidao.tracking.models import Assignment, State, Task
from chidao.tracking.recurrence import occurrences, recurrence_of


@dataclass
class Intake:
    document: Document
    duplicate: bool


def upload(data: bytes, name: str, user: Any, **registration: Any) -> Intake:
    """Register a file and queue its parsing; the same file twice is flagged, not duplicated."""
    if perm.role(user) not in perm.REGISTRARS:
        raise Forbidden("Chỉ Văn phòng (văn thư) được vào sổ văn bản.")
    if not data:
        raise ServiceError("Tệp rỗng.")
    digest = hashlib.sha256(data).hexdigest()
    existing = Document.objects.filter(sha256=digest).order_by("id").first()
    if existing is not None:
        return Intake(existing, duplicate=True)
    with transaction.atomic():
        doc = Document(file_name=name[:255], sha256=digest, uploaded_by=user, **registration)
        if doc.direction == Document.Direction.INCOMING and doc.incoming_number is None:
            last = Document.objects.filter(direction=Document.Direction.INCOMING).aggregate(n=Max("incoming_number"))
            doc.incoming_number = (last["n"] or 0) + 1
        doc.file.save(name, ContentFile(data), save=False)
        doc.save()
        record(doc, user, "upload", field="state", new=doc.state)
        _enqueue(doc.pk)  # the DB backend writes the job in this transaction: the worker sees it on commit
    return Intake(doc, duplicate=False)


def _enqueue(document_id: int) -> None:
    from chidao.registry.jobs import parse_document

    parse_document.enqueue(document_id)


def _first(items: list[dict] | None, key: str) -> Any:
    return (items or [{}])[0].get(key) if items else None


def parse_now(doc: Document) -> Document:
    """Parse the stored file and copy the formal parts into the registry row (the worker calls this)."""
    # `chidao.documents.parse` is shadowed by the `parse` subpackage once that is imported: use the pipeline.
    from chidao.documents import ReadError, pipeline
    from chidao.documents.time_limit import TIME_LIMIT, TimeLimitExceeded, time_limit

    if doc.state != Document.State.QUEUED:
        return doc  # already parsed (a job queued twice, or the demo parsed it inline)
    matcher = UnitMatcher.from_db()
    unit_names = matcher.registry or [*Unit.objects.values_list("name", flat=True),
                                      *UnitAlias.objects.values_list("text", flat=True)]
    try:
        with doc.file.open("rb") as fh:
            data = fh.read()
        with time_limit(TIME_LIMIT):  # one text the parser cannot finish must not hold the worker
            parsed = pipeline.parse(data, name=doc.file_name, units=unit_names)
    except TimeLimitExceeded:
        doc.state = Document.State.FAILED
        doc.error = f"Phân tích văn bản quá {TIME_LIMIT} giây nên đã dừng; xin báo cho quản trị hệ thống."
        doc.save(update_fields=["state", "error"])
        return doc
    except ReadError as exc:
        doc.state, doc.error = Document.State.FAILED, exc.message_vi
        doc.save(update_fields=["state", "error"])
        return doc
    except Exception as exc:  # a parser bug must not kill the worker; the clerk sees it
        doc.state, doc.error = Document.State.FAILED, f"Lỗi khi đọc văn bản: {exc}"
        doc.save(update_fields=["state", "error"])
        return doc
    fill(doc, parsed.to_dict())
    return doc


def fill(doc: Document, parsed: dict) -> None:
    doc.parsed = parsed
    doc.text = parsed.get("text") or ""
    doc.family = parsed.get("family") or ""
    issuer = parsed.get("issuer") or {}
    name, parent = issuer.get("name") or "", issuer.get("parent") or ""
    doc.issuer_name = (f"{name} {parent}" if parent and search_key(parent) not in search_key(name) else name)[:255]
    doc.number = re.sub(r"^\s*Số\s*:?\s*", "", (parsed.get("number") or {}).get("text") or "")[:128]
    doc.type_code = ((parsed.get("type") or {}).get("code") or "")[:16]
    doc.type_name = ((parsed.get("type") or {}).get("name") or "")[:128]
    iso = (parsed.get("date") or {}).get("iso")
    doc.date = dt.date.fromisoformat(iso) if iso else None
    doc.place = ((parsed.get("place") or {}).get("name") or "")[:128]
    doc.subject = (parsed.get("subject") or {}).get("text") or ""
    signer = _first(parsed.get("signatures"), "name") or ""
    chair = ((parsed.get("meeting") or {}).get("chair") or {}).get("name") or ""
    doc.signer, doc.directing_leader = signer[:255], (chair or signer)[:255]
    if doc.issuer_name:
        doc.issuer_unit = UnitMatcher.from_db(on=doc.date).match(doc.issuer_name).unit
    doc.state, doc.error = Document.State.PARSED, ""
    doc.duplicate_of = find_duplicate(doc)
    doc.save()
    record(doc, None, "parsed", field="state", old=Document.State.QUEUED, new=doc.state)
    link_references(doc, parsed.get("references") or [])


def find_duplicate(doc: Document) -> Document | None:
    if not (doc.number and doc.date):
        return None
    return (Document.objects.filter(number_key=search_key(doc.number), date=doc.date,
                                    issuer_name__iexact=doc.issuer_name)
            .exclude(pk=doc.pk).order_by("id").first())


def link_references(doc: Document, refs: list[dict]) -> None:
    doc.references.all().delete()
    for ref in refs:
        span = ref.get("span") or [None, None]
        row = Reference(source=doc, text=ref.get("text") or "", number=(ref.get("number") or "")[:128],
                        issuer=(ref.get("issuer") or "")[:255], span_start=span[0], span_end=span[1],
                        date=dt.date.fromisoformat(ref["date"]) if ref.get("date") else None)
        if row.number:
            row.target = Document.objects.filter(number_key=search_key(row.number)).exclude(pk=doc.pk).first()
        row.save()
    doc.save(update_fields=["search_text", "number_key"])
    # documents registered earlier that cite this one now point at it
    if doc.number:
        Reference.objects.filter(number_key=search_key(doc.number), target__isnull=True).exclude(
            source=doc).update(target=doc)


def _matches(names: list[str], matcher: UnitMatcher) -> list[dict]:
    out = []
    for name in names:
        m = matcher.match(name)
        out.append({"written": name, "unit": m.unit.pk if m.unit else None,
                    "unit_name": m.unit.name if m.unit else None, "confidence": m.confidence,
                    "group": bool(m.unit and m.unit.is_group)})
    return out


def proposals(doc: Document) -> list[dict]:
    """Parsed tasks as editable rows: assignees/coordinators matched to units, deadline, parent."""
    if not doc.parsed:
        return []
    matcher = UnitMatcher.from_db(on=doc.date)
    rows = []
    for t in doc.parsed.get("tasks") or []:
        deadline = t.get("deadline") or {}
        rows.append({
            "key": t.get("id") or "",
            "text": t.get("text") or "",
            "span": t.get("span"),
            "assignees": _matches(t.get("assignees") or [], matcher),
            "coordinators": _matches(t.get("coordinators") or [], matcher),
            "deadline_text": deadline.get("text") or "",
            "deadline_kind": deadline.get("kind") or "",
            "due": deadline.get("due"),
            "parent": t.get("parent"),
            "target": t.get("target") or "",
            "mode": t.get("mode") or "giao",
        })
    return rows


def _units(values: list[Any], matcher: UnitMatcher) -> list[tuple[Unit, str, float]]:
    """Unit ids, names or matched dicts → (unit, wording, confidence); groups expand into their members."""
    out: list[tuple[Unit, str, float]] = []
    for value in values:
        if isinstance(value, dict):
            if not value.get("unit"):
                continue  # a proposal the registry could not match: the clerk assigns it on the task
            written, value = value.get("written") or "", value["unit"]
        else:
            written = ""
        unit: Unit | None
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            unit, confidence = Unit.objects.filter(pk=int(value)).first(), 1.0
        else:
            m = matcher.match(str(value))
            unit, confidence = m.unit, m.confidence
            written = written or str(value)
        if unit is None:
            raise ServiceError(f"Không tìm thấy đơn vị “{value}” trong danh mục đơn vị.")
        members = list(unit.members.all()) if unit.is_group else [unit]
        out.extend((member, written or unit.name, confidence) for member in members)
    return out


def _written(values: list[Any]) -> list[str]:
    return [v["written"] for v in values if isinstance(v, dict) and v.get("written")]


def _due(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if "/" in text:
        d, m, y = (int(p) for p in text.split("/"))
        return dt.date(y, m, d)
    return dt.date.fromisoformat(text)


@transaction.atomic
def confirm(doc: Document, user: Any, rows: list[dict] | str = "all", version: int | None = None) -> list[Task]:
    """Create the tracked tasks from the proposals (`"all"`) or the clerk's edited rows."""
    if perm.role(user) not in perm.REGISTRARS:
        raise Forbidden("Chỉ Văn phòng xác nhận nhiệm vụ từ văn bản.")
    if doc.state == Document.State.CONFIRMED:
        raise ServiceError("Văn bản đã được xác nhận.")
    if doc.state != Document.State.PARSED:
        raise ServiceError("Văn bản chưa đọc xong, chưa thể xác nhận.")
    if doc.duplicate_of_id:
        raise ServiceError(f"Văn bản trùng với văn bản đã đăng ký ({doc.duplicate_of}); không tạo nhiệm vụ lần nữa.")
    if rows == "all":
        rows = proposals(doc)
    if not isinstance(rows, list):
        raise ServiceError("`tasks` phải là \"all\" hoặc danh sách nhiệm vụ.")
    matcher = UnitMatcher.from_db(on=doc.date)
    created: dict[str, Task] = {}
    tasks: list[Task] = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not str(row.get("text") or "").strip():
            raise ServiceError(f"Nhiệm vụ thứ {i + 1} thiếu nội dung.")
        tasks.append(_create(doc, user, row, matcher, created))
    change(doc, user, "confirm", expected_version=version, state=Document.State.CONFIRMED,
           confirmed_by=user, confirmed_at=dt.datetime.now(dt.UTC))
    return tasks


def _recurrence(row: dict) -> str:
    if row.get("recurrence"):
        return recurrence_of(str(row["recurrence"]))
    text = f"{row.get('deadline_text') or ''} {row.get('text') or ''}"
    return recurrence_of(text) if row.get("deadline_kind") == "recurring" or "dinh ky" in search_key(text) else ""


def _create(doc: Document, user: Any, row: dict, matcher: UnitMatcher, created: dict[str, Task]) -> Task:
    due = _due(row.get("due"))
    span = row.get("span") or [None, None]
    mode = row.get("mode") or Task.Mode.ASSIGN
    leads = _units(list(row.get("assignees") or []), matcher)
    coordinators = _units(list(row.get("coordinators") or []), matcher)
    parsed_due = next((_due(t.get("deadline", {}).get("due")) for t in (doc.parsed or {}).get("tasks", [])
                       if t.get("id") and t.get("id") == row.get("key") and t.get("deadline")), None)
    task = Task.objects.create(
        document=doc, key=str(row.get("key") or "")[:32], text=str(row["text"]).strip(),
        span_start=span[0], span_end=span[1], parent=created.get(str(row.get("parent") or "")),
        target=str(row.get("target") or "")[:255], mode=mode if mode in Task.Mode.values else Task.Mode.ASSIGN,
        is_request=mode == Task.Mode.REQUEST, is_monitoring=bool(row.get("monitoring")),
        directing_leader=doc.directing_leader,
        assignee_wording=("; ".join(_written(row.get("assignees") or [])) or "; ".join(w for _, w, _ in leads if w))[:512],
        deadline_text=str(row.get("deadline_text") or "")[:255], deadline_kind=str(row.get("deadline_kind") or "")[:16],
        parsed_due=parsed_due, original_due=due, due=due,
        recurrence=_recurrence(row),
        lead_unit=leads[0][0] if leads else None, created_by=user, secret=bool(doc.secrecy),
    )
    task.search_text = search_key(f"{task.text} {doc.number}")
    task.save(update_fields=["search_text"])
    if task.key:
        created[task.key] = task
    seen: set[tuple[int, str]] = set()
    for role, units in ((Assignment.Role.LEAD, leads), (Assignment.Role.COORDINATOR, coordinators)):
        for unit, written, confidence in units:
            if (unit.pk, role) in seen:
                continue
            seen.add((unit.pk, role))
            Assignment.objects.create(task=task, unit=unit, role=role, written_as=written[:255],
                                      match_confidence=confidence)
    record(task, user, "create", field="state", new=State.NEW)
    for child_due in occurrences(task.recurrence, doc.date or due, due):
        occ = Task.objects.create(
            document=doc, key=f"{task.key}@{child_due:%Y-%m}"[:32], text=task.text, span_start=task.span_start,
            span_end=task.span_end, occurrence_of=task, mode=task.mode, is_request=task.is_request,
            directing_leader=task.directing_leader, deadline_text=task.deadline_text, original_due=child_due,
            due=child_due, lead_unit=task.lead_unit, created_by=user, search_text=task.search_text,
            secret=task.secret)
        for a in task.assignments.all():
            Assignment.objects.create(task=occ, unit=a.unit, role=a.role, written_as=a.written_as,
                                      match_confidence=a.match_confidence)
        record(occ, user, "create", field="state", new=State.NEW)
    return task
