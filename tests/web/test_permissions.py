"""Permission tests generated from the URL configuration: every view and endpoint × every role
(allowed, forbidden, anonymous, bad input). A URL without an entry in ACCESS fails the suite.

Views of other apps (reminders, reports) wrapped in `chidao.web.access.roles` are tested from the roles
that decorator records (`allowed_roles`), with GET (POST when GET answers 405) and placeholder URL
arguments; a view with neither an entry here nor that decorator fails `test_every_url_has_an_access_entry`.
"""

from __future__ import annotations

import pytest
from django.urls import get_resolver, reverse

from chidao.accounts.permissions import ROLES

ALL = ROLES
REG = ("admin", "clerk")
STAFF = ("admin", "clerk", "leader")
PUBLIC = "public"
USER_OF = {"admin": "quantri", "clerk": "vanthu", "leader": "lanhdao", "officer": "so-taichinh"}

# name: (method, allowed roles | PUBLIC, which object the URL needs)
ACCESS: dict[str, tuple[str, object, str | None]] = {
    "web:home": ("GET", ALL, None),
    "web:login": ("GET", PUBLIC, None),
    "web:logout": ("POST", PUBLIC, None),
    "web:dashboard": ("GET", ALL, None),
    "web:search": ("GET", ALL, None),
    "web:units": ("GET", ALL, None),
    "web:documents": ("GET", ALL, None),
    "web:upload": ("POST", REG, None),
    "web:document": ("GET", ALL, "document"),
    "web:document_status": ("GET", ALL, "document"),
    "web:document_confirm": ("POST", REG, "document"),
    "web:tasks": ("GET", ALL, None),
    "web:task": ("GET", ALL, "task"),
    "web:task_accept": ("POST", ("officer",), "task"),
    "web:task_report": ("POST", ("officer",), "task"),
    "web:task_submit": ("POST", ("officer",), "task"),
    "web:task_review": ("POST", REG, "task"),
    "web:task_extension": ("POST", ("officer", *REG), "task"),
    "web:task_cancel": ("POST", ("leader", "admin"), "task"),
    "web:task_pause": ("POST", ("admin", "clerk", "leader"), "task"),
    "web:task_edit": ("POST", REG, "task"),
    "web:task_milestone": ("POST", REG, "task"),
    "web:extension_decide": ("POST", ("leader", "admin"), "extension"),
    "web:evidence": ("GET", ALL, "evidence"),
    "api:openapi-json": ("GET", PUBLIC, None),
    "api:openapi-view": ("GET", PUBLIC, None),
    "api:api-root": ("GET", PUBLIC, None),
    "api:token": ("POST", PUBLIC, None),
    "api:upload": ("POST", REG, None),
    "api:documents": ("GET", ALL, None),
    "api:document": ("GET", ALL, "doc_id"),
    "api:confirm": ("POST", REG, "doc_id"),
    "api:tasks": ("GET", ALL, None),
    "api:task": ("GET", ALL, "task_id"),
    "api:add_update": ("POST", ("officer",), "task_id"),
    "api:accept": ("POST", ("officer",), "task_id"),
    "api:submit": ("POST", ("officer",), "task_id"),
    "api:review": ("POST", REG, "task_id"),
    "api:cancel": ("POST", ("leader", "admin"), "task_id"),
    "api:request_extension": ("POST", ("officer", *REG), "task_id"),
    "api:decide": ("POST", ("leader", "admin"), "ext_id"),
    "api:units": ("GET", ALL, None),
    "api:stats": ("GET", ALL, None),
    "api:search_view": ("GET", ALL, None),
    "api:history": ("GET", ALL, None),
    # Reports and reminders router (chidao.reports.api), mounted on the same API.
    "api:register": ("GET", ALL, None),
    "api:report": ("GET", STAFF, None),
    "api:dondoc": ("GET", STAFF, None),
    "api:appendix": ("GET", STAFF, None),
    "api:tiepthu": ("GET", STAFF, "document_id"),
    "api:period_stats": ("GET", ALL, None),
    "api:my_reminders": ("GET", ALL, None),
    "api:run_reminders": ("POST", REG, None),
    "api:import_register": ("POST", REG, None),
}


