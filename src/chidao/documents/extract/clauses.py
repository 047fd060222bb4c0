"""One sentence or clause of a body paragraph, and who it assigns work to.

`clauses(text)` cuts a paragraph into sentences (and `;`-clauses that open with a new unit);
`assignment(text)` finds the addressee of one clause: `giao X`, `yêu cầu X`, `đề nghị X`, or X as the subject
of an action (`X chủ trì, phối hợp với Y ...`), with the units after `phối hợp` as coordinators.
`excluded(text)` tells the sentences that are never tasks (approvals, conditions, closing formulas).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Final

from chidao.documents.alternation import alternation, as_written, either_case
from chidao.documents.data import load_toml
from chidao.documents.extract.assignees import (
    NOUN_COMPOUNDS,
    ROLE_BESIDE_NAME,
    UnitMention,
    _opens_predicate,
    _predicates,
    find_units,
    narrowed,
    opens_title_verb,
    past_scope,
    read_bare_group,
    read_party,
    read_unit,
    read_units,
)
from chidao.documents.extract.prefilter import (
    DIGIT,
    anchored,
    needs,
    opening_strings,
    plain_needs,
    with_first_chars,
)
from chidao.documents.text import VI_LOWER, VI_UPPER, FoldedText, fold

# (not a number a time word counts, ending its sentence: `tháng 10.`, `[time_numbers]` of data/clause_words.toml)
_NOT_COUNTED = "".join(f"(?<!{re.escape(w)} )" for w in load_toml("clause_words.toml")["time_numbers"]["words"])
_ABBREV_DOT = re.compile(
    rf"(?:\b(?:TP|Tp|TX|Q|P|TT|Th|St|v\.v|NĐ|Đ/c|ThS|TS|PGS|GS)|(?:^|[\s(]){_NOT_COUNTED}\d{{1,2}}(?:\.\d{{1,2}})*)\.$"
)
# a sentence ends at `.`, `!` or `?` (a match opens with it, so `re` looks for that character first) and
# the spaces after it, before a capital letter, a quote or a bracket; or at an ellipsis a news copy ends a sentence
# with before the next (`… giải phóng mặt bằng… Sở Xây dựng được giao …`)
_SENTENCE_END: Final = re.compile(rf"[.!?…](?:[\"”)]*\s+(?=[{VI_UPPER}“\"(])|(?<=\.)(?=[{VI_UPPER}][a-zà-ỹ]))")
_STOPS: Final = (".", "!", "?", "…")  # every match of `_SENTENCE_END` opens with one of these
_SEMICOLON: Final = re.compile(r";\s+")
_WORDS = load_toml("clause_words.toml")  # data/clause_words.toml
# a linking adverb opening a sentence (`Đồng thời, ...`): `[adverbial]`; its words may be glued together, as a web
# copy that drops spaces prints them (`Thờigian tới, ...`)
_ADVERBIAL_WORDS = alternation(_WORDS["adverbial"]["words"], space="[ ]{0,2}")
_ADVERBIAL: Final = re.compile(rf"{_ADVERBIAL_WORDS}\s*,?\s*", re.I)
# the opening of an introductory phrase (`Căn cứ ...,`): `[introductory]`
_INTRODUCTORY = re.compile(rf"{as_written(_WORDS['introductory']['words'])}\b")
# ... in either case, where a clause opens after a `;` (`…; từ ngày 5 đến ngày 10 hằng tháng, Phòng X kiểm tra …`)
_INTRODUCTORY_ANY: Final = re.compile(rf"{either_case(_WORDS['introductory']['words'])}\b")
# a topic naming the work ahead and, after `là`, who is to do it (`Nhiệm vụ trọng tâm trong tháng 12 là các phòng,
# ban liên quan, UBND các phường cần tập trung …`): `[copula_subject]`
_COPULA: Final = re.compile(
    rf"{either_case(_WORDS['copula_subject']['topics'])}\b[^.;:]{{0,{_WORDS['copula_subject']['reach']}}}?\slà\s+"
)
# (or glued to a capital, as a web copy that drops the space after it prints it: `Trong tháng 1 năm 2026,Sở X …`)
_COMMA: Final = re.compile(rf",(?:\s+|(?=[{VI_UPPER}]))")
# a whole date right after a unit's name (`… Ủy ban nhân dân ngày 03 tháng 12 năm 2004;`): `[dated_issuer]`
_DATED = re.compile(
    rf" (?:{as_written(_WORDS['dated_issuer']['words'])}) "
    r"(?:\d{1,2}(?: tháng |[/.-])\d{1,2}(?: năm |[/.-]))?(?:19|20)\d\d\b"
)
_COLON: Final = re.compile(r":\s+")
_LABEL_COLON: Final = re.compile(r"\s*:\s*")
_FOR = re.compile(r"(?:cho\s+)?")
# `yêu cầu X và đề nghị Y <work>`: a second addressee asked the same work (`chained` of `[assign]`)
# `Giao Giám đốc: Sở A, Sở B …`: an office before a colon and the bodies it heads, each then named by its holder
# (`Giám đốc Sở A`); the offices of `[offices]` in data/unit_heads.toml that open with a capital
_OFFICE_COLON: Final = re.compile(
    rf"(?:{as_written([w for w in load_toml('unit_heads.toml')['offices']['words'] if w[:1].isupper() and ' ' in w])})"
    r"\s*:\s+(?=[A-ZĐ])"
)
_CHAINED: Final = re.compile(rf"\s*,?\s*{as_written(load_toml('task_verbs.toml')['assign']['chained'])}\s+")
# papers forwarded to a unit (`chuyển ... để Sở X xử lý`, `Chuyển Sở X ...`): `[forwarded]`
_FORWARD_VERB: Final[str] = _WORDS["forwarded"]["verb"]
_FORWARD_SO_THAT: str = _WORDS["forwarded"]["so_that"]
_FORWARD = re.compile(rf"\b{re.escape(_FORWARD_VERB)}\b(?!\s+{as_written(_WORDS['forwarded']['compounds'])}\b)")
_FORWARD_TO: Final = re.compile(rf"\s*{re.escape(_FORWARD_VERB[:1].upper() + _FORWARD_VERB[1:])}\s+")
_SO_THAT = re.compile(rf"\b{re.escape(_FORWARD_SO_THAT)}\s+")
# ... the papers sent on `to` the unit, `so_that` its work after it (`chuyển ... đến Sở X để xử lý`)
_FORWARD_TO_UNIT = re.compile(rf"\b{as_written(_WORDS['forwarded']['to'])}\s+")
_THEN_SO_THAT = re.compile(rf"\s*{re.escape(_FORWARD_SO_THAT)}\s+")
# a unit's field of work after its name (`trong công tác ...`): `fields` of `[judged]`, and the words they open with
_IN_THE_WORK = re.compile(rf"{as_written(_WORDS['judged']['fields'])} ")
_IN_THE_WORK_OPENS: Final = tuple({f"{w.split()[0]} " for w in _WORDS["judged"]["fields"]})
_CLAUSE_END = re.compile(r"[:;.]")
# words that judge how a unit's work went: `[judged]`
_JUDGED = re.compile(rf"(?<![\wÀ-ỹ]){as_written(_WORDS['judged']['words'])}(?![\wÀ-ỹ])")
_HELPING_WORDS = load_toml("lead_ins.toml")["helping"]
# `phối hợp chặt chẽ với`: one of `verbs`, optionally `manner`, optionally `link` (`[helping]` of data/lead_ins.toml)
HELPER_WORDS = (
    rf"{as_written(_HELPING_WORDS['verbs'])}(?:\s+{re.escape(_HELPING_WORDS['manner'])})?"
    rf"(?:\s+{re.escape(_HELPING_WORDS['link'])})?"
)
# the words before a unit's helpers: the helper words, or `together` (`cùng với`, `cùng các ...`) of `[helping]`
# ... the clause reader's helper words are read capitalised too, where an item opens with them (`- Phối hợp với Sở
# Nội vụ rà soát ...` under `Giao Sở Y tế:`)
_TOGETHER = either_case([_HELPING_WORDS["together"]])
# (`chủ trì cùng Sở X`: the lead, then those with it, also help)
_COORD: Final = re.compile(
    rf"{either_case(_HELPING_WORDS['verbs'])}(?:\s+{re.escape(_HELPING_WORDS['manner'])})?"
    rf"(?:\s+{re.escape(_HELPING_WORDS['link'])})?\s+"
    rf"(?:{re.escape(_HELPING_WORDS['force'])}\s+(?=[{VI_UPPER}]))?"
    rf"|{_TOGETHER}\s+{re.escape(_HELPING_WORDS['link'])}\s+"
    rf"|{_TOGETHER}\s+(?={re.escape(_HELPING_WORDS['together_before'])}\s)"
    rf"|{re.escape(_HELPING_WORDS['lead'])}\s+{_TOGETHER}\s+"
)
# every match of `_COORD` opens with one of these, in either case
_COORD_OPENERS: Final = tuple(
    w
    for v in (*_HELPING_WORDS["verbs"], _HELPING_WORDS["together"], _HELPING_WORDS["lead"])
    for w in (v, v[:1].upper() + v[1:])
)
# words after a unit's name that start no work of its own: `[not_predicate]`
_NOT_PREDICATE = tuple(_WORDS["not_predicate"]["words"])
# ... and those that start work all the same: `[work_all_the_same]`
_VALID_COMPOUNDS = tuple(_WORDS["work_all_the_same"]["compounds"])
_VALID_HAVE = tuple(_WORDS["work_all_the_same"]["have"])
_TOLD: Final = tuple(_WORDS["work_all_the_same"]["told"])
# `được giao <verb of work>`: the work handed to the unit
_HANDED: Final = tuple(f"{w} " for w in _WORDS["work_all_the_same"]["handed"])
# adverbs that only add to what follows them (`cũng`): see through them to the predicate
_SEE_THROUGH: Final = tuple(f"{w} " for w in _WORDS["work_all_the_same"]["see_through"])
_TOLD_TO = re.compile(
    rf"\s{as_written(_WORDS['work_all_the_same']['told_to'])}\s+(?!{as_written(_WORDS['work_all_the_same']['not_told'])}\b)"
)
# `báo cáo <unit>`, `báo cáo về <unit>`: the body reported to is named, so the reporting is work
_REPORTED: Final = tuple(_WORDS["work_all_the_same"]["reported"])
_REPORTED_ABOVE = tuple(f"{w} " for w in _WORDS["work_all_the_same"]["reported_above"])  # `báo cáo cấp trên`
_REPORTED_TO = re.compile(rf"\s+(?:{as_written(_WORDS['work_all_the_same']['reported_to'])}\s+)?")
# `là cơ quan`, `là đầu mối` ...: a unit's standing role (`[standing_role]`)
_STANDING_ROLES = tuple(f"{_WORDS['standing_role']['verb']} {r}" for r in _WORDS["standing_role"]["roles"])


@cache
def _rules() -> dict[str, Any]:
    verbs = load_toml("task_verbs.toml")
    exclusions = load_toml("task_exclusions.toml")
    lead_ins = load_toml("lead_ins.toml")
    return {"verbs": verbs, "exclusions": exclusions, "lead_ins": lead_ins}


@cache
def _scope() -> re.Pattern[str]:
    """`[scope]` of task_verbs.toml: how far a unit's work reaches, between the unit and its work."""
    scope = _rules()["verbs"]["scope"]
    return re.compile(f"(?:{scope['pattern']}|{scope['basis']})")


