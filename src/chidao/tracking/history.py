"""Versioned writes with an append-only history: who changed what, when, old → new.

`change()` updates a row only if its `version` is the one the editor saw; otherwise it raises
`Conflict` with a message that names who changed it and when, so nobody silently overwrites anybody.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from chidao.config.clock import today
from chidao.tracking.models import History


class ServiceError(Exception):
    """A refused action; `message` is shown to the user (Vietnamese)."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Forbidden(ServiceError):
    status = 403


class Conflict(ServiceError):
    status = 409


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _links(obj: models.Model) -> dict[str, Any]:
    from chidao.registry.models import Document
    from chidao.tracking.models import Task

    if isinstance(obj, Task):
        return {"task": obj, "document_id": obj.document_id}
    if isinstance(obj, Document):
        return {"document": obj}
    task_id = getattr(obj, "task_id", None)
    return {"task_id": task_id} if task_id else {}


def record(obj: models.Model, user: Any, action: str, field: str = "", old: Any = None, new: Any = None,
           note: str = "") -> History:
    return History.objects.create(
        at=timezone.now(), day=today(), user=user if user and user.is_authenticated else None,
        action=action, model=type(obj).__name__.lower(), object_id=obj.pk, field=field,
        old=_text(old), new=_text(new), note=note, **_links(obj),
    )


def conflict_message(obj: models.Model) -> str:
    last = History.objects.filter(model=type(obj).__name__.lower(), object_id=obj.pk).order_by("-at", "-id").first()
    who = f" bởi {last.user}" if last and last.user else ""
    when = f" lúc {timezone.localtime(last.at):%H:%M %d/%m/%Y}" if last else ""
    return (f"Xung đột cập nhật: nội dung này vừa được thay đổi{who}{when}. "
            "Thay đổi của bạn chưa được lưu; hãy tải lại trang để xem bản mới nhất rồi thực hiện lại.")


def change(obj: models.Model, user: Any, action: str, *, expected_version: int | None = None, note: str = "",
           **values: Any) -> models.Model:
    """Set `values` on `obj` if its version is still `expected_version`; write one History row per field."""
    model = type(obj)
    expected = obj.version if expected_version is None else int(expected_version)  # type: ignore[attr-defined]
    changed = {f: v for f, v in values.items() if getattr(obj, f) != v}
    update: dict[str, Any] = {"version": expected + 1, **values}
    if any(f.name == "updated_at" for f in model._meta.get_fields()):
        update["updated_at"] = timezone.now()
    with transaction.atomic():
        current = model.objects.select_for_update().filter(pk=obj.pk).values_list("version", flat=True).first()
        if current != expected or not model.objects.filter(pk=obj.pk, version=expected).update(**update):
            raise Conflict(conflict_message(obj))
        old = {f: getattr(obj, f) for f in changed}
        for f, v in values.items():
            setattr(obj, f, v)
        obj.version = expected + 1  # type: ignore[attr-defined]
        if not changed:
            record(obj, user, action, note=note)
        for f in changed:
            record(obj, user, action, field=f, old=old[f], new=changed[f], note=note)
        after = getattr(obj, "after_change", None)
        if after is not None:
            after(set(changed))
    return obj


def as_of(model: str, object_id: int, field: str, day: dt.date) -> str | None:
    """The value a field had at the end of `day` according to the history (None: never recorded)."""
    row = (History.objects.filter(model=model, object_id=object_id, field=field, day__lte=day)
           .order_by("-at", "-id").first())
    return row.new if row else None
