"""Where a trích yếu ends (`parts/subject_end.py`): the words a subject line cannot end on."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.parts.subject_end import names_attachment, names_session, open_end, qualifies_type

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
