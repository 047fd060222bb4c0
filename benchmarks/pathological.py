"""How parse time grows with the size of a pathological text (tests/fixtures/pathological.py).

    .venv/bin/python benchmarks/pathological.py [--n 400] [SHAPE ...]

Each shape is parsed at sizes n, 2n and 4n (cold: a warm-up document loads the tables first). Printed: seconds
per size and the ratio of the last two; a ratio above 2.5 (time growing faster than the size, towards its
square) is flagged. A batch must not stall on one such file: `parse` has a time limit too (time_limit.py),
this shows where the time goes before it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.fixtures.pathological import SHAPES, pathological  # noqa: E402

from chidao.documents import parse  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400, help="the smallest size (default 400)")
    ap.add_argument("shapes", nargs="*", help="shapes to run (default: all)")
    args = ap.parse_args()
    parse(pathological("numbered_items", 5).encode(), name="warm.txt")
    print(f"{'shape':18s} {'n':>8s} {'2n':>8s} {'4n':>8s}  ratio (4n/2n)")
    for shape in args.shapes or SHAPES:
        seconds = []
        for k in (1, 2, 4):
            data = pathological(shape, args.n * k).encode()
            start = time.perf_counter()
            parse(data, name=f"{shape}.txt")
            seconds.append(time.perf_counter() - start)
        ratio = seconds[2] / max(seconds[1], 1e-9)
        flag = "  <- grows faster than its size" if ratio > 2.5 and seconds[2] > 0.2 else ""
        print(f"{shape:18s} " + " ".join(f"{s:8.3f}" for s in seconds) + f"  {ratio:5.1f}{flag}", flush=True)


if __name__ == "__main__":
    main()
