"""Import of the sổ theo dõi (.xlsx of the export layout, or CSV with its column titles): a preview of
the tasks that will be created, the rows refused and why, then creation through the intake service
(one registry document per source document number and date)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from django.db import transaction

from chidao.accounts.matching import UnitMatcher, search_key
from chidao.registry.intake import confirm
from chidao.registry.models import Document
from chidao.reports.queries import MIN_CONFIDENCE
from chidao.reports.writers.register import Refused, RegisterRow, read_register
from chidao.tracking.models import Task


@dataclass
class PlannedTask:
    number: str
    doc_date: str  # ISO or ""
    subject: str
    text: str
    leads: list[str]
    coordinators: list[str] = field(default_factory=list)
    due: str = ""  # ISO or ""
    lines: list[int] = field(default_factory=list)


@dataclass
class Preview:
    tasks: list[PlannedTask] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # already in the register
    missing_columns: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Preview:
        return cls(
            tasks=[PlannedTask(**t) for t in data.get("tasks", [])],
            refused=[Refused(**r) for r in data.get("refused", [])],
            skipped=[(int(line), str(why)) for line, why in data.get("skipped", [])],
            missing_columns=list(data.get("missing_columns", [])),
        )


def _split(units: str) -> list[str]:
    return [u.strip() for u in units.replace("\n", ";").split(";") if u.strip()]


def preview(data: bytes, name: str) -> Preview:
    """What importing `data` would create; nothing is written."""
    result = read_register(data, name)
    out = Preview(refused=list(result.refused), missing_columns=result.missing_columns)
    matcher = UnitMatcher.from_db()
    planned: dict[tuple[str, str, str], PlannedTask] = {}
    for line, row in result.rows:
        unknown = [
            u
            for u in (*_split(row.leads), *_split(row.coordinators))
            if matcher.match(u).unit is None or matcher.match(u).confidence < MIN_CONFIDENCE
        ]
        if unknown:
            out.refused.append(
                Refused(line, [f"không tìm thấy đơn vị “{u}” trong danh mục" for u in unknown])
            )
            continue
        if _exists(row):
            out.skipped.append((line, "nhiệm vụ đã có trong sổ (cùng văn bản, cùng nội dung)"))
            continue
        key = (search_key(row.number), row.doc_date.isoformat() if row.doc_date else "", row.task.strip())
        due = row.due or row.original_due
        task = planned.get(key)
        if task is None:  # several rows of one task (one per assignment) become one task
            task = planned[key] = PlannedTask(
                number=row.number, doc_date=key[1], subject=row.subject, text=row.task.strip(),
                leads=_split(row.leads), coordinators=_split(row.coordinators),
                due=due.isoformat() if due else "",
            )  # fmt: skip
        task.lines.append(line)
    out.tasks = list(planned.values())
    return out


def _exists(row: RegisterRow) -> bool:
    qs = Task.objects.filter(text=row.task.strip())
    if row.number:
        qs = qs.filter(document__number_key=search_key(row.number))
    return qs.exists()


@transaction.atomic
def apply(plan: Preview, user: Any) -> list[Task]:
    """Create the planned tasks: one registry document per (number, date), confirmed by `user`."""
    groups: dict[tuple[str, str], list[PlannedTask]] = {}
    for t in plan.tasks:
        groups.setdefault((t.number, t.doc_date), []).append(t)
    created: list[Task] = []
    for (number, day), tasks in groups.items():
        doc = Document.objects.create(
            file_name="nhập từ sổ theo dõi",
            number=number,
            date=dt.date.fromisoformat(day) if day else None,
            subject=tasks[0].subject,
            state=Document.State.PARSED,
            parsed={"format": "chidao.document/1", "text": "", "tasks": []},
            uploaded_by=user,
        )
        rows = [
            {"text": t.text, "assignees": t.leads, "coordinators": t.coordinators, "due": t.due or None}
            for t in tasks
        ]
        created.extend(confirm(doc, user, rows))
    return created


__all__ = ["PlannedTask", "Preview", "apply", "preview"]
