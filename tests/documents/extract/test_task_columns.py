"""The labels of `data/task_columns.toml`: every table's `examples` are read as the table says, its
`counter_examples` are not; the readers of task tables all read a header the same way."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.data.task_columns import (
    AGENT_LABEL,
    FIELDS,
    PERSON,
    ROLE_WORDS,
    ROLES,
    grouping,
    names_a_person,
    office_as_written,
    preparer_header,
    task_column,
    task_header,
)
from chidao.documents.extract.task_tables import _columns, _lead_and_coords, _split_names, field_line
from chidao.documents.text import fold_chars

COLUMNS = load_toml("task_columns.toml")


def _cases(table: str) -> list[tuple[str, bool]]:
    return [(e, True) for e in COLUMNS[table]["examples"]] + [(c, False) for c in COLUMNS[table]["counter_examples"]]


def _field_kinds(line: str) -> list[str]:
    folded = fold_chars(line)
    # the helpers' field may follow the agency's in its line; every other field opens the line
    return [kind for kind, label in FIELDS.items() if (label.search if kind == "coord" else label.match)(folded)]


def test_every_table_has_examples_and_counter_examples():
    for name, table in COLUMNS.items():
        assert table["examples"] and table["counter_examples"], name


def test_every_role_has_words():
    assert {role for role, _ in ROLE_WORDS} == set(ROLES)


@pytest.mark.parametrize(("header", "holds"), _cases("roles"))
def test_task_header(header, holds):
    """Header labels (split by `|`) name a task table: a task column and a lead or agent column."""
    assert task_header(header) is holds


@pytest.mark.parametrize("header", COLUMNS["roles"]["examples"])
def test_cell_table_reads_the_lead_and_task_columns(header):
    columns = _columns([c.strip() for c in header.split("|")])
    assert "lead" in columns and "task" in columns


@pytest.mark.parametrize(("header", "column"), COLUMNS["roles"]["task_columns"])
def test_task_column_passes_over_a_group_column(header, column):
    """`Nhóm hoạt động | Hoạt động`: the task column is the activity's, not its group's, unless only the group's
    label names tasks."""
    labels = [c.strip() for c in header.split("|")]
    assert task_column(labels) == column
    assert _columns(labels)["task"] == column


@pytest.mark.parametrize(("cell", "units"), COLUMNS["unit_cells"]["lead_cells"])
def test_lead_cell_units_end_where_the_manner_begins(cell, units):
    """`Bộ X chỉ đạo Sở Y thực hiện`, `… đối với lĩnh vực …`: the units the lead cell opens with, not the rest."""
    assert _split_names(cell) == units.split(";")

@pytest.mark.parametrize("header", COLUMNS["group"]["examples"])
def test_a_column_grouping_the_tasks_gives_way_to_the_tasks_column(header):
    """`[group]`: `Nhóm hoạt động | Hoạt động`: the tasks are the third label's column, in both readers' ways."""
    labels = [c.strip() for c in header.split("|")]
    assert task_column(labels) == 2
    assert _columns(labels)["task"] == 2


@pytest.mark.parametrize("label", COLUMNS["group"]["counter_examples"])
def test_a_label_naming_the_tasks_is_no_group(label):
    assert not grouping(label)
    assert task_column(["tt", label, "co quan chu tri"]) == 1


@pytest.mark.parametrize(("label", "holds"), _cases("agent"))
def test_agent_label(label, holds):
    assert (AGENT_LABEL.search(label) is not None) is holds


@pytest.mark.parametrize(("header", "holds"), _cases("preparer"))
def test_preparer_header(header, holds):
    """A preparer's column (`Cơ quan tham mưu`) names a header of short labels; a row of content is none."""
    assert preparer_header([c.strip() for c in header.split("|")]) is holds


@pytest.mark.parametrize("header", COLUMNS["preparer"]["examples"])
def test_cell_table_reads_the_preparer_as_lead(header):
    columns = _columns([c.strip() for c in header.split("|")])
    assert "lead" in columns and "task" in columns


@pytest.mark.parametrize(("kind", "line"), COLUMNS["fields"]["examples"])
def test_field_examples_are_fields_of_their_kind(kind, line):
    """`[fields]`: a line opening with the label of a field of an item is a field line, of the kind given."""
    assert field_line(line) and kind in _field_kinds(line)


@pytest.mark.parametrize("line", COLUMNS["fields"]["counter_examples"])
def test_field_counter_examples_are_no_fields(line):
    assert not field_line(line) and not _field_kinds(line)


@pytest.mark.parametrize(
    "example", COLUMNS["unit_cells"]["examples"] + COLUMNS["unit_cells"]["counter_examples"]
)
def test_unit_cell_examples_split_into_lead_and_helpers(example):
    """`[unit_cells]`: a cell naming the lead and its helpers gives each their names, the words of work after
    them dropped; those words capitalised inside a name are the name's."""
    cell, leads, coords = example.split("|")
    assert _lead_and_coords(cell) == (leads.split(";"), coords.split(";") if coords else [])


@pytest.mark.parametrize(("name", "holds"), _cases("person"))
def test_person(name, holds):
    """`[person]`: a person in a column of units is found where his name begins, and no unit is read from it."""
    assert (PERSON.search(name) is not None) is holds
    assert names_a_person(name) is holds


@pytest.mark.parametrize(("value", "office"), COLUMNS["person"]["offices"])
def test_office_named_in_a_field(value, office):
    """`[person] portfolio`: a field naming an office's holder (`Đồng chí Phó Chủ tịch X, phụ trách …`) gives the
    office as written, without the form of address and the holder's portfolio; a unit's name is left whole."""
    assert office_as_written(value) == office


def test_the_first_column_naming_tasks_is_the_task_column():
    """`Tên văn bản | Nội dung giao quy định chi tiết`: the documents to draft are the tasks; the later column that
    holds `nội dung` only details them."""
    labels = "tt | ten van ban | noi dung giao quy dinh chi tiet | co quan chu tri soan thao | thoi han trinh".split(" | ")
    assert _columns(labels)["task"] == 1
