"""Where a trích yếu ends when no blank line follows it (.docx and .pdf text: one line per paragraph).

A wrapped subject goes on in the same case; the body opens with a capitalised sentence: after a subject that
ended on a year, a line ending with `.`/`:`, or a unit doing something (`Sở Xây dựng tổ chức ...`).
"""

from __future__ import annotations

import re

from chidao.documents.alternation import as_written
from chidao.documents.data import load_toml
from chidao.documents.data.formal import header_markers
from chidao.documents.parts.cells import Cell
from chidao.documents.parts.issuer import opening_words
from chidao.documents.parts.signature import starts_title
from chidao.documents.parts.type_subject import RULE_END, find_type_name, type_name_at
from chidao.documents.text import fold_chars


def wrapped_tail(prev: Cell, cell: Cell) -> bool:
    """`V/v ... kiểm dịch khỉ` / `VN-TQ`, `... Luật` / `DN 2014`: an abbreviation wrapped off a mixed-case subject."""
    text = cell.text
    return (
        not prev.upper
        and len(text.split()) <= 2
        and not text.endswith((":", "."))
        and find_type_name(text) is None
        and not starts_title(text)
    )


_YEAR_END = re.compile(r"(?:19|20)\d\d\)?$")
# A subject line ending on one of these words wraps onto the next line whatever its case (`... của` / `Bộ Tài chính`):
# `[subject_open_end]` of data/wrap_words.toml
_OPEN = load_toml("wrap_words.toml")["subject_open_end"]
_OPEN_END = re.compile(
    rf"(?:(?:^|\s)(?:{as_written(_OPEN['words'])}|[{''.join(map(re.escape, _OPEN['marks']))}])"
    rf"|[{''.join(map(re.escape, _OPEN['glued_marks']))}])$",
    re.IGNORECASE,
)
# A field of a giấy mời or a form (`Thời gian: ...`, `Kính mời: ...`, `Thành phần:`): a label of one to three words.
_LABEL = re.compile(r"^\w+(?: \w+){0,2}\s*:(?!//)")
_SENTENCE = 60  # a capitalised line this long ending with `.`/`:` is a sentence of the body


# `[subject_caption]` of data/wrap_words.toml: `(Kèm theo Quyết định số …`, under an annex's title
_CAPTION = re.compile(rf"\(\s*(?:{as_written(load_toml('wrap_words.toml')['subject_caption']['openers'])})\b", re.IGNORECASE)


def names_attachment(text: str) -> bool:
    """`(Kèm theo Quyết định số …)`: the line naming the document an annex comes with, no part of its subject."""
    return text.startswith("(") and _CAPTION.match(text) is not None


# `notes` of `[subject_caption]`: `(Trình Kỳ họp thứ Mười - HĐND xã …)`, under a report's trích yếu
_SESSION_NOTE = re.compile(
    rf"\(\s*(?:{as_written(load_toml('wrap_words.toml')['subject_caption']['notes'])})\b", re.IGNORECASE
)


def names_session(text: str) -> bool:
    """`(Trình Kỳ họp thứ Mười - HĐND xã …)`: the line naming the council session a report goes to, no part of its
    subject."""
    return text.startswith("(") and _SESSION_NOTE.match(text) is not None


_QUALIFIER = re.compile(rf"(?:{as_written(load_toml('wrap_words.toml')['type_qualifier']['words'])})", re.IGNORECASE)


def qualifies_type(text: str) -> bool:
    """`QUỐC GIA` after `KẾ HOẠCH` on its line: a word of the title (`[type_qualifier]` of wrap_words.toml)."""
    return _QUALIFIER.fullmatch(text.strip()) is not None


# ... unless the word closes a compound (`… TOÀN BỘ`): `closed` of `[subject_open_end]`
_CLOSED_END = re.compile(rf"(?:^|\s)(?:{as_written(_OPEN['closed'])})$", re.IGNORECASE)


def open_end(text: str) -> bool:
    """A subject line left open for the next one (`... của`, `... và`, `... Bộ`)."""
    return _OPEN_END.search(text) is not None and _CLOSED_END.search(text) is None


def opens_body(prev: Cell, cell: Cell) -> bool:
    """A capitalised mixed-case line after a complete subject opens the body: after a subject ending on a year
    (`... năm 2025` / `Tại cuộc họp ...`), or a sentence ending with `.`/`:` (`Ủy ban nhân dân tỉnh tổ chức ...:`)."""
    text = cell.text
    if not text[:1].isupper() or cell.upper:
        return False
    if _LABEL.match(text):
        return True
    if _OPEN_END.search(prev.text):
        return False
    if _YEAR_END.search(prev.text) or _unit_acts(text):
        return True
    return len(text) > _SENTENCE and text.rstrip("*").endswith((".", ":"))


# Verbs a unit opens the body with (`Ủy ban nhân dân thành phố tổ chức ...`, `Sở Tài chính nhận được ...`).
_ACTS = re.compile(
    r"\s(?:to chuc|de nghi|kinh moi|tran trong|thong bao|bao cao|nhan duoc|giao|yeu cau|ban hanh|huong dan|"
    r"trien khai|co y kien|xin|da)\s"
)
_ACT_WORDS = 9  # the verb stands within this many words of the line start


def _unit_acts(text: str) -> bool:
    """`Ủy ban nhân dân thành phố tổ chức cuộc họp ...`: a body's name, then what it does."""
    folded = fold_chars(text)
    heads = header_markers().issuer.heads
    if folded.startswith("to chuc") or not opening_words(heads).match(folded):
        return False
    m = _ACTS.search(" " + folded + " ")
    return m is not None and len(folded[: m.start()].split()) <= _ACT_WORDS


# A decision's subject may end on the document it carries out, on a line of its own (`… thuộc Học viện …` / `Theo Kế
# hoạch số 1078/KH-BCY ngày 14/12/2022`): capitalised there by a typist or by OCR, `Theo` reads as the body's opener
# (`Theo đề nghị của …`), but a sentence of the body never stops at the cited document's number or day.
_BASIS = re.compile(
    r"Theo\s+(?P<name>\D+?)\s+số:?\s*\d+[^\s,;]*"
    r"(?:\s+ngày\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d))?"
)


def names_basis(text: str) -> bool:
    """`Theo Kế hoạch số 1078/KH-BCY ngày 14/12/2022` alone on its line: a type's name, its number and day, and nothing
    after them (but the rule under the subject, which OCR may read onto the line)."""
    text = RULE_END.sub("", text.strip())
    m = _BASIS.fullmatch(text)
    if m is None:
        return False
    name = m.group("name")
    hit = type_name_at(name, fold_chars(name), 0, upper_only=False)
    return hit is not None and hit[1] == len(name)
