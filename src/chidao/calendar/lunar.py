"""Vietnamese lunisolar calendar (âm lịch, UTC+7): the solar date of a lunar date.

Needed for the two holidays that move: Tết Nguyên đán (1/1 âm lịch) and Giỗ Tổ Hùng Vương (10/3 âm
lịch). The astronomy is the classic new-moon / sun-longitude method (Meeus' series, as popularised
for the Vietnamese calendar by Hồ Ngọc Đức): a lunar month starts on the day of a new moon at
105°E, month 11 holds the winter solstice, and in a 13-month year the first month without a
principal term is the leap month. The per-year holiday table stays the authority for days off;
this module lets a test check that table and gives a fallback outside it.
"""

from __future__ import annotations

import datetime as dt
import math
from functools import cache

TIME_ZONE = 7.0
_SYNODIC = 29.530588853
_K0_JD = 2415021.076998695  # Julian day of the new moon of 1900-01-01
_JD_OFFSET = 1721425  # date.toordinal() + this = Julian day number


def _jdn(day: dt.date) -> int:
    return day.toordinal() + _JD_OFFSET


def _from_jdn(jdn: int) -> dt.date:
    return dt.date.fromordinal(jdn - _JD_OFFSET)


def _new_moon(k: int) -> float:
    """Julian day (TT-corrected) of the k-th new moon after 1900-01-01."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 = c1 - 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 = c1 - 0.0004 * math.sin(dr * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd + c1 - delta_t


def _new_moon_day(k: int) -> int:
    return math.floor(_new_moon(k) + 0.5 + TIME_ZONE / 24)


def _sun_sector(jdn: int) -> int:
    """Which 30° sector (0..11) the sun's longitude is in at local midnight starting day `jdn`."""
    t = (jdn - 0.5 - TIME_ZONE / 24 - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    longitude -= 2 * math.pi * math.floor(longitude / (2 * math.pi))
    return math.floor(longitude / math.pi * 6)


@cache
def _month11(year: int) -> int:
    """Julian day on which lunar month 11 (the month of the winter solstice) of `year` starts."""
    off = _jdn(dt.date(year, 12, 31)) - 2415021
    k = math.floor(off / _SYNODIC)
    start = _new_moon_day(k)
    if _sun_sector(start) >= 9:
        start = _new_moon_day(k - 1)
    return start


def _leap_month_offset(a11: int) -> int:
    k = math.floor((a11 - _K0_JD) / _SYNODIC + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


def to_solar(day: int, month: int, year: int, leap: bool = False) -> dt.date:
    """The solar date of lunar `day`/`month` of lunar `year` (e.g. 10/3 → Giỗ Tổ)."""
    if month < 11:
        a11, b11 = _month11(year - 1), _month11(year)
    else:
        a11, b11 = _month11(year), _month11(year + 1)
    k = math.floor(0.5 + (a11 - _K0_JD) / _SYNODIC)
    off = (month - 11) % 12
    if b11 - a11 > 365:
        leap_off = _leap_month_offset(a11)
        leap_month = (leap_off - 2) % 12
        if leap and month != leap_month:
            raise ValueError(f"lunar year {year} has no leap month {month}")
        if leap or off >= leap_off:
            off += 1
    elif leap:
        raise ValueError(f"lunar year {year} has no leap month")
    return _from_jdn(_new_moon_day(k + off) + day - 1)


def tet(year: int) -> dt.date:
    """Mùng 1 Tết of the lunar year that starts in solar `year`."""
    return to_solar(1, 1, year)


def gio_to(year: int) -> dt.date:
    """Giỗ Tổ Hùng Vương, 10/3 âm lịch."""
    return to_solar(10, 3, year)
