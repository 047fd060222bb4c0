"""`chidao parse` (and, through the checker, `chidao check`): the library's command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from chidao.documents.model import Document
from chidao.documents.pipeline import parse
from chidao.documents.readers import ReadError


def add_parse_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("parse", help="đọc và phân tích văn bản / parse documents")
    p.add_argument("files", nargs="+", help="tệp .txt/.docx/.pdf/.doc; '-' đọc từ đầu vào chuẩn")
    p.add_argument("--format", choices=["json", "text"], default="text")
    p.set_defaults(func=run_parse)


def parse_files(names: list[str], check: bool = True) -> Iterator[tuple[str, Document | None]]:
    """Parse each named file ('-' = standard input); a file that fails is reported on stderr and yields None,
    so one bad file never stops the batch."""
    for name in names:
        try:
            if name == "-":
                doc = parse(sys.stdin.buffer.read(), name="-", check=check)
            else:
                doc = parse(Path(name), check=check)
        except ReadError as e:
            print(f"{name}: {e}", file=sys.stderr)
            doc = None
        except OSError as e:
            print(f"{name}: không đọc được tệp ({e.strerror or e}) (cannot read file)", file=sys.stderr)
            doc = None
        except Exception as e:  # a parser defect on one file must not hide the others
            print(f"{name}: lỗi khi phân tích văn bản ({type(e).__name__}: {e}) (parser failure)", file=sys.stderr)
            doc = None
        yield name, doc


def run_parse(args: argparse.Namespace) -> int:
    from chidao.documents.render import render_text

    status = 0
    for _name, doc in parse_files(args.files):
        if doc is None:
            status = 1
            continue
        if args.format == "json":
            sys.stdout.write(doc.to_json() + "\n")
        else:
            sys.stdout.write(render_text(doc) + "\n")
        sys.stdout.flush()
    return status
