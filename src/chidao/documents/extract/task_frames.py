"""What headings and lead-in sentences pass down to the items under them, and the wording that decides it.

A `Frame` is opened by a heading (`1. Sở Xây dựng`, `I. ĐÁNH GIÁ CHUNG`) or a lead-in (`UBND tỉnh yêu cầu X thực
hiện một số nội dung sau:`) and carries an addressee, a deadline or a parent task to the items below it, or
silences them (evaluations, guidance, quoted law).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from chidao.documents.alternation import as_written, either_case
from chidao.documents.data import load_toml
from chidao.documents.data.formal import formal_labels, report_codes, titles
from chidao.documents.extract.assignees import OFFICE_PLURAL, read_unit, read_units, strip_office
from chidao.documents.extract.clauses import assignment, lead_ins
from chidao.documents.extract.deadlines import find_deadline
from chidao.documents.extract.segments import Segment
from chidao.documents.extract.units import unit_key
from chidao.documents.model import Deadline, Document, Task
from chidao.documents.parts.cells import LOWER, UPPER
from chidao.documents.parts.header import headerless_speaker
from chidao.documents.text import fold

_WORDINGS = lead_ins()


# headings of sections that report or set aims (folded): `[silent_headings]` of data/lead_ins.toml
SILENT_HEADINGS = re.compile(
    rf"^(?:{as_written(_WORDINGS['silent_headings']['starts'])}|{as_written(_WORDINGS['silent_headings']['whole'])}$)"
)
# ... unless the heading holds one of these (`Kết quả thực hiện nhiệm vụ`): `unless` of `[silent_headings]`
_SILENT_UNLESS = tuple(_WORDINGS["silent_headings"]["unless"])
# ... or that sets the time and pace of the work (`Thời gian và tiến độ thực hiện`): `schedules`
_SCHEDULES = tuple(_WORDINGS["silent_headings"]["schedules"])
# ... of which the labels of a meeting's fields (`Thành phần:`): `fields` of `[silent_headings]`
FIELD_HEADINGS = tuple(_WORDINGS["silent_headings"]["fields"])
# ... or that hold an account of what was done (`… đã thực hiện …`): `reports` of `[silent_headings]`
_SILENT_REPORTS = tuple(_WORDINGS["silent_headings"]["reports"])
# a heading, or what the issuer says after its name, that opens guidance (folded): `[guidance]`
GUIDANCE = tuple(_WORDINGS["guidance"]["starts"])
# words that only introduce a list (folded): `[lead_filler]`
_LEAD_FILLER = re.compile(rf"\b{as_written(_WORDINGS['lead_filler']['words'])}\b")
# where the rules of the lead-in's work are set (`theo quy định tại Điều 8 Nghị định số …`), folded, up to the next
# comma, colon or semicolon: `cited` of `[lead_filler]`
_CITED_RULES = re.compile(rf"\b{as_written(_WORDINGS['lead_filler']['cited'])}\b[^,:;]*")
# the work a lead-in names before its list (`nhiệm vụ giáo dục năm học 2025-2026 như sau`), folded: `named_work` of
# `[lead_filler]`, its name, and `named_work_ends` closing the lead-in
# an addressee pointing at the list below (`Các đơn vị sau đây …:`), folded: `points_below` of `[lead_filler]`
# the few of the group the lead-in dwells on, places by name (`…, trong đó trọng tâm là các tỉnh: Đắk Lắk, Gia Lai`):
# `focus` of `[lead_filler]`
_PLACE_NAME = rf"[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*)*"
_FOCUS = re.compile(
    rf"\s*,?\s*trong đó\s+{as_written(_WORDINGS['lead_filler']['focus'])}\b[^:;,.]{{0,40}}?:?\s*"
    rf"{_PLACE_NAME}(?:(?:\s*,\s*|\s+và\s+){_PLACE_NAME})*"
)
# a purpose after the list's word, up to the colon (`… nhiệm vụ trọng tâm sau để hoàn thành …:`), folded: `purpose` of
# `[lead_filler]`
_PURPOSE = re.compile(rf"\bsau(?: day)? (?:{as_written(_WORDINGS['lead_filler']['purpose'])}) [^:;.]*(?=:\s*$)")
_POINTS_BELOW = re.compile(rf"\s*{as_written(_WORDINGS['lead_filler']['points_below'])}\s")
_NAMED_WORK = re.compile(
    rf"\b{as_written(_WORDINGS['lead_filler']['named_work'])}\b[^:;]*?"
    rf"(?=,?\s*\b{as_written(_WORDINGS['lead_filler']['named_work_ends'])}\s*:?\s*$)"
)
# a comma inside such a name only joins the pairs a comma joins inside a unit's name (`phòng, chống`): `[comma_pairs]`
# of data/unit_heads.toml, folded; any other comma opens a clause (`…, báo cáo kết quả …`): no name
_NAME_COMMAS = tuple(f"{fold(a)}, {fold(b)}" for a, b in load_toml("unit_heads.toml")["comma_pairs"]["pairs"])


def _work_name(folded: str) -> re.Match[str] | None:
    """The name of the work a lead-in (folded) introduces, as `_NAMED_WORK` finds it, when it holds no clause."""
    named = _NAMED_WORK.search(folded)
    if named is None:
        return None
    name = named.group()
    for pair in _NAME_COMMAS:
        name = name.replace(pair, "")
    return None if "," in name else named
_TARGET = _WORDINGS["target"]
# the part of a document an item amends (`Tại mục 3, khoản 2 ...`): `[target]` of data/lead_ins.toml
TARGET: Final = re.compile(
    rf"^(?:{re.escape(_TARGET['opener'])}\s+)?((?:{either_case(_TARGET['parts'])}\s+[\dIVXa-zđ][\w.]*"
    rf"(?:,\s*|\s+(?={either_case(_TARGET['continued_by'])})))+)"
)
# a sentence that refers back to the items above: `[refers_back]`
REFERS_BACK = re.compile(
    rf"{as_written(_WORDINGS['refers_back']['determiners'])} {as_written(_WORDINGS['refers_back']['nouns'])}(?: nêu)? trên"
)
_GUIDANCE = _WORDINGS["guidance_lead"]
# a lead-in that announces guidance (`... hướng dẫn cụ thể như sau:`): `[guidance_lead]` of data/lead_ins.toml
GUIDANCE_LEAD = re.compile(
    re.escape(_GUIDANCE["verb"])
    + "".join(f"(?: {as_written(_GUIDANCE[part])})?" for part in ("kinds", "topics", "closers"))
    + r"\s*:\s*$"
)
# What an issuer says of itself (`Bộ X thống nhất ...`, `Sở Y có ý kiến ...`): never its own task
# (`[issuer_speech]`, folded).
SPEECH = tuple(_WORDINGS["issuer_speech"]["starts"])
# A provision quoted from a law (`Khoản 1 Điều 59 Nghị định số ... quy định: ...`): what follows is the law's text.
# (`[quoted_law]`)
_LAW = _WORDINGS["quoted_law"]
QUOTED_LAW: Final = re.compile(
    rf"(?:{as_written(_LAW['openers'])} )?{either_case(_LAW['provisions'])}\s+[\w.]+[^:]{{0,160}}?"
    rf"{re.escape(_LAW['verb'])}(?: {as_written(_LAW['closers'])})?\s*:"
)
# ... or a line citing a provision whose text follows its closing colon: `cite_openers`, `cite_reach` of `[quoted_law]`
_CITED_LEAD: Final = re.compile(
    rf"{as_written(_LAW['cite_openers'])}\s+{either_case(_LAW['provisions'])}\s+[\w.]+[^:]{{0,{_LAW['cite_reach']}}}:\s*$"
)


_NEXT_SENTENCE = re.compile(r"[.;]\s+[A-ZĐÂĂÊÔƠƯ]")


def quotes_law(text: str) -> bool:
    """The line opens a provision quoted from a law (its text below or after the colon): no one's task."""
    if QUOTED_LAW.match(text) is not None:
        return True
    # (one sentence only: `… . Kết quả gửi về Sở …:` is another's lead-in)
    return _CITED_LEAD.match(text) is not None and _NEXT_SENTENCE.search(text) is None and assignment(text) is None


