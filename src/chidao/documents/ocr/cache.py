"""Results cached by file hash, so that a document is never read twice.

The directory comes from `CHIDAO_CACHE_DIR` (default `./data/cache`); entries live in its `ocr/`
folder as `<sha256>.json`, and carry a fingerprint of the reader's code and data (`version()`), so that
a changed reader does not serve old readings.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@cache
def version() -> str:
    """A fingerprint of the reader's code and data: a changed reader never serves old readings."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for path in sorted(here.glob("*.py")):
        h.update(path.read_bytes())
    data = resources.files("chidao.documents.data")
    for name in sorted(p.name for p in data.iterdir() if p.name.startswith("ocr_")):
        h.update(data.joinpath(name).read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    return Path(os.environ.get("CHIDAO_CACHE_DIR", "./data/cache")) / "ocr"


def load(sha256: str) -> dict[str, Any] | None:
    path = cache_dir() / f"{sha256}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != version():
        return None
    return data


def store(sha256: str, data: dict[str, Any]) -> None:
    """Write atomically; a cache that cannot be written is skipped silently (reading still works)."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({**data, "version": version()}, f, ensure_ascii=False)
        os.replace(tmp, folder / f"{sha256}.json")
    except OSError:
        pass
