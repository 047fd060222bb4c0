"""Tasks: what, who leads (chủ trì), who helps (phối hợp), by when.

The body is walked paragraph by paragraph (`segments`). Headings and lead-in sentences open a *frame* that
carries an addressee, a deadline or a parent task to the items under them; evaluation sections open a frame
that silences what is under it. Each paragraph is cut into clauses; a clause that names an addressee starts a
task, the clauses after it that name none continue it. Table rows with a `chủ trì` column are tasks too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Final

from chidao.documents.alternation import as_written, either_case
from chidao.documents.data import load_toml
from chidao.documents.data.formal import letter_codes
from chidao.documents.extract.assignees import (
    PLACE_LEVELS,
    UnitMention,
    _opens_predicate,
    _predicates,
    find_units,
    read_party,
    read_unit,
    read_units,
    strip_office,
)
from chidao.documents.extract.body import body_segments
from chidao.documents.extract.clauses import (
    ASKS,
    HELPER_WORDS,
    Assignment,
    assignment,
    bare_head,
    clauses,
    coordinators,
    coordinators_in,
    excluded,
    helps_only,
    known_predicate_follows,
    lead_ins,
    linking_adverb_end,
    opens_introductory,
    opens_item_work,
    opens_topic,
    opens_with_action,
    party_subject,
    presented,
    shift,
    task_verbs,
    tells_lapse,
)
from chidao.documents.extract.deadlines import parse_date_phrase
from chidao.documents.extract.doc_units import ABOVE_WORDS, DocumentUnits, name_section_owners, resolve_names
from chidao.documents.extract.meeting import after_meeting, names_meeting
from chidao.documents.extract.paragraph_view import Paragraph, sentence_apart
from chidao.documents.extract.segments import Segment, doer_line
from chidao.documents.extract.task_deadlines import (
    event_deadline,
    inherited,
    is_invitation,
    lists_content,
    none_deadline,
    own_deadline,
)
from chidao.documents.extract.task_frames import (
    DESCRIBING,
    DUTY_END,
    DUTY_HEADING,
    DUTY_HEADING_LOOSE,
    FIELD_HEADINGS,
    GUIDANCE,
    GUIDANCE_LEAD,
    RECIPIENTS,
    REFERS_BACK,
    REPORTS_OWN_WORK,
    SPEECH,
    TARGET,
    Frame,
    field_label,
    heads_directing_body,
    introduces_items,
    is_heading,
    is_issuer,
    is_report,
    particular_with_value,
    predicate_is,
    pure_lead,
    quotes_law,
    report_heading,
    silent_heading,
    speaks_for,
    split_roman,
    without_advised,
)
from chidao.documents.extract.task_tables import TableReader, agency_field, field_line, time_field
from chidao.documents.extract.units import UnitRegistry, unit_key
from chidao.documents.model import Deadline, Document, Task
from chidao.documents.parts.addressees import ALIAS_BRACKET
from chidao.documents.parts.cells import is_upper
from chidao.documents.parts.own_caption import lead_number_end
from chidao.documents.text import VI_UPPER, Line, fold, fold_chars, written_as

# the unit a statement names leads the items below (`X là đơn vị chủ lực ...`): `[lead_role]` of data/lead_ins.toml
_LEAD_ROLE = re.compile(rf"\s+{as_written(lead_ins()['lead_role']['roles'])}")


_REGISTRY_DEFAULT = UnitRegistry.default()  # the shipped gazetteer, read once per process


def _agency_below(segs: list[Segment], i: int) -> bool:
    """Among the field lines right under field line `i`, is there an agency field (`Đơn vị chủ trì: …`)? Then a
    time field above it dates the items that agency field is for."""
    for seg in segs[i + 1 :]:
        if not field_line(seg.text):
            return False
        if agency_field(seg.text):
            return True
    return False


# what opens the ground an order is given on, its speaker unsaid (`Căn cứ …, yêu cầu …`), folded: `grounds` of
# `[intro_clause]` in data/lead_ins.toml
_GROUNDS = tuple(fold(g) + " " for g in lead_ins()["intro_clause"]["grounds"])


# what the issuer says when it gives work, or asks a body above for it, amid a report's account of what was done
# (`Tỉnh X yêu cầu …`, `…, UBND huyện đề nghị Sở X hỗ trợ …`): the words, and the modes `assignment` reads them as
_ISSUER_ASKS = ("yêu cầu", "giao", "chỉ thị", "đề nghị", "kiến nghị")
_ISSUER_ASK_MODES = ("yêu cầu", "giao", "đề nghị", "kiến nghị")


class _Builder:
    def __init__(self, doc: Document, names: DocumentUnits, registry: UnitRegistry | None) -> None:
        self.doc = doc
        # a letter (a công văn, `letter = true` of data/document_types.toml): the body it goes to acts on it; its
        # issuer is no addressee of its own letter
        self._letter = doc.type is not None and doc.type.code in letter_codes()
        # a report (`report = true`): a heading over its account of what was done silences what is under it
        self._report = is_report(doc)
        self.names = names
        self.registry = registry
        self.tasks: list[Task] = []
        self.issued = 0
        self.frames: list[Frame] = []
        self.tables = TableReader(self)
        self.closed_lead: Frame | None = None
        self._entry_patterns: list[re.Pattern[str]] | None = None
        self.last_item: tuple[Segment, Frame | None, list[Task]] | None = None
        self.pending: list[tuple[Segment, Frame | None, list[Task]]] = []
        # the last numbered lead-in (`Điều 2. … như sau:`): where it starts and its depth (see `TableReader._assign`)
        self.last_lead: tuple[int, int] | None = None
        self._resolved: dict[tuple[str, ...], list[str]] = {}  # names as read → as written out, per document
        self._resolved_for: DocumentUnits | None = None
        self._event_read: tuple[Deadline | None] | None = None
        self._issuer: dict[tuple[str, ...], bool] = {}  # names → do they name the issuer, per document
        self.invitation = is_invitation(doc)
        self._body_start = 0  # where the body's first paragraph starts in doc.text
        self._view = Paragraph("")  # the paragraph the walk is on, as its tests read it

    def view(self, text: str) -> Paragraph:
        """The paragraph `text` as the walk's tests read it (`Paragraph`), kept while they ask about the same text
        object (a paragraph that only reads the same as another is read anew)."""
        found = self._view
        if found.text is not text:
            found = self._view = Paragraph(text)
        return found

    def is_issuer(self, names: list[str]) -> bool:
        """`is_issuer(names, doc)`, asked once per list of names in a document."""
        key = tuple(names)
        found = self._issuer.get(key)
        if found is None:
            found = self._issuer[key] = is_issuer(names, self.doc)
        return found

    def resolve(self, names: Iterable[str]) -> list[str]:
        key = tuple(names)
        if self._resolved_for is not self.names:
            self._resolved, self._resolved_for = {}, self.names
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = resolve_names(self.names, self.registry, key)
        return list(found)

    def _same_units(self, found: Assignment, current: Assignment) -> bool:
        """The units a clause names are those of the open task, also by a shorter name or in another case
        (`Đề nghị đại biểu HĐND tỉnh …. Đại biểu HĐND tổng hợp …`): it goes on with that task."""
        if set(found.names) == set(current.names):
            return True
        return {n.casefold() for n in self.resolve(found.names)} == {n.casefold() for n in self.resolve(current.names)}

    # --- tasks -------------------------------------------------------------------------------------------
    def add(
        self,
        seg: Segment,
        start: int,
        end: int,
        assignees: list[str],
        spans: list[tuple[int, int]],
        coordinators: list[str],
        mode: str | None,
        frame: Frame | None,
        deadline_text: str | None = None,
    ) -> Task:
        raw = seg.text[start:end]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if text.endswith("./."):
            text = _CLOSING_MARK.sub("", text)
        self.issued += 1  # provisional ids stay unique when tasks are dropped; read_tasks renumbers them
        helpers = coordinators or next((f.coordinators for f in reversed(self.frames) if f.coordinators), [])
        if len(assignees) == 1 and frame is not None and len(frame.assignees) == 1:
            # `3. Sở Tư pháp các tỉnh, thành phố …` / `c) …, Sở Tư pháp chủ động tham mưu …`: the section's unit, the
            # item naming it short, at its fullest
            whole = frame.assignees[0]
            if whole.startswith(assignees[0] + " ") and whole[len(assignees[0]) + 1 :].startswith(_PLACE_ON):
                assignees = [whole]
        task = Task(
            id=f"p{self.issued}",
            text=text,
            span=seg.span(start, end),
            assignees=assignees,
            coordinators=[c for c in helpers if c not in assignees],
            mode=mode or (frame.mode if frame else None),
            assignee_spans=spans,
        )
        target = TARGET.match(text)
        if target:
            task.target = target.group(1).strip(" ,.")
        own = own_deadline(deadline_text if deadline_text is not None else text, self.doc)
        if own is not None:
            # the phrase's span into doc.text (unknown for a table cell or a field read apart from the item)
            own.span = seg.span(start + lead + own.span[0], start + lead + own.span[1]) if own.span and deadline_text is None else None
        group = self._frame_value("deadline")
        if own is None and isinstance(group, Deadline) and not seg.depth and self._speaks_anew(text):
            group = None
        if own is not None and own.due is None and isinstance(group, Deadline) and group.due is not None and (
            own.kind == "asap" or (own.kind == "relative" and fold(own.text or "").startswith("truoc "))
        ):
            # the group's date bounds a task that only says `khẩn trương`, or `trước khi trình …` (an undated step
            # it must come before; a count of days, `trong 10 ngày kể từ …`, is its own)
            own = None
        if own is not None:
            task.deadline = own
        elif isinstance(group, Deadline):
            task.deadline = inherited(group)
        else:
            event = self._event()
            if event is not None and not self.invitation and not names_meeting(text):
                event = None  # a letter's meeting dates only the work that names it
            if event is not None and after_meeting(text):
                event = None  # (`… sau Hội nghị báo cáo kết quả …`: work after the meeting, not by its day)
            task.deadline = _copied(event) if event is not None else none_deadline()
        parent = self._frame_value("task_id")
        task.parent = parent if isinstance(parent, str) else None
        self.tasks.append(task)
        for f in self.frames:
            f.children.append(task)
        return task

    def _event(self) -> Deadline | None:
        """The date of the document's meeting to come as a deadline (`event_deadline`), read once per document."""
        if self._event_read is None:
            self._event_read = (event_deadline(self.doc),)
        return self._event_read[0]

    def _speaks_anew(self, text: str) -> bool:
        """`… yêu cầu các cơ quan, đơn vị khẩn trương thực hiện …, cụ thể như sau:` / items / `Thứ trưởng X yêu cầu các
        cơ quan, đơn vị kịp thời …`: an unmarked paragraph under an unmarked lead-in in which someone asks again, in a
        sentence of its own (a speaker before the asking word, no clause before it), is the speaker's next request, not
        an item of the list: the lead-in's time is not its time."""
        source = next((f for f in reversed(self.frames) if f.deadline), None)
        if source is None or source.marked:
            return False
        found = assignment(text[:_ANEW_REACH])
        if found is None or found.mode not in _GIVING or found.start == 0:
            return False
        before = text[: found.start].rstrip()
        return bool(before) and before[0].isupper() and not any(c in before for c in ",;:")

    def _frame_value(self, name: str) -> object:
        for f in reversed(self.frames):
            value = getattr(f, name)
            if value:
                return value
        return None

    def context(self) -> Frame | None:
        for f in reversed(self.frames):
            if f.assignees:
                return f
        return None

    # --- walking ----------------------------------------------------------------------------------------
    def run(self, segs: list[Segment]) -> None:
        self._body_start = segs[0].start if segs else 0
        bounds = _plain_bounds(segs)  # the segments are not changed below: new ones are made where items join
        for i, seg in enumerate(segs):
            if seg.cells is not None:
                self.tables.row(seg)
                continue
            self.tables.end()
            if seg.depth == 0 and _enacts(seg.text):
                # `QUYẾT NGHỊ:` ends the preamble: no work in it, nothing it opened reaches the articles below
                self.frames.clear()
                self.pending, self.last_item = [], None
                continue
            recipients = RECIPIENTS.match(seg.text) is not None
            if seg.layout and not recipients:
                continue
            if field_line(seg.text) and not (
                field_label(seg.text) and not _holds_parts(seg.text)
                and i + 1 < len(segs) and segs[i + 1].depth > seg.depth
            ):  # (`Thành phần:` over its dashed participants heads them: read below as a silent title)
                self.tables.agency_ahead = _agency_below(segs, i)
                if self.tables.field(seg) or self._group_time(seg):
                    continue
                if (carried := self._carried_on(seg)) is not None:
                    self._extend(carried, seg)  # `Thời hạn: …` under a task that no agency field made
                continue
            self.tables.early_time = None  # a time field no agency field followed dates nothing further down
            if self._doer_line(segs, i):
                continue
            if seg.depth == 0 and seg.text[:1] == "(" and i and not segs[i - 1].depth and attachment_note(seg.text):
                continue  # `(Có đề cương chi tiết gửi kèm)` after a paragraph: nothing asked, the task above stays open
                # (`[attachment_note]`); after a list item it is that item's (`- … Mẫu số 08 …` / `(Có các Mẫu … kèm theo)`)
            if self._duties_of_listed(segs, i):
                continue
            heading = is_heading(seg)  # read once: the frames below and this step both ask
            if (
                heading and (seg.depth >= _ITEM_DEPTH or (seg.depth and _OBJECTS_LEAD.search(seg.text)))
                and seg.text.endswith(":") and not seg.text.isupper() and self._work_item(seg, self.context())
            ):
                heading = False  # a short lettered or dashed item doing work of its own over the items it introduces
                # (`b) Tổ chức tập huấn cho cán bộ:` / `- Tuyến tỉnh …`): a task of the unit above, not a title (a
                # numbered `1. Hướng dẫn …:` stays the title of its section, unless what it lists is what its work is
                # done on: `2. Kiểm tra, xử lý nghiêm các hành vi vi phạm sau:`)
            if (
                heading and seg.depth and not seg.text.isupper() and self._works_on_parts(seg, self.context())
            ):
                heading = False  # a numbered item doing work on what it lists the parts of (`2. Hoàn thành Biểu mẫu
                # gồm:` / `- Phần I: …`): a task, its parts its text, not a title over tasks
            if (
                heading and seg.depth >= _ITEM_DEPTH and seg.ends_open and not seg.text.endswith((":", ","))
                and not seg.text.isupper() and _ends_item(segs[i + 1] if i + 1 < len(segs) else None, seg)
                and self._unfinished_item(seg, self.context())
            ):
                heading = False  # a lettered or dashed item doing work, left without its full stop, with nothing
                # under it (`- Rà soát thủ tục hành chính` / `- Cập nhật cơ sở dữ liệu`): a task, not a title
            if heading and self._last_paragraph_giving_work(seg, segs[i + 1] if i + 1 < len(segs) else None):
                heading = False  # the body's last paragraph left without its full stop (a copy cut short: `Ủy ban nhân
                # dân các huyện, thành phố chỉ đạo nâ`), or its last numbered item (`1. Thủ trưởng các cơ quan tiếp tục
                # rà soát …; tậ`): it heads nothing, and gives work to the unit it opens with
            if (
                heading and seg.depth and (seg.marker or "")[:1].isdigit() and seg.ends_open
                and not seg.text.endswith(":") and not seg.text.isupper()
                and _ends_item(segs[i + 1] if i + 1 < len(segs) else None, seg)
                and ((seg.marker or "").isdigit() or _among_closed_items(segs, i))
                and self._unfinished_item(seg, self.context())
            ):
                heading = False  # ... and so a numbered one whose number lost its dot (`1 Rà soát kết quả …` / `2
                # Đánh giá …`, an OCR'd list whose items close with no mark): no dot tells a title from an item; or
                # one left without its full stop between numbered items that have theirs (`1. Nắm bắt … chính xác.` /
                # `2. Tuyên truyền, vận động nhân dân …` / `3. Báo cáo …`), nothing under it
            if (
                heading and seg.depth and not seg.text.isupper()
                and i + 1 < len(segs) and segs[i + 1].depth > seg.depth and field_line(segs[i + 1].text)
            ):
                heading = False  # an item whose fields stand under it (`- Cơ quan chủ trì: ...`), not a title
            if heading and seg.depth and i + 1 < len(segs) and not segs[i + 1].depth and particular_with_value(seg.text):
                # `3. Địa điểm tổ chức lễ Nhà văn hóa thôn` / a paragraph: the last particular of an event, neither a
                # title over the paragraphs after it nor anyone's work
                self._pop(seg, False, segs[i - 1] if i else None)
                continue
            if not heading and seg.depth == 0 and seg.text.startswith(ITEM_NOTE) and self.frames and self.frames[-1].saw_items:
                continue  # `Lý do: …` after an item: it explains the item, the list goes on (`[item_note]`)
            above = _item_above(segs, i, bounds)
            if above is not None and not heading and (item := self._item_task(segs[above])) is not None and not (
                (found := assignment(seg.text)) is not None and found.start == 0
            ):
                self._extend(item, seg)  # a paragraph of the item above (or of a task it holds), more items below
                continue
            self._pop(seg, heading, segs[i - 1] if i else None, inside=above is not None)
            if recipients:
                self.frames.clear()  # the body ends: its headings and lead-ins reach no further
                self._push(Frame(depth=seg.depth, marked=seg.depth > 0, silent=True))
                continue
            if self.frames and self.frames[-1].whole_items and self._duty_item(seg, self.frames[-1]):
                continue
            if (
                not heading and seg.depth == 0 and seg.text.rstrip().endswith(":")
                and any(f.silent for f in self.frames) and all(f.reported for f in self.frames if f.silent)
                and self._issuer_orders(seg)
            ):  # `Từ kết quả trên, Sở X yêu cầu các phòng thực hiện:` after a report's results: the list is the order's
                while any(f.silent for f in self.frames):
                    self.frames.pop()
            if self._silenced() and not _recommending_label(seg.text):
                if not heading:
                    owner = next(f for f in reversed(self.frames) if f.silent).details
                    if owner is not None and seg.depth > 0:
                        self._add_detail(owner, seg)
                    elif all(f.reported for f in self.frames if f.silent) and self._issuer_orders(seg):
                        self._paragraph(seg, segs[i + 1] if i + 1 < len(segs) else None)
                    elif all(f.guides for f in self.frames if f.silent) and self._guided_unit_acts(seg):
                        self._paragraph(seg, segs[i + 1] if i + 1 < len(segs) else None)
                    elif all(f.meeting_field for f in self.frames if f.silent) and _gives_work(seg):
                        self._paragraph(seg, segs[i + 1] if i + 1 < len(segs) else None)
                    elif all(f.meeting_field for f in self.frames if f.silent):
                        self._bracket_task(seg)  # `1. Thành phần, trân trọng kính mời:` / `- … (giao Ban X chủ động mời)`
                    continue
            nxt = segs[i + 1] if i + 1 < len(segs) else None
            duty = (
                nxt is not None and 0 < seg.depth < nxt.depth and (not seg.ends_open or seg.text.endswith(":"))
                and _duty_title(seg.text)
            )
            titled = nxt is not None and 0 < seg.depth < nxt.depth and not seg.text.endswith(",") and seg.ends_open
            titled = titled and not field_line(nxt.text)  # type: ignore[union-attr]  # `titled` needs `nxt`
            if heading or titled or duty or _topic_title(seg, nxt):
                self._open_heading(seg)
                self.frames[-1].whole_items = duty and bool(self.frames[-1].assignees)
                self.pending, self.last_item = [], None
                continue
            if self._bracket_task(seg):
                continue
            self._paragraph(seg, nxt)
        self.tables.end()

    def _bracket_task(self, seg: Segment) -> bool:
        """`- Một số thành viên Tổ bầu cử (…, giao Tổ trưởng các Tổ bầu cử chủ động mời)`: an invitation's participant
        whom a bracket gives a unit to invite is that unit's task (added; True)."""
        if not (self.invitation and seg.depth and (given := _bracket_gives(seg.text)) and _bracket_only(seg.text, given[0])):
            return False
        at, found = given
        names = self.resolve(found.names)
        spans = [seg.span(at + m.start, at + m.end) for m in found.assignees]
        self.add(seg, 0, len(seg.text), names, spans, [], found.mode, self.context())
        return True

    def _silenced(self) -> bool:
        """Whether a section that reports or guides holds the paragraph: a heading of recommendations inside it
        (`1. Vướng mắc …` / `b. Kiến nghị`; or its label opening the paragraph, `_RECOMMENDING_LABEL`) opens a part
        where the issuer's requests are tasks again."""
        for frame in reversed(self.frames):
            if frame.silent:
                return True
            if frame.recommending:
                return False
        return False

    def _doer_line(self, segs: list[Segment], i: int) -> bool:
        """`2.1. Nghị quyết về …` / `Ban X chủ trì, phối hợp … tham mưu, trình trong tháng 5/2026`: the line
        under a programme's item that names only who prepares it and when (`doer_line`) makes one task with the
        item, its units and its time; what the item made alone (a lead-in's units carried down) is dropped. The item
        is a numbered one, or the paragraph right under a numbered title (`3. Năm 2028` / `Sơ kết …` / `- Ban X …`),
        that gives no unit work of its own."""
        seg = segs[i]
        if not i or seg.cells is not None or seg.depth not in (0, _DASH_DEPTH) or not doer_line(seg.text):
            return False
        item = segs[i - 1]
        if item.cells is not None or item.text.rstrip().endswith(":") or field_line(item.text) or doer_line(item.text):
            return False
        above = segs[i - 2] if i >= 2 and segs[i - 2].cells is None and 0 < segs[i - 2].depth <= _ITEM_DEPTH else None
        dashed = item.depth == _DASH_DEPTH and seg.depth == 0  # `- Nghị quyết về …` / `Đảng uỷ UBND xã tham mưu, …`
        if not (0 < item.depth <= _ITEM_DEPTH or dashed or (item.depth == 0 and above is not None)):
            return False
        if (own := assignment(item.text[:400])) is not None and own.start == 0:
            return False
        found = assignment(seg.text)
        if found is None or found.start != 0:
            return False
        start = item.start
        if item.depth == 0 and above is not None and above.ends_open and not above.text.isupper():
            # the numbered line left open above the paragraph (`2.2. Nghị quyết … giai đoạn` / `2026 – 2030`, a wrap
            # read as a paragraph; `3. Năm 2028` / `Sơ kết …`, the item's time): one item with it
            start = above.start
            joined_item = Segment(text=f"{above.text} {item.text}", offsets=[*above.offsets, item.start, *item.offsets])
            joined_item.marker, joined_item.depth = above.marker, above.depth
            item = joined_item
            while self.frames and not self.frames[-1].marked:
                self.frames.pop()  # what the tail opened as a dated title of its own (`2026 – 2030`) heads nothing
        for task in [t for t in self.tasks if t.span is not None and start <= t.span[0] < item.end]:
            self._drop(task)
        joined = Segment(text=f"{item.text} {seg.text}", offsets=[*item.offsets, seg.start, *seg.offsets])
        joined.marker, joined.depth = item.marker, item.depth
        at = len(item.text) + 1
        names = self.resolve(found.names)
        spans = [joined.span(at + m.start, at + m.end) for m in found.assignees]
        coords = self.resolve([n for m in found.coordinators for n in m.names])
        ctx = self.context()
        when = seg.text if own_deadline(seg.text, self.doc) is not None else None  # else the item's own (`hằng năm`)
        task = self.add(joined, 0, len(joined.text), names, spans, coords, found.mode, ctx, deadline_text=when)
        self.pending = [p for p in self.pending if not start <= p[0].start < item.end]
        self.last_item = (joined, ctx, [task])
        self.tables.field_tasks = [task]  # a `Thời gian thực hiện: …` line under it dates it
        return True

    def _duties_of_listed(self, segs: list[Segment], i: int) -> bool:
        """`Giao các sở … gồm:` / `- Sở Công Thương (đối với …);` / `- Sở Xây dựng (đối với …).` / `Có trách nhiệm:`
        / `a) …`: a lead-in that lists units, one a line (each a name alone, or with the scope it answers for in
        brackets), then a line that hands them duties. The listing gives no work of its own: what it made is
        dropped, and the duty line opens a frame carrying the listed units to the items below it."""
        seg = segs[i]
        if not _DUTIES_OF_LISTED.fullmatch(seg.text):
            return False
        names: list[str] = []
        spans: list[tuple[int, int]] = []
        j = i - 1
        while j >= 0 and segs[j].depth > 0 and segs[j].cells is None:
            listed = _listed_unit(segs[j].text)
            if listed is None:
                return False
            names[:0] = [n for m in listed for n in m.names]
            spans[:0] = [segs[j].span(m.start, m.end) for m in listed]
            j -= 1
        if j < 0 or len(spans) < 2 or not _LISTS_UNITS.search(segs[j].text):
            return False
        start, end = segs[j].start, segs[i - 1].span()[1]
        for task in [t for t in self.tasks if t.span is not None and start <= t.span[0] < end]:
            self._drop(task)
        self._pop(seg, True, segs[i - 1])
        self._push(Frame(depth=seg.depth, marked=seg.depth > 0, assignees=self.resolve(names), spans=spans))
        self.pending, self.last_item = [], None
        return True

    def _pop(self, seg: Segment, heading: bool, prev: Segment | None = None, inside: bool = False) -> None:
        """Close the frames `seg` ends. `inside`: an unmarked paragraph between two items of one list, which
        carries the item above on and ends no lead-in (`_inside_list`)."""
        self.closed_lead = None
        while self.frames:
            top = self.frames[-1]
            if seg.depth and top.marked and top.depth >= seg.depth and not _nested_marker(top.marker, seg.marker):
                self.frames.pop()
            elif (
                seg.depth == 0 and not top.marked and top.saw_items and not (inside and not top.passed)
                and not _runs_on(prev, seg)
            ):
                self.closed_lead = self.frames.pop()
            elif seg.depth == 0 and top.marked and top.saw_items and self._closes_numbered_lead(top, seg, prev):
                self.closed_lead = self.frames.pop()
            elif (
                not top.marked
                and heading
                and seg.depth
                and (
                    not (top.assignees or top.deadline or top.task_id or top.silent)
                    or (top.saw_items and (seg.depth <= top.section_depth or (seg.depth == 1 and top.first_depth != 1)))
                )  # (a lead-in over `I.`, `II.` … reaches all its sections: `Bộ X hướng dẫn … như sau:` / `I. …`)
            ):
                self.frames.pop()
            else:
                break
        if not seg.depth:
            return  # (a paragraph that is no item changes no open frame's items)
        for f in self.frames:
            if seg.depth > f.depth or not f.marked:
                if seg.depth and not f.saw_items:
                    f.first_depth = seg.depth
                f.passed = f.passed or 0 < seg.depth < f.first_depth
                f.saw_items = f.saw_items or seg.depth > 0

    def _duty_item(self, seg: Segment, frame: Frame) -> bool:
        """Under a duty title (`1. Yêu cầu đối với các tổ chức ... .`): each item of its first level is a task of
        the units it names, with all that stands under it (sub-points, quoted provisions, paragraphs that carry
        it on) as part of its text. False for a paragraph read as usual (before the first item, or one that
        assigns work of its own after it)."""
        if seg.depth and (not frame.item_depth or seg.depth <= frame.item_depth):
            frame.item_depth = seg.depth
            if excluded(_FIRST_CLAUSE.split(seg.text, 1)[0]) is not None:
                # `a) Chịu trách nhiệm trước pháp luật … về kết quả …;`: a liability (or a condition, an approval) in its
                # first clause, among the duties: no task, nor is what it holds (one after work, `…; chịu trách
                # nhiệm trước …`, ends an item that gave work)
                frame.item = None
                return True
            found = assignment(seg.text)
            if found is not None and (
                (found.start == 0 and not self.is_issuer(found.names))  # names its own units
                or (found.start > 0 and found.mode == "giao" and self._issuer_named_first(seg.text, found))
            ):  # (or the issuer hands it on: `1. Hội đồng nhân dân tỉnh giao Thường trực …`)
                names, spans = self.resolve(found.names), [seg.span(m.start, m.end) for m in found.assignees]
                coords, mode = self.resolve([n for m in found.coordinators for n in m.names]), found.mode
            else:
                names, spans, coords, mode = list(frame.assignees), list(frame.spans), [], None
            frame.item = self.add(seg, 0, len(seg.text), names, spans, coords, mode, frame)
            frame.item_refers = lists_content(seg.text)
            self.pending, self.last_item = [], None
            return True
        if frame.item is None or (not seg.depth and assignment(seg.text) is not None):
            return False
        self._add_detail(frame.item, seg)
        if not frame.item_refers:  # what a list the item only refers to says (`bao gồm: a) Sổ ... hằng ngày`) dates nothing
            self._dated_by(frame.item, seg)
            frame.item_refers = lists_content(seg.text)
        return True

    def _closes_numbered_lead(self, top: Frame, seg: Segment, prev: Segment | None) -> bool:
        """`1. Yêu cầu UBND huyện X ... các nội dung sau:` / `- ...` / `UBND huyện tiếp thu các ý kiến trên, ...`: an
        unmarked paragraph after the items of a numbered lead-in that names its own unit and refers back to the
        items closes the list (its follow-up), rather than carrying on the last item."""
        if not (top.task_id or top.assignees) or not top.children or _runs_on(prev, seg):
            return False
        if prev is None or prev.depth <= top.depth or REFERS_BACK.search(seg.text) is None:
            return False
        found = assignment(seg.text)
        return found is not None and found.subject

    def _open_heading(self, seg: Segment) -> None:
        text = seg.text.rstrip(": ")
        folded = fold(text)
        frame = Frame(depth=seg.depth, marked=seg.depth > 0, recommending=recommends(text))
        frame.marker = seg.marker
        if silent_heading(folded) or (self._report and report_heading(folded)):
            frame.silent = True
            frame.reported = not folded.startswith(GUIDANCE)
            frame.guides = not frame.reported
            frame.meeting_field = folded.startswith(FIELD_HEADINGS)
        elif _holds_parts(seg.text):
            frame.silent = True  # `b) Hồ sơ đăng ký gồm:`: what the items are parts of
        else:
            names, spans, mode = self._heading_units(seg, text)
            frame.assignees, frame.spans, frame.mode = names, spans, mode
            frame.deadline = own_deadline(text, self.doc)
            if frame.deadline is not None and frame.deadline.span is not None:
                frame.deadline.span = seg.span(*frame.deadline.span)
        self._push(frame)

    def _heading_units(self, seg: Segment, text: str) -> tuple[list[str], list[tuple[int, int]], str | None]:
        if seg.marker and (cased := _sentence_cased(text)) is not None:
            # `I. ĐỐI VỚI SỞ Y TẾ CÁC TỈNH, THÀNH PHỐ`, `II. CỤC PHÒNG BỆNH`: a numbered heading in capitals naming
            # whose items follow, read in sentence case; a unit the gazetteer knows by its capitals keeps its own
            # spelling (never an unnumbered line: `ỦY BAN NHÂN DÂN THÀNH PHỐ` over a decision's `Căn cứ` is its authority)
            # (only a heading that is the units or `Đối với` them: a duty title in capitals, `TRÁCH NHIỆM CỦA …`, is
            # read as printed below, the gazetteer naming its owner)
            owners = _cased_owners(cased)
            if not owners and (named := _name_capitalised(cased)) is not None:
                owners = _cased_owners(named)  # `Cục quản lý khám, …` read as `Cục Quản lý khám, …`
            if owners:
                names = self.resolve([_gazetteer_name(n) for m in owners for n in m.names])
                return names, [seg.span(m.start, m.end) for m in owners], None
        if owners := units_for(text):
            # `1. Đối với UBND các xã, phường:` — the items below are theirs
            return self.resolve([n for m in owners for n in m.names]), [seg.span(m.start, m.end) for m in owners], None
        mentions, end = read_units(text, 0)
        rest = fold(text[end:]).lstrip(" -")  # (`1. Phó Giám đốc Sở - Nguyễn Văn A`: the holder's name after a dash)
        # (`1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:` — nothing but `[heading_filler]` after)
        if mentions and (len(rest.split()) <= 3 or len(_HEADING_FILLER.sub(" ", rest).split()) <= 1):
            names = self.resolve([n for m in mentions for n in m.names])
            return names, [seg.span(m.start, m.end) for m in mentions], None
        if len(mentions) == 1 and _NAME_GOES_ON.match(text, end) and _bare_name(text):
            # `1. Vụ Các vấn đề chung về xây dựng pháp luật`: a unit whose name goes on with `về …`, alone
            return self.resolve([text.rstrip(" .")]), [seg.span(mentions[0].start, len(text.rstrip(" .")))], None
        if len(mentions) == 1 and mentions[0].start == 0 and seg.depth and _narrowed_title(text, end):
            # `4. Các cơ quan, đơn vị được giao quản lý, khai thác tài sản`: a group narrowed by a clause the whole
            # title runs on with (its verbs are what the group was given, no work of this title's own)
            name = text.rstrip(" .")
            return self.resolve([name]), [seg.span(0, len(name))], None
        found = assignment(text)
        if found is not None and (found.start == 0 or found.mode):
            rest = fold(text[found.end :])
            rest = _HEADING_FILLER.sub(" ", rest)
            if len(rest.split()) <= 2:
                return self.resolve(found.names), [seg.span(m.start, m.end) for m in found.assignees], found.mode
        m = DUTY_HEADING.match(text) or DUTY_HEADING_LOOSE.search(text)
        if m:
            owner = m.group(1).strip()
            if owner.isupper():
                canonical, confidence = _REGISTRY_DEFAULT.match(owner)
                if canonical and confidence >= 1.0:
                    return [canonical], [seg.span(m.start(1), m.end(1))], None
            elif _party_owner(owner):  # `3. Trách nhiệm của đơn vị thi công`: the party the items are of
                return self.resolve([owner.rstrip(" .:")]), [seg.span(m.start(1), m.end(1))], None
            elif mentions := read_units(owner, 0)[0]:
                if len(mentions) > 1:  # `Trách nhiệm của Sở Y tế, Sở Công Thương, UBND cấp xã`: each unit it lists
                    at = m.start(1)
                    names = self.resolve([n for u in mentions for n in u.names])
                    return names, [seg.span(at + u.start, at + u.end) for u in mentions], None
                return self.resolve([owner.rstrip(" .:")]), [seg.span(m.start(1), m.end(1))], None
        listed = _listed_owners(text) if seg.text.rstrip().endswith(":") else None
        if listed is not None:
            return self.resolve([text[a:b] for a, b in listed]), [seg.span(a, b) for a, b in listed], None
        if (post := staff_heading(text)) is not None:  # `6. Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội`
            return [post], [seg.span(0, len(post))], None
        return [], [], None

    def _headline(self, seg: Segment) -> bool:
        """A portal's headline over a copy with no header (`Sở X định hướng tuyên truyền … năm 2017`, unclosed), the
        unit it names first asking in the body below (`…, Sở X đề nghị các cơ quan …`, `Bộ X yêu cầu các cơ quan, đơn vị
        …`): the post's title restating the body, no work of the unit's own. Also the copy's lead, closed, that opens
        with the day and tells that the unit named right after it met (`Ngày 9/9/2020, UBND huyện X họp thường kỳ …`,
        `[headline] dated_reach`)."""
        if self.doc.issuer is not None or self.tasks or seg.depth:
            return False
        dated = _DATED_OPENING.match(seg.text)
        if not seg.ends_open and dated is None:
            return False
        opens = 0 if dated is None else len(seg.text) - len(seg.text[dated.end() :].lstrip())
        mentions, _ = read_units(seg.text, opens)
        if not mentions or mentions[0].start != opens or len(mentions[0].names) != 1:
            return False
        reach = _HEADLINE["reach"] if dated is None else _HEADLINE["dated_reach"] + 1
        after = " ".join(seg.text[mentions[0].end :].split()[:reach])
        met = _MEETS.search(after)
        if met is not None and (dated is None or not any(f"{w} " in after[: met.start()] for w in _GIVING)):
            return True  # `UBND huyện họp phiên thường kỳ tháng 7`: news of a meeting (`[headline]`)
        if dated is not None:
            return False  # (a closed lead telling of a meeting only: `Ngày 12/8/2024, UBND huyện … họp …`)
        for verb in _GIVING:
            asks = self.doc.text.find(f"{mentions[0].names[0]} {verb} ", seg.end)
            if asks >= 0 and assignment(self.doc.text[asks : asks + 300]) is not None:
                return True
        return False

    def _paragraph(self, seg: Segment, nxt: Segment | None = None) -> None:
        text = seg.text
        if seg.depth == 0 and self.frames and _sums_up(text):
            self.frames.clear()  # the paragraph that closes the document (`Trên đây là …`) stands in no section
        ctx: Frame | None = self.context()
        parts = split_roman(text)
        if parts is not None:
            lead, items = parts
            found = assignment(text[: lead[1]])
            # (the issuer telling what it does over numbered contents, `Ban Thường vụ Đảng uỷ tổ chức Hội nghị …, cho
            # ý kiến các nội dung: (1) Dự thảo …; (2) …`, gives no one work: the paragraph is read as a whole)
            if found is not None and not (found.subject and self.is_issuer(found.names)):
                names = self.resolve(found.names)
                spans = [seg.span(m.start, m.end) for m in found.assignees]
                for a, b in items:
                    coords = [n for m in coordinators_in(text[a:b]) for n in m.names]
                    self.add(seg, a, b, names, spans, self.resolve(coords), found.mode, ctx)
                return
        if quotes_law(text):
            self._push(Frame(depth=seg.depth, marked=seg.depth > 0, silent=True))
            return
        if self._headline(seg):
            return
        if seg.depth and (post := addressed_post(text)) is not None:
            # `1. Đồng chí Trưởng Ban X - Trưởng Tiểu ban: Phụ trách chung, …`: the post, then its duties
            task = self.add(seg, 0, len(text), [text[slice(*post)]], [seg.span(*post)], [], None, ctx)
            self._remember(seg, ctx, [task])
            return
        lead_in = text.rstrip().endswith(":")
        if lead_in and self.view(text).assigned(0, len(text)) is None and not (self._work_item(seg, ctx) or self._works_on_parts(seg, ctx)) and (
            not self._directs_items(text)
        ):
            self._topic_lead(seg)
            return
        if seg.depth == 0 and nxt is not None and nxt.depth > 0 and self._lead_statement(seg):
            return
        last = self.last_item
        if ctx is None and seg.depth == 0 and last is not None and not last[2] and last[0].depth > 0 and not _sums_up(text):
            found = self.view(text).assigned(0, len(text))
            # the item above runs on (its owner may still be named below), also where a later sentence asks for
            # more (`... . Yêu cầu các cơ sở ...`); a paragraph that opens by asking a unit (`Đề nghị Công ty X
            # chuẩn bị ...`) is a request of its own
            if found is None or (
                found.mode in ("yêu cầu", "đề nghị") and not found.subject and found.start > 0
                and not self._issuer_asks(text, found.start) and not _after_adverbial(text, found.start)
                # (a request that opens a list of its own, `… yêu cầu Cục X thực hiện các giải pháp sau:` over
                # numbered items, is a new lead-in whoever asks)
                and not (lead_in and nxt is not None and nxt.depth > 0)
            ):
                self._remember(seg, ctx, [])
                return
        created = self._clause_tasks(seg, ctx)
        if not created and ctx is None and seg.depth == 0 and (goes_on := self._request_goes_on(seg)) is not None:
            created = [goes_on]
        for task in list(created):
            self._aside_tasks(seg, task, ctx)
        if introduces_items(seg, nxt) and len(created) == 1 and (
            (own := _own_unit_over_points(seg, nxt, created[0], ctx))
            or (created[0].mode is None and not created[0].parent and not _items_own_units(nxt, created[0]))
            or _titles_sections(seg, nxt, created[0], ctx)
        ):
            self._section_sentence(seg, created[0], keep=own or _works_in_turn(text))
            return
        self._remember(seg, ctx, created)
        if lead_in:
            self._lead_in(seg, created)
        elif created and self.closed_lead is not None and REFERS_BACK.search(text):
            self._adopt(self.closed_lead, created[0])
        elif not created and self.closed_lead is not None and (
            (closing := self._group_closing(seg) or self._follow_up(seg)) is not None
        ):
            self._adopt(self.closed_lead, closing)
        elif not created and seg.depth == 0:
            self._dates_above(seg, ctx)

    def _clause_tasks(self, seg: Segment, ctx: Frame | None) -> list[Task]:
        text = seg.text
        view = self.view(text)
        pieces = view.pieces()
        folded = view.folded  # each piece's words folded from the paragraph's fold
        current: list[int] | None = None  # [start, end] of the open task text
        current_assign: Assignment | None = None
        prefix_start: int | None = None
        found_any: list[tuple[int, int, Assignment | None]] = []
        recommending = any(f.recommending for f in self.frames)
        issuer_speaks = False  # the paragraph opens with the issuer telling what it does itself
        final = len(pieces) - 1
        for i, (a, b) in enumerate(pieces):
            piece = folded.part(a, b)
            found = view.take_assigned(a, b, recommending, piece)
            if found is None and self.invitation:  # `Công ty X báo cáo phương án ...` at the meeting to come
                found = presented(piece.text)
            if found is None and (bare := bare_head(piece.text)) is not None:
                found = self._named_before(seg, a, piece.text, *bare)  # `Sở có trách nhiệm …`: the one Sở named
            if found is None:
                found = party_subject(piece.text)  # `Chủ đầu tư khẩn trương hoàn thiện …`
            if (
                found is None
                and self.doc.own_caption is not None
                and (at := lead_number_end(piece.text)) is not None
                and _names_own_number(piece.text[:at], self.doc.own_caption.numbers)
            ):
                # a headerless news lead (`Ngày 02/11, UBND tỉnh đã có công văn số … chỉ đạo Trung tâm X liên hệ
                # …`): the units its issuer directs after naming the document are asked
                at += 1 if piece.text[at : at + 1] == "," else 0
                found = _directed(piece.text, Assignment(assignees=[], start=0, end=at))
            if found is not None and not found.subject and self.names.addressees:
                self._listed_addressees(piece.text, found)  # `đề nghị A; B; Chủ dự án phải thực hiện …`
            if found is not None and found.mode == "yêu cầu" and found.start > 0 and (seg.depth or not self._letter):
                found = self._asker(piece.text, found) or found
            if found is not None and found.mode == "đề nghị" and found.start > 0:
                found = self._proposer(piece.text, found) or found
            if self.doc.issuer is None and (found is None or found.subject):
                found = speaker_directs(piece.text) or found  # `ông X – Phó Chủ tịch UBND huyện chỉ đạo Phòng Y …`
            if (
                found is not None
                and found.subject
                and self.doc.issuer is None
                and ASKS.match(piece.text, found.end)
                and speaks_for(found.names, self.doc)
            ):
                # a copy with no header: `Thủ tướng Chính phủ yêu cầu tập trung …` names the one asking (a group
                # asking others, `UBND các huyện yêu cầu UBND các xã …`, is given that work: `_asker`)
                found = None
            if found is not None and found.subject and self.is_issuer(found.names):
                found = _directed(piece.text, found) or found
            if found is not None and found.subject and self.is_issuer(found.names) and not _own_duties(seg, a, found):
                if predicate_is(piece.text[found.end :], SPEECH) or ctx is not None or self._letter:
                    found = None  # a letter's issuer telling what it does (`Sở X tổ chức kỳ thi …`) asks no one
                    issuer_speaks = issuer_speaks or (i == 0 and found_any == [] and current is None)
                elif current is not None and _in_turn(text, a):
                    found = None  # `Giao Sở X thẩm định, UBND tỉnh xem xét, quyết định`: the issuer's own step after
                    # the unit's work is part of that task
            if found is not None and ctx is not None and (
                found.mode in ("yêu cầu", "đề nghị") or (found.mode == "giao" and found.start > 0)
            ) and not _issuer_turns_to(ctx, piece.text, found, text[:a]) and not self._issuer_named_first(piece.text, found):
                found = None  # the unit of the section asks or hands on (`...; khẩn trương giao Ban X lập hồ sơ`)
            if found is not None and ctx is not None and _organ_leads(piece.text, found, ctx.assignees):
                found = None  # `- Lãnh đạo Ủy ban MTTQ tỉnh giám sát …` under the Front's Đảng đoàn: the organ's work
            if found is None and current is not None:
                if seg.depth == 0 and sentence_apart(text, a) and (
                    tells_lapse(piece.text) or excluded(piece.text, piece) == "approval"
                ):
                    # `… trước ngày 25/11. Quá thời hạn trên, … thì xem như thống nhất.`: in a paragraph (a list
                    # item is its task whole), what follows once the time has run out, or a decision (`Chủ tịch UBND
                    # tỉnh cũng quyết định nâng mức hỗ trợ …`), told in a sentence of its own, is no part of that work
                    found_any.append((current[0], current[1], current_assign))
                    current, current_assign = None, None
                    continue
                current[1] = b  # a clause that names no one carries on the open task
                continue
            # why a piece is no task: needed unless it names no one and no piece follows it to start a task
            why = view.why(a, b, piece) if found is not None or i < final else None
            if why is None and found is not None and (
                _told_as_past(piece.text, self.doc)
                or _recounted(piece.text, self.doc)
                or recounted_in_copy(piece.text, self.doc)
            ):
                why = "background"
            if found is not None and why == "approval" and found.mode in ("giao", "yêu cầu", "đề nghị"):
                # `Lưu ý: ... đề nghị X ...`: the order after the note, unless it is no task either
                why, a = excluded(piece.text[found.start :], piece.part(found.start)), a + found.start
                shift(found, -found.start)
            if (
                found is not None and why is None and current is not None and current_assign is not None
                and _helpers_of_lead(text, current[1], current_assign, piece.text, found)
            ):
                # `X chủ trì; Y phối hợp tổ chức ...`: Y helps X with the work that follows
                current[1] = b
                current_assign.coordinators += shift(found, a).assignees
                continue
            if found is not None and why is None:
                if (
                    current is None
                    or current_assign is None
                    or not self._same_units(found, current_assign)
                    or _new_point(text, a, piece.text, found)
                ):
                    if current is not None:
                        found_any.append((current[0], current[1], current_assign))
                    start = prefix_start if prefix_start is not None and current is None else a
                    if (lead := _inline_lead(piece.text, found)) > 0:
                        start = a + lead  # `… có ý kiến như sau: Giao Sở X …`: the task starts at the order
                    elif seg.depth == 0 and (speaker := _after_considered(piece.text, found)) > 0:
                        start = a + speaker  # `Xét đề nghị của X …, Phó Thủ tướng Y giao Z …`: at the speaker
                    if (
                        current_assign is not None and current_assign.mode and found.mode is None and found.subject
                        and _in_turn(text, a)
                    ):
                        found.mode = current_assign.mode  # `Giao Sở A …, Sở B …`: B is given its work too
                    current, current_assign = [start, b], shift(found, a)
                    prefix_start = None
                    continue
            if current is not None:
                current[1] = b
            elif why is None and prefix_start is None and not (seg.depth == 0 and _ends_sentence(text, a, b)):
                prefix_start = a  # `Để …, ` / `Về …: ` before the unit: part of its task's text
            elif why is not None:
                prefix_start = None
        if current is not None:
            found_any.append((current[0], current[1], current_assign))
        if not found_any and ctx is None and (role := member_role(text)) is not None:
            # `4.1. Ông Nguyễn Văn A - Trưởng đoàn: Phụ trách chung; …`: the role the member holds does the work
            if excluded(text[role[1] :]) is None:
                return [self.add(seg, 0, len(text), [role[0]], [seg.span(*role[2])], [], None, ctx)]
        if not found_any and (inline := inline_for_units(text)) is not None:
            # `6.2. Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo …`: whom the item is for, then its work on the line
            # (also under a lead-in naming more units: `… đề nghị UBND các huyện và các trường …:` / `Đối với các
            # trường công lập: Thực hiện …` is the public schools' item)
            owners, rest = inline
            if excluded(text[rest:]) is None:
                spans = [seg.span(m.start, m.end) for m in owners]
                coords = [n for m in coordinators_in(text[rest:]) for n in m.names]
                names = self.resolve([n for m in owners for n in m.names])
                return [self.add(seg, 0, len(text), names, spans, self.resolve(coords), None, ctx)]
        if not found_any and ctx is not None and seg.depth > 0 and ctx.assignees and (
            labelled := labelled_units(text)
        ) is not None:
            # `1. Ban Xây dựng Đảng: Công tác kết nạp đảng viên mới; …` under `… đề nghị các cơ quan, đơn vị chuẩn bị
            # nội dung tham luận, cụ thể như sau:`: the lead-in's work falls to each unit its item is labelled with
            owners, rest = labelled
            if excluded(text[rest:]) is None:
                self._lead_gives_way(ctx)
                spans = [seg.span(m.start, m.end) for m in owners]
                names = self.resolve([n for m in owners for n in m.names])
                return [self.add(seg, 0, len(text), names, spans, [], None, ctx)]
        if not found_any and ctx is not None and seg.depth > 0 and (owner := trailing_unit(text)) is not None:
            # `- Tài sản … hạ tầng đô thị - Bộ Xây dựng.`: an item of a list closed by the unit it falls to
            if excluded(text) is None:
                names = self.resolve(list(owner.names))
                return [self.add(seg, 0, len(text), names, [seg.span(owner.start, owner.end)], [], None, ctx)]
        if not found_any:
            if (carried := self._carried_on(seg)) is not None:
                self._extend(carried, seg)
                return []
            if issuer_speaks and ctx is not None and seg.depth == 0:
                return []  # `Tổng cục Thuế thực hiện nâng cấp …` under an item of the addressee's: the issuer's own work,
                # not the addressee's
            why = view.why(0, len(text)) if ctx is not None else None
            if ctx is None or (why is not None and not (why == "approval" and ctx.mode == "đề nghị")):
                return []  # (an approval asked of the body a request goes to is its task: `đề nghị X: Phê duyệt …`)
            if why is None and all(view.why(a, b) for a, b in pieces):
                return []  # (each sentence no task: `Nhận được Công văn này, đề nghị … . Trong quá trình …, nếu …`)
            last = self.last_item
            if seg.depth == 0 and last is not None and last[2] and last[0].depth > 0 and (
                last[1] is ctx or ctx.task_id == last[2][-1].id  # the item above, or the item ending with `:` above
            ) and assignment(text) is None:  # a paragraph that asks a unit, though of no task (`Chủ tịch UBND tỉnh
                # đề nghị … triển khai thực hiện …`, a closing), starts anew
                self._extend(last[2][-1], seg)
                return []
            coords = [n for m in coordinators_in(text) for n in m.names]
            return [self.add(seg, 0, len(text), list(ctx.assignees), list(ctx.spans), self.resolve(coords), None, ctx)]
        created = []
        for start, end, found in found_any:
            assert found is not None
            names = self.resolve(self._listed_above(seg, found))
            spans = [seg.span(m.start, m.end) for m in found.assignees]
            coords = self.resolve([n for m in found.coordinators for n in m.names])
            issuer = not found.mode and found.subject and self.is_issuer(names)
            ordering = found.mode in ("yêu cầu", "đề nghị") and found.start == 0 and start == 0
            ordering = ordering and not (ctx is not None and _issuer_asks_apart(ctx, found))
            if ctx is not None and (issuer or ordering or _heading_units_go_on(seg, text, start, found, names, ctx)):
                names, spans = list(ctx.assignees), list(ctx.spans)
            task = self.add(seg, start, end, names, spans, coords, found.mode, ctx)
            task.coordinator_spans = [seg.span(m.start, m.end) for m in found.coordinators]
            created.append(task)
        self._sentence_deadlines(text, found_any, created)
        return created

    def _request_goes_on(self, seg: Segment) -> Task | None:
        """In a copy with no header (a news rendering that lost the letter's list marks), a paragraph that opens with
        a verb of work, right after a paragraph whose task asks units (`Sở X yêu cầu UBND các xã … thực hiện …` /
        `Tăng cường công tác tuyên truyền …`) or gives them work under their names and a colon (`Thủ trưởng các sở,
        Chủ tịch UBND các huyện: Chủ động …`): one more item of the request, asked of the same units. A linking
        adverb of `[adverbial]` may open it (`Đồng thời, tổ chức kiểm tra …`)."""
        if self.doc.issuer is not None or self.doc.number is not None or not self.tasks:
            return None
        last, asked = self.last_item, self.tasks[-1]
        if last is None or last[0].depth or not last[2] or last[2][-1] is not asked:
            return None
        if asked.mode not in _ASKING and not _labelled_work(asked.text):
            return None
        work = seg.text[linking_adverb_end(seg.text) :]
        if not opens_with_action(work) or self.view(seg.text).why(0, len(seg.text)) is not None:
            return None
        coords = [n for m in coordinators_in(seg.text) for n in m.names]
        return self.add(seg, 0, len(seg.text), list(asked.assignees), list(asked.assignee_spans),
                        self.resolve(coords), asked.mode, None)

    def _issuer_named_first(self, text: str, found: Assignment) -> bool:
        """An item that opens with the issuer's own name (or its ministry's) right before its order (`1. Bộ Y tế giao
        Viện X hỗ trợ …` under the lead-in to the province and its institutes; `Hội đồng nhân dân tỉnh giao Thường
        trực …` under a section's unit, `Trách nhiệm của các cơ quan …`): the issuer still speaks and gives the unit it
        names the work, as no unit of the section would order in the issuer's name."""
        if not text[:1].isupper():
            return False
        named, end = read_units(text, 0)
        if not named or named[0].start != 0 or end > _ISSUER_NAME_MAX or not 0 <= found.start - end <= _VERB_GAP:
            return False
        written = [n for m in named for n in m.names]
        names = self.resolve(written)
        # (or the ministry a department issues for: `Bộ Y tế giao …` in a letter of a Cục of the ministry; in a copy
        # with no header the speaker is matched as written, `Hội đồng nhân dân tỉnh`, its resolved name being fuller)
        parent = self.doc.issuer.parent if self.doc.issuer is not None else None
        return (
            self.is_issuer(written)
            or self.is_issuer(names)
            or (parent is not None and [fold(n) for n in names] == [fold(parent)])
        )

    def _sentence_deadlines(
        self, text: str, found_any: list[tuple[int, int, Assignment | None]], created: list[Task]
    ) -> None:
        """Units given work in turn in one sentence (`Giao Sở A …, Sở B …, hoàn thành trước ngày 30/4/2026.`): a
        deadline written for the whole sentence, put first (`Trước ngày 15/5, giao Sở A …, Sở B …`) or in its
        last comma clause opening with a word of `whole` (`[in_turn]` of data/clause_words.toml) after a unit
        given work after a comma, dates each task of the sentence that has none of its own (inherited)."""
        chain: list[int] = []
        for i in range(len(created) + 1):
            if 0 < i < len(created) and _in_turn(text, found_any[i][0]):
                chain.append(i)
                continue
            if len(chain) > 1:
                whole = self._whole_deadline(text, found_any[chain[0]], found_any[chain[-1]])
                for j in chain:
                    own = created[j].deadline
                    if whole is not None and (own is None or own.kind == "none"):
                        created[j].deadline = inherited(whole)
            chain = [i]

    def _whole_deadline(
        self, text: str, first: tuple[int, int, Assignment | None], last: tuple[int, int, Assignment | None]
    ) -> Deadline | None:
        """The deadline put before the first unit of the sentence, else the one of its last comma clause that
        opens with a word of `whole` (`…, hoàn thành trước ngày …`)."""
        start, _, found = first
        if found is not None and found.assignees and (head := own_deadline(text[start : found.assignees[0].start], self.doc)):
            return head
        start, end, _ = last
        if not text[:start].rstrip().endswith(","):
            return None  # `…; Sở B …, hoàn thành …`: a clause after a semicolon has its own time
        tail = next(reversed(list(_WHOLE_CLAUSE.finditer(text, start, end))), None)
        return own_deadline(text[tail.end() : end], self.doc) if tail is not None else None

    def _listed_above(self, seg: Segment, found: Assignment) -> list[str]:
        """The names `found` assigns, a group that points back (`các đơn vị nêu trên`) written as the bodies listed
        just above it (`DocumentUnits.listed_above`); `found`'s spans are shifted to the paragraph already."""
        if not any(n.endswith(ABOVE_WORDS) for n in found.names):
            return found.names
        out: list[str] = []
        for mention in found.assignees:
            for name in mention.names:
                listed = self.names.listed_above(name, seg.span(mention.start)[0])
                out.extend(listed if listed is not None else [name])
        return out

    def _named_before(self, seg: Segment, at: int, text: str, head: str, pos: int = 0) -> Assignment | None:
        """`Sở có trách nhiệm tổng hợp …` (`text`, at `at` of the paragraph): the one body of that kind the body of
        the document named before, else None; in a letter of a body of that kind (`Sở Y tế`) the issuer speaks."""
        if self.doc.issuer is not None and fold(self.doc.issuer.name).startswith(fold(head) + " "):
            return None
        full = self.names.one_named(head, self._body_start, seg.span(at)[0])
        if full is None:
            return None
        end = pos + len(head)  # `pos`: after a verb of giving (`Giao Sở tổng hợp …`)
        mention = UnitMention(names=(full,), start=pos, end=end)
        verb = text[:pos].strip().lower().removesuffix(" cho")  # `giao`, `yêu cầu`, `đề nghị`; none for a subject
        return Assignment(
            assignees=[mention], coordinators=coordinators(text, end), mode=verb or None, end=end, subject=not pos
        )

    def _asker(self, text: str, found: Assignment) -> Assignment | None:
        """`2. Ban X yêu cầu các nhà thầu gia cố …` (an item of a letter, or a sentence of any other document): the
        body asked is Ban X, whose work is to require it of the others; None when the unit before `yêu cầu` speaks
        for the document (`speaks_for`: the issuer, an office holder, a body over it …), or when something else
        stands between."""
        mentions, end = read_units(text, 0)
        if not mentions or mentions[0].start != 0 or text[end : found.start].strip():
            return None
        names = [n for m in mentions for n in m.names]
        if speaks_for(names, self.doc):
            return None
        return Assignment(assignees=mentions, coordinators=[], start=0, end=end, subject=True)

    def _proposer(self, text: str, found: Assignment) -> Assignment | None:
        """`Sở Nội vụ tổng hợp hồ sơ, đề nghị UBND tỉnh xét tặng …`: a unit that does work of its own, then, after a
        comma, proposes to another body: the proposal is part of the unit's work (it is the unit's task), not the
        document's request to that body. None when the unit speaks for the document (`Sở Y tế tổng hợp, đề nghị UBND
        tỉnh …` in the Sở's own letter: a request to the UBND), when no work of its own comes first, or when a
        sentence or clause ends between."""
        mentions, end = read_units(text, 0)
        if not mentions or mentions[0].start != 0 or not known_predicate_follows(text, end):
            return None
        between = text[end : found.start].lstrip(" :")  # (`Sở X: có trách nhiệm …`: the unit's label)
        if not between.rstrip().endswith(",") or any(mark in between for mark in ".;:"):
            return None
        if speaks_for([n for m in mentions for n in m.names], self.doc):
            return None
        return Assignment(assignees=mentions, coordinators=coordinators(text, end), start=0, end=end, subject=True)

    def _listed_addressees(self, text: str, found: Assignment) -> None:
        """`… đề nghị A; B; Chủ dự án/cơ sở phải thực hiện kiểm kê … và các tổ chức liên quan tổ chức …`: a Kính gửi
        entry repeated word for word after the list read (the unit reader stops at it: its name holds a verb) is one
        more addressee, and so is a group after it; `found` is extended in place."""
        at = found.end
        added: list[UnitMention] = []
        while (sep := _LIST_SEP.match(text, at)) is not None:
            named = next((m for p in self._addressee_patterns() if (m := p.match(text, sep.end())) is not None), None)
            if named is None:
                break
            added.append(UnitMention((" ".join(named.group(0).split()),), named.start(), named.end()))
            at = named.end()
        if not added:
            return
        tail = _AND.match(text, at)
        more, end = read_units(text, tail.end()) if tail is not None else ([], at)
        found.assignees = [*found.assignees, *added, *more]
        found.end = end if more else at

    def _addressee_patterns(self) -> list[re.Pattern[str]]:
        """The Kính gửi entries not read whole by the unit reader, longest first, each a pattern of its words (a
        line break with its indent may fall between any two), its first letter in either case."""
        if self._entry_patterns is None:
            entries = [a for a in self.names.addressees if len(a.split()) > 2
                       and ((m := read_unit(a, 0)) is None or m.end < len(a.rstrip(" ;.,")))]
            self._entry_patterns = [
                re.compile(f"[{re.escape(a[0].upper())}{re.escape(a[0].lower())}]"
                           + r"\s+".join(re.escape(w) for w in a[1:].split(" ")) + r"(?![\wÀ-ỹ])")
                for a in sorted(entries, key=len, reverse=True)
            ]
        return self._entry_patterns

    def _issuer_asks(self, text: str, verb: int) -> bool:
        """`Để … kịp thời, Sở X đề nghị các cơ quan …`: the issuer names itself right before the verb of asking at
        `verb` (or one who speaks for the document: its head, an office holder, `Về nhiệm vụ tháng 9, Chủ tịch UBND
        thị xã yêu cầu …` in a copy without its header, `speaks_for`), so the paragraph is a request of its own, not
        the item above running on."""
        window = text[max(0, verb - 120) : verb].rstrip(" ,")
        named = [m for m in find_units(window) if m.end == len(window)]
        return bool(named) and (self.is_issuer(list(named[-1].names)) or speaks_for(list(named[-1].names), self.doc))

    def _issuer_orders(self, seg: Segment) -> bool:
        """`Tỉnh X yêu cầu các sở, ban, ngành tiếp tục ...` amid what a report tells of its results: the issuer
        gives work now (told in the past, `... đã yêu cầu ...`, it is a result, and `assignment` reads no one)."""
        low = seg.text[:400].lower()  # (a ground may come first: `Căn cứ …, yêu cầu …`)
        if not any(w in low for w in _ISSUER_ASKS):
            return False  # most sentences of a report
        view = self.view(seg.text)
        head = seg.text[slice(*view.head())]
        found = view.assigned(*view.head())
        if found is None or found.mode not in _ISSUER_ASK_MODES or found.start == 0:
            return False
        before = head[: found.start]
        if before.rstrip().endswith(",") and fold(before).startswith(_GROUNDS):
            return True  # `Căn cứ …, yêu cầu các sở … khẩn trương đánh giá …`: the issuer's order, its speaker unsaid
        # `Từ kết quả kiểm tra, Sở X yêu cầu …`: the ground before a comma, then the issuer who speaks
        grounded = "," in before and fold(before).startswith(_GROUNDS)
        speaker = (before.rsplit(",", 1)[1] if grounded else before).strip(" ,")
        return 0 < len(speaker.split()) <= 8 and self.is_issuer([speaker])

    def _guided_unit_acts(self, seg: Segment) -> bool:
        """`1. Các huyện ủy … thực hiện quy trình …, gửi hồ sơ về Ban … trước ngày 30/9/2024.` under guidance: an item
        that opens with a unit other than the issuer (after a label of what it is about, if any: `Biên bản hội nghị:
        Các cơ quan … gửi …`) doing work of its own by a day is that unit's task; the rest of
        the guidance (how things are done, what a file holds) is no one's."""
        if seg.depth == 0:
            return False
        view = self.view(seg.text)
        head = seg.text[slice(*view.head())]
        label = _ITEM_LABEL.match(head)  # `1. Biên bản hội nghị (Bước 2): Các cơ quan … gửi …`: the unit after the label
        found = assignment(head[label.end() :]) if label else view.assigned(*view.head())
        guided = next((f for f in reversed(self.frames) if f.silent), None)
        if found is None and guided is not None and guided.assignees and not label:
            pass  # (an item of the units the guidance names, `Bộ X hướng dẫn các tỉnh …:` / `1. Tổ chức hội nghị …`)
        elif found is None or not found.subject or found.start != 0 or self.is_issuer(found.names):
            return False
        own = own_deadline(seg.text, self.doc)
        return own is not None and own.due is not None

    def _work_item(self, seg: Segment, ctx: Frame | None) -> bool:
        """A list item ending with `:` that names no one but does work of its own (`- Rà soát ... quy hoạch ...:`,
        `- Nắm chắc dữ liệu ..., báo cáo ... . Trong đó, lưu ý các dữ liệu về:`): a task of the addressee above,
        over the items it introduces. An item that only introduces (`... thực hiện như sau:`) is none; one whose items
        are what its work is done on (`b) Kiểm tra, xử lý nghiêm các hành vi vi phạm sau:`) is one."""
        text = seg.text
        if ctx is None or not ctx.assignees or seg.depth == 0 or (_INTRODUCES.search(text) and not _OBJECTS_LEAD.search(text)):
            return False
        view = self.view(text)
        head = text[slice(*view.head())]
        return opens_with_action(head) and view.why(*view.head()) is None and not pure_lead(head)

    def _works_on_parts(self, seg: Segment, ctx: Frame | None) -> bool:
        """A list item under an addressee that does work on a thing whose parts it lists (`2. Hoàn thành Biểu mẫu
        Phụ lục gồm:` / `- Phần I: …` / `- Phần II: …`, `[contents_lead]`): one task, the parts its text."""
        if ctx is None or not ctx.assignees or seg.depth == 0 or _CONTENTS_LEAD.search(seg.text) is None:
            return False
        view = self.view(seg.text)
        head = seg.text[slice(*view.head())]
        return opens_with_action(head) and view.why(*view.head()) is None and read_units(head, 0)[0] == []

    @staticmethod
    def _last_paragraph_giving_work(seg: Segment, nxt: Segment | None) -> bool:
        """A paragraph left without its full stop, with nothing but the closing after it, that opens with a unit given
        work (`UBND các huyện chỉ đạo …`): no title, as a title heads what follows."""
        if not seg.ends_open or seg.text.endswith((":", ",")) or seg.text.isupper():
            return False
        if nxt is not None and RECIPIENTS.match(nxt.text) is None:
            return False
        found = assignment(seg.text)
        return found is not None and found.start == 0

    def _unfinished_item(self, seg: Segment, ctx: Frame | None) -> bool:
        """A lettered or dashed item left without its full stop, under an addressee, that opens with work (`-
        Rà soát thủ tục hành chính`, `- Báo cáo tháng gửi trước ngày 15 của tháng`): a task of the addressee
        above, where a title would name a topic (`- Công tác tuyên truyền`)."""
        if ctx is None or not ctx.assignees or _INTRODUCES.search(seg.text):
            return False
        view = self.view(seg.text)
        head = seg.text[slice(*view.head())]
        return opens_item_work(head) and view.why(*view.head()) is None

    def _aside_tasks(self, seg: Segment, task: Task, ctx: Frame | None) -> None:
        """`... (Sở X chịu trách nhiệm tổng hợp báo cáo chung)`: work given in brackets to a unit of its own is
        a task of that unit, beside the task around it, due when that task is. A bracket that only names who
        leads the task around it (`(Sở X chủ trì)`, `(Sở X chủ trì, phối hợp với Sở Y)`) is none."""
        if "(" not in task.text or task.span is None:
            return
        offset = seg.text.find(task.text)
        if offset < 0:
            return
        for m in _ASIDE.finditer(task.text):
            inner = m.group(1)
            if "trách nhiệm" not in inner and "chủ trì" not in inner:
                continue  # most brackets: a code, a date, an example
            found = assignment(inner)
            if found is None or not found.subject or found.start != 0 or self.is_issuer(found.names):
                continue
            if set(self.resolve(found.names)) == set(task.assignees):
                continue  # the bracket names who leads the task itself (`… (Sở X chủ trì; hoàn thành …)`)
            role = _ASIDE_ROLE.match(inner, found.end)
            if role is None:
                continue
            tail = inner[role.end() :]
            for x in sorted(found.coordinators, key=lambda x: -x.start):
                if x.start >= role.end():
                    tail = tail[: x.start - role.end()] + " " + tail[x.end - role.end() :]
            tail = _HELPER_WORDS.sub(" ", tail)
            if not _acts(" " + tail.strip()) or pure_lead(tail):
                continue  # only who leads (`Sở X chủ trì, phối hợp với Sở Y`, `Sở X chủ trì thực hiện`)
            a = offset + m.start(1)
            shift(found, a)
            names = self.resolve(found.names)
            spans = [seg.span(x.start, x.end) for x in found.assignees]
            coords = self.resolve([n for x in found.coordinators for n in x.names])
            aside = self.add(seg, a, a + len(inner), names, spans, coords, None, ctx)
            if aside.deadline is not None and aside.deadline.kind == "none" and task.deadline and task.deadline.kind != "none":
                aside.deadline = inherited(task.deadline)
            aside.parent = task.parent

    def _item_task(self, item: Segment) -> Task | None:
        """When the list item `item` is a task of its own (not a title over paragraphs that are), the last task read
        since it: the item's, or one a paragraph under it gave a unit of its own."""
        last, own = None, False
        for task in reversed(self.tasks):
            if task.span is None:
                continue
            if task.span[0] < item.start:
                break
            last = last or task
            own = own or task.span[0] < item.end
        return last if own else None

    def _add_detail(self, task: Task, seg: Segment) -> None:
        """A detail item under a task that lists topics (`+ Tiến độ thực hiện dự án;`) is part of its text."""
        task.text = f"{task.text} {seg.marker or ''} {seg.text}".replace("  ", " ")
        if task.span is not None:
            task.span = (task.span[0], seg.end)

    def _extend(self, task: Task, seg: Segment) -> None:
        """An unnumbered paragraph that carries on the numbered item above it."""
        task.text = f"{task.text} {seg.text}"
        if task.span is not None:
            task.span = (task.span[0], seg.end)
        self._dated_by(task, seg)

    def _dated_by(self, task: Task, seg: Segment) -> None:
        """A task with no deadline yet takes the one a paragraph that carries it on states."""
        if task.deadline is None or task.deadline.kind == "none":
            own = own_deadline(seg.text, self.doc)
            if own is not None:
                own.span = seg.span(*own.span) if own.span else None
                task.deadline = own

    def _lead_statement(self, seg: Segment) -> bool:
        """`Công ty X là đơn vị chủ lực ...` over a list: the unit it names leads the items below."""
        mentions, end = read_units(seg.text, 0)
        if not mentions or not _LEAD_ROLE.match(seg.text, end):
            return False
        names = self.resolve([n for m in mentions for n in m.names])
        self._push(Frame(depth=0, marked=False, assignees=names, spans=[seg.span(m.start, m.end) for m in mentions]))
        return True

    def _group_closing(self, seg: Segment) -> Task | None:
        """`Chủ đầu tư ... phải hoàn thành trước ngày 30/4/2026.` after a list of units' items: the units of the
        items above, named as a group, are given a date that bounds each item (a task of its own over them)."""
        lowered = seg.text[:1].lower() + seg.text[1:]
        lead = self.closed_lead
        if lead is None or not lowered.startswith(_BARE_GROUPS) or seg.depth:
            return None
        own = own_deadline(seg.text, self.doc)
        if own is None or own.kind != "date":
            return None
        names = list(dict.fromkeys(n for child in lead.children for n in child.assignees))
        if not names:
            return None
        group = next(g for g in _BARE_GROUPS if lowered.startswith(g))
        spans = [seg.span(0, len(group))]
        if seg.text.startswith(" và ", len(group)):  # `Chủ đầu tư và các nhà thầu thi công ...`
            more, _ = read_units(seg.text, len(group) + 4)
            if more and more[0].start == len(group) + 4:
                names += [n for n in self.resolve([n for m in more for n in m.names]) if n not in names]
                spans += [seg.span(m.start, m.end) for m in more]
        return self.add(seg, 0, len(seg.text), names, spans, [], None, None)

    def _carried_on(self, seg: Segment) -> Task | None:
        """`Giao Sở X chủ trì …` then, a paragraph of its own, `Yêu cầu hoàn thiện, gửi … trước ngày …`: the task of
        the paragraph just above, undated, which the paragraph naming no one carries on and dates (`[carries_on]`).
        Not after a list whose lead-in named its units (a time for the whole list, `_group_closing`), nor a
        sentence on the items above (`… các nội dung trên …`, `_follow_up`). A time field (`Thời hạn: …`) under a task
        that no agency field made carries it on too."""
        last = self.last_item
        if seg.depth and self.tasks and self.context() is None and _TIME_OPENS.match(seg.text) is not None:
            task = self.tasks[-1]  # `2. Thời hạn gửi báo cáo trước ngày …`: an item under the request it dates, in a
            # list of the request's particulars that no unit's lead-in opened (`1. Báo cáo … phải có xác nhận …`)
        elif seg.depth or last is None or not last[2] or not self.tasks or last[2][-1] is not self.tasks[-1]:
            return None
        else:
            task = self.tasks[-1]
        if task.deadline is not None and task.deadline.kind != "none":
            return None
        if (_CARRIES_ON.match(seg.text) is None and not time_field(seg.text)) or REFERS_BACK.search(seg.text):
            return None
        if self.closed_lead is not None and self.closed_lead.assignees:
            return None
        own = own_deadline(seg.text, self.doc)
        return task if own is not None and own.kind not in ("none", "recurring") else None

    def _group_time(self, seg: Segment) -> bool:
        """`3. Giao UBND các xã:` / `- Kiểm kê …` / `- Đề xuất …` then, unmarked, `Thời gian thực hiện: Quý III/2026`:
        the time of the lead-in's whole list, which each of its items takes (inherited), as a deadline stated for a
        group (corpus README). Only after an item deeper than the line, under a lead-in that names its units."""
        last = self.last_item
        if last is None or not last[2] or last[2][-1] is not self.tasks[-1] or last[0].depth <= seg.depth:
            return False
        lead = last[1]
        if lead is None or not lead.assignees or lead.depth >= last[0].depth or not lead.children:
            return False
        own = own_deadline(seg.text, self.doc)
        if own is None or own.kind in ("none", "recurring"):
            return False
        own.span = None  # a line apart from the items it dates
        for child in lead.children:
            if child.deadline is None or child.deadline.kind == "none":
                child.deadline = inherited(own)
        return True

    def _dates_above(self, seg: Segment, ctx: Frame | None) -> None:
        """`Các nội dung trên hoàn thành trước ngày …`, a paragraph that names no one after the tasks it closes: a
        deadline stated for the group (corpus README), which each of them takes where it has no date of its own (an
        `asap` gives way: the group's day bounds it). The group is the list just closed, else the section's tasks,
        else every task above (`[dates_above]`)."""
        if _DATES_ABOVE.match(seg.text) is None:
            return
        own = own_deadline(seg.text, self.doc)
        if own is None or own.kind in ("none", "recurring", "asap", "relative"):
            return
        if self.closed_lead is not None and self.closed_lead.children:
            group = list(self.closed_lead.children)
        elif ctx is not None:
            group = list(ctx.children)
        else:
            group = list(self.tasks)
        own.span = None  # a sentence apart from the tasks it dates
        for task in group:
            if task.deadline is None or task.deadline.inherited or task.deadline.kind in ("none", "asap"):
                task.deadline = inherited(own)

    def _follow_up(self, seg: Segment) -> Task | None:
        """`Báo cáo kết quả thực hiện các nội dung trên gửi về Bộ X trước ngày ...` (or `Báo cáo gửi về Sở X trước ngày
        ...`, dated) after the items of a lead-in with an addressee: the follow-up of the whole list, asked of that
        addressee without naming it again."""
        lead = self.closed_lead
        if lead is None or not lead.assignees or seg.depth:
            return None
        if REFERS_BACK.search(seg.text) is None and not (
            # (`Báo cáo gửi về Sở Y tế trước ngày 30/5/2026.`: the report of the list sent in by a day, `[sends_report]`)
            _SENDS_REPORT.match(seg.text) is not None
            and (own := own_deadline(seg.text, self.doc)) is not None and own.kind == "date"
        ):
            return None
        acts = opens_with_action(seg.text) or _REPORTS_BACK.match(seg.text) is not None
        acts = acts or _SENDS_REPORT.match(seg.text) is not None
        view = self.view(seg.text)
        if not acts or view.why(0, len(seg.text)) is not None or view.assigned(0, len(seg.text)) is not None:
            return None
        return self.add(seg, 0, len(seg.text), list(lead.assignees), list(lead.spans), [], lead.mode, None)

    def _section_sentence(self, seg: Segment, task: Task, keep: bool = False) -> None:
        """`2.1. Sở X phối hợp với Sở Y trong công tác Z.` over its own items: who and with whom, for the items.
        `keep`: the sentence spells out works of its own (`_works_in_turn`): a task too, the items its children."""
        frame = Frame(depth=seg.depth, marked=True, assignees=task.assignees, spans=task.assignee_spans)
        if keep:
            frame.task_id = task.id
        else:
            self._drop(task)
            frame.coordinators = list(task.coordinators)
        self._push(frame)

    def _topic_lead(self, seg: Segment) -> None:
        """A paragraph ending with `:` that assigns nothing itself: its leading units (if any) carry down."""
        frame = Frame(depth=seg.depth, marked=seg.depth > 0)
        if seg.depth:
            self.last_lead = (seg.start, seg.depth)
        if GUIDANCE_LEAD.search(seg.text) or _TOPICS_LEAD.search(seg.text) or _NOTES_OR_CASE.match(seg.text) or (
            _holds_parts(seg.text)
        ):
            frame.silent = True
            frame.guides = GUIDANCE_LEAD.search(seg.text) is not None
            self._push(frame)
            return
        mentions, _ = read_units(seg.text, 0)
        names = self.resolve([n for m in mentions for n in m.names])
        spans = [seg.span(m.start, m.end) for m in mentions]
        urged = _urged(seg.text) if mentions else None
        if urged is not None:  # `Sở X là đầu mối đôn đốc Y, Z tổ chức thực hiện:` — Y and Z do the items
            names, spans = self.resolve(urged[0]), [seg.span(*urged[1])]
        if _speaks_only(seg.text, mentions):
            pass  # `Giám đốc Sở X thông báo … như sau:` in a copy without its header: its speaker, no one's items
        elif mentions and DUTY_END.search(seg.text) and not self.is_issuer(names):
            frame.assignees = names
            frame.spans = spans
        elif owners := units_for(seg.text):
            # `1. Đối với UBND các xã, phường:` — the items below are theirs
            frame.assignees = self.resolve([n for m in owners for n in m.names])
            frame.spans = [seg.span(m.start, m.end) for m in owners]
        elif (ctx := self.context()) is not None and len(ctx.assignees) == 1:
            fuller = _fuller_form(ctx.assignees[0], seg.text)
            if fuller is not None:  # the unit of the heading named at its fullest (`Chi cục X nơi ban hành ...`)
                frame.assignees, frame.spans = self.resolve([seg.text[slice(*fuller)]]), [seg.span(*fuller)]
        if not frame.assignees and seg.depth and (listed := _listed_owners(seg.text.rstrip(": "))) is not None:
            # a numbered title over duties too long to be read as a heading (`1.1. Phòng A và B, C và các ...:`)
            frame.assignees = self.resolve([seg.text[a:b] for a, b in listed])
            frame.spans = [seg.span(a, b) for a, b in listed]
        if frame.assignees:  # `Ngay sau khi ..., Chi cục X thực hiện theo trình tự sau:`: its time is the items'
            frame.deadline = own_deadline(seg.text, self.doc)
            if frame.deadline is not None and frame.deadline.span is not None:
                frame.deadline.span = seg.span(*frame.deadline.span)
        self._push(frame)

    def _remember(self, seg: Segment, ctx: Frame | None, created: list[Task]) -> None:
        """Keep the items without an addressee for field lines (`Đơn vị chủ trì: ...`) that may follow them."""
        last = self.last_item
        if not created and last is not None and not last[2] and seg.depth == 0 and last[0].depth > 0:
            prev = last[0]
            merged = Segment(text=prev.text + " " + seg.text, offsets=[*prev.offsets, seg.start, *seg.offsets])
            merged.marker, merged.depth = prev.marker, prev.depth
            self.last_item = (merged, last[1], [])
            if self.pending and self.pending[-1][0] is prev:
                self.pending[-1] = self.last_item
            return
        self.last_item = (seg, ctx, created)
        if not created:
            self.pending.append(self.last_item)

    def _lead_in(self, seg: Segment, created: list[Task]) -> None:
        """A paragraph ending with `:` opens a frame: its addressee and deadline carry to the items below."""
        frame = Frame(depth=seg.depth, marked=seg.depth > 0)
        if seg.depth:
            self.last_lead = (seg.start, seg.depth)
        found = self.view(seg.text).lead_clause_assignment()
        if found is not None and found.subject and self.is_issuer(found.names):
            found = _directed(seg.text, found) or found  # (the units the issuer's head directs, as `_clause_tasks`)
        if not created and (guided_units := self._guided_units(seg.text)) is not None:
            # `Bộ X hướng dẫn các tỉnh, thành phố tiến hành sơ kết …, cụ thể như sau:`: the issuer's guidance to the
            # units it names; as under any guidance, an item of theirs by a day is their task (`_guided_unit_acts`),
            # the rest (how it is done) no one's
            frame.assignees = self.resolve([n for m in guided_units for n in m.names])
            frame.spans = [seg.span(m.start, m.end) for m in guided_units]
            frame.silent = frame.guides = True
        if created:
            task = created[-1]
            frame.assignees, frame.spans, frame.mode = list(task.assignees), list(task.assignee_spans), task.mode
            # (a time the lead-in tells of before the letter's date, `trong tháng 10/2025 còn … hồ sơ quá hạn`, is
            # what happened, no time for the items)
            frame.deadline = task.deadline if task.deadline and task.deadline.kind != "none" else None
            if frame.deadline is not None and _before_issue(frame.deadline, self.doc):
                frame.deadline = None
            guided = _guided(seg.text, found) if found is not None and found.subject else None
            issuer_speaks = found is not None and found.subject and (
                self.is_issuer(task.assignees)
                or (predicate_is(seg.text[found.end :], DESCRIBING) and guided is None)
            )
            if issuer_speaks:
                self._drop(task)
                frame.assignees, frame.spans = [], []
                # the issuer's own time for the list (`Để hoàn thành kế hoạch năm 2023, Ban Thường vụ giao:`) dates
                # its items; one the lead-in only carried down from above does not, nor the time of the work a
                # report's preamble tells the issuer was given (`_reports_own_work`)
                keeps = frame.deadline and not frame.deadline.inherited and not self._reports_own_work(seg.text)
                frame.deadline = frame.deadline if keeps else None
                frame.silent = predicate_is(seg.text[found.end :], GUIDANCE) if found else False
                frame.guides = frame.silent
            elif (found is not None and (
                pure_lead(rest := _without_helpers(seg.text, self._past_addressee(seg.text, found)))
                or _urges_only(rest) or self._issuer_introduces(seg, task)
            )) or (found is None and bool(task.assignees) and pure_lead(without_advised(seg.text))):
                # (`- Chỉ đạo Sở X:` under a request to one body: the body it directs, then the items)
                self._drop(task)
                frame.coordinators = list(task.coordinators)
                frame.deadline = frame.deadline if frame.deadline and not frame.deadline.inherited else None
            else:
                frame.task_id = task.id
                if guided is not None:  # `Cục X hướng dẫn Chi cục Y thực hiện nội dung sau:` — Y does the items
                    frame.assignees = self.resolve([n for m in guided for n in m.names])
                    frame.spans = [seg.span(m.start, m.end) for m in guided]
                frame.silent = bool(_TOPICS_LEAD.search(seg.text))  # `... lưu ý các dữ liệu về:` lists topics
                frame.details = task if frame.silent and seg.depth > 0 else None
                if seg.depth and _CONTENTS_LEAD.search(seg.text):  # `2. Hoàn thành Biểu mẫu gồm:`: its parts
                    frame.silent, frame.details = True, task
        self._push(frame)

    def _guided_units(self, text: str) -> list[UnitMention] | None:
        """The units a lead-in opening with the issuer guides to do work (`Bộ X hướng dẫn các tỉnh tiến hành …:`), or
        None."""
        mentions, end = read_units(text, 0)
        if not mentions or mentions[0].start != 0 or not self.is_issuer([n for m in mentions for n in m.names]):
            return None
        named = _units_after(_GUIDES, text, end)
        return named[0] if named is not None else None

    def _reports_own_work(self, text: str) -> bool:
        """`…, Sở X được giao chủ trì …, thời hạn gửi UBND tỉnh trước ngày 15/9. Sở X báo cáo và đề xuất như sau:`: a
        lead-in whose last sentence is the issuer reporting (`[reports_own_work]`): a report's preamble."""
        sentence = self.view(text).last_sentence()
        if sentence is None:
            return False
        last = text[sentence[0] :]
        mentions, end = read_units(last, 0)
        return bool(mentions) and mentions[0].start == 0 and self.is_issuer([n for m in mentions for n in m.names]) and (
            predicate_is(last[end:], REPORTS_OWN_WORK)
        )

    def _past_addressee(self, text: str, found: Assignment) -> Assignment:
        """`found` read to the end of a Kính gửi name its last unit is written as in full: a group narrowed by what it
        takes part in (`đề nghị Sở Y tế các tỉnh, thành phố trực thuộc Trung ương tham gia Đề án … thực hiện một số
        việc sau:`, the Kính gửi naming `… tham gia Đề án …`) ends where that name does, its words no work."""
        if not found.assignees:
            return found
        start = found.assignees[-1].start
        for a in self.doc.addressees:
            end = start + len(a.name)
            if end >= found.end and text[start:end].lower() == a.name.lower() and not text[end : end + 1].isalnum():
                if (owner := _OWNER_AFTER.match(text, end)) is not None and (
                    (mention := read_unit(text, owner.end())) is not None
                ):
                    end = mention.end  # (`… tham gia Đề án bệnh viện vệ tinh của Bộ Y tế`: whose project)
                return replace(found, end=end)
        return found

    def _directs_items(self, text: str) -> bool:
        """`Chiều ngày …, UBND xã họp … . Sau khi nghe …, Chủ tịch UBND xã chỉ đạo các bộ phận … thực hiện các nội dung
        sau:`: a lead-in whose last sentence has the issuer's head direct units (`_directed`), though its first
        sentence names no one: read as a lead-in with those units, not as a topic."""
        found = self.view(text).lead_clause_assignment()
        return found is not None and found.subject and self.is_issuer(found.names) and _directed(text, found) is not None

    def _issuer_introduces(self, seg: Segment, task: Task) -> bool:
        """`Nhằm chấn chỉnh ..., yêu cầu các đơn vị nghiêm túc thực hiện ... . Sở X đề nghị một số nội dung cụ thể
        như sau:`: a lead-in whose last sentence is the issuer's own word that introduces the list. What the
        sentences before it ask (of the units the items go to) is what the items spell out: the lead-in is no
        task of its own. (`... trước ngày 20/10. Trong đó chú ý một số nội dung sau:`, where no one speaks, stays
        a task over its items.)"""
        if task.mode not in ("yêu cầu", "đề nghị"):
            return False
        sentence = self.view(seg.text).last_sentence()
        if sentence is None:
            return False  # one sentence, or its last clause only (`..., cụ thể như sau:`)
        last = seg.text[sentence[0] :]
        found = assignment(last)
        return (
            found is not None and found.subject and found.start == 0 and self.is_issuer(found.names)
            and predicate_is(last[found.end :], SPEECH) and pure_lead(last[found.end :])
        )

    def _push(self, frame: Frame) -> None:
        frame.section_depth = next((f.depth for f in reversed(self.frames) if f.marked), 0)
        self.frames.append(frame)

    def _drop(self, task: Task) -> None:
        self.tasks.remove(task)
        for f in self.frames:
            if task in f.children:
                f.children.remove(task)

    def _lead_gives_way(self, lead: Frame) -> None:
        """A lead-in that only introduces its items (`… chuẩn bị tham luận, cụ thể như sau:`), whose work the items
        hand to the units they are labelled with in turn: no task of its own, its items none's children."""
        intro = next((t for t in self.tasks if t.id == lead.task_id), None) if lead.task_id else None
        if intro is None or not _INTRODUCES.search(intro.text):
            return
        self._drop(intro)
        for child in lead.children:
            if child.parent == intro.id:
                child.parent = None
        lead.task_id = None

    def _adopt(self, lead: Frame, closing: Task) -> None:
        """A closing sentence that assigns the follow-up of the list above: the items become its children (a
        numbered lead-in that only introduced them, `... theo các nội dung sau:`, gives way to it)."""
        intro = next((t for t in self.tasks if t.id == lead.task_id), None) if lead.task_id else None
        if intro is not None and intro is not closing and _INTRODUCES.search(intro.text):
            self._drop(intro)
            for child in lead.children:
                if child.parent == intro.id:
                    child.parent = None
        for child in lead.children:
            if child is closing or child.parent:
                continue
            child.parent = closing.id
            if closing.deadline and closing.deadline.kind != "none" and (
                child.deadline is None or child.deadline.kind == "none" or child.deadline.inherited
            ):
                child.deadline = inherited(closing.deadline)




