"""The wordings of `data/clause_words.toml`: every table's `examples` are read as the table says, its
`counter_examples` are not."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.extract.assignees import read_unit
from chidao.documents.extract.clauses import (
    _ADVERBIAL,
    _INTRODUCTORY,
    _bracketed_lead,
    _forwarded,
    _object_runs_on,
    _predicate_follows,
    _role_then_work,
    _sent_asks,
    _standing_role_then_work,
    assignment,
    clauses,
    comma_then_work,
    known_predicate_follows,
    opens_item_work,
    opens_with_action,
)
from chidao.documents.extract.tasks import _WHOLE_CLAUSE
from chidao.documents.pipeline import parse_text

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


@pytest.mark.parametrize(("sentence", "holds"), _cases("copula_subject"))
def test_copula_subject(sentence, holds):
    """A topic, `là` and the units after it: those units are the subject (examples); none without a unit there."""
    text, names = sentence.split("|")
    found = assignment(text)
    if holds:
        assert found is not None and found.subject
        assert [n for m in found.assignees for n in m.names] == names.split(";")
    else:
        assert found is None


@pytest.mark.parametrize(("paragraph", "holds"), _cases("time_numbers"))
def test_time_numbers(paragraph, holds):
    """A number a time word counts ends its sentence (two clauses); a list number does not (one)."""
    assert (len(clauses(paragraph)) == 2) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("not_predicate"))
def test_not_predicate(sentence, holds):
    """A unit's name followed by one of the words starts no work of its own."""
    assert _predicate_follows(sentence, _after_unit(sentence)) is not holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("work_all_the_same"))
def test_work_all_the_same(sentence, holds):
    assert known_predicate_follows(sentence, _after_unit(sentence)) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("judged"))
def test_judged(sentence, holds):
    """A unit and its field of work judged in the same clause is given no work."""
    assert _predicate_follows(sentence, _after_unit(sentence)) is not holds


@pytest.mark.parametrize(("item", "holds"), _cases("not_action"))
def test_not_action(item, holds):
    """An item opening with one of the words is not written in the imperative."""
    assert opens_with_action(item) is not holds


@pytest.mark.parametrize(("item", "holds"), _cases("item_work"))
def test_item_work(item, holds):
    """A list item opening with a verb of work, or with one of the words, opens work."""
    assert opens_item_work(item) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("standing_role"))
def test_standing_role(sentence, holds):
    assert _standing_role_then_work(sentence, _after_unit(sentence)) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("role_apposition"))
def test_role_apposition(sentence, holds):
    """The unit's role set beside its name between dashes or commas, then its work."""
    assert _role_then_work(sentence, _after_unit(sentence)) is holds


@pytest.mark.parametrize("role", WORDS["standing_role"]["roles"])
def test_standing_role_after_a_colon_opens_a_duty(role):
    """`Phòng X: là đầu mối ...`: the words after the unit's name and its colon are its duty."""
    found = assignment(f"Phòng Kinh tế: {WORDS['standing_role']['verb']} {role} tổng hợp báo cáo.")
    assert found is not None and found.subject


@pytest.mark.parametrize(("sentence", "holds"), _cases("sent_to"))
def test_sent_to(sentence, holds):
    """The unit after the comma carries on the list of units a report is sent to."""
    text, unit = sentence.split("|")
    assert _object_runs_on(text, text.index(unit)) is holds


@pytest.mark.parametrize(("item", "holds"), _cases("bracketed_lead"))
def test_bracketed_lead(item, holds):
    """The units that open a bracket at the item's end lead it."""
    assert (_bracketed_lead(item) is not None) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("forwarded"))
def test_forwarded(sentence, holds):
    """Papers forwarded to a unit give it the work named after it."""
    text, _, unit = sentence.partition("|")
    found = _forwarded(text)
    assert (found is not None and found.names == [unit] and found.mode == "chuyển") is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("sent_asks"))
def test_sent_asks(sentence, holds):
    """A document sent to units, then a verb of asking with no addressee: the units it went to are asked."""
    text, _, units = sentence.partition("|")
    found = _sent_asks(text)
    assert (found is not None and found.names == units.split(";")) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("in_turn"))
def test_in_turn(sentence, holds):
    """A unit after a comma with work of its own opens a clause; a list of units, objects or names does not."""
    assert (len(clauses(sentence)) == 2) is holds


@pytest.mark.parametrize("sentence", WORDS["in_turn"]["helper_examples"])
def test_helper_in_turn_is_cut_off(sentence):
    """A unit that only helps, its helping closing the clause, is cut off as after a bare lead (the task reader
    joins it back as the lead's coordinator: test_tasks.py::test_helper_after_a_lead_with_work)."""
    assert len(clauses(sentence)) == 2


@pytest.mark.parametrize("word", WORDS["in_turn"]["whole"])
def test_in_turn_whole_words_open_a_deadline_clause(word):
    """Each word of `whole` opens the last clause of a sentence given to two units in turn, whose time both share."""
    assert _WHOLE_CLAUSE.search(f"Giao Sở A rà soát, Sở B tổng hợp, {word} 30/4/2026.") is not None


@pytest.mark.parametrize(("sentence", "holds"), _cases("comma_work"))
def test_comma_work(sentence, holds):
    """A comma stands between the unit and the work it is given."""
    assert comma_then_work(sentence, _after_unit(sentence)) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("time_ahead"))
def test_time_ahead(sentence, holds):
    """Who is asked after the time ahead set off by a comma right after the verb of asking (`[time_ahead]`)."""
    text, unit = sentence.split("|")
    found = assignment(text)
    assert (found is not None and found.names == [unit]) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("time_clause"))
def test_time_clause(sentence, holds):
    """Who is asked after a time clause that follows the verb of asking: the first unit a verb of work follows."""
    text, unit = sentence.split("|")
    found = assignment(text)
    assert (found is not None and found.names == [unit]) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("dated_issuer"))
def test_dated_issuer(sentence, holds):
    """A unit then a whole date, after a ground's comma, is the issuer of the document the ground names: no task."""
    assert (assignment(sentence) is None) is holds


@pytest.mark.parametrize("sentence", WORDS["subject_asks"]["examples"])
def test_subject_asks_names_no_assignee(sentence):
    """In a copy with no header, the unit before a verb of asking with no unit after it asks; it is not asked
    (`[subject_asks]`)."""
    assert parse_text(sentence + "\n", check=False).tasks == []


@pytest.mark.parametrize("example", WORDS["subject_asks"]["counter_examples"])
def test_subject_asks_keeps_the_units_asked(example):
    sentence, unit = example.split("|")
    tasks = parse_text(sentence + "\n", check=False).tasks
    assert [t.assignees for t in tasks] == [[unit]]