_DUTY = _WORDINGS["duty_heading"]
# a title that names whose duties follow (`Trách nhiệm của Sở X:`): `[duty_heading]` of data/lead_ins.toml
DUTY_HEADING = re.compile(rf"{as_written(_DUTY['nouns'])} {as_written(_DUTY['links'])}\s+(.+?)[.:]?$")
# ... in a looser wording (`TRÁCH NHIỆM THỰC HIỆN CỦA SỞ X`), searched for anywhere in the heading
DUTY_HEADING_LOOSE = re.compile(rf"(?i){as_written(_DUTY['loose_nouns'])}(?: [\w\s]{{0,20}}?)? của\s+(.+)$")
# A lead-in whose subject only describes or reports (`Sở X tổng hợp, dự báo ... như sau:`) carries no one down
# (`[describing]`, folded).
DESCRIBING = tuple(_WORDINGS["describing"]["starts"])
# ... and the issuer reporting in the last sentence of a lead-in, the time before it its own (`[reports_own_work]`)
REPORTS_OWN_WORK = tuple(_WORDINGS["reports_own_work"]["starts"])
# a lead-in that gives the units it names the items under it: `[duty_end]`
DUTY_END = re.compile(rf"{as_written(_WORDINGS['duty_end']['ends'])}\s*:\s*$")
_ROMAN_SPLIT = re.compile(r"\((?:i|ii|iii|iv|v|vi|vii|viii)\)\s*")
# an arabic mark of an inline list, after the colon that closes its lead-in or the `;`/`.` that closes the item before
# (`… yêu cầu các cơ quan …: (1) Tập trung …; (2) Đẩy nhanh …; (3) …`)
_ARABIC_SPLIT = re.compile(r"(?<=[:;.])\s+\((\d{1,2})\)\s*")
# ... but not after a colon that lists what one work holds (`… triển khai các dự án chống ngập, gồm: (1) …; (2) …`, one
# task): `ends` of `[contents_lead]`
_HOLDS_BEFORE_MARKS = re.compile(rf"(?<!\w)(?:{as_written(_WORDINGS['contents_lead']['ends'])})\s*:$")
_HEADING_WORDS: Final = 31  # a title has at most 30 words: `split` makes at most this many cuts, so 32 means "more"

