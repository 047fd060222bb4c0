"""Which texts a regular expression cannot match, known without running it.

`needs(pattern)` reads a compiled pattern's syntax tree and returns clauses of literal strings
(lower-cased): every match contains a string of each clause. `may_match(needs, lowered)` then tells in a
few substring tests whether running the pattern over a text is worth it:

    >>> rule = needs(re.compile(r"(?<!\\w)(?:vào|trước)\\s+quý\\s+[IV]+", re.IGNORECASE))
    >>> [sorted(clause) for clause in rule]
    [['quý'], ['trước', 'vào']]
    >>> may_match(rule, Lowered("Hoàn thành trong tháng 6."))
    False

The answer is exact in one direction only: False means the pattern cannot match; True means it may.
Letters whose case-insensitive match in `re` reaches beyond `str.lower` (i, s, Greek and Cyrillic letters
with extra cases) end a literal run, so a `re.IGNORECASE` pattern is never skipped wrongly.

`start_strings(pattern)` tells, from the same tree, the words a match can open with; `TriggerScan` runs
many patterns over a text by one combined scan for their words, each pattern then tried only where its
opening words stand, with the matches `finditer` would give.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import reduce as _reduce
from operator import or_ as _or
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]
from typing import Any, Final, TypeVar

from chidao.documents.alternation import trie_pattern

DIGIT: Final = "\\d"  # the requirement "some decimal digit" (`\d`, `[0-9]`)

Clause = frozenset[str]  # one of these strings is in every match
Needs = tuple[Clause, ...]  # every clause holds for every match

_UNSAFE = {chr(k) for k in _casefix._EXTRA_CASES} | set("iısſkK")
_DIGITS = set("0123456789")
_ANY_DIGIT: Final = re.compile(r"\d")
_ASCII_DIGIT: Final = re.compile(r"[0-9]")
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
_NOT_QUICK_AFTER_START = (*_REPEATS, c.ASSERT, c.ASSERT_NOT)  # after `^`: what makes `re` try more than one position
_MAX_CLAUSES = 4


class Lowered:
    """A text as `may_match` reads it: lower-cased once, with whether it holds a digit."""

    __slots__ = ("digit", "exact", "low")

    def __init__(self, text: str) -> None:
        self.low = text.lower()
        self.digit = _ANY_DIGIT.search(text) is not None
        self.exact = "\u0130" not in text  # `İ` lowers to two characters: no literal test then


def may_match(required: Needs, text: Lowered) -> bool:
    """False only when the pattern whose `needs()` is `required` cannot match the text."""
    if not text.exact:
        return True
    low = text.low
    for clause in required:  # plain loops: this runs for every rule on every sentence
        for s in clause:
            if (text.digit if s == DIGIT else s in low):
                break
        else:
            return False
    return True


def found_alone(pattern: re.Pattern[str]) -> bool:
    """Does `re` find `pattern` quickly by itself, so that a prefilter costs more than it saves? True when
    a match can only start at the text's start (`^` not followed by a repeat: one position is tried) or
    must open with a literal character (`re` then looks for that character before trying a match). A `^` followed
    by a lookaround is not quick: it may read the whole text first (`^(?![^.;]*\\b(chuan bi|bao cao)\\b)…`)."""
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if anchored(pattern):
        return len(items) > 1 and items[1][0] not in _NOT_QUICK_AFTER_START
    return not pattern.flags & re.MULTILINE and bool(items) and items[0][0] is c.LITERAL


def anchored(pattern: re.Pattern[str]) -> bool:
    """Can a match only start at the start of the text (`^...`, not MULTILINE)? Then `search` is `match`."""
    if pattern.flags & re.MULTILINE:
        return False
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    return bool(items) and items[0][0] is c.AT and items[0][1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)


_T = TypeVar("_T")


def _by_identity(fn: Callable[[re.Pattern[str]], _T]) -> Callable[[re.Pattern[str]], _T]:
    """`functools.cache` keyed by the pattern object itself: hashing a compiled pattern hashes its whole
    code, which costs more than the prefilter saves."""

    seen: dict[int, tuple[re.Pattern[str], _T]] = {}

    def memo(pattern: re.Pattern[str]) -> _T:
        hit = seen.get(id(pattern))
        if hit is None or hit[0] is not pattern:
            if len(seen) > 4096:
                seen.clear()
            hit = seen[id(pattern)] = (pattern, fn(pattern))
        return hit[1]

    return functools.update_wrapper(memo, fn)


@_by_identity
def needs(pattern: re.Pattern[str]) -> Needs:
    """Clauses of strings, each of which has a string in every match of `pattern` (the most selective
    first; none when nothing is known)."""
    return _needs(pattern, _UNSAFE)


@_by_identity
def plain_needs(pattern: re.Pattern[str]) -> Needs:
    """`needs` for texts free of the characters `_EXTRA_CASES` lists (and of `İ`): there `i`, `s` and `k`
    match ignoring case as `str.lower` tells, so they may stand in a literal string."""
    return _needs(pattern, frozenset())


def _needs(pattern: re.Pattern[str], unsafe: AbstractSet[str]) -> Needs:
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    clauses = sorted(set(_sequence(items, unsafe)), key=_score, reverse=True)
    return tuple(clauses[:_MAX_CLAUSES])


def _score(clause: Clause) -> tuple[int, int, tuple[str, ...]]:
    """Longer strings and fewer of them filter better; a digit counts as one character."""
    return (min(1 if s == DIGIT else len(s) for s in clause), -len(clause), tuple(sorted(clause)))


def _sequence(items: list[tuple[Any, Any]], unsafe: AbstractSet[str]) -> list[Clause]:
    clauses: list[Clause] = []
    run = ""
    for op, av in items:
        ch = _literal(op, av, unsafe)
        if ch is not None:
            run += ch
            continue
        if run:
            clauses.append(frozenset({run}))
            run = ""
        clauses.extend(_item(op, av, unsafe))
    if run:
        clauses.append(frozenset({run}))
    return clauses


def _literal(op: Any, av: Any, unsafe: AbstractSet[str] = _UNSAFE) -> str | None:
    """The lower-cased character a LITERAL item matches, when matching it is plain `str.lower` equality."""
    if op is not c.LITERAL:
        return None
    ch = chr(av)
    low = ch.lower()
    if len(low) != 1 or ch in unsafe or low in unsafe:
        return None
    return low


def _item(op: Any, av: Any, unsafe: AbstractSet[str]) -> list[Clause]:
    if op is c.LITERAL:
        return [frozenset({DIGIT})] if chr(av) in _DIGITS else []
    if op is c.IN:
        return _charset(av, unsafe)
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]), unsafe)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(list(av), unsafe)
    if op is c.BRANCH:  # each branch's best clause; one of them holds
        union: set[str] = set()
        for branch in av[1]:
            clauses = _sequence(list(branch), unsafe)
            if not clauses:
                return []
            best: Clause = max(clauses, key=_score)
            union.update(best)
        return [frozenset(union)]
    if op in _REPEATS and av[0] >= 1:
        return _sequence(list(av[2]), unsafe)
    return []


def _charset(av: list[tuple[Any, Any]], unsafe: AbstractSet[str]) -> list[Clause]:
    """A class of digits needs a digit; a short class of safe letters needs one of them."""
    if all(_is_digit_class(op, v) for op, v in av):
        return [frozenset({DIGIT})]
    chars = [_literal(op, v, unsafe) for op, v in av]
    if len(chars) <= 6 and all(ch is not None for ch in chars):
        return [frozenset(ch for ch in chars if ch is not None)]
    return []


def _is_digit_class(op: Any, v: Any) -> bool:
    if op is c.CATEGORY:
        return v is c.CATEGORY_DIGIT
    if op is c.LITERAL:
        return chr(v) in _DIGITS
    if op is c.RANGE:
        return ord("0") <= v[0] and v[1] <= ord("9")
    return False


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """What a match of `pattern` can start with, as character-class items (`t`, `\\d`, `a-z`; the pattern's
    flags deciding case), or None when unknown or when the pattern can match the empty string."""
    first, nullable = _first(list(_parser.parse(pattern.pattern, pattern.flags)))
    return None if first is None or nullable else frozenset(first)


_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_CATEGORIES = {
    c.CATEGORY_DIGIT: r"\d",
    c.CATEGORY_NOT_DIGIT: r"\D",
    c.CATEGORY_SPACE: r"\s",
    c.CATEGORY_NOT_SPACE: r"\S",
    c.CATEGORY_WORD: r"\w",
    c.CATEGORY_NOT_WORD: r"\W",
}


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in items:
        starts, nullable = _first_item(op, av)
        if starts is None:
            return None, True
        out |= starts
        if not nullable:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is c.LITERAL:
        return {re.escape(chr(av))}, False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is c.IN:
        items: set[str] = set()
        for o, v in av:
            if o is c.LITERAL:
                items.add(re.escape(chr(v)))
            elif o is c.RANGE:
                items.add(f"{re.escape(chr(v[0]))}-{re.escape(chr(v[1]))}")
            elif o is c.CATEGORY and v in _CATEGORIES:
                items.add(_CATEGORIES[v])
            else:  # NEGATE and the rest
                return None, True
        return items, False
    if op is c.SUBPATTERN:
        if av[1] or av[2]:  # local flags (`(?i:...)`) change what the characters match
            return None, True
        return _first(list(av[-1]))
    if op is c.BRANCH:
        union: set[str] = set()
        nullable = False
        for branch in av[1]:
            starts, empty = _first(list(branch))
            if starts is None:
                return None, True
            union |= starts
            nullable |= empty
        return union, nullable
    if op in _REPEATS:
        starts, empty = _first(list(av[2]))
        return starts, empty or av[0] == 0
    return None, True


@_by_identity
def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead for the characters its matches start with: the same matches, found
    faster where each position would otherwise try a long alternation (`(?<!\\w)(?:trước|chậm nhất|...)`)."""
    first = first_chars(pattern)
    if not first:
        return pattern
    charset = "".join(sorted(first))
    return re.compile(f"(?=[{charset}])(?:{pattern.pattern})", pattern.flags)


