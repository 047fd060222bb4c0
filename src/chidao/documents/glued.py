"""Glued syllables: where a web copy or a PDF text layer lost the space between two Vietnamese syllables
(`đềnghị`, `Đào tạochủ trì`, `UBNDtỉnh`, `BANHÀNH`), the text with the space put back.

A Vietnamese syllable has a strict shape (onset + rhyme + tone), so a run of letters that is no syllable but
splits into syllables is a candidate. It is parted only where every new boundary makes a known word or
phrase (the OCR corrector's lexicon: a public word list, running-text pair counts, the domain phrases): the
two pieces together (`đề nghị`), or each piece with the word on its other side (`Đào tạo` + `chủ trì`), or two
of the lexicon's common words (`các` + `huyện`: the run is no syllable, so no word is cut). A
known abbreviation of a body glued to a common syllable (`UBNDtỉnh`) is parted too. Codes (`TB-UBND`,
`QĐ`), addresses, names and foreign words have no such split and are kept; `data/glued_syllables.toml` holds
the reader's own rows and its examples.

The document keeps the text as published (the header's fields are what was printed); the pipeline reads the
tasks from the spaced text and maps their spans back (`Respaced.original`).
"""

from __future__ import annotations

import itertools
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Final

from chidao.documents import legacy
from chidao.documents.text import VI_LOWER, VI_UPPER

_RUN = re.compile(r"[^\W\d_]+")
_CASE_TURN = re.compile(f"(?<=[{VI_LOWER}])(?=[{VI_UPPER}])")  # where lower case meets a capital in one run


@dataclass(frozen=True)
class _Rules:
    code_marks: str
    shortest: int
    most_parts: int
    keep: frozenset[str]
    examples: tuple[tuple[str, str], ...]
    free_before: frozenset[str]


@cache
def rules() -> _Rules:
    raw = tomllib.loads(resources.files("chidao.documents.data").joinpath("glued_syllables.toml").read_text("utf-8"))
    return _Rules(
        raw["code_marks"],
        int(raw["shortest"]),
        int(raw["most_parts"]),
        frozenset(w.lower() for w in raw["keep"]),
        tuple((e["glued"], e["spaced"]) for e in raw["examples"]),
        frozenset(raw["free_before"]),
    )


@dataclass(frozen=True)
class Respaced:
    """The text with spaces put back, and where: `inserted[k]` is the offset in the original text before which
    the k-th space went."""

    text: str
    inserted: tuple[int, ...]

    def original(self, at: int) -> int:
        """The original offset of the spaced text's `at` (a span's end stays at the end of what it covers)."""
        # the k-th space stands at inserted[k] + k in the spaced text
        lo, hi = 0, len(self.inserted)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.inserted[mid] + mid < at:
                lo = mid + 1
            else:
                hi = mid
        return at - lo

    def original_span(self, span: tuple[int, int]) -> tuple[int, int]:
        return self.original(span[0]), self.original(span[1])


def _shape_ok(piece: str) -> bool:
    """A piece as a word is written: all lower, capitalised, or all capitals."""
    return piece.islower() or piece.isupper() or (piece[:1].isupper() and piece[1:].islower())


@lru_cache(maxsize=1 << 12)
def _splits(word: str, parts: int) -> tuple[tuple[str, ...], ...]:
    """Every way to cut `word` into 2..`parts` pieces of syllable shape (the cheap check of `legacy`); kept, as the
    cuts of a word's tails are asked again for each of its heads."""
    out: list[tuple[str, ...]] = []
    if parts < 2:
        return ()
    letters = 0
    for i in range(1, len(word)):
        letters += not unicodedata.combining(word[i - 1])
        if letters > legacy.SYLLABLE_MOST:  # no longer head is a syllable: a long word costs no more than a short one
            break
        head, rest = word[:i], word[i:]
        if not _shape_ok(head) or not legacy.is_syllable(head):
            continue
        if _shape_ok(rest) and legacy.is_syllable(rest):
            out.append((head, rest))
        out += [(head, *more) for more in _splits(rest, parts - 1)]
    return tuple(out)


def _free(text: str, start: int, end: int, marks: str) -> bool:
    """The run stands free: no code mark or figure beside it (`QĐ-UBND`, `TP.HCM`, `12UBND`); a full stop after
    it ends a sentence unless a letter follows."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in marks or before.isdigit() or after.isdigit() or (after in marks and after != "."):
        return False
    return not (after == "." and end + 1 < len(text) and text[end + 1].isalnum())


def _words_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words on either side; a neighbour glued in its turn where lower case meets a capital (`ĐềnghịĐảng`,
    `uỷUBND`) gives only its piece next to the run."""
    before = _RUN.findall(text[max(0, start - 30) : start])
    after = _RUN.findall(text[end : end + 30])
    prev = _CASE_TURN.split(before[-1])[-1] if before else ""
    nxt = _CASE_TURN.split(after[0])[0] if after else ""
    return prev, nxt


