"""`chidao remind`: send today's reminders now (idempotent: a second run sends nothing twice)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from chidao.reminders.digests import run


class Command(BaseCommand):
    help = "Gửi nhắc việc hôm nay: sắp đến hạn, đến hạn, quá hạn, chưa tiếp nhận, báo cáo lãnh đạo."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--date", help="ngày chạy (YYYY-MM-DD hoặc dd/mm/yyyy); mặc định hôm nay (CHIDAO_TODAY)"
        )
        parser.add_argument("--force", action="store_true", help="chạy cả vào ngày nghỉ")
        parser.add_argument("--dry-run", action="store_true", help="chỉ đếm, không ghi và không gửi")

    def handle(self, *args: Any, **opts: Any) -> None:
        day = None
        if opts["date"]:
            try:
                text = opts["date"]
                day = (
                    dt.datetime.strptime(text, "%d/%m/%Y").date()
                    if "/" in text
                    else dt.date.fromisoformat(text)
                )
            except ValueError as e:
                raise CommandError(f"Ngày không hợp lệ: {opts['date']}") from e
        result = run(day, force=opts["force"], dry_run=opts["dry_run"])
        self.stdout.write(result.summary())
