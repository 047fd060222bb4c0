"""Results cached by file hash, so that a document is never read twice.

The directory comes from `CHIDAO_CACHE_DIR` (default `./data/cache`); entries live in its `ocr/`
folder as `<sha256>.json`, and carry a version so that a better reader does not serve old readings.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

VERSION = 1


def cache_dir() -> Path:
    return Path(os.environ.get("CHIDAO_CACHE_DIR", "./data/cache")) / "ocr"


def load(sha256: str) -> dict[str, Any] | None:
    path = cache_dir() / f"{sha256}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return None
    return data


def store(sha256: str, data: dict[str, Any]) -> None:
    """Write atomically; a cache that cannot be written is skipped silently (reading still works)."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({**data, "version": VERSION}, f, ensure_ascii=False)
        os.replace(tmp, folder / f"{sha256}.json")
    except OSError:
        pass
