"""A new process's first document: the CPU seconds of importing the library and of its first parse.

    .venv/bin/python benchmarks/cold_start.py [--runs 3] [FILE]

`chidao parse FILE` on the command line, and a worker's first job, pay once what `parse_throughput.py` leaves out
by its warm-up: the imports (the data files read, the patterns built from them) and the first document's lazy
tables (the deadline scan's and the exclusion screen's prefilters, the lexicon when a text needs it). Each run is a
fresh interpreter; the figures are its own CPU time (stable on a shared machine), the median over the runs. The
document is our sample notice unless FILE is given.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import json, sys, time
sys.path[:0] = {paths!r}
t0 = time.process_time()
from chidao.documents import parse
t1 = time.process_time()
if {file!r}:
    data, name = open({file!r}, "rb").read(), {file!r}
else:
    from tests.fixtures.samples import sample_notice
    data, name = sample_notice(seq="7", day=3, items=20).text().encode("utf-8"), "sample.txt"
t2 = time.process_time()
parse(data, name=name)
t3 = time.process_time()
parse(data, name=name + "-again")
t4 = time.process_time()
print(json.dumps({{"import": t1 - t0, "first": t3 - t2, "second": t4 - t3}}))
"""


def run_once(file: str) -> dict[str, float]:
    code = _CHILD.format(paths=[str(ROOT), str(ROOT / "src")], file=file)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("file", nargs="?", default="")
    args = ap.parse_args(argv)
    runs = [run_once(str(Path(args.file).resolve()) if args.file else "") for _ in range(args.runs)]
    med = {k: statistics.median(r[k] for r in runs) for k in ("import", "first", "second")}
    print(f"document: {args.file or 'sample notice'}; {args.runs} fresh processes, CPU seconds (median)")
    print(f"  import  {med['import']:.2f} s")
    print(f"  first   {med['first']:.2f} s   (the lazy tables built on the first parse)")
    print(f"  second  {med['second']:.3f} s  (the same text again, for scale)")
    print(f"  total   {med['import'] + med['first']:.2f} s before the first result")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
