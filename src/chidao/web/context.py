"""Template context shared by every page: the app clock and the user's role."""

from __future__ import annotations

from django.http import HttpRequest

from chidao.config.clock import today


def chidao(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    return {"today": today(), "role": getattr(user, "role", "") if user and user.is_authenticated else ""}
