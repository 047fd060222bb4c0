"""Correction of recognised words with Vietnamese knowledge.

Tesseract's commonest errors on Vietnamese print are tone marks stacked on a circumflex or breve
(`đầu` read `đâu`, `thẩm` read `thâm`, `chuyển` read `chuyên`) and a mark read as another one. Each
word may be re-read as another syllable of the same letters (another tone, or another vowel of its
family: o/ô/ơ, a/ă/â, e/ê, u/ư). A Viterbi pass over each run of words (punctuation ends a run) picks
the reading that best fits: how common a syllable is, how far it is from what the page showed, whether
adjacent syllables form a word of the public word list or of the domain lexicon, and whether the pair
occurs elsewhere in the same document. Uppercase abbreviations one letter away from a known one are
mended (`TIHC` → `TTHC`). Nothing is invented: a word is only replaced by a valid syllable, and every
replacement keeps its original reading and confidence (`Correction`). Tone placement (`hoà`/`hòa`)
follows the page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from chidao.documents.ocr.lexicon import (
    Lexicon,
    is_modern,
    is_syllable,
    key,
    lexicon,
    strip_tone,
    variants,
    with_tone,
)

W_PRIOR = 0.35  # per log-count of the syllable in running text
W_EDIT = 1.0  # per unit of channel cost
W_PAIR = 1.5  # adjacent syllables form a known word (tuned with the clean-text false-change rate)
W_DOC = 1.2  # the pair occurs elsewhere in the document
INVALID = 4.0  # what the page showed is no syllable
MAX_CANDIDATES = 10
ABBREVIATION_CONF = 85.0  # only mend an unknown abbreviation the engine was unsure of
STACKING = "âêôăơư"

_TOKEN = re.compile(r"^(?P<pre>[^\w]*)(?P<core>.*?)(?P<post>[^\w]*)$", re.S)


@dataclass
class Correction:
    index: int  # position of the token in the sequence given
    text: str
    read: str
    conf: float


def _case_like(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _restyle(word: str, modern: bool) -> str:
    base, tone = strip_tone(word)
    return with_tone(base, tone, modern=modern) if tone else word


def channel_cost(read: str, cand: str) -> float:
    """How unlikely it is that the page printed `cand` and the engine read `read` (lower case)."""
    rb, rt = strip_tone(read)
    cb, ct = strip_tone(cand)
    if rb == cb:
        if rt == ct:
            return 0.0
        if not rt:  # a tone mark lost; most often one stacked over a circumflex or breve
            return 0.7 if any(c in STACKING for c in rb) else 1.6
        if not ct:
            return 2.2
        return 1.1 if {rt, ct} <= {"s", "r", "x"} else 1.6
    if rt == "r" and not ct:  # a circumflex or breve read as a hook above
        return 1.2
    return 2.4


def _candidates(core: str, conf: float, lex: Lexicon) -> list[tuple[str, float]]:
    """(lower-case reading, emission score) of each reading considered for a word."""
    low = core.lower()
    scale = 0.6 + 0.4 * min(max(conf, 0.0), 100.0) / 100.0
    if low in lex.common:
        scale += 1.0
    valid = is_syllable(low)
    out = []
    for cand in variants(low):
        score = W_PRIOR * lex.prior(cand) - W_EDIT * channel_cost(low, cand) * scale
        if cand == low and not valid:
            score -= INVALID
        out.append((cand, score))
    out.sort(key=lambda cs: -cs[1])
    keep = out[:MAX_CANDIDATES]
    if low not in (c for c, _ in keep):
        keep.append(next(cs for cs in out if cs[0] == low))
    return keep


def _abbreviation(core: str, conf: float, lex: Lexicon) -> str | None:
    if conf > ABBREVIATION_CONF or not (3 < len(core) <= 6 and core.isalpha() and core.isupper()) or core in lex.abbreviations:
        return None
    if is_syllable(core.lower()):
        return None
    near = [a for a in lex.abbreviations if len(a) == len(core) and sum(x != y for x, y in zip(a, core, strict=True)) == 1]
    return near[0] if len(near) == 1 else None


def normalise_chars(text: str) -> str:
    """Letters Vietnamese never uses, read for ones it does: Icelandic `Ð` for `Đ`; a doubled `Đ` in a
    document symbol (`08/QĐÐ-TTg` → `08/QĐ-TTg`)."""
    text = text.replace("Ð", "Đ").replace("ð", "đ")
    if "/" in text or "-" in text:
        text = re.sub("ĐĐ+", "Đ", text)
    return text


def correct(tokens: list[tuple[str, float]], lex: Lexicon | None = None) -> list[Correction]:
    """Corrections for a document's tokens in reading order (`(text, confidence)` each)."""
    original = tokens
    tokens = [(normalise_chars(t), c) for t, c in tokens]
    fixes = {c.index: c for c in _correct(tokens, lex or lexicon())}
    for i, ((read, conf), (text, _)) in enumerate(zip(original, tokens, strict=True)):
        if i in fixes:
            fixes[i].read = read
        elif text != read:
            fixes[i] = Correction(i, text, read, conf)
    return [fixes[i] for i in sorted(fixes)]


