"""Header block: family, issuer, Quốc hiệu, number, place and date, type name, trích yếu, Kính gửi."""

from __future__ import annotations

from chidao.documents.model import Document
from chidao.documents.text import Line


def read_header(doc: Document, lines: list[Line]) -> None:
    """Fill family, issuer, national_motto, number, place, date, type, subject, addressees, body_span."""
