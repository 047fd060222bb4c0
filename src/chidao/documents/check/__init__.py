"""Form checks (a linter for Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW)."""

from __future__ import annotations

from chidao.documents.model import Document, Finding


def check_document(doc: Document) -> list[Finding]:
    """All findings for a parsed document, ordered by position."""
    return []