@cache
def _scope_opens() -> tuple[str, ...]:
    """The words a scope or a basis opens with after the unit's name (`[scope].opens`)."""
    return tuple(_rules()["verbs"]["scope"]["opens"])


def task_verbs() -> dict[str, Any]:
    """The tables of `data/task_verbs.toml` (read once)."""
    return _rules()["verbs"]


def lead_ins() -> dict[str, Any]:
    """The tables of `data/lead_ins.toml` (read once): wordings of lead-ins and titles."""
    return _rules()["lead_ins"]


@cache
def _topic_opens() -> tuple[str, ...]:
    return tuple(f"{word} " for word in lead_ins()["topic_title"]["opens"])


def opens_introductory(text: str, pos: int = 0) -> bool:
    """Does an introductory phrase open at `pos` (`Sau khi …,`, `Đối với …,`: `[introductory]`), a subject after it?"""
    return _INTRODUCTORY_ANY.match(text, pos) is not None


def opens_topic(text: str) -> bool:
    """`Về tiến độ giải ngân ...`: a point that names a topic (`[topic_title]` of data/lead_ins.toml)."""
    return text.startswith(_topic_opens())


@cache
def _assign_pattern() -> re.Pattern[str]:
    verbs = _rules()["verbs"]["assign"]["verbs"]
    alternation = "|".join(re.escape(v) for v, _ in sorted(verbs, key=lambda v: -len(v[0])))
    return with_first_chars(re.compile(rf"(?<![\wÀ-ỹ])(?:{alternation})(?![\wÀ-ỹ])", re.I))


@cache
def _verb_starts() -> re.Pattern[str]:
    """The assignment verbs as plain lower-case words (less those another verb begins: `giao cho` starts with
    `giao`): in a lower-cased text `re` finds where one stands far faster than it runs `_assign_pattern`,
    whose case-blind lookbehind it tries at nearly every position."""
    verbs = {v.lower() for v, _ in _rules()["verbs"]["assign"]["verbs"]}
    stems = sorted(v for v in verbs if not any(w != v and v.startswith(w) for w in verbs))
    return re.compile("|".join(re.escape(v) for v in stems))


def _next_verb(text: str, low: str | None, pos: int) -> re.Match[str] | None:
    """The first match of `_assign_pattern` in `text` from `pos` on. With `low`, the text lower-cased to the
    same length, the pattern is tried only where a verb stands in it (`re.IGNORECASE` folds a letter to one
    of the verbs' exactly when `str.lower` does, over all of Unicode, but for `ı` and `İ`: `low` is None for a
    text holding either)."""
    pattern = _assign_pattern()
    if low is None:
        return pattern.search(text, pos)
    starts = _verb_starts()
    while (verb := starts.search(low, pos)) is not None:
        m = pattern.match(text, verb.start())
        if m is not None:
            return m
        pos = verb.start() + 1
    return None


@dataclass(init=False)
class Assignment:
    """Who a clause assigns work to (`__init__` written out, as `model.Task`'s)."""

    assignees: list[UnitMention]
    coordinators: list[UnitMention] = field(default_factory=list)
    mode: str | None = None
    start: int = 0  # where the assignment begins (the verb, or the subject)
    end: int = 0  # where the assignee list ends
    subject: bool = False  # the unit is the grammatical subject (`X chủ trì ...`)

    def __init__(
        self, assignees: list[UnitMention], coordinators: list[UnitMention] | None = None, mode: str | None = None,
        start: int = 0, end: int = 0, subject: bool = False,
    ) -> None:
        self.assignees = assignees
        self.coordinators = [] if coordinators is None else coordinators
        self.mode = mode
        self.start = start
        self.end = end
        self.subject = subject

    @property
    def names(self) -> list[str]:
        return [n for m in self.assignees for n in m.names]


def _matches(pattern: re.Pattern[str], openers: Iterable[str], text: str, start: int = 0) -> list[re.Match[str]]:
    """`list(pattern.finditer(text, start))` for a pattern each match of which opens with one of `openers`,
    found faster: `str.find` tells where those stand, and the pattern is tried there alone, left to right, each
    after the end of the match before. `re` would try the pattern at every position holding the first letter
    of an opener (`[.!?]`, or `p`, `k`, `c`: common letters), testing that letter's class at each one."""
    at: list[int] = []
    for word in openers:
        pos = text.find(word, start)
        while pos >= 0:
            at.append(pos)
            pos = text.find(word, pos + 1)
    found: list[re.Match[str]] = []
    end = start
    for pos in sorted(at) if len(at) > 1 else at:
        if pos >= end and (m := pattern.match(text, pos)) is not None:
            found.append(m)
            end = m.end()
    return found


