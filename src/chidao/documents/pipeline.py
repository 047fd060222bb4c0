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
    text = source_text.text if source_text.nfc else nfc(source_text.text)
    return _parse(text, source_text.source, units, check, source_text.layout, source_text.metadata)


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
    return _parse(nfc(text), source or Source(name="-"), units, check, layout, metadata)


def _parse(
    text: str,
    source: Source,
    units: UnitRegistry | Iterable[str] | None,
    check: bool,
    layout: dict[str, Any] | None,
    metadata: dict[str, Any] | None,
) -> Document:
    """The steps over NFC text."""
    from chidao.documents.extract import meeting, references, tasks
    from chidao.documents.parts import closing, header

    doc = Document(source=source, text=text, layout=layout, metadata=dict(metadata or {}))
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
