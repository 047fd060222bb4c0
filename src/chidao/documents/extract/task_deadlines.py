"""How deadlines attach to tasks: the task's own words first, then a group's deadline, then a dated event.

The phrase grammar lives in `extract/deadlines.py` (`find_deadline`); this module only decides which phrase
applies to which task.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache
from typing import Final, NamedTuple

from chidao.documents.alternation import as_written
from chidao.documents.data import load_toml
from chidao.documents.data.formal import invitation_codes, invitation_names, invitation_subject, untitled_code
from chidao.documents.extract.deadlines import add_months, date_from_token, find_dates, find_deadline
from chidao.documents.extract.meeting import announced_date
from chidao.documents.model import Deadline, DocDate, Document


class _Memo:
    """`find_deadline` results for the document being read, by text: a clause, its sentence and its table cell
    are often the same words. Cleared whenever another document (or another date) comes along."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.date: DocDate | None = None
        self.reference: DocDate | None = None  # the date the deadlines' missing years come from
        self.found: dict[str, Deadline | None] = {}

    def find(self, text: str, doc: Document) -> Deadline | None:
        if self.text is not doc.text or self.date != doc.date:
            self.text, self.date, self.found = doc.text, dataclasses.replace(doc.date) if doc.date else None, {}
            self.reference = doc.date if doc.date is not None else opening_date(doc.text)
        if text not in self.found:
            try:
                found = _effective_since(text, find_deadline(text, self.reference), doc.text)
                self.found[text] = _period_above(text, found, doc.text)
            except Exception:  # a deadline the grammar cannot read must not lose the task
                self.found[text] = None
        found = self.found[text]
        return _copy(found) if found is not None else None  # callers may change their copy


_OPENING_LINES = load_toml("deadline_phrases.toml")["opening_date"]["lines"]


def opening_date(text: str) -> DocDate | None:
    """The first full date on a text's first lines (`[opening_date]` of data/deadline_phrases.toml): the day a text
    with no header date tells at its start, which gives the year to the days and periods its tasks name without one."""
    opening = [line for line in text.splitlines() if line.strip()][:_OPENING_LINES]
    found = next(find_dates("\n".join(opening)), None)
    if found is None:
        return None
    day = found[0]
    return DocDate(text="", year=day.year, month=day.month, day=day.day)


class _EffectiveSince(NamedTuple):
    after: re.Pattern[str]
    stated: re.Pattern[str]
    reach: int
    period: re.Pattern[str]


@cache
def _effective_rules() -> _EffectiveSince:
    data = load_toml("deadline_phrases.toml")["effective_since"]
    flags = re.IGNORECASE
    return _EffectiveSince(
        re.compile(data["after"], flags), re.compile(data["stated"], flags), data["reach"], re.compile(data["period"], flags)
    )


def _effective_since(text: str, found: Deadline | None, doc_text: str) -> Deadline | None:
    """A period counted from the day another act takes effect, that day stated elsewhere in the document
    (`[effective_since]` of the phrase data): the act joins the deadline's words, its day the due day's anchor."""
    if found is None or found.kind != "relative" or found.due is not None or found.span is None:
        return found
    rules = _effective_rules()
    start, end = found.span
    act = rules.after.match(text, end)
    if act is None:
        return found
    words = text[start : act.end()]
    period = rules.period.search(words)
    due = None
    number = act.group("number")
    at = doc_text.find(number)
    while period is not None and due is None and at >= 0:
        stated = rules.stated.search(doc_text, at + len(number), at + len(number) + rules.reach)
        day = date_from_token(stated.group("date")) if stated else None
        if day is not None:
            n, unit = int(period.group("n")), period.group("unit").lower()
            if unit == "tháng":
                due = add_months(day, n)
            else:
                due = day + dt.timedelta(days=n * (7 if unit == "tuần" else 1))
        at = doc_text.find(number, at + len(number))
    return Deadline(" ".join(words.split()), due, found.kind, found.inherited, (start, act.end()))


class _PeriodAbove(NamedTuple):
    said: re.Pattern[str]
    stated: re.Pattern[str]


@cache
def _period_rules() -> _PeriodAbove:
    data = load_toml("deadline_phrases.toml")["period_above"]
    return _PeriodAbove(re.compile(data["said"], re.IGNORECASE), re.compile(data["stated"], re.IGNORECASE))


