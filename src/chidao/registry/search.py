"""One search box over documents and tasks: diacritic- and case-insensitive (`lang son` finds `Lạng Sơn`,
`hoà` = `hòa`), numbers normalised (`62 NQ TU` finds `62-NQ/TU`), exact text ranked first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from chidao.accounts import permissions as perm
from chidao.accounts.matching import search_key
from chidao.documents.text import nfc


@dataclass
class Results:
    query: str
    documents: list[Any]
    tasks: list[Any]
    document_count: int
    task_count: int


def _match(qs: QuerySet, query: str, exact_fields: tuple[str, ...]) -> QuerySet:
    key = search_key(query)
    words = key.split()
    if not words:
        return qs.none()
    cond = Q()
    for word in words:
        cond &= Q(search_text__contains=word)
    exact = nfc(query.strip())
    rank = Case(
        *(When(**{f"{f}__contains": exact}, then=Value(0)) for f in exact_fields),
        When(search_text__contains=key, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return qs.filter(cond).annotate(rank=rank)


def search_documents(user: Any, query: str) -> QuerySet:
    return _match(perm.documents_for(user), query, ("number", "subject")).order_by("rank", "-date", "-id")


def search_tasks(user: Any, query: str) -> QuerySet:
    return _match(perm.tasks_for(user), query, ("text",)).order_by("rank", "due", "id")


def search(user: Any, query: str, limit: int = 20) -> Results:
    docs = search_documents(user, query)
    tasks = search_tasks(user, query).select_related("document", "lead_unit")
    return Results(query, list(docs[:limit]), list(tasks[:limit]), docs.count(), tasks.count())
