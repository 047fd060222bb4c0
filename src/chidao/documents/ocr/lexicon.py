"""Vietnamese knowledge for the OCR corrector: syllables, tones, the word list and the domain lexicon.

- A syllable is split into onset, rhyme and tone (`split_syllable`); `is_syllable` checks it against the
  closed set described by `data/ocr_syllables.toml` (onsets x rhymes x tones, stop rhymes only sắc/nặng).
- `key()` names a syllable independently of where the tone mark sits, so `hoà` and `hòa` are the same
  word; `with_tone()` writes a tone back in either placement (`modern=True` → `hoà`, else `hòa`).
- `Lexicon` holds the multi-syllable words of a public word list (`data/ocr_words.txt`, from the Viet74K
  list shipped with underthesea, Apache-2.0) and the domain lexicon (`data/ocr_lexicon.toml`: Quốc hiệu,
  document types, units, fixed phrases, abbreviations), as adjacent syllable pairs and syllable counts.

Rebuild the data: `python -m chidao.documents.ocr.lexicon words Viet74K.txt > data/ocr_words.txt` and
`python -m chidao.documents.ocr.lexicon freq test_output.txt > data/ocr_freq.txt` (both lists ship with
underthesea 9.5.0; the second gives syllable and pair counts of running text).
"""

from __future__ import annotations

import itertools
import math
import sys
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

TONE_MARKS = {"\u0300": "f", "\u0301": "s", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
MARK_OF_TONE = {v: k for k, v in TONE_MARKS.items()}
TONES = ("", "f", "s", "r", "x", "j")
VOWELS = "aăâeêioôơuưy"
MARKED_VOWELS = "ăâêôơư"
FAMILIES = ("aăâ", "eê", "oôơ", "uư")


def _data(name: str) -> str:
    return resources.files("chidao.documents.data").joinpath(name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Rules:
    onsets: tuple[str, ...]
    rhymes: frozenset[str]
    stop_finals: tuple[str, ...]


@cache
def rules() -> Rules:
    raw = tomllib.loads(_data("ocr_syllables.toml"))
    onsets = tuple(sorted(raw["onsets"], key=len, reverse=True))
    return Rules(onsets, frozenset(raw["rhymes"]), tuple(raw["stop_finals"]))


def strip_tone(s: str) -> tuple[str, str]:
    """(`s` without its tone mark, tone letter: '' ngang, f huyền, s sắc, r hỏi, x ngã, j nặng)."""
    d = unicodedata.normalize("NFD", s)
    tone = "".join(TONE_MARKS.get(c, "") for c in d)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONE_MARKS))
    return base, tone


@cache
def split_syllable(word: str) -> tuple[str, str, str] | None:
    """(onset, rhyme, tone) of a lower-case syllable, or None when it cannot be one."""
    base, tone = strip_tone(word)
    if len(tone) > 1 or not base.isalpha():
        return None
    r = rules()
    onset = next((o for o in r.onsets if base.startswith(o) and len(base) > len(o)), "")
    rhyme = base[len(onset):]
    if onset == "gi" and rhyme not in r.rhymes and ("i" + rhyme) in r.rhymes:
        rhyme = "i" + rhyme  # gìn, gìa is not: `gi` + `n` reads as g + in
    return onset, rhyme, tone


@cache
def is_syllable(word: str) -> bool:
    parts = split_syllable(word.lower())
    if parts is None:
        return False
    _, rhyme, tone = parts
    r = rules()
    if rhyme not in r.rhymes:
        return False
    return not (rhyme.endswith(r.stop_finals) and tone not in ("s", "j"))


@cache
def key(word: str) -> str:
    """A syllable's identity whatever its tone placement: `hòa`/`hoà`/`HOÀ` → `hoa/f`."""
    base, tone = strip_tone(word.lower())
    return f"{base}/{tone}"


def _tone_index(onset: str, rhyme: str, modern: bool) -> int:
    """Index in `rhyme` of the vowel that carries the tone."""
    vowels = [i for i, c in enumerate(rhyme) if c in VOWELS]
    if not vowels:
        return 0
    marked = [i for i in vowels if rhyme[i] in MARKED_VOWELS]
    if marked:
        return marked[-1]  # ươ → ơ; the only marked vowel otherwise
    closed = vowels[-1] < len(rhyme) - 1
    if closed or len(vowels) == 1:
        return vowels[-1]
    if len(vowels) == 3:
        return vowels[1]
    if modern and rhyme[vowels[0]:vowels[0] + 2] in ("oa", "oe", "uy"):
        return vowels[1]
    return vowels[0]


@cache
def with_tone(base: str, tone: str, modern: bool = False) -> str:
    """Write `tone` onto a toneless lower-case syllable `base`."""
    if not tone:
        return base
    r = rules()
    onset = next((o for o in r.onsets if base.startswith(o) and len(base) > len(o)), "")
    rhyme = base[len(onset):]
    i = _tone_index(onset, rhyme, modern)
    marked = unicodedata.normalize("NFD", rhyme[i]) + MARK_OF_TONE[tone]
    return unicodedata.normalize("NFC", onset + rhyme[:i] + marked + rhyme[i + 1:])


def is_modern(word: str) -> bool | None:
    """Which tone placement a written syllable uses, when it shows (`hoà` True, `hòa` False)."""
    base, tone = strip_tone(word.lower())
    if not tone or base == word.lower():
        return None
    parts = split_syllable(word.lower())
    if parts is None or parts[1] not in ("oa", "oe", "uy"):
        return None
    return word.lower() == with_tone(base, tone, modern=True)


