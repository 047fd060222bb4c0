"""One search box over documents and tasks: diacritic- and case-insensitive (`lang son` finds `Lạng Sơn`,
`hoà` = `hòa`), numbers normalised (`62 NQ TU` finds `62-NQ/TU`), exact text ranked first.

Matching runs on the folded `search_text` column (narrowed by a trigram index when the words are
rare); counts stop at `COUNT_CAP`; the page's rows are fetched by id.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.db import connections, transaction
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL

from chidao.accounts import permissions as perm
from chidao.accounts.matching import search_key
from chidao.documents.text import nfc
from chidao.tracking import search_index

COUNT_CAP = 1000
RANK_WINDOW = 2000


@dataclass
class Results:
    query: str
    documents: list[Any]
    tasks: list[Any]
    document_count: int
    task_count: int

    @property
    def capped(self) -> bool:
        return max(self.document_count, self.task_count) > COUNT_CAP


def matching(qs: QuerySet, query: str) -> QuerySet:
    """Rows whose folded text contains every folded word of the query."""
    words = search_key(query).split()
    if not words:
        return qs.none()
    cond = Q()
    for word in words:
        cond &= Q(search_text__contains=word)
    if qs.model._meta.db_table in search_index.TABLES:
        indexed = search_index.candidates(words, qs.db, qs.model._meta.db_table)
        if indexed is not None:  # the trigram index narrows the rows the LIKE conditions check
            cond &= Q(id__in=RawSQL(*indexed))
    return qs.filter(cond)


def ranked(qs: QuerySet, query: str, exact_fields: tuple[str, ...], limit: int,
           number_field: str | None = None) -> tuple[list, int]:
    """The best `limit` matches and how many there are (up to `COUNT_CAP + 1`).

    Rank 0: the query is the row's own number (`62 NQ TU` → document 62-NQ/TU); 1: the query's exact
    wording in the original text; 2: the folded query as a phrase; 3: all folded words somewhere.
    Within a rank, newest first. When there are more than `COUNT_CAP` matches, the count says so
    (`COUNT_CAP + 1`) and only the newest `RANK_WINDOW` matches are ranked.
    """
    exact, key = nfc(query.strip()), search_key(query)
    exact_q = Q()
    for f in exact_fields:
        exact_q |= Q(**{f"{f}__contains": exact})
    own = [When(**{number_field: key}, then=Value(0))] if number_field else []
    rank = Case(*own, When(exact_q, then=Value(1)), When(search_text__contains=key, then=Value(2)),
                default=Value(3), output_field=IntegerField())
    plain = matching(qs, query)
    total = plain.order_by()[: COUNT_CAP + 1].count()  # stops early when the words are common
    matched = plain.annotate(rank=rank)
    if total > COUNT_CAP:  # common words: rank the newest matches only, read in id order
        with _newest_first(qs.db):
            rows = list(matched.order_by("-id").values_list("rank", "id")[:RANK_WINDOW])
    else:
        rows = list(matched.values_list("rank", "id"))
    rows.sort(key=lambda r: (r[0], -r[1]))
    ids = [pk for _, pk in rows[:limit]]
    found = qs.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found], total


@contextmanager
def _newest_first(using: str) -> Iterator[None]:
    """PostgreSQL would read every match through the trigram index; walking the primary key
    backwards stops after the newest matches, which is what a common word needs."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(using=using), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_seqscan = off")
        yield


def search_documents(user: Any, query: str) -> QuerySet:
    return matching(perm.documents_for(user), query)


def search_tasks(user: Any, query: str) -> QuerySet:
    return matching(perm.tasks_for(user), query)


def search(user: Any, query: str, limit: int = 20) -> Results:
    docs, doc_count = ranked(perm.documents_for(user), query, ("number", "subject"), limit, "number_key")
    visible = perm.tasks_for(user).select_related("document", "lead_unit").prefetch_related("assignments__unit")
    tasks, task_count = ranked(visible, query, ("text",), limit)
    return Results(query, docs, tasks, doc_count, task_count)
