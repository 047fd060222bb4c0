"""Template context: how many reminder digests the user has not opened (for a badge in the menu).

Add `"chidao.reminders.context.reminders"` to TEMPLATES' context_processors to use `unread_digests`."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest


def reminders(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    from chidao.reminders.models import Digest

    count = Digest.objects.filter(recipient=user, sent_at__isnull=False, read_at__isnull=True).count()
    return {"unread_digests": count}