# A sentence turning to a topic before it names its unit (`Đối với dự án …, Phòng X …`): `opens` of `[new_point]`
_NEW_POINT = re.compile(rf"{as_written(lead_ins()['new_point']['opens'])}\s")


def _new_point(text: str, a: int, piece: str, found: Assignment) -> bool:
    """The clause at `a`, a sentence of its own, turns to a new topic and names its unit after it: a new point of the
    conclusion, its own task even for the unit of the task before."""
    return found.subject and found.start > 0 and sentence_apart(text, a) and _NEW_POINT.match(piece) is not None


def _speaks_only(text: str, mentions: list[UnitMention]) -> bool:
    """A lead-in naming one unit, first, that only tells or reports (`Giám đốc Sở X thông báo … như sau:`,
    `[describing]` of data/lead_ins.toml): it speaks, as `_lead_in` reads it; the items below are not its work."""
    return len(mentions) == 1 and mentions[0].start == 0 and predicate_is(text[mentions[0].end :], DESCRIBING)


def _own_duties(seg: Segment, at: int, found: Assignment) -> bool:
    """`1. Sở Giáo dục và Đào tạo: Hướng dẫn chuyên môn; …` under a plan's or a guidance's Tổ chức thực hiện: the
    issuer named alone before a colon at the head of an item, then its duties: its own task (as any unit's so named),
    where the issuer telling what it does in a sentence (`Sở X tổ chức kỳ thi …`) asks no one."""
    return seg.depth > 0 and at == 0 and found.start == 0 and seg.text[found.end : found.end + 2].strip().startswith(":")


