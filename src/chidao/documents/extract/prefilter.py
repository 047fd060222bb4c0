"""Which texts a regular expression cannot match, known without running it.

`needs(pattern)` reads a compiled pattern's syntax tree and returns the literal strings of which every
match must contain at least one (lower-cased), or None when no such set is known. `may_match(needs,
folded)` then tells in a few substring tests whether running the pattern over a text is worth it:

    >>> rule = needs(re.compile(r"(?<!\\w)(?:vào|trước)\\s+quý\\s+[IV]+", re.IGNORECASE))
    >>> sorted(rule)
    ['quý']
    >>> may_match(rule, Lowered("Hoàn thành trong tháng 6."))
    False

The answer is exact in one direction only: False means the pattern cannot match; True means it may.
Letters whose case-insensitive match in `re` reaches beyond `str.lower` (i, s, Greek and Cyrillic letters
with extra cases) end a literal run, so a `re.IGNORECASE` pattern is never skipped wrongly.
"""

from __future__ import annotations

import re
from functools import cache
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]
from typing import Any

DIGIT = "\\d"  # the requirement "some decimal digit" (`\d`, `[0-9]`)

Needs = frozenset[str]

_UNSAFE = {chr(k) for k in _casefix._EXTRA_CASES} | set("iısſkK")
_DIGITS = set("0123456789")
_ANY_DIGIT = re.compile(r"\d")
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))


class Lowered:
    """A text as `may_match` reads it: lower-cased once, with whether it holds a digit."""

    __slots__ = ("digit", "exact", "low")

    def __init__(self, text: str) -> None:
        self.low = text.lower()
        self.digit = _ANY_DIGIT.search(text) is not None
        self.exact = "\u0130" not in text  # `İ` lowers to two characters: no literal test then


def may_match(required: Needs | None, text: Lowered) -> bool:
    """False only when the pattern whose `needs()` is `required` cannot match the text."""
    if required is None or not text.exact:
        return True
    return any(text.digit if s == DIGIT else s in text.low for s in required)


@cache
def needs(pattern: re.Pattern[str]) -> Needs | None:
    """The strings one of which every match of `pattern` contains, or None when none are known."""
    return _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))


def _score(required: Needs) -> tuple[int, int]:
    """Longer strings and fewer of them filter better; a digit counts as one character."""
    return (min(1 if s == DIGIT else len(s) for s in required), -len(required))


def _sequence(items: list[tuple[Any, Any]]) -> Needs | None:
    options: list[Needs] = []
    run = ""
    for op, av in items:
        ch = _literal(op, av)
        if ch is not None:
            run += ch
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        item = _item(op, av)
        if item is not None:
            options.append(item)
    if run:
        options.append(frozenset({run}))
    return max(options, key=_score) if options else None


def _literal(op: Any, av: Any) -> str | None:
    """The lower-cased character a LITERAL item matches, when matching it is plain `str.lower` equality."""
    if op is not c.LITERAL:
        return None
    ch = chr(av)
    low = ch.lower()
    if len(low) != 1 or ch in _UNSAFE or low in _UNSAFE:
        return None
    return low


def _item(op: Any, av: Any) -> Needs | None:
    if op is c.LITERAL:
        return frozenset({DIGIT}) if chr(av) in _DIGITS else None
    if op is c.IN:
        return _charset(av)
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            required = _sequence(list(branch))
            if required is None:
                return None
            union |= required
        return frozenset(union)
    if op in _REPEATS and av[0] >= 1:
        return _sequence(list(av[2]))
    return None


def _charset(av: list[tuple[Any, Any]]) -> Needs | None:
    """A class of digits needs a digit; a short class of safe letters needs one of them."""
    if all(_is_digit_class(op, v) for op, v in av):
        return frozenset({DIGIT})
    chars = [_literal(op, v) for op, v in av]
    if len(chars) <= 6 and all(ch is not None for ch in chars):
        return frozenset(ch for ch in chars if ch is not None)
    return None


def _is_digit_class(op: Any, v: Any) -> bool:
    if op is c.CATEGORY:
        return v is c.CATEGORY_DIGIT
    if op is c.LITERAL:
        return chr(v) in _DIGITS
    if op is c.RANGE:
        return ord("0") <= v[0] and v[1] <= ord("9")
    return False
