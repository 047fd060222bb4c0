"""`chidao manage import_register FILE [--apply --user NAME]`: preview (default) or import a sổ theo dõi
(.xlsx of the export layout, or CSV with its column titles)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from chidao.accounts.models import User
from chidao.reports import importing


class Command(BaseCommand):
    help = "Xem trước hoặc nhập sổ theo dõi nhiệm vụ (.xlsx, .csv)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file")
        parser.add_argument("--apply", action="store_true", help="tạo nhiệm vụ (mặc định chỉ xem trước)")
        parser.add_argument("--user", default="", help="tài khoản văn thư xác nhận (bắt buộc khi --apply)")

    def handle(self, *args: Any, **opts: Any) -> None:
        path = Path(opts["file"])
        if not path.is_file():
            raise CommandError(f"Không có tệp {path}.")
        plan = importing.preview(path.read_bytes(), path.name)
        if plan.missing_columns:
            raise CommandError(f"Thiếu cột: {', '.join(plan.missing_columns)}.")
        for t in plan.tasks:
            lines = ", ".join(map(str, t.lines))
            self.stdout.write(
                f"+ dòng {lines}: {t.text[:90]} — chủ trì {'; '.join(t.leads)}; hạn {t.due or 'không'}"
            )
        for r in plan.refused:
            self.stdout.write(f"✗ dòng {r.line}: {'; '.join(r.reasons)}")
        for line, why in plan.skipped:
            self.stdout.write(f"= dòng {line}: {why}")
        summary = f"{len(plan.tasks)} nhiệm vụ sẽ tạo, {len(plan.refused)} dòng không nhập, {len(plan.skipped)} dòng đã có."
        if not opts["apply"]:
            self.stdout.write(summary + " (xem trước; thêm --apply để nhập)")
            return
        self.stdout.write(summary)
        user = User.objects.filter(username=opts["user"]).first()
        if user is None:
            raise CommandError("Cần --user là tài khoản văn thư hoặc quản trị.")
        try:
            created = importing.apply(plan, user)
        except Exception as e:  # a refusal of the intake service (rights, units): its Vietnamese message
            raise CommandError(str(e)) from e
        self.stdout.write(f"Đã tạo {len(created)} nhiệm vụ.")
