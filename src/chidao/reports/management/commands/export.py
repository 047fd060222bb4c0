"""`chidao export register|report|dondoc|appendix|tiepthu -o FILE`: the generated documents for scripts
and scheduled jobs. The date is the application's (`CHIDAO_TODAY` when set)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from chidao.reports import exports


def _date(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%d/%m/%Y").date() if "/" in text else dt.date.fromisoformat(text)
    except ValueError as e:
        raise CommandError(f"Ngày không hợp lệ: {text} (dd/mm/yyyy hoặc yyyy-mm-dd)") from e


class Command(BaseCommand):
    help = "Xuất sổ theo dõi, báo cáo, công văn đôn đốc, phụ lục văn bản chỉ đạo, bảng tiếp thu giải trình."

    def add_arguments(self, parser: Any) -> None:
        sub = parser.add_subparsers(dest="what", required=True)
        p = sub.add_parser("register", help="sổ theo dõi nhiệm vụ (.xlsx)")
        p.add_argument("--include-secret", action="store_true", help="gồm cả nhiệm vụ trong văn bản mật")
        p = sub.add_parser("report", help="báo cáo kết quả thực hiện nhiệm vụ (.docx/.xlsx)")
        p.add_argument("--from", dest="date_from", required=True)
        p.add_argument("--to", dest="date_to", required=True)
        p = sub.add_parser("dondoc", help="công văn đôn đốc một đơn vị (.docx)")
        p.add_argument("--unit", required=True, help="mã số, mã hoặc tên đơn vị")
        p = sub.add_parser("appendix", help="phụ lục văn bản lãnh đạo, chỉ đạo (.docx)")
        p.add_argument("--reference", required=True, help="số, ký hiệu văn bản được triển khai, vd 62-NQ/TU")
        p = sub.add_parser("tiepthu", help="bảng tổng hợp tiếp thu, giải trình (.docx/.xlsx)")
        p.add_argument("--document", required=True, type=int, help="mã số văn bản trong sổ")
        for p in sub.choices.values():
            p.add_argument("-o", "--output", required=True, help="tệp kết quả; định dạng theo đuôi tệp")

    def handle(self, *args: Any, **opts: Any) -> None:
        out = Path(opts["output"])
        fmt = out.suffix.lstrip(".").lower()
        what = opts["what"]
        try:
            if what == "register":
                if fmt != "xlsx":
                    raise exports.ExportError("Sổ theo dõi xuất ra tệp .xlsx.")
                result = exports.register(include_secret=opts["include_secret"])
            elif what == "report":
                result = exports.report(_date(opts["date_from"]), _date(opts["date_to"]), fmt)
            elif what == "dondoc":
                result = exports.dondoc(opts["unit"])
            elif what == "appendix":
                result = exports.appendix(opts["reference"])
            else:
                result = exports.tiepthu(opts["document"], fmt)
        except exports.ExportError as e:
            raise CommandError(str(e)) from e
        if what in ("dondoc", "appendix") and fmt != "docx":
            raise CommandError("Tệp kết quả phải có đuôi .docx.")
        out.write_bytes(result.content)
        self.stdout.write(f"Đã ghi {out} ({len(result.content):,} byte).".replace(",", "."))
