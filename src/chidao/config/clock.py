"""The application's clock: `CHIDAO_TODAY` (ISO date) when set, otherwise the real local date."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone


def today() -> dt.date:
    fixed = getattr(settings, "CHIDAO_TODAY", "")
    if fixed:
        return dt.date.fromisoformat(str(fixed))
    return timezone.localdate()
