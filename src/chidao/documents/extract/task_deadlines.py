"""How deadlines attach to tasks: the task's own words first, then a group's deadline, then a dated event.

The phrase grammar lives in `extract/deadlines.py` (`find_deadline`); until that module is present a small
fallback reads the commonest forms so tasks still carry dates.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from chidao.documents.model import Deadline, DocDate, Document

FindDeadline = Callable[[str, DocDate | None], Deadline | None]


def _fallback_find(text: str, doc_date: DocDate | None = None) -> Deadline | None:
    """The commonest deadline phrases only (used while `extract/deadlines.py` is absent)."""
    year = doc_date.year if doc_date else None
    m = re.search(r"(?:trước|chậm nhất|đến hết|hoàn thành|trong)\s+(?:ngày\s+)?(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}))?", text)
    if m and (m.group(3) or year):
        try:
            due = dt.date(int(m.group(3) or year or 0), int(m.group(2)), int(m.group(1)))
            return Deadline(text=m.group(0), due=due, kind="date", span=m.span())
        except ValueError:
            pass
    m = re.search(r"(?:trước|chậm nhất)\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", text)
    if m:
        try:
            due = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            return Deadline(text=m.group(0), due=due, kind="date", span=m.span())
        except ValueError:
            pass
    m = re.search(r"tháng\s+(\d{1,2})(?:/|\s+năm\s+)(\d{4})", text)
    if m and 1 <= int(m.group(1)) <= 12:
        y, mo = int(m.group(2)), int(m.group(1))
        return Deadline(text=m.group(0), due=dt.date(y, mo, calendar.monthrange(y, mo)[1]), kind="month", span=m.span())
    m = re.search(r"[Qq]uý\s+(I{1,3}|IV|[1-4])\s*(?:/|năm\s+)(\d{4})", text)
    if m:
        q = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(m.group(1)) or int(m.group(1))
        y = int(m.group(2))
        return Deadline(text=m.group(0), due=dt.date(y, 3 * q, calendar.monthrange(y, 3 * q)[1]), kind="quarter", span=m.span())
    m = re.search(r"(?i)thường xuyên|định kỳ|hằng (?:tháng|quý|năm|tuần)|hàng (?:tháng|quý|năm|tuần)", text)
    if m:
        return Deadline(text=m.group(0), due=None, kind="recurring", span=m.span())
    m = re.search(r"(?i)khẩn trương|\bngay\b|\bsớm\b", text)
    if m:
        return Deadline(text=m.group(0), due=None, kind="asap", span=m.span())
    return None


def _finder() -> FindDeadline:
    try:
        from chidao.documents.extract.deadlines import find_deadline  # type: ignore[attr-defined]
    except ImportError:
        return _fallback_find
    return find_deadline  # type: ignore[no-any-return]


def own_deadline(text: str, doc: Document, offset: int | None = None) -> Deadline | None:
    """The deadline stated in the task's own words; its span moved into doc.text when `offset` is given."""
    try:
        found = _finder()(text, doc.date)
    except Exception:  # a deadline the grammar cannot read must not lose the task
        found = None
    if found is None or found.kind == "none":
        return None
    if offset is not None and found.span is not None:
        found = dataclasses.replace(found, span=(found.span[0] + offset, found.span[1] + offset))
    return found


def inherited(deadline: Deadline) -> Deadline:
    """A group's deadline as it applies to one member task."""
    return dataclasses.replace(deadline, inherited=True)


def none_deadline() -> Deadline:
    return Deadline(text=None, due=None, kind="none")


def event_deadline(doc: Document) -> Deadline | None:
    """A giấy mời's meeting date: what a preparation task in the same document is due by."""
    if not _is_invitation(doc):
        return None
    day = doc.meeting.date if doc.meeting and doc.meeting.date else _meeting_date_fallback(doc)
    if day is None:
        return None
    return Deadline(text=day.strftime("%d/%m/%Y"), due=day, kind="date", inherited=True)


def _is_invitation(doc: Document) -> bool:
    if doc.type and doc.type.code:
        return doc.type.code == "GM"
    return bool(re.search(r"^\W*GIẤY MỜI", doc.text, re.M))


def _meeting_date_fallback(doc: Document) -> dt.date | None:
    m = re.search(r"Thời gian[^\n]{0,80}?ngày\s+(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", doc.text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
