"""parts/enacted_title.py: a legal text copied without its header, its title first, its enacting formula naming
its type (`data/enacting_formula.toml` examples)."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.parts.enacted_title import read_enacted_title
from chidao.documents.text import split_lines

_DATA = load_toml("enacting_formula.toml")


@pytest.mark.parametrize(("text", "code", "subject"), [tuple(e) for e in _DATA["examples"]])
def test_title_and_formula_give_type_and_subject(text: str, code: str, subject: str) -> None:
    found = read_enacted_title(split_lines(text.replace("|", "\n")))
    assert found is not None
    kind, read = found
    assert (kind.code, read.text) == (code, subject)


@pytest.mark.parametrize("text", _DATA["counter_examples"])
def test_no_title_or_no_formula_gives_nothing(text: str) -> None:
    assert read_enacted_title(split_lines(text.replace("|", "\n"))) is None
