"""Paragraph layout where the reader kept it (.docx): which paragraph an offset falls in, and whether a line
is set like the body (justified, outside the header table) after a subject set like a title (centred)."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from chidao.documents.model import Document


def paragraph_at(doc: Document, offset: int) -> dict[str, Any] | None:
    paragraphs = (doc.layout or {}).get("paragraphs") or []
    starts = [p["start"] for p in paragraphs]
    i = bisect_right(starts, offset) - 1
    if i < 0 or offset > paragraphs[i]["end"]:
        return None
    return paragraphs[i]


def set_apart(doc: Document, above: int, below: int) -> bool:
    """The paragraph at `below` is set as body text under a title-like paragraph at `above`: a centred line
    then a justified one, or a header-table cell then a paragraph outside the table."""
    a, b = paragraph_at(doc, above), paragraph_at(doc, below)
    if a is None or b is None or a is b:
        return False
    if a.get("in_table") and not b.get("in_table"):
        return True
    return a.get("align") == "center" and b.get("align") == "both"
