"""The same document in another format parses the same: our own samples as .docx (header table), .pdf and .doc
(LibreOffice), and as text exported differently (CRLF, interleaved header columns, en dashes, Markdown ...).

The samples are golden cases written by us (`cases/gen-*.txt`): a TB kết luận with tasks, a KH with dated,
relative and recurring deadlines, a Party TB and a Party KL. Variants are built in a tmp dir at test time.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from chidao.documents import parse
from chidao.documents.model import Document
from tests.fixtures.text_variants import TEXT_VARIANTS, convert, to_docx

CASES = Path(__file__).parent / "cases"
SAMPLES = (
    "gen-tb-interleaved",
    "gen-kh-relative-deadlines",
    "gen-kh-markdown-table",
    "gen-party-tb-tl",
    "gen-party-kl-kt",
)
NO_OFFICE = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
# Known defects, reported to their owners: kept here (xfail, not strict) so that the fix shows as XPASS.
KNOWN: dict[tuple[str, str], str] = {}


def summary(doc: Document) -> dict[str, Any]:
    """What must not change with the format: header values, signer, tasks (text, assignees, deadline)."""
    signer = doc.signatures[0] if doc.signatures else None
    return {
        "issuer": doc.issuer.name if doc.issuer else None,
        "number": (doc.number.seq, doc.number.symbol) if doc.number else None,
        "date": (doc.date.year, doc.date.month, doc.date.day) if doc.date else None,
        "type": doc.type.code if doc.type else None,
        "subject": " ".join(doc.subject.text.split()) if doc.subject else None,
        "signer": (signer.title, signer.name) if signer else None,
        "tasks": [
            (" ".join(t.text.split()), t.assignees, t.deadline.due if t.deadline else None, t.deadline.kind)
            for t in doc.tasks
        ],
    }


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """(sample, variant) → file. Office conversions run once for all samples."""
    tmp = tmp_path_factory.mktemp("formats")
    out: dict[tuple[str, str], Path] = {}
    for slug in SAMPLES:
        text = (CASES / f"{slug}.txt").read_text(encoding="utf-8")
        docx = tmp / f"{slug}.docx"
        docx.write_bytes(to_docx(text))
        out[slug, "docx"] = docx
        for name, make in TEXT_VARIANTS.items():
            path = tmp / f"{slug}.{name}.txt"
            path.write_bytes(make(text).encode("utf-8"))
            out[slug, name] = path
    if shutil.which("soffice"):
        docx_files = [out[slug, "docx"] for slug in SAMPLES]
        for target in ("pdf", "doc"):
            (tmp / target).mkdir()
            made = convert(docx_files, target, tmp / target)
            for slug in SAMPLES:
                if out[slug, "docx"] in made:
                    out[slug, target] = made[out[slug, "docx"]]
    return out


def _params() -> list[Any]:
    out = []
    for slug in SAMPLES:
        for name in ("docx", "pdf", "doc", *TEXT_VARIANTS):
            marks: list[Any] = []
            if name in ("pdf", "doc"):
                marks += [NO_OFFICE, pytest.mark.render]
            if (slug, name) in KNOWN:
                marks.append(pytest.mark.xfail(reason=KNOWN[slug, name], strict=False))
            out.append(pytest.param(slug, name, id=f"{slug}-{name}", marks=marks))
    return out


@pytest.mark.parametrize(("slug", "variant"), _params())
def test_variant_parses_like_the_original(
    slug: str, variant: str, variants: dict[tuple[str, str], Path]
) -> None:
    original = summary(parse(CASES / f"{slug}.txt", check=False))
    assert original["tasks"], "a sample without tasks proves nothing"
    path = variants.get((slug, variant))
    assert path is not None, f"LibreOffice made no .{variant} of {slug}"
    assert summary(parse(path, check=False)) == original
