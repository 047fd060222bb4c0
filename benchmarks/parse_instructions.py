"""Machine instructions per parsed document, cold: a speed figure that does not move with the machine's load.

    .venv/bin/python benchmarks/parse_instructions.py [--docs 12] [--corpus DIR] [--format docx] [--step read]
    .venv-compiled/bin/python benchmarks/parse_instructions.py --installed     # the compiled build (`make compiled`)

CPU-time rates (`parse_throughput.py`) vary by 10-20 % from run to run on a shared machine, more than most single
speed-ups are worth. Valgrind's callgrind counts the instructions the process executes instead; the count repeats
to about 0.1 % whatever else the machine is doing, so two versions of the parser can be compared one change at a
time. It runs the interpreter about 50 times slower: a run takes a minute or two.

The documents are the throughput benchmark's, under the same cold rules (`parse_throughput.start_cold` before
every document): `--docs` generated notices and as many of the corpus's files of the `--format` (.txt by default;
.docx: the notices built as .docx, and the corpus's .docx files). `--step read` counts `read()` alone, the
reader's share. The process runs twice: once loading the library and the documents and parsing them all once,
untimed, so that every rule table the library builds on first use is built (a server builds them once too); and
once doing the same and then parsing (or reading) them all again. The difference is the parse's. Both runs fix
`PYTHONHASHSEED`, which otherwise moves the count by a few per cent.
Needs `valgrind` (Debian package).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"


def inner(docs: int, corpus: Path, fmt: str, step: str, parse_them: bool, installed: bool) -> None:
    """What runs under valgrind: load everything, then (when `parse_them`) parse (or read) every document cold."""
    sys.path[:0] = [str(ROOT)] if installed else [str(ROOT), str(ROOT / "src")]
    from benchmarks.parse_throughput import start_cold, text_caches
    from tests.fixtures.make_fixtures import build_docx, unicode_runs
    from tests.fixtures.samples import sample_notice

    from chidao.documents import parse, read

    notices = [sample_notice(seq=str(i), day=1 + i % 28, items=20 + (i % 5) * 10) for i in range(1, docs + 1)]
    if fmt == "docx":
        inputs = [(build_docx(notice, unicode_runs), f"n{i}.docx") for i, notice in enumerate(notices, 1)]
    else:
        inputs = [(notice.text().encode(), f"n{i}.txt") for i, notice in enumerate(notices, 1)]
    inputs += [(p.read_bytes(), p.name) for p in sorted(corpus.glob(f"*.{fmt}"))[:docs]] if corpus.is_dir() else []
    run = read if step == "read" else parse
    caches = text_caches()
    for data, name in inputs:  # every rule table the step builds on first use, as a server has them
        start_cold(caches)
        run(data, name=name)
    caches = text_caches()  # again: the modules the parse imports on first use hold memo caches too (`unit_key`)
    if parse_them:
        for data, name in inputs:
            start_cold(caches)
            run(data, name=name)
    print(len(inputs))


def instructions(args: list[str], out_dir: str) -> tuple[int, int]:
    """(instructions executed, documents) of one run of this script's inner part under callgrind."""
    out = os.path.join(out_dir, "callgrind.out")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__, "--inner", *args],
        check=True, capture_output=True, text=True, env=env,
    )
    for line in Path(out).read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1]), int(run.stdout.split()[-1])
    raise RuntimeError("callgrind wrote no total")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=12, help="generated notices, and at most as many corpus files")
    parser.add_argument("--corpus", type=Path, default=DEV, help="a folder of documents to add")
    parser.add_argument("--format", choices=("txt", "docx"), default="txt", help="the documents' format")
    parser.add_argument("--step", choices=("parse", "read"), default="parse", help="the whole parse, or read()")
    parser.add_argument("--installed", action="store_true", help="count the installed chidao (`make compiled`), not src/")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--parse", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        inner(args.docs, args.corpus, args.format, args.step, args.parse, args.installed)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    common = ["--docs", str(args.docs), "--corpus", str(args.corpus), "--format", args.format, "--step", args.step]
    common += ["--installed"] if args.installed else []
    with tempfile.TemporaryDirectory() as tmp:
        loaded, _ = instructions(common, tmp)
        total, count = instructions([*common, "--parse"], tmp)
    per_doc = (total - loaded) / count
    what = "read" if args.step == "read" else "parse"
    print(f"{count} documents (.{args.format}, cold, {what}): {per_doc / 1e6:.1f} M instructions per document "
          f"({(total - loaded) / 1e6:.0f} M in all)")


if __name__ == "__main__":
    main()
