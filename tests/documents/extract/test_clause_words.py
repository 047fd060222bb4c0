"""The wordings of `data/clause_words.toml`: every table's `examples` are read as the table says, its
`counter_examples` are not."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.extract.assignees import read_unit
from chidao.documents.extract.clauses import (
    _ADVERBIAL,
    _INTRODUCTORY,
    _known_predicate_follows,
    _predicate_follows,
)

WORDS = load_toml("clause_words.toml")


def _cases(table: str) -> list[tuple[str, bool]]:
    """(sentence, whether the table's rule holds for it): its examples, then its counter-examples."""
    return [(e, True) for e in WORDS[table]["examples"]] + [(c, False) for c in WORDS[table]["counter_examples"]]


def _after_unit(sentence: str) -> int:
    """Where the name of the unit the sentence opens with ends."""
    unit = read_unit(sentence, 0)
    assert unit is not None
    return unit.end


def test_every_table_has_examples_and_counter_examples():
    for name, table in WORDS.items():
        assert table["examples"] and table["counter_examples"], name


@pytest.mark.parametrize(("sentence", "holds"), _cases("adverbial"))
def test_adverbial(sentence, holds):
    assert (_ADVERBIAL.match(sentence) is not None) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("introductory"))
def test_introductory(sentence, holds):
    assert (_INTRODUCTORY.match(sentence) is not None) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("not_predicate"))
def test_not_predicate(sentence, holds):
    """A unit's name followed by one of the words starts no work of its own."""
    assert _predicate_follows(sentence, _after_unit(sentence)) is not holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("work_all_the_same"))
def test_work_all_the_same(sentence, holds):
    assert _known_predicate_follows(sentence, _after_unit(sentence)) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("judged"))
def test_judged(sentence, holds):
    """A unit and its field of work judged in the same clause is given no work."""
    assert _predicate_follows(sentence, _after_unit(sentence)) is not holds
