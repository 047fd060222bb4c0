"""What every reader returns (`SourceText`) and raises (`ReadError`)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from chidao.documents.model import Source


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


def make_source(raw: bytes, name: str, media_type: str, encoding: str | None) -> Source:
    return Source(name=name, media_type=media_type, encoding=encoding, sha256=hashlib.sha256(raw).hexdigest())


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