def clauses(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph, with `;`-clauses split off where a new unit opens them."""
    cuts = [0]
    for m in _matches(_SENTENCE_END, _STOPS, text):
        if text[m.start()] == "." and _abbreviation(text, m.start()):
            continue  # `TP.`, `1.2.`: not the end of a sentence
        cuts.append(m.end())
    if len(cuts) == 1 and ";" not in text and ", " not in text:  # one sentence without a comma
        piece = text.rstrip()
        return [_unquoted(text, 0, len(piece))] if piece.strip() else []
    for m in _SEMICOLON.finditer(text):
        nxt = m.end()
        mention = read_unit(text, nxt)
        if (
            (mention is None or not known_predicate_follows(text, mention.end))
            and not _asks_anew(text, nxt, cuts)
            and not _unit_after_opening(text, nxt)
        ):
            continue
        start = max(c for c in cuts if c <= m.start())
        listing = assignment(text[start : m.start()])
        if listing is not None and listing.mode and past_scope(text, start + listing.end) >= m.start() - 1:
            continue  # `yêu cầu A, B; C thực hiện ...`: the semicolon only goes on listing addressees
        if _units_up_to(text, start, m.start()):
            continue  # `Viện A; Viện B nghiên cứu ...`: the subject is a list of units cut by semicolons
        cuts.append(nxt)
    cuts = sorted(set(cuts))
    turns = _units_in_turn(text, cuts) if ", " in text else []
    turns += _given_in_turn(text, cuts) if "giao" in text else []
    cuts = sorted({*cuts, *turns})
    spans = []
    for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True):
        piece = text[a:b].rstrip()
        if b in turns:
            piece = piece.removesuffix(",")  # the comma before a unit in turn ends no clause's words
            piece = _JOINER_END.sub("", piece)  # (nor the `và` before a second `giao`)
        if piece.strip():
            spans.append(_unquoted(text, a, a + len(piece)))
    return spans


# a paragraph that quotes a direction (`“Sở X phối hợp với … tập trung chỉ đạo …”. Đó là chỉ đạo của UBND tỉnh …`, as
# a paper prints it): the quotation mark before a unit's name opens no word of the clause; the unit is its subject
_OPENING_QUOTES: Final = ("“", '"')


def _unquoted(text: str, a: int, b: int) -> tuple[int, int]:
    """The clause `text[a:b]`, opened after its quotation mark where a unit's name follows the mark (a quoted
    direction); a quoted name or slogan keeps its mark."""
    if text[a : a + 1] in _OPENING_QUOTES and b - a > 1 and read_unit(text, a + 1) is not None:
        return a + 1, b
    return a, b


# a helper's verb right after a unit (`…, Sở B phối hợp`): the unit helps the one before, it has no work in turn
_HELPS = re.compile(rf"\s*(?:{HELPER_WORDS})(?![\wÀ-ỹ])")
_LEAD = f" {_HELPING_WORDS['lead']}"
# ... and one that closes its clause (`…, Sở B phối hợp.`): `closing` of `[helping]` in data/lead_ins.toml
_HELPS_ONLY = re.compile(
    rf"\s*(?:{HELPER_WORDS})(?:\s+{as_written(_HELPING_WORDS['closing'])})?"
    rf"\s*(?:[.;,]?\s*$|,\s+(?={as_written(_WORDS['in_turn']['whole'])}\b))"
)


def helps_only(text: str, at: int = 0, stop: int | None = None) -> bool:
    """Does `text[at:stop]`, right after a unit, only say that it helps (`… Sở B phối hợp.`, `phối hợp thực hiện;`,
    or before the sentence's own time: `phối hợp, hoàn thành trước ngày …`, `whole` of `[in_turn]`)? It helps with
    the work of the clause before, having none of its own."""
    return _HELPS_ONLY.match(text, at, len(text) if stop is None else stop) is not None


_GROUP_OPENS: Final = tuple(f"{w} " for w in _WORDS["in_turn"]["group_opens"])
# ... and a unit's head set in lower case, before a capital (`…, phòng Tài chính thẩm định …`): `lower_heads`
_LOWER_HEAD_OPENS: Final = re.compile(rf"(?:{as_written(_WORDS['in_turn']['lower_heads'])})[ \t]+(?=[{VI_UPPER}])")


_MANY_COMMAS: Final = 40


def _units_up_to(text: str, start: int, semicolon: int) -> bool:
    """Does a list of units run from the sentence's start at `start` to the semicolon at `semicolon` (`Viện A; Viện B
    …`), or from one of the first commas of an opening phrase (`Trong năm 2025, các bộ, ngành; các tập đoàn … hoàn
    thành …`: the subject after `Trong năm 2025,`)?"""
    if read_units(text, start)[1] >= semicolon:
        return True
    if not _INTRODUCTORY_ANY.match(text, start):
        return False
    for comma in islice(_COMMA.finditer(text, start, semicolon), 4):
        mentions, end = read_units(text, comma.end())
        if mentions and mentions[0].start == comma.end() and end >= semicolon:
            return True
    return False


def _units_in_turn(text: str, cuts: list[int]) -> list[int]:
    """Where, inside a clause that assigns work, a comma hands other work to another unit (`Giao Sở Y tế chủ trì
    tổ chức tập huấn, Sở Giáo dục và Đào tạo tổng hợp danh sách học sinh.`): the unit right after the comma (or
    after a linking adverb there), followed by a verb of work, opens a clause of its own. Not a unit that carries a
    list on (the comma right after another unit: `Sở A, Sở B rà soát`, `phối hợp với Sở B, Sở C triển khai`, `báo
    cáo Sở Tài chính, UBND tỉnh`) or a list of names (the word before the comma a capital), nor the addressees of
    a verb of asking that the reader did not take as such (`Thủ tướng yêu cầu Bộ trưởng, Thủ trưởng …`), nor one
    that only helps (`…, Sở B phối hợp`), nor after a clause that assigns
    nothing (`Trước ngày 30/4, Sở A …`); one that helps is cut off only after a bare lead (`Sở A chủ trì, Sở B phối
    hợp …`) or where its helping closes the clause (`Giao Sở A chủ trì tổ chức tập huấn, Sở B phối hợp.`): the task
    reader joins those clauses again, B as A's helper."""
    out: list[int] = []
    for start, stop in zip(cuts, [*cuts[1:], len(text)], strict=True):
        last = start
        # In a clause of many commas (a list of hundreds of units) the unit before each comma is tested first: it
        # reads 160 characters, where reading the list after every comma would read it again and again. Elsewhere
        # the list after the comma is read first, as it most often settles the matter at once (the same answer
        # either way: the tests only filter).
        many = text.count(",", start, stop) > _MANY_COMMAS
        for comma in _COMMA.finditer(text, start, stop):
            at = comma.end()
            adverb = _ADVERBIAL.match(text, at)
            at = adverb.end() if adverb else at
            if not (
                text[at : at + 1].isupper() or text.startswith(_GROUP_OPENS, at) or _LOWER_HEAD_OPENS.match(text, at)
            ):
                continue
            if many and _unit_ends_at(text, last, comma.start()):
                continue
            mentions, end = read_units(text, at)
            if not mentions or mentions[0].start != at or not known_predicate_follows(text, end):
                continue
            if (not many and _unit_ends_at(text, last, comma.start())) or _group_runs_over(text, last, comma.start()):
                continue
            if (
                _HELPS.match(text, end) is not None
                and not text[last : comma.start()].endswith(_LEAD)
                and not helps_only(text, end, stop)
            ):
                continue  # (`Sở A chủ trì, Sở B phối hợp …`, `Sở A tổ chức …, Sở B phối hợp.`: B helps A, read as a
                # `;` clause is)
            before = text[last : comma.start()]
            if before.rsplit(None, 1)[-1][:1].isupper():
                continue  # `… tại khu Resco, Ecohome, Đoàn ngoại giao, …`: a list of names runs on
            found = assignment(before)
            if found is None or excluded(before) is not None:
                continue
            if found.mode is None and _next_verb(before, None, 0) is not None:
                continue  # `… yêu cầu Bộ trưởng, Thủ trưởng …`, `… yêu cầu, các thôn …`: the addressees, not read whole
            out.append(comma.end())
            last = comma.end()
    return out


# a sentence that opens by giving work, and gives more with the same verb (`given`, `given_joiners` of `[in_turn]`)
_GIVING_OPENS: Final = re.compile(rf"\s*(?:{_ADVERBIAL_WORDS}\s*,?\s*)?{either_case(_WORDS['in_turn']['given'])}[ \t]+")
_GIVEN_AGAIN: Final = re.compile(
    rf"(?:[,;][ \t]*|[ \t]+)(?:(?:{as_written(_WORDS['in_turn']['given_joiners'])})[ \t]+)?"
    rf"(?P<verb>{as_written(_WORDS['in_turn']['given'])})[ \t]+"
)


_JOINER_END: Final = re.compile(rf"[ \t]*[,;]?[ \t]+(?:{as_written(_WORDS['in_turn']['given_joiners'])})$")


def _given_in_turn(text: str, cuts: list[int]) -> list[int]:
    """Where a clause that opens by giving work (`Giao Phòng X tăng cường đưa tin …`) gives more to another unit
    with the same verb after a comma, a `;` or `và` (`… và giao Phòng Y theo dõi, đôn đốc thực hiện`): the second
    charge opens a clause of its own, at its verb. Not where the clause's subject is a unit (`Sở X rà soát … và
    giao các phòng …`: its own handing down), nor a verb followed by no unit and its work (`giao đất cho …`)."""
    out: list[int] = []
    for start, stop in zip(cuts, [*cuts[1:], len(text)], strict=True):
        opening = _GIVING_OPENS.match(text, start)
        if opening is None:
            continue
        for m in _GIVEN_AGAIN.finditer(text, opening.end(), stop):
            mentions, end = read_units(text, m.end())
            if not mentions or mentions[0].start != m.end() or not known_predicate_follows(text, end):
                continue
            out.append(m.start("verb"))
    return out


def _unit_ends_at(text: str, start: int, at: int) -> bool:
    """Does a unit end right at `at` (the comma after it), read on the 160 characters before it from `start` on, or
    the words after it that say where it lies? A
    bracketed note may close it (`UBND các xã (chỉ đạo các trường thuộc phạm vi quản lý), các trường …`)."""
    if text[at - 1 : at] == ")" and (note := text.rfind(" (", start, at)) >= 0 and ")" not in text[note : at - 1]:
        at = note
    base = max(start, at - 160)
    window = text[base:at]
    # (or the words that say where it lies: `các cơ quan báo chí trong tỉnh, Đài …`, `scope` of `[owned_by]`)
    return any(m.end == len(window) or past_scope(text, base + m.end) == at for m in find_units(window))


def _group_runs_over(text: str, start: int, at: int) -> bool:
    """Does a group opened by `các` in the last words before the comma at `at` run on past it (`… là cơ hội để các
    cấp, các ngành, các địa phương lựa chọn, bố trí cán bộ`)? Its first part names no unit alone (`các cấp`), so
    `_unit_ends_at` finds none ending there; read whole, the list carries on, and no unit opens new work after it."""
    opener = text.rfind("các ", max(start, at - 16), at)
    if opener < 0 or (opener > 0 and text[opener - 1].isalnum()):
        return False
    mentions, end = read_units(text, opener)
    return bool(mentions) and mentions[0].start == opener and end > at


@cache
def _assign_openers() -> tuple[str, ...]:
    """The verbs of `[assign]` (data/task_verbs.toml) as they open a clause after a `;`, lower case."""
    return tuple(f"{verb} " for verb, _ in task_verbs()["assign"]["verbs"])


def _asks_anew(text: str, at: int, cuts: list[int]) -> bool:
    """Does the `;`-clause at `at` open by asking other units anew (`…; đề nghị Bộ X, Bộ Y tham mưu …`, `…; đồng thời
    đề nghị Công an tỉnh phối hợp …`): a request of its own (a verb of `[assign]` and its addressee, after a linking
    adverb of `[adverbial]` if any), as one naming its unit first is."""
    adverb = _ADVERBIAL.match(text, at)
    at = adverb.end() if adverb else at
    time = _TIME_FIRST.match(text, at)  # `…; trong thời gian tới yêu cầu các cơ quan …`: the time the asking is for
    at = time.end() if time else at
    if not text[at : at + 24].lower().startswith(_assign_openers()):  # (`…; Giao Văn phòng …` as a clause opens)
        return False
    end = min((c for c in cuts if c > at), default=len(text))
    found = assignment(text[at:end])
    return found is not None and found.mode is not None and found.start == 0


def _unit_after_opening(text: str, at: int) -> bool:
    """Does the `;`-clause at `at` name a new unit and its work after a linking adverb (`…; đồng thời, Sở B thẩm định
    …`) or an introductory phrase and its comma (`…; từ ngày 5 đến ngày 10 hằng tháng, Phòng X kiểm tra …`), as
    `_subject` reads a sentence's subject there? Only the phrase's first few commas before the next `;` are tried."""
    adverb = _ADVERBIAL.match(text, at)
    starts = [adverb.end()] if adverb else []
    base = starts[-1] if starts else at
    if _INTRODUCTORY_ANY.match(text, base):
        stop = text.find(";", base)
        stop = min(base + 200, len(text) if stop < 0 else stop)
        starts += [c.end() for c in islice(_COMMA.finditer(text, base, stop), 4)]
    for pos in starts:
        mention = read_unit(text, pos)
        if mention is not None and mention.start == pos and known_predicate_follows(text, mention.end):
            return True
    return False


def _abbreviation(text: str, dot: int) -> bool:
    """Does the `.` at `dot` close an abbreviation or a number (`_ABBREV_DOT` matches the text up to it)? A
    match opens at most four characters before the dot, or just before the run of digits and dots that ends
    there: only from there is the pattern tried (a search from the paragraph's start costs a scan per dot)."""
    run = dot
    while run and (text[run - 1] == "." or text[run - 1].isdecimal()):  # `\d` is a decimal digit
        run -= 1
    return _ABBREV_DOT.search(text, max(0, min(dot - 3, run - 1)), dot + 1) is not None


class _Openers:
    """Words and phrases, told when one opens a text as a whole word (`có` opens `có trách nhiệm`, not
    `cóc`): one set lookup per distinct length instead of a test per word."""

    def __init__(self, words: Iterable[str]) -> None:
        by_length: dict[int, set[str]] = {}
        for w in words:
            by_length.setdefault(len(w), set()).add(w)
        self._by_length = sorted(by_length.items())

    def open(self, text: str) -> bool:
        for n, words in self._by_length:
            if text[:n] in words and not text[n : n + 1].isalpha():
                return True
        return False


_NOT_PREDICATE_OPENS: Final = _Openers(_NOT_PREDICATE)
_VALID_OPENERS: Final = _VALID_HAVE + _VALID_COMPOUNDS


@cache
def _long_predicates() -> _Openers:
    """The verbs of `task_verbs.toml` longer than three characters."""
    return _Openers(p for p in _predicates() if len(p) > 3)


@cache
def _long_predicate_words() -> tuple[str, ...]:
    """The same verbs, each with the space that follows it in a sentence."""
    return tuple(p + " " for p in _predicates() if len(p) > 3)


def known_predicate_follows(text: str, pos: int) -> bool:
    """Stricter than `_predicate_follows`: a verb of `task_verbs.toml` (cutting a sentence at `;` needs it)."""
    rest = _past_dash(text[pos:].lstrip(" :"))
    if rest.startswith(_SEE_THROUGH):
        return known_predicate_follows(rest, rest.index(" "))
    if rest.startswith(_VALID_OPENERS):
        return True
    return _predicate_follows(text, pos) and _long_predicates().open(rest)


# A dash between a unit and its work, the verb set in title case (`Đài Truyền thanh các huyện – Phối hợp …`)
_DASH_SEPARATORS: Final = ("– ", "- ")


def _past_dash(rest: str) -> str:
    """`rest` past a dash that parts a unit from its work as a colon would, when a verb in title case follows it."""
    return rest[2:] if rest.startswith(_DASH_SEPARATORS) and opens_title_verb(rest[2:]) else rest


def _predicate_follows(text: str, pos: int) -> bool:
    rest = _past_dash(text[pos:].lstrip(" :"))
    if rest.startswith(_SEE_THROUGH):
        return _predicate_follows(rest, rest.index(" "))  # `Sở X cũng được giao … phải …`: as without `cũng`
    if not rest[:1].islower():
        if not opens_title_verb(rest):
            return False
        rest = rest[:1].lower() + rest[1:]  # `Báo X, Đài Y Phối hợp Sở Z …`: a verb set in title case mid-sentence
    if rest.startswith(_VALID_OPENERS):
        return True
    if rest.startswith(_IN_THE_WORK_OPENS) and (m := _IN_THE_WORK.match(rest)) is not None:
        # `Ban X trong công tác triển khai các dự án ...`: the unit's field of work opens what it is to do, unless
        # the clause then judges how it went (`Sở X trong công tác quản lý ... còn hạn chế`)
        work = rest[m.end() :]
        clause = _CLAUSE_END.split(work, maxsplit=1)[0]
        return _long_predicates().open(work) and _JUDGED.search(clause) is None
    if rest.startswith(_TOLD) and _tells_a_unit(_CLAUSE_END.split(rest, maxsplit=1)[0]):
        return True  # `Sở X thông báo danh mục dự án cho các chủ đầu tư`
    if rest.startswith(_REPORTED) and _reports_to_a_unit(rest):
        return True  # `Tổ công tác báo cáo Bộ trưởng hằng ngày`
    if rest.startswith(_HANDED) and any(rest.startswith(w) and _long_predicates().open(rest[len(w) :]) for w in _HANDED):
        return True  # `Bộ X được giao hoàn thành …`
    return not _NOT_PREDICATE_OPENS.open(rest)


def _tells_a_unit(clause: str) -> bool:
    """`thông báo … cho/đến/tới <unit>`: whom to tell is named, so the telling is work."""
    return any(read_unit(clause, m.end()) is not None for m in _TOLD_TO.finditer(clause))


def _reports_to_a_unit(rest: str) -> bool:
    """`báo cáo <unit>`, `báo cáo về <unit>`: whom to report to is named, so the reporting is work."""
    for verb in _REPORTED:
        if rest.startswith(verb) and (m := _REPORTED_TO.match(rest, len(verb))) is not None and m.end() > len(verb):
            return read_unit(rest, m.end()) is not None or rest.startswith(_REPORTED_ABOVE, m.end())
    return False


# Words that open an item but no work: `[not_action]`
_NOT_ACTION = _Openers(_WORDS["not_action"]["words"])


def linking_adverb_end(text: str) -> int:
    """Where the work of a sentence opened by a linking adverb of `[adverbial]` begins (`Đồng thời, tổ chức kiểm tra
    …` → the offset of `tổ chức`); 0 when no such adverb opens it."""
    adverb = _ADVERBIAL.match(text)
    return adverb.end() if adverb is not None else 0


def opens_with_action(text: str) -> bool:
    """Does the text open with a verb of work (`Rà soát ...`, `Nắm chắc ...`), as an item written in the
    imperative does, rather than with a topic (`Về ...`, `Đối với ...`) or a state (`Đã ...`, `Có ...`)?"""
    lowered = text[:1].lower() + text[1:]
    if _NOT_PREDICATE_OPENS.open(lowered) or _NOT_ACTION.open(lowered):
        return False
    return _opens_predicate(lowered)


# Words that open work at the head of a list item though they tell of a state after a unit: `[item_work]`
_ITEM_WORK = _Openers(_WORDS["item_work"]["words"])


def opens_item_work(text: str) -> bool:
    """Does a list item open with work: a verb of work (`opens_with_action`) or a word of `[item_work]`
    (`Báo cáo kết quả về Sở Nội vụ`)?"""
    return opens_with_action(text) or _ITEM_WORK.open(text[:1].lower() + text[1:])


def _labelled_duty(rest: str) -> bool:
    """`Phòng X: Chủ trì tham mưu ...` — what follows the colon is a duty, not a list of names."""
    lowered = rest[:1].lower() + rest[1:]
    if lowered.startswith(_STANDING_ROLES):
        return True
    if rest[:1].isupper():  # `Chủ trì, phối hợp ...`: the verb may end at a comma
        return lowered[:40].replace(",", " ").startswith(_long_predicate_words())
    return _predicate_follows(rest, 0)


def coordinators(text: str, start: int) -> list[UnitMention]:
    """The units after each `phối hợp (với)`, `cùng với` from `start` on."""
    out: list[UnitMention] = []
    for m in _matches(_COORD, _COORD_OPENERS, text, start):
        mentions = read_units(text, m.end())[0]
        bare = read_bare_group(text, m.end()) if not mentions else None  # `phối hợp với đơn vị có liên quan`
        out.extend(mentions or ([bare] if bare else []))
    return out


@cache
def _proposes() -> tuple[frozenset[str], re.Pattern[str]]:
    """`proposes`, `proposed` of `[assign]`: a verb that, before a plural noun phrase after its body, proposes."""
    assign = _rules()["verbs"]["assign"]
    words = as_written(assign.get("proposed", ()))
    return frozenset(v.lower() for v in assign.get("proposes", ())), re.compile(rf"[ \t]+{words}[ \t]")


@cache
def _work_follows_also() -> tuple[str, ...]:
    """`work_follows_also` of `[assign]`: words after the unit of a `work_follows` verb that are its work."""
    return tuple(w.lower() + " " for w in _rules()["verbs"]["assign"].get("work_follows_also", ()))


@cache
def _work_follows_verbs() -> frozenset[str]:
    """The assignment verbs that ask something only when a verb of work follows the unit (`kính báo cáo X
    theo dõi`), lower case."""
    return frozenset(v.lower() for v in _rules()["verbs"]["assign"].get("work_follows", ()))


@cache
def _not_after_as_written() -> frozenset[str]:
    """Words right before an assignment verb that make it none, compared as written in lower case (`bàn giao cho`)."""
    return frozenset(w.lower() for w in _rules()["verbs"]["assign"].get("not_after_as_written", ()))


@cache
def _speaker_only() -> frozenset[str]:
    """`speaker_only` of `[assign]`: verbs that give work only after their speaker or opening the sentence."""
    return frozenset(v.lower() for v in _rules()["verbs"]["assign"].get("speaker_only", ()))


# what may stand before a sentence's first word: blanks and an item's mark (`1.`, `a)`, `-`)
_SENTENCE_OPENING = re.compile(r"[\s\-+•*–]*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]*)?")


def _spoken_by_speaker(text: str, verb: re.Match[str]) -> bool:
    """The verb at `verb` (a `speaker_only` one) opens the sentence, capitalised, or follows its speaker named
    right before it (`UBND tỉnh giao trách nhiệm …`)."""
    if verb.group(0)[:1].isupper() and _SENTENCE_OPENING.fullmatch(text, 0, verb.start()):
        return True
    return _named_speaker(text, verb.start())


@cache
def _assign_words(
    recommending: bool,
) -> tuple[dict[str, str], frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """The assignment verbs' modes and their guard words folded: (modes, single words not right before the
    verb, phrases not right before it, words not right after it (each with its space), the same alone)."""
    rules = _rules()["verbs"]["assign"]
    modes = {v.lower(): mode for v, mode in rules["verbs"]}
    not_after = frozenset({fold(w) for w in rules["not_after"] if " " not in w} - ({"da"} if recommending else set()))
    phrases = tuple(fold(w) for w in rules["not_after"] if " " in w)
    not_before = [fold(w) for w in rules["not_before"]]
    return modes, not_after, phrases, tuple(w + " " for w in not_before), frozenset(not_before)


def assignment(text: str, recommending: bool = False, folded: FoldedText | None = None) -> Assignment | None:
    """The addressee(s) of one clause, else None. In a recommendations section (`Kiến nghị`) a request told in
    the past (`Đoàn kiểm tra đã yêu cầu X ...`) still asks X to act. `folded`: the text's `FoldedText`, where
    the caller has one (the words around each verb are folded from it)."""
    modes, not_after, not_after_phrases, not_before, not_before_alone = _assign_words(recommending)
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) and "ı" not in text and "İ" not in text else None
    resume = 0
    while (m := _next_verb(text, low, resume)) is not None:
        resume = m.end()  # where the next verb is looked for, as `finditer` goes on
        if folded is None:
            folded = FoldedText(text)
        folded_before = folded.fold(0, m.start())
        before = folded_before.rsplit(None, 1)  # only its last word is asked about
        after = text[m.end() :].lstrip()
        if after[:1] == ":" and after[1:2] in (" ", "\t"):
            after = after[1:].lstrip(" \t")  # `UBND tỉnh yêu cầu: Sở X chủ trì …`: who is asked, after a colon
        elif (ahead := _TIME_AHEAD.match(after)) is not None:
            after = after[ahead.end() :]  # `đề nghị thời gian tới, Ban X …`: who is asked, after the time ahead
        elif after[:2] == ", " and _named_speaker(text, m.start()):
            after = after[1:].lstrip(" \t")  # `Chủ tịch UBND huyện yêu cầu, các ngành …`: a comma in between
        elif after[:1] == ",":
            continue  # `Thực hiện nhiệm vụ được Chính phủ giao, Bộ trưởng Bộ X đã …`: the verb ends its clause unasked
        if before and before[-1] in not_after:
            continue
        last_word = text[: m.start()].rsplit(None, 1)[-1:]  # as written: `bàn giao cho X`
        if last_word and last_word[0].lower() in _not_after_as_written():
            continue
        if folded_before.rstrip().endswith(not_after_phrases):
            continue
        if m.group(0).lower() in _speaker_only() and not _spoken_by_speaker(text, m):
            continue  # `…; giao trách nhiệm người đứng đầu …`: the charge named, no one asked
        if modes.get(m.group(0).lower()) == "đề nghị" and _relayed(folded_before):
            continue  # `Sở X tham mưu UBND tỉnh kiến nghị Bộ Y …`: what the advice asks for, Sở X's work
        folded_after = folded.fold(m.end())  # `fold` drops the spaces `after` was stripped of
        if folded_after.startswith(not_before) or folded_after in not_before_alone:
            continue
        at = m.end() + (len(text[m.end() :]) - len(after))
        after_for = _FOR.match(text, at)  # `giao cho X`
        at = after_for.end() if after_for else at
        office = _OFFICE_COLON.match(text, at) if text[at : at + 1].isupper() else None
        mentions, end = read_units(text, office.end() if office else at)
        if not mentions:
            # `Đề nghị Chủ đầu tư tổ chức khảo sát …`; `yêu cầu sau khi bế mạc đại hội các chi bộ hoàn thiện …`
            given = _given_party(text, at) or _asked_after_time(text, at)
            if given is None:
                continue
            mentions, end = [given], given.end
        elif office is not None:  # `Giao Giám đốc: Sở A, Sở B`: the holder of the office in each
            holder = office.group(0).split(":")[0].strip()
            mentions = [UnitMention(tuple(f"{holder} {n}" for n in u.names), u.start, u.end) for u in mentions]
        while (chained := _CHAINED.match(text, end)) is not None:  # `… và đề nghị Y`: Y is asked too
            more, past = read_units(text, chained.end())
            if not more:
                break
            mentions, end = [*mentions, *more], past
        verbs, proposed = _proposes()
        if m.group(0).lower() in verbs and proposed.match(text, end):
            continue  # `kiến nghị Thủ tướng Chính phủ các biện pháp …`: told, not asked
        start = m.start()
        if start and (asked := _asked_before(text, start)) is not None:
            mentions, start = [*asked, *mentions], 0  # `X, Y và đề nghị Z thực hiện …`: X and Y do it too
        if (
            m.group(0).lower() in _work_follows_verbs()
            and not known_predicate_follows(text, end)
            and not text[end:].lstrip(" :").lower().startswith(_work_follows_also())
        ):
            titled = _further_title(text, end)
            if titled is None:
                continue
            last = mentions[-1]
            end = titled
            mentions = [*mentions[:-1], UnitMention((text[last.start : end],), last.start, end)]
        return Assignment(
            assignees=mentions,
            coordinators=coordinators(text, end),
            mode=modes.get(m.group(0).lower()),
            start=start,
            end=end,
        )
    return _forwarded(text) or _sent_asks(text) or _subject(text) or _bracketed_lead(text)


@cache
def _relayed_by() -> re.Pattern[str] | None:
    """`relayed_by` of `[assign]`, folded, on word boundaries."""
    words = [fold(w) for w in _rules()["verbs"]["assign"].get("relayed_by", ())]
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)") if words else None


_RELAY_STRETCH_END = re.compile(r"[,;.:()\n]")  # what ends the stretch a relaying word is sought in


def _relayed(folded_before: str) -> bool:
    """A `relayed_by` word (`tham mưu`, `có văn bản` …) in the stretch before a request verb, no comma between: the
    request is what the subject's work asks for (`Sở X tham mưu UBND tỉnh kiến nghị Bộ Y …`)."""
    relay = _relayed_by()
    if relay is None:
        return False
    ends = list(_RELAY_STRETCH_END.finditer(folded_before))
    return relay.search(folded_before, ends[-1].end() if ends else 0) is not None


def _asked_before(text: str, verb_at: int) -> list[UnitMention] | None:
    """`Thủ trưởng các phòng, Chủ tịch UBND các xã và đề nghị các cơ quan của tỉnh thực hiện …`: the units the
    sentence opens with, joined to a chained request (`[assign] chained`: `và đề nghị`) by `và` alone; else None."""
    if text[:verb_at].rstrip()[-2:].lower() != "và":
        return None
    mentions, end = read_units(text, 0)
    if not mentions or mentions[0].start != 0:
        return None
    return mentions if _JUST_AND.fullmatch(text[end:verb_at]) else None


_JUST_AND = re.compile(r"\s*,?\s*và\s*", re.IGNORECASE)  # the units and the chained request joined by `và` alone


def _named_speaker(text: str, verb: int) -> bool:
    """Does a unit (or an office holder) end right before the verb at `verb` (`Chủ tịch UBND huyện yêu cầu`)? Read
    on the 80 characters before it; `find_units` there only, a comma after a verb being rare."""
    start = max(0, verb - 80)
    window = text[start:verb].rstrip()
    # (the agent of a passive, `nhiệm vụ được Chính phủ giao, …`: the work given before, no speaker asking now)
    return any(m.end == len(window) and not _PASSIVE_BEFORE.search(window, 0, m.start) for m in find_units(window))


# `được` (or `do`) right before a unit: the unit is the agent of a passive (`nhiệm vụ được Chính phủ giao`)
_PASSIVE_BEFORE = re.compile(r"(?:\b[Đđ]ược|\bdo)\s*$")


# `… (Sở X chủ trì, phối hợp với Y; hoàn thành trong quý II/2026).`: who leads an item, in brackets at its end
_BRACKET_AT_END = re.compile(r"\(([^()]{4,240})\)[\s.;,/]*$")
# ... naming no work of its own after the verb (`(Sở X chịu trách nhiệm tổng hợp …)` is work beside the item's):
# `[bracketed_lead]`
_LEADS = re.compile(rf"[ \t]+{as_written(_WORDS['bracketed_lead']['verbs'])}[ \t]*(?=[,;)])")


def _bracketed_lead(text: str) -> Assignment | None:
    """The units that lead an item, named in brackets at its end (`(Sở X chủ trì)`, `(Văn phòng thực hiện; …)`)."""
    if not text.rstrip(" ./;,").endswith(")"):
        return None
    m = _BRACKET_AT_END.search(text)
    if m is None:
        return None
    at = m.start(1)
    mentions, end = read_units(text, at)
    if not mentions or mentions[0].start != at or _LEADS.match(text, end) is None:
        return None
    return Assignment(assignees=mentions, coordinators=coordinators(text, end), start=at, end=end, subject=True)


_FURTHER_TITLE = re.compile(rf", (?=[{VI_UPPER}])[^.;:,()]{{3,100}}")


def _further_title(text: str, end: int) -> int | None:
    """`Bộ trưởng Bộ X, Tổ phó Tổ công tác ... theo dõi`: a person addressed by a second title after a comma,
    which the unit reader does not take; where that title ends, before the verb of work that follows it."""
    m = _FURTHER_TITLE.match(text, end)
    if m is None:
        return None
    for word in re.finditer(r" (?=\w)", m.group(0)[2:]):
        at = end + 2 + word.start()
        if known_predicate_follows(text, at):
            return at
    return None


# a document sent to units, then what it asks of them with no addressee (`… Công điện tới các Sở X, yêu cầu theo dõi
# …`): `[sent_asks]`
_SENT_ASKS = _WORDS["sent_asks"]
_SENT_DOCUMENT = re.compile(
    rf"(?<![\wÀ-ỹ]){either_case(_SENT_ASKS['documents'])}(?![\wÀ-ỹ])[^.;:]{{0,80}}?(?<![\wÀ-ỹ])"
    rf"{as_written(_SENT_ASKS['sent'])}[ \t]+(?=\S)"
)
_THEN_ASKS = re.compile(
    rf"(?:[ \t]+{as_written(_SENT_ASKS['placed'])}[ \t][^.;:]{{1,200}}?)?,?[ \t]+{as_written(_SENT_ASKS['asks'])}[ \t]+"
    rf"(?=[{VI_LOWER}])"
)
_SENT_WORDS: Final = tuple(_SENT_ASKS["sent"])
_SENT_DOCUMENTS = tuple(d.lower() for d in _SENT_ASKS["documents"])
_THEN_URGED = re.compile(rf"[ \t]+(?={as_written(_SENT_ASKS['urged'])}(?![\wÀ-ỹ]))")