@cache
def variants(word: str) -> tuple[str, ...]:
    """Syllables an OCR engine may have misread as `word` (lower case): the word itself, the same letters
    with another tone, another vowel of the same family (o/ô/ơ, a/ă/â, e/ê, u/ư) with any tone. Only
    valid syllables besides the word itself."""
    base, _ = strip_tone(word)
    bases = [base]
    for i, c in enumerate(base):
        for fam in FAMILIES:
            if c in fam:
                bases += [base[:i] + alt + base[i + 1:] for alt in fam if alt != c]
    out = [word]
    for b in bases:
        for tone in TONES:
            cand = with_tone(b, tone)
            if is_syllable(cand) and key(cand) != key(word) and cand not in out:
                out.append(cand)
    return tuple(out)


@dataclass
class Lexicon:
    """Adjacent syllable pairs of known words and phrases, and how common each syllable is."""

    pairs: set[tuple[str, str]]
    domain_pairs: set[tuple[str, str]]
    counts: Counter[str]
    abbreviations: frozenset[str]
    phrases: tuple[str, ...]
    common: frozenset[str]  # function words and very common syllables: read as printed unless strong evidence
    freq: Counter[str]  # syllable counts in running text
    pair_freq: Counter[tuple[str, str]]  # adjacent pair counts in running text

    def prior(self, word: str) -> float:
        k = key(word)
        return math.log1p(self.freq.get(k, 0) + self.counts.get(k, 0) / 4)

    def pair_score(self, left: str, right: str) -> float:
        k = (key(left), key(right))
        score = 2.5 if k in self.domain_pairs else 1.0 if k in self.pairs else 0.0
        return score + min(1.5, 0.5 * math.log1p(self.pair_freq.get(k, 0)))


def _add_phrase(phrase: str, pairs: set[tuple[str, str]], counts: Counter[str] | None = None) -> None:
    sylls = [s for s in phrase.lower().split() if s.isalpha()]  # syllables, and abbreviations (ttđt)
    if counts is not None:
        counts.update(key(s) for s in set(sylls) if is_syllable(s))
    for a, b in itertools.pairwise(sylls):
        pairs.add((key(a), key(b)))


@cache
def lexicon() -> Lexicon:
    pairs: set[tuple[str, str]] = set()
    counts: Counter[str] = Counter()
    for line in _data("ocr_words.txt").splitlines():
        if line and not line.startswith("#"):
            _add_phrase(line, pairs, counts)
    domain = tomllib.loads(_data("ocr_lexicon.toml"))
    phrases = tuple(p for group in domain["phrases"].values() for p in group)
    domain_pairs: set[tuple[str, str]] = set()
    for p in phrases:
        _add_phrase(p, domain_pairs, counts)
    common = frozenset(domain.get("common_words", []))
    for w in common:
        counts[key(w)] += 400
    abbreviations = frozenset(a for group in domain["abbreviations"].values() for a in group)
    freq: Counter[str] = Counter()
    pair_freq: Counter[tuple[str, str]] = Counter()
    for line in _data("ocr_freq.txt").splitlines():
        if line and not line.startswith("#"):
            entry, n = line.rsplit("\t", 1)
            sylls = entry.split(" ")
            if len(sylls) == 1:
                freq[key(sylls[0])] += int(n)
            else:
                pair_freq[(key(sylls[0]), key(sylls[1]))] += int(n)
    return Lexicon(pairs, domain_pairs, counts, abbreviations, phrases, common, freq, pair_freq)


def build_word_list(lines: list[str]) -> list[str]:
    """The entries of a public word list that are made only of Vietnamese syllables, lower-cased."""
    out = set()
    for line in lines:
        entry = unicodedata.normalize("NFC", line.strip().lower())
        sylls = entry.split()
        if sylls and all(is_syllable(s) for s in sylls):
            out.add(" ".join(sylls))
    return sorted(out)


def build_frequencies(tokens: list[str], min_pair: int = 2) -> list[str]:
    """Counts of syllables and of adjacent syllable pairs in running text (one token per line: a word,
    maybe of several syllables, then tab-separated tags): `syllable<TAB>n` and `a b<TAB>n` lines."""
    sylls: list[str | None] = []
    for line in tokens:
        word = unicodedata.normalize("NFC", line.split("\t")[0].strip().lower())
        if not word:
            sylls.append(None)
            continue
        for s in word.split():
            sylls.append(s if is_syllable(s) else None)
    uni = Counter(s for s in sylls if s)
    bi = Counter((a, b) for a, b in itertools.pairwise(sylls) if a and b)
    out = [f"{s}\t{n}" for s, n in sorted(uni.items())]
    out += [f"{a} {b}\t{n}" for (a, b), n in sorted(bi.items()) if n >= min_pair]
    return out


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as f:
        lines = f.readlines()
    if sys.argv[1] == "words":
        print("# Vietnamese words made of valid syllables, from the Viet74K list shipped with underthesea 9.5.0")
        print("# (Apache-2.0). One entry per line; rebuilt by `python -m chidao.documents.ocr.lexicon words`.")
        print("\n".join(build_word_list(lines)))
    else:
        print("# Syllable and syllable-pair counts of running Vietnamese text: the word-segmented VLSP 2013 test")
        print("# output shipped with underthesea 9.5.0 (Apache-2.0); pairs seen once are left out. Rebuilt by")
        print("# `python -m chidao.documents.ocr.lexicon freq test_output.txt`.")
        print("\n".join(build_frequencies(lines)))