def _gives_work(seg: Segment) -> bool:
    """`Giao UBND huyện X chuẩn bị báo cáo …` under a meeting's `Thành phần:`: a paragraph that opens by giving a unit
    work, no participant of the list."""
    if seg.depth or not seg.text[:1].isupper():
        return False
    return _opens_giving(assignment(seg.text[slice(*clauses(seg.text)[0])]))


_GIVING = ("giao", "yêu cầu", "đề nghị")  # the words work is given with (and a speaker asks again with)
# a headline telling that a body met: `[headline]` of data/lead_ins.toml
_HEADLINE = lead_ins()["headline"]
_MEETS = re.compile(rf"(?<![\wÀ-ỹ]){as_written(_HEADLINE['meets'])}(?![\wÀ-ỹ])")


def _opens_giving(found: Assignment | None) -> bool:
    """The clause opens by giving named units work (`Giao UBND xã …`, `Đề nghị Sở X …`)."""
    return found is not None and found.start == 0 and found.mode in _GIVING and bool(found.names)
_BRACKET = re.compile(r"\(([^()]{3,200})\)")


def _bracket_only(text: str, at: int) -> bool:
    """No work given in a participant's entry but by its bracket's clause at `at` (`… (giao Ban X chủ động mời)`:
    the `giao` read in the whole entry is the bracket's own)."""
    found = assignment(text)
    return found is None or found.start >= at