def _sent_asks(text: str) -> Assignment | None:
    """`Bộ X vừa có Công điện tới các Sở Y, yêu cầu theo dõi …`: the units a document is sent to, asked the work
    that follows the verb of asking (no unit named after it); else None."""
    low = text.lower()
    if not any(v in low for v in _SENT_WORDS) or not any(d in low for d in _SENT_DOCUMENTS):
        return None  # (cheap gates before the pattern is searched)
    sent = _SENT_DOCUMENT.search(text)
    if sent is None:
        return None
    mentions, end = read_units(text, sent.end())
    if not mentions or mentions[0].start != sent.end():
        return None
    if (urged := _THEN_URGED.match(text, end)) is not None:  # `… gửi Sở Y tế các tỉnh tăng cường …`
        return Assignment(assignees=mentions, coordinators=coordinators(text, urged.end()), start=sent.end(), end=end)
    asks = _THEN_ASKS.match(text, end)
    if asks is None or read_unit(text, asks.end()) is not None:
        return None
    mode = next(a for a in _SENT_ASKS["asks"] if text.startswith(a, asks.end() - len(a) - 1))
    return Assignment(assignees=mentions, coordinators=coordinators(text, asks.end()), mode=mode, start=sent.end(), end=end)


def _forwarded(text: str) -> Assignment | None:
    """`... xin chuyển công văn số ... để Bộ X nghiên cứu, xử lý`: the unit the papers go to; `Chuyển Sở X
    nghiên cứu, phúc đáp ...` opening the clause: the unit named right after the verb."""
    if (lead := _FORWARD_TO.match(text)) is not None:
        mentions, end = read_units(text, lead.end())
        if mentions and mentions[0].start == lead.end() and _predicate_follows(text, end):
            return Assignment(assignees=mentions, coordinators=coordinators(text, end), mode="chuyển", start=0, end=end)
    if _FORWARD_VERB not in text or not (verbs := _matches(_FORWARD, (_FORWARD_VERB,), text)):
        return None
    for m in _matches(_SO_THAT, (_FORWARD_SO_THAT,), text):
        mentions, end = read_units(text, m.end())
        if mentions and _predicate_follows(text, end):
            return Assignment(assignees=mentions, coordinators=coordinators(text, end), mode="chuyển", start=m.start(), end=end)
    for m in _matches(_FORWARD_TO_UNIT, _WORDS["forwarded"]["to"], text, verbs[0].end()):
        mentions, end = read_units(text, m.end())
        if not mentions or mentions[0].start != m.end() or (so_that := _THEN_SO_THAT.match(text, end)) is None:
            continue
        if _predicate_follows(text, so_that.end()):
            return Assignment(assignees=mentions, coordinators=coordinators(text, so_that.end()), mode="chuyển", start=m.start(), end=end)
    return None