@lru_cache(maxsize=1 << 12)
def _edges(word: str, last: bool) -> tuple[str, ...]:
    """A neighbour as the run may meet it: itself when it is a syllable, else (glued in its turn, no case turn:
    `uỷyêu`, `bịnội`) each syllable at the side next to the run, longest first, by the lexicon's test of tones
    (`uỷtổ` gives `uỷ`: `uỷt` has the shape of a syllable, but a closed one takes only the acute or the dot below)."""
    from chidao.documents.ocr import lexicon as lx

    if not word or legacy.is_syllable(word):
        return (word,)
    out = []
    for i in range(len(word) - 1, 0, -1):
        piece = word[-i:] if last else word[:i]
        if legacy.is_syllable(piece) and lx.is_syllable(piece):
            out.append(piece)
    return tuple(out) or (word,)


@lru_cache(maxsize=1 << 12)
def _parted(word: str, prev: str, nxt: str) -> tuple[str, ...] | None:
    """The pieces `word` is parted into, or None."""
    from chidao.documents.ocr import lexicon as lx

    lex = lx.lexicon()

    def known(a: str, b: str) -> bool:
        if not a or not b:
            return False
        k = (lx.key(a), lx.key(b))
        return k in lex.pairs or k in lex.domain_pairs or k in lex.pair_freq

    befores, afters = _edges(prev, last=True), _edges(nxt, last=False)

    best: tuple[tuple[int, float], tuple[str, ...]] | None = None
    for pieces in _splits(word, rules().most_parts):
        if not all(lx.is_syllable(p) for p in pieces):
            continue
        ok = True
        for i in range(len(pieces) - 1):
            a, b = pieces[i], pieces[i + 1]
            lefts = (pieces[i - 1],) if i else befores
            rights = (pieces[i + 2],) if i + 2 < len(pieces) else afters
            right_known = any(known(b, r) for r in rights)
            if not (
                known(a, b) or (any(known(left, a) for left in lefts) and right_known)
                or (a in lex.common and b in lex.common)
                or (a.lower() in rules().free_before and right_known)  # `sẽtính` + `toán`
            ):
                ok = False
                break
        if not ok:
            continue
        score = sum(lex.pair_score(a, b) for a, b in itertools.pairwise(pieces))
        rank = (-len(pieces), score)
        if best is None or rank > best[0]:
            best = (rank, pieces)
    if best is not None:
        return tuple(best[1])
    # a body's abbreviation glued to a common syllable: `UBNDtỉnh`, `HĐNDhuyện`; or a common syllable glued to the
    # abbreviation after it (`uỷUBND`, `vàHĐND`: a signed PDF's text layer)
    for i in range(len(word) - 1, 0, -1):
        head, rest = word[:i], word[i:]
        if i > 1 and head in lex.abbreviations and rest.islower() and rest in lex.common:
            return (head, rest)
        if (
            head.islower()
            and rest.isupper()
            and rest in lex.abbreviations
            and (head in lex.common or (lx.is_syllable(head) and any(known(e, head) for e in befores)))
        ):
            return (head, rest)
        if rest.isupper() and rest in lex.abbreviations and not head.isupper() and not lx.is_syllable(head):
            # two syllables glued to each other and to the abbreviation after them (`ĐềnghịUBND`)
            inner = _parted(head, prev, rest) if _shape_ok(head) else None
            if inner is not None:
                return (*inner, rest)
    return None


