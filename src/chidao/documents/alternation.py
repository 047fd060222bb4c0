"""A list of words as one regex alternation shaped as a trie: `thong\\s+(?:bao|tu)` rather than
`thong\\s+bao|thong\\s+tu`. Python's engine tries the branches of an alternation one after another at every
position it scans; a trie tries one branch per letter. It matches the same strings as the flat alternation,
longest word first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """A non-capturing pattern for `words` (matched as written, each space as `space`), longer words first:
    like `w1|w2|...` sorted longest first, where a word that is the prefix of another is tried after it."""
    return f"(?:{trie_pattern(tuple(space if ch == ' ' else re.escape(ch) for ch in word) for word in words)})"


def as_written(words: Iterable[str]) -> str:
    """`alternation` of words matched exactly as written (a space in a word stands for one space): how the word
    lists of the data files (`data/lead_ins.toml`) become patterns."""
    return alternation(words, space=re.escape(" "))


def either_case(words: Iterable[str]) -> str:
    """An alternation of words whose first letter may be written in either case (`[Kk]hoản`), each otherwise
    as written, tried in the order given."""
    return "(?:" + "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in words) + ")"


def trie_pattern(words: Iterable[tuple[str, ...]], named: bool = False) -> str:
    """Words spelled as sequences of patterns, as one alternation that matches the longest word it can, shaped as a
    trie (`B(?:an(?: Chỉ đạo| QLDA|)|ộ)`) so that the regex engine tries one branch per letter instead of every
    word in turn. `named`: the match's `lastgroup` is `w` and the index of the (first such) word it matched."""
    root: dict[str, Any] = {}
    for i, word in enumerate(words):
        node = root
        for token in word:
            node = node.setdefault(token, {})
        node.setdefault("", f"(?P<w{i}>)" if named else "")  # a word ends here

    def pattern(node: dict[str, Any]) -> str:
        branches = [token + pattern(child) for token, child in sorted(node.items()) if token]
        end = node.get("")
        if not branches:
            return end or ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if end is None:
            return body
        return f"(?:{body}|{end})"  # the longer words first; a branch, cheaper for the engine than `(?:...)?`

    return pattern(root)
