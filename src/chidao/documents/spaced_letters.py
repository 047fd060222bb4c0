"""Syllables a copy broke with spaces: where a PDF text layer placed each letter by itself (`th ự c hiện`, `Ủ y
ban nh â n dân`, `ng ư ời`), the text with those syllables whole again, for the steps to read.

A Vietnamese syllable has one group of vowels, so a run of consonants alone (`th`, `ng`, `m`, `q`) between two
letters of a line is a broken piece; a text that holds many of them (`data/spaced_letters.toml`) had its letters
spaced apart. There, each chain of letter runs parted by one space is cut into syllables anew: the cut that
makes the fewest and most common syllables (the lexicon's counts of running text) wins, and a pair of syllables
that the lexicon knows side by side (`y tế`) is never joined.

The steps that read tasks read the mended text; `Rejoined` maps their spans back onto the text as published,
which the document keeps."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

from chidao.documents.glued import letter_classes

_RUN: Final = re.compile(r"[^\W\d_]+")
_CHAIN: Final = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)+")


@dataclass(frozen=True)
class _Rules:
    least_pieces: int
    least_share: float
    most_pieces: int
    word_cost: float
    no_syllable: float


@cache
def rules() -> _Rules:
    raw = tomllib.loads(resources.files("chidao.documents.data").joinpath("spaced_letters.toml").read_text("utf-8"))
    return _Rules(
        int(raw["least_pieces"]), float(raw["least_share"]), int(raw["most_pieces"]), float(raw["word_cost"]),
        float(raw["no_syllable"]),
    )


@cache
def _piece() -> re.Pattern[str]:
    """A broken piece with the space before it: one to three consonants, before one space and a letter (the letter
    before the space is tested apart: a pattern that opens with the space is searched faster)."""
    _, consonants = letter_classes()
    return re.compile(rf" [{consonants}]{{1,3}}(?= [^\W\d_])")


def _pieces(text: str) -> int:
    """How many broken pieces the text holds: `_piece` after a letter, save an abbreviation in running text (two or
    three capitals after a small letter: `đi KCB`, `giữa PV GAS`), which a line in capitals spaced apart never
    gives (`NH Â N` follows a capital), and the letter of a clause's point (`điểm b khoản 3`)."""
    count = 0
    for m in _piece().finditer(text):
        at = m.start()
        before = text[at - 1] if at else ""
        if not before.isalpha() or text.endswith("điểm", 0, at):
            continue
        if not (m.end() - at > 2 and m.group().isupper() and before.islower()):
            count += 1
    return count


def spaced_apart(text: str) -> bool:
    """Does the text hold enough broken pieces to have had its letters spaced apart?"""
    r = rules()
    pieces = _pieces(text)
    return pieces >= r.least_pieces and pieces >= r.least_share * len(_RUN.findall(text))