class Screen:
    """Several patterns run over many short texts (the deadline rules over each sentence): which of them
    may match a text, each behind its first-character lookahead. A string is tested once per text, and
    only when a pattern's clauses come to it: a pattern whose first clause fails never asks for the rest
    (short strings, slow to look for, are rarely needed)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        originals = list(patterns)
        self.patterns = [with_first_chars(p) for p in originals]
        self.needs = [needs(p) for p in originals]
        strings = sorted({s for n in self.needs for clause in n for s in clause})
        index = {s: k for k, s in enumerate(strings)}
        self._count = len(strings)
        # each clause as (index, string) pairs, the longest string first: found or ruled out fastest
        self._clauses = [
            tuple(tuple((index[s], s) for s in sorted(clause, key=lambda s: (-len(s), s))) for clause in n)
            for n in self.needs
        ]

    def runnable(self, text: str) -> Iterator[tuple[int, re.Pattern[str]]]:
        """(index, pattern) of the patterns that may match `text`, in order."""
        if "\u0130" in text:  # `İ` lowers to two characters: run them all
            yield from enumerate(self.patterns)
            return
        low = text.lower()
        known: list[bool | None] = [None] * self._count  # by string index: in the text?
        for i, clauses in enumerate(self._clauses):
            for clause in clauses:  # plain loops: a generator per pattern costs more than the test
                for k, s in clause:
                    hit = known[k]
                    if hit is None:
                        hit = known[k] = _ANY_DIGIT.search(text) is not None if s == DIGIT else s in low
                    if hit:
                        break
                else:
                    break  # no string of this clause is in the text: the pattern cannot match
            else:
                yield i, self.patterns[i]


AT_START: Final = ""  # in `start_strings`: a match may start at the start of the text (`^`)
_MAX_STARTS = 64  # more start strings than this: keep the shorter prefixes
_MAX_CLASS = 4  # a class of letters opening start strings (`[ẩaâ]`): at most this many
# characters that `re` matches ignoring case beyond what `str.lower` tells (`ı` for `i`, `ſ` for `s`)
_EXTRA_CASES = frozenset(chr(k) for pair in _casefix._EXTRA_CASES.items() for k in (pair[0], *pair[1]) if k > 127)


def start_strings(pattern: re.Pattern[str], digits: bool = False) -> frozenset[str] | None:
    """Lower-cased strings one of which opens every match of `pattern` (`AT_START` for a match that can only
    start at the start of the text; with `digits`, `DIGIT` for a match that may open with a class of digits:
    `\\d{1,2} giờ`), in a text free of the characters `_EXTRA_CASES` lists; None when a match may open with
    something else (a class, a repeat of anything)."""
    starts = _starts(list(_parser.parse(pattern.pattern, pattern.flags)), None, digits)
    return None if starts is None or not starts else frozenset(starts)


def opening_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """For a pattern that matches only at the start of the text (`anchored`): lower-cased strings one of which opens
    the text wherever it matches (the lookarounds after `^` read through: `^(?![^.;]*\\bso\\b)ngay \\d` → `ngay `), in
    a text free of the characters `_EXTRA_CASES` lists; None when the pattern is not anchored or may open with
    something else. Exact for a case-heeding pattern only on a lower-case text (a capital of the pattern is sought
    lowered)."""
    if not anchored(pattern):
        return None
    starts = _starts(list(_parser.parse(pattern.pattern, pattern.flags))[1:], None, False)
    return None if not starts or AT_START in starts else frozenset(starts)


def _starts(items: list[tuple[Any, Any]], follow: set[str] | None, digits: bool) -> set[str] | None:
    """The start strings of `items` followed by something whose start strings are `follow` (None: unknown)."""
    if not items:
        return follow
    (op, av), tail = items[0], items[1:]
    if op is c.AT and av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
        return {AT_START}
    if op in _ZERO_WIDTH:
        return _starts(tail, follow, digits)
    if op is c.LITERAL:
        ch = chr(av).lower()
        if len(ch) != 1:
            return None
        rest = _starts(tail, follow, digits)
        if not rest or AT_START in rest or DIGIT in rest or len(rest) > _MAX_STARTS:
            return {ch}
        return {ch + s for s in rest}
    if op is c.IN and digits and all(_is_digit_class(o, v) for o, v in av):
        return {DIGIT}  # a position holding a digit (`\\d` reads any decimal digit; `[0-9]` fewer)
    if op is c.IN and 1 < len(av) <= _MAX_CLASS and all(o is c.LITERAL and len(chr(v).lower()) == 1 for o, v in av):
        rest = _starts(tail, follow, digits)  # a short class of letters (`kh[ẩaâ]n`): each of them opens a string
        heads = {chr(v).lower() for _, v in av}
        if not rest or AT_START in rest or DIGIT in rest or len(rest) * len(heads) > _MAX_STARTS:
            return heads
        return {ch + s for ch in heads for s in rest}
    # a group, a branch or an optional item before the tail: the tail's strings are found once and follow each of
    # its ways (reading the tail again for each way grows with the product of the branches' counts)
    if op is c.SUBPATTERN and not (av[1] or av[2]):
        return _starts(list(av[-1]), _starts(tail, follow, digits), digits)
    if op is c.BRANCH:
        rest = _starts(tail, follow, digits)
        return _union(_starts(list(branch), rest, digits) for branch in av[1])
    if op in _REPEATS:
        low, high, inner = av[0], av[1], list(av[2])
        rest = _starts(tail, follow, digits) if high == 1 or low == 0 else None
        first = _starts(inner, rest, digits) if high == 1 else _starts(inner, None, digits)
        return first if low >= 1 else _union((first, rest))
    return None


def _union(parts: Iterable[set[str] | None]) -> set[str] | None:
    out: set[str] = set()
    for part in parts:
        if part is None:
            return None
        out |= part
    if len(out) > _MAX_STARTS:
        out = {s if s == DIGIT else s[:1] for s in out}
    return out


# a pattern to try: its index, itself, and the start strings found (none: at the start only; None: in full)
_Step = tuple[int, re.Pattern[str], tuple[str, ...] | None]
# in a plan's start strings: a digit that no word character precedes (for a pattern opening with `(?<!\w)`)
_WORD_DIGIT: Final = "(?<!\\w)\\d"
_WORD_DIGIT_RE: Final = re.compile(r"\d(?<!\w\d)")  # `(?<!\w)\d`, found faster: it opens with the digit


class TriggerScan:
    """Several patterns run over many short texts (the deadline rules over each sentence), each tried only
    where one of its start strings occurs (`pattern.match(text, pos)`; a pattern that may open with a digit, at
    every digit too), with the matches `finditer` gives.

    One combined scan per text finds which of the patterns' words (start strings, and `needs` strings of
    three letters or more) it holds; that answer picks the patterns to try (some only if the text has a
    digit), and the start strings found say where. The patterns that match at the text's start or nowhere are first tried
    together, as one alternation. A pattern without start strings runs as `finditer` when its `needs`
    hold. A text holding a character whose case `str.lower` does not tell (`İ`, `ı`, `ſ` ...) has every
    pattern run in full."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self.starts = [start_strings(p, digits=True) for p in self.patterns]
        self._gates = [tuple(clause for clause in plain_needs(p) if _scannable(clause)) for p in self.patterns]
        self._full = [with_first_chars(p) for p in self.patterns]
        words = {s for gate in self._gates for clause in gate for s in clause} | {
            s for starts in self.starts for s in starts or ()
        }
        words -= {DIGIT, AT_START}
        # Every position that may open a word is read (a match takes one character); the lookbehind looks
        # ahead from there for what stands there: a character of `_EXTRA_CASES`, or the longest word (the
        # shorter ones are its prefixes).
        extra = "".join(sorted(map(re.escape, _EXTRA_CASES)))
        firsts = "".join(sorted(map(re.escape, {w[0] for w in words}))) + extra
        self._scan = re.compile(f"[{firsts}](?<=(?=([{extra}]{'|' + trie_pattern(map(_escaped, words)) if words else ''})).)")
        # What the text holds, as the bits of an int (a plan is kept per such int): each word the scan finds stands
        # for itself and its prefixes (the scan reports the longest word at a position), `AT_START` and `DIGIT` are
        # always held (the start strings of a pattern that may open with a digit), a character of `_EXTRA_CASES`
        # sets the bit that has every pattern run in full, and two bits tell whether the text holds a digit and
        # whether one of the patterns that match at the text's start only matches there. Sets of strings cost
        # more to build, hash and compare than the rest of the plan.
        bits = {w: 1 << k for k, w in enumerate(sorted(words), start=1)} | {AT_START: 1, DIGIT: 1}
        self._extra = 1 << len(bits)
        self._digit = self._extra << 1
        self._opens = self._extra << 2
        self._bits: dict[str, int] = {w: sum(bits[v] for v in words if w.startswith(v)) for w in words}
        self._bits.update(dict.fromkeys(_EXTRA_CASES, self._extra))
        # per pattern: each gate clause as (its words' bits, whether a digit also fulfils it), and the start
        # strings with their bits, sorted (None: none known; (): at the text's start only), and all their bits
        # together (0 when they are None or ()): a pattern none of whose start strings was found is dropped first
        # (a pattern opening with `(?<!\w)` is tried only at the digits no word character precedes)
        self._rules = [
            (
                tuple((sum(bits[s] for s in clause if s != DIGIT), DIGIT in clause) for clause in gate),
                None if starts is None else () if starts == {AT_START} else tuple(
                    (bits[s], _WORD_DIGIT if s == DIGIT and _after_non_word(p) else s) for s in sorted(starts)
                ),
                0 if starts is None or starts == {AT_START} else sum(bits[s] for s in starts),
            )
            for p, gate, starts in zip(self.patterns, self._gates, self.starts, strict=True)
        ]
        self._opening = _alternation([p for p, st in zip(self.patterns, self.starts, strict=True) if st == {AT_START}])
        self._plans: dict[int, tuple[_Step, ...]] = {}

    def forget_plans(self) -> None:
        """Drop the plans kept per set of words found (the throughput benchmark starts every document cold)."""
        self._plans.clear()

    def matches(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(index, match) for every pattern in order, its matches in text order."""
        low = text.lower()
        held = _reduce(_or, map(self._bits.__getitem__, self._scan.findall(low)), 1) if len(low) == len(text) else 0
        if not held or held & self._extra:
            for i, pattern in enumerate(self._full):
                for m in pattern.finditer(text):
                    yield i, m
            return
        if _ASCII_DIGIT.search(text) is not None or (not text.isascii() and _ANY_DIGIT.search(text) is not None):
            held |= self._digit  # (`[0-9]` is found faster than `\d`; any decimal digit counts)
        if self._opening is None or self._opening.match(text) is not None:
            held |= self._opens
        plan = self._plans.get(held)
        if plan is None:
            plan = self._plan(held)
        found: dict[str, list[int]] = {}  # start string -> where it occurs
        spots: dict[tuple[str, ...], list[int]] = {}  # start strings -> where one of them occurs
        for i, pattern, starts in plan:
            if starts is None:
                for m in self._full[i].finditer(text):
                    yield i, m
                continue
            if not starts:  # at the start only (the plan holds it only when one of these patterns matches there)
                hit = pattern.match(text)
                if hit is not None:
                    yield from ((i, m) for m in self._full[i].finditer(text)) if hit.end() == 0 else ((i, hit),)
                continue
            positions = spots.get(starts)
            if positions is None:  # patterns with the same start strings found share their positions
                for s in starts:
                    if s not in found:
                        found[s] = _occurrences(text, low, s)
                if len(starts) == 1:
                    positions = found[starts[0]]
                else:
                    positions = sorted({pos for s in starts for pos in found[s]})
                spots[starts] = positions
            end = 0
            for pos in positions:
                if pos < end:
                    continue
                hit = pattern.match(text, pos)
                if hit is None:
                    continue
                if hit.end() == pos:  # an empty match: `finditer` then retries here; let it
                    yield from ((i, rest) for rest in self._full[i].finditer(text, pos))
                    break
                yield i, hit
                end = hit.end()

    def _plan(self, held: int) -> tuple[_Step, ...]:
        """The patterns to try in a text that holds what the bits of `held` say, each with the start strings
        found there (None: run it in full)."""
        plan: list[_Step] = []
        digit, opens = held & self._digit, held & self._opens
        for i, (gate, starts, opening) in enumerate(self._rules):
            if opening and not opening & held:  # none of its start strings found (the cheapest test first)
                continue
            for words, or_digit in gate:  # a clause none of whose words was found holds only by a digit
                if not words & held and not (or_digit and digit):
                    break
            else:
                if starts is None:
                    plan.append((i, self.patterns[i], None))
                elif not starts:
                    if opens:
                        plan.append((i, self.patterns[i], ()))
                else:
                    found = tuple([s for bit, s in starts if bit & held and (digit or s not in (DIGIT, _WORD_DIGIT))])
                    if found:  # (a pattern opening with a digit or a word, in a text with neither, is left out)
                        plan.append((i, self.patterns[i], found))
        if len(self._plans) > 4096:
            self._plans.clear()
        self._plans[held] = out = tuple(plan)
        return out


def _alternation(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern that matches where one of `patterns` does (their groups made non-capturing), or None when
    they cannot be joined (different flags, back references)."""
    if not patterns or len({p.flags for p in patterns}) > 1 or any("(?P=" in p.pattern for p in patterns):
        return None
    joined = "|".join("(?:" + re.sub(r"\(\?P<\w+>", "(?:", p.pattern) + ")" for p in patterns)
    return re.compile(joined, patterns[0].flags)


def _scannable(clause: Clause) -> bool:
    """Is the clause worth a place in the combined scan (a digit, or words of three letters or more)?"""
    return all(s == DIGIT or len(s) >= 3 for s in clause)


def _escaped(word: str) -> tuple[str, ...]:
    return tuple(map(re.escape, word))


def _after_non_word(pattern: re.Pattern[str]) -> bool:
    r"""Does every match of `pattern` start where no word character precedes (`(?<!\w)…`, `(?<![\w/])…`)?"""
    if pattern.flags & re.ASCII:  # its `\w` is not the one `_WORD_DIGIT_RE` reads
        return False
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if not items or items[0][0] is not c.ASSERT_NOT or items[0][1][0] != -1:
        return False
    behind = list(items[0][1][1])
    return len(behind) == 1 and behind[0][0] is c.IN and (c.CATEGORY, c.CATEGORY_WORD) in behind[0][1]


def _occurrences(text: str, low: str, s: str) -> list[int]:
    """Where the start string `s` stands in the text (`low` is it lower-cased)."""
    if s == AT_START:
        return [0]
    if s == DIGIT:
        return [m.start() for m in _ANY_DIGIT.finditer(text)]
    if s == _WORD_DIGIT:
        return [m.start() for m in _WORD_DIGIT_RE.finditer(text)]
    out: list[int] = []
    at = low.find(s)
    while at >= 0:
        out.append(at)
        at = low.find(s, at + 1)
    return out
