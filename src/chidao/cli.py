"""The `chidao` command: document verbs (parse, check) and the application's verbs
(demo, serve, remind, export, manage), which run inside Django."""

from __future__ import annotations

import argparse
import os
import sys

DJANGO_COMMANDS = {
    "demo": "chidao_demo",
    "serve": "serve",
    "remind": "remind",
    "export": "export",
}


def _django(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chidao.config.settings")
    from django.core.management import execute_from_command_line

    if argv[0] == "manage":
        execute_from_command_line(["chidao manage", *argv[1:]])
    else:
        execute_from_command_line(["chidao", DJANGO_COMMANDS[argv[0]], *argv[1:]])
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and (argv[0] in DJANGO_COMMANDS or argv[0] == "manage"):
        return _django(argv)

    from chidao.documents.cli import add_parse_parser

    ap = argparse.ArgumentParser(prog="chidao", description="Chidao: văn bản chỉ đạo → nhiệm vụ được theo dõi")
    sub = ap.add_subparsers(dest="command", required=True)
    add_parse_parser(sub)
    try:
        from chidao.documents.check.cli import add_check_parser
    except ImportError:  # the checker's command line is optional until it lands
        pass
    else:
        add_check_parser(sub)
    for name in (*DJANGO_COMMANDS, "manage"):
        sub.add_parser(name, help="lệnh của ứng dụng web (Django)", add_help=False)
    args = ap.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
