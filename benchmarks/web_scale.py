"""Scale benchmark of the tracking application: 100,000 tasks, 20,000 documents.

Measures p95 (ms) of the rendered task list (first and tenth page, filtered), the dashboard, search,
and the REST task list, through the Django test client, on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/web_scale.py                 # SQLite (a file under /tmp) and PostgreSQL
    .venv/bin/python benchmarks/web_scale.py --only sqlite --tasks 20000
PostgreSQL: a scratch database `chidao_bench` on postgres://postgres@127.0.0.1:5432 (created and dropped).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
PG_BENCH = "postgres://postgres@127.0.0.1:5432/chidao_bench"

VERBS = ["Rà soát", "Tham mưu", "Xây dựng", "Kiểm tra", "Tổng hợp", "Hoàn thiện", "Đôn đốc", "Thẩm định"]
OBJECTS = ["hồ sơ thu hồi đất dự án", "kế hoạch vốn đầu tư công", "phương án chỉnh trang đô thị",
           "quy trình kiểm soát hàng hóa qua cửa khẩu", "báo cáo tình hình kinh tế - xã hội",
           "đề án chuyển đổi số", "danh mục thủ tục hành chính", "kinh phí sửa chữa trường học"]
PLACES = ["thành phố Lạng Sơn", "huyện Cao Lộc", "xã Đồng Đăng", "khu kinh tế cửa khẩu", "huyện Hữu Lũng"]


def _setup(database_url: str, data_dir: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["CHIDAO_DATA_DIR"] = data_dir
    os.environ["CHIDAO_TODAY"] = "2020-06-15"
    os.environ["DJANGO_SETTINGS_MODULE"] = "chidao.config.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def generate(n_tasks: int, n_docs: int, seed: int = 7) -> None:
    from django.db import transaction

    from chidao.accounts.matching import search_key
    from chidao.accounts.models import Unit
    from chidao.registry.models import Document
    from chidao.tracking.copies import copy_task_fields
    from chidao.tracking.models import Assignment, State, Task
    from chidao.web.demo.organisation import load_units, load_users

    rnd = random.Random(seed)
    units = [u for u in load_units().values() if not u.is_group]
    users = load_users({u.code: u for u in Unit.objects.all()}, password=None)
    clerk = users["vanthu"]
    leaders = ["Trần Minh Đức", "Nguyễn Văn An", "Lê Thị Hà"]
    start = dt.date(2018, 1, 1)
    docs = []
    for i in range(n_docs):
        date = start + dt.timedelta(days=rnd.randrange(900))
        code = rnd.choice(["TB", "KH", "CV", "QĐ"])
        number = f"{i + 1}/{code}-UBND" if code != "CV" else f"{i + 1}/UBND-KT"
        d = Document(file_name=f"vb-{i}.docx", sha256=f"{i:064x}", state=Document.State.CONFIRMED,
                     issuer_name=rnd.choice(["UBND tỉnh Lạng Sơn", "Văn phòng UBND tỉnh"]), number=number,
                     type_code=code, date=date, subject=f"Kết luận về {rnd.choice(OBJECTS)} tại {rnd.choice(PLACES)}",
                     uploaded_by=clerk, directing_leader=rnd.choice(leaders))
        d.refresh_search_text()
        docs.append(d)
    with transaction.atomic():
        Document.objects.bulk_create(docs, batch_size=2000)
    docs = list(Document.objects.only("id", "date", "number", "directing_leader"))
    today = dt.date(2020, 6, 15)
    for offset in range(0, n_tasks, 5000):
        tasks = []
        for _ in range(min(5000, n_tasks - offset)):
            doc = rnd.choice(docs)
            lead = rnd.choice(units)
            due = doc.date + dt.timedelta(days=rnd.randrange(10, 200)) if rnd.random() > 0.08 else None
            roll = rnd.random()
            state, completed = State.IN_PROGRESS, None
            if roll < 0.45 and due:
                state, completed = State.DONE, due + dt.timedelta(days=rnd.randrange(-20, 15))
            elif roll < 0.55:
                state = State.NEW
            elif roll < 0.6:
                state = State.SUBMITTED
            elif roll < 0.62:
                state = State.CANCELLED
            if completed and completed > today:
                completed = today
            text = f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)} tại {rnd.choice(PLACES)}, báo cáo UBND tỉnh"
            tasks.append(Task(document_id=doc.id, text=text, directing_leader=doc.directing_leader, original_due=due,
                              due=due, state=state, completed_on=completed, lead_unit=lead, created_by=clerk,
                              mode="giao" if rnd.random() > 0.05 else "đề nghị",
                              search_text=search_key(f"{text} {doc.number}")))
        with transaction.atomic():
            Task.objects.bulk_create(tasks, batch_size=2500)
            created = Task.objects.order_by("-id")[: len(tasks)].values_list("id", "lead_unit_id", "state")
            rows = []
            for task_id, lead_id, state in created:
                rows.append(Assignment(task_id=task_id, unit_id=lead_id, role="lead", state=state))
                if rnd.random() < 0.35:
                    other = rnd.choice(units)
                    if other.id != lead_id:
                        rows.append(Assignment(task_id=task_id, unit_id=other.id, role="coordinator", state=state))
            Assignment.objects.bulk_create(rows, batch_size=5000)
    Task.objects.filter(mode="đề nghị").update(is_request=True)
    copy_task_fields(Assignment, Task)  # the rows were bulk-created, around `Assignment.save`
    from django.db import connection

    with connection.cursor() as cursor:  # planner statistics (and PostgreSQL's visibility map), as in service
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def measure(runs: int) -> dict[str, float]:
    from django.test import Client

    from chidao.accounts.models import Unit, User

    client = Client()
    clerk = User.objects.get(username="vanthu")
    client.force_login(clerk)
    unit = Unit.objects.get(code="so-taichinh").pk
    cases = {
        "tasks page 1 (unit+state)": f"/nhiem-vu/?unit={unit}&state=in_progress",
        "tasks page 10 (unit+state)": f"/nhiem-vu/?unit={unit}&state=in_progress&page=10",
        "tasks page 1 (overdue)": "/nhiem-vu/?timeliness=overdue",
        "tasks page 10 (overdue)": "/nhiem-vu/?timeliness=overdue&page=10",
        "dashboard": "/tong-quan/",
        "dashboard (unit filter)": f"/tong-quan/?unit={unit}",
        "search 'lang son'": "/tim-kiem/?q=lang+son",
        "search '125 TB UBND'": "/tim-kiem/?q=125+TB+UBND",
        "API /tasks?unit&state": f"/api/v1/tasks?unit={unit}&state=in_progress&limit=25",
        "API /tasks offset 225": f"/api/v1/tasks?unit={unit}&state=in_progress&limit=25&offset=225",
        "API /stats": "/api/v1/stats",
        "API /search": "/api/v1/search?q=lang+son",
    }
    out = {}
    for name, url in cases.items():
        times = []
        for i in range(runs + 2):
            t0 = time.perf_counter()
            r = client.get(url)
            elapsed = (time.perf_counter() - t0) * 1000
            assert r.status_code == 200, (url, r.status_code)
            if i >= 2:  # warm-up
                times.append(elapsed)
        times.sort()
        out[name] = (statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)])
    # the dashboard without its cache (what the first view after a change costs)
    from chidao.tracking.stats import Filters, compute

    times = []
    for _ in range(max(5, runs // 3)):
        t0 = time.perf_counter()
        compute(clerk, Filters())
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    out["dashboard uncached (compute)"] = (statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)])
    return out


def run_one(backend: str, n_tasks: int, n_docs: int, runs: int) -> None:
    data_dir = tempfile.mkdtemp(prefix="chidao-bench-")
    url = f"sqlite:///{data_dir}/bench.sqlite3" if backend == "sqlite" else PG_BENCH
    _setup(url, data_dir)
    from chidao.tracking.models import Task

    t0 = time.perf_counter()
    generate(n_tasks, n_docs)
    print(f"[{backend}] generated {Task.objects.count()} tasks in {time.perf_counter() - t0:.0f} s", flush=True)
    for name, (median, p95) in measure(runs).items():
        flag = "" if p95 < 200 else "  > 200 ms"
        print(f"[{backend}] {name:<30} median {median:7.1f} ms   p95 {p95:7.1f} ms{flag}", flush=True)


def _pg(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=100_000)
    ap.add_argument("--documents", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--only", choices=["sqlite", "postgres"])
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        run_one(args.child, args.tasks, args.documents, args.runs)
        return 0
    for backend in ([args.only] if args.only else ["sqlite", "postgres"]):
        if backend == "postgres":
            try:
                _pg("DROP DATABASE IF EXISTS chidao_bench")
                _pg("CREATE DATABASE chidao_bench")
            except Exception as exc:
                print(f"[postgres] skipped: {exc}")
                continue
        try:  # one process per backend: Django settings are read once
            subprocess.run([sys.executable, __file__, "--child", backend, "--tasks", str(args.tasks),
                            "--documents", str(args.documents), "--runs", str(args.runs)], check=True)
        finally:
            if backend == "postgres":
                _pg("DROP DATABASE IF EXISTS chidao_bench")
    return 0


if __name__ == "__main__":
    sys.exit(main())
