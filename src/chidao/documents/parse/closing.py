"""Closing blocks: signature (authority chain, title, name), Nơi nhận, Lưu."""

from __future__ import annotations

from chidao.documents.model import Document
from chidao.documents.text import Line


def read_closing(doc: Document, lines: list[Line]) -> None:
    """Fill signatures, recipients, archive; narrow body_span to end before the closing blocks."""
