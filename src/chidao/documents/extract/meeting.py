"""The meeting a document reports or announces: its date, its chair, its participants.

Three shapes (domain.md §3.2):
- a conclusion notice (or minutes) opens with the meeting: `Ngày 13/5/2020, đồng chí <name>, <title> đã
  chủ trì cuộc họp …. Tham dự cuộc họp có đại diện lãnh đạo các sở, ngành: Tài chính, Xây dựng, …`;
  when a body "tổ chức cuộc họp", the chair is the leader named in the trích yếu (`Kết luận của đồng
  chí <name> - <title> tại cuộc họp …`);
- a giấy mời schedules it: `Thời gian: 14 giờ 00, ngày 20/5/2020`, `Chủ trì: …`, `Thành phần: - …`;
- a công văn may carry out conclusions `của Thường trực UBND tỉnh tại cuộc họp ngày 26/02/2018`.
Participants listed with an elided noun (`các sở: Tài chính, Xây dựng`) are written out
(`Sở Tài chính`, `Sở Xây dựng`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from itertools import islice
from typing import Final

from chidao.documents.alternation import alternation, either_case
from chidao.documents.data import load_toml
from chidao.documents.data.formal import (
    invitation_codes,
    invitation_names,
    invitation_subject,
    titles,
    untitled_code,
)
from chidao.documents.extract.deadlines import find_dates
from chidao.documents.model import Chair, Document, Meeting, Span
from chidao.documents.text import VI_UPPER, Line

try:  # the unit gazetteer's field names (`Tài chính` for `Sở Tài chính`) split elided lists exactly
    from chidao.documents.extract.units import field_names as _field_names

    FIELD_NAMES: Callable[[str], tuple[str, ...]] | None = _field_names
except ImportError:  # pragma: no cover - the gazetteer is optional here
    FIELD_NAMES = None

_WORDS = load_toml("meeting_words.toml")
# the nouns that name a meeting (`cuộc họp`, `hội nghị`): `[meeting_nouns]` of data/meeting_words.toml
_MEETING_NOUN = alternation(_WORDS["meeting_nouns"]["words"])
# a participant who comes for a body (`đại diện`, `lãnh đạo`): `[representing]`; in any case, and with the first
# letter in either case before a body's name
_REPRESENTING = alternation(_WORDS["representing"]["words"])
_REPRESENTING_CASED = "(?:" + "|".join(
    f"[{w[0].upper()}{w[0].lower()}]{alternation([w[1:]])}" for w in _WORDS["representing"]["words"]
) + ")"
# `Ngày 13/5/2020, [tại …,] <who> [đã] chủ trì | tổ chức | tiếp | làm việc với …` (also `Chiều ngày 13/5`,
# and after a clause: `Thực hiện Chương trình công tác, ngày 13/5/2020, …`)
# (the day words, the verbs and what each says: `[opening]` of data/meeting_words.toml)
_OPEN = _WORDS["opening"]
_OPENING = re.compile(
    rf"(?:^|[,;.]\s+)(?:[Vv]ào\s+)?(?:(?:buổi\s+)?{either_case(_OPEN['times_of_day'])}\s+(?:{_OPEN['day']}\s+)?"
    rf"|{either_case([_OPEN['day']])}\s+)"
    r"(?P<date>[^,]{3,30}),\s*(?:tại\s+[^,]{2,120},\s*)?(?P<who>[^.;]{2,160}?)\s+(?:đã\s+)?"
    rf"(?P<verb>{alternation(_OPEN['verbs'])})(?!\w)"
    rf"(?=\s*(?:{_MEETING_NOUN}|cuộc|buổi|họp|với|[{VI_UPPER}]|,|$))",
)
_CHAIR_VERBS = frozenset(_OPEN["chair_verbs"])
_HOST_VERBS = frozenset(_OPEN["host_verbs"])
_ORGANISE_VERBS = frozenset(_OPEN["organise_verbs"])
# what `_OPENING` cannot match without: a day word and a verb, each found by a part of it in either case (the day
# words but their first letter, the verbs' last words)
_DAY_PARTS: Final = tuple(w[1:] for w in (*_OPEN["times_of_day"], _OPEN["day"]))
_VERB_PARTS = tuple(dict.fromkeys(v.split()[-1] for v in _OPEN["verbs"]))
# `Hội nghị do đồng chí <name>, <title> chủ trì`
_CHAIRED_BY = re.compile(r"(?<!\w)do\s+(?P<who>[^.;]{3,120}?)\s+chủ\s+trì")
# ... or in a sentence of its own after the body that held it (`UBND huyện tổ chức phiên họp …. Đồng chí <name> -
# <title> chủ trì cuộc họp.`, a news item's wording): the comrade named chairs
_COMRADE_CHAIRS = re.compile(
    rf"(?<!\w)[Đđ]ồng\s+chí\s+(?P<who>[^.;]{{3,120}}?)[\s,]+chủ\s+trì\s+(?:{_MEETING_NOUN}|cuộc|buổi|phiên)"
)
# `Kết luận của đồng chí <name>, <title> tại cuộc họp …` (trích yếu, or the closing `Trên đây là kết luận …`)
_CONCLUSION_OF = re.compile(
    rf"[Kk]ết\s+luận\s+(?:chỉ\s+đạo\s+)?của\s+(?P<who>.{{3,160}}?)\s+tại\s+{_MEETING_NOUN}",
    re.DOTALL,
)
# `theo kết luận của Thường trực HĐND huyện tại phiên họp ngày 9/4/2019`
_CITED = re.compile(
    rf"(?:kết\s+luận|ý\s+kiến(?:\s+chỉ\s+đạo)?)\s+của\s+(?:tập\s+thể\s+)?(?P<who>[^,;.]{{3,80}}?)\s+tại\s+"
    rf"{_MEETING_NOUN}\s+(?:[^,;.]{{0,60}}?\s)?ngày\s",
    re.IGNORECASE,
)
# `Tham dự cuộc họp có …`, `Thành phần tham dự gồm: …`: `[attendance]` of data/meeting_words.toml
_PRESENT = _WORDS["attendance"]
_LIST_OPENS = alternation(_PRESENT["list_opens"])
_ATTENDANCE = re.compile(
    rf"(?:{alternation(_PRESENT['verbs'])}\s+(?:{_MEETING_NOUN}\s+|họp\s+)?(?:còn\s+)?{_LIST_OPENS}"
    rf"|{alternation(_PRESENT['headings'])}\s*{_LIST_OPENS}?\s*:?)"
    r"\s+(?P<list>[^.]+)",
)
_LABEL: Final = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s*|[*\-+•]\s*)?(?P<label>[^:]{2,40}?)\s*:\s*(?P<rest>.*)$")
# the labels of a meeting's fields (`Thời gian, địa điểm: …`, `Vào lúc: …`, `Chủ trì: …`, `Thành phần: …`):
# `[field_labels]` of data/meeting_words.toml
_FIELDS = _WORDS["field_labels"]
_TIME_LABEL = re.compile(rf"{alternation(_FIELDS['time'])}|^{alternation(_FIELDS['time_whole'])}$")
_CHAIR_LABELS: tuple[str, ...] = tuple(_FIELDS["chair"])
_PARTICIPANTS_LABELS: tuple[str, ...] = tuple(_FIELDS["participants"])
_PLACE_LABELS: tuple[str, ...] = tuple(_FIELDS["place"])
# `… tổ chức cuộc họp … vào lúc 14 giờ 00, ngày 20/5/2020`
_SCHEDULED = re.compile(r"(?:tổ\s+chức|họp)(?!\w)[^.]{0,160}?(?:vào|lúc|từ)\s")
_BULLET = re.compile(r"^[*\-+•–]\s*")
_GROUP_HEAD = re.compile(
    rf"(?:{_REPRESENTING}\s+)*các\s+(?P<noun>[^:;]{{1,40}}?)\s*:\s*",
    re.IGNORECASE,
)
# a form of address before a person's name (`đồng chí`, `ông`): `[addressing]`
_TITLE_WORDS = re.compile(rf"^{alternation(_WORDS['addressing']['words'])}\s+", re.IGNORECASE)
_ORG_START = re.compile(
    r"^(?:Văn\s+phòng|VP|UBND|Ủy\s+ban|Uỷ\s+ban|HĐND|Hội\s+đồng|Ban|Công\s+an|Bộ\s+Chỉ\s+huy|Cục|Chi\s+cục|"
    r"Tổng\s+cục|Trung\s+tâm|Thanh\s+tra|Kho\s+bạc|Ngân\s+hàng|Bảo\s+hiểm|BHXH|Đài|Báo|Liên\s+đoàn|Tỉnh\s+đoàn|"
    r"Mặt\s+trận|Đảng\s+ủy|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Công\s+ty|Tổng\s+công\s+ty|Điện\s+lực|Viễn\s+thông|"
    r"Sở|Bộ|Chủ\s+tịch|Phó\s+Chủ\s+tịch|Giám\s+đốc|Thường\s+trực|Lãnh\s+đạo|Đại\s+diện)(?!\w)"
)
_HEADS = {"sở": "Sở", "bộ": "Bộ"}
_NOT_NAMES = frozenset(_WORDS["not_name_syllables"]["words"])  # `Tỉnh`, `Ủy`: `[not_name_syllables]`
_ROLE = re.compile(rf"^(?:{_REPRESENTING_CASED}\s+)+(?=[{VI_UPPER}])")
# Patterns the people and list helpers use on every call, compiled here once.
_SEMICOLON = re.compile(r"\s*;\s*")
_TRAILING_ROLE = re.compile(rf"[,\s]*(?:{_REPRESENTING}\s*)*$", re.IGNORECASE)
_NOUN_CUT = re.compile(r"[,\s]+")
_AND = re.compile(r"\s+và\s+")
_INVITED = re.compile(rf"^{alternation(_FIELDS['invited'])}\s+", re.IGNORECASE)  # `invited` of `[field_labels]`
_TITLE_LEAD = re.compile(r"^\s*[,\-–]\s*")
# Syllables of a name may hold an apostrophe (`H'Lan Niê`, as Central Highlands names are written).
_LEADING_NAME = re.compile(rf"^((?:[{VI_UPPER}]\w*(?:['’]\w+)?\s+){{1,4}}[{VI_UPPER}]\w*(?:['’]\w+)?)\s*(?=[,\-–]|$)")
_TRAILING_GROUP = re.compile(
    rf"(?:^|,|\svà)\s*(?P<group>(?:{_ORG_START.pattern[1:]})(?:(?!\svà\s)[^,;])*?\scác\s.*)$"
)


def read_meeting(doc: Document, lines: list[Line]) -> None:
    """Fill doc.meeting when the document reports or announces a meeting."""
    start = doc.body_span[0] if doc.body_span else 0
    # The body's lines (their starts only grow); a notice is read from its first lines, an invitation whole.
    body_lines = (ln for ln in islice(lines, bisect_left(lines, start, key=_line_start), None) if ln.text)
    code = (doc.type.code or "").upper() if doc.type else ""
    invites = code == untitled_code() and invitation_subject(doc.subject.text if doc.subject else None)
    if code in invitation_codes() or invites or _looks_like_invitation(doc.text):
        body = list(body_lines)
        doc.meeting = _invitation(doc, body) or _opening(doc, body)
    else:
        body = list(islice(body_lines, _OPENING_LINES + 2))  # `_opening` reads up to 2 lines past its last
        doc.meeting = _opening(doc, body) or _cited(doc, body) or _from_title(doc)


def _line_start(line: Line) -> int:
    return line.start


_OPENING_LINES = 15  # the lines where a notice's opening sentence may stand


# ------------------------------------------------------------------ a notice or minutes


def _opening(doc: Document, body: list[Line]) -> Meeting | None:
    for i, line in enumerate(body[:_OPENING_LINES]):
        m = _OPENING.search(line.text) if _may_open(line.text) else None
        if not m:
            continue
        dates = list(find_dates(m.group("date"), doc.date))
        if not dates:
            continue
        who, verb = m.group("who"), " ".join(m.group("verb").split())
        chair = _chair(who) if verb in _CHAIR_VERBS or _has_name(who) else None
        if chair is None or (
            chair.name is None and _ORG_START.match(chair.title or "") and verb in _ORGANISE_VERBS
        ):
            chair = _chair_named_by(body[i : i + 3]) or _chair_from_conclusion(doc) or chair
        participants: list[str] = []
        end = line.end
        for ln in body[i : i + 3]:
            a = _ATTENDANCE.search(ln.text)
            if a:
                participants = _participants(a.group("list"), roles=False)
                end = ln.start + a.end()
                break
        if not participants and verb in _HOST_VERBS:
            participants = _guest(line.text[m.end() :])
        return Meeting(
            date=dates[0][0], chair=chair, participants=participants, span=(line.start + m.start(), end)
        )
    return None


def _may_open(text: str) -> bool:
    """Whether `_OPENING` can match: it needs a day word (`ngày`, `sáng` ...) and a verb (`chủ trì` ...); the
    words are searched for in C, cheaper than the pattern tried at every position of a long line."""
    return any(p in text for p in _DAY_PARTS) and any(p in text for p in _VERB_PARTS)


def _chair_named_by(lines: list[Line]) -> Chair | None:
    for line in lines:
        m = _CHAIRED_BY.search(line.text) or _COMRADE_CHAIRS.search(line.text)
        if m:
            return _chair(m.group("who"))
    return None


def _chair_from_conclusion(doc: Document) -> Chair | None:
    sources = [doc.subject.text] if doc.subject else []
    sources.append(" ".join(doc.text[:3000].split()))
    sources.append(" ".join(doc.text[-3000:].split()))
    for text in sources:
        m = _CONCLUSION_OF.search(text)
        if m:
            return _chair(m.group("who"))
    return None


def _from_title(doc: Document) -> Meeting | None:
    """`Kết luận của … tại cuộc họp ngày 12/5/2020` in the trích yếu when the body does not open with it."""
    head = doc.text[:2000]
    m = _CONCLUSION_OF.search(head)
    when = re.match(r"[^.;]{0,80}?ngày\s", head[m.end() :]) if m else None
    if m is None or when is None:
        return None
    at = m.end() + when.end() - 1
    found = next(find_dates(head[at:], doc.date), None)
    if found is None:
        return None
    return Meeting(
        date=found[0], chair=_chair(m.group("who")), participants=[], span=(m.start(), at + found[1][1])
    )


def _cited(doc: Document, body: list[Line]) -> Meeting | None:
    for line in body[:6]:
        low = line.text.lower()  # `_CITED` ignores case; neither word has a letter with a special case rule
        m = _CITED.search(line.text) if "của" in low and "ngày" in low else None
        if not m:
            continue
        dates = list(find_dates(line.text[m.end() - 5 :], doc.date))
        if dates:
            who = " ".join(m.group("who").split())
            end = line.start + m.end() - 5 + dates[0][1][1]
            return Meeting(
                date=dates[0][0], chair=None, participants=[who], span=(line.start + m.start(), end)
            )
    return None


# ------------------------------------------------------------------ an invitation


def _looks_like_invitation(text: str) -> bool:
    """The type name of an invitation (`GIẤY MỜI`, `invitation = true` of data/document_types.toml) near the top."""
    head = text[:1500].upper()
    return any(name in head for name in invitation_names())


def _invitation(doc: Document, body: list[Line]) -> Meeting | None:
    date: dt.date | None = None
    chair: Chair | None = None
    participants: list[str] = []
    first: int | None = None
    last = 0
    listed = False
    i = 0
    while i < len(body):
        line = body[i]
        label = _LABEL.match(line.text)
        name = " ".join(label.group("label").split()).lower() if label else ""
        if label and date is None and _TIME_LABEL.search(name):
            found = _first_date(label.group("rest") + " " + _next_text(body, i), doc)
            if found:
                date, first, last = found, line.start, line.end
        elif label and name.startswith(_CHAIR_LABELS) and chair is None:
            entries, i = _entries(body, i, label.group("rest"))
            if entries:
                chair = _chair(entries[0])
                participants.extend(_person(e) for e in entries[1:])
                first = line.start if first is None else first
                last = max(last, body[i].end)
        elif label and name.startswith(_PARTICIPANTS_LABELS) and not listed:
            listed = True
            entries, i = _entries(body, i, label.group("rest"))
            for entry in entries:
                participants.extend(_participants(entry))
            first = line.start if first is None else first
            last = max(last, body[i].end)
        elif date is None and (when := _SCHEDULED.search(line.text)):
            found = _first_date(line.text[when.end() :], doc)
            if found:
                date, first, last = found, line.start, line.end
                chair = chair or _organiser(line.text)
        i += 1
    if date is None and chair is None and not participants:
        return None
    if date is None and (titled := re.search(r"họp\s+(?:vào\s+)?ngày\s", doc.text[:400])):
        date = _first_date(doc.text[titled.start() : titled.end() + 40], doc)  # `Giấy mời họp ngày 22/7`
    span: Span | None = (first, last) if first is not None else None
    return Meeting(date=date, chair=chair, participants=participants, span=span)


def announced_date(doc: Document) -> dt.date | None:
    """The day of a meeting a letter announces on a line of its body labelled as a meeting's time (`Thời gian: 08 giờ
    00, ngày 18/12/2025.`, `[field_labels]`), when the meeting is still to come on the letter's date; else None.
    Time lines with different days (a plan's items, each with its `- Thời gian: …` field) announce no one meeting."""
    start = doc.body_span[0] if doc.body_span else 0
    found: dt.date | None = None
    for line in doc.text[start:].splitlines():
        label = _LABEL.match(line) if ":" in line else None  # (every label ends at a colon)
        if label and _TIME_LABEL.search(" ".join(label.group("label").split()).lower()):
            day = _first_date(label.group("rest"), doc)
            if day is not None and found is not None and day != found:
                return None
            found = found or day
    if found is None:
        found = _planned_day(doc, start)
    return found if found is not None and _to_come(found, doc) else None


# `Ban Thường trực … dự kiến tổ chức hội nghị vào ngày 02/02/2026`: the day a plan sets for the meeting it is about
_PLANNED = re.compile(rf"tổ\s+chức\s+(?:các\s+)?(?:{_MEETING_NOUN})[^.;:]{{0,80}}?\s+vào\s+(?:ngày\s+)?(?=\d)", re.IGNORECASE)


def _planned_day(doc: Document, start: int) -> dt.date | None:
    """The one day a document about holding a meeting (its subject names one: `Kế hoạch tổ chức hội nghị hiệp
    thương …`) says the meeting is held on (`… dự kiến tổ chức hội nghị vào ngày 02/02/2026`); None when it says
    none, or two days."""
    if doc.subject is None or not names_meeting(doc.subject.text):
        return None
    days = {day for m in _PLANNED.finditer(doc.text, start) if (day := _first_date(doc.text[m.end() : m.end() + 40], doc))}
    return days.pop() if len(days) == 1 else None


def _to_come(day: dt.date, doc: Document) -> bool:
    d = doc.date
    if d is None or d.year is None or d.month is None or d.day is None:
        return True
    return day >= dt.date(d.year, d.month, d.day)


# a meeting named in a task's text (`… tài liệu phục vụ Hội nghị`): `[meeting_nouns]`, in any case
_NAMES_MEETING = re.compile(rf"(?<!\w){_MEETING_NOUN}(?!\w)", re.IGNORECASE)


# work put after the meeting (`sau Hội nghị báo cáo …`): `[after_meeting]` of data/meeting_words.toml
_AFTER_MEETING = re.compile(
    rf"(?<!\w){alternation(_WORDS['after_meeting']['opens'])}\s+{_MEETING_NOUN}(?!\w)", re.IGNORECASE
)


def after_meeting(text: str) -> bool:
    """The text puts its work after the meeting (`… sau Hội nghị báo cáo kết quả …`)."""
    return _AFTER_MEETING.search(text) is not None


def names_meeting(text: str) -> bool:
    """The text names a meeting (`Hội nghị`, `cuộc họp`): work that serves or attends it."""
    return _NAMES_MEETING.search(text) is not None


def _entries(body: list[Line], i: int, rest: str) -> tuple[list[str], int]:
    """The entries after a label: on its own line, and the bullet lines under it; and the last index."""
    entries = [_clean(rest)] if _clean(rest) else []
    j = i + 1
    while j < len(body) and _BULLET.match(body[j].text) and not _labels_field(body[j].text):
        entries.append(_clean(body[j].text))
        j += 1
    return [e for e in entries if e], j - 1


def _labels_field(text: str) -> bool:
    """A line labelled as one of a meeting's fields (`- Thời gian: …`, `- Địa điểm: …`): a field of its own, not one
    more entry of the label above it."""
    label = _LABEL.match(text)
    if label is None:
        return False
    name = " ".join(label.group("label").split()).lower()
    return bool(_TIME_LABEL.search(name)) or name.startswith((*_CHAIR_LABELS, *_PARTICIPANTS_LABELS, *_PLACE_LABELS))


def _first_date(text: str, doc: Document) -> dt.date | None:
    found = next(find_dates(text, doc.date), None)
    return found[0] if found else None


def _next_text(body: list[Line], i: int) -> str:
    return body[i + 1].text if i + 1 < len(body) else ""


def _organiser(text: str) -> Chair | None:
    """`Lãnh đạo UBND tỉnh tổ chức cuộc họp vào …` → the organiser as the chair's title."""
    m = re.match(r"^(?P<who>.{3,80}?)\s+tổ\s+chức\s+(?:cuộc\s+)?họp", text)
    if not m or not re.match(r"(?:Lãnh\s+đạo|Chủ\s+tịch|Phó\s+Chủ\s+tịch|Thường\s+trực)", m.group("who")):
        return None
    return _chair(m.group("who"))


# ------------------------------------------------------------------ people and lists


def _chair(who: str) -> Chair:
    """`đồng chí Hồ Văn A, Phó Chủ tịch UBND tỉnh` / `Phó Thủ tướng Chính phủ Trần Văn B` → name, title."""
    who = " ".join(who.split()).strip(" ,;.")
    who = _TITLE_WORDS.sub("", who)
    name, rest = _leading_name(who)
    if name:
        title = _TITLE_LEAD.sub("", rest).strip(" ,;.") or None
        return Chair(name=name, title=title)
    words = who.split()
    k = len(words)
    while k > 0 and _name_syllable(words[k - 1]):
        k -= 1
    k = _name_start(words, k)
    if 2 <= len(words) - k <= 4 and k > 0:
        return Chair(name=" ".join(words[k:]), title=" ".join(words[:k]))
    return Chair(name=None, title=who or None)


def _name_start(words: list[str], k: int) -> int:
    """Where the name starts in the capitalised run `words[k:]` after a title: a place may end the title (`UBND tỉnh
    Gia Lai Ksor Bia`), so unless the run itself opens a name, the name starts at a word of the run that opens one (a
    family name, `Y`, `H'…`: `[names]` of authority_markers.toml) and leaves it the length of a name, three words
    first, then four, then two (`Bình Dương Nguyễn Văn An`: not `Dương …`, not `Văn An`)."""
    if k >= len(words) or _opens_name(words[k]):
        return k
    starts = {len(words) - j: j for j in range(k + 1, len(words) - 1) if _opens_name(words[j])}
    return next((starts[n] for n in (3, 4, 2) if n in starts), k)


def _opens_name(word: str) -> bool:
    names = titles()
    return word.upper() in names.surnames or word in names.name_openers or word.replace("’", "'").startswith("H'")


def _leading_name(text: str) -> tuple[str | None, str]:
    """A personal name at the start (2–5 capitalised syllables) followed by `,` or `-`, and the rest."""
    m = _LEADING_NAME.match(text)
    if not m or _ORG_START.match(m.group(1)):
        return None, text
    words = m.group(1).split()
    if not all(_name_syllable(w) for w in words):
        return None, text
    return m.group(1).strip(), text[m.end() :]


def _name_syllable(word: str) -> bool:
    """`Thiệu`, `Hà`, `H'Lan`: a capitalised syllable that is not an acronym (`UBND`) nor a body's word (`Tỉnh`)."""
    if word in _NOT_NAMES or not word[:1].isupper():
        return False
    word, _, after = word.replace("’", "'").partition("'")
    if after and not after.isalpha():
        return False
    return len(word) == 1 or word[1:].islower()


