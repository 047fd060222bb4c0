"""Does the parse survive a change of format? Format variants of each dev document against its original.

    .venv/bin/python benchmarks/robustness.py [--corpus ../shared/corpus/dev] [--no-office] [--details] [--only pdf,wrap]
    .venv/bin/python benchmarks/robustness.py --only rename [--details]     # the content variants only

For each document: the text the parser reads from the original (any format) is turned into variants
(`tests/fixtures/text_variants.py`): .docx with a real header table (also typed in TCVN3 / VNI fonts), .pdf and .doc from that .docx through
LibreOffice, header columns interleaved (space / tab), Quốc hiệu dropped, CRLF, no-break spaces, en dashes,
`**markdown**`, blank lines removed, NFD, hard-wrapped lines (at 78, 70 and 100 columns; and cut into pages
with page numbers and a running header), page breaks, UTF-16, TCVN3 and VNI bytes, letters set apart by spaces
as a PDF text layer gives them (`th ự c hiện`, `spaced`). Each variant is parsed and compared with the parse of the original on the
scored fields (the scorer's own folding): the header fields, the set of references, and tasks (matched by
text as the scorer does; then assignees and deadline). Variants are written under /tmp only.

Content variants (`tests/fixtures/renames.py`, columns `rename-places`, `rename-people`, `rename-numbers` and
`rename`, `rename-2`, `rename-3` for all three with other names): the province, districts, communes, people, document numbers and years of the text are
renamed; the expected parse is the parse of the text (as .txt) with the same renaming applied to its values.
`--only rename` runs all of them.

Prints one table: disagreements per field (rows) and per variant (columns), then the worst documents.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.fixtures.renames import RENAME_VARIANTS, people_of  # noqa: E402
from tests.fixtures.text_variants import BYTE_VARIANTS, TEXT_VARIANTS, convert, to_docx  # noqa: E402

from chidao.documents import parse  # noqa: E402
from chidao.documents.legacy import LegacyEncoding  # noqa: E402

SCORE = ROOT.parent / "shared" / "tools" / "score.py"
OFFICE_VARIANTS = ("pdf", "doc")
LEGACY_FONTS: tuple[LegacyEncoding, ...] = ("tcvn3", "vni")


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("chidao_score", SCORE)
    assert spec and spec.loader, f"scorer not found at {SCORE}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def summary(doc: dict[str, Any], score: ModuleType) -> dict[str, Any]:
    """The scored values of one parse, folded the scorer's way."""
    values = score.header_values(doc)
    values["references"] = {score.ref_key(r.get("number")) for r in doc.get("references") or []}
    values["tasks"] = doc.get("tasks") or []
    return values


def compare(original: dict[str, Any], variant: dict[str, Any], score: ModuleType) -> dict[str, int]:
    """Disagreements per field: 1 per differing header field / reference set; tasks counted one by one."""
    out: dict[str, int] = {}
    for key, value in original.items():
        if key not in ("tasks", "references") and variant.get(key) != value:
            out[key] = 1
    if original["references"] != variant["references"]:
        out["references"] = len(original["references"] ^ variant["references"])
    pairs = score.match_tasks(original["tasks"], variant["tasks"])
    lost = len(original["tasks"]) - len(pairs)
    extra = len(variant["tasks"]) - len(pairs)
    assignees = sum(
        {score.unit(a) for a in g.get("assignees") or []} != {score.unit(a) for a in p.get("assignees") or []}
        for g, p in pairs
    )
    deadlines = sum(not score.deadline_ok(g.get("deadline"), p.get("deadline")) for g, p in pairs)
    for key, n in (("tasks lost", lost), ("tasks extra", extra), ("task assignees", assignees),
                   ("task deadlines", deadlines)):  # fmt: skip
        if n:
            out[key] = n
    return out


