"""Documents per second, in-process on one core, cold (every input distinct, nothing cached).

    .venv/bin/python benchmarks/parse_throughput.py [--docs 40] [--repeat 3] [--steps]

Inputs are generated from our own sample notice at dev-corpus size (about 5-15 kB of text): .txt (UTF-8) and
.docx (header table, body, closing table). For each format it measures `read()` alone and the whole
`chidao.documents.parse()`, and prints the median over the rounds, per CPU second of this process (stable
on a shared machine) and per wall-clock second. Targets: ≥ 500 .txt/s and ≥ 50 .docx/s for the whole parse.

With `../shared/corpus/dev` beside the repository (or `--corpus DIR`), the published .txt and .docx files of
the dev corpus are timed the same way, each file once per round.

Cold: before every document the library's text-keyed memo caches (`fold`, `unit_key`: bounded `lru_cache`s)
and the deadline scan's plans are emptied, untimed, so that no document, and no later round, profits from text seen before; the tables and
patterns built once per process from the data files are kept (a warm-up document loads them before timing).
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# `--installed`: measure the chidao this interpreter has installed (the compiled wheel of `make compiled`), not src/
INSTALLED = "--installed" in sys.argv
sys.path[:0] = [str(ROOT)] if INSTALLED else [str(ROOT), str(ROOT / "src")]

from tests.fixtures.make_fixtures import build_docx, unicode_runs  # noqa: E402
from tests.fixtures.samples import sample_notice  # noqa: E402

from chidao.documents import parse, read  # noqa: E402

TARGETS = {"txt": 500.0, "docx": 50.0}
DEV = ROOT.parent / "shared" / "corpus" / "dev"


def inputs(count: int, repeat: int) -> dict[str, list[list[tuple[bytes, str]]]]:
    """`repeat` rounds of `count` distinct documents per format; sizes cycle through 5-15 kB of text."""
    out: dict[str, list[list[tuple[bytes, str]]]] = {"txt": [], "docx": []}
    serial = 0
    for _ in range(repeat):
        txt_round, docx_round = [], []
        for i in range(count):
            serial += 1
            notice = sample_notice(seq=str(serial), day=1 + i % 28, items=20 + (i % 5) * 10)
            txt_round.append((notice.text().encode("utf-8"), f"n{serial}.txt"))
            docx_round.append((build_docx(notice, unicode_runs), f"n{serial}.docx"))
        out["txt"].append(txt_round)
        out["docx"].append(docx_round)
    return out


def text_caches() -> list[functools._lru_cache_wrapper[Any]]:
    """The library's memo caches keyed by text (bounded `lru_cache`s such as `fold` and `unit_key`), as opposed
    to the tables built once from the data files (unbounded `cache`s of no or few arguments)."""
    return [
        obj for obj in gc.get_objects()
        if isinstance(obj, functools._lru_cache_wrapper)
        and getattr(obj, "__module__", "").startswith("chidao.")
        and (obj.cache_info().maxsize or 0) > 1
    ]


def start_cold(caches: list[functools._lru_cache_wrapper[Any]]) -> None:
    """Forget what earlier documents left: the text-keyed caches and the deadline scan's plans (kept per set of
    words a text holds)."""
    from chidao.documents.extract import deadlines

    for cache in caches:
        cache.cache_clear()
    deadlines.trigger_scan().forget_plans()


def build() -> str:
    """Which chidao is timed: the pure-Python source, or a build whose parse modules mypyc compiled (setup.py)."""
    from chidao.documents.extract import tasks

    where = Path(tasks.__file__).resolve()
    kind = "pure Python" if where.suffix == ".py" else "compiled by mypyc"
    return f"chidao from {where.parents[3]}: {kind}"


def rate(step: Callable[[bytes, str], object], docs: list[tuple[bytes, str]]) -> tuple[float, float]:
    """(documents per CPU second of this process, documents per wall-clock second). Every document starts with
    the text-keyed caches empty (emptying them is not timed), so no document profits from an earlier one."""
    caches = text_caches()
    cpu = wall = 0.0
    for data, name in docs:
        start_cold(caches)
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        step(data, name)
        cpu += time.process_time() - cpu_start
        wall += time.perf_counter() - wall_start
    return len(docs) / cpu, len(docs) / wall


def step_times(docs: list[tuple[bytes, str]]) -> None:
    """CPU milliseconds per document spent in each step of `parse()` (where to look next)."""
    from chidao.documents.check import check_document
    from chidao.documents.extract import meeting, references, tasks
    from chidao.documents.model import Document
    from chidao.documents.parts import closing, header
    from chidao.documents.text import nfc, split_lines

    spent: dict[str, float] = {}
    caches = text_caches()

    def timed(label: str, fn: Callable[..., object], *args: object) -> object:
        start = time.process_time()
        result = fn(*args)
        spent[label] = spent.get(label, 0.0) + time.process_time() - start
        return result

    for data, name in docs:
        start_cold(caches)
        source = timed("read", read, data, name)
        doc = Document(source=source.source, text=nfc(source.text))  # type: ignore[attr-defined]
        lines = split_lines(doc.text)
        timed("header", header.read_header, doc, lines)
        timed("closing", closing.read_closing, doc, lines)
        timed("references", references.read_references, doc)
        timed("meeting", meeting.read_meeting, doc, lines)
        timed("tasks", tasks.read_tasks, doc, lines)
        timed("check", check_document, doc)
    print("      " + "  ".join(f"{k} {1000 * v / len(docs):.2f}" for k, v in spent.items()) + "  (CPU ms/doc)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=40, help="documents per round and format")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (each with new documents)")
    parser.add_argument("--steps", action="store_true", help="also print CPU ms/doc per pipeline step")
    parser.add_argument("--corpus", type=Path, default=DEV, help="also time the .txt/.docx files of this folder")
    parser.add_argument("--installed", action="store_true", help="time the installed chidao (`make compiled`), not src/")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    data = inputs(args.docs, args.repeat)
    sizes = [len(d) // 1024 for d, _ in data["txt"][0]]
    print(build())
    print(f"{args.docs} distinct documents x {args.repeat} rounds per format; text {min(sizes)}-{max(sizes)} kB")
    if args.corpus.is_dir():
        dev = [p.stat().st_size / 1024 for p in args.corpus.glob("*.txt")]
        if dev:
            print(f"{args.corpus.name}: {len(dev)} .txt files of {min(dev):.0f}-{max(dev):.0f} kB "
                  f"(mean {sum(dev) / len(dev):.0f} kB), and its .docx files")
    warm = sample_notice(seq="0")
    parse(warm.text().encode(), name="warm.txt")  # imports and rule tables load once, before timing
    parse(build_docx(warm, unicode_runs), name="warm.docx")
    steps: dict[str, Callable[[bytes, str], object]] = {
        "read": lambda d, n: read(d, name=n),
        "parse": lambda d, n: parse(d, name=n),
    }
    failed = False
    if args.corpus.is_dir():
        for fmt in ("txt", "docx"):
            files = [(p.read_bytes(), p.name) for p in sorted(args.corpus.glob(f"*.{fmt}"))]
            if files:
                data[f"{fmt}:{args.corpus.name}"] = [files] * args.repeat
    for key, rounds in data.items():
        fmt = key.split(":")[0]
        for label, step in steps.items():
            rates = [rate(step, docs) for docs in rounds]
            cpu = statistics.median(r[0] for r in rates)
            wall = statistics.median(r[1] for r in rates)
            target = TARGETS[fmt] if label == "parse" else None
            verdict = "" if target is None else ("  ok" if cpu >= target else f"  BELOW target {target:.0f}/s")
            failed |= target is not None and cpu < target
            print(f"{key:9} {label:6} {cpu:8.1f} docs/s (CPU time)  {wall:8.1f} docs/s (wall clock){verdict}")
        if args.steps:
            step_times(rounds[0])
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