def _has_name(who: str) -> bool:
    chair = _chair(who)
    return chair.name is not None


def _person(entry: str) -> str:
    return _TITLE_WORDS.sub("", _clean(entry))


def _guest(text: str) -> list[str]:
    """The object of `tiếp` / `làm việc với`: `Bộ trưởng … Singapore Tiêu Chí Hiền.`"""
    m = re.match(r"^\s*(?:với\s+)?(?:lãnh\s+đạo\s+)?(?P<who>[^.;]{3,160}?)(?:\s+về\s|[.;]|$)", text)
    return [" ".join(m.group("who").split())] if m else []


def _participants(text: str, roles: bool = True) -> list[str]:
    """`đại diện lãnh đạo các sở, ngành: Tài chính, Xây dựng, Văn phòng UBND tỉnh và UBND thành phố X`
    → `Sở Tài chính`, `Sở Xây dựng`, `Văn phòng UBND tỉnh`, `UBND thành phố X`. `roles=False` drops a
    leading `đại diện lãnh đạo` before a unit (a sentence's wording; an invitation's list keeps it)."""
    out: list[str] = []
    for segment in _SEMICOLON.split(text.strip(" .;")):
        segment = _clean(segment)
        if not segment:
            continue
        heads = list(_GROUP_HEAD.finditer(segment)) if ":" in segment else []  # every head ends with its colon
        if not heads:
            if not roles:
                segment = _ROLE.sub("", segment)
            pieces = _split_items(segment, ())
            whole = len(pieces) < 2 or not all(p[:1].isupper() for p in pieces)
            out.extend([_person(segment)] if whole else [_person(p) for p in pieces])
            continue
        lead = segment[: heads[0].start()].strip(" ,")
        if _head_noun(heads[0].group("noun")) is None:  # `Chủ tịch UBND các xã, phường: A, B` stays whole
            out.append(_person(segment))
            continue
        if lead:
            out.extend(_person(p) for p in _split_items(lead, ()))
        for k, h in enumerate(heads):
            items_text = segment[h.end() : heads[k + 1].start() if k + 1 < len(heads) else len(segment)]
            items_text = _TRAILING_ROLE.sub("", items_text)
            head = _head_noun(h.group("noun"))
            if head is None:
                out.append(segment[h.start() :].strip(" ,"))
                break
            fields = FIELD_NAMES(head) if FIELD_NAMES else ()
            for item in _split_items(items_text, fields):
                out.append(item if _ORG_START.match(item) else f"{head} {item}")
    return [p for p in out if p]