@dataclass
class Frame:
    """What a heading or lead-in passes down to the items under it."""

    depth: int
    marked: bool
    assignees: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    deadline: Deadline | None = None
    task_id: str | None = None
    mode: str | None = None
    silent: bool = False
    reported: bool = False  # silent as a section of results or background (`I. KẾT QUẢ THỰC HIỆN`)
    guides: bool = False  # silent as guidance (`HƯỚNG DẪN THỰC HIỆN`, `Sở X hướng dẫn như sau:`)
    meeting_field: bool = False  # silent as a meeting's field (`Thành phần:`): a paragraph giving work ends it
    recommending: bool = False  # under a `Kiến nghị, đề xuất` heading
    coordinators: list[str] = field(default_factory=list)  # a section sentence's helpers, passed to its items
    section_depth: int = 0  # depth of the numbered section an unmarked lead-in sits in
    children: list[Task] = field(default_factory=list)
    details: Task | None = None  # the task whose text takes in the topics a silent lead-in lists
    saw_items: bool = False
    first_depth: int = 0  # the depth of the first item under an unmarked lead-in (1: it opens roman sections)
    passed: bool = False  # an item above the depth of its first came: the list the lead-in opened is over
    marker: str | None = None  # a heading's own marker (`a)`): `a.1)` items under it sit at its depth
    whole_items: bool = False  # a duty title's: each first-level item, with all under it, is one task
    item_depth: int = 0  # the depth of those items
    item: Task | None = None  # the task of the item being read
    item_refers: bool = False  # that item's text has opened a list it only refers to (`..., bao gồm:`)


