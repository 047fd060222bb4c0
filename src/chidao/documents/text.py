"""Text normalisation shared by the parser, the checker and search: NFC, folding, line segmentation."""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

_DASHES = re.compile("[\u2010-\u2015\u2212]")

# Vietnamese letters, built from the alphabet (re has no \p{Lu}; the range À-Ỹ mixes cases).
_VI_LOWER = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
VI_LOWER = _VI_LOWER + "fjwz"
VI_UPPER = VI_LOWER.upper()


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _slow_fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d").replace("Đ", "d").replace("ƣ", "u"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _DASHES.sub("-", s)


def _fold_table() -> dict[int, str]:
    """One translate() table for every letter and dash the documents use (`_fold_by_table`, the reference the
    tests hold `fold`'s paths to)."""
    chars = set(VI_LOWER + VI_UPPER + "ĐđƣƢ\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
    chars |= {chr(c) for c in range(0x20, 0x250)}
    table = {}
    for c in chars:
        folded = _slow_fold(c)
        if folded != c:
            table[ord(c)] = folded
    return table


_FOLD = _fold_table()
_FOLD_WORDS = re.compile(r"[^\w/&\-\s]")


# After NFD, what may remain of text that folds to ASCII: ASCII and the combining marks U+0300-036F (all of
# them combining except U+034F, which `unicodedata.combining` does not count and `_slow_fold` keeps).
_NOT_ASCII_OR_MARK = re.compile("[^\x00-\x7f\u0300-\u034e\u0350-\u036f]")


@functools.lru_cache(maxsize=1 << 16)
def _fold_cached(s: str) -> str:
    t = _unspaced_fold(s)
    return t if _single_spaced(t) else " ".join(t.split())


def _unspaced_fold(s: str) -> str:
    """`fold` before its spaces are made single."""
    # The fast path, in C: đ → d, decompose, drop the marks, lower case (ASCII by then, so cheap). It stands only
    # when nothing but ASCII and marks is left after decomposing (so no dash, quote or other script for the
    # general path to handle); then each character folds as its ASCII letter lowered.
    t = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "d"))
    if t.isascii():
        t = t.lower()
    else:
        kept = t.encode("ascii", "ignore")
        # No character decomposes to more than one ASCII character, nor to one beside anything but marks: when
        # each kept one (a Vietnamese text without dashes or quotes), only marks were dropped, and the search
        # for anything else is spared.
        if len(kept) == len(s) or _NOT_ASCII_OR_MARK.search(t) is None:
            t = kept.decode("ascii").lower()
        else:
            t = _general_fold(s)
    return t


_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")
_NOT_ASCII = re.compile("[^\x00-\x7f]")


def _general_fold(s: str) -> str:
    """`_slow_fold`, with the marks of U+0300-036F dropped by one pattern: the loop over the characters runs only
    for a text that holds another combining character."""
    t = unicodedata.normalize("NFD", s.lower().replace("đ", "d").replace("Đ", "d").replace("ƣ", "u"))
    t = _MARKS.sub("", t)
    if not t.isascii() and any(unicodedata.combining(c) for c in set(_NOT_ASCII.findall(t))):
        t = "".join(c for c in t if not unicodedata.combining(c))
    return _DASHES.sub("-", t)


def _single_spaced(t: str) -> bool:
    """Is `" ".join(t.split())` the text itself (as it is for most folded texts)? Telling costs half as much as
    splitting a paragraph into words and joining them. A printable text holds no whitespace but the space
    (every other is a control or a separator character)."""
    return t.isprintable() and "  " not in t and t[:1] != " " and t[-1:] != " "


def _fold_by_table(s: str) -> str:
    """`fold` before spaces are collapsed, one character at a time through the table (the reference)."""
    t = s.translate(_FOLD)
    if not t.isascii():  # letters outside the table (combining marks, other scripts): the general path
        t = _slow_fold(t)
    return t


def fold(s: str | None) -> str:
    """Lower case without diacritics (đ → d), spaces single: `Lạng Sơn` → `lang son`.

    Punctuation is kept; search and matching that need it dropped call `fold_words`.
    """
    if not s:
        return ""
    if len(s) > 512:
        return _fold_cached.__wrapped__(s)
    return _fold_cached(s)


def _one_to_one() -> re.Pattern[str]:
    """A character outside those that fold alone to exactly one character, whatever stands around them (not a
    combining mark, not `Σ`): the Latin letters, the Vietnamese ones and the punctuation documents use."""
    blocks = (range(0x0, 0x250), range(0x1E00, 0x1F00), range(0x2000, 0x2070))
    kept = [chr(c) for block in blocks for c in block if not unicodedata.combining(chr(c)) and len(_slow_fold(chr(c))) == 1]
    return re.compile("[^" + "".join(map(re.escape, kept)) + "]")


