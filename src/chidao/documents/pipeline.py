"""`parse()`: the steps from a file to a `Document`, in order. Each step is one module."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chidao.documents.model import Document, Source
from chidao.documents.readers import read
from chidao.documents.text import nfc, split_lines

if TYPE_CHECKING:
    from chidao.documents.extract.units import UnitRegistry



def parse(
    data: bytes | str | Path,
    name: str | None = None,
    units: UnitRegistry | Iterable[str] | None = None,
    check: bool = True,
) -> Document:
    """Read a file (path or bytes) and parse it. `units`: the caller's unit registry (names/aliases)."""
    source_text = read(data, name=name)
    return parse_text(source_text.text, source=source_text.source, units=units, check=check,
                      layout=source_text.layout, metadata=source_text.metadata)


def parse_text(
    text: str,
    source: Source | None = None,
    units: UnitRegistry | Iterable[str] | None = None,
    check: bool = True,
    layout: dict[str, Any] | None = None,
    metadata: dict[str, Any] | None = None,
) -> Document:
    """Parse already-decoded text into a `Document`; `layout` (a .docx's presentation facts) and `metadata`
    come from the reader and are there for every step, the header parser and the form checks included."""
    from chidao.documents.extract import meeting, references, tasks
    from chidao.documents.parts import closing, header

    doc = Document(source=source or Source(name="-"), text=nfc(text), layout=layout, metadata=dict(metadata or {}))
    lines = split_lines(doc.text)
    header.read_header(doc, lines)
    closing.read_closing(doc, lines)
    references.read_references(doc)
    meeting.read_meeting(doc, lines)
    tasks.read_tasks(doc, lines, units=units)
    if check:
        from chidao.documents.check import check_document

        doc.findings = check_document(doc)
    return doc