def is_heading(seg: Segment) -> bool:
    """A title line: upper case, short and unfinished, or a short line ending with `:` that assigns nothing."""
    text = seg.text
    upper, unfinished, colon = text.isupper(), not text.endswith(",") and seg.ends_open, text.endswith(":")
    if not (upper or unfinished or colon):
        return 0 < seg.depth <= 4 and text.endswith(".") and _names_only(text)  # most paragraphs: no words counted
    words = len(text.split(None, _HEADING_WORDS))  # counts the words up to one past the longest title
    if upper and words <= 30:
        return True
    limit = 25 if 0 < seg.depth <= 3 else 16
    if unfinished and words <= limit:
        return True
    if colon and words <= 30 and _duty_heading(text):
        return True  # `Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, tố cáo, kiến nghị, phản ánh …:`, a long name
    if colon and words > 16:
        # `1. Các Bộ: Công Thương, Xây dựng, Nông nghiệp và Phát triển nông thôn, ...:`: a long list of units alone
        # is as much the title of the items below as a short one
        return 0 < seg.depth <= 4 and _names_only(text, ".:") and assignment(text) is None
    return colon and words <= 16 and assignment(text) is None


def _duty_heading(text: str) -> bool:
    """`Nhiệm vụ của <unit>:` (`[duty_heading]`): a title naming whose duties follow, whatever words the name holds."""
    m = DUTY_HEADING.match(text)
    return m is not None and read_unit(m.group(1), 0) is not None


_GIVEN = re.compile(r"Giao\s+(?=[A-ZĐÂĂÊÔƠƯ])")


def _names_only(text: str, closers: str = ".") -> bool:
    """A numbered or lettered line that names only a unit, closed by a full stop (`1. Bộ Công an.`, as the Prime
    Minister's chỉ thị title each body's duties): the title of the items below. (A dashed line so is an addressee of
    a Kính gửi list, never a title.) `closers`: the marks that may close it (`.:` for a label over its items)."""
    if len(text) > (120 if closers == "." else 200) or not text[:1].isupper():
        return False
    if (given := _GIVEN.match(text)) is not None:  # `2.3. Giao Vụ Pháp chế.`: the unit given the items below
        text = text[given.end() :]
    mentions, end = read_units(text, 0)
    return bool(mentions) and not text[end:].strip(" " + closers)


def split_roman(text: str) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """`Giao Bộ X: (i) ...; (ii) ...` or `… yêu cầu X …: (1) …; (2) …` → (lead-in span, item spans), else None.
    Arabic marks count from `(1)` right after the lead-in's colon, one by one (a `(2)` in a sentence is no list)."""
    if "(i)" in text:  # the first mark must be `(i)`
        marks = list(_ROMAN_SPLIT.finditer(text))
        if len(marks) < 2 or not marks[0].group(0).startswith("(i)"):
            return None
    else:
        marks = []
        for m in _ARABIC_SPLIT.finditer(text):
            if int(m.group(1)) == len(marks) + 1 and (marks or text[m.start() - 1] == ":"):
                marks.append(m)
        if len(marks) < 2 or _HOLDS_BEFORE_MARKS.search(text[: marks[0].start()]) is not None:
            return None
    items = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        end = nxt.start() if nxt else len(text)
        items.append((m.end(), len(text[:end].rstrip(" ;"))))
    return (0, marks[0].start()), items