def _bracket_gives(text: str) -> tuple[int, Assignment] | None:
    """`Đại diện Công ty X (giao UBND xã chủ động mời)`, `(có danh sách kèm theo, giao Tổ trưởng … mời)`: a bracket in
    a participant's entry whose clause gives a unit work (`giao`, `yêu cầu`, `đề nghị` and the unit at its start):
    where the clause starts in `text`, and its assignment."""
    for bracket in _BRACKET.finditer(text):
        at = bracket.start(1)
        for piece in bracket.group(1).split(","):
            lead = len(piece) - len(piece.lstrip())
            clause = piece.strip()
            if clause[:1].islower():
                clause = clause[0].upper() + clause[1:]
            found = assignment(clause)
            if found is not None and _opens_giving(found):
                return at + lead, found
            at += len(piece) + 1
    return None


def _works_in_turn(text: str) -> bool:
    """`1. Bộ X chủ trì, phối hợp với … tổ chức thực hiện Đề án; xây dựng kế hoạch …; chỉ đạo, hướng dẫn … .` over
    items of its own: a sentence that spells out works, one after another (`;`), gives work itself (unlike `2.1. Sở X
    phối hợp với Sở Y trong công tác Z.`, which only names who and with whom). A `;` in its list of helpers (`…
    phối hợp với Sở Y; Sở Z …`) parts no works."""
    parts = [p.strip() for p in text.rstrip(" .").split(";")]
    return len(parts) > 1 and all(p[:1].islower() and read_unit(p, 0) is None for p in parts[1:])


