"""`chidao demo`: load the demo organisation, users and documents into the configured database."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand

from chidao.web.demo.organisation import DEMO_PASSWORD, USERS
from chidao.web.demo.scenario import DEMO_TODAY, load


class Command(BaseCommand):
    help = "Nạp dữ liệu mẫu (đơn vị, người dùng, văn bản, nhiệm vụ). Chạy lại nhiều lần không tạo bản trùng."

    def handle(self, *args, **options) -> None:
        self.stdout.write("Nạp dữ liệu mẫu…")
        load(self.stdout)
        today_file = settings.DATA_DIR / "chidao-today.txt"
        if not settings.CHIDAO_TODAY:
            today_file.write_text(DEMO_TODAY.isoformat())
            self.stdout.write(f"Ngày hệ thống của bản mẫu: {DEMO_TODAY:%d/%m/%Y} (ghi vào {today_file}).")
        print_logins(self.stdout)


def print_logins(out) -> None:
    out.write(f"Tài khoản mẫu (mật khẩu: {DEMO_PASSWORD}):\n")
    for username, full_name, role, unit, _ in USERS:
        out.write(f"  {username:<12} {role:<8} {full_name} — {unit}\n")
