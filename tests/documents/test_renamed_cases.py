"""A document from other places, people and years parses as the original with the same renaming: our own golden
cases (`cases/*.txt`) through the content variants of `tests/fixtures/renames.py` (another province, districts,
communes, signer, document numbers and years; place names with a dash, an apostrophe, one syllable).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from chidao.documents import parse, parse_text
from tests.fixtures.renames import RENAME_VARIANTS, people_of

CASES = Path(__file__).parent / "cases"
# A hard-wrapped case is left out: renaming changes the length of its lines, so the renamed text is no longer
# wrapped at one width as a real export is (a name cut at a line end is renamed in part), and the wrap rules rightly
# read it otherwise. Hard wraps have their own variants (`text_variants.py`: wrap, wrap-70, wrap-100, wrap-paged).
# So are a web copy's header cells cut where the page's source was (`Tân` / `Lập, ngày …`, `TP Cửu` / `Long, …`),
# and a place name with a dash wrapped before its dash (`tỉnh Bà Rịa` / `- Vũng Tàu`: renamed, it is no compound).
HARD_WRAPPED = {
    "hard-wrapped-paged-tb", "wrap2-tb-inline-enumeration", "real4-web-cells-qd", "real4-web-cells-old-title",
    "r23-random15-ba-ria-xuong-dong",
}
SLUGS = sorted(p.stem for p in CASES.glob("*.txt") if p.stem not in HARD_WRAPPED)
VARIANTS = ("rename", "rename-2", "rename-dash", "rename-apostrophe", "rename-short")


def summary(doc: dict[str, Any]) -> dict[str, Any]:
    """What must follow the renaming: header values, signer, meeting chair, tasks (text, assignees, deadline)."""
    def get(*path: str) -> Any:
        value: Any = doc
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        return value

    signer = (doc.get("signatures") or [{}])[0]
    return {
        "issuer": get("issuer", "name"),
        "number": (get("number", "seq"), get("number", "symbol")),
        "place": get("place", "name"),
        "date": (get("date", "year"), get("date", "month"), get("date", "day")),
        "subject": " ".join((get("subject", "text") or "").split()),
        "signer": (signer.get("title"), signer.get("name")),
        "chair": (get("meeting", "chair", "name"), get("meeting", "chair", "title")),
        "tasks": [
            (" ".join(t["text"].split()), t["assignees"], (t.get("deadline") or {}).get("due"))
            for t in doc.get("tasks") or []
        ],
    }


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("slug", SLUGS)
def test_renamed_case_parses_as_the_original_renamed(slug: str, variant: str) -> None:
    parsed = parse(CASES / f"{slug}.txt", check=False)  # some cases are in legacy encodings
    text = parsed.text
    original = parse_text(text, check=False).to_dict()
    renaming = RENAME_VARIANTS[variant](text, people_of(original))
    renamed = parse_text(renaming.apply(text), check=False).to_dict()
    assert summary(renamed) == summary(renaming.apply_output(original)), renaming.names
