import datetime as dt

import pytest

from chidao.calendar import lunar


@pytest.mark.parametrize(
    ("year", "tet", "gio_to"),
    [
        (2019, dt.date(2019, 2, 5), dt.date(2019, 4, 14)),  # Kỷ Hợi; Giỗ Tổ on a Sunday
        (2020, dt.date(2020, 1, 25), dt.date(2020, 4, 2)),  # Canh Tý; lunar leap month 4
        (2023, dt.date(2023, 1, 22), dt.date(2023, 4, 29)),  # Quý Mão; leap month 2 precedes month 3
        (2025, dt.date(2025, 1, 29), dt.date(2025, 4, 7)),  # Ất Tỵ
        (2026, dt.date(2026, 2, 17), dt.date(2026, 4, 26)),  # Bính Ngọ
        (2027, dt.date(2027, 2, 6), dt.date(2027, 4, 16)),  # Đinh Mùi
    ],
)
def test_tet_and_gio_to(year: int, tet: dt.date, gio_to: dt.date) -> None:
    assert lunar.tet(year) == tet
    assert lunar.gio_to(year) == gio_to


def test_leap_month_must_exist() -> None:
    assert lunar.to_solar(1, 2, 2023, leap=True) == dt.date(2023, 3, 22)  # tháng 2 nhuận Quý Mão
    assert lunar.to_solar(1, 4, 2020, leap=True) == dt.date(2020, 5, 23)  # tháng 4 nhuận Canh Tý
    with pytest.raises(ValueError):
        lunar.to_solar(1, 5, 2023, leap=True)