@dataclass(frozen=True)
class Rejoined:
    """The text with its broken syllables whole, and where: `removed` are the offsets, in the original text, of
    the spaces taken out (sorted)."""

    text: str
    removed: tuple[int, ...]
    # the k-th removed space had `removed[k] - k` characters of the mended text before it
    shifts: tuple[int, ...]

    @staticmethod
    def of(text: str, removed: tuple[int, ...]) -> Rejoined:
        return Rejoined(text, removed, tuple(r - k for k, r in enumerate(removed)))

    def original(self, at: int) -> int:
        """The original offset of the mended text's `at`: past every space taken out before it."""
        return at + bisect_right(self.shifts, at)

    def original_span(self, span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        return self.original(start), (self.original(end - 1) + 1 if end > start else self.original(start))

    def mended(self, at: int) -> int:
        """The mended text's offset of the original `at`: less every space taken out before it."""
        return at - bisect_left(self.removed, at)


# A document's number and symbol a text layer spaced apart (`22/2013/Q Đ -TTg`, `98 / 2013/T T -BTC`, `1879/ UBND -VX`):
# the number, the year maybe, the symbol's capitals before its dash and the capitals after it, spaces anywhere between
# (after the dash, a space only after a capital alone: `- T Tg`, not `-TTg và` nor `-BXD NGÀY`).
_SPACED_SYMBOL: Final = re.compile(
    r"\d{1,5}(?: ?/ ?\d{4})? ?/ ?(?:[A-ZĐ] ?){1,8}- ?(?:[A-ZĐ] )*[A-ZĐ]+[a-z]*(?![A-ZĐa-zđ\u00C0-\u1EF9])"
)


# the sign that the layer spaced the symbol's letters, not that a writer left a space (`9389 /BNNMT-BĐKH`, a number
# filled into a blank; `QĐ- TCHQ`, a typist's slip: form defects the checks report, kept): capitals parted one by one
# before the dash (`Q Đ -`, `T T -`), or a space both after the slash and before the dash (`/ UBND -`)
_SPACED_CAPITALS: Final = re.compile(r"(?<![A-ZĐ])[A-ZĐ] [A-ZĐ]|/ [A-ZĐ]+ -")


def _symbol_spaces(text: str) -> list[int]:
    """The spaces inside the numbers a text layer spaced apart (`_SPACED_SYMBOL`, its capitals parted one by one:
    `_SPACED_CAPITALS`)."""
    out: list[int] = []
    for m in _SPACED_SYMBOL.finditer(text):
        head = m.group()[: m.group().index("-") + 1]
        if _SPACED_CAPITALS.search(head) is None:
            continue
        out += [i for i in range(m.start(), m.end()) if text[i] == " "]
    return out


def rejoin(text: str) -> Rejoined | None:
    """The text with its broken syllables whole, and its spaced numbers (`22/2013/Q Đ -TTg`) whole, or None when its
    letters were not spaced apart."""
    if not spaced_apart(text):
        return None
    removed: list[int] = _symbol_spaces(text)
    for chain in _chains(text):
        runs = list(_RUN.finditer(text, chain[0], chain[1]))
        sizes = _best_cut([m.group() for m in runs])
        pos = 0
        for size in sizes or ():
            removed += [m.end() for m in runs[pos : pos + size - 1]]  # the one space after each run but the last
            pos += size
    if not removed:
        return None
    taken = set(removed)
    return Rejoined.of("".join(c for i, c in enumerate(text) if i not in taken), tuple(sorted(taken)))


def rejoined(text: str) -> str:
    """`text` with its broken syllables whole (itself when its letters were not spaced apart)."""
    found = rejoin(text)
    return found.text if found else text


def _chains(text: str) -> list[tuple[int, int]]:
    """The runs of letters parted by one space each."""
    return [m.span() for m in _CHAIN.finditer(text)]


def _best_cut(runs: list[str]) -> list[int] | None:
    """How many runs each word of the best cut takes (None when each run stays a word of its own)."""
    from chidao.documents.ocr import lexicon as lx

    lex = lx.lexicon()
    r = rules()
    n = len(runs)
    best: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)  # from run i on: (score, runs of the first word)
    for i in range(n - 1, -1, -1):
        options: list[tuple[float, int]] = []
        for size in range(1, min(r.most_pieces, n - i) + 1):
            word = "".join(runs[i : i + size])
            if size > 1 and not _may_join(word, runs[i : i + size]):
                continue
            fit = lex.prior(word) if lx.is_syllable(word) else r.no_syllable
            options.append((fit - r.word_cost + best[i + size][0], size))
        best[i] = max(options, key=lambda o: o[0])
    sizes, i = [], 0
    while i < n:
        sizes.append(best[i][1])
        i += best[i][1]
    return None if all(s == 1 for s in sizes) else sizes


def _may_join(word: str, parts: list[str]) -> bool:
    """A syllable as a word is written (one case shape), not two syllables the lexicon knows side by side."""
    from chidao.documents.ocr import lexicon as lx

    if not (word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())):
        return False
    if not lx.is_syllable(word):
        return False
    if len(parts) == 2 and all(lx.is_syllable(p) for p in parts):
        pair = (lx.key(parts[0]), lx.key(parts[1]))
        lex = lx.lexicon()
        return pair not in lex.pairs and pair not in lex.pair_freq
    return True


# A line spelled out one letter at a time (`v ề`, `c h o`, `N â n g  c a o`): letters parted by one space, words by
# two or more; at least two letters, nothing else on the line.
_SPELLED: Final = re.compile(r"[^\W\d_](?: {1,}[^\W\d_])+")


def spelled_out(line: str) -> str:
    """A line a text layer spelled out one letter at a time (an italic or spaced line of a heading: `v ề` / `c h
    o` in a trích yếu), its words whole again: the letters parted by one space are one word, two spaces or more
    part words; a word that is no syllable leaves the line as it is (`A B`: letters named, not a word spelled).
    Any other line as it is."""
    from chidao.documents.ocr import lexicon as lx

    core = line.strip()
    if not _SPELLED.fullmatch(core):
        return line
    words = ["".join(w.split(" ")) for w in re.split(r" {2,}", core)]
    if not all(len(w) > 1 and lx.is_syllable(w) for w in words):
        return line
    return " ".join(words)


__all__ = ["Rejoined", "rejoin", "rejoined", "rules", "spaced_apart", "spelled_out"]
