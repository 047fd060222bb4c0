"""Two workers running the reminder job at the same moment send each digest once (PostgreSQL).

On another database this test re-runs itself in a subprocess against the local PostgreSQL (its own
test database name), so `make test` shows it even before the PostgreSQL pass includes this folder.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.core import mail
from django.db import connection, connections

from chidao.reminders.digests import run
from chidao.reminders.models import Digest, Reminder
from tests.web.factories import confirmed_task

PG_URL = os.environ.get("CHIDAO_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")
ROOT = Path(__file__).resolve().parents[2]


def _postgres_answers() -> bool:
    try:
        import psycopg

        psycopg.connect(PG_URL.replace("postgres://", "postgresql://"), connect_timeout=3).close()
    except Exception:
        return False
    return True


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_runs_send_each_digest_once(users) -> None:  # type: ignore[no-untyped-def]
    if connection.vendor != "postgresql":
        if os.environ.get("CHIDAO_REMINDERS_SUBRUN") or not _postgres_answers():
            pytest.skip("PostgreSQL is not reachable")
        url = PG_URL.rsplit("/", 1)[0] + "/chidao_reminders"  # a test database of our own
        env = {**os.environ, "DATABASE_URL": url, "CHIDAO_REMINDERS_SUBRUN": "1"}
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--create-db", f"{__file__}"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
        return
    for name in ("so-taichinh", "tp-langson", "lanhdao"):
        users[name].email = f"{name}@example.vn"
        users[name].save()
    for unit, due in (("Sở Tài chính", "2020-05-08"), ("UBND thành phố Lạng Sơn", "2020-05-21"),
                      ("Sở Tài chính", "2020-05-22")):  # fmt: skip
        task = confirmed_task(users["vanthu"], assignees=(unit,), due=due)
        task.assignments.update(accepted_at=dt.datetime(2020, 5, 1, tzinfo=dt.UTC))
    for _ in range(3):  # a few rounds: each on a fresh day, both workers released together
        day = dt.date(2020, 5, 20) + dt.timedelta(days=_)
        barrier = threading.Barrier(2)
        errors: list[BaseException] = []

        def worker(day: dt.date = day, barrier: threading.Barrier = barrier, errors: list = errors) -> None:
            try:
                barrier.wait()
                run(day)
            except BaseException as e:  # surfaced below
                errors.append(e)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        sent = Digest.objects.filter(day=day, sent_at__isnull=False)
        assert sent.count() == Digest.objects.filter(day=day).count()
        assert len({(d.recipient_id, d.day) for d in sent}) == sent.count()
    per_digest = [m.subject for m in mail.outbox]
    assert len(per_digest) == Digest.objects.filter(emailed=True).count()
    keys = list(Reminder.objects.values_list("recipient_id", "task_id", "kind", "key"))
    assert len(keys) == len(set(keys))
    assert Digest.objects.filter(items__isnull=True).count() == 0
