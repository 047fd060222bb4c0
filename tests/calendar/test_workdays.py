import datetime as dt

import pytest

from chidao.calendar import default_calendar, lunar

CAL = default_calendar()
D = dt.date


def _examples() -> list[tuple[int, str]]:
    return [(y, ex) for y, table in sorted(CAL.tables.items()) for ex in table.examples]


@pytest.mark.parametrize(("year", "example"), _examples(), ids=lambda v: str(v))
def test_every_example_of_the_table_holds(year: int, example: str) -> None:
    day, _, verdict = example.partition(" ")
    assert verdict in ("làm việc", "nghỉ"), example
    assert CAL.is_working_day(D.fromisoformat(day)) is (verdict == "làm việc"), example


@pytest.mark.parametrize("year", range(2019, 2028))
def test_table_covers_the_years_and_matches_the_lunar_calendar(year: int) -> None:
    table = CAL.tables[year]
    names = {d.date: d.name for d in table.days if d.kind == "holiday"}
    assert "mùng 1" in names[lunar.tet(year)]
    assert names[lunar.gio_to(year)].startswith("Giỗ Tổ")
    for fixed in (D(year, 1, 1), D(year, 4, 30), D(year, 5, 1), D(year, 9, 2)):
        assert fixed in names
    quoc_khanh = [d for d, n in names.items() if n.startswith("Quốc khánh")]
    assert len(quoc_khanh) == (1 if year < 2021 else 2)  # adjacent day from BLLĐ 2019 (2021)


def test_days_off_and_makeup_saturdays_are_kept_apart() -> None:
    for table in CAL.tables.values():
        for day in table.days:
            if day.kind == "làm bù":
                assert day.date.weekday() == 5
            elif day.kind in ("nghỉ bù", "hoán đổi"):
                assert day.date.weekday() < 5, day


@pytest.mark.parametrize(
    ("day", "working", "reason"),
    [
        (D(2026, 11, 26), True, None),  # an ordinary Thursday
        (D(2026, 11, 28), False, "Thứ Bảy"),
        (D(2026, 2, 18), False, "Tết Nguyên đán"),
        (D(2020, 1, 28), False, "Nghỉ bù mùng 1 Tết (thứ Bảy)"),
        (D(2025, 2, 8), True, None),  # làm bù Saturday
        (D(2024, 4, 29), False, "Nghỉ hoán đổi dịp 30/4 (làm bù 04/5/2024)"),
        (D(2031, 1, 1), False, "Tết Dương lịch"),  # outside the table: estimated
    ],
)
def test_is_working_day(day: dt.date, working: bool, reason: str | None) -> None:
    assert CAL.is_working_day(day) is working
    assert CAL.day_off_reason(day) == reason


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2026, 11, 26), 0, D(2026, 11, 26)),
        (D(2026, 11, 26), 1, D(2026, 11, 27)),
        (D(2026, 11, 27), 1, D(2026, 11, 30)),  # over the weekend
        (D(2026, 2, 12), 2, D(2026, 2, 23)),  # Fri 13/2, then Tết until Sun 22/2
        (D(2025, 2, 7), 1, D(2025, 2, 8)),  # làm bù Saturday counts
        (D(2020, 1, 22), 1, D(2020, 1, 30)),  # Tết + nghỉ bù 28–29/01
        (D(2026, 11, 28), 0, D(2026, 11, 30)),  # a Saturday rolls to Monday
    ],
)
def test_add_working_days(start: dt.date, n: int, expected: dt.date) -> None:
    assert CAL.add_working_days(start, n) == expected


@pytest.mark.parametrize(
    ("start", "end", "count"),
    [
        (D(2026, 11, 20), D(2026, 11, 26), 4),  # Fri → Thu: Mon..Thu
        (D(2026, 2, 13), D(2026, 2, 23), 1),  # across Tết Bính Ngọ
        (D(2026, 11, 26), D(2026, 11, 20), -4),
        (D(2026, 11, 26), D(2026, 11, 26), 0),
    ],
)
def test_working_days_between(start: dt.date, end: dt.date, count: int) -> None:
    assert CAL.working_days_between(start, end) == count


@pytest.mark.parametrize(
    ("due", "roll", "effective"),
    [
        (D(2026, 2, 17), True, D(2026, 2, 23)),  # due on mùng 1 Tết → next working day (BLDS 148)
        (D(2026, 2, 17), False, D(2026, 2, 17)),  # the setting off: the recorded date stands
        (D(2026, 11, 29), True, D(2026, 11, 30)),  # a Sunday
        (D(2026, 11, 26), True, D(2026, 11, 26)),
    ],
)
def test_effective_due(due: dt.date, roll: bool, effective: dt.date) -> None:
    assert CAL.effective_due(due, roll=roll) == effective


def test_certainty_is_reported_per_year() -> None:
    assert CAL.certainty(2020) == "official"
    assert CAL.certainty(2027) == "estimated"
    assert CAL.certainty(2035) == "estimated"
