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
    return _parse(
        text, source_text.source, units, check, source_text.layout, source_text.metadata, source_text.notes_start
    )


def parse_text(
    text: str,
    source: Source | None = None,
    units: UnitRegistry | Iterable[str] | None = None,
    check: bool = True,
    layout: dict[str, Any] | None = None,
    metadata: dict[str, Any] | None = None,
    notes_start: int | None = None,
) -> Document:
    """Parse already-decoded text into a `Document`; `layout` (a .docx's presentation facts) and `metadata`
    come from the reader and are there for every step, the header parser and the form checks included;
    `notes_start`: where the footnotes and endnotes the reader appended begin (see `SourceText`)."""
    return _parse(nfc(text), source or Source(name="-"), units, check, layout, metadata, notes_start)


def _parse(
    text: str,
    source: Source,
    units: UnitRegistry | Iterable[str] | None,
    check: bool,
    layout: dict[str, Any] | None,
    metadata: dict[str, Any] | None,
    notes_start: int | None = None,
) -> Document:
    """The steps over NFC text. Footnotes and endnotes (from `notes_start` on) are cited documents' place: the
    steps read the text before them, the references the whole text; the document keeps the whole text."""
    from chidao.documents.extract import meeting, references, tasks
    from chidao.documents.parts import closing, header
    from chidao.documents.parts.furniture import portal_preamble_end

    body = text if notes_start is None else text[: max(notes_start - 1, 0)]  # without the "\n" before the notes
    doc = Document(source=source, text=body, layout=layout, metadata=dict(metadata or {}))
    lines = split_lines(doc.text)
    # a legal portal's lines above the copy, read once: the header and the references skip them
    preamble_end = portal_preamble_end(lines)
    header.read_header(doc, lines, preamble_end)
    closing.read_closing(doc, lines)
    references.read_references(doc, text, lines, preamble_end)
    meeting.read_meeting(doc, lines)
    tasks.read_tasks(doc, lines, units=units)
    doc.text = text  # every span indexes the body, which the whole text begins with
    if check:
        from chidao.documents.check import check_document

        doc.findings = check_document(doc)
    return doc
