"""The parsed document: typed values that serialise to the `chidao.document/1` JSON contract.

Every value carries a `span`: `[start, end)` offsets in code points into `Document.text` (NFC), so
`text[span[0]:span[1]]` is what the value was read from. The shapes mirror
`shared/schema/document.schema.json`; field names are the schema's English names (issuer, number,
subject = trích yếu, recipients = nơi nhận, archive = lưu, assignees = chủ trì, coordinators = phối hợp).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

FORMAT = "chidao.document/1"

Span = tuple[int, int]
Family = Literal["state", "party", "unknown"]
Severity = Literal["error", "warning", "info"]
DeadlineKind = Literal["date", "month", "quarter", "half", "year", "relative", "recurring", "asap", "none"]


@dataclass
class Source:
    """Where the text came from (file name, media type, how it was decoded)."""

    name: str
    media_type: str | None = None
    encoding: str | None = None  # utf-8, utf-16, cp1258, tcvn3, vni, docx, pdf, ocr ...
    sha256: str | None = None


@dataclass
class Issuer:
    """Tên cơ quan ban hành (ô 2) and its cơ quan chủ quản."""

    name: str
    parent: str | None = None
    span: Span | None = None


@dataclass
class Number:
    """Số, ký hiệu (ô 3): `Số: 15/TB-UBND`, `Số: 06/2024/QĐ-UBND`, `Số 62-NQ/TU`."""

    text: str
    seq: str | None = None
    year: int | None = None
    symbol: str | None = None
    type_code: str | None = None
    span: Span | None = None


@dataclass
class Place:
    """Địa danh (ô 4)."""

    name: str
    span: Span | None = None


@dataclass
class DocDate:
    """Thời gian ban hành (ô 4); a blank part (left for the văn thư) is None."""

    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    span: Span | None = None

    def __eq__(self, other: object) -> bool:  # as `dataclass` writes it, compiled (the task step compares dates)
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, DocDate)
        return (self.text, self.year, self.month, self.day, self.span) == (
            other.text, other.year, other.month, other.day, other.span
        )

    @property
    def iso(self) -> str | None:
        value = self.as_date()
        return value.isoformat() if value else None

    def as_date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


@dataclass
class DocType:
    """Tên loại (ô 5a): code as printed in symbols (`TB`, `QĐ`, `CV` for công văn) and name as written."""

    code: str | None
    name: str
    span: Span | None = None


@dataclass
class Subject:
    """Trích yếu (ô 5b); for a công văn without the leading `V/v`."""

    text: str
    span: Span | None = None


@dataclass
class Addressee:
    """One `Kính gửi` entry (ô 9a)."""

    name: str
    span: Span | None = None


@dataclass
class Authority:
    """One signing-authority line: `TM.` / `KT.` / `TL.` / `TUQ.` / `Q.` and what follows it."""

    marker: str
    of: str


@dataclass
class Signature:
    """Quyền hạn, chức vụ, họ tên người ký (ô 7a/7b)."""

    authority: list[Authority] = field(default_factory=list)
    title: str | None = None
    name: str | None = None
    span: Span | None = None


@dataclass
class Recipient:
    """One Nơi nhận line (ô 9b), without its dash and closing punctuation."""

    text: str
    span: Span | None = None


@dataclass
class Archive:
    """`Lưu: VT, KT(HVTr).` — holders, drafter initials and number of copies (ô 12)."""

    text: str
    holders: list[str] = field(default_factory=list)
    drafter: str | None = None
    copies: int | None = None
    span: Span | None = None


@dataclass
class Reference:
    """A cited document with a number: `Nghị quyết số 62-NQ/TU ngày 29/5/2013 của Ban Thường vụ Tỉnh ủy`."""

    text: str
    number: str | None = None
    type_code: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    span: Span | None = None


@dataclass
class Chair:
    name: str | None = None
    title: str | None = None


@dataclass
class Meeting:
    """The meeting a conclusion notice reports: date, chair, participants (elided nouns expanded)."""

    date: dt.date | None = None
    chair: Chair | None = None
    participants: list[str] = field(default_factory=list)
    span: Span | None = None


@dataclass(init=False)
class Deadline:
    """A task's deadline as the document implies it (no working-day roll-forward: that is tracking policy)."""

    text: str | None
    due: dt.date | None
    kind: DeadlineKind
    inherited: bool = False
    span: Span | None = None

    def __init__(
        self, text: str | None, due: dt.date | None, kind: DeadlineKind, inherited: bool = False,
        span: Span | None = None,
    ) -> None:  # written out, as `Task`'s
        self.text = text
        self.due = due
        self.kind = kind
        self.inherited = inherited
        self.span = span