# what a report is sent to (`gửi Sở X`), and the condition that closes before it: `[sent_to]`
_SENT_TO = re.compile(rf"(?<![\wÀ-ỹ]){as_written(_WORDS['sent_to']['verbs'])}\s+(?=[A-ZĐÀ-Ỹ])")
_CONDITION = re.compile(rf"(?<![\wÀ-ỹ]){either_case(_WORDS['sent_to']['conditions'])}(?![\wÀ-ỹ])")


def _object_runs_on(text: str, pos: int) -> bool:
    """`..., gửi Sở X, Trung tâm Y qua đó rút kinh nghiệm`: after a comma that closes the unit a report goes
    to, the unit that follows carries that list on; it is no subject of its own."""
    if text[pos - 2 : pos] != ", ":
        return False
    window = text[max(0, pos - 160) : pos - 2]
    last = next(reversed(list(_SENT_TO.finditer(window))), None)
    if last is None:
        return False
    at = pos - 2 - len(window) + last.end()
    if _CONDITION.search(text, 0, at):
        return False  # `Sau khi gửi báo cáo cho Sở X, Sở Y tổng hợp`: the comma closes the condition
    mentions, end = read_units(text, at)
    return bool(mentions) and mentions[0].start == at and end >= pos - 2


_ASIDE = re.compile(r"[ \t]*\([^()]{1,80}\)")


