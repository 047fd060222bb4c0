"""Background jobs (django-tasks; the DB worker runs them): parsing an uploaded document."""

from __future__ import annotations

from django_tasks import task

from chidao.registry.intake import parse_now
from chidao.registry.models import Document


@task()
def parse_document(document_id: int) -> str:
    doc = Document.objects.filter(pk=document_id).first()
    if doc is None:
        return "missing"
    return parse_now(doc).state
