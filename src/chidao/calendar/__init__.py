"""Working-day calendar of Vietnamese public bodies (framework-free).

    >>> from chidao.calendar import default_calendar
    >>> cal = default_calendar()
    >>> cal.is_working_day(datetime.date(2026, 2, 18))   # Tết Bính Ngọ
    False
"""

from chidao.calendar.workdays import SpecialDay, WorkCalendar, YearTable, default_calendar

__all__ = ["SpecialDay", "WorkCalendar", "YearTable", "default_calendar"]