# where an item's first clause ends: a semicolon, or a full stop before the next sentence
_FIRST_CLAUSE = re.compile(r";|\.\s")


def _duty_title(text: str) -> bool:
    """`1. Yêu cầu đối với các tổ chức, cá nhân được cấp phép khai thác.` over its numbered items: a title
    closed by a full stop (or a colon: `2. Trách nhiệm của Sở Y tế, Sở Công Thương, …:`) that only names whose duties follow (`Yêu cầu/Đề nghị/Trách nhiệm/Nhiệm vụ` `đối
    với/của` units, and no predicate after them: `... trong việc ...`), read as the heading it is."""
    m = DUTY_HEADING.match(text)
    if m is None or not text.endswith((".", ":")):
        return False
    if _party_owner(m.group(1)):
        return True
    mentions, end = read_units(m.group(1), 0)
    rest = m.group(1)[end:].strip(" ,;")  # more of the name than the reader takes (`kinh doanh xăng dầu`)
    return bool(mentions) and len(rest.split()) <= 12 and not _opens_predicate(rest)


def _party_owner(owner: str) -> bool:
    """Is the owner a duty title names a project's party by its role, and nothing more (`chủ đầu tư`, `đơn vị thi
    công`, `cơ quan quyết định đầu tư`: `[project_parties]`), or the class of people and bodies a quy định binds
    (`tổ chức, cá nhân thu thập, cung cấp dữ liệu`: `classes` of `[duty_heading]`)? The unit reader reads these only
    after a unit, or not at all."""
    if owner.startswith(_DUTY_CLASSES):
        return len(owner.split()) <= _DUTY_CLASS_WORDS
    party = read_party(owner, 0)
    return party is not None and not owner[party.end :].strip(" .,;:")


_DUTY_CLASSES = tuple(lead_ins()["duty_heading"]["classes"])
_DUTY_CLASS_WORDS = lead_ins()["duty_heading"]["class_words"]


def _topic_title(seg: Segment, nxt: Segment | None) -> bool:
    """`4. Về thời gian thực hiện song song hai quy trình.` over a paragraph that gives work of its own: a numbered
    topic that neither names anyone nor asks anything (no `cần`, `phải`, `đề nghị` ...) is that paragraph's
    title, however long, not a task."""
    if nxt is not None and 0 < seg.depth < nxt.depth and seg.text.endswith(".") and _ASKS.search(seg.text) is None:
        # ... and one closed by a full stop over items of its own (`2.2. Đối với công tác bảo vệ rừng.` / `- Xây dựng
        # …`), opening as a topic or with `Đối với` and no unit after it: their title
        topic = opens_topic(seg.text) or ((m := _FOR_UNITS.match(seg.text)) is not None and not read_units(seg.text, m.end())[0])
        return topic and assignment(seg.text) is None
    return (
        nxt is not None and seg.depth > 0 and nxt.depth == 0 and opens_topic(seg.text)
        and _ASKS.search(seg.text) is None and assignment(seg.text) is None and assignment(nxt.text) is not None
    )


# words that ask for work: `[asks]` of data/lead_ins.toml
_ASKS = re.compile(rf"(?<![\wÀ-ỹ]){as_written(lead_ins()['asks']['words'])}(?![\wÀ-ỹ])", re.I)


def _titles_sections(seg: Segment, nxt: Segment | None, task: Task, ctx: Frame | None) -> bool:
    """`1. Xử lý hồ sơ tồn đọng tại Chi cục.` over sub-sections of its own (`a) Đối với hồ sơ đã đủ điều kiện:`)
    under a lead-in: a short sentence that names no one itself (its units and mode are the lead-in's) is their
    title, not a task. Over plain items (`- Đẩy mạnh ...`) it stays a task of its own."""
    if ctx is None or not task.assignees or task.assignees != ctx.assignees or task.mode != ctx.mode:
        return False
    sub_section = nxt is not None and (nxt.text.rstrip().endswith(":") or is_heading(nxt))
    return sub_section and len(clauses(seg.text)) == 1 and len(seg.text.split()) <= 25


def _items_own_units(nxt: Segment | None, task: Task) -> bool:
    """`1. Sở X là cơ quan chủ trì, đầu mối đôn đốc … triển khai thực hiện.` over `1.1. Phòng Y và các đơn vị thuộc
    Sở: …`: the first item below opens with a unit of its own, none of the sentence's, so the sentence titles
    nothing; it is a task of its own, and the items are their units' (not `2.1. Sở X phối hợp với Sở Y …` over
    `- Rà soát …`, whose items are the sentence's)."""
    if nxt is None or not task.assignees:
        return False
    mentions, _ = read_units(nxt.text, 0)
    return bool(mentions) and mentions[0].start == 0 and not set(mentions[0].names) & set(task.assignees)


def _own_unit_over_points(seg: Segment, nxt: Segment | None, task: Task, ctx: Frame | None) -> bool:
    """`2. Đài Truyền thanh các huyện đưa tin về … .` over dashed points (`- Tiếp sóng …`) under a lead-in that
    asks other units (`… đề nghị các đơn vị thực hiện như sau:`): the item names its own unit and gives it work, a
    task itself; the points are more work of that unit, not of the lead-in's (nor titled by the item, where no
    lead-in names a unit: `Đối với các đơn vị thuộc Sở, đề nghị như sau:`)."""
    if not task.assignees or (ctx is not None and task.assignees == ctx.assignees) or nxt is None or nxt.depth < 5:
        return False
    mentions, end = read_units(seg.text, 0)
    # (the item opens with its unit, and its work is no helper's: `2.1. Sở X phối hợp với Sở Y trong công tác Z.`
    # only names who and with whom, the title of its points)
    # (nor a lead that only introduces its points: `2 - Sở X có trách nhiệm.`)
    return (
        bool(mentions) and mentions[0].start == 0 and _HELPS_OR_LEADS.match(seg.text, end) is None
        and not pure_lead(seg.text[end:])
    )


_HELPING_WORDS = lead_ins()["helping"]
# a helper's or the lead's words right after a unit (`Sở X phối hợp với …`, `Sở X chủ trì, …`)
_HELPS_OR_LEADS = re.compile(rf"\s*(?:{HELPER_WORDS}|{re.escape(_HELPING_WORDS['lead'])})(?![\wÀ-ỹ])")
# `X chủ trì;` closing a clause: `lead` of `[helping]` in data/lead_ins.toml
_LEAD_ONLY = re.compile(rf"\s*{re.escape(_HELPING_WORDS['lead'])}\s*[;,]?\s*$")


def _in_turn(text: str, at: int) -> bool:
    """Does the clause at `at` follow a comma or a semicolon of the same sentence (a unit given work in turn)?"""
    i = at
    while i and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] in ",;"