def parse_dict(path: Path) -> dict[str, Any] | None:
    try:
        return parse(path, check=False).to_dict()
    except Exception as exc:  # a variant the readers refuse is a disagreement on everything
        print(f"  {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return None


def task_details(original: list[dict[str, Any]], variant: list[dict[str, Any]], score: ModuleType) -> list[str]:
    """One line per task lost, extra, or with other assignees or another deadline."""
    pairs = score.match_tasks(original, variant)
    matched_o = {id(o) for o, _ in pairs}
    matched_v = {id(v) for _, v in pairs}
    lines = [f"    lost: {t.get('text', '')[:90]!r}" for t in original if id(t) not in matched_o]
    lines += [f"    extra: {t.get('text', '')[:90]!r}" for t in variant if id(t) not in matched_v]
    for o, v in pairs:
        units_o = sorted(score.unit(a) for a in o.get("assignees") or [])
        units_v = sorted(score.unit(a) for a in v.get("assignees") or [])
        if units_o != units_v:
            lines.append(f"    assignees {o.get('text', '')[:50]!r}: {units_o} -> {units_v}")
        if not score.deadline_ok(o.get("deadline"), v.get("deadline")):
            lines.append(f"    deadline {o.get('text', '')[:50]!r}: {o.get('deadline')} -> {v.get('deadline')}")
    return lines


def parse_text_dict(text: str, stem: str) -> dict[str, Any]:
    """The parse of a text read as a UTF-8 .txt (what the content variants are compared with, renamed)."""
    with tempfile.TemporaryDirectory(prefix="chidao-robust-") as tmp_name:
        path = Path(tmp_name) / f"{stem}.txt"
        path.write_text(text, encoding="utf-8")
        return parse(path, check=False).to_dict()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--no-office", action="store_true", help="skip the LibreOffice variants (.pdf, .doc)")
    ap.add_argument("--details", action="store_true", help="print every disagreement")
    ap.add_argument("--only", default="", help="comma-separated variants to run (e.g. pdf,wrap); default all")
    args = ap.parse_args()
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    if "rename" in only:
        only |= set(RENAME_VARIANTS)

    def wanted(name: str) -> bool:
        return not only or name in only
    score = load_scorer()
    originals = sorted(
        p for p in args.corpus.iterdir() if p.suffix in (".txt", ".docx", ".pdf", ".doc") and p.stem[0] != "."
    )
    originals = [p for p in originals if (p.parent / f"{p.stem}.gold.json").exists()]
    table: dict[str, Counter[str]] = defaultdict(Counter)
    docs_hit: dict[str, Counter[str]] = defaultdict(Counter)
    details: list[str] = []
    with tempfile.TemporaryDirectory(prefix="chidao-robust-") as tmp_name:
        tmp = Path(tmp_name)
        bases: dict[str, dict[str, Any]] = {}
        # The expected summary of a content variant (the plain-text parse, renamed), by document and variant.
        expected: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        variants: dict[str, dict[str, Path]] = defaultdict(dict)
        for original in originals:
            parsed = parse(original, check=False)
            bases[original.stem] = summary(parsed.to_dict(), score)
            text = parsed.text
            if wanted("docx") or any(wanted(t) for t in OFFICE_VARIANTS):
                docx = tmp / f"{original.stem}.docx"
                docx.write_bytes(to_docx(text))
                variants[original.stem]["docx"] = docx
            for legacy_font in (f for f in LEGACY_FONTS if wanted(f"docx-{f}")):
                path = tmp / f"{original.stem}.{legacy_font}.docx"
                path.write_bytes(to_docx(text, legacy_font=legacy_font))
                variants[original.stem][f"docx-{legacy_font}"] = path
            for name, make in ((n, m) for n, m in TEXT_VARIANTS.items() if wanted(n)):
                path = tmp / f"{original.stem}.{name}.txt"
                path.write_bytes(make(text).encode("utf-8"))
                variants[original.stem][name] = path
            for name, encode in ((n, e) for n, e in BYTE_VARIANTS.items() if wanted(n)):
                path = tmp / f"{original.stem}.{name}.txt"
                path.write_bytes(encode(text))
                variants[original.stem][name] = path
            renamed = [name for name in RENAME_VARIANTS if wanted(name)]
            if renamed:
                plain = parse_text_dict(text, original.stem)
                people = people_of(plain)
                for name in renamed:
                    renaming = RENAME_VARIANTS[name](text, people)
                    path = tmp / f"{original.stem}.{name}.txt"
                    path.write_text(renaming.apply(text), encoding="utf-8")
                    variants[original.stem][name] = path
                    expected[original.stem][name] = summary(renaming.apply_output(plain), score)
        if not args.no_office:
            for target in (t for t in OFFICE_VARIANTS if not only or t in only):
                outdir = tmp / target
                outdir.mkdir()
                made = convert([v["docx"] for v in variants.values() if "docx" in v], target, outdir)
                for v in variants.values():
                    if v.get("docx") in made:
                        v[target] = made[v["docx"]]
        columns = [
            "docx",
            *(f"docx-{font}" for font in LEGACY_FONTS),
            *(() if args.no_office else OFFICE_VARIANTS),
            *TEXT_VARIANTS,
            *BYTE_VARIANTS,
            *RENAME_VARIANTS,
        ]
        columns = [c for c in columns if wanted(c)]
        for stem, by_name in variants.items():
            for name in columns:
                variant_path = by_name.get(name)
                parsed_dict = parse_dict(variant_path) if variant_path else None
                if parsed_dict is None:
                    table[name]["(unreadable)"] += 1
                    continue
                base = expected[stem].get(name) or bases[stem]
                diff = compare(base, summary(parsed_dict, score), score)
                for field, n in diff.items():
                    table[name][field] += n
                    docs_hit[stem][name] += 1
                    if args.details:
                        base_value = base.get(field, "")
                        new_value = summary(parsed_dict, score).get(field, "")
                        shown = "" if field.startswith("task") else f": {base_value!r} -> {new_value!r}"
                        details.append(f"{stem} {name} {field} ({n}){shown}")
                if args.details and any(f.startswith("task") for f in diff):
                    details.extend(task_details(base["tasks"], summary(parsed_dict, score)["tasks"], score))
    fields = sorted({f for counts in table.values() for f in counts})
    width = max(len(f) for f in fields) if fields else 10
    print(
        f"{len(originals)} documents; cells: documents disagreeing (header, references: count of differing "
        "references; tasks: count of tasks)"
    )
    print(" " * width + "".join(f"{c:>{max(len(c), 5) + 1}}" for c in columns))
    for field in fields:
        print(f"{field:<{width}}" + "".join(f"{table[c][field]:>{max(len(c), 5) + 1}}" for c in columns))
    worst = sorted(docs_hit.items(), key=lambda kv: -sum(kv[1].values()))[:8]
    print("most affected documents: " + ", ".join(f"{stem} ({sum(c.values())})" for stem, c in worst))
    if args.details:
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
