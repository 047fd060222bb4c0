"""`chidao parse` (and, through the checker, `chidao check`): the library's command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chidao.documents.pipeline import parse
from chidao.documents.readers import ReadError


def add_parse_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("parse", help="đọc và phân tích văn bản / parse documents")
    p.add_argument("files", nargs="+", help="tệp .txt/.docx/.pdf/.doc; '-' đọc từ đầu vào chuẩn")
    p.add_argument("--format", choices=["json", "text"], default="text")
    p.set_defaults(func=run_parse)


def run_parse(args: argparse.Namespace) -> int:
    from chidao.documents.render import render_text

    status = 0
    for name in args.files:
        try:
            if name == "-":
                doc = parse(sys.stdin.buffer.read(), name="-")
            else:
                doc = parse(Path(name))
        except ReadError as e:
            print(f"{name}: {e}", file=sys.stderr)
            status = 1
            continue
        except OSError as e:
            print(f"{name}: không đọc được tệp ({e.strerror or e}) (cannot read file)", file=sys.stderr)
            status = 1
            continue
        if args.format == "json":
            sys.stdout.write(doc.to_json() + "\n")
        else:
            sys.stdout.write(render_text(doc) + "\n")
        sys.stdout.flush()
    return status
