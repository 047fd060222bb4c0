"""The assignments' copies of their task's fields (`Task.mirror`), refreshed in bulk.

New assignments take them in `Assignment.save`, and a versioned write to a task (`history.change`) refreshes its
own; this is for rows written around those paths: the migration that added the copies, bulk imports, benchmarks.
"""

from __future__ import annotations

from typing import Any

from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Subquery

from chidao.tracking.models import COUNTED


def copy_task_fields(assignment_model: Any, task_model: Any, tasks: Any = None) -> None:
    """Refresh the copies of the assignments of `tasks` (a queryset; all tasks when None), one statement each."""
    rows = assignment_model.objects.all() if tasks is None else assignment_model.objects.filter(task__in=tasks)
    task = task_model.objects.filter(pk=OuterRef("task_id"))
    rows.update(
        due=Subquery(task.values("due")[:1]),
        original_due=Subquery(task.values("original_due")[:1]),
        secret=Subquery(task.values("secret")[:1]),
        counted=Subquery(task.annotate(counted=ExpressionWrapper(COUNTED, output_field=BooleanField())).values("counted")[:1]),
    )
