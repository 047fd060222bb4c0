"""Load the demo: organisation, users, the sample documents (parsed by the library), confirmed tasks,
and a history of reports so that at the demo date there are tasks done on time, done late, overdue,
due soon and on track. Idempotent: documents already registered (same file) are left alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.db import transaction

from chidao.accounts.models import User
from chidao.registry import intake
from chidao.registry.models import Document
from chidao.tracking import services
from chidao.tracking.history import ServiceError
from chidao.tracking.models import Task
from chidao.web.demo.organisation import DEMO_PASSWORD, load_units, load_users

DEMO_DIR = Path(__file__).resolve().parent
DEMO_TODAY = dt.date(2020, 5, 25)
D = dt.date

# file → lead unit code → what happened (in order); dates are the result report dates.
PLAY: dict[str, dict[str, list[tuple]]] = {
    "cv-phong-chong-dich.txt": {
        "so-congthuong": [("accept",), ("progress", 60, "Đã dự thảo quy trình, đang lấy ý kiến Sở Y tế"),
                          ("submit", D(2020, 3, 19), "Đã ban hành quy trình kiểm soát"), ("review", True)],
        "tp-langson": [("accept",), ("submit", D(2020, 4, 6), "Đã bố trí bãi đỗ xe tạm tại khu vực Đồng Đăng"),
                       ("review", True)],
    },
    "tb-ket-luan-giao-thong.txt": {
        "so-gtvt": [("accept",), ("submit", D(2020, 2, 27), "Đã báo cáo tiến độ giải phóng mặt bằng"),
                    ("review", True)],
        "so-khdt": [("accept",), ("progress", 30, "Đang tổng hợp đề xuất điều chỉnh vốn")],
        "so-taichinh": [("extension", D(2020, 6, 15), "Chờ hồ sơ quyết toán của chủ đầu tư", True, D(2020, 4, 20)),
                        ("progress", 70, "Đã thẩm định 5/7 dự án")],
    },
    "tb-ket-luan-do-thi.txt": {
        "so-taichinh": [("accept",), ("submit", D(2020, 5, 18), "Đã trình phương án kinh phí (chậm do chờ số liệu)"),
                        ("review", False, "Đề nghị bổ sung khái toán hệ thống chiếu sáng"),
                        ("progress", 90, "Đã bổ sung khái toán")],
        "tp-langson": [("accept",), ("progress", 40, "Đã rà soát 3/7 tuyến phố")],
    },
    "kh-chuyen-doi-so.txt": {},
}


def _play(task: Task, steps: list[tuple], users: dict[str, User], officer: User) -> None:
    from django.test import override_settings

    for step in steps:
        task.refresh_from_db()
        on = step[1] if step[0] == "submit" else step[4] if step[0] == "extension" else None
        with override_settings(CHIDAO_TODAY=on.isoformat() if on else settings.CHIDAO_TODAY):
            _step(task, step, users, officer)


def _step(task: Task, step: tuple, users: dict[str, User], officer: User) -> None:
    clerk, leader = users["vanthu"], users["lanhdao"]
    kind = step[0]
    if kind == "accept":
        services.accept(task, officer)
    elif kind == "progress":
        services.report_progress(task, officer, step[1], step[2])
    elif kind == "submit":
        services.submit(task, officer, step[2], files=[("bao-cao-ket-qua.txt", step[2].encode())],
                        result_date=step[1])
    elif kind == "review":
        services.review(task, clerk, step[1], step[2] if len(step) > 2 else "Đạt yêu cầu")
    elif kind == "extension":
        ext = services.request_extension(task, officer, step[1], step[2])
        services.decide_extension(ext, leader, step[3], "Đồng ý" if step[3] else "Không đồng ý")


def _officer_for(unit_code: str, users: dict[str, User], units: dict) -> User:
    for user in users.values():
        if user.role == "officer" and user.unit_id == units[unit_code].pk:
            return user
    user, _ = User.objects.get_or_create(username=f"cb-{unit_code}", defaults={
        "role": "officer", "unit": units[unit_code], "full_name": f"Cán bộ {units[unit_code].name}"})
    return user


def load(stdout=None) -> dict[str, User]:
    from django.test import override_settings

    units = load_units()
    users = load_users(units, password=DEMO_PASSWORD)
    clerk = users["vanthu"]
    with override_settings(CHIDAO_TODAY=settings.CHIDAO_TODAY or DEMO_TODAY.isoformat()):
        for path in sorted(DEMO_DIR.glob("*.txt")):
            with transaction.atomic():
                _load_document(path, users, units, clerk, stdout)
    return users


def _load_document(path: Path, users: dict[str, User], units: dict, clerk: User, stdout) -> None:
    data = path.read_bytes()
    result = intake.upload(data, path.name, clerk, received_from="Văn phòng UBND tỉnh")
    doc = result.document
    if result.duplicate and doc.state == Document.State.CONFIRMED:
        return
    if doc.state == Document.State.QUEUED:
        intake.parse_now(doc)
        doc.refresh_from_db()
    if doc.state != Document.State.PARSED:
        if stdout:
            stdout.write(f"  {path.name}: không đọc được ({doc.error})\n")
        return
    try:
        tasks = intake.confirm(doc, clerk, "all")
    except ServiceError as exc:
        if stdout:
            stdout.write(f"  {path.name}: {exc.message}\n")
        return
    play = dict(PLAY.get(path.name, {}))
    for task in tasks:
        lead = task.lead_unit
        code = lead.code if lead else ""
        if code in play and len(task.assignments.filter(role="lead")) == 1:
            try:
                _play(task, play.pop(code), users, _officer_for(code, users, units))
            except ServiceError as exc:
                if stdout:
                    stdout.write(f"  {path.name} / {code}: {exc.message}\n")
    if stdout:
        stdout.write(f"  {path.name}: {doc.number}, {len(tasks)} nhiệm vụ\n")
