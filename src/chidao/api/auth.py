"""API authentication: bearer tokens (`ApiToken`) or the web session, optionally limited to roles."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer, SessionAuth

from chidao.accounts import permissions as perm
from chidao.accounts.models import ApiToken
from chidao.tracking.history import Forbidden


def _check_role(user: Any, roles: tuple[str, ...]) -> Any:
    if user is not None and roles and perm.role(user) not in roles:
        raise Forbidden("Bạn không có quyền thực hiện thao tác này.")
    return user


class TokenAuth(HttpBearer):
    """Bearer token; with `roles`, other roles get 403 before the body is even read."""

    def __init__(self, roles: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.roles = roles

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        row = (ApiToken.objects.select_related("user")
               .filter(digest=ApiToken.hash(token), expires_at__gt=timezone.now()).first())
        if row is None or not row.user.is_active:
            return None
        request.user = row.user
        return _check_role(row.user, self.roles)


class RoleSession(SessionAuth):
    def __init__(self, roles: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.roles = roles

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        return _check_role(super().authenticate(request, key), self.roles)


def only(*roles: str) -> list:
    return [TokenAuth(roles), RoleSession(roles)]
