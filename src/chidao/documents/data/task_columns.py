"""The labels of a task table's columns (`data/task_columns.toml`), shared by every reader of task tables."""

from __future__ import annotations

import re
from typing import Final

from chidao.documents.alternation import as_written
from chidao.documents.data import load_toml

_COLUMNS = load_toml("task_columns.toml")
ROLES: tuple[str, ...] = ("lead", "coord", "task", "time", "number")  # in the order a column's role is tried
LABELS: Final[dict[str, tuple[str, ...]]] = {role: tuple(_COLUMNS["roles"][role]) for role in ROLES}
# (role, label word) for every word of `[roles]`, in that order
ROLE_WORDS: tuple[tuple[str, str], ...] = tuple((role, w) for role in ROLES for w in LABELS[role])
_AGENT = _COLUMNS["agent"]
_BODIES = as_written(_AGENT["bodies"])  # `cơ quan`, `đơn vị`
# The label of the column of units that carry a task out, when it is not `… chủ trì`: `[agent]`
AGENT_LABEL = re.compile(
    rf"{as_written([*_AGENT['bodies'], *_AGENT['duties']])}(?:,? {as_written(_AGENT['also'])})? "
    rf"{re.escape(_AGENT['carry_out'])}"
    rf"|{re.escape(_AGENT['answerable'])}"
)
_PREPARER = _COLUMNS["preparer"]
# The label of the column of the body that prepares an item (`Cơ quan tham mưu`): `[preparer]`
PREPARER_LABEL = re.compile(rf"{_BODIES} {as_written(_PREPARER['prepares'])}")
PREPARER_HEADER_WORDS: int = _PREPARER["max_words"]  # the most words of a label in a header naming it
# the words of an agent's label (`thực hiện`, `trách nhiệm`): such a label may be split below into `chủ trì` and
# `phối hợp`
CARRY_OUT: str = _AGENT["carry_out"]
ANSWERABLE: str = _AGENT["answerable"]


def labelled(label: str, role: str) -> bool:
    """Does a folded label (or several joined) hold a word of the role's column (`lead`, `task` ...)?"""
    return any(w in label for w in LABELS[role])


_GROUP_WORDS = tuple(_COLUMNS["group"]["words"])


def grouping(label: str) -> bool:
    """Does a folded label name a column that groups the tasks (`nhóm hoạt động`: `[group]`), not the tasks?"""
    return label.split(" ", 1)[0] in _GROUP_WORDS and labelled(label, "task")


def task_column(labels: list[str]) -> int | None:
    """The task column among a header's folded labels: the first that names tasks, passing over a column that
    groups them when a later one names them (`Nhóm hoạt động | Hoạt động`); None when no label names tasks."""
    named = [i for i, label in enumerate(labels)
             if labelled(label, "task") and not labelled(label, "lead") and not labelled(label, "coord")]
    own = [i for i in named if not grouping(labels[i])]
    return (own or named)[0] if named else None


def task_header(label: str) -> bool:
    """Do folded header labels (joined) name a task table: a task column and a lead or agent column?"""
    return (labelled(label, "lead") or AGENT_LABEL.search(label) is not None) and labelled(label, "task")


def preparer_header(labels: list[str]) -> bool:
    """Do folded header labels name a preparer's column (`[preparer]`), each label short as a header's is?"""
    return any(PREPARER_LABEL.search(c) for c in labels) and all(len(c.split()) <= PREPARER_HEADER_WORDS for c in labels)


_FIELDS = _COLUMNS["fields"]
_CARRY = re.escape(_AGENT["carry_out"])
_LEAD = as_written(LABELS["lead"])
_DASH = r"(?:[-+*•]\s*)?"
_BRACKET = r"\(?"  # a line in brackets that holds an item's fields (`(Cơ quan chủ trì: …; thời gian: …)`)
_TIME = rf"{as_written(LABELS['time'])}(?:\s+(?:{_CARRY}|{as_written(_FIELDS['done'])}))?\s*:\s*"
# The labels of the fields under an item (`- Cơ quan thực hiện: ...`), each with its colon and the spaces after it,
# matched in a line folded by `fold_chars` (so that offsets stay those of the line): `[fields]`
FIELDS: dict[str, re.Pattern[str]] = {
    "agency": re.compile(
        rf"^{_BRACKET}{_DASH}(?:{_BODIES}(?:, {as_written(_AGENT['also'])}){{0,2}}\s+(?:{_CARRY}(?:, {_LEAD})?|{_LEAD}(?:,? {_CARRY})?)"
        rf"|{re.escape(_AGENT['answerable'])}(?: {re.escape(_FIELDS['directs'])})?(?: (?:{_CARRY}|{_LEAD}))?"
        rf"|{as_written(_AGENT['duties'])} {_CARRY}|{_LEAD},? {_CARRY})\s*:\s*"
    ),
    "coord": re.compile(rf"(?:^|[;.]\s*){_DASH}{_BODIES}\s+{as_written(LABELS['coord'])}(?: {_CARRY})?\s*:\s*"),
    "time": re.compile(rf"^{_BRACKET}{_DASH}{_TIME}"),
    "ignored": re.compile(
        rf"^{_BRACKET}{_DASH}(?:{as_written(_FIELDS['ignored'])}|{as_written(_FIELDS['particulars'])}(?: [^:;.]{{1,48}}?)?)\s*:"
    ),
}
# a time field within the agency's line: after a dash (`Cơ quan thực hiện: Sở X - Thời gian: quý II`), or after the
# `;` or `.` closing the field before it
INLINE_TIME = re.compile(rf"\s*[-;.]\s*{_TIME}")
# any field at the start of a line, in one pattern
FIELD_LINE = re.compile("|".join(f"(?:{p.pattern})" for p in FIELDS.values()))

_PERSON = _COLUMNS["person"]
# a person named in a column of units (`Đồng chí Nguyễn Văn A`, `Tỉnh ủy viên`): `[person]`
PERSON = re.compile(
    rf"(?<!\S)(?:{as_written(_PERSON['addresses'])}|{as_written(_PERSON['committees'])} {as_written(_PERSON['members'])})"
    r"(?![\wÀ-ỹ])"
)
_MEMBER = re.compile(rf"\b{as_written(_PERSON['members'])}\b")


# a form of address opening an office named in a field (`Đồng chí Phó Chủ tịch ...`), and the holder's portfolio
# after a comma (`..., phụ trách lĩnh vực X`): `addresses` and `portfolio` of `[person]`
_ADDRESSED = re.compile(rf"^(?:các\s+)?{as_written(_PERSON['addresses'])}\s+(?=[A-ZĐÀ-Ỹ])")
_PORTFOLIO = re.compile(rf",\s*{as_written(_PERSON['portfolio'])}\b.*$")


def office_as_written(name: str) -> str:
    """`Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực X` → `Phó chủ tịch Thường trực`: the office a field
    names its holder by, without the form of address and the holder's portfolio. Other names unchanged."""
    found = _ADDRESSED.match(name)
    if found is None:
        return name
    return _PORTFOLIO.sub("", name[found.end() :]).strip(" ,;.")


def names_a_person(name: str) -> bool:
    """Does a name read from a cell of units name a person (`Đồng chí ...`, `... Tỉnh ủy viên`), no unit?"""
    return _MEMBER.search(name) is not None or PERSON.match(name) is not None