# the last comma clause of a sentence whose deadline is the whole sentence's: `whole` of `[in_turn]`
_WHOLE_CLAUSE = re.compile(rf",\s+(?={as_written(load_toml('clause_words.toml')['in_turn']['whole'])}\b)")


def _helpers_of_lead(text: str, open_end: int, lead: Assignment, piece: str, found: Assignment) -> bool:
    """`X chủ trì;` with nothing more (the open task's text ends at `open_end`), then `Y phối hợp ...`: the
    second clause names X's helpers. So does one after `X chủ trì, phối hợp với A;` with no work yet (`… chủ trì phối
    hợp với sở, ngành liên quan; UBND quận, huyện rà soát, …`): Y is one more of X's helpers, the work X's."""
    if not found.subject or found.start != 0:
        return False
    if lead.coordinators and _CHAIRS.search(text, lead.end, lead.coordinators[0].start) is not None and (
        not text[max(c.end for c in lead.coordinators) : open_end].strip(" ;,")
    ):
        return True
    if not fold(piece[found.end :]).lstrip(" ,").startswith("phoi hop"):
        return False
    # (or the second clause only helps, `…, Y phối hợp.`: Y helps X with the work X was given)
    return _LEAD_ONLY.match(text, lead.end, open_end) is not None or helps_only(piece, found.end)


# the lead's own word before its helpers (`X chủ trì, phối hợp với A; …`)
_CHAIRS = re.compile(r"(?<!\w)chủ\s+trì(?!\w)")
_DATED = lead_ins()["dated_opening"]
# `Ngày 14/3/2026, ...` opening a sentence: `[dated_opening]` of data/lead_ins.toml
_DATED_OPENING: Final = re.compile(
    rf"\s*(?:{as_written(_DATED['parts_of_day'])}\s+)?{either_case([_DATED['day']])}\s+"
    rf"(\d{{1,2}}(?:/|\s+{_DATED['month']}\s+)\d{{1,2}}(?:(?:/|\s+{_DATED['year']}\s+)\d{{4}})?)\s*,"
)
# the paragraph that closes the document (folded): `[sums_up]`
_SUMS_UP = tuple(lead_ins()["sums_up"]["starts"])


def _told_as_past(text: str, doc: Document) -> bool:
    """`Ngày 14/3/2024, Chủ tịch UBND tỉnh kiểm tra ...` in a notice dated after that day: what happened (the
    meeting, the visit), not work asked of anyone."""
    m = _DATED_OPENING.match(text)
    if m is None or doc.date is None or doc.date.year is None or doc.date.month is None:
        return False
    found = parse_date_phrase(m.group(1), doc.date)
    if found is None:
        return False
    day, issued = found[0], doc.date.as_date()
    if issued is None:  # a blank (or impossible) day: only a date in an earlier month is surely past
        return (day.year, day.month) < (doc.date.year, doc.date.month)
    return day < issued


_RECOUNTED = lead_ins()["recounted"]
# `Theo Hướng dẫn số …,` opening a sentence: `[recounted]` of data/lead_ins.toml
_RECOUNTED_OPENING: Final = re.compile(rf"\s*{as_written(_RECOUNTED['openers'])}\s+{as_written(_RECOUNTED['documents'])}\b")


def _recounted(text: str, doc: Document) -> bool:
    """`Theo Hướng dẫn số …, các chi bộ gửi báo cáo … trước ngày 30/11/2024.` in a letter of December: what an
    earlier document asked, by a day already past, told before the letter urges those late; no task now."""
    if _RECOUNTED_OPENING.match(text) is None:
        return False
    own = own_deadline(text, doc)
    return own is not None and _before_issue(own, doc)


_COPY_RECOUNT = lead_ins()["copy_recount"]
# `Chính vì vậy, ngày 17-4-2015, …` opening a sentence: `[copy_recount]` of data/lead_ins.toml
_COPY_RECOUNT_OPENING: Final = re.compile(
    rf"\s*{as_written(_COPY_RECOUNT['connectives'])}\s*,\s*{either_case([_COPY_RECOUNT['day']])}\s+"
    r"\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{4})?\s*,\s*[^:]{0,160}?(?<![\wÀ-ỹ])số\s+(\d+[^\s,;:]*)"
)


def recounted_in_copy(text: str, doc: Document) -> bool:
    """A copy with no header (a news item) telling, after `Chính vì vậy,` or `Trước đó,` and a day, a numbered
    document not its own (`… ngày 17-4-2015, Bộ Y tế có Công điện số 300/CĐ-BYT đề nghị các tỉnh …`): what that
    document asked, background to the item's own request; no task of the item's."""
    if doc.issuer is not None:
        return False
    m = _COPY_RECOUNT_OPENING.match(text)
    if m is None:
        return False
    own = {fold(n).replace(" ", "") for n in doc.own_caption.numbers} if doc.own_caption is not None else set()
    return fold(m.group(1)).rstrip(".") not in own


def _before_issue(deadline: Deadline, doc: Document) -> bool:
    """Is the deadline's day before the document's date (a time told of the past)?"""
    issued = doc.date.as_date() if doc.date is not None else None
    return deadline.due is not None and issued is not None and deadline.due < issued


# `[enacting]` of lead_ins.toml: the formula that ends a preamble, in capitals, alone or after a comma
_ENACTING = re.compile(rf"(?:^|,\s*){as_written(lead_ins()['enacting']['words'])}\s*:?\s*$")


def _enacts(text: str) -> bool:
    """`…, Hội đồng nhân dân khóa XVII, QUYẾT NGHỊ:`: the end of the preamble; no section of it reaches below."""
    return ("QUYẾT" in text) and _ENACTING.search(text) is not None


def _sums_up(text: str) -> bool:
    """`Trên đây là ...`: the paragraph that closes the document, never the item above running on (its request,
    `... kính báo cáo X theo dõi`, asks X for work of its own)."""
    return fold(text[:12]).startswith(_SUMS_UP)


def _copied(deadline: Deadline) -> Deadline:
    """A deadline of its own for a task: `dataclasses.replace(deadline)` without its per-call walk of the
    fields (a test holds the two alike)."""
    return Deadline(deadline.text, deadline.due, deadline.kind, deadline.inherited, deadline.span)


_ANEW_REACH = 200  # the characters of a paragraph in which its own request is looked for
_CLOSING_MARK = re.compile(r"\s*\./\.$")  # the `./.` that closes a document's last sentence
# the separator before one more entry of a list of addressees, and the `và` before its last
_LIST_SEP = re.compile(r"\s*[;,]\s*")
_AND = re.compile(r"\s+và\s+")
# a paragraph that only explains the item above (`Lý do: …`): `[item_note]` of data/lead_ins.toml
ITEM_NOTE = tuple(lead_ins()["item_note"]["starts"])
# a bracket alone that says what goes with the letter (`(Có đề cương chi tiết gửi kèm)`): `[attachment_note]`
_ATTACHED = tuple(lead_ins()["attachment_note"]["words"])


def attachment_note(text: str) -> bool:
    """`(Có đề cương chi tiết gửi kèm)`: a paragraph wholly in brackets naming what is sent with the letter."""
    body = text.rstrip(" .")
    return body[:1] == "(" and body[-1:] == ")" and body.count("(") == 1 and any(w in body for w in _ATTACHED)


_ADVERBIAL_WORDS = 3  # the most words of an adverbial before a request (`Trước mắt,`, `Bên cạnh đó,`)


def _labelled_work(text: str) -> bool:
    """`Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện: Chủ động xây dựng …`: a paragraph that names its units
    first and, after a colon, their work (a request's item that a news copy printed without its list mark)."""
    named, end = read_units(text, 0)
    if not named or named[0].start != 0:
        return False
    rest = text[end:].lstrip()
    return rest.startswith(":") and opens_with_action(rest[1:].lstrip())


def _after_adverbial(text: str, at: int) -> bool:
    """`Trước mắt, đề nghị Công ty …`: the request at `at` opens its paragraph but for a short adverbial and its comma,
    so the paragraph is a request of its own, not the item above running on. So does one after the paragraph's own
    label and its colon (`Ý kiến chỉ đạo của Bí thư Tỉnh ủy: Đề nghị UBND tỉnh …` under a citizen's petition): the
    label names whose word follows, the item above is not continued."""
    before = text[:at].strip()
    if before.endswith(":"):
        label = before[:-1]
        return bool(label) and not _SENTENCE_IN_LABEL.search(label) and len(label.split()) <= _LABEL_WORDS
    return before.endswith(",") and len(before.split()) <= _ADVERBIAL_WORDS


_LABEL_WORDS = 12  # the most words of a paragraph's label before its colon (`Ý kiến chỉ đạo của Bí thư Tỉnh ủy:`)
_SENTENCE_IN_LABEL = re.compile(r"[.;:!?]")  # a label is one phrase: no sentence or clause ends inside it


# a heading of recommendations: `[recommending]` of data/lead_ins.toml (matched folded, then as written)
_RECOMMENDING_WORDS = tuple(lead_ins()["recommending"]["words"])
_RECOMMENDING_FOLDED = as_written(fold(w) for w in _RECOMMENDING_WORDS)
_RECOMMENDING = re.compile(rf"\b{_RECOMMENDING_FOLDED}\b")
# ... or such a heading written as the label of its paragraph (`b. Kiến nghị: Đề nghị Quý cơ quan …`)
_RECOMMENDING_LABEL = re.compile(rf"{_RECOMMENDING_FOLDED}(?:\s*,\s*{_RECOMMENDING_FOLDED})*\s*:")


def _gazetteer_name(name: str) -> str:
    """A unit's name read from capitals put into sentence case (`Sở y tế`): the gazetteer's spelling where it knows the
    unit for sure (`Sở Y tế`), else as read."""
    canonical, confidence = _REGISTRY_DEFAULT.match(name.upper())
    return canonical if canonical and confidence >= 1.0 else name


def _cased_owners(cased: str) -> list[UnitMention]:
    """The units a heading read in sentence case is (`Cục phòng bệnh`) or names after `Đối với`; else none."""
    if owners := units_for(cased):
        return owners
    mentions, end = read_units(cased, 0)
    return mentions if mentions and mentions[0].start == 0 and not cased[end:].strip(" .:") else []


# the first word of a unit's name after its head, in a heading read in sentence case (`Cục quản lý khám`): the word
# after the heading's first, or after `Đối với` and the head
_NAME_WORD = re.compile(r"\S+[ \t]+(?=\w)")


def _name_capitalised(cased: str) -> str | None:
    """`Cục quản lý khám, chữa bệnh` → `Cục Quản lý khám, chữa bệnh`: the word after the unit's head in a capital,
    as a proper name writes it (the head alone is what a field word in lower case leaves read); None where no word
    follows."""
    topic = _FOR_UNITS.match(cased)
    m = _NAME_WORD.match(cased, topic.end() if topic is not None else 0)
    if m is None:
        return None
    at = m.end()
    return cased[:at] + cased[at].upper() + cased[at + 1 :]


def _sentence_cased(text: str) -> str | None:
    """A heading in capitals (`ĐỐI VỚI SỞ Y TẾ`) in sentence case, the unit's head after `Đối với` in a capital
    (`Đối với Sở y tế`), the same length; None for any other heading."""
    if not is_upper(text):
        return None
    cased = text[:1] + text[1:].lower()
    if len(cased) != len(text):
        return None
    if (topic := _FOR_UNITS.match(cased)) is not None:  # `Đối với Sở y tế …`: the unit's head after the topic
        at = topic.end()
        cased = cased[:at] + cased[at : at + 1].upper() + cased[at + 1 :]
    return cased


def recommends(heading: str) -> bool:
    """Whether a heading is one of recommendations (`KIẾN NGHỊ`, `Một số đề xuất`; never `… để xuất khẩu`)."""
    m = _RECOMMENDING.search(fold_chars(heading))
    return m is not None and written_as(heading[m.start() : m.end()], _RECOMMENDING_WORDS)


def _recommending_label(text: str) -> bool:
    """`Kiến nghị: Đề nghị …`: a paragraph opening with the label of recommendations."""
    m = _RECOMMENDING_LABEL.match(fold_chars(text[:60]))
    return m is not None and recommends(text[: m.end()])
# words of a heading after the units it assigns (folded): `[heading_filler]`
_STAFF = load_toml("unit_heads.toml")["office_forms"]
# a heading naming a post and the field in its charge alone (`Phó chủ tịch phụ trách lĩnh vực X`): `staff` of
# `[office_forms]` (data/unit_heads.toml), with `[offices] plural` and `charge`; the field runs to the heading's end
# and holds no word of work (`kiểm tra`, `chỉ đạo`: a sentence, not a heading)
_STAFF_HEADING = re.compile(
    rf"(?:(?:Các|các)\s+)?(?:{as_written(_STAFF['staff'])})\s+(?:{as_written(_STAFF['charge'])})\s+\S"
)
_STAFF_WORK = re.compile(rf"\b(?:{as_written(_STAFF['staff_work'])})\b")


_OFFICE_WORDS = load_toml("unit_heads.toml")["offices"]["words"]
# an item opening with a form of address and a post, then a colon and the post's duties (`Đồng chí Phó Trưởng phòng
# Văn hóa - Xã hội - Phó Trưởng tiểu ban: Trực tiếp chỉ đạo …`): `address` of `[office_forms]`, then an office of
# `[offices]` or a post of `staff`, up to the colon (at most 20 words)
_ADDRESSED_POST: Final = re.compile(
    rf"(?:(?:Các|các)\s+)?(?:{as_written(_STAFF['address'])})\s+"
    rf"(?P<post>(?:(?:Phó\s+)?{as_written([w for w in _OFFICE_WORDS if w[:1].isupper() and w not in _STAFF['address']])}"
    rf"|{as_written(_STAFF['staff'])})\b[^:;.]{{0,160}}?)\s*:\s+\S"
)


def addressed_post(text: str) -> tuple[int, int] | None:
    """Where the post named after a form of address at the head of an item stands (`Đồng chí Trưởng phòng Tư pháp:
    theo dõi …` → `Trưởng phòng Tư pháp`), when a colon and the post's duties follow; else None."""
    m = _ADDRESSED_POST.match(text)
    if m is None or len(m.group("post").split()) > 20:
        return None
    return m.span("post")


def staff_heading(text: str) -> str | None:
    """The post a heading names with the field in its charge alone (`Các Phó Chủ tịch phụ trách khối kinh tế`), as
    written; None for any other heading."""
    name = text.strip().rstrip(":.; ")
    if _STAFF_HEADING.match(name) is None or len(name.split()) > 24 or _STAFF_WORK.search(name):
        return None
    return name


_HEADING_FILLER = re.compile(rf"\b{as_written(lead_ins()['heading_filler']['words'])}\b")
# a lead-in that lists topics (`... dữ liệu về:`): `[topics_lead]` of data/lead_ins.toml
# ... or the objects of its work (`… xử lý nghiêm các hành vi vi phạm sau:`): `objects` of `[topics_lead]`
_TOPICS = lead_ins()["topics_lead"]
_OBJECTS_LEAD = re.compile(
    rf"(?<!\w)(?:các|những)\s+{as_written(_TOPICS['objects'])}(?:\s+[^\s,;:.]+){{0,6}}?"
    rf"\s+{as_written(_TOPICS['object_ends'])}\s*:\s*$"
)
_TOPICS_LEAD = re.compile(rf"\s{as_written(_TOPICS['ends'])}\s*:\s*$|{_OBJECTS_LEAD.pattern}")
# a lead-in naming what something holds (`Hồ sơ đăng ký gồm:`): `[contents_lead]`
_CONTENTS_LEAD = re.compile(rf"\s{as_written(lead_ins()['contents_lead']['ends'])}\s*:\s*$")
# a lead-in of notes (`Một số lưu ý ...:`) or of a case (`Trường hợp ...:`) that names no one: `[notes_or_case]`
_NOTES_OR_CASE = re.compile(rf"{as_written(lead_ins()['notes_or_case']['starts'])}\b")
# `Báo cáo kết quả ...` opening a sentence: the verb (`báo cáo` alone more often names a report): `[reports_back]`
_REPORTS_BACK = re.compile(
    rf"{re.escape(lead_ins()['reports_back']['verb'])} {as_written(lead_ins()['reports_back']['objects'])}\b"
)
# a paragraph after a list that sends the report in, naming no one (`Báo cáo gửi về Sở … trước ngày …`): `[sends_report]`
_SENDS_REPORT = re.compile(rf"{as_written(lead_ins()['sends_report']['starts'])}\b")
# a closing sentence setting the time of the work above as a whole: `[dates_above]` of data/lead_ins.toml
_DATES_ABOVE = re.compile(rf"{either_case(lead_ins()['dates_above']['opens'])}\b")
# a paragraph naming no one that sets the time of the work above: `[carries_on]` of data/lead_ins.toml
_CARRIES_ON = re.compile(
    rf"(?:(?:{either_case(lead_ins()['carries_on']['asks'])})\s+)?{either_case(lead_ins()['carries_on']['verbs'])}\b"
    rf"|{either_case(lead_ins()['carries_on']['times'])}\b"
)
# ... of which the times alone (`Thời hạn gửi báo cáo trước ngày …`): the item that only dates the request above
_TIME_OPENS = re.compile(either_case(lead_ins()["carries_on"]["times"]) + r"\b")
# a lead-in run into the first task on its line (`… có ý kiến như sau: Giao Sở X …`): `[inline_lead]`
_INLINE_LEAD = re.compile(rf"(?<![\wÀ-ỹ]){as_written(lead_ins()['inline_lead']['ends'])}\s*:\s+$")


def _inline_lead(text: str, found: Assignment) -> int:
    """Where a clause's task text starts: after a lead-in the clause runs into its order (`Sau khi xem xét, Chủ tịch
    UBND tỉnh có ý kiến như sau: Giao Sở X …` → at `Giao`), else 0."""
    if found.start < 3 or text[found.start - 1] not in " \t":
        return 0
    if ":" not in text[max(0, found.start - 4) : found.start]:
        # ... or into an introductory phrase that opens its order (`… chỉ đạo: Sau khi đồ án được duyệt, Sở X …` → at
        # `Sau khi`), its unit after the phrase's comma
        colon = text.rfind(": ", 0, found.start)
        if colon < 0 or not opens_introductory(text, colon + 2) or "." in text[colon:found.start]:
            return 0
        return colon + 2 if _INLINE_LEAD.search(text, 0, colon + 2) else 0
    return found.start if _INLINE_LEAD.search(text, 0, found.start) else 0


# the request or report a lead-in opens with, considered by the speaker: `[considered]` of data/lead_ins.toml
_CONSIDERED = tuple(fold(o) + " " for o in lead_ins()["considered"]["openers"])


def opens_considered(text: str) -> bool:
    """Does `text` open with the request or report its speaker considered (`Xét đề nghị của X …`)? In a paragraph
    that background is no part of the order's text (`_after_considered`), nor are the times it tells of what was
    asked (`… lùi thời hạn sang Quý I năm 2026, Phó Thủ tướng có ý kiến như sau:` dates no item below)."""
    return fold(text[:16]).startswith(_CONSIDERED)


def _after_considered(text: str, found: Assignment) -> int:
    """In a paragraph that opens with the request its speaker considered (`Xét đề nghị của X tại văn bản số …,
    Phó Thủ tướng Y giao Z …`), where the speaker's clause starts: after the last comma before the order; else 0.
    The request is the background of the order, not its text."""
    if found.start < 20 or not opens_considered(text):
        return 0
    comma = text.rfind(", ", 0, found.start)
    return comma + 2 if comma > 0 else 0


# only introduces the items below: `[introduces]`
_ITEM_DEPTH = 4  # segment depth of a lettered item (`a)`); dashes (`-`, `+`) go deeper, numbers (`1.`) less deep
_DASH_DEPTH = 5  # segment depth of a dashed item (`-`)