# a lead-in's addressee advising another body to do the items (`… tham mưu Hội đồng Thi đua - Khen thưởng huyện thực
# hiện:`): `advising` of `[lead_filler]`, as written
_ADVISING = re.compile(rf"\s*(?:{as_written(_WORDINGS['lead_filler']['advising'])})\s+")


def without_advised(rest: str) -> str:
    """`tham mưu Hội đồng X thực hiện:` → ` thực hiện:`: the advising words and the body advised are the items' frame,
    not work of the lead-in's own (`rest` unchanged when it does not open so)."""
    m = _ADVISING.match(rest)
    if m is None:
        return rest
    mentions, end = read_units(rest, m.end())
    return " " + rest[end:].lstrip() if mentions else rest


def pure_lead(rest: str) -> bool:
    """`... thực hiện một số nội dung sau:` says nothing beyond introducing the list, nor does one that names the work
    the list spells out (`… thực hiện nhiệm vụ giáo dục năm học 2025-2026 như sau:`), nor one that only says whom
    its addressee advises to do them (`… tham mưu Hội đồng X thực hiện:`). A time it sets for the whole list (`...
    hoàn thành các nội dung sau trước ngày 30/12/2025:`) is the items' deadline, no work of its own."""
    if "trong đó" in rest and (focus := _FOCUS.match(rest)) is not None:
        rest = " " + rest[focus.end() :]
    if rest.rstrip().endswith(":"):
        rest = without_advised(rest)
    if rest.rstrip().endswith(":") and _POINTS_BELOW.match(fold(rest)) is not None:
        return True  # `Các cơ quan, đơn vị sau đây chịu trách nhiệm …:`: the units the items name own them
    deadline = find_deadline(rest)
    if deadline is not None and deadline.span is not None:
        rest = rest[: deadline.span[0]] + " " + rest[deadline.span[1] :]
    folded = _CITED_RULES.sub(" ", fold(rest)) if "theo quy" in rest.lower() else fold(rest)
    folded = _PURPOSE.sub("sau ", folded) if " sau" in folded else folded
    words = _LEAD_FILLER.sub(" ", folded.replace(":", " ")).split()
    if len(words) > 2 and (named := _work_name(folded)) is not None:
        # (`… thực hiện nhiệm vụ giáo dục năm học 2025-2026 như sau:`: the name of the work the items spell out, after
        # words that only introduce, none more)
        # (the comma before the closing words is no word: `…, với các nội dung sau:`)
        rest = (folded[: named.start()] + folded[named.end() :]).replace(":", " ").replace(",", " ")
        return not _LEAD_FILLER.sub(" ", rest).split()
    return len(words) <= 2


# a numbered particular that holds its value (`3. Địa điểm tổ chức lễ Nhà văn hóa thôn`): `particulars` and
# `value_words` of `[silent_headings]`
_PARTICULARS = re.compile(rf"^(?:{as_written(_WORDINGS['silent_headings']['particulars'])})\b")
_VALUE_WORDS = _WORDINGS["silent_headings"]["value_words"]


def particular_with_value(text: str) -> bool:
    """A particular of an event with its value on its line, no label over items: `Địa điểm tổ chức lễ ra quân Sân
    vận động xã` (more than `value_words` words, no closing colon)."""
    return (
        not text.rstrip().endswith(":")
        and _PARTICULARS.match(fold(text)) is not None
        and len(text.split(None, _VALUE_WORDS)) > _VALUE_WORDS
    )


def field_label(text: str) -> bool:
    """A meeting's field label alone on its line, closed by its colon, over the participants listed under it
    (`Thành phần mời dự họp toàn bộ các nội dung:` / `- Đồng chí …`): their silent title (`fields` of
    `[silent_headings]`), not a field with its value (`Thành phần: Công an xã.`)."""
    stripped = text.rstrip()
    folded = fold(stripped[:-1])
    return stripped.endswith(":") and ":" not in stripped[:-1] and folded.startswith(FIELD_HEADINGS) and silent_heading(folded)