def _short_name(text: str, aside: re.Match[str]) -> bool:
    """The bracket after a unit holds the short name the document gives it (`(Trung tâm DVNN)`): one unit, whole."""
    inside = aside.group(0).strip()[1:-1]
    mention = read_unit(inside, 0)
    return mention is not None and mention.end == len(inside)


# The levels a group of bodies spans, listed in a bracket after it (`UBND các cấp (tỉnh, huyện, xã và cấp tương
# đương)`)
_LEVELS_INSIDE = re.compile(
    r"(?:tỉnh|huyện|xã|thành phố|quận|thị xã|phường|thị trấn|cấp tương đương)"
    r"(?:(?:, | và )(?:tỉnh|huyện|xã|thành phố|quận|thị xã|phường|thị trấn|cấp tương đương))+"
)


def _members_inside(aside: re.Match[str]) -> bool:
    """The bracket after a group names what it holds: its bodies (`(Phòng Tài chính, Phòng Kinh tế)`), read whole, or
    its levels (`(tỉnh, huyện, xã)`)."""
    inside = aside.group(0).strip()[1:-1].strip()
    if _LEVELS_INSIDE.fullmatch(inside):
        return True
    mentions, end = read_units(inside, 0)
    return bool(mentions) and mentions[0].start == 0 and end == len(inside)


# `Đối với X … thì …`: X is what the sentence's rule is about (its `thì` follows), not who does the work
_FOR = re.compile(r"[Đđ]ối với\s")
_SCOPE_THEN = re.compile(r"\sthì\s")


def _helpers_run_on(text: str, pos: int) -> bool:
    """Does the unit at `pos` (after a comma) go on with a list of helpers named after `phối hợp với` (`_COORD`)
    before that comma: each helper read up to the next comma, or but a few words of its name short of it (`các ngân
    hàng thương mại`) with no work between?"""
    helpers = _matches(_COORD, _COORD_OPENERS, text[:pos])
    if not helpers:
        return False
    at = helpers[-1].end()
    while at < pos:
        mentions, end = read_units(text, at)
        if mentions and end >= pos - 2:
            return True  # (the units read as one list: `Sở Y tế, Sở Xây dựng`)
        if not mentions or known_predicate_follows(text, end):
            return False
        comma = text.find(",", end, pos)
        if comma < 0 or len(text[end:comma].split()) > 4:
            return False
        at = comma + 1 + len(text[comma + 1 : pos]) - len(text[comma + 1 : pos].lstrip())
    return at == pos


# a verb of asking right after a unit (`[subject_asks]` of clause_words.toml): the unit asks; it is not asked
ASKS = re.compile(rf"[ \t]+(?:(?:đã|vừa|cũng)[ \t]+)?{as_written(_WORDS['subject_asks']['verbs'])}(?![\wÀ-ỹ])")


# a person named, a dash, then an office of his up to a comma (`đồng chí Nguyễn Văn An - Ủy viên Ban Thường vụ Tỉnh ủy,`):
# what follows the comma is his next title, not the subject of a clause (`…, Bí thư Huyện ủy thăm, tặng quà …`)
_NAMED_THEN_TITLE = re.compile(
    rf"(?<![\wÀ-ỹ])(?:[{VI_UPPER}][{VI_LOWER}]*[ \t]+){{1,3}}[{VI_UPPER}][{VI_LOWER}]*[ \t]+[-–][ \t]+"
    rf"(?=[{VI_UPPER}])[^,;.:()]{{3,120}},[ \t]*$"
)


def _title_of_named(text: str, pos: int) -> bool:
    """The unit at `pos` is one more title of a person named before it: his first title after a dash, up to the comma
    before `pos`, names a unit (`Ủy viên Ban Thường vụ Tỉnh ủy`, `Phó Chủ tịch UBND tỉnh`)."""
    m = _NAMED_THEN_TITLE.search(text, max(0, pos - 200), pos)
    if m is None:
        return False
    dash = max(text.rfind(" - ", m.start(), pos), text.rfind(" – ", m.start(), pos))
    comma = text.rfind(",", m.start(), pos)
    return dash >= 0 and bool(find_units(text[dash + 3 : comma]))


def _subject(text: str) -> Assignment | None:
    """`X chủ trì ...`, `X, Y có trách nhiệm ...`: a unit list opening the clause (or after `, ` / `: `)."""
    starts = [0]
    adv = _ADVERBIAL.match(text)
    if adv:
        starts.append(adv.end())
    if _INTRODUCTORY_ANY.match(text, starts[-1]) or (adv is not None and _INTRODUCTORY.match(text, 0)):
        # (an opener that is both, `Đối với X, Sở Y …`: its phrase runs to a comma after the adverb's words too)
        # `Định kỳ 6 tháng, hàng năm, Sở X tổ chức sơ kết`: the subject may follow any of the first few commas
        base = starts[-1]
        starts += [c.end() for c in islice(_COMMA.finditer(text, base, base + 200), 4)]
        # ... or its semicolon, where the phrase closes by one (`Căn cứ chỉ tiêu được giao; các cơ quan, đơn vị,
        # UBND các huyện triển khai …`): tried in the order they stand, before the commas of the list after it
        semi = _SEMICOLON.search(text, base, base + 200)
        if semi is not None and "," not in text[base : semi.start()]:
            starts = sorted({*starts, semi.end()})
    copula = _COPULA.match(text, adv.end() if adv else 0)
    if copula is not None:
        starts.append(copula.end())  # `Nhiệm vụ thời gian tới là Sở X cần …`: the subject after `là`
    colon = _COLON.search(text, 0, 120)
    if colon and len(text[: colon.start()].split()) <= 14:
        # tried in the order they stand: after a topic and its colon the unit list opens there, before the commas
        # that run through it (`Về vốn: Bộ Tài chính, Bộ Xây dựng xem xét …`)
        starts = sorted({*starts, colon.end()})
        if _INTRODUCTORY_ANY.match(text, colon.end()):
            # ... or after an introductory phrase opening what the colon brings (`… chỉ đạo: Sau khi nhiệm vụ được
            # duyệt, Sở X thực hiện …`): the subject may follow any of its first few commas
            after = [c.end() for c in islice(_COMMA.finditer(text, colon.end(), colon.end() + 200), 4)]
            starts = sorted({*starts, *after})
    for pos in starts:
        mentions, end = read_units(text, pos)
        if not mentions:
            continue
        if pos > 0 and _object_runs_on(text, pos):  # asked only where a unit follows: its look back costs more
            continue
        if pos > 0 and _title_of_named(text, pos):
            continue  # `… đồng chí Nguyễn Văn An - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy thăm …`: his titles
        if pos > 0 and _helpers_run_on(text, pos):
            continue  # `Thực hiện phối hợp với các ngân hàng, các công ty … để …`: one more helper, no subject
        if pos > 0 and _DATED.match(text, end):
            continue  # `Căn cứ Luật … của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004;`: a ground's issuer
        if adv is not None and pos == adv.end() and _SCOPE_THEN.search(text, end, end + 200) and _FOR.match(text):
            continue  # `Đối với các doanh nghiệp bị ảnh hưởng … thì chưa kiểm tra`: whom the rule is for, no subject
        colon = _LABEL_COLON.match(text, end)
        labelled = pos == 0 and colon is not None and _labelled_duty(text[colon.end() :])
        aside = _ASIDE.match(text, end) if text.startswith(" (", end) else None
        if aside is not None and known_predicate_follows(text, aside.end()):
            pass  # `Sở Xây dựng (cơ quan thường trực) chủ trì …`: a word on the unit's role between it and its work
        elif aside is not None and _short_name(text, aside) and _predicate_follows(text, aside.end()):
            pass  # `Trung tâm Dịch vụ nông nghiệp tỉnh (Trung tâm DVNN) lấy mẫu …`: the short name it defines
        elif aside is not None and _members_inside(aside) and _predicate_follows(text, aside.end()):
            pass  # `UBND các cấp (tỉnh, huyện, xã) cử …`, `UBND các huyện (Phòng Tài chính, Phòng Kinh tế) cử …`
        elif (
            not labelled
            and not _predicate_follows(text, end)
            and not _standing_role_then_work(text, end)
            and not comma_then_work(text, end)
            and not _role_then_work(text, end)
            and not _clause_then_work(text, mentions, end)
        ):
            scope = _scope().match(text, end) if text.startswith(_scope_opens(), end) else None
            if scope is None or not known_predicate_follows(text, scope.end()):
                continue  # ... unless its reach stands between (`Các sở theo chức năng, nhiệm vụ được giao ...`)
        return Assignment(assignees=mentions, coordinators=coordinators(text, end), start=pos, end=end, subject=True)
    return None


# A unit's head noun alone opening a clause (`Sở có trách nhiệm …`): `[bare_heads]` of data/unit_heads.toml, each
# with the space after it, the longest first (`Chi cục` before `Cục` cannot clash: both open the clause)
_BARE_HEADS: Final = tuple(sorted((f"{w} " for w in load_toml("unit_heads.toml")["bare_heads"]["words"]), key=len, reverse=True))
_BARE_FIRST: Final = frozenset(w[0] for w in _BARE_HEADS)


# ... or after a verb of giving that opens the clause (`Giao Sở tổng hợp …`): `given_by` of `[bare_heads]`, each
# with the space after it
_GIVEN_BY = tuple(sorted((f"{w} " for w in load_toml("unit_heads.toml")["bare_heads"]["given_by"]), key=len, reverse=True))
_GIVEN_FIRST: Final = frozenset(w[0] for w in _GIVEN_BY)


# ... or with a word pointing back after it (`Sở này phải …`): `pointing_back` of `[bare_heads]`, each after its space
_POINTING_BACK = tuple(f" {w}" for w in load_toml("unit_heads.toml")["bare_heads"]["pointing_back"])


def bare_subject(text: str) -> str | None:
    """The head noun a clause opens with, alone before a verb of work (`Sở có trách nhiệm tổng hợp …` → `Sở`): the
    one body of that kind the document named before may stand for it (`DocumentUnits.one_named`); else None."""
    found = bare_head(text)
    return found[0] if found is not None and found[1] == 0 else None


