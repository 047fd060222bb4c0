"""pytest-django for the web tests only: settings, a fixed clock, immediate background jobs.

The documents tests never import this file, so they keep running without Django.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile

import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chidao.config.settings")
os.environ.setdefault("CHIDAO_DATA_DIR", tempfile.mkdtemp(prefix="chidao-test-"))
os.environ["CHIDAO_TASKS_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
os.environ["CHIDAO_TODAY"] = "2020-05-20"

import django
from django.conf import settings

settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
django.setup()

TODAY = dt.date(2020, 5, 20)


@pytest.fixture
def org(db):
    from chidao.web.demo.organisation import load_units, load_users

    units = load_units()
    users = load_users(units, password="pw-test-1")
    return units, users


@pytest.fixture
def units(org):
    return org[0]


@pytest.fixture
def users(org):
    return org[1]


def _fake_parse(data, name=None, units=None, check=True):
    """A stand-in for `chidao.documents.parse` (the real parser is tested elsewhere): numbered lines are
    tasks, `Giao <unit>` the lead, `phối hợp với <unit>` the coordinator, `trước ngày d/m/yyyy` the deadline."""
    import re

    from chidao.documents import model

    text = (data if isinstance(data, bytes) else open(data, "rb").read()).decode("utf-8")
    doc = model.Document(source=model.Source(name=name or "-"), text=text, family="state")
    m = re.search(r"Số: (\S+)", text)
    if m:
        doc.number = model.Number(text=m.group(1), span=m.span(1))
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    if m:
        doc.date = model.DocDate(text=m.group(0), day=int(m.group(1)), month=int(m.group(2)),
                                 year=int(m.group(3)), span=m.span())
    doc.issuer = model.Issuer(name="Văn phòng UBND tỉnh", span=(0, 5))
    for i, line in enumerate(re.finditer(r"^\d+\. (.+)$", text, flags=re.M)):
        body = line.group(1)
        lead = re.search(r"Giao (UBND thành phố Lạng Sơn|Sở [A-ZĐ][^,]*?) (?:chủ trì|rà soát|tham mưu|bố trí|thẩm định|hướng dẫn|tổng hợp)", body)
        coord = re.search(r"phối hợp với (UBND thành phố Lạng Sơn|Sở [^,]+?)(?:,| rà| tham| xây| đẩy)", body)
        due = re.search(r"trước ngày (\d+)/(\d+)/(\d{4})", body)
        deadline = None
        if due:
            import datetime as dt

            deadline = model.Deadline(text=due.group(0), due=dt.date(int(due.group(3)), int(due.group(2)),
                                                                    int(due.group(1))), kind="date")
        doc.tasks.append(model.Task(
            id=str(i + 1), text=body, span=line.span(1), assignees=[lead.group(1)] if lead else [],
            coordinators=[coord.group(1)] if coord else [], deadline=deadline, mode="giao"))
    return doc


@pytest.fixture
def fake_parser(monkeypatch):
    from chidao.documents import pipeline

    monkeypatch.setattr(pipeline, "parse", _fake_parse)
    return _fake_parse


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Database ids restart when a test's transaction is rolled back: never reuse a cached dashboard."""
    from django.core.cache import cache

    cache.clear()
    yield
