"""One search box over documents and tasks: diacritic- and case-insensitive (`lang son` finds `Lạng Sơn`,
`hoà` = `hòa`), numbers normalised (`62 NQ TU` finds `62-NQ/TU`), exact text ranked first.

Matching runs on the folded `search_text` column in one pass per table that returns the page's ids
and the total (a window count); the page's rows are then fetched by id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When, Window
from django.db.models.expressions import RawSQL

from chidao.accounts import permissions as perm
from chidao.accounts.matching import search_key
from chidao.documents.text import nfc
from chidao.tracking import search_index
from chidao.tracking.models import Task


@dataclass
class Results:
    query: str
    documents: list[Any]
    tasks: list[Any]
    document_count: int
    task_count: int


def matching(qs: QuerySet, query: str) -> QuerySet:
    """Rows whose folded text contains every folded word of the query."""
    words = search_key(query).split()
    if not words:
        return qs.none()
    cond = Q()
    for word in words:
        cond &= Q(search_text__contains=word)
    if qs.model is Task:
        indexed = search_index.candidates(words, qs.db)
        if indexed is not None:  # the trigram index narrows the rows the LIKE conditions check
            cond &= Q(id__in=RawSQL(*indexed))
    return qs.filter(cond)


def ranked(qs: QuerySet, query: str, exact_fields: tuple[str, ...], limit: int,
           number_field: str | None = None) -> tuple[list, int]:
    """The best `limit` matches and how many there are, in one pass over the table.

    Rank 0: the query is the row's own number (`62 NQ TU` → document 62-NQ/TU); 1: the query's exact
    wording in the original text; 2: the folded query as a phrase; 3: all folded words somewhere.
    Within a rank, newest first.
    """
    exact, key = nfc(query.strip()), search_key(query)
    exact_q = Q()
    for f in exact_fields:
        exact_q |= Q(**{f"{f}__contains": exact})
    own = [When(**{number_field: key}, then=Value(0))] if number_field else []
    rank = Case(*own, When(exact_q, then=Value(1)), When(search_text__contains=key, then=Value(2)),
                default=Value(3), output_field=IntegerField())
    # one scan: the top rows by (rank, newest) and, on each, the total number of matches
    top = list(matching(qs, query).annotate(rank=rank, total=Window(Count("id")))
               .order_by("rank", "-id").values_list("id", "total")[:limit])
    ids = [pk for pk, _ in top]
    found = qs.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found], top[0][1] if top else 0


def search_documents(user: Any, query: str) -> QuerySet:
    return matching(perm.documents_for(user), query)


def search_tasks(user: Any, query: str) -> QuerySet:
    return matching(perm.tasks_for(user), query)


def search(user: Any, query: str, limit: int = 20) -> Results:
    docs, doc_count = ranked(perm.documents_for(user), query, ("number", "subject"), limit, "number_key")
    tasks, task_count = ranked(perm.tasks_for(user).select_related("document", "lead_unit"), query, ("text",), limit)
    return Results(query, docs, tasks, doc_count, task_count)