def _period_above(text: str, found: Deadline | None, doc_text: str) -> Deadline | None:
    """`Trong thời gian lấy ý kiến nêu trên, … gửi về UBND huyện`: work within a period the document stated above
    (`Thời gian lấy ý kiến: từ ngày 17/3/2025 đến ngày 05/4/2025`) is due on its last day (`[period_above]` of the
    phrase data); a day of the task's own words wins."""
    if (found is not None and found.due is not None) or "thời" not in text.lower():
        return found
    rules = _period_rules()
    said = rules.said.search(text)
    at = doc_text.find(text[:60]) if said is not None else -1
    if said is None or at < 0:
        return found
    stated = list(rules.stated.finditer(doc_text, 0, at))  # the last range stated above the task
    day = date_from_token(stated[-1].group("date")) if stated else None
    if day is None:
        return found
    return Deadline(" ".join(said.group(0).split()), day, "date", False, said.span())


def _copy(deadline: Deadline) -> Deadline:
    """A fresh Deadline equal to `deadline` (`dataclasses.replace` costs several times more)."""
    return Deadline(deadline.text, deadline.due, deadline.kind, deadline.inherited, deadline.span)


_MEMO: Final = _Memo()


def own_deadline(text: str, doc: Document, offset: int | None = None) -> Deadline | None:
    """The deadline stated in the task's own words; its span moved into doc.text when `offset` is given. A
    standing time with a dated exception for a piece of work (`thường xuyên, riêng việc X hoàn thành trong quý
    II/2020`) gives the task that exception's date."""
    found = _MEMO.find(text, doc)
    if found is None or found.kind == "none":
        return None
    if found.kind == "recurring" and (exception := work_exception(text, doc)) is not None:
        found = exception.deadline
    if offset is not None and found.span is not None:
        found = dataclasses.replace(found, span=(found.span[0] + offset, found.span[1] + offset))
    return found


class WorkException(NamedTuple):
    """`riêng việc X hoàn thành trong quý II/2020`: where it starts, the work it names and its deadline."""

    start: int
    work: str
    deadline: Deadline


@cache
def _work_exception_pattern() -> re.Pattern[str]:
    data = load_toml("deadline_phrases.toml")
    return re.compile(data["work_exception"]["pattern"], re.IGNORECASE)


_DATED = frozenset(("date", "month", "quarter", "half", "year"))


@cache
def _content_lead_pattern() -> re.Pattern[str]:
    data = load_toml("deadline_phrases.toml")
    return re.compile(data["content_lead"]["pattern"], re.IGNORECASE)


def lists_content(text: str) -> bool:
    """A lead-in in a task's own text over a list of the things it only refers to (`[content_lead]` of the phrase
    data: `..., bao gồm:`): the times in what follows describe those things and date nothing."""
    return _content_lead_pattern().search(text) is not None


def work_exception(text: str, doc: Document) -> WorkException | None:
    """The dated exception for a piece of work in a standing time (`[work_exception]` of the phrase data)."""
    if "riêng" not in text.lower():
        return None
    m = _work_exception_pattern().search(text)
    if m is None:
        return None
    found = _MEMO.find(text[m.start() :], doc)
    if found is None or found.kind not in _DATED:
        return None
    if found.span is not None:
        found.span = (found.span[0] + m.start(), found.span[1] + m.start())
    return WorkException(m.start(), m.group("work"), found)


def inherited(deadline: Deadline) -> Deadline:
    """A group's deadline as it applies to one member task."""
    return dataclasses.replace(deadline, inherited=True)


def none_deadline() -> Deadline:
    return Deadline(text=None, due=None, kind="none")


def event_deadline(doc: Document) -> Deadline | None:
    """The date of a meeting to come the document states: a giấy mời's (what any preparation task in it is due by),
    or the day a letter gives on its meeting's `Thời gian:` line (what the work that names the meeting is due by:
    `meeting.names_meeting`)."""
    if not is_invitation(doc):
        day = announced_date(doc)
    else:
        day = doc.meeting.date if doc.meeting and doc.meeting.date else _meeting_date_fallback(doc)
    if day is None:
        return None
    return Deadline(text=day.strftime("%d/%m/%Y"), due=day, kind="date", inherited=True)


# a line opening with the type name of an invitation (`GIẤY MỜI`): `invitation = true` of data/document_types.toml
_INVITATION_LINE = re.compile(rf"^\W*{as_written(invitation_names())}", re.M)


def is_invitation(doc: Document) -> bool:
    """A giấy mời, or a công văn that invites as one does (`Mời họp …`): its meeting is still to come."""
    if doc.type and doc.type.code:
        if doc.type.code == untitled_code():
            return invitation_subject(doc.subject.text if doc.subject else None)
        return doc.type.code in invitation_codes()
    return bool(_INVITATION_LINE.search(doc.text))


def _meeting_date_fallback(doc: Document) -> dt.date | None:
    m = re.search(r"Thời gian[^\n]{0,80}?ngày\s+(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", doc.text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
