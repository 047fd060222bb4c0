"""Text normalisation shared by the parser, the checker and search: NFC, folding, line segmentation."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_DASHES = re.compile("[\u2010-\u2015\u2212]")

# Vietnamese letters, built from the alphabet (re has no \p{Lu}; the range À-Ỹ mixes cases).
_VI_LOWER = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
VI_LOWER = _VI_LOWER + "fjwz"
VI_UPPER = VI_LOWER.upper()


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def fold(s: str | None) -> str:
    """Lower case without diacritics (đ → d), spaces single: `Lạng Sơn` → `lang son`.

    Punctuation is kept; search and matching that need it dropped call `fold_words`.
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d").replace("Đ", "d").replace("ƣ", "u"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _DASHES.sub("-", s)
    return " ".join(s.split())


def fold_words(s: str | None) -> str:
    """`fold` with punctuation other than / - & turned into spaces (the scorer's comparison form)."""
    s = re.sub(r"[^\w/&\-\s]", " ", fold(s))
    return " ".join(s.split())


@dataclass(frozen=True)
class Line:
    """One line of the document text with its offsets; `text` is stripped, `start`/`end` index it."""

    index: int
    start: int
    end: int
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def split_lines(text: str) -> list[Line]:
    """Lines with their stripped text and the span of that stripped text (blank lines kept, empty)."""
    lines: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = pos + lead
        lines.append(Line(i, start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return lines