_NOT_ONE_TO_ONE = _one_to_one()


class FoldedText:
    """A text folded once, from which the fold of any slice is read off: `FoldedText(s).fold(a, b) ==
    fold(s[a:b])`.

    The task walk folds each clause of a paragraph and the words around each verb in it; folding every slice
    anew costs a Unicode decomposition each time. No character folds to more than one ASCII character, and
    but for `Σ` (which never folds to ASCII) each folds alone, whatever stands around it and whichever of the
    two paths of `_fold_cached` the text takes (they agree on every character). So when the fold of
    the whole text is ASCII and as long as the text (nearly every paragraph), every character became one
    character and no space was dropped or merged: the fold keeps every offset, and the fold of a slice is the
    same slice of it, less the one space it may have at either end. A text with quotes, double spaces or tabs
    keeps its offsets too when each of its characters folds to one (`_NOT_ONE_TO_ONE` finds none other): its
    fold before spaces are made single is sliced, and the spaces of the slice made single. Otherwise each slice
    is folded on its own.

    The fold of the whole is computed on the first call; a slice taken with `part` shares it."""

    __slots__ = ("_chars", "_offset", "_read", "_single", "_whole", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._whole: FoldedText | None = None  # the text this one is a slice of
        self._offset = 0
        self._chars: str | None = None  # the fold of `text` before spaces are made single (None: none kept)
        self._single = True  # `_chars` single-spaced (its slices need no more than the spaces at their ends cut)
        self._read = False  # `_chars` computed

    def part(self, start: int, end: int | None = None) -> FoldedText:
        """`FoldedText(self.text[start:end])`, sharing this text's fold."""
        piece = FoldedText(self.text[start:end])
        piece._whole, piece._offset = self, start
        return piece

    def fold(self, start: int = 0, end: int | None = None) -> str:
        """`fold(self.text[start:end])`."""
        chars = self._chars if self._read else self._folded_chars()
        if chars is None:
            return fold(self.text[start:end])
        if self._single:
            return chars[start:end].strip(" ")
        piece = chars[start:end]
        return piece if _single_spaced(piece) else " ".join(piece.split())

    def _folded_chars(self) -> str | None:
        if not self._read:
            self._read = True
            text = self.text
            whole = self._whole
            if whole is not None and (chars := whole._folded_chars()) is not None:
                self._chars = chars[self._offset : self._offset + len(text)]
                self._single = whole._single
            elif len(folded := fold(text)) == len(text) and folded.isascii():
                self._chars = folded
            elif _NOT_ONE_TO_ONE.search(text) is None:
                self._chars = _unspaced_fold(text)
                self._single = _single_spaced(self._chars)
        return self._chars


@functools.lru_cache(maxsize=1 << 16)
def _fold_words_cached(s: str) -> str:
    return " ".join(_FOLD_WORDS.sub(" ", fold(s)).split())


def fold_words(s: str | None) -> str:
    """`fold` with punctuation other than / - & turned into spaces (the scorer's comparison form)."""
    if not s:
        return ""
    return _fold_words_cached(s)


class _CharFold(dict[int, str]):
    """Code point → one folded character, computed on first use (a `str.translate` table)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1:
            low = ch
        base = "d" if low == "đ" else unicodedata.normalize("NFD", low)[0]
        folded = self[code] = base if not unicodedata.combining(base) else low
        return folded


_CHAR_FOLD = _CharFold()


# `fold_chars` in C for the characters documents are made of: ASCII, the Vietnamese lower-case letters and the
# usual punctuation get one byte each of a charmap codec (at most 256 characters); the lower-cased text is encoded
# through it and decoded through a table of each character's fold. `str.translate` with a dict costs some 500
# machine instructions per character that is not ASCII; the two charmap passes a few dozen. Each character folds
# alone (its fold depends only on its lower case), so folding every character through the table is the same
# as the translate. A text holding any other character (nothing in the codec stands for it) is translated.
_FOLD_CODEC = "".join(chr(c) for c in range(128)) + "".join(c for c in _VI_LOWER if not c.isascii()) + (
    "\u00a0“”‘’–—…•·§°"
)
_FOLD_ENCODING: Final = codecs.charmap_build(_FOLD_CODEC.ljust(256, "\ufffe"))
_FOLD_DECODING: Final = _FOLD_CODEC.translate(_CHAR_FOLD).ljust(256, "\ufffe")


def fold_chars(s: str) -> str:
    """Lower case without diacritics, one output character per input character, so that offsets found in
    the folded text are offsets into `s` (`fold` also collapses spaces and may change the length)."""
    if s.isascii():
        return s.lower()
    low = s.lower()
    if len(low) == len(s):  # no character lowers to two (`İ`): the codec's folds are those of `s`
        try:
            encoded = codecs.charmap_encode(low, "strict", _FOLD_ENCODING)[0]
        except UnicodeEncodeError:
            pass
        else:
            return codecs.charmap_decode(encoded, "strict", _FOLD_DECODING)[0]
    return s.translate(_CHAR_FOLD)


_TONES: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng (combining)


def _tone_free_words(s: str) -> tuple[tuple[str, str], ...]:
    """Each word as its letters without the tone and its tone apart: `HOÀ` and `HÒA` (the tone on another
    vowel, as older typing places it) are one word."""
    out = []
    for word in s.lower().replace("ð", "đ").split():  # the Icelandic eth some PDF fonts print for đ
        chars = unicodedata.normalize("NFD", word)
        out.append(("".join(c for c in chars if c not in _TONES), "".join(c for c in chars if c in _TONES)))
    return tuple(out)


def written_as(span: str, words: Iterable[str]) -> bool:
    """Whether `span`, found by its folded form, is one of `words` with its own diacritics: folding makes
    `VÂN PHONG` read `VĂN PHÒNG`, `BẢN` `BAN`, `PHƯỜNG AN` `PHƯƠNG ÁN`. A span written without any mark (an
    export that lost them) has only its folded form to go by; where a tone sits on the word is not looked at."""
    if span.isascii():
        return True
    forms = _tone_free_forms(words if isinstance(words, tuple) else tuple(words))
    own = _tone_free_words(span)
    if own in forms:
        return True
    # OCR that lost marks of some words or letters only (`TONG CỤC THUẾ`, `BO TÀI CHÍNH`, `TỎNG CỤC`, `CỤC THUÊ`):
    # each word is one of theirs with some of its marks lost, never one added or changed (`CUC QUÂN LÝ` is no
    # `CỤC QUẢN LÝ`)
    key = " ".join(fold_chars(w.lower()) for w in span.split())
    written = span.lower().replace("ð", "đ").split()
    return any(
        all(map(_word_fits, written, form))
        for form in _words_by_letters(words if isinstance(words, tuple) else tuple(words)).get(key, ())
    )


_STROKE = frozenset("đ")  # the stroke of `đ`, a mark OCR may lose as it loses a tone


def _letter_marks(c: str) -> tuple[str, frozenset[str]]:
    """A letter as its base letter and the set of its marks (tone, hat, horn, breve; the stroke of `đ`)."""
    if c == "đ":
        return "d", _STROKE
    parts = unicodedata.normalize("NFD", c)
    return parts[0], frozenset(parts[1:])


def _word_fits(mine: str, theirs: str) -> bool:
    """Whether the written word `mine` is `theirs` (both lower case, folded alike) with its tone placed otherwise
    or with some of its marks lost, letter by letter (`tỏng` for `tổng`, `thuê` for `thuế`, `cuc` for `cục`)."""
    if mine == theirs or _tone_free_words(mine) == _tone_free_words(theirs):
        return True
    if len(mine) != len(theirs):
        return False
    for a, b in zip(mine, theirs, strict=True):
        if a != b:
            base_a, marks_a = _letter_marks(a)
            base_b, marks_b = _letter_marks(b)
            if base_a != base_b or not marks_a <= marks_b:
                return False
    return True


@functools.cache
def _words_by_letters(words: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """Each of `words` as its lower-case words, by its folded letters (`tong cuc` → (`tổng`, `cục`))."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for w in words:
        out.setdefault(" ".join(fold_chars(x.lower()) for x in w.split()), []).append(
            tuple(w.lower().replace("ð", "đ").split())
        )
    return out


@functools.cache
def _tone_free_forms(words: tuple[str, ...]) -> frozenset[tuple[tuple[str, str], ...]]:
    """`_tone_free_words` of each of `words` (a word list of the data), worked out once per list."""
    return frozenset(_tone_free_words(w) for w in words)


@dataclass(slots=True, unsafe_hash=True, init=False)
class Line:
    """One line of the document text with its offsets; `text` is stripped, `start`/`end` index it.

    Treat it as immutable (it is hashable); slots rather than `frozen`, whose __init__ costs several times
    more, and every document builds one per line. `__init__` is written out: the compiled build compiles it,
    the one `dataclass` writes runs as Python (test_speed_invariants checks it takes the fields)."""

    index: int
    start: int
    end: int
    text: str

    def __init__(self, index: int, start: int, end: int, text: str) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.text = text

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def split_lines(text: str) -> list[Line]:
    """Lines with their stripped text and the span of that stripped text (blank lines kept, empty)."""
    lines: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if len(stripped) == len(raw):  # nothing to strip (the common case): no second scan for the indent
            lines.append(Line(i, pos, pos + len(raw), raw))
        else:
            start = pos + len(raw) - len(raw.lstrip())
            lines.append(Line(i, start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return lines