# in a report, headings that account for what was done, `nhiệm vụ` or not, unless they also look ahead (folded):
# `report_starts` and `report_unless` of `[silent_headings]`
_REPORT_HEADINGS = re.compile(rf"^(?:{as_written(_WORDINGS['silent_headings']['report_starts'])})\b")
_REPORT_AHEAD = re.compile(rf"\b(?:{as_written(_WORDINGS['silent_headings']['report_unless'])})\b")
# ... and the caption a copy without header or type opens with when it is a report (folded): `captions`
_REPORT_CAPTIONS = tuple(_WORDINGS["silent_headings"]["captions"])


def report_heading(folded: str) -> bool:
    """A heading (folded) of a report's account of what was done (`ket qua thuc hien nhiem vu thang 5`): nobody's
    task under it, in a report."""
    return _REPORT_HEADINGS.match(folded) is not None and _REPORT_AHEAD.search(folded) is None


def is_report(doc: Document) -> bool:
    """A report: its type says so (`report = true`), or a copy with neither header nor type opens with a caption
    that names one (`Báo cáo công tác …`, `Kết quả triển khai …`)."""
    if doc.type is not None and doc.type.code:
        return doc.type.code in report_codes()
    if doc.issuer is not None:
        return False
    first = doc.text.lstrip().split("\n", 1)[0]
    return fold(first).startswith(_REPORT_CAPTIONS)


def silent_heading(folded: str) -> bool:
    """A heading (folded) of a section that reports, gives background or guides: nobody's task under it."""
    return (
        (SILENT_HEADINGS.match(folded) is not None or any(w in folded for w in _SILENT_REPORTS))
        and not any(w in folded for w in _SILENT_UNLESS)
        and not folded.startswith(_SCHEDULES)
    ) or folded.startswith(GUIDANCE)


def predicate_is(rest: str, verbs: tuple[str, ...]) -> bool:
    return fold(rest).lstrip(" ,").startswith(verbs)


# a deputy's office, folded, alone or in the plural (`Phó Chủ tịch`, `Các Phó Chủ tịch`): the deputy word of the
# signer's titles (`deputy` of `[titles]` in data/authority_markers.toml), the plural of `[offices]` in
# data/unit_heads.toml
_DEPUTY = (f"{fold(titles().deputy)} ", f"{fold(OFFICE_PLURAL)} {fold(titles().deputy)} ")
# ... or a member's (`đại biểu HĐND tỉnh`): `members` of `[offices]` in data/unit_heads.toml
_NOT_THE_HEAD = (*_DEPUTY, *(f"{fold(w)} " for w in load_toml("unit_heads.toml")["offices"]["members"]))


# the verbs a headerless copy's speaker reports or asks upward with: `[body_speaker]` of data/lead_ins.toml
_SPEAKER_VERBS = re.compile(rf" (?:{as_written(_WORDINGS['body_speaker']['verbs'])})\b")
# where the clause that names the speaker starts: after a sentence's or a clause's end, or a line's start
_CLAUSE_START = re.compile(r"(?:^|[.;:,\n]\s*)(?=[^.;:,\n]*$)")


@lru_cache(maxsize=2)  # (asked for each list of names in the document being read)
def body_speaker(text: str) -> str | None:
    """The unit a copy without its header speaks as, named alone in its clause right before it reports, asks upward
    or gives its opinion (`Sở X báo cáo và đề xuất như sau:`, `…, Sở X kính đề nghị UBND tỉnh:`, `…, Bộ X có ý kiến
    như sau:`); None when no clause does."""
    if "kính " not in text and "báo cáo" not in text and "ý kiến" not in text:
        return None
    for m in _SPEAKER_VERBS.finditer(text):
        before = text[max(0, m.start() - 120) : m.start()]
        start = _CLAUSE_START.search(before)
        clause = before[start.end() :] if start else before
        mentions, end = read_units(clause, 0)
        if len(mentions) == 1 and mentions[0].start == 0 and end == len(clause) and not fold(clause).startswith("cac "):
            return clause
    return None


