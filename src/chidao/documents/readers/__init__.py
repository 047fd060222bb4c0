"""Readers: bytes of a .txt/.docx/.pdf/.doc file → normalised NFC text (`SourceText`).

`read()` picks the reader by suffix (or sniffed content) and raises `ReadError` with a Vietnamese and an
English message for input it cannot read; it never lets a library exception escape.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chidao.documents.model import Source
from chidao.documents.text import nfc

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass
class SourceText:
    """The text of one input file and what the reader learned about it."""

    text: str
    source: Source
    layout: dict[str, Any] | None = None  # .docx presentation facts for the form checks
    metadata: dict[str, Any] = field(default_factory=dict)


class ReadError(Exception):
    """A file that cannot be read; `code` is stable, messages are for people."""

    def __init__(self, code: str, message_vi: str, message_en: str) -> None:
        super().__init__(message_en)
        self.code = code
        self.message_vi = message_vi
        self.message_en = message_en

    def __str__(self) -> str:
        return f"{self.message_vi} ({self.message_en})"


def read(data: bytes | str | Path, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read a path or raw bytes into NFC text. Minimal placeholder: UTF-8 text only."""
    if isinstance(data, (str, Path)):
        path = Path(data)
        name = name or path.name
        raw = path.read_bytes()
    else:
        raw = data
        name = name or "-"
    if len(raw) > max_bytes:
        raise ReadError("too-large", "Tệp quá lớn", "File too large")
    text = raw.decode("utf-8-sig", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    source = Source(name=name, media_type="text/plain", encoding="utf-8", sha256=hashlib.sha256(raw).hexdigest())
    return SourceText(text=nfc(text), source=source)