def _head_noun(noun: str) -> str | None:
    """`sở, ngành, cơ quan` → `Sở`; `Bộ, cơ quan` → `Bộ`; `xã, phường` → None (kept as written)."""
    first = _NOUN_CUT.split(noun.strip())[0].lower()
    return _HEADS.get(first)


def _split_items(text: str, fields: tuple[str, ...]) -> list[str]:
    """Split a list on commas and `và`, keeping known field names whole (`Văn hóa, Thể thao và Du lịch`)
    and a closing group whole (`… và Chủ tịch UBND các xã, phường có cụm công nghiệp`)."""
    text = text.strip(" ,.")
    tail = _TRAILING_GROUP.search(text) if "các" in text else None  # the group needs its `các`
    if tail:
        text = text[: tail.start()]
    items: list[str] = []
    by_letter = _lowered(fields)
    while text:
        low = text.lower()
        candidates = by_letter.get(low[:1], ())
        known = next((f for f, f_low in candidates if low.startswith(f_low) and _ends_item(text, len(f))), None)
        cut = len(known) if known else (m.start() if (m := _COMMA.search(text)) else len(text))
        items.extend([text[:cut]] if known else _split_and(text[:cut]))
        text = _NEXT_ITEM.sub("", text[cut:])
    if tail:
        items.append(tail.group("group"))
    return [i.strip(" ,.") for i in items if i.strip(" ,.")]


_COMMA = re.compile(r"\s*,\s*")
_NEXT_ITEM = re.compile(r"^\s*(?:,|và(?!\w))\s*")
_ITEM_END = re.compile(r"\s*(?:,|và\s|$)")


@cache
def _lowered(fields: tuple[str, ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each field name with its lower case, by first lower-case letter, in their order (the gazetteer's few
    fixed tuples, lowered once)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for f in fields:
        out.setdefault(f.lower()[:1], []).append((f, f.lower()))
    return {letter: tuple(pairs) for letter, pairs in out.items()}


def _ends_item(text: str, n: int) -> bool:
    return n == len(text) or _ITEM_END.match(text, n) is not None


def _split_and(piece: str) -> list[str]:
    """`Văn phòng UBND tỉnh và UBND thành phố X` splits; `Kế hoạch và Đầu tư` does not."""
    parts = _AND.split(piece)
    out = [parts[0]]
    for part in parts[1:]:
        if _ORG_START.match(part):
            out.append(part)
        else:
            out[-1] = f"{out[-1]} và {part}"
    return out


def _clean(text: str) -> str:
    text = _BULLET.sub("", " ".join(text.split()))
    return _INVITED.sub("", text).strip(" ;.,")
