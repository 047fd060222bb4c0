"""What every reader returns (`SourceText`) and raises (`ReadError`)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from chidao.documents.model import Source
from chidao.documents.text import nfc


@dataclass
class SourceText:
    """The text of one input file and what the reader learned about it."""

    text: str
    source: Source
    layout: dict[str, Any] | None = None  # .docx presentation facts for the form checks
    metadata: dict[str, Any] = field(default_factory=dict)
    nfc: bool = False  # `text` is NFC already: its reader normalised it last (`clean_text`)
    # Where the footnotes and endnotes a .docx reader appended begin (None: none). They are cited documents'
    # place: read for references only, never for the header, the closing or tasks.
    notes_start: int | None = None


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
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# No-break and other fixed-width spaces read as spaces; the eth as `Đ`; invisible characters (zero-width space, word joiner,
# a BOM inside the text, the soft hyphen once legacy text is decoded) are dropped; vertical tab and form
# feed end a line.
_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"),
    " ",
)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"), None)
_BREAKS = dict.fromkeys(map(ord, "\v\f\u2028\u2029\x85"), "\n")
# The Icelandic eth that web pages and old fonts print for `Đ`/`đ` (`15/2014/QÐ-UBND`): Vietnamese has no eth.
_LOOKALIKES = {0xD0: "\u0110", 0xF0: "\u0111"}
_CLEAN = {chr(k): v or "" for k, v in {**_SPACES, **_INVISIBLE, **_BREAKS, **_LOOKALIKES}.items()}
_UNCLEAN = re.compile("[" + re.escape("".join(_CLEAN)) + "]")


def _replaceable(text: str) -> bool:
    """A character `clean_text` replaces or drops is in `text` (a substring test per character is cheaper than
    a regex scan, and str.translate walks every character)."""
    return any(ch in text for ch in _CLEAN)


def is_clean(text: str) -> bool:
    """`clean_text` would return `text` unchanged: one test of a whole text instead of one per piece."""
    return "\r" not in text and not _replaceable(text) and unicodedata.is_normalized("NFC", text)


def clean_text(text: str, is_nfc: bool = False) -> str:
    """What every reader returns: `\n` line ends, plain spaces, no invisible characters, NFC. `is_nfc`: the
    text is NFC already, normalised again only when a character was replaced or dropped (a line end never
    composes with anything)."""
    text = normalise_newlines(text)
    if _replaceable(text):  # rare: replace only where needed
        text = _UNCLEAN.sub(lambda m: _CLEAN[m.group(0)], text)
        is_nfc = False
    return text if is_nfc else nfc(text)
