"""Reading `doc.text` the way the rules need it: one `Scan` per document (lower-cased text, lines, words
around a place), the header zone, and the line around a span. Every offset returned indexes `doc.text`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, Final

from chidao.documents.data import load_toml
from chidao.documents.extract.prefilter import Lowered
from chidao.documents.model import Document, Span
from chidao.documents.text import VI_LOWER, Line, fold_chars, split_lines

WORD = re.compile(r"[^\W_]+", re.UNICODE)
HEADER_CHARS = 1500  # the Quốc hiệu and issuer block sit at the top of page 1

SAME_LINE_GAP = r"[ \t\u00a0]{1,3}"  # what separates the words of a repeated phrase or a confusable pair
_GAP_WORD = re.compile(SAME_LINE_GAP + r"([^\W_]+)")  # a same-line gap, then the next word


class Scan:
    """One document's text as the rules read it, each reading computed once, on first use.

    Words are maximal runs of letters and digits, compared lower-cased. They are read from the lower-cased
    text (`words_in`), whose offsets are those of `text` unless a letter lowers to two characters (`İ`):
    then they are read from `text` itself and lowered one by one (`fold`).
    """

    # Each reading is kept in a field of its own, filled on first use (not `functools.cached_property`, which a
    # class compiled by mypyc does not cache: setup.py, tests/test_compiled_build.py).
    def __init__(self, text: str) -> None:
        self.text = text
        self._head: tuple[int, str] | None = None  # (end, folded text up to end)
        self._lowered: Lowered | None = None
        self._lines: list[Line] | None = None

    @property
    def lowered(self) -> Lowered:
        """The text lower-cased, as the regular-expression prefilter reads it."""
        if self._lowered is None:
            self._lowered = Lowered(self.text)
        return self._lowered

    @property
    def low(self) -> str:
        return self.lowered.low

    @property
    def fold(self) -> bool:
        """Whether words must be lowered one by one (the lower-cased text is longer than the text)."""
        return len(self.low) != len(self.text)

    @property
    def words_in(self) -> str:
        """The string words are read from: the lower-cased text, or the text when `fold`."""
        return self.text if self.fold else self.low

    @property
    def lines(self) -> list[Line]:
        if self._lines is None:
            self._lines = split_lines(self.text)
        return self._lines

    def folded_head(self, end: int) -> str:
        """`fold_chars` of the text up to `end` (the header zone, which several header rules read)."""
        if self._head is None or self._head[0] != end:
            self._head = (end, fold_chars(self.text[:end]))
        return self._head[1]

    def word(self, start: int, end: int) -> str:
        """The word at `start:end`, lower-cased."""
        word = self.words_in[start:end]
        return word.lower() if self.fold else word

    def occurrences(self, word: str) -> Iterator[Span]:
        """The spans of the words that lower-case to `word` (itself lower-case letters and digits)."""
        if self.fold:
            yield from (m.span() for m in WORD.finditer(self.text) if m.group().lower() == word)
            return
        low, size = self.low, len(word)
        at = low.find(word)
        while at >= 0:
            end = at + size
            if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                yield (at, end)
            at = low.find(word, end)

    def next_word(self, end: int) -> Span | None:
        """The word after the word ending at `end` when only 1-3 spaces, tabs or no-break spaces separate them."""
        m = _GAP_WORD.match(self.words_in, end)
        return m.span(1) if m else None

    def previous_word(self, start: int) -> Span | None:
        """The word before the word starting at `start`, whatever separates them."""
        src = self.words_in
        end = start
        while end > 0 and not src[end - 1].isalnum():
            end -= 1
        begin = end
        while begin > 0 and src[begin - 1].isalnum():
            begin -= 1
        return (begin, end) if end > 0 else None


# What a letter matched case-insensitively by `re` leaves in the lower-cased text: the letter itself, except
# that `i` and `s` also match `ı` and `ſ`. Any other character of a phrase stands for any character.
_LOWERED_LETTER = {c: c for c in VI_LOWER} | {"i": "[iı]", "s": "[sſ]"}
_PLAIN = frozenset(VI_LOWER) - {"i", "s"}


def screen(phrase: str) -> re.Pattern[str]:
    """A quick test over `Scan.low` for a case-insensitive match of `phrase` (words separated by white space,
    each matched by `\\s+`): its letters in order with white space between the words. Wherever the phrase
    matches the text, the screen matches the lower-cased text, unless that holds an `İ` (see `Lowered.exact`).

    It starts with the first plain letter of the first word, the letters before it in a lookbehind, so that
    `re` jumps from one occurrence of that letter to the next."""
    words = [[_LOWERED_LETTER.get(c, ".") for c in w] for w in phrase.lower().split()]
    first = words[0]
    k = next((i for i, c in enumerate(phrase.lower().split()[0]) if c in _PLAIN), 0)
    head = first[k] + (f"(?<={''.join(first[: k + 1])})" if k else "") + "".join(first[k + 1 :])
    return re.compile(r"\s+".join([head] + ["".join(w) for w in words[1:]]))


@lru_cache(maxsize=1)
def scan(text: str) -> Scan:
    """The reading of `text`, shared by the rules of one check run (only the last text is kept)."""
    return Scan(text)


# Old (hoà, uỷ) and new (hòa, ủy) tone placement differ only in open syllables oa, oe, uy.
_OLD_TONES = "àáảãạèéẻẽẹỳýỷỹỵ"
_NEW_TONES = "òóỏõọùúủũụ"


_OLD_PLACEMENT: Final = re.compile(r"(?<![qQ])([oOuU])([" + _OLD_TONES + _OLD_TONES.upper() + r"])(?![^\W\d_])")


def tone_neutral(s: str) -> str:
    """`hoà` → `hòa`, `Uỷ` → `Ủy`: the new placement, so both spellings compare equal."""
    return _OLD_PLACEMENT.sub(_new_placement, s)


def _new_placement(m: re.Match[str]) -> str:
    """The tone mark of the second vowel moved onto the first."""
    first, second = m.group(1), m.group(2)
    d = unicodedata.normalize("NFD", second)
    return unicodedata.normalize("NFC", first + d[1:]) + d[0]


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


def load(name: str) -> dict[str, Any]:
    """A `data/check_*.toml` file, read once per process by the one reader of the data files."""
    return load_toml(f"check_{name}.toml")
