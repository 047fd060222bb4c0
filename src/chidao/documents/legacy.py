"""Vietnamese text typed in the pre-Unicode font encodings TCVN3 (ABC, `.VnTime`) and VNI-Windows.

Such text reaches us as Latin-1 look-alikes: `Th«ng b¸o` (TCVN3) or `Thoâng baùo` (VNI) for `Thông báo`.
Where the font is known (a .docx run in `.VnTime` or `VNI-Times`) the run is converted with `decode()`.
Where it is not (a .txt file, a PDF text layer) `convert_text()` looks for strong evidence paragraph by
paragraph: a paragraph is converted only when decoding turns words that are not Vietnamese syllables into
words that are, and never when it already holds letters that only Unicode has (`ơ`, `ư`, `ạ` ...).

The tables are data (`data/legacy_tcvn3.csv`, `data/legacy_vni.csv`: letter, code bytes in hex, an example
word). TCVN3 has no upper-case accented letters; `.Vn…H` fonts draw the lower-case codes as capitals, so
their runs are upper-cased after decoding.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final, Literal

LegacyEncoding = Literal["tcvn3", "vni"]
ENCODINGS: tuple[LegacyEncoding, ...] = ("tcvn3", "vni")

# Letters that only Unicode text has: their presence proves a paragraph is not legacy-encoded.
_UNICODE_ONLY_SET = "\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9"
_UNICODE_ONLY: Final = re.compile(f"[{_UNICODE_ONLY_SET}]")
# Characters a legacy paragraph must contain (the tables' codes are all in this range).
_LEGACY_RANGE: Final = re.compile("[\u00a1-\u00ff]")
# A line with such a character and no Unicode-only letter (a candidate paragraph), found by one scan of the text.
_CANDIDATE_LINE = re.compile(f"^[^\n{_UNICODE_ONLY_SET}\u00a1-\u00ff]*[\u00a1-\u00ff][^\n{_UNICODE_ONLY_SET}]*$", re.M)
_TOKEN = re.compile(r"[^\s.,;:!?()\[\]{}\"'/\\\-–—…*+=<>|0-9]+")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"\S+")
_CODE_LIKE = re.compile(r"[0-9/]")  # `15/TB-UBND`: a code, whose capitals say nothing about the line
_PUNCTUATION = ".,;:!?()[]\"'…-–"
_TONE_MARKS: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")

# A Vietnamese syllable, folded (no diacritics, đ → d): onset, vowel cluster, coda.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?"
    r"(?:uye|uya|uyu|ieu|yeu|oai|oay|oeo|uay|uoi|uou|"
    r"ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ya|ye|[aeiouy])"
    r"(?:ch|ng|nh|[cmnpt])?"
)


@dataclass(frozen=True)
class Table:
    """One encoding: code string → Unicode letter, and the regex that finds codes in text."""

    name: LegacyEncoding
    to_unicode: dict[str, str]
    pattern: re.Pattern[str]

    def decode(self, text: str) -> str:
        return self.pattern.sub(lambda m: self.to_unicode[m.group(0)], text)


@cache
def table(name: LegacyEncoding) -> Table:
    """The decoding table of an encoding, loaded once from its CSV."""
    mapping = {code: letter for letter, code, _ in table_rows(name)}
    codes = sorted(mapping, key=len, reverse=True)  # VNI: base+mark before a lone mark
    return Table(name, mapping, re.compile("|".join(re.escape(c) for c in codes)))


@cache
def table_rows(name: LegacyEncoding) -> tuple[tuple[str, str, str], ...]:
    """(letter, code as Latin-1 text, example word) rows of `data/legacy_<name>.csv`."""
    path = resources.files("chidao.documents.data") / f"legacy_{name}.csv"
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    return tuple(
        (row["letter"], bytes.fromhex(row["code"]).decode("latin-1"), row["example"]) for row in rows
    )


def decode(text: str, encoding: LegacyEncoding, upper: bool = False) -> str:
    """Convert text known to be in `encoding` (e.g. a run in a `.VnTime` font); `upper` for `.Vn…H` fonts."""
    text = _unsymbol(text)
    out = table(encoding).decode(text)
    if upper:
        return out.upper()
    return restore_capitals(text, out) if encoding == "tcvn3" else out


def encode(text: str, encoding: LegacyEncoding) -> str:
    """Unicode → the Latin-1 look-alike string a legacy font would store (for tests and fixtures).

    TCVN3 has no capital accented letters: they are written with the lower-case code, as `.Vn…H` fonts do.
    """
    reverse = {letter: code for letter, code, _ in table_rows(encoding)}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = reverse.get(ch)
        if code is None and encoding == "tcvn3" and ch.lower() != ch:
            code = reverse.get(ch.lower())
        out.append(code if code is not None else ch)
    return "".join(out)


def font_encoding(font: str | None) -> tuple[LegacyEncoding, bool] | None:
    """`.VnTime` → (tcvn3, False), `.VnTimeH` → (tcvn3, True), `VNI-Times` → (vni, False), else None."""
    if not font:
        return None
    name = font.strip()
    if name.startswith(".Vn") or name.startswith(".vn"):
        base = re.sub(r"(?i)[\s,-]*(bold|italic|narrow)?$", "", name) or name
        return ("tcvn3", base.endswith("H"))
    if name.upper().startswith("VNI-"):
        return ("vni", False)
    return None


def _unsymbol(text: str) -> str:
    """Word may store symbol-font characters in U+F020–U+F0FF; map them back to their byte value."""
    if not any("\uf020" <= ch <= "\uf0ff" for ch in text):
        return text
    return "".join(chr(ord(ch) - 0xF000) if "\uf020" <= ch <= "\uf0ff" else ch for ch in text)


# the most letters a syllable of `_SYLLABLE`'s shape has (onset `ngh`, nucleus `uye`, coda `ng`), marks not counted
SYLLABLE_MOST: Final = 8


def is_syllable(word: str) -> bool:
    """Whether `word` (one token, any case) has the shape of a Vietnamese syllable with at most one tone."""
    if len(word) > SYLLABLE_MOST and letters(word) > SYLLABLE_MOST:
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONE_MARKS for ch in decomposed) > 1:
        return False
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")
    return _SYLLABLE.fullmatch(folded) is not None


def letters(word: str) -> int:
    """How many characters of `word` are not combining marks: what a syllable's length is counted in."""
    return sum(1 for ch in word if not unicodedata.combining(ch))


