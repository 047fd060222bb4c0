"""Where a trích yếu ends (`parts/subject_end.py`): the words a subject line cannot end on."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.parts.subject_end import (
    names_attachment,
    names_basis,
    names_session,
    open_end,
    qualifies_type,
)

_OPEN_END = load_toml("wrap_words.toml")["subject_open_end"]


@pytest.mark.parametrize(
    ("line", "holds"), [(e, True) for e in _OPEN_END["examples"]] + [(c, False) for c in _OPEN_END["counter_examples"]]
)
def test_subject_open_end(line, holds):
    """`[subject_open_end]` of wrap_words.toml: a subject line ending on one of its words goes on below."""
    assert open_end(line) is holds


_CAPTION = load_toml("wrap_words.toml")["subject_caption"]


@pytest.mark.parametrize(
    ("line", "holds"), [(e, True) for e in _CAPTION["examples"]] + [(c, False) for c in _CAPTION["counter_examples"]]
)
def test_subject_caption(line, holds):
    """`[subject_caption]` of wrap_words.toml: the bracketed line naming the document an annex comes with."""
    assert names_attachment(line) is holds


@pytest.mark.parametrize(
    ("line", "holds"),
    [(e, True) for e in _CAPTION["note_examples"]] + [(c, False) for c in _CAPTION["note_counter_examples"]],
)
def test_subject_session_note(line, holds):
    """`notes` of `[subject_caption]` in wrap_words.toml: the bracketed line naming the session a report goes to."""
    assert names_session(line) is holds


_QUALIFIER = load_toml("wrap_words.toml")["type_qualifier"]


@pytest.mark.parametrize(
    ("rest", "holds"), [(e, True) for e in _QUALIFIER["examples"]] + [(c, False) for c in _QUALIFIER["counter_examples"]]
)
def test_type_qualifier(rest, holds):
    """`[type_qualifier]` of wrap_words.toml: the rest of a type name's line that belongs to the title."""
    assert qualifies_type(rest) is holds


@pytest.mark.parametrize(
    ("line", "holds"),
    [
        ("Theo Kế hoạch số 52/KH-BVĐK ngày 21/4/2025", True),
        ("Theo Kế hoạch số 52/KH-BVĐK  ngày 21/4/2025  -", True),  # the rule under the subject, read onto the line
        ("Theo Quyết định số 15/QĐ-UBND", True),
        ("Theo Nghị quyết số 08/NQ-HĐND ngày 12 tháng 7 năm 2024", True),
        # the body's openers: a sentence goes on after the number or the day, or names no document
        ("Theo Kế hoạch số 96/KH-UBND ngày 02/8/2025 của UBND huyện, Chủ tịch UBND huyện giao", False),
        ("Theo đề nghị của Trưởng phòng Hành chính.", False),
        ("Theo đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 02/3/2025", False),
    ],
)
def test_subject_basis_line(line, holds):
    """`Theo <type> số … ngày …` alone on its line ends a subject; it does not open the body."""
    assert names_basis(line) is holds
