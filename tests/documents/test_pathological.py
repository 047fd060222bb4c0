"""Every pathological shape (tests/fixtures/pathological.py) parses without an exception, its spans inside the
text. How long they take is measured by `benchmarks/pathological.py`, not here."""

from __future__ import annotations

import pytest

from chidao.documents import parse
from tests.documents.test_contract import assert_spans_index_text
from tests.fixtures.pathological import SHAPES, pathological


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape_parses_with_spans_in_text(shape: str) -> None:
    assert_spans_index_text(parse(pathological(shape, 120).encode(), name=f"{shape}.txt"))


def test_a_long_unit_list_keeps_its_units() -> None:
    doc = parse(pathological("unit_list", 40).encode(), name="list.txt").to_dict()
    (task,) = doc["tasks"]
    assert task["assignees"] == ["Sở Xây dựng"]
    assert task["coordinators"] == ["Sở Tài chính", "Sở Công Thương"]
