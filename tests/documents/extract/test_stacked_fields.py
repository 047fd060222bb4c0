"""A field's label alone on its line over the units it names, joined into one field line: `[stacked_fields]` of
data/task_columns.toml."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.extract.segments import segments
from chidao.documents.extract.stacked_fields import stacked_fields
from chidao.documents.extract.task_tables import field_line
from chidao.documents.text import split_lines

_STACKED = load_toml("task_columns.toml")["stacked_fields"]


def _read(lines: list[str]) -> list[str]:
    return [s.text for s in stacked_fields(segments(split_lines("\n".join(lines))))]


@pytest.mark.parametrize(("lines", "joined"), _STACKED["examples"])
def test_label_and_unit_lines_read_as_one_field(lines, joined):
    out = _read(lines)
    assert out == [joined]
    assert field_line(joined)


@pytest.mark.parametrize("lines", _STACKED["counter_examples"])
def test_label_over_work_or_particulars_is_left_alone(lines):
    segs = segments(split_lines("\n".join(lines)))
    assert [s.text for s in stacked_fields(segs)] == [s.text for s in segs]


@pytest.mark.parametrize("lines", _STACKED["titles"])
def test_title_over_fields_is_dropped(lines):
    out = _read(lines)
    assert field_line(out[0])
    assert len(out) == len(lines) - 1 - sum(1 for line in lines[2:] if line.startswith(("-", "+")))


@pytest.mark.parametrize("lines", _STACKED["kept_titles"])
def test_title_over_items_is_kept(lines):
    assert len(_read(lines)) == len(lines)


def test_joined_field_maps_back_to_the_text():
    """Each unit of the joined line keeps the offsets of its own line, so its span points at it in the text."""
    text = "2. Cơ quan chủ trì\n- Sở Y tế.\n- Ủy ban nhân dân các huyện."
    (seg,) = stacked_fields(segments(split_lines(text)))
    for name in ("Sở Y tế", "Ủy ban nhân dân các huyện"):
        at = seg.text.index(name)
        start, end = seg.span(at, at + len(name))
        assert text[start:end] == name
