"""Reading `doc.text` the way the text-level rules need it: words with spans, length-preserving folding,
the header zone, and the line around a span. Every offset returned indexes `doc.text`."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate
from typing import Any

from chidao.documents.model import Document, Span

WORD = re.compile(r"[^\W_]+", re.UNICODE)
HEADER_CHARS = 1500  # the Quốc hiệu and issuer block sit at the top of page 1


_WORD_SPLIT = re.compile(r"([^\W_]+)", re.UNICODE)


class Words:
    """The words of a text (maximal runs of letters and digits), lower-cased, with their offsets.

    Built by one `re.split` of the lower-cased text and a running sum of the part lengths, so a page of
    words costs no Python call per word. `lows[k]` is word k lower-cased; `text[starts[k]:ends[k]]` is
    word k as written.
    """

    __slots__ = ("ends", "lows", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        if len(low) == len(text):
            parts = _WORD_SPLIT.split(low)
            bounds = list(accumulate(map(len, parts), initial=0))
            self.lows: list[str] = parts[1::2]
            self.starts: list[int] = bounds[1:-1:2]
            self.ends: list[int] = bounds[2::2]
        else:  # a letter whose lower case is longer (`İ`): offsets from the text as written
            spans = [m.span() for m in WORD.finditer(text)]
            self.lows = [text[a:b].lower() for a, b in spans]
            self.starts = [a for a, _ in spans]
            self.ends = [b for _, b in spans]

    def __len__(self) -> int:
        return len(self.lows)

    def written(self, k: int) -> str:
        return self.text[self.starts[k] : self.ends[k]]

    def gap(self, k: int) -> str:
        """What separates word k from word k + 1."""
        return self.text[self.ends[k] : self.starts[k + 1]]


@lru_cache(maxsize=4)
def words(text: str) -> Words:
    """The words of `text`; remembered for the last few texts (several rules read the same one)."""
    return Words(text)


# Old (hoà, uỷ) and new (hòa, ủy) tone placement differ only in open syllables oa, oe, uy.
_OLD_TONES = "àáảãạèéẻẽẹỳýỷỹỵ"
_NEW_TONES = "òóỏõọùúủũụ"


def tone_neutral(s: str) -> str:
    """`hoà` → `hòa`, `Uỷ` → `Ủy`: the new placement, so both spellings compare equal."""

    def move(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        d = unicodedata.normalize("NFD", second)
        marks = d[1:]
        base = d[0]
        return unicodedata.normalize("NFC", first + marks) + base

    return re.sub(r"(?<![qQ])([oOuU])([" + _OLD_TONES + _OLD_TONES.upper() + r"])(?![^\W\d_])", move, s)


def header_end(doc: Document) -> int:
    """Where the header zone ends: the start of the body if known (at least 400 characters in), else
    the first HEADER_CHARS characters."""
    end = doc.body_span[0] if doc.body_span is not None and doc.body_span[0] > 0 else HEADER_CHARS
    return min(max(end, 400), len(doc.text))


def top(doc: Document) -> Span:
    """A zero-width span at the first character of the document: where a missing header part belongs."""
    start = len(doc.text) - len(doc.text.lstrip())
    return (start, start)


def line_of(text: str, pos: int) -> Span:
    """The span of the (unstripped) line containing `pos`."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return (start, len(text) if end < 0 else end)


def trim(text: str, span: Span) -> Span:
    """`span` without surrounding white space."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


@cache
def load(name: str) -> dict[str, Any]:
    """A `data/check_*.toml` file."""
    data = resources.files("chidao.documents.data").joinpath(f"check_{name}.toml").read_text("utf-8")
    return tomllib.loads(data)
