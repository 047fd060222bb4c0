"""Which regular expressions the .txt parse spends its time in: CPU time per compiled pattern, cold.

    .venv/bin/python benchmarks/regex_cost.py [--top 40] [--corpus ../shared/corpus/dev]

Every pattern compiled after start (at import included) is wrapped, and each call of search / match / fullmatch /
finditer (its iteration included) / findall / sub / subn / split is timed in thread CPU time, so other work on the
machine moves the figures little. The wrapper's own cost (about 0.2 µs a call) is in them: compare patterns with
each other rather than with the total. Each line names the call site (module:function) that spends most on the
pattern. The documents are parsed once untimed (rule tables built on first use), then once more, each cold
(`parse_throughput.start_cold`).
"""

from __future__ import annotations

import argparse
import collections
import functools
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
_compile = re._compile  # type: ignore[attr-defined]
COST: collections.Counter[str] = collections.Counter()
CALLS: collections.Counter[str] = collections.Counter()
SITES: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
_WRAPPED: dict[Any, Timed] = {}


def _site() -> str:
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.endswith(("regex_cost.py", "/re/__init__.py")):
        frame = frame.f_back  # type: ignore[assignment]
    return f"{Path(frame.f_code.co_filename).stem}:{frame.f_code.co_name}" if frame is not None else "?"


_TIMED = frozenset({"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"})


class Timed:
    """A compiled pattern whose matching methods (`_TIMED`) add their CPU time to `COST` under the pattern's text."""

    def __init__(self, pattern: re.Pattern[Any]) -> None:
        self.pattern_object = pattern
        self.key = str(pattern.pattern)[:160]

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.pattern_object, name)
        return functools.partial(self._timed, attribute, name == "finditer") if name in _TIMED else attribute

    def _timed(self, method: Any, iterates: bool, *args: Any, **kwargs: Any) -> Any:
        start = time.thread_time_ns()
        result = method(*args, **kwargs)
        if iterates:  # the matching happens as the iterator is read: read it inside the timing
            result = list(result)
        spent = time.thread_time_ns() - start
        COST[self.key] += spent
        CALLS[self.key] += 1
        SITES[self.key][_site()] += spent
        return iter(result) if iterates else result


def _compile_timed(pattern: Any, flags: Any) -> Any:
    if isinstance(pattern, Timed):
        return pattern
    key = (type(pattern), pattern, flags)
    if key not in _WRAPPED:
        _WRAPPED[key] = Timed(_compile(pattern, flags))
    return _WRAPPED[key]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--corpus", type=Path, default=DEV)
    args = parser.parse_args()
    re._compile = _compile_timed  # type: ignore[attr-defined]  # before the library compiles anything
    sys.path[:0] = [str(ROOT), str(ROOT / "src")]
    from benchmarks.parse_throughput import start_cold, text_caches

    from chidao.documents import parse

    docs = [(p.read_bytes(), p.name) for p in sorted(args.corpus.glob("*.txt"))]
    if not docs:
        sys.exit(f"no .txt documents in {args.corpus}")
    caches = text_caches()
    for data, name in docs:
        start_cold(caches)
        parse(data, name=name)
    COST.clear()
    CALLS.clear()
    SITES.clear()
    started = time.thread_time_ns()
    for data, name in docs:
        start_cold(caches)
        parse(data, name=name)
    total = time.thread_time_ns() - started
    spent = sum(COST.values())
    print(f"{len(docs)} documents: parse {total / 1e6:.0f} ms CPU, of which in regex calls {spent / 1e6:.0f} ms "
          f"({100 * spent / total:.0f} %, wrapper included)")
    for key, ns in COST.most_common(args.top):
        site = SITES[key].most_common(1)[0][0]
        print(f"{ns / 1e6:7.2f} ms {CALLS[key]:6d} calls  {site:40.40}  {key[:80]!r}")


if __name__ == "__main__":
    main()
