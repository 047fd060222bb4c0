"""`chidao check FILE...`: form findings as `file:line:col: severity rule-code message`, or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from chidao.documents.check import all_rules, check_document
from chidao.documents.cli import add_time_limit_argument, over_time, parse_files
from chidao.documents.model import Finding
from chidao.documents.time_limit import TimeLimitExceeded, time_limit

_LABEL = {"error": "lỗi", "warning": "cảnh báo", "info": "ghi chú"}


def add_check_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="kiểm tra thể thức văn bản / check the form of documents")
    p.add_argument("files", nargs="*", help="tệp .txt/.docx/.pdf/.doc; '-' đọc từ đầu vào chuẩn")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--list-rules", action="store_true", help="liệt kê các quy tắc (mã, mức độ, nội dung)")
    p.add_argument("--select", action="append", default=[], metavar="MÃ",
                   help="chỉ các quy tắc có mã hoặc tiền tố này (lặp lại hoặc ngăn bằng dấu phẩy)")
    p.add_argument("--ignore", action="append", default=[], metavar="MÃ",
                   help="bỏ qua các quy tắc có mã hoặc tiền tố này")
    p.add_argument("--issued", action="store_true",
                   help="văn bản đã ban hành: thiếu số hoặc ngày là lỗi, không phải bản chưa ban hành")
    add_time_limit_argument(p)
    p.set_defaults(func=run_check)


def _codes(values: list[str]) -> list[str]:
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _list_rules() -> int:
    for rule in all_rules():
        scope = "+".join(rule.families) + (" .docx" if rule.layout else "")
        print(f"{rule.code}\t{rule.severity}\t{scope}\t{rule.message}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    if args.list_rules:
        return _list_rules()
    if not args.files:
        print("chidao check: cần ít nhất một tệp (need at least one file)", file=sys.stderr)
        return 2
    select, ignore = _codes(args.select), _codes(args.ignore)
    totals: Counter[str] = Counter()
    results = []
    status = 0
    for name, doc in parse_files(args.files, check=False, seconds=args.time_limit):
        if doc is None:
            status = 2
            continue
        try:
            with time_limit(args.time_limit):
                findings = check_document(doc, issued=args.issued, select=select, ignore=ignore)
        except TimeLimitExceeded:
            print(over_time(name, args.time_limit), file=sys.stderr)
            status = 2
            continue
        totals.update(f.severity for f in findings)
        if args.format == "json":
            results.append({"file": name, "findings": [_as_dict(f, doc.text) for f in findings]})
        else:
            for f in findings:
                line, col = line_col(doc.text, f.span[0]) if f.span else (1, 1)
                print(f"{name}:{line}:{col}: {f.severity} {f.rule} {f.message}")
    if args.format == "json":
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        n = len(args.files)
        print(f"Tổng cộng {sum(totals.values())} phát hiện trong {n} tệp: "
              + ", ".join(f"{totals[s]} {_LABEL[s]}" for s in ("error", "warning", "info")))
    if status:
        return status
    return 1 if totals["error"] else 0


def _as_dict(f: Finding, text: str) -> dict[str, object]:
    out: dict[str, object] = {"rule": f.rule, "severity": f.severity, "message": f.message,
                              "span": list(f.span) if f.span else None}
    if f.span:
        out["line"], out["col"] = line_col(text, f.span[0])
    return out