def _walk(patterns, ns=None):
    for p in patterns:
        if hasattr(p, "url_patterns"):
            yield from _walk(p.url_patterns, p.namespace or ns)
        elif p.name:
            yield (f"{ns}:{p.name}" if ns else p.name), p


def _declared() -> dict:
    table = dict(ACCESS)
    for name, pattern in PATTERNS.items():
        allowed = getattr(pattern.callback, "allowed_roles", None)
        if name not in table and allowed is not None:
            converters = getattr(pattern.pattern, "converters", {})
            table[name] = ("AUTO", tuple(allowed), {k: 999999 if "Int" in type(c).__name__ else "docx"
                                                     for k, c in converters.items()})
    return table


PATTERNS = dict(_walk(get_resolver().url_patterns))
NAMES = sorted(PATTERNS)
TABLE = _declared()
CASES = [(name, role) for name in NAMES for role in (*ROLES, "anonymous")]


def test_every_url_has_an_access_entry():
    missing = [n for n in NAMES if n not in TABLE]
    assert not missing, f"URLs without a permission entry in tests/web/test_permissions.py: {missing}"


@pytest.fixture
def world(users):
    from chidao.tracking import services
    from tests.web.factories import confirmed_task

    task = confirmed_task(users["vanthu"], coordinators=["UBND TP Lạng Sơn"], due="2020-06-30")
    ext = services.request_extension(task, users["so-taichinh"], task.due.replace(month=7), "Chờ số liệu")
    upd = services.report_progress(task, users["so-taichinh"], 10, "Bắt đầu", files=[("ke-hoach.txt", b"ke hoach")])
    return {"evidence": upd.files.get().pk,"task": task.pk, "task_id": task.pk, "document": task.document_id, "doc_id": task.document_id,
            "document_id": task.document_id,
            "extension": ext.pk, "ext_id": ext.pk}


def _url(name: str, kind: object, world: dict) -> str:
    if kind is None:
        return reverse(name)
    if isinstance(kind, dict):
        return reverse(name, kwargs=kind)
    key = {"task": "pk", "document": "pk", "extension": "pk", "evidence": "pk"}.get(kind, kind)
    return reverse(name, kwargs={key: world[kind]})


def _call(client, method: str, url: str, bad: bool = False):
    if method == "AUTO":
        response = _call(client, "GET", url, bad)
        return _call(client, "POST", url, bad) if response.status_code == 405 else response
    if method == "GET":
        return client.get(url, {"page": "x", "limit": "x", "date_from": "99/99/9999"} if bad else {})
    if url.startswith("/api/"):
        body = "{not json" if bad else "{}"
        return client.post(url, body, content_type="application/json")
    return client.post(url, {"version": "x", "new_due": "31/02/2020", "percent": "x"} if bad else {})


@pytest.mark.parametrize(("name", "role"), [c for c in CASES if c[0] in TABLE])
def test_access(client, users, world, name, role):
    method, allowed, kind = TABLE[name]
    url = _url(name, kind, world)
    if role != "anonymous":
        client.force_login(users[USER_OF[role]])
    response = _call(client, method, url)
    status = response.status_code
    assert status < 500, (name, role, status)
    if allowed == PUBLIC:
        assert status not in (401, 403)
    elif role == "anonymous":
        assert status == 401 if url.startswith("/api/") else (status == 302 and "/dang-nhap/" in response["Location"])
    elif role in allowed:
        assert status not in (401, 403), (name, role, status, response.content[:300])
    else:
        assert status in (403, 404), (name, role, status)
    if role != "anonymous" and (allowed == PUBLIC or role in allowed):
        bad = _call(client, method, url, bad=True)
        assert bad.status_code < 500, (name, role, "bad input", bad.status_code)
        if url.startswith("/api/") and method == "POST" and name not in ("api:upload", "api:accept"):
            assert bad.status_code in (400, 401, 403, 404, 409, 422), (name, role, bad.status_code)