def _speaker(doc: Document) -> str | None:
    """The issuer's name: its header's, the line under the subject of a copy without one, else the body's speaker."""
    if doc.issuer is not None:
        return doc.issuer.name
    return headerless_speaker(doc) or body_speaker(doc.text)


def is_issuer(names: list[str], doc: Document) -> bool:
    """Do `names` name the issuer, or its head by office (`Chủ tịch UBND tỉnh` of `ỦY BAN NHÂN DÂN TỈNH X`)? A
    deputy (`Phó Chủ tịch UBND tỉnh`) or a member (`đại biểu HĐND tỉnh`) is not the issuer: work may be his own."""
    # (a copy that lost its header: the body its authority line names under the subject speaks, or the unit its
    # body reports or asks upward as)
    name = _speaker(doc)
    if name is None:
        return False
    names = [n if fold(n).startswith(_NOT_THE_HEAD) else strip_office(n) for n in names]
    issuer = fold(name)
    if any(folded and folded in issuer and not _organ_of(folded, issuer) for folded in map(fold, names)):
        return True
    spelled = unit_key(name)  # `UBND huyện` for `ỦY BAN NHÂN DÂN HUYỆN YÊN SƠN`
    if doc.issuer is None:
        return any(key and spelled.startswith(key) for key in map(unit_key, names))
    if any(key and spelled.startswith(key) for key in map(unit_key, names)):
        return True
    # the issuing committee's standing organ (`Ban Thường vụ Đảng ủy xã` of `ĐẢNG ỦY XÃ CAM LỘ`)
    organs = [fold(n[m.end() :]) for n in names if (m := _STANDING_ORGAN.match(n))]
    if any(organ and issuer.startswith(organ) for organ in organs):
        return True
    # the body the document is signed for (`TM. BAN THƯỜNG VỤ TỈNH ĐOÀN` of `BCH ĐOÀN TỈNH QUẢNG NAM`)
    signed_for = {fold(a.of) for a in doc.signatures[0].authority} if doc.signatures else set()
    if signed_for and any(fold(n) in signed_for for n in names):
        return True
    # a body of its governing one, named with it (`Ban Dân vận Tỉnh ủy` of `BAN DÂN VẬN` under `TỈNH ỦY LÀO CAI`)
    parent = doc.issuer.parent
    if not parent:
        return False
    owned = unit_key(f"{doc.issuer.name} {parent}")
    return any(key and len(key) > len(spelled) and owned.startswith(key) for key in map(unit_key, names))


# the Party organs set up inside another body (`[party_organs]` of data/unit_heads.toml less the standing organs, which
# speak for their own body): `ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH` is the Party committee of the people's committee
_HEAD_WORDS = load_toml("unit_heads.toml")
_INNER_ORGANS = frozenset(
    fold(w) + " "
    for w in _HEAD_WORDS["party_organs"]["words"]
    if w not in _HEAD_WORDS["standing_organs"]["words"] and not w.startswith(("Ban Thường", "Thường"))
)


# the words that make a body of another rank of a head's name, folded with the space after them (`tong `, `chi `):
# `[rank_prefixes]` of data/unit_heads.toml
_RANK_PREFIXES = tuple(fold(w) + " " for w in _HEAD_WORDS["rank_prefixes"]["words"])


def _organ_of(folded: str, issuer: str) -> bool:
    """Is the body `folded` names only the one whose Party organ issues the document (`Ủy ban nhân dân tỉnh` in
    `đảng ủy ủy ban nhân dân tỉnh`), or a body of another rank whose name the issuer's holds (`Cục Thuế` in `tổng cục
    thuế`)? Then the body is an addressee, not the issuer speaking."""
    at = issuer.find(folded)
    # (a head alone, `Cục`, says too little to be told from the issuer's own: only a name of two words or more)
    return at > 0 and (issuer[:at] in _INNER_ORGANS or (issuer[:at].endswith(_RANK_PREFIXES) and " " in folded))


