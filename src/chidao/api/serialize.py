"""Plain-dict views of tasks and documents, shared by the REST API and the web pages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chidao.tracking.models import Assignment, Task
from chidao.tracking.timeliness import LABELS, classify, days_overdue, is_due_soon


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def task_item(t: Task, today: dt.date) -> dict[str, Any]:
    assignments = list(t.assignments.all())
    timeliness = classify(t.state, t.due, t.completed_on, today)
    return {
        "id": t.pk,
        "text": t.text,
        "span": [t.span_start, t.span_end] if t.span_start is not None else None,
        "assignees": [a.unit.name for a in assignments if a.role == Assignment.Role.LEAD],
        "coordinators": [a.unit.name for a in assignments if a.role == Assignment.Role.COORDINATOR],
        "assignee_wording": t.assignee_wording,
        "deadline_text": t.deadline_text,
        "parsed_due": _iso(t.parsed_due),
        "original_due": _iso(t.original_due),
        "due": _iso(t.due),
        "state": t.state,
        "state_label": t.get_state_display(),
        "timeliness": timeliness,
        "timeliness_label": LABELS.get(timeliness or "", ""),
        "due_soon": is_due_soon(t.state, t.due, today),
        "days_overdue": days_overdue(t.state, t.due, today),
        "completed_on": _iso(t.completed_on),
        "mode": t.mode,
        "is_request": t.is_request,
        "parent": t.parent_id,
        "occurrence_of": t.occurrence_of_id,
        "directing_leader": t.directing_leader,
        "document": t.document_id,
        "version": t.version,
    }


def assignment_item(a: Assignment) -> dict[str, Any]:
    return {"id": a.pk, "unit": a.unit.name, "unit_id": a.unit_id, "role": a.role, "state": a.state,
            "percent": a.percent, "completed_on": _iso(a.completed_on), "written_as": a.written_as,
            "confidence": a.match_confidence, "version": a.version}
