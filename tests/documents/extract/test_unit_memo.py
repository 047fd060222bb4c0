"""`read_unit` and `read_units` keep what they read in bounded memos keyed by the text and the position (a clause's
units are asked for several times: by the clause cutter, the subject reader, the assignment reader). The memo must
answer exactly what the plain reading does, and no caller may change what a later one is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from chidao.documents.extract import assignees
from chidao.documents.extract.assignees import UnitMention, read_unit, read_units
from tests.fixtures.samples import sample_notice

_CASES = Path(__file__).resolve().parents[1] / "cases"


def _paragraphs() -> list[str]:
    texts = [sample_notice(seq="7", items=30).text()]
    texts += [p.read_bytes().decode("utf-8", "replace") for p in sorted(_CASES.glob("*.txt"))]
    return [line.strip() for text in texts for line in text.splitlines() if len(line.strip()) > 20]


def _word_starts(text: str) -> list[int]:
    return [i for i in range(len(text)) if not text[i].isspace() and (i == 0 or text[i - 1] in " \t(,;:")]


def test_memoised_readings_are_the_plain_ones() -> None:
    paragraphs = _paragraphs()
    assert len(paragraphs) > 2000
    asked = 0
    for text in paragraphs:
        starts = _word_starts(text)
        # the plain readings, each from empty memos ...
        plain = []
        for pos in starts:
            read_unit.cache_clear()
            assignees._read_units.cache_clear()
            plain.append((read_unit.__wrapped__(text, pos), assignees._read_units.__wrapped__(text, pos)))
        # ... then every position again through the memos, in two passes (the second answered by the memo)
        read_unit.cache_clear()
        assignees._read_units.cache_clear()
        for _ in range(2):
            for pos, (unit, (mentions, end)) in zip(starts, plain, strict=True):
                assert read_unit(text, pos) == unit, (text, pos)
                assert read_units(text, pos) == (list(mentions), end), (text, pos)
                asked += 1
    assert asked > 50_000


@pytest.mark.parametrize("text", ["Sở Tài chính, Sở Xây dựng và UBND các huyện chủ trì thực hiện.", "Giao Sở Y tế."])
def test_a_caller_changing_its_list_changes_no_later_answer(text: str) -> None:
    pos = text.index("Sở")
    first, end = read_units(text, pos)
    expected = list(first)
    first.append(first[0])
    first[0] = UnitMention(("changed",), first[0].start, first[0].end)
    again, end_again = read_units(text, pos)
    assert (again, end_again) == (expected, end)
    assert again is not first


def test_the_memos_are_bounded_and_keyed_by_text() -> None:
    """The throughput benchmark empties every bounded memo of the library before each document (`maxsize > 1`)."""
    for memo in (read_unit, assignees._read_units):
        assert (memo.cache_info().maxsize or 0) > 1
