"""Tasks: what, who leads (chủ trì), who helps (phối hợp), by when."""

from __future__ import annotations

from collections.abc import Iterable

from chidao.documents.model import Document
from chidao.documents.text import Line


def read_tasks(doc: Document, lines: list[Line], units: Iterable[str] | None = None) -> None:
    """Fill doc.tasks."""
