"""Load `deadline_phrases.toml`: the deadline phrases as compiled rules, with their examples.

The TOML names date tokens (`{date}`, `{month}` ...) whose grammar lives with the parser
(`extract/deadlines.py`, which passes it in as `tokens`) and words (`{before}`, `{gap}` ...) defined in
the file's own `[lexicon]`. A token becomes a named group of the same name (`{number}` becomes `n`), a
lexicon word a non-capturing group. In `not_after` / `not_before`, `@name` stands for the word list
`[guards].name`.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chidao.documents.data import load_toml

PATH = Path(__file__).with_name("deadline_phrases.toml")

KINDS = {"date", "month", "quarter", "half", "year", "relative", "recurring", "asap", "none"}
DUES = {"day", "month_end", "month_part", "quarter_end", "half_end", "year_end", "offset", "none"}
_RULE_KEYS = {
    "name", "kind", "due", "pattern", "scope", "not_after", "not_before", "not_in_clause", "clause_reset", "not_if",
    "relay", "relay_asks", "examples"
}
_CLAUSE_END = re.compile(r"[,;.:()\n]")
_SENTENCE_PART_END = re.compile(r"[;.:()\n]")
_CLAUSE_REACH = 120  # how far back a purpose word, how far on the next clause, is looked for
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_GROUP_NAMES = {"number": "n"}


@dataclass(frozen=True)
class Example:
    text: str
    kind: str
    due: dt.date | None = None
    doc_date: dt.date | None = None


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    due: str
    regex: re.Pattern[str]
    leading: bool = False
    not_after: re.Pattern[str] | None = None
    not_before: re.Pattern[str] | None = None
    # words earlier in the match's own clause (`để dự án sớm được khởi công`) / opening the clause after a match
    # that opens its sentence (`Sau 03 tháng kể từ ngày ký, nếu …`: a condition, not a deadline) that cancel it
    not_in_clause: re.Pattern[str] | None = None
    clause_reset: re.Pattern[str] | None = None
    not_if: re.Pattern[str] | None = None
    # a request the task's own work carries on (`tham mưu Thường trực HĐND đề nghị UBND Thành phố sớm …`): words of
    # that work, then the request words after them, in the match's sentence part
    relay: re.Pattern[str] | None = None
    relay_asks: re.Pattern[str] | None = None
    examples: tuple[Example, ...] = field(default=())
    # the characters a `not_after` word ends with, a `not_before` word starts with: a cheap first test
    after_last: re.Pattern[str] | None = None
    before_first: re.Pattern[str] | None = None

    def cancelled(self, text: str, start: int, end: int) -> bool:
        """True when a guard word sits right before or right after the match."""
        if self.not_after and self.after_last:
            before = text[max(0, start - 40) : start]
            last = before.rstrip()[-1:]  # a guard word ends there, only spaces after it
            if last and self.after_last.match(last) and self.not_after.search(before):
                return True
        if self.not_before and self.before_first:
            after = text[end : end + 40]
            first = after.lstrip()[:1]
            if first and self.before_first.match(first) and self.not_before.match(after):
                return True
        if self.not_in_clause and self._in_clause(text[max(0, start - _CLAUSE_REACH) : start]):
            return True
        if self.relay_asks and self._relayed(text[max(0, start - _CLAUSE_REACH) : start]):
            return True
        if self.not_if and self._opens_part(text[max(0, start - _CLAUSE_REACH) : start]):
            after = text[end : end + _CLAUSE_REACH]
            stop = _CLAUSE_END.search(after)
            if stop is not None and stop.group() == "," and self.not_if.match(after, stop.end()):
                return True
        return False

    @staticmethod
    def _opens_part(before: str) -> bool:
        """Nothing but a bullet stands between the sentence part's start and the match."""
        ends = list(_SENTENCE_PART_END.finditer(before))
        return not (before[ends[-1].end() :] if ends else before).strip(" \t-–+*")

    def _in_clause(self, before: str) -> bool:
        """A `not_in_clause` word in the sentence part before the match (commas of a list do not end it; the first
        comma ends a purpose that opens the sentence), with no
        `clause_reset` word after it (`Để bảo đảm tiến độ, đề nghị Sở X sớm …`), the match not opening a part of
        its own after a comma (`…, sớm chi trả …`)."""
        ends = list(_SENTENCE_PART_END.finditer(before))
        part = before[ends[-1].end() :] if ends else before
        if part.rstrip().endswith(",") or self.not_in_clause is None:
            return False
        found = list(self.not_in_clause.finditer(part))
        if not found:
            return False
        last = found[-1]
        if not part[: last.start()].strip(" \t-–+*") and "," in part[last.end() :]:
            return False  # `Để kịp thời vụ, UBND các xã sớm …`: a purpose opening the sentence ends at its comma
        return not (self.clause_reset and self.clause_reset.search(part, last.end()))

    def _relayed(self, before: str) -> bool:
        """A `relay_asks` word after a `relay` word in the sentence part before the match, with no `clause_reset` word
        after the request (`có ý kiến với Sở, ngành đề nghị sớm tham mưu …`): the pace the task's work asks of the
        body it requests, not the task's own."""
        ends = list(_SENTENCE_PART_END.finditer(before))
        part = before[ends[-1].end() :] if ends else before
        asks = list(self.relay_asks.finditer(part)) if self.relay_asks else []
        if not asks or self.relay is None or self.relay.search(part[: asks[-1].start()]) is None:
            return False
        return not (self.clause_reset and self.clause_reset.search(part[asks[-1].end() :]))


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    numbers: Mapping[str, int]


