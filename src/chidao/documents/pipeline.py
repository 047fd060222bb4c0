"""`parse()`: the steps from a file to a `Document`, in order. Each step is one module."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chidao.documents import glued, spaced_letters
from chidao.documents.model import Document, Source, Task, map_spans
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
    steps read the text before them, the references the whole text; the document keeps the whole text.

    A body whose letters a PDF text layer spaced apart (`Ủ y ban nh â n dân`, `th ự c hiện`) is read with its
    syllables whole, every step of it and the form checks too: the page printed `Ủy ban nhân dân`, which is the
    body that issued it. The document keeps the text as published, and every span is mapped back onto it.
    Syllables a copy ran together (`đềnghị`) are parted for the tasks only: the header's fields stay as the copy
    gives them."""
    from chidao.documents.extract import meeting, references, tasks
    from chidao.documents.parts import closing, header
    from chidao.documents.parts.furniture import first_page_mark, portal_preamble_end

    body = text if notes_start is None else text[: max(notes_start - 1, 0)]  # without the "\n" before the notes
    rejoined = spaced_letters.rejoin(body)
    read = body if rejoined is None else rejoined.text
    doc = Document(source=source, text=read, layout=_moved_layout(layout, rejoined), metadata=dict(metadata or {}))
    lines = split_lines(doc.text)
    # a legal portal's lines above the copy, read once: the header and the references skip them
    preamble_end = portal_preamble_end(lines)
    if preamble_end < len(lines) and (mark := first_page_mark(lines[preamble_end])):
        # a sharing site's `Trang 1` glued to the header's first word (`Trang 1UBND TỈNH …`): blanked, spans kept
        start = lines[preamble_end].start
        doc.text = read[:start] + " " * mark + read[start + mark :]
        lines = split_lines(doc.text)
    header.read_header(doc, lines, preamble_end)
    closing.read_closing(doc, lines)
    references.read_references(doc, read + text[len(body) :], lines, preamble_end)
    meeting.read_meeting(doc, lines)
    respaced = glued.respace(read)
    if respaced is None:
        tasks.read_tasks(doc, lines, units=units)
    else:  # syllables run together (`đềnghị`): the tasks are read from the text with the spaces put back
        doc.tasks = _spaced_tasks(respaced, doc, units)
    doc.text = read + text[len(body) :]  # every span indexes the body, which the whole text begins with
    if check:
        from chidao.documents.check import check_document

        doc.findings = check_document(doc)
    if rejoined is not None:
        map_spans(doc, _Back(rejoined, len(read), len(body)).span)
        doc.text, doc.layout = text, layout
    return doc


def _spaced_tasks(respaced: glued.Respaced, doc: Document, units: UnitRegistry | Iterable[str] | None) -> list[Task]:
    """The tasks of a body whose syllables ran together, read from the body with the spaces put back (its header
    and closing read again, as the tasks rely on their spans; the meeting, whose day alone the tasks use, is the
    document's). The document keeps the text as published, so the header's fields stay as printed; each task's
    spans are mapped back onto it, and its words keep the spaces put back (`text[span]` is the glued original of
    what the task was read from)."""
    from chidao.documents.extract import tasks
    from chidao.documents.parts import closing, header

    spaced = Document(source=doc.source, text=respaced.text, layout=doc.layout, metadata=dict(doc.metadata))
    lines = split_lines(spaced.text)
    header.read_header(spaced, lines)
    closing.read_closing(spaced, lines)
    spaced.meeting = doc.meeting
    tasks.read_tasks(spaced, lines, units=units)
    if "tasks_error" in spaced.metadata:  # a failure of the task reader is told on the document
        doc.metadata["tasks_error"] = spaced.metadata["tasks_error"]
    for task in spaced.tasks:
        _map_spans(task, respaced)
    return spaced.tasks


def _map_spans(task: Task, respaced: glued.Respaced) -> None:
    """A task's spans (its own, its units', its deadline's) from the spaced text onto the original."""
    if task.span is not None:
        task.span = respaced.original_span(task.span)
    task.assignee_spans = [respaced.original_span(s) for s in task.assignee_spans]
    task.coordinator_spans = [respaced.original_span(s) for s in task.coordinator_spans]
    if task.deadline is not None and task.deadline.span is not None:
        task.deadline.span = respaced.original_span(task.deadline.span)


@dataclass(frozen=True)
class _Back:
    """Spans of the body with its syllables whole, and of the notes after it (read as they are), onto the text as
    published."""

    rejoined: spaced_letters.Rejoined
    read_end: int  # the rejoined body's length: the notes (after "\n") follow it
    body_end: int  # the published body's

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        if start >= self.read_end:  # in the notes: shifted by the spaces taken out of the body
            shift = self.body_end - self.read_end
            return start + shift, end + shift
        return self.rejoined.original_span((start, min(end, self.read_end)))


def _moved_layout(layout: dict[str, Any] | None, rejoined: spaced_letters.Rejoined | None) -> dict[str, Any] | None:
    """A .docx's layout facts for the body with its syllables whole: its paragraphs' offsets moved onto it."""
    if layout is None or rejoined is None or not layout.get("paragraphs"):
        return layout
    moved = [{**p, "start": rejoined.mended(p["start"]), "end": rejoined.mended(p["end"])} for p in layout["paragraphs"]]
    return {**layout, "paragraphs": moved}
