"""Cited documents with a number (`Nghị quyết số 62-NQ/TU ngày 29/5/2013 của Ban Thường vụ Tỉnh ủy`)."""

from __future__ import annotations

from chidao.documents.model import Document


def read_references(doc: Document) -> None:
    """Fill doc.references: each distinct cited document once, first full citation wins."""