def load(tokens: Mapping[str, str], path: Path = PATH) -> RuleSet:
    """Read and compile the rules; `tokens` maps a token name to its regex (without a group). `path`: another
    file of rules (tests pass a broken one); the package's own is read by the shared loader."""
    data = load_toml(PATH.name) if path == PATH else tomllib.loads(path.read_text(encoding="utf-8"))
    return _compile(data, tokens)


def read_numbers() -> dict[str, int]:
    """The `[numbers]` table (number words of relative periods), for building the `{number}` token."""
    return {k: int(v) for k, v in load_toml(PATH.name).get("numbers", {}).items()}


def _compile(data: dict[str, Any], tokens: Mapping[str, str]) -> RuleSet:
    lexicon: dict[str, str] = data.get("lexicon", {})
    # (`@relayed_by`: the words of relaying work that `[assign] relayed_by` of task_verbs.toml keeps, one list for
    # who is asked and for whose pace `sớm` is)
    guards: dict[str, list[str]] = {**data.get("guards", {}), "relayed_by": _relayed_by()}
    numbers = {k: int(v) for k, v in data.get("numbers", {}).items()}
    rules = []
    for raw in data.get("rule", []):
        unknown = set(raw) - _RULE_KEYS
        if unknown:
            raise ValueError(f"deadline rule {raw.get('name')!r}: unknown keys {sorted(unknown)}")
        kind = raw["kind"]
        due = raw.get("due", "none")
        if kind not in KINDS or due not in DUES:
            raise ValueError(f"deadline rule {raw['name']!r}: bad kind {kind!r} or due {due!r}")
        pattern = _expand(raw["pattern"], lexicon, tokens)
        if raw.get("scope") == "leading":
            pattern = r"^\s*(?:" + pattern + ")"
        after, before = _words(raw.get("not_after"), guards), _words(raw.get("not_before"), guards)
        in_clause, condition = _words(raw.get("not_in_clause"), guards), _words(raw.get("not_if"), guards)
        rules.append(
            Rule(
                name=raw["name"],
                kind=kind,
                due=due,
                regex=re.compile(pattern, re.IGNORECASE),
                leading=raw.get("scope") == "leading",
                not_after=_guard(after, after=True),
                not_before=_guard(before, after=False),
                not_in_clause=_guard(in_clause, after=None),
                clause_reset=_guard(_words(raw.get("clause_reset"), guards), after=None),
                not_if=_guard(condition, after=False),
                relay=_guard(_words(raw.get("relay"), guards), after=None),
                relay_asks=_guard(_words(raw.get("relay_asks"), guards), after=None),
                examples=tuple(_example(e) for e in raw.get("examples", [])),
                after_last=_edge(w.strip()[-1] for w in after),
                before_first=_edge(w.strip()[0] for w in before),
            )
        )
    return RuleSet(rules=tuple(rules), numbers=numbers)


def _relayed_by() -> list[str]:
    """`relayed_by` of `[assign]` (task_verbs.toml): words of the subject's own work that carry a request on."""
    return list(load_toml("task_verbs.toml")["assign"].get("relayed_by", []))


def _expand(pattern: str, lexicon: Mapping[str, str], tokens: Mapping[str, str]) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in tokens:
            return f"(?P<{_GROUP_NAMES.get(name, name)}>{tokens[name]})"
        if name in lexicon:  # a word may name other words (`{label}` inside `{before}`)
            return f"(?:{_expand(lexicon[name], lexicon, tokens)})"
        raise ValueError(f"deadline pattern: unknown placeholder {{{name}}}")

    return _PLACEHOLDER.sub(sub, pattern)


def _words(words: list[str] | None, guards: Mapping[str, list[str]]) -> list[str]:
    """The guard words, with `@name` replaced by the list `[guards].name`."""
    out: list[str] = []
    for word in words or []:
        if word.startswith("@"):
            if word[1:] not in guards:
                raise ValueError(f"deadline guard list {word!r} is not defined in [guards]")
            out.extend(guards[word[1:]])
        else:
            out.append(word)
    return out


def _guard(words: list[str], after: bool | None) -> re.Pattern[str] | None:
    """`after`: the words end right before the match; False: they start right after it; None: anywhere."""
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    if after is None:
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    if after:  # the words end right before the match
        return re.compile(rf"(?<!\w)(?:{alternatives})\s*$", re.IGNORECASE)
    return re.compile(rf"\s*(?:{alternatives})(?!\w)", re.IGNORECASE)


def _edge(chars: Iterable[str]) -> re.Pattern[str] | None:
    """One character of `chars`, ignoring case as the guards do."""
    found = sorted(set(chars))
    return re.compile("[" + "".join(map(re.escape, found)) + "]", re.IGNORECASE) if found else None


def _example(raw: dict[str, Any]) -> Example:
    def day(value: Any) -> dt.date | None:
        if value in (None, ""):
            return None
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))

    return Example(
        text=raw["text"], kind=raw["kind"], due=day(raw.get("due")), doc_date=day(raw.get("doc_date"))
    )