def bare_head(text: str) -> tuple[str, int] | None:
    """`bare_subject`, and also a head alone after a verb of giving that opens the clause (`Giao Sở tổng hợp …`) or
    after a topic's colon (`Về cơ chế đặc thù: Tỉnh chủ động …`): the head and where it starts; else None."""
    at = 0
    if text[:1] in _GIVEN_FIRST and text.startswith(_GIVEN_BY):
        at = len(next(w for w in _GIVEN_BY if text.startswith(w)))
    elif opens_topic(text) and (colon := _COLON.search(text, 0, 120)) is not None:
        at = colon.end()
    if text[at : at + 1] not in _BARE_FIRST or not text.startswith(_BARE_HEADS, at):
        return None
    head = next(h for h in _BARE_HEADS if text.startswith(h, at))[:-1]
    end = at + len(head)
    if text.startswith(_POINTING_BACK, end):  # `Sở này phải …`: the head and the word pointing back
        end += len(next(w for w in _POINTING_BACK if text.startswith(w, end)))
    return (head, at) if known_predicate_follows(text, end) else None


def _given_party(text: str, at: int) -> UnitMention | None:
    """`Đề nghị Chủ đầu tư tổ chức khảo sát …`: a project's party named by its role right after a verb of giving
    (`[project_parties]`, its first letter in either case), before a verb of work, is the addressee; else None."""
    if not text.startswith(_PARTY_GIVEN_FIRST, at):
        return None
    lowered = text[at].lower() + text[at + 1 : at + 80]
    party = read_party(lowered, 0)
    if party is None:
        return None
    end = party.end
    if lowered.startswith(_PARTY_OWNS, end + 1):
        end = _party_group_end(lowered, end)  # `Đề nghị Chủ đầu tư hạ tầng cụm công nghiệp thực hiện …`
    elif lowered.startswith(_PARTY_GROUP, end + 1):
        end = _party_group_end(lowered, end, asked=True)  # `yêu cầu nhà thầu các gói thầu đang chậm tiến độ …`
    if not known_predicate_follows(lowered, end):
        return None
    return UnitMention((text[at : at + end],), at, at + end)


# the time ahead, set off by a comma after a verb of asking (`đề nghị thời gian tới, …`), or a named period with its
# comma or none (`yêu cầu trong tháng 9/2019, …`): `[time_ahead]`
_TIME_AHEAD: Final = re.compile(
    rf"(?:(?:{as_written(_WORDS['time_ahead']['words'])}),"
    rf"|(?:trong[ \t]+)?(?:{as_written(_WORDS['time_ahead']['periods'])})[ \t]+(?:\d{{1,2}}|[IVX]{{1,4}})"
    rf"(?:[ \t]*/[ \t]*\d{{4}}|[ \t]+năm[ \t]+\d{{4}})?,?"
    rf"|(?:{as_written(_WORDS['time_ahead']['deadline_openers'])})[ \t][^,;.:]{{1,{_WORDS['time_ahead']['deadline_reach']}}},)[ \t]+",
    re.IGNORECASE,
)
# ... and the same times opening a `;`-clause before its verb of asking, the comma optional (`…; trong thời gian tới
# yêu cầu …`)
_TIME_FIRST: Final = re.compile(
    rf"(?:(?:{as_written(_WORDS['time_ahead']['words'])})"
    rf"|(?:trong[ \t]+)?(?:{as_written(_WORDS['time_ahead']['periods'])})[ \t]+(?:\d{{1,2}}|[IVX]{{1,4}})"
    rf"(?:[ \t]*/[ \t]*\d{{4}}|[ \t]+năm[ \t]+\d{{4}})?),?[ \t]+",
    re.IGNORECASE,
)
_TIME_CLAUSE = _WORDS["time_clause"]
_TIME_OPENER = re.compile(rf"(?:{as_written(_TIME_CLAUSE['openers'])})[ \t]+", re.IGNORECASE)


def _asked_after_time(text: str, at: int) -> UnitMention | None:
    """`yêu cầu sau khi bế mạc đại hội các chi bộ hoàn thiện biên bản …`: a time clause between the verb of asking
    and who is asked (`[time_clause]`); the first unit within `reach` characters that a verb of work follows."""
    if _TIME_OPENER.match(text, at) is None:
        return None
    window = text[at : at + _TIME_CLAUSE["reach"]]
    for mention in find_units(window):
        if "," in window[: mention.start] or ";" in window[: mention.start]:
            return None  # (past the clause's end: a comma closes a time clause put first)
        if known_predicate_follows(text, at + mention.end) or _opens_predicate(text[at + mention.end :].lstrip()):
            return UnitMention(mention.names, at + mention.start, at + mention.end)
    return None


def _lower_first(word: str) -> str:
    """`Nhà thầu` → `nhà thầu`: a role written after a linking adverb and its comma."""
    return word[:1].lower() + word[1:]


# A project's party named by its role opening a clause (`Chủ đầu tư khẩn trương hoàn thiện hồ sơ …`): `subjects` of
# `[project_parties]`, each with the space after it
_PARTIES = load_toml("unit_heads.toml")["project_parties"]
_PARTY_SUBJECTS: Final = tuple(
    sorted({f"{f(w)} " for w in _PARTIES["subjects"] for f in (str, _lower_first)}, key=len, reverse=True)
)
_PARTY_GIVEN_FIRST = tuple(
    sorted({f(w.split()[0]) + " " for w in _PARTIES["words"] for f in (str, str.capitalize)}, key=len, reverse=True)
)
# the group a role is narrowed to (`Chủ đầu tư các dự án …`): `group_openers` of `[project_parties]`
_PARTY_GROUP = tuple(f"{w} " for w in _PARTIES["group_openers"])
# ... or by what it owns (`Chủ đầu tư hạ tầng cụm công nghiệp …`): `owned` of `[project_parties]`
_PARTY_OWNS = tuple(f"{w} " for w in _PARTIES["owned"])
_PARTY_GROUP_WORDS = 12
_PARTY_REPORTS = tuple(f" {w} " for w in _PARTIES["group_reports"])
_PARTY_NARROWERS = tuple(f" {w} " for w in _PARTIES["group_narrowers"])


def _party_group_end(text: str, end: int, asked: bool = False) -> int:
    """Where the group after a role ends: before the first verb of work after it (`… sử dụng vốn ngân sách` |
    `đôn đốc`), within a few words and before any punctuation; `end` where there is none. `asked`: the role follows
    a verb of asking, so a word of time narrows the group (`yêu cầu nhà thầu các gói thầu đang chậm tiến độ` |
    `rút kinh nghiệm`) rather than telling a report."""
    at = end
    for _ in range(_PARTY_GROUP_WORDS):
        at = text.find(" ", at + 1)
        if at < 0 or _CLAUSE_END.search(text, end, at) or "," in text[end:at]:
            return end
        if text.startswith(_PARTY_REPORTS, at):
            if asked:
                continue
            return end  # `… đã hoàn thành …`: a report of what was done, no work asked
        if text.startswith(_PARTY_NARROWERS, at):
            continue  # `các dự án sử dụng vốn ngân sách`: the projects narrowed, no work yet
        after = text.find(" ", at + 1)
        if f"{text[text.rfind(' ', 0, at) + 1 : at]} {text[at + 1 : after if after >= 0 else len(text)]}" in NOUN_COMPOUNDS:
            continue  # `các công trình`: one noun (`[noun_compounds]`), no verb `trình`
        if at > end + 1 + len(_PARTY_GROUP[0]) and known_predicate_follows(text, at):
            return at
    return end


def party_subject(text: str) -> Assignment | None:
    """`Chủ đầu tư khẩn trương hoàn thiện hồ sơ …`: the party named by its role, opening the clause (after a linking
    adverb of `[adverbial]`, if any: `Đồng thời, nhà thầu tập trung …`) before a verb of work, is the one who must
    act (the document's project owner stands for it where it names one: `DocumentUnits.resolve`); else None."""
    adverb = _ADVERBIAL.match(text)
    at = adverb.end() if adverb is not None else 0
    if not text.startswith(_PARTY_SUBJECTS, at):
        return None
    end = at + len(next(w for w in _PARTY_SUBJECTS if text.startswith(w, at))) - 1
    if text.startswith(_PARTY_GROUP, end + 1):
        end = _party_group_end(text, end)  # `Chủ đầu tư các dự án sử dụng vốn ngân sách đôn đốc …`
    if not known_predicate_follows(text, end):
        return None
    mention = UnitMention((text[at:end],), at, end)
    return Assignment(assignees=[mention], coordinators=coordinators(text, end), start=at, end=end, subject=True)



@cache
def _meeting_report() -> re.Pattern[str]:
    verbs = _rules()["verbs"]["meeting_report"]["verbs"]
    return re.compile(rf"[ \t]+(?:{'|'.join(map(re.escape, verbs))})[ \t]+(?=[{VI_LOWER}])")


def presented(text: str) -> Assignment | None:
    """`Công ty X báo cáo phương án ...` in a giấy mời: the unit that opens the clause is to present something
    at the meeting still to come (`[meeting_report]` of task_verbs.toml), which the general reading of a
    subject leaves as background."""
    mentions, end = read_units(text, 0)
    if not mentions or _meeting_report().match(text, end) is None:
        return None
    return Assignment(assignees=mentions, coordinators=coordinators(text, end), start=0, end=end, subject=True)


# `Sở X là cơ quan thường trực, có trách nhiệm ...`: the unit's standing role, then (after a comma) its work
# (`[standing_role]`)
_STANDING_ROLE = re.compile(
    rf"\s+{re.escape(_WORDS['standing_role']['verb'])}[ \t]+(?:"
    rf"{as_written(_WORDS['standing_role']['roles'])}\b[^.;:,]{{0,60}},\s+(?:{as_written(_WORDS['standing_role']['again'])}(?=[ \t]))?"
    rf"|{as_written(_WORDS['standing_role']['direct'])}(?=[ \t]))"
)


def _standing_role_then_work(text: str, end: int) -> bool:
    m = _STANDING_ROLE.match(text, end)
    return m is not None and known_predicate_follows(text, m.end())


# `, lãnh đạo`, `, chủ trì` ...: a comma between a unit and its work (`[comma_work]`), the verb then a space or a comma
_COMMA_WORK = tuple(f", {v}{after}" for v in _WORDS["comma_work"]["verbs"] for after in (" ", ","))


