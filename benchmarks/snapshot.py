"""Snapshot of the parser's output, to show that a refactoring or a speed-up changes nothing (or only what it meant to).

    .venv/bin/python benchmarks/snapshot.py write DIR      # parse everything, one JSON file per input
    .venv/bin/python benchmarks/snapshot.py compare DIR    # parse again and list every input whose output differs

Inputs: the dev corpus as published (.txt/.docx/.pdf; scans left out: OCR is slow and has its own scorer), every
text variant of each dev .txt (hard-wrapped, CRLF, no-break spaces, markdown, ...; `tests/fixtures/text_variants`),
our own golden cases (`tests/documents/cases`, .doc included) and generated notices of benchmark size. Without
`../shared` only our own inputs are used. Outputs are written under DIR, which should live outside the repository.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# `--installed`: measure the chidao this interpreter has installed (the compiled wheel of `make compiled`), not src/
INSTALLED = "--installed" in sys.argv
sys.path[:0] = [str(ROOT)] if INSTALLED else [str(ROOT), str(ROOT / "src")]

from tests.fixtures.samples import sample_notice  # noqa: E402
from tests.fixtures.text_variants import TEXT_VARIANTS  # noqa: E402

from chidao.documents import parse  # noqa: E402
from chidao.documents.pipeline import parse_text  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"
CASES = ROOT / "tests" / "documents" / "cases"
SUFFIXES = {".txt", ".docx", ".pdf", ".doc", ".rtf", ".odt"}


def outputs() -> Iterator[tuple[str, str]]:
    """(label, JSON output) for every input, in a stable order."""
    for folder, prefix in ((DEV, "dev"), (CASES, "case")):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in SUFFIXES:
                yield f"{prefix}-{path.name}", parse(path).to_json()
    if DEV.is_dir():
        for path in sorted(DEV.glob("*.txt")):
            text = path.read_text(encoding="utf-8-sig")
            for variant, edit in sorted(TEXT_VARIANTS.items()):
                yield f"variant-{path.stem}-{variant}", parse_text(edit(text)).to_json()
    for i in range(12):
        notice = sample_notice(seq=str(i + 1), day=1 + i % 28, items=4 + i * 5)
        yield f"notice-{i + 1}", parse(notice.text().encode(), name=f"n{i + 1}.txt").to_json()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["write", "compare"])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--installed", action="store_true", help="parse with the installed chidao, not src/")
    args = parser.parse_args()
    if args.action == "write":
        args.dir.mkdir(parents=True, exist_ok=True)
        count = 0
        for label, output in outputs():
            (args.dir / f"{label}.json").write_text(output, encoding="utf-8")
            count += 1
        print(f"{count} outputs written to {args.dir}")
        return
    differ = 0
    seen = set()
    for label, output in outputs():
        seen.add(label)
        before_path = args.dir / f"{label}.json"
        before = before_path.read_text(encoding="utf-8") if before_path.exists() else ""
        if before != output:
            differ += 1
            diff = difflib.unified_diff(
                json.dumps(json.loads(before), ensure_ascii=False, indent=1).splitlines() if before else [],
                json.dumps(json.loads(output), ensure_ascii=False, indent=1).splitlines(),
                lineterm="", n=1,
            )
            print(f"== {label}")
            print("\n".join(list(diff)[2:14]))
    missing = sorted(p.stem for p in args.dir.glob("*.json") if p.stem not in seen)
    for label in missing:
        print(f"== {label}: no longer produced")
    print(f"{len(seen)} outputs, {differ} differ, {len(missing)} missing")
    sys.exit(1 if differ or missing else 0)


if __name__ == "__main__":
    main()