# what a guidance item is about, before a colon and the unit that acts (`Biên bản hội nghị (Bước 2): Các cơ quan …`)
_ITEM_LABEL = re.compile(rf"[^:;.]{{2,60}}?:\s+(?=[{VI_UPPER}])")
_INTRODUCES = re.compile(rf"{as_written(lead_ins()['introduces']['ends'])}\s*:\s*$")
_ASIDE = re.compile(r"\(([^()]{12,300})\)")
# the helper words and the commas of an aside after who answers for it: `[helping]` of data/lead_ins.toml
_HELPER_WORDS = re.compile(rf"{HELPER_WORDS}|[,;]")
# who answers for an aside's work: `answerable` or `lead` of `[helping]`
_ASIDE_ROLE = re.compile(rf"\s*{as_written([*_HELPING_WORDS['answerable'], _HELPING_WORDS['lead']])}\b[\s,]*")
# an introductory clause (`Khi ...,`, `Trường hợp ...,`) before the verb: the verb is the sentence's own
# (`[intro_clause]` of data/lead_ins.toml)
_INTRO = lead_ins()["intro_clause"]
_INTRO_CLAUSE = re.compile(rf"(?:^|:\s+){as_written([*_INTRO['openers'], *_INTRO['grounds']])}\b[^:;]*,\s*$")


_ASKING = ("yêu cầu", "đề nghị")  # the modes of a request a news item's next paragraphs go on with
_ISSUER_NAME_MAX = 80  # characters: an issuer's name before its order, as an item opens with it
_VERB_GAP = 14  # the most characters between the issuer's name and the unit it hands work on to (` giao cho `)


def _names_own_number(lead: str, numbers: tuple[str, ...]) -> bool:
    """A news lead naming a document by number directs in the text's own name only when the number is the text's own
    (`… vừa ký Công điện 134/CĐ-TTg yêu cầu …`), not that of an earlier document the copy goes on to recall (`Ngày
    21/8, Thủ tướng đã có Công điện số 82/CĐ-TTg chỉ đạo …`: background). With no number of its own read, any."""
    if not numbers:
        return True
    squeezed = lead.replace(" ", "")
    return any(n.replace(" ", "") in squeezed for n in numbers)


def _issuer_turns_to(ctx: Frame, piece: str, found: Assignment, before: str = "") -> bool:
    """Under the issuer's own order over a list (`UBND tỉnh chỉ thị các sở ... như sau:`), an item whose
    sentence opens with a condition and then orders a unit (`Khi nhà đầu tư có kiến nghị, yêu cầu các sở liên
    quan trả lời ...`) gives that unit the work: the issuer still speaks, and turns to another addressee. So does
    one that gives its ground first, however many parts (`Căn cứ …; …, yêu cầu các sở …`); `before`: the item's
    text before the piece."""
    if _issuer_asks_apart(ctx, found):
        return True
    if ctx.mode not in ("yêu cầu", "giao", "đề nghị") or found.start <= 0:
        return False
    if _INTRO_CLAUSE.search(piece[: found.start]):
        return True
    lead = before + piece[: found.start]
    return lead.rstrip().endswith(",") and fold(lead[:40]).startswith(_GROUNDS)


def _heading_units_go_on(seg: Segment, text: str, start: int, found: Assignment, names: list[str], ctx: Frame) -> bool:
    """A list item that opens with work of its own in a sentence naming no one, under a heading or lead-in that
    names its units (`a) Các sở, UBND các huyện` / `- Rà soát quy hoạch … . Các sở khẩn trương báo cáo …`): a later
    sentence naming some of those units goes on with the item, whose units stay the heading's."""
    if not seg.depth or not ctx.assignees or not names or start >= found.start or not sentence_apart(text, found.start):
        return False
    keys = {unit_key(n) for n in ctx.assignees}
    return all(unit_key(n) in keys for n in names)


def _ends_sentence(text: str, a: int, b: int) -> bool:
    """The clause `text[a:b]` is a sentence of its own (`Kinh phí … được bố trí từ ngân sách tỉnh.`): in a
    paragraph (not a list item, whose whole text is its task) a sentence that names no one before a unit's task
    is background, not part of that task's text. A lead-in keeps its opening sentences: their time is its items'
    (`… tổ chức kỳ thi vào ngày 18/01/2025. … đề nghị UBND các huyện chỉ đạo một số việc sau:`)."""
    return text[a:b].rstrip().endswith(".") and b < len(text) and not text.rstrip().endswith(":")


def _issuer_asks_apart(ctx: Frame, found: Assignment) -> bool:
    """`BTV Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, cơ quan, đơn vị …:` then an item `Đề nghị Ủy ban MTTQ tỉnh
    …`: the issuer asks a body it does not order; the groups at large it ordered ask no one. Under a lead-in that
    itself requests (`UBND phường đề nghị các đơn vị thực hiện … sau:`), an item `Đề nghị Ủy ban MTTQ phường …`
    is one more request of the same voice: the bodies the lead-in asked do not ask it in turn."""
    if found.mode != "đề nghị" or found.start != 0 or not ctx.assignees:
        return False
    if ctx.mode == "đề nghị":
        return True
    # (so does a heading naming groups at large, `3. Đối với các tổ chức khác` / `Đề nghị Ủy ban MTTQ …, Hội …`: the
    # groups are whom the part is for, the request names who among them is asked)
    return ctx.mode in ("yêu cầu", "giao", None) and all(n[:4] in ("các ", "Các ") for n in ctx.assignees)
# `chủ trì, phối hợp chặt chẽ với`: `[helping]` of data/lead_ins.toml
_HELPING = re.compile(
    rf"^[\s,]*{re.escape(_HELPING_WORDS['lead'])}\s*(?:,\s*)?(?={as_written(_HELPING_WORDS['verbs'])}|$)"
    rf"|^[\s,]*{HELPER_WORDS}\s*"
)


# a bracket right after the addressee or the subject names them anew or shortly (`(sau đây gọi tắt là các đơn vị)`,
# `(GDĐT)`): no work of its own
_AFTER_NAME_BRACKET = re.compile(r"^\s*\([^()]{1,120}\)")


# `của` and a unit after a name: whose (`Đề án bệnh viện vệ tinh của Bộ Y tế`)
_OWNER_AFTER = re.compile(r"[ \t]+của[ \t]+")


def _without_helpers(text: str, found: Assignment) -> str:
    """What a lead-in says after its addressee, less `chủ trì, phối hợp với <units>` (`Sở X chủ trì, phối hợp
    với các sở, ngành:` introduces the list below and is not a task of its own)."""
    rest = _AFTER_NAME_BRACKET.sub(" ", text[found.end :], count=1)  # `(sau đây gọi tắt là …)`: who they are
    for mention in sorted(found.coordinators, key=lambda m: -m.start):
        if mention.start >= found.end:
            a, b = mention.start - found.end, mention.end - found.end
            rest = rest[:a] + " " + rest[b:]
    helped = False
    while (m := _HELPING.match(rest)) is not None and m.end():
        helped = helped or "hợp" in m.group(0)
        rest = rest[m.end() :]
    if helped and rest.rstrip().endswith(":") and not _acts(rest):
        return ""  # only more helpers (`... BHXH tỉnh, thành phố và các cơ quan liên quan:`)
    return rest


# What goes on after a unit's short name to place it (`Sở Tư pháp` + `các tỉnh, thành phố …`, + `tỉnh Nam Bình`)
_PLACE_ON = ("các ", "tỉnh ", "huyện ", "thành phố ", "quận ", "thị xã ", "xã ", "phường ")


# A unit's name going on with what it deals with (`Vụ Các vấn đề chung về xây dựng pháp luật`, `Ủy ban về người
# Việt Nam ở nước ngoài`): read in a heading that is that name alone (`_bare_name`).
_NAME_GOES_ON = re.compile(r" về (?=\w)")
_BARE_NAME_WORDS = 12


# a relative clause that narrows a group (`[relative]` of data/unit_heads.toml: `openers`, unless `not_narrowing`
# follows), or the projects a group of owners owns (`of` of `[project_owner]`: `Các chủ đầu tư dự án …`), running
# to the end of a title
_RELATIVE = load_toml("unit_heads.toml")["relative"]
_OWNED = load_toml("unit_heads.toml")["project_owner"]["of"]
_NARROWING = re.compile(
    rf" (?:{as_written(_RELATIVE['openers'])} (?!{as_written(_RELATIVE['not_narrowing'])}\b)|"
    rf"{as_written(_OWNED)} )[^:;.()]+$"
)


def _narrowed_title(text: str, end: int) -> bool:
    """Does the title go on after the group it opens with (`text[:end]`) with a clause that narrows it, to its
    end (`Các cơ quan, đơn vị được giao quản lý, sử dụng tài sản`)?"""
    return _NARROWING.match(text.rstrip(" .:"), end) is not None


# the line that hands duties to the units listed just above it (`Có trách nhiệm:`, `Có nhiệm vụ:`), and the end of
# the lead-in that listed them (`Giao các sở quản lý chuyên ngành … gồm:`)
_DUTIES_OF_LISTED: Final = re.compile(r"(?:[Cc]ó|[Cc]hịu) (?:trách nhiệm|nhiệm vụ)(?: sau| như sau)?\s*:")
_LISTS_UNITS = re.compile(r"\bgồm(?: có)?\s*:$")
_SCOPE_AFTER_NAME = re.compile(r"\s*(?:\([^()]*\))?\s*[;.,]?")


def _listed_unit(text: str) -> list[UnitMention] | None:
    """The units a listing line names, when it is their names alone, or with what each answers for in brackets
    (`Sở Xây dựng (đối với tài sản kết cấu hạ tầng đô thị);`); else None."""
    mentions, end = read_units(text, 0)
    if not mentions or mentions[0].start > 0 or not _SCOPE_AFTER_NAME.fullmatch(text, end):
        return None
    return mentions


def _bare_name(text: str) -> bool:
    """A heading that is a name alone: short, one clause, no stop nor colon."""
    text = text.rstrip(" .")
    return len(text.split()) <= _BARE_NAME_WORDS and not any(c in text for c in ",;:()")


def _acts(text: str) -> bool:
    """Does a verb of `task_verbs.toml` (a long one: `thực hiện`, `triển khai`) start any word of `text`?"""
    verbs = tuple(p for p in _predicates() if len(p) > 3 and " " in p)
    return any(text[m.start() :].startswith(verbs) for m in re.finditer(r"(?<!\S)\S", text))


_URGING = lead_ins()["urges"]
# `... đôn đốc Y, Z tổ chức thực hiện:`: `[urges]` of data/lead_ins.toml
_URGES = re.compile(rf"(?<![\wÀ-ỹ]){as_written(_URGING['verbs'])}(?:,\s*{as_written(_URGING['then'])})?\s+")
_URGED_DO = re.compile(
    r"\s+"
    + "".join(rf"(?:{re.escape(w)}\s+)?" for w in _URGING["before_do"])
    + rf"{re.escape(_URGING['do'])}(?:\s+{as_written(_URGING['determiners'])} {as_written(_URGING['nouns'])}"
    rf"(?:\s+{as_written(_URGING['after_nouns'])})?)?(?:\s+{re.escape(_URGING['manner'])})?\s*:\s*$"
)


# the issuer or its head directs the units it names next: `[directs]` of data/lead_ins.toml
_DIRECTS = re.compile(
    rf"\s*(?:(?:{re.escape(lead_ins()['directs']['past'])}\s+)?{as_written(lead_ins()['directs']['before'])}\s+)?"
    rf"{as_written(lead_ins()['directs']['verbs'])}\s+"
)


def _directed(text: str, found: Assignment) -> Assignment | None:
    """`Chủ tịch UBND xã chỉ đạo các bộ phận chuyên môn thực hiện …` (`found`: the issuer or its head as subject):
    the units it directs, named right after the verb and before a verb of their own work, are asked; else None."""
    named = _units_after(_DIRECTS, text, found.end)
    if named is None:
        return None
    mentions, end = named
    return Assignment(assignees=mentions, coordinators=coordinators(text, end), mode="yêu cầu", start=found.start, end=end)


# a copy with no header: the leader it names by office directs the units named next (`[directs] speakers`)
_DIRECTS_WORDS = lead_ins()["directs"]
_SPEAKER_DIRECTS = re.compile(
    rf"[ \t]+(?:{as_written(_DIRECTS_WORDS['also'])}[ \t]+)?{as_written(_DIRECTS_WORDS['verbs'])}(?![\wÀ-ỹ])"
)
# ... or the committee itself by its bare level (`UBND tỉnh chỉ đạo …`): `bare_bodies`, `bare_levels` of `[directs]`
_BARE_BODY = re.compile(rf"{as_written(_DIRECTS_WORDS['bare_bodies'])} {as_written(_DIRECTS_WORDS['bare_levels'])}")
_SPEAKER_VERB = re.compile(rf"\s*(?:{as_written(_DIRECTS_WORDS['also'])}\s+)?{as_written(_DIRECTS_WORDS['verbs'])}\s+")


def speaker_directs(text: str) -> Assignment | None:
    """In a copy with no header, `<one leader by office> [cũng] chỉ đạo <units> <their work>` (`ông X – Phó Chủ tịch
    UBND huyện chỉ đạo Phòng Y hướng dẫn …`): the leader, the head of a directing body (`heads_directing_body`), speaks,
    the units he directs are asked; else None. A holder of a group (`Chủ tịch UBND các xã`), a body (`UBND các huyện
    chỉ đạo …`) or the head of another body (`Giám đốc Sở Y tế`) is no speaker."""
    for verb in _SPEAKER_DIRECTS.finditer(text):
        window = text[max(0, verb.start() - 120) : verb.start()]
        speaker = next((u for u in find_units(window) if u.end == len(window)), None)
        if speaker is None:
            continue
        if not heads_directing_body([speaker.names[0]]) and not _BARE_BODY.fullmatch(speaker.names[0]):
            continue
        named = _units_after(_SPEAKER_VERB, text, verb.start())
        if named is not None:
            mentions, end = named
            return Assignment(assignees=mentions, coordinators=coordinators(text, end), mode="yêu cầu", start=0, end=end)
    return None


# the subject is to guide the units it names next: `[guides]` of data/lead_ins.toml
_GUIDES = re.compile(rf"\s*(?:\([^()]{{1,120}}\)\s*)?{as_written(lead_ins()['guides']['verbs'])}\s+")


def _guided(text: str, found: Assignment) -> list[UnitMention] | None:
    """`Cục X hướng dẫn Chi cục Y thực hiện ...`: the units the subject is to guide, named right after its
    `hướng dẫn` and before a verb of their own work (not `Sở X hướng dẫn như sau:`, the issuer's own guidance)."""
    named = _units_after(_GUIDES, text, found.end)
    return named[0] if named is not None else None


def _units_after(verb: re.Pattern[str], text: str, at: int) -> tuple[list[UnitMention], int] | None:
    """The units named right after `verb` (matched at `at`) and before a verb of their own work, with where they
    end; None when `verb` is not there or no such units follow it."""
    m = verb.match(text, at)
    if m is None:
        return None
    mentions, end = read_units(text, m.end())
    if not mentions or mentions[0].start != m.end() or not _acts(text[end:]):
        return None
    return mentions, end


def _fuller_form(name: str, text: str) -> tuple[int, int] | None:
    """Where `text` names the unit `name` more fully, as the subject of what it does: the same words with a few
    more in between (`Chi cục Hải quan ban hành quyết định` → `Chi cục Hải quan nơi ban hành quyết định`)."""
    words = name.split()
    if len(words) < 3 or words[0] not in text:
        return None
    gap = r"(?:\s+[^\s,;:.()]+){0,3}?\s+"
    pattern = r"(?<![\wÀ-ỹ])" + gap.join(map(re.escape, words)) + r"(?![\wÀ-ỹ])"
    for m in re.finditer(pattern, text):
        if len(m.group(0).split()) > len(words) and _opens_predicate(text[m.end() :].lstrip()):
            return m.span()
    return None


def _urged(text: str) -> tuple[list[str], tuple[int, int]] | None:
    """`... đôn đốc Y, Z tổ chức thực hiện:` → the units urged (each piece of the list opens with a unit)."""
    verb = _URGES.search(text)
    end = _URGED_DO.search(text)
    if verb is None or end is None or end.start() <= verb.end():
        return None
    listed = text[verb.end() : end.start()]
    parts = [p for p in re.split(r"\s*[,;]\s*|\s+và\s+", listed) if p]
    if not parts or len(listed.split()) > 30 or any(read_unit(p, 0) is None for p in parts):
        return None
    return parts, (verb.end(), end.start())


# who a heading of a duty section may name with a group noun and no `các` (`5. Chủ đầu tư các dự án:`)
_BARE_GROUPS = tuple(task_verbs()["bare_group"]["nouns"])


# `[party_organs]` of data/unit_heads.toml: the organs a heading may name, and the words with which an item under
# it leads the body the organ is of (`leads`)
_ORGANS = load_toml("unit_heads.toml")["party_organs"]
_ORGAN_NAMES = tuple(_ORGANS["words"])
_ORGAN_LEADS = tuple(w + " " for w in _ORGANS["leads"])


def _organ_leads(text: str, found: Assignment, owners: list[str]) -> bool:
    """`Lãnh đạo Ủy ban MTTQ tỉnh giám sát …` read as the work of the Front's leaders, in an item under a heading that
    names a Party organ (`Đối với Đảng đoàn Mặt trận Tổ quốc tỉnh`): the organ leads that body; the item is its."""
    return (
        found.subject
        and found.start == 0
        and text.startswith(_ORGAN_LEADS)
        and any(o.startswith(_ORGAN_NAMES) for o in owners)
    )


def _listed_owners(text: str) -> list[tuple[int, int]] | None:
    """The units a heading over a list of duties names: those the unit reader reads up to its end, or, when the
    reader stops short, a name with a comma in it before `và` another unit (`Phòng Kiểm tra A và B, C và các đơn vị thuộc Sở`),
    or a group noun written without `các` (`Chủ đầu tư các khu công nghiệp`). None when the heading says more
    than who (a predicate, a topic)."""
    mentions, end = read_units(text, 0)
    if mentions and mentions[0].start == 0 and not text[end:].strip(" .,;"):
        return [(m.start, m.end) for m in mentions]  # the reader took the whole heading (a name with its own comma
        # and `và`: `Phòng Cảnh sát phòng cháy, chữa cháy và các đơn vị thuộc Sở`): those are its units
    if mentions and mentions[0].start == 0:
        at = text.rfind(" và ", end)
        if at < 0 or len(text[end:at].split()) > 4 or _opens_predicate(text[end:at].lstrip(" ,")):
            return None
        more, last = read_units(text, at + 4)
        if not more or more[0].start != at + 4 or last != len(text):
            return None
        return [(0, at)] + [(m.start, m.end) for m in more]
    lowered = text[:1].lower() + text[1:]
    if not lowered.startswith(_BARE_GROUPS):
        return None
    mentions, end = read_units("các " + lowered, 0)
    rest = lowered[end - 4 :].strip()
    if not mentions or len(rest.split()) > 4 or _opens_predicate(rest):
        return None
    return [(0, len(text))]


_URGES_ONLY = re.compile(task_verbs()["urges_only"]["pattern"])


def _urges_only(rest: str) -> bool:
    """A lead-in whose unit only urges others to carry out the items below (`Sở X chủ trì đôn đốc các chủ
    đầu tư thực hiện các dự án sau:`): the items are the work, each of the unit it names."""
    return _URGES_ONLY.match(rest) is not None


def _nested_marker(heading: str | None, item: str | None) -> bool:
    """Is `item` (`a.1)`, `2.1.`) numbered under the heading marked `heading` (`a)`, `2.`), though the two
    were read at one depth?"""
    if not heading or not item:
        return False
    stem = heading.rstrip(").")
    return bool(stem) and item.startswith(stem + ".") and len(item) > len(stem) + 1


def _ends_item(nxt: Segment | None, seg: Segment) -> bool:
    """What follows a list item left without its full stop shows it was an item, not a title over what follows:
    nothing, another item at its level or above, the closing, or a paragraph giving work to a unit of its own."""
    if nxt is None or 0 < nxt.depth <= seg.depth or RECIPIENTS.match(nxt.text) is not None:
        return True
    return nxt.depth == 0 and (found := assignment(nxt.text)) is not None and found.start == 0


