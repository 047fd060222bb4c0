"""Where a trích yếu ends (`parts/subject_end.py`): the words a subject line cannot end on."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.parts.subject_end import open_end

_OPEN_END = load_toml("wrap_words.toml")["subject_open_end"]


@pytest.mark.parametrize(
    ("line", "holds"), [(e, True) for e in _OPEN_END["examples"]] + [(c, False) for c in _OPEN_END["counter_examples"]]
)
def test_subject_open_end(line, holds):
    """`[subject_open_end]` of wrap_words.toml: a subject line ending on one of its words goes on below."""
    assert open_end(line) is holds
