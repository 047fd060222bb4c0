"""The body of a document as segments, with tables that reached us without their grid rebuilt into rows."""

from __future__ import annotations

from chidao.documents.extract.layout_tables import layout_tables
from chidao.documents.extract.line_tables import line_tables
from chidao.documents.extract.segments import Segment, body_lines, segments
from chidao.documents.extract.stacked_fields import stacked_fields
from chidao.documents.model import Document
from chidao.documents.text import Line


def body_segments(doc: Document, lines: list[Line]) -> list[Segment]:
    """The body's segments, with tables the reader flattened to one cell per line rebuilt into rows, and field labels
    standing over their units joined with them (`stacked_fields`)."""
    laid, layout = layout_tables(body_lines(doc, lines), doc.text)
    kept, tables = line_tables(laid)
    if layout:  # tables of either kind are rare together: keep the space-laid-out ones when present
        kept, tables = laid, layout
    out: list[Segment] = []
    done = 0
    for at, rows in tables:
        out += segments(kept[done:at]) + rows
        done = at
    return stacked_fields(out + segments(kept[done:]))