def _correct(tokens: list[tuple[str, float]], lex: Lexicon) -> list[Correction]:
    parts = [_TOKEN.match(t) for t, _ in tokens]
    cores = [m["core"] if m else "" for m in parts]
    styles = [s for s in (is_modern(c) for c in cores if c) if s is not None]
    modern = styles.count(True) > styles.count(False)
    doc_pairs: Counter[tuple[str, str]] = Counter()
    for i in range(len(tokens) - 1):
        m, n = parts[i], parts[i + 1]
        if m and n and not m["post"] and not n["pre"] and cores[i].isalpha() and cores[i + 1].isalpha():
            doc_pairs[(key(cores[i]), key(cores[i + 1]))] += 1

    fixes: list[Correction] = []
    run: list[int] = []

    def flush() -> None:
        if run:
            fixes.extend(_viterbi(run, tokens, cores, lex, doc_pairs, modern))
        run.clear()

    for i, (text, conf) in enumerate(tokens):
        m = parts[i]
        core = cores[i]
        if m is None or not core.isalpha():
            flush()
            continue
        if (abbr := _abbreviation(core, conf, lex)) is not None:
            flush()
            fixes.append(Correction(i, m["pre"] + abbr + m["post"], text, conf))
            continue
        if m["pre"]:
            flush()
        run.append(i)
        if m["post"]:
            flush()
    flush()
    return fixes


def _viterbi(run: list[int], tokens: list[tuple[str, float]], cores: list[str], lex: Lexicon,
             doc_pairs: Counter[tuple[str, str]], modern: bool) -> list[Correction]:
    cands = [_candidates(cores[i], tokens[i][1], lex) for i in run]
    best: list[list[tuple[float, int]]] = [[(s, -1) for _, s in cands[0]]]
    for j in range(1, len(run)):
        orig_pair = (key(cores[run[j - 1]]), key(cores[run[j]]))
        row = []
        for b, eb in cands[j]:
            options = []
            for ia, (a, _) in enumerate(cands[j - 1]):
                pair = (key(a), key(b))
                bonus = W_PAIR * lex.pair_score(a, b)
                seen = doc_pairs.get(pair, 0) - (1 if pair == orig_pair else 0)
                if seen > 0:
                    bonus += W_DOC
                options.append((best[j - 1][ia][0] + bonus + eb, ia))
            row.append(max(options))
        best.append(row)
    k = max(range(len(best[-1])), key=lambda x: best[-1][x][0])
    chosen = []
    for j in range(len(run) - 1, -1, -1):
        chosen.append(cands[j][k][0])
        k = best[j][k][1]
    chosen.reverse()
    out = []
    for i, cand in zip(run, chosen, strict=True):
        core = cores[i]
        if key(cand) == key(core):
            continue
        text, conf = tokens[i]
        m = _TOKEN.match(text)
        assert m is not None
        new = _case_like(_restyle(cand, modern), core)
        out.append(Correction(i, m["pre"] + new + m["post"], text, conf))
    return out