# `[standing_organs]` of data/unit_heads.toml, with the space before the committee's name
_STANDING_ORGAN = re.compile(rf"{as_written(load_toml('unit_heads.toml')['standing_organs']['words'])}\s+")


_VOICE = _WORDINGS["voice"]
_DIRECTING = tuple(fold(w) + " " for w in _VOICE["directing"])
_LEVEL_WORDS = {word: level for level, words in enumerate(_VOICE["levels"]) for word in words}
# the first word of a level of place in a folded name, longest first (`thi xa` before `xa`)
_LEVEL = re.compile(rf"\b({as_written(_LEVEL_WORDS)})\b")
_CENTRAL = tuple(_VOICE["central_issuers"])


def _level(folded: str) -> int | None:
    """The level of place a folded name is of (0 the highest: the Government, the Party's centre), if it says."""
    if folded.startswith(_CENTRAL):
        return 0
    found = _LEVEL.search(folded)
    return None if found is None else _LEVEL_WORDS[found.group(1)]


# a name of a group of bodies, folded (`ubnd cac huyen`, `cac so, nganh`): `groups` of `[voice]`
_GROUP_WORD = re.compile(rf"(?<![a-z]){as_written(_VOICE['groups'])}(?![a-z])")


def speaks_for(names: list[str], doc: Document) -> bool:
    """In `X yêu cầu Y …`, does X (`names`) speak for the document, so that Y is asked? The issuer and its head,
    the body over it in its header, an office holder, or a body that directs at the issuer's level or above
    (`[voice]` of data/lead_ins.toml). A body of unknown level speaks, as every body used to; a group of bodies
    never does (`UBND các huyện yêu cầu UBND các xã …` in a copy with no header: one document has one issuer, and the
    group's task is to require it of the others)."""
    if is_issuer(names, doc):
        return True
    if all(_GROUP_WORD.search(fold(n)) for n in names):
        return False
    if any(strip_office(n) != n for n in names):
        return True
    if doc.issuer is None:
        return True
    parent = doc.issuer.parent or ""
    if parent and any(unit_key(parent).startswith(key) for key in map(unit_key, names) if key):
        return True
    issuer_level = _level(fold(f"{doc.issuer.name} {parent}"))
    for name in names:
        folded = fold(name) + " "
        if not folded.startswith(_DIRECTING):
            return False
        level = _level(folded)
        if level is not None and issuer_level is not None and level > issuer_level:
            return False
    return True


def heads_directing_body(names: list[str]) -> bool:
    """Do `names` name the head of a body that directs (`Chủ tịch UBND tỉnh`, `Thủ tướng Chính phủ`: an office of a
    body opening with one of `directing` of `[voice]`)? In a copy with no header such a head speaks for it; the
    holders of a group (`Chủ tịch UBND các xã`) do not."""
    return bool(names) and all(
        (body := strip_office(n)) != n and (fold(body) + " ").startswith(_DIRECTING) and not _GROUP_WORD.search(fold(n))
        for n in names
    )


# `Nơi nhận` as written or in capitals: `recipients` of `[labels]` in issuer_markers.toml
RECIPIENTS: Final = re.compile(
    rf"{as_written((*formal_labels().recipient_spellings, *(w.upper() for w in formal_labels().recipient_spellings)))}\s*:?"
)


def introduces_items(seg: Segment, nxt: Segment | None) -> bool:
    """A numbered sentence directly followed by deeper items (without a `:`) heads them."""
    return nxt is not None and 0 < seg.depth < nxt.depth and not seg.text.rstrip().endswith(":")
