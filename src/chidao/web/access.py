"""View decorators: login and role checks for the web pages."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from chidao.accounts import permissions as perm


def roles(*allowed: str) -> Callable:
    """Allow only these roles (all roles when none given); anonymous users go to the login page."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if allowed and perm.role(request.user) not in allowed:
                raise PermissionDenied("Bạn không có quyền truy cập trang này.")
            return view(request, *args, **kwargs)

        wrapped.allowed_roles = allowed or perm.ROLES  # type: ignore[attr-defined]
        return wrapped

    return decorator
