"""Recurring tasks (`hằng tháng`, `hằng quý`, `định kỳ 6 tháng`, `hằng năm`): occurrences with their own due dates."""

from __future__ import annotations

import calendar
import datetime as dt

from chidao.accounts.matching import search_key

_WORDS = (
    ("half_yearly", ("dinh ky 6 thang", "6 thang mot lan", "hang nua nam", "half_yearly")),
    ("monthly", ("hang thang", "moi thang", "dinh ky thang", "monthly")),
    ("quarterly", ("hang quy", "moi quy", "dinh ky quy", "quarterly")),
    ("yearly", ("hang nam", "moi nam", "dinh ky nam", "yearly")),
)
_STEP = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}


def recurrence_of(text: str) -> str:
    key = search_key(text)
    for name, words in _WORDS:
        if any(w in key for w in words):
            return name
    return ""


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def occurrences(recurrence: str, start: dt.date | None, until: dt.date | None = None, limit: int = 12) -> list[dt.date]:
    """Period-end due dates after `start`, up to `until` (default: one year), at most `limit`."""
    if not recurrence or start is None:
        return []
    step = _STEP[recurrence]
    end = until if until and until > start else dt.date(start.year + 1, start.month, 1)
    out: list[dt.date] = []
    year, month = start.year, start.month
    month = ((month - 1) // step + 1) * step  # the end of the current period
    while len(out) < limit:
        while month > 12:
            year, month = year + 1, month - 12
        day = _month_end(year, month)
        if day > end:
            break
        if day >= start:
            out.append(day)
        month += step
    return out