def comma_then_work(text: str, end: int) -> bool:
    """`Các cấp ủy, tổ chức đảng, chính quyền, lãnh đạo, chỉ đạo …`: the unit's work after a comma (not a heading's
    words before its colon, `1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:`: `[heading_filler]`)."""
    return (
        text.startswith(_COMMA_WORK, end)
        and not text.rstrip(" *").endswith(":")
        and not _NOT_PREDICATE_OPENS.open(text[end + 2 :])  # `…, chủ trì cuộc họp.`: the chair, no work
    )


# `Sở X - cơ quan thường trực Ban Y - chủ trì ...`: the unit's role set beside its name, then its work
# (`[role_apposition]`; a role's words also glued, `cơquan`)
_ROLE_APPOSITION = re.compile(rf"[ \t]*[-–,][ \t]*{ROLE_BESIDE_NAME.pattern}", re.IGNORECASE)
_ROLE_OF = re.compile(rf"[ \t]+(?:{re.escape(_WORDS['role_apposition']['of'])}[ \t]+)?")
_ROLE_CLOSE = re.compile(r"[ \t]*[-–,]?[ \t]*")
# ... or a few more words on the role (`cơ quan tham mưu về ngân sách,`), closed by a dash or a comma
_ROLE_MORE = re.compile(r"[^.;:,\-–\n]{1,60}?[ \t]*[-–,][ \t]*")


def _clause_then_work(text: str, mentions: list[UnitMention], end: int) -> bool:
    """`Các địa phương có dự án chậm tiến độ, rà soát …`: a comma closes the clause that narrows the group, then the
    group's work."""
    return text.startswith(", ", end) and narrowed(mentions[-1].names[-1]) and known_predicate_follows(text, end + 2)


def _role_then_work(text: str, end: int) -> bool:
    """After the unit's name ending at `end`: its role set beside it (and the body it serves, if named), then work."""
    m = _ROLE_APPOSITION.match(text, end)
    if m is None:
        return False
    pos = m.end()
    of = _ROLE_OF.match(text, pos)
    if of is not None and (board := read_unit(text, of.end())) is not None:
        pos = board.end
    close = _ROLE_CLOSE.match(text, pos)
    if close is not None and _predicate_follows(text, close.end()):
        return True
    more = _ROLE_MORE.match(text, pos)
    return more is not None and _predicate_follows(text, more.end())


def excluded(text: str, folded: FoldedText | None = None) -> str | None:
    """Why a sentence is never a task (`approval`, `conditional`, `closing`, `background`), else None.
    `folded`: the text's `FoldedText`, where the caller has one."""
    sentence = (fold(text) if folded is None else folded.fold()).lstrip("-+*•. ")  # lower case: `fold` lowers
    for kind, starts in _starts():
        if sentence.startswith(starts):
            return kind
    return _exclusion_screen().kind(sentence)


def tells_lapse(text: str) -> bool:
    """Does the sentence tell what follows once the time given has run out (`Quá thời hạn trên, …`)? `[conditional]
    lapse` of data/task_exclusions.toml."""
    return fold(text).lstrip("-+*•. ").startswith(tuple(_rules()["exclusions"]["conditional"]["lapse"]))


def _holds(text: str, clauses: tuple[tuple[str, ...], ...]) -> bool:
    """Does `text` hold a string of each clause? (Plain loops: this runs on most sentences.)"""
    for clause in clauses:
        for s in clause:
            if s in text:
                break
        else:
            return False
    return True


@cache
def _starts() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The `starts` phrases of the exclusion kinds told by how a sentence opens, each kind's as one tuple."""
    return tuple((kind, tuple(_rules()["exclusions"][kind]["starts"])) for kind in ("approval", "conditional"))


def _exclusion_kinds() -> list[tuple[str, list[re.Pattern[str]]]]:
    """The `contains` patterns of the exclusion kinds, in the order the kinds are told."""
    rules = _rules()["exclusions"]
    return [(kind, [re.compile(p) for p in rules[kind].get("contains", ())]) for kind in _CONTAINS_KINDS]


_CONTAINS_KINDS = ("approval", "conditional", "closing", "background")
# (kind, test, a string every match holds, clauses of strings a match holds one of each of)
_Test = tuple[str, Callable[[str], object], str, tuple[tuple[str, ...], ...]]


def _test(kind: str, pattern: re.Pattern[str]) -> _Test:
    """A `contains` pattern as a test of a folded sentence, run only on a sentence that holds the longest string
    its matches all hold (the needle) and a string of each other clause of `needs` (a long needle alone still lets
    through sentences a slow pattern then reads in full: `giao ` of the budget-figure rule, which also needs ` la `
    and ` dong`)."""
    needle = max(_literal_runs(pattern), key=len, default="")
    found = pattern.match if anchored(pattern) else pattern.search
    return kind, found, needle, _other_needs(pattern, needle)


@cache
def _contains() -> tuple[_Test, ...]:
    """Every `contains` pattern as a `_test`, in the order the kinds are told."""
    return tuple(_test(kind, p) for kind, patterns in _exclusion_kinds() for p in patterns)


class _ExclusionScreen:
    """Which `contains` tests a sentence can pass, told by a few lookups instead of a substring test per pattern (over
    a hundred of them, run on every sentence of the walk; a few are ever tried in full).

    A test whose pattern is anchored and opens with known strings (`opening_strings`: `^(trong )?qua trinh …`) is
    filed under their first words (under their first characters where a string holds no space); one whose strings
    (its needle, or every string of one of its other clauses) each hold a whole word, between two spaces (` so `,
    `(cong van|quyet dinh)` → `van`, `dinh`), under those words; the rest are always tried. A sentence asks for the
    tests filed under its first word and character and under the words it holds (`str.split`: a word between two
    spaces is one of its pieces), and tries them in the order of `_contains`, each behind its own needle, opening
    and clauses: only tests that cannot match are passed over, so the kind found is the one the plain loop over all
    tests finds (`test_clauses.py` pins it). The kinds' order is kept; within a kind any test that matches tells
    the same kind, so the anchored patterns once joined into one alternation per kind are filed one by one."""

    def __init__(self, tests: tuple[_Test, ...], opens: list[frozenset[str] | None]) -> None:
        self._tests = [
            (kind, found, needle, more, tuple(sorted(o)) if o else None)
            for (kind, found, needle, more), o in zip(tests, opens, strict=True)
        ]
        always: list[int] = []
        by_first: dict[str, set[int]] = {}
        by_word: dict[str, set[int]] = {}
        by_char: dict[str, set[int]] = {}
        for i, (_kind, _found, needle, more, starts) in enumerate(self._tests):
            words = _key_words(((needle,), *more))
            if starts and all(" " in s for s in starts):
                for s in starts:
                    by_first.setdefault(s[: s.index(" ")], set()).add(i)
            elif starts:
                for s in starts:
                    by_char.setdefault(s[0], set()).add(i)
            elif words:
                for w in words:
                    by_word.setdefault(w, set()).add(i)
            else:
                always.append(i)
        self._always = frozenset(always)
        self._by_first = by_first
        self._by_word = by_word
        self._by_char = by_char
        self._words = frozenset(by_word)

    def kind(self, sentence: str) -> str | None:
        """The kind of the first test the folded sentence passes, else None."""
        run = set(self._always)
        for word in self._words.intersection(sentence.split()):
            run |= self._by_word[word]
        if (first := self._by_first.get(sentence[: sentence.find(" ")])) is not None:
            run |= first
        if (first := self._by_char.get(sentence[:1])) is not None:
            run |= first
        tests = self._tests
        for i in sorted(run):
            kind, found, needle, more, starts = tests[i]
            if (
                needle in sentence
                and (starts is None or sentence.startswith(starts))
                and (not more or _holds(sentence, more))
                and found(sentence)
            ):
                return kind
        return None


def _key_words(clauses: Iterable[tuple[str, ...]]) -> frozenset[str] | None:
    """Words one of which a text holding a string of each clause holds whole (between spaces): of the clauses every
    string of which holds a word between two of its spaces, the one whose shortest such word is longest, each
    string's longest word; None when no clause has them."""
    best: tuple[int, frozenset[str]] | None = None
    for clause in clauses:
        words = [max((w for w in s.split(" ")[1:-1] if w and w.split() == [w]), key=len, default="") for s in clause]
        if not clause or not all(words):
            continue
        score = min(map(len, words))
        if best is None or score > best[0]:
            best = (score, frozenset(words))
    return None if best is None else best[1]


@cache
def _exclusion_screen() -> _ExclusionScreen:
    """The tests of `_contains`, filed by what a sentence they can match holds (built once)."""
    patterns = [p for _kind, ps in _exclusion_kinds() for p in ps]
    return _ExclusionScreen(_contains(), [opening_strings(p) for p in patterns])


def _other_needs(pattern: re.Pattern[str], needle: str) -> tuple[tuple[str, ...], ...]:
    """The clauses of `needs(pattern)` the needle does not already answer (a text holding the needle holds
    each string of it), less those asking for a digit, which is no plain substring. A pattern that heeds case (all
    of `[exclusions]`: they read a folded sentence) is read by `plain_needs`: the letters `needs` stops a string at
    (`i`, `s`, `k` …) matter only to a case-blind match, and the sentence, lower case, holds each literal of a
    match as written (`thoi gian` whole, not `thoi g`)."""
    clauses = needs(pattern) if pattern.flags & re.IGNORECASE else plain_needs(pattern)
    return tuple(tuple(c) for c in clauses if DIGIT not in c and not any(s in needle for s in c))


def _literal_runs(pattern: re.Pattern[str]) -> list[str]:
    """The runs of literal characters every match of `pattern` holds: those of its top level, groups included
    (`(thong bao|gui) (de|den|cho)[^.]{0,140}\\bbiet\\b` → ` `, `biet`). None for a case-blind pattern."""
    if pattern.flags & re.IGNORECASE:
        return []
    runs = [""]

    def walk(items: Iterable[tuple[Any, Any]]) -> None:
        for op, av in items:
            if op is sre.LITERAL:
                runs[-1] += chr(av)
            elif op is sre.AT:
                continue  # `^`, `\\b`: no character, the literals around it stand side by side
            elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
                walk(av[3])
            else:
                runs.append("")

    walk(_parser.parse(pattern.pattern, pattern.flags))
    return [r for r in runs if r]


def coordinators_in(text: str) -> list[UnitMention]:
    """The units after every `phối hợp (với)` in `text`."""
    return coordinators(text, 0)


def shift(found: Assignment, offset: int) -> Assignment:
    """Move an assignment read from a piece of a paragraph to the paragraph's offsets."""
    if not offset:
        return found  # the piece opens the paragraph (most paragraphs are one clause)
    found.assignees = [UnitMention(m.names, m.start + offset, m.end + offset) for m in found.assignees]
    found.coordinators = [UnitMention(m.names, m.start + offset, m.end + offset) for m in found.coordinators]
    found.start += offset
    found.end += offset
    return found