def _among_closed_items(segs: list[Segment], i: int) -> bool:
    """Whether the numbered item `segs[i]` stands right after an item of its own list that closes with a full stop
    (one list's items are alike: a title has no item of the list right above it)."""
    prev = segs[i - 1] if i else None
    return (
        prev is not None and prev.depth == segs[i].depth and _marker_kind(prev.marker) == _marker_kind(segs[i].marker)
        and prev.text.rstrip().endswith((".", ";"))
    )


def _marker_kind(marker: str | None) -> str:
    """`-`, `+`, `•` as written; `a)`, `1.`, `2)` by their closing mark (one list numbers its items in turn)."""
    if not marker:
        return ""
    return "#" + marker[-1] if marker[0].isalnum() else marker[0]


def _plain_paragraph(seg: Segment) -> bool:
    """An unmarked paragraph of running text: no table row, no lead-in (`…:`), no title in capitals."""
    text = seg.text.rstrip()
    return seg.depth == 0 and seg.cells is None and not seg.layout and not text.endswith(":") and not text.isupper()


def _plain_bounds(segs: list[Segment]) -> tuple[list[int], list[int]]:
    """For every paragraph, the index of the nearest one above (-1: none) and below (`len(segs)`: none) that is not
    a plain paragraph: read once per document, so that a long run of plain paragraphs is walked once, not once for
    each of its paragraphs."""
    plain = [_plain_paragraph(seg) for seg in segs]
    up, down = [-1] * len(segs), [len(segs)] * len(segs)
    for i in range(1, len(segs)):
        up[i] = up[i - 1] if plain[i - 1] else i - 1
    for i in range(len(segs) - 2, -1, -1):
        down[i] = down[i + 1] if plain[i + 1] else i + 1
    return up, down


def _item_above(segs: list[Segment], i: int, bounds: tuple[list[int], list[int]]) -> int | None:
    """The index of the list item above when the unmarked paragraph `segs[i]` is one of those between two items of
    one list (same depth, same kind of marker): a further paragraph of that item (`- Kiểm soát chi phí … .` /
    `Đẩy nhanh tiến độ …` / `- Xây dựng …`), which ends neither the list nor the lead-in over it. `bounds`: the
    `_plain_bounds` of `segs`."""
    if not _plain_paragraph(segs[i]):
        return None
    k, j = bounds[0][i], bounds[1][i]
    if k < 0 or j >= len(segs):
        return None
    above, below = segs[k], segs[j]
    same_list = (
        above.depth > 0 and above.cells is None and below.cells is None and below.depth == above.depth
        and _marker_kind(below.marker) == _marker_kind(above.marker) and not above.text.rstrip().endswith(":")
    )
    return k if same_list else None


def _runs_on(prev: Segment | None, seg: Segment) -> bool:
    """An unmarked paragraph that carries on the list item above it (the item stops mid-sentence, without a
    full stop, as at a page break): it does not end the lead-in over the list. A paragraph that opens by giving
    work to a unit (`Giao Sở X theo dõi …`, `Sở X chủ trì …`) starts anew, after an item left without its stop."""
    return (
        prev is not None and prev.cells is None and prev.depth > 0 and (prev.ends_open or prev.text.endswith(";"))
        and not prev.text.rstrip().endswith(":") and seg.text[:1].isupper()
        and not ((found := assignment(seg.text)) is not None and found.start == 0)
    )


def _joined_text(text: str, segs: list[Segment]) -> str:
    """`text` with the line breaks inside each paragraph the segments joined made spaces (same length, same
    offsets), so a name or a list hard-wrapped over lines (`huyện Yên` / `Sơn`, `gồm: Công` / `ty ...`) is read
    whole. Table rows and space-laid-out tables keep their breaks (their lines are cells, not one text). The text
    is put together from the pieces between the breaks, not from a list of all its characters."""
    breaks: list[int] = []
    for seg in segs:
        if seg.cells is not None or seg.layout:
            continue
        at = text.find("\n", seg.start, seg.end)
        while at >= 0:
            breaks.append(at)
            at = text.find("\n", at + 1, seg.end)
    if not breaks:
        return text
    pieces: list[str] = []
    done = 0
    for at in sorted(set(breaks)):
        pieces += (text[done:at], " ")
        done = at + 1
    pieces.append(text[done:])
    return "".join(pieces)


# A lead that names whom the items below are for (`Đối với các sở, ban, ngành:`): `[for_units]` of lead_ins.toml
_FOR_WORDS = lead_ins()["for_units"]["words"]
_FOR_UNITS: Final = re.compile(rf"(?:{either_case(_FOR_WORDS)}|{as_written(w.upper() for w in _FOR_WORDS)})\s+")


# ... or the locality it addresses by name (`Đối với tỉnh Quảng Ninh:`, `Đối với Thủ đô Hà Nội`): `places` of
# `[for_units]`, then the capitalised words of the name (a dash may join two: `Bà Rịa - Vũng Tàu`)
_FOR_PLACE = re.compile(
    rf"(?:{either_case(lead_ins()['for_units']['places'])})[ \t]+[{VI_UPPER}][\w'’]*"
    rf"(?:(?:[ \t]+|[ \t]+[-–][ \t]+)[{VI_UPPER}][\w'’]*)*"
)


def units_for(text: str) -> list[UnitMention]:
    """The units a lead names the items below for (`1. Đối với UBND các xã, phường:`), or the locality it names
    (`Đối với Thủ đô Hà Nội`), when nothing but the closing colon follows them; else none."""
    topic = _FOR_UNITS.match(text)
    if topic is None:
        return []
    mentions, end = read_units(text, topic.end())
    if not mentions and (place := _FOR_PLACE.match(text, topic.end())) is not None:
        mentions, end = [UnitMention((place.group(),), place.start(), place.end())], place.end()
    return mentions if mentions and not text[_past_gloss(text, end) :].strip(" :.") else []


# an item closed by a dash and the unit it falls to (`- Danh mục cầu, cảng cá - Bộ Nông nghiệp và Môi trường.`)
_TRAILING_DASH = re.compile(rf"[ \t]+[-–—][ \t]+(?=[{VI_UPPER}])")
# ... in an item of one sentence: none opens before the dash
_NEXT_SENTENCE = re.compile(rf"[.;:][ \t]+(?=[{VI_UPPER}])")


def trailing_unit(text: str) -> UnitMention | None:
    """The unit an item names after a dash at its end, when nothing but the closing stop follows it, in an item of
    one sentence (in a longer one, `… tại Chi cục X - Cục Y.` is where a thing was done); else None."""
    dashes = list(_TRAILING_DASH.finditer(text))
    if not dashes or dashes[-1].start() < 8 or _NEXT_SENTENCE.search(text, 0, dashes[-1].start()):
        return None
    owner = read_unit(text, dashes[-1].end())
    if owner is None or len(owner.names) != 1 or text[owner.end :].strip(" \t.;,"):
        return None
    return owner


# a gloss in brackets after the units a lead names (`Đối với các Bộ quản lý ngành (theo khoản 2 Điều 4 …):`)
_GLOSS = re.compile(r"[ \t]*\([^()\n]{1,200}\)")


def _past_gloss(text: str, end: int) -> int:
    """Where the units a lead names end, past a gloss in brackets that says who they are."""
    gloss = _GLOSS.match(text, end)
    return gloss.end() if gloss else end


# a member's duties in a team's division of work (`Ông Nguyễn Văn A - Trưởng đoàn: …`): `[member_duties]`
_MEMBER: Final = lead_ins()["member_duties"]
_MEMBER_ROLE = re.compile(
    rf"(?:{as_written(_MEMBER['courtesy'])})\.?[ \t]+[^\s\d:;,.-][^:;,\d]{{2,40}}?[ \t]+[-–][ \t]+"
    rf"(?P<role>[{VI_UPPER}][^\s:;,\d]*(?:[ \t]+[^\s:;,\d]+){{0,{_MEMBER['role_words'] - 1}}})[ \t]*:[ \t]+(?=\S)"
)


def member_role(text: str) -> tuple[str, int, tuple[int, int]] | None:
    """The role a member holds and does the work of, where the work starts, and where the role is read, when an
    item gives one member of a team his duties (`Ông Nguyễn Văn A - Trưởng đoàn: Phụ trách chung; …`)."""
    m = _MEMBER_ROLE.match(text) if text.startswith(tuple(_MEMBER["courtesy"])) else None
    return (m.group("role"), m.end(), m.span("role")) if m else None


def inline_for_units(text: str) -> tuple[list[UnitMention], int] | None:
    """The units an item names itself for before its work on the same line (`Đối với Tổ kiểm tra: Lập biên bản …`),
    and where the work starts; else None."""
    topic = _FOR_UNITS.match(text)
    if topic is None:
        return None
    mentions, end = read_units(text, topic.end())
    if not mentions and text[topic.end() : topic.end() + 1].islower():
        # a group named by its bare noun (`Đối với đơn vị được kiểm tra:`), read as with `các` before it
        group, at = read_units("các " + text[topic.end() :], 0)
        if len(group) == 1 and len(group[0].names) == 1 and at > 4:
            end = topic.end() + at - 4
            mentions = [UnitMention((text[topic.end() : end],), topic.end(), end)]
    end = _past_gloss(text, end) if mentions else end
    colon = re.match(r"\s*:\s+(?=\S)", text[end:])
    return (mentions, end + colon.end()) if mentions and colon else None


def labelled_units(text: str) -> tuple[list[UnitMention], int] | None:
    """The units an item opens with as its label, then a colon and what it is about (`Ban Xây dựng Đảng: Công tác
    kết nạp đảng viên mới; …`), and where that starts; else None."""
    mentions, end = read_units(text, 0)
    if not mentions or mentions[0].start != 0:
        return None
    end = _past_gloss(text, end)
    colon = re.match(r"\s*:\s+(?=\S)", text[end:])
    return (mentions, end + colon.end()) if colon else None


def _holds_parts(text: str) -> bool:
    """`Hồ sơ đăng ký gồm:`: a lead-in naming what something holds, with no unit and no work of its own (its
    items are parts, no one's tasks; `[contents_lead]`)."""
    if _CONTENTS_LEAD.search(text) is None or "," in text or opens_with_action(text):
        return False
    mentions, _ = read_units(text, 0)
    return not mentions


# a closing request's opening words (`Kính đề nghị Giám đốc các Sở … báo cáo gấp về Bộ … trước ngày …`): `[closing_asks]`
# of data/lead_ins.toml
_CLOSING_ASKS = re.compile(rf"(?:{either_case(lead_ins()['closing_asks']['words'])})\s")


def _closing_dates_list(tasks: list[Task]) -> None:
    """`Bộ X đề nghị các Sở Y báo cáo … theo các nội dung sau:` / `1. …` / `2. …` / `Kính đề nghị Giám đốc các Sở Y
    chỉ đạo báo cáo gấp về Bộ trước ngày 18/10/2010.`: a closing request to the lead-in's own units (or their heads),
    dated, after its undated items, dates the lead-in and each item (a deadline stated for the whole list, inherited;
    corpus README). Only where that request is the one dated task under the lead-in."""
    by_parent: dict[str, list[Task]] = {}
    for task in tasks:
        if task.parent:
            by_parent.setdefault(task.parent, []).append(task)
    order = {id(task): i for i, task in enumerate(tasks)}
    for lead in tasks:
        kids = list(by_parent.get(lead.id, []))
        if not kids or (lead.deadline is not None and lead.deadline.kind != "none"):
            continue
        after = order[id(kids[-1])] + 1  # (the request may stand after the list, under no one: `… sau:` / `1.` / `2.`)
        if after < len(tasks) and tasks[after].parent is None:
            kids.append(tasks[after])
        dated = [k for k in kids if k.deadline is not None and k.deadline.kind != "none"]
        if len(dated) != 1 or dated[0] is kids[0]:
            continue
        closing = dated[0]
        if closing.deadline is None or closing.deadline.kind != "date" or closing.deadline.inherited:
            continue
        if not _CLOSING_ASKS.match(closing.text) or _bodies(closing.assignees) != _bodies(lead.assignees):
            continue
        for task in [lead, *kids[: kids.index(closing)]]:
            task.deadline = inherited(closing.deadline)


def _bodies(names: list[str]) -> set[str]:
    """The bodies `names` name, their heads' offices dropped, as keys."""
    return {unit_key(strip_office(n)).removeprefix("cac ") for n in names}


def _addressee_units(name: str) -> list[str]:
    """A Kính gửi line naming several bodies (`Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn;`, `Giám đốc
    các Sở: Y tế, Xây dựng`) → each body; a line naming one (`UBND các huyện, thị xã, thành phố`) stays whole."""
    if ";" in name:  # (`Các cơ sở giáo dục đại học; các cơ sở giáo dục khác …`: one dash line, two addressees)
        return [n for part in name.split(";") if part.strip(" .,") for n in _addressee_units(part.strip(" .,"))]
    mentions, end = read_units(name, 0)
    names = [n for m in mentions for n in m.names]
    if len(names) < 2 or name[end:].strip(" ;.,") or any(_PLACES_ALONE.fullmatch(n) for n in names):
        # (`Các Phòng Giáo dục và Đào tạo huyện, thị xã, thành phố`: the levels after the first comma are no body of
        # their own but the rest of the group's places)
        return [name]
    return names


# a name of levels of place alone (`thị xã, thành phố`): `group_levels` of `[place_levels]` in data/unit_heads.toml
_PLACES_ALONE = re.compile(
    rf"(?:(?:các|Các)\s+)?{as_written(PLACE_LEVELS['group_levels'])}(?:\s*,\s*{as_written(PLACE_LEVELS['group_levels'])})*"
)


def _drafters(doc: Document) -> list[str]:
    """The abbreviations of the units that drafted the document: the holders of its `Lưu` line and the last part of
    its symbol (`KHTH` of `702/BVĐK-KHTH`)."""
    out = list(doc.archive.holders) if doc.archive is not None else []
    symbol = doc.number.symbol if doc.number is not None else None
    if symbol and "-" in symbol:
        out.append(symbol.rsplit("-", 1)[1])
    return out


def _addressee_alias(doc: Document) -> str | None:
    """The short name the Kính gửi list is given after its last addressee (`(sau đây gọi tắt là các chủ đầu tư)`)."""
    last = doc.addressees[-1].span if doc.addressees else None
    if last is None:
        return None
    end = last[1] + 1 if doc.text[last[1] : last[1] + 1] in ";.," else last[1]  # `- UBND các xã;` / `(sau đây …)`
    alias = ALIAS_BRACKET.match(doc.text, end)
    return alias["alias"] if alias is not None else None


_RETOLD = 0.85  # the share of words two tasks hold in common (Dice) at which they tell the same work
_SUMMED = 0.6  # ... and the share of a lead's words a body's task holds when the lead names who gives it
_WORD = re.compile(r"\w+")
# a lead telling who gives the work (`UBND tỉnh giao Sở X …`, `Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở X …`): the
# page's summary, in the third person, of what the body then gives
_TOLD_GIVER = re.compile(
    r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch|Phó Chủ tịch)\b[^,.;:]{0,60}?\s(?:giao|yêu cầu|đề nghị|chỉ đạo)\s",
    re.IGNORECASE,
)


def _without_lead_summary(doc: Document, tasks: list[Task]) -> list[Task]:
    """A portal's news rendering (no header block) may open with a lead that sums up the work its body then gives
    (`UBND tỉnh giao Sở X chủ trì …, báo cáo UBND tỉnh.` over `Giao Sở X chủ trì …; báo cáo kết quả về UBND tỉnh.`):
    a task on the text's first two lines is that task told twice, and is dropped, when a later task of the same
    assignees holds nearly all the same words, or, if the lead names who gives the work (`Chủ tịch UBND tỉnh yêu
    cầu Giám đốc Sở X …`), when a later task of one of its units (an office holder's unit counts) holds most of its
    words; the lead may leave out the day the body sets. A document with a header that gives the same work twice
    keeps both."""
    if doc.issuer is not None or doc.number is not None or len(tasks) < 2:
        return tasks
    lead = tasks[0]
    if lead.span is None or lead.span[0] >= _lead_end(doc.text) or lead.parent or not lead.assignees:
        return tasks
    words = set(_WORD.findall(fold(lead.text)))
    told = _TOLD_GIVER.match(lead.text) is not None
    units = {unit_key(strip_office(a)) for a in lead.assignees}
    for task in tasks[1:]:
        if _deadline_key(lead) not in (_deadline_key(task), (None, "none")):
            continue
        other = set(_WORD.findall(fold(task.text)))
        common = len(words & other)
        if task.assignees == lead.assignees and 2 * common >= _RETOLD * (len(words) + len(other)):
            return tasks[1:]
        if told and common >= _SUMMED * len(words) and units & {unit_key(strip_office(a)) for a in task.assignees}:
            return tasks[1:]
    return tasks


# a work item that lists its aims below it (`Sửa đổi Luật X để:`): `[purpose_lead]`
_PURPOSE_LEAD: Final = re.compile(rf"\s{as_written(lead_ins()['purpose_lead']['ends'])}\s*:\s*$")


def _aims_joined(doc: Document, tasks: list[Task]) -> list[Task]:
    """`Sửa đổi Luật X để:` over `- Tháo gỡ …`, `- Đơn giản hóa …`: the dashed lines under a work item that ends by
    saying what it is for are its aims, not tasks: they join its text (`[purpose_lead]`)."""
    for task in tasks:
        if task.span is None or _PURPOSE_LEAD.search(task.text) is None:
            continue
        end, aims = task.span[1], []
        line_start = doc.text.rfind("\n", 0, task.span[0]) + 1
        own = doc.text[line_start : task.span[0]].strip()[:1]  # the item's own bullet: its siblings are no aims
        for line in _AIM_LINE.finditer(doc.text, end):
            if line.start() != end or line.group(0).strip()[:1] == own:
                break
            aims.append(line.group(1).strip())
            end = line.end()
        if not aims:
            continue
        task.text = " ".join([task.text, *aims])
        covered = (task.span[1], end)
        task.span = (task.span[0], end)
        tasks = [t for t in tasks if t.span is None or not covered[0] <= t.span[0] < covered[1]]
    return tasks


# a dashed line right below (`\n- Tháo gỡ …`, `\n+ Giảm …`), its text without the dash
_AIM_LINE = re.compile(r"[ \t]*\n[ \t]*[-+•][ \t]+([^\n]*\S)[ \t]*")


def _lead_end(text: str) -> int:
    """Where a news rendering's lead ends: after its first two lines with text (the title, the lead under it)."""
    seen, at = 0, 0
    for line in text.splitlines(keepends=True):
        at += len(line)
        seen += bool(line.strip())
        if seen == _LEAD_LINES:
            break
    return at


_LEAD_LINES = 2


def _deadline_key(task: Task) -> tuple[object, object]:
    return (task.deadline.due, task.deadline.kind) if task.deadline else (None, None)


def read_tasks(
    doc: Document, lines: list[Line], units: UnitRegistry | Iterable[str] | None = None
) -> None:
    """Fill doc.tasks. `units`: the caller's registry (or names); assignees it knows take its canonical name."""
    registry = UnitRegistry.of(units) if units is not None else None
    addressees = [n for a in doc.addressees for n in _addressee_units(a.name)]
    builder = _Builder(doc, DocumentUnits("", addressees=addressees), registry)
    try:
        segs = body_segments(doc, lines)
        builder.names = DocumentUnits(
            _joined_text(doc.text, segs), addressees=addressees, drafters=_drafters(doc), alias=_addressee_alias(doc),
            issuer=doc.issuer.name if doc.issuer is not None else None,
        )
        builder.run(segs)
        _closing_dates_list(builder.tasks)
        name_section_owners(doc.text, doc.issuer.name if doc.issuer else None, builder.tasks)
        builder.tasks = _without_lead_summary(doc, builder.tasks)
        builder.tasks = _aims_joined(doc, builder.tasks)
    except Exception as error:  # an unforeseen layout must not cost the document its other fields
        doc.metadata["tasks_error"] = f"{type(error).__name__}: {error}"
    renamed = {task.id: f"t{i}" for i, task in enumerate(builder.tasks, 1)}
    for task in builder.tasks:
        task.id = renamed[task.id]
        task.parent = renamed.get(task.parent) if task.parent else None
    doc.tasks = builder.tasks