@lru_cache(maxsize=1 << 16)
def _candidate(word: str) -> bool:
    """Cheap: a run that is no syllable itself but cuts into pieces of syllable shape, or starts with capitals
    and ends in lower case letters (an abbreviation glued to a word)."""
    if legacy.is_syllable(word) or word.lower() in rules().keep:
        return False
    if _splits(word, rules().most_parts):  # (kept: the same cuts `_parted` reads next)
        return True
    i = len(word) - len(word.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ"))
    if i >= 2 and word[i:].islower() and len(word) - i >= 2:
        return True
    # lower case letters then capitals (`uỷUBND`; `ĐềnghịUBND`, a capitalised head)
    j = len(word.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ"))
    return j >= 1 and _shape_ok(word[:j]) and not word[:j].isupper() and len(word) - j >= 2


@cache
def letter_classes() -> tuple[str, str]:
    """The vowel letters (any case, any tone) and the other letters of Vietnamese."""
    vowels = "".join(c for c in VI_LOWER + VI_UPPER if unicodedata.normalize("NFD", c)[0].lower() in "aeiouy")
    return vowels, "".join(c for c in VI_LOWER + VI_UPPER if c not in vowels)


@cache
def _two_vowel_groups() -> re.Pattern[str]:
    """Runs of letters with two groups of vowels parted by a consonant (`đềnghị`, `UBNDtỉnh`): a syllable has one
    group (`nghiêng`, `quốc`, `giữa`), so only such runs can be glued; the regex engine passes over the rest."""
    vowels, consonants = letter_classes()
    capitals, lower = VI_UPPER, VI_LOWER
    letter = f"[{vowels}{consonants}]"
    # tried where a word starts, without backtracking; or capitals then lower case (`HĐNDhuyện`), or lower case then
    # capitals (`uỷUBND`), or a word with four vowel letters in a row (`uỷyêu`: a syllable holds three at most)
    return re.compile(
        rf"\b(?:[{consonants}]*+[{vowels}]++[{consonants}]++[{vowels}]{letter}*+|[{capitals}]{{2,}}+[{lower}]{{2,}}+"
        rf"|[{lower}]++[{capitals}]{{2,}}+|{letter}*?[{vowels}]{{4,}}+{letter}*+)\b"
    )


@cache
def _may_be_glued() -> re.Pattern[str]:
    """A quick test every text with a run `_two_vowel_groups` can find passes: inside a word, a vowel, consonants,
    then a vowel (no syllable holds two groups of vowels), or two capitals before two lower-case letters. A search
    for a class of letters skips ahead in C, so a text with nothing glued is passed over at a fraction of the cost
    of trying the run pattern at every word."""
    return re.compile("|".join(p.pattern for p in _quick_tests()))


@cache
def _quick_tests() -> tuple[re.Pattern[str], ...]:
    """`_may_be_glued`'s branches apart: a pattern that opens with a class of letters is searched by skipping
    ahead in C to a letter of the class, which an alternation of two such patterns is not, so a text with nothing
    glued is passed over at about half the cost. Each opens with one letter of its class, not a repeat of it
    (`[A][A]`, not `[A]{2}`: the engine skips ahead only to a class that opens the pattern), and the third with
    its rarer capitals, the lower-case letter before them looked behind for (a match one letter later, in the
    same word: `_runs` reads the word around it)."""
    vowels, consonants = letter_classes()
    return (
        re.compile(f"[{vowels}][{consonants}]+[{vowels}]"),
        re.compile(f"[{VI_UPPER}][{VI_UPPER}][{VI_LOWER}]{{2}}"),
        re.compile(f"[{VI_UPPER}](?<=[{VI_LOWER}][{VI_UPPER}])[{VI_UPPER}]"),  # lower case glued to an abbreviation (`uỷUBND`)
        re.compile(f"[{vowels}][{vowels}]{{3}}"),  # four vowel letters in a row, more than a syllable holds (`uỷyêu`)
    )


_WORD: Final = re.compile(r"\w+")


def _runs(text: str) -> list[tuple[int, int, str]]:
    """Where `_two_vowel_groups` matches in `text`, in order, as `finditer` gives them. Each match is a whole word
    (letters from one word boundary to the next), and every such word holds a place `_may_be_glued` finds, so
    only the words around those places are tried."""
    if all(quick.search(text) is None for quick in _quick_tests()):
        return []
    runs = _two_vowel_groups()
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for hit in _may_be_glued().finditer(text):
        start = hit.start()
        if start < last_end:
            continue
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        word = _WORD.match(text, start)
        assert word is not None  # the hit opens with a letter
        last_end = word.end()
        if runs.fullmatch(word.group()):
            out.append((start, last_end, word.group()))
    return out


def respace(text: str) -> Respaced | None:
    """`text` with the spaces a copy lost put back, or None when nothing was glued."""
    found = _runs(text)
    if not found:
        return None
    r = rules()
    glued = {w for w in {w for _, _, w in found} if len(w) >= r.shortest and _candidate(w)}
    if not glued:
        return None
    inserted: list[int] = []
    for at, end, word in found:
        if word in glued and _free(text, at, end, r.code_marks):
            pieces = _parted(word, *_words_around(text, at, end))
            for piece in (pieces or ())[:-1]:
                at += len(piece)
                inserted.append(at)
    if not inserted:
        return None
    out, last = [], 0
    for at in inserted:
        out += [text[last:at], " "]
        last = at
    out.append(text[last:])
    return Respaced("".join(out), tuple(inserted))


def spaced(text: str) -> str:
    """`text` with glued syllables parted (itself when none are)."""
    found = respace(text)
    return found.text if found else text


__all__ = ["Respaced", "respace", "rules", "spaced"]
