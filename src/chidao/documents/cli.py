"""`chidao parse` (and, through the checker, `chidao check`): the library's command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from chidao.documents.model import Document
from chidao.documents.pipeline import parse
from chidao.documents.readers import ReadError
from chidao.documents.time_limit import TIME_LIMIT, TimeLimitExceeded, time_limit


def over_time(name: str, seconds: float) -> str:
    """The message for a file stopped at the time limit."""
    return (
        f"{name}: phân tích quá {seconds:g} giây nên đã dừng, các tệp khác vẫn tiếp tục "
        f"(stopped after {seconds:g} s; the other files go on)"
    )


def add_time_limit_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--time-limit", type=float, default=TIME_LIMIT, metavar="GIÂY",
        help=f"dừng một tệp sau số giây này, 0 = không giới hạn / stop one file after this many seconds, 0 = none "
        f"(mặc định / default {TIME_LIMIT})",
    )


def add_parse_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("parse", help="đọc và phân tích văn bản / parse documents")
    p.add_argument("files", nargs="+", help="tệp .txt/.docx/.pdf/.doc; '-' đọc từ đầu vào chuẩn")
    p.add_argument("--format", choices=["json", "text"], default="text")
    add_time_limit_argument(p)
    p.set_defaults(func=run_parse)


def parse_files(
    names: list[str], check: bool = True, seconds: float = TIME_LIMIT
) -> Iterator[tuple[str, Document | None]]:
    """Parse each named file ('-' = standard input); a file that fails, or runs over `seconds`, is reported on stderr
    and yields None, so one bad file never stops the batch."""
    for name in names:
        try:
            with time_limit(seconds):
                if name == "-":
                    doc = parse(sys.stdin.buffer.read(), name="-", check=check)
                else:
                    doc = parse(Path(name), check=check)
        except TimeLimitExceeded:
            print(over_time(name, seconds), file=sys.stderr)
            doc = None
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
    for _name, doc in parse_files(args.files, seconds=args.time_limit):
        if doc is None:
            status = 1
            continue
        if args.format == "json":
            sys.stdout.write(doc.to_json() + "\n")
        else:
            sys.stdout.write(render_text(doc) + "\n")
        sys.stdout.flush()
    return status
