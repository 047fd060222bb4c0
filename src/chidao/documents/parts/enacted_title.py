"""A legal text copied without its header block, its title as its first line (`HỖ TRỢ NGƯỜI CÓ CÔNG … VỀ NHÀ Ở` /
`Căn cứ …` / `Thủ tướng Chính phủ ban hành Quyết định hỗ trợ …,`): the title is the subject, and the enacting formula
that closes the preamble names the type. The issuer, the number and the date stay unread, as for any text without
its header block (`data/enacting_formula.toml`)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from chidao.documents.alternation import as_written
from chidao.documents.data import load_toml
from chidao.documents.model import DocType, Subject
from chidao.documents.parts import addressees as addr
from chidao.documents.parts.cells import is_upper
from chidao.documents.parts.issuer import names_a_body
from chidao.documents.parts.type_subject import doc_type, find_type_name, type_name_at
from chidao.documents.text import Line, fold_chars


@cache
def _data() -> dict[str, Any]:
    return load_toml("enacting_formula.toml")


@cache
def _formula() -> re.Pattern[str]:
    """`… ban hành ` before the type's name: the verb of the enacting formula, as written."""
    return re.compile(rf"(?<!\w){as_written(_data()['verbs'])}\s+")


def _title(text: str) -> bool:
    """A line in capitals of a title's length that is neither a type's name nor a body's."""
    hit = find_type_name(text, upper_only=False)
    return (
        is_upper(text)
        and len(text.split()) <= int(_data()["title_words"])
        and not (hit is not None and hit[0] == 0)
        and not names_a_body(text)
    )


def read_enacted_title(lines: list[Line]) -> tuple[DocType, Subject] | None:
    """The type and the subject of a text whose first line is its title, the căn cứ under it and the enacting
    formula after them; None when the text is not so."""
    filled = [line for line in lines if line.text.strip()]
    if len(filled) < 3 or not _title(filled[0].text) or not addr.starts_with_opener(filled[1].text):
        return None
    for line in filled[2 : 2 + int(_data()["reach"])]:
        for m in _formula().finditer(line.text):
            hit = type_name_at(line.text, fold_chars(line.text), m.end(), upper_only=False)
            if hit is None:
                continue
            title = filled[0]
            kind = doc_type(hit[2], line.text[hit[0] : hit[1]], (line.start + hit[0], line.start + hit[1]))
            return kind, Subject(title.text, (title.start, title.end))
    return None
