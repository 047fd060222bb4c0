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
