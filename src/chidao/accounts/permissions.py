"""Who may see and do what. Roles: admin, clerk (văn thư / theo dõi), leader (lãnh đạo), officer (đơn vị).

Officers see the tasks of their unit and the documents carrying them; the others see everything
except secret documents (độ mật), which need `can_read_secret` or a role in `CHIDAO_SECRET_ROLES`.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet

ADMIN, CLERK, LEADER, OFFICER = "admin", "clerk", "leader", "officer"
ROLES = (ADMIN, CLERK, LEADER, OFFICER)
STAFF = (ADMIN, CLERK, LEADER)
REGISTRARS = (ADMIN, CLERK)


def role(user: Any) -> str:
    return getattr(user, "role", "") if user is not None and user.is_authenticated else ""


def reads_secret(user: Any) -> bool:
    return bool(getattr(user, "can_read_secret", False)) or role(user) in getattr(
        settings, "CHIDAO_SECRET_ROLES", (ADMIN, LEADER)
    )


def documents_for(user: Any) -> QuerySet:
    from chidao.registry.models import Document

    qs = Document.objects.all()
    if not reads_secret(user):
        qs = qs.filter(secrecy="")
    if role(user) == OFFICER:
        from chidao.tracking.models import Assignment

        mine = Assignment.objects.filter(task__document=OuterRef("pk"), unit_id=user.unit_id)
        qs = qs.filter(Q(Exists(mine)) | Q(uploaded_by=user))
    return qs


def tasks_for(user: Any) -> QuerySet:
    from chidao.tracking.models import Task

    qs = Task.objects.all()
    if not reads_secret(user):
        qs = qs.filter(secret=False)
    if role(user) == OFFICER:
        qs = qs.filter(pk__in=tasks_of_unit(user.unit_id))
    return qs


def tasks_of_unit(unit_id: int | None) -> QuerySet:
    """Ids of the tasks a unit is on (lead or coordinator), as a subquery."""
    from chidao.tracking.models import Assignment

    return Assignment.objects.filter(unit_id=unit_id).values("task_id")


def may_extend_decide(user: Any) -> bool:
    return role(user) in settings.CHIDAO_EXTENSION["approver_roles"]