@dataclass
class _Evidence:
    """What decoding one paragraph does to its words."""

    changed: int = 0
    valid_before: int = 0
    valid_after: int = 0

    @property
    def gain(self) -> int:
        return self.valid_after - self.valid_before

    @property
    def strong(self) -> bool:
        return self.changed > 0 and self.gain >= 1 and self.valid_after >= 0.75 * self.changed


def _evidence(paragraph: str, tab: Table) -> _Evidence:
    ev = _Evidence()
    for token in _TOKEN.findall(paragraph):
        decoded = tab.decode(token)
        if decoded == token:
            continue
        ev.changed += 1
        ev.valid_before += is_syllable(token)
        ev.valid_after += is_syllable(decoded)
    return ev


def restore_capitals(original: str, decoded: str) -> str:
    """TCVN3 has no accented capitals: typed in a `.VnTime` font (or with the `.Vn…H` font lost), `BỘ TRƯỞNG`
    comes out as `Bộ TRưởNG`. The Latin capitals typed around the codes say how it was meant:
    - a line whose words (codes and numbers aside) have only capital Latin letters, at least three, is upper case;
    - otherwise a decoded word is upper case when its Latin letters are all capitals and there are two or more
      (`TRưởNG`), or one (`Bộ`) next to such a word typed with codes that is a Vietnamese syllable
      (`KT. Bộ TRƯỞNG`, but not the `Sở` of `Sở KH&ĐT` or the `Bộ` of `Các Bộ: CA, TC`) and no capitalised
      mixed-case word beside it (`TRƯỞNG Lê Công`; `NHIỆM VỤ cho` is upper case), or one after a code
      (`ủY` → `ỦY`)."""
    if len(original) != len(decoded):  # not a 1:1 table: leave as decoded
        return decoded
    words = list(_WORD.finditer(original))
    plain = [w.group(0) for w in words if not _CODE_LIKE.search(w.group(0))]
    letters = [ch for word in plain for ch in _ASCII_LETTERS.findall(word)]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        return decoded.upper()
    capitals = [_capitals(w.group(0)) for w in words]
    changed = [original[w.start() : w.end()] != decoded[w.start() : w.end()] for w in words]
    # a neighbour that vouches for a one-capital word: typed with codes (not `CA`, `UBND`) and a syllable
    vouches = [
        changed[k] and capitals[k] >= 2 and is_syllable(decoded[w.start() : w.end()].strip(_PUNCTUATION))
        for k, w in enumerate(words)
    ]
    out = decoded
    for i, w in enumerate(words):
        if not changed[i]:
            continue
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(words)]
        beside = any(vouches[j] for j in neighbours) and not any(
            capitals[j] < 0 and decoded[words[j].start()].isupper() for j in neighbours
        )  # `TRƯỞNG Lê Công`: a capitalised mixed-case neighbour is a name; `NHIỆM VỤ cho` stays upper
        inner = capitals[i] == 1 and not original[w.start()].isascii()  # `ñY`: a capital after the code
        if capitals[i] >= 2 or (capitals[i] == 1 and beside) or inner:
            out = out[: w.start()] + out[w.start() : w.end()].upper() + out[w.end() :]
    return out


