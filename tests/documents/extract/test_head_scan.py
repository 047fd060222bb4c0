"""The head scan of a whole document (`head_starts`) and its index by first key word (`DocumentUnits._head_index`)
are built by fast paths: the counted heads found from their nouns with `str.find`, the index classifying each place
inline. Each must give exactly what the plain definition gives: `_COUNTED_HEAD.finditer`; the walk of `_Heads`; the
classification one place at a time written below as it stood before."""

from __future__ import annotations

import random
import re
from pathlib import Path

from chidao.documents.extract import assignees, doc_units
from chidao.documents.extract.assignees import OFFICES, head_starts
from chidao.documents.extract.doc_units import DocumentUnits
from tests.fixtures.samples import sample_notice

_CASES = Path(__file__).resolve().parents[1] / "cases"


def _documents() -> list[str]:
    texts = [sample_notice(seq=str(i), items=10 + 10 * i).text() for i in range(1, 4)]
    texts += [p.read_bytes().decode("utf-8", "replace") for p in sorted(_CASES.glob("*.txt"))]
    return texts


def _counted_texts() -> list[str]:
    """Short texts built at random from numbers, blanks, marks and the counted nouns (whole, glued to a letter, cut)."""
    pieces = ["0", "4", "12", "123", "٣", " ", "\t", "  ", ".", ",", "/", "a", "ơ", "\n", "-", "cơ quan", "đơn vị",
              "cơ quan, đơn vị", "cơ quanx", "đơn vịa", "cơ quan,", "đơn", "Cơ quan"]
    rnd = random.Random(13)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(60_000)]


def test_counted_heads_are_those_the_pattern_finds() -> None:
    found = 0
    for text in [*_counted_texts(), *_documents()]:
        plain = [(m.start(), m.group()) for m in assignees._COUNTED_HEAD.finditer(text)]
        assert assignees._counted_heads(text) == plain, text
        found += len(plain)
    assert found > 500


def _plain_head_starts(text: str) -> list[tuple[int, str]]:
    """The walk `head_starts` did: the next head of either kind one character past the last one's start."""
    out = []
    pos = 0
    heads = assignees._Heads(text)
    while (m := heads.search(pos)) is not None:
        start = m.start()
        if not (start and assignees._LETTER.match(text, start - 1)):
            out.append((start, m.group()))
        pos = start + 1
    return out


def test_head_starts_are_the_plain_walks() -> None:
    for text in [*_counted_texts()[:5_000], *_documents()]:
        assert head_starts(text) == _plain_head_starts(text)


def _plain_first_key_word(units: DocumentUnits, start: int, head: str, starts: set[int]) -> str | None:
    text = units._text
    end = start + len(head)
    first = doc_units._HEAD_FIRST_WORDS.get(head)
    if head in OFFICES:
        gap = doc_units._GAP.match(text, end)
        first = doc_units._OFFICE_FIRST_WORDS.get(head) if gap is not None and gap.end() in starts else None
    elif head in ("Các", "các"):
        word = doc_units._NEXT_WORD.match(text, end)
        if word is None or (word.group(1)[:2].lower() in ("bộ", "sở") and len(word.group(1)) > 2):
            return None
        end = word.end()
        keys = units._key(word.group(1)).split()
        first = keys[0] if keys else None
    return first if text[end : end + 1] in doc_units._WORD_BREAKS else None


def _plain_head_index(units: DocumentUnits) -> tuple[list[tuple[int, str]], dict[str, list[tuple[int, str]]]]:
    heads = head_starts(units._text)
    starts = {start for start, _ in heads}
    unknown: list[tuple[int, str]] = []
    by_word: dict[str, list[tuple[int, str]]] = {}
    for place in heads:
        first = _plain_first_key_word(units, *place, starts)
        if first is None:
            unknown.append(place)
        else:
            by_word.setdefault(first, []).append(place)
    return unknown, by_word


def _group_texts() -> list[str]:
    """Texts where `các` and offices stand before many kinds of words (a `Bộ`, a `Sở`, a short `bộ`, a level, a
    mark)."""
    words = ["các", "Các", "Sở", "sở", "Bộ", "bộ", "Bộ,", "huyện", "chủ đầu tư", "Sở Y tế", "Giám đốc", "Chủ tịch",
             "UBND tỉnh", "Phó Chủ tịch", "trưởng", "đồng chí", "xã", "KHĐT", "đơn vị", "(", ",", ".", "\n", "04", "bội", "Sởi", "bộ phận"]
    rnd = random.Random(7)
    return [" ".join(rnd.choice(words) for _ in range(rnd.randint(2, 30))) for _ in range(3_000)]


def test_head_index_is_the_plain_classification() -> None:
    places = 0
    for text in [*_group_texts(), *_documents()]:
        units = DocumentUnits(text)
        assert units._head_index() == _plain_head_index(DocumentUnits(text)), text
        places += len(units._head_starts())
    assert places > 30_000


def test_the_group_word_memo_is_per_document() -> None:
    """The first key word after `các` is kept per document: a second document with the same word reads it afresh
    (and the same answer)."""
    text = "Giao các huyện, các Sở Y tế và các sở ngành triển khai."
    first, second = DocumentUnits(text), DocumentUnits(text)
    assert first._head_index() == second._head_index() == _plain_head_index(DocumentUnits(text))
    assert re.search(r"các", text)
