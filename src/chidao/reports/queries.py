"""From the tracking database to the writers' plain inputs (register rows, outcomes, letters,
citing documents, tiếp thu comments). Visibility: a user's tasks (`permissions.tasks_for`), or,
without a user (command line), every task outside secret documents unless `include_secret`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Q, QuerySet

from chidao.accounts import permissions as perm
from chidao.accounts.matching import UnitMatcher, search_key
from chidao.accounts.models import Unit
from chidao.calendar import default_calendar
from chidao.registry.models import Document, Reference
from chidao.reminders.digests import policy
from chidao.reports.stats import Outcome
from chidao.reports.writers.appendix import CitingDocument
from chidao.reports.writers.profile import Letter, OrgProfile, TaskLine
from chidao.reports.writers.register import RegisterRow
from chidao.reports.writers.tiepthu import Comment
from chidao.tracking import timeliness
from chidao.tracking.models import Assignment, State, Task, Update


def visible_tasks(user: Any = None, include_secret: bool = False) -> QuerySet:
    if user is not None:
        return perm.tasks_for(user)
    qs = Task.objects.all()
    return qs if include_secret else qs.filter(document__secrecy="")


def visible_documents(user: Any = None, include_secret: bool = False) -> QuerySet:
    if user is not None:
        return perm.documents_for(user)
    qs = Document.objects.all()
    return qs if include_secret else qs.filter(secrecy="")


def source_of(doc: Document) -> str:
    """`Thông báo số 215/TB-UBND ngày 14/8/2026 của UBND tỉnh` (as far as the register knows it)."""
    parts = [(doc.type_name or "Văn bản").capitalize() if doc.type_code != "CV" else "Công văn"]
    if doc.number:
        parts.append(f"số {doc.number}")
    if doc.date:
        parts.append(f"ngày {doc.date.day}/{doc.date.month}/{doc.date.year}")
    issuer = doc.issuer_unit.name if doc.issuer_unit_id else doc.issuer_name
    if issuer:
        parts.append(f"của {issuer}")
    return " ".join(parts)


def addressed_to(text: str, unit: str) -> str:
    """A task as written for its own unit: `Giao Sở Y tế tổng hợp …` → `Tổng hợp …` in a letter to Sở Y tế."""
    for prefix in (f"giao {unit} ", f"{unit} "):
        if text.lower().startswith(prefix.lower()):
            rest = text[len(prefix) :].lstrip(" ,:")
            return rest[:1].upper() + rest[1:]
    return text


def _state_at(task: Task, as_of: dt.date) -> tuple[str, dt.date | None]:
    """The task's state and completion date as they stood on `as_of` (a completion after it is not yet one)."""
    if task.state == State.DONE and task.completed_on and task.completed_on > as_of:
        return "in_progress", None
    return task.state, task.completed_on


def _evidence(task: Task) -> str:
    update = (
        Update.objects.filter(task=task, kind__in=(Update.Kind.SUBMIT, Update.Kind.APPROVE))
        .select_related("evidence_document")
        .order_by("-created_at", "-id")
        .first()
    )
    if update is None:
        return ""
    parts = [update.note.strip()] if update.note.strip() else []
    if update.evidence_document_id:
        parts.append(source_of(update.evidence_document))
    return "; ".join(parts)


def register_rows(as_of: dt.date, user: Any = None, include_secret: bool = False) -> list[RegisterRow]:
    """One row per assignment, documents in date order, leads before coordinators."""
    tasks = visible_tasks(user, include_secret).filter(occurrences__isnull=True).distinct()
    assignments = (
        Assignment.objects.filter(task__in=tasks)
        .select_related("task", "task__document", "unit")
        .order_by("task__document__date", "task__document_id", "task_id", "-role", "id")
    )
    by_task: dict[int, list[Assignment]] = {}
    for a in assignments:
        by_task.setdefault(a.task_id, []).append(a)
    rows: list[RegisterRow] = []
    evidence: dict[int, str] = {}
    for task_assignments in by_task.values():
        task = task_assignments[0].task
        doc = task.document
        leads = "; ".join(a.unit.name for a in task_assignments if a.role == Assignment.Role.LEAD)
        coordinators = "; ".join(
            a.unit.name for a in task_assignments if a.role == Assignment.Role.COORDINATOR
        )
        for a in task_assignments:
            state, done_on = _state_at(task, as_of)
            completed = a.completed_on or done_on
            klass = timeliness.classify(state, task.due, completed, as_of)
            if task.pk not in evidence:
                evidence[task.pk] = _evidence(task)
            notes = [
                n for n in ("Đề nghị (thống kê riêng)" if task.is_request else "", task.cancel_reason) if n
            ]
            if task.due is None and task.deadline_text:
                notes.append(f"Thời hạn theo văn bản: {task.deadline_text}")
            rows.append(
                RegisterRow(
                    number=doc.number,
                    doc_date=doc.date,
                    subject=doc.subject,
                    task=task.text,
                    leads=leads,
                    coordinators=coordinators,
                    unit=a.unit.name,
                    role=a.get_role_display(),
                    original_due=task.original_due,
                    due=task.due,
                    state=State(a.state).label,
                    timeliness=timeliness.LABELS.get(klass or "", "Đã hủy"),
                    completed_on=completed if state == State.DONE or a.completed_on else None,
                    evidence=evidence[task.pk],
                    notes="; ".join(notes),
                    key=f"T{task.pk}-A{a.pk}",
                )
            )
    return rows


