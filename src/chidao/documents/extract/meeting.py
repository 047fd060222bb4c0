"""The meeting a notice reports: date, chair, participants."""

from __future__ import annotations

from chidao.documents.model import Document
from chidao.documents.text import Line


def read_meeting(doc: Document, lines: list[Line]) -> None:
    """Fill doc.meeting when the document reports a meeting."""