def _capitals(word: str) -> int:
    """How many Latin capitals a word has, or -1 when it has a Latin lower-case letter too."""
    letters = _ASCII_LETTERS.findall(word)
    return -1 if any(ch.islower() for ch in letters) else len(letters)


def convert_text(text: str) -> tuple[str, LegacyEncoding | None]:
    """Convert the legacy-encoded paragraphs of `text` (lines split on "\\n"); Unicode lines stay as they are.

    Returns the text and the encoding applied (None when nothing was converted). Line count is preserved.
    """
    if not _LEGACY_RANGE.search(text):
        return text, None
    if not _CANDIDATE_LINE.search(text):  # every line with such a character is Unicode: the usual case, one scan
        return text, None
    lines = text.split("\n")
    candidates: list[int] = []
    unicode_lines = 0
    for i, line in enumerate(lines):  # one pass; Unicode text stops each search at its first such letter
        if _UNICODE_ONLY.search(line):
            unicode_lines += 1
        elif _LEGACY_RANGE.search(line):
            candidates.append(i)
    best: tuple[int, LegacyEncoding, dict[int, _Evidence]] | None = None
    for name in ENCODINGS:
        tab = table(name)
        per_line = {i: _evidence(_unsymbol(lines[i]), tab) for i in candidates}
        gain = sum(ev.gain for ev in per_line.values())
        strong = sum(ev.strong for ev in per_line.values())
        if gain >= 3 and strong >= 1 and (best is None or gain > best[0]):
            best = (gain, name, per_line)
    if best is None:
        return text, None
    _, name, per_line = best
    tab = table(name)
    mostly_legacy = sum(ev.strong for ev in per_line.values()) > unicode_lines
    converted = False
    for i, ev in per_line.items():
        if ev.changed == 0:
            continue
        if ev.strong or (mostly_legacy and ev.valid_after >= ev.valid_before):
            line = _unsymbol(lines[i])
            decoded = tab.decode(line)
            lines[i] = restore_capitals(line, decoded) if name == "tcvn3" else decoded
            converted = True
    return ("\n".join(lines), name) if converted else (text, None)