def outcomes(date_from: dt.date, date_to: dt.date, as_of: dt.date, user: Any = None) -> list[Outcome]:
    """Lead assignments of the period: due within it, or open and overdue from before, or open without a due date."""
    tasks = visible_tasks(user).exclude(state=State.CANCELLED).filter(occurrences__isnull=True)
    in_period = Q(task__due__range=(date_from, date_to))
    carried = Q(task__due__lt=date_from) & (~Q(task__state=State.DONE) | Q(task__completed_on__gte=date_from))
    open_no_due = Q(task__due__isnull=True) & ~Q(task__state=State.DONE)
    assignments = (
        Assignment.objects.filter(task__in=tasks, role=Assignment.Role.LEAD)
        .filter(in_period | carried | open_no_due)
        .select_related("task", "task__document", "task__document__issuer_unit", "unit")
        .order_by("unit__name", "task__due", "task_id")
    )
    out = []
    for a in assignments:
        task = a.task
        state, completed = _state_at(task, as_of)
        out.append(
            Outcome(
                unit=a.unit.name,
                klass=timeliness.classify(state, task.due, a.completed_on or completed, as_of),
                due=task.due,
                completed_on=a.completed_on or completed,
                is_request=task.is_request,
                days_overdue=timeliness.days_overdue(state, task.due, as_of),
                text=task.text,
                source=source_of(task.document),
            )
        )
    return out


MIN_CONFIDENCE = 0.85  # below this a written unit name is not taken as a match (no silent fuzzy guess)


def find_unit(text: str) -> Unit:
    """A unit by id, code or name (aliases and abbreviations as the unit matcher knows them)."""
    text = text.strip()
    unit = None
    if text.isdigit():
        unit = Unit.objects.filter(pk=int(text)).first()
    unit = unit or Unit.objects.filter(code=text).first()
    if unit is None:
        match = UnitMatcher.from_db().match(text)
        unit = match.unit if match.confidence >= MIN_CONFIDENCE else None
    if unit is None:
        raise LookupError(f"Không tìm thấy đơn vị “{text}”.")
    return unit


def overdue_letter(
    profile: OrgProfile, report_days: int, unit: Unit, as_of: dt.date, user: Any = None
) -> Letter:
    """The công văn đôn đốc to `unit`: its lead assignments overdue on `as_of` (effective deadlines)."""
    cal, pol = default_calendar(), policy()
    assignments = (
        Assignment.objects.filter(task__in=visible_tasks(user), unit=unit, role=Assignment.Role.LEAD)
        .filter(task__state__in=(State.NEW, State.IN_PROGRESS, State.SUBMITTED), task__due__lt=as_of)
        .exclude(state__in=(State.DONE, State.CANCELLED))
        .select_related("task", "task__document", "task__document__issuer_unit")
        .order_by("task__due", "task_id")
    )
    lines = [
        TaskLine(
            addressed_to(a.task.text, unit.name),
            source_of(a.task.document),
            a.task.due,
            (as_of - a.task.due).days,
        )
        for a in assignments
        if a.task.due is not None and as_of > cal.effective_due(a.task.due, roll=pol.roll_forward)
    ]
    return Letter(
        profile=profile,
        unit=unit.name,
        date=as_of,
        tasks=lines,
        report_by=cal.add_working_days(as_of, report_days),
    )


def citing_documents(reference: str, user: Any = None) -> list[CitingDocument]:
    """Registered documents that cite `reference` (linked references) or name it in their trích yếu."""
    key = search_key(reference)
    docs = visible_documents(user)
    cited = Reference.objects.filter(number_key=key).values("source_id")
    found = docs.filter(Q(pk__in=cited) | Q(search_text__contains=key)).exclude(number_key=key).distinct()
    return [
        CitingDocument(
            d.number, d.date, d.issuer_name, d.subject, d.type_name.capitalize() if d.type_name else ""
        )
        for d in found.order_by("date", "id")
    ]


def tiepthu(document: Document, profile: OrgProfile) -> tuple[str, str, list[Comment]]:
    """(draft, source, comments) for a notice whose tasks revise a draft: one comment per revision task."""
    tasks = list(document.tasks.filter(occurrence_of__isnull=True).order_by("id"))
    revisions = [t for t in tasks if t.target] or tasks
    comments = []
    for t in revisions:
        response = (
            Update.objects.filter(task=t, kind__in=(Update.Kind.SUBMIT, Update.Kind.APPROVE))
            .exclude(note="")
            .order_by("-created_at", "-id")
            .values_list("note", flat=True)
            .first()
        )
        commenter = document.issuer_unit.name if document.issuer_unit_id else document.issuer_name
        comments.append(Comment(t.target, commenter or profile.self_name, t.text, response or ""))
    at = document.subject.lower().find("dự thảo")
    draft = document.subject[at:].rstrip(".") if at >= 0 else f"nội dung tại {source_of(document)}"
    return draft, source_of(document), comments