@dataclass(init=False)
class Task:
    """One piece of required work: what, who leads (chủ trì), who helps (phối hợp), by when.

    `__init__` is written out, here and in the other classes a document builds by the dozen (`Deadline`,
    `text.Line`, `parts.cells.Cell`, `extract.segments.Segment` …): the compiled build compiles it, while the one
    `dataclass` writes runs as Python code (test_speed_invariants checks that it takes the fields)."""

    id: str
    text: str
    span: Span | None = None
    assignees: list[str] = field(default_factory=list)
    coordinators: list[str] = field(default_factory=list)
    deadline: Deadline | None = None
    parent: str | None = None
    target: str | None = None
    mode: str | None = None  # giao | yêu cầu | đề nghị | chỉ đạo ... (requests are counted apart)
    assignee_spans: list[Span] = field(default_factory=list)
    coordinator_spans: list[Span] = field(default_factory=list)

    def __init__(
        self, id: str, text: str, span: Span | None = None, assignees: list[str] | None = None,
        coordinators: list[str] | None = None, deadline: Deadline | None = None, parent: str | None = None,
        target: str | None = None, mode: str | None = None, assignee_spans: list[Span] | None = None,
        coordinator_spans: list[Span] | None = None,
    ) -> None:
        self.id = id
        self.text = text
        self.span = span
        self.assignees = [] if assignees is None else assignees
        self.coordinators = [] if coordinators is None else coordinators
        self.deadline = deadline
        self.parent = parent
        self.target = target
        self.mode = mode
        self.assignee_spans = [] if assignee_spans is None else assignee_spans
        self.coordinator_spans = [] if coordinator_spans is None else coordinator_spans


@dataclass
class Finding:
    """A form defect (or an info note) with a stable rule code and a Vietnamese message."""

    rule: str
    severity: Severity
    message: str
    span: Span | None = None


@dataclass(frozen=True)
class OwnCaption:
    """Where a text with no header names the document it gives (parts/own_caption.py): the type it names, whether
    a Party body or number names it, the numbers it gives (the text's own), the span of a closing source caption."""

    type: DocType | None
    party: bool
    numbers: tuple[str, ...]
    source: Span | None = None


@dataclass
class Document:
    """One parsed document in the `chidao.document/1` shape."""

    source: Source
    text: str
    family: Family = "unknown"
    issuer: Issuer | None = None
    national_motto: Span | None = None  # span of Quốc hiệu / Tiêu ngữ (or the Party header)
    number: Number | None = None
    place: Place | None = None
    date: DocDate | None = None
    type: DocType | None = None
    subject: Subject | None = None
    addressees: list[Addressee] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    archive: Archive | None = None
    references: list[Reference] = field(default_factory=list)
    meeting: Meeting | None = None
    tasks: list[Task] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    body_span: Span | None = None  # nội dung (ô 6): after the subject / Kính gửi, before the closing blocks
    layout: dict[str, Any] | None = None  # presentation facts of a .docx (page, margins, fonts)
    metadata: dict[str, Any] = field(default_factory=dict)  # e.g. OCR stamps, số đến
    own_caption: OwnCaption | None = None  # a headerless text naming itself (parts/own_caption.py)

    def to_dict(self) -> dict[str, Any]:
        out = _plain(self)
        assert isinstance(out, dict)
        for private in ("layout", "national_motto", "body_span", "own_caption"):
            out.pop(private, None)
        out = {"format": FORMAT, **out}
        if self.date is not None:
            out["date"]["iso"] = self.date.iso
        return out

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def map_spans(doc: Document, move: Callable[[Span], Span]) -> None:
    """Every span the document's values carry (header, closing, references, meeting, tasks, their deadlines and
    units, findings) passed through `move`: how a parse of a mended copy of the text points back into the text."""
    for name in ("national_motto", "body_span"):
        if (span := getattr(doc, name)) is not None:
            setattr(doc, name, move(span))
    if (caption := doc.metadata.get("source_caption")) is not None:
        doc.metadata["source_caption"] = list(move((caption[0], caption[1])))
    if doc.own_caption is not None and doc.own_caption.source is not None:
        doc.own_caption = dataclasses.replace(doc.own_caption, source=move(doc.own_caption.source))
    values: list[Any] = [doc.issuer, doc.number, doc.place, doc.date, doc.type, doc.subject, doc.archive, doc.meeting]
    values += [*doc.addressees, *doc.signatures, *doc.recipients, *doc.references, *doc.findings]
    for task in doc.tasks:
        values += [task, task.deadline]
        task.assignee_spans = [move(s) for s in task.assignee_spans]
        task.coordinator_spans = [move(s) for s in task.coordinator_spans]
    for value in values:
        if value is not None and value.span is not None:
            value.span = move(value.span)
