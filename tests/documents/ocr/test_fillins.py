import pytest

from chidao.documents.ocr.engine import Word
from chidao.documents.ocr.fillins import find_slots, vote


@pytest.mark.parametrize(
    ("kind", "first", "conf", "readings", "value"),
    [
        ("number", "b3", 0.0, ["53", "53", "", "58"], "53"),  # readings agree
        ("day", "0†", 80.0, ["0", "", "", ""], "07"),  # 0 is no day; the mapped first reading stands
        ("number", "23", 67.0, ["3", "3", "23", "23"], "23"),  # a truncated reading backs the longer one
        ("day", "", 0.0, ["43", "3", "23"], "23"),  # 43 is no day
        ("month", "x", 10.0, ["", ""], None),
    ],
)
def test_vote(kind, first, conf, readings, value):
    assert vote(kind, first, conf, readings) == value


def _line(texts: list[str], y: int = 100) -> list[Word]:
    out, x = [], 300
    for t in texts:
        out.append(Word(t, 50.0, (x, y, x + 30 * len(t), y + 40)))
        x += 30 * len(t) + 25
    return out


def test_slots_are_the_gaps_between_printed_words():
    lines = [_line(["Số:", "b3", "/TB-UBND"]), _line(["An", "Hòa,", "ngày", "0†", "tháng", "02", "năm", "2024"])]
    slots = find_slots(lines)
    assert sorted((s.kind, s.line, s.start, s.end) for s in slots) == [
        ("day", 1, 3, 4), ("month", 1, 5, 6), ("number", 0, 1, 2)]
    number = next(s for s in slots if s.kind == "number")
    assert number.box[0] == lines[0][0].box[2] + 3 and number.box[2] == lines[0][2].box[0] - 3


def test_empty_slot_is_found_too():
    slots = find_slots([_line(["Số:", "/TB-UBND"])])
    assert [(s.kind, s.start, s.end) for s in slots] == [("number", 1, 1)]


def test_pen_stroke_glued_to_ngay_is_split():
    lines = [_line(["Hòa,", "ngày{5", "tháng", "01", "năm", "2025"])]
    slots = find_slots(lines)
    assert [w.text for w in lines[0][:4]] == ["Hòa,", "ngày", "{5", "tháng"]
    assert ("day", 2, 3) in [(s.kind, s.start, s.end) for s in slots]


def test_party_number_slot_ends_at_the_dash():
    slots = find_slots([_line(["Số", "6z", "-NQ/TU"])])
    assert [(s.kind, s.start, s.end) for s in slots] == [("number", 1, 2)]
